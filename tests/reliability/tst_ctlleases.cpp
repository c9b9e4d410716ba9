// Leases across processes (issue 9), against phoenix-democloud (its own process) with phoenixctl:
//  - two phoenixctl "tasks resume" and a window (an engine in this test process) take on one
//    journaled create batch at the same time: exactly N desktops, one per task
//  - "tasks cancel" refuses a task whose live lease another process or workstation holds (the
//    lease decides, not a lock file of this computer), and cancels it once the lease is free
//  - "desktops create --detect-timeout 1 --no-wait" then "tasks resume": the journaled option is
//    honoured (the settings say 300 s)
#include "ctlprocess.h"

#include "cloud/cloudconfig.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "models/store/database.h"
#include "models/store/taskjournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestCtlLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoCtlsAndAWindowResumeOneBatch();
    void cancelRefusesATaskLeasedElsewhere();
    void createOptionsSurviveNoWaitAndResume();
    void cleanupTestCase();

private:
    CtlRun ctl(const QStringList &arguments, const QString &db, int timeoutMs = 180000) const
    {
        return m_ctl->run(arguments + QStringList{QStringLiteral("--db"), db}, timeoutMs);
    }
    QJsonArray desktops() const;
    QStringList createArgs(const QString &prefix, int count) const;

    QTemporaryDir m_dir;
    QString m_yaml;
    QProcess m_cloud;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestCtlLeases::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)));
    QVERIFY(m_dir.isValid());
    m_yaml = m_dir.filePath(QStringLiteral("clouds.yaml"));
    m_cloud.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_cloud.start(QStringLiteral(DEMOCLOUD_PATH), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--clouds-yaml"), m_yaml,
                                                  QStringLiteral("--speed"), QStringLiteral("20"), QStringLiteral("--seed"),
                                                  QStringLiteral("9")});
    QVERIFY(m_cloud.waitForStarted());
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_cloud.readAllStandardOutput())).contains(QLatin1String("Ctrl+C")), 20000);
    QVERIFY2(QFile::exists(m_yaml), qPrintable(banner));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), m_yaml, QStringLiteral("phoenix-demo"));
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 1);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 300); // only a journaled option makes it short
}

void TestCtlLeases::cleanupTestCase()
{
    m_cloud.terminate();
    m_cloud.waitForFinished(10000);
}

QJsonArray TestCtlLeases::desktops() const
{
    const CtlRun list = m_ctl->run({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    return list.exitCode == 0 ? list.json().array() : QJsonArray();
}

QStringList TestCtlLeases::createArgs(const QString &prefix, int count) const
{
    return {QStringLiteral("desktops"), QStringLiteral("create"), QStringLiteral("--name-template"), prefix + QStringLiteral("{n:02}"),
            QStringLiteral("--count"), QString::number(count), QStringLiteral("--image"), QStringLiteral("Ubuntu 22.04 Desktop"),
            QStringLiteral("--flavor"), QStringLiteral("desk.small"), QStringLiteral("--network"), QStringLiteral("school-net"),
            QStringLiteral("--course"), QStringLiteral("py-01")};
}

void TestCtlLeases::twoCtlsAndAWindowResumeOneBatch()
{
    const QString db = m_dir.filePath(QStringLiteral("three.sqlite"));
    const int count = 8;
    const CtlRun queued = ctl(createArgs(QStringLiteral("trio-"), count)
                                  + QStringList{QStringLiteral("--detect-timeout"), QStringLiteral("0"), QStringLiteral("--no-wait"),
                                                QStringLiteral("--json")},
                              db);
    QCOMPARE(queued.exitCode, 0);
    const QString batch = queued.json().object()[QLatin1String("batch")].toString();
    QCOMPARE(queued.json().object()[QLatin1String("tasks")].toArray().size(), count);

    // The window: an engine in this process on the same journal and cloud.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_yaml);
    const Result<CloudConfig> config = CloudConfigLoader(env).load(QStringLiteral("phoenix-demo"));
    QVERIFY(config.ok());
    auto session = std::make_shared<CloudSession>(config.value());
    Database database;
    QVERIFY(!database.open(QStringLiteral("sqlite:") + db));
    Inventory inventory(session, nullptr);
    inventory.setPollIntervals(1, 5);
    inventory.start();
    StoreJournal journal(&database, inventory.scope(), QStringLiteral("school"));
    TaskEngine window(session, &inventory, &journal);
    EngineSettings s;
    s.waitPollMs = 300;
    s.detectTimeoutSeconds = 300;
    window.setSettings(s);

    // All three at once.
    std::unique_ptr<QProcess> a = m_ctl->start({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), db});
    std::unique_ptr<QProcess> b = m_ctl->start({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), db});
    QVERIFY(a->waitForStarted() && b->waitForStarted());
    const QStringList mine = window.resumeTasks(journal.loadUnfinished());
    QVERIFY(a->waitForFinished(180000));
    QVERIFY(b->waitForFinished(180000));
    QTRY_VERIFY_WITH_TIMEOUT(window.activeTaskCount() == 0, 120000);
    qInfo("tasks taken: window %lld, the two phoenixctl the rest", qlonglong(mine.size()));

    TaskJournal records(&database);
    TaskFilter f;
    f.batchId = batch;
    const auto rows = records.tasks(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), count);
    QSet<QString> taskIds;
    for (const TaskRecord &r : rows.value()) {
        QCOMPARE(r.state, TaskState::Done);
        taskIds.insert(r.id);
    }
    QSet<QString> tags;
    int servers = 0;
    for (const QJsonValue &d : desktops()) {
        if (!d[QLatin1String("name")].toString().startsWith(QLatin1String("trio-")))
            continue;
        ++servers;
        tags.insert(d[QLatin1String("metadata")][QLatin1String("phoenix:task")].toString());
    }
    QCOMPARE(servers, count);
    QCOMPARE(tags, taskIds);
    inventory.stop();
}

void TestCtlLeases::cancelRefusesATaskLeasedElsewhere()
{
    const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    QStringList suspended;
    for (const QJsonValue &d : desktops()) {
        if (d[QLatin1String("status")].toString() == QLatin1String("SUSPENDED") && suspended.size() < 2)
            suspended << d[QLatin1String("name")].toString();
    }
    QCOMPARE(suspended.size(), 2);
    const CtlRun queued = ctl(QStringList{QStringLiteral("desktops"), QStringLiteral("resume")} + suspended
                                  + QStringList{QStringLiteral("--no-wait"), QStringLiteral("--json")},
                              db);
    QCOMPARE(queued.exitCode, 0);
    const QString batch = queued.json().object()[QLatin1String("batch")].toString();

    // Another workstation runs them: it holds their leases in the shared journal (no lock file here).
    Database database;
    QVERIFY(!database.open(QStringLiteral("sqlite:") + db));
    TaskJournal records(&database);
    TaskFilter f;
    f.batchId = batch;
    const auto rows = records.tasks(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    const QString holder = QStringLiteral("lab-pc-7:4242:abcd0000");
    for (const TaskRecord &r : rows.value()) {
        const Result<bool> taken = records.claimTask(r.id, holder, 600);
        QVERIFY(taken.ok() && taken.value());
    }
    const CtlRun refused = ctl({QStringLiteral("tasks"), QStringLiteral("cancel"), batch}, db);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("process 4242 on lab-pc-7")), qPrintable(refused.both()));
    const auto still = records.tasks(f);
    QVERIFY(still.ok());
    for (const TaskRecord &r : still.value())
        QCOMPARE(r.state, TaskState::Pending);

    // Once that workstation gives them up, the cancel goes through.
    for (const TaskRecord &r : rows.value())
        QVERIFY(!records.releaseLease(r.id, holder));
    const CtlRun cancelled = ctl({QStringLiteral("tasks"), QStringLiteral("cancel"), batch}, db);
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.both()));
    const auto after = records.tasks(f);
    QVERIFY(after.ok());
    for (const TaskRecord &r : after.value())
        QCOMPARE(r.state, TaskState::Cancelled);
}

void TestCtlLeases::createOptionsSurviveNoWaitAndResume()
{
    const QString db = m_dir.filePath(QStringLiteral("options.sqlite"));
    const CtlRun queued = ctl(createArgs(QStringLiteral("opt-"), 2)
                                  + QStringList{QStringLiteral("--detect-timeout"), QStringLiteral("1"), QStringLiteral("--no-wait")},
                              db);
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.both()));
    QVERIFY2(queued.out.contains(QLatin1String("journaled, not started")), qPrintable(queued.both()));
    // The settings say 300 s per desktop; the batch was created with 1 s.
    const CtlRun resumed = ctl({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")}, db, 150000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.both()));
    const QJsonObject result = resumed.json().object();
    QCOMPARE(result[QLatin1String("done")].toInt(), 2);
    for (const QJsonValue &t : result[QLatin1String("tasks")].toArray()) {
        const QJsonArray stages = t[QLatin1String("stages")].toArray();
        const QJsonObject detect = stages.last().toObject();
        QCOMPARE(detect[QLatin1String("stage")].toString(), QStringLiteral("detect"));
        QVERIFY2(detect[QLatin1String("message")].toString().contains(QLatin1String("after 1 s")),
                 qPrintable(detect[QLatin1String("message")].toString()));
    }
}

QTEST_GUILESS_MAIN(TestCtlLeases)
#include "tst_ctlleases.moc"
