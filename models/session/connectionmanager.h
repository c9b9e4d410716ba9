#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/clouderror.h"
#include "models/session/connectionstore.h"
#include "models/session/secretstore.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CloudConnection;

/**
 * Opens clouds: from a saved connection, a clouds.yaml entry (like `openstack --os-cloud`), what
 * the connect dialog collected, or the demo cloud. Reads a remembered secret from the keychain
 * first, and stores one after a successful sign-in when asked to. Keeps exactly one current
 * CloudConnection; a new one replaces the old (connectionChanged). Never blocks: keychain and
 * Keystone answers arrive as signals, and a missing or locked keyring ends in credentialsNeeded()
 * or secretSaveFailed() with a plain explanation, never in a hang.
 */
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<CloudConnection *(const CloudConfig &config, QObject *parent)>;

    ConnectionManager(QSettings &settings, SecretStore *secrets, Factory factory, QObject *parent = nullptr);
    ~ConnectionManager() override;

    [[nodiscard]] ConnectionStore &store() { return m_store; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }
    [[nodiscard]] CloudConnection *current() const;
    void setLoader(const CloudConfigLoader &loader) { m_loader = loader; }
    [[nodiscard]] const CloudConfigLoader &loader() const { return m_loader; }

    /** A saved connection by name (the last one at start-up). */
    void openSaved(const QString &name);
    /** A clouds.yaml entry, as `--os-cloud NAME` / OS_CLOUD. */
    void openCloud(const QString &cloudName);
    /**
     * Opens with the given configuration (secret included). saved.name empty = not remembered
     * (demo, one-off); remember = put the secret in the keychain once the sign-in worked.
     */
    void open(const SavedConnection &saved, const CloudConfig &config, bool remember, bool demo = false);
    /** Closes the current connection (the window shows the welcome page). */
    void close();
    /** Forgets a saved connection and deletes its secret from the keychain. */
    void forget(const QString &name);
    /** Tries again to store the secret that could not be stored (after secretSaveFailed). */
    void retrySaveSecret();

Q_SIGNALS:
    void connectionChanged(CloudConnection *connection); // the new current connection, or nullptr
    void opened(const QString &name);
    void openFailed(const QString &name, const CloudError &error);
    /** The secret is missing or unreadable: ask the user (the dialog prefilled with saved). */
    void credentialsNeeded(const SavedConnection &saved, const QString &why);
    void secretSaveFailed(const SecretResult &result);
    void secretSaved();
    void savedConnectionsChanged();

private:
    void withSecret(const SavedConnection &saved, CloudConfig config);
    void saveSecret();

    QSettings &m_settings;
    ConnectionStore m_store;
    SecretStore *m_secrets;
    Factory m_factory;
    CloudConfigLoader m_loader;
    QPointer<CloudConnection> m_current;
    // the secret waiting to go into the keychain (after a successful sign-in)
    QString m_pendingKey;
    QString m_pendingSecret;
};
