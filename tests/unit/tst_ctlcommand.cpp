// phoenixctl's command line → CtlCommand (pure, table-driven), and its table formatting.
#include "ctlcommand.h"
#include "ctloutput.h"

#include <QJsonArray>
#include <QTest>

class TestCtlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void tableAlignment();
    void serverJsonShape();
};

void TestCtlCommand::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("detail"); // role/course/all/hard/image/wait/timeout/json summary
    auto row = [](const char *name, const QString &line, CtlCommand::Kind kind, const QString &cloud, const QStringList &targets,
                  const QString &verb, const QString &detail) {
        QTest::newRow(name) << line.split(QLatin1Char(' '), Qt::SkipEmptyParts) << int(kind) << cloud << targets << verb << detail;
    };
    using K = CtlCommand::Kind;
    row("list", "desktops list", K::DesktopsList, "", {}, "", "");
    row("list filtered", "desktops list --role teacher --course math-7a --json", K::DesktopsList, "", {}, "", "role=teacher course=math-7a json");
    row("list all, cloud first", "--os-cloud lab desktops list --all", K::DesktopsList, "lab", {}, "", "all");
    row("cloud anywhere", "desktops list --os-cloud=lab", K::DesktopsList, "lab", {}, "", "");
    row("show", "desktops show math-01", K::DesktopsShow, "", {"math-01"}, "", "");
    row("start several", "desktops start a b c --wait", K::DesktopsAction, "", {"a", "b", "c"}, "start", "wait");
    row("stop timeout", "desktops stop a --wait --timeout 30", K::DesktopsAction, "", {"a"}, "stop", "wait timeout=30");
    row("reboot hard", "desktops reboot --hard a", K::DesktopsAction, "", {"a"}, "reboot", "hard");
    row("rebuild image", "desktops rebuild a --image win10-edu", K::DesktopsAction, "", {"a"}, "rebuild", "image=win10-edu");
    row("shelve json", "desktops shelve a --json", K::DesktopsAction, "", {"a"}, "shelve", "json");
    row("delete", "desktops delete a b", K::DesktopsAction, "", {"a", "b"}, "delete", "");
    row("images", "images list", K::ImagesList, "", {}, "", "");
    row("flavors", "flavors list --json", K::FlavorsList, "", {}, "", "json");
    row("networks", "networks list", K::NetworksList, "", {}, "", "");
    row("fip list", "floating-ips list", K::FloatingIpsList, "", {}, "", "");
    row("fip assign", "floating-ips assign math-01", K::FloatingIpsAssign, "", {"math-01"}, "", "");
    row("fip release", "floating-ips release math-01 --json", K::FloatingIpsRelease, "", {"math-01"}, "", "json");
    row("limits", "limits", K::Limits, "", {}, "", "");
}

void TestCtlCommand::parse()
{
    QFETCH(QStringList, args);
    QFETCH(int, kind);
    QFETCH(QString, cloud);
    QFETCH(QStringList, targets);
    QFETCH(QString, verb);
    QFETCH(QString, detail);
    const CtlParseResult r = CtlCommandLine::parse(QStringList{QStringLiteral("phoenixctl")} + args);
    QVERIFY2(r.outcome == CtlParseResult::Outcome::Run, qPrintable(r.text));
    const CtlCommand &c = r.command;
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.cloud, cloud);
    QCOMPARE(c.targets, targets);
    QCOMPARE(c.verb, verb);
    QStringList got;
    if (!c.role.isEmpty())
        got << QStringLiteral("role=") + c.role;
    if (!c.course.isEmpty())
        got << QStringLiteral("course=") + c.course;
    if (c.all)
        got << QStringLiteral("all");
    if (c.hard)
        got << QStringLiteral("hard");
    if (!c.image.isEmpty())
        got << QStringLiteral("image=") + c.image;
    if (c.wait)
        got << QStringLiteral("wait");
    if (c.timeoutSeconds != 600)
        got << QStringLiteral("timeout=%1").arg(c.timeoutSeconds);
    if (c.json)
        got << QStringLiteral("json");
    QCOMPARE(got.join(QLatin1Char(' ')), detail);
}

void TestCtlCommand::usageErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << "" << "No command given";
    QTest::newRow("unknown group") << "servers list" << "Unknown command \"servers\"";
    QTest::newRow("unknown verb") << "desktops explode a" << "Unknown desktops command \"explode\"";
    QTest::newRow("desktops alone") << "desktops" << "needs a subcommand";
    QTest::newRow("action without names") << "desktops stop --wait" << "needs at least one desktop";
    QTest::newRow("show two") << "desktops show a b" << "exactly one";
    QTest::newRow("list with names") << "desktops list a" << "takes no names";
    QTest::newRow("hard on stop") << "desktops stop a --hard" << "--hard does not apply";
    QTest::newRow("image on reboot") << "desktops reboot a --image x" << "--image does not apply";
    QTest::newRow("wait on list") << "desktops list --wait" << "--wait does not apply";
    QTest::newRow("role on images") << "images list --role teacher" << "--role does not apply";
    QTest::newRow("bad role") << "desktops list --role admin" << "teacher or student";
    QTest::newRow("timeout text") << "desktops stop a --wait --timeout soon" << "number of seconds";
    QTest::newRow("timeout without wait") << "desktops stop a --timeout 10" << "only makes sense with --wait";
    QTest::newRow("unknown option") << "desktops list --colour" << "colour";
    QTest::newRow("missing value") << "desktops list --role" << "role";
    QTest::newRow("images verb") << "images show x" << "Use \"images list\"";
    QTest::newRow("assign two") << "floating-ips assign a b" << "exactly one";
    QTest::newRow("limits extra") << "limits now" << "takes no further";
}

void TestCtlCommand::usageErrors()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    const CtlParseResult r = CtlCommandLine::parse(QStringList{QStringLiteral("phoenixctl")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    QCOMPARE(int(r.outcome), int(CtlParseResult::Outcome::UsageError));
    QVERIFY2(r.text.contains(message), qPrintable(r.text));
}

void TestCtlCommand::helpAndVersion()
{
    const CtlParseResult help = CtlCommandLine::parse({QStringLiteral("phoenixctl"), QStringLiteral("--help")});
    QCOMPARE(int(help.outcome), int(CtlParseResult::Outcome::Help));
    for (const QString &verb : CtlCommandLine::actionVerbs())
        QVERIFY2(help.text.contains(verb), qPrintable(verb));
    const CtlParseResult version = CtlCommandLine::parse({QStringLiteral("phoenixctl"), QStringLiteral("--version")});
    QCOMPARE(int(version.outcome), int(CtlParseResult::Outcome::Version));
    QVERIFY(version.text.contains(QLatin1String(PHOENIX_VERSION)));
}

void TestCtlCommand::tableAlignment()
{
    TextTable t({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ID")});
    t.addRow({QStringLiteral("math-7a-stu01"), QStringLiteral("ACTIVE"), QStringLiteral("1")});
    t.addRow({QStringLiteral("x"), QStringLiteral("SHUTOFF (powering-on)")}); // short row: padded
    t.addRow({QStringLiteral("größe"), QStringLiteral("ACTIVE"), QStringLiteral("3")});
    const QStringList lines = t.render().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6); // header, rule, 3 rows, "" after the last newline
    QCOMPARE(lines.at(0), QStringLiteral("NAME           STATUS                 ID"));
    QCOMPARE(lines.at(1), QStringLiteral("-------------  ---------------------  --"));
    QCOMPARE(lines.at(2), QStringLiteral("math-7a-stu01  ACTIVE                 1"));
    QCOMPARE(lines.at(3), QStringLiteral("x              SHUTOFF (powering-on)")); // no trailing spaces
    QCOMPARE(lines.at(4), QStringLiteral("größe          ACTIVE                 3"));
    QCOMPARE(t.rowCount(), 3);
}

void TestCtlCommand::serverJsonShape()
{
    Server s;
    s.id = QStringLiteral("id-1");
    s.name = QStringLiteral("math-01");
    s.status = QStringLiteral("ACTIVE");
    s.metadata.insert(QStringLiteral("phoenix:role"), QStringLiteral("student"));
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.20.0.5"), 4, QStringLiteral("fixed"), QStringLiteral("fa:16")};
    s.updated = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    const QJsonObject o = CtlOutput::serverJson(s);
    QCOMPARE(o.value(QLatin1String("role")).toString(), QStringLiteral("student"));
    QVERIFY(o.value(QLatin1String("course")).isNull());
    QVERIFY(o.value(QLatin1String("task_state")).isNull());
    QCOMPARE(o.value(QLatin1String("fixed_ip")).toString(), QStringLiteral("10.20.0.5"));
    QVERIFY(o.value(QLatin1String("floating_ip")).isNull());
    QCOMPARE(o.value(QLatin1String("updated")).toString(), QStringLiteral("2026-11-26T08:00:00Z"));
    QVERIFY(o.value(QLatin1String("desktop")).toBool());
    QCOMPARE(o.value(QLatin1String("addresses")).toArray().size(), 1);
    QCOMPARE(CtlOutput::stateText(s), QStringLiteral("ACTIVE"));
    s.taskState = QStringLiteral("powering-off");
    QCOMPARE(CtlOutput::stateText(s), QStringLiteral("ACTIVE (powering-off)"));
}

QTEST_GUILESS_MAIN(TestCtlCommand)
#include "tst_ctlcommand.moc"
