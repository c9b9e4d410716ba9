#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"
#include "models/store/inventorycachestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// A cached list and when it was fetched from the cloud (invalid: never fetched in this scope).
template<typename T>
struct CachedList
{
    QList<T> items;
    QDateTime fetchedAt;

    [[nodiscard]] bool wasFetched() const { return fetchedAt.isValid(); }
    // Seconds since it was fetched; -1 when never fetched.
    [[nodiscard]] qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return fetchedAt.isValid() ? fetchedAt.secsTo(now) : -1;
    }
};

template<typename T>
struct CachedValue
{
    T value{};
    QDateTime fetchedAt; // invalid: nothing cached

    [[nodiscard]] bool wasFetched() const { return fetchedAt.isValid(); }
    [[nodiscard]] qint64 ageSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return fetchedAt.isValid() ? fetchedAt.secsTo(now) : -1;
    }
};

/**
 * The local copy of a cloud's inventory, so that Phoenix starts (and keeps showing things) without
 * the network: servers with their Phoenix metadata, images, flavors, networks, floating IPs and
 * compute limits, each list with the time it was fetched. Every row belongs to a scope — the
 * cloud identity from scopeFor() — so that two clouds (or projects, or regions) never mix.
 *
 * replace*() is a full refresh: upsert everything given, delete what is missing, in one
 * transaction. applyServerDelta() applies an incremental poll (changes-since): changed servers
 * are upserted, deleted ones (status DELETED/SOFT_DELETED, or listed in removedIds) removed.
 * Thread-safe like the other store classes.
 */
class InventoryCache : public InventoryCacheStore
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCache)

public:
    explicit InventoryCache(Database *database);

    // "<auth url, normalised>|<project id>[|<region>]"
    [[nodiscard]] static QString scopeFor(const QString &authUrl, const QString &projectId,
                                          const QString &region = QString());

    // --- servers ---
    [[nodiscard]] CloudError replaceServers(const QString &scope, const QList<Server> &servers,
                                            const QDateTime &fetchedAt) override;
    [[nodiscard]] CloudError applyServerDelta(const QString &scope, const QList<Server> &changed,
                                              const QDateTime &fetchedAt) override;
    // The list's fetchedAt moves on only if the scope had a full refresh before (a delta alone
    // is not a complete list).
    [[nodiscard]] CloudError applyServerDelta(const QString &scope, const QList<Server> &changed,
                                              const QStringList &removedIds, const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedList<Server>> servers(const QString &scope) const;
    // InventoryCacheStore: empty list (and invalid *fetchedAt) when nothing is cached or on error.
    QList<Server> loadServers(const QString &scope, QDateTime *fetchedAt) override;
    // Pages by id (keyset: "id > the last one read"), so each page is one indexed range read on
    // SQLite and PostgreSQL alike, never an OFFSET scan.
    qsizetype loadServerPages(const QString &scope, int firstPage, int pageSize, const ServerPageHandler &onPage) override;

    // --- the rest of the inventory: full refresh and load ---
    [[nodiscard]] CloudError replaceImages(const QString &scope, const QList<Image> &images, const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedList<Image>> images(const QString &scope) const;
    [[nodiscard]] CloudError replaceFlavors(const QString &scope, const QList<Flavor> &flavors, const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedList<Flavor>> flavors(const QString &scope) const;
    [[nodiscard]] CloudError replaceNetworks(const QString &scope, const QList<Network> &networks,
                                             const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedList<Network>> networks(const QString &scope) const;
    [[nodiscard]] CloudError replaceFloatingIps(const QString &scope, const QList<FloatingIp> &floatingIps,
                                                const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedList<FloatingIp>> floatingIps(const QString &scope) const;
    [[nodiscard]] CloudError replaceLimits(const QString &scope, const ComputeLimits &limits, const QDateTime &fetchedAt);
    [[nodiscard]] Result<CachedValue<ComputeLimits>> limits(const QString &scope) const;

    // Forgets everything cached for a scope (e.g. when a cloud connection is removed).
    [[nodiscard]] CloudError clearScope(const QString &scope);

private:
    template<typename T>
    CloudError replaceAll(const QString &scope, const QList<T> &items, const QDateTime &fetchedAt);
    template<typename T>
    Result<CachedList<T>> loadAll(const QString &scope) const;
    Result<QDateTime> fetchedAtOf(const QString &scope, const QString &kind) const;

    Database *m_database = nullptr;
};
