#include "cloud/clouderror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

CloudError CloudError::network(QNetworkReply::NetworkError code, const QString &detail, const QString &url)
{
    CloudError e;
    e.m_kind = (code == QNetworkReply::OperationCanceledError) ? Kind::Cancelled : Kind::Network;
    if (code == QNetworkReply::TimeoutError)
        e.m_kind = Kind::Network;
    e.m_networkError = code;
    e.m_message = detail;
    e.m_url = url;
    return e;
}

CloudError CloudError::http(int status, const QByteArray &body, const QString &requestId, const QString &url)
{
    CloudError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    e.m_requestId = requestId;
    e.m_url = url;
    parseBody(body, &e.m_fault, &e.m_message);
    return e;
}

CloudError CloudError::malformed(const QString &detail, const QString &requestId, const QString &url)
{
    CloudError e;
    e.m_kind = Kind::MalformedReply;
    e.m_message = detail;
    e.m_requestId = requestId;
    e.m_url = url;
    return e;
}

CloudError CloudError::config(const QString &message)
{
    CloudError e;
    e.m_kind = Kind::Config;
    e.m_message = message;
    return e;
}

CloudError CloudError::auth(const QString &message)
{
    CloudError e;
    e.m_kind = Kind::Auth;
    e.m_message = message;
    return e;
}

CloudError CloudError::cancelled()
{
    CloudError e;
    e.m_kind = Kind::Cancelled;
    return e;
}

CloudError CloudError::timeout(const QString &message)
{
    CloudError e;
    e.m_kind = Kind::Timeout;
    e.m_message = message;
    return e;
}

CloudError CloudError::local(const QString &message)
{
    CloudError e;
    e.m_kind = Kind::Local;
    e.m_message = message;
    return e;
}

bool CloudError::isTaskStateConflict() const
{
    return isConflict() && m_message.contains(QLatin1String("task_state"), Qt::CaseInsensitive);
}

void CloudError::parseBody(const QByteArray &body, QString *fault, QString *message)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        // Keystone: {"error": {"code": 401, "title": "Unauthorized", "message": "..."}}
        if (root.value(QLatin1String("error")).isObject()) {
            const QJsonObject err = root.value(QLatin1String("error")).toObject();
            *fault = err.value(QLatin1String("title")).toString();
            *message = err.value(QLatin1String("message")).toString();
            return;
        }
        // Neutron: {"NeutronError": {"type": "...", "message": "...", "detail": ""}}
        if (root.value(QLatin1String("NeutronError")).isObject()) {
            const QJsonObject err = root.value(QLatin1String("NeutronError")).toObject();
            *fault = err.value(QLatin1String("type")).toString();
            *message = err.value(QLatin1String("message")).toString();
            return;
        }
        // Nova / Glance / Placement: {"itemNotFound": {"code": 404, "message": "..."}}
        // Placement: {"errors": [{"status": 409, "title": ..., "detail": ...}]}
        if (root.value(QLatin1String("errors")).isArray()) {
            const QJsonObject err = root.value(QLatin1String("errors")).toArray().first().toObject();
            *fault = err.value(QLatin1String("title")).toString();
            *message = err.value(QLatin1String("detail")).toString();
            return;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isObject() && it.value().toObject().contains(QLatin1String("message"))) {
                *fault = it.key();
                *message = it.value().toObject().value(QLatin1String("message")).toString();
                return;
            }
        }
        if (root.value(QLatin1String("message")).isString()) {
            *message = root.value(QLatin1String("message")).toString();
            return;
        }
        return;
    }
    // Glance and some proxies answer with text or HTML: keep the readable part.
    QString text = QString::fromUtf8(body.left(2000));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    *message = text;
}

QString CloudError::userMessage() const
{
    QString sentence;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        sentence = tr("The operation was cancelled.");
        break;
    case Kind::Timeout:
        sentence = m_message.isEmpty() ? tr("The operation did not finish in time.") : m_message;
        break;
    case Kind::Config:
    case Kind::Auth:
    case Kind::Local:
        sentence = m_message;
        break;
    case Kind::MalformedReply:
        sentence = tr("The cloud sent a reply Phoenix cannot read (%1).").arg(m_message);
        break;
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
            sentence = tr("The cloud refused the connection. Check the address and that the service is running.");
            break;
        case QNetworkReply::HostNotFoundError:
            sentence = tr("The cloud's host name could not be found. Check the address and your network.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            sentence = tr("The cloud did not answer in time.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            sentence = tr("The cloud's certificate could not be verified (%1). Add its CA certificate to the connection.")
                           .arg(m_message);
            break;
        case QNetworkReply::RemoteHostClosedError:
            sentence = tr("The cloud closed the connection unexpectedly.");
            break;
        case QNetworkReply::InsecureRedirectError:
            sentence = tr("The cloud redirected the request to another server (%1). Phoenix follows redirects only "
                          "within the same server, so that your token and password go nowhere else.")
                           .arg(m_message);
            break;
        default:
            sentence = tr("Could not reach the cloud: %1").arg(m_message);
            break;
        }
        break;
    case Kind::Http: {
        const QString detail = m_message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_message);
        switch (m_httpStatus) {
        case 400:
            sentence = tr("The cloud rejected the request as invalid%1.").arg(detail);
            break;
        case 401:
            // A refused sign-in: Keystone's own words ("The request you have made requires
            // authentication.") do not say what is wrong; the request ID below stays.
            if (m_url.endsWith(QLatin1String("/auth/tokens")))
                sentence = tr("The user name or password is wrong (or the application credential's secret, or the domain).");
            else
                sentence = tr("The cloud did not accept your credentials; sign in again%1.").arg(detail);
            break;
        case 403:
            sentence = tr("You are not allowed to do this%1.").arg(detail);
            break;
        case 404:
            sentence = tr("It no longer exists in the cloud%1.").arg(detail);
            break;
        case 409:
            sentence = tr("The cloud refused because of the current state%1. Try again when it has settled.").arg(detail);
            break;
        case 413:
        case 429:
            sentence = tr("The cloud is limiting requests or a quota is exhausted%1.").arg(detail);
            break;
        case 500:
            sentence = tr("The cloud failed internally%1.").arg(detail);
            break;
        case 502:
        case 503:
        case 504:
            sentence = tr("The cloud service is unavailable right now%1.").arg(detail);
            break;
        default:
            sentence = tr("The cloud answered with error %1%2.").arg(m_httpStatus).arg(detail);
            break;
        }
        break;
    }
    }
    if (!m_requestId.isEmpty())
        sentence += QLatin1Char(' ') + tr("Request ID: %1").arg(m_requestId);
    return sentence;
}

QString CloudError::detail() const
{
    QStringList parts;
    if (m_httpStatus)
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (m_networkError != QNetworkReply::NoError)
        parts << QStringLiteral("network error %1").arg(int(m_networkError));
    if (!m_fault.isEmpty())
        parts << m_fault;
    if (!m_message.isEmpty())
        parts << m_message;
    if (!m_url.isEmpty())
        parts << m_url;
    if (!m_requestId.isEmpty())
        parts << QStringLiteral("request %1").arg(m_requestId);
    return parts.join(QStringLiteral("; "));
}
