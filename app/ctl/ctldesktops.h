#pragma once

#include <QCoreApplication>

class CtlRunner;

// phoenixctl's desktop commands: list, show, the power/lifecycle verbs, floating-ips assign/release.
class CtlDesktops
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static void list(CtlRunner *runner);
    static void show(CtlRunner *runner);
    static void action(CtlRunner *runner);
    static void assignFloatingIp(CtlRunner *runner);
    static void releaseFloatingIp(CtlRunner *runner);
};
