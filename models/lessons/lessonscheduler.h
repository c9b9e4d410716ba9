#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/lessonplanner.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <memory>

class EngineJournal;
class Inventory;
class LessonStore;
class RestClient;
class SchedulerLeader;
class TaskEngine;

struct TickOptions
{
    QDateTime now;           // the scheduler's clock (phoenixctl --now); invalid: the real time
    bool dryRun = false;     // schedule plan: derive, send nothing
    int aheadSeconds = 600;  // lead time until the journal has history
    int tickSeconds = 0;     // the time until the next tick (what falls due before it is done now)
    QDateTime from;          // schedule plan: the window of lessons to list (invalid: now .. now + 1 day)
    QDateTime to;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

struct TickReport
{
    bool leader = true;         // false: another scheduler leads; nothing was done
    SchedulePlan plan;
    QStringList batchIds;       // batches submitted to the engine
    QStringList taskIds;
    int writeRequests = 0;      // tasks submitted + metadata updates sent
    int retagged = 0;
    QStringList notes;          // translated: capacity refusals, failed tags, what was repaired
    CloudError error;           // the tick could not run (store, cloud unreachable)
    QDateTime now;
};

/**
 * One scheduler tick: leadership through the store, the timetable from the store, the desktops
 * from the shared Inventory (one listing), the images/flavors/networks/floating IPs from the
 * cloud (reads), then LessonPlanner's plan turned into task batches of the TaskEngine (journaled,
 * resumable) and phoenix:expires updates. A tick whose plan is empty sends no write request.
 * Creates are refused (and said so) when the project's quota cannot hold them.
 * Lives in the thread of the RestClient; the store is read synchronously on that thread
 * (phoenixctl; the window must run it off the GUI thread).
 */
class LessonScheduler : public QObject
{
    Q_OBJECT

public:
    LessonScheduler(LessonStore *store, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                    RestClient *client, const QString &holder, QObject *parent = nullptr);
    ~LessonScheduler() override;

    /** Starts a tick; tickFinished() follows exactly once (asynchronously). */
    void tick(const TickOptions &options);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] SchedulerLeader *leader() const { return m_leader.get(); }

    /** The timetable's occurrences around `now` as the planner sees them (store → Timetable). */
    static Result<QList<Occurrence>> occurrences(LessonStore *store, const QDateTime &from, const QDateTime &to,
                                                 const QTimeZone &zone);

Q_SIGNALS:
    void tickFinished(const TickReport &report);
    // Emitted at once (same thread) after a batch is submitted, before its tasks report anything
    // to this thread: connect to follow its tasks.
    void batchSubmitted(const QString &batchId);

private:
    struct Run;
    void loadCatalog(const std::shared_ptr<Run> &run);
    void waitForInventory(const std::shared_ptr<Run> &run);
    void planAndAct(const std::shared_ptr<Run> &run);
    void checkQuota(const std::shared_ptr<Run> &run);
    void submit(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);

    LessonStore *m_store;
    TaskEngine *m_engine;
    Inventory *m_inventory;
    EngineJournal *m_journal;
    RestClient *m_client;
    std::unique_ptr<SchedulerLeader> m_leader;
    bool m_running = false;
};

Q_DECLARE_METATYPE(TickReport)
