#pragma once

#include "apicallback.h"
#include "cloudtypes.h"

#include <QJsonObject>
#include <QObject>

class RestClient;

// Filters of GET /servers/detail. Empty fields are not sent.
struct ServerQuery
{
    QStringList tags;          // ?tags=a,b (all of them; microversion >= 2.26)
    QString status;            // ?status=ACTIVE
    QString name;              // ?name=regex
    QDateTime changesSince;    // ?changes-since=...; deleted servers are then included (status DELETED)
    int limit = 0;             // ?limit=N page size (0 = the cloud's default)
    QString marker;            // ?marker=<id> start after this server
    bool allTenants = false;   // ?all_tenants=1 (admin)
};

struct ServerPage
{
    QList<Server> servers;
    QString nextMarker; // id to pass as marker for the next page; empty on the last page
};

struct ServerCreateSpec
{
    QString name;
    QString imageId;
    QString flavorId;
    QString networkId;             // one of networkId / portId (or none: the cloud decides)
    QString portId;
    QMap<QString, QString> metadata;
    QStringList tags;
    QByteArray userData;           // raw; base64-encoded when sent
    QString keyName;
    QString availabilityZone;
};

enum class ServerAction {
    Start,     // os-start
    Stop,      // os-stop
    Suspend,
    Resume,
    RebootSoft,
    RebootHard,
    Rebuild,   // needs args {"imageRef": ...}
    Shelve,
    Unshelve,
    Pause,
    Unpause,
    CreateImage, // needs args {"name": ...}; the callback's value is the new image id
    ForceDelete
};

// Nova v2.1 with the negotiated microversion.
class ComputeApi
{
public:
    explicit ComputeApi(RestClient *client);

    void listServers(const ServerQuery &query, QObject *context, ApiCallback<ServerPage> callback);
    // Follows marker paging until the last page.
    void listAllServers(const ServerQuery &query, QObject *context, ApiCallback<QList<Server>> callback);
    void getServer(const QString &id, QObject *context, ApiCallback<Server> callback);
    // Value: the new server (id, and whatever Nova returned) — poll for its state.
    void createServer(const ServerCreateSpec &spec, QObject *context, ApiCallback<Server> callback);
    void deleteServer(const QString &id, QObject *context, ApiCallback<bool> callback);
    // Value: for CreateImage the new image id, otherwise empty.
    void serverAction(const QString &id, ServerAction action, const QJsonObject &args, QObject *context,
                      ApiCallback<QString> callback);
    void setMetadata(const QString &id, const QMap<QString, QString> &items, QObject *context,
                     ApiCallback<bool> callback); // merges (POST /metadata)
    void deleteMetadataItem(const QString &id, const QString &key, QObject *context, ApiCallback<bool> callback);
    // protocol "vnc" type "novnc", or "spice" / "spice-html5"
    void remoteConsole(const QString &id, const QString &protocol, const QString &type, QObject *context,
                       ApiCallback<RemoteConsole> callback);
    void listFlavors(QObject *context, ApiCallback<QList<Flavor>> callback);
    void limits(QObject *context, ApiCallback<ComputeLimits> callback);
    void instanceActions(const QString &id, QObject *context, ApiCallback<QList<InstanceAction>> callback);
    void listHypervisors(QObject *context, ApiCallback<QList<Hypervisor>> callback); // admin only

    [[nodiscard]] RestClient *client() const { return m_client; }

private:
    RestClient *m_client;
};
