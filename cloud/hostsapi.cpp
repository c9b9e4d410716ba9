#include "cloud/hostsapi.h"

#include "cloud/apicall.h"
#include "cloud/jsonreader.h"
#include "cloud/restclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcHosts, "phoenix.cloud.hosts")

namespace
{
const QString Compute = QStringLiteral("compute");
const QString Placement = QStringLiteral("placement");

using JsonDocumentReader::parseList;

ApiRequest listRequest(const QString &service, const QString &path, const QUrlQuery &query = {})
{
    ApiRequest request = ApiRequest::get(service, path, query);
    request.replyKind = ReplyKind::List;
    return request;
}

ComputeService readService(JsonReader &r)
{
    ComputeService s;
    s.id = r.idOrString("id");
    s.binary = r.string("binary");
    s.host = r.string("host", JsonReader::Required);
    s.zone = r.string("zone");
    s.status = r.string("status");
    s.state = r.string("state");
    s.disabledReason = r.string("disabled_reason");
    s.forcedDown = r.boolean("forced_down");
    s.updatedAt = r.time("updated_at");
    return s;
}

ResourceProvider readProvider(JsonReader &r)
{
    ResourceProvider p;
    p.id = r.string("uuid", JsonReader::Required);
    p.name = r.string("name");
    p.generation = r.integer("generation");
    return p;
}

ServerMigration readMigration(JsonReader &r)
{
    ServerMigration m;
    m.id = r.idOrString("id");
    m.serverId = r.string("instance_uuid");
    m.type = r.string("migration_type");
    m.status = r.string("status");
    m.sourceHost = r.string("source_compute");
    m.destHost = r.string("dest_compute");
    m.createdAt = r.time("created_at");
    m.updatedAt = r.time("updated_at");
    return m;
}

ResourceAmount *amountOf(HostCapacity *capacity, const QString &resourceClass)
{
    if (resourceClass == QLatin1String("VCPU"))
        return &capacity->vcpu;
    if (resourceClass == QLatin1String("MEMORY_MB"))
        return &capacity->ramMb;
    if (resourceClass == QLatin1String("DISK_GB"))
        return &capacity->diskGb;
    return nullptr;
}

// Runs then() once the session knows the compute microversion (the move bodies depend on it).
void afterMicroversion(RestClient *client, QObject *context, const std::function<void(const CloudError &)> &then)
{
    if (client->session()->computeMicroversion() > 0) {
        then({});
        return;
    }
    ApiReply *reply = client->send(ApiRequest::get(Compute, QString()));
    QObject::connect(reply, &ApiReply::finished, context ? context : reply, [reply, then] { then(reply->error()); });
}
} // namespace

HostsApi::HostsApi(RestClient *client)
    : m_client(client)
{
}

QJsonObject HostsApi::serviceUpdateBody(bool enabled, const QString &reason)
{
    QJsonObject body{{QStringLiteral("status"), enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")}};
    if (!enabled && !reason.trimmed().isEmpty())
        body.insert(QStringLiteral("disabled_reason"), reason.trimmed().left(255));
    return body;
}

QJsonObject HostsApi::liveMigrateBody(const QString &host, int microversion)
{
    QJsonObject args{{QStringLiteral("host"), host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(host)}};
    if (microversion >= 25) {
        // "auto": block migration unless the source and target share storage (Nova decides).
        args.insert(QStringLiteral("block_migration"), QStringLiteral("auto"));
    } else {
        args.insert(QStringLiteral("block_migration"), false);
        args.insert(QStringLiteral("disk_over_commit"), false);
    }
    return QJsonObject{{QStringLiteral("os-migrateLive"), args}};
}

QJsonObject HostsApi::coldMigrateBody(const QString &host, int microversion)
{
    if (host.isEmpty() || microversion < 56)
        return QJsonObject{{QStringLiteral("migrate"), QJsonValue::Null}};
    return QJsonObject{{QStringLiteral("migrate"), QJsonObject{{QStringLiteral("host"), host}}}};
}

QJsonObject HostsApi::evacuateBody(const QString &host, int microversion)
{
    QJsonObject args;
    if (!host.isEmpty())
        args.insert(QStringLiteral("host"), host);
    if (microversion < 14)
        args.insert(QStringLiteral("onSharedStorage"), false);
    return QJsonObject{{QStringLiteral("evacuate"), args}};
}

Result<QList<ComputeService>> HostsApi::parseServices(const QByteArray &body)
{
    return parseList<ComputeService>(body, "services", tr("compute service list"), readService);
}

Result<ComputeService> HostsApi::parseService(const QByteArray &body)
{
    return JsonDocumentReader::parseOne<ComputeService>(body, "service", tr("compute service"), readService);
}

Result<QList<ResourceProvider>> HostsApi::parseResourceProviders(const QByteArray &body)
{
    return parseList<ResourceProvider>(body, "resource_providers", tr("resource provider list"), readProvider);
}

CloudError HostsApi::parseInventories(const QByteArray &body, HostCapacity *capacity)
{
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, tr("resource provider inventories"));
    if (!root)
        return root.error();
    JsonReader top(root.value(), QStringLiteral("inventories"));
    const QJsonObject inventories = top.object("inventories", JsonReader::Required);
    if (top.failed())
        return top.error();
    for (auto it = inventories.begin(); it != inventories.end(); ++it) {
        ResourceAmount *amount = amountOf(capacity, it.key());
        if (!amount)
            continue;
        if (!it.value().isObject())
            return CloudError::malformed(tr("inventories: \"%1\" is %2, expected an object")
                                             .arg(it.key(), JsonReader::typeName(it.value())));
        JsonReader r(it.value().toObject(), QStringLiteral("inventories.") + it.key());
        amount->total = r.int64("total");
        amount->reserved = r.int64("reserved");
        const QJsonValue ratio = it.value().toObject().value(QLatin1String("allocation_ratio"));
        if (ratio.isDouble() && ratio.toDouble() > 0 && ratio.toDouble() < 1e6)
            amount->allocationRatio = ratio.toDouble();
        else if (!ratio.isUndefined() && !ratio.isNull())
            r.fail(tr("%1: \"allocation_ratio\" is not a positive number").arg(r.where()));
        if (r.failed())
            return r.error();
    }
    return {};
}

CloudError HostsApi::parseUsages(const QByteArray &body, HostCapacity *capacity)
{
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, tr("resource provider usages"));
    if (!root)
        return root.error();
    JsonReader top(root.value(), QStringLiteral("usages"));
    const QJsonObject usages = top.object("usages", JsonReader::Required);
    if (top.failed())
        return top.error();
    JsonReader r(usages, QStringLiteral("usages"));
    for (const char *rc : {"VCPU", "MEMORY_MB", "DISK_GB"}) {
        ResourceAmount *amount = amountOf(capacity, QLatin1String(rc));
        amount->used = r.int64(rc);
    }
    if (r.failed())
        return r.error();
    return {};
}

Result<QList<ServerMigration>> HostsApi::parseMigrations(const QByteArray &body)
{
    return parseList<ServerMigration>(body, "migrations", tr("migration list"), readMigration);
}

void HostsApi::listComputeServices(QObject *context, ApiCallback<QList<ComputeService>> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("binary"), QStringLiteral("nova-compute"));
    ApiCall::send<QList<ComputeService>>(m_client, listRequest(Compute, QStringLiteral("/os-services"), query), context,
                                         std::move(callback),
                                         [](const ApiReply &reply) { return parseServices(reply.body()); });
}

void HostsApi::setServiceEnabled(const QString &serviceId, bool enabled, const QString &reason, QObject *context,
                                 ApiCallback<ComputeService> callback)
{
    qCInfo(lcHosts) << "service" << serviceId << (enabled ? "enable" : "disable");
    ApiCall::send<ComputeService>(
        m_client,
        ApiRequest::put(Compute, QStringLiteral("/os-services/") + serviceId, QJsonDocument(serviceUpdateBody(enabled, reason))),
        context, std::move(callback), [](const ApiReply &reply) { return parseService(reply.body()); });
}

void HostsApi::setServiceForcedDown(const QString &serviceId, bool down, QObject *context, ApiCallback<ComputeService> callback)
{
    qCInfo(lcHosts) << "service" << serviceId << "forced_down" << down;
    ApiCall::send<ComputeService>(
        m_client,
        ApiRequest::put(Compute, QStringLiteral("/os-services/") + serviceId,
                        QJsonDocument(QJsonObject{{QStringLiteral("forced_down"), down}})),
        context, std::move(callback), [](const ApiReply &reply) { return parseService(reply.body()); });
}

void HostsApi::listResourceProviders(QObject *context, ApiCallback<QList<ResourceProvider>> callback)
{
    ApiCall::send<QList<ResourceProvider>>(m_client, listRequest(Placement, QStringLiteral("/resource_providers")), context,
                                           std::move(callback),
                                           [](const ApiReply &reply) { return parseResourceProviders(reply.body()); });
}

void HostsApi::hostCapacity(const ResourceProvider &provider, QObject *context, ApiCallback<HostCapacity> callback)
{
    auto capacity = std::make_shared<HostCapacity>();
    capacity->providerId = provider.id;
    capacity->name = provider.name;
    const QString base = QStringLiteral("/resource_providers/") + provider.id;
    QPointer<RestClient> client = m_client;
    ApiCall::send<bool>(
        m_client, ApiRequest::get(Placement, base + QStringLiteral("/inventories")), context,
        [client, base, capacity, context, callback](Result<bool> inventories) {
            if (!inventories) {
                callback(inventories.error());
                return;
            }
            if (!client)
                return;
            ApiCall::send<HostCapacity>(client, ApiRequest::get(Placement, base + QStringLiteral("/usages")), context,
                                        callback, [capacity](const ApiReply &reply) -> Result<HostCapacity> {
                                            if (const CloudError e = parseUsages(reply.body(), capacity.get()))
                                                return e;
                                            capacity->requestId = reply.requestId();
                                            return *capacity;
                                        });
        },
        [capacity](const ApiReply &reply) -> Result<bool> {
            if (const CloudError e = parseInventories(reply.body(), capacity.get()))
                return e;
            return true;
        });
}

void HostsApi::listHostCapacities(QObject *context, ApiCallback<QList<HostCapacity>> callback)
{
    QPointer<RestClient> client = m_client;
    listResourceProviders(context, [client, context, callback](Result<QList<ResourceProvider>> providers) {
        if (!providers) {
            callback(providers.error());
            return;
        }
        if (!client)
            return;
        struct Pending
        {
            QList<HostCapacity> done;
            int left = 0;
            bool failed = false;
        };
        auto pending = std::make_shared<Pending>();
        pending->left = int(providers.value().size());
        if (pending->left == 0) {
            callback(QList<HostCapacity>());
            return;
        }
        for (const ResourceProvider &p : providers.value()) {
            HostsApi(client).hostCapacity(p, context, [pending, callback](Result<HostCapacity> one) {
                if (pending->failed)
                    return;
                if (!one) {
                    pending->failed = true;
                    callback(one.error());
                    return;
                }
                pending->done << one.value();
                if (--pending->left == 0) {
                    std::sort(pending->done.begin(), pending->done.end(),
                              [](const HostCapacity &a, const HostCapacity &b) { return a.name < b.name; });
                    callback(pending->done);
                }
            });
        }
    });
}

void HostsApi::serverAction(const QString &serverId, const QJsonObject &body, QObject *context, ApiCallback<bool> callback)
{
    qCInfo(lcHosts) << "server" << serverId << "action" << body.keys().value(0);
    // POST: a lost reply is never resent here; the task's next step reads the server first.
    ApiRequest request = ApiRequest::post(Compute, QStringLiteral("/servers/") + serverId + QStringLiteral("/action"),
                                          QJsonDocument(body));
    request.retryConflicts = false;
    ApiCall::send<bool>(m_client, request, context, std::move(callback), ApiCall::noBody);
}

void HostsApi::versionedAction(const QString &serverId, std::function<QJsonObject(int microversion)> body, QObject *context,
                               ApiCallback<bool> callback)
{
    QPointer<RestClient> client = m_client;
    afterMicroversion(m_client, context,
                      [client, serverId, body = std::move(body), context, callback = std::move(callback)](const CloudError &error) {
                          if (error) {
                              callback(error);
                              return;
                          }
                          if (client)
                              HostsApi(client).serverAction(serverId, body(client->session()->computeMicroversion()), context,
                                                            callback);
                      });
}

void HostsApi::liveMigrate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback)
{
    versionedAction(serverId, [host](int microversion) { return liveMigrateBody(host, microversion); }, context,
                    std::move(callback));
}

void HostsApi::coldMigrate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback)
{
    versionedAction(serverId, [host](int microversion) { return coldMigrateBody(host, microversion); }, context,
                    std::move(callback));
}

void HostsApi::confirmResize(const QString &serverId, QObject *context, ApiCallback<bool> callback)
{
    serverAction(serverId, QJsonObject{{QStringLiteral("confirmResize"), QJsonValue::Null}}, context, std::move(callback));
}

void HostsApi::evacuate(const QString &serverId, const QString &host, QObject *context, ApiCallback<bool> callback)
{
    versionedAction(serverId, [host](int microversion) { return evacuateBody(host, microversion); }, context,
                    std::move(callback));
}

void HostsApi::resetState(const QString &serverId, const QString &state, QObject *context, ApiCallback<bool> callback)
{
    serverAction(serverId, QJsonObject{{QStringLiteral("os-resetState"), QJsonObject{{QStringLiteral("state"), state}}}},
                 context, std::move(callback));
}

void HostsApi::listMigrations(const QString &serverId, QObject *context, ApiCallback<QList<ServerMigration>> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("instance_uuid"), serverId);
    ApiCall::send<QList<ServerMigration>>(m_client, listRequest(Compute, QStringLiteral("/os-migrations"), query),
                                          context, std::move(callback),
                                          [](const ApiReply &reply) { return parseMigrations(reply.body()); });
}
