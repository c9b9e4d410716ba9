#pragma once

#include "cloud/cloudsession.h"
#include "models/domain/tasktypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <optional>

class Inventory;
class LeaseKeeper;
class PollWaker;
struct StepOutcome;
struct StageProgress;
struct StepTransition;

// Where the engine journals tasks and the audit trail (models/engine/storejournal.h writes them to
// the Phoenix database). Called from worker threads; implementations must be thread-safe.
class EngineJournal
{
public:
    // Who holds a task's lease: this runner, another one, or the journal cannot say (unreachable).
    enum class LeaseAnswer {
        Mine,
        Theirs,
        Unknown
    };

    virtual ~EngineJournal() = default;
    virtual CloudError saveBatch(const BatchSnapshot &batch, const QString &user) = 0;
    virtual CloudError saveTask(const TaskSnapshot &task) = 0; // insert or update
    virtual CloudError saveStage(const TaskSnapshot &task, const StageRecord &record) = 0;
    virtual QList<TaskSnapshot> loadUnfinished() = 0;
    // Leases: a task runs in one process at a time (window, phoenixctl, other workstations on a
    // shared PostgreSQL journal). claim() takes (or extends) it for `runner` unless another
    // runner's lease is still current — by the journal's clock; Unknown when the journal cannot
    // be reached (the task then waits: it never runs unleased). A task the journal has as
    // finished is never taken (Theirs) unless `rerun`: this runner retries it and has not yet
    // journaled that. renewLeases() extends the runner's leases: how many, -1 when the journal
    // could not be reached.
    virtual LeaseAnswer claim(const QString &taskId, const QString &runner, int leaseSeconds, bool rerun = false) = 0;
    virtual int renewLeases(const QString &runner, int leaseSeconds) = 0;
    virtual void releaseLease(const QString &taskId, const QString &runner)
    {
        Q_UNUSED(taskId)
        Q_UNUSED(runner)
    }
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
    int leaseSeconds = 90;          // a task's lease in the journal; renewed every third of it
    int journalRetryMs = 5000;      // a task waiting for an unreachable journal tries again after this
};

// Runs tasks as journaled stage chains on its own QThreadPool. A stage runs on a worker thread
// (with that thread's own RestClient/QNetworkAccessManager) and may wait for its reply there; a
// task waiting for a desktop state does not hold a worker: it is re-queued when the shared
// Inventory's next poll has finished (waitPollMs only as a fallback) and reads its snapshot. Every state change is journaled before and after each
// cloud call, so that on start-up resumeUnfinished() continues where the process stopped, without
// creating a server twice (BUILD looks for the server tagged with the task id first).
// A task runs only on a lease it holds in the journal: every step that may change something in
// the cloud first takes or confirms it; when another process holds it the task is left to that
// process, and when the journal cannot be reached the task waits ("waiting for the database")
// and tries again — it never runs unleased. Journal writes that fail are kept and written before
// the task's next step, and reported through journalError().
// All signals are emitted from worker threads: connect with a context object (queued).
class TaskEngine : public QObject
{
    Q_OBJECT

public:
    TaskEngine(CloudSessionPtr session, Inventory *inventory, EngineJournal *journal, QObject *parent = nullptr);
    ~TaskEngine() override;

    void setSettings(const EngineSettings &settings);
    [[nodiscard]] EngineSettings settings() const;

    // One batch of tasks; returns the batch id at once. With start = true the batch is journaled
    // (and its tasks leased to this engine) on a worker thread before any task runs — the GUI
    // thread never waits for the database. With start = false the tasks are journaled before it
    // returns (Pending) and not run here: resumeUnfinished()/resumeTasks() in this or another
    // process runs them later (phoenixctl --no-wait).
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
    // Loads unfinished tasks from the journal on a worker thread and runs on those no other
    // process holds; emits tasksResumed(count).
    void resumeUnfinished();
    // Runs tasks read from the journal by the caller (blocking: not on the GUI thread): unfinished
    // ones continue at their stage, failed or cancelled ones re-run from their failed stage.
    // Tasks this engine already has, and tasks another process holds a lease on, are left alone.
    // Returns the ids it took on.
    QStringList resumeTasks(const QList<TaskSnapshot> &tasks);
    // This engine's name in the journal's leases (host:pid:random).
    [[nodiscard]] QString runnerId() const { return m_runner; }
    // Lease renewals that reached the journal so far (all tasks at once each time), and tasks this
    // engine had been running when it found another runner holding them.
    [[nodiscard]] int leaseRenewals() const;
    [[nodiscard]] int leasesLost() const;

    [[nodiscard]] std::optional<TaskSnapshot> task(const QString &taskId) const;
    [[nodiscard]] QList<TaskSnapshot> tasksOfBatch(const QString &batchId) const;
    [[nodiscard]] QList<BatchSnapshot> batches() const;
    [[nodiscard]] std::optional<BatchSnapshot> batch(const QString &batchId) const;
    [[nodiscard]] int activeTaskCount() const;


Q_SIGNALS:
    void taskChanged(const TaskSnapshot &task);
    void batchChanged(const BatchSnapshot &batch);
    void batchFinished(const BatchSnapshot &batch);
    void tasksResumed(int count);
    // A journal write or lease check failed: the affected tasks wait and retry; message is plain
    // language for the user (once per outage of a task, not per retry).
    void journalError(const QString &message);

private:
    struct Entry;
    // afterPoll: the step waits on the inventory; it runs once a poll newer than that has finished
    // (PollWaker), delayMs being only the fallback.
    void schedule(const std::shared_ptr<Entry> &entry, int delayMs, std::optional<quint64> afterPoll = {});
    void runStep(const std::shared_ptr<Entry> &entry); // on a worker thread
    // The journal gate before a step: writes what the journal missed, takes or confirms the lease.
    bool readyToRun(const std::shared_ptr<Entry> &entry, bool writes);
    bool takeLease(const std::shared_ptr<Entry> &entry); // false: left to the runner holding it
    CloudError flushUnsaved(const std::shared_ptr<Entry> &entry);
    void waitForJournal(const std::shared_ptr<Entry> &entry, const CloudError &error);
    void leaveToOtherRunner(const std::shared_ptr<Entry> &entry);
    bool journalStarted(const std::shared_ptr<Entry> &entry, TaskSnapshot &snap, bool stageBegins);
    // After a step: the transition (steptransition.h), the journal, the entry.
    void finishStep(const std::shared_ptr<Entry> &entry, TaskSnapshot snapshot, const StepOutcome &outcome,
                    const StageProgress &progress, const QDateTime &startedAt);
    void journalStep(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap, const StepTransition &next);
    void journalFinished(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap);
    void commitStep(const std::shared_ptr<Entry> &entry, const TaskSnapshot &snap, const StageProgress &progress,
                    const StepTransition &next);
    void reportJournalError(const CloudError &error);
    void publish(const TaskSnapshot &snapshot);
    void updateBatch(const QString &batchId);
    BatchSnapshot batchSummaryLocked(const QString &batchId) const;
    void restart(const std::shared_ptr<Entry> &entry); // failed/cancelled → from the failed stage
    std::shared_ptr<Entry> addEntryLocked(const TaskSnapshot &snapshot);
    [[nodiscard]] EngineSettings settingsFor(const TaskSpec &spec) const;

    CloudSessionPtr m_session;
    Inventory *m_inventory = nullptr;
    EngineJournal *m_journal = nullptr;
    QString m_runner;
    LeaseKeeper *m_leases = nullptr;
    PollWaker *m_waker = nullptr; // lives in the engine's thread
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    EngineSettings m_settings;
    QHash<QString, std::shared_ptr<Entry>> m_tasks;
    QHash<QString, BatchSnapshot> m_batches;
    QHash<QString, QString> m_unsavedBatches; // batch id → user: the journal missed the batch row
    QHash<QString, bool> m_finishedAnnounced; // batch id → batchFinished emitted for this run
    std::atomic_int m_leasesLost{0};
};
