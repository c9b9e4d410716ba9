#include "cloud/networkapi.h"

#include "cloud/apicall.h"
#include "cloud/apiparsers.h"
#include "cloud/restclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcNetwork, "phoenix.cloud.network")

namespace
{
const QString Network_ = QStringLiteral("network");

QString itemPath(const char *collection, const QString &id)
{
    return QStringLiteral("/v2.0/") + QLatin1String(collection) + QLatin1Char('/')
        + id;
}

template<typename T, typename Parse>
void getList(RestClient *client, const QString &path, const QUrlQuery &query, QObject *context,
             ApiCallback<QList<T>> callback, Parse parse)
{
    ApiRequest request = ApiRequest::get(Network_, path, query);
    request.replyKind = ReplyKind::List;
    ApiCall::send<QList<T>>(client, request, context, std::move(callback),
                            [parse](const ApiReply &reply) { return parse(reply.body()); });
}
} // namespace

NetworkApi::NetworkApi(RestClient *client)
    : m_client(client)
{
}

void NetworkApi::listNetworks(QObject *context, ApiCallback<QList<Network>> callback)
{
    findNetworks({}, context, std::move(callback));
}

void NetworkApi::findNetworks(const QUrlQuery &filters, QObject *context, ApiCallback<QList<Network>> callback)
{
    getList<Network>(m_client, QStringLiteral("/v2.0/networks"), filters, context, std::move(callback),
                     ApiParsers::parseNetworks);
}

void NetworkApi::listSubnets(QObject *context, ApiCallback<QList<Subnet>> callback)
{
    getList<Subnet>(m_client, QStringLiteral("/v2.0/subnets"), {}, context, std::move(callback), ApiParsers::parseSubnets);
}

void NetworkApi::listPorts(const QString &deviceId, QObject *context, ApiCallback<QList<Port>> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("device_id"), deviceId);
    findPorts(query, context, std::move(callback));
}

void NetworkApi::findPorts(const QUrlQuery &filters, QObject *context, ApiCallback<QList<Port>> callback)
{
    getList<Port>(m_client, QStringLiteral("/v2.0/ports"), filters, context, std::move(callback), ApiParsers::parsePorts);
}

void NetworkApi::listRouters(QObject *context, ApiCallback<QList<Router>> callback)
{
    getList<Router>(m_client, QStringLiteral("/v2.0/routers"), {}, context, std::move(callback), ApiParsers::parseRouters);
}

void NetworkApi::listFloatingIps(QObject *context, ApiCallback<QList<FloatingIp>> callback)
{
    getList<FloatingIp>(m_client, QStringLiteral("/v2.0/floatingips"), {}, context, std::move(callback),
                        ApiParsers::parseFloatingIps);
}

QJsonObject NetworkApi::createFloatingIpBody(const QString &externalNetworkId, const QString &description)
{
    QJsonObject fip{{QStringLiteral("floating_network_id"), externalNetworkId}};
    if (!description.isEmpty())
        fip.insert(QStringLiteral("description"), description);
    return QJsonObject{{QStringLiteral("floatingip"), fip}};
}

QJsonObject NetworkApi::associateBody(const QString &portId, const QString &fixedIp)
{
    QJsonObject fip;
    if (portId.isEmpty()) {
        fip.insert(QStringLiteral("port_id"), QJsonValue::Null);
    } else {
        fip.insert(QStringLiteral("port_id"), portId);
        if (!fixedIp.isEmpty())
            fip.insert(QStringLiteral("fixed_ip_address"), fixedIp);
    }
    return QJsonObject{{QStringLiteral("floatingip"), fip}};
}

void NetworkApi::createFloatingIp(const QString &externalNetworkId, const QString &description, QObject *context,
                                  ApiCallback<FloatingIp> callback)
{
    qCInfo(lcNetwork) << "allocating a floating IP on" << externalNetworkId;
    ApiCall::send<FloatingIp>(m_client,
                              ApiRequest::post(Network_, QStringLiteral("/v2.0/floatingips"),
                                               QJsonDocument(createFloatingIpBody(externalNetworkId, description))),
                              context, std::move(callback),
                              [](const ApiReply &reply) { return ApiParsers::parseFloatingIp(reply.body()); });
}

void NetworkApi::associateFloatingIp(const QString &floatingIpId, const QString &portId, const QString &fixedIp,
                                     QObject *context, ApiCallback<FloatingIp> callback)
{
    qCInfo(lcNetwork) << (portId.isEmpty() ? "disassociating floating IP" : "associating floating IP") << floatingIpId
                      << portId;
    ApiCall::send<FloatingIp>(m_client,
                              ApiRequest::put(Network_, itemPath("floatingips", floatingIpId),
                                              QJsonDocument(associateBody(portId, fixedIp))),
                              context, std::move(callback),
                              [](const ApiReply &reply) { return ApiParsers::parseFloatingIp(reply.body()); });
}

void NetworkApi::deleteFloatingIp(const QString &id, QObject *context, ApiCallback<bool> callback)
{
    qCInfo(lcNetwork) << "releasing floating IP" << id;
    ApiCall::send<bool>(m_client, ApiRequest::del(Network_, itemPath("floatingips", id)), context, std::move(callback),
                        ApiCall::noBody);
}

void NetworkApi::quota(const QString &projectId, QObject *context, ApiCallback<NetworkQuota> callback)
{
    ApiCall::send<NetworkQuota>(m_client, ApiRequest::get(Network_, itemPath("quotas", projectId)), context,
                                std::move(callback),
                                [](const ApiReply &reply) { return ApiParsers::parseNetworkQuota(reply.body()); });
}

QString NetworkApi::fixedIpv4(const Port &port)
{
    for (const FixedIp &ip : port.fixedIps) {
        if (QHostAddress(ip.ipAddress).protocol() == QAbstractSocket::IPv4Protocol)
            return ip.ipAddress;
    }
    return {};
}

Result<Port> NetworkApi::choosePort(const Server &server, const QList<Port> &ports)
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

bool NetworkApi::isRouterInterface(const Port &port)
{
    return port.deviceOwner.startsWith(QLatin1String("network:router_interface"))
        || port.deviceOwner == QLatin1String("network:ha_router_replicated_interface");
}

Result<QString> NetworkApi::chooseExternalNetwork(const Port &port, const QList<Port> &routerPorts,
                                                  const QList<Router> &routers, const QList<Network> &externalNetworks)
{
    QSet<QString> subnets;
    for (const FixedIp &ip : port.fixedIps)
        subnets.insert(ip.subnetId);
    // Routers with an interface on one of the port's subnets, in the order Neutron listed the ports.
    QStringList routerIds;
    for (const Port &p : routerPorts) {
        if (!isRouterInterface(p))
            continue;
        for (const FixedIp &ip : p.fixedIps) {
            if (subnets.contains(ip.subnetId) && !routerIds.contains(p.deviceId))
                routerIds << p.deviceId;
        }
    }
    for (const QString &id : std::as_const(routerIds)) {
        for (const Router &r : routers) {
            if (r.id == id && !r.externalNetworkId.isEmpty())
                return r.externalNetworkId;
        }
    }
    if (externalNetworks.size() == 1)
        return externalNetworks.first().id;
    if (externalNetworks.isEmpty())
        return CloudError::config(tr("No router connects the desktop's network to an external network, and the cloud "
                                     "has no external network for floating IPs."));
    QStringList names;
    for (const Network &n : externalNetworks)
        names << (n.name.isEmpty() ? n.id : n.name);
    return CloudError::config(tr("No router connects the desktop's network to an external network, and there are "
                                 "several external networks (%1): Phoenix cannot tell which one to use.")
                                  .arg(names.join(QStringLiteral(", "))));
}

void NetworkApi::externalNetworkForPort(const Port &port, QObject *context, ApiCallback<QString> callback)
{
    // 1. the router interfaces on the port's network, 2. the routers, 3. (fallback) the external networks.
    QPointer<RestClient> client = m_client;
    QUrlQuery onNetwork;
    onNetwork.addQueryItem(QStringLiteral("network_id"), port.networkId);
    findPorts(onNetwork, context, [client, port, context, callback](Result<QList<Port>> routerPorts) {
        if (!routerPorts) {
            callback(routerPorts.error());
            return;
        }
        if (!client)
            return;
        NetworkApi(client).listRouters(context, [client, port, context, callback, routerPorts](Result<QList<Router>> routers) {
            if (!routers) {
                callback(routers.error());
                return;
            }
            Result<QString> direct = chooseExternalNetwork(port, routerPorts.value(), routers.value(), {});
            if (direct || !client) {
                callback(std::move(direct));
                return;
            }
            QUrlQuery external;
            external.addQueryItem(QStringLiteral("router:external"), QStringLiteral("true"));
            NetworkApi(client).findNetworks(external, context, [port, callback, routerPorts, routers](Result<QList<Network>> networks) {
                if (!networks) {
                    callback(networks.error());
                    return;
                }
                QList<Network> externalOnly;
                for (const Network &n : networks.value()) {
                    if (n.external)
                        externalOnly << n;
                }
                callback(chooseExternalNetwork(port, routerPorts.value(), routers.value(), externalOnly));
            });
        });
    });
}
