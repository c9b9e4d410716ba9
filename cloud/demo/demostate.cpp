#include "cloud/demo/demostate.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDemo, "phoenix.cloud.demo")

QString DemoServer::status() const
{
    // nova/api/openstack/common.py _STATE_MAP, the part reachable in the demo
    const QString &t = taskState;
    auto rebooting = [&t]() -> QString {
        if (t == QLatin1String("rebooting_hard") || t == QLatin1String("reboot_pending_hard")
            || t == QLatin1String("reboot_started_hard"))
            return QStringLiteral("HARD_REBOOT");
        if (t == QLatin1String("rebooting") || t == QLatin1String("reboot_pending") || t == QLatin1String("reboot_started"))
            return QStringLiteral("REBOOT");
        if (t.startsWith(QLatin1String("rebuild")))
            return QStringLiteral("REBUILD");
        return {};
    };
    if (vmState == QLatin1String("building"))
        return QStringLiteral("BUILD");
    if (t == QLatin1String("migrating"))
        return QStringLiteral("MIGRATING");
    if (t.startsWith(QLatin1String("resize_")) && (vmState == QLatin1String("active") || vmState == QLatin1String("stopped")))
        return QStringLiteral("RESIZE");
    if (vmState == QLatin1String("resized"))
        return QStringLiteral("VERIFY_RESIZE");
    if (vmState == QLatin1String("active")) {
        const QString r = rebooting();
        return r.isEmpty() ? QStringLiteral("ACTIVE") : r;
    }
    if (vmState == QLatin1String("stopped")) {
        if (t.startsWith(QLatin1String("rebuild")))
            return QStringLiteral("REBUILD");
        return t == QLatin1String("rebooting_hard") ? QStringLiteral("HARD_REBOOT") : QStringLiteral("SHUTOFF");
    }
    if (vmState == QLatin1String("suspended"))
        return t == QLatin1String("rebooting_hard") ? QStringLiteral("HARD_REBOOT") : QStringLiteral("SUSPENDED");
    if (vmState == QLatin1String("paused"))
        return t == QLatin1String("rebooting_hard") ? QStringLiteral("HARD_REBOOT") : QStringLiteral("PAUSED");
    if (vmState == QLatin1String("shelved"))
        return QStringLiteral("SHELVED");
    if (vmState == QLatin1String("shelved_offloaded"))
        return QStringLiteral("SHELVED_OFFLOADED");
    if (vmState == QLatin1String("error"))
        return t.startsWith(QLatin1String("rebuild")) ? QStringLiteral("REBUILD") : QStringLiteral("ERROR");
    if (vmState == QLatin1String("deleted"))
        return QStringLiteral("DELETED");
    if (vmState == QLatin1String("soft-delete"))
        return QStringLiteral("SOFT_DELETED");
    return QStringLiteral("UNKNOWN");
}

// ---------------------------------------------------------------------------------------------
DemoState::DemoState(QObject *parent)
    : QObject(parent)
{
}

int DemoState::scaledDelay(int minMs, int maxMs)
{
    const int ms = maxMs > minMs ? minMs + int(m_random.bounded(maxMs - minMs + 1)) : minMs;
    return qMax(0, int(ms / m_speed));
}

QString DemoState::newUuid()
{
    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_random.generate();
        memcpy(b.data() + i, &v, 4);
    }
    b[6] = char((b[6] & 0x0f) | 0x40); // version 4
    b[8] = char((b[8] & 0x3f) | 0x80); // variant
    const QByteArray h = b.toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20));
}

QString DemoState::newHexId()
{
    return newUuid().remove(QLatin1Char('-'));
}

QString DemoState::newMac()
{
    QString mac = QStringLiteral("fa:16:3e");
    for (int i = 0; i < 3; ++i)
        mac += QStringLiteral(":%1").arg(m_random.bounded(256), 2, 16, QLatin1Char('0'));
    return mac;
}

QByteArray DemoState::newToken()
{
    // Shaped like a Fernet token: "gAAAAA" + base64url, about 180 characters.
    QByteArray raw(128, Qt::Uninitialized);
    for (int i = 0; i < raw.size(); i += 4) {
        const quint32 v = m_random.generate();
        memcpy(raw.data() + i, &v, 4);
    }
    return "gAAAAA" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void DemoState::afterDelay(const QString &serverId, int delayMs, std::function<void(DemoServer &)> fn)
{
    const DemoServer *s = server(serverId);
    if (!s)
        return;
    const quint64 epoch = s->epoch;
    afterDelay(delayMs, [this, serverId, epoch, fn = std::move(fn)] {
        DemoServer *current = server(serverId);
        if (!current || current->epoch != epoch)
            return;
        fn(*current);
    });
}

void DemoState::afterDelay(int delayMs, std::function<void()> fn)
{
    QTimer::singleShot(delayMs, this, [this, fn = std::move(fn)] {
        if (m_hold)
            m_held.append(fn);
        else
            fn();
    });
}

void DemoState::setHold(bool hold)
{
    m_hold = hold;
    if (hold)
        return;
    const QList<std::function<void()>> due = std::exchange(m_held, {});
    for (const auto &fn : due)
        QTimer::singleShot(0, this, fn);
}

// ---------------------------------------------------------------------------------------------
const DemoUser *DemoState::userByName(const QString &name) const
{
    for (const DemoUser &u : users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

const DemoProject *DemoState::projectByName(const QString &name) const
{
    for (const DemoProject &p : projects) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

DemoCaller DemoState::caller(const DemoHttpRequest &request) const
{
    DemoCaller c;
    const QByteArray tokenId = request.header("x-auth-token");
    if (tokenId.isEmpty())
        return c;
    const auto it = tokens.constFind(tokenId);
    if (it == tokens.constEnd() || it->revoked || it->expiresAt <= now())
        return c;
    const auto user = users.constFind(it->userId);
    const auto project = projects.constFind(it->projectId);
    if (user == users.constEnd() || project == projects.constEnd())
        return c;
    c.token = &*it;
    c.user = &*user;
    c.project = &*project;
    return c;
}

void DemoState::expireAllTokens()
{
    const QDateTime past = now().addSecs(-1);
    for (DemoToken &t : tokens)
        t.expiresAt = qMin(t.expiresAt, past);
}

void DemoState::expireToken(const QByteArray &tokenId)
{
    auto it = tokens.find(tokenId);
    if (it != tokens.end())
        it->expiresAt = qMin(it->expiresAt, now().addSecs(-1));
}

// ---------------------------------------------------------------------------------------------
DemoServer *DemoState::server(const QString &id)
{
    auto it = servers.find(id);
    if (it == servers.end() || it->deleted)
        return nullptr;
    return &*it;
}

DemoComputeQuota DemoState::computeQuota(const QString &projectId) const
{
    return computeQuotas.value(projectId);
}

DemoState::Usage DemoState::computeUsage(const QString &projectId) const
{
    Usage u;
    for (const DemoServer &s : servers) {
        if (s.deleted || s.projectId != projectId)
            continue;
        ++u.instances;
        const DemoFlavor f = flavors.value(s.flavorId);
        u.cores += f.vcpus;
        u.ramMb += f.ramMb;
    }
    return u;
}

// ---------------------------------------------------------------------------------------------
DemoNetworkQuota DemoState::networkQuota(const QString &projectId) const
{
    return networkQuotas.value(projectId);
}

QString DemoState::allocateAddress(const QString &subnetId)
{
    const auto subnet = subnets.constFind(subnetId);
    if (subnet == subnets.constEnd())
        return {};
    QSet<quint32> used;
    for (const DemoPort &p : std::as_const(ports)) {
        for (const DemoFixedIp &ip : p.fixedIps) {
            if (ip.subnetId == subnetId)
                used.insert(QHostAddress(ip.address).toIPv4Address());
        }
    }
    for (const DemoFloatingIp &f : std::as_const(floatingIps))
        used.insert(QHostAddress(f.address).toIPv4Address());
    const quint32 first = QHostAddress(subnet->poolStart).toIPv4Address();
    const quint32 last = QHostAddress(subnet->poolEnd).toIPv4Address();
    for (quint32 a = first; a <= last; ++a) {
        if (!used.contains(a))
            return QHostAddress(a).toString();
    }
    return {};
}

QString DemoState::createPort(const QString &networkId, const QString &projectId, const QString &deviceId,
                              const QString &deviceOwner, const QString &name)
{
    const auto network = networks.constFind(networkId);
    if (network == networks.constEnd() || network->subnetIds.isEmpty())
        return {};
    const QString address = allocateAddress(network->subnetIds.first());
    if (address.isEmpty())
        return {};
    DemoPort p;
    p.id = newUuid();
    p.name = name;
    p.networkId = networkId;
    p.projectId = projectId;
    p.deviceId = deviceId;
    p.deviceOwner = deviceOwner;
    p.mac = newMac();
    p.fixedIps = {{network->subnetIds.first(), address}};
    p.created = p.updated = now();
    ports.insert(p.id, p);
    return p.id;
}

void DemoState::deletePort(const QString &portId)
{
    for (DemoFloatingIp &f : floatingIps) {
        if (f.portId == portId) {
            f.portId.clear();
            f.fixedIp.clear();
            f.routerId.clear();
            f.updated = now();
            ++f.revision;
        }
    }
    ports.remove(portId);
}

QString DemoState::routerFor(const QString &portId, const QString &fipNetworkId) const
{
    const auto port = ports.constFind(portId);
    if (port == ports.constEnd() || port->fixedIps.isEmpty())
        return {};
    const QString subnetId = port->fixedIps.first().subnetId;
    for (const DemoPort &p : ports) {
        if (p.deviceOwner != QLatin1String("network:router_interface"))
            continue;
        const bool onSubnet = std::any_of(p.fixedIps.cbegin(), p.fixedIps.cend(),
                                          [&subnetId](const DemoFixedIp &ip) { return ip.subnetId == subnetId; });
        const auto router = routers.constFind(p.deviceId);
        if (onSubnet && router != routers.constEnd() && router->externalNetworkId == fipNetworkId)
            return router->id;
    }
    return {};
}

void DemoState::addLog(const LogEntry &e)
{
    log.append(e);
    if (log.size() > logLimit)
        log.remove(0, log.size() - logLimit);
}

// ---------------------------------------------------------------------------------------------
namespace DemoErrors
{
QString novaFaultName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("badRequest");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("itemNotFound");
    case 405: return QStringLiteral("badMethod");
    case 409: return QStringLiteral("conflictingRequest");
    case 413: return QStringLiteral("overLimit");
    case 415: return QStringLiteral("badMediaType");
    case 429: return QStringLiteral("overLimit");
    case 501: return QStringLiteral("notImplemented");
    case 503: return QStringLiteral("serviceUnavailable");
    default: return QStringLiteral("computeFault");
    }
}

DemoHttpResponse nova(int status, const QString &message)
{
    DemoHttpResponse r = DemoHttpResponse::json(
        status, QJsonObject{{novaFaultName(status), QJsonObject{{QStringLiteral("code"), status},
                                                                {QStringLiteral("message"), message}}}});
    r.contentType = "application/json; charset=UTF-8";
    return r;
}

DemoHttpResponse neutron(int status, const QString &type, const QString &message)
{
    return DemoHttpResponse::json(status, QJsonObject{{QStringLiteral("NeutronError"),
                                                       QJsonObject{{QStringLiteral("type"), type},
                                                                   {QStringLiteral("message"), message},
                                                                   {QStringLiteral("detail"), QString()}}}});
}

DemoHttpResponse keystone(int status, const QString &message)
{
    const QString title = QString::fromLatin1(DemoHttpServer::reasonPhrase(status));
    return DemoHttpResponse::json(status, QJsonObject{{QStringLiteral("error"),
                                                       QJsonObject{{QStringLiteral("code"), status},
                                                                   {QStringLiteral("message"), message},
                                                                   {QStringLiteral("title"), title}}}});
}

DemoHttpResponse glance(int status, const QString &message)
{
    const QString reason = QString::fromLatin1(DemoHttpServer::reasonPhrase(status));
    return DemoHttpResponse::json(status, QJsonObject{{QStringLiteral("code"), QString(QString::number(status) + QLatin1Char(' ') + reason)},
                                                      {QStringLiteral("message"), QString(message + QStringLiteral("<br /><br />\n\n\n"))},
                                                      {QStringLiteral("title"), reason}});
}

DemoHttpResponse unauthorized(const QString &keystoneUri)
{
    DemoHttpResponse r = keystone(401, QStringLiteral("The request you have made requires authentication."));
    r.setHeader("WWW-Authenticate", "Keystone uri=\"" + keystoneUri.toUtf8() + '"');
    return r;
}
} // namespace DemoErrors

namespace DemoTime
{
QString seconds(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString micro(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000'"));
}

QString microZ(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}
} // namespace DemoTime
