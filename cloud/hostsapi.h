#pragma once

#include "cloud/apicallback.h"
#include "cloud/hosttypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

class RestClient;

// Compute hosts for administrators: Nova's os-services (list, disable with a reason, enable,
// forced_down), Placement's resource providers (inventories and usages: what a host has and what
// its servers use), and the server moves (live migration, cold migration + confirm, evacuation,
// reset state). Through the same RestClient as every other call: bounded replies, the retry
// table, plain errors with the request ID. Needs Nova 2.53+ (service ids are UUIDs).
class HostsApi
{
    Q_DECLARE_TR_FUNCTIONS(HostsApi)

public:
    explicit HostsApi(RestClient *client);

    // GET /os-services?binary=nova-compute
    void listComputeServices(QObject *context, ApiCallback<QList<ComputeService>> callback);
    // PUT /os-services/{id} {"status": "disabled", "disabled_reason": reason} / {"status": "enabled"}
    void setServiceEnabled(const QString &serviceId, bool enabled, const QString &reason, QObject *context,
                           ApiCallback<ComputeService> callback);
    // PUT /os-services/{id} {"forced_down": down}
    void setServiceForcedDown(const QString &serviceId, bool down, QObject *context, ApiCallback<ComputeService> callback);

    // Placement: every resource provider, then each one's inventories and usages (2 calls per
    // provider; a school has a handful of hosts).
    void listResourceProviders(QObject *context, ApiCallback<QList<ResourceProvider>> callback);
    void hostCapacity(const ResourceProvider &provider, QObject *context, ApiCallback<HostCapacity> callback);
    void listHostCapacities(QObject *context, ApiCallback<QList<HostCapacity>> callback);

    // Moves. An empty host lets Nova's scheduler choose.
    void liveMigrate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback);
    void coldMigrate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback);
    void confirmResize(const QString &serverId, QObject *context, ApiCallback<bool> callback);
    void evacuate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback);
    // os-resetState: "active" or "error".
    void resetState(const QString &serverId, const QString &state, QObject *context, ApiCallback<bool> callback);
    // GET /os-migrations?instance_uuid=... (newest first)
    void listMigrations(const QString &serverId, QObject *context, ApiCallback<QList<ServerMigration>> callback);

    // Pure, tested.
    static QJsonObject serviceUpdateBody(bool enabled, const QString &reason);
    static QJsonObject liveMigrateBody(const QString &host, int microversion);
    static QJsonObject coldMigrateBody(const QString &host, int microversion);
    static QJsonObject evacuateBody(const QString &host, int microversion);
    static Result<QList<ComputeService>> parseServices(const QByteArray &body);
    static Result<ComputeService> parseService(const QByteArray &body);
    static Result<QList<ResourceProvider>> parseResourceProviders(const QByteArray &body);
    // Fills total/reserved/ratio of VCPU, MEMORY_MB, DISK_GB into capacity.
    static CloudError parseInventories(const QByteArray &body, HostCapacity *capacity);
    // Fills used of VCPU, MEMORY_MB, DISK_GB into capacity.
    static CloudError parseUsages(const QByteArray &body, HostCapacity *capacity);
    static Result<QList<ServerMigration>> parseMigrations(const QByteArray &body);

    // Microversion needed for the service calls used here.
    static constexpr int MinimumServiceMicroversion = 53;

private:
    // The moves' bodies depend on the compute microversion: body(microversion) is built and sent
    // as a server action once the session knows it (one version request at most).
    void versionedAction(const QString &serverId, std::function<QJsonObject(int microversion)> body, QObject *context,
                         ApiCallback<bool> callback);
    void serverAction(const QString &serverId, const QJsonObject &body, QObject *context, ApiCallback<bool> callback);
    RestClient *m_client;
};
