// phoenixctl as a user runs it, against the real test bed: exit codes, tables, --json output,
// the power verbs with --wait, floating IPs, and plain errors carrying the request ID.
#include "cloudlab.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

namespace
{
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestPhoenixctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndUsageErrors();
    void unknownCloudIsAPlainError();
    void inventoryAsJson();
    void inventoryTables();
    void environmentVariablesInsteadOfCloudsYaml();
    void desktopsListFilters();
    void desktopsShow();
    void stopAndStartWithWait();
    void floatingIpAssignListRelease();
    void failuresExitNonZeroWithRequestId();
    void deleteWithWait();
    void cleanupTestCase();

private:
    Run ctl(const QStringList &arguments, const QProcessEnvironment &env = {}, int timeoutMs = 180000);
    QJsonDocument json(const Run &run);

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("ctl")};
    QString m_course;
    Server m_desktop;
};

Run TestPhoenixctl::ctl(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    if (env.isEmpty()) {
        e.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), TestEnv::labCloudsFile());
        e.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("lab-teacher"));
    }
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PHOENIXCTL_PATH), arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("phoenixctl did not finish: ") + arguments.join(QLatin1Char(' '));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonDocument TestPhoenixctl::json(const Run &run)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(pe.errorString()), qPrintable(run.out.left(500)));
    return doc;
}

void TestPhoenixctl::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    m_course = m_lab.name(QStringLiteral("course"));
    const QMap<QString, QString> meta{{QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("course")},
                                      {QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student")},
                                      {QString::fromLatin1(PhoenixMeta::Course), m_course},
                                      {QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("student2")}};
    Result<Server> created = m_lab.createServer(QStringLiteral("stu01"), meta, {QString::fromLatin1(PhoenixMeta::Tag)});
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    QVERIFY2(m_lab.waitUntil({created.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));
    m_desktop = m_lab.server(created.value().id).value();
}

void TestPhoenixctl::helpAndUsageErrors()
{
    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("desktops list")));
    QVERIFY(help.out.contains(QLatin1String("floating-ips assign")));

    const Run unknown = ctl({QStringLiteral("teleport")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("Unknown command \"teleport\"")), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());

    const Run misplaced = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), QStringLiteral("x"), QStringLiteral("--hard")});
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY2(misplaced.err.contains(QLatin1String("--hard")), qPrintable(misplaced.err));

    const Run noTarget = ctl({QStringLiteral("desktops"), QStringLiteral("suspend")});
    QCOMPARE(noTarget.exitCode, 2);
}

void TestPhoenixctl::unknownCloudIsAPlainError()
{
    const Run r = ctl({QStringLiteral("--os-cloud"), QStringLiteral("no-such-cloud"), QStringLiteral("limits")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no-such-cloud")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one plain line, no log noise
}

void TestPhoenixctl::inventoryAsJson()
{
    const Run flavors = ctl({QStringLiteral("flavors"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(flavors.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : json(flavors).array())
        names << v[QLatin1String("name")].toString();
    QVERIFY2(names.contains(QLatin1String("desk.tiny")) && names.contains(QLatin1String("desk.large")), qPrintable(names.join(QLatin1Char(','))));

    const Run images = ctl({QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(images.exitCode, 0);
    QStringList imageNames;
    for (const QJsonValue &v : json(images).array())
        imageNames << v[QLatin1String("name")].toString();
    QVERIFY(imageNames.contains(QLatin1String("win10-edu")));
    QVERIFY(imageNames.contains(QLatin1String("ubuntu-22.04-desktop")));

    const Run networks = ctl({QStringLiteral("networks"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(networks.exitCode, 0);
    bool publicExternal = false;
    bool labSubnet = false;
    for (const QJsonValue &v : json(networks).array()) {
        if (v[QLatin1String("name")].toString() == QLatin1String("public"))
            publicExternal = v[QLatin1String("external")].toBool();
        if (v[QLatin1String("name")].toString() == QLatin1String("lab-net"))
            labSubnet = v[QLatin1String("subnets")][0][QLatin1String("cidr")].toString() == QLatin1String("10.20.0.0/24");
    }
    QVERIFY(publicExternal);
    QVERIFY(labSubnet);

    const Run limits = ctl({QStringLiteral("limits"), QStringLiteral("--json")});
    QCOMPARE(limits.exitCode, 0);
    const QJsonObject l = json(limits).object();
    QVERIFY(l[QLatin1String("instances")][QLatin1String("used")].toInt() >= 1);
    QVERIFY(l[QLatin1String("instances")][QLatin1String("limit")].toInt() != 0);
    QVERIFY(l.contains(QLatin1String("floating_ips")));
}

void TestPhoenixctl::inventoryTables()
{
    const Run flavors = ctl({QStringLiteral("flavors"), QStringLiteral("list")});
    QCOMPARE(flavors.exitCode, 0);
    const QStringList lines = flavors.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5); // header, rule, 3 flavors
    QVERIFY(lines.at(0).startsWith(QLatin1String("NAME")));
    // Aligned: every row has its second column where the header's starts.
    const int vcpuColumn = int(lines.at(0).indexOf(QLatin1String("VCPUS")));
    for (int i = 2; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).at(vcpuColumn - 1) == QLatin1Char(' ') && lines.at(i).at(vcpuColumn) != QLatin1Char(' '),
                 qPrintable(lines.at(i)));
    const Run limits = ctl({QStringLiteral("limits")});
    QCOMPARE(limits.exitCode, 0);
    QVERIFY(limits.out.contains(QLatin1String("floating IPs")));
}

void TestPhoenixctl::environmentVariablesInsteadOfCloudsYaml()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OS_CLOUD"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/nonexistent/clouds.yaml"));
    env.insert(QStringLiteral("OS_AUTH_URL"), m_config.authUrl);
    env.insert(QStringLiteral("OS_USERNAME"), m_config.username);
    env.insert(QStringLiteral("OS_PASSWORD"), m_config.password);
    env.insert(QStringLiteral("OS_PROJECT_NAME"), m_config.projectName);
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), m_config.userDomainName);
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), m_config.projectDomainName);
    env.insert(QStringLiteral("OS_REGION_NAME"), m_config.regionName);
    const Run r = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);

    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("wrong"));
    const Run denied = ctl({QStringLiteral("limits")}, env);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(QLatin1String("Request ID:")), qPrintable(denied.err));
}

void TestPhoenixctl::desktopsListFilters()
{
    const Run mine = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(mine.exitCode, 0);
    const QJsonArray list = json(mine).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject d = list.first().toObject();
    QCOMPARE(d[QLatin1String("name")].toString(), m_desktop.name);
    QCOMPARE(d[QLatin1String("id")].toString(), m_desktop.id);
    QCOMPARE(d[QLatin1String("role")].toString(), QStringLiteral("student"));
    QCOMPARE(d[QLatin1String("owner")].toString(), QStringLiteral("student2"));
    QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(d[QLatin1String("fixed_ip")].toString(), m_desktop.fixedAddress());
    QVERIFY(d[QLatin1String("tags")].toArray().contains(QJsonValue(QStringLiteral("phoenix"))));

    const Run teachers = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--role"), QStringLiteral("teacher"),
                              QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(teachers.exitCode, 0);
    QCOMPARE(json(teachers).array().size(), 0);

    const Run table = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(QLatin1String("NAME")));
    QVERIFY2(table.out.contains(m_desktop.name) && table.out.contains(m_desktop.fixedAddress()), qPrintable(table.out));

    const Run badRole = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--role"), QStringLiteral("janitor")});
    QCOMPARE(badRole.exitCode, 2);
}

void TestPhoenixctl::desktopsShow()
{
    const Run byName = ctl({QStringLiteral("desktops"), QStringLiteral("show"), m_desktop.name, QStringLiteral("--json")});
    QCOMPARE(byName.exitCode, 0);
    const QJsonObject d = json(byName).object();
    QCOMPARE(d[QLatin1String("id")].toString(), m_desktop.id);
    QCOMPARE(d[QLatin1String("course")].toString(), m_course);
    QCOMPARE(d[QLatin1String("metadata")][QLatin1String("phoenix:type")].toString(), QStringLiteral("course"));
    QCOMPARE(d[QLatin1String("actions")][0][QLatin1String("action")].toString(), QStringLiteral("create"));

    const Run byId = ctl({QStringLiteral("desktops"), QStringLiteral("show"), m_desktop.id});
    QCOMPARE(byId.exitCode, 0);
    QVERIFY(byId.out.contains(m_desktop.name));
    QVERIFY(byId.out.contains(QLatin1String("create")));
}

void TestPhoenixctl::stopAndStartWithWait()
{
    const Run stop = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), m_desktop.name, QStringLiteral("--wait"),
                          QStringLiteral("--timeout"), QStringLiteral("150")});
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
    QVERIFY2(stop.out.contains(m_desktop.name + QStringLiteral(": stop requested")), qPrintable(stop.out));
    QVERIFY2(stop.out.trimmed().endsWith(m_desktop.name + QStringLiteral(": SHUTOFF")), qPrintable(stop.out));
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("SHUTOFF"));

    // Stopping a stopped desktop is not an error: nothing to do.
    const Run again = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), m_desktop.id});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("already SHUTOFF")), qPrintable(again.out));

    const Run start = ctl({QStringLiteral("desktops"), QStringLiteral("start"), m_desktop.name, QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    const QJsonObject result = json(start).array().first().toObject();
    QCOMPARE(result[QLatin1String("result")].toString(), QStringLiteral("done"));
    QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(result[QLatin1String("id")].toString(), m_desktop.id);
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("ACTIVE"));
}

void TestPhoenixctl::floatingIpAssignListRelease()
{
    const Run assign = ctl({QStringLiteral("floating-ips"), QStringLiteral("assign"), m_desktop.name, QStringLiteral("--json")});
    QVERIFY2(assign.exitCode == 0, qPrintable(assign.err));
    const QJsonObject ip = json(assign).object();
    const QString address = ip[QLatin1String("address")].toString();
    QVERIFY2(address.startsWith(QLatin1String("203.0.113.")), qPrintable(assign.out));
    QCOMPARE(ip[QLatin1String("fixed_ip")].toString(), m_desktop.fixedAddress());

    const Run list = ctl({QStringLiteral("floating-ips"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QString desktopOfAddress;
    for (const QJsonValue &v : json(list).array()) {
        if (v[QLatin1String("address")].toString() == address)
            desktopOfAddress = v[QLatin1String("desktop")].toString();
    }
    QCOMPARE(desktopOfAddress, m_desktop.name);

    const Run release = ctl({QStringLiteral("floating-ips"), QStringLiteral("release"), m_desktop.name});
    QVERIFY2(release.exitCode == 0, qPrintable(release.err));
    QVERIFY2(release.out.contains(address), qPrintable(release.out));
    const Run after = ctl({QStringLiteral("floating-ips"), QStringLiteral("list")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(!after.out.contains(address));
}

void TestPhoenixctl::failuresExitNonZeroWithRequestId()
{
    const QString missing = m_lab.name(QStringLiteral("nobody"));
    const Run byName = ctl({QStringLiteral("desktops"), QStringLiteral("suspend"), missing, QStringLiteral("--wait")});
    QCOMPARE(byName.exitCode, 1);
    QVERIFY2(byName.err.contains(missing), qPrintable(byName.err));
    QVERIFY2(byName.err.contains(QLatin1String("Request ID: req-")), qPrintable(byName.err));

    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run show = ctl({QStringLiteral("desktops"), QStringLiteral("show"), uuid});
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.err.contains(QLatin1String("Request ID: req-")), qPrintable(show.err));

    // One good and one bad name: the good one is done, the exit code still reports the failure.
    const Run mixed = ctl({QStringLiteral("desktops"), QStringLiteral("resume"), m_desktop.name, missing});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY2(mixed.out.contains(QLatin1String("already ACTIVE")), qPrintable(mixed.out));
    QVERIFY(mixed.err.contains(missing));

    // A real 409 from Nova, with Nova's request ID: "start" on a SUSPENDED desktop is refused.
    const Run suspend = ctl({QStringLiteral("desktops"), QStringLiteral("suspend"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(suspend.exitCode == 0, qPrintable(suspend.err));
    QVERIFY2(suspend.out.trimmed().endsWith(m_desktop.name + QStringLiteral(": SUSPENDED")), qPrintable(suspend.out));
    const Run refused = ctl({QStringLiteral("desktops"), QStringLiteral("start"), m_desktop.name});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(m_desktop.name + QStringLiteral(": ")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("vm_state suspended")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("Request ID: req-")), qPrintable(refused.err));
    const Run resume = ctl({QStringLiteral("desktops"), QStringLiteral("resume"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("ACTIVE"));
}

void TestPhoenixctl::deleteWithWait()
{
    const Run assign = ctl({QStringLiteral("floating-ips"), QStringLiteral("assign"), m_desktop.name});
    QCOMPARE(assign.exitCode, 0);
    const Run del = ctl({QStringLiteral("desktops"), QStringLiteral("delete"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(del.exitCode == 0, qPrintable(del.err));
    QVERIFY2(del.out.contains(QLatin1String("released 203.0.113.")), qPrintable(del.out)); // no leaked address
    QVERIFY2(del.out.trimmed().endsWith(m_desktop.name + QStringLiteral(": gone")), qPrintable(del.out));
    const Run list = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(json(list).array().size(), 0);
}

void TestPhoenixctl::cleanupTestCase()
{
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestPhoenixctl)
#include "tst_phoenixctl.moc"
