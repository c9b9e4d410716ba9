#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class RestClient;

/**
 * The API versions of a cloud's services, for the About dialog (issue 17): each service's
 * version document (GET on its catalog endpoint, which Keystone, Nova, Glance and Neutron answer
 * with the versions they offer).
 */
class ServiceVersions
{
    Q_DECLARE_TR_FUNCTIONS(ServiceVersions)

public:
    /** The catalog types asked, in the dialog's order: identity, compute, image, network. */
    static QStringList services();
    /** A version document in words: "v3.14", "v2.1 (microversions 2.1 to 2.93)", "v2.9" (the
     *  current one of a list, else the highest); empty when the document names no version. */
    static QString describe(const QByteArray &document);
    /** Asks every service of the client's catalog without waiting; `done` runs once per service
     *  on the client's thread (while `context` lives) with its description, or a plain error with
     *  the request ID, and the raw document (for the negotiated microversion). */
    static void request(RestClient *client, QObject *context,
                        const std::function<void(const QString &service, const QString &text, const QByteArray &document)> &done);
};
