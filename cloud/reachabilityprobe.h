#pragma once

#include <QCoreApplication>
#include <QString>

// Does a desktop answer on its remote-desktop port? A TCP connect alone is not proof: proxies,
// NAT gateways and some firewalls accept any connection. So the probe speaks the first step of
// the protocol and checks the answer: RDP (X.224 Connection Request → Connection Confirm), VNC
// (the server's "RFB xxx.yyy" greeting), SPICE (link header → "REDQ" reply). Blocking: for worker
// threads only (the task engine's DETECT stage), never the GUI thread.
class ReachabilityProbe
{
    Q_DECLARE_TR_FUNCTIONS(ReachabilityProbe)

public:
    enum class Protocol {
        Rdp,
        Vnc,
        Spice,
        Tcp // plain connect, for services without a greeting
    };

    struct Result
    {
        bool reachable = false;
        QString detail; // plain language: what answered, or why not
    };

    // The protocol usually behind a port: 3389 RDP, 5900-5999 VNC, 5930/3128/… are set explicitly.
    static Protocol protocolForPort(int port);
    static QString protocolName(Protocol protocol);
    static Result probe(const QString &host, int port, Protocol protocol, int timeoutMs);
};
