#include "models/session/connectionplan.h"

#include <QNetworkInterface>
#include <QProcess>

namespace
{
// host:port, with [v6]:port; false when not of that form.
bool splitHostPort(const QString &text, QString *host, int *port)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const int p = t.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    QString h = t.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.isEmpty())
        return false;
    *host = h;
    *port = p;
    return true;
}

bool matchesInternal(const DesktopGateway &g, const QString &address, int port)
{
    if (g.internalPort != 0 && g.internalPort != port)
        return false;
    const QHostAddress a(address);
    if (a.isNull())
        return false;
    if (g.internal.contains(QLatin1Char('/')))
        return ConnectionPlan::inSegments(a, {g.internal});
    return QHostAddress(g.internal) == a;
}

// One argument of a template with its placeholders replaced (never split into more arguments).
QString fill(QString arg, const QString &file, const ConnectionRoute &route, const QString &user)
{
    QString out;
    for (qsizetype i = 0; i < arg.size(); ++i) {
        if (arg.at(i) == QLatin1Char('%') && i + 1 < arg.size()) {
            const QChar c = arg.at(i + 1);
            if (c == QLatin1Char('f')) {
                out += file;
            } else if (c == QLatin1Char('h')) {
                out += route.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(route.host) : route.host;
            } else if (c == QLatin1Char('p')) {
                out += QString::number(route.port);
            } else if (c == QLatin1Char('u')) {
                out += user;
            } else if (c == QLatin1Char('%')) {
                out += QLatin1Char('%');
            } else {
                out += arg.at(i);
                continue;
            }
            ++i;
            continue;
        }
        out += arg.at(i);
    }
    return out;
}

QString hostPort(const QString &host, int port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}
} // namespace

DesktopGateway DesktopGateway::parse(const QString &text)
{
    DesktopGateway g;
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return g;
    QString extHost, intHost;
    int extPort = 0, intPort = 0;
    if (!splitHostPort(text.left(eq), &extHost, &extPort) || !splitHostPort(text.mid(eq + 1), &intHost, &intPort))
        return g;
    if (intHost.contains(QLatin1Char('/'))) {
        if (QHostAddress::parseSubnet(intHost).first.isNull())
            return g;
    } else if (QHostAddress(intHost).isNull()) {
        return g;
    }
    g.externalHost = extHost;
    g.externalPort = extPort;
    g.internal = intHost;
    g.internalPort = intPort;
    return g;
}

QString DesktopGateway::toString() const
{
    return hostPort(externalHost, externalPort) + QLatin1Char('=') + hostPort(internal, internalPort);
}

QList<QHostAddress> ConnectionPlan::localAddresses()
{
    QList<QHostAddress> out;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback())
            out << a;
    }
    return out;
}

bool ConnectionPlan::inSegments(const QHostAddress &address, const QStringList &cidrs)
{
    for (const QString &c : cidrs) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(c.trimmed());
        if (!subnet.first.isNull() && address.isInSubnet(subnet))
            return true;
    }
    return false;
}

ConnectionRoute ConnectionPlan::route(const QList<QHostAddress> &local, const QStringList &intranet,
                                      const QList<DesktopGateway> &gateways, const QString &fixedAddress,
                                      const QString &floatingAddress, int port)
{
    ConnectionRoute r;
    r.port = port;
    bool inside = false;
    for (const QHostAddress &a : local)
        inside = inside || inSegments(a, intranet);
    if (inside) {
        r.host = fixedAddress.isEmpty() ? floatingAddress : fixedAddress;
        if (r.host.isEmpty())
            r.error = tr("The desktop has no address yet.");
        return r;
    }
    for (const DesktopGateway &g : gateways) {
        if (g.isValid() && !fixedAddress.isEmpty() && matchesInternal(g, fixedAddress, port)) {
            r.host = g.externalHost;
            r.port = g.externalPort > 0 ? g.externalPort : port;
            r.viaGateway = true;
            return r;
        }
    }
    if (!floatingAddress.isEmpty()) {
        r.host = floatingAddress;
        return r;
    }
    r.needsFloatingIp = true;
    return r;
}

RemoteProtocol ConnectionPlan::protocolOf(const Server &server, const QHash<QString, QString> &courseProtocols,
                                          RemoteProtocol fallback)
{
    const QString course = server.meta(PhoenixMeta::Course);
    if (!course.isEmpty()) {
        if (const std::optional<RemoteProtocol> p = protocolFromKey(courseProtocols.value(course)))
            return *p;
    }
    return protocolFromKey(server.metadata.value(QStringLiteral("phoenix:protocol"))).value_or(fallback);
}

RemoteProtocol ConnectionPlan::protocolOf(const Server &server, RemoteProtocol fallback)
{
    return protocolOf(server, {}, fallback);
}

QString ConnectionPlan::protocolKey(RemoteProtocol protocol)
{
    switch (protocol) {
    case RemoteProtocol::Rdp:
        return QStringLiteral("rdp");
    case RemoteProtocol::Spice:
        return QStringLiteral("spice");
    case RemoteProtocol::Console:
        return QStringLiteral("console");
    }
    return {};
}

std::optional<RemoteProtocol> ConnectionPlan::protocolFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("rdp"))
        return RemoteProtocol::Rdp;
    if (k == QLatin1String("spice"))
        return RemoteProtocol::Spice;
    if (k == QLatin1String("console") || k == QLatin1String("vnc") || k == QLatin1String("novnc"))
        return RemoteProtocol::Console;
    return std::nullopt;
}

namespace
{
// A value that goes into a line of a connection file: no line breaks (one value cannot add a line).
QString oneLine(QString value)
{
    value.remove(QLatin1Char('\r'));
    value.remove(QLatin1Char('\n'));
    return value;
}
} // namespace

QByteArray ConnectionPlan::rdpFile(const QString &host, int port, const QString &userName)
{
    // mstsc, xfreerdp and remmina read these; no password: the client asks for it.
    QStringList lines = {QStringLiteral("full address:s:%1").arg(oneLine(hostPort(host, port))),
                         QStringLiteral("prompt for credentials:i:1"),
                         QStringLiteral("screen mode id:i:2"),
                         QStringLiteral("dynamic resolution:i:1"),
                         QStringLiteral("authentication level:i:2"),
                         QStringLiteral("autoreconnection enabled:i:1")};
    if (!userName.isEmpty())
        lines.insert(1, QStringLiteral("username:s:%1").arg(oneLine(userName)));
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray ConnectionPlan::vvFile(const QString &host, int port, const QString &title)
{
    const QStringList lines = {QStringLiteral("[virt-viewer]"), QStringLiteral("type=spice"),
                               QStringLiteral("host=%1").arg(oneLine(host)), QStringLiteral("port=%1").arg(port),
                               QStringLiteral("title=%1").arg(oneLine(title)), QStringLiteral("delete-this-file=1"),
                               QStringLiteral("fullscreen=0")};
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

ConnectionPlan::Platform ConnectionPlan::currentPlatform()
{
#ifdef Q_OS_WIN
    return Platform::Windows;
#else
    return Platform::Linux;
#endif
}

LaunchPlan ConnectionPlan::launch(RemoteProtocol protocol, const ConnectionRoute &route, const QString &userName,
                                  const QString &title, const QString &commandTemplate, Platform platform,
                                  const std::function<QString(const QString &)> &find)
{
    LaunchPlan plan;
    if (protocol == RemoteProtocol::Console)
        return plan; // the caller asks Nova for the console URL and opens the browser
    if (!route.ok()) {
        plan.error = route.error.isEmpty() ? tr("The desktop has no address this computer can reach.") : route.error;
        return plan;
    }
    const bool rdp = protocol == RemoteProtocol::Rdp;
    const QString suffix = rdp ? QStringLiteral(".rdp") : QStringLiteral(".vv");
    const QByteArray content = rdp ? rdpFile(route.host, route.port, userName) : vvFile(route.host, route.port, title);
    const QString file = QString::fromLatin1(LaunchPlan::FilePlaceholder);

    QStringList words;
    if (!commandTemplate.trimmed().isEmpty()) {
        words = QProcess::splitCommand(commandTemplate);
        if (words.isEmpty()) {
            plan.error = tr("The remote-desktop command in the settings cannot be read.");
            return plan;
        }
        for (QString &w : words)
            w = fill(w, file, route, userName);
    } else if (!rdp) {
        const QString viewer = find(QStringLiteral("remote-viewer"));
        if (viewer.isEmpty()) {
            plan.error = tr("No SPICE client found: install remote-viewer (virt-viewer).");
            return plan;
        }
        words = {viewer, file};
    } else if (platform == Platform::Windows) {
        const QString mstsc = find(QStringLiteral("mstsc"));
        words = {mstsc.isEmpty() ? QStringLiteral("mstsc.exe") : mstsc, file};
    } else if (const QString freerdp = find(QStringLiteral("xfreerdp")); !freerdp.isEmpty()) {
        words = {freerdp, file, QStringLiteral("/dynamic-resolution")};
    } else if (const QString remmina = find(QStringLiteral("remmina")); !remmina.isEmpty()) {
        words = {remmina, QStringLiteral("-c"), file};
    } else {
        plan.error = tr("No remote-desktop client found: install xfreerdp (freerdp2-x11) or Remmina, "
                        "or set a command in Settings › Remote desktop.");
        return plan;
    }
    plan.program = words.takeFirst();
    plan.arguments = words;
    // The file is written only when the command reads it.
    bool usesFile = plan.program.contains(file);
    for (const QString &a : std::as_const(plan.arguments))
        usesFile = usesFile || a.contains(file);
    if (usesFile) {
        plan.fileSuffix = suffix;
        plan.fileContent = content;
    }
    return plan;
}

int ConnectionPlan::portOf(RemoteProtocol protocol, int rdpPort)
{
    return protocol == RemoteProtocol::Spice ? 5900 : rdpPort;
}

TaskSpec ConnectionPlan::openTask(const Server &server, const ConnectionRoute &route, int port)
{
    TaskSpec spec;
    spec.kind = TaskKind::OpenDesktop;
    spec.serverId = server.id;
    spec.serverName = server.name;
    spec.detectPort = port;
    const bool onFloating = !route.host.isEmpty() && route.host == server.floatingAddress() && !route.viaGateway;
    spec.directAddress = !route.needsFloatingIp && !onFloating && !route.host.isEmpty();
    if (route.viaGateway) {
        spec.detectHost = route.host;
        spec.detectPort = route.port;
    }
    return spec;
}

ConnectionRoute ConnectionPlan::routeFor(const Server &server, const QString &floatingAddress, int port,
                                         const QStringList &intranet, const QStringList &gateways,
                                         const QList<QHostAddress> &local)
{
    QList<DesktopGateway> parsed;
    for (const QString &g : gateways) {
        const DesktopGateway gw = DesktopGateway::parse(g);
        if (gw.isValid())
            parsed << gw;
    }
    const QString floating = floatingAddress.isEmpty() ? server.floatingAddress() : floatingAddress;
    return route(local, intranet, parsed, server.fixedAddress(), floating, port);
}
