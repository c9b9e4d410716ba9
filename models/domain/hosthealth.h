#pragma once

// Compute hosts as an administrator sees them: the service, its capacity, the desktops on it and
// a health verdict with the reasons; which desktops a drain moves and how; whether an evacuation
// can work. Pure rules over values (no network): table-tested.

#include "cloud/cloudtypes.h"
#include "cloud/hosttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

enum class HostHealth {
    Ok,
    Warning,
    Down
};

struct HostRecord
{
    ComputeService service;
    std::optional<HostCapacity> capacity; // Placement's view; absent when it has no provider of that name
    QStringList desktopIds;               // servers of the inventory on this host
    int errorDesktops = 0;                // of them in ERROR
    HostHealth health = HostHealth::Ok;
    QStringList reasons;                  // why the verdict, plain language, most important first

    [[nodiscard]] QString host() const { return service.host; }
    friend bool operator==(const HostRecord &, const HostRecord &) = default;
};

// What a drain does with one desktop.
struct DrainItem
{
    Server server;
    enum Kind {
        Live,
        Cold,
        Skip
    } kind = Skip;
    QString why; // Skip: the reason
};

// A request that would be refused, and why (plain language); empty when it can go ahead.
struct HostRefusal
{
    QString text;
    [[nodiscard]] bool refused() const { return !text.isEmpty(); }
};

class HostRules
{
    Q_DECLARE_TR_FUNCTIONS(HostRules)

public:
    // At or above this share of a resource in use, a host is a warning.
    static constexpr int WarnPercent = 90;

    static QString healthKey(HostHealth health); // ok / warning / down
    static QString healthText(HostHealth health); // translated
    // Used share of a resource in percent (0 when it has no capacity).
    static int percent(const ResourceAmount &amount);
    // The verdict for one host, with its reasons.
    static void judge(HostRecord &record);
    // One record per compute service, the capacity matched by name, desktops by Server::host.
    static QList<HostRecord> build(const QList<ComputeService> &services, const QList<HostCapacity> &capacities,
                                   const QList<Server> &servers);
    // Which desktops of host a drain moves, and how: running or paused ones live, shut-down ones
    // cold; the rest are skipped with the reason (suspended, in ERROR, busy).
    static QList<DrainItem> planDrain(const QString &host, const QList<Server> &servers);
    // Whether Nova would evacuate host: it must be down (Nova refuses while it is up) and the other
    // enabled, up hosts must have room for its desktops (flavors by name or id).
    static HostRefusal checkEvacuate(const QString &host, const QList<HostRecord> &hosts, const QList<Server> &servers,
                                     const QList<Flavor> &flavors);
    // Whether a drain can start: some other host is up and enabled.
    static HostRefusal checkDrain(const QString &host, const QList<HostRecord> &hosts, const QString &target = {});
};

Q_DECLARE_METATYPE(HostRecord)
