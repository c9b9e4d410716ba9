#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>
#include <QJsonObject>

struct HostRecord;

/**
 * phoenixctl hosts list|show|disable|enable|drain|evacuate|reset-state (administrators): Nova's
 * compute services with Placement's capacity and the desktops on each host; maintenance
 * (disable with a reason, enable, forced down) and moving desktops off a host as one journaled
 * batch on the task engine. The options are kept in CtlLessonOptions' name → value map.
 */
class CtlHosts
{
    Q_DECLARE_TR_FUNCTIONS(CtlHosts)

public:
    static QList<CtlSubcommand> commands();

    static void list(CtlRunner *runner);
    static void show(CtlRunner *runner);
    static void disable(CtlRunner *runner);
    static void enable(CtlRunner *runner);
    static void drain(CtlRunner *runner);
    static void evacuate(CtlRunner *runner);
    static void resetState(CtlRunner *runner);

    // {"host", "state", "status", "disabled_reason", "forced_down", "health", "reasons", "vcpu", ...}
    static QJsonObject hostJson(const HostRecord &record);
};
