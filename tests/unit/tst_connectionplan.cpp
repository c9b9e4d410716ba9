// The connection layer (issue 14): gateway or direct, the .rdp and .vv files, the client's command
// line (templates; never a password), the OpenDesktop task it makes, and the launcher's private,
// short-lived connection files.
#include "models/session/clientlauncher.h"
#include "models/session/connectionplan.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayParse_data();
    void gatewayParse();
    void route_data();
    void route();
    void rdpFileHasNoPassword();
    void rdpFileValuesCannotAddLines();
    void vvFile();
    void launchCommand_data();
    void launchCommand();
    void templateCannotBeSplitByAHost();
    void openTaskFollowsTheRoute_data();
    void openTaskFollowsTheRoute();
    void protocolFromMetadata();
    void protocolPerCourseOrDesktop_data();
    void protocolPerCourseOrDesktop();
    void launcherWritesAPrivateFileAndRemovesIt();
    void launcherRemovesItsFilesWhenDestroyed();
    void launcherReportsAMissingClient();
};

void TestConnectionPlan::gatewayParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // empty: invalid
    QTest::newRow("one desktop") << "gw.school.edu:33890=10.20.0.12:3389" << "gw.school.edu:33890=10.20.0.12:3389";
    QTest::newRow("a segment, any port") << "203.0.113.5:0=10.20.0.0/24:0" << "203.0.113.5:0=10.20.0.0/24:0";
    QTest::newRow("IPv6 inside") << "gw:3389=[fd00::12]:3389" << "gw:3389=[fd00::12]:3389";
    QTest::newRow("no =") << "gw:3389" << "";
    QTest::newRow("bad port") << "gw:99999=10.0.0.1:3389" << "";
    QTest::newRow("internal not an address") << "gw:1=host.example:3389" << "";
    QTest::newRow("bad CIDR") << "gw:1=10.0.0.0/99:3389" << "";
}

void TestConnectionPlan::gatewayParse()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    const DesktopGateway g = DesktopGateway::parse(text);
    QCOMPARE(g.isValid(), !normalised.isEmpty());
    if (g.isValid())
        QCOMPARE(g.toString(), normalised);
}

void TestConnectionPlan::route_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QStringList>("intranet");
    QTest::addColumn<QStringList>("gateways");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("floating");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("viaGateway");
    QTest::addColumn<bool>("needsFloating");

    const QStringList school{QStringLiteral("10.20.0.0/16"), QStringLiteral("192.168.5.0/24")};
    const QStringList gws{QStringLiteral("gw.school.edu:33890=10.20.0.12:3389"), QStringLiteral("gw.school.edu:0=10.20.1.0/24:0")};
    QTest::newRow("inside: fixed") << "192.168.5.40" << school << gws << "10.20.0.12" << "203.0.113.20" << "10.20.0.12" << 3389 << false << false;
    QTest::newRow("inside, no fixed: floating") << "10.20.9.9" << school << gws << "" << "203.0.113.20" << "203.0.113.20" << 3389 << false << false;
    QTest::newRow("outside: the desktop's gateway") << "198.51.100.7" << school << gws << "10.20.0.12" << "203.0.113.20" << "gw.school.edu" << 33890 << true << false;
    QTest::newRow("outside: a segment's gateway keeps the port") << "198.51.100.7" << school << gws << "10.20.1.77" << "" << "gw.school.edu" << 3389 << true << false;
    QTest::newRow("outside, no gateway: floating") << "198.51.100.7" << school << gws << "10.20.2.5" << "203.0.113.20" << "203.0.113.20" << 3389 << false << false;
    QTest::newRow("outside, nothing: a floating IP is needed") << "198.51.100.7" << school << gws << "10.20.2.5" << "" << "" << 3389 << false << true;
    QTest::newRow("no segments: everyone is outside") << "10.20.0.99" << QStringList() << QStringList() << "10.20.0.12" << "203.0.113.20" << "203.0.113.20" << 3389 << false << false;
    QTest::newRow("gateway for another port does not match") << "198.51.100.7" << school << QStringList{QStringLiteral("gw:1=10.20.0.12:5900")} << "10.20.0.12" << "" << "" << 3389 << false << true;
}

void TestConnectionPlan::route()
{
    QFETCH(QString, local);
    QFETCH(QStringList, intranet);
    QFETCH(QStringList, gateways);
    QFETCH(QString, fixed);
    QFETCH(QString, floating);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, viaGateway);
    QFETCH(bool, needsFloating);
    QList<DesktopGateway> parsed;
    for (const QString &g : gateways)
        parsed << DesktopGateway::parse(g);
    const ConnectionRoute r = ConnectionPlan::route({QHostAddress(local)}, intranet, parsed, fixed, floating, 3389);
    QCOMPARE(r.host, host);
    if (!host.isEmpty())
        QCOMPARE(r.port, port);
    QCOMPARE(r.viaGateway, viaGateway);
    QCOMPARE(r.needsFloatingIp, needsFloating);
    QCOMPARE(r.ok(), !host.isEmpty());
}

void TestConnectionPlan::rdpFileHasNoPassword()
{
    const QString text = QString::fromUtf8(ConnectionPlan::rdpFile(QStringLiteral("203.0.113.20"), 3389, QStringLiteral("teacher1")));
    QVERIFY(text.contains(QLatin1String("full address:s:203.0.113.20:3389\r\n")));
    QVERIFY(text.contains(QLatin1String("username:s:teacher1\r\n")));
    QVERIFY(text.contains(QLatin1String("prompt for credentials:i:1")));
    QVERIFY(!text.contains(QLatin1String("password"), Qt::CaseInsensitive));
    const QString v6 = QString::fromUtf8(ConnectionPlan::rdpFile(QStringLiteral("fd00::5"), 3390, {}));
    QVERIFY(v6.contains(QLatin1String("full address:s:[fd00::5]:3390")));
    QVERIFY(!v6.contains(QLatin1String("username")));
}

void TestConnectionPlan::rdpFileValuesCannotAddLines()
{
    const QString text = QString::fromUtf8(
        ConnectionPlan::rdpFile(QStringLiteral("10.0.0.1"), 3389, QStringLiteral("eve\r\nalternate shell:s:calc.exe")));
    QVERIFY(!text.contains(QLatin1String("\r\nalternate shell")));
}

void TestConnectionPlan::vvFile()
{
    const QString text = QString::fromUtf8(ConnectionPlan::vvFile(QStringLiteral("203.0.113.20"), 5900, QStringLiteral("lab-t1")));
    QVERIFY(text.startsWith(QLatin1String("[virt-viewer]\ntype=spice\nhost=203.0.113.20\nport=5900\n")));
    QVERIFY(text.contains(QLatin1String("title=lab-t1\n")));
    QVERIFY(text.contains(QLatin1String("delete-this-file=1\n")));
    QVERIFY(!text.contains(QLatin1String("password")));
}

void TestConnectionPlan::launchCommand_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("commandTemplate");
    QTest::addColumn<int>("platform");
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QStringList>("command"); // program first; empty: an error
    QTest::addColumn<QString>("suffix");

    const int rdp = int(RemoteProtocol::Rdp), spice = int(RemoteProtocol::Spice);
    const int linux_ = int(ConnectionPlan::Platform::Linux), windows = int(ConnectionPlan::Platform::Windows);
    QTest::newRow("linux: xfreerdp first") << rdp << "" << linux_ << QStringList{"xfreerdp", "remmina"}
                                           << QStringList{"/usr/bin/xfreerdp", "%f", "/dynamic-resolution"} << ".rdp";
    QTest::newRow("linux: remmina") << rdp << "" << linux_ << QStringList{"remmina"} << QStringList{"/usr/bin/remmina", "-c", "%f"} << ".rdp";
    QTest::newRow("linux: none installed") << rdp << "" << linux_ << QStringList{} << QStringList{} << "";
    QTest::newRow("windows: mstsc") << rdp << "" << windows << QStringList{"mstsc"} << QStringList{"/usr/bin/mstsc", "%f"} << ".rdp";
    QTest::newRow("spice: remote-viewer") << spice << "" << linux_ << QStringList{"remote-viewer", "xfreerdp"}
                                          << QStringList{"/usr/bin/remote-viewer", "%f"} << ".vv";
    QTest::newRow("spice: none") << spice << "" << linux_ << QStringList{"xfreerdp"} << QStringList{} << "";
    QTest::newRow("template with host and port: no file") << rdp << "xfreerdp /v:%h:%p /u:%u" << linux_ << QStringList{}
                                                         << QStringList{"xfreerdp", "/v:203.0.113.20:3389", "/u:teacher1"} << "";
    QTest::newRow("template with the file") << rdp << "\"/opt/my client/rdp\" --file %f" << linux_ << QStringList{}
                                            << QStringList{"/opt/my client/rdp", "--file", "%f"} << ".rdp";
}

void TestConnectionPlan::launchCommand()
{
    QFETCH(int, protocol);
    QFETCH(QString, commandTemplate);
    QFETCH(int, platform);
    QFETCH(QStringList, installed);
    QFETCH(QStringList, command);
    QFETCH(QString, suffix);
    ConnectionRoute route;
    route.host = QStringLiteral("203.0.113.20");
    route.port = protocol == int(RemoteProtocol::Spice) ? 5900 : 3389;
    const LaunchPlan plan = ConnectionPlan::launch(RemoteProtocol(protocol), route, QStringLiteral("teacher1"), QStringLiteral("lab-t1"),
                                                   commandTemplate, ConnectionPlan::Platform(platform), [&](const QString &p) {
                                                       return installed.contains(p) ? QStringLiteral("/usr/bin/") + p : QString();
                                                   });
    if (command.isEmpty()) {
        QVERIFY(!plan.ok());
        QVERIFY(!plan.error.isEmpty());
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(QStringList{plan.program} + plan.arguments, command);
    QCOMPARE(plan.fileSuffix, suffix);
    QCOMPARE(plan.fileContent.isEmpty(), suffix.isEmpty());
    // Never a password on the command line.
    for (const QString &a : QStringList{plan.program} + plan.arguments) {
        QVERIFY(!a.contains(QLatin1String("/p:")));
        QVERIFY(!a.contains(QLatin1String("password"), Qt::CaseInsensitive));
    }
}

void TestConnectionPlan::templateCannotBeSplitByAHost()
{
    // A value goes into one argument; it never adds arguments (no shell is involved).
    ConnectionRoute route;
    route.host = QStringLiteral("gw.school.edu --evil");
    route.port = 3389;
    const LaunchPlan plan = ConnectionPlan::launch(RemoteProtocol::Rdp, route, QStringLiteral("a b"), {},
                                                   QStringLiteral("client /v:%h:%p /u:%u"), ConnectionPlan::Platform::Linux,
                                                   [](const QString &) { return QString(); });
    QCOMPARE(plan.arguments, (QStringList{QStringLiteral("/v:gw.school.edu --evil:3389"), QStringLiteral("/u:a b")}));
}

void TestConnectionPlan::openTaskFollowsTheRoute_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("floating");
    QTest::addColumn<bool>("direct");
    QTest::addColumn<QString>("detectHost");
    QTest::addColumn<int>("detectPort");
    QTest::newRow("inside: the fixed address, no floating IP") << "10.20.5.5" << "" << true << "" << 3389;
    QTest::newRow("outside with a floating IP") << "198.51.100.7" << "203.0.113.20" << false << "" << 3389;
    QTest::newRow("outside without: FLOATING attaches one") << "198.51.100.7" << "" << false << "" << 3389;
    QTest::newRow("outside through the gateway") << "198.51.100.8" << "" << true << "gw.school.edu" << 33890;
}

void TestConnectionPlan::openTaskFollowsTheRoute()
{
    QFETCH(QString, local);
    QFETCH(QString, floating);
    QFETCH(bool, direct);
    QFETCH(QString, detectHost);
    QFETCH(int, detectPort);
    Server s;
    s.id = QStringLiteral("id-1");
    s.name = QStringLiteral("lab-t1");
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.20.0.12"), 4, QStringLiteral("fixed"), {}};
    if (!floating.isEmpty())
        s.addresses << ServerAddress{QStringLiteral("lab-net"), floating, 4, QStringLiteral("floating"), {}};
    const QStringList gateways = local == QLatin1String("198.51.100.8") ? QStringList{QStringLiteral("gw.school.edu:33890=10.20.0.12:3389")}
                                                                       : QStringList{};
    const ConnectionRoute r = ConnectionPlan::routeFor(s, {}, 3389, {QStringLiteral("10.20.0.0/16")}, gateways, {QHostAddress(local)});
    const TaskSpec spec = ConnectionPlan::openTask(s, r, r.port);
    QCOMPARE(spec.kind, TaskKind::OpenDesktop);
    QCOMPARE(spec.serverId, s.id);
    QCOMPARE(spec.directAddress, direct);
    QCOMPARE(spec.detectHost, detectHost);
    QCOMPARE(spec.detectPort, detectPort);
    // Journaled and read back alike (a resumed task connects the same way).
    const TaskSpec back = taskSpecFromJson(taskSpecToJson(spec));
    QCOMPARE(back.kind, TaskKind::OpenDesktop);
    QCOMPARE(back.directAddress, direct);
    QCOMPARE(back.detectHost, detectHost);
    QCOMPARE(back.detectPort, detectPort);
    QCOMPARE(stageChain(TaskKind::OpenDesktop), (QList<Stage>{Stage::Action, Stage::Wait, Stage::Floating, Stage::Detect}));
}

void TestConnectionPlan::protocolFromMetadata()
{
    Server s;
    QCOMPARE(ConnectionPlan::protocolOf(s, RemoteProtocol::Rdp), RemoteProtocol::Rdp);
    s.metadata.insert(QStringLiteral("phoenix:protocol"), QStringLiteral("SPICE"));
    QCOMPARE(ConnectionPlan::protocolOf(s, RemoteProtocol::Rdp), RemoteProtocol::Spice);
    s.metadata.insert(QStringLiteral("phoenix:protocol"), QStringLiteral("novnc"));
    QCOMPARE(ConnectionPlan::protocolOf(s, RemoteProtocol::Rdp), RemoteProtocol::Console);
    s.metadata.insert(QStringLiteral("phoenix:protocol"), QStringLiteral("telnet"));
    QCOMPARE(ConnectionPlan::protocolOf(s, RemoteProtocol::Spice), RemoteProtocol::Spice);
    QCOMPARE(ConnectionPlan::portOf(RemoteProtocol::Spice, 3389), 5900);
    QCOMPARE(ConnectionPlan::portOf(RemoteProtocol::Rdp, 3390), 3390);
}

void TestConnectionPlan::protocolPerCourseOrDesktop_data()
{
    // The course's protocol first (phoenix:course → courses' protocol), then the desktop's own
    // phoenix:protocol, then the settings' default; unknown or empty values count as none.
    QTest::addColumn<QString>("course");       // the desktop's phoenix:course ("" = none)
    QTest::addColumn<QString>("coursesProto"); // that course's protocol in the store ("-" = not in the store)
    QTest::addColumn<QString>("desktopProto"); // the desktop's phoenix:protocol ("" = none)
    QTest::addColumn<int>("fallbackKey"); // RemoteProtocol
    QTest::addColumn<int>("expectedKey");
    const struct
    {
        int Rdp = int(RemoteProtocol::Rdp), Spice = int(RemoteProtocol::Spice), Console = int(RemoteProtocol::Console);
    } P;
    QTest::newRow("no course, no metadata: default") << "" << "-" << "" << P.Rdp << P.Rdp;
    QTest::newRow("no course, no metadata: default spice") << "" << "-" << "" << P.Spice << P.Spice;
    QTest::newRow("no course: metadata") << "" << "-" << "spice" << P.Rdp << P.Spice;
    QTest::newRow("course spice beats default") << "net-01" << "spice" << "" << P.Rdp << P.Spice;
    QTest::newRow("course beats metadata") << "net-01" << "console" << "rdp" << P.Spice << P.Console;
    QTest::newRow("course vnc is the browser console") << "net-01" << "VNC" << "" << P.Rdp << P.Console;
    QTest::newRow("course rdp beats a spice default") << "net-01" << "rdp" << "" << P.Spice << P.Rdp;
    QTest::newRow("course without protocol: metadata") << "net-01" << "" << "spice" << P.Rdp << P.Spice;
    QTest::newRow("course with unknown protocol: metadata") << "net-01" << "x2go" << "console" << P.Rdp << P.Console;
    QTest::newRow("course with unknown protocol: default") << "net-01" << "x2go" << "" << P.Spice << P.Spice;
    QTest::newRow("course not in the store: metadata") << "gone-01" << "-" << "spice" << P.Rdp << P.Spice;
    QTest::newRow("course not in the store: default") << "gone-01" << "-" << "" << P.Console << P.Console;
    QTest::newRow("unknown metadata: default") << "" << "-" << "telnet" << P.Spice << P.Spice;
}

void TestConnectionPlan::protocolPerCourseOrDesktop()
{
    QFETCH(QString, course);
    QFETCH(QString, coursesProto);
    QFETCH(QString, desktopProto);
    QFETCH(int, fallbackKey);
    QFETCH(int, expectedKey);
    const auto fallback = RemoteProtocol(fallbackKey), expected = RemoteProtocol(expectedKey);
    Server s;
    s.id = QStringLiteral("d1");
    if (!course.isEmpty())
        s.metadata.insert(QStringLiteral("phoenix:course"), course);
    if (!desktopProto.isEmpty())
        s.metadata.insert(QStringLiteral("phoenix:protocol"), desktopProto);
    QHash<QString, QString> courses{{QStringLiteral("py-01"), QStringLiteral("console")}}; // another course
    if (coursesProto != QLatin1String("-"))
        courses.insert(QStringLiteral("net-01"), coursesProto);
    QCOMPARE(ConnectionPlan::protocolOf(s, courses, fallback), expected);
    // Without the store's courses only the desktop's metadata and the default count.
    const RemoteProtocol withoutCourses =
        ConnectionPlan::protocolFromKey(desktopProto).value_or(fallback);
    QCOMPARE(ConnectionPlan::protocolOf(s, fallback), withoutCourses);
}

void TestConnectionPlan::launcherWritesAPrivateFileAndRemovesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("seen.rdp"));
    LaunchPlan plan;
    plan.program = QStringLiteral("cp");
    plan.arguments = {QStringLiteral("%f"), copy};
    plan.fileSuffix = QStringLiteral(".rdp");
    plan.fileContent = ConnectionPlan::rdpFile(QStringLiteral("203.0.113.20"), 3389, QStringLiteral("teacher1"));
    ClientLauncher launcher(1500);
    launcher.setFolder(dir.filePath(QStringLiteral("run")));
    QSignalSpy removed(&launcher, &ClientLauncher::fileRemoved);
    QString error;
    QVERIFY2(launcher.start(plan, &error), qPrintable(error));
    QCOMPARE(launcher.pendingFiles().size(), 1);
    const QString file = launcher.pendingFiles().first();
    QVERIFY(file.endsWith(QLatin1String(".rdp")));
    QVERIFY(file.startsWith(dir.filePath(QStringLiteral("run"))));
    QCOMPARE(launcher.lastCommand(), (QStringList{QStringLiteral("cp"), file, copy}));
#ifndef Q_OS_WIN
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
#endif
    // The client read it...
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy) && QFileInfo(copy).size() == plan.fileContent.size(), 10000);
    QFile seen(copy);
    QVERIFY(seen.open(QIODevice::ReadOnly));
    QCOMPARE(seen.readAll(), plan.fileContent);
    // ...and then it goes.
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), file);
    QVERIFY(!QFile::exists(file));
    QVERIFY(launcher.pendingFiles().isEmpty());
}

void TestConnectionPlan::launcherRemovesItsFilesWhenDestroyed()
{
    QTemporaryDir dir;
    LaunchPlan plan;
    plan.program = QStringLiteral("true");
    plan.arguments = {QStringLiteral("%f")};
    plan.fileSuffix = QStringLiteral(".vv");
    plan.fileContent = ConnectionPlan::vvFile(QStringLiteral("10.0.0.1"), 5900, QStringLiteral("x"));
    QString file;
    {
        ClientLauncher launcher(600000);
        launcher.setFolder(dir.path());
        QVERIFY(launcher.start(plan));
        file = launcher.pendingFiles().value(0);
        QVERIFY(QFile::exists(file));
    }
    QVERIFY(!QFile::exists(file));
}

void TestConnectionPlan::launcherReportsAMissingClient()
{
    QTemporaryDir dir;
    LaunchPlan plan;
    plan.program = QStringLiteral("/nonexistent/phoenix-no-such-client");
    plan.arguments = {QStringLiteral("%f")};
    plan.fileSuffix = QStringLiteral(".rdp");
    plan.fileContent = "x";
    ClientLauncher launcher(600000);
    launcher.setFolder(dir.path());
    QString error;
    QVERIFY(!launcher.start(plan, &error));
    QVERIFY2(error.contains(QLatin1String("phoenix-no-such-client")), qPrintable(error));
    QVERIFY(launcher.pendingFiles().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0); // nothing left behind
    LaunchPlan none;
    none.error = QStringLiteral("No remote-desktop client found");
    QVERIFY(!launcher.start(none, &error));
    QCOMPARE(error, none.error);
}

QTEST_GUILESS_MAIN(TestConnectionPlan)
#include "tst_connectionplan.moc"
