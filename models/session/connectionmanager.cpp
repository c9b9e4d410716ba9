#include "models/session/connectionmanager.h"

#include "models/session/cloudconnection.h"
#include "models/settings/appsettings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnections, "phoenix.models.connections")

ConnectionManager::ConnectionManager(QSettings &settings, SecretStore *secrets, Factory factory, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(settings)
    , m_secrets(secrets)
    , m_factory(std::move(factory))
{
}

ConnectionManager::~ConnectionManager() = default;

CloudConnection *ConnectionManager::current() const
{
    return m_current;
}

void ConnectionManager::openSaved(const QString &name)
{
    const std::optional<SavedConnection> saved = m_store.find(name);
    if (!saved) {
        Q_EMIT openFailed(name, CloudError::config(tr("There is no saved connection called “%1”.").arg(name)));
        return;
    }
    if (saved->fromCloudsYaml()) {
        Result<CloudConfig> r = m_loader.load(saved->cloudName);
        if (!r) {
            Q_EMIT openFailed(name, r.error());
            return;
        }
        withSecret(*saved, r.value());
        return;
    }
    withSecret(*saved, saved->config);
}

void ConnectionManager::openCloud(const QString &cloudName)
{
    Result<CloudConfig> r = m_loader.load(cloudName);
    if (!r) {
        Q_EMIT openFailed(cloudName, r.error());
        return;
    }
    SavedConnection saved;
    saved.name = cloudName.isEmpty() ? ConnectionStore::suggestName(r.value()) : cloudName;
    saved.cloudName = r.value().name;
    if (const auto known = m_store.find(saved.name))
        saved.rememberSecret = known->rememberSecret;
    withSecret(saved, r.value());
}

void ConnectionManager::withSecret(const SavedConnection &saved, CloudConfig config)
{
    if (config.hasSecret()) {
        open(saved, config, false);
        return;
    }
    if (!saved.rememberSecret) {
        Q_EMIT credentialsNeeded(saved, config.authType == CloudConfig::AuthType::Password
                                            ? tr("Enter the password for %1.").arg(config.username)
                                            : tr("Enter the application credential secret."));
        return;
    }
    const QString key = SecretStore::keyFor(config);
    m_secrets->read(key, this, [this, saved, config](const SecretResult &r) mutable {
        if (r.ok() && !r.secret.isEmpty()) {
            if (config.authType == CloudConfig::AuthType::Password)
                config.password = r.secret;
            else
                config.applicationCredentialSecret = r.secret;
            open(saved, config, false);
            return;
        }
        qCInfo(lcConnections) << "no remembered secret for" << saved.name << ':' << r.detail;
        Q_EMIT credentialsNeeded(saved, r.message);
    });
}

void ConnectionManager::open(const SavedConnection &saved, const CloudConfig &given, bool remember, bool demo)
{
    close();
    CloudConfig config = given;
    config.requireTls = config.requireTls || AppSettings::requireTls(m_settings);
    CloudConnection *connection = m_factory(config, this);
    connection->setDemo(demo);
    m_current = connection;
    const QString name = saved.name.isEmpty() ? connection->name() : saved.name;
    connect(connection, &CloudConnection::ready, this, [this, saved, config, remember, name] {
        if (!saved.name.isEmpty()) {
            SavedConnection s = saved;
            s.rememberSecret = saved.rememberSecret || remember;
            if (!s.fromCloudsYaml())
                s.config = config; // the store strips the secret
            m_store.save(s);
            m_store.setLast(s.name);
            Q_EMIT savedConnectionsChanged();
        }
        if (remember && config.hasSecret()) {
            m_pendingKey = SecretStore::keyFor(config);
            m_pendingSecret = config.authType == CloudConfig::AuthType::Password ? config.password
                                                                                 : config.applicationCredentialSecret;
            saveSecret();
        }
        Q_EMIT opened(name);
    });
    connect(connection, &CloudConnection::failed, this, [this, saved, name](const CloudError &error) {
        Q_EMIT openFailed(name, error);
        if (error.kind() == CloudError::Kind::Auth || error.isUnauthorized())
            Q_EMIT credentialsNeeded(saved, error.userMessage());
    });
    Q_EMIT connectionChanged(connection);
    connection->open();
}

void ConnectionManager::close()
{
    if (!m_current)
        return;
    CloudConnection *old = m_current;
    m_current = nullptr;
    old->disconnect(this);
    Q_EMIT connectionChanged(nullptr);
    old->deleteLater();
}

void ConnectionManager::forget(const QString &name)
{
    const std::optional<SavedConnection> saved = m_store.find(name);
    if (!saved)
        return;
    CloudConfig config = saved->config;
    if (saved->fromCloudsYaml()) {
        if (Result<CloudConfig> r = m_loader.load(saved->cloudName))
            config = r.value();
    }
    m_store.remove(name);
    if (saved->rememberSecret) {
        m_secrets->remove(SecretStore::keyFor(config), this, [name](const SecretResult &r) {
            if (!r.ok())
                qCWarning(lcConnections) << "could not delete the secret of" << name << ':' << r.detail;
        });
    }
    Q_EMIT savedConnectionsChanged();
}

void ConnectionManager::retrySaveSecret()
{
    if (!m_pendingKey.isEmpty())
        saveSecret();
}

void ConnectionManager::saveSecret()
{
    m_secrets->write(m_pendingKey, m_pendingSecret, this, [this](const SecretResult &r) {
        if (r.ok()) {
            m_pendingKey.clear();
            m_pendingSecret.clear();
            Q_EMIT secretSaved();
            return;
        }
        Q_EMIT secretSaveFailed(r);
    });
}
