#include "ctldesktops.h"

#include "computeapi.h"
#include "ctloutput.h"
#include "ctlrunner.h"
#include "desktopbatch.h"
#include "floatingipmanager.h"
#include "serverresolver.h"

#include <QJsonArray>
#include <QJsonObject>

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
        const Result<Server> &target = lookup.value().resolved.value(0, CloudError::config(QString()));
        if (!target) {
            runner->fail(target.error());
            return;
        }
        then(target.value());
    });
}
} // namespace

void CtlDesktops::list(CtlRunner *runner)
{
    ComputeApi(runner->client()).listAllServers({}, runner, [runner](Result<QList<Server>> servers) {
        if (!servers) {
            runner->fail(servers.error());
            return;
        }
        const CtlCommand &c = runner->command();
        QList<Server> shown;
        if (c.all) {
            for (const Server &s : servers.value()) {
                const bool roleOk = c.role.isEmpty() || s.meta(PhoenixMeta::Role) == c.role;
                const bool courseOk = c.course.isEmpty() || s.meta(PhoenixMeta::Course) == c.course;
                if (roleOk && courseOk)
                    shown << s;
            }
        } else {
            shown = ServerResolver::desktops(servers.value(), c.role, c.course);
        }
        std::sort(shown.begin(), shown.end(), [](const Server &a, const Server &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        if (c.json) {
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

void CtlDesktops::action(CtlRunner *runner)
{
    auto *batch = new DesktopBatch(runner);
    batch->start();
}

void CtlDesktops::assignFloatingIp(CtlRunner *runner)
{
    withTarget(runner, [runner](const Server &server) {
        FloatingIpManager(runner->client()).assign(server, runner, [runner, server](Result<FloatingIp> ip) {
            if (!ip) {
                runner->fail(ip.error(), server.name);
                return;
            }
            if (runner->command().json)
                runner->printJson(CtlOutput::floatingIpJson(ip.value(), server.name));
            else
                runner->print(tr("%1: %2\n").arg(server.name, ip.value().floatingIpAddress));
            runner->finish(0);
        });
    });
}

void CtlDesktops::releaseFloatingIp(CtlRunner *runner)
{
    withTarget(runner, [runner](const Server &server) {
        FloatingIpManager(runner->client()).release(server, runner, [runner, server](Result<QList<FloatingIp>> released) {
            if (!released) {
                runner->fail(released.error(), server.name);
                return;
            }
            QStringList addresses;
            for (const FloatingIp &ip : released.value())
                addresses << ip.floatingIpAddress;
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
}
