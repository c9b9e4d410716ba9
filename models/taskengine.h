#pragma once

#include "cloudsession.h"
#include "tasktypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

class Database;
class Inventory;
class TaskJournal;
class AuditLog;
class TaskRunnable;

struct EngineSettings
{
    int concurrency = 8;
    int actionTries = 3;            // per action stage
    int actionRetryDelayMs = 10000; // seed default: 10 s apart
    int waitTimeoutSeconds = 600;
    int imageWaitTimeoutSeconds = 1800;
    int waitPollMs = 3000;          // a waiting task is re-queued after this
    int detectPort = 3389;
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
    TaskEngine(CloudSessionPtr session, Inventory *inventory, Database *database, QObject *parent = nullptr);
    ~TaskEngine() override;

    void setSettings(const EngineSettings &settings);
    [[nodiscard]] EngineSettings settings() const;

    // One batch of tasks; returns the batch id. Journaled before it returns.
    QString submitBatch(const QString &title, TaskKind kind, const QList<TaskSpec> &specs);
    QString submit(const TaskSpec &spec); // a batch of one

    void cancelTask(const QString &taskId);
    void cancelBatch(const QString &batchId);
    // Re-runs the failed (and cancelled) tasks of a batch from their failed stage.
    int retryFailed(const QString &batchId);
    bool rerunFromFailedStage(const QString &taskId);
    // Loads unfinished tasks from the journal and runs them on; returns how many.
    int resumeUnfinished();

    [[nodiscard]] std::optional<TaskSnapshot> task(const QString &taskId) const;
    [[nodiscard]] QList<TaskSnapshot> tasksOfBatch(const QString &batchId) const;
    [[nodiscard]] QList<BatchSnapshot> batches() const;
    [[nodiscard]] std::optional<BatchSnapshot> batch(const QString &batchId) const;
    [[nodiscard]] int activeTaskCount() const;

    // Blocks the calling (non-GUI) thread until every task finished: for phoenixctl and tests' worker threads.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void taskChanged(const TaskSnapshot &task);
    void batchChanged(const BatchSnapshot &batch);
    void batchFinished(const BatchSnapshot &batch);

private:
    friend class TaskRunnable;
    struct Entry;
    void schedule(const QString &taskId, int delayMs);
    void runStep(const QString &taskId); // on a worker thread
    void publish(const TaskSnapshot &snapshot);
    BatchSnapshot batchSummaryLocked(const QString &batchId) const;

    CloudSessionPtr m_session;
    Inventory *m_inventory = nullptr;
    Database *m_database = nullptr;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    EngineSettings m_settings;
    QHash<QString, std::shared_ptr<Entry>> m_tasks;
    QHash<QString, BatchSnapshot> m_batches;
};
