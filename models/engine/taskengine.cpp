#include "models/engine/taskengine.h"
#include "models/engine/taskengine_p.h"

#include "models/engine/inventory.h"
#include "models/engine/leasekeeper.h"
#include "models/engine/pollwaker.h"
#include "models/engine/stagerunner.h"
#include "models/engine/steptransition.h"
#include "models/engine/workercontext.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEngine, "phoenix.models.engine")

using namespace TaskEnginePrivate;

namespace
{
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Stages that only look (the shared inventory, a port probe): they change nothing in the cloud.
bool isWaitingStage(Stage stage)
{
    return stage == Stage::Wait || stage == Stage::WaitImage || stage == Stage::Detect;
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
    if (m_inventory)
        m_waker = new PollWaker(m_inventory, this);
    // Leases are renewed on their own thread and timer: never queued behind the pool's steps.
    if (m_journal) {
        m_leases = new LeaseKeeper(m_journal, m_runner, [this] { return activeTaskCount() > 0; }, this);
        m_leases->setLeaseSeconds(m_settings.leaseSeconds);
    }
}

TaskEngine::~TaskEngine()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : std::as_const(m_tasks))
            ++e->ticket; // no further steps
    }
    delete m_waker; // no parked step wakes any more
    m_pool.clear();
    m_pool.waitForDone();
    delete m_leases; // its thread stops before the journal goes away
    m_leases = nullptr;
}

void TaskEngine::setSettings(const EngineSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
    m_pool.setMaxThreadCount(qMax(1, settings.concurrency));
    if (m_leases)
        m_leases->setLeaseSeconds(settings.leaseSeconds);
}

EngineSettings TaskEngine::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

EngineSettings TaskEngine::settingsFor(const TaskSpec &spec) const
{
    EngineSettings s = settings();
    // The options the batch was started with (journaled with it) win over this engine's settings.
    if (spec.options.detectTimeoutSeconds >= 0) {
        s.detectTimeoutSeconds = spec.options.detectTimeoutSeconds;
        s.detectIntervalSeconds = qBound(1, s.detectTimeoutSeconds, s.detectIntervalSeconds);
    }
    if (spec.options.waitTimeoutSeconds > 0)
        s.waitTimeoutSeconds = spec.options.waitTimeoutSeconds;
    return s;
}

int TaskEngine::leaseRenewals() const
{
    return m_leases ? m_leases->renewals() : 0;
}

int TaskEngine::leasesLost() const
{
    return m_leasesLost.load();
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
            entries << addEntryLocked(t);
            entries.last()->journaled = !start;
        }
        m_batches.insert(batch.id, batch);
    }
    // Journaled before anything is sent: a crash from here on is resumed, not lost. What the
    // journal misses is written before the task's first step (which waits for it).
    auto journal = [this, batch, user, entries] {
        if (!m_journal)
            return;
        const CloudError batchError = m_journal->saveBatch(batch, user);
        CloudError error = batchError;
        QList<bool> written;
        for (const auto &e : entries) {
            const CloudError taskError = error ? error : m_journal->saveTask(e->snap); // snap is not yet shared
            written << !taskError;
            if (taskError && !error)
                error = taskError;
        }
        {
            QMutexLocker lock(&m_mutex);
            if (batchError)
                m_unsavedBatches.insert(batch.id, user);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                entries.at(i)->inJournal = written.at(i);
                entries.at(i)->unsaved = !written.at(i);
            }
        }
        if (error)
            reportJournalError(error);
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
            {
                QMutexLocker lock(&m_mutex);
                e->journaled = true;
            }
            if (takeLease(e))
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
    // Leased before they queue (a queued task must not look free to another process), on a worker.
    m_pool.start([this, held] {
        for (const auto &e : held) {
            if (takeLease(e))
                schedule(e, 0);
        }
    }, 1);
    return int(held.size());
}

QString TaskEngine::submit(const TaskSpec &spec)
{
    const QString name = spec.serverName.isEmpty() ? spec.serverId : spec.serverName;
    return submitBatch(TaskText::kindName(spec.kind) + QStringLiteral(" ") + name, spec.kind, {spec});
}

void TaskEngine::schedule(const std::shared_ptr<Entry> &entry, int delayMs, std::optional<quint64> afterPoll)
{
    quint64 ticket = 0;
    int priority = 1;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++entry->ticket;
        // Steps that change something go before steps that only look (WAIT, DETECT), so a big
        // batch's actions are not queued behind the probes of its first items.
        if (isWaitingStage(entry->snap.currentStage()))
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
    if (afterPoll && m_waker)
        return m_waker->park(*afterPoll, delayMs, [this, run, priority] { m_pool.start(run, priority); });
    // Waiting tasks hold no worker: a timer in the engine's thread queues the next step.
    QMetaObject::invokeMethod(this, [this, run, delayMs, priority] {
        QTimer::singleShot(delayMs, this, [this, run, priority] { m_pool.start(run, priority); });
    }, Qt::QueuedConnection);
}

void TaskEngine::reportJournalError(const CloudError &error)
{
    qCWarning(lcEngine).noquote() << "journal:" << error.detail();
    Q_EMIT journalError(tr("The task journal could not be written: %1 The tasks wait and try again.").arg(error.userMessage()));
}

CloudError TaskEngine::flushUnsaved(const std::shared_ptr<Entry> &entry)
{
    TaskSnapshot snap;
    QList<StageRecord> stages;
    QString batchUser;
    bool batchUnsaved = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!entry->unsaved && entry->unsavedStages.isEmpty())
            return {};
        snap = entry->snap;
        stages = entry->unsavedStages;
        batchUnsaved = m_unsavedBatches.contains(snap.batchId);
        batchUser = m_unsavedBatches.value(snap.batchId);
    }
    if (batchUnsaved) {
        BatchSnapshot b = batch(snap.batchId).value_or(BatchSnapshot());
        if (const CloudError e = m_journal->saveBatch(b, batchUser))
            return e;
        QMutexLocker lock(&m_mutex);
        m_unsavedBatches.remove(snap.batchId);
    }
    if (const CloudError e = m_journal->saveTask(snap))
        return e;
    for (const StageRecord &r : std::as_const(stages)) {
        if (const CloudError e = m_journal->saveStage(snap, r))
            return e;
    }
    QMutexLocker lock(&m_mutex);
    entry->inJournal = true;
    entry->unsaved = false;
    entry->unsavedStages.remove(0, qMin(entry->unsavedStages.size(), stages.size()));
    return {};
}

void TaskEngine::waitForJournal(const std::shared_ptr<Entry> &entry, const CloudError &error)
{
    TaskSnapshot snap;
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = !std::exchange(entry->waitingForJournal, true);
        entry->mustClaim = true;
        entry->snap.state = TaskState::Waiting;
        entry->snap.error = tr("Waiting for the database: %1").arg(error.userMessage());
        snap = entry->snap;
    }
    if (first) {
        qCWarning(lcEngine).noquote() << "task" << snap.id << "waits for the journal:" << error.detail();
        Q_EMIT journalError(tr("The task journal cannot be reached: %1 Tasks wait for it and go on when it is back.")
                                .arg(error.userMessage()));
    }
    publish(snap);
    schedule(entry, settings().journalRetryMs);
}

void TaskEngine::leaveToOtherRunner(const std::shared_ptr<Entry> &entry)
{
    TaskSnapshot snap;
    bool hadRun = false;
    {
        QMutexLocker lock(&m_mutex);
        ++entry->ticket;
        hadRun = entry->progress.startedAt.isValid() || !entry->snap.history.isEmpty();
        entry->unsaved = false; // the journal row is the other runner's now
        entry->unsavedStages.clear();
        entry->snap.state = TaskState::Cancelled;
        entry->snap.error = tr("Another Phoenix process (a window, phoenixctl or another workstation) holds this "
                               "task; it was left to that process.");
        snap = entry->snap;
    }
    if (hadRun)
        ++m_leasesLost;
    qCWarning(lcEngine).noquote() << "task" << snap.id << snap.spec.serverName << "is held by another runner; leaving it";
    publish(snap);
    updateBatch(snap.batchId);
}

bool TaskEngine::takeLease(const std::shared_ptr<Entry> &entry)
{
    QString id;
    bool rerun = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_journal || !entry->inJournal)
            return true; // the first step writes it, then leases it
        id = entry->snap.id;
        rerun = entry->unsaved; // a retry: the journal still has it as failed or cancelled
    }
    switch (m_journal->claim(id, m_runner, settings().leaseSeconds, rerun)) {
    case EngineJournal::LeaseAnswer::Mine: {
        QMutexLocker lock(&m_mutex);
        entry->mustClaim = false;
        return true;
    }
    case EngineJournal::LeaseAnswer::Theirs:
        leaveToOtherRunner(entry);
        return false;
    case EngineJournal::LeaseAnswer::Unknown:
        break;
    }
    return true; // the first step waits for the journal
}

bool TaskEngine::readyToRun(const std::shared_ptr<Entry> &entry, bool writes)
{
    if (!m_journal)
        return true;
    bool inJournal = true;
    bool claim = writes;
    bool rerun = false;
    QString id;
    {
        QMutexLocker lock(&m_mutex);
        id = entry->snap.id;
        inJournal = entry->inJournal;
        claim = claim || entry->mustClaim;
        rerun = entry->unsaved; // the journal may still have it finished (a retry not yet written)
    }
    // A task the journal has no row for yet is nobody else's: write it first, then lease it.
    if (!inJournal) {
        if (const CloudError e = flushUnsaved(entry)) {
            waitForJournal(entry, e);
            return false;
        }
    }
    if (claim) {
        const int seconds = settings().leaseSeconds;
        switch (m_journal->claim(id, m_runner, seconds, rerun)) {
        case EngineJournal::LeaseAnswer::Mine:
            break;
        case EngineJournal::LeaseAnswer::Theirs:
            leaveToOtherRunner(entry);
            return false;
        case EngineJournal::LeaseAnswer::Unknown:
            waitForJournal(entry, CloudError::local(tr("The task's lease could not be checked.")));
            return false;
        }
    }
    if (const CloudError e = flushUnsaved(entry)) {
        waitForJournal(entry, e);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    entry->mustClaim = false;
    if (std::exchange(entry->waitingForJournal, false)) {
        entry->snap.error.clear();
        entry->snap.state = TaskState::Pending; // journaled as started again by the step
    }
    return true;
}

bool TaskEngine::journalStarted(const std::shared_ptr<Entry> &entry, TaskSnapshot &snap, bool stageBegins)
{
    // Journal "stage started" before the cloud call; the step does not run without it.
    snap.state = isWaitingStage(snap.currentStage()) ? TaskState::Waiting : TaskState::Running;
    snap.updatedAt = now();
    if (stageBegins)
        snap.stageStartedAt = snap.updatedAt;
    if (m_journal) {
        if (const CloudError e = m_journal->saveTask(snap)) {
            {
                QMutexLocker lock(&m_mutex);
                entry->unsaved = true;
            }
            waitForJournal(entry, e);
            return false;
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        entry->snap.state = snap.state;
        entry->snap.updatedAt = snap.updatedAt;
        entry->snap.stageStartedAt = snap.stageStartedAt;
    }
    publish(snap);
    return true;
}

void TaskEngine::runStep(const std::shared_ptr<Entry> &entry)
{
    TaskSnapshot current;
    {
        QMutexLocker lock(&m_mutex);
        current = entry->snap;
    }
    if (current.isFinished()) {
        // Only a finished task whose final write the journal missed comes here.
        journalFinished(entry, current);
        return;
    }
    const bool writes = !isWaitingStage(current.currentStage());
    if (!readyToRun(entry, writes))
        return;
    TaskSnapshot snap;
    StageProgress progress;
    {
        QMutexLocker lock(&m_mutex);
        snap = entry->snap;
        progress = entry->progress;
    }
    const EngineSettings settings = settingsFor(snap.spec);
    const QDateTime startedAt = now();
    if (entry->cancel.load()) {
        StepOutcome cancelled;
        cancelled.kind = StepOutcome::Cancelled;
        finishStep(entry, snap, cancelled, progress, startedAt);
        return;
    }
    if ((snap.state == TaskState::Pending || !progress.startedAt.isValid())
        && !journalStarted(entry, snap, !progress.startedAt.isValid()))
        return;
    WorkerContext &context = WorkerContext::forCurrentThread(m_session);
    StageHooks hooks;
    hooks.leaseHeld = [this, id = snap.id] {
        return !m_journal || m_journal->claim(id, m_runner, this->settings().leaseSeconds) == EngineJournal::LeaseAnswer::Mine;
    };
    hooks.persist = [this](const TaskSnapshot &t) { return !m_journal || !m_journal->saveTask(t); };
    StageRunner runner(context, m_inventory, settings, hooks);
    context.clearRequestId();
    StepOutcome outcome = runner.run(snap, progress);
    if (outcome.kind == StepOutcome::Advance && outcome.requestId.isEmpty())
        outcome.requestId = context.lastWriteRequestId(); // the call that did the work
    if (outcome.recheckLease) {
        QMutexLocker lock(&m_mutex);
        entry->mustClaim = true;
    }
    finishStep(entry, std::move(snap), outcome, progress, startedAt);
}

void TaskEngine::finishStep(const std::shared_ptr<Entry> &entry, TaskSnapshot snap, const StepOutcome &outcome,
                            const StageProgress &progressIn, const QDateTime &startedAt)
{
    StageProgress progress = progressIn;
    StageRecord record = StepTransition::recordOf(snap, outcome, progress, startedAt);
    snap.updatedAt = record.finishedAt;
    const bool cancel = outcome.kind == StepOutcome::Cancelled || (entry->cancel.load() && outcome.kind != StepOutcome::Fail);
    const StepTransition next = StepTransition::apply(snap, progress, record, outcome, cancel, settings().actionTries);
    journalStep(entry, snap, next);
    commitStep(entry, snap, progress, next);
}

void TaskEngine::journalStep(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap, const StepTransition &next)
{
    if (!m_journal)
        return;
    CloudError error;
    if (next.stage)
        error = m_journal->saveStage(snap, *next.stage);
    if (!error && next.journalTask)
        error = m_journal->saveTask(snap);
    if (error) {
        // Kept and written before the task's next step (which waits for the journal).
        {
            QMutexLocker lock(&m_mutex);
            entry->unsaved = true;
            if (next.stage)
                entry->unsavedStages << *next.stage;
        }
        reportJournalError(error);
        return;
    }
    if (next.finished) {
        m_journal->audit(snap);
        m_journal->releaseLease(snap.id, m_runner);
    }
}

void TaskEngine::journalFinished(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap)
{
    if (!m_journal)
        return;
    if (const CloudError e = flushUnsaved(entry)) {
        qCInfo(lcEngine).noquote() << "task" << snap.id << "still not journaled:" << e.detail();
        schedule(entry, settings().journalRetryMs);
        return;
    }
    m_journal->audit(snap);
    m_journal->releaseLease(snap.id, m_runner);
}

void TaskEngine::commitStep(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap, const StageProgress &progress,
                            const StepTransition &next)
{
    bool unsaved = false;
    {
        QMutexLocker lock(&m_mutex);
        entry->snap = snap;
        entry->progress = progress;
        unsaved = entry->unsaved;
    }
    publish(snap);
    if (next.finished) {
        qCInfo(lcEngine).noquote() << TaskText::kindKey(snap.spec.kind) << snap.spec.serverName
                                   << TaskText::stateKey(snap.state) << snap.error;
        updateBatch(snap.batchId);
        if (unsaved)
            schedule(entry, settings().journalRetryMs); // the final write, once the journal is back
    } else if (next.delay >= 0) {
        schedule(entry, next.delay, next.afterPoll);
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
