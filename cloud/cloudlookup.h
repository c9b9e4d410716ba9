#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * Finding a flavor, network (anything with `id` and `name`) the way the openstack CLI does: an
 * exact ID wins; otherwise exactly one item must have the name. Used by `phoenixctl desktops
 * create` and the lesson scheduler (images have ImageApi::findImage, which also knows versions).
 */
class CloudLookup
{
    Q_DECLARE_TR_FUNCTIONS(CloudLookup)

public:
    /** `what` is the translated kind ("flavor", "network") for the error sentence. */
    template<typename T>
    static Result<T> byNameOrId(const QList<T> &items, const QString &reference, const QString &what)
    {
        QList<T> named;
        for (const T &item : items) {
            if (item.id == reference)
                return item;
            if (item.name == reference)
                named << item;
        }
        if (named.size() == 1)
            return named.first();
        if (named.isEmpty())
            return CloudError::config(tr("No %1 is named \"%2\" or has that ID.").arg(what, reference));
        return CloudError::config(tr("The name \"%1\" is used by %2 %3s: give the ID instead.").arg(reference).arg(named.size()).arg(what));
    }
};
