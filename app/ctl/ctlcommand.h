#pragma once

#include "models/domain/desktoprole.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class CtlRunner;
class QCommandLineParser;

// ---- What one parsed command holds: a common part, and what is particular to the command ----

/** Options of every command that runs tasks through the engine. */
struct CtlTaskOptions
{
    // By default phoenixctl runs the tasks to their end and prints one line per desktop;
    // --wait adds every stage change; --no-wait only journals the batch and exits.
    bool wait = false;                // --wait
    bool noWait = false;              // --no-wait
    int timeoutSeconds = 600;         // --timeout: how long a WAIT stage waits for the desktop's state
    int concurrency = 0;              // --concurrency N; 0: the settings' value
    int detectTimeoutSeconds = -1;    // --detect-timeout S; -1: the settings' value
};

/** desktops list */
struct CtlDesktopListOptions
{
    std::optional<DesktopRole> role; // --role teacher|student
    QString course;   // --course C
    bool all = false; // --all: every server, not only Phoenix desktops
};

/** desktops start|stop|…|delete */
struct CtlDesktopActionOptions
{
    QString verb;      // start, stop, suspend, resume, reboot, rebuild, shelve, unshelve, delete
    bool hard = false; // reboot --hard
    QString image;     // rebuild --image NAME|ID
};

/** desktops create */
struct CtlCreateOptions
{
    DesktopRole role = DesktopRole::Student; // --role
    QString course;       // --course
    QString image;        // --image NAME|ID
    QString nameTemplate; // --name-template
    int count = 0;        // --count
    QString flavor;       // --flavor NAME|ID
    QString network;      // --network NAME|ID
    QString owner;        // --owner (every desktop of the batch)
    QString ownersCsv;    // --owners-csv FILE (one desktop per roster line)
    QString type;         // --type course|static
    bool dryRun = false;  // --dry-run
};

/** my-desktop list|open|suspend (issue 14) */
struct CtlMyDesktopOptions
{
    QString verb;          // list, open, suspend
    bool noLaunch = false; // --no-launch: open → ready, print the address, start no client
};

/** tasks list */
struct CtlTaskListOptions
{
    QString batch;      // --batch ID
    QStringList states; // --state S[,S...]: journal state keys
    int limit = 50;     // --limit N; 0 = all
};

/** courses, classrooms, periods, lessons, calendar, schedule (app/ctl/ctllessonscommand.h) */
struct CtlLessonOptions
{
    QString group;                    // "courses"
    QString verb;                     // "create", "roster import", "holiday add"
    QMap<QString, QString> options;   // the options given: name → value ("1" for a flag)

    [[nodiscard]] bool has(const char *name) const { return options.contains(QString::fromLatin1(name)); }
    [[nodiscard]] QString value(const char *name) const { return options.value(QString::fromLatin1(name)); }
};

// A command with nothing of its own holds std::monostate. A new command with options of its own
// adds its struct here.
using CtlCommandOptions =
    std::variant<std::monostate, CtlDesktopListOptions, CtlDesktopActionOptions, CtlCreateOptions, CtlTaskListOptions,
                 CtlLessonOptions, CtlMyDesktopOptions>;

using CtlHandler = void (*)(CtlRunner *runner);

/**
 * One phoenixctl invocation, parsed: which command (a row of the command table), on what, with
 * which options. Parsing is pure (no cloud, no database, no output) so that it can be tested on
 * its own.
 */
struct CtlCommand
{
    QString name;               // the table row's name: "desktops list", "limits"
    CtlHandler run = nullptr;   // what runs it
    QString cloud;              // --os-cloud; empty: OS_CLOUD, else the OS_* variables
    bool json = false;          // --json
    bool requireTls = false;    // --require-tls: refuse plain http:// auth URLs and endpoints
    QStringList targets;        // names or IDs after the command
    QString database;           // --db URL or SQLite file; empty: the settings' database
    std::optional<CtlTaskOptions> tasks; // set for the commands that run tasks
    CtlCommandOptions options;  // what only this command has

    [[nodiscard]] bool runsTasks() const { return tasks.has_value(); }
    // The command's own options; asking a command for another command's options is a bug.
    template<typename T>
    [[nodiscard]] const T &get() const
    {
        return std::get<T>(options);
    }
};

// ---- The command table ----

/** An option a command accepts: --name, or --name VALUE when valueName is set. */
struct CtlOption
{
    CtlOption(const char *optionName, const char *value = nullptr)
        : name(QString::fromLatin1(optionName))
        , valueName(value ? QString::fromLatin1(value) : QString())
    {
    }
    QString name;
    QString valueName;
};

/** The parsed command line as a command's reader sees it. */
class CtlArgs
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    explicit CtlArgs(const QCommandLineParser &parser);

    [[nodiscard]] bool isSet(const char *name) const;
    [[nodiscard]] QString value(const char *name) const;
    // --name as a whole number of at least minimum: false when it is given and is not one;
    // *out is left alone when the option is not given.
    [[nodiscard]] bool number(const char *name, int *out, int minimum) const;

    // Shared readers; each returns the usage error, or an empty string.
    [[nodiscard]] QString taskOptions(std::optional<CtlTaskOptions> *out) const; // --wait … --detect-timeout
    [[nodiscard]] QString role(std::optional<DesktopRole> *out) const;            // --role teacher|student

private:
    const QCommandLineParser &m_parser;
};

/**
 * A row of phoenixctl's command table: its words, what follows them, its options, how they are
 * read, what runs it and its help. Each command file offers the rows of its commands
 * (CtlDesktops::commands(), CtlTasks::commands(), …); CtlCommandLine::table() lists the files.
 * A row with an empty group is a note of the help only.
 */
struct CtlSubcommand
{
    enum class Targets {
        None,     // nothing may follow the command
        One,      // exactly one name or ID
        OneOrMore, // at least one
        ZeroOrOne  // at most one
    };

    CtlSubcommand() = default;
    CtlSubcommand(QString group, QString verb, Targets targets, QString targetsError);

    QString group;            // the first word: "desktops"
    QString verb;             // the second: "list"; empty when the group alone is the command ("limits")
    Targets targets = Targets::None;
    QString targetsError;     // what to say when the words after the command do not fit `targets`
    QList<CtlOption> options; // what it accepts besides --os-cloud and --json
    // Reads the command's own options into the command; returns the usage error or an empty string.
    std::function<QString(const CtlArgs &args, CtlCommand &command)> read;
    CtlHandler run = nullptr;
    // What to say when the group is given with a missing or unknown verb (the group's first row
    // decides for the group).
    std::function<QString(const QString &verb)> unknownVerb;
    QString section;          // help: the heading it stands under
    QString help;             // help: its lines, each ending in a newline (empty: a neighbour's line covers it)

    [[nodiscard]] QString name() const; // "desktops list"
    // The options of the commands that run tasks (--no-wait where the command can only journal).
    static QList<CtlOption> taskOptions(bool noWait);
    // A note in the help's section, no command.
    static CtlSubcommand note(const QString &section, const QString &help);
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
    // Every command phoenixctl knows, in the help's order.
    static QList<CtlSubcommand> table();
    static QStringList actionVerbs();
    static QStringList stateKeys(); // what --state accepts besides "unfinished"

    // The help's sections shared by several command files.
    static QString inventorySection();
    static QString operationsSection();
    static QString tasksSection();
};
