// phoenixctl's timetable and scheduler command lines: what is accepted, what is refused with a
// clear usage error (pure parsing, no cloud, no database).
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctllessonscommand.h"
#include "app/ctl/ctlscheduleinstall.h"

#include <QTest>

namespace
{
CtlParseResult parse(const QString &line)
{
    return CtlCommandLine::parse(QStringList{QStringLiteral("phoenixctl")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}
} // namespace

class TestCtlLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QStringList>("targets");
        QTest::newRow("courses list") << QStringLiteral("courses list --json") << QStringLiteral("courses") << QStringLiteral("list") << QStringList();
        QTest::newRow("courses create")
            << QStringLiteral("--os-cloud lab courses create PY101 --name Python --teacher zhang.wei --image ubuntu --flavor m1 --network lab --policy shelve --from 2026-09-01 --to 2027-01-15")
            << QStringLiteral("courses") << QStringLiteral("create") << QStringList{QStringLiteral("PY101")};
        QTest::newRow("roster import") << QStringLiteral("courses roster import PY101 roster.csv") << QStringLiteral("courses")
                                       << QStringLiteral("roster import") << QStringList{QStringLiteral("PY101"), QStringLiteral("roster.csv")};
        QTest::newRow("roster export") << QStringLiteral("courses roster export PY101") << QStringLiteral("courses")
                                       << QStringLiteral("roster export") << QStringList{QStringLiteral("PY101")};
        QTest::newRow("lessons add weekly")
            << QStringLiteral("lessons add PY101 --start 2026-12-07T08:00 --end 2026-12-07T08:45 --weekly-until 2027-01-11")
            << QStringLiteral("lessons") << QStringLiteral("add") << QStringList{QStringLiteral("PY101")};
        QTest::newRow("holiday") << QStringLiteral("calendar holiday add 2027-01-01 --to 2027-01-03") << QStringLiteral("calendar")
                                 << QStringLiteral("holiday add") << QStringList{QStringLiteral("2027-01-01")};
        QTest::newRow("makeup") << QStringLiteral("calendar makeup add 2027-01-09 --as mon") << QStringLiteral("calendar")
                                << QStringLiteral("makeup add") << QStringList{QStringLiteral("2027-01-09")};
        QTest::newRow("plan") << QStringLiteral("schedule plan --from 2026-12-07 --to 2026-12-08") << QStringLiteral("schedule")
                              << QStringLiteral("plan") << QStringList();
        QTest::newRow("run once") << QStringLiteral("schedule run --once --now 2026-12-07T07:55:00Z --detect-timeout 5")
                                  << QStringLiteral("schedule") << QStringLiteral("run") << QStringList();
        QTest::newRow("extend") << QStringLiteral("courses extend PY101 --minutes 20") << QStringLiteral("courses")
                                << QStringLiteral("extend") << QStringList{QStringLiteral("PY101")};
        QTest::newRow("supply") << QStringLiteral("courses supply PY101 --count 3") << QStringLiteral("courses")
                                << QStringLiteral("supply") << QStringList{QStringLiteral("PY101")};
        QTest::newRow("periods add") << QStringLiteral("periods add --start 8:00 --end 08:45") << QStringLiteral("periods")
                                     << QStringLiteral("add") << QStringList();
        QTest::newRow("periods set") << QStringLiteral("periods set 3 --end 09:50") << QStringLiteral("periods")
                                     << QStringLiteral("set") << QStringList{QStringLiteral("3")};
        QTest::newRow("periods delete") << QStringLiteral("periods delete 21") << QStringLiteral("periods")
                                        << QStringLiteral("delete") << QStringList{QStringLiteral("21")};
        QTest::newRow("periods generate") << QStringLiteral("periods generate --from 08:00 --to 17:00 --minutes 45 --break 10")
                                          << QStringLiteral("periods") << QStringLiteral("generate") << QStringList();
        QTest::newRow("periods reset") << QStringLiteral("periods reset") << QStringLiteral("periods") << QStringLiteral("reset")
                                       << QStringList();
    }

    void accepted()
    {
        QFETCH(QString, line);
        QFETCH(QString, group);
        QFETCH(QString, verb);
        QFETCH(QStringList, targets);
        const CtlParseResult r = parse(line);
        QVERIFY2(r.outcome == CtlParseResult::Outcome::Run, qPrintable(r.text));
        QVERIFY(std::holds_alternative<CtlLessonOptions>(r.command.options));
        QCOMPARE(r.command.get<CtlLessonOptions>().group, group);
        QCOMPARE(r.command.get<CtlLessonOptions>().verb, verb);
        QVERIFY(r.command.run != nullptr);
        QCOMPARE(r.command.targets, targets);
    }

    void optionsKept()
    {
        const CtlParseResult r = parse(QStringLiteral("--json schedule run --once --now 2026-12-07T07:55:00Z --detect-timeout 5 --db /tmp/x.sqlite"));
        QCOMPARE(r.outcome, CtlParseResult::Outcome::Run);
        QVERIFY(r.command.json);
        QCOMPARE(r.command.database, QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(r.command.tasks.has_value());
        QCOMPARE(r.command.tasks->detectTimeoutSeconds, 5);
        QVERIFY(r.command.get<CtlLessonOptions>().has("once"));
        QCOMPARE(CtlLessonsLine::parseTime(r.command.get<CtlLessonOptions>().value("now")),
                 QDateTime(QDate(2026, 12, 7), QTime(7, 55), Qt::UTC));
        QVERIFY(r.command.runsTasks());
        QVERIFY(!parse(QStringLiteral("schedule plan")).command.runsTasks());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("word");
        QTest::newRow("create without image") << QStringLiteral("courses create PY101 --name P --teacher t --flavor f --network n")
                                              << QStringLiteral("--image");
        QTest::newRow("bad policy") << QStringLiteral("courses update PY101 --policy hibernate") << QStringLiteral("--policy");
        QTest::newRow("weekly and daily") << QStringLiteral("lessons add PY101 --start 2026-12-07T08:00 --end 2026-12-07T08:45 --weekly-until 2027-01-01 --daily-until 2027-01-01")
                                          << QStringLiteral("exclude");
        QTest::newRow("bad time") << QStringLiteral("lessons add PY101 --start tomorrow --end 2026-12-07T08:45") << QStringLiteral("--start");
        QTest::newRow("bad weekday") << QStringLiteral("calendar makeup add 2027-01-09 --as funday") << QStringLiteral("weekday");
        QTest::newRow("bad date") << QStringLiteral("calendar holiday add 2027-13-01") << QStringLiteral("not a date");
        QTest::newRow("option of another command") << QStringLiteral("courses list --minutes 5") << QStringLiteral("--minutes");
        QTest::newRow("unknown verb") << QStringLiteral("courses frobnicate") << QStringLiteral("frobnicate");
        QTest::newRow("missing course") << QStringLiteral("courses show") << QStringLiteral("argument");
        QTest::newRow("unknown roster verb") << QStringLiteral("courses roster erase PY101") << QStringLiteral("import, export");
        QTest::newRow("extend without minutes") << QStringLiteral("courses extend PY101") << QStringLiteral("--minutes");
        QTest::newRow("zero count") << QStringLiteral("courses supply PY101 --count 0") << QStringLiteral("--count");
        QTest::newRow("period as a date") << QStringLiteral("periods add --start 2026-12-07T08:00 --end 08:45") << QStringLiteral("time of day");
        QTest::newRow("period without end") << QStringLiteral("periods add --start 08:00") << QStringLiteral("--end");
        QTest::newRow("periods of 1 minute") << QStringLiteral("periods generate --from 08:00 --to 09:00 --minutes 1") << QStringLiteral("--minutes");
        QTest::newRow("period delete without name") << QStringLiteral("periods delete") << QStringLiteral("argument");
    }

    void refused()
    {
        QFETCH(QString, line);
        QFETCH(QString, word);
        const CtlParseResult r = parse(line);
        QCOMPARE(r.outcome, CtlParseResult::Outcome::UsageError);
        QVERIFY2(r.text.contains(word), qPrintable(r.text));
    }

    void osSchedulerTexts()
    {
        const QStringList cmd = CtlScheduleInstall::tickCommand(QStringLiteral("/opt/phoenix/bin/phoenixctl"), QStringLiteral("lab school"),
                                                                QStringLiteral("/home/a/My Files/p.sqlite"));
        QCOMPARE(cmd, (QStringList{QStringLiteral("/opt/phoenix/bin/phoenixctl"), QStringLiteral("--os-cloud"), QStringLiteral("lab school"),
                                   QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--db"),
                                   QStringLiteral("/home/a/My Files/p.sqlite")}));
        const QString service = CtlScheduleInstall::systemdService(cmd);
        QVERIFY2(service.contains(QStringLiteral("ExecStart=/opt/phoenix/bin/phoenixctl --os-cloud 'lab school' schedule run --once --db '/home/a/My Files/p.sqlite'\n")),
                 qPrintable(service));
        QVERIFY(service.contains(QLatin1String("Type=oneshot")));
        QVERIFY(CtlScheduleInstall::systemdTimer(60).contains(QLatin1String("OnUnitActiveSec=60")));
        QCOMPARE(CtlScheduleInstall::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));

        // crontab: the line replaces an earlier one of Phoenix and keeps everything else.
        const QString line = CtlScheduleInstall::crontabLine(cmd);
        QVERIFY(line.startsWith(QLatin1String("* * * * * /opt/phoenix/bin/phoenixctl")));
        const QString before = QStringLiteral("MAILTO=x\n0 3 * * * backup\n* * * * * old # phoenix-scheduler\n");
        const QString after = CtlScheduleInstall::crontabWith(before, line);
        QCOMPARE(after, QStringLiteral("MAILTO=x\n0 3 * * * backup\n") + line + QLatin1Char('\n'));
        QCOMPARE(CtlScheduleInstall::crontabWith(after, QString()), QStringLiteral("MAILTO=x\n0 3 * * * backup\n"));

        // Windows: the schtasks.exe command, every minute, the task replaced if it exists.
        const QStringList win = CtlScheduleInstall::schtasksCreate(
            CtlScheduleInstall::tickCommand(QStringLiteral("C:\\Program Files\\Phoenix\\phoenixctl.exe"), QStringLiteral("school"), QString()));
        QCOMPARE(win, (QStringList{QStringLiteral("/Create"), QStringLiteral("/F"), QStringLiteral("/SC"), QStringLiteral("MINUTE"),
                                   QStringLiteral("/MO"), QStringLiteral("1"), QStringLiteral("/TN"), QStringLiteral("phoenix-scheduler"),
                                   QStringLiteral("/TR"),
                                   QStringLiteral("\"C:\\Program Files\\Phoenix\\phoenixctl.exe\" --os-cloud school schedule run --once")}));
        QCOMPARE(CtlScheduleInstall::schtasksDelete().last(), QStringLiteral("phoenix-scheduler"));
        QCOMPARE(parse(QStringLiteral("schedule install")).outcome, CtlParseResult::Outcome::Run);
    }

    void otherCommandsUntouched()
    {
        // "--course" is also a desktops option: the timetable parser must not take "desktops list".
        const CtlParseResult r = parse(QStringLiteral("desktops list --course PY101"));
        QCOMPARE(r.outcome, CtlParseResult::Outcome::Run);
        QCOMPARE(r.command.name, QStringLiteral("desktops list"));
        QVERIFY(CtlCommandLine::usage().contains(QLatin1String("schedule run")));
    }
};

QTEST_GUILESS_MAIN(TestCtlLessons)
#include "tst_ctllessons.moc"
