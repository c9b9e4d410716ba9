#pragma once

#include "models/domain/tasktypes.h"

#include <optional>

struct StageProgress;
struct StepOutcome;

/**
 * What one finished step does to its task — pure, so it is tested without an engine: the stage
 * record, the task's next state, whether and when the next step runs, and what the journal must
 * write. One function per kind of outcome; TaskEngine::finishStep applies the result.
 */
struct StepTransition
{
    int delay = -1;          // -1: no further step
    std::optional<quint64> afterPoll; // the next step waits for an inventory poll (delay: the fallback)
    bool journalTask = true; // write the task row
    bool finished = false;
    std::optional<StageRecord> stage; // a stage result to journal

    // The stage record of a step that began at startedAt (when its stage had not begun before).
    static StageRecord recordOf(const TaskSnapshot &task, const StepOutcome &outcome, const StageProgress &progress,
                                const QDateTime &startedAt);
    // Applies outcome (or a cancel) to task, progress and record. actionTries bounds how often a
    // stage is gone back to (Retreat) before the task fails.
    static StepTransition apply(TaskSnapshot &task, StageProgress &progress, StageRecord &record, const StepOutcome &outcome,
                                bool cancel, int actionTries);

private:
    static StepTransition cancelled(TaskSnapshot &task, StageRecord &record);
    static StepTransition advanced(TaskSnapshot &task, StageProgress &progress, StageRecord &record, const StepOutcome &outcome);
    static StepTransition again(TaskSnapshot &task, StageRecord &record, const StepOutcome &outcome);
    static StepTransition retreated(TaskSnapshot &task, StageProgress &progress, StageRecord &record,
                                    const StepOutcome &outcome, int actionTries);
    static StepTransition failed(TaskSnapshot &task, StageRecord &record, const StepOutcome &outcome);
};
