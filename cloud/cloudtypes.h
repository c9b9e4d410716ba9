#pragma once

// Plain value types for what Phoenix reads from OpenStack. No behaviour beyond trivial helpers:
// parsing lives in apiparsers.cpp, persistence in models/.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The metadata keys Phoenix puts on a Nova server (see docs/product.md, "Where data lives").
namespace PhoenixMeta
{
inline constexpr auto Type = "phoenix:type";       // course | static | template
inline constexpr auto Role = "phoenix:role";       // teacher | student
inline constexpr auto Owner = "phoenix:owner";
inline constexpr auto Course = "phoenix:course";
inline constexpr auto Seat = "phoenix:seat";
inline constexpr auto Expires = "phoenix:expires"; // ISO 8601
inline constexpr auto Task = "phoenix:task";       // id of the task that created the server
inline constexpr auto Tag = "phoenix";             // server tag for API-side filtering
}

struct ServerAddress
{
    QString network;
    QString address;
    int version = 4;
    QString type; // "fixed" or "floating"
    QString mac;

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

struct Server
{
    QString id;
    QString name;
    QString status;     // ACTIVE, BUILD, SUSPENDED, SHUTOFF, ERROR, SHELVED_OFFLOADED, DELETED, ...
    QString taskState;  // OS-EXT-STS:task_state, empty when none
    QString vmState;    // OS-EXT-STS:vm_state
    int powerState = 0; // OS-EXT-STS:power_state
    QString imageId;
    QString flavorId;   // absent from 2.47+, which embeds the flavor: see flavorName
    QString flavorName;
    QString userId;
    QString projectId;
    QString keyName;
    QDateTime created;
    QDateTime updated;
    QDateTime launchedAt;
    QMap<QString, QString> metadata;
    QStringList tags;
    QList<ServerAddress> addresses;
    QString faultMessage;
    QString host;       // OS-EXT-SRV-ATTR:host, the compute host (administrators only; empty otherwise)
    int progress = 0;
    bool locked = false;

    [[nodiscard]] QString meta(const char *key) const { return metadata.value(QString::fromLatin1(key)); }
    [[nodiscard]] bool isPhoenixDesktop() const { return metadata.contains(QString::fromLatin1(PhoenixMeta::Role)); }
    [[nodiscard]] bool isDeleted() const { return status == QLatin1String("DELETED") || status == QLatin1String("SOFT_DELETED"); }
    [[nodiscard]] bool isTransitional() const { return !taskState.isEmpty() || status == QLatin1String("BUILD"); }
    // The first fixed / floating address, IPv4 first; only well-formed IP addresses (canonical text).
    [[nodiscard]] QString fixedAddress() const;
    [[nodiscard]] QString floatingAddress() const;

    friend bool operator==(const Server &, const Server &) = default;
};

struct Image
{
    QString id;
    QString name;
    QString status;     // queued, saving, active, killed, deleted, ...
    QString visibility; // public, private, shared, community
    QString diskFormat;
    QString containerFormat;
    QString owner;
    QString osType;
    qint64 size = 0;
    int minDiskGb = 0;
    int minRamMb = 0;
    bool isProtected = false;
    QDateTime created;
    QDateTime updated;
    QStringList tags;
    QVariantMap properties; // everything else Glance returned

    friend bool operator==(const Image &, const Image &) = default;
};

struct Flavor
{
    QString id;
    QString name;
    int vcpus = 0;
    int ramMb = 0;
    int diskGb = 0;
    int ephemeralGb = 0;
    bool isPublic = true;
    QString description;

    friend bool operator==(const Flavor &, const Flavor &) = default;
};

struct Network
{
    QString id;
    QString name;
    QString status;
    QString projectId;
    bool external = false;
    bool shared = false;
    bool adminStateUp = true;
    int mtu = 0;
    QStringList subnetIds;

    friend bool operator==(const Network &, const Network &) = default;
};

struct Subnet
{
    QString id;
    QString name;
    QString networkId;
    QString cidr;
    QString gatewayIp;
    int ipVersion = 4;
    bool dhcp = false;

    friend bool operator==(const Subnet &, const Subnet &) = default;
};

struct FixedIp
{
    QString subnetId;
    QString ipAddress;

    friend bool operator==(const FixedIp &, const FixedIp &) = default;
};

struct Port
{
    QString id;
    QString name;
    QString networkId;
    QString deviceId;
    QString deviceOwner;
    QString macAddress;
    QString status;
    QList<FixedIp> fixedIps;

    friend bool operator==(const Port &, const Port &) = default;
};

struct Router
{
    QString id;
    QString name;
    QString status;
    QString projectId;
    QString externalNetworkId; // external_gateway_info.network_id

    friend bool operator==(const Router &, const Router &) = default;
};

struct FloatingIp
{
    QString id;
    QString floatingIpAddress;
    QString fixedIpAddress;
    QString portId;
    QString floatingNetworkId;
    QString routerId;
    QString status;
    QString projectId;
    QString description;

    [[nodiscard]] bool isAssociated() const { return !portId.isEmpty(); }
    friend bool operator==(const FloatingIp &, const FloatingIp &) = default;
};

// Nova absolute limits (GET /limits): -1 means unlimited.
struct ComputeLimits
{
    int maxInstances = -1;
    int usedInstances = 0;
    int maxCores = -1;
    int usedCores = 0;
    int maxRamMb = -1;
    int usedRamMb = 0;
    int maxKeypairs = -1;
    int maxServerGroups = -1;

    friend bool operator==(const ComputeLimits &, const ComputeLimits &) = default;
};

// Neutron quota (GET /v2.0/quotas/{project_id}), -1 means unlimited.
struct NetworkQuota
{
    int floatingIps = -1;
    int networks = -1;
    int ports = -1;
    int routers = -1;
    int subnets = -1;
    int securityGroups = -1;

    friend bool operator==(const NetworkQuota &, const NetworkQuota &) = default;
};

struct InstanceAction
{
    QString action;
    QString requestId;
    QString userId;
    QString message;
    QDateTime startTime;
    QDateTime updatedTime;

    friend bool operator==(const InstanceAction &, const InstanceAction &) = default;
};

struct Hypervisor
{
    QString id;
    QString hostname;
    QString state;  // up/down
    QString status; // enabled/disabled
    QString type;
    int runningVms = -1; // not reported by 2.88+

    friend bool operator==(const Hypervisor &, const Hypervisor &) = default;
};

struct RemoteConsole
{
    QString protocol; // vnc, spice, rdp, serial
    QString type;     // novnc, spice-html5, ...
    QString url;

    friend bool operator==(const RemoteConsole &, const RemoteConsole &) = default;
};

Q_DECLARE_METATYPE(Server)
Q_DECLARE_METATYPE(Image)
Q_DECLARE_METATYPE(Flavor)
Q_DECLARE_METATYPE(FloatingIp)

// OpenStack timestamps come as "2026-11-26T10:00:00Z", "...T10:00:00.123456Z", "...T10:00:00+00:00"
// or without a zone (meaning UTC). Returns an invalid QDateTime for anything else.
QDateTime parseOpenStackTime(const QString &text);
// Whether text is exactly an IPv4 or IPv6 address: hex digits, dots and colons that QHostAddress
// reads (no blanks, no "%scope"). Addresses from the API are checked with it before use.
bool isPlainIpAddress(const QString &text);
// The form Nova's changes-since filter and Phoenix's metadata use: UTC, seconds, "Z".
QString formatOpenStackTime(const QDateTime &time);
