#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>

class CtlRunner;

/**
 * phoenixctl my-desktop list|open|suspend (issue 14): the teacher's own desktops (phoenix:owner =
 * their Keystone user), "Open my desktop" as one journaled task (resume / start / unshelve →
 * WAIT(ACTIVE) → address → DETECT) and the launch of the remote-desktop client. Prints the
 * address it connects to on a line of its own (or in --json).
 */
class CtlMyDesktop
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QList<CtlSubcommand> commands();

    static void list(CtlRunner *runner);
    static void open(CtlRunner *runner);
    static void suspend(CtlRunner *runner);
};
