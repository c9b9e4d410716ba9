#include "app/ctl/ctldesktops.h"

#include "cloud/computeapi.h"
#include "app/ctl/ctlcreate.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskwatch.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/serverresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace
{
// Resolves the command's single target, then calls then(server); a failure ends the runner.
void withTarget(CtlRunner *runner, const std::function<void(const Server &)> &then)
{
    ServerResolver::lookup(runner->client(), runner->command().targets, runner, [runner, then](Result<ServerResolver::Lookup> lookup) {
        if (!lookup) {
            runner->fail(lookup.error());
            return;
        }
        runner->noteListing(lookup.value().servers);
        const Result<Server> &target = lookup.value().resolved.value(0, CloudError::config(QString()));
        if (!target) {
            runner->fail(target.error());
            return;
        }
        then(target.value());
    });
}

// The floating IPs attached to a server's ports (Neutron's view, which Nova's lags behind).
void floatingIpsOf(CtlRunner *runner, const QString &serverId, const std::function<void(Result<QList<FloatingIp>>)> &then)
{
    NetworkApi(runner->client()).listPorts(serverId, runner, [runner, then](Result<QList<Port>> ports) {
        if (!ports) {
            then(ports.error());
            return;
        }
        NetworkApi(runner->client()).listFloatingIps(runner, [ports, then](Result<QList<FloatingIp>> ips) {
            if (!ips) {
                then(ips.error());
                return;
            }
            QSet<QString> portIds;
            for (const Port &p : ports.value())
                portIds.insert(p.id);
            QList<FloatingIp> attached;
            for (const FloatingIp &ip : ips.value()) {
                if (portIds.contains(ip.portId))
                    attached << ip;
            }
            then(attached);
        });
    });
}

TaskSpec specFor(TaskKind kind, const Server &server)
{
    TaskSpec spec;
    spec.kind = kind;
    spec.serverId = server.id;
    spec.serverName = server.name;
    return spec;
}

QString batchTitle(TaskKind kind, int count)
{
    return CtlDesktops::tr("phoenixctl: %1, %n desktop(s)", nullptr, count).arg(TaskText::kindName(kind));
}

// Submits one task for the command's single target; the result is printed by then() after it ended.
void runSingle(CtlRunner *runner, TaskKind kind, const Server &server, const std::function<void(const TaskSnapshot &)> &then)
{
    const bool ok = !CtlTaskWatch::runBatch(runner, batchTitle(kind, 1), kind, {specFor(kind, server)}, 0, {}, [runner, then] {
        const TaskSnapshot task = runner->watch()->tasks().value(0);
        if (task.state != TaskState::Done) {
            runner->watch()->finishRun();
            return;
        }
        then(task);
    }).isEmpty();
    if (ok && runner->watch())
        runner->watch()->setQuietSuccess(true);
}

QString desktopsUnknownVerb(const QString &verb)
{
    return verb.isEmpty() ? CtlDesktops::tr("\"desktops\" needs a subcommand: list, show, create, %1.")
                                .arg(CtlCommandLine::actionVerbs().join(QStringLiteral(", ")))
                          : CtlDesktops::tr("Unknown desktops command \"%1\".").arg(verb);
}
} // namespace

QString CtlDesktops::floatingIpsUnknownVerb(const QString &)
{
    return tr("Use \"floating-ips list\", \"floating-ips assign DESKTOP\" or \"floating-ips release DESKTOP\".");
}

QList<CtlSubcommand> CtlDesktops::commands()
{
    using T = CtlSubcommand::Targets;
    const QString desktops = QStringLiteral("desktops");
    QList<CtlSubcommand> rows;

    CtlSubcommand list{desktops, QStringLiteral("list"), T::None,
                       tr("\"desktops list\" takes no names; use --role or --course to filter.")};
    list.options = {{"role", "role"}, {"course", "course"}, {"all"}};
    list.read = [](const CtlArgs &args, CtlCommand &c) {
        CtlDesktopListOptions o;
        if (QString error = args.role(&o.role); !error.isEmpty())
            return error;
        o.course = args.value("course");
        o.all = args.isSet("all");
        c.options = o;
        return QString();
    };
    list.run = &CtlDesktops::list;
    list.section = CtlCommandLine::inventorySection();
    list.help = tr("  desktops list [--role teacher|student] [--course C] [--all] [--json]\n");
    rows << list;

    CtlSubcommand show{desktops, QStringLiteral("show"), T::One, tr("\"desktops show\" needs exactly one desktop name or ID.")};
    show.run = &CtlDesktops::show;
    show.section = CtlCommandLine::inventorySection();
    show.help = tr("  desktops show NAME|ID [--json]\n");
    rows << show;

    CtlSubcommand console{desktops, QStringLiteral("console"), T::One,
                          tr("\"desktops console\" needs exactly one desktop name or ID.")};
    console.options = {{"url"}, {"type", "type"}};
    console.read = [](const CtlArgs &args, CtlCommand &c) {
        c.options = CtlDesktopActionOptions{args.value("type"), false, QString()};
        return QString();
    };
    console.run = &CtlDesktops::console;
    console.section = CtlCommandLine::inventorySection();
    console.help = tr("  desktops console NAME|ID --url [--type novnc|spice-html5|serial] [--json]\n"
                      "                  prints the console's web address (for a browser), as \"openstack console url show\"\n");
    rows << console;

    for (const QString &verb : CtlCommandLine::actionVerbs()) {
        CtlSubcommand action{desktops, verb, T::OneOrMore, tr("\"desktops %1\" needs at least one desktop name or ID.").arg(verb)};
        action.options = CtlSubcommand::taskOptions(true);
        if (verb == QLatin1String("reboot"))
            action.options << CtlOption("hard");
        if (verb == QLatin1String("rebuild"))
            action.options << CtlOption("image", "image");
        action.read = [verb](const CtlArgs &args, CtlCommand &c) {
            if (QString error = args.taskOptions(&c.tasks); !error.isEmpty())
                return error;
            c.options = CtlDesktopActionOptions{verb, args.isSet("hard"), args.value("image")};
            return QString();
        };
        action.run = &CtlDesktops::action;
        action.section = CtlCommandLine::operationsSection();
        if (verb == QLatin1String("start"))
            action.help = tr("  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...\n");
        else if (verb == QLatin1String("reboot"))
            action.help = tr("  desktops reboot [--hard] NAME|ID...\n");
        else if (verb == QLatin1String("rebuild"))
            action.help = tr("  desktops rebuild [--image NAME|ID] NAME|ID...\n");
        rows << action;
    }

    CtlSubcommand create{desktops, QStringLiteral("create"), T::None,
                         tr("\"desktops create\" takes no names; give --name-template and --count or --owners-csv.")};
    create.options = CtlSubcommand::taskOptions(true)
        + QList<CtlOption>{{"name-template", "template"}, {"count", "n"}, {"image", "image"}, {"flavor", "flavor"},
                           {"network", "network"}, {"role", "role"}, {"owner", "owner"}, {"owners-csv", "file"},
                           {"course", "course"}, {"type", "type"}, {"dry-run"}};
    create.read = &CtlCreate::read;
    create.run = &CtlCreate::run;
    create.section = CtlCommandLine::operationsSection();
    create.help = tr("  desktops create --name-template T --count N | --owners-csv FILE\n"
                     "                  --image I --flavor F --network NET [--role teacher|student]\n"
                     "                  [--owner O] [--course C] [--type course|static] [--dry-run]\n");
    rows << create;

    for (const char *verb : {"assign", "release"}) {
        CtlSubcommand fip{QStringLiteral("floating-ips"), QString::fromLatin1(verb), T::One,
                          tr("\"floating-ips %1\" needs exactly one desktop name or ID.").arg(QLatin1String(verb))};
        fip.options = CtlSubcommand::taskOptions(false);
        fip.read = [](const CtlArgs &args, CtlCommand &c) { return args.taskOptions(&c.tasks); };
        fip.run = qstrcmp(verb, "assign") == 0 ? &CtlDesktops::assignFloatingIp : &CtlDesktops::releaseFloatingIp;
        fip.unknownVerb = &CtlDesktops::floatingIpsUnknownVerb;
        fip.section = CtlCommandLine::operationsSection();
        if (qstrcmp(verb, "assign") == 0)
            fip.help = tr("  floating-ips assign DESKTOP | floating-ips release DESKTOP\n");
        rows << fip;
    }
    for (CtlSubcommand &row : rows) {
        if (row.group == desktops)
            row.unknownVerb = &desktopsUnknownVerb;
    }

    rows << CtlSubcommand::note(
        CtlCommandLine::operationsSection(),
        tr("    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]\n"
           "            [--detect-timeout S] [--json]\n"
           "    Runs the tasks to their end and prints a line per desktop; --wait also prints\n"
           "    every stage; --no-wait only journals the batch (\"tasks resume\" runs it).\n"
           "    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.\n"));
    return rows;
}

void CtlDesktops::list(CtlRunner *runner)
{
    ComputeApi(runner->client()).listAllServers({}, runner, [runner](Result<QList<Server>> servers) {
        if (!servers) {
            runner->fail(servers.error());
            return;
        }
        const auto &c = runner->command().get<CtlDesktopListOptions>();
        QList<Server> shown;
        if (c.all) {
            for (const Server &s : servers.value()) {
                const bool roleOk = !c.role || DesktopRoles::of(s) == c.role;
                const bool courseOk = c.course.isEmpty() || s.meta(PhoenixMeta::Course) == c.course;
                if (roleOk && courseOk)
                    shown << s;
            }
        } else {
            shown = ServerResolver::desktops(servers.value(), c.role ? DesktopRoles::key(*c.role) : QString(), c.course);
        }
        std::sort(shown.begin(), shown.end(), [](const Server &a, const Server &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        if (runner->command().json) {
            QJsonArray out;
            for (const Server &s : std::as_const(shown))
                out << CtlOutput::serverJson(s);
            runner->printJson(out);
        } else if (shown.isEmpty()) {
            runner->print(c.all ? tr("No servers.\n") : tr("No desktops (servers with Phoenix metadata); --all lists every server.\n"));
        } else {
            runner->print(CtlOutput::desktopTable(shown).render());
        }
        runner->finish(0);
    });
}

void CtlDesktops::show(CtlRunner *runner)
{
    withTarget(runner, [runner](const Server &server) {
        ComputeApi(runner->client()).instanceActions(server.id, runner, [runner, server](Result<QList<InstanceAction>> actions) {
            if (!actions) {
                runner->fail(actions.error(), server.name);
                return;
            }
            if (runner->command().json) {
                QJsonObject o = CtlOutput::serverJson(server);
                QJsonArray history;
                for (const InstanceAction &a : actions.value())
                    history << CtlOutput::actionJson(a);
                o.insert(QStringLiteral("actions"), history);
                runner->printJson(o);
            } else {
                runner->print(CtlOutput::desktopDetails(server, actions.value()));
            }
            runner->finish(0);
        });
    });
}

void CtlDesktops::console(CtlRunner *runner)
{
    const auto *o = std::get_if<CtlDesktopActionOptions>(&runner->command().options);
    const QString type = o && !o->verb.isEmpty() ? o->verb : QStringLiteral("novnc");
    const QString protocol = type == QLatin1String("spice-html5") ? QStringLiteral("spice")
        : type == QLatin1String("serial")                         ? QStringLiteral("serial")
                                                                  : QStringLiteral("vnc");
    withTarget(runner, [runner, protocol, type](const Server &server) {
        ComputeApi(runner->client()).remoteConsole(server.id, protocol, type, runner, [runner, server](Result<RemoteConsole> c) {
            if (!c) {
                runner->fail(c.error(), server.name);
                return;
            }
            if (runner->command().json)
                runner->printJson(QJsonObject{{QStringLiteral("protocol"), c.value().protocol},
                                              {QStringLiteral("type"), c.value().type},
                                              {QStringLiteral("url"), c.value().url}});
            else
                runner->print(c.value().url + QLatin1Char('\n'));
            runner->finish(0);
        });
    });
}

std::optional<TaskKind> CtlDesktops::taskKind(const QString &verb, bool hard)
{
    static const QHash<QString, TaskKind> kinds{{QStringLiteral("start"), TaskKind::Start},
                                                {QStringLiteral("stop"), TaskKind::Stop},
                                                {QStringLiteral("suspend"), TaskKind::Suspend},
                                                {QStringLiteral("resume"), TaskKind::Resume},
                                                {QStringLiteral("reboot"), TaskKind::Reboot},
                                                {QStringLiteral("rebuild"), TaskKind::Rebuild},
                                                {QStringLiteral("shelve"), TaskKind::Shelve},
                                                {QStringLiteral("unshelve"), TaskKind::Unshelve},
                                                {QStringLiteral("delete"), TaskKind::Delete}};
    if (!kinds.contains(verb))
        return std::nullopt;
    const TaskKind kind = kinds.value(verb);
    return kind == TaskKind::Reboot && hard ? TaskKind::RebootHard : kind;
}

void CtlDesktops::action(CtlRunner *runner)
{
    const auto &o = runner->command().get<CtlDesktopActionOptions>();
    const TaskKind kind = taskKind(o.verb, o.hard).value_or(TaskKind::Start);
    // Names become IDs first (one server list); the tasks then only carry IDs.
    ServerResolver::lookup(runner->client(), runner->command().targets, runner, [runner, kind](Result<ServerResolver::Lookup> lookup) {
        if (!lookup) {
            runner->fail(lookup.error());
            return;
        }
        runner->noteListing(lookup.value().servers);
        int unresolved = 0;
        QList<Server> servers;
        QSet<QString> seen;
        for (const Result<Server> &r : lookup.value().resolved) {
            if (!r) {
                ++unresolved;
                runner->report(r.error().userMessage());
            } else if (!seen.contains(r.value().id)) { // named twice: once
                seen.insert(r.value().id);
                servers << r.value();
            }
        }
        if (servers.isEmpty()) {
            runner->finish(1);
            return;
        }
        auto submit = [runner, kind, servers, unresolved](const QString &imageId) {
            QList<TaskSpec> specs;
            for (const Server &s : servers) {
                TaskSpec spec = specFor(kind, s);
                spec.imageId = imageId;
                specs << spec;
            }
            CtlTaskWatch::runBatch(runner, batchTitle(kind, int(specs.size())), kind, specs, unresolved);
        };
        const QString image = runner->command().get<CtlDesktopActionOptions>().image;
        if (kind != TaskKind::Rebuild || image.isEmpty()) {
            submit(QString());
            return;
        }
        ImageApi(runner->client()).listImages(runner, [runner, image, submit](Result<QList<Image>> images) {
            if (!images) {
                runner->fail(images.error());
                return;
            }
            const Result<Image> chosen = ImageApi::findImage(images.value(), image);
            if (!chosen) {
                runner->fail(chosen.error());
                return;
            }
            submit(chosen.value().id);
        });
    });
}

void CtlDesktops::assignFloatingIp(CtlRunner *runner)
{
    withTarget(runner, [runner](const Server &server) {
        runSingle(runner, TaskKind::AssignFloatingIp, server, [runner, server](const TaskSnapshot &) {
            floatingIpsOf(runner, server.id, [runner, server](Result<QList<FloatingIp>> ips) {
                if (!ips) {
                    runner->fail(ips.error(), server.name);
                    return;
                }
                if (ips.value().isEmpty()) {
                    runner->report(tr("%1: the floating IP was assigned but is no longer attached.").arg(server.name));
                    runner->finish(1);
                    return;
                }
                const FloatingIp ip = ips.value().first();
                if (runner->command().json)
                    runner->printJson(CtlOutput::floatingIpJson(ip, server.name));
                else
                    runner->print(tr("%1: %2\n").arg(server.name, ip.floatingIpAddress));
                runner->finish(0);
            });
        });
    });
}

void CtlDesktops::releaseFloatingIp(CtlRunner *runner)
{
    withTarget(runner, [runner](const Server &server) {
        // What is attached now is what the task releases.
        floatingIpsOf(runner, server.id, [runner, server](Result<QList<FloatingIp>> before) {
            if (!before) {
                runner->fail(before.error(), server.name);
                return;
            }
            QStringList addresses;
            for (const FloatingIp &ip : before.value())
                addresses << ip.floatingIpAddress;
            runSingle(runner, TaskKind::ReleaseFloatingIp, server, [runner, server, addresses](const TaskSnapshot &) {
                if (runner->command().json) {
                    runner->printJson(QJsonObject{{QStringLiteral("desktop"), server.name},
                                                  {QStringLiteral("id"), server.id},
                                                  {QStringLiteral("released"), QJsonArray::fromStringList(addresses)}});
                } else if (addresses.isEmpty()) {
                    runner->print(tr("%1: had no floating IP\n").arg(server.name));
                } else {
                    runner->print(tr("%1: released %2\n").arg(server.name, addresses.join(QStringLiteral(", "))));
                }
                runner->finish(0);
            });
        });
    });
}
