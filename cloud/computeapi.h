#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

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
    QString requestId;  // x-openstack-request-id of the reply (for messages about what was not found)
};

// Per-call overrides of the REST layer's retry policy; the defaults suit interactive use.
struct CallOptions
{
    int maxRetries = -1;        // -1: ApiRequest's default; 0: no retry at all
    bool retryConflicts = true; // retry Nova's 409 "task_state" conflicts (the action did not happen)
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
    Q_DECLARE_TR_FUNCTIONS(ComputeApi)

public:
    explicit ComputeApi(RestClient *client);

    void listServers(const ServerQuery &query, QObject *context, ApiCallback<ServerPage> callback);
    // Follows marker paging until the last page.
    void listAllServers(const ServerQuery &query, QObject *context, ApiCallback<QList<Server>> callback);
    // The same, as one page: every server, no next marker, the last reply's request ID.
    void listAllServerPages(const ServerQuery &query, QObject *context, ApiCallback<ServerPage> callback);
    void getServer(const QString &id, QObject *context, ApiCallback<Server> callback);
    // Value: the new server (id, and whatever Nova returned) — poll for its state.
    void createServer(const ServerCreateSpec &spec, QObject *context, ApiCallback<Server> callback);
    void deleteServer(const QString &id, QObject *context, ApiCallback<bool> callback,
                      const CallOptions &options = {});
    // Value: for CreateImage the new image id, otherwise empty.
    void serverAction(const QString &id, ServerAction action, const QJsonObject &args, QObject *context,
                      ApiCallback<QString> callback, const CallOptions &options = {});
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

    // The request body of an action (pure; tested): {"os-start": null}, {"reboot": {"type": "HARD"}}, ...
    // Empty with *error set when args lack what the action needs (Rebuild: imageRef, CreateImage: name).
    static QJsonObject actionBody(ServerAction action, const QJsonObject &args, QString *error = nullptr);
    // The body of POST /servers for a microversion (pure; tested). Tags go in the body from 2.52.
    static QJsonObject createBody(const ServerCreateSpec &spec, int microversion);
    // The query of GET /servers/detail (pure; tested).
    static QUrlQuery serverListQuery(const ServerQuery &query);
    // The new image id of a createImage reply: {"image_id"} (2.45+) or the Location header.
    static QString imageIdFromCreateImageReply(const QByteArray &body, const QByteArray &location);

private:
    RestClient *m_client;
};
