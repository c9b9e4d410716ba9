#pragma once

#include <QCoreApplication>
#include <QStringList>

class CtlRunner;

/**
 * `phoenixctl schedule install|uninstall`: runs "phoenixctl schedule run --once" every minute
 * from the OS — a systemd user timer, else a crontab line; on Windows a Task Scheduler task
 * (schtasks). The texts are pure functions (unit-tested); install/uninstall write them and call
 * systemctl / crontab / schtasks asynchronously.
 */
class CtlScheduleInstall
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static constexpr auto Name = "phoenix-scheduler";

    /** The command the OS runs: the program and its arguments (cloud, database, --once). */
    static QStringList tickCommand(const QString &program, const QString &cloud, const QString &database);
    /** Quotes one argument for a systemd ExecStart= line or a POSIX shell (crontab). */
    static QString shellQuote(const QString &argument);
    static QString windowsQuote(const QString &argument);
    static QString systemdService(const QStringList &command);
    static QString systemdTimer(int intervalSeconds);
    static QString crontabLine(const QStringList &command);
    /** The crontab with Phoenix's line replaced (or removed when `line` is empty). */
    static QString crontabWith(const QString &current, const QString &line);
    /** schtasks.exe arguments that create (or replace) the task: every minute, as the user. */
    static QStringList schtasksCreate(const QStringList &command);
    static QStringList schtasksDelete();

    static void install(CtlRunner *runner);
    static void uninstall(CtlRunner *runner);
};
