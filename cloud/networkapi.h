#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

class RestClient;

// Neutron v2.0.
class NetworkApi
{
    Q_DECLARE_TR_FUNCTIONS(NetworkApi)

public:
    explicit NetworkApi(RestClient *client);

    void listNetworks(QObject *context, ApiCallback<QList<Network>> callback);
    void listSubnets(QObject *context, ApiCallback<QList<Subnet>> callback);
    void listPorts(const QString &deviceId, QObject *context, ApiCallback<QList<Port>> callback); // by device
    // GET /v2.0/ports with Neutron filters, e.g. network_id=..., device_owner=...
    void findPorts(const QUrlQuery &filters, QObject *context, ApiCallback<QList<Port>> callback);
    // GET /v2.0/networks with Neutron filters, e.g. router:external=true
    void findNetworks(const QUrlQuery &filters, QObject *context, ApiCallback<QList<Network>> callback);
    void listRouters(QObject *context, ApiCallback<QList<Router>> callback);
    void listFloatingIps(QObject *context, ApiCallback<QList<FloatingIp>> callback);
    void createFloatingIp(const QString &externalNetworkId, const QString &description, QObject *context,
                          ApiCallback<FloatingIp> callback);
    // portId empty = disassociate
    void associateFloatingIp(const QString &floatingIpId, const QString &portId, const QString &fixedIp,
                             QObject *context, ApiCallback<FloatingIp> callback);
    void deleteFloatingIp(const QString &id, QObject *context, ApiCallback<bool> callback);
    void quota(const QString &projectId, QObject *context, ApiCallback<NetworkQuota> callback);

    // The external network reachable from a server's port: the router with an interface on the
    // port's subnet and a gateway; falls back to the only external network.
    void externalNetworkForPort(const Port &port, QObject *context, ApiCallback<QString> callback);

    // The choice behind externalNetworkForPort (pure; tested): routerPorts are the ports on the
    // port's network, routers the visible routers, externalNetworks the router:external networks.
    static Result<QString> chooseExternalNetwork(const Port &port, const QList<Port> &routerPorts,
                                                 const QList<Router> &routers, const QList<Network> &externalNetworks);
    static bool isRouterInterface(const Port &port);
    // The port to give a server's floating IP to (pure; tested): the one holding the server's
    // fixed IPv4 address, else the first port with an IPv4 address, else the first port.
    static Result<Port> choosePort(const Server &server, const QList<Port> &ports);
    // The port's IPv4 fixed address (Neutron needs it when a port has several).
    static QString fixedIpv4(const Port &port);
    // Request bodies (pure; tested). An empty portId disassociates ("port_id": null).
    static QJsonObject associateBody(const QString &portId, const QString &fixedIp);
    static QJsonObject createFloatingIpBody(const QString &externalNetworkId, const QString &description);

private:
    RestClient *m_client;
};
