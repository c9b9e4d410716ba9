#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>

class CtlRunner;

// phoenixctl's read-only inventory commands: images, flavors, networks, floating IPs, limits.
class CtlInventory
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QList<CtlSubcommand> commands(); // the rows of its commands in the command table

    static void images(CtlRunner *runner);
    static void flavors(CtlRunner *runner);
    static void networks(CtlRunner *runner);
    static void floatingIps(CtlRunner *runner);
    static void limits(CtlRunner *runner);
};
