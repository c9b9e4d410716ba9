#include "cloud/cloudsession.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcSession, "phoenix.cloud.session")

CloudSession::CloudSession(CloudConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    qRegisterMetaType<CloudError>();
    // Verification is always on; a custom CA is added to the system ones, never replaces checking.
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caCertFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_config.caCertFile);
        if (certs.isEmpty())
            m_sslError = tr("The CA certificate file %1 holds no certificate.").arg(m_config.caCertFile);
        else
            m_ssl.addCaCertificates(certs);
    }
}

CloudConfig CloudSession::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

AuthState CloudSession::auth() const
{
    QMutexLocker lock(&m_mutex);
    return m_auth;
}

void CloudSession::setRenewMargin(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_renewMargin = seconds;
}

int CloudSession::renewMargin() const
{
    QMutexLocker lock(&m_mutex);
    return m_renewMargin;
}

CloudSession::AuthDecision CloudSession::beginRequest(quint64 rejectedGeneration)
{
    QMutexLocker lock(&m_mutex);
    if (rejectedGeneration != 0 && rejectedGeneration == m_auth.generation && !m_auth.token.isEmpty()) {
        qCInfo(lcSession) << "token generation" << rejectedGeneration << "was rejected; re-authenticating";
        m_auth.token.clear();
    }
    if (m_authenticating)
        return AuthDecision::Wait;
    if (m_auth.isValid(QDateTime::currentDateTimeUtc().addSecs(m_clockSkew), m_renewMargin))
        return AuthDecision::TokenValid;
    m_authenticating = true;
    return AuthDecision::Authenticate;
}

QStringList CloudSession::plainHttpUrls() const
{
    QMutexLocker lock(&m_mutex);
    QStringList urls;
    auto note = [&urls](const QUrl &url) {
        const QString shown = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (CloudConfig::isPlainHttp(url) && !urls.contains(shown))
            urls << shown;
    };
    note(QUrl(m_config.authUrl));
    for (const char *service : {"identity", "compute", "image", "network"})
        note(m_auth.catalog.endpoint(QLatin1String(service), m_config.interface, m_config.regionName));
    return urls;
}

QString CloudSession::transportWarningFor(const QStringList &plainHttpUrls)
{
    if (plainHttpUrls.isEmpty())
        return {};
    return tr("This cloud is reached over plain http:// (%1): your password and the session's token cross the "
              "network unencrypted. Ask for its https:// address, or refuse plain http with \"Require TLS\".")
        .arg(plainHttpUrls.join(QStringLiteral(", ")));
}

QString CloudSession::transportWarning() const
{
    return transportWarningFor(plainHttpUrls());
}

void CloudSession::finishAuth(const AuthState &state, const CloudError &error)
{
    const QString warningBefore = transportWarning();
    quint64 generation = 0;
    bool changed = false;
    {
        QMutexLocker lock(&m_mutex);
        m_authenticating = false;
        if (!error) {
            changed = state.userId != m_auth.userId || state.projectId != m_auth.projectId || state.roles != m_auth.roles;
            const quint64 next = m_auth.generation + 1;
            m_auth = state;
            m_auth.generation = next;
        }
        generation = m_auth.generation;
    }
    Q_EMIT authFinished(generation, error);
    if (changed)
        Q_EMIT authStateChanged();
    const QString warningAfter = transportWarning();
    if (warningAfter != warningBefore)
        Q_EMIT transportWarningChanged(warningAfter);
}

void CloudSession::setPassword(const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    if (m_config.authType == CloudConfig::AuthType::Password)
        m_config.password = secret;
    else
        m_config.applicationCredentialSecret = secret;
}

void CloudSession::signOut()
{
    QMutexLocker lock(&m_mutex);
    m_auth.token.clear();
}

int CloudSession::computeMicroversion() const
{
    QMutexLocker lock(&m_mutex);
    return m_computeMinor;
}

void CloudSession::setComputeMicroversion(int minor)
{
    QMutexLocker lock(&m_mutex);
    m_computeMinor = minor;
}

QDateTime CloudSession::now() const
{
    QMutexLocker lock(&m_mutex);
    return QDateTime::currentDateTimeUtc().addSecs(m_clockSkew);
}

void CloudSession::setClockSkewForTesting(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockSkew = seconds;
}
