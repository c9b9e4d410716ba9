#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QUrl>

class RestClient;

// Glance v2.
class ImageApi
{
    Q_DECLARE_TR_FUNCTIONS(ImageApi)

public:
    explicit ImageApi(RestClient *client);

    void listImages(QObject *context, ApiCallback<QList<Image>> callback, int pageSize = 0); // follows "next"
    void getImage(const QString &id, QObject *context, ApiCallback<Image> callback);
    // JSON-patch: name and/or visibility (empty = unchanged)
    void updateImage(const QString &id, const QString &name, const QString &visibility, QObject *context,
                     ApiCallback<Image> callback);
    void deleteImage(const QString &id, QObject *context, ApiCallback<bool> callback);

    // The image service's endpoint in the session's catalog (empty before sign-in).
    static QUrl endpoint(const RestClient *client);
    // The absolute URL of a Glance "next" link (pure; tested); an error for an absolute link to
    // another scheme, host or port than the endpoint's (the token would go there).
    static Result<QUrl> nextPageUrl(const QUrl &endpoint, const QString &next);
    // The image a person means by a name or ID (pure; tested): an ID match first, else the one
    // image with that name; an unknown or ambiguous name is a clear error.
    static Result<Image> findImage(const QList<Image> &images, const QString &nameOrId);
    // The JSON-patch body of updateImage (pure; tested).
    static QByteArray updatePatch(const QString &name, const QString &visibility);

private:
    RestClient *m_client;
};
