#pragma once

// What Phoenix reads about compute hosts (administrators only): Nova's compute services and
// Placement's resource providers. Plain values; parsing in hostsapi.cpp.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One row of GET /os-services (binary nova-compute): the host's service.
struct ComputeService
{
    QString id;       // UUID from 2.53 (used in PUT /os-services/{id}); an integer before
    QString binary;   // nova-compute
    QString host;
    QString zone;
    QString status;   // enabled / disabled
    QString state;    // up / down
    QString disabledReason;
    bool forcedDown = false;
    QDateTime updatedAt;

    [[nodiscard]] bool isUp() const { return state == QLatin1String("up"); }
    [[nodiscard]] bool isEnabled() const { return status == QLatin1String("enabled"); }
    friend bool operator==(const ComputeService &, const ComputeService &) = default;
};

// One resource class of a Placement provider: what it offers (total, reserved, ratio) and uses.
struct ResourceAmount
{
    qint64 total = 0;
    qint64 reserved = 0;
    double allocationRatio = 1.0;
    qint64 used = 0;

    // What the scheduler may hand out: (total - reserved) * ratio.
    [[nodiscard]] qint64 capacity() const { return qint64((total - reserved) * allocationRatio); }
    [[nodiscard]] qint64 free() const { return capacity() - used; }
    friend bool operator==(const ResourceAmount &, const ResourceAmount &) = default;
};

// A compute node's resource provider with its VCPU / MEMORY_MB / DISK_GB inventories and usages.
struct HostCapacity
{
    QString providerId;
    QString name; // the hypervisor hostname (the compute host for the fake and libvirt drivers)
    ResourceAmount vcpu;
    ResourceAmount ramMb;
    ResourceAmount diskGb;
    QString requestId; // of the usages reply

    friend bool operator==(const HostCapacity &, const HostCapacity &) = default;
};

struct ResourceProvider
{
    QString id;
    QString name;
    int generation = 0;
    friend bool operator==(const ResourceProvider &, const ResourceProvider &) = default;
};

// A row of GET /os-migrations (admin): how a move of a server went.
struct ServerMigration
{
    QString id;
    QString serverId;
    QString type;   // live-migration, migration, resize, evacuation
    QString status; // queued, preparing, running, post-migrating, finished, confirmed, error, failed, done, ...
    QString sourceHost;
    QString destHost;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const ServerMigration &, const ServerMigration &) = default;
};

Q_DECLARE_METATYPE(ComputeService)
Q_DECLARE_METATYPE(HostCapacity)
