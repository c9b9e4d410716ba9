// One runner per task, never a lost desktop (issue 9), with the engine on the demo cloud:
//  - a retry never runs a task whose lease another runner holds
//  - the journal's PostgreSQL (a PRIVATE cluster started here) stopped mid-batch: the tasks wait
//    ("waiting for the database") without a cloud write, then finish when it is back — none lost
//    or doubled
//  - 200 tasks, concurrency 2, a 10 s lease, and a "thief" trying to take every task all along:
//    no lease is ever lost (renewals on their own thread)
//  - workstations with skewed clocks (faked): no takeover of a live task
//  - a reboot resumed after a crash is not sent twice (Nova's instance actions); stages carry the
//    request ID of the call that did the work
//  - a batch's options (detect timeout) are honoured when another engine resumes it
#include "cloud/computeapi.h"
#include "cloud/demo/democloud.h"
#include "cloud/restclient.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "models/store/database.h"
#include "models/store/taskjournal.h"
#include "demoschool.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace
{
// A PostgreSQL cluster of this test only (never the shared one): initdb into a temporary folder,
// its own port; stop(true) is an immediate shutdown (no checkpoint: recovery on the next start,
// as after a crash).
class PrivatePostgres
{
public:
    static QString bin(const char *tool) { return QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(tool); }
    static bool available() { return QFile::exists(bin("initdb")) && QFile::exists(QStringLiteral("/usr/sbin/runuser")); }

    bool init(QString *log)
    {
        QTcpServer probe;
        if (!m_dir.isValid() || !probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        if (!run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()}, log, false))
            return false;
        return asPostgres({bin("initdb"), QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("postgres"),
                           QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8")},
                          log);
    }
    bool start(QString *log)
    {
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir.path());
        return asPostgres({bin("pg_ctl"), QStringLiteral("-D"), data(), QStringLiteral("-o"), options, QStringLiteral("-l"),
                           m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("start")},
                          log);
    }
    bool stop(bool immediate, QString *log)
    {
        return asPostgres({bin("pg_ctl"), QStringLiteral("-D"), data(), QStringLiteral("-m"),
                           immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                           QStringLiteral("stop")},
                          log);
    }
    [[nodiscard]] QString url() const { return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port); }
    ~PrivatePostgres()
    {
        QString ignored;
        if (m_port)
            stop(true, &ignored);
    }

private:
    [[nodiscard]] QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    bool asPostgres(const QStringList &command, QString *log)
    {
        return run(QStringLiteral("/usr/sbin/runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command, log);
    }
    static bool run(const QString &program, const QStringList &args, QString *log, bool quiet = true)
    {
        Q_UNUSED(quiet)
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        *log += QString::fromLocal8Bit(p.readAll());
        return ok;
    }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
};
} // namespace

class TestEngineLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retryLeavesATaskLeasedElsewhere();
    void journalDatabaseStoppedMidBatch();
    void twoHundredTasksKeepTheirLeases();
    void skewedClocksDoNotTakeOverALiveTask();
    void rebootResumedAfterACrashIsNotSentTwice();
    void successfulStagesCarryTheirRequestId();
    void batchOptionsAreHonouredOnResume();

private:
    void startEngine(const QString &databaseUrl);
    QList<TaskSpec> createSpecs(const QString &prefix, int count) const;
    QList<TaskSpec> specsFor(TaskKind kind, const QStringList &names) const;
    QStringList serversIn(const QString &status, int n) const;
    BatchSnapshot waitBatch(TaskEngine *engine, const QString &id, int timeoutMs);
    int demoServersNamed(const QString &prefix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<DemoCloud> m_demo;
    CloudSessionPtr m_session;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreJournal> m_journal;
    std::unique_ptr<TaskEngine> m_engine;
    EngineSettings m_settings;
};

void TestEngineLeases::init()
{
    m_demo = makeDemoSchool(17);
    QVERIFY(m_demo->start() > 0);
    m_session = std::make_shared<CloudSession>(m_demo->cloudConfig(QStringLiteral("labadmin")));
    m_inventory = std::make_unique<Inventory>(m_session, nullptr);
    m_inventory->setPollIntervals(1, 5);
    QSignalSpy first(m_inventory.get(), &Inventory::refreshed);
    m_inventory->start();
    QVERIFY(first.wait(20000));
    m_settings = EngineSettings();
    m_settings.concurrency = 8;
    m_settings.actionRetryDelayMs = 100;
    m_settings.waitPollMs = 200;
    m_settings.waitTimeoutSeconds = 60;
    m_settings.detectTimeoutSeconds = 0;
    m_settings.detectIntervalSeconds = 1;
    m_settings.detectConnectTimeoutMs = 100;
    m_settings.journalRetryMs = 300;
}

void TestEngineLeases::startEngine(const QString &databaseUrl)
{
    m_db = std::make_unique<Database>();
    const CloudError e = m_db->open(databaseUrl);
    QVERIFY2(!e, qPrintable(e.detail()));
    m_journal = std::make_unique<StoreJournal>(m_db.get(), m_inventory->scope(), QStringLiteral("school"));
    m_engine = std::make_unique<TaskEngine>(m_session, m_inventory.get(), m_journal.get());
    m_engine->setSettings(m_settings);
}

void TestEngineLeases::cleanup()
{
    m_engine.reset();
    m_journal.reset();
    m_inventory.reset();
    m_session.reset();
    m_demo.reset();
    m_db.reset();
}

QList<TaskSpec> TestEngineLeases::createSpecs(const QString &prefix, int count) const
{
    const DemoServer *model = m_demo->serverByName(QStringLiteral("py-01-stu01"));
    QList<TaskSpec> specs;
    for (int i = 1; model && i <= count; ++i) {
        TaskSpec t;
        t.kind = TaskKind::Create;
        t.serverName = QStringLiteral("%1%2").arg(prefix).arg(i, 2, 10, QLatin1Char('0'));
        t.create.imageId = model->imageId;
        t.create.flavorId = model->flavorId;
        t.create.networkId = m_demo->state()->ports.value(model->portIds.first()).networkId;
        t.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
        specs << t;
    }
    return specs;
}

QList<TaskSpec> TestEngineLeases::specsFor(TaskKind kind, const QStringList &names) const
{
    QList<TaskSpec> specs;
    for (const QString &name : names) {
        const DemoServer *s = m_demo->serverByName(name);
        if (!s)
            continue;
        TaskSpec t;
        t.kind = kind;
        t.serverId = s->id;
        t.serverName = s->name;
        specs << t;
    }
    return specs;
}

QStringList TestEngineLeases::serversIn(const QString &status, int n) const
{
    QStringList names;
    for (const DemoServer &s : m_demo->servers()) {
        if (s.status() == status && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("student"))
            names << s.name;
        if (names.size() == n)
            break;
    }
    return names;
}

BatchSnapshot TestEngineLeases::waitBatch(TaskEngine *engine, const QString &id, int timeoutMs)
{
    // Polled as QTRY does: batchChanged comes from worker threads, and a QSignalSpy would record
    // it there (direct connection) while this thread reads the spy (a crash seen in a full run).
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto b = engine->batch(id);
        if (b && b->isFinished())
            return *b;
        QTest::qWait(20);
    }
    return engine->batch(id).value_or(BatchSnapshot{});
}

int TestEngineLeases::demoServersNamed(const QString &prefix) const
{
    int n = 0;
    for (const DemoServer &s : m_demo->servers())
        n += s.name.startsWith(prefix) ? 1 : 0;
    return n;
}

void TestEngineLeases::retryLeavesATaskLeasedElsewhere()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("retry.sqlite")));
    m_demo->failNextBuilds(3);
    const QString id = m_engine->submitBatch(QStringLiteral("fails"), TaskKind::Create, createSpecs(QStringLiteral("lease-r-"), 3));
    BatchSnapshot b = waitBatch(m_engine.get(), id, 60000);
    QCOMPARE(b.failed, 3);

    // Another workstation takes the failed tasks (e.g. "phoenixctl tasks retry" there) and holds
    // their leases; the window's "Retry failed" must leave them to it.
    TaskJournal other(m_db.get());
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        const Result<bool> taken = other.claimTask(t.id, QStringLiteral("elsewhere:4242:abcd0000"), 600, QString(), /*rerun*/ true);
        QVERIFY(taken.ok());
        QVERIFY(taken.value());
    }
    const int before = demoServersNamed(QStringLiteral("lease-r-"));
    QSignalSpy requests(m_demo.get(), &DemoCloud::requestHandled);
    QCOMPARE(m_engine->retryFailed(id), 3);
    b = waitBatch(m_engine.get(), id, 30000);
    QVERIFY(b.isFinished());
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        QCOMPARE(t.state, TaskState::Cancelled);
        QVERIFY2(t.error.contains(QLatin1String("Another Phoenix process")), qPrintable(t.error));
    }
    int writes = 0;
    for (const QList<QVariant> &r : std::as_const(requests))
        writes += r.at(0).toByteArray() != "GET" && !r.at(1).toString().contains(QLatin1String("auth")) ? 1 : 0;
    QCOMPARE(writes, 0); // not one cloud write by the runner without the lease
    QCOMPARE(demoServersNamed(QStringLiteral("lease-r-")), before);
    // The journal still names the other runner: nothing was overwritten.
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        const Result<TaskLease> lease = other.lease(t.id);
        QVERIFY(lease.ok());
        QCOMPARE(lease.value().runner, QStringLiteral("elsewhere:4242:abcd0000"));
        const auto row = other.task(t.id);
        QVERIFY(row.ok() && row.value());
        QCOMPARE(row.value()->state, TaskState::Failed);
    }
}

void TestEngineLeases::journalDatabaseStoppedMidBatch()
{
    if (!PrivatePostgres::available())
        QSKIP("PostgreSQL 15 (initdb, pg_ctl) and runuser are needed for a private cluster");
    PrivatePostgres pg;
    QString log;
    QVERIFY2(pg.init(&log), qPrintable(log));
    QVERIFY2(pg.start(&log), qPrintable(log));
    startEngine(pg.url());
    // journalError comes from the engine's worker threads: a QSignalSpy would append to its list
    // from there while this thread reads it (a data race, seen as a crash); collect it queued here.
    QStringList journalErrors;
    const QMetaObject::Connection collect = connect(
        m_engine.get(), &TaskEngine::journalError, this, [&journalErrors](const QString &m) { journalErrors << m; },
        Qt::QueuedConnection);
    const auto stopCollecting = qScopeGuard([collect] { QObject::disconnect(collect); });

    // Every build is made and the tasks wait for ACTIVE; then the database goes away.
    m_demo->holdTransitions(true);
    const int count = 6;
    const QString id = m_engine->submitBatch(QStringLiteral("pg"), TaskKind::Create, createSpecs(QStringLiteral("lease-pg-"), count));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return tasks.size() == count && std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) {
                   return t.currentStage() == Stage::Wait && !t.spec.serverId.isEmpty();
               });
    }(), 30000);
    QVERIFY2(pg.stop(/*immediate*/ true, &log), qPrintable(log));
    const int floatingBefore = int(m_demo->state()->floatingIps.size());
    m_demo->holdTransitions(false);

    // WAIT ends (it only reads the inventory), its result cannot be journaled, and FLOATING — a
    // cloud write — does not start without a lease: every task waits for the database.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) {
            return t.state == TaskState::Waiting && t.currentStage() == Stage::Floating && t.error.contains(QLatin1String("database"));
        });
    }(), 30000);
    QTRY_VERIFY(!journalErrors.isEmpty());
    QVERIFY2(journalErrors.first().contains(QLatin1String("journal")), qPrintable(journalErrors.first()));
    // Let the tasks try again a few times while it is down: still nothing is written to the cloud.
    int retries = 0; // counted on this thread: taskChanged comes from workers
    QObject sink;
    connect(m_engine.get(), &TaskEngine::taskChanged, &sink, [&retries] { ++retries; }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(retries >= 3 * count, 30000);
    QCOMPARE(int(m_demo->state()->floatingIps.size()), floatingBefore);
    QCOMPARE(m_engine->batch(id)->running, count);

    QVERIFY2(pg.start(&log), qPrintable(log));
    const BatchSnapshot b = waitBatch(m_engine.get(), id, 90000);
    QCOMPARE(b.done, count);

    // None lost, none doubled: one server per task, and the journal knows every stage.
    QSet<QString> taskIds;
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id))
        taskIds.insert(t.id);
    QSet<QString> tags;
    int servers = 0;
    for (const DemoServer &s : m_demo->servers()) {
        if (!s.name.startsWith(QLatin1String("lease-pg-")))
            continue;
        ++servers;
        tags.insert(s.metadata.value(QStringLiteral("phoenix:task")));
    }
    QCOMPARE(servers, count);
    QCOMPARE(tags, taskIds);
    TaskJournal journal(m_db.get());
    TaskFilter f;
    f.batchId = id;
    auto rows = journal.tasks(f);
    // This thread's connection died with the server: a later use reconnects.
    QTRY_VERIFY_WITH_TIMEOUT((rows = journal.tasks(f)).ok(), 10000);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail()));
    QCOMPARE(rows.value().size(), count);
    for (const TaskRecord &r : rows.value()) {
        QCOMPARE(r.state, TaskState::Done);
        const auto stages = journal.stageResults(r.id);
        QVERIFY(stages.ok());
        QStringList ok;
        for (const StageResult &s : stages.value())
            if (s.ok)
                ok << s.stage;
        QCOMPARE(ok, QStringList({QStringLiteral("build"), QStringLiteral("wait"), QStringLiteral("floating"), QStringLiteral("detect")}));
    }
}

void TestEngineLeases::twoHundredTasksKeepTheirLeases()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("twohundred.sqlite")));
    m_settings.concurrency = 2;
    m_settings.leaseSeconds = 10;
    m_settings.detectTimeoutSeconds = 12; // each task probes for 12 s: the batch outlives its 10 s leases
    m_settings.detectIntervalSeconds = 1;
    m_engine->setSettings(m_settings);
    const QStringList active = serversIn(QStringLiteral("ACTIVE"), 40);
    QVERIFY(!active.isEmpty()); // several tasks per desktop: "start" of a running one only checks it
    QList<TaskSpec> specs;
    for (int i = 0; i < 200; ++i)
        specs << specsFor(TaskKind::Start, {active.at(i % active.size())});
    const QString id = m_engine->submitBatch(QStringLiteral("two hundred"), TaskKind::Start, specs);

    // Once every task is leased (at submission), another workstation tries to take every
    // unfinished task of the batch all along.
    TaskJournal thief(m_db.get());
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
            const Result<TaskLease> lease = thief.lease(t.id);
            if (!lease.ok() || (lease.value().runner != m_engine->runnerId() && !m_engine->task(t.id)->isFinished()))
                return false;
        }
        return true;
    }(), 30000);
    int attempts = 0;
    int stolen = 0;
    QTimer steal;
    connect(&steal, &QTimer::timeout, this, [&] {
        TaskFilter f;
        f.batchId = id;
        f.states = {TaskState::Pending, TaskState::Running, TaskState::Waiting};
        const auto rows = thief.tasks(f);
        if (!rows.ok())
            return;
        for (const TaskRecord &r : rows.value()) {
            const Result<bool> taken = thief.claimTask(r.id, QStringLiteral("thief:1:00000000"), 10);
            ++attempts;
            stolen += taken.ok() && taken.value() ? 1 : 0;
        }
    });
    QElapsedTimer took;
    took.start();
    steal.start(500);
    const BatchSnapshot b = waitBatch(m_engine.get(), id, 280000);
    steal.stop();
    qInfo("200 tasks, concurrency 2, lease 10 s: %.1f s, %d lease renewals, %d takeover attempts, %d taken",
          double(took.elapsed()) / 1000.0, m_engine->leaseRenewals(), attempts, stolen);
    QCOMPARE(b.done, 200);
    QVERIFY(took.elapsed() > 10000); // the leases had to be renewed to last
    QCOMPARE(stolen, 0);
    QCOMPARE(m_engine->leasesLost(), 0);
    QVERIFY(attempts > 200);
    QVERIFY(m_engine->leaseRenewals() >= int(took.elapsed() / 10000));
}

void TestEngineLeases::skewedClocksDoNotTakeOverALiveTask()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("skew.sqlite")));
    // This workstation's clock is 10 minutes slow, the other's 10 minutes fast.
    m_journal->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-600); });
    const QStringList names = serversIn(QStringLiteral("SUSPENDED"), 3);
    QCOMPARE(names.size(), 3);
    m_demo->holdTransitions(true);
    const QString id = m_engine->submitBatch(QStringLiteral("skew"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) { return t.currentStage() == Stage::Wait; });
    }(), 20000);

    StoreJournal fastJournal(m_db.get(), m_inventory->scope(), QStringLiteral("school"));
    fastJournal.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
    TaskEngine fast(m_session, m_inventory.get(), &fastJournal);
    fast.setSettings(m_settings);
    const QList<TaskSnapshot> unfinished = fastJournal.loadUnfinished();
    QCOMPARE(unfinished.size(), 3);
    QVERIFY(fast.resumeTasks(unfinished).isEmpty());
    for (const TaskSnapshot &t : unfinished)
        QCOMPARE(fastJournal.claim(t.id, fast.runnerId(), 90), EngineJournal::LeaseAnswer::Theirs);
    m_demo->holdTransitions(false);
    QCOMPARE(waitBatch(m_engine.get(), id, 30000).done, 3);
    QCOMPARE(m_engine->leasesLost(), 0);
}

void TestEngineLeases::rebootResumedAfterACrashIsNotSentTwice()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("reboot.sqlite")));
    const QStringList names = serversIn(QStringLiteral("ACTIVE"), 2);
    QCOMPARE(names.size(), 2);
    const DemoServer *crashed = m_demo->serverByName(names.at(0));
    QVERIFY(crashed);
    const QString serverId = crashed->id;
    auto reboots = [this](const QString &id) {
        QStringList ids;
        for (const DemoInstanceAction &a : m_demo->state()->servers.value(id).actions)
            if (a.action == QLatin1String("reboot"))
                ids << a.requestId;
        return ids;
    };

    // A runner journaled its mark (Nova's newest action), sent the reboot, and died before it
    // could journal the answer.
    RestClient client(m_session);
    ComputeApi compute(&client);
    const Result<QList<InstanceAction>> before = waitFor<QList<InstanceAction>>(
        [&](QObject *ctx, ApiCallback<QList<InstanceAction>> cb) { compute.instanceActions(serverId, ctx, cb); });
    QVERIFY(before.ok());
    QString mark = QStringLiteral("-");
    QDateTime newest;
    for (const InstanceAction &a : before.value()) {
        if (!newest.isValid() || a.startTime > newest) {
            newest = a.startTime;
            mark = a.requestId;
        }
    }
    const Result<QString> sent = waitFor<QString>(
        [&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(serverId, ServerAction::RebootSoft, {}, ctx, cb); });
    QVERIFY(sent.ok());
    QCOMPARE(reboots(serverId).size(), 1);
    const QString accepted = reboots(serverId).first();

    TaskSnapshot t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.spec.kind = TaskKind::Reboot;
    t.spec.serverId = serverId;
    t.spec.serverName = names.at(0);
    t.spec.actionMark = mark;
    t.chain = stageChain(TaskKind::Reboot);
    t.state = TaskState::Running;
    t.user = QStringLiteral("labadmin");
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    BatchSnapshot batch;
    batch.id = t.batchId;
    batch.kind = TaskKind::Reboot;
    batch.title = QStringLiteral("reboot");
    batch.createdAt = t.createdAt;
    QVERIFY(!m_journal->saveBatch(batch, t.user));
    QVERIFY(!m_journal->saveTask(t));

    QCOMPARE(m_engine->resumeTasks(m_journal->loadUnfinished()).size(), 1);
    QCOMPARE(waitBatch(m_engine.get(), t.batchId, 30000).done, 1);
    QCOMPARE(reboots(serverId), QStringList{accepted}); // not sent a second time
    const TaskSnapshot resumed = *m_engine->task(t.id);
    QCOMPARE(resumed.history.first().stage, Stage::Action);
    QCOMPARE(resumed.history.first().requestId, accepted);

    // A reboot that runs normally sends exactly one, and its stage carries that request ID.
    const QString fresh = m_engine->submitBatch(QStringLiteral("reboot"), TaskKind::Reboot, specsFor(TaskKind::Reboot, {names.at(1)}));
    QCOMPARE(waitBatch(m_engine.get(), fresh, 30000).done, 1);
    const QString otherId = m_demo->serverByName(names.at(1))->id;
    QCOMPARE(reboots(otherId).size(), 1);
    QCOMPARE(m_engine->tasksOfBatch(fresh).first().history.first().requestId, reboots(otherId).first());
}

void TestEngineLeases::successfulStagesCarryTheirRequestId()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("requestids.sqlite")));
    const QStringList names = serversIn(QStringLiteral("SUSPENDED"), 3);
    QCOMPARE(names.size(), 3);
    const QString id = m_engine->submitBatch(QStringLiteral("resume"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    QCOMPARE(waitBatch(m_engine.get(), id, 30000).done, 3);
    TaskJournal journal(m_db.get());
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        QString resumeRequest;
        for (const DemoInstanceAction &a : m_demo->state()->servers.value(t.spec.serverId).actions)
            if (a.action == QLatin1String("resume"))
                resumeRequest = a.requestId;
        QVERIFY(!resumeRequest.isEmpty());
        const auto stages = journal.stageResults(t.id);
        QVERIFY(stages.ok());
        QVERIFY(!stages.value().isEmpty());
        const StageResult action = stages.value().first();
        QCOMPARE(action.stage, QStringLiteral("action"));
        QVERIFY(action.ok);
        QCOMPARE(action.requestId, resumeRequest);
    }
}

void TestEngineLeases::batchOptionsAreHonouredOnResume()
{
    startEngine(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("options.sqlite")));
    m_settings.detectTimeoutSeconds = 300; // the resuming engine's own setting: far too long
    m_settings.detectIntervalSeconds = 20;
    m_engine->setSettings(m_settings);
    QList<TaskSpec> specs = specsFor(TaskKind::Start, serversIn(QStringLiteral("ACTIVE"), 2));
    QCOMPARE(specs.size(), 2);
    for (TaskSpec &s : specs)
        s.options.detectTimeoutSeconds = 1; // what the batch was started with
    const QString id = m_engine->submitBatch(QStringLiteral("options"), TaskKind::Start, specs, /*start=*/false);

    StoreJournal otherJournal(m_db.get(), m_inventory->scope(), QStringLiteral("school"));
    TaskEngine other(m_session, m_inventory.get(), &otherJournal);
    other.setSettings(m_settings);
    const QList<TaskSnapshot> journaled = otherJournal.loadUnfinished();
    QCOMPARE(journaled.size(), 2);
    QCOMPARE(journaled.first().spec.options.detectTimeoutSeconds, 1);
    QCOMPARE(other.resumeTasks(journaled).size(), 2);
    const BatchSnapshot b = waitBatch(&other, id, 60000); // 300 s per desktop if the option were lost
    QCOMPARE(b.done, 2);
    for (const TaskSnapshot &t : other.tasksOfBatch(id)) {
        const StageRecord detect = t.history.last();
        QCOMPARE(detect.stage, Stage::Detect);
        QVERIFY2(detect.message.contains(QLatin1String("after 1 s")), qPrintable(detect.message));
    }
}

QTEST_GUILESS_MAIN(TestEngineLeases)
#include "tst_engineleases.moc"
