#pragma once

#include <QCoreApplication>

class CtlRunner;

/**
 * phoenixctl's lesson and scheduler commands: lessons add|list|delete (conflicts and capacity
 * audit on save), courses start|stop|extend|supply (a lesson or a change of the current one,
 * audited), schedule plan (sends nothing), schedule run [--once] (one tick, or one every
 * --interval seconds; --once waits for the tasks it started) and schedule status.
 */
class CtlSchedule
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static void run(CtlRunner *runner);
};
