#include "cloud/computeapi.h"

#include "cloud/apicall.h"
#include "cloud/apiparsers.h"
#include "cloud/pageguard.h"
#include "cloud/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCompute, "phoenix.cloud.compute")

namespace
{
const QString Compute = QStringLiteral("compute");

// Paths are given decoded: RestClient sets them with QUrl::DecodedMode, which encodes what must be
// encoded ("phoenix:seat" stays readable, "?" or "#" in a metadata key are escaped).
QString serverPath(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/servers/") + id + suffix;
}

ApiRequest listRequest(const QString &path, const QUrlQuery &query = {})
{
    ApiRequest request = ApiRequest::get(Compute, path, query);
    request.replyKind = ReplyKind::List;
    return request;
}

ApiRequest withOptions(ApiRequest request, const CallOptions &options)
{
    if (options.maxRetries >= 0)
        request.maxRetries = options.maxRetries;
    request.retryConflicts = options.retryConflicts;
    return request;
}

// Runs then() once the session knows the compute microversion (request bodies depend on it).
void afterMicroversion(RestClient *client, QObject *context, const std::function<void(const CloudError &)> &then)
{
    if (client->session()->computeMicroversion() > 0) {
        then({});
        return;
    }
    // Any compute request negotiates first; the version document is the cheapest one.
    ApiReply *reply = client->send(ApiRequest::get(Compute, QString()));
    QObject::connect(reply, &ApiReply::finished, context ? context : reply, [reply, then] { then(reply->error()); });
}

// Follows marker paging into one list; the guard stops cycles and endless lists. While one page is
// parsed the next is already on its way: Nova's next link is read from the end of the raw reply
// (ApiParsers::peekNextMarker, a few bytes) and its request sent before the page is parsed. The
// parsed page decides: the early request is kept when the page names the same marker, dropped
// otherwise (a different marker, the last page, an error). A page of 1,000 servers takes tens of
// milliseconds to parse; the next page's round trip now overlaps it.
class ServerPager : public std::enable_shared_from_this<ServerPager>
{
public:
    ServerPager(RestClient *client, ServerQuery query, std::shared_ptr<PageGuard> guard, QObject *context, ApiCallback<ServerPage> callback)
        : m_client(client)
        , m_query(std::move(query))
        , m_guard(std::move(guard))
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_callback(std::move(callback))
    {
    }

    void start() { fetch(m_query.marker); }

private:
    // Sends the request for the page after `marker`; its reply is read only if `adopted` by then.
    QPointer<ApiReply> send(const QString &marker)
    {
        ServerQuery q = m_query;
        q.marker = marker;
        ApiReply *reply = m_client->send(listRequest(QStringLiteral("/servers/detail"), ComputeApi::serverListQuery(q)));
        QObject *receiver = m_hasContext ? m_context.data() : reply;
        if (!receiver) {
            reply->abort();
            return nullptr;
        }
        QObject::connect(reply, &ApiReply::finished, receiver, [self = shared_from_this(), reply] {
            if (reply == self->m_current)
                self->read(*reply);
        });
        return reply;
    }

    void fetch(const QString &marker)
    {
        if (m_ahead && m_aheadMarker == marker) {
            m_current = m_ahead; // already on its way
        } else {
            dropAhead();
            m_current = send(marker);
        }
        m_ahead = nullptr;
        m_aheadMarker.clear();
    }

    void dropAhead()
    {
        if (m_ahead)
            m_ahead->abort();
        m_ahead = nullptr;
        m_aheadMarker.clear();
    }

    void finish(Result<ServerPage> result)
    {
        dropAhead();
        m_current = nullptr;
        if (m_callback)
            m_callback(std::move(result));
    }

    void read(const ApiReply &reply)
    {
        if (reply.error()) {
            finish(reply.error());
            return;
        }
        const QString early = ApiParsers::peekNextMarker(reply.body());
        if (!early.isEmpty() && m_guard->allows(early) && !m_client.isNull()) {
            m_aheadMarker = early;
            m_ahead = send(early);
        }
        Result<ServerPage> page = ApiParsers::parseServerPage(reply.body());
        if (!page) {
            finish(ApiCall::withReplyContext(page.error(), reply));
            return;
        }
        m_collected.servers += page.value().servers;
        m_collected.requestId = reply.requestId();
        const QString next = page.value().nextMarker;
        if (next.isEmpty() || page.value().servers.isEmpty()) {
            finish(std::move(m_collected));
            return;
        }
        if (const CloudError stop = m_guard->follow(next, reply.requestId())) {
            finish(stop);
            return;
        }
        if (m_client.isNull()) {
            dropAhead();
            return;
        }
        fetch(next);
    }

    QPointer<RestClient> m_client;
    ServerQuery m_query;
    std::shared_ptr<PageGuard> m_guard;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiCallback<ServerPage> m_callback;
    ServerPage m_collected;
    QPointer<ApiReply> m_current; // the page being waited for
    QPointer<ApiReply> m_ahead;   // sent early, on the marker peeked from the raw reply
    QString m_aheadMarker;
};
} // namespace

ComputeApi::ComputeApi(RestClient *client)
    : m_client(client)
{
}

QUrlQuery ComputeApi::serverListQuery(const ServerQuery &query)
{
    QUrlQuery q;
    if (!query.tags.isEmpty())
        q.addQueryItem(QStringLiteral("tags"), query.tags.join(QLatin1Char(',')));
    if (!query.status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), query.status);
    if (!query.name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), query.name);
    if (query.changesSince.isValid())
        q.addQueryItem(QStringLiteral("changes-since"), formatOpenStackTime(query.changesSince));
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.marker.isEmpty())
        q.addQueryItem(QStringLiteral("marker"), query.marker);
    if (query.allTenants)
        q.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    return q;
}

void ComputeApi::listServers(const ServerQuery &query, QObject *context, ApiCallback<ServerPage> callback)
{
    ApiCall::send<ServerPage>(m_client, listRequest(QStringLiteral("/servers/detail"), serverListQuery(query)), context,
                              std::move(callback), [](const ApiReply &reply) {
                                  Result<ServerPage> page = ApiParsers::parseServerPage(reply.body());
                                  if (page)
                                      page.value().requestId = reply.requestId();
                                  return page;
                              });
}

void ComputeApi::listAllServers(const ServerQuery &query, QObject *context, ApiCallback<QList<Server>> callback)
{
    listAllServerPages(query, context, [callback = std::move(callback)](Result<ServerPage> all) {
        callback(all ? Result<QList<Server>>(std::move(all.value().servers)) : Result<QList<Server>>(all.error()));
    });
}

void ComputeApi::listAllServerPages(const ServerQuery &query, QObject *context, ApiCallback<ServerPage> callback)
{
    auto guard = std::make_shared<PageGuard>(tr("server list"), m_client->limits().maxPages, query.marker);
    std::make_shared<ServerPager>(m_client, query, guard, context, std::move(callback))->start();
}

void ComputeApi::getServer(const QString &id, QObject *context, ApiCallback<Server> callback)
{
    ApiCall::send<Server>(m_client, ApiRequest::get(Compute, serverPath(id)), context, std::move(callback),
                          [](const ApiReply &reply) { return ApiParsers::parseServer(reply.body()); });
}

QJsonObject ComputeApi::createBody(const ServerCreateSpec &spec, int microversion)
{
    QJsonObject server{{QStringLiteral("name"), spec.name},
                       {QStringLiteral("imageRef"), spec.imageId},
                       {QStringLiteral("flavorRef"), spec.flavorId}};
    if (!spec.portId.isEmpty())
        server.insert(QStringLiteral("networks"), QJsonArray{QJsonObject{{QStringLiteral("port"), spec.portId}}});
    else if (!spec.networkId.isEmpty())
        server.insert(QStringLiteral("networks"), QJsonArray{QJsonObject{{QStringLiteral("uuid"), spec.networkId}}});
    else if (microversion >= 37) // from 2.37 "networks" is required: "auto" lets Nova pick the project's network
        server.insert(QStringLiteral("networks"), QStringLiteral("auto"));
    if (!spec.metadata.isEmpty()) {
        QJsonObject metadata;
        for (auto it = spec.metadata.cbegin(); it != spec.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        server.insert(QStringLiteral("metadata"), metadata);
    }
    if (!spec.tags.isEmpty() && microversion >= 52)
        server.insert(QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags));
    if (!spec.userData.isEmpty())
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(spec.userData.toBase64()));
    if (!spec.keyName.isEmpty())
        server.insert(QStringLiteral("key_name"), spec.keyName);
    if (!spec.availabilityZone.isEmpty())
        server.insert(QStringLiteral("availability_zone"), spec.availabilityZone);
    return QJsonObject{{QStringLiteral("server"), server}};
}

void ComputeApi::createServer(const ServerCreateSpec &spec, QObject *context, ApiCallback<Server> callback)
{
    QPointer<RestClient> client = m_client;
    afterMicroversion(m_client, context, [client, spec, context, callback](const CloudError &error) {
        if (error) {
            callback(error);
            return;
        }
        if (!client)
            return;
        const int microversion = client->session()->computeMicroversion();
        const QJsonObject body = createBody(spec, microversion);
        qCInfo(lcCompute) << "creating server" << spec.name << "image" << spec.imageId << "flavor" << spec.flavorId;
        // POST is not idempotent: only rate limits are retried, never a lost reply.
        ApiCall::send<Server>(
            client, ApiRequest::post(Compute, QStringLiteral("/servers"), QJsonDocument(body)), context,
            [client, spec, microversion, context, callback](Result<Server> created) {
                if (!created || spec.tags.isEmpty() || microversion >= 52 || !client) {
                    callback(std::move(created));
                    return;
                }
                // Before 2.52 tags cannot be given at boot: set them right after (PUT /servers/{id}/tags, 2.26+).
                const Server server = created.value();
                const QJsonDocument tags(QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags)}});
                ApiCall::send<Server>(client, ApiRequest::put(Compute, serverPath(server.id, QStringLiteral("/tags")), tags),
                                      context, callback, [server](const ApiReply &) { return Result<Server>(server); });
            },
            [spec](const ApiReply &reply) {
                Result<Server> r = ApiParsers::parseServer(reply.body());
                if (!r)
                    return r;
                // The reply has little more than the id: complete it with what was asked for.
                Server &s = r.value();
                if (s.name.isEmpty())
                    s.name = spec.name;
                if (s.status.isEmpty())
                    s.status = QStringLiteral("BUILD");
                if (s.imageId.isEmpty())
                    s.imageId = spec.imageId;
                if (s.flavorId.isEmpty())
                    s.flavorId = spec.flavorId;
                if (s.metadata.isEmpty())
                    s.metadata = spec.metadata;
                if (s.tags.isEmpty())
                    s.tags = spec.tags;
                return r;
            });
    });
}

void ComputeApi::deleteServer(const QString &id, QObject *context, ApiCallback<bool> callback, const CallOptions &options)
{
    qCInfo(lcCompute) << "deleting server" << id;
    ApiCall::send<bool>(m_client, withOptions(ApiRequest::del(Compute, serverPath(id)), options), context,
                        std::move(callback), ApiCall::noBody);
}

QJsonObject ComputeApi::actionBody(ServerAction action, const QJsonObject &args, QString *error)
{
    auto plain = [](const char *name) { return QJsonObject{{QLatin1String(name), QJsonValue::Null}}; };
    auto withArgs = [&args](const char *name) {
        return QJsonObject{{QLatin1String(name), args.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(args)}};
    };
    auto need = [&args, error](const char *key) {
        if (args.value(QLatin1String(key)).toString().isEmpty()) {
            if (error)
                *error = ComputeApi::tr("The action needs \"%1\".").arg(QLatin1String(key));
            return false;
        }
        return true;
    };
    switch (action) {
    case ServerAction::Start:
        return plain("os-start");
    case ServerAction::Stop:
        return plain("os-stop");
    case ServerAction::Suspend:
        return plain("suspend");
    case ServerAction::Resume:
        return plain("resume");
    case ServerAction::RebootSoft:
        return QJsonObject{{QStringLiteral("reboot"), QJsonObject{{QStringLiteral("type"), QStringLiteral("SOFT")}}}};
    case ServerAction::RebootHard:
        return QJsonObject{{QStringLiteral("reboot"), QJsonObject{{QStringLiteral("type"), QStringLiteral("HARD")}}}};
    case ServerAction::Rebuild:
        return need("imageRef") ? QJsonObject{{QStringLiteral("rebuild"), args}} : QJsonObject();
    case ServerAction::Shelve:
        return plain("shelve");
    case ServerAction::Unshelve:
        return withArgs("unshelve");
    case ServerAction::Pause:
        return plain("pause");
    case ServerAction::Unpause:
        return plain("unpause");
    case ServerAction::CreateImage:
        return need("name") ? QJsonObject{{QStringLiteral("createImage"), args}} : QJsonObject();
    case ServerAction::ForceDelete:
        return plain("forceDelete");
    }
    return {};
}

QString ComputeApi::imageIdFromCreateImageReply(const QByteArray &body, const QByteArray &location)
{
    const QString fromBody = QJsonDocument::fromJson(body).object().value(QLatin1String("image_id")).toString();
    if (!fromBody.isEmpty())
        return fromBody;
    // Before 2.45: Location: http://glance/v2/images/<id>
    const QString path = QUrl(QString::fromUtf8(location)).path();
    return path.section(QLatin1Char('/'), -1);
}

void ComputeApi::serverAction(const QString &id, ServerAction action, const QJsonObject &args, QObject *context,
                              ApiCallback<QString> callback, const CallOptions &options)
{
    QString invalid;
    const QJsonObject body = actionBody(action, args, &invalid);
    if (body.isEmpty()) {
        // Report asynchronously like every other outcome.
        QObject *target = context ? context : m_client;
        QMetaObject::invokeMethod(target, [callback, invalid] { callback(CloudError::config(invalid)); },
                                  Qt::QueuedConnection);
        return;
    }
    qCInfo(lcCompute) << "server" << id << "action" << body.keys().value(0);
    const ApiRequest request
        = withOptions(ApiRequest::post(Compute, serverPath(id, QStringLiteral("/action")), QJsonDocument(body)), options);
    ApiCall::send<QString>(m_client, request, context, std::move(callback), [action](const ApiReply &reply) -> Result<QString> {
        if (action != ServerAction::CreateImage)
            return QString();
        const QString imageId = imageIdFromCreateImageReply(reply.body(), reply.header("Location"));
        if (imageId.isEmpty())
            return CloudError::malformed(tr("the snapshot reply names no image"));
        return imageId;
    });
}

void ComputeApi::setMetadata(const QString &id, const QMap<QString, QString> &items, QObject *context,
                             ApiCallback<bool> callback)
{
    QJsonObject metadata;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        metadata.insert(it.key(), it.value());
    const QJsonDocument body(QJsonObject{{QStringLiteral("metadata"), metadata}});
    ApiCall::send<bool>(m_client, ApiRequest::post(Compute, serverPath(id, QStringLiteral("/metadata")), body), context,
                        std::move(callback), ApiCall::noBody);
}

void ComputeApi::deleteMetadataItem(const QString &id, const QString &key, QObject *context, ApiCallback<bool> callback)
{
    const QString path = serverPath(id, QStringLiteral("/metadata/") + key);
    ApiCall::send<bool>(m_client, ApiRequest::del(Compute, path), context, std::move(callback), ApiCall::noBody);
}

void ComputeApi::remoteConsole(const QString &id, const QString &protocol, const QString &type, QObject *context,
                               ApiCallback<RemoteConsole> callback)
{
    const QJsonDocument body(QJsonObject{
        {QStringLiteral("remote_console"),
         QJsonObject{{QStringLiteral("protocol"), protocol}, {QStringLiteral("type"), type}}}});
    ApiCall::send<RemoteConsole>(m_client, ApiRequest::post(Compute, serverPath(id, QStringLiteral("/remote-consoles")), body),
                                 context, std::move(callback),
                                 [](const ApiReply &reply) { return ApiParsers::parseRemoteConsole(reply.body()); });
}

void ComputeApi::listFlavors(QObject *context, ApiCallback<QList<Flavor>> callback)
{
    ApiCall::send<QList<Flavor>>(m_client, listRequest(QStringLiteral("/flavors/detail")), context,
                                 std::move(callback),
                                 [](const ApiReply &reply) { return ApiParsers::parseFlavors(reply.body()); });
}

void ComputeApi::limits(QObject *context, ApiCallback<ComputeLimits> callback)
{
    ApiCall::send<ComputeLimits>(m_client, ApiRequest::get(Compute, QStringLiteral("/limits")), context,
                                 std::move(callback),
                                 [](const ApiReply &reply) { return ApiParsers::parseLimits(reply.body()); });
}

void ComputeApi::instanceActions(const QString &id, QObject *context, ApiCallback<QList<InstanceAction>> callback)
{
    ApiCall::send<QList<InstanceAction>>(m_client, listRequest(serverPath(id, QStringLiteral("/os-instance-actions"))),
                                         context, std::move(callback), [](const ApiReply &reply) {
                                             return ApiParsers::parseInstanceActions(reply.body());
                                         });
}

void ComputeApi::listHypervisors(QObject *context, ApiCallback<QList<Hypervisor>> callback)
{
    ApiCall::send<QList<Hypervisor>>(m_client, listRequest(QStringLiteral("/os-hypervisors/detail")),
                                     context, std::move(callback),
                                     [](const ApiReply &reply) { return ApiParsers::parseHypervisors(reply.body()); });
}
