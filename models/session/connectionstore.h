#pragma once

#include "cloud/cloudconfig.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

/** A connection the user has used: a clouds.yaml entry, or settings typed into the dialog. */
struct SavedConnection
{
    QString name;       // shown in the menu, unique
    QString cloudName;  // clouds.yaml entry; empty for a manual connection
    CloudConfig config; // manual connections: everything but the secret
    bool rememberSecret = false; // the secret is in the keychain under SecretStore::keyFor(config)

    [[nodiscard]] bool fromCloudsYaml() const { return !cloudName.isEmpty(); }
};

/**
 * The saved connections, in the settings file and WITHOUT secrets (passwords and
 * application-credential secrets go to SecretStore; save() strips them). Remembers the last
 * connection so that it reopens at start-up.
 */
class ConnectionStore
{
public:
    explicit ConnectionStore(QSettings &settings);

    [[nodiscard]] QList<SavedConnection> all() const;
    [[nodiscard]] std::optional<SavedConnection> find(const QString &name) const;
    void save(const SavedConnection &connection); // replaces one of the same name
    void remove(const QString &name);

    [[nodiscard]] QString last() const;
    void setLast(const QString &name);

    /** A readable default name: the clouds.yaml entry, or "user@project (host)". */
    static QString suggestName(const CloudConfig &config);

private:
    QSettings &m_settings;
};
