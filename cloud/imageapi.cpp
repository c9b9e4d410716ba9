#include "cloud/imageapi.h"

#include "cloud/apicall.h"
#include "cloud/apiparsers.h"
#include "cloud/pageguard.h"
#include "cloud/retrypolicy.h"
#include "cloud/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcImage, "phoenix.cloud.image")

namespace
{
const QString Image_ = QStringLiteral("image");

QString imagePath(const QString &id)
{
    return QStringLiteral("/v2/images/") + id;
}

struct ImagePaging
{
    explicit ImagePaging(int maxPages)
        : guard(ImageApi::tr("image list"), maxPages)
    {
    }
    QList<Image> images;
    PageGuard guard;       // a cloud that repeats a next link must not loop forever
    QString lastRequestId; // of the page whose next link is followed
};

ApiRequest imageListRequest()
{
    ApiRequest request;
    request.service = Image_;
    request.replyKind = ReplyKind::List;
    return request;
}

void fetchImagePage(QPointer<RestClient> client, const ApiRequest &request, std::shared_ptr<ImagePaging> paging,
                    QObject *context, ApiCallback<QList<Image>> callback)
{
    if (!client)
        return;
    ApiCall::send<QString>(
        client, request, context,
        [client, paging, context, callback](Result<QString> next) {
            if (!next) {
                callback(next.error());
                return;
            }
            if (next.value().isEmpty() || !client) {
                callback(std::move(paging->images));
                return;
            }
            const QUrl endpoint = ImageApi::endpoint(client);
            if (endpoint.isEmpty()) {
                callback(CloudError::config(ImageApi::tr("The cloud's catalog has no image service.")));
                return;
            }
            Result<QUrl> url = ImageApi::nextPageUrl(endpoint, next.value());
            if (!url) {
                CloudError e = url.error();
                e.setRequestId(paging->lastRequestId);
                callback(e);
                return;
            }
            if (const CloudError stop = paging->guard.follow(url.value().toString(QUrl::FullyEncoded), paging->lastRequestId)) {
                callback(stop);
                return;
            }
            ApiRequest follow = imageListRequest();
            follow.absoluteUrl = url.value();
            fetchImagePage(client, follow, paging, context, callback);
        },
        [paging](const ApiReply &reply) -> Result<QString> {
            QString next;
            Result<QList<Image>> page = ApiParsers::parseImages(reply.body(), &next);
            if (!page)
                return page.error();
            paging->images += page.value();
            paging->lastRequestId = reply.requestId();
            return next;
        });
}
} // namespace

ImageApi::ImageApi(RestClient *client)
    : m_client(client)
{
}

QUrl ImageApi::endpoint(const RestClient *client)
{
    const CloudConfig config = client->session()->config();
    return client->session()->auth().catalog.endpoint(Image_, config.interface, config.regionName);
}

Result<QUrl> ImageApi::nextPageUrl(const QUrl &endpoint, const QString &next)
{
    // Glance's next link is relative to the API root ("/v2/images?marker=..."). An endpoint
    // behind a path prefix (https://cloud/image) keeps its prefix. An absolute link is followed —
    // with the token — only to the endpoint's own scheme, host and port.
    const QUrl link(next);
    if (!link.isValid())
        return CloudError::malformed(tr("the image list's next link is not a URL: \"%1\"").arg(next.left(200)));
    if (!link.scheme().isEmpty() || !link.host().isEmpty()) {
        QUrl absolute = link;
        if (absolute.scheme().isEmpty())
            absolute.setScheme(endpoint.scheme()); // "//host/v2/images": the endpoint's scheme
        if (!PageGuard::sameOrigin(absolute, endpoint)) {
            CloudError e = CloudError::malformed(
                tr("the image list's next link points to another server (%1, the image service is %2); Phoenix "
                   "does not send your token there")
                    .arg(absolute.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                         endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
            e.setRetryLevel(RetryPolicy::Level::Never);
            return e;
        }
        absolute.setUserInfo(QString());
        return absolute;
    }
    QUrl url = endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = link.path();
    if (base.endsWith(QLatin1String("/v2")) && path.startsWith(QLatin1String("/v2/")))
        path = path.mid(3);
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    url.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void ImageApi::listImages(QObject *context, ApiCallback<QList<Image>> callback, int pageSize)
{
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    ApiRequest first = imageListRequest();
    first.path = QStringLiteral("/v2/images");
    first.query = query;
    fetchImagePage(m_client, first, std::make_shared<ImagePaging>(m_client->limits().maxPages), context,
                   std::move(callback));
}

void ImageApi::getImage(const QString &id, QObject *context, ApiCallback<Image> callback)
{
    ApiCall::send<Image>(m_client, ApiRequest::get(Image_, imagePath(id)), context, std::move(callback),
                         [](const ApiReply &reply) { return ApiParsers::parseImage(reply.body()); });
}

Result<Image> ImageApi::findImage(const QList<Image> &images, const QString &nameOrId)
{
    for (const Image &i : images) {
        if (i.id == nameOrId)
            return i;
    }
    QList<Image> named;
    for (const Image &i : images) {
        if (i.name == nameOrId)
            named << i;
    }
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        return CloudError::config(tr("No image is named \"%1\" or has that ID.").arg(nameOrId));
    QStringList ids;
    for (const Image &i : std::as_const(named))
        ids << i.id;
    return CloudError::config(tr("The name \"%1\" is used by %2 images (%3): give the ID instead.")
                                  .arg(nameOrId)
                                  .arg(named.size())
                                  .arg(ids.join(QStringLiteral(", "))));
}

QByteArray ImageApi::updatePatch(const QString &name, const QString &visibility)
{
    QJsonArray ops;
    if (!name.isEmpty())
        ops << QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                           {QStringLiteral("path"), QStringLiteral("/name")},
                           {QStringLiteral("value"), name}};
    if (!visibility.isEmpty())
        ops << QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                           {QStringLiteral("path"), QStringLiteral("/visibility")},
                           {QStringLiteral("value"), visibility}};
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

void ImageApi::updateImage(const QString &id, const QString &name, const QString &visibility, QObject *context,
                           ApiCallback<Image> callback)
{
    if (name.isEmpty() && visibility.isEmpty()) {
        getImage(id, context, std::move(callback));
        return;
    }
    qCInfo(lcImage) << "updating image" << id;
    ApiCall::send<Image>(m_client,
                         ApiRequest::patch(Image_, imagePath(id), updatePatch(name, visibility),
                                           "application/openstack-images-v2.1-json-patch"),
                         context, std::move(callback),
                         [](const ApiReply &reply) { return ApiParsers::parseImage(reply.body()); });
}

void ImageApi::deleteImage(const QString &id, QObject *context, ApiCallback<bool> callback)
{
    qCInfo(lcImage) << "deleting image" << id;
    ApiCall::send<bool>(m_client, ApiRequest::del(Image_, imagePath(id)), context, std::move(callback), ApiCall::noBody);
}
