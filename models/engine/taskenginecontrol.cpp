// TaskEngine's control half: cancel, retry, rerun and resume of tasks, and the snapshots the
// window and phoenixctl read. Running and journaling steps is in taskengine.cpp.
#include "models/engine/taskengine.h"
#include "models/engine/taskengine_p.h"

#include "models/engine/leasekeeper.h"

#include <QMutexLocker>

using namespace TaskEnginePrivate;

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
        rewindForRerun(entry->snap);
        entry->snap.state = TaskState::Pending;
        entry->snap.error.clear();
        entry->snap.requestId.clear();
        entry->snap.updatedAt = now();
        const quint64 mark = entry->progress.pollMark;
        entry->progress = StageProgress();
        entry->progress.pollMark = mark;
        entry->unsaved = true;   // journaled by its first step, once it holds the lease
        entry->mustClaim = true; // another process may have taken it meanwhile
        snap = entry->snap;
    }
    entry->cancel.store(false);
    publish(snap);
    updateBatch(snap.batchId);
    m_pool.start([this, entry] {
        if (takeLease(entry))
            schedule(entry, 0);
    }, 1);
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
        // A failed or cancelled candidate is a retry; one read as unfinished is taken only while it
        // still is (it may have ended since it was read).
        const bool rerun = t.state == TaskState::Failed || t.state == TaskState::Cancelled;
        const EngineJournal::LeaseAnswer lease = m_journal ? m_journal->claim(t.id, m_runner, settings().leaseSeconds, rerun)
                                                           : EngineJournal::LeaseAnswer::Mine;
        if (lease == EngineJournal::LeaseAnswer::Mine)
            tasks << t;
        else if (lease == EngineJournal::LeaseAnswer::Theirs)
            qCInfo(lcEngine) << "task" << t.id << "is run by another process; leaving it";
        else
            qCWarning(lcEngine) << "task" << t.id << "left alone: the journal cannot say who runs it";
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
            const bool rerun = t.state == TaskState::Failed || t.state == TaskState::Cancelled;
            if (rerun)
                rewindForRerun(t);
            t.state = TaskState::Pending;
            t.error.clear();
            t.requestId.clear();
            resumed << addEntryLocked(t);
            resumed.last()->mustClaim = false; // just claimed
            resumed.last()->unsaved = rerun;   // the journal still has it finished until its first step
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
    return e ? std::optional<TaskSnapshot>(e->snap) : std::nullopt;
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
    return m_batches.contains(batchId) ? std::optional<BatchSnapshot>(batchSummaryLocked(batchId)) : std::nullopt;
}

int TaskEngine::activeTaskCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const auto &e) { return !e->snap.isFinished(); }));
}
