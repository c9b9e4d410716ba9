#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QCoreApplication>

class RestClient;

/**
 * Gives a desktop a public address and takes it back, composed from Neutron calls:
 * assign = the server's port → the external network behind its router → allocate → associate
 * (a floating IP it already has is kept); release = disassociate and delete every floating IP on
 * the server's ports. Floating IPs Phoenix allocates carry the description "phoenix:<server>".
 */
class FloatingIpManager
{
    Q_DECLARE_TR_FUNCTIONS(FloatingIpManager)

public:
    explicit FloatingIpManager(RestClient *client);

    void assign(const Server &server, QObject *context, ApiCallback<FloatingIp> callback);
    // Value: the released floating IPs (empty if the server had none).
    void release(const Server &server, QObject *context, ApiCallback<QList<FloatingIp>> callback);

    // Pure: the port to give the address to — the one holding the server's fixed IPv4 address,
    // else the first port with an IPv4 address, else the first port.
    static Result<Port> choosePort(const Server &server, const QList<Port> &ports);
    // Pure: the port's IPv4 fixed address (Neutron needs it when a port has several).
    static QString fixedIpv4(const Port &port);

private:
    RestClient *m_client;
};
