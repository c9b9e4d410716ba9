#pragma once

#include "cloudsession.h"
#include "tasktypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

class Inventory;
struct StepOutcome;
struct StageProgress;

// Where the engine journals tasks and the audit trail (models/storejournal.h writes them to the
// Phoenix database). Called from worker threads; implementations must be thread-safe.
class EngineJournal
{
public:
    virtual ~EngineJournal() = default;
    virtual CloudError saveBatch(const BatchSnapshot &batch, const QString &user) = 0;
    virtual CloudError saveTask(const TaskSnapshot &task) = 0; // insert or update
    virtual CloudError saveStage(const TaskSnapshot &task, const StageRecord &record) = 0;
    virtual QList<TaskSnapshot> loadUnfinished() = 0;
    // One audit entry per finished task: who, what, which desktop, result, request ID.
    virtual void audit(const TaskSnapshot &task) = 0;
};

struct EngineSettings
{
    int concurrency = 8;
    int actionTries = 3;            // per action stage
    int actionRetryDelayMs = 10000; // seed default: 10 s apart
    int waitTimeoutSeconds = 600;
    int imageWaitTimeoutSeconds = 1800;
    int waitPollMs = 3000;          // a waiting task is re-queued after this
    int detectPort = 3389;
    int detectProtocol = -1;        // ReachabilityProbe::Protocol; -1 = by port (3389 RDP, 59xx VNC)
    int detectTimeoutSeconds = 300;
    int detectIntervalSeconds = 20;
    int detectConnectTimeoutMs = 3000;
    bool detectFailureIsFatal = false; // false: warn and continue
};

// Runs tasks as journaled stage chains on its own QThreadPool. A stage runs on a worker thread
// (with that thread's own RestClient/QNetworkAccessManager) and may wait for its reply there; a
// task waiting for a desktop state does not hold a worker: it is re-queued after waitPollMs and
// reads the shared Inventory snapshot. Every state change is journaled before and after each
// cloud call, so that on start-up resumeUnfinished() continues where the process stopped, without
// creating a server twice (BUILD looks for the server tagged with the task id first).
// All signals are emitted from worker threads: connect with a context object (queued).
class TaskEngine : public QObject
{
    Q_OBJECT

public:
    TaskEngine(CloudSessionPtr session, Inventory *inventory, EngineJournal *journal, QObject *parent = nullptr);
    ~TaskEngine() override;

    void setSettings(const EngineSettings &settings);
    [[nodiscard]] EngineSettings settings() const;

    // One batch of tasks; returns the batch id. Journaled before it returns. With start = false
    // the tasks are only journaled (Pending) and not run here: resumeUnfinished()/resumeTasks() in
    // this or another process runs them later (phoenixctl --no-wait).
    QString submitBatch(const QString &title, TaskKind kind, const QList<TaskSpec> &specs, bool start = true);
    QString submit(const TaskSpec &spec); // a batch of one
    // Starts the tasks of a batch submitted with start = false (e.g. once the caller holds a lock
    // that keeps other processes from resuming them). Returns how many it started.
    int startBatch(const QString &batchId);

    void cancelTask(const QString &taskId);
    void cancelBatch(const QString &batchId);
    // Re-runs the failed (and cancelled) tasks of a batch from their failed stage.
    int retryFailed(const QString &batchId);
    bool rerunFromFailedStage(const QString &taskId);
    // Loads unfinished tasks from the journal and runs them on; returns how many.
    int resumeUnfinished();
    // Runs tasks read from the journal by the caller (e.g. only those no other process runs):
    // unfinished ones continue at their stage, failed or cancelled ones re-run from their failed
    // stage. Tasks this engine already has are left alone. Returns how many it took on.
    int resumeTasks(const QList<TaskSnapshot> &tasks);

    [[nodiscard]] std::optional<TaskSnapshot> task(const QString &taskId) const;
    [[nodiscard]] QList<TaskSnapshot> tasksOfBatch(const QString &batchId) const;
    [[nodiscard]] QList<BatchSnapshot> batches() const;
    [[nodiscard]] std::optional<BatchSnapshot> batch(const QString &batchId) const;
    [[nodiscard]] int activeTaskCount() const;


Q_SIGNALS:
    void taskChanged(const TaskSnapshot &task);
    void batchChanged(const BatchSnapshot &batch);
    void batchFinished(const BatchSnapshot &batch);

private:
    struct Entry;
    void schedule(const std::shared_ptr<Entry> &entry, int delayMs);
    void runStep(const std::shared_ptr<Entry> &entry); // on a worker thread
    void finishStep(const std::shared_ptr<Entry> &entry, TaskSnapshot snapshot, const StepOutcome &outcome,
                    const StageProgress &progress, const QDateTime &startedAt);
    void publish(const TaskSnapshot &snapshot);
    void updateBatch(const QString &batchId);
    BatchSnapshot batchSummaryLocked(const QString &batchId) const;
    void restart(const std::shared_ptr<Entry> &entry); // failed/cancelled → from the failed stage
    std::shared_ptr<Entry> addEntryLocked(const TaskSnapshot &snapshot);

    CloudSessionPtr m_session;
    Inventory *m_inventory = nullptr;
    EngineJournal *m_journal = nullptr;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    EngineSettings m_settings;
    QHash<QString, std::shared_ptr<Entry>> m_tasks;
    QHash<QString, BatchSnapshot> m_batches;
};
