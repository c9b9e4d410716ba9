#pragma once

#include "models/engine/stagerunner.h"

class HostsApi;

/**
 * The stages of the move kinds (LiveMigrate, ColdMigrate, Evacuate), on a worker thread like
 * every stage. Never moves one desktop twice: MIGRATE reads the server from Nova before sending,
 * and a desktop that is no longer on the task's source host (moved by an earlier run that died
 * before journaling it, or by somebody else), or busy with a move, is not sent again. WAIT_MOVED
 * reads the shared inventory; a cold migration waiting in VERIFY_RESIZE is confirmed there; a
 * move that Nova rolled back is reported with the migration's status.
 */
class MigrationStages
{
    Q_DECLARE_TR_FUNCTIONS(MigrationStages)

public:
    MigrationStages(WorkerContext &context, Inventory *inventory, const EngineSettings &settings, const StageHooks &hooks);

    StepOutcome migrate(TaskSnapshot &task, StageProgress &progress);
    StepOutcome waitMoved(TaskSnapshot &task, StageProgress &progress);

    // What MIGRATE does with a server in this state (pure; tested): the move to send, or why not.
    enum class Move {
        Live,
        Cold,
        Evacuate,
        AlreadyMoved, // no longer on the source host
        Busy,         // a task state: wait for it
        Confirm,      // VERIFY_RESIZE: the wait stage confirms
        Refuse
    };
    static Move decide(TaskKind kind, const Server &server, const QString &sourceHost, QString *why = nullptr);

private:
    StepOutcome retryOrFail(const CloudError &error, StageProgress &progress) const;
    [[nodiscard]] bool timedOut(const StageProgress &progress, int seconds) const;

    WorkerContext &m_context;
    Inventory *m_inventory;
    EngineSettings m_settings;
    const StageHooks &m_hooks;
};
