#pragma once

#include "cloud/cloudconfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

/** How a keychain job ended, with a plain explanation the window can show as is. */
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,  // nothing stored under that key (not an error for "remember password")
        NoKeyring, // no Secret Service / KWallet reachable (QtKeychain codes 5 and 7)
        Locked,    // the keyring is locked or refused access (codes 3 and 4)
        Timeout,   // the keyring did not answer (e.g. waiting for an unlock prompt)
        Failed     // anything else
    };

    Status status = Status::Ok;
    QString secret;  // read only
    QString message; // translated, for the user; empty on Ok
    QString detail;  // QtKeychain's own text, for the log
    int code = 0;    // QKeychain::Error

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    /** Worth a "Retry" button: the user can fix it (unlock, start the keyring) and try again. */
    [[nodiscard]] bool retryable() const
    {
        return status == Status::NoKeyring || status == Status::Locked || status == Status::Timeout;
    }
};

using SecretCallback = std::function<void(const SecretResult &)>;

/**
 * Passwords and application-credential secrets in the OS keychain (QtKeychain: Secret Service,
 * KWallet, macOS Keychain, Windows Credential Store), never on disk in plain text: the insecure
 * fallback is never enabled. Every job is asynchronous and ends in exactly one callback, run in
 * the caller's thread while `context` lives — also when the keyring never answers (timeout), so
 * the window never hangs. A missing backend (codes 5/7) is retried once after a short delay
 * before it is reported.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(const QString &service = QStringLiteral("phoenix"), QObject *parent = nullptr);

    /** The key of a connection's secret: "phoenix/<user>@<auth-url>/<project>" (no secret in it). */
    static QString keyFor(const CloudConfig &config);

    void read(const QString &key, QObject *context, SecretCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, SecretCallback callback);
    void remove(const QString &key, QObject *context, SecretCallback callback);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setBackendRetryDelay(int ms) { m_retryDelayMs = ms; }
    [[nodiscard]] QString service() const { return m_service; }

    /** Maps a QtKeychain error code and text to a result with a plain explanation. */
    static SecretResult classify(int code, const QString &errorText);

private:
    enum class Op {
        Read,
        Write,
        Remove
    };
    void run(Op op, const QString &key, const QString &secret, QObject *context, SecretCallback callback, int attempt);

    QString m_service;
    int m_timeoutMs = 15000;
    int m_retryDelayMs = 1000;
};
