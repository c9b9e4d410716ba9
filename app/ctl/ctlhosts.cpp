#include "app/ctl/ctlhosts.h"

#include "app/ctl/ctlengine.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskwatch.h"
#include "cloud/computeapi.h"
#include "cloud/hostsapi.h"
#include "cloud/serverresolver.h"
#include "models/domain/hosthealth.h"
#include "models/store/auditlog.h"

#include <QJsonArray>

namespace
{
struct HostsView
{
    QList<HostRecord> hosts;
    QList<Server> servers;
};

// Services, Placement's capacities and the project's servers, combined (three reads).
void loadHosts(CtlRunner *runner, const std::function<void(const HostsView &)> &then)
{
    HostsApi(runner->client()).listComputeServices(runner, [runner, then](Result<QList<ComputeService>> services) {
        if (!services) {
            runner->fail(services.error());
            return;
        }
        HostsApi(runner->client()).listHostCapacities(runner, [runner, then, services](Result<QList<HostCapacity>> capacities) {
            if (!capacities) {
                runner->fail(capacities.error());
                return;
            }
            ComputeApi(runner->client()).listAllServers({}, runner, [runner, then, services, capacities](Result<QList<Server>> servers) {
                if (!servers) {
                    runner->fail(servers.error());
                    return;
                }
                HostsView view;
                view.servers = servers.value();
                view.hosts = HostRules::build(services.value(), capacities.value(), servers.value());
                then(view);
            });
        });
    });
}

const HostRecord *findHost(const HostsView &view, const QString &host)
{
    for (const HostRecord &r : view.hosts)
        if (r.host() == host)
            return &r;
    return nullptr;
}

// The command's host, or a failure naming the hosts there are.
const HostRecord *targetHost(CtlRunner *runner, const HostsView &view)
{
    const QString name = runner->command().targets.value(0);
    if (const HostRecord *r = findHost(view, name))
        return r;
    QStringList known;
    for (const HostRecord &r : view.hosts)
        known << r.host();
    runner->fail(CloudError::config(CtlHosts::tr("There is no compute host \"%1\" (hosts: %2).")
                                        .arg(name, known.isEmpty() ? CtlHosts::tr("none") : known.join(QStringLiteral(", ")))));
    return nullptr;
}

QString option(CtlRunner *runner, const char *name)
{
    return runner->command().get<CtlLessonOptions>().value(name);
}

QString usage(const HostRecord &r, const ResourceAmount HostCapacity::*field)
{
    if (!r.capacity)
        return QStringLiteral("-");
    const ResourceAmount &a = (*r.capacity).*field;
    return QStringLiteral("%1/%2").arg(a.used).arg(a.capacity());
}

QString statusText(const ComputeService &s)
{
    QString text = s.status;
    if (!s.disabledReason.isEmpty())
        text += QStringLiteral(" (%1)").arg(s.disabledReason);
    return text;
}

TextTable hostTable(const QList<HostRecord> &hosts)
{
    TextTable t({CtlHosts::tr("HOST"), CtlHosts::tr("STATE"), CtlHosts::tr("STATUS"), CtlHosts::tr("FORCED DOWN"),
                 CtlHosts::tr("VCPU"), CtlHosts::tr("RAM MB"), CtlHosts::tr("DISK GB"), CtlHosts::tr("DESKTOPS"),
                 CtlHosts::tr("HEALTH"), CtlHosts::tr("WHY")});
    for (const HostRecord &r : hosts) {
        t.addRow({r.host(), r.service.state, statusText(r.service),
                  r.service.forcedDown ? CtlHosts::tr("yes") : CtlHosts::tr("no"), usage(r, &HostCapacity::vcpu),
                  usage(r, &HostCapacity::ramMb), usage(r, &HostCapacity::diskGb), QString::number(r.desktopIds.size()),
                  HostRules::healthKey(r.health), r.reasons.join(QLatin1Char(' '))});
    }
    return t;
}

QJsonObject amountJson(const ResourceAmount &a)
{
    return QJsonObject{{QStringLiteral("used"), a.used}, {QStringLiteral("total"), a.capacity()}};
}

// The audit log entry of a host command, as the window writes it (CloudCatalog::record): the
// signed-in user and project. Reported when it cannot be written.
void audit(CtlRunner *runner, AuditEntry entry)
{
    CtlEngine *e = runner->journal();
    if (!e)
        return;
    const CloudConfig config = runner->session()->config();
    entry.user = runner->session()->auth().userName.isEmpty() ? config.username : runner->session()->auth().userName;
    entry.project = runner->session()->auth().projectName.isEmpty() ? config.projectName : runner->session()->auth().projectName;
    if (const Result<qint64> r = AuditLog(e->database()).append(entry); !r)
        runner->report(r.error().userMessage());
}

void audit(CtlRunner *runner, const QString &action, const ComputeService &service, const CloudError &error,
           const QString &detail)
{
    AuditEntry entry;
    entry.action = action;
    entry.targetId = service.id;
    entry.targetName = service.host;
    entry.result = error ? QStringLiteral("failed") : QStringLiteral("done");
    entry.requestId = error.requestId();
    entry.detail = error ? error.userMessage() : detail;
    audit(runner, entry);
}

void updateService(CtlRunner *runner, bool enable)
{
    // Maintenance is audited: without the audit log (the database) nothing is changed.
    if (!runner->journal())
        return;
    loadHosts(runner, [runner, enable](const HostsView &view) {
        const HostRecord *r = targetHost(runner, view);
        if (!r)
            return;
        const ComputeService service = r->service;
        const QString reason = option(runner, "reason");
        const bool forceDown = runner->command().get<CtlLessonOptions>().has("force-down");
        auto done = [runner](const ComputeService &s) {
            if (runner->command().json) {
                runner->printJson(QJsonObject{{QStringLiteral("host"), s.host},
                                              {QStringLiteral("state"), s.state},
                                              {QStringLiteral("status"), s.status},
                                              {QStringLiteral("disabled_reason"), s.disabledReason},
                                              {QStringLiteral("forced_down"), s.forcedDown}});
            } else {
                runner->print(CtlHosts::tr("%1: %2%3\n")
                                  .arg(s.host, statusText(s), s.forcedDown ? CtlHosts::tr(", forced down") : QString()));
            }
            runner->finish(0);
        };
        const QString action = enable ? QStringLiteral("enable-host") : QStringLiteral("disable-host");
        HostsApi(runner->client()).setServiceEnabled(service.id, enable, reason, runner,
            [runner, service, enable, forceDown, done, action, reason](Result<ComputeService> updated) {
                if (!updated) {
                    audit(runner, action, service, updated.error(), {});
                    runner->fail(updated.error(), service.host);
                    return;
                }
                // enable also lifts a forced down; disable --force-down sets it; a plain disable leaves it.
                const bool change = enable ? updated.value().forcedDown : (forceDown && !updated.value().forcedDown);
                if (!change) {
                    audit(runner, action, service, {}, reason.trimmed());
                    done(updated.value());
                    return;
                }
                HostsApi(runner->client()).setServiceForcedDown(service.id, !enable, runner,
                    [runner, service, done, action, enable, reason](Result<ComputeService> forced) {
                        const QString detail = enable ? CtlHosts::tr("No longer forced down.")
                                                      : CtlHosts::tr("%1 (forced down)").arg(reason.trimmed());
                        audit(runner, action, service, forced ? CloudError() : forced.error(), detail);
                        if (!forced) {
                            runner->fail(forced.error(), service.host);
                            return;
                        }
                        done(forced.value());
                    });
            });
    });
}

QString batchTitle(const QString &what, const QString &host, int count)
{
    return CtlHosts::tr("phoenixctl: %1 %2, %n desktop(s)", nullptr, count).arg(what, host);
}

// A drain or evacuation: who started it, where to; each desktop's move is audited by the task
// journal with the same batch id when it ends.
void auditBatch(CtlRunner *runner, const QString &action, const ComputeService &service, int count, const QString &target,
                const QString &batchId)
{
    if (batchId.isEmpty())
        return;
    AuditEntry entry;
    entry.action = action;
    entry.targetId = service.id;
    entry.targetName = service.host;
    entry.result = QStringLiteral("started");
    entry.detail = CtlHosts::tr("%n desktop(s) to %1", nullptr, count)
                       .arg(target.isEmpty() ? CtlHosts::tr("a host the scheduler picks") : target);
    entry.batchId = batchId;
    audit(runner, entry);
}

QString hostsUnknownVerb(const QString &verb)
{
    return verb.isEmpty() ? CtlHosts::tr("\"hosts\" needs a subcommand: list, show, disable, enable, drain, evacuate, reset-state.")
                          : CtlHosts::tr("Unknown hosts command \"%1\".").arg(verb);
}
} // namespace

QJsonObject CtlHosts::hostJson(const HostRecord &r)
{
    QJsonObject o{{QStringLiteral("host"), r.host()},
                  {QStringLiteral("state"), r.service.state},
                  {QStringLiteral("status"), r.service.status},
                  {QStringLiteral("disabled_reason"), r.service.disabledReason.isEmpty() ? QJsonValue() : QJsonValue(r.service.disabledReason)},
                  {QStringLiteral("forced_down"), r.service.forcedDown},
                  {QStringLiteral("zone"), r.service.zone},
                  {QStringLiteral("service_id"), r.service.id},
                  {QStringLiteral("desktops"), int(r.desktopIds.size())},
                  {QStringLiteral("health"), HostRules::healthKey(r.health)},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)}};
    if (r.capacity) {
        o.insert(QStringLiteral("vcpu"), amountJson(r.capacity->vcpu));
        o.insert(QStringLiteral("ram_mb"), amountJson(r.capacity->ramMb));
        o.insert(QStringLiteral("disk_gb"), amountJson(r.capacity->diskGb));
    }
    return o;
}

QList<CtlSubcommand> CtlHosts::commands()
{
    using T = CtlSubcommand::Targets;
    const QString hosts = QStringLiteral("hosts");
    const QString section = tr("Compute hosts (administrators):");
    QList<CtlSubcommand> rows;
    auto keep = [](const QStringList &names) {
        return [names](const CtlArgs &args, CtlCommand &c) {
            CtlLessonOptions o;
            o.group = QStringLiteral("hosts");
            for (const QString &n : names) {
                const QByteArray key = n.toLatin1();
                if (args.isSet(key.constData()))
                    o.options.insert(n, args.value(key.constData()).isEmpty() ? QStringLiteral("1") : args.value(key.constData()));
            }
            c.options = o;
            return QString();
        };
    };

    CtlSubcommand list{hosts, QStringLiteral("list"), T::None, tr("\"hosts list\" takes no names.")};
    list.read = keep({});
    list.run = &CtlHosts::list;
    list.help = tr("  hosts list [--json]             state, status, capacity, desktops and health of each host\n");
    rows << list;

    CtlSubcommand show{hosts, QStringLiteral("show"), T::One, tr("\"hosts show\" needs exactly one host.")};
    show.read = keep({});
    show.run = &CtlHosts::show;
    show.help = tr("  hosts show HOST [--json]        the host and the desktops on it\n");
    rows << show;

    CtlSubcommand disable{hosts, QStringLiteral("disable"), T::One, tr("\"hosts disable\" needs exactly one host.")};
    disable.options = {{"reason", "text"}, {"force-down"}, {"db", "url"}}; // audited in the database

    disable.read = keep({QStringLiteral("reason"), QStringLiteral("force-down")});
    disable.run = &CtlHosts::disable;
    disable.help = tr("  hosts disable HOST --reason TEXT [--force-down]   no new desktops; --force-down: it is dead\n");
    rows << disable;

    CtlSubcommand enable{hosts, QStringLiteral("enable"), T::One, tr("\"hosts enable\" needs exactly one host.")};
    enable.options = {{"db", "url"}};
    enable.read = keep({});
    enable.run = &CtlHosts::enable;
    enable.help = tr("  hosts enable HOST               enabled again (and no longer forced down)\n");
    rows << enable;

    for (const char *verb : {"drain", "evacuate"}) {
        CtlSubcommand move{hosts, QString::fromLatin1(verb), T::One,
                           tr("\"hosts %1\" needs exactly one host.").arg(QLatin1String(verb))};
        move.options = CtlSubcommand::taskOptions(true) + QList<CtlOption>{{"target", "host"}};
        move.read = [keep](const CtlArgs &args, CtlCommand &c) {
            if (QString error = args.taskOptions(&c.tasks); !error.isEmpty())
                return error;
            return keep({QStringLiteral("target")})(args, c);
        };
        move.run = qstrcmp(verb, "drain") == 0 ? &CtlHosts::drain : &CtlHosts::evacuate;
        move.help = qstrcmp(verb, "drain") == 0
            ? tr("  hosts drain HOST [--target H]   move every desktop off (live; shut-down ones cold)\n")
            : tr("  hosts evacuate HOST [--target H]  rebuild the desktops of a dead host elsewhere\n");
        rows << move;
    }

    CtlSubcommand reset{hosts, QStringLiteral("reset-state"), T::One, tr("\"hosts reset-state\" needs exactly one desktop.")};
    reset.options = {{"state", "active|error"}, {"db", "url"}};
    reset.read = [keep](const CtlArgs &args, CtlCommand &c) {
        const QString state = args.value("state");
        if (!state.isEmpty() && state != QLatin1String("active") && state != QLatin1String("error"))
            return tr("--state is active or error.");
        return keep({QStringLiteral("state")})(args, c);
    };
    reset.run = &CtlHosts::resetState;
    reset.help = tr("  hosts reset-state DESKTOP [--state active|error]  clear a stuck desktop's state (Nova os-resetState)\n");
    rows << reset;

    for (CtlSubcommand &row : rows) {
        row.section = section;
        row.unknownVerb = &hostsUnknownVerb;
    }
    return rows;
}

void CtlHosts::list(CtlRunner *runner)
{
    loadHosts(runner, [runner](const HostsView &view) {
        if (runner->command().json) {
            QJsonArray out;
            for (const HostRecord &r : view.hosts)
                out << hostJson(r);
            runner->printJson(out);
        } else if (view.hosts.isEmpty()) {
            runner->print(tr("No compute hosts.\n"));
        } else {
            runner->print(hostTable(view.hosts).render());
        }
        runner->finish(0);
    });
}

void CtlHosts::show(CtlRunner *runner)
{
    loadHosts(runner, [runner](const HostsView &view) {
        const HostRecord *r = targetHost(runner, view);
        if (!r)
            return;
        QList<Server> desktops;
        for (const Server &s : view.servers)
            if (r->desktopIds.contains(s.id))
                desktops << s;
        std::sort(desktops.begin(), desktops.end(), [](const Server &a, const Server &b) { return a.name < b.name; });
        if (runner->command().json) {
            QJsonObject o = hostJson(*r);
            QJsonArray list;
            for (const Server &s : std::as_const(desktops))
                list << CtlOutput::serverJson(s);
            o.insert(QStringLiteral("servers"), list);
            runner->printJson(o);
        } else {
            runner->print(hostTable({*r}).render());
            runner->print(QStringLiteral("\n"));
            runner->print(desktops.isEmpty() ? tr("No desktops on %1.\n").arg(r->host())
                                             : CtlOutput::desktopTable(desktops).render());
        }
        runner->finish(0);
    });
}

void CtlHosts::disable(CtlRunner *runner)
{
    updateService(runner, false);
}

void CtlHosts::enable(CtlRunner *runner)
{
    updateService(runner, true);
}

void CtlHosts::drain(CtlRunner *runner)
{
    loadHosts(runner, [runner](const HostsView &view) {
        const HostRecord *r = targetHost(runner, view);
        if (!r)
            return;
        const QString target = option(runner, "target");
        if (const HostRefusal refusal = HostRules::checkDrain(r->host(), view.hosts, target); refusal.refused()) {
            runner->fail(CloudError::config(refusal.text));
            return;
        }
        QList<TaskSpec> specs;
        QJsonArray skipped;
        for (const DrainItem &item : HostRules::planDrain(r->host(), view.servers)) {
            if (item.kind == DrainItem::Skip) {
                runner->report(tr("%1: skipped: %2").arg(item.server.name, item.why));
                skipped << QJsonObject{{QStringLiteral("name"), item.server.name}, {QStringLiteral("reason"), item.why}};
                continue;
            }
            TaskSpec spec;
            spec.kind = item.kind == DrainItem::Live ? TaskKind::LiveMigrate : TaskKind::ColdMigrate;
            spec.serverId = item.server.id;
            spec.serverName = item.server.name;
            spec.sourceHost = r->host();
            spec.targetHost = target;
            specs << spec;
        }
        if (specs.isEmpty()) {
            if (skipped.isEmpty())
                runner->print(tr("%1 has no desktops to move.\n").arg(r->host()));
            runner->finish(skipped.isEmpty() ? 0 : 1);
            return;
        }
        const QString batchId = CtlTaskWatch::runBatch(runner, batchTitle(tr("drain"), r->host(), int(specs.size())),
                                                       TaskKind::LiveMigrate, specs, int(skipped.size()), skipped);
        auditBatch(runner, QStringLiteral("drain-host"), r->service, int(specs.size()), target, batchId);
    });
}

void CtlHosts::evacuate(CtlRunner *runner)
{
    loadHosts(runner, [runner](const HostsView &view) {
        const HostRecord *r = targetHost(runner, view);
        if (!r)
            return;
        const HostRecord record = *r;
        ComputeApi(runner->client()).listFlavors(runner, [runner, view, record](Result<QList<Flavor>> flavors) {
            if (!flavors) {
                runner->fail(flavors.error());
                return;
            }
            if (const HostRefusal refusal = HostRules::checkEvacuate(record.host(), view.hosts, view.servers, flavors.value());
                refusal.refused()) {
                runner->fail(CloudError::config(refusal.text));
                return;
            }
            const QString target = option(runner, "target");
            QList<TaskSpec> specs;
            for (const Server &s : view.servers) {
                if (!record.desktopIds.contains(s.id))
                    continue;
                TaskSpec spec;
                spec.kind = TaskKind::Evacuate;
                spec.serverId = s.id;
                spec.serverName = s.name;
                spec.sourceHost = record.host();
                spec.targetHost = target;
                specs << spec;
            }
            if (specs.isEmpty()) {
                runner->print(tr("%1 has no desktops to evacuate.\n").arg(record.host()));
                runner->finish(0);
                return;
            }
            const QString batchId = CtlTaskWatch::runBatch(runner, batchTitle(tr("evacuate"), record.host(), int(specs.size())),
                                                           TaskKind::Evacuate, specs);
            auditBatch(runner, QStringLiteral("evacuate-host"), record.service, int(specs.size()), target, batchId);
        });
    });
}

void CtlHosts::resetState(CtlRunner *runner)
{
    if (!runner->journal()) // audited: not without the audit log
        return;
    ServerResolver::lookup(runner->client(), runner->command().targets, runner, [runner](Result<ServerResolver::Lookup> lookup) {
        if (!lookup) {
            runner->fail(lookup.error());
            return;
        }
        const Result<Server> &target = lookup.value().resolved.value(0, CloudError::config(QString()));
        if (!target) {
            runner->fail(target.error());
            return;
        }
        const Server server = target.value();
        QString state = option(runner, "state");
        if (state.isEmpty())
            state = QStringLiteral("active");
        HostsApi(runner->client()).resetState(server.id, state, runner, [runner, server, state](Result<bool> done) {
            AuditEntry entry;
            entry.action = QStringLiteral("reset-state");
            entry.targetId = server.id;
            entry.targetName = server.name;
            entry.result = done ? QStringLiteral("done") : QStringLiteral("failed");
            entry.requestId = done ? QString() : done.error().requestId();
            entry.detail = done ? state : done.error().userMessage();
            audit(runner, entry);
            if (!done) {
                runner->fail(done.error(), server.name);
                return;
            }
            if (runner->command().json)
                runner->printJson(QJsonObject{{QStringLiteral("desktop"), server.name}, {QStringLiteral("id"), server.id},
                                              {QStringLiteral("state"), state}});
            else
                runner->print(tr("%1: state reset to %2\n").arg(server.name, state));
            runner->finish(0);
        });
    });
}
