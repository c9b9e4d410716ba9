#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * One phoenixctl invocation, parsed: what to do, on what, with which options. Parsing is pure
 * (no cloud, no database, no output) so that it can be tested on its own.
 */
struct CtlCommand
{
    enum class Kind {
        DesktopsList,
        DesktopsShow,
        DesktopsAction, // verb: start, stop, suspend, resume, reboot, rebuild, shelve, unshelve, delete
        DesktopsCreate,
        ImagesList,
        FlavorsList,
        NetworksList,
        FloatingIpsList,
        FloatingIpsAssign,
        FloatingIpsRelease,
        Limits,
        TasksList,
        TasksShow,
        TasksRetry,
        TasksCancel,
        TasksResume
    };

    Kind kind = Kind::DesktopsList;
    QString cloud;       // --os-cloud; empty: OS_CLOUD, else the OS_* variables
    bool json = false;   // --json
    // desktops list
    QString role;        // --role teacher|student (list filter; create: the desktops' role)
    QString course;      // --course C
    bool all = false;    // --all: every server, not only Phoenix desktops
    // desktops show / actions, floating-ips assign / release, tasks show/retry/cancel (the ID)
    QStringList targets; // names or IDs
    QString verb;
    bool hard = false;   // reboot --hard
    QString image;       // rebuild --image NAME|ID; create --image
    // Commands that run tasks: by default phoenixctl runs them to their end and prints one line
    // per desktop; --wait adds every stage change; --no-wait only journals the batch and exits.
    bool wait = false;   // --wait
    bool noWait = false; // --no-wait
    int timeoutSeconds = 600; // --timeout: how long a WAIT stage waits for the desktop's state
    QString database;    // --db URL or SQLite file; empty: the settings' database
    int concurrency = 0; // --concurrency N; 0: the settings' value
    int detectTimeoutSeconds = -1; // --detect-timeout S; -1: the settings' value
    // desktops create
    QString nameTemplate; // --name-template
    int count = 0;        // --count
    QString flavor;       // --flavor NAME|ID
    QString network;      // --network NAME|ID
    QString owner;        // --owner (every desktop of the batch)
    QString ownersCsv;    // --owners-csv FILE (one desktop per roster line)
    QString type;         // --type course|static
    bool dryRun = false;  // --dry-run
    // tasks list
    QString batch;        // --batch ID
    QStringList states;   // --state S[,S...]: journal state keys
    int limit = 50;       // --limit N; 0 = all

    [[nodiscard]] bool runsTasks() const;
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
    static QStringList stateKeys(); // what --state accepts besides "unfinished"
};
