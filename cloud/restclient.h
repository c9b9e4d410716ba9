#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudsession.h"
#include "cloud/replylimits.h"
#include "cloud/retrypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

// One REST call. service is a catalog type ("compute", "image", "network", "identity"); path is
// relative to that service's endpoint (or absoluteUrl is used as is, e.g. for "next" links).
struct ApiRequest
{
    QByteArray method = "GET";
    QString service;
    QString path;
    QUrlQuery query;
    QUrl absoluteUrl;
    QByteArray body;      // JSON
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    ReplyKind replyKind = ReplyKind::Object; // which body size limit applies (ReplyLimits)
    int maxRetries = RetryPolicy::RequestTries - 1; // for what the retry table retries here; 0: none
    bool retryConflicts = true; // 409 task_state conflicts are retried here (false: the caller's step does)
    static ApiRequest get(const QString &service, const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &service, const QString &path, const QJsonDocument &body);
    static ApiRequest put(const QString &service, const QString &path, const QJsonDocument &body);
    static ApiRequest patch(const QString &service, const QString &path, const QByteArray &body,
                            const QByteArray &contentType);
    static ApiRequest del(const QString &service, const QString &path);
};

// A REST call in flight. Ends with exactly one finished() signal, then deletes itself later.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    [[nodiscard]] const CloudError &error() const { return m_error; }
    [[nodiscard]] QString requestId() const { return m_requestId; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    void abort(); // ends with a Cancelled error

Q_SIGNALS:
    void finished();

private:
    friend class RestClient;
    explicit ApiReply(ApiRequest request, QObject *parent);
    void complete(const CloudError &error);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    int m_status = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QString m_requestId;
    CloudError m_error;
    int m_attempts = 0;
    qint64 m_tooLargeLimit = 0; // > 0: the body passed this limit and the transfer was stopped
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_aborted = false;
    quint64 m_tokenGeneration = 0;
};

// Talks to one CloudSession from one thread. Create one per thread (it uses that thread's
// QNetworkAccessManager); the session is shared. It adds the token, the compute microversion,
// timeouts and TLS settings, retries what is safe to retry, re-authenticates before expiry and
// once on a 401 while queueing other requests, and logs HTTP (category phoenix.cloud.http, off by
// default) with tokens and passwords redacted.
class RestClient : public QObject
{
    Q_OBJECT

public:
    explicit RestClient(CloudSessionPtr session, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~RestClient() override;

    ApiReply *send(const ApiRequest &request);

    [[nodiscard]] CloudSessionPtr session() const { return m_session; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Transfer timeout of every request (ms); the only place timeouts are set.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // Base delay for retry backoff (ms): attempt n waits base * 2^(n-1), capped at 30 s (cloud/retrypolicy.h).
    void setRetryBaseDelay(int ms) { m_retryBaseMs = ms; }
    // Body sizes per reply kind and the page cap of paged lists.
    void setLimits(const ReplyLimits &limits) { m_limits = limits; }
    [[nodiscard]] const ReplyLimits &limits() const { return m_limits; }
    // The Nova microversion Phoenix wants (it uses less when the cloud offers less).
    static constexpr int WantedComputeMinor = 79;
    static constexpr int MinimumComputeMinor = 26; // tags filters

    // Keystone request body for the session's credentials (pure; tested).
    static QJsonDocument authRequestBody(const CloudConfig &config);
    // Parses a Keystone POST /v3/auth/tokens reply.
    static Result<AuthState> parseAuthReply(const QByteArray &body, const QByteArray &subjectToken);
    // Chooses the microversion from a Nova version document; 0 when the cloud cannot do minimum.
    static Result<int> negotiateComputeMicroversion(const QByteArray &versionDocument, int wanted, int minimum);
    // Redacts secrets from a body for logging: on the parsed JSON (every "password", "secret",
    // "token", ... value at any depth); a body that is not JSON by a pattern that respects escapes.
    static QByteArray redact(const QByteArray &text);
    // "Name: value; ..." for logging, with X-Auth-Token, X-Subject-Token, Authorization and cookies hidden.
    static QByteArray redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    static QUrl identityBase(const QString &authUrl);

Q_SIGNALS:
    void requestFinished(const QString &method, const QUrl &url, int status, qint64 elapsedMs);
    // A 2xx reply and its x-openstack-request-id (the task engine keeps the ID of the call that
    // did a stage's work).
    void requestSucceeded(const QByteArray &method, const QString &requestId);

private:
    void dispatch(ApiReply *reply);
    // Sends reply with a valid token, or queues it behind the authentication that gets one.
    void authorize(ApiReply *reply, quint64 rejectedGeneration = 0);
    void startAuthentication();
    void onAuthFinished(quint64 generation, const CloudError &error);
    // Empties a waiting queue: each live reply is dispatched again, or ends with error.
    void drain(QList<QPointer<ApiReply>> &queue, const CloudError &error);
    void ensureMicroversion(ApiReply *reply);
    void perform(ApiReply *reply, const AuthState &auth);
    void onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply, qint64 elapsedMs);
    void scheduleRetry(ApiReply *reply, int delayMs);
    QNetworkRequest makeRequest(const QUrl &url) const;

    CloudSessionPtr m_session;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QPointer<ApiReply>> m_waitingForAuth;
    QList<QPointer<ApiReply>> m_waitingForVersion;
    bool m_versionRequestRunning = false;
    int m_transferTimeoutMs = 60000;
    int m_retryBaseMs = RetryPolicy::RequestBaseDelayMs;
    ReplyLimits m_limits;
};
