#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>

class CtlRunner;

/**
 * `phoenixctl tasks …`: the task journal of this cloud and project. list and show read it; retry
 * re-runs failed (or cancelled) tasks from their failed stage; cancel marks unfinished tasks that
 * no live process runs as cancelled; resume runs every unfinished task on (e.g. after a crash).
 * IDs may be shortened to a unique prefix.
 */
class CtlTasks
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QList<CtlSubcommand> commands(); // the rows of its commands in the command table

    static void list(CtlRunner *runner);
    static void show(CtlRunner *runner);
    static void retry(CtlRunner *runner);
    static void cancel(CtlRunner *runner);
    static void resume(CtlRunner *runner);
};
