#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QCoreApplication>

class RestClient;

/**
 * Turns what a person types (a server's name or ID) into servers, and picks the Phoenix desktops
 * out of a server list. The choice itself is pure; lookup() adds the one list request.
 */
class ServerResolver
{
    Q_DECLARE_TR_FUNCTIONS(ServerResolver)

public:
    // An exact ID match wins; otherwise exactly one server must have that name. An unknown or
    // ambiguous reference is a clear error carrying requestId (the list request that was searched).
    static Result<Server> resolve(const QList<Server> &servers, const QString &reference, const QString &requestId = {});

    // Servers with phoenix:role metadata, optionally only one role and/or course (empty = any).
    static QList<Server> desktops(const QList<Server> &servers, const QString &role = {}, const QString &course = {});

    struct Lookup
    {
        QList<Server> servers;   // every server of the project, in the cloud's order
        QString requestId;       // of the last page
        QList<Result<Server>> resolved; // one per reference, in order
    };

    // Lists every server (following pages) and resolves each reference against them.
    static void lookup(RestClient *client, const QStringList &references, QObject *context, ApiCallback<Lookup> callback);
};
