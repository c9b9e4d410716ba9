#pragma once

#include "cloud/clouderror.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// How to reach one cloud: what clouds.yaml (+ secure.yaml) or the OS_* variables say.
struct CloudConfig
{
    enum class AuthType {
        Password,
        ApplicationCredential
    };

    QString name; // the clouds.yaml entry, or "envvars"
    AuthType authType = AuthType::Password;
    QString authUrl;
    QString username;
    QString userId;
    QString password;
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret;
    QString regionName;
    QString interface = QStringLiteral("public");
    QString caCertFile; // extra CA for TLS; verification is never turned off
    bool verifyRequested = true; // what the file asked; Phoenix refuses "verify: false"
    int computeApiVersionOverride = 0;
    // Refuse plain http:// (the auth URL and every endpoint): phoenixctl --require-tls, or the
    // setting "Require TLS". Without it, plain http is allowed with a warning (CloudSession).
    bool requireTls = false;

    [[nodiscard]] bool hasSecret() const
    {
        return authType == AuthType::Password ? !password.isEmpty() : !applicationCredentialSecret.isEmpty();
    }
    // Identity of the connection for keychain keys and the cache: never contains a secret.
    [[nodiscard]] QString identity() const;
    [[nodiscard]] QString validate() const; // empty, or what is missing, translated
    // Whether a URL carries the password or token across the network in clear: http://, not
    // https://, to another computer (loopback addresses stay on this one).
    static bool isPlainHttp(const QUrl &url);
};

// Reads clouds.yaml the way the OpenStack CLI and SDK do.
class CloudConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(CloudConfigLoader)

public:
    explicit CloudConfigLoader(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml
    [[nodiscard]] QStringList searchPath() const;
    [[nodiscard]] QString cloudsFile() const;       // the first file of searchPath() that exists
    [[nodiscard]] QStringList cloudNames() const;   // entries of that file, sorted

    // name empty → OS_CLOUD, else the OS_* variables alone. OS_* variables override the file's values
    // only for the password, as the CLI does for OS_PASSWORD.
    [[nodiscard]] Result<CloudConfig> load(const QString &name = {}) const;
    [[nodiscard]] Result<CloudConfig> fromEnvironment() const;

    // Pure parsers, table-tested.
    static Result<CloudConfig> parseClouds(const QByteArray &cloudsYaml, const QByteArray &secureYaml,
                                           const QString &name);
    static QStringList parseCloudNames(const QByteArray &cloudsYaml);

    void setSearchDirectories(const QStringList &dirs) { m_dirs = dirs; } // tests

private:
    QProcessEnvironment m_env;
    QStringList m_dirs;
};
