#include "cloud/reachabilityprobe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcProbe, "phoenix.cloud.probe")

namespace
{
// TPKT + X.224 Connection Request with an RDP Negotiation Request (TLS | CredSSP).
const QByteArray RdpConnectionRequest = QByteArray::fromHex("03000013" "0e" "e0" "0000" "0000" "00"
                                                            "01" "00" "0800" "03000000");

// SPICE link header: magic "REDQ", major 2, minor 2, size of the (empty) link message.
QByteArray spiceLinkHeader()
{
    QByteArray h("REDQ");
    const char version[] = {2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0};
    h.append(version, sizeof(version));
    return h;
}

bool readAtLeast(QTcpSocket &socket, int bytes, int timeoutMs, QElapsedTimer &timer)
{
    while (socket.bytesAvailable() < bytes) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left))
            return false;
    }
    return true;
}
} // namespace

ReachabilityProbe::Protocol ReachabilityProbe::protocolForPort(int port)
{
    if (port >= 5900 && port <= 5999)
        return Protocol::Vnc;
    if (port == 3389)
        return Protocol::Rdp;
    return Protocol::Tcp;
}

QString ReachabilityProbe::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Rdp:
        return QStringLiteral("RDP");
    case Protocol::Vnc:
        return QStringLiteral("VNC");
    case Protocol::Spice:
        return QStringLiteral("SPICE");
    case Protocol::Tcp:
        return QStringLiteral("TCP");
    }
    return {};
}

ReachabilityProbe::Result ReachabilityProbe::probe(const QString &host, int port, Protocol protocol, int timeoutMs)
{
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(timeoutMs))
        return {false, tr("%1 does not accept connections (%2).").arg(where, socket.errorString())};

    bool ok = false;
    switch (protocol) {
    case Protocol::Tcp:
        ok = true;
        break;
    case Protocol::Rdp:
        socket.write(RdpConnectionRequest);
        // Connection Confirm: TPKT version 3, then X.224 code 0xD0 at offset 5.
        ok = readAtLeast(socket, 11, timeoutMs, timer) && [&] {
            const QByteArray reply = socket.read(11);
            return reply.at(0) == 0x03 && reply.at(1) == 0x00 && (quint8(reply.at(5)) & 0xF0) == 0xD0;
        }();
        break;
    case Protocol::Vnc:
        ok = readAtLeast(socket, 12, timeoutMs, timer) && socket.read(12).startsWith("RFB ");
        break;
    case Protocol::Spice:
        socket.write(spiceLinkHeader());
        ok = readAtLeast(socket, 4, timeoutMs, timer) && socket.read(4) == "REDQ";
        break;
    }
    socket.abort();
    qCDebug(lcProbe) << where << protocolName(protocol) << (ok ? "answers" : "no protocol answer") << timer.elapsed()
                     << "ms";
    if (ok)
        return {true, tr("%1 answers (%2).").arg(where, protocolName(protocol))};
    return {false, tr("%1 accepts connections but no %2 service answers.").arg(where, protocolName(protocol))};
}
