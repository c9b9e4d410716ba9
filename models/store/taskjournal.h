#pragma once

#include "cloud/clouderror.h"
#include "models/store/taskrecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// Who holds a task's lease (TaskJournal::lease).
struct TaskLease
{
    QString runner;  // empty: nobody
    QDateTime until; // the database's clock
    bool live = false; // until is still ahead of the database's clock
};

/**
 * The task journal: batches, tasks and the result of every stage attempt, in the Phoenix
 * database. The task engine writes it before and after each cloud call, so writes are cheap:
 * cached prepared statements on the calling thread's connection, one transaction when several
 * rows change (addTasks, recordStage).
 *
 * Thread-safe: every method may be called from any thread (each uses that thread's connection).
 * Writes return a translated CloudError (None on success); a failed write changes nothing.
 */
class TaskJournal
{
    Q_DECLARE_TR_FUNCTIONS(TaskJournal)

public:
    explicit TaskJournal(Database *database);

    // The local clock used for the timestamps this journal writes (created, updated, finished).
    // Leases never use it: they are compared against the database's own clock, so that
    // workstations whose clocks differ agree on who holds a task. Injectable for tests.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);

    // --- batches ---
    [[nodiscard]] Result<QString> createBatch(const QString &kind, const QString &title, const QString &user,
                                              const QString &scope = QString());
    // Insert or update a batch whose id the caller chose.
    [[nodiscard]] CloudError saveBatch(const BatchRecord &batch);
    [[nodiscard]] Result<std::optional<BatchRecord>> batch(const QString &id) const;
    // Newest first, with the counts of their tasks. limit 0 = all.
    [[nodiscard]] Result<QList<BatchRecord>> batches(int limit = 100, const QString &scope = QString()) const;

    // --- tasks ---
    // Inserts; fills id (uuid), createdAt and updatedAt when empty. Returns the id.
    [[nodiscard]] Result<QString> addTask(const TaskRecord &task);
    // Inserts several in one transaction (all or nothing); fills ids and times in `tasks`. Tasks
    // without createdAt get now + 0, 1, 2 ... ms, so that listings keep the order given.
    [[nodiscard]] CloudError addTasks(QList<TaskRecord> *tasks);
    // Writes the changing fields: state, stageIndex, attempt, error, requestId, targetId,
    // targetName, params; updatedAt (now when invalid), finishedAt (now when the state is final and
    // it is invalid; cleared when a task runs again). Fails when the task does not exist.
    [[nodiscard]] CloudError updateTask(const TaskRecord &task);
    // Insert or update (the engine's "save").
    [[nodiscard]] CloudError saveTask(const TaskRecord &task);
    [[nodiscard]] Result<std::optional<TaskRecord>> task(const QString &id) const;
    [[nodiscard]] Result<QList<TaskRecord>> tasks(const TaskFilter &filter = TaskFilter()) const;
    // State not Done/Failed/Cancelled, oldest first; of one scope when given.
    [[nodiscard]] Result<QList<TaskRecord>> unfinishedTasks(const QString &scope = QString()) const;

    // --- leases: one runner (process) per task at a time ---
    // Every lease time is the DATABASE's clock (now() / julianday('now')), never this computer's.
    // Takes the task for `runner` for leaseSeconds when nobody holds it (or the holder's lease ran
    // out, or it is already ours: then it is extended). Returns whether this runner holds it now.
    // `deadRunner`: also take it from this runner, known to be gone (its process died).
    // A finished task (done, failed, cancelled) is never taken — in the same statement, so that a
    // runner that read "running" just before the task ended cannot take it over and run it again —
    // unless `rerun`: this runner is about to run it again (retry) and journals that first.
    [[nodiscard]] Result<bool> claimTask(const QString &taskId, const QString &runner, int leaseSeconds,
                                         const QString &deadRunner = QString(), bool rerun = false);
    // Extends every unfinished task `runner` holds by leaseSeconds from now. Returns how many.
    [[nodiscard]] Result<int> renewLeases(const QString &runner, int leaseSeconds);
    // Gives the task's lease up (only when `runner` holds it), e.g. once the task has ended.
    [[nodiscard]] CloudError releaseLease(const QString &taskId, const QString &runner);
    // Who holds the task, until when, and whether that lease is live by the database's clock.
    [[nodiscard]] Result<TaskLease> lease(const QString &taskId) const;

    // --- stage results ---
    // Appends one row; returns its id (also what updateStageResult needs).
    [[nodiscard]] Result<qint64> appendStageResult(const StageResult &result);
    // Rewrites a row appended before (e.g. "started" → "finished").
    [[nodiscard]] CloudError updateStageResult(const StageResult &result);
    // The task's update and its stage result in one transaction. result->id != 0 rewrites that
    // row. result->id == 0 rewrites the row this stage attempt opened when it started (same task,
    // stageIndex and attempt, finishedAt still unset) if there is one, else appends; result->id
    // is set either way. So "started" then "finished" for one attempt is one row, without the
    // caller keeping ids, and a re-run never overwrites an earlier, finished attempt.
    [[nodiscard]] CloudError recordStage(const TaskRecord &task, StageResult *result);
    // In the order they were written.
    [[nodiscard]] Result<QList<StageResult>> stageResults(const QString &taskId) const;

    // Deletes finished tasks (and their stage results) that finished before `before`, and batches
    // left without tasks. Returns the number of tasks deleted.
    [[nodiscard]] Result<int> pruneFinished(const QDateTime &before);

private:
    CloudError insertTask(const TaskRecord &task) const;
    CloudError writeTaskUpdate(const TaskRecord &task, bool *found) const;
    Result<qint64> insertStage(const StageResult &result) const;
    CloudError writeStageUpdate(const StageResult &result) const;
    [[nodiscard]] QDateTime now() const;
    // SQL for the database's clock in epoch milliseconds.
    [[nodiscard]] QString databaseNowMs() const;

    Database *m_database = nullptr;
    Clock m_clock;
};
