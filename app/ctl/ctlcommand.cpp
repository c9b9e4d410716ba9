#include "ctlcommand.h"

#include <QCommandLineParser>

namespace
{
struct Options
{
    QCommandLineOption cloud{QStringLiteral("os-cloud"), QString(), QStringLiteral("name")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption role{QStringLiteral("role"), QString(), QStringLiteral("role")};
    QCommandLineOption course{QStringLiteral("course"), QString(), QStringLiteral("course")};
    QCommandLineOption all{QStringLiteral("all")};
    QCommandLineOption hard{QStringLiteral("hard")};
    QCommandLineOption image{QStringLiteral("image"), QString(), QStringLiteral("image")};
    QCommandLineOption wait{QStringLiteral("wait")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QString(), QStringLiteral("seconds")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringLiteral("version")};

    QList<QCommandLineOption> list() const { return {cloud, json, role, course, all, hard, image, wait, timeout, help, version}; }
};
} // namespace

QStringList CtlCommandLine::actionVerbs()
{
    return {QStringLiteral("start"),   QStringLiteral("stop"),    QStringLiteral("suspend"),
            QStringLiteral("resume"),  QStringLiteral("reboot"),  QStringLiteral("rebuild"),
            QStringLiteral("shelve"),  QStringLiteral("unshelve"), QStringLiteral("delete")};
}

QString CtlCommandLine::usage()
{
    return tr("Usage: phoenixctl [--os-cloud NAME] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  desktops list [--role teacher|student] [--course C] [--all] [--json]\n"
              "  desktops show NAME|ID [--json]\n"
              "  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID... [--wait] [--timeout S]\n"
              "  desktops reboot [--hard] NAME|ID... [--wait] [--timeout S]\n"
              "  desktops rebuild [--image NAME|ID] NAME|ID... [--wait] [--timeout S]\n"
              "  images list [--json]\n"
              "  flavors list [--json]\n"
              "  networks list [--json]\n"
              "  floating-ips list [--json]\n"
              "  floating-ips assign DESKTOP [--json]\n"
              "  floating-ips release DESKTOP [--json]\n"
              "  limits [--json]\n"
              "\n"
              "The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is\n"
              "searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).\n"
              "--wait waits until every desktop reaches its state (default timeout 600 s).\n"
              "Exit status: 0 success, 1 a cloud operation failed, 2 the command line is wrong.\n");
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
            allowed = QStringList{QStringLiteral("role"), QStringLiteral("course"), QStringLiteral("all")};
            if (!words.isEmpty())
                return usageError(tr("\"desktops list\" takes no names; use --role or --course to filter."));
        } else if (verb == QLatin1String("show")) {
            c.kind = CtlCommand::Kind::DesktopsShow;
            if (words.size() != 1)
                return usageError(tr("\"desktops show\" needs exactly one desktop name or ID."));
        } else if (actionVerbs().contains(verb)) {
            c.kind = CtlCommand::Kind::DesktopsAction;
            c.verb = verb;
            allowed = QStringList{QStringLiteral("wait"), QStringLiteral("timeout")};
            if (verb == QLatin1String("reboot"))
                allowed << QStringLiteral("hard");
            if (verb == QLatin1String("rebuild"))
                allowed << QStringLiteral("image");
            if (words.isEmpty())
                return usageError(tr("\"desktops %1\" needs at least one desktop name or ID.").arg(verb));
        } else {
            return usageError(verb.isEmpty() ? tr("\"desktops\" needs a subcommand: list, show, %1.")
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
            if (words.size() != 1)
                return usageError(tr("\"floating-ips %1\" needs exactly one desktop name or ID.").arg(verb));
        } else {
            return usageError(tr("Use \"floating-ips list\", \"floating-ips assign DESKTOP\" or \"floating-ips release DESKTOP\"."));
        }
    } else if (group == QLatin1String("limits")) {
        c.kind = CtlCommand::Kind::Limits;
        if (!verb.isEmpty())
            return usageError(tr("\"limits\" takes no further arguments."));
    } else {
        return usageError(tr("Unknown command \"%1\".").arg(group));
    }
    c.targets = words;

    // Options that do not belong to the command are mistakes, not silently ignored.
    const QStringList specific{QStringLiteral("role"), QStringLiteral("course"), QStringLiteral("all"), QStringLiteral("hard"),
                               QStringLiteral("image"), QStringLiteral("wait"), QStringLiteral("timeout")};
    for (const QString &name : specific) {
        if (parser.isSet(name) && !allowed.contains(name))
            return usageError(tr("--%1 does not apply to this command.").arg(name));
    }
    c.role = parser.value(o.role);
    if (!c.role.isEmpty() && c.role != QLatin1String("teacher") && c.role != QLatin1String("student"))
        return usageError(tr("--role must be teacher or student."));
    c.course = parser.value(o.course);
    c.all = parser.isSet(o.all);
    c.hard = parser.isSet(o.hard);
    c.image = parser.value(o.image);
    c.wait = parser.isSet(o.wait);
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        c.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || c.timeoutSeconds <= 0)
            return usageError(tr("--timeout needs a number of seconds."));
        if (!c.wait)
            return usageError(tr("--timeout only makes sense with --wait."));
    }
    result.outcome = CtlParseResult::Outcome::Run;
    return result;
}
