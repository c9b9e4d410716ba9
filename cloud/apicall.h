#pragma once

// Internal to cloud/: the glue between one ApiRequest and one ApiCallback, shared by the
// ComputeApi, ImageApi and NetworkApi implementations.

#include "cloud/apicallback.h"
#include "cloud/restclient.h"

#include <QObject>
#include <QUrl>

namespace ApiCall
{
// The error of a reply that came back 2xx but could not be read, with the reply's request ID and URL.
inline CloudError withReplyContext(CloudError error, const ApiReply &reply)
{
    if (error.requestId().isEmpty())
        error.setRequestId(reply.requestId());
    if (error.url().isEmpty())
        error.setUrl(reply.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    return error;
}

/**
 * Sends request and, when it ends, hands parse(reply) — a Result<T> — or the transport/HTTP error
 * to callback. The callback runs in context's thread and only while context lives; without a
 * context the reply itself is the context (fire and forget).
 */
template<typename T, typename Parse>
ApiReply *send(RestClient *client, const ApiRequest &request, QObject *context, ApiCallback<T> callback, Parse parse)
{
    ApiReply *reply = client->send(request);
    QObject::connect(reply, &ApiReply::finished, context ? context : reply,
                     [reply, callback = std::move(callback), parse = std::move(parse)] {
                         if (reply->error()) {
                             if (callback)
                                 callback(reply->error());
                             return;
                         }
                         Result<T> result = parse(*reply);
                         if (!result.ok())
                             result = withReplyContext(result.error(), *reply);
                         if (callback)
                             callback(std::move(result));
                     });
    return reply;
}

// For calls whose success has no body worth reading (204, 202): the value is true.
inline Result<bool> noBody(const ApiReply &)
{
    return true;
}
} // namespace ApiCall
