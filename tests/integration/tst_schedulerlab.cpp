// The lesson scheduler against the real test bed (issue 12), through phoenixctl as an OS timer
// would run it, on a simulated clock (--now):
//  - a course of 5 students with a lesson soon: "schedule plan" sends nothing; "schedule run
//    --once" makes the 5 student desktops and the teacher's, ACTIVE, tagged phoenix:course and
//    phoenix:expires;
//  - the same tick again: no action, no write request;
//  - a desktop suspended by hand during the lesson: repaired;
//  - after the end + grace: the course's policy (suspend) applied, and only once;
//  - a holiday: nothing is prepared;
//  - two "schedule run --once" at once: the desktops are resumed once, not twice.
#include "cloudlab.h"
#include "ctlprocess.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace
{
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

class TestSchedulerLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planSendsNothing();
    void lessonPreparesSixDesktops();
    void sameTickTwiceDoesNothing();
    void suspendedByHandIsRepaired();
    void policyAfterTheLesson();
    void holidayPreparesNothing();
    void twoSchedulersAtOnceActOnce();
    void cleanupTestCase();

private:
    CtlRun ctl(QStringList arguments, int timeoutMs = 600000) const
    {
        arguments << QStringLiteral("--db") << m_db;
        return m_ctl->run(arguments, timeoutMs);
    }
    CtlRun tick(const QDateTime &now) const
    {
        return ctl({QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--now"), iso(now),
                    QStringLiteral("--detect-timeout"), QStringLiteral("0"), QStringLiteral("--json")});
    }
    QList<Server> mine();

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("sched")};
    std::unique_ptr<CtlProcess> m_ctl;
    QString m_db;
    QString m_course;
    QDateTime m_start; // the lesson: a fixed time well ahead of the real clock
    QDateTime m_end;
};

QList<Server> TestSchedulerLab::mine()
{
    QList<Server> out;
    const Result<QList<Server>> all = m_lab.call<QList<Server>>(
        [this](QObject *ctx, ApiCallback<QList<Server>> cb) { m_lab.compute().listAllServers({}, ctx, cb); });
    if (!all) {
        qWarning("cannot list servers: %s", qPrintable(all.error().detail()));
        return out;
    }
    for (const Server &s : all.value()) {
        if (s.name.startsWith(m_lab.prefix()) && !s.isDeleted())
            out << s;
    }
    return out;
}

void TestSchedulerLab::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-school", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-school"));
    QVERIFY(m_ctl->isValid());
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0); // the bed's desktops have no guest OS
    m_db = m_ctl->database();
    m_course = m_lab.prefix() + QStringLiteral("py");
    // Tomorrow 10:00 UTC: far from the real clock, so only --now decides.
    m_start = QDateTime(QDate::currentDate().addDays(2), QTime(10, 0), Qt::UTC);
    m_end = m_start.addSecs(45 * 60);

    QVERIFY(ctl({QStringLiteral("classrooms"), QStringLiteral("add"), m_lab.prefix() + QStringLiteral("room"), QStringLiteral("--seats"),
                 QStringLiteral("30")}).exitCode == 0);
    const CtlRun created = ctl({QStringLiteral("courses"), QStringLiteral("create"), m_course, QStringLiteral("--name"), QStringLiteral("Python 入门"),
                                QStringLiteral("--teacher"), QStringLiteral("teacher1"), QStringLiteral("--image"), QStringLiteral("ubuntu-22.04-desktop"),
                                QStringLiteral("--flavor"), QStringLiteral("desk.tiny"), QStringLiteral("--network"), QStringLiteral("lab-net"),
                                QStringLiteral("--policy"), QStringLiteral("suspend"), QStringLiteral("--grace"), QStringLiteral("1"),
                                QStringLiteral("--classroom"), m_lab.prefix() + QStringLiteral("room")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.both()));
    const QString roster = QFileInfo(m_db).dir().filePath(QStringLiteral("roster.csv"));
    QFile f(roster);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("owner,seat\n");
    for (int i = 1; i <= 5; ++i)
        f.write(QStringLiteral("%1stu%2,%2\n").arg(m_lab.prefix()).arg(i).toUtf8());
    f.close();
    const CtlRun imported = ctl({QStringLiteral("courses"), QStringLiteral("roster"), QStringLiteral("import"), m_course, roster});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.both()));
    const CtlRun lesson = ctl({QStringLiteral("lessons"), QStringLiteral("add"), m_course, QStringLiteral("--start"), iso(m_start),
                               QStringLiteral("--end"), iso(m_end)});
    QVERIFY2(lesson.exitCode == 0, qPrintable(lesson.both()));
}

void TestSchedulerLab::planSendsNothing()
{
    const CtlRun plan = ctl({QStringLiteral("schedule"), QStringLiteral("plan"), QStringLiteral("--now"), iso(m_start.addSecs(-300)),
                             QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.both()));
    const QJsonObject o = plan.json().object();
    QCOMPARE(o[QLatin1String("actions")].toArray().size(), 6);
    QCOMPARE(o[QLatin1String("lessons")].toArray().size(), 1);
    QCOMPARE(o[QLatin1String("lessons")][0][QLatin1String("desktops")].toInt(), 6);
    QCOMPARE(o[QLatin1String("write_requests")].toInt(), 0);
    QVERIFY(mine().isEmpty());
    // Too early (before the lead time): nothing to do.
    const CtlRun early = ctl({QStringLiteral("schedule"), QStringLiteral("plan"), QStringLiteral("--now"), iso(m_start.addSecs(-3600)),
                              QStringLiteral("--json")});
    QCOMPARE(early.json().object()[QLatin1String("actions")].toArray().size(), 0);
}

void TestSchedulerLab::lessonPreparesSixDesktops()
{
    const CtlRun run = tick(m_start.addSecs(-300));
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o[QLatin1String("tasks")].toArray().size(), 6);
    QCOMPARE(o[QLatin1String("done")].toInt(), 6);
    const QList<Server> servers = mine();
    QCOMPARE(servers.size(), 6);
    int teachers = 0;
    for (const Server &s : servers) {
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QCOMPARE(s.meta(PhoenixMeta::Course), m_course);
        QCOMPARE(QDateTime::fromString(s.meta(PhoenixMeta::Expires), Qt::ISODate), m_end.addSecs(60));
        QVERIFY(s.tags.contains(QStringLiteral("phoenix")));
        QVERIFY(!s.fixedAddress().isEmpty());
        teachers += s.meta(PhoenixMeta::Role) == QLatin1String("teacher") ? 1 : 0;
    }
    QCOMPARE(teachers, 1);
}

void TestSchedulerLab::sameTickTwiceDoesNothing()
{
    // 30 s before the bell: everything is ready; nothing to do.
    const CtlRun again = tick(m_start.addSecs(-30));
    QVERIFY2(again.exitCode == 0, qPrintable(again.both()));
    const QJsonObject o = again.json().object();
    QCOMPARE(o[QLatin1String("actions")].toArray().size(), 0);
    QCOMPARE(o[QLatin1String("write_requests")].toInt(), 0);
    QCOMPARE(o[QLatin1String("batches")].toArray().size(), 0);
    QCOMPARE(o[QLatin1String("lessons")][0][QLatin1String("ready")].toInt(), 6);
    QCOMPARE(mine().size(), 6);
}

void TestSchedulerLab::suspendedByHandIsRepaired()
{
    const QString victim = m_course + QStringLiteral("-03-") + m_lab.prefix() + QStringLiteral("stu3");
    const CtlRun suspend = ctl({QStringLiteral("desktops"), QStringLiteral("suspend"), victim});
    QVERIFY2(suspend.exitCode == 0, qPrintable(suspend.both()));
    const CtlRun run = tick(m_start.addSecs(600));
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    const QJsonArray actions = run.json().object()[QLatin1String("actions")].toArray();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0][QLatin1String("why")].toString(), QStringLiteral("repair"));
    QCOMPARE(actions[0][QLatin1String("kind")].toString(), QStringLiteral("resume"));
    QCOMPARE(actions[0][QLatin1String("server")].toString(), victim);
    for (const Server &s : mine())
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
}

void TestSchedulerLab::policyAfterTheLesson()
{
    // Within the grace minute: nothing yet.
    QCOMPARE(tick(m_end.addSecs(30)).json().object()[QLatin1String("actions")].toArray().size(), 0);
    const CtlRun run = tick(m_end.addSecs(90));
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o[QLatin1String("done")].toInt(), 6);
    for (const QJsonValue &a : o[QLatin1String("actions")].toArray()) {
        QCOMPARE(a[QLatin1String("why")].toString(), QStringLiteral("policy"));
        QCOMPARE(a[QLatin1String("kind")].toString(), QStringLiteral("suspend"));
    }
    for (const Server &s : mine())
        QCOMPARE(s.status, QStringLiteral("SUSPENDED"));
    const CtlRun again = tick(m_end.addSecs(150));
    QCOMPARE(again.json().object()[QLatin1String("write_requests")].toInt(), 0);
}

void TestSchedulerLab::holidayPreparesNothing()
{
    // The next day's lesson would resume the six...
    const QDateTime next = m_start.addDays(1);
    const CtlRun lesson = ctl({QStringLiteral("lessons"), QStringLiteral("add"), m_course, QStringLiteral("--start"), iso(next),
                               QStringLiteral("--end"), iso(next.addSecs(45 * 60))});
    QVERIFY2(lesson.exitCode == 0, qPrintable(lesson.both()));
    const CtlRun before = ctl({QStringLiteral("schedule"), QStringLiteral("plan"), QStringLiteral("--now"), iso(next.addSecs(-30)),
                               QStringLiteral("--json")});
    int resumes = 0;
    for (const QJsonValue &a : before.json().object()[QLatin1String("actions")].toArray())
        resumes += a[QLatin1String("kind")].toString() == QLatin1String("resume") ? 1 : 0;
    QCOMPARE(resumes, 6); // (and phoenix:expires moved to the new lesson's end)
    // ...but it is a holiday.
    const QString day = next.toLocalTime().date().toString(Qt::ISODate);
    QVERIFY(ctl({QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("add"), day}).exitCode == 0);
    const CtlRun run = tick(next.addSecs(-30));
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    QCOMPARE(run.json().object()[QLatin1String("actions")].toArray().size(), 0);
    QCOMPARE(run.json().object()[QLatin1String("write_requests")].toInt(), 0);
    for (const Server &s : mine())
        QCOMPARE(s.status, QStringLiteral("SUSPENDED"));
    QVERIFY(ctl({QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("delete"), day}).exitCode == 0);
}

void TestSchedulerLab::twoSchedulersAtOnceActOnce()
{
    const QDateTime next = m_start.addDays(1);
    QStringList args{QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--now"),
                     iso(next.addSecs(-30)), QStringLiteral("--detect-timeout"), QStringLiteral("0"), QStringLiteral("--json"),
                     QStringLiteral("--db"), m_db};
    auto a = m_ctl->start(args);
    auto b = m_ctl->start(args);
    QVERIFY(a->waitForFinished(600000));
    QVERIFY(b->waitForFinished(600000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    int tasks = 0;
    for (QProcess *p : {a.get(), b.get()}) {
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        tasks += int(o[QLatin1String("tasks")].toArray().size());
    }
    QCOMPARE(tasks, 6); // every desktop resumed once, by whichever led
    // one listing per check: begin and end must come from the same list
    const auto allActive = [this] {
        const QList<Server> servers = mine();
        return !servers.isEmpty()
            && std::all_of(servers.cbegin(), servers.cend(), [](const Server &s) { return s.status == QLatin1String("ACTIVE"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allActive(), 120000);
    QCOMPARE(mine().size(), 6);
}

void TestSchedulerLab::cleanupTestCase()
{
    if (!m_ctl)
        return;
    QStringList ids;
    for (const Server &s : mine())
        ids << s.id;
    if (!ids.isEmpty()) {
        const CtlRun del = ctl(QStringList{QStringLiteral("desktops"), QStringLiteral("delete")} + ids);
        if (del.exitCode != 0)
            qWarning("cleanup: %s", qPrintable(del.both()));
    }
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestSchedulerLab)
#include "tst_schedulerlab.moc"
