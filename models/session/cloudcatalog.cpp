#include "models/session/cloudcatalog.h"

#include "models/session/cloudconnection.h"
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "models/engine/inventory.h"
#include "cloud/networkapi.h"

#include <QLoggingCategory>
#include <QtConcurrent>

#include "models/store/auditlog.h"

Q_LOGGING_CATEGORY(lcCatalog, "phoenix.models.catalog")

CloudCatalog::CloudCatalog(CloudConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void CloudCatalog::refreshAll()
{
    refreshImages();
    refreshFlavors();
    refreshNetworks();
    refreshLimits();
}

void CloudCatalog::refreshImages()
{
    m_connection->images()->listImages(this, [this](Result<QList<Image>> r) {
        if (!r) {
            Q_EMIT errorOccurred(tr("images"), r.error());
            return;
        }
        m_images = r.take();
        Q_EMIT imagesChanged();
    });
}

void CloudCatalog::refreshFlavors()
{
    m_connection->compute()->listFlavors(this, [this](Result<QList<Flavor>> r) {
        if (!r) {
            Q_EMIT errorOccurred(tr("flavors"), r.error());
            return;
        }
        m_flavors = r.take();
        Q_EMIT flavorsChanged();
    });
}

void CloudCatalog::refreshNetworks()
{
    // Three lists, one signal once the last of them has answered.
    auto pending = std::make_shared<int>(3);
    auto done = [this, pending] {
        if (--*pending == 0)
            Q_EMIT networksChanged();
    };
    NetworkApi *net = m_connection->network();
    net->listNetworks(this, [this, done](Result<QList<Network>> r) {
        if (r)
            m_networks = r.take();
        else
            Q_EMIT errorOccurred(tr("networks"), r.error());
        done();
    });
    net->listRouters(this, [this, done](Result<QList<Router>> r) {
        if (r)
            m_routers = r.take();
        else
            Q_EMIT errorOccurred(tr("routers"), r.error());
        done();
    });
    net->listFloatingIps(this, [this, done](Result<QList<FloatingIp>> r) {
        if (r)
            m_floatingIps = r.take();
        else
            Q_EMIT errorOccurred(tr("floating IPs"), r.error());
        done();
    });
}

void CloudCatalog::refreshLimits()
{
    m_connection->compute()->limits(this, [this](Result<ComputeLimits> r) {
        if (!r) {
            Q_EMIT errorOccurred(tr("quota"), r.error());
            return;
        }
        setLimits(r.value());
    });
}

void CloudCatalog::setLimits(const ComputeLimits &limits)
{
    m_limits = limits;
    m_hasLimits = true;
    Q_EMIT limitsChanged();
}

QHash<QString, QString> CloudCatalog::imageNames() const
{
    QHash<QString, QString> names;
    for (const Image &i : m_images)
        names.insert(i.id, i.name);
    return names;
}

QHash<QString, QString> CloudCatalog::flavorNames() const
{
    QHash<QString, QString> names;
    for (const Flavor &f : m_flavors)
        names.insert(f.id, f.name);
    return names;
}

std::optional<Flavor> CloudCatalog::flavor(const QString &idOrName) const
{
    for (const Flavor &f : m_flavors) {
        if (f.id == idOrName || f.name == idOrName)
            return f;
    }
    return std::nullopt;
}

std::optional<Image> CloudCatalog::image(const QString &idOrName) const
{
    for (const Image &i : m_images) {
        if (i.id == idOrName || i.name == idOrName)
            return i;
    }
    return std::nullopt;
}

void CloudCatalog::renameImage(const QString &id, const QString &name, QObject *context, ApiCallback<Image> callback)
{
    const QString before = image(id) ? image(id)->name : id;
    m_connection->images()->updateImage(id, name, {}, context, [this, callback, id, before, name](Result<Image> r) {
        record(QStringLiteral("rename-image"), id, before, r.ok() ? CloudError() : r.error(), tr("New name: %1").arg(name));
        if (r)
            refreshImages();
        callback(std::move(r));
    });
}

void CloudCatalog::setImageVisibility(const QString &id, const QString &visibility, QObject *context,
                                      ApiCallback<Image> callback)
{
    const QString name = image(id) ? image(id)->name : id;
    m_connection->images()->updateImage(id, {}, visibility, context, [this, callback, id, name, visibility](Result<Image> r) {
        record(QStringLiteral("image-visibility"), id, name, r.ok() ? CloudError() : r.error(), visibility);
        if (r)
            refreshImages();
        callback(std::move(r));
    });
}

void CloudCatalog::deleteImage(const QString &id, QObject *context, ApiCallback<bool> callback)
{
    const QString name = image(id) ? image(id)->name : id;
    m_connection->images()->deleteImage(id, context, [this, callback, id, name](Result<bool> r) {
        record(QStringLiteral("delete-image"), id, name, r.ok() ? CloudError() : r.error());
        if (r)
            refreshImages();
        callback(std::move(r));
    });
}

void CloudCatalog::releaseFloatingIp(const QString &id, QObject *context, ApiCallback<bool> callback)
{
    QString address = id;
    for (const FloatingIp &f : std::as_const(m_floatingIps)) {
        if (f.id == id)
            address = f.floatingIpAddress;
    }
    m_connection->network()->deleteFloatingIp(id, context, [this, callback, id, address](Result<bool> r) {
        record(QStringLiteral("release-floating-ip"), id, address, r.ok() ? CloudError() : r.error());
        if (r)
            refreshNetworks();
        callback(std::move(r));
    });
}

void CloudCatalog::adoptServer(const QString &serverId, const QMap<QString, QString> &metadata, QObject *context,
                               ApiCallback<bool> callback)
{
    const std::optional<Server> server = m_connection->inventory()->server(serverId);
    const QString name = server ? server->name : serverId;
    QStringList pairs;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    m_connection->compute()->setMetadata(serverId, metadata, context, [this, callback, serverId, name, pairs](Result<bool> r) {
        record(QStringLiteral("adopt"), serverId, name, r.ok() ? CloudError() : r.error(), pairs.join(QStringLiteral(", ")));
        if (r)
            m_connection->inventory()->notifyChanged();
        callback(std::move(r));
    });
}

void CloudCatalog::record(const QString &action, const QString &targetId, const QString &targetName, const CloudError &error,
                          const QString &detail)
{
    AuditEntry e;
    e.action = action;
    e.targetId = targetId;
    e.targetName = targetName;
    e.result = error ? QStringLiteral("failed") : QStringLiteral("done");
    e.requestId = error.requestId();
    e.detail = error ? error.userMessage() : detail;
    record(e);
}

void CloudCatalog::record(AuditEntry e)
{
    if (!m_audit)
        return;
    const AuthState auth = m_connection->auth();
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    if (e.user.isEmpty())
        e.user = auth.userName;
    if (e.project.isEmpty())
        e.project = auth.projectName;
    // the database is not the GUI thread's to wait for
    AuditLog *log = m_audit;
    (void)QtConcurrent::run([log, e] {
        const Result<qint64> r = log->append(e);
        if (!r)
            qCWarning(lcCatalog) << "audit entry not written:" << r.error().detail();
    });
}

QString CloudCatalog::auditActionName(const QString &key)
{
    if (key == QLatin1String("rename-image"))
        return tr("Rename image");
    if (key == QLatin1String("image-visibility"))
        return tr("Change image visibility");
    if (key == QLatin1String("delete-image"))
        return tr("Delete image");
    if (key == QLatin1String("release-floating-ip"))
        return tr("Release floating IP");
    if (key == QLatin1String("adopt"))
        return tr("Adopt server");
    // compute hosts (issue 16); the desktops' moves are tasks of their own
    if (key == QLatin1String("disable-host"))
        return tr("Disable compute host");
    if (key == QLatin1String("enable-host"))
        return tr("Enable compute host");
    if (key == QLatin1String("drain-host"))
        return tr("Drain compute host");
    if (key == QLatin1String("evacuate-host"))
        return tr("Evacuate compute host");
    if (key == QLatin1String("reset-state"))
        return tr("Reset desktop state");
    return {};
}
