#include "serverresolver.h"

#include "computeapi.h"
#include "restclient.h"

#include <QPointer>

namespace
{
void collect(QPointer<RestClient> client, QString marker, std::shared_ptr<ServerResolver::Lookup> lookup,
             QStringList references, QObject *context, ApiCallback<ServerResolver::Lookup> callback)
{
    if (!client)
        return;
    ServerQuery query;
    query.marker = marker;
    ComputeApi(client).listServers(query, context, [=](Result<ServerPage> page) {
        if (!page) {
            callback(page.error());
            return;
        }
        lookup->servers += page.value().servers;
        lookup->requestId = page.value().requestId;
        const QString next = page.value().nextMarker;
        if (!next.isEmpty() && next != marker && !page.value().servers.isEmpty()) {
            collect(client, next, lookup, references, context, callback);
            return;
        }
        for (const QString &reference : references)
            lookup->resolved << ServerResolver::resolve(lookup->servers, reference, lookup->requestId);
        callback(std::move(*lookup));
    });
}
} // namespace

Result<Server> ServerResolver::resolve(const QList<Server> &servers, const QString &reference, const QString &requestId)
{
    const QString wanted = reference.trimmed();
    if (wanted.isEmpty()) {
        CloudError e = CloudError::config(tr("An empty desktop name was given."));
        return e;
    }
    for (const Server &s : servers) {
        if (s.id == wanted)
            return s;
    }
    QList<Server> named;
    for (const Server &s : servers) {
        if (s.name == wanted)
            named << s;
    }
    if (named.size() == 1)
        return named.first();
    CloudError e;
    if (named.isEmpty()) {
        e = CloudError::config(tr("No server in this project is named \"%1\" or has that ID.").arg(wanted));
    } else {
        QStringList ids;
        for (const Server &s : std::as_const(named))
            ids << s.id;
        e = CloudError::config(tr("The name \"%1\" is used by %2 servers (%3): give the ID instead.")
                                   .arg(wanted)
                                   .arg(named.size())
                                   .arg(ids.join(QStringLiteral(", "))));
    }
    e.setRequestId(requestId);
    return e;
}

QList<Server> ServerResolver::desktops(const QList<Server> &servers, const QString &role, const QString &course)
{
    QList<Server> out;
    for (const Server &s : servers) {
        if (!s.isPhoenixDesktop() || s.isDeleted())
            continue;
        if (!role.isEmpty() && s.meta(PhoenixMeta::Role) != role)
            continue;
        if (!course.isEmpty() && s.meta(PhoenixMeta::Course) != course)
            continue;
        out << s;
    }
    return out;
}

void ServerResolver::lookup(RestClient *client, const QStringList &references, QObject *context,
                            ApiCallback<Lookup> callback)
{
    collect(client, QString(), std::make_shared<Lookup>(), references, context, std::move(callback));
}
