// phoenixctl across processes, against the demo cloud served by phoenix-democloud (its own
// process, so it outlives the phoenixctl that is killed), with one build in four going to ERROR:
//  - kill -9 of "desktops create --count 10 --wait" in the middle of BUILD, "tasks resume", then
//    "tasks retry" of the failed builds until done: exactly 10 desktops, none in ERROR, none twice
//  - SIGTERM (what Ctrl+C does) cancels the running tasks, journaled as cancelled; while the
//    batch runs, "tasks cancel" from another process is refused; "tasks retry" finishes it
// The same scenario runs against the real test bed in tests/integration/tst_phoenixctl_tasks.
#include "ctlprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace
{
struct JournalRow
{
    QString id;
    QString batch;
    QString kind;
    QString state;
    int stageIndex = 0;
};

// The journal as any SQLite client sees it while phoenixctl writes it.
QList<JournalRow> journal(const QString &file)
{
    QList<JournalRow> out;
    const QString name = QStringLiteral("journal-probe");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (QFile::exists(file) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, batch_id, kind, state, stage_index FROM tasks"))) {
                while (q.next())
                    out << JournalRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                      q.value(4).toInt()};
            }
        }
        db.close();
    }
    return out;
}
} // namespace

class TestCtlResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringBuildThenResumeAndRetry();
    void terminateCancelsAndRetryFinishes();
    void cleanupTestCase();

private:
    CtlRun ctl(const QStringList &arguments, const QString &db, int timeoutMs = 180000) const
    {
        return m_ctl->run(arguments + QStringList{QStringLiteral("--db"), db}, timeoutMs);
    }
    QJsonArray desktops() const;

    QTemporaryDir m_dir;
    QProcess m_cloud;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestCtlResume::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)));
    QVERIFY(m_dir.isValid());
    const QString yaml = m_dir.filePath(QStringLiteral("clouds.yaml"));
    m_cloud.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_cloud.start(QStringLiteral(DEMOCLOUD_PATH), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--clouds-yaml"), yaml,
                                                  QStringLiteral("--speed"), QStringLiteral("10"), QStringLiteral("--seed"),
                                                  QStringLiteral("6"), QStringLiteral("--build-failure-rate"), QStringLiteral("0.25")});
    QVERIFY(m_cloud.waitForStarted());
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_cloud.readAllStandardOutput())).contains(QLatin1String("Ctrl+C")), 20000);
    QVERIFY2(QFile::exists(yaml), qPrintable(banner));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), yaml, QStringLiteral("phoenix-demo"));
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0); // the demo's addresses answer nobody
}

QJsonArray TestCtlResume::desktops() const
{
    const CtlRun list = m_ctl->run({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    return list.exitCode == 0 ? list.json().array() : QJsonArray();
}

void TestCtlResume::killDuringBuildThenResumeAndRetry()
{
    const QString db = m_dir.filePath(QStringLiteral("kill.sqlite"));
    std::unique_ptr<QProcess> p = m_ctl->start(
        {QStringLiteral("desktops"), QStringLiteral("create"), QStringLiteral("--name-template"), QStringLiteral("rel-{n:02}"),
         QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--image"), QStringLiteral("Ubuntu 22.04 Desktop"),
         QStringLiteral("--flavor"), QStringLiteral("desk.small"), QStringLiteral("--network"), QStringLiteral("school-net"),
         QStringLiteral("--course"), QStringLiteral("py-01"), QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--wait"),
         QStringLiteral("--db"), db});
    QVERIFY(p->waitForStarted());
    auto midBuild = [&db] {
        const QList<JournalRow> rows = journal(db);
        const bool built = std::any_of(rows.cbegin(), rows.cend(), [](const JournalRow &r) { return r.stageIndex >= 1; });
        const bool building = std::any_of(rows.cbegin(), rows.cend(), [](const JournalRow &r) { return r.stageIndex == 0; });
        return rows.size() == 10 && built && building;
    };
    QTRY_VERIFY_WITH_TIMEOUT(midBuild(), 60000);
    p->kill();
    QVERIFY(p->waitForFinished(10000));
    QCOMPARE(p->exitStatus(), QProcess::CrashExit);
    const QList<JournalRow> atKill = journal(db);
    const QString batch = atKill.value(0).batch;
    QVERIFY(std::any_of(atKill.cbegin(), atKill.cend(), [](const JournalRow &r) { return r.state != QLatin1String("done"); }));

    // Resume; builds that went into ERROR fail their WAIT and are retried (from BUILD, which
    // deletes the broken server first) until every task is done.
    CtlRun run = ctl({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")}, db);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.both()));
    int rounds = 0;
    while (run.json().object()[QLatin1String("failed")].toInt() > 0 && rounds < 10) {
        ++rounds;
        run = ctl({QStringLiteral("tasks"), QStringLiteral("retry"), batch, QStringLiteral("--json")}, db);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.both()));
    }
    qInfo("retry rounds after the resume: %d", rounds);
    QCOMPARE(run.exitCode, 0);
    const QList<JournalRow> after = journal(db);
    QCOMPARE(after.size(), 10);
    QSet<QString> taskIds;
    for (const JournalRow &r : after) {
        QCOMPARE(r.state, QStringLiteral("done"));
        taskIds.insert(r.id);
    }

    QSet<QString> names;
    QSet<QString> tags;
    int count = 0;
    for (const QJsonValue &d : desktops()) {
        if (!d[QLatin1String("name")].toString().startsWith(QLatin1String("rel-")))
            continue;
        ++count;
        names.insert(d[QLatin1String("name")].toString());
        tags.insert(d[QLatin1String("metadata")][QLatin1String("phoenix:task")].toString());
        QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    }
    QCOMPARE(count, 10);
    QCOMPARE(names.size(), 10);
    QCOMPARE(tags, taskIds);
}

void TestCtlResume::terminateCancelsAndRetryFinishes()
{
    const QString db = m_dir.filePath(QStringLiteral("term.sqlite"));
    QStringList suspended;
    for (const QJsonValue &d : desktops()) {
        if (d[QLatin1String("course")].toString() == QLatin1String("net-01") && d[QLatin1String("status")].toString() == QLatin1String("SUSPENDED"))
            suspended << d[QLatin1String("name")].toString();
    }
    QVERIFY2(suspended.size() >= 3, qPrintable(suspended.join(QLatin1Char(' '))));
    suspended = suspended.mid(0, 6);
    std::unique_ptr<QProcess> p = m_ctl->start(QStringList{QStringLiteral("desktops"), QStringLiteral("resume")} + suspended
                                               + QStringList{QStringLiteral("--wait"), QStringLiteral("--db"), db});
    QVERIFY(p->waitForStarted());
    auto started = [&db] {
        const QList<JournalRow> rows = journal(db);
        return !rows.isEmpty() && std::any_of(rows.cbegin(), rows.cend(), [](const JournalRow &r) { return r.state != QLatin1String("pending"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(started(), 30000);
    const QString batch = journal(db).value(0).batch;

    // Another process may not cancel what this one runs.
    const CtlRun refused = ctl({QStringLiteral("tasks"), QStringLiteral("cancel"), batch}, db);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(p->processId())), qPrintable(refused.both()));

    p->terminate(); // SIGTERM, as Ctrl+C: the tasks are cancelled, not abandoned
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    int cancelled = 0;
    for (const JournalRow &r : journal(db)) {
        QVERIFY2(r.state == QLatin1String("cancelled") || r.state == QLatin1String("done"), qPrintable(r.state));
        cancelled += r.state == QLatin1String("cancelled") ? 1 : 0;
    }
    if (cancelled > 0) {
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("cancelled at")), qPrintable(err));
    }
    qInfo("%d of %lld tasks cancelled by SIGTERM", cancelled, qlonglong(suspended.size()));

    const CtlRun retry = ctl({QStringLiteral("tasks"), QStringLiteral("retry"), batch, QStringLiteral("--json")}, db);
    QVERIFY2(retry.exitCode == 0 || cancelled == 0, qPrintable(retry.both()));
    for (const JournalRow &r : journal(db))
        QCOMPARE(r.state, QStringLiteral("done"));
    const QJsonArray now = desktops();
    for (const QJsonValue &d : now) {
        if (suspended.contains(d[QLatin1String("name")].toString()))
            QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    }
}

void TestCtlResume::cleanupTestCase()
{
    if (m_cloud.state() != QProcess::NotRunning) {
        m_cloud.terminate();
        if (!m_cloud.waitForFinished(10000))
            m_cloud.kill();
    }
}

QTEST_GUILESS_MAIN(TestCtlResume)
#include "tst_ctlresume.moc"
