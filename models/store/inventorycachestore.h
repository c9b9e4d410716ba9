#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"

#include <QDateTime>
#include <QList>

#include <functional>

// What the Inventory needs from the database cache (implemented over the store's InventoryCache).
// Called from the inventory's thread.
class InventoryCacheStore
{
public:
    virtual ~InventoryCacheStore() = default;
    virtual QList<Server> loadServers(const QString &scope, QDateTime *fetchedAt) = 0;
    // The same servers read in pages (issue 18: 50,000 cached desktops), each handed to onPage as
    // soon as it is read: the first firstPage servers, then pageSize at a time. fetchedAt is the
    // list's (as loadServers gives it). Returns how many were read; 0 when nothing is cached or on
    // error (a page that fails to read ends the load, the pages before it stay delivered).
    using ServerPageHandler = std::function<void(const QList<Server> &page, const QDateTime &fetchedAt)>;
    virtual qsizetype loadServerPages(const QString &scope, int firstPage, int pageSize, const ServerPageHandler &onPage) = 0;
    virtual CloudError replaceServers(const QString &scope, const QList<Server> &servers, const QDateTime &fetchedAt) = 0;
    virtual CloudError applyServerDelta(const QString &scope, const QList<Server> &changed, const QDateTime &fetchedAt) = 0;
};
