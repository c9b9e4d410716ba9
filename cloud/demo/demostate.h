#pragma once

// The demo cloud's world: identity, compute, image and network records, the clock, the random
// source and the timers of state transitions. The service classes (demoidentity, democompute,
// demoimage, demonetwork) read and change it; nothing here knows HTTP except the error bodies.

#include "cloud/demo/demohttp.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

struct DemoProject
{
    QString id;
    QString name;
    QString description;
};

struct DemoUser
{
    QString id;
    QString name;
    QString password;
    QString email;
    QString projectId;  // the one project the user has roles on
    QStringList roles;  // role names on that project
};

struct DemoAppCredential
{
    QString id;
    QString name;
    QString secret;
    QString userId;
};

struct DemoToken
{
    QByteArray id;
    QString userId;
    QString projectId;
    QStringList methods;
    QString appCredentialId;
    QString auditId;
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool revoked = false;
};

struct DemoFlavor
{
    QString id;
    QString name;
    int vcpus = 1;
    int ramMb = 512;
    int diskGb = 1;
    int ephemeralGb = 0;
    QString description; // null when empty
};

struct DemoImage
{
    QString id;
    QString name;
    QString status = QStringLiteral("active");
    QString visibility = QStringLiteral("public");
    QString ownerProjectId;
    QString diskFormat = QStringLiteral("qcow2");
    QString containerFormat = QStringLiteral("bare");
    qint64 size = 0;
    int minDiskGb = 0;
    int minRamMb = 0;
    bool isProtected = false;
    QDateTime created;
    QDateTime updated;
    QStringList tags;
    QJsonObject properties; // os_type, os_distro, image_type, instance_uuid, ...
    QString checksum;
    QString hashValue;      // os_hash_value (sha512 hex)
};

struct DemoFixedIp
{
    QString subnetId;
    QString address;
};

struct DemoNetwork
{
    QString id;
    QString name;
    QString projectId;
    bool external = false;
    bool shared = false;
    int mtu = 1450;
    QString description;
    QDateTime created;
    QDateTime updated;
    QStringList subnetIds;
};

struct DemoSubnet
{
    QString id;
    QString name;
    QString networkId;
    QString projectId;
    QString cidr;       // a /24 (or larger) IPv4 network
    QString gatewayIp;
    QString poolStart;
    QString poolEnd;
    bool dhcp = true;
    QDateTime created;
    QDateTime updated;
};

struct DemoPort
{
    QString id;
    QString name;
    QString networkId;
    QString projectId;
    QString deviceId;
    QString deviceOwner; // compute:nova, network:router_interface, network:router_gateway, network:floatingip, network:dhcp
    QString mac;
    QString status = QStringLiteral("ACTIVE");
    QList<DemoFixedIp> fixedIps;
    QDateTime created;
    QDateTime updated;
    int revision = 1;
};

struct DemoRouter
{
    QString id;
    QString name;
    QString projectId;
    QString externalNetworkId;
    QString externalIp;
    QString externalSubnetId;
    QDateTime created;
    QDateTime updated;
    int revision = 1;
};

struct DemoFloatingIp
{
    QString id;
    QString address;
    QString networkId;
    QString projectId;
    QString portId;
    QString fixedIp;
    QString routerId;
    QString description;
    QDateTime created;
    QDateTime updated;
    int revision = 0;
};

struct DemoInstanceAction
{
    QString action;
    QString requestId;
    QString userId;
    QString projectId;
    QDateTime startTime;
    QDateTime updatedTime;
    QString message; // null when empty
};

struct DemoServer
{
    QString id;
    QString name;
    QString projectId;
    QString userId;
    QString vmState = QStringLiteral("building");
    QString taskState;   // null when empty
    int powerState = 0;  // 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 7 SUSPENDED
    QString imageId;
    QString flavorId;
    QString keyName;
    QString availabilityZone;
    QByteArray userData; // base64 as sent
    QString description;
    QDateTime created;
    QDateTime updated;
    QDateTime launchedAt;
    QDateTime terminatedAt;
    QMap<QString, QString> metadata;
    QStringList tags;
    QStringList portIds;
    QStringList preservedPortIds;  // ports passed in at create: Nova keeps them on delete
    QStringList requestedNetworks; // network ids to plug when the build reaches "networking"
    QString host;
    QString instanceName;
    QString reservationId;
    QString hostId;
    int progress = 0;
    bool locked = false;
    bool deleted = false;
    QJsonObject fault;   // {"code", "created", "message"} when ERROR
    QList<DemoInstanceAction> actions;
    quint64 epoch = 0;   // bumped when a pending transition must be abandoned (delete)

    [[nodiscard]] QString status() const;
};

// Nova's quota of the project; -1 = unlimited.
struct DemoComputeQuota
{
    int instances = 100;
    int cores = 400;
    int ramMb = 400 * 4096;
    int keypairs = 100;
    int serverGroups = 10;
    int serverGroupMembers = 10;
    int metadataItems = 128;
};

struct DemoNetworkQuota
{
    int network = 100;
    int subnet = 100;
    int port = 500;
    int router = 10;
    int floatingip = 50;
    int securityGroup = 10;
    int securityGroupRule = 100;
    int rbacPolicy = 10;
    int subnetpool = -1;
};

// Who is calling: the validated token and what it grants.
struct DemoCaller
{
    const DemoToken *token = nullptr;
    const DemoUser *user = nullptr;
    const DemoProject *project = nullptr;
    [[nodiscard]] bool isAdmin() const { return user && user->roles.contains(QLatin1String("admin")); }
};

class DemoState : public QObject
{
    Q_OBJECT

public:
    explicit DemoState(QObject *parent = nullptr);

    // --- time and randomness
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1.0; }
    [[nodiscard]] double speed() const { return m_speed; }
    // A random delay between minMs and maxMs of "realistic" time, divided by the speed.
    int scaledDelay(int minMs, int maxMs);
    void setSeed(quint32 seed) { m_random.seed(seed); }
    QRandomGenerator &random() { return m_random; }
    double chance() { return m_random.generateDouble(); }
    QString newUuid();
    QString newHexId();
    QString newMac();
    QByteArray newToken();
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Runs fn after delayMs unless the server was deleted (or re-purposed) meanwhile.
    void afterDelay(const QString &serverId, int delayMs, std::function<void(DemoServer &)> fn);
    void afterDelay(int delayMs, std::function<void()> fn);
    // While held, due transitions wait (tests observe transitional states); release runs them.
    void setHold(bool hold);
    [[nodiscard]] bool isHeld() const { return m_hold; }

    // --- base URL of the cloud, "http://127.0.0.1:PORT"
    QString baseUrl;

    // --- identity
    QMap<QString, DemoProject> projects;
    QMap<QString, DemoUser> users;
    QMap<QString, DemoAppCredential> appCredentials;
    QHash<QByteArray, DemoToken> tokens;
    QMap<QString, QString> roleIds; // role name -> id
    int tokenLifetimeSeconds = 3600;
    const DemoUser *userByName(const QString &name) const;
    const DemoProject *projectByName(const QString &name) const;
    // The caller of a request from its X-Auth-Token; null token when unknown, expired or revoked.
    DemoCaller caller(const DemoHttpRequest &request) const;
    void expireAllTokens();
    void expireToken(const QByteArray &tokenId);

    // --- compute
    // The two compute hosts' nova-compute services (os-services; administrators).
    struct ComputeService
    {
        QString id;
        QString host;
        bool enabled = true;
        QString disabledReason;
        bool forcedDown = false;
    };
    QList<ComputeService> computeServices{
        {QStringLiteral("6c1d4a8f-9e0b-4d2f-a011-000000000001"), QStringLiteral("demo-compute1"), true, QString(), false},
        {QStringLiteral("6c1d4a8f-9e0b-4d2f-a011-000000000002"), QStringLiteral("demo-compute2"), true, QString(), false}};
    QMap<QString, DemoFlavor> flavors;
    QMap<QString, DemoServer> servers; // deleted ones stay with deleted = true
    QHash<QString, DemoComputeQuota> computeQuotas; // by project id
    double buildFailureRate = 0.0;
    int failNextBuilds = 0;
    int reclaimInstanceSeconds = 0; // > 0: DELETE soft-deletes (SOFT_DELETED) and reclaims later
    QString hostName = QStringLiteral("demo-compute1");
    int instanceCounter = 0;
    DemoServer *server(const QString &id);                 // not deleted
    DemoComputeQuota computeQuota(const QString &projectId) const;
    struct Usage
    {
        int instances = 0;
        int cores = 0;
        int ramMb = 0;
    };
    Usage computeUsage(const QString &projectId) const;
    void touch(DemoServer &s) { s.updated = now(); }

    // --- images
    QMap<QString, DemoImage> images;

    // --- network
    QMap<QString, DemoNetwork> networks;
    QMap<QString, DemoSubnet> subnets;
    QMap<QString, DemoPort> ports;
    QMap<QString, DemoRouter> routers;
    QMap<QString, DemoFloatingIp> floatingIps;
    QHash<QString, DemoNetworkQuota> networkQuotas;
    DemoNetworkQuota networkQuota(const QString &projectId) const;
    // Next free address of the subnet's allocation pool; empty when exhausted.
    QString allocateAddress(const QString &subnetId);
    // Creates a port with a fixed IP on the network's first subnet (empty id when no address).
    QString createPort(const QString &networkId, const QString &projectId, const QString &deviceId,
                       const QString &deviceOwner, const QString &name = {});
    void deletePort(const QString &portId); // also disassociates floating IPs
    // The router connecting the port's subnet to fipNetworkId, or empty.
    QString routerFor(const QString &portId, const QString &fipNetworkId) const;

    // --- request log (for the tests' bookkeeping)
    struct LogEntry
    {
        QByteArray method;
        QString path;
        int status = 0;     // 0 when the connection was reset
        QString fault;      // kind of the injected fault, if any
        QString requestId;
        bool faultAfterHandling = false; // the cloud acted before the fault replaced or lost the reply
    };
    QList<LogEntry> log;
    int logLimit = 20000;
    void addLog(const LogEntry &e);

private:
    double m_speed = 1.0;
    QRandomGenerator m_random{20240901};
    bool m_hold = false;
    QList<std::function<void()>> m_held;
};

// Error bodies exactly as the services write them.
namespace DemoErrors
{
// Nova: {"<fault>": {"code": N, "message": "..."}} (itemNotFound, conflictingRequest, badRequest,
// forbidden, overLimit, computeFault, serviceUnavailable)
DemoHttpResponse nova(int status, const QString &message);
QString novaFaultName(int status);
// Neutron: {"NeutronError": {"type": "...", "message": "...", "detail": ""}}
DemoHttpResponse neutron(int status, const QString &type, const QString &message);
// Keystone (and keystonemiddleware on every service): {"error": {"code", "message", "title"}}
DemoHttpResponse keystone(int status, const QString &message);
// Glance (webob, asked for JSON): {"code": "404 Not Found", "message": "...<br /><br />\n\n\n", "title": "Not Found"}
DemoHttpResponse glance(int status, const QString &message);
// keystonemiddleware's 401 for a missing/invalid token, with WWW-Authenticate
DemoHttpResponse unauthorized(const QString &keystoneUri);
} // namespace DemoErrors

// Time formats of the services.
namespace DemoTime
{
QString seconds(const QDateTime &t);       // 2026-11-26T02:39:39Z
QString micro(const QDateTime &t);         // 2026-11-26T02:39:40.000000 (no zone: Nova usage fields)
QString microZ(const QDateTime &t);        // 2026-11-27T02:39:38.000000Z (Keystone)
} // namespace DemoTime
