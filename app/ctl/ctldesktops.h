#pragma once

#include "app/ctl/ctlcommand.h"
#include "models/domain/tasktypes.h"

#include <QCoreApplication>

#include <optional>

class CtlRunner;

// phoenixctl's desktop commands: list, show, the power/lifecycle verbs (one batch of journaled
// tasks), floating-ips assign/release (tasks too).
class CtlDesktops
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    // The rows of the desktops and floating-ips operations (and of "desktops create", CtlCreate).
    static QList<CtlSubcommand> commands();

    static void list(CtlRunner *runner);
    static void show(CtlRunner *runner);
    static void console(CtlRunner *runner);
    static void action(CtlRunner *runner);
    static void assignFloatingIp(CtlRunner *runner);
    static void releaseFloatingIp(CtlRunner *runner);

    // "stop" → Stop, "reboot" (+ --hard) → RebootHard, ...; nullopt for an unknown verb.
    static std::optional<TaskKind> taskKind(const QString &verb, bool hard);
    // The floating-ips group's answer to a missing or unknown verb.
    static QString floatingIpsUnknownVerb(const QString &verb);
};
