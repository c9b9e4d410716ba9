#include "cloud/floatingipmanager.h"

#include "cloud/networkapi.h"
#include "cloud/restclient.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcFloating, "phoenix.cloud.floatingip")

namespace
{
bool isIpv4(const QString &address)
{
    return QHostAddress(address).protocol() == QAbstractSocket::IPv4Protocol;
}

// Disassociates then deletes ips[index..], collecting what was released.
void releaseNext(QPointer<RestClient> client, QList<FloatingIp> ips, int index, std::shared_ptr<QList<FloatingIp>> done,
                 QObject *context, ApiCallback<QList<FloatingIp>> callback)
{
    if (!client)
        return;
    if (index >= ips.size()) {
        callback(std::move(*done));
        return;
    }
    const FloatingIp ip = ips.at(index);
    NetworkApi(client).associateFloatingIp(ip.id, QString(), QString(), context, [=](Result<FloatingIp> detached) {
        if (!detached && !detached.error().isNotFound()) {
            callback(detached.error());
            return;
        }
        if (!client)
            return;
        NetworkApi(client).deleteFloatingIp(ip.id, context, [=](Result<bool> deleted) {
            if (!deleted && !deleted.error().isNotFound()) {
                callback(deleted.error());
                return;
            }
            done->append(ip);
            releaseNext(client, ips, index + 1, done, context, callback);
        });
    });
}
} // namespace

FloatingIpManager::FloatingIpManager(RestClient *client)
    : m_client(client)
{
}

QString FloatingIpManager::fixedIpv4(const Port &port)
{
    for (const FixedIp &ip : port.fixedIps) {
        if (isIpv4(ip.ipAddress))
            return ip.ipAddress;
    }
    return {};
}

Result<Port> FloatingIpManager::choosePort(const Server &server, const QList<Port> &ports)
{
    if (ports.isEmpty())
        return CloudError::config(tr("%1 has no network port, so it cannot get a floating IP.").arg(server.name));
    const QString fixed = server.fixedAddress();
    for (const Port &p : ports) {
        for (const FixedIp &ip : p.fixedIps) {
            if (!fixed.isEmpty() && ip.ipAddress == fixed)
                return p;
        }
    }
    for (const Port &p : ports) {
        if (!fixedIpv4(p).isEmpty())
            return p;
    }
    return ports.first();
}

void FloatingIpManager::assign(const Server &server, QObject *context, ApiCallback<FloatingIp> callback)
{
    QPointer<RestClient> client = m_client;
    NetworkApi(client).listPorts(server.id, context, [=](Result<QList<Port>> ports) {
        if (!ports) {
            callback(ports.error());
            return;
        }
        Result<Port> chosen = choosePort(server, ports.value());
        if (!chosen) {
            callback(chosen.error());
            return;
        }
        const Port port = chosen.value();
        if (!client)
            return;
        NetworkApi(client).listFloatingIps(context, [=](Result<QList<FloatingIp>> existing) {
            if (!existing) {
                callback(existing.error());
                return;
            }
            for (const FloatingIp &ip : existing.value()) {
                if (ip.portId == port.id) {
                    qCInfo(lcFloating) << server.name << "already has floating IP" << ip.floatingIpAddress;
                    callback(ip);
                    return;
                }
            }
            if (!client)
                return;
            NetworkApi(client).externalNetworkForPort(port, context, [=](Result<QString> external) {
                if (!external) {
                    callback(external.error());
                    return;
                }
                if (!client)
                    return;
                const QString description = QStringLiteral("phoenix:") + server.name;
                NetworkApi(client).createFloatingIp(external.value(), description, context, [=](Result<FloatingIp> created) {
                    if (!created) {
                        callback(created.error());
                        return;
                    }
                    if (!client)
                        return;
                    const FloatingIp ip = created.value();
                    NetworkApi(client).associateFloatingIp(
                        ip.id, port.id, fixedIpv4(port), context, [=](Result<FloatingIp> associated) {
                            if (associated || !client) {
                                callback(std::move(associated));
                                return;
                            }
                            // Do not leak the address just allocated: give it back, then report why.
                            const CloudError why = associated.error();
                            NetworkApi(client).deleteFloatingIp(ip.id, context, [callback, why](Result<bool>) {
                                callback(why);
                            });
                        });
                });
            });
        });
    });
}

void FloatingIpManager::release(const Server &server, QObject *context, ApiCallback<QList<FloatingIp>> callback)
{
    QPointer<RestClient> client = m_client;
    NetworkApi(client).listPorts(server.id, context, [=](Result<QList<Port>> ports) {
        if (!ports) {
            callback(ports.error());
            return;
        }
        QSet<QString> portIds;
        for (const Port &p : ports.value())
            portIds.insert(p.id);
        if (!client)
            return;
        NetworkApi(client).listFloatingIps(context, [=](Result<QList<FloatingIp>> all) {
            if (!all) {
                callback(all.error());
                return;
            }
            QList<FloatingIp> mine;
            for (const FloatingIp &ip : all.value()) {
                if (!ip.portId.isEmpty() && portIds.contains(ip.portId))
                    mine << ip;
            }
            releaseNext(client, mine, 0, std::make_shared<QList<FloatingIp>>(), context, callback);
        });
    });
}
