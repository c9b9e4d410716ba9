#include "app/ctl/ctlmydesktop.h"

#include "app/ctl/ctlengine.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskwatch.h"
#include "cloud/computeapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/domain/mydesktop.h"
#include "models/engine/inventory.h"
#include "models/lessons/lessonstore.h"
#include "models/session/clientlauncher.h"
#include "models/session/connectionplan.h"
#include "models/session/desktopconsole.h"
#include "models/settings/appsettings.h"
#include "models/store/database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcCtlMyDesktop, "phoenix.app.ctl.mydesktop")

namespace
{
using Then = std::function<void(const QList<Server> &mine)>;

// Lists the signed-in user's own desktops; a cloud error ends the runner.
void withMine(CtlRunner *runner, const Then &then)
{
    ComputeApi(runner->client()).listAllServers({}, runner, [runner, then](Result<QList<Server>> servers) {
        if (!servers) {
            runner->fail(servers.error());
            return;
        }
        const AuthState auth = runner->session()->auth();
        then(MyDesktop::owned(servers.value(), auth.userName, auth.userId));
    });
}

// The one desktop the command is about: the name given, else the only one.
std::optional<Server> pick(CtlRunner *runner, const QList<Server> &mine)
{
    const QString wanted = runner->command().targets.value(0);
    if (!wanted.isEmpty()) {
        for (const Server &s : mine) {
            if (s.name == wanted || s.id == wanted)
                return s;
        }
        runner->report(CtlMyDesktop::tr("\"%1\" is not one of your desktops.").arg(wanted));
        return std::nullopt;
    }
    if (mine.isEmpty()) {
        const AuthState auth = runner->session()->auth();
        runner->report(CtlMyDesktop::tr("You (%1) have no desktop: no desktop's owner (phoenix:owner) is your user name.")
                           .arg(auth.userName));
        return std::nullopt;
    }
    if (mine.size() > 1) {
        QStringList names;
        for (const Server &s : mine)
            names << s.name;
        runner->report(CtlMyDesktop::tr("You have %1 desktops (%2); name the one you mean.")
                           .arg(mine.size())
                           .arg(names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return mine.first();
}

// The courses' protocols (code → key), kept on the runner once read: a course's desktops connect
// with their course's protocol (ConnectionPlan::protocolOf).
constexpr auto CourseProtocols = "phoenixCourseProtocols";

void keepCourseProtocols(CtlRunner *runner, Database *database, const QString &scope)
{
    QVariantHash protocols;
    const Result<QList<Course>> courses = LessonStore(database, scope).courses();
    if (courses) {
        for (const Course &c : courses.value()) {
            if (!c.protocol.isEmpty())
                protocols.insert(c.code, c.protocol);
        }
    } else {
        qCInfo(lcCtlMyDesktop).noquote() << "no course protocols:" << courses.error().detail();
    }
    runner->setProperty(CourseProtocols, protocols);
}

// list: the lessons store when it opens (the settings' database or --db); without one, no course
// protocols (a desktop's own phoenix:protocol and the default still apply).
void readCourseProtocols(CtlRunner *runner)
{
    Database database;
    if (const CloudError error = database.open(CtlEngine::databaseUrl(runner->command().database, runner->settings()))) {
        qCInfo(lcCtlMyDesktop).noquote() << "no lessons store:" << error.detail();
        return;
    }
    keepCourseProtocols(runner, &database, Inventory::scopeFor(runner->session()->config()));
}

RemoteProtocol protocolFor(CtlRunner *runner, const Server &server)
{
    const RemoteProtocol fallback =
        ConnectionPlan::protocolFromKey(runner->settings().defaultProtocol()).value_or(RemoteProtocol::Rdp);
    QHash<QString, QString> courses;
    const QVariantHash kept = runner->property(CourseProtocols).toHash();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        courses.insert(it.key(), it.value().toString());
    return ConnectionPlan::protocolOf(server, courses, fallback);
}

int portFor(CtlRunner *runner, const Server &server)
{
    return ConnectionPlan::portOf(protocolFor(runner, server), runner->settings().detectPort());
}

ConnectionRoute routeFor(CtlRunner *runner, const Server &server, const QString &floating)
{
    const AppSettings &s = runner->settings();
    return ConnectionPlan::routeFor(server, floating, portFor(runner, server), s.intranetSegments(), s.desktopGateways(),
                                    ConnectionPlan::localAddresses());
}

QJsonObject desktopJson(CtlRunner *runner, const Server &server, const ConnectionRoute &route)
{
    QJsonObject o{{QStringLiteral("name"), server.name},
                  {QStringLiteral("id"), server.id},
                  {QStringLiteral("status"), server.status},
                  {QStringLiteral("state"), MyDesktop::stateKey(MyDesktop::stateOf(server))},
                  {QStringLiteral("protocol"), ConnectionPlan::protocolKey(protocolFor(runner, server))},
                  {QStringLiteral("course"), server.meta(PhoenixMeta::Course)},
                  {QStringLiteral("role"), server.meta(PhoenixMeta::Role)}};
    o.insert(QStringLiteral("address"), route.host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(route.host));
    o.insert(QStringLiteral("port"), route.port);
    o.insert(QStringLiteral("viaGateway"), route.viaGateway);
    return o;
}

// The floating address Neutron has attached to the server (Nova lags behind it).
void floatingOf(CtlRunner *runner, const QString &serverId, const std::function<void(const QString &)> &then)
{
    NetworkApi(runner->client()).listPorts(serverId, runner, [runner, then](Result<QList<Port>> ports) {
        if (!ports) {
            then(QString());
            return;
        }
        NetworkApi(runner->client()).listFloatingIps(runner, [ports, then](Result<QList<FloatingIp>> ips) {
            QSet<QString> portIds;
            for (const Port &p : ports.value())
                portIds.insert(p.id);
            QString address;
            for (const FloatingIp &ip : ips ? ips.value() : QList<FloatingIp>()) {
                if (portIds.contains(ip.portId) && address.isEmpty())
                    address = ip.floatingIpAddress;
            }
            then(address);
        });
    });
}

QJsonArray stagesJson(const TaskSnapshot &task)
{
    QJsonArray out;
    for (const StageRecord &r : task.history) {
        out << QJsonObject{{QStringLiteral("stage"), TaskText::stageKey(r.stage)},
                           {QStringLiteral("attempt"), r.attempt},
                           {QStringLiteral("ok"), r.ok},
                           {QStringLiteral("warning"), r.warning},
                           {QStringLiteral("seconds"), double(r.startedAt.msecsTo(r.finishedAt)) / 1000.0},
                           {QStringLiteral("message"), r.message}};
    }
    return out;
}

// Starts the client (or the browser console); ends the runner once the connection file is gone.
void launch(CtlRunner *runner, const Server &server, const ConnectionRoute &route)
{
    const RemoteProtocol protocol = protocolFor(runner, server);
    if (protocol == RemoteProtocol::Console) {
        DesktopConsole::request(runner->client(), server.id, runner, [runner](Result<RemoteConsole> console) {
            if (!console) {
                runner->fail(console.error());
                return;
            }
#ifdef Q_OS_WIN
            const bool ok = QProcess::startDetached(QStringLiteral("explorer.exe"), {console.value().url});
#else
            const bool ok = QProcess::startDetached(QStringLiteral("xdg-open"), {console.value().url});
#endif
            if (!ok)
                runner->report(CtlMyDesktop::tr("Could not open a browser; the console is at %1").arg(console.value().url));
            runner->finish(ok ? 0 : 1);
        });
        return;
    }
    const LaunchPlan plan = ConnectionPlan::launch(protocol, route, runner->session()->auth().userName, server.name,
                                                   runner->settings().remoteDesktopTemplate(), ConnectionPlan::currentPlatform(),
                                                   [](const QString &p) { return QStandardPaths::findExecutable(p); });
    // phoenixctl ends soon after: the client reads its file at start, which then goes.
    auto *launcher = new ClientLauncher(5000, runner);
    QString error;
    if (!launcher->start(plan, &error)) {
        runner->report(error);
        runner->finish(1);
        return;
    }
    if (launcher->pendingFiles().isEmpty()) {
        runner->finish(0);
        return;
    }
    QObject::connect(launcher, &ClientLauncher::fileRemoved, runner, [runner, launcher] {
        if (launcher->pendingFiles().isEmpty())
            runner->finish(0);
    });
}
} // namespace

QList<CtlSubcommand> CtlMyDesktop::commands()
{
    using T = CtlSubcommand::Targets;
    const QString group = QStringLiteral("my-desktop");
    const QString section = tr("Your own desktop (a teacher's, found by phoenix:owner):");
    auto unknown = [](const QString &verb) {
        return verb.isEmpty() ? tr("\"my-desktop\" needs a subcommand: list, open or suspend.")
                              : tr("Unknown my-desktop command \"%1\".").arg(verb);
    };
    QList<CtlSubcommand> rows;
    for (const char *verb : {"list", "open", "suspend"}) {
        const QString v = QString::fromLatin1(verb);
        CtlSubcommand row{group, v, v == QLatin1String("list") ? T::None : T::ZeroOrOne,
                          v == QLatin1String("list") ? tr("\"my-desktop list\" takes no names.")
                                                     : tr("\"my-desktop %1\" takes at most one desktop name.").arg(v)};
        if (v != QLatin1String("list"))
            row.options = CtlSubcommand::taskOptions(false);
        if (v == QLatin1String("open"))
            row.options << CtlOption("no-launch");
        row.read = [v](const CtlArgs &args, CtlCommand &c) {
            if (v != QLatin1String("list")) {
                if (QString error = args.taskOptions(&c.tasks); !error.isEmpty())
                    return error;
            }
            c.options = CtlMyDesktopOptions{v, args.isSet("no-launch")};
            return QString();
        };
        row.run = v == QLatin1String("list") ? &CtlMyDesktop::list : v == QLatin1String("open") ? &CtlMyDesktop::open : &CtlMyDesktop::suspend;
        row.unknownVerb = unknown;
        row.section = section;
        if (v == QLatin1String("list"))
            row.help = tr("  my-desktop list [--json]\n"
                          "  my-desktop open [NAME] [--no-launch] [--detect-timeout S] [--json]\n"
                          "  my-desktop suspend [NAME]\n"
                          "    open: resume / start / unshelve as needed, wait until it runs, give it a\n"
                          "    reachable address, wait for the remote-desktop port, print the address and\n"
                          "    start the client (--no-launch: print only).\n");
        rows << row;
    }
    return rows;
}

void CtlMyDesktop::list(CtlRunner *runner)
{
    withMine(runner, [runner](const QList<Server> &mine) {
        readCourseProtocols(runner);
        if (runner->command().json) {
            QJsonArray out;
            for (const Server &s : mine)
                out << desktopJson(runner, s, routeFor(runner, s, QString()));
            runner->printJson(out);
        } else if (mine.isEmpty()) {
            runner->print(tr("You (%1) have no desktop.\n").arg(runner->session()->auth().userName));
        } else {
            TextTable table({tr("NAME"), tr("STATE"), tr("STATUS"), tr("ADDRESS"), tr("PROTOCOL")});
            for (const Server &s : mine) {
                const ConnectionRoute r = routeFor(runner, s, QString());
                table.addRow({s.name, MyDesktop::stateText(MyDesktop::stateOf(s)), CtlOutput::stateText(s),
                              CtlOutput::orDash(r.host), ConnectionPlan::protocolKey(protocolFor(runner, s))});
            }
            runner->print(table.render());
        }
        runner->finish(0);
    });
}

void CtlMyDesktop::open(CtlRunner *runner)
{
    withMine(runner, [runner](const QList<Server> &mine) {
        const std::optional<Server> target = pick(runner, mine);
        if (!target) {
            runner->finish(1);
            return;
        }
        const Server server = *target;
        CtlEngine *journal = runner->journal(); // the task's journal, and the lessons store
        if (!journal)
            return;
        keepCourseProtocols(runner, journal->database(), journal->scope());
        const ConnectionRoute before = routeFor(runner, server, QString());
        const TaskSpec spec = ConnectionPlan::openTask(server, before, before.port);
        const QString title = tr("phoenixctl: open my desktop %1").arg(server.name);
        const bool ok = !CtlTaskWatch::runBatch(runner, title, TaskKind::OpenDesktop, {spec}, 0, {}, [runner, server] {
            const TaskSnapshot task = runner->watch()->tasks().value(0);
            if (task.state != TaskState::Done) {
                runner->watch()->finishRun();
                return;
            }
            ComputeApi(runner->client()).getServer(server.id, runner, [runner, task](Result<Server> now) {
                if (!now) {
                    runner->fail(now.error());
                    return;
                }
                const Server s = now.value();
                floatingOf(runner, s.id, [runner, s, task](const QString &floating) {
                    const ConnectionRoute route = routeFor(runner, s, floating);
                    if (!route.ok()) {
                        runner->report(route.error.isEmpty() ? tr("%1 runs, but has no address this computer can reach.").arg(s.name)
                                                             : route.error);
                        runner->finish(1);
                        return;
                    }
                    const QString warning = task.warning();
                    const bool launchIt = !runner->command().get<CtlMyDesktopOptions>().noLaunch;
                    if (runner->command().json) {
                        QJsonObject o = desktopJson(runner, s, route);
                        o.insert(QStringLiteral("task"), task.id);
                        o.insert(QStringLiteral("reachable"), warning.isEmpty());
                        if (!warning.isEmpty())
                            o.insert(QStringLiteral("warning"), warning);
                        o.insert(QStringLiteral("seconds"), double(task.createdAt.msecsTo(task.updatedAt)) / 1000.0);
                        o.insert(QStringLiteral("stages"), stagesJson(task));
                        o.insert(QStringLiteral("launched"), launchIt);
                        runner->printJson(o);
                    } else {
                        if (!warning.isEmpty())
                            runner->report(tr("%1: %2").arg(s.name, warning));
                        runner->print(route.host + QLatin1Char('\n'));
                    }
                    if (launchIt)
                        launch(runner, s, route);
                    else
                        runner->finish(0);
                });
            });
        }).isEmpty();
        if (ok && runner->watch())
            runner->watch()->setQuietSuccess(true);
    });
}

void CtlMyDesktop::suspend(CtlRunner *runner)
{
    withMine(runner, [runner](const QList<Server> &mine) {
        const std::optional<Server> target = pick(runner, mine);
        if (!target) {
            runner->finish(1);
            return;
        }
        TaskSpec spec;
        spec.kind = TaskKind::Suspend;
        spec.serverId = target->id;
        spec.serverName = target->name;
        CtlTaskWatch::runBatch(runner, tr("phoenixctl: suspend my desktop %1").arg(target->name), TaskKind::Suspend, {spec});
    });
}
