#pragma once

// TaskEngine's private parts shared by taskengine.cpp (submitting, running and journaling steps)
// and taskenginecontrol.cpp (cancel, retry, resume and the snapshots).

#include "models/engine/stagerunner.h"
#include "models/engine/taskengine.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

struct TaskEngine::Entry
{
    TaskSnapshot snap;        // guarded by TaskEngine::m_mutex (as every field below but cancel)
    StageProgress progress;
    quint64 ticket = 0;       // a scheduled step runs only if its ticket is still current
    bool journaled = true;    // false until submitBatch's journal job has written it
    bool inJournal = true;    // false while the journal has no row for it (its first write failed)
    bool unsaved = false;     // the journal missed a write of snap: written before the next step
    QList<StageRecord> unsavedStages; // stage results the journal missed, in order
    bool mustClaim = true;    // take or confirm the lease before the next step, whatever its stage
    bool waitingForJournal = false;
    std::atomic_bool cancel{false};
};

namespace TaskEnginePrivate
{
inline QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// A failed or cancelled task runs again from the stage it stopped at, except a create that
// failed waiting (the build went into ERROR): it starts again from BUILD, which removes the
// failed server first.
inline void rewindForRerun(TaskSnapshot &task)
{
    if (task.spec.kind == TaskKind::Create && task.currentStage() == Stage::Wait)
        task.stageIndex = 0;
}
} // namespace TaskEnginePrivate
