#include "models/store/inventorycache.h"

#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

using namespace StoreUtil;

namespace
{
QString joined(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------------------------
// Codecs: one per cached type. columns() lists the item's columns (id first), without scope and
// fetched_at, in the order bind() and read() use.

template<typename T>
struct Codec;

template<>
struct Codec<Server>
{
    static QString table() { return QStringLiteral("servers"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("task_state"),
                QStringLiteral("vm_state"), QStringLiteral("power_state"), QStringLiteral("image_id"),
                QStringLiteral("flavor_id"), QStringLiteral("flavor_name"), QStringLiteral("user_id"),
                QStringLiteral("project_id"), QStringLiteral("key_name"), QStringLiteral("created_at"),
                QStringLiteral("updated_at"), QStringLiteral("launched_at"), QStringLiteral("metadata"),
                QStringLiteral("tags"), QStringLiteral("addresses"), QStringLiteral("fault_message"),
                QStringLiteral("progress"), QStringLiteral("locked"), QStringLiteral("phoenix_owner"),
                QStringLiteral("phoenix_course"), QStringLiteral("phoenix_role")};
    }
    static QString id(const Server &s) { return s.id; }
    static void bind(Statement &st, int f, const Server &s)
    {
        QJsonObject metadata;
        for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        QJsonArray addresses;
        for (const ServerAddress &a : s.addresses) {
            addresses.append(QJsonObject{{QStringLiteral("network"), a.network},
                                         {QStringLiteral("address"), a.address},
                                         {QStringLiteral("version"), a.version},
                                         {QStringLiteral("type"), a.type},
                                         {QStringLiteral("mac"), a.mac}});
        }
        st.bind(f + 0, s.id)
            .bind(f + 1, optionalText(s.name))
            .bind(f + 2, optionalText(s.status))
            .bind(f + 3, optionalText(s.taskState))
            .bind(f + 4, optionalText(s.vmState))
            .bind(f + 5, s.powerState)
            .bind(f + 6, optionalText(s.imageId))
            .bind(f + 7, optionalText(s.flavorId))
            .bind(f + 8, optionalText(s.flavorName))
            .bind(f + 9, optionalText(s.userId))
            .bind(f + 10, optionalText(s.projectId))
            .bind(f + 11, optionalText(s.keyName))
            .bind(f + 12, timeValue(s.created))
            .bind(f + 13, timeValue(s.updated))
            .bind(f + 14, timeValue(s.launchedAt))
            .bind(f + 15, jsonText(metadata))
            .bind(f + 16, stringListJson(s.tags))
            .bind(f + 17, jsonText(addresses))
            .bind(f + 18, optionalText(s.faultMessage))
            .bind(f + 19, s.progress)
            .bind(f + 20, boolValue(s.locked))
            .bind(f + 21, optionalText(s.meta(PhoenixMeta::Owner)))
            .bind(f + 22, optionalText(s.meta(PhoenixMeta::Course)))
            .bind(f + 23, optionalText(s.meta(PhoenixMeta::Role)));
    }
    static Server read(const Statement &st)
    {
        Server s;
        s.id = st.value(0).toString();
        s.name = st.value(1).toString();
        s.status = st.value(2).toString();
        s.taskState = st.value(3).toString();
        s.vmState = st.value(4).toString();
        s.powerState = st.value(5).toInt();
        s.imageId = st.value(6).toString();
        s.flavorId = st.value(7).toString();
        s.flavorName = st.value(8).toString();
        s.userId = st.value(9).toString();
        s.projectId = st.value(10).toString();
        s.keyName = st.value(11).toString();
        s.created = timeFrom(st.value(12));
        s.updated = timeFrom(st.value(13));
        s.launchedAt = timeFrom(st.value(14));
        const QJsonObject metadata = jsonObject(st.value(15));
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            s.metadata.insert(it.key(), it.value().toString());
        s.tags = stringListFrom(st.value(16));
        const QJsonArray addresses = jsonArray(st.value(17));
        for (const QJsonValue &v : addresses) {
            const QJsonObject o = v.toObject();
            ServerAddress a;
            a.network = o.value(QLatin1String("network")).toString();
            a.address = o.value(QLatin1String("address")).toString();
            a.version = o.value(QLatin1String("version")).toInt(4);
            a.type = o.value(QLatin1String("type")).toString();
            a.mac = o.value(QLatin1String("mac")).toString();
            s.addresses << a;
        }
        s.faultMessage = st.value(18).toString();
        s.progress = st.value(19).toInt();
        s.locked = st.value(20).toInt() != 0;
        return s;
    }
};

template<>
struct Codec<Image>
{
    static QString table() { return QStringLiteral("images"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("visibility"),
                QStringLiteral("disk_format"), QStringLiteral("container_format"), QStringLiteral("owner_id"),
                QStringLiteral("os_type"), QStringLiteral("size_bytes"), QStringLiteral("min_disk_gb"),
                QStringLiteral("min_ram_mb"), QStringLiteral("is_protected"), QStringLiteral("created_at"),
                QStringLiteral("updated_at"), QStringLiteral("tags"), QStringLiteral("properties")};
    }
    static QString id(const Image &i) { return i.id; }
    static void bind(Statement &st, int f, const Image &i)
    {
        st.bind(f + 0, i.id)
            .bind(f + 1, optionalText(i.name))
            .bind(f + 2, optionalText(i.status))
            .bind(f + 3, optionalText(i.visibility))
            .bind(f + 4, optionalText(i.diskFormat))
            .bind(f + 5, optionalText(i.containerFormat))
            .bind(f + 6, optionalText(i.owner))
            .bind(f + 7, optionalText(i.osType))
            .bind(f + 8, i.size)
            .bind(f + 9, i.minDiskGb)
            .bind(f + 10, i.minRamMb)
            .bind(f + 11, boolValue(i.isProtected))
            .bind(f + 12, timeValue(i.created))
            .bind(f + 13, timeValue(i.updated))
            .bind(f + 14, stringListJson(i.tags))
            .bind(f + 15, jsonText(QJsonObject::fromVariantMap(i.properties)));
    }
    static Image read(const Statement &st)
    {
        Image i;
        i.id = st.value(0).toString();
        i.name = st.value(1).toString();
        i.status = st.value(2).toString();
        i.visibility = st.value(3).toString();
        i.diskFormat = st.value(4).toString();
        i.containerFormat = st.value(5).toString();
        i.owner = st.value(6).toString();
        i.osType = st.value(7).toString();
        i.size = st.value(8).toLongLong();
        i.minDiskGb = st.value(9).toInt();
        i.minRamMb = st.value(10).toInt();
        i.isProtected = st.value(11).toInt() != 0;
        i.created = timeFrom(st.value(12));
        i.updated = timeFrom(st.value(13));
        i.tags = stringListFrom(st.value(14));
        i.properties = jsonObject(st.value(15)).toVariantMap();
        return i;
    }
};

template<>
struct Codec<Flavor>
{
    static QString table() { return QStringLiteral("flavors"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("vcpus"), QStringLiteral("ram_mb"),
                QStringLiteral("disk_gb"), QStringLiteral("ephemeral_gb"), QStringLiteral("is_public"),
                QStringLiteral("description")};
    }
    static QString id(const Flavor &f) { return f.id; }
    static void bind(Statement &st, int f, const Flavor &v)
    {
        st.bind(f + 0, v.id)
            .bind(f + 1, optionalText(v.name))
            .bind(f + 2, v.vcpus)
            .bind(f + 3, v.ramMb)
            .bind(f + 4, v.diskGb)
            .bind(f + 5, v.ephemeralGb)
            .bind(f + 6, boolValue(v.isPublic))
            .bind(f + 7, optionalText(v.description));
    }
    static Flavor read(const Statement &st)
    {
        Flavor v;
        v.id = st.value(0).toString();
        v.name = st.value(1).toString();
        v.vcpus = st.value(2).toInt();
        v.ramMb = st.value(3).toInt();
        v.diskGb = st.value(4).toInt();
        v.ephemeralGb = st.value(5).toInt();
        v.isPublic = st.value(6).toInt() != 0;
        v.description = st.value(7).toString();
        return v;
    }
};

template<>
struct Codec<Network>
{
    static QString table() { return QStringLiteral("networks"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("project_id"),
                QStringLiteral("is_external"), QStringLiteral("is_shared"), QStringLiteral("admin_state_up"),
                QStringLiteral("mtu"), QStringLiteral("subnet_ids")};
    }
    static QString id(const Network &n) { return n.id; }
    static void bind(Statement &st, int f, const Network &n)
    {
        st.bind(f + 0, n.id)
            .bind(f + 1, optionalText(n.name))
            .bind(f + 2, optionalText(n.status))
            .bind(f + 3, optionalText(n.projectId))
            .bind(f + 4, boolValue(n.external))
            .bind(f + 5, boolValue(n.shared))
            .bind(f + 6, boolValue(n.adminStateUp))
            .bind(f + 7, n.mtu)
            .bind(f + 8, stringListJson(n.subnetIds));
    }
    static Network read(const Statement &st)
    {
        Network n;
        n.id = st.value(0).toString();
        n.name = st.value(1).toString();
        n.status = st.value(2).toString();
        n.projectId = st.value(3).toString();
        n.external = st.value(4).toInt() != 0;
        n.shared = st.value(5).toInt() != 0;
        n.adminStateUp = st.value(6).toInt() != 0;
        n.mtu = st.value(7).toInt();
        n.subnetIds = stringListFrom(st.value(8));
        return n;
    }
};

template<>
struct Codec<FloatingIp>
{
    static QString table() { return QStringLiteral("floating_ips"); }
    static QStringList columns()
    {
        return {QStringLiteral("id"), QStringLiteral("floating_ip_address"), QStringLiteral("fixed_ip_address"),
                QStringLiteral("port_id"), QStringLiteral("floating_network_id"), QStringLiteral("router_id"),
                QStringLiteral("status"), QStringLiteral("project_id"), QStringLiteral("description")};
    }
    static QString id(const FloatingIp &f) { return f.id; }
    static void bind(Statement &st, int f, const FloatingIp &v)
    {
        st.bind(f + 0, v.id)
            .bind(f + 1, optionalText(v.floatingIpAddress))
            .bind(f + 2, optionalText(v.fixedIpAddress))
            .bind(f + 3, optionalText(v.portId))
            .bind(f + 4, optionalText(v.floatingNetworkId))
            .bind(f + 5, optionalText(v.routerId))
            .bind(f + 6, optionalText(v.status))
            .bind(f + 7, optionalText(v.projectId))
            .bind(f + 8, optionalText(v.description));
    }
    static FloatingIp read(const Statement &st)
    {
        FloatingIp v;
        v.id = st.value(0).toString();
        v.floatingIpAddress = st.value(1).toString();
        v.fixedIpAddress = st.value(2).toString();
        v.portId = st.value(3).toString();
        v.floatingNetworkId = st.value(4).toString();
        v.routerId = st.value(5).toString();
        v.status = st.value(6).toString();
        v.projectId = st.value(7).toString();
        v.description = st.value(8).toString();
        return v;
    }
};

// INSERT .. ON CONFLICT (scope, id) DO UPDATE: both SQLite (3.24+) and PostgreSQL (9.5+).
template<typename T>
QString upsertSql()
{
    const QStringList columns = Codec<T>::columns();
    QStringList all = QStringList{QStringLiteral("scope")} + columns + QStringList{QStringLiteral("fetched_at")};
    QStringList marks;
    QStringList updates;
    for (const QString &c : all) {
        marks << QStringLiteral("?");
        if (c != QLatin1String("scope") && c != QLatin1String("id"))
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (scope, id) DO UPDATE SET %4")
        .arg(Codec<T>::table(), joined(all), joined(marks), joined(updates));
}

template<typename T>
CloudError upsert(Database *db, const QString &scope, const T &item, const QDateTime &fetchedAt, const QString &what)
{
    static const QString sql = upsertSql<T>();
    Statement st(db, sql);
    st.bind(0, scope);
    Codec<T>::bind(st, 1, item);
    static const int fetchedAtIndex = 1 + int(Codec<T>::columns().size());
    st.bind(fetchedAtIndex, timeValue(fetchedAt));
    return st.exec(what);
}

template<typename T>
CloudError remove(Database *db, const QString &scope, const QString &id, const QString &what)
{
    Statement st(db, QStringLiteral("DELETE FROM %1 WHERE scope = ? AND id = ?").arg(Codec<T>::table()));
    st.bind(0, scope).bind(1, id);
    return st.exec(what);
}

CloudError markFetched(Database *db, const QString &scope, const QString &kind, const QDateTime &fetchedAt,
                       const QString &what)
{
    Statement st(db, QStringLiteral("INSERT INTO cache_state (scope, kind, fetched_at) VALUES (?, ?, ?)"
                                    " ON CONFLICT (scope, kind) DO UPDATE SET fetched_at = excluded.fetched_at"));
    st.bind(0, scope).bind(1, kind).bind(2, timeValue(fetchedAt));
    return st.exec(what);
}

QString normalisedAuthUrl(const QString &authUrl)
{
    QUrl url(authUrl.trimmed());
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v3")))
        path.chop(3);
    url.setPath(path);
    return url.toString(QUrl::RemoveUserInfo);
}
} // namespace

InventoryCache::InventoryCache(Database *database)
    : m_database(database)
{
}

QString InventoryCache::scopeFor(const QString &authUrl, const QString &projectId, const QString &region)
{
    QString scope = normalisedAuthUrl(authUrl) + QLatin1Char('|') + projectId;
    if (!region.isEmpty())
        scope += QLatin1Char('|') + region;
    return scope;
}

template<typename T>
CloudError InventoryCache::replaceAll(const QString &scope, const QList<T> &items, const QDateTime &fetchedAt)
{
    const QString what = tr("Could not update the cached cloud inventory.");
    if (scope.isEmpty())
        return CloudError::local(what);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();

    QSet<QString> existing;
    {
        Statement st(m_database, QStringLiteral("SELECT id FROM %1 WHERE scope = ?").arg(Codec<T>::table()));
        st.bind(0, scope);
        if (const CloudError e = st.exec(what))
            return e;
        while (st.next())
            existing.insert(st.value(0).toString());
        if (const CloudError e = st.error(what))
            return e;
    }
    for (const T &item : items) {
        const QString id = Codec<T>::id(item);
        if (id.isEmpty())
            continue;
        if (const CloudError e = upsert(m_database, scope, item, fetchedAt, what))
            return e;
        existing.remove(id);
    }
    for (const QString &gone : std::as_const(existing)) {
        if (const CloudError e = remove<T>(m_database, scope, gone, what))
            return e;
    }
    if (const CloudError e = markFetched(m_database, scope, Codec<T>::table(), fetchedAt, what))
        return e;
    return tx.commit(what);
}

Result<QDateTime> InventoryCache::fetchedAtOf(const QString &scope, const QString &kind) const
{
    Statement st(m_database, QStringLiteral("SELECT fetched_at FROM cache_state WHERE scope = ? AND kind = ?"));
    st.bind(0, scope).bind(1, kind);
    if (const CloudError e = st.exec(tr("Could not read the cached cloud inventory.")))
        return e;
    return st.next() ? timeFrom(st.value(0)) : QDateTime();
}

template<typename T>
Result<CachedList<T>> InventoryCache::loadAll(const QString &scope) const
{
    const QString what = tr("Could not read the cached cloud inventory.");
    CachedList<T> out;
    Result<QDateTime> fetched = fetchedAtOf(scope, Codec<T>::table());
    if (!fetched)
        return fetched.error();
    out.fetchedAt = fetched.value();
    Statement st(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE scope = ? ORDER BY id")
                                 .arg(joined(Codec<T>::columns()), Codec<T>::table()));
    st.bind(0, scope);
    if (const CloudError e = st.exec(what))
        return e;
    while (st.next())
        out.items << Codec<T>::read(st);
    if (const CloudError e = st.error(what))
        return e;
    return out;
}

// --- servers ---------------------------------------------------------------------------------

CloudError InventoryCache::replaceServers(const QString &scope, const QList<Server> &servers, const QDateTime &fetchedAt)
{
    QList<Server> live;
    live.reserve(servers.size());
    for (const Server &s : servers) {
        if (!s.isDeleted())
            live << s;
    }
    return replaceAll(scope, live, fetchedAt);
}

CloudError InventoryCache::applyServerDelta(const QString &scope, const QList<Server> &changed, const QDateTime &fetchedAt)
{
    return applyServerDelta(scope, changed, QStringList(), fetchedAt);
}

CloudError InventoryCache::applyServerDelta(const QString &scope, const QList<Server> &changed,
                                            const QStringList &removedIds, const QDateTime &fetchedAt)
{
    const QString what = tr("Could not update the cached cloud inventory.");
    if (scope.isEmpty())
        return CloudError::local(what);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    for (const Server &s : changed) {
        if (s.id.isEmpty())
            continue;
        const CloudError e = s.isDeleted() ? remove<Server>(m_database, scope, s.id, what)
                                           : upsert(m_database, scope, s, fetchedAt, what);
        if (e)
            return e;
    }
    for (const QString &id : removedIds) {
        if (const CloudError e = remove<Server>(m_database, scope, id, what))
            return e;
    }
    {
        Statement st(m_database, QStringLiteral("UPDATE cache_state SET fetched_at = ? WHERE scope = ? AND kind = ?"
                                                " AND fetched_at < ?"));
        st.bind(0, timeValue(fetchedAt)).bind(1, scope).bind(2, Codec<Server>::table()).bind(3, timeValue(fetchedAt));
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}

Result<CachedList<Server>> InventoryCache::servers(const QString &scope) const
{
    return loadAll<Server>(scope);
}

QList<Server> InventoryCache::loadServers(const QString &scope, QDateTime *fetchedAt)
{
    Result<CachedList<Server>> r = servers(scope);
    if (fetchedAt)
        *fetchedAt = r ? r.value().fetchedAt : QDateTime();
    return r ? r.value().items : QList<Server>();
}

qsizetype InventoryCache::loadServerPages(const QString &scope, int firstPage, int pageSize, const ServerPageHandler &onPage)
{
    const QString what = tr("Could not read the cached cloud inventory.");
    const Result<QDateTime> fetched = fetchedAtOf(scope, Codec<Server>::table());
    if (!fetched)
        return 0;
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE scope = ? AND id > ? ORDER BY id LIMIT ?")
                            .arg(joined(Codec<Server>::columns()), Codec<Server>::table());
    QString after = QStringLiteral(""); // every id sorts after the empty text
    qsizetype total = 0;
    int limit = qMax(1, firstPage);
    for (;;) {
        Statement st(m_database, sql);
        st.bind(0, scope).bind(1, after).bind(2, limit);
        if (st.exec(what))
            return total;
        QList<Server> page;
        page.reserve(limit);
        while (st.next())
            page << Codec<Server>::read(st);
        if (st.error(what) || page.isEmpty())
            return total;
        after = Codec<Server>::id(page.constLast());
        total += page.size();
        const bool more = page.size() == limit;
        onPage(page, fetched.value());
        if (!more)
            return total;
        limit = qMax(1, pageSize);
    }
}

// --- images, flavors, networks, floating IPs --------------------------------------------------

CloudError InventoryCache::replaceImages(const QString &scope, const QList<Image> &images, const QDateTime &fetchedAt)
{
    return replaceAll(scope, images, fetchedAt);
}

Result<CachedList<Image>> InventoryCache::images(const QString &scope) const
{
    return loadAll<Image>(scope);
}

CloudError InventoryCache::replaceFlavors(const QString &scope, const QList<Flavor> &flavors, const QDateTime &fetchedAt)
{
    return replaceAll(scope, flavors, fetchedAt);
}

Result<CachedList<Flavor>> InventoryCache::flavors(const QString &scope) const
{
    return loadAll<Flavor>(scope);
}

CloudError InventoryCache::replaceNetworks(const QString &scope, const QList<Network> &networks,
                                           const QDateTime &fetchedAt)
{
    return replaceAll(scope, networks, fetchedAt);
}

Result<CachedList<Network>> InventoryCache::networks(const QString &scope) const
{
    return loadAll<Network>(scope);
}

CloudError InventoryCache::replaceFloatingIps(const QString &scope, const QList<FloatingIp> &floatingIps,
                                              const QDateTime &fetchedAt)
{
    return replaceAll(scope, floatingIps, fetchedAt);
}

Result<CachedList<FloatingIp>> InventoryCache::floatingIps(const QString &scope) const
{
    return loadAll<FloatingIp>(scope);
}

// --- limits ----------------------------------------------------------------------------------

CloudError InventoryCache::replaceLimits(const QString &scope, const ComputeLimits &l, const QDateTime &fetchedAt)
{
    Statement st(m_database, QStringLiteral(
        "INSERT INTO compute_limits (scope, max_instances, used_instances, max_cores, used_cores, max_ram_mb,"
        " used_ram_mb, max_keypairs, max_server_groups, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (scope) DO UPDATE SET max_instances = excluded.max_instances,"
        " used_instances = excluded.used_instances, max_cores = excluded.max_cores,"
        " used_cores = excluded.used_cores, max_ram_mb = excluded.max_ram_mb, used_ram_mb = excluded.used_ram_mb,"
        " max_keypairs = excluded.max_keypairs, max_server_groups = excluded.max_server_groups,"
        " fetched_at = excluded.fetched_at"));
    st.bind(0, scope)
        .bind(1, l.maxInstances)
        .bind(2, l.usedInstances)
        .bind(3, l.maxCores)
        .bind(4, l.usedCores)
        .bind(5, l.maxRamMb)
        .bind(6, l.usedRamMb)
        .bind(7, l.maxKeypairs)
        .bind(8, l.maxServerGroups)
        .bind(9, timeValue(fetchedAt));
    return st.exec(tr("Could not update the cached cloud inventory."));
}

Result<CachedValue<ComputeLimits>> InventoryCache::limits(const QString &scope) const
{
    Statement st(m_database, QStringLiteral(
        "SELECT max_instances, used_instances, max_cores, used_cores, max_ram_mb, used_ram_mb, max_keypairs,"
        " max_server_groups, fetched_at FROM compute_limits WHERE scope = ?"));
    st.bind(0, scope);
    if (const CloudError e = st.exec(tr("Could not read the cached cloud inventory.")))
        return e;
    CachedValue<ComputeLimits> out;
    if (st.next()) {
        out.value.maxInstances = st.value(0).toInt();
        out.value.usedInstances = st.value(1).toInt();
        out.value.maxCores = st.value(2).toInt();
        out.value.usedCores = st.value(3).toInt();
        out.value.maxRamMb = st.value(4).toInt();
        out.value.usedRamMb = st.value(5).toInt();
        out.value.maxKeypairs = st.value(6).toInt();
        out.value.maxServerGroups = st.value(7).toInt();
        out.fetchedAt = timeFrom(st.value(8));
    }
    return out;
}

CloudError InventoryCache::clearScope(const QString &scope)
{
    const QString what = tr("Could not clear the cached cloud inventory.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    for (const char *table : {"servers", "images", "flavors", "networks", "floating_ips", "compute_limits", "cache_state"}) {
        Statement st(m_database, QStringLiteral("DELETE FROM %1 WHERE scope = ?").arg(QLatin1String(table)));
        st.bind(0, scope);
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}
