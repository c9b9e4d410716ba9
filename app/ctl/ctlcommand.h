#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * One phoenixctl invocation, parsed: what to do, on what, with which options. Parsing is pure
 * (no cloud, no output) so that the task engine can later run the same commands as journaled
 * tasks, and so that it can be tested on its own.
 */
struct CtlCommand
{
    enum class Kind {
        DesktopsList,
        DesktopsShow,
        DesktopsAction, // verb: start, stop, suspend, resume, reboot, rebuild, shelve, unshelve, delete
        ImagesList,
        FlavorsList,
        NetworksList,
        FloatingIpsList,
        FloatingIpsAssign,
        FloatingIpsRelease,
        Limits
    };

    Kind kind = Kind::DesktopsList;
    QString cloud;       // --os-cloud; empty: OS_CLOUD, else the OS_* variables
    bool json = false;   // --json
    // desktops list
    QString role;        // --role teacher|student
    QString course;      // --course C
    bool all = false;    // --all: every server, not only Phoenix desktops
    // desktops show / actions, floating-ips assign / release
    QStringList targets; // names or IDs
    QString verb;
    bool hard = false;   // reboot --hard
    QString image;       // rebuild --image NAME|ID
    bool wait = false;   // --wait
    int timeoutSeconds = 600;
};

struct CtlParseResult
{
    enum class Outcome {
        Run,
        Help,
        Version,
        UsageError
    };
    Outcome outcome = Outcome::UsageError;
    CtlCommand command;
    QString text; // the help, the version, or what is wrong with the command line
};

class CtlCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    // arguments as QCoreApplication::arguments(): the program first.
    static CtlParseResult parse(const QStringList &arguments);
    static QString usage();
    static QStringList actionVerbs();
};
