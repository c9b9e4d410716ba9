// phoenixctl's command line → CtlCommand (pure, table-driven), and its table formatting.
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctllessonscommand.h"
#include "app/ctl/ctldesktops.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctltaskoutput.h"
#include "models/settings/privatefiles.h"

#include <QProcess>
#include <QTemporaryDir>

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
    void tableIsConsistent();
    void tableAlignment();
    void serverJsonShape();
    void verbsMapToTaskKinds();
    void taskJsonShape();
};

void TestCtlCommand::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command"); // the table row: "desktops list"
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("detail"); // role/course/all/hard/image/wait/timeout/json summary
    auto row = [](const char *name, const QString &line, const QString &command, const QString &cloud, const QStringList &targets,
                  const QString &verb, const QString &detail) {
        QTest::newRow(name) << line.split(QLatin1Char(' '), Qt::SkipEmptyParts) << command << cloud << targets << verb << detail;
    };
    row("list", "desktops list", "desktops list", "", {}, "", "");
    row("list filtered", "desktops list --role teacher --course math-7a --json", "desktops list", "", {}, "", "role=teacher course=math-7a json");
    row("list all, cloud first", "--os-cloud lab desktops list --all", "desktops list", "lab", {}, "", "all");
    row("cloud anywhere", "desktops list --os-cloud=lab", "desktops list", "lab", {}, "", "");
    row("show", "desktops show math-01", "desktops show", "", {"math-01"}, "", "");
    row("start several", "desktops start a b c --wait", "desktops start", "", {"a", "b", "c"}, "start", "wait");
    row("stop timeout", "desktops stop a --wait --timeout 30", "desktops stop", "", {"a"}, "stop", "wait timeout=30");
    row("reboot hard", "desktops reboot --hard a", "desktops reboot", "", {"a"}, "reboot", "hard");
    row("rebuild image", "desktops rebuild a --image win10-edu", "desktops rebuild", "", {"a"}, "rebuild", "image=win10-edu");
    row("shelve json", "desktops shelve a --json", "desktops shelve", "", {"a"}, "shelve", "json");
    row("delete", "desktops delete a b", "desktops delete", "", {"a", "b"}, "delete", "");
    row("images", "images list", "images list", "", {}, "", "");
    row("flavors", "flavors list --json", "flavors list", "", {}, "", "json");
    row("networks", "networks list", "networks list", "", {}, "", "");
    row("fip list", "floating-ips list", "floating-ips list", "", {}, "", "");
    row("fip assign", "floating-ips assign math-01", "floating-ips assign", "", {"math-01"}, "", "");
    row("fip release", "floating-ips release math-01 --json", "floating-ips release", "", {"math-01"}, "", "json");
    row("limits", "limits", "limits", "", {}, "", "");
    row("no-wait", "desktops suspend a b --no-wait --db /tmp/x.sqlite", "desktops suspend", "", {"a", "b"}, "suspend",
        "no-wait db=/tmp/x.sqlite");
    row("engine options", "desktops resume a --concurrency 4 --detect-timeout 0 --timeout 90", "desktops resume", "", {"a"},
        "resume", "timeout=90 concurrency=4 detect=0");
    row("create", "desktops create --name-template lab-{n:02} --count 3 --image ubuntu --flavor desk.tiny --network lab-net",
        "desktops create", "", {}, "", "role=student image=ubuntu template=lab-{n:02} count=3 flavor=desk.tiny network=lab-net");
    row("create roster", "desktops create --name-template {course}-{seat:02}-{owner} --owners-csv r.csv --image i --flavor f "
        "--network n --role teacher --course math --type course --dry-run --json",
        "desktops create", "", {}, "",
        "role=teacher course=math image=i json template={course}-{seat:02}-{owner} flavor=f network=n csv=r.csv type=course dry-run");
    row("create one owner", "desktops create --name-template {owner}-{n} --count 2 --owner li --image i --flavor f --network n --wait",
        "desktops create", "", {}, "", "role=student image=i wait template={owner}-{n} count=2 flavor=f network=n owner=li");
    row("tasks list", "tasks list --batch 1234abcd --state failed,unfinished --limit 0 --json", "tasks list", "", {}, "",
        "json batch=1234abcd states=failed,pending,running,waiting limit=0");
    row("tasks show", "tasks show 1234abcd", "tasks show", "", {"1234abcd"}, "", "");
    row("tasks retry", "tasks retry 1234abcd --wait --db postgresql://phoenix@db/phoenix", "tasks retry", "", {"1234abcd"}, "",
        "wait db=postgresql://phoenix@db/phoenix");
    row("tasks cancel", "tasks cancel 1234abcd", "tasks cancel", "", {"1234abcd"}, "", "");
    row("tasks resume", "tasks resume --detect-timeout 5", "tasks resume", "", {}, "", "detect=5");
}

void TestCtlCommand::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(QString, cloud);
    QFETCH(QStringList, targets);
    QFETCH(QString, verb);
    QFETCH(QString, detail);
    const CtlParseResult r = CtlCommandLine::parse(QStringList{QStringLiteral("phoenixctl")} + args);
    QVERIFY2(r.outcome == CtlParseResult::Outcome::Run, qPrintable(r.text));
    const CtlCommand &c = r.command;
    QCOMPARE(c.name, command);
    QVERIFY(c.run);
    QCOMPARE(c.cloud, cloud);
    QCOMPARE(c.targets, targets);
    // What each command holds of its own: the parts it does not hold read as their defaults.
    const auto *list = std::get_if<CtlDesktopListOptions>(&c.options);
    const auto *action = std::get_if<CtlDesktopActionOptions>(&c.options);
    const auto *create = std::get_if<CtlCreateOptions>(&c.options);
    const auto *tasks = std::get_if<CtlTaskListOptions>(&c.options);
    const CtlTaskOptions run = c.tasks.value_or(CtlTaskOptions());
    QCOMPARE(action ? action->verb : QString(), verb);
    const QStringList others{QStringLiteral("floating-ips assign"), QStringLiteral("floating-ips release"),
                             QStringLiteral("tasks retry"), QStringLiteral("tasks resume")};
    QCOMPARE(c.runsTasks(), action || create || others.contains(command));
    const std::optional<DesktopRole> role = list ? list->role : create ? std::optional(create->role) : std::nullopt;
    const QString course = list ? list->course : create ? create->course : QString();
    const QString image = action ? action->image : create ? create->image : QString();
    QStringList got;
    if (role)
        got << QStringLiteral("role=") + DesktopRoles::key(*role);
    if (!course.isEmpty())
        got << QStringLiteral("course=") + course;
    if (list && list->all)
        got << QStringLiteral("all");
    if (action && action->hard)
        got << QStringLiteral("hard");
    if (!image.isEmpty())
        got << QStringLiteral("image=") + image;
    if (run.wait)
        got << QStringLiteral("wait");
    if (run.timeoutSeconds != 600)
        got << QStringLiteral("timeout=%1").arg(run.timeoutSeconds);
    if (c.json)
        got << QStringLiteral("json");
    if (run.noWait)
        got << QStringLiteral("no-wait");
    if (!c.database.isEmpty())
        got << QStringLiteral("db=") + c.database;
    if (run.concurrency)
        got << QStringLiteral("concurrency=%1").arg(run.concurrency);
    if (run.detectTimeoutSeconds >= 0)
        got << QStringLiteral("detect=%1").arg(run.detectTimeoutSeconds);
    if (create) {
        if (!create->nameTemplate.isEmpty())
            got << QStringLiteral("template=") + create->nameTemplate;
        if (create->count)
            got << QStringLiteral("count=%1").arg(create->count);
        if (!create->flavor.isEmpty())
            got << QStringLiteral("flavor=") + create->flavor;
        if (!create->network.isEmpty())
            got << QStringLiteral("network=") + create->network;
        if (!create->owner.isEmpty())
            got << QStringLiteral("owner=") + create->owner;
        if (!create->ownersCsv.isEmpty())
            got << QStringLiteral("csv=") + create->ownersCsv;
        if (!create->type.isEmpty())
            got << QStringLiteral("type=") + create->type;
        if (create->dryRun)
            got << QStringLiteral("dry-run");
    }
    if (tasks) {
        if (!tasks->batch.isEmpty())
            got << QStringLiteral("batch=") + tasks->batch;
        if (!tasks->states.isEmpty())
            got << QStringLiteral("states=") + tasks->states.join(QLatin1Char(','));
        if (tasks->limit != 50)
            got << QStringLiteral("limit=%1").arg(tasks->limit);
    }
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
    QTest::newRow("wait and no-wait") << "desktops stop a --wait --no-wait" << "exclude each other";
    QTest::newRow("no-wait on retry") << "tasks retry abcd --no-wait" << "--no-wait does not apply";
    QTest::newRow("concurrency zero") << "desktops stop a --concurrency 0" << "from 1 to 64";
    QTest::newRow("db on list") << "desktops list --db x" << "--db does not apply";
    QTest::newRow("create without template") << "desktops create --count 2 --image i --flavor f --network n" << "--name-template";
    QTest::newRow("create without image") << "desktops create --name-template x-{n} --count 2 --flavor f --network n" << "--image, --flavor";
    QTest::newRow("create count and csv") << "desktops create --name-template x-{n} --count 2 --owners-csv r --image i --flavor f --network n"
                                         << "either --count";
    QTest::newRow("create neither count nor csv") << "desktops create --name-template x-{n} --image i --flavor f --network n"
                                                 << "either --count";
    QTest::newRow("create huge") << "desktops create --name-template x-{n} --count 5000 --image i --flavor f --network n" << "1 to 1000";
    QTest::newRow("create bad type") << "desktops create --name-template x-{n} --count 2 --image i --flavor f --network n --type pool"
                                    << "course or static";
    QTest::newRow("course type needs course") << "desktops create --name-template x-{n} --count 2 --image i --flavor f --network n --type course"
                                             << "needs --course";
    QTest::newRow("create with names") << "desktops create a --name-template x-{n} --count 2 --image i --flavor f --network n" << "takes no names";
    QTest::newRow("dry-run on stop") << "desktops stop a --dry-run" << "--dry-run does not apply";
    QTest::newRow("tasks alone") << "tasks" << "needs a subcommand";
    QTest::newRow("tasks unknown") << "tasks redo x" << "Unknown tasks command";
    QTest::newRow("tasks show two") << "tasks show a b" << "exactly one";
    QTest::newRow("tasks resume with id") << "tasks resume abcd" << "takes no IDs";
    QTest::newRow("bad state") << "tasks list --state broken" << "--state takes";
    QTest::newRow("state on show") << "tasks show abcd --state failed" << "--state does not apply";
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
    for (const char *command : {"desktops create", "tasks list", "tasks show", "tasks retry", "tasks cancel", "tasks resume", "--no-wait"})
        QVERIFY2(help.text.contains(QLatin1String(command)), command);
    const CtlParseResult version = CtlCommandLine::parse({QStringLiteral("phoenixctl"), QStringLiteral("--version")});
    QCOMPARE(int(version.outcome), int(CtlParseResult::Outcome::Version));
    QVERIFY(version.text.contains(QLatin1String(PHOENIX_VERSION)));
}

// A row added to the command table (by a new command file) must be complete: a handler, its
// arity message, a help section; one row per name; each group answers an unknown verb.
void TestCtlCommand::tableIsConsistent()
{
    QStringList names;
    QStringList groups;
    const QString help = CtlCommandLine::usage();
    for (const CtlSubcommand &row : CtlCommandLine::table()) {
        QVERIFY(!row.section.isEmpty());
        QVERIFY2(help.contains(row.section), qPrintable(row.section));
        if (row.group.isEmpty()) { // a note of the help
            QVERIFY(!row.help.isEmpty());
            continue;
        }
        QVERIFY2(!names.contains(row.name()), qPrintable(row.name()));
        names << row.name();
        QVERIFY2(row.run, qPrintable(row.name()));
        QVERIFY2(!row.targetsError.isEmpty(), qPrintable(row.name()));
        QVERIFY2(row.help.isEmpty() || row.help.endsWith(QLatin1Char('\n')), qPrintable(row.name()));
        if (!groups.contains(row.group)) {
            groups << row.group;
            QVERIFY2(row.verb.isEmpty() || row.unknownVerb, qPrintable(row.group));
            QVERIFY2(help.contains(row.group), qPrintable(row.group));
        }
        for (const CtlOption &option : row.options)
            QVERIFY2(help.contains(QStringLiteral("--") + option.name), qPrintable(option.name));
        // Every row parses: a command line made of its words (and a name where it needs one).
        QStringList line{QStringLiteral("phoenixctl"), row.group};
        if (!row.verb.isEmpty())
            line << row.verb;
        if (row.targets != CtlSubcommand::Targets::None)
            line << QStringLiteral("x");
        const CtlParseResult r = CtlCommandLine::parse(line);
        // desktops create and some timetable commands need their options (tst_ctllessons parses those)
        if (row.name() != QLatin1String("desktops create") && row.section != CtlLessonsLine::section()) {
            QVERIFY2(r.outcome == CtlParseResult::Outcome::Run, qPrintable(row.name() + QStringLiteral(": ") + r.text));
            QCOMPARE(r.command.name, row.name());
            QVERIFY(r.command.run == row.run);
        }
    }
    // Each capability's commands are in the table (names are unique, checked above); no row count
    // to keep in step by hand.
    for (const char *name : {"desktops list", "desktops create", "desktops resume", "desktops console", "tasks resume",
                             "courses create", "lessons add", "periods generate", "calendar list", "schedule run",
                             "schedule install", "my-desktop open", "users create-missing", "hosts drain", "hosts evacuate"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
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

void TestCtlCommand::verbsMapToTaskKinds()
{
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("start"), false).value(), TaskKind::Start);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("stop"), false).value(), TaskKind::Stop);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("suspend"), false).value(), TaskKind::Suspend);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("resume"), false).value(), TaskKind::Resume);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("reboot"), false).value(), TaskKind::Reboot);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("reboot"), true).value(), TaskKind::RebootHard);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("rebuild"), false).value(), TaskKind::Rebuild);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("shelve"), false).value(), TaskKind::Shelve);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("unshelve"), false).value(), TaskKind::Unshelve);
    QCOMPARE(CtlDesktops::taskKind(QStringLiteral("delete"), false).value(), TaskKind::Delete);
    QVERIFY(!CtlDesktops::taskKind(QStringLiteral("explode"), false).has_value());
    for (const QString &verb : CtlCommandLine::actionVerbs())
        QVERIFY2(CtlDesktops::taskKind(verb, false).has_value(), qPrintable(verb));
    // What a finished task's line says it reached.
    QCOMPARE(CtlTaskOutput::goal(TaskKind::Stop), QStringLiteral("SHUTOFF"));
    QCOMPARE(CtlTaskOutput::goal(TaskKind::Delete), QStringLiteral("gone"));
    QVERIFY(CtlTaskOutput::goal(TaskKind::AssignFloatingIp).isEmpty());
}

void TestCtlCommand::taskJsonShape()
{
    TaskSnapshot t;
    t.id = QStringLiteral("6006ceb6-0000-4000-8000-000000000001");
    t.batchId = QStringLiteral("c2b552e7-0000-4000-8000-000000000002");
    t.spec.kind = TaskKind::Suspend;
    t.spec.serverId = QStringLiteral("srv");
    t.spec.serverName = QStringLiteral("lab-01");
    t.chain = stageChain(TaskKind::Suspend);
    t.state = TaskState::Failed;
    t.stageIndex = 0;
    t.error = QStringLiteral("Refused. Request ID: req-1");
    t.requestId = QStringLiteral("req-1");
    StageRecord r;
    r.stage = Stage::Action;
    r.attempt = 3;
    r.message = t.error;
    r.requestId = t.requestId;
    r.startedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addMSecs(2500);
    t.history << r;
    const QJsonObject o = CtlTaskOutput::taskJson(t);
    QCOMPARE(o.value(QLatin1String("action")).toString(), QStringLiteral("suspend"));
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("action"));
    QCOMPARE(o.value(QLatin1String("goal")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(o.value(QLatin1String("request_id")).toString(), QStringLiteral("req-1"));
    const QJsonObject stage = o.value(QLatin1String("stages")).toArray().first().toObject();
    QCOMPARE(stage.value(QLatin1String("attempt")).toInt(), 3);
    QCOMPARE(stage.value(QLatin1String("seconds")).toDouble(), 2.5);
    QCOMPARE(stage.value(QLatin1String("started")).toString(), QStringLiteral("2026-11-26T08:00:00Z"));
    QCOMPARE(CtlTaskOutput::shortId(t.id), QStringLiteral("6006ceb6"));
    QCOMPARE(CtlTaskOutput::stageLabel(TaskKind::Suspend, Stage::Wait), QStringLiteral("Wait for SUSPENDED"));
}

QTEST_GUILESS_MAIN(TestCtlCommand)
#include "tst_ctlcommand.moc"
