#include "storetestutil.h"
#include "models/store/taskjournal.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUuid>
#include <QWaitCondition>

using StoreTest::Fixture;

namespace
{
TaskRecord makeTask(const QString &batchId, const QString &name, const QString &kind = QStringLiteral("resume"))
{
    TaskRecord t;
    t.batchId = batchId;
    t.scope = QStringLiteral("https://k:5000|proj");
    t.kind = kind;
    t.targetId = QStringLiteral("srv-") + name;
    t.targetName = name;
    t.params = QJsonObject{{QStringLiteral("serverName"), name}, {QStringLiteral("detectPort"), 3389}};
    t.user = QStringLiteral("teacher1");
    return t;
}

// Lets `count` threads through together, so that the writers really overlap.
class Barrier
{
public:
    explicit Barrier(int count) : m_left(count) {}
    bool arriveAndWait()
    {
        QMutexLocker lock(&m_mutex);
        if (--m_left <= 0) {
            m_all.wakeAll();
            return true;
        }
        while (m_left > 0) {
            if (!m_all.wait(&m_mutex, QDeadlineTimer(30000)))
                return false;
        }
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_all;
    int m_left;
};
} // namespace

class TestTaskJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTest::addBackendRows(); }
    void init();
    void cleanup();

    void stateStringsRoundTrip();
    void batchAndTasksRoundTrip();
    void updateTaskTracksStateAndFinishedAt();
    void updateOfAnUnknownTaskFails();
    void saveTaskInsertsThenUpdates();
    void stageResultsKeepEveryAttempt();
    void recordStageIsOneTransaction();
    void filters();
    void unfinishedTasksOfAScope();
    void batchesAreNewestFirstWithCounts();
    void concurrentWritesFromFourPoolThreads();
    void pruneFinishedKeepsTheRest();
    void journalOverheadPerStage();

private:
    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<TaskJournal> m_journal;
};

void TestTaskJournal::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_fx = std::make_unique<Fixture>();
    STORE_SETUP(*m_fx, backend);
    m_journal = std::make_unique<TaskJournal>(m_fx->db());
}

void TestTaskJournal::cleanup()
{
    m_journal.reset();
    m_fx.reset();
}

void TestTaskJournal::stateStringsRoundTrip()
{
    const QList<TaskState> all{TaskState::Pending, TaskState::Running, TaskState::Waiting,
                               TaskState::Done,    TaskState::Failed,  TaskState::Cancelled};
    QSet<QString> keys;
    for (TaskState s : all) {
        const QString key = taskStateToString(s);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QCOMPARE(taskStateFromString(key), std::optional<TaskState>(s));
    }
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(taskStateToString(TaskState::Done), QStringLiteral("done"));
    QVERIFY(!taskStateFromString(QStringLiteral("finished")).has_value());
    QVERIFY(isFinalTaskState(TaskState::Failed) && isFinalTaskState(TaskState::Cancelled) && isFinalTaskState(TaskState::Done));
    QVERIFY(!isFinalTaskState(TaskState::Waiting) && !isFinalTaskState(TaskState::Pending));
}

void TestTaskJournal::batchAndTasksRoundTrip()
{
    Result<QString> batch = m_journal->createBatch(QStringLiteral("resume"), QStringLiteral("恢复 三年级二班"),
                                                   QStringLiteral("admin"), QStringLiteral("https://k:5000|proj"));
    QVERIFY2(batch.ok(), qPrintable(batch.error().userMessage()));
    QCOMPARE(QUuid::fromString(batch.value()).isNull(), false);

    QList<TaskRecord> tasks{makeTask(batch.value(), QStringLiteral("pc-01")), makeTask(batch.value(), QStringLiteral("pc-02")),
                            makeTask(batch.value(), QStringLiteral("学生-03"))};
    QVERIFY(!m_journal->addTasks(&tasks));
    for (const TaskRecord &t : std::as_const(tasks)) {
        QVERIFY(!t.id.isEmpty());
        QVERIFY(t.createdAt.isValid());
        Result<std::optional<TaskRecord>> back = m_journal->task(t.id);
        QVERIFY(back.ok());
        QVERIFY(back.value().has_value());
        QCOMPARE(back.value()->params, t.params);
        QVERIFY(*back.value() == t);
    }
    Result<std::optional<BatchRecord>> b = m_journal->batch(batch.value());
    QVERIFY(b.ok() && b.value().has_value());
    QCOMPARE(b.value()->title, QStringLiteral("恢复 三年级二班"));
    QCOMPARE(b.value()->createdBy, QStringLiteral("admin"));
    QCOMPARE(b.value()->total, 3);
    QCOMPARE(b.value()->active, 3);
    QVERIFY(!b.value()->isFinished());
    QVERIFY(!m_journal->task(QStringLiteral("no-such-task")).value().has_value());
    QVERIFY(!m_journal->batch(QStringLiteral("no-such-batch")).value().has_value());

    Result<QString> single = m_journal->addTask(makeTask(QString(), QStringLiteral("solo")));
    QVERIFY(single.ok());
    QVERIFY(m_journal->task(single.value()).value()->batchId.isEmpty());
    // Ids are unique: the same id twice is refused.
    TaskRecord dup = makeTask(QString(), QStringLiteral("dup"));
    dup.id = single.value();
    QVERIFY(!m_journal->addTask(dup).ok());
}

void TestTaskJournal::updateTaskTracksStateAndFinishedAt()
{
    TaskRecord t = makeTask(QString(), QStringLiteral("pc-01"), QStringLiteral("create"));
    Result<QString> id = m_journal->addTask(t);
    QVERIFY(id.ok());
    t = *m_journal->task(id.value()).value();

    t.state = TaskState::Running;
    t.stageIndex = 1;
    t.attempt = 2;
    t.targetId = QStringLiteral("new-server-id");
    t.requestId = QStringLiteral("req-aaaa");
    t.updatedAt = QDateTime();
    QVERIFY(!m_journal->updateTask(t));
    TaskRecord back = *m_journal->task(t.id).value();
    QCOMPARE(back.state, TaskState::Running);
    QCOMPARE(back.stageIndex, 1);
    QCOMPARE(back.attempt, 2);
    QCOMPARE(back.targetId, QStringLiteral("new-server-id"));
    QCOMPARE(back.requestId, QStringLiteral("req-aaaa"));
    QVERIFY(back.updatedAt >= back.createdAt);
    QVERIFY(!back.finishedAt.isValid());

    t.state = TaskState::Failed;
    t.error = QStringLiteral("The cloud refused because of the current state (task_state). 请求 ID: req-bbbb");
    t.requestId = QStringLiteral("req-bbbb");
    QVERIFY(!m_journal->updateTask(t));
    back = *m_journal->task(t.id).value();
    QCOMPARE(back.state, TaskState::Failed);
    QCOMPARE(back.error, t.error);
    QVERIFY(back.finishedAt.isValid());
    QVERIFY(back.isFinished());
    QVERIFY(m_journal->unfinishedTasks().value().isEmpty());

    // Re-run from the failed stage: unfinished again, finished_at cleared.
    t.state = TaskState::Pending;
    t.error.clear();
    QVERIFY(!m_journal->updateTask(t));
    back = *m_journal->task(t.id).value();
    QVERIFY(!back.finishedAt.isValid());
    QVERIFY(back.error.isEmpty());
    QCOMPARE(m_journal->unfinishedTasks().value().size(), 1);
}

void TestTaskJournal::updateOfAnUnknownTaskFails()
{
    TaskRecord t = makeTask(QString(), QStringLiteral("ghost"));
    t.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    const CloudError e = m_journal->updateTask(t);
    QVERIFY(e.isError());
    QVERIFY(e.userMessage().contains(t.id));
    QVERIFY(m_journal->tasks().value().isEmpty());
}

void TestTaskJournal::saveTaskInsertsThenUpdates()
{
    TaskRecord t = makeTask(QString(), QStringLiteral("pc-9"));
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.createdAt = QDateTime::fromString(QStringLiteral("2026-11-26T08:00:00Z"), Qt::ISODate);
    QVERIFY(!m_journal->saveTask(t));
    t.state = TaskState::Done;
    t.stageIndex = 3;
    t.createdAt = QDateTime::currentDateTimeUtc(); // created_at is never rewritten
    QVERIFY(!m_journal->saveTask(t));
    const QList<TaskRecord> all = m_journal->tasks().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().state, TaskState::Done);
    QCOMPARE(all.first().stageIndex, 3);
    QCOMPARE(all.first().createdAt, QDateTime::fromString(QStringLiteral("2026-11-26T08:00:00Z"), Qt::ISODate));
    QVERIFY(all.first().finishedAt.isValid());
    TaskRecord noId = t;
    noId.id.clear();
    QVERIFY(m_journal->saveTask(noId).isError());
}

void TestTaskJournal::stageResultsKeepEveryAttempt()
{
    Result<QString> id = m_journal->addTask(makeTask(QString(), QStringLiteral("pc-01")));
    QVERIFY(id.ok());
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-26T08:00:00.100Z"), Qt::ISODateWithMs);
    QList<StageResult> written;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        StageResult r;
        r.taskId = id.value();
        r.stageIndex = 0;
        r.stage = QStringLiteral("resume");
        r.attempt = attempt;
        r.startedAt = t0.addSecs(attempt * 10);
        r.finishedAt = r.startedAt.addMSecs(350);
        r.ok = attempt == 3;
        r.error = r.ok ? QString() : QStringLiteral("HTTP 409, attempt %1").arg(attempt);
        r.requestId = QStringLiteral("req-%1").arg(attempt);
        Result<qint64> rid = m_journal->appendStageResult(r);
        QVERIFY2(rid.ok(), qPrintable(rid.error().userMessage()));
        QVERIFY(rid.value() > 0);
        r.id = rid.value();
        written << r;
    }
    // "started" before the call, "finished" after: the same row.
    StageResult wait;
    wait.taskId = id.value();
    wait.stageIndex = 1;
    wait.stage = QStringLiteral("wait");
    wait.startedAt = t0.addSecs(60);
    Result<qint64> waitId = m_journal->appendStageResult(wait);
    QVERIFY(waitId.ok());
    wait.id = waitId.value();
    QVERIFY(!m_journal->stageResults(id.value()).value().last().finishedAt.isValid());
    wait.finishedAt = t0.addSecs(95);
    wait.ok = true;
    wait.warning = true;
    wait.detail = QStringLiteral("reached ACTIVE; RDP port unreachable from here");
    QVERIFY(!m_journal->updateStageResult(wait));
    written << wait;

    const QList<StageResult> back = m_journal->stageResults(id.value()).value();
    QCOMPARE(back.size(), 4);
    for (int i = 0; i < back.size(); ++i)
        QVERIFY2(back.at(i) == written.at(i), qPrintable(QString::number(i)));
    QVERIFY(m_journal->stageResults(QStringLiteral("other")).value().isEmpty());
    QVERIFY(!m_journal->appendStageResult(StageResult{}).ok()); // needs a task id
    StageResult unknown = wait;
    unknown.id = 999999;
    QVERIFY(m_journal->updateStageResult(unknown).isError());
}

void TestTaskJournal::recordStageIsOneTransaction()
{
    Result<QString> id = m_journal->addTask(makeTask(QString(), QStringLiteral("pc-01")));
    QVERIFY(id.ok());
    TaskRecord t = *m_journal->task(id.value()).value();
    t.state = TaskState::Running;
    t.attempt = 1;
    StageResult r;
    r.stage = QStringLiteral("resume");
    r.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_journal->recordStage(t, &r));
    QVERIFY(r.id > 0);
    QCOMPARE(r.taskId, t.id);
    QCOMPARE(m_journal->task(t.id).value()->state, TaskState::Running);

    t.state = TaskState::Waiting;
    t.stageIndex = 1;
    r.ok = true;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    const qint64 firstId = r.id;
    QVERIFY(!m_journal->recordStage(t, &r)); // updates the same row
    QCOMPARE(r.id, firstId);
    QList<StageResult> rows = m_journal->stageResults(t.id).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().ok);
    QCOMPARE(m_journal->task(t.id).value()->stageIndex, 1);

    // Without an id: the open row of the same stage attempt is finished, a finished one is kept.
    StageResult started;
    started.stageIndex = 2;
    started.stage = QStringLiteral("detect");
    started.attempt = 1;
    started.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_journal->recordStage(t, &started));
    StageResult finished = started;
    finished.id = 0;
    finished.ok = true;
    finished.finishedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_journal->recordStage(t, &finished));
    QCOMPARE(finished.id, started.id);
    StageResult rerun = started; // a re-run of the same stage attempt: a new row
    rerun.id = 0;
    QVERIFY(!m_journal->recordStage(t, &rerun));
    QVERIFY(rerun.id > started.id);
    rows = m_journal->stageResults(t.id).value();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).ok && rows.at(1).finishedAt.isValid());
    QVERIFY(!rows.at(2).ok && !rows.at(2).finishedAt.isValid());

    // A task that is not journaled: nothing at all is written.
    TaskRecord ghost = makeTask(QString(), QStringLiteral("ghost"));
    ghost.id = QStringLiteral("ghost-id");
    StageResult orphan;
    orphan.stage = QStringLiteral("build");
    QVERIFY(m_journal->recordStage(ghost, &orphan).isError());
    QCOMPARE(orphan.id, qint64(0));
    QVERIFY(m_journal->stageResults(QStringLiteral("ghost-id")).value().isEmpty());
    // A stage update of a row that does not exist rolls back the task update too.
    t.state = TaskState::Done;
    StageResult missing = r;
    missing.id = 424242;
    QVERIFY(m_journal->recordStage(t, &missing).isError());
    QCOMPARE(m_journal->task(t.id).value()->state, TaskState::Waiting);
}

void TestTaskJournal::filters()
{
    Result<QString> b1 = m_journal->createBatch(QStringLiteral("resume"), QStringLiteral("b1"), QStringLiteral("admin"));
    Result<QString> b2 = m_journal->createBatch(QStringLiteral("suspend"), QStringLiteral("b2"), QStringLiteral("admin"));
    QVERIFY(b1.ok() && b2.ok());
    QList<TaskRecord> tasks{makeTask(b1.value(), QStringLiteral("Lab-PC_01")), makeTask(b1.value(), QStringLiteral("lab-pc-02")),
                            makeTask(b2.value(), QStringLiteral("教师机"), QStringLiteral("suspend")),
                            makeTask(b2.value(), QStringLiteral("100% done"), QStringLiteral("suspend"))};
    tasks[1].state = TaskState::Failed;
    tasks[1].error = QStringLiteral("Quota exceeded for cores");
    tasks[2].state = TaskState::Done;
    tasks[0].updatedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(!m_journal->addTasks(&tasks));

    auto names = [this](const TaskFilter &f) {
        QStringList out;
        const Result<QList<TaskRecord>> r = m_journal->tasks(f);
        if (!r.ok())
            return QStringList{QStringLiteral("ERROR ") + r.error().userMessage()};
        for (const TaskRecord &t : r.value())
            out << t.targetName;
        out.sort();
        return out;
    };
    TaskFilter f;
    f.batchId = b1.value();
    QCOMPARE(names(f), (QStringList{QStringLiteral("Lab-PC_01"), QStringLiteral("lab-pc-02")}));
    f = {};
    f.states = {TaskState::Failed, TaskState::Done};
    QCOMPARE(names(f), (QStringList{QStringLiteral("lab-pc-02"), QStringLiteral("教师机")}));
    f = {};
    f.text = QStringLiteral("LAB-pc");
    QCOMPARE(names(f), (QStringList{QStringLiteral("Lab-PC_01"), QStringLiteral("lab-pc-02")}));
    f.text = QStringLiteral("pc_"); // _ is literal, not a wildcard
    QCOMPARE(names(f), QStringList{QStringLiteral("Lab-PC_01")});
    f.text = QStringLiteral("100%");
    QCOMPARE(names(f), QStringList{QStringLiteral("100% done")});
    f.text = QStringLiteral("教师");
    QCOMPARE(names(f), QStringList{QStringLiteral("教师机")});
    f.text = QStringLiteral("quota");
    QCOMPARE(names(f), QStringList{QStringLiteral("lab-pc-02")});
    f = {};
    f.since = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(names(f).size(), 3);
    f = {};
    f.batchId = b2.value();
    f.states = {TaskState::Pending};
    QCOMPARE(names(f), QStringList{QStringLiteral("100% done")});
    f = {};
    f.limit = 2;
    f.newestFirst = true;
    QCOMPARE(m_journal->tasks(f).value().size(), 2);
}

void TestTaskJournal::unfinishedTasksOfAScope()
{
    QList<TaskRecord> tasks;
    const QList<TaskState> states{TaskState::Pending, TaskState::Running, TaskState::Waiting,
                                  TaskState::Done,    TaskState::Failed,  TaskState::Cancelled};
    for (TaskState s : states) {
        TaskRecord t = makeTask(QString(), taskStateToString(s));
        t.state = s;
        tasks << t;
    }
    TaskRecord other = makeTask(QString(), QStringLiteral("other-cloud"));
    other.scope = QStringLiteral("https://elsewhere|p");
    tasks << other;
    QVERIFY(!m_journal->addTasks(&tasks));

    QStringList names;
    const QList<TaskRecord> unfinished = m_journal->unfinishedTasks(QStringLiteral("https://k:5000|proj")).value();
    for (const TaskRecord &t : unfinished)
        names << t.targetName;
    QCOMPARE(names, (QStringList{QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("waiting")}));
    QCOMPARE(m_journal->unfinishedTasks().value().size(), 4);
}

void TestTaskJournal::batchesAreNewestFirstWithCounts()
{
    BatchRecord older;
    older.id = QStringLiteral("batch-old");
    older.kind = QStringLiteral("create");
    older.title = QStringLiteral("Create 3");
    older.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    QVERIFY(!m_journal->saveBatch(older));
    Result<QString> newer = m_journal->createBatch(QStringLiteral("resume"), QStringLiteral("Resume 2"), QStringLiteral("admin"));
    QVERIFY(newer.ok());
    QList<TaskRecord> tasks{makeTask(older.id, QStringLiteral("a")), makeTask(older.id, QStringLiteral("b")),
                            makeTask(older.id, QStringLiteral("c")), makeTask(newer.value(), QStringLiteral("d"))};
    tasks[0].state = TaskState::Done;
    tasks[1].state = TaskState::Failed;
    tasks[2].state = TaskState::Cancelled;
    QVERIFY(!m_journal->addTasks(&tasks));

    const QList<BatchRecord> batches = m_journal->batches().value();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0).id, newer.value());
    QCOMPARE(batches.at(0).active, 1);
    QCOMPARE(batches.at(1).id, older.id);
    QCOMPARE(batches.at(1).total, 3);
    QCOMPARE(batches.at(1).done, 1);
    QCOMPARE(batches.at(1).failed, 1);
    QCOMPARE(batches.at(1).cancelled, 1);
    QVERIFY(batches.at(1).isFinished());
    QCOMPARE(m_journal->batches(1).value().size(), 1);
    QCOMPARE(m_journal->batches(0, QStringLiteral("no-such-scope")).value().size(), 0);
    older.title = QStringLiteral("Create 3 (renamed)");
    QVERIFY(!m_journal->saveBatch(older));
    QCOMPARE(m_journal->batch(older.id).value()->title, older.title);
}

void TestTaskJournal::concurrentWritesFromFourPoolThreads()
{
    Database *db = m_fx->db();
    Result<QString> batch = m_journal->createBatch(QStringLiteral("resume"), QStringLiteral("parallel"), QStringLiteral("admin"));
    QVERIFY(batch.ok());
    constexpr int Threads = 4;
    constexpr int TasksPerThread = 25;
    Barrier barrier(Threads);
    QMutex mutex;
    QStringList errors;
    QSet<QThread *> threads;
    QSet<QString> connections;
    int peakConnections = 0;

    {
        QThreadPool pool;
        pool.setMaxThreadCount(Threads);
        for (int w = 0; w < Threads; ++w) {
            pool.start([&, w] {
                TaskJournal journal(db); // a journal object per thread, or a shared one: both work
                const QString connection = db->connection().connectionName();
                if (!barrier.arriveAndWait()) {
                    QMutexLocker lock(&mutex);
                    errors << QStringLiteral("barrier timed out");
                    return;
                }
                {
                    QMutexLocker lock(&mutex);
                    threads.insert(QThread::currentThread());
                    connections.insert(connection);
                    peakConnections = qMax(peakConnections, db->connectionCount());
                }
                for (int i = 0; i < TasksPerThread; ++i) {
                    TaskRecord t = makeTask(batch.value(), QStringLiteral("w%1-%2").arg(w).arg(i));
                    Result<QString> id = journal.addTask(t);
                    if (!id) {
                        QMutexLocker lock(&mutex);
                        errors << id.error().userMessage();
                        continue;
                    }
                    t.id = id.value();
                    // The engine's pattern: "stage started" then "stage finished", each journaled.
                    for (int stage = 0; stage < 2; ++stage) {
                        t.state = TaskState::Running;
                        t.stageIndex = stage;
                        t.attempt = 1;
                        StageResult r;
                        r.stageIndex = stage;
                        r.stage = stage == 0 ? QStringLiteral("resume") : QStringLiteral("wait");
                        r.startedAt = QDateTime::currentDateTimeUtc();
                        CloudError e = journal.recordStage(t, &r);
                        if (!e) {
                            r.ok = true;
                            r.finishedAt = QDateTime::currentDateTimeUtc();
                            t.state = stage == 1 ? TaskState::Done : TaskState::Running;
                            e = journal.recordStage(t, &r);
                        }
                        if (e) {
                            QMutexLocker lock(&mutex);
                            errors << e.userMessage();
                        }
                    }
                }
            });
        }
        QVERIFY(pool.waitForDone(120000));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(threads.size(), Threads);
    QCOMPARE(connections.size(), Threads);
    QVERIFY(!connections.contains(db->connection().connectionName()));
    QCOMPARE(peakConnections, Threads + 1);
    // The pool's threads are gone, and so are their connections.
    QCOMPARE(db->connectionCount(), 1);

    const Result<std::optional<BatchRecord>> b = m_journal->batch(batch.value());
    QVERIFY(b.ok());
    QCOMPARE(b.value()->total, Threads * TasksPerThread);
    QCOMPARE(b.value()->done, Threads * TasksPerThread);
    int stageRows = 0;
    const QList<TaskRecord> all = m_journal->tasks().value();
    QCOMPARE(all.size(), Threads * TasksPerThread);
    for (const TaskRecord &t : all) {
        const QList<StageResult> rows = m_journal->stageResults(t.id).value();
        stageRows += int(rows.size());
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).ok && rows.at(1).ok);
    }
    QCOMPARE(stageRows, Threads * TasksPerThread * 2);
}

void TestTaskJournal::pruneFinishedKeepsTheRest()
{
    Result<QString> batch = m_journal->createBatch(QStringLiteral("resume"), QStringLiteral("old"), QStringLiteral("admin"));
    QVERIFY(batch.ok());
    QList<TaskRecord> tasks{makeTask(batch.value(), QStringLiteral("done-old")),
                            makeTask(batch.value(), QStringLiteral("running")),
                            makeTask(QString(), QStringLiteral("failed-recent"))};
    tasks[0].state = TaskState::Done;
    tasks[0].finishedAt = QDateTime::currentDateTimeUtc().addDays(-40);
    tasks[1].state = TaskState::Running;
    tasks[2].state = TaskState::Failed;
    QVERIFY(!m_journal->addTasks(&tasks));
    StageResult r;
    r.taskId = tasks[0].id;
    r.stage = QStringLiteral("resume");
    QVERIFY(m_journal->appendStageResult(r).ok());

    Result<int> pruned = m_journal->pruneFinished(QDateTime::currentDateTimeUtc().addDays(-30));
    QVERIFY(pruned.ok());
    QCOMPARE(pruned.value(), 1);
    QVERIFY(!m_journal->task(tasks[0].id).value().has_value());
    QVERIFY(m_journal->stageResults(tasks[0].id).value().isEmpty());
    QCOMPARE(m_journal->tasks().value().size(), 2);
    QVERIFY(m_journal->batch(batch.value()).value().has_value()); // still has a running task
}

// A figure for the engine's benchmark notes (printed, not asserted): what journaling one stage
// costs, i.e. a "started" and a "finished" write, each a task update + stage row in one transaction.
void TestTaskJournal::journalOverheadPerStage()
{
    QFETCH_GLOBAL(QString, backend);
    Result<QString> id = m_journal->addTask(makeTask(QString(), QStringLiteral("bench")));
    QVERIFY(id.ok());
    TaskRecord t = *m_journal->task(id.value()).value();
    constexpr int Stages = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Stages; ++i) {
        t.state = TaskState::Running;
        t.stageIndex = i;
        StageResult r;
        r.stageIndex = i;
        r.stage = QStringLiteral("wait");
        r.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!m_journal->recordStage(t, &r));
        r.ok = true;
        r.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(!m_journal->recordStage(t, &r));
    }
    const qint64 ns = timer.nsecsElapsed();
    qInfo("journal overhead on %s: %.0f us per stage (2 transactions), %d stages",
          qPrintable(backend), double(ns) / Stages / 1000.0, Stages);
    QCOMPARE(m_journal->stageResults(t.id).value().size(), Stages);
}

QTEST_GUILESS_MAIN(TestTaskJournal)
#include "tst_taskjournal.moc"
