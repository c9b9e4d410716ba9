#include "cloud/restclient.h"

#include "cloud/cloudtypes.h"
#include "cloud/retrypolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRest, "phoenix.cloud.rest")
Q_LOGGING_CATEGORY(lcHttp, "phoenix.cloud.http", QtWarningMsg) // HTTP trace: off unless enabled

namespace
{
constexpr auto UserAgent = "Phoenix/" PHOENIX_VERSION " (Qt; OpenStack cloud classroom)";

QString requestIdOf(const QNetworkReply *reply)
{
    for (const char *name : {"x-openstack-request-id", "x-compute-request-id", "openstack-request-id"}) {
        const QByteArray v = reply->rawHeader(name);
        if (!v.isEmpty())
            return QString::fromLatin1(v);
    }
    return {};
}

QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (!path.isEmpty())
        p += path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    url.setPath(p);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

// Moves what arrived into body, up to limit. True when the reply is larger than limit (by what it
// announces or what came): the caller then stops it.
bool readBounded(QNetworkReply *reply, QByteArray &body, qint64 limit)
{
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > limit)
        return true;
    if (announced.isValid() && body.capacity() < announced.toLongLong())
        body.reserve(announced.toLongLong()); // one allocation for a big page instead of a copy per chunk
    body += reply->read(qMax<qint64>(0, limit + 1 - body.size()));
    if (body.size() > limit) {
        body.truncate(limit);
        return true;
    }
    return false;
}

QString sizeText(qint64 bytes)
{
    return bytes >= (1 << 20) ? RestClient::tr("%1 MiB").arg(bytes >> 20) : RestClient::tr("%1 KiB").arg(qMax<qint64>(1, bytes >> 10));
}

// A reply larger than its kind may be: one plain sentence, the request ID, and never retried
// (it will not shrink).
CloudError tooLargeError(ReplyKind kind, int status, qint64 limit, const QString &requestId, const QUrl &url)
{
    QString what;
    if (status >= 400)
        what = RestClient::tr("an error reply");
    else if (kind == ReplyKind::List)
        what = RestClient::tr("a list");
    else if (kind == ReplyKind::Auth)
        what = RestClient::tr("a sign-in reply");
    else
        what = RestClient::tr("a single item");
    CloudError e = CloudError::malformed(
        RestClient::tr("the reply from %1 is larger than %2, the most Phoenix accepts for %3; it was not read to the end")
            .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), sizeText(limit), what),
        requestId, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    e.setRetryLevel(RetryPolicy::Level::Never);
    return e;
}

// A redirect to another server (scheme, host or port) was refused: the token stays home.
CloudError redirectError(QNetworkReply *reply, const QUrl &url)
{
    const QUrl target = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    CloudError e = CloudError::network(QNetworkReply::InsecureRedirectError,
                                       target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                       url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    e.setRetryLevel(RetryPolicy::Level::Never);
    return e;
}

QList<QPair<QByteArray, QByteArray>> requestHeaders(const QNetworkRequest &request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &name : request.rawHeaderList())
        headers.append({name, request.rawHeader(name)});
    return headers;
}

QJsonObject domainOf(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    return {{QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Default") : name}};
}
} // namespace

// ---------------------------------------------------------------------------------------------
ApiRequest ApiRequest::get(const QString &service, const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.service = service;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &service, const QString &path, const QJsonDocument &body)
{
    ApiRequest r;
    r.method = "POST";
    r.service = service;
    r.path = path;
    r.body = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest ApiRequest::put(const QString &service, const QString &path, const QJsonDocument &body)
{
    ApiRequest r = post(service, path, body);
    r.method = "PUT";
    return r;
}

ApiRequest ApiRequest::patch(const QString &service, const QString &path, const QByteArray &body,
                             const QByteArray &contentType)
{
    ApiRequest r;
    r.method = "PATCH";
    r.service = service;
    r.path = path;
    r.body = body;
    r.contentType = contentType;
    return r;
}

ApiRequest ApiRequest::del(const QString &service, const QString &path)
{
    ApiRequest r;
    r.method = "DELETE";
    r.service = service;
    r.path = path;
    return r;
}

// ---------------------------------------------------------------------------------------------
ApiReply::ApiReply(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finishes through RestClient::onNetworkFinished
    else
        QTimer::singleShot(0, this, [this] { complete(CloudError::cancelled()); });
}

void ApiReply::complete(const CloudError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error && m_error.requestId().isEmpty())
        m_error.setRequestId(m_requestId);
    if (m_error && m_error.url().isEmpty())
        m_error.setUrl(m_url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
RestClient::RestClient(CloudSessionPtr session, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    // Redirects only within the same scheme, host and port: the token must not follow a redirect elsewhere.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    connect(m_session.get(), &CloudSession::authFinished, this, &RestClient::onAuthFinished);
}

RestClient::~RestClient()
{
    // Queued replies are children of this client and die with it; an authentication this client
    // started must not block the other threads' clients forever.
    for (const auto &reply : std::as_const(m_waitingForAuth)) {
        if (reply)
            reply->m_finished = true;
    }
}

ApiReply *RestClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(request, this);
    // Dispatch from the event loop so that callers can connect to finished() first.
    QTimer::singleShot(0, reply, [this, reply] { dispatch(reply); });
    return reply;
}

void RestClient::dispatch(ApiReply *reply)
{
    if (reply->m_finished)
        return;
    if (reply->m_aborted) {
        reply->complete(CloudError::cancelled());
        return;
    }
    if (!m_session->sslError().isEmpty()) {
        reply->complete(CloudError::config(m_session->sslError()));
        return;
    }
    authorize(reply);
}

void RestClient::authorize(ApiReply *reply, quint64 rejectedGeneration)
{
    switch (m_session->beginRequest(rejectedGeneration)) {
    case CloudSession::AuthDecision::TokenValid:
        if (reply->m_request.service == QLatin1String("compute") && m_session->computeMicroversion() == 0)
            ensureMicroversion(reply);
        else
            perform(reply, m_session->auth());
        break;
    case CloudSession::AuthDecision::Authenticate:
        m_waitingForAuth << reply;
        startAuthentication();
        break;
    case CloudSession::AuthDecision::Wait:
        m_waitingForAuth << reply;
        break;
    }
}

QNetworkRequest RestClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest req(url);
    req.setSslConfiguration(m_session->sslConfiguration());
    req.setTransferTimeout(m_transferTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setRawHeader("User-Agent", UserAgent);
    req.setRawHeader("Accept", "application/json");
    return req;
}

QUrl RestClient::identityBase(const QString &authUrl)
{
    QUrl url(authUrl);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QStringLiteral("/v3");
    url.setPath(path);
    return url;
}

QJsonDocument RestClient::authRequestBody(const CloudConfig &c)
{
    QJsonObject identity;
    if (c.authType == CloudConfig::AuthType::ApplicationCredential) {
        QJsonObject cred{{QStringLiteral("secret"), c.applicationCredentialSecret}};
        if (!c.applicationCredentialId.isEmpty()) {
            cred.insert(QStringLiteral("id"), c.applicationCredentialId);
        } else {
            cred.insert(QStringLiteral("name"), c.applicationCredentialName);
            QJsonObject user;
            if (!c.userId.isEmpty())
                user.insert(QStringLiteral("id"), c.userId);
            else {
                user.insert(QStringLiteral("name"), c.username);
                user.insert(QStringLiteral("domain"), domainOf(c.userDomainId, c.userDomainName));
            }
            cred.insert(QStringLiteral("user"), user);
        }
        identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")});
        identity.insert(QStringLiteral("application_credential"), cred);
        // Application credentials carry their own project scope.
        return QJsonDocument(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}});
    }

    QJsonObject user{{QStringLiteral("password"), c.password}};
    if (!c.userId.isEmpty()) {
        user.insert(QStringLiteral("id"), c.userId);
    } else {
        user.insert(QStringLiteral("name"), c.username);
        user.insert(QStringLiteral("domain"), domainOf(c.userDomainId, c.userDomainName));
    }
    identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("password")});
    identity.insert(QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}});
    QJsonObject project;
    if (!c.projectId.isEmpty()) {
        project.insert(QStringLiteral("id"), c.projectId);
    } else {
        project.insert(QStringLiteral("name"), c.projectName);
        project.insert(QStringLiteral("domain"), domainOf(c.projectDomainId, c.projectDomainName));
    }
    QJsonObject auth{{QStringLiteral("identity"), identity},
                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}});
}

Result<AuthState> RestClient::parseAuthReply(const QByteArray &body, const QByteArray &subjectToken)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return CloudError::malformed(tr("the identity service's token reply is not JSON: %1").arg(pe.errorString()));
    const QJsonObject token = doc.object().value(QLatin1String("token")).toObject();
    if (token.isEmpty())
        return CloudError::malformed(tr("the identity service's reply has no token"));
    if (subjectToken.isEmpty())
        return CloudError::malformed(tr("the identity service did not send X-Subject-Token"));
    AuthState s;
    s.token = subjectToken;
    s.expiresAt = parseOpenStackTime(token.value(QLatin1String("expires_at")).toString());
    s.catalog = ServiceCatalog::fromJson(token.value(QLatin1String("catalog")).toArray());
    const QJsonObject user = token.value(QLatin1String("user")).toObject();
    s.userId = user.value(QLatin1String("id")).toString();
    s.userName = user.value(QLatin1String("name")).toString();
    s.domainName = user.value(QLatin1String("domain")).toObject().value(QLatin1String("name")).toString();
    const QJsonObject project = token.value(QLatin1String("project")).toObject();
    s.projectId = project.value(QLatin1String("id")).toString();
    s.projectName = project.value(QLatin1String("name")).toString();
    for (const QJsonValue &r : token.value(QLatin1String("roles")).toArray())
        s.roles << r.toObject().value(QLatin1String("name")).toString();
    s.roles.sort();
    if (s.catalog.isEmpty())
        return CloudError::auth(tr("The token has no service catalog: the user has no role on the project."));
    return s;
}

void RestClient::startAuthentication()
{
    const CloudConfig config = m_session->config();
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        m_session->finishAuth({}, CloudError::config(invalid));
        return;
    }
    if (!config.hasSecret()) {
        m_session->finishAuth({}, CloudError::auth(tr("No password is known for %1.").arg(config.identity())));
        return;
    }
    QUrl url = identityBase(config.authUrl);
    url.setPath(url.path() + QStringLiteral("/auth/tokens"));
    QNetworkRequest req = makeRequest(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = authRequestBody(config).toJson(QJsonDocument::Compact);
    qCDebug(lcHttp).noquote() << "POST" << url.toString() << redact(body);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->post(req, body);
    auto data = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, data, tooLarge] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 limit = m_limits.bytesFor(ReplyKind::Auth, status);
        if (*tooLarge == 0 && readBounded(reply, *data, limit)) {
            *tooLarge = limit;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, url, data, tooLarge] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge == 0 && readBounded(reply, *data, m_limits.bytesFor(ReplyKind::Auth, status)))
            *tooLarge = m_limits.bytesFor(ReplyKind::Auth, status);
        const QString requestId = requestIdOf(reply);
        qCDebug(lcHttp).noquote() << "POST" << url.toString() << status << timer.elapsed() << "ms" << requestId
                                  << redactHeaders(reply->rawHeaderPairs()) << redact(*data).left(4000);
        if (*tooLarge > 0) {
            m_session->finishAuth({}, tooLargeError(ReplyKind::Auth, status, *tooLarge, requestId, url));
            return;
        }
        if (reply->error() == QNetworkReply::InsecureRedirectError) {
            m_session->finishAuth({}, redirectError(reply, url));
            return;
        }
        const QByteArray replyBody = *data;
        if (status == 0) {
            m_session->finishAuth({}, CloudError::network(reply->error(), reply->errorString(), url.toString()));
            return;
        }
        if (status != 201 && status != 200) {
            m_session->finishAuth({}, CloudError::http(status, replyBody, requestId, url.toString()));
            return;
        }
        Result<AuthState> parsed = parseAuthReply(replyBody, reply->rawHeader("X-Subject-Token"));
        if (!parsed) {
            CloudError e = parsed.error();
            e.setRequestId(requestId);
            m_session->finishAuth({}, e);
            return;
        }
        qCInfo(lcRest) << "signed in as" << parsed.value().userName << "project" << parsed.value().projectName
                       << "roles" << parsed.value().roles << "token expires" << parsed.value().expiresAt;
        m_session->finishAuth(parsed.value(), {});
    });
}

void RestClient::onAuthFinished(quint64 generation, const CloudError &error)
{
    Q_UNUSED(generation)
    drain(m_waitingForAuth, error);
}

void RestClient::drain(QList<QPointer<ApiReply>> &queue, const CloudError &error)
{
    const QList<QPointer<ApiReply>> waiting = std::exchange(queue, {});
    for (const QPointer<ApiReply> &reply : waiting) {
        if (!reply || reply->m_finished)
            continue;
        if (error)
            reply->complete(error);
        else
            dispatch(reply);
    }
}

Result<int> RestClient::negotiateComputeMicroversion(const QByteArray &versionDocument, int wanted, int minimum)
{
    const QJsonDocument doc = QJsonDocument::fromJson(versionDocument);
    QJsonObject version = doc.object().value(QLatin1String("version")).toObject();
    if (version.isEmpty()) {
        // The root document lists several versions; take v2.1.
        for (const QJsonValue &v : doc.object().value(QLatin1String("versions")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("v2.1"))
                version = v.toObject();
        }
    }
    if (version.isEmpty())
        return CloudError::malformed(tr("the compute service's version document has no version"));
    const QString max = version.value(QLatin1String("version")).toString();
    if (max.isEmpty()) // a cloud without microversions (plain 2.1)
        return minimum <= 1 ? 1 : Result<int>(CloudError::config(tr("The compute service does not support microversions; Phoenix needs 2.%1.").arg(minimum)));
    const int maxMinor = max.section(QLatin1Char('.'), 1, 1).toInt();
    const int minMinor = version.value(QLatin1String("min_version")).toString().section(QLatin1Char('.'), 1, 1).toInt();
    if (maxMinor < minimum)
        return CloudError::config(tr("The compute service offers API 2.%1 at most; Phoenix needs 2.%2 or later.")
                                      .arg(maxMinor)
                                      .arg(minimum));
    return qMax(minMinor, qMin(wanted, maxMinor));
}

void RestClient::ensureMicroversion(ApiReply *reply)
{
    m_waitingForVersion << reply;
    if (m_versionRequestRunning)
        return;
    const int override = m_session->config().computeApiVersionOverride;
    if (override > 0) {
        m_session->setComputeMicroversion(override);
    } else {
        m_versionRequestRunning = true;
        ApiRequest versionRequest = ApiRequest::get(QStringLiteral("compute"), QString());
        auto *versionReply = new ApiReply(versionRequest, this);
        connect(versionReply, &ApiReply::finished, this, [this, versionReply] {
            m_versionRequestRunning = false;
            CloudError error = versionReply->error();
            if (!error) {
                Result<int> minor = negotiateComputeMicroversion(versionReply->body(), WantedComputeMinor,
                                                                 MinimumComputeMinor);
                if (minor) {
                    qCInfo(lcRest) << "compute microversion 2." << minor.value();
                    m_session->setComputeMicroversion(minor.value());
                } else {
                    error = minor.error();
                }
            }
            drain(m_waitingForVersion, error);
        });
        perform(versionReply, m_session->auth());
        return;
    }
    drain(m_waitingForVersion, {});
}

void RestClient::perform(ApiReply *reply, const AuthState &auth)
{
    const ApiRequest &r = reply->m_request;
    QUrl url = r.absoluteUrl;
    if (url.isEmpty()) {
        const CloudConfig config = m_session->config();
        const QUrl base = r.service == QLatin1String("identity") ? identityBase(config.authUrl)
                                                                  : auth.catalog.endpoint(r.service, config.interface,
                                                                                          config.regionName);
        if (base.isEmpty()) {
            reply->complete(CloudError::config(
                tr("The cloud has no %1 service for interface \"%2\"%3.")
                    .arg(r.service, config.interface,
                         config.regionName.isEmpty() ? QString() : tr(" in region %1").arg(config.regionName))));
            return;
        }
        url = joinUrl(base, r.path, r.query);
    }
    if (m_session->config().requireTls && CloudConfig::isPlainHttp(url)) {
        reply->complete(CloudError::config(
            tr("The cloud's %1 service is reached over plain http:// (%2), and TLS is required: the token would "
               "cross the network unencrypted.")
                .arg(r.service, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
        return;
    }
    reply->m_url = url;
    reply->m_tokenGeneration = auth.generation;
    reply->m_body.clear();
    reply->m_tooLargeLimit = 0;
    ++reply->m_attempts;

    QNetworkRequest req = makeRequest(url);
    req.setRawHeader("X-Auth-Token", auth.token);
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (r.service == QLatin1String("compute")) {
        const int minor = m_session->computeMicroversion();
        if (minor > 0) {
            const QByteArray v = QByteArray::number(minor);
            req.setRawHeader("OpenStack-API-Version", "compute 2." + v);
            req.setRawHeader("X-OpenStack-Nova-API-Version", "2." + v);
        }
    }
    for (const auto &h : r.headers)
        req.setRawHeader(h.first, h.second);

    qCDebug(lcHttp).noquote() << r.method << url.toString() << "attempt" << reply->m_attempts
                               << redactHeaders(requestHeaders(req)) << redact(r.body);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *networkReply = m_nam->sendCustomRequest(req, r.method, r.body);
    reply->m_reply = networkReply;
    connect(networkReply, &QNetworkReply::readyRead, reply, [this, reply, networkReply] {
        const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 limit = m_limits.bytesFor(reply->m_request.replyKind, status);
        if (reply->m_tooLargeLimit == 0 && readBounded(networkReply, reply->m_body, limit)) {
            reply->m_tooLargeLimit = limit;
            networkReply->abort(); // finishes through onNetworkFinished
        }
    });
    connect(networkReply, &QNetworkReply::finished, reply, [this, reply, networkReply, timer] {
        onNetworkFinished(reply, networkReply, timer.elapsed());
    });
}

void RestClient::scheduleRetry(ApiReply *reply, int delayMs)
{
    qCInfo(lcRest) << "retrying" << reply->m_request.method << reply->m_url.path() << "in" << delayMs << "ms (attempt"
                   << reply->m_attempts + 1 << ")";
    QTimer::singleShot(delayMs, reply, [this, reply] { dispatch(reply); });
}

void RestClient::onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply, qint64 elapsedMs)
{
    networkReply->deleteLater();
    reply->m_reply = nullptr;
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_status = status;
    const qint64 limit = m_limits.bytesFor(reply->m_request.replyKind, status);
    if (reply->m_tooLargeLimit == 0 && readBounded(networkReply, reply->m_body, limit))
        reply->m_tooLargeLimit = limit;
    reply->m_headers = networkReply->rawHeaderPairs();
    reply->m_requestId = requestIdOf(networkReply);
    const ApiRequest &r = reply->m_request;
    const QString shownUrl = reply->m_url.toString(QUrl::RemoveUserInfo);
    qCDebug(lcHttp).noquote() << r.method << shownUrl << status << elapsedMs << "ms" << reply->m_requestId
                              << redactHeaders(reply->m_headers) << redact(reply->m_body).left(4000);
    Q_EMIT requestFinished(QString::fromLatin1(r.method), reply->m_url, status, elapsedMs);
    if (status >= 200 && status < 300)
        Q_EMIT requestSucceeded(r.method, reply->m_requestId);

    if (reply->m_aborted) {
        reply->complete(CloudError::cancelled());
        return;
    }
    if (reply->m_tooLargeLimit > 0) {
        reply->complete(tooLargeError(r.replyKind, status, reply->m_tooLargeLimit, reply->m_requestId, reply->m_url));
        return;
    }
    if (networkReply->error() == QNetworkReply::InsecureRedirectError) {
        reply->complete(redirectError(networkReply, reply->m_url));
        return;
    }
    CloudError error;
    if (status == 0) {
        const QNetworkReply::NetworkError code = networkReply->error();
        // A transfer timeout aborts the reply with OperationCanceledError: report it as a timeout.
        const QNetworkReply::NetworkError shown = code == QNetworkReply::OperationCanceledError
            ? QNetworkReply::TimeoutError : code;
        error = CloudError::network(shown, networkReply->errorString(), shownUrl);
    } else if (status >= 300 && status < 400 && networkReply->error() != QNetworkReply::NoError) {
        error = CloudError::network(networkReply->error(), networkReply->errorString(), shownUrl); // too many redirects
    } else if (status >= 200 && status < 400) {
        reply->complete({});
        return;
    } else {
        error = CloudError::http(status, reply->m_body, reply->m_requestId, shownUrl);
    }
    if (status == 401 && !reply->m_reauthenticated) {
        // The token was refused (revoked, expired early, Keystone restarted): authenticate once more
        // and replay; other requests meanwhile wait in the queue.
        reply->m_reauthenticated = true;
        --reply->m_attempts;
        authorize(reply, reply->m_tokenGeneration);
        return;
    }
    const QByteArray retryAfter = networkReply->rawHeader("Retry-After");
    const RetryPolicy::Level level
        = RetryPolicy::levelFor(error, {r.method, r.retryConflicts, !retryAfter.isEmpty()});
    error.setRetryLevel(level);
    if (level == RetryPolicy::Level::Request && reply->m_attempts <= r.maxRetries) {
        scheduleRetry(reply, RetryPolicy::requestDelayMs(reply->m_attempts, m_retryBaseMs, retryAfter));
        return;
    }
    if (status != 0)
        qCWarning(lcRest).noquote() << r.method << shownUrl << "failed:" << error.detail();
    reply->complete(error);
}

namespace
{
bool isSecretKey(const QString &key)
{
    static const QStringList secretKeys{QStringLiteral("password"),     QStringLiteral("secret"),
                                        QStringLiteral("token"),        QStringLiteral("x-auth-token"),
                                        QStringLiteral("x-subject-token"), QStringLiteral("authorization"),
                                        QStringLiteral("adminpass"),    QStringLiteral("admin_pass"),
                                        QStringLiteral("original_password")};
    return secretKeys.contains(key.toLower());
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().isObject() && !it.value().isArray() && !it.value().isNull())
                it.value() = QStringLiteral("***");
            else
                it.value() = redactValue(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactValue(*it);
        return a;
    }
    return value;
}
} // namespace

QByteArray RestClient::redact(const QByteArray &text)
{
    // On the parsed document: a pattern over the text stops at an escaped quote ("pa\"ss") and
    // would print the rest of the secret.
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted = redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    }
    // Not JSON (cut short, text, HTML): hide the value of every secret key up to its closing
    // quote, escapes included, or to the end when the text stops inside it.
    static const QRegularExpression secrets(
        QStringLiteral(R"rx("(password|secret|token|X-Auth-Token|X-Subject-Token|authorization|adminPass|admin_pass|original_password)"\s*:\s*"(?:[^"\\]|\\.)*(?:"|\\?$))rx"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = QString::fromUtf8(text);
    s.replace(secrets, QStringLiteral("\"\\1\":\"***\""));
    return s.toUtf8();
}

QByteArray RestClient::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArrayList out;
    for (const auto &h : headers) {
        const bool secret = isSecretKey(QString::fromLatin1(h.first)) || h.first.compare("Cookie", Qt::CaseInsensitive) == 0
            || h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
        out << h.first + ": " + (secret ? QByteArray("***") : h.second);
    }
    return out.join("; ");
}
