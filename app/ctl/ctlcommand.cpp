#include "app/ctl/ctlcommand.h"

#include "app/ctl/ctldesktops.h"
#include "app/ctl/ctlinventory.h"
#include "app/ctl/ctllessonscommand.h"
#include "app/ctl/ctlmydesktop.h"
#include "app/ctl/ctlhosts.h"
#include "app/ctl/ctltasks.h"
#include "app/ctl/ctlusers.h"

#include <QCommandLineParser>

namespace
{
QCommandLineOption toParserOption(const CtlOption &option)
{
    return option.valueName.isEmpty() ? QCommandLineOption(option.name) : QCommandLineOption(option.name, QString(), option.valueName);
}

// Every option of the table, once, in the table's order.
QList<CtlOption> allOptions(const QList<CtlSubcommand> &table)
{
    QList<CtlOption> out;
    QStringList seen;
    for (const CtlSubcommand &row : table) {
        for (const CtlOption &option : row.options) {
            if (!seen.contains(option.name)) {
                seen << option.name;
                out << option;
            }
        }
    }
    return out;
}

bool targetsFit(CtlSubcommand::Targets targets, qsizetype count)
{
    switch (targets) {
    case CtlSubcommand::Targets::None:
        return count == 0;
    case CtlSubcommand::Targets::One:
        return count == 1;
    case CtlSubcommand::Targets::OneOrMore:
        return count >= 1;
    case CtlSubcommand::Targets::ZeroOrOne:
        return count <= 1;
    }
    return false;
}
} // namespace

// ---- CtlArgs ----

CtlArgs::CtlArgs(const QCommandLineParser &parser)
    : m_parser(parser)
{
}

bool CtlArgs::isSet(const char *name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString CtlArgs::value(const char *name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

bool CtlArgs::number(const char *name, int *out, int minimum) const
{
    if (!isSet(name))
        return true;
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < minimum)
        return false;
    *out = v;
    return true;
}

QString CtlArgs::taskOptions(std::optional<CtlTaskOptions> *out) const
{
    CtlTaskOptions o;
    o.wait = isSet("wait");
    o.noWait = isSet("no-wait");
    if (o.wait && o.noWait)
        return tr("--wait and --no-wait exclude each other.");
    if (!number("timeout", &o.timeoutSeconds, 1))
        return tr("--timeout needs a number of seconds.");
    if (!number("concurrency", &o.concurrency, 1) || o.concurrency > 64)
        return tr("--concurrency needs a number from 1 to 64.");
    if (!number("detect-timeout", &o.detectTimeoutSeconds, 0))
        return tr("--detect-timeout needs a number of seconds (0: check once).");
    *out = o;
    return {};
}

QString CtlArgs::role(std::optional<DesktopRole> *out) const
{
    if (!isSet("role"))
        return {};
    *out = DesktopRoles::fromKey(value("role"));
    return *out ? QString() : tr("--role must be teacher or student.");
}

// ---- CtlSubcommand ----

CtlSubcommand::CtlSubcommand(QString groupWord, QString verbWord, Targets accepted, QString error)
    : group(std::move(groupWord))
    , verb(std::move(verbWord))
    , targets(accepted)
    , targetsError(std::move(error))
{
}

QString CtlSubcommand::name() const
{
    return verb.isEmpty() ? group : group + QLatin1Char(' ') + verb;
}

QList<CtlOption> CtlSubcommand::taskOptions(bool noWait)
{
    QList<CtlOption> options{{"wait"}, {"timeout", "seconds"}, {"db", "url"}, {"concurrency", "n"}, {"detect-timeout", "seconds"}};
    if (noWait)
        options << CtlOption("no-wait");
    return options;
}

CtlSubcommand CtlSubcommand::note(const QString &section, const QString &help)
{
    CtlSubcommand row;
    row.section = section;
    row.help = help;
    return row;
}

// ---- CtlCommandLine ----

QList<CtlSubcommand> CtlCommandLine::table()
{
    // Built on every call, so that its texts are translated into the current language.
    return CtlDesktops::commands() + CtlInventory::commands() + CtlTasks::commands() + CtlLessonsLine::commands()
        + CtlMyDesktop::commands()
        + CtlUsers::commands() + CtlHosts::commands();
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

QString CtlCommandLine::inventorySection()
{
    return tr("Desktops and inventory:");
}

QString CtlCommandLine::operationsSection()
{
    return tr("Operations (run as journaled tasks of one batch):");
}

QString CtlCommandLine::tasksSection()
{
    return tr("Tasks (the journal in the Phoenix database, this cloud and project only):");
}

QString CtlCommandLine::usage()
{
    // The sections in the order they first appear in the table; in each, its rows' lines.
    const QList<CtlSubcommand> rows = table();
    QStringList sections;
    for (const CtlSubcommand &row : rows) {
        if (!sections.contains(row.section))
            sections << row.section;
    }
    QString text = tr("Usage: phoenixctl [--os-cloud NAME] [--require-tls] COMMAND [options]\n");
    for (const QString &section : std::as_const(sections)) {
        text += QLatin1Char('\n') + section + QLatin1Char('\n');
        for (const CtlSubcommand &row : rows) {
            if (row.section == section)
                text += row.help;
        }
    }
    return text
        + tr("\n"
             "The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is\n"
             "searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).\n"
             "A cloud reached over plain http:// is used with a warning; --require-tls (or the\n"
             "setting security/requireTls) refuses it.\n"
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
    const QList<CtlSubcommand> rows = table();
    const QList<CtlOption> specific = allOptions(rows);
    const QCommandLineOption cloud(QStringLiteral("os-cloud"), QString(), QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption requireTls(QStringLiteral("require-tls")); // any command: refuse plain http://
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({cloud, json, help, version, requireTls});
    for (const CtlOption &option : specific)
        parser.addOption(toParserOption(option));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        result.outcome = CtlParseResult::Outcome::Help;
        result.text = usage();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = CtlParseResult::Outcome::Version;
        result.text = QStringLiteral("phoenixctl %1").arg(QStringLiteral(PHOENIX_VERSION));
        return result;
    }

    // The command: its group, then (unless the group alone is the command) its verb.
    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(tr("No command given."));
    const QString group = words.takeFirst();
    QList<const CtlSubcommand *> ofGroup;
    for (const CtlSubcommand &row : rows) {
        if (!row.group.isEmpty() && row.group == group)
            ofGroup << &row;
    }
    if (ofGroup.isEmpty())
        return usageError(tr("Unknown command \"%1\".").arg(group));
    const CtlSubcommand *row = nullptr;
    if (ofGroup.size() == 1 && ofGroup.constFirst()->verb.isEmpty()) {
        row = ofGroup.constFirst();
    } else {
        const QString verb = words.isEmpty() ? QString() : words.takeFirst();
        for (const CtlSubcommand *candidate : std::as_const(ofGroup)) {
            if (candidate->verb == verb)
                row = candidate;
        }
        if (!row)
            return usageError(ofGroup.constFirst()->unknownVerb(verb));
    }
    if (!targetsFit(row->targets, words.size()))
        return usageError(row->targetsError);

    // Options that do not belong to the command are mistakes, not silently ignored.
    for (const CtlOption &option : specific) {
        const bool accepted = std::any_of(row->options.cbegin(), row->options.cend(),
                                          [&option](const CtlOption &o) { return o.name == option.name; });
        if (parser.isSet(option.name) && !accepted)
            return usageError(tr("--%1 does not apply to this command.").arg(option.name));
    }

    CtlCommand &c = result.command;
    c.name = row->name();
    c.run = row->run;
    c.cloud = parser.value(cloud);
    c.json = parser.isSet(json);
    c.requireTls = parser.isSet(requireTls);
    c.targets = words;
    c.database = parser.value(QStringLiteral("db"));
    if (row->read) {
        const QString error = row->read(CtlArgs(parser), c);
        if (!error.isEmpty())
            return usageError(error);
    }
    result.outcome = CtlParseResult::Outcome::Run;
    return result;
}
