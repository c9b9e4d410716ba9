#pragma once

#include "cloud/cloudsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

class Database;
class EngineJournal;
class Inventory;
class TaskEngine;
class SchedulerWorker;

/** One thing the scheduler will do next, and when ("prepare py-01 at 09:58"). */
struct SchedulerUpcoming
{
    QDateTime at;    // UTC; now (or earlier) for what the last tick started
    QString course;
    QString what;    // translated, e.g. "prepare py-01 (31 desktops)"
    int desktops = 0;
};

/** The scheduler as the window shows it. */
struct SchedulerStatus
{
    enum class Leadership {
        Off,      // switched off in the settings, or not started
        Starting, // started, the first tick has not finished yet
        Leader,   // this window's scheduler acts
        Follower, // another scheduler (workstation, phoenixctl schedule run) leads; this one waits
        Error     // the last tick could not run (database, cloud); see error
    };
    Leadership leadership = Leadership::Off;
    QDateTime lastTick;                // when the last tick finished (UTC); invalid before the first
    QString lastTickSummary;           // translated: "3 tasks started", "nothing to do"
    int lastTickTasks = 0;             // tasks the last tick started
    int lastTickWrites = 0;            // write requests of the last tick (tasks + metadata updates)
    QList<SchedulerUpcoming> upcoming; // soonest first
    QString error;                     // translated; empty when the last tick ran
    QString leaderName;                // who leads when Follower (SQLite: the holder; PostgreSQL: "")

    /** One line for a status bar: "Scheduler: on — next: prepare py-01 at 09:58". */
    [[nodiscard]] QString text() const;
};

/**
 * The lesson scheduler (LessonScheduler) running inside the window while it is open, issue 12.
 *
 * The tick never runs on the GUI thread: a worker object on the service's own QThread owns its
 * own QNetworkAccessManager + RestClient (sharing the session's token, as the engine's workers do),
 * its own LessonStore (the Database gives that thread its own connection) and the
 * SchedulerLeader, which therefore holds its PostgreSQL advisory lock on that connection. It takes
 * leadership exactly as `phoenixctl schedule run` does (same scope, the engine's runner id as
 * holder), so the window and an OS timer never act twice. Tasks go to the window's TaskEngine
 * (submitBatch is thread-safe; its signals reach the window's models queued), so they show in
 * the task panel and are journaled like any other.
 *
 * Signals are emitted on the thread of the service (the GUI thread), except tickStarted().
 * Delete the service before the TaskEngine, Inventory and Database it was given (the destructor
 * stops the thread; a tick in flight is abandoned — the tasks it submitted go on in the engine).
 */
class SchedulerService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalSeconds = 60; // between ticks
        int aheadSeconds = 600;   // lead time until the journal has history
        // The scheduler's clock (tests, the demo); null: the real time. Called on the scheduler's thread.
        std::function<QDateTime()> clock;
    };

    SchedulerService(CloudSessionPtr session, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                     Database *database, QString scope, Options options, QObject *parent = nullptr);
    SchedulerService(CloudSessionPtr session, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                     Database *database, QString scope, QObject *parent = nullptr);
    ~SchedulerService() override;

    /** Starts ticking (the first tick at once). Safe to call again. */
    void start();
    /** Stops ticking and hands over leadership; status() becomes Off. */
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /** A tick as soon as the one in flight (if any) has finished (e.g. after the timetable changed). */
    void tickNow();

    [[nodiscard]] SchedulerStatus status() const { return m_status; }
    [[nodiscard]] int ticks() const { return m_ticks; }
    /** The thread the ticks run on (tests check it is not the GUI thread). */
    [[nodiscard]] QThread *schedulerThread() { return &m_thread; }

Q_SIGNALS:
    void statusChanged(const SchedulerStatus &status);
    void leadershipChanged(SchedulerStatus::Leadership leadership);
    /** After every tick: when it ended and what it did (translated). */
    void tickFinished(const QDateTime &at, const QString &summary);
    void upcomingChanged(const QList<SchedulerUpcoming> &upcoming);
    /** A tick could not run (translated, with the request ID where the cloud answered). */
    void errorOccurred(const QString &message);
    /** Emitted on the scheduler's own thread when a tick begins (connect queued, or check the thread). */
    void tickStarted();

private:
    friend class SchedulerWorker;
    void onReport(const SchedulerStatus &status);
    void setStatus(const SchedulerStatus &status);

    QThread m_thread;
    SchedulerWorker *m_worker = nullptr; // lives in m_thread
    SchedulerStatus m_status;
    bool m_running = false;
    int m_ticks = 0;
};

Q_DECLARE_METATYPE(SchedulerStatus)
Q_DECLARE_METATYPE(SchedulerUpcoming)
