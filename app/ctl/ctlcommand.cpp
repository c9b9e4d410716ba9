#include "app/ctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QHash>

namespace
{
QCommandLineOption valued(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

QCommandLineOption flag(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

// Every option phoenixctl knows; which command takes which is decided after parsing.
struct Options
{
    QCommandLineOption cloud = valued("os-cloud", "name");
    QCommandLineOption json = flag("json");
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version = flag("version");
    QList<QCommandLineOption> specific{
        valued("role", "role"),          flag("all"),
        valued("course", "course"),      flag("hard"),
        valued("image", "image"),        flag("wait"),
        flag("no-wait"),                 valued("timeout", "seconds"),
        valued("db", "url"),             valued("concurrency", "n"),
        valued("detect-timeout", "seconds"),
        valued("name-template", "template"), valued("count", "n"),
        valued("flavor", "flavor"),      valued("network", "network"),
        valued("owner", "owner"),        valued("owners-csv", "file"),
        valued("type", "type"),          flag("dry-run"),
        valued("batch", "id"),           valued("state", "state"),
        valued("limit", "n"),
    };

    QList<QCommandLineOption> list() const { return QList<QCommandLineOption>{cloud, json, help, version} + specific; }
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

// Options of the commands that run tasks through the engine.
QStringList engineOptions()
{
    return names({"wait", "timeout", "db", "concurrency", "detect-timeout"});
}

bool positiveInt(const QString &text, int *out, int minimum = 1)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return false;
    *out = v;
    return true;
}
} // namespace

bool CtlCommand::runsTasks() const
{
    switch (kind) {
    case Kind::DesktopsAction:
    case Kind::DesktopsCreate:
    case Kind::FloatingIpsAssign:
    case Kind::FloatingIpsRelease:
    case Kind::TasksRetry:
    case Kind::TasksResume:
        return true;
    default:
        return false;
    }
}

QStringList CtlCommandLine::actionVerbs()
{
    return {QStringLiteral("start"),   QStringLiteral("stop"),    QStringLiteral("suspend"),
            QStringLiteral("resume"),  QStringLiteral("reboot"),  QStringLiteral("rebuild"),
            QStringLiteral("shelve"),  QStringLiteral("unshelve"), QStringLiteral("delete")};
}

QStringList CtlCommandLine::stateKeys()
{
    return {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("waiting"),
            QStringLiteral("done"),    QStringLiteral("failed"),  QStringLiteral("cancelled")};
}

QString CtlCommandLine::usage()
{
    return tr("Usage: phoenixctl [--os-cloud NAME] COMMAND [options]\n"
              "\n"
              "Desktops and inventory:\n"
              "  desktops list [--role teacher|student] [--course C] [--all] [--json]\n"
              "  desktops show NAME|ID [--json]\n"
              "  images list | flavors list | networks list | floating-ips list | limits   [--json]\n"
              "\n"
              "Operations (run as journaled tasks of one batch):\n"
              "  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...\n"
              "  desktops reboot [--hard] NAME|ID...\n"
              "  desktops rebuild [--image NAME|ID] NAME|ID...\n"
              "  desktops create --name-template T --count N | --owners-csv FILE\n"
              "                  --image I --flavor F --network NET [--role teacher|student]\n"
              "                  [--owner O] [--course C] [--type course|static] [--dry-run]\n"
              "  floating-ips assign DESKTOP | floating-ips release DESKTOP\n"
              "    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]\n"
              "            [--detect-timeout S] [--json]\n"
              "    Runs the tasks to their end and prints a line per desktop; --wait also prints\n"
              "    every stage; --no-wait only journals the batch (\"tasks resume\" runs it).\n"
              "    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.\n"
              "\n"
              "Tasks (the journal in the Phoenix database, this cloud and project only):\n"
              "  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]\n"
              "  tasks show ID [--json]          a task (stage results) or a batch\n"
              "  tasks retry ID [--wait]         a failed task from its failed stage, or a batch's failed ones\n"
              "  tasks cancel ID                 a task or batch that no running process runs\n"
              "  tasks resume [--wait]           unfinished tasks, e.g. after a crash\n"
              "  IDs may be shortened to a unique prefix (as \"tasks list\" shows them).\n"
              "\n"
              "The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is\n"
              "searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).\n"
              "The database is --db (sqlite:FILE, a file path, or postgresql://user@host/db with\n"
              "PGPASSWORD), else the one in Phoenix's settings, else the user's SQLite file.\n"
              "Exit status: 0 success, 1 an operation or task failed, 2 the command line is wrong.\n");
}

CtlParseResult CtlCommandLine::parse(const QStringList &arguments)
{
    CtlParseResult result;
    auto usageError = [&result](const QString &why) {
        result.outcome = CtlParseResult::Outcome::UsageError;
        result.text = why;
        return result;
    };
    const Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.list());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(o.help)) {
        result.outcome = CtlParseResult::Outcome::Help;
        result.text = usage();
        return result;
    }
    if (parser.isSet(o.version)) {
        result.outcome = CtlParseResult::Outcome::Version;
        result.text = QStringLiteral("phoenixctl %1").arg(QStringLiteral(PHOENIX_VERSION));
        return result;
    }

    CtlCommand &c = result.command;
    c.cloud = parser.value(o.cloud);
    c.json = parser.isSet(o.json);
    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(tr("No command given."));
    const QString group = words.takeFirst();
    const QString verb = words.isEmpty() ? QString() : words.takeFirst();
    QStringList allowed; // options this command accepts besides --os-cloud and --json

    if (group == QLatin1String("desktops")) {
        if (verb == QLatin1String("list")) {
            c.kind = CtlCommand::Kind::DesktopsList;
            allowed = names({"role", "course", "all"});
            if (!words.isEmpty())
                return usageError(tr("\"desktops list\" takes no names; use --role or --course to filter."));
        } else if (verb == QLatin1String("show")) {
            c.kind = CtlCommand::Kind::DesktopsShow;
            if (words.size() != 1)
                return usageError(tr("\"desktops show\" needs exactly one desktop name or ID."));
        } else if (verb == QLatin1String("create")) {
            c.kind = CtlCommand::Kind::DesktopsCreate;
            allowed = engineOptions()
                + names({"no-wait", "name-template", "count", "image", "flavor", "network", "role", "owner", "owners-csv",
                         "course", "type", "dry-run"});
            if (!words.isEmpty())
                return usageError(tr("\"desktops create\" takes no names; give --name-template and --count or --owners-csv."));
        } else if (actionVerbs().contains(verb)) {
            c.kind = CtlCommand::Kind::DesktopsAction;
            c.verb = verb;
            allowed = engineOptions() + names({"no-wait"});
            if (verb == QLatin1String("reboot"))
                allowed << QStringLiteral("hard");
            if (verb == QLatin1String("rebuild"))
                allowed << QStringLiteral("image");
            if (words.isEmpty())
                return usageError(tr("\"desktops %1\" needs at least one desktop name or ID.").arg(verb));
        } else {
            return usageError(verb.isEmpty() ? tr("\"desktops\" needs a subcommand: list, show, create, %1.")
                                                   .arg(actionVerbs().join(QStringLiteral(", ")))
                                             : tr("Unknown desktops command \"%1\".").arg(verb));
        }
    } else if (group == QLatin1String("images") || group == QLatin1String("flavors") || group == QLatin1String("networks")) {
        if (verb != QLatin1String("list"))
            return usageError(tr("Use \"%1 list\".").arg(group));
        c.kind = group == QLatin1String("images")    ? CtlCommand::Kind::ImagesList
               : group == QLatin1String("flavors") ? CtlCommand::Kind::FlavorsList
                                                     : CtlCommand::Kind::NetworksList;
        if (!words.isEmpty())
            return usageError(tr("\"%1 list\" takes no further arguments.").arg(group));
    } else if (group == QLatin1String("floating-ips")) {
        if (verb == QLatin1String("list")) {
            c.kind = CtlCommand::Kind::FloatingIpsList;
            if (!words.isEmpty())
                return usageError(tr("\"floating-ips list\" takes no further arguments."));
        } else if (verb == QLatin1String("assign") || verb == QLatin1String("release")) {
            c.kind = verb == QLatin1String("assign") ? CtlCommand::Kind::FloatingIpsAssign
                                                     : CtlCommand::Kind::FloatingIpsRelease;
            allowed = engineOptions();
            if (words.size() != 1)
                return usageError(tr("\"floating-ips %1\" needs exactly one desktop name or ID.").arg(verb));
        } else {
            return usageError(tr("Use \"floating-ips list\", \"floating-ips assign DESKTOP\" or \"floating-ips release DESKTOP\"."));
        }
    } else if (group == QLatin1String("limits")) {
        c.kind = CtlCommand::Kind::Limits;
        if (!verb.isEmpty())
            return usageError(tr("\"limits\" takes no further arguments."));
    } else if (group == QLatin1String("tasks")) {
        static const QHash<QString, CtlCommand::Kind> kinds{{QStringLiteral("list"), CtlCommand::Kind::TasksList},
                                                            {QStringLiteral("show"), CtlCommand::Kind::TasksShow},
                                                            {QStringLiteral("retry"), CtlCommand::Kind::TasksRetry},
                                                            {QStringLiteral("cancel"), CtlCommand::Kind::TasksCancel},
                                                            {QStringLiteral("resume"), CtlCommand::Kind::TasksResume}};
        if (!kinds.contains(verb)) {
            return usageError(verb.isEmpty() ? tr("\"tasks\" needs a subcommand: list, show, retry, cancel, resume.")
                                             : tr("Unknown tasks command \"%1\".").arg(verb));
        }
        c.kind = kinds.value(verb);
        switch (c.kind) {
        case CtlCommand::Kind::TasksList:
            allowed = names({"db", "batch", "state", "limit"});
            if (!words.isEmpty())
                return usageError(tr("\"tasks list\" takes no IDs; use --batch or --state to filter."));
            break;
        case CtlCommand::Kind::TasksResume:
            allowed = engineOptions();
            if (!words.isEmpty())
                return usageError(tr("\"tasks resume\" takes no IDs: it continues every unfinished task."));
            break;
        case CtlCommand::Kind::TasksRetry:
            allowed = engineOptions();
            if (words.size() != 1)
                return usageError(tr("\"tasks %1\" needs exactly one task or batch ID.").arg(verb));
            break;
        default: // show, cancel
            allowed = names({"db"});
            if (words.size() != 1)
                return usageError(tr("\"tasks %1\" needs exactly one task or batch ID.").arg(verb));
            break;
        }
    } else {
        return usageError(tr("Unknown command \"%1\".").arg(group));
    }
    c.targets = words;

    // Options that do not belong to the command are mistakes, not silently ignored.
    for (const QCommandLineOption &option : o.specific) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name) && !allowed.contains(name))
            return usageError(tr("--%1 does not apply to this command.").arg(name));
    }
    c.role = parser.value(QStringLiteral("role"));
    if (!c.role.isEmpty() && c.role != QLatin1String("teacher") && c.role != QLatin1String("student"))
        return usageError(tr("--role must be teacher or student."));
    c.course = parser.value(QStringLiteral("course"));
    c.all = parser.isSet(QStringLiteral("all"));
    c.hard = parser.isSet(QStringLiteral("hard"));
    c.image = parser.value(QStringLiteral("image"));
    c.wait = parser.isSet(QStringLiteral("wait"));
    c.noWait = parser.isSet(QStringLiteral("no-wait"));
    if (c.wait && c.noWait)
        return usageError(tr("--wait and --no-wait exclude each other."));
    if (parser.isSet(QStringLiteral("timeout")) && !positiveInt(parser.value(QStringLiteral("timeout")), &c.timeoutSeconds))
        return usageError(tr("--timeout needs a number of seconds."));
    c.database = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("concurrency"))
        && (!positiveInt(parser.value(QStringLiteral("concurrency")), &c.concurrency) || c.concurrency > 64))
        return usageError(tr("--concurrency needs a number from 1 to 64."));
    if (parser.isSet(QStringLiteral("detect-timeout"))
        && !positiveInt(parser.value(QStringLiteral("detect-timeout")), &c.detectTimeoutSeconds, 0))
        return usageError(tr("--detect-timeout needs a number of seconds (0: check once)."));
    if (parser.isSet(QStringLiteral("limit")) && !positiveInt(parser.value(QStringLiteral("limit")), &c.limit, 0))
        return usageError(tr("--limit needs a number (0: all)."));
    c.batch = parser.value(QStringLiteral("batch"));
    if (parser.isSet(QStringLiteral("state"))) {
        for (const QString &s : parser.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = s.trimmed().toLower();
            if (key == QLatin1String("unfinished"))
                c.states << QStringLiteral("pending") << QStringLiteral("running") << QStringLiteral("waiting");
            else if (stateKeys().contains(key))
                c.states << key;
            else
                return usageError(tr("--state takes %1 or unfinished.").arg(stateKeys().join(QStringLiteral(", "))));
        }
        if (c.states.isEmpty())
            return usageError(tr("--state needs a state."));
    }

    if (c.kind == CtlCommand::Kind::DesktopsCreate) {
        c.nameTemplate = parser.value(QStringLiteral("name-template"));
        c.flavor = parser.value(QStringLiteral("flavor"));
        c.network = parser.value(QStringLiteral("network"));
        c.owner = parser.value(QStringLiteral("owner"));
        c.ownersCsv = parser.value(QStringLiteral("owners-csv"));
        c.type = parser.value(QStringLiteral("type"));
        c.dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (c.nameTemplate.isEmpty())
            return usageError(tr("\"desktops create\" needs --name-template, e.g. \"lab-{n:02}\"."));
        if (c.image.isEmpty() || c.flavor.isEmpty() || c.network.isEmpty())
            return usageError(tr("\"desktops create\" needs --image, --flavor and --network."));
        const bool hasCount = parser.isSet(QStringLiteral("count"));
        if (hasCount == !c.ownersCsv.isEmpty())
            return usageError(tr("\"desktops create\" needs either --count N or --owners-csv FILE."));
        if (hasCount && (!positiveInt(parser.value(QStringLiteral("count")), &c.count) || c.count > 1000))
            return usageError(tr("--count needs a number from 1 to 1000."));
        if (!c.owner.isEmpty() && !c.ownersCsv.isEmpty())
            return usageError(tr("--owner and --owners-csv exclude each other."));
        if (!c.type.isEmpty() && c.type != QLatin1String("course") && c.type != QLatin1String("static"))
            return usageError(tr("--type must be course or static."));
        if (c.type == QLatin1String("course") && c.course.isEmpty())
            return usageError(tr("--type course needs --course."));
        if (c.role.isEmpty())
            c.role = QStringLiteral("student");
    }
    result.outcome = CtlParseResult::Outcome::Run;
    return result;
}
