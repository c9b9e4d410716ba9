#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/servicecatalog.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

// What Keystone told us about the signed-in user. Tokens stay in memory only.
struct AuthState
{
    QByteArray token;
    QDateTime expiresAt;
    ServiceCatalog catalog;
    QString userId;
    QString userName;
    QString projectId;
    QString projectName;
    QString domainName;
    QStringList roles;
    quint64 generation = 0; // increases with every new token

    [[nodiscard]] bool isValid(const QDateTime &now, int marginSeconds) const
    {
        return !token.isEmpty() && (expiresAt.isNull() || now.secsTo(expiresAt) > marginSeconds);
    }
    [[nodiscard]] bool isAdmin() const { return roles.contains(QLatin1String("admin")); }
};

// One signed-in connection to one cloud, shared by every thread that talks to it.
// Thread-safe: the token, catalog and negotiated microversion are read under a mutex, and
// re-authentication is coordinated so that only one thread authenticates at a time while the
// others queue their requests (see RestClient).
class CloudSession : public QObject
{
    Q_OBJECT

public:
    explicit CloudSession(CloudConfig config, QObject *parent = nullptr);

    [[nodiscard]] CloudConfig config() const;
    [[nodiscard]] AuthState auth() const;
    [[nodiscard]] QSslConfiguration sslConfiguration() const { return m_ssl; }
    [[nodiscard]] QString sslError() const { return m_sslError; }

    // Renew this many seconds before the token expires (default 5 minutes).
    void setRenewMargin(int seconds);
    [[nodiscard]] int renewMargin() const;

    enum class AuthDecision {
        TokenValid,   // go ahead with auth().token
        Authenticate, // the caller must authenticate now and call finishAuth()
        Wait          // another thread is authenticating; wait for authFinished()
    };
    // rejectedGeneration: the generation of a token the cloud refused with 401 (0 if none).
    AuthDecision beginRequest(quint64 rejectedGeneration = 0);
    void finishAuth(const AuthState &state, const CloudError &error);
    void setPassword(const QString &secret); // when the secret comes from the keychain or a dialog
    void signOut();                          // forget the token (it stays valid at Keystone until expiry)

    // The plain http:// addresses this session sends the password or token to: the auth URL, and
    // after sign-in the catalog's endpoints for the configured interface. Empty when all are https.
    [[nodiscard]] QStringList plainHttpUrls() const;
    // One translated warning naming them (empty when there are none): shown at connect time by
    // the window and printed by phoenixctl. Also sent as transportWarningChanged().
    [[nodiscard]] QString transportWarning() const;
    static QString transportWarningFor(const QStringList &plainHttpUrls);

    // Nova microversion negotiated from the version document (0 = not yet known).
    [[nodiscard]] int computeMicroversion() const;
    void setComputeMicroversion(int minor);

    // The session's clock; tests move it to simulate token expiry.
    [[nodiscard]] QDateTime now() const;
    void setClockSkewForTesting(qint64 seconds);

Q_SIGNALS:
    void authFinished(quint64 generation, const CloudError &error);
    void authStateChanged(); // new user/roles/project
    // The plain-http warning changed (a sign-in revealed http:// endpoints); empty when none.
    void transportWarningChanged(const QString &warning);

private:
    mutable QMutex m_mutex;
    CloudConfig m_config;
    AuthState m_auth;
    bool m_authenticating = false;
    int m_renewMargin = 300;
    int m_computeMinor = 0;
    qint64 m_clockSkew = 0;
    QSslConfiguration m_ssl;
    QString m_sslError;
};

using CloudSessionPtr = std::shared_ptr<CloudSession>;
