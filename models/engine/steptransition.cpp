#include "models/engine/steptransition.h"

#include "models/engine/stagerunner.h"

#include <QCoreApplication>

StageRecord StepTransition::recordOf(const TaskSnapshot &task, const StepOutcome &outcome, const StageProgress &progress,
                                     const QDateTime &startedAt)
{
    StageRecord record;
    record.index = task.stageIndex;
    record.stage = task.currentStage();
    record.attempt = qMax(1, progress.attempt);
    record.message = outcome.message;
    record.requestId = outcome.requestId;
    record.startedAt = progress.startedAt.isValid() ? progress.startedAt : startedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

StepTransition StepTransition::apply(TaskSnapshot &task, StageProgress &progress, StageRecord &record,
                                     const StepOutcome &outcome, bool cancel, int actionTries)
{
    if (cancel)
        return cancelled(task, record);
    switch (outcome.kind) {
    case StepOutcome::Advance:
        return advanced(task, progress, record, outcome);
    case StepOutcome::Again:
        return again(task, record, outcome);
    case StepOutcome::Retreat:
        return retreated(task, progress, record, outcome, actionTries);
    case StepOutcome::Fail:
    case StepOutcome::Cancelled:
        break;
    }
    return failed(task, record, outcome);
}

StepTransition StepTransition::cancelled(TaskSnapshot &task, StageRecord &record)
{
    record.ok = false;
    record.message = QCoreApplication::translate("TaskEngine", "Cancelled.");
    task.history << record;
    task.state = TaskState::Cancelled;
    task.error = record.message;
    StepTransition next;
    next.finished = true;
    next.stage = record;
    return next;
}

StepTransition StepTransition::advanced(TaskSnapshot &task, StageProgress &progress, StageRecord &record,
                                        const StepOutcome &outcome)
{
    record.ok = true;
    record.warning = outcome.warning;
    task.history << record;
    StepTransition next;
    next.stage = record;
    const StageProgress previous = progress;
    progress = StageProgress();
    progress.pollMark = previous.pollMark; // WAIT trusts only polls after the previous stage's change
    progress.fromStatus = previous.fromStatus;
    progress.skipped = previous.skipped;
    ++task.stageIndex;
    if (task.stageIndex >= task.chain.size()) {
        task.state = TaskState::Done;
        task.error.clear();
        next.finished = true;
    } else {
        task.state = TaskState::Pending;
        next.delay = 0;
    }
    return next;
}

StepTransition StepTransition::again(TaskSnapshot &task, StageRecord &record, const StepOutcome &outcome)
{
    const TaskState state = outcome.waiting ? TaskState::Waiting : TaskState::Running;
    StepTransition next;
    next.journalTask = state != task.state;
    if (!outcome.waiting) {
        // A failed try that will be repeated: keep it in the stage history.
        record.ok = false;
        task.history << record;
        next.stage = record;
        next.journalTask = true;
    }
    task.state = state;
    next.delay = outcome.delayMs;
    next.afterPoll = outcome.afterPoll;
    return next;
}

StepTransition StepTransition::retreated(TaskSnapshot &task, StageProgress &progress, StageRecord &record,
                                         const StepOutcome &outcome, int actionTries)
{
    record.ok = false;
    task.history << record;
    StepTransition next;
    next.stage = record;
    int retreats = 0;
    for (const StageRecord &r : std::as_const(task.history))
        retreats += (r.index == task.stageIndex && !r.ok) ? 1 : 0;
    if (retreats > actionTries || task.stageIndex == 0) {
        task.state = TaskState::Failed;
        task.error = outcome.message;
        next.finished = true;
        return next;
    }
    progress = StageProgress();
    --task.stageIndex;
    task.state = TaskState::Pending;
    next.delay = 0;
    return next;
}

StepTransition StepTransition::failed(TaskSnapshot &task, StageRecord &record, const StepOutcome &outcome)
{
    record.ok = false;
    task.history << record;
    task.state = TaskState::Failed; // never ACTIVE/"finished" on failure
    task.error = outcome.message;
    task.requestId = outcome.requestId;
    StepTransition next;
    next.finished = true;
    next.stage = record;
    return next;
}
