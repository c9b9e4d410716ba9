#include "cloud/retrypolicy.h"

namespace RetryPolicy
{
bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

bool isTransientNetworkError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

Level levelFor(const CloudError &error, const Request &request)
{
    const bool idempotent = isIdempotent(request.method);
    switch (error.kind()) {
    case CloudError::Kind::Network:
        if (!isTransientNetworkError(error.networkError()))
            return Level::Never;
        return idempotent ? Level::Request : Level::Step;
    case CloudError::Kind::MalformedReply:
    case CloudError::Kind::Timeout:
        return Level::Step;
    case CloudError::Kind::Http:
        break;
    default:
        return Level::Never;
    }
    const int status = error.httpStatus();
    if (status == 429 || (status == 413 && request.hasRetryAfter))
        return Level::Request;
    if (status == 409) {
        if (error.isTaskStateConflict() && request.retryConflicts)
            return Level::Request;
        return Level::Step;
    }
    if (status == 502 || status == 503 || status == 504)
        return idempotent ? Level::Request : Level::Step;
    if (status >= 500)
        return Level::Step;
    return Level::Never; // 400, 401 after re-authenticating, 403, 404, quota 413, ...
}

Level levelOf(const CloudError &error)
{
    if (const std::optional<Level> recorded = error.retryLevel())
        return *recorded;
    Request unknown;
    unknown.method = "POST"; // not known to be safe to repeat
    return levelFor(error, unknown);
}

int requestDelayMs(int triesSoFar, int baseMs, const QByteArray &retryAfter)
{
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return qMin(seconds, RetryAfterMaxSeconds) * 1000;
    const int exp = qBound(0, triesSoFar - 1, 5);
    return qMin(baseMs * (1 << exp), RequestMaxDelayMs);
}
} // namespace RetryPolicy
