#pragma once

// Header-only helpers for tests that drive the demo cloud through the real client code: wait for
// an ApiCallback, send a raw ApiRequest, poll a server until it reaches a state. They wait in a
// QTestEventLoop that the callback ends (as QSignalSpy::wait does), never sleep.

#include "cloud/apicallback.h"
#include "cloud/computeapi.h"
#include "cloud/restclient.h"

#include <QPointer>
#include <QTest>
#include <QTestEventLoop>
#include <QTimer>

#include <optional>

namespace DemoAwait
{
// Result<T> of start(context, callback), or a Timeout error.
template<typename T, typename Start>
Result<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<Result<T>> result;
    QTestEventLoop loop;
    QObject context;
    start(&context, [&result, &loop](Result<T> r) {
        result.emplace(std::move(r));
        loop.exitLoop();
    });
    if (!result)
        loop.enterLoopMSecs(timeoutMs);
    if (!result)
        return CloudError::timeout(QStringLiteral("no callback within %1 ms").arg(timeoutMs));
    return std::move(*result);
}

// What an ApiReply ended with (the reply itself deletes itself after finished()).
struct Raw
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    CloudError error;
    QString requestId;
    int attempts = 0;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline Raw send(RestClient &client, const ApiRequest &request, int timeoutMs = 20000)
{
    Raw raw;
    QTestEventLoop loop;
    ApiReply *reply = client.send(request);
    QObject::connect(reply, &ApiReply::finished, reply, [reply, &raw, &loop] {
        raw.finished = true;
        raw.status = reply->status();
        raw.body = reply->body();
        raw.error = reply->error();
        raw.requestId = reply->requestId();
        raw.attempts = reply->attempts();
        raw.retryAfter = reply->header("Retry-After");
        loop.exitLoop();
    });
    loop.enterLoopMSecs(timeoutMs);
    if (!raw.finished) {
        reply->abort();
        raw.error = CloudError::timeout(QStringLiteral("no reply within %1 ms").arg(timeoutMs));
    }
    return raw;
}

// Polls GET /servers/{id} until status (with no task state) or, for "GONE", until 404 (then the
// value is a Server with only id and status "GONE"). Returns the last server, or the error that
// ended the wait.
inline Result<Server> waitForStatus(ComputeApi &compute, const QString &id, const QString &status, int timeoutMs = 20000)
{
    std::optional<Result<Server>> last;
    QTestEventLoop loop;
    QObject context;
    auto reached = [&] {
        if (!last->ok())
            return status != QLatin1String("GONE") || last->error().isNotFound();
        return last->value().status == status && last->value().taskState.isEmpty();
    };
    std::function<void()> poll = [&] {
        compute.getServer(id, &context, [&](Result<Server> r) {
            last.emplace(std::move(r));
            if (reached())
                loop.exitLoop();
            else
                QTimer::singleShot(5, &context, poll);
        });
    };
    poll();
    loop.enterLoopMSecs(timeoutMs);
    if (!last || !reached()) {
        return CloudError::timeout(QStringLiteral("server %1 not %2 within %3 ms (last: %4)")
                                       .arg(id, status)
                                       .arg(timeoutMs)
                                       .arg(last && last->ok() ? last->value().status : QStringLiteral("-")));
    }
    if (!last->ok() && last->error().isNotFound() && status == QLatin1String("GONE")) {
        Server gone;
        gone.id = id;
        gone.status = status;
        return gone;
    }
    return std::move(*last);
}
} // namespace DemoAwait
