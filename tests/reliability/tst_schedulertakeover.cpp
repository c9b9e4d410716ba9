// Scheduler leadership across processes (issue 12), against phoenix-democloud: two
// `phoenixctl schedule run` on one SQLite database; the leader is killed -9 while the tasks of its
// tick are in flight (creates slowed by the cloud). The other takes the leadership over at its next
// tick, continues the dead leader's unfinished tasks, and the lesson ends ready with exactly one
// desktop per student and the teacher: one create task per desktop, one server per task.
#include "ctlprocess.h"
#include "journalprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

class TestSchedulerTakeover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leaderKilledMidTickIsTakenOver();
    void periodsAreEditable();
    void cleanupTestCase();

private:
    QString holder() const;
    QJsonArray desktops() const;

    QTemporaryDir m_dir;
    QString m_yaml;
    QString m_db;
    QProcess m_cloud;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestSchedulerTakeover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_yaml = m_dir.filePath(QStringLiteral("clouds.yaml"));
    m_db = m_dir.filePath(QStringLiteral("school.sqlite"));
    m_cloud.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Creates are answered after 2 s: the leader's tasks are surely in flight when it is killed.
    m_cloud.start(QStringLiteral(DEMOCLOUD_PATH),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--clouds-yaml"), m_yaml, QStringLiteral("--speed"),
                   QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--fault"),
                   QStringLiteral("delay:ms=2000,method=POST,path=/servers$")});
    QVERIFY(m_cloud.waitForStarted());
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_cloud.readAllStandardOutput())).contains(QLatin1String("Ctrl+C")), 20000);
    QVERIFY2(QFile::exists(m_yaml), qPrintable(banner));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), m_yaml, QStringLiteral("phoenix-demo"));
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 1);
}

void TestSchedulerTakeover::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("leader"));
    m_cloud.terminate();
    m_cloud.waitForFinished(10000);
}

QString TestSchedulerTakeover::holder() const
{
    QSqlDatabase db = QSqlDatabase::contains(QStringLiteral("leader")) ? QSqlDatabase::database(QStringLiteral("leader"))
                                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("leader"));
    if (!db.isOpen()) {
        db.setDatabaseName(m_db);
        if (!db.open())
            return {};
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT holder FROM scheduler_leader")) || !q.next())
        return {};
    return q.value(0).toString();
}

QJsonArray TestSchedulerTakeover::desktops() const
{
    const CtlRun list = m_ctl->run({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    return list.exitCode == 0 ? list.json().array() : QJsonArray();
}

void TestSchedulerTakeover::leaderKilledMidTickIsTakenOver()
{
    const QString code = QStringLiteral("tk-01");
    const int students = 12;
    auto ctl = [this](QStringList args) {
        args << QStringLiteral("--db") << m_db;
        return m_ctl->run(args);
    };
    CtlRun r = ctl({QStringLiteral("courses"), QStringLiteral("create"), code, QStringLiteral("--name"), QStringLiteral("Takeover"),
                    QStringLiteral("--teacher"), QStringLiteral("chen.jing"), QStringLiteral("--image"), QStringLiteral("Ubuntu 22.04 Desktop"),
                    QStringLiteral("--flavor"), QStringLiteral("desk.small"), QStringLiteral("--network"), QStringLiteral("school-net"),
                    QStringLiteral("--template"), QStringLiteral("{course}-{seat:02}-{owner}")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QString csv = QStringLiteral("owner,seat\n");
    for (int i = 1; i <= students; ++i)
        csv += QStringLiteral("tk.student%1,%1\n").arg(i);
    const QString rosterFile = m_dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile f(rosterFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }
    r = ctl({QStringLiteral("courses"), QStringLiteral("roster"), QStringLiteral("import"), code, rosterFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    const QDateTime start = QDateTime::currentDateTime().addSecs(4 * 60);
    r = ctl({QStringLiteral("lessons"), QStringLiteral("add"), code, QStringLiteral("--start"),
             start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), QStringLiteral("--end"),
             start.addSecs(45 * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));

    const QStringList run = {QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("--interval"), QStringLiteral("5"),
                             QStringLiteral("--detect-timeout"), QStringLiteral("1"), QStringLiteral("--db"), m_db};
    std::unique_ptr<QProcess> a = m_ctl->start(run);
    QVERIFY(a->waitForStarted());
    const QString aPid = QString::number(a->processId());
    QTRY_VERIFY_WITH_TIMEOUT(holder().contains(QLatin1Char(':') + aPid + QLatin1Char(':')), 30000);
    std::unique_ptr<QProcess> b = m_ctl->start(run);
    QVERIFY(b->waitForStarted());
    const QString bPid = QString::number(b->processId());

    // Mid-tick: the leader's creates are journaled and running, none finished yet.
    JournalProbe journal(m_db);
    auto unfinished = [&journal] {
        int n = 0;
        for (const JournalTask &t : journal.tasks())
            n += t.state != QLatin1String("done") && t.state != QLatin1String("failed") && t.state != QLatin1String("cancelled");
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(unfinished() >= students, 60000);
    const int inFlight = unfinished();
    a->kill(); // SIGKILL
    QVERIFY(a->waitForFinished(10000)); // reaped: this computer sees it is dead
    qInfo("leader %s killed with %d tasks in flight", qPrintable(aPid), inFlight);
    QVERIFY(unfinished() > 0);

    // The other takes over (a dead local leader at once, at its next tick) and finishes the lesson.
    QTRY_VERIFY_WITH_TIMEOUT(holder().contains(QLatin1Char(':') + bPid + QLatin1Char(':')), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(unfinished() == 0 && !journal.tasks().isEmpty(), 180000);
    QJsonArray mine;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 mine = {};
                                 int active = 0;
                                 for (const QJsonValue &d : desktops()) {
                                     if (d[QLatin1String("metadata")][QLatin1String("phoenix:course")].toString() != code)
                                         continue;
                                     mine << d;
                                     active += d[QLatin1String("status")].toString() == QLatin1String("ACTIVE");
                                 }
                                 return active == students + 1 && mine.size() == students + 1;
                             }()),
                             120000);
    b->terminate();
    QVERIFY(b->waitForFinished(30000));
    const QString bOut = QString::fromUtf8(b->readAllStandardOutput()) + QString::fromUtf8(b->readAllStandardError());
    QVERIFY2(bOut.contains(QLatin1String("Continued")), qPrintable(bOut.right(3000)));

    // Nothing twice: one desktop per owner, one server per create task, one create task per desktop.
    QSet<QString> owners;
    QSet<QString> taskTags;
    for (const QJsonValue &d : std::as_const(mine)) {
        const QString owner = d[QLatin1String("metadata")][QLatin1String("phoenix:owner")].toString();
        QVERIFY2(!owners.contains(owner), qPrintable(owner));
        owners.insert(owner);
        const QString task = d[QLatin1String("metadata")][QLatin1String("phoenix:task")].toString();
        QVERIFY2(!task.isEmpty() && !taskTags.contains(task), qPrintable(d[QLatin1String("name")].toString()));
        taskTags.insert(task);
    }
    QHash<QString, int> createsPerName;
    for (const JournalTask &t : journal.tasks()) {
        if (t.kind == QLatin1String("create")) {
            ++createsPerName[t.targetName];
            QCOMPARE(t.state, QStringLiteral("done"));
        }
    }
    QCOMPARE(createsPerName.size(), students + 1);
    for (auto it = createsPerName.cbegin(); it != createsPerName.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 created by %2 tasks").arg(it.key()).arg(it.value())));
}

// phoenixctl periods: generated, added, changed, deleted, reset; overlaps refused, nothing half-saved.
void TestSchedulerTakeover::periodsAreEditable()
{
    const QString db = m_dir.filePath(QStringLiteral("periods.sqlite"));
    auto ctl = [this, &db](QStringList args) {
        args << QStringLiteral("--db") << db;
        return m_ctl->run(args);
    };
    auto list = [&ctl]() {
        QStringList out;
        const CtlRun r = ctl({QStringLiteral("periods"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &p : r.json().array())
            out << QStringLiteral("%1 %2-%3").arg(p[QLatin1String("name")].toString(), p[QLatin1String("start")].toString(),
                                                 p[QLatin1String("end")].toString());
        return out;
    };
    QCOMPARE(list().size(), 21); // 06:00-20:00 in 40-minute periods until changed
    CtlRun r = ctl({QStringLiteral("periods"), QStringLiteral("generate"), QStringLiteral("--from"), QStringLiteral("08:00"),
                    QStringLiteral("--to"), QStringLiteral("12:00"), QStringLiteral("--minutes"), QStringLiteral("45"),
                    QStringLiteral("--break"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(list(), (QStringList{QStringLiteral("1 08:00-08:45"), QStringLiteral("2 08:55-09:40"), QStringLiteral("3 09:50-10:35"),
                                  QStringLiteral("4 10:45-11:30")}));
    r = ctl({QStringLiteral("periods"), QStringLiteral("add"), QStringLiteral("--start"), QStringLiteral("07:00"), QStringLiteral("--end"),
             QStringLiteral("07:45")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(list().first(), QStringLiteral("1 07:00-07:45")); // numbered by start again
    QCOMPARE(list().size(), 5);
    r = ctl({QStringLiteral("periods"), QStringLiteral("add"), QStringLiteral("--start"), QStringLiteral("08:30"), QStringLiteral("--end"),
             QStringLiteral("09:00")});
    QCOMPARE(r.exitCode, 2); // overlaps 08:00-08:45
    QCOMPARE(list().size(), 5);
    r = ctl({QStringLiteral("periods"), QStringLiteral("set"), QStringLiteral("5"), QStringLiteral("--end"), QStringLiteral("11:40")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(list().last(), QStringLiteral("5 10:45-11:40"));
    r = ctl({QStringLiteral("periods"), QStringLiteral("delete"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(list().first(), QStringLiteral("1 08:00-08:45"));
    r = ctl({QStringLiteral("periods"), QStringLiteral("delete"), QStringLiteral("9")});
    QVERIFY(r.exitCode != 0);
    r = ctl({QStringLiteral("periods"), QStringLiteral("reset")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.both()));
    QCOMPARE(list().size(), 21);
}

QTEST_GUILESS_MAIN(TestSchedulerTakeover)
#include "tst_schedulertakeover.moc"
