// phoenixctl across processes, against the demo cloud served by phoenix-democloud (its own
// process, so it outlives the phoenixctl that is killed; a fresh one per test function):
//  - kill -9 of "desktops create --count 10 --wait" in BUILD's crash window — the cloud has made a
//    server, the journal does not know it yet — then "tasks resume" adopts that very server (same
//    id, no second one), and "tasks retry" of the builds that went into ERROR (one in four) ends
//    with exactly 10 desktops, none in ERROR, none twice
//  - SIGTERM (what Ctrl+C does) while every task is in flight cancels them all, journaled as
//    cancelled; while the batch runs, "tasks cancel" from another process is refused; "tasks
//    retry" finishes it
// The same kill scenario runs against the real test bed in tests/integration/tst_phoenixctl_tasks.
#include "ctlprocess.h"
#include "journalprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestCtlResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void killInBuildWindowThenResumeAdopts();
    void terminateCancelsAndRetryFinishes();

private:
    // A fresh phoenix-democloud (seed 6, speed 10) with these extra options, and a phoenixctl for it.
    void startCloud(const QStringList &options);
    CtlRun ctl(const QStringList &arguments, const QString &db, int timeoutMs = 180000) const
    {
        return m_ctl->run(arguments + QStringList{QStringLiteral("--db"), db}, timeoutMs);
    }
    QJsonArray desktops() const;
    // phoenix:task → server id of the servers whose name starts with prefix.
    QHash<QString, QString> serversByTask(const QString &prefix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_cloud;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestCtlResume::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)));
    QVERIFY(m_dir.isValid());
}

void TestCtlResume::startCloud(const QStringList &options)
{
    const QString yaml = m_dir.filePath(QStringLiteral("%1-clouds.yaml").arg(QTest::currentTestFunction()));
    m_cloud = std::make_unique<QProcess>();
    m_cloud->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_cloud->start(QStringLiteral(DEMOCLOUD_PATH), QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--clouds-yaml"),
                                                               yaml, QStringLiteral("--speed"), QStringLiteral("10"), QStringLiteral("--seed"),
                                                               QStringLiteral("6")} + options);
    QVERIFY(m_cloud->waitForStarted());
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_cloud->readAllStandardOutput())).contains(QLatin1String("Ctrl+C")), 20000);
    QVERIFY2(QFile::exists(yaml), qPrintable(banner));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), yaml, QStringLiteral("phoenix-demo"));
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0); // the demo's addresses answer nobody
}

void TestCtlResume::cleanup()
{
    if (m_cloud && m_cloud->state() != QProcess::NotRunning) {
        m_cloud->terminate();
        if (!m_cloud->waitForFinished(10000))
            m_cloud->kill();
    }
    m_cloud.reset();
    m_ctl.reset();
}

QJsonArray TestCtlResume::desktops() const
{
    const CtlRun list = m_ctl->run({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    return list.exitCode == 0 ? list.json().array() : QJsonArray();
}

QHash<QString, QString> TestCtlResume::serversByTask(const QString &prefix) const
{
    QHash<QString, QString> out;
    for (const QJsonValue &d : desktops()) {
        if (d[QLatin1String("name")].toString().startsWith(prefix))
            out.insert(d[QLatin1String("metadata")][QLatin1String("phoenix:task")].toString(), d[QLatin1String("id")].toString());
    }
    return out;
}

void TestCtlResume::killInBuildWindowThenResumeAdopts()
{
    // One build in four goes to ERROR; the first six create replies come 3 s after Nova made the
    // server (a slow API), so that several creates are in flight at once.
    startCloud({QStringLiteral("--build-failure-rate"), QStringLiteral("0.25"), QStringLiteral("--fault"),
                QStringLiteral("delay:ms=3000,method=POST,path=^/compute/v2\\.1/servers$,next=6")});
    const QString db = m_dir.filePath(QStringLiteral("kill.sqlite"));
    std::unique_ptr<QProcess> p = m_ctl->start(
        {QStringLiteral("desktops"), QStringLiteral("create"), QStringLiteral("--name-template"), QStringLiteral("rel-{n:02}"),
         QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--image"), QStringLiteral("Ubuntu 22.04 Desktop"),
         QStringLiteral("--flavor"), QStringLiteral("desk.small"), QStringLiteral("--network"), QStringLiteral("school-net"),
         QStringLiteral("--course"), QStringLiteral("py-01"), QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--wait"),
         QStringLiteral("--db"), db});
    QVERIFY(p->waitForStarted());
    JournalProbe journal(db);
    const BuildWindowKill kill = killInBuildWindow(*p, journal, [this] { return serversByTask(QStringLiteral("rel-")); }, 60000);
    QVERIFY2(kill.hit(), qPrintable(kill.why));
    QCOMPARE(p->exitStatus(), QProcess::CrashExit);
    qInfo("killed while task %s had server %s in the cloud and none in the journal (%d empty holds before)",
          qPrintable(kill.taskId.left(8)), qPrintable(kill.serverId), kill.attempts);

    // What the kill left: the journal does not know the server the cloud has.
    const JournalTask atKill = journal.task(kill.taskId);
    QCOMPARE(atKill.stageIndex, 0);
    QVERIFY(atKill.state != QLatin1String("done"));
    QVERIFY2(atKill.targetId.isEmpty(), qPrintable(atKill.targetId));
    QCOMPARE(serversByTask(QStringLiteral("rel-")).value(kill.taskId), kill.serverId);
    const QString batch = atKill.batch;
    QCOMPARE(journal.tasks().size(), 10);

    // One build in four goes to ERROR, and the killed task's may be one of them: let it settle
    // first, so the test knows which of the two resume paths it checks.
    QString settled;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const QJsonValue &d : desktops())
            if (d[QLatin1String("id")].toString() == kill.serverId)
                settled = d[QLatin1String("status")].toString();
        return settled == QLatin1String("ACTIVE") || settled == QLatin1String("ERROR");
    }(), 60000);

    // Resume adopts a healthy server: the journal now names it and BUILD says so. A server that
    // went into ERROR is deleted by BUILD and replaced, never adopted. Either way the cloud has
    // one server for the task. (Other builds that went into ERROR fail their WAIT here.)
    CtlRun run = ctl({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")}, db);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.both()));
    const QList<JournalStage> stages = journal.stages(kill.taskId);
    const bool adopted = std::any_of(stages.cbegin(), stages.cend(), [](const JournalStage &s) {
        return s.stageIndex == 0 && s.ok && s.detail.contains(QLatin1String("Adopted"));
    });
    qInfo("the killed task's server was %s at resume", qPrintable(settled));
    if (settled == QLatin1String("ACTIVE")) {
        QCOMPARE(journal.task(kill.taskId).targetId, kill.serverId);
        QVERIFY2(adopted, qPrintable(run.both()));
    } else {
        QVERIFY2(!adopted, qPrintable(run.both()));
        QVERIFY(!journal.task(kill.taskId).targetId.isEmpty());
        QVERIFY(journal.task(kill.taskId).targetId != kill.serverId);
        // Nova deletes asynchronously: the broken server goes a little later.
        QTRY_VERIFY_WITH_TIMEOUT(!serversByTask(QStringLiteral("rel-")).values().contains(kill.serverId), 30000);
    }
    const auto serversOfKilledTask = [&] {
        int n = 0;
        for (const QJsonValue &d : desktops())
            n += d[QLatin1String("metadata")][QLatin1String("phoenix:task")].toString() == kill.taskId ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(serversOfKilledTask(), 1, 30000);

    // Builds that went into ERROR are retried (from BUILD, which deletes the broken server first)
    // until every task is done.
    int rounds = 0;
    while (run.json().object()[QLatin1String("failed")].toInt() > 0 && rounds < 10) {
        ++rounds;
        run = ctl({QStringLiteral("tasks"), QStringLiteral("retry"), batch, QStringLiteral("--json")}, db);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.both()));
    }
    qInfo("retry rounds after the resume: %d", rounds);
    QCOMPARE(run.exitCode, 0);
    const QList<JournalTask> after = journal.tasks();
    QCOMPARE(after.size(), 10);
    QSet<QString> taskIds;
    for (const JournalTask &r : after) {
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
    // Every action reply comes 8 s after the cloud acted: when SIGTERM arrives, all six tasks are
    // in flight, none can have finished.
    startCloud({QStringLiteral("--fault"), QStringLiteral("delay:ms=8000,method=POST,path=/action$,next=6")});
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
    JournalProbe journal(db);
    auto allStarted = [&journal, &suspended] {
        const QList<JournalTask> rows = journal.tasks();
        return rows.size() == suspended.size()
            && std::all_of(rows.cbegin(), rows.cend(), [](const JournalTask &r) { return r.state == QLatin1String("running"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allStarted(), 30000);
    const QString batch = journal.tasks().value(0).batch;

    // Another process may not cancel what this one runs.
    const CtlRun refused = ctl({QStringLiteral("tasks"), QStringLiteral("cancel"), batch}, db);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(p->processId())), qPrintable(refused.both()));

    p->terminate(); // SIGTERM, as Ctrl+C: the tasks are cancelled, not abandoned
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    for (const JournalTask &r : journal.tasks())
        QVERIFY2(r.state == QLatin1String("cancelled"), qPrintable(r.targetName + QStringLiteral(": ") + r.state));
    for (const QString &name : std::as_const(suspended))
        QVERIFY2(err.contains(name + QStringLiteral(": cancelled at")), qPrintable(err));

    const CtlRun retry = ctl({QStringLiteral("tasks"), QStringLiteral("retry"), batch, QStringLiteral("--json")}, db);
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.both()));
    QCOMPARE(retry.json().object()[QLatin1String("done")].toInt(), int(suspended.size()));
    for (const JournalTask &r : journal.tasks())
        QCOMPARE(r.state, QStringLiteral("done"));
    int active = 0;
    for (const QJsonValue &d : desktops()) {
        if (suspended.contains(d[QLatin1String("name")].toString())) {
            QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
            ++active;
        }
    }
    QCOMPARE(active, int(suspended.size()));
}

QTEST_GUILESS_MAIN(TestCtlResume)
#include "tst_ctlresume.moc"
