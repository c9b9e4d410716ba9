#pragma once

#include "apicallback.h"
#include "cloudtypes.h"

class RestClient;

// Glance v2.
class ImageApi
{
public:
    explicit ImageApi(RestClient *client);

    void listImages(QObject *context, ApiCallback<QList<Image>> callback, int pageSize = 0); // follows "next"
    void getImage(const QString &id, QObject *context, ApiCallback<Image> callback);
    // JSON-patch: name and/or visibility (empty = unchanged)
    void updateImage(const QString &id, const QString &name, const QString &visibility, QObject *context,
                     ApiCallback<Image> callback);
    void deleteImage(const QString &id, QObject *context, ApiCallback<bool> callback);

private:
    RestClient *m_client;
};
