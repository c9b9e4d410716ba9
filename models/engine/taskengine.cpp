#include "models/engine/taskengine.h"

#include "models/engine/inventory.h"
#include "models/engine/stagerunner.h"
#include "models/engine/workercontext.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <atomic>

Q_LOGGING_CATEGORY(lcEngine, "phoenix.models.engine")

struct TaskEngine::Entry
{
    TaskSnapshot snap;        // guarded by TaskEngine::m_mutex
    StageProgress progress;   // guarded by TaskEngine::m_mutex
    quint64 ticket = 0;       // a scheduled step runs only if its ticket is still current
    bool journaled = true;    // false until submitBatch's journal job has written it
    std::atomic_bool cancel{false};
};

namespace
{
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

TaskEngine::TaskEngine(CloudSessionPtr session, Inventory *inventory, EngineJournal *journal, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_inventory(inventory)
    , m_journal(journal)
{
    qRegisterMetaType<TaskSnapshot>();
    qRegisterMetaType<BatchSnapshot>();
    m_pool.setObjectName(QStringLiteral("phoenix-tasks"));
    m_pool.setMaxThreadCount(m_settings.concurrency);
    m_pool.setExpiryTimeout(60000);
    m_runner = QStringLiteral("%1:%2:%3")
                   .arg(QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(newId().left(8));
    // Keep the leases of running tasks fresh; written on a worker (the GUI thread never waits).
    m_leaseTimer = new QTimer(this);
    connect(m_leaseTimer, &QTimer::timeout, this, [this] {
        if (m_journal && activeTaskCount() > 0)
            m_pool.start([this] { m_journal->renewLeases(m_runner, LeaseSeconds); });
    });
    m_leaseTimer->start(LeaseRenewMs);
}

bool TaskEngine::claim(const QString &taskId)
{
    return !m_journal || m_journal->claim(taskId, m_runner, LeaseSeconds);
}

TaskEngine::~TaskEngine()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : std::as_const(m_tasks))
            ++e->ticket; // no further steps
    }
    m_pool.clear();
    m_pool.waitForDone();
}

void TaskEngine::setSettings(const EngineSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
    m_pool.setMaxThreadCount(qMax(1, settings.concurrency));
}

EngineSettings TaskEngine::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

std::shared_ptr<TaskEngine::Entry> TaskEngine::addEntryLocked(const TaskSnapshot &snapshot)
{
    auto entry = std::make_shared<Entry>();
    entry->snap = snapshot;
    m_tasks.insert(snapshot.id, entry);
    return entry;
}

QString TaskEngine::submitBatch(const QString &title, TaskKind kind, const QList<TaskSpec> &specs, bool start)
{
    const QString user = m_session->auth().userName;
    BatchSnapshot batch;
    batch.id = newId();
    batch.title = title;
    batch.kind = kind;
    batch.createdAt = now();
    batch.total = int(specs.size());
    batch.running = batch.total;
    QList<std::shared_ptr<Entry>> entries;
    QList<TaskSnapshot> snapshots;
    {
        QMutexLocker lock(&m_mutex);
        for (const TaskSpec &spec : specs) {
            TaskSnapshot t;
            t.id = newId();
            t.batchId = batch.id;
            t.spec = spec;
            t.chain = stageChain(spec.kind);
            t.user = user;
            t.createdAt = t.updatedAt = now();
            snapshots << t;
            entries << addEntryLocked(t);
            entries.last()->journaled = !start;
        }
        m_batches.insert(batch.id, batch);
    }
    // Journaled before anything is sent: a crash from here on is resumed, not lost.
    auto journal = [this, batch, user, snapshots] {
        if (!m_journal)
            return;
        if (const CloudError e = m_journal->saveBatch(batch, user))
            qCWarning(lcEngine).noquote() << "journal:" << e.detail();
        for (const TaskSnapshot &t : snapshots) {
            if (const CloudError e = m_journal->saveTask(t))
                qCWarning(lcEngine).noquote() << "journal:" << e.detail();
        }
    };
    for (const auto &e : std::as_const(entries))
        Q_EMIT taskChanged(e->snap);
    updateBatch(batch.id);
    if (!start) {
        journal();
        return batch.id;
    }
    m_pool.start([this, journal, entries] {
        journal();
        for (const auto &e : entries) {
            claim(e->snap.id);
            {
                QMutexLocker lock(&m_mutex);
                e->journaled = true;
            }
            schedule(e, 0); // a cancel that came meanwhile is honoured by the step
        }
    });
    return batch.id;
}

int TaskEngine::startBatch(const QString &batchId)
{
    QList<std::shared_ptr<Entry>> held;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : std::as_const(m_tasks)) {
            if (e->snap.batchId == batchId && e->snap.state == TaskState::Pending && e->ticket == 0)
                held << e; // never scheduled
        }
    }
    for (const auto &e : std::as_const(held)) {
        claim(e->snap.id);
        schedule(e, 0);
    }
    return int(held.size());
}

QString TaskEngine::submit(const TaskSpec &spec)
{
    const QString name = spec.serverName.isEmpty() ? spec.serverId : spec.serverName;
    return submitBatch(TaskText::kindName(spec.kind) + QStringLiteral(" ") + name, spec.kind, {spec});
}

void TaskEngine::schedule(const std::shared_ptr<Entry> &entry, int delayMs)
{
    quint64 ticket = 0;
    int priority = 1;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++entry->ticket;
        // Steps that change something go before steps that only look (WAIT, DETECT), so a big
        // batch's actions are not queued behind the probes of its first items.
        const Stage stage = entry->snap.currentStage();
        if (stage == Stage::Wait || stage == Stage::WaitImage || stage == Stage::Detect)
            priority = 0;
    }
    auto run = [this, entry, ticket] {
        {
            QMutexLocker lock(&m_mutex);
            if (entry->ticket != ticket)
                return; // superseded (cancel, re-run) or engine shutting down
        }
        runStep(entry);
    };
    if (delayMs <= 0) {
        m_pool.start(run, priority);
        return;
    }
    // Waiting tasks hold no worker: a timer in the engine's thread queues the next step.
    QMetaObject::invokeMethod(this, [this, run, delayMs, priority] {
        QTimer::singleShot(delayMs, this, [this, run, priority] { m_pool.start(run, priority); });
    }, Qt::QueuedConnection);
}

void TaskEngine::runStep(const std::shared_ptr<Entry> &entry)
{
    TaskSnapshot snap;
    StageProgress progress;
    EngineSettings settings;
    {
        QMutexLocker lock(&m_mutex);
        if (entry->snap.isFinished())
            return;
        snap = entry->snap;
        progress = entry->progress;
        settings = m_settings;
    }
    const QDateTime startedAt = now();
    if (entry->cancel.load()) {
        StepOutcome cancelled;
        cancelled.kind = StepOutcome::Cancelled;
        finishStep(entry, snap, cancelled, progress, startedAt);
        return;
    }
    if (snap.state == TaskState::Pending || !progress.startedAt.isValid()) {
        // Journal "stage started" before the cloud call.
        const Stage stage = snap.currentStage();
        snap.state = (stage == Stage::Wait || stage == Stage::WaitImage || stage == Stage::Detect) ? TaskState::Waiting
                                                                                                   : TaskState::Running;
        snap.updatedAt = startedAt;
        if (!progress.startedAt.isValid())
            snap.stageStartedAt = startedAt;
        if (m_journal)
            m_journal->saveTask(snap);
        {
            QMutexLocker lock(&m_mutex);
            entry->snap.state = snap.state;
            entry->snap.updatedAt = snap.updatedAt;
            entry->snap.stageStartedAt = snap.stageStartedAt;
        }
        publish(snap);
    }
    WorkerContext &context = WorkerContext::forCurrentThread(m_session);
    StageRunner runner(context, m_inventory, settings);
    const StepOutcome outcome = runner.run(snap, progress);
    finishStep(entry, std::move(snap), outcome, progress, startedAt);
}

void TaskEngine::finishStep(const std::shared_ptr<Entry> &entry, TaskSnapshot snap, const StepOutcome &outcome,
                            const StageProgress &progressIn, const QDateTime &startedAt)
{
    StageProgress progress = progressIn;
    StageRecord record;
    record.index = snap.stageIndex;
    record.stage = snap.currentStage();
    record.attempt = qMax(1, progress.attempt);
    record.message = outcome.message;
    record.requestId = outcome.requestId;
    record.startedAt = progress.startedAt.isValid() ? progress.startedAt : startedAt;
    record.finishedAt = now();
    snap.updatedAt = record.finishedAt;

    int delay = -1; // -1: no further step
    bool journalTask = true;
    bool finished = false;
    const bool cancelled = outcome.kind == StepOutcome::Cancelled
        || (entry->cancel.load() && outcome.kind != StepOutcome::Fail);
    if (cancelled) {
        record.ok = false;
        record.message = QCoreApplication::translate("TaskEngine", "Cancelled.");
        snap.history << record;
        snap.state = TaskState::Cancelled;
        snap.error = record.message;
        finished = true;
        if (m_journal)
            m_journal->saveStage(snap, record);
    } else {
        switch (outcome.kind) {
        case StepOutcome::Advance: {
            record.ok = true;
            record.warning = outcome.warning;
            snap.history << record;
            if (m_journal)
                m_journal->saveStage(snap, record);
            const StageProgress previous = progress;
            progress = StageProgress();
            progress.pollMark = previous.pollMark; // WAIT trusts only polls after the previous stage's change
            progress.fromStatus = previous.fromStatus;
            ++snap.stageIndex;
            if (snap.stageIndex >= snap.chain.size()) {
                snap.state = TaskState::Done;
                snap.error.clear();
                finished = true;
            } else {
                snap.state = TaskState::Pending;
                delay = 0;
            }
            break;
        }
        case StepOutcome::Again: {
            const TaskState state = outcome.waiting ? TaskState::Waiting : TaskState::Running;
            journalTask = state != snap.state;
            if (!outcome.waiting) {
                // A failed try that will be repeated: keep it in the stage history.
                record.ok = false;
                snap.history << record;
                if (m_journal)
                    m_journal->saveStage(snap, record);
                journalTask = true;
            }
            snap.state = state;
            delay = outcome.delayMs;
            break;
        }
        case StepOutcome::Retreat: {
            record.ok = false;
            snap.history << record;
            if (m_journal)
                m_journal->saveStage(snap, record);
            int retreats = 0;
            for (const StageRecord &r : std::as_const(snap.history))
                retreats += (r.index == snap.stageIndex && !r.ok) ? 1 : 0;
            if (retreats > settings().actionTries || snap.stageIndex == 0) {
                snap.state = TaskState::Failed;
                snap.error = outcome.message;
                finished = true;
                break;
            }
            progress = StageProgress();
            --snap.stageIndex;
            snap.state = TaskState::Pending;
            delay = 0;
            break;
        }
        case StepOutcome::Fail:
        case StepOutcome::Cancelled:
            record.ok = false;
            snap.history << record;
            if (m_journal)
                m_journal->saveStage(snap, record);
            snap.state = TaskState::Failed; // never ACTIVE/"finished" on failure
            snap.error = outcome.message;
            snap.requestId = outcome.requestId;
            finished = true;
            break;
        }
    }
    if (journalTask && m_journal)
        m_journal->saveTask(snap);
    if (finished && m_journal)
        m_journal->audit(snap);
    {
        QMutexLocker lock(&m_mutex);
        entry->snap = snap;
        entry->progress = progress;
    }
    publish(snap);
    if (finished) {
        qCInfo(lcEngine).noquote() << TaskText::kindKey(snap.spec.kind) << snap.spec.serverName
                                   << TaskText::stateKey(snap.state) << snap.error;
        updateBatch(snap.batchId);
    } else if (delay >= 0) {
        schedule(entry, delay);
    }
}

void TaskEngine::publish(const TaskSnapshot &snapshot)
{
    Q_EMIT taskChanged(snapshot);
}

BatchSnapshot TaskEngine::batchSummaryLocked(const QString &batchId) const
{
    BatchSnapshot b = m_batches.value(batchId);
    b.done = b.failed = b.cancelled = b.running = b.warnings = 0;
    b.total = 0;
    for (const auto &e : m_tasks) {
        if (e->snap.batchId != batchId)
            continue;
        ++b.total;
        switch (e->snap.state) {
        case TaskState::Done:
            ++b.done;
            if (!e->snap.warning().isEmpty())
                ++b.warnings;
            break;
        case TaskState::Failed:
            ++b.failed;
            break;
        case TaskState::Cancelled:
            ++b.cancelled;
            break;
        default:
            ++b.running;
            break;
        }
    }
    return b;
}

void TaskEngine::updateBatch(const QString &batchId)
{
    BatchSnapshot b;
    bool justFinished = false;
    {
        QMutexLocker lock(&m_mutex);
        b = batchSummaryLocked(batchId);
        m_batches.insert(batchId, b);
        // Two items finishing together both get here: announce the end once (again after a retry).
        if (b.isFinished())
            justFinished = !std::exchange(m_finishedAnnounced[batchId], true);
        else
            m_finishedAnnounced.remove(batchId);
    }
    Q_EMIT batchChanged(b);
    if (justFinished)
        Q_EMIT batchFinished(b);
}

void TaskEngine::cancelTask(const QString &taskId)
{
    std::shared_ptr<Entry> e;
    {
        QMutexLocker lock(&m_mutex);
        e = m_tasks.value(taskId);
        if (!e || e->snap.isFinished())
            return;
        if (!e->journaled) {
            e->cancel.store(true); // the journal job schedules it next, and the step cancels it
            return;
        }
    }
    e->cancel.store(true);
    schedule(e, 0); // supersedes a pending timer; a step in flight finishes as cancelled
}

void TaskEngine::cancelBatch(const QString &batchId)
{
    QList<QString> ids;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : std::as_const(m_tasks)) {
            if (e->snap.batchId == batchId && !e->snap.isFinished())
                ids << e->snap.id;
        }
    }
    for (const QString &id : ids)
        cancelTask(id);
}

void TaskEngine::restart(const std::shared_ptr<Entry> &entry)
{
    TaskSnapshot snap;
    {
        QMutexLocker lock(&m_mutex);
        // A create that failed waiting (the build went into ERROR) starts again from BUILD, which
        // removes the failed server; every other task re-runs its failed stage.
        if (entry->snap.spec.kind == TaskKind::Create && entry->snap.currentStage() == Stage::Wait)
            entry->snap.stageIndex = 0;
        entry->snap.state = TaskState::Pending;
        entry->snap.error.clear();
        entry->snap.requestId.clear();
        entry->snap.updatedAt = now();
        const quint64 mark = entry->progress.pollMark;
        entry->progress = StageProgress();
        entry->progress.pollMark = mark;
        snap = entry->snap;
    }
    entry->cancel.store(false);
    publish(snap);
    updateBatch(snap.batchId);
    m_pool.start([this, entry, snap] {
        if (m_journal)
            m_journal->saveTask(snap);
        claim(snap.id);
        schedule(entry, 0);
    });
}

int TaskEngine::retryFailed(const QString &batchId)
{
    QList<std::shared_ptr<Entry>> again;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : std::as_const(m_tasks)) {
            if (e->snap.batchId == batchId
                && (e->snap.state == TaskState::Failed || e->snap.state == TaskState::Cancelled))
                again << e;
        }
    }
    for (const auto &e : std::as_const(again))
        restart(e);
    return int(again.size());
}

bool TaskEngine::rerunFromFailedStage(const QString &taskId)
{
    std::shared_ptr<Entry> e;
    {
        QMutexLocker lock(&m_mutex);
        e = m_tasks.value(taskId);
        if (!e || (e->snap.state != TaskState::Failed && e->snap.state != TaskState::Cancelled))
            return false;
    }
    restart(e);
    return true;
}

void TaskEngine::resumeUnfinished()
{
    if (!m_journal)
        return;
    m_pool.start([this] { Q_EMIT tasksResumed(int(resumeTasks(m_journal->loadUnfinished()).size())); });
}

QStringList TaskEngine::resumeTasks(const QList<TaskSnapshot> &candidates)
{
    QList<TaskSnapshot> tasks;
    for (const TaskSnapshot &t : candidates) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_tasks.contains(t.id))
                continue;
        }
        if (claim(t.id))
            tasks << t;
        else
            qCInfo(lcEngine) << "task" << t.id << "is run by another process; leaving it";
    }
    QList<std::shared_ptr<Entry>> resumed;
    QSet<QString> batches;
    QStringList ids;
    {
        QMutexLocker lock(&m_mutex);
        for (TaskSnapshot t : tasks) {
            if (m_tasks.contains(t.id))
                continue;
            ids << t.id;
            if (t.chain.isEmpty())
                t.chain = stageChain(t.spec.kind);
            // The stage restarts from its beginning; BUILD adopts, actions skip what is done. A
            // failed or cancelled task runs again from the stage it stopped at (as restart() does).
            if ((t.state == TaskState::Failed || t.state == TaskState::Cancelled) && t.spec.kind == TaskKind::Create
                && t.currentStage() == Stage::Wait)
                t.stageIndex = 0;
            t.state = TaskState::Pending;
            t.error.clear();
            t.requestId.clear();
            resumed << addEntryLocked(t);
            if (!m_batches.contains(t.batchId)) {
                BatchSnapshot b;
                b.id = t.batchId;
                b.kind = t.spec.kind;
                b.title = TaskText::kindName(t.spec.kind);
                b.createdAt = t.createdAt;
                m_batches.insert(b.id, b);
            }
            batches.insert(t.batchId);
        }
    }
    for (const auto &e : std::as_const(resumed)) {
        qCInfo(lcEngine) << "resuming task" << e->snap.id << TaskText::kindKey(e->snap.spec.kind)
                         << e->snap.spec.serverName << "at stage" << TaskText::stageKey(e->snap.currentStage());
        publish(e->snap);
        schedule(e, 0);
    }
    for (const QString &b : std::as_const(batches))
        updateBatch(b);
    return ids;
}

std::optional<TaskSnapshot> TaskEngine::task(const QString &taskId) const
{
    QMutexLocker lock(&m_mutex);
    const auto e = m_tasks.value(taskId);
    if (!e)
        return std::nullopt;
    return e->snap;
}

QList<TaskSnapshot> TaskEngine::tasksOfBatch(const QString &batchId) const
{
    QMutexLocker lock(&m_mutex);
    QList<TaskSnapshot> out;
    for (const auto &e : m_tasks) {
        if (e->snap.batchId == batchId)
            out << e->snap;
    }
    std::sort(out.begin(), out.end(), [](const TaskSnapshot &a, const TaskSnapshot &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.spec.serverName < b.spec.serverName;
    });
    return out;
}

QList<BatchSnapshot> TaskEngine::batches() const
{
    QMutexLocker lock(&m_mutex);
    QList<BatchSnapshot> out = m_batches.values();
    std::sort(out.begin(), out.end(), [](const BatchSnapshot &a, const BatchSnapshot &b) { return a.createdAt > b.createdAt; });
    return out;
}

std::optional<BatchSnapshot> TaskEngine::batch(const QString &batchId) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_batches.contains(batchId))
        return std::nullopt;
    return batchSummaryLocked(batchId);
}

int TaskEngine::activeTaskCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &e : m_tasks) {
        if (!e->snap.isFinished())
            ++n;
    }
    return n;
}
