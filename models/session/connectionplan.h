#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/tasktypes.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** How Phoenix reaches a desktop's remote-desktop service (issue 14). */
enum class RemoteProtocol {
    Rdp,    // a generated .rdp file for mstsc / xfreerdp / remmina
    Spice,  // a generated .vv file for remote-viewer
    Console // Nova's browser console (noVNC / SPICE-HTML5)
};

/** A desktop gateway of the settings: connections from outside the school network to an
 *  internal address (or CIDR) and port go to the external host and port instead. */
struct DesktopGateway
{
    QString externalHost;
    int externalPort = 0;
    QString internal; // an address or a CIDR ("10.20.0.0/24")
    int internalPort = 0; // 0: any port (the external port is then the same port)

    /** "gw.school.edu:33890=10.20.0.12:3389", "gw:0=10.20.0.0/24:0"; invalid → externalHost empty. */
    static DesktopGateway parse(const QString &text);
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isValid() const { return !externalHost.isEmpty() && !internal.isEmpty(); }
};

/** Where to connect: the host and port, and why. */
struct ConnectionRoute
{
    QString host;
    int port = 0;
    bool viaGateway = false;
    bool needsFloatingIp = false; // the desktop must get a floating IP first (outside, no gateway)
    QString error;                // not reachable from here, in plain words
    [[nodiscard]] bool ok() const { return error.isEmpty() && !host.isEmpty(); }
};

/** A launch: a program and its arguments (never a password), a connection file to write first
 *  (its path replaces the placeholder FilePlaceholder in the arguments), or a URL for the browser. */
struct LaunchPlan
{
    static constexpr auto FilePlaceholder = "%f";
    QString program;
    QStringList arguments;
    QString fileSuffix;    // ".rdp", ".vv"; empty: no file
    QByteArray fileContent;
    QString url;           // Console: open in the browser
    QString error;         // no client found, bad template…
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/**
 * Pure rules of the connection layer, shared by the tray, the window's Connect and phoenixctl:
 * the gateway-or-direct choice, the .rdp and .vv files, and the client command line. Table-tested.
 */
class ConnectionPlan
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPlan)

public:
    enum class Platform {
        Linux,
        Windows
    };

    /** This computer's own addresses (QNetworkInterface), without loopback. */
    static QList<QHostAddress> localAddresses();
    static bool inSegments(const QHostAddress &address, const QStringList &cidrs);

    /**
     * Gateway or direct: inside the intranet (one of this computer's addresses in a segment) the
     * desktop's fixed address is used; outside, a gateway matching the fixed address and port,
     * else the floating address, else the route asks for a floating IP (needsFloatingIp). Without
     * any intranet segment configured every computer counts as outside.
     */
    static ConnectionRoute route(const QList<QHostAddress> &local, const QStringList &intranet,
                                 const QList<DesktopGateway> &gateways, const QString &fixedAddress,
                                 const QString &floatingAddress, int port);

    /**
     * The protocol of a desktop: its course's (the desktop's phoenix:course → that course's
     * protocol; courseProtocols maps course codes to protocol keys), else its own `phoenix:protocol`
     * metadata, else fallback (the settings' default). Keys: rdp, spice, console (vnc, novnc);
     * an unknown key counts as none.
     */
    static RemoteProtocol protocolOf(const Server &server, const QHash<QString, QString> &courseProtocols,
                                     RemoteProtocol fallback);
    static RemoteProtocol protocolOf(const Server &server, RemoteProtocol fallback);
    static QString protocolKey(RemoteProtocol protocol);
    static std::optional<RemoteProtocol> protocolFromKey(const QString &key);

    static QByteArray rdpFile(const QString &host, int port, const QString &userName);
    static QByteArray vvFile(const QString &host, int port, const QString &title);

    /**
     * The client command. commandTemplate empty: the first installed client (Windows: mstsc;
     * Linux RDP: xfreerdp, then remmina; SPICE: remote-viewer) opens the generated file. A
     * template may use %f (the file), %h, %p and %u (user name); it is split like a shell line
     * (quotes), and placeholders are replaced inside single arguments only, so a host can never
     * add an argument. find(program) returns the program's path or empty (QStandardPaths).
     */
    static LaunchPlan launch(RemoteProtocol protocol, const ConnectionRoute &route, const QString &userName,
                             const QString &title, const QString &commandTemplate, Platform platform,
                             const std::function<QString(const QString &)> &find);
    static Platform currentPlatform();

    /** The remote-desktop port of a protocol: RDP the settings' port (3389), SPICE 5900. */
    static int portOf(RemoteProtocol protocol, int rdpPort);
    /** The "Open my desktop" task for a desktop reached by this route: no floating IP when the
     *  route needs none (intranet, gateway), and DETECT probes the gateway when there is one. */
    static TaskSpec openTask(const Server &server, const ConnectionRoute &route, int port);
    /** The route the settings give for a desktop, from this computer. */
    static ConnectionRoute routeFor(const Server &server, const QString &floatingAddress, int port,
                                    const QStringList &intranet, const QStringList &gateways,
                                    const QList<QHostAddress> &local);
};
