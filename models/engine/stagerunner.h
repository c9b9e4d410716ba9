#pragma once

#include "models/engine/taskengine.h"
#include "models/domain/tasktypes.h"

#include <functional>
#include <optional>

class Inventory;
class WorkerContext;

// Where a task is within its current stage; kept by the engine between steps.
struct StageProgress
{
    int attempt = 0;           // tries of the current action stage so far
    QDateTime startedAt;       // when the current stage began (first step)
    quint64 pollMark = 0;      // Inventory::changeMark() when the stage's change was made
    bool skipped = false;      // the action was not sent: the snapshot showed the target state already
    QString fromStatus;        // the server's status before the action (WAIT spots a lost action)
    QString floatingIpId;      // FLOATING: created, maybe not yet associated
    QString createdImageId;    // SNAPSHOT → WAIT_IMAGE
};

// What one step of a stage decided.
struct StepOutcome
{
    enum Kind {
        Advance,   // stage done; go to the next
        Again,     // run this stage again after delayMs (waiting, or a retry of a failed try)
        Fail,      // the task fails here
        Cancelled,
        Retreat    // the previous stage did not take effect: run it again
    };
    Kind kind = Advance;
    int delayMs = 0;
    bool waiting = false; // Again because we wait for a state, not because a try failed
    bool warning = false; // Advance with a warning (message says why)
    QString message;      // error or note, plain language
    QString requestId;
    bool recheckLease = false; // the lease (or the journal) failed a check inside the step: re-check before the next
    // Waiting on the shared inventory: run again when a poll newer than the afterPoll-th has
    // finished (PollWaker), delayMs being only the fallback.
    std::optional<quint64> afterPoll;

    static StepOutcome advance(const QString &note = {}) { return {Advance, 0, false, false, note, {}, false, {}}; }
    static StepOutcome wait(int ms) { return {Again, ms, true, false, {}, {}, false, {}}; }
    static StepOutcome waitForPoll(quint64 seenPolls, int fallbackMs)
    {
        StepOutcome o = wait(fallbackMs);
        o.afterPoll = seenPolls;
        return o;
    }
    static StepOutcome fail(const QString &message, const QString &requestId = {})
    {
        return {Fail, 0, false, false, message, requestId, false, {}};
    }
    static StepOutcome failed(const CloudError &e) { return {Fail, 0, false, false, e.userMessage(), e.requestId(), false, {}}; }
};

// What the engine lends a step: whether the task's lease is still this runner's (asked right
// before a cloud write that a second runner must not repeat), and a journal write of the task
// (false when it failed: the write that needed it is then not sent).
struct StageHooks
{
    std::function<bool()> leaseHeld;
    std::function<bool(const TaskSnapshot &)> persist;
};

// Runs one step of a task's current stage on the calling worker thread. May wait there for its
// cloud replies (never on the GUI thread). Stateless apart from what it is handed.
class StageRunner
{
    Q_DECLARE_TR_FUNCTIONS(StageRunner)

public:
    StageRunner(WorkerContext &context, Inventory *inventory, const EngineSettings &settings, StageHooks hooks = {});

    StepOutcome run(TaskSnapshot &task, StageProgress &progress);

    // The status a kind's WAIT stage waits for ("" = gone).
    static QStringList targetStatuses(TaskKind kind);
    // The Nova action of a kind's ACTION stage.
    static ServerAction actionOf(TaskKind kind);
    // OpenDesktop: the action that brings a desktop in this status to ACTIVE (SUSPENDED → resume,
    // SHUTOFF → start, SHELVED(_OFFLOADED) → unshelve, PAUSED → unpause); nullopt for ACTIVE
    // and for states no action leaves (ERROR, BUILD, ...).
    static std::optional<ServerAction> openActionFor(const QString &status);
    // The servers carrying this task's id, oldest first (by creation, then id): every runner of a
    // task orders them alike, so all keep the same one (the first) and remove the others.
    static QList<Server> serversOfTask(const QList<Server> &servers, const QString &taskId);

private:
    StepOutcome build(TaskSnapshot &task, StageProgress &progress);
    StepOutcome action(TaskSnapshot &task, StageProgress &progress, TaskKind kind);
    StepOutcome waitState(TaskSnapshot &task, StageProgress &progress);
    StepOutcome removeTwins(TaskSnapshot &task);
    // Reboot/rebuild after a crash or a lost reply: whether Nova accepted this task's action already.
    std::optional<StepOutcome> actionAlreadyAccepted(TaskSnapshot &task, StageProgress &progress, ServerAction action);
    StepOutcome floating(TaskSnapshot &task, StageProgress &progress);
    StepOutcome disassociate(TaskSnapshot &task);
    StepOutcome deleteServer(TaskSnapshot &task, StageProgress &progress);
    StepOutcome detect(TaskSnapshot &task, StageProgress &progress);
    StepOutcome snapshot(TaskSnapshot &task, StageProgress &progress);
    StepOutcome waitImage(TaskSnapshot &task, StageProgress &progress);
    StepOutcome retryOrFail(const CloudError &error, StageProgress &progress);
    [[nodiscard]] bool timedOut(const StageProgress &progress, int seconds) const;

    WorkerContext &m_context;
    Inventory *m_inventory;
    EngineSettings m_settings;
    StageHooks m_hooks;
};
