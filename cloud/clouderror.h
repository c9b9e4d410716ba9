#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace RetryPolicy
{
enum class Level; // cloud/retrypolicy.h
}

// The one error type of the cloud layer: what went wrong talking to OpenStack, with everything an
// administrator needs to report it (HTTP status, the service's fault name and message, the
// x-openstack-request-id) and one plain-language sentence for the user.
class CloudError
{
    Q_DECLARE_TR_FUNCTIONS(CloudError)

public:
    enum class Kind {
        None,
        Network,       // connection refused/reset, DNS, TLS, timeout: no HTTP answer
        Http,          // the service answered with 4xx/5xx
        MalformedReply, // 2xx but the body is not what the API documents
        Config,        // clouds.yaml / environment / missing endpoint
        Auth,          // could not obtain a token
        Cancelled,
        Timeout,       // a wait (not a transfer) ran out of time
        Local          // anything on this machine: database, keychain, file
    };

    CloudError() = default;
    static CloudError network(QNetworkReply::NetworkError code, const QString &detail, const QString &url = {});
    static CloudError http(int status, const QByteArray &body, const QString &requestId, const QString &url = {});
    static CloudError malformed(const QString &detail, const QString &requestId = {}, const QString &url = {});
    static CloudError config(const QString &message);
    static CloudError auth(const QString &message);
    static CloudError cancelled();
    static CloudError timeout(const QString &message);
    static CloudError local(const QString &message);

    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] QNetworkReply::NetworkError networkError() const { return m_networkError; }
    [[nodiscard]] QString fault() const { return m_fault; }     // badRequest, itemNotFound, NeutronError type, ...
    [[nodiscard]] QString message() const { return m_message; } // the service's own message, untranslated
    [[nodiscard]] QString requestId() const { return m_requestId; }
    [[nodiscard]] QString url() const { return m_url; }

    // One translated sentence for the user, ending with the request ID when there is one.
    [[nodiscard]] QString userMessage() const;
    // Full detail for logs and the "copy" button: status, fault, message, URL, request ID.
    [[nodiscard]] QString detail() const;

    [[nodiscard]] bool isNotFound() const { return m_kind == Kind::Http && m_httpStatus == 404; }
    [[nodiscard]] bool isConflict() const { return m_kind == Kind::Http && m_httpStatus == 409; }
    [[nodiscard]] bool isUnauthorized() const { return m_kind == Kind::Http && m_httpStatus == 401; }
    // 409 because the server is busy with another task (Nova's "task_state" conflicts)
    [[nodiscard]] bool isTaskStateConflict() const;

    // Which level of the retry table (cloud/retrypolicy.h) retries this failure, as RestClient
    // decided for the request that failed; empty for errors made elsewhere.
    [[nodiscard]] std::optional<RetryPolicy::Level> retryLevel() const { return m_retryLevel; }
    void setRetryLevel(RetryPolicy::Level level) { m_retryLevel = level; }

    void setRequestId(const QString &id) { m_requestId = id; }
    void setUrl(const QString &url) { m_url = url; }

    // Parses an OpenStack error body: Nova/Glance {"<fault>": {"message": ..., "code": ...}},
    // Neutron {"NeutronError": {"type": ..., "message": ...}}, Keystone {"error": {"title", "message"}},
    // Glance's plain-text/HTML bodies. Sets fault and message; leaves them empty if nothing is found.
    static void parseBody(const QByteArray &body, QString *fault, QString *message);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_fault;
    QString m_message;
    QString m_requestId;
    QString m_url;
    std::optional<RetryPolicy::Level> m_retryLevel;
};

// A value or a CloudError. Small on purpose: std::expected is C++23 and GCC 12 lacks it.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(CloudError error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T &value() { return m_value; }
    [[nodiscard]] T take() { return std::move(m_value); }
    [[nodiscard]] const CloudError &error() const { return m_error; }

private:
    T m_value{};
    CloudError m_error;
};

Q_DECLARE_METATYPE(CloudError)
