#pragma once

#include "models/domain/tasktypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/**
 * How a task or a batch ended, as the window shows it: each outcome with its own icon and colour
 * (never colour alone), so that a finished batch never wears the "running" look, a cancelled one
 * is not a failure and a warning is not a plain success. Pure; no widgets.
 */
class TaskOutcome
{
    Q_DECLARE_TR_FUNCTIONS(TaskOutcome)

public:
    enum Kind {
        Running,          // queued, running or waiting
        Done,
        DoneWithWarnings, // done, but a stage warned (DETECT: not reachable)
        Failed,
        Cancelled
    };

    static Kind of(const TaskSnapshot &task);
    /** A batch: failures first, then cancellations, then warnings. */
    static Kind of(const BatchSnapshot &batch);
    static QString iconPath(Kind kind);
    static QColor color(Kind kind);
};
