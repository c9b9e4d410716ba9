#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"

#include <QDateTime>
#include <QList>

// What the Inventory needs from the database cache (implemented over the store's InventoryCache).
// Called from the inventory's thread.
class InventoryCacheStore
{
public:
    virtual ~InventoryCacheStore() = default;
    virtual QList<Server> loadServers(const QString &scope, QDateTime *fetchedAt) = 0;
    virtual CloudError replaceServers(const QString &scope, const QList<Server> &servers, const QDateTime &fetchedAt) = 0;
    virtual CloudError applyServerDelta(const QString &scope, const QList<Server> &changed, const QDateTime &fetchedAt) = 0;
};
