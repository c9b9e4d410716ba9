#include "cloud/serverresolver.h"

#include "cloud/computeapi.h"
#include "cloud/restclient.h"

Result<Server> ServerResolver::resolve(const QList<Server> &servers, const QString &reference, const QString &requestId)
{
    const QString wanted = reference.trimmed();
    if (wanted.isEmpty())
        return CloudError::config(tr("An empty desktop name was given."));
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
    ComputeApi(client).listAllServerPages({}, context, [references, callback = std::move(callback)](Result<ServerPage> all) {
        if (!all) {
            callback(all.error());
            return;
        }
        Lookup lookup;
        lookup.servers = std::move(all.value().servers);
        lookup.requestId = all.value().requestId;
        for (const QString &reference : references)
            lookup.resolved << resolve(lookup.servers, reference, lookup.requestId);
        callback(std::move(lookup));
    });
}
