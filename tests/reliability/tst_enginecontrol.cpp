// The task engine's controls and its shared poll, on the demo cloud, with the journal in SQLite:
// cancel a batch, retry only the failed items, re-run a failed create from BUILD, one inventory
// poll for all waiting tasks, and a journal that keeps every task through malformed replies.
#include "cloud/demo/democloud.h"
#include "enginefixture.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "models/store/database.h"
#include "models/store/taskjournal.h"
#include "demoschool.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTest>

namespace
{
// How long a batch may take before the test calls it hung. A guard against hanging, not a speed
// claim: the engine's speed is measured in tests/bench (bench_engine), not asserted here.
constexpr int HangGuardMs = 120000;
} // namespace

class TestEngineControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelBatchWhileWaiting();
    void retryFailedRerunsOnlyTheFailed();
    void failedCreateRerunsFromBuild();
    void waitingTasksShareOnePoll();
    void journalKeepsEverythingThroughMalformedReplies();
    void anotherProcessLeavesLeasedTasksAlone();
    void deadRunnerOfThisComputerIsRecognised();

private:
    QList<TaskSpec> specsFor(TaskKind kind, const QStringList &names) const;
    BatchSnapshot waitBatch(const QString &id) { return m_f->waitBatch(id, HangGuardMs); }

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<EngineFixture> m_f;
    TaskEngine *m_engine = nullptr;    // m_f's
    Inventory *m_inventory = nullptr;  // m_f's
};

void TestEngineControl::init()
{
    m_demo = makeDemoSchool(11);
    QVERIFY(m_demo->start() > 0);
    EngineSettings s;
    s.concurrency = 8;
    s.actionRetryDelayMs = 100;
    s.waitPollMs = 200;
    s.waitTimeoutSeconds = 60;
    s.detectTimeoutSeconds = 1;
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 100;
    m_f = std::make_unique<EngineFixture>();
    QVERIFY2(m_f->start(m_demo->cloudConfig(QStringLiteral("labadmin")), s), qPrintable(m_f->error()));
    m_engine = m_f->engine();
    m_inventory = m_f->inventory();
}

void TestEngineControl::cleanup()
{
    m_engine = nullptr;
    m_inventory = nullptr;
    m_f.reset();
    m_demo.reset();
}

QList<TaskSpec> TestEngineControl::specsFor(TaskKind kind, const QStringList &names) const
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

static QStringList suspendedStudents(DemoCloud &demo, int n)
{
    QStringList names;
    for (const DemoServer &s : demo.servers()) {
        if (s.status() == QLatin1String("SUSPENDED") && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("student"))
            names << s.name;
        if (names.size() == n)
            break;
    }
    return names;
}

void TestEngineControl::cancelBatchWhileWaiting()
{
    const QStringList names = suspendedStudents(*m_demo, 6);
    QCOMPARE(names.size(), 6);
    m_demo->holdTransitions(true); // resumes are accepted but never finish: the tasks wait
    const QString id = m_engine->submitBatch(QStringLiteral("cancel me"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) {
            return t.state == TaskState::Waiting && t.currentStage() == Stage::Wait;
        });
    }(), 20000);
    m_engine->cancelBatch(id);
    const BatchSnapshot b = waitBatch(id);
    QCOMPARE(b.cancelled, 6);
    QCOMPARE(b.done + b.failed, 0);
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        QCOMPARE(t.state, TaskState::Cancelled);
        QCOMPARE(t.history.first().stage, Stage::Action); // the action's result is kept
        QVERIFY(t.history.first().ok);
    }
    TaskJournal journal(m_f->database());
    TaskFilter f;
    f.batchId = id;
    const auto rows = journal.tasks(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 6);
    for (const TaskRecord &r : rows.value())
        QCOMPARE(r.state, TaskState::Cancelled);
    m_demo->holdTransitions(false);
}

void TestEngineControl::retryFailedRerunsOnlyTheFailed()
{
    const QStringList names = suspendedStudents(*m_demo, 4);
    QCOMPARE(names.size(), 4);
    const QList<TaskSpec> specs = specsFor(TaskKind::Resume, names);
    // The two last desktops refuse their action (403 is not retried).
    const QList<int> rules = {
        m_demo->addFault(DemoFault::httpError(403, "POST", QStringLiteral("/servers/%1/action$").arg(specs.at(2).serverId))),
        m_demo->addFault(DemoFault::httpError(403, "POST", QStringLiteral("/servers/%1/action$").arg(specs.at(3).serverId))),
    };
    QSignalSpy finished(m_engine, &TaskEngine::batchFinished);
    const QString id = m_engine->submitBatch(QStringLiteral("retry"), TaskKind::Resume, specs);
    BatchSnapshot b = waitBatch(id);
    QTRY_COMPARE(finished.size(), 1); // once, however the last items finish together
    QCOMPARE(b.done, 2);
    QCOMPARE(b.failed, 2);
    QHash<QString, int> doneStages;
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id))
        doneStages.insert(t.id, int(t.history.size()));
    m_demo->clearFaults();
    const int actionsBefore = m_demo->requestCount("POST", QStringLiteral("/action$"));
    QCOMPARE(m_engine->retryFailed(id), 2);
    b = waitBatch(id);
    QCOMPARE(b.done, 4);
    QCOMPARE(b.failed, 0);
    QTRY_COMPARE(finished.size(), 2); // and once more for the retried run
    // only the two failed items acted again
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("/action$")) - actionsBefore, 2);
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        if (t.spec.serverId == specs.at(2).serverId || t.spec.serverId == specs.at(3).serverId) {
            QVERIFY(!t.history.first().ok); // the failed try is kept in the history
            QVERIFY(t.history.first().message.contains(QLatin1String("req-")));
        } else {
            QCOMPARE(int(t.history.size()), doneStages.value(t.id)); // untouched
        }
    }
}

void TestEngineControl::failedCreateRerunsFromBuild()
{
    const DemoServer *model = m_demo->serverByName(QStringLiteral("py-01-stu01"));
    QVERIFY(model);
    QList<TaskSpec> specs;
    for (int i = 1; i <= 2; ++i) {
        TaskSpec t;
        t.kind = TaskKind::Create;
        t.serverName = QStringLiteral("rerun-%1").arg(i);
        t.create.imageId = model->imageId;
        t.create.flavorId = model->flavorId;
        t.create.networkId = m_demo->state()->ports.value(model->portIds.first()).networkId;
        t.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
        specs << t;
    }
    m_demo->failNextBuilds(1);
    const QString id = m_engine->submitBatch(QStringLiteral("create"), TaskKind::Create, specs);
    BatchSnapshot b = waitBatch(id);
    QCOMPARE(b.done, 1);
    QCOMPARE(b.failed, 1);
    QString failedId;
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id)) {
        if (t.state == TaskState::Failed) {
            failedId = t.id;
            QCOMPARE(t.currentStage(), Stage::Wait);
            QVERIFY(t.error.contains(QLatin1String("ERROR")));
        }
    }
    QVERIFY(m_engine->rerunFromFailedStage(failedId));
    b = waitBatch(id);
    QCOMPARE(b.done, 2);
    // exactly one healthy server per name; the failed build was removed
    for (const QString &name : {QStringLiteral("rerun-1"), QStringLiteral("rerun-2")}) {
        int alive = 0;
        for (const DemoServer &s : m_demo->servers()) {
            if (s.name == name) {
                ++alive;
                QCOMPARE(s.status(), QStringLiteral("ACTIVE"));
            }
        }
        QCOMPARE(alive, 1);
    }
}

void TestEngineControl::waitingTasksShareOnePoll()
{
    const QStringList names = suspendedStudents(*m_demo, 20);
    QCOMPARE(names.size(), 20);
    m_demo->holdTransitions(true);
    const QString id = m_engine->submitBatch(QStringLiteral("poll"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) { return t.currentStage() == Stage::Wait; });
    }(), 20000);
    m_demo->clearRequests();
    const quint64 polls = m_inventory->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory->pollCount() >= polls + 4, 20000);
    // While 20 tasks wait, nobody asks for a single server: only the shared listing runs.
    QCOMPARE(m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}$")), 0);
    const int listings = m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/detail"));
    QVERIFY2(listings >= 4 && listings <= 6, qPrintable(QString::number(listings)));
    m_demo->holdTransitions(false);
    const BatchSnapshot b = waitBatch(id);
    QCOMPARE(b.done, 20);
}

void TestEngineControl::journalKeepsEverythingThroughMalformedReplies()
{
    const QStringList names = suspendedStudents(*m_demo, 5);
    QCOMPARE(names.size(), 5);
    // Every action reply is cut off or not JSON; the action itself happens or not, the journal must
    // still know every task, and each ends with a reason.
    m_demo->addFault(DemoFault::malformedJson("POST", QStringLiteral("/action$")).forNext(3));
    m_demo->addFault(DemoFault::truncatedJson("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}$")).forNext(3));
    const QString id = m_engine->submitBatch(QStringLiteral("malformed"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    const BatchSnapshot b = waitBatch(id);
    QCOMPARE(b.total, 5);
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id))
        if (!t.isFinished())
            qWarning() << t.spec.serverName << TaskText::stateKey(t.state) << TaskText::stageKey(t.currentStage())
                       << (t.history.isEmpty() ? QString() : t.history.last().message);
    QCOMPARE(b.done + b.failed, 5);
    // The garbled action replies were not believed: WAIT saw nothing start and asked again.
    int askedAgain = 0;
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(id))
        for (const StageRecord &r : t.history)
            askedAgain += r.message.contains(QLatin1String("did not start")) ? 1 : 0;
    QCOMPARE(askedAgain, 3);
    QCOMPARE(b.done, 5);
    TaskJournal journal(m_f->database());
    TaskFilter f;
    f.batchId = id;
    const auto rows = journal.tasks(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 5);
    for (const TaskRecord &r : rows.value()) {
        QVERIFY(r.state == TaskState::Done || r.state == TaskState::Failed);
        if (r.state == TaskState::Failed)
            QVERIFY(!r.error.isEmpty());
        const auto stages = journal.stageResults(r.id);
        QVERIFY(stages.ok());
        QVERIFY(!stages.value().isEmpty());
    }
}

void TestEngineControl::anotherProcessLeavesLeasedTasksAlone()
{
    const QStringList names = suspendedStudents(*m_demo, 3);
    QCOMPARE(names.size(), 3);
    m_demo->holdTransitions(true);
    const QString id = m_engine->submitBatch(QStringLiteral("leased"), TaskKind::Resume, specsFor(TaskKind::Resume, names));
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const auto tasks = m_engine->tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) { return t.currentStage() == Stage::Wait; });
    }(), 20000);

    // A second process (another engine on the same journal) sees the unfinished tasks but must
    // not run them while the first holds their leases.
    StoreJournal otherJournal(m_f->database(), m_inventory->scope(), QStringLiteral("school"));
    TaskEngine other(m_f->session(), m_inventory, &otherJournal);
    other.setSettings(m_engine->settings());
    QVERIFY(other.runnerId() != m_engine->runnerId());
    const QList<TaskSnapshot> unfinished = otherJournal.loadUnfinished();
    QCOMPARE(unfinished.size(), 3);
    QVERIFY(other.resumeTasks(unfinished).isEmpty());
    TaskJournal journal(m_f->database());
    const auto lease = journal.lease(unfinished.first().id);
    QVERIFY(lease.ok());
    QCOMPARE(lease.value().runner, m_engine->runnerId());
    QVERIFY(lease.value().live);

    // When the first process is gone (its leases run out), the second takes over.
    m_f->stopEngine();
    m_engine = nullptr;
    QSqlQuery expire(m_f->database()->connection());
    QVERIFY(expire.exec(QStringLiteral("UPDATE tasks SET lease_until = 0")));
    QCOMPARE(other.resumeTasks(unfinished).size(), 3);
    m_demo->holdTransitions(false);
    QTRY_VERIFY_WITH_TIMEOUT(other.batch(id).has_value() && other.batch(id)->isFinished(), 30000);
    QCOMPARE(other.batch(id)->done, 3);
}

void TestEngineControl::deadRunnerOfThisComputerIsRecognised()
{
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString host = QSysInfo::machineHostName();
    QVERIFY(StoreJournal::runnerIsDeadHere(QStringLiteral("%1:%2:abcd1234").arg(host).arg(pid)));
    QVERIFY(!StoreJournal::runnerIsDeadHere(QStringLiteral("%1:%2:abcd1234").arg(host).arg(QCoreApplication::applicationPid())));
    QVERIFY(!StoreJournal::runnerIsDeadHere(QStringLiteral("elsewhere:%1:abcd1234").arg(pid)));
    QVERIFY(!StoreJournal::runnerIsDeadHere(QStringLiteral("garbage")));
}

QTEST_GUILESS_MAIN(TestEngineControl)
#include "tst_enginecontrol.moc"
