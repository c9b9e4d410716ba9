#pragma once

#include "apicallback.h"
#include "cloudtypes.h"

class RestClient;

// Neutron v2.0.
class NetworkApi
{
public:
    explicit NetworkApi(RestClient *client);

    void listNetworks(QObject *context, ApiCallback<QList<Network>> callback);
    void listSubnets(QObject *context, ApiCallback<QList<Subnet>> callback);
    void listPorts(const QString &deviceId, QObject *context, ApiCallback<QList<Port>> callback); // by device
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

private:
    RestClient *m_client;
};
