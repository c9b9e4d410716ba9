#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class AuditLog;
struct AuditEntry;
class CloudConnection;

/**
 * What the window shows besides servers: Glance images, Nova flavors and limits, Neutron
 * networks, routers and floating IPs. Loaded asynchronously in the GUI thread through the
 * connection's clients; each list has its own changed signal. The mutating calls (rename an
 * image, release a floating IP, adopt a server) refresh the list they touch and report through
 * a context-bound callback.
 */
class CloudCatalog : public QObject
{
    Q_OBJECT

public:
    CloudCatalog(CloudConnection *connection, QObject *parent = nullptr);

    void refreshAll();
    void refreshImages();
    void refreshFlavors();
    void refreshNetworks(); // networks, routers and floating IPs
    void refreshLimits();

    [[nodiscard]] const QList<Image> &images() const { return m_images; }
    [[nodiscard]] const QList<Flavor> &flavors() const { return m_flavors; }
    [[nodiscard]] const QList<Network> &networks() const { return m_networks; }
    [[nodiscard]] const QList<Router> &routers() const { return m_routers; }
    [[nodiscard]] const QList<FloatingIp> &floatingIps() const { return m_floatingIps; }
    [[nodiscard]] const ComputeLimits &limits() const { return m_limits; }
    [[nodiscard]] bool hasLimits() const { return m_hasLimits; }
    void setLimits(const ComputeLimits &limits);

    [[nodiscard]] QHash<QString, QString> imageNames() const;
    [[nodiscard]] QHash<QString, QString> flavorNames() const;
    [[nodiscard]] std::optional<Flavor> flavor(const QString &idOrName) const;
    [[nodiscard]] std::optional<Image> image(const QString &idOrName) const;

    // Mutations: the callback runs while context lives; the touched list refreshes on success.
    void renameImage(const QString &id, const QString &name, QObject *context, ApiCallback<Image> callback);
    void setImageVisibility(const QString &id, const QString &visibility, QObject *context, ApiCallback<Image> callback);
    void deleteImage(const QString &id, QObject *context, ApiCallback<bool> callback);
    void releaseFloatingIp(const QString &id, QObject *context, ApiCallback<bool> callback);
    /** Adopts a server as a Phoenix desktop: merges phoenix:* metadata (role, owner, course, seat). */
    void adoptServer(const QString &serverId, const QMap<QString, QString> &metadata, QObject *context,
                     ApiCallback<bool> callback);

    /** Where the mutations above are recorded (written on a worker thread); null = not recorded. */
    void setAuditLog(AuditLog *log) { m_audit = log; }
    /** Records an action that is not a task (the mutations above, a host's maintenance, ...) by
     *  the signed-in user: "done", or "failed" with the error and its request ID. Written on a
     *  worker thread; nothing without an audit log. */
    void record(const QString &action, const QString &targetId, const QString &targetName, const CloudError &error,
                const QString &detail = {});
    /** The same with the entry as given; an empty user, project or time is filled in. */
    void record(AuditEntry entry);
    /** The translated name of an audit action that is not a task ("rename-image", ...); empty if unknown. */
    static QString auditActionName(const QString &key);

Q_SIGNALS:
    void imagesChanged();
    void flavorsChanged();
    void networksChanged();
    void limitsChanged();
    void errorOccurred(const QString &what, const CloudError &error);

private:

    CloudConnection *m_connection;
    AuditLog *m_audit = nullptr;
    QList<Image> m_images;
    QList<Flavor> m_flavors;
    QList<Network> m_networks;
    QList<Router> m_routers;
    QList<FloatingIp> m_floatingIps;
    ComputeLimits m_limits;
    bool m_hasLimits = false;
};
