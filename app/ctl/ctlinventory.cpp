#include "app/ctl/ctlinventory.h"

#include "cloud/computeapi.h"
#include "app/ctl/ctldesktops.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace
{
template<typename T>
void sortByName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
}

// A listing's end: the items as a JSON array (--json) or as their table, then success.
template<typename T, typename ToJson>
void printList(CtlRunner *runner, const QList<T> &items, ToJson toJson, const TextTable &table)
{
    if (runner->command().json) {
        QJsonArray out;
        for (const T &item : items)
            out << toJson(item);
        runner->printJson(out);
    } else {
        runner->print(table.render());
    }
    runner->finish(0);
}

QList<FloatingIp> ownedBy(const QList<FloatingIp> &ips, const QString &project)
{
    QList<FloatingIp> out;
    for (const FloatingIp &ip : ips) {
        if (project.isEmpty() || ip.projectId == project)
            out << ip;
    }
    return out;
}

QString limitText(int value)
{
    return value < 0 ? CtlInventory::tr("unlimited") : QString::number(value);
}
} // namespace

QList<CtlSubcommand> CtlInventory::commands()
{
    using T = CtlSubcommand::Targets;
    QList<CtlSubcommand> rows;
    const std::pair<const char *, CtlHandler> lists[] = {
        {"images", &CtlInventory::images}, {"flavors", &CtlInventory::flavors}, {"networks", &CtlInventory::networks}};
    for (const auto &[group, handler] : lists) {
        const QString name = QString::fromLatin1(group);
        CtlSubcommand list{name, QStringLiteral("list"), T::None, tr("\"%1 list\" takes no further arguments.").arg(name)};
        list.run = handler;
        list.unknownVerb = [name](const QString &) { return tr("Use \"%1 list\".").arg(name); };
        list.section = CtlCommandLine::inventorySection();
        rows << list;
    }
    rows.first().help = tr("  images list | flavors list | networks list | floating-ips list | limits   [--json]\n");

    CtlSubcommand ips{QStringLiteral("floating-ips"), QStringLiteral("list"), T::None, tr("\"floating-ips list\" takes no further arguments.")};
    ips.run = &CtlInventory::floatingIps;
    ips.unknownVerb = &CtlDesktops::floatingIpsUnknownVerb;
    ips.section = CtlCommandLine::inventorySection();
    rows << ips;

    CtlSubcommand limits{QStringLiteral("limits"), QString(), T::None, tr("\"limits\" takes no further arguments.")};
    limits.run = &CtlInventory::limits;
    limits.section = CtlCommandLine::inventorySection();
    rows << limits;
    return rows;
}

void CtlInventory::images(CtlRunner *runner)
{
    ImageApi(runner->client()).listImages(runner, [runner](Result<QList<Image>> images) {
        if (!images) {
            runner->fail(images.error());
            return;
        }
        QList<Image> list = images.take();
        sortByName(list);
        printList(runner, list, &CtlOutput::imageJson, CtlOutput::imageTable(list));
    });
}

void CtlInventory::flavors(CtlRunner *runner)
{
    ComputeApi(runner->client()).listFlavors(runner, [runner](Result<QList<Flavor>> flavors) {
        if (!flavors) {
            runner->fail(flavors.error());
            return;
        }
        QList<Flavor> list = flavors.take();
        std::sort(list.begin(), list.end(), [](const Flavor &a, const Flavor &b) {
            return std::tie(a.vcpus, a.ramMb, a.diskGb, a.name) < std::tie(b.vcpus, b.ramMb, b.diskGb, b.name);
        });
        printList(runner, list, &CtlOutput::flavorJson, CtlOutput::flavorTable(list));
    });
}

void CtlInventory::networks(CtlRunner *runner)
{
    NetworkApi(runner->client()).listNetworks(runner, [runner](Result<QList<Network>> networks) {
        if (!networks) {
            runner->fail(networks.error());
            return;
        }
        NetworkApi(runner->client()).listSubnets(runner, [runner, networks](Result<QList<Subnet>> subnets) {
            if (!subnets) {
                runner->fail(subnets.error());
                return;
            }
            QList<Network> list = networks.value();
            sortByName(list);
            printList(runner, list, [&subnets](const Network &n) { return CtlOutput::networkJson(n, subnets.value()); },
                      CtlOutput::networkTable(list, subnets.value()));
        });
    });
}

void CtlInventory::floatingIps(CtlRunner *runner)
{
    // Floating IP → port → server name: three lists, no per-item request. An administrator sees
    // every project's floating IPs; the project's own are the ones Phoenix manages.
    NetworkApi(runner->client()).listFloatingIps(runner, [runner](Result<QList<FloatingIp>> ips) {
        if (!ips) {
            runner->fail(ips.error());
            return;
        }
        const QString project = runner->session()->auth().projectId;
        QUrlQuery ofProject;
        ofProject.addQueryItem(QStringLiteral("project_id"), project);
        NetworkApi(runner->client()).findPorts(ofProject, runner, [runner, ips, project](Result<QList<Port>> ports) {
            if (!ports) {
                runner->fail(ports.error());
                return;
            }
            ComputeApi(runner->client()).listAllServers({}, runner, [runner, ips, ports, project](Result<QList<Server>> servers) {
                if (!servers) {
                    runner->fail(servers.error());
                    return;
                }
                QHash<QString, QString> deviceOfPort;
                for (const Port &p : ports.value())
                    deviceOfPort.insert(p.id, p.deviceId);
                QHash<QString, QString> nameOfServer;
                for (const Server &s : servers.value())
                    nameOfServer.insert(s.id, s.name);
                QList<FloatingIp> list = ownedBy(ips.value(), project);
                std::sort(list.begin(), list.end(), [](const FloatingIp &a, const FloatingIp &b) {
                    return a.floatingIpAddress < b.floatingIpAddress;
                });
                QJsonArray json;
                TextTable table({tr("ADDRESS"), tr("DESKTOP"), tr("FIXED IP"), tr("STATUS"), tr("ID")});
                for (const FloatingIp &ip : std::as_const(list)) {
                    const QString desktop = nameOfServer.value(deviceOfPort.value(ip.portId));
                    json << CtlOutput::floatingIpJson(ip, desktop);
                    table.addRow({ip.floatingIpAddress, CtlOutput::orDash(desktop), CtlOutput::orDash(ip.fixedIpAddress),
                                  ip.status, ip.id});
                }
                if (runner->command().json)
                    runner->printJson(json);
                else if (list.isEmpty())
                    runner->print(tr("No floating IPs.\n"));
                else
                    runner->print(table.render());
                runner->finish(0);
            });
        });
    });
}

void CtlInventory::limits(CtlRunner *runner)
{
    ComputeApi(runner->client()).limits(runner, [runner](Result<ComputeLimits> compute) {
        if (!compute) {
            runner->fail(compute.error());
            return;
        }
        const QString project = runner->session()->auth().projectId;
        NetworkApi(runner->client()).quota(project, runner, [runner, compute](Result<NetworkQuota> quota) {
            if (!quota) {
                runner->fail(quota.error());
                return;
            }
            NetworkApi(runner->client()).listFloatingIps(runner, [runner, compute, quota](Result<QList<FloatingIp>> ips) {
                if (!ips) {
                    runner->fail(ips.error());
                    return;
                }
                const ComputeLimits &l = compute.value();
                const int usedIps = int(ownedBy(ips.value(), runner->session()->auth().projectId).size());
                if (runner->command().json) {
                    auto pair = [](int used, int limit) {
                        return QJsonObject{{QStringLiteral("used"), used}, {QStringLiteral("limit"), limit}};
                    };
                    runner->printJson(QJsonObject{{QStringLiteral("instances"), pair(l.usedInstances, l.maxInstances)},
                                                  {QStringLiteral("cores"), pair(l.usedCores, l.maxCores)},
                                                  {QStringLiteral("ram_mb"), pair(l.usedRamMb, l.maxRamMb)},
                                                  {QStringLiteral("floating_ips"), pair(usedIps, quota.value().floatingIps)},
                                                  {QStringLiteral("key_pairs"), QJsonObject{{QStringLiteral("limit"), l.maxKeypairs}}},
                                                  {QStringLiteral("server_groups"), QJsonObject{{QStringLiteral("limit"), l.maxServerGroups}}}});
                } else {
                    TextTable t({tr("RESOURCE"), tr("USED"), tr("LIMIT")});
                    t.addRow({tr("desktops (instances)"), QString::number(l.usedInstances), limitText(l.maxInstances)});
                    t.addRow({tr("vCPUs"), QString::number(l.usedCores), limitText(l.maxCores)});
                    t.addRow({tr("RAM (MB)"), QString::number(l.usedRamMb), limitText(l.maxRamMb)});
                    t.addRow({tr("floating IPs"), QString::number(usedIps), limitText(quota.value().floatingIps)});
                    t.addRow({tr("key pairs"), QStringLiteral("-"), limitText(l.maxKeypairs)});
                    t.addRow({tr("server groups"), QStringLiteral("-"), limitText(l.maxServerGroups)});
                    runner->print(t.render());
                }
                runner->finish(0);
            });
        });
    });
}
