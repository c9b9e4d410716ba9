#include "models/session/connectionstore.h"

#include <QUrl>

namespace
{
const QString Group = QStringLiteral("connections");
const QString LastKey = QStringLiteral("connection/last"); // shared with AppSettings::lastConnection

QString k(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

ConnectionStore::ConnectionStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<SavedConnection> ConnectionStore::all() const
{
    QList<SavedConnection> list;
    const int n = m_settings.beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        SavedConnection c;
        c.name = m_settings.value(k("name")).toString();
        c.cloudName = m_settings.value(k("cloud")).toString();
        c.rememberSecret = m_settings.value(k("rememberSecret"), false).toBool();
        CloudConfig &cfg = c.config;
        cfg.name = c.cloudName.isEmpty() ? c.name : c.cloudName;
        cfg.authType = m_settings.value(k("authType")).toString() == QLatin1String("v3applicationcredential")
            ? CloudConfig::AuthType::ApplicationCredential
            : CloudConfig::AuthType::Password;
        cfg.authUrl = m_settings.value(k("authUrl")).toString();
        cfg.username = m_settings.value(k("username")).toString();
        cfg.userDomainName = m_settings.value(k("userDomain")).toString();
        cfg.projectName = m_settings.value(k("project")).toString();
        cfg.projectDomainName = m_settings.value(k("projectDomain")).toString();
        cfg.applicationCredentialId = m_settings.value(k("appCredId")).toString();
        cfg.applicationCredentialName = m_settings.value(k("appCredName")).toString();
        cfg.regionName = m_settings.value(k("region")).toString();
        cfg.interface = m_settings.value(k("interface"), QStringLiteral("public")).toString();
        cfg.caCertFile = m_settings.value(k("caCert")).toString();
        if (!c.name.isEmpty())
            list << c;
    }
    m_settings.endArray();
    return list;
}

std::optional<SavedConnection> ConnectionStore::find(const QString &name) const
{
    for (const SavedConnection &c : all()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

void ConnectionStore::save(const SavedConnection &connection)
{
    QList<SavedConnection> list = all();
    bool replaced = false;
    for (SavedConnection &c : list) {
        if (c.name == connection.name) {
            c = connection;
            replaced = true;
        }
    }
    if (!replaced)
        list << connection;

    m_settings.remove(Group);
    m_settings.beginWriteArray(Group, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const SavedConnection &c = list.at(i);
        const CloudConfig &cfg = c.config;
        m_settings.setArrayIndex(i);
        m_settings.setValue(k("name"), c.name);
        m_settings.setValue(k("cloud"), c.cloudName);
        m_settings.setValue(k("rememberSecret"), c.rememberSecret);
        if (c.fromCloudsYaml())
            continue; // clouds.yaml stays the source of truth for its entries
        m_settings.setValue(k("authType"), cfg.authType == CloudConfig::AuthType::ApplicationCredential
                                                ? QStringLiteral("v3applicationcredential")
                                                : QStringLiteral("password"));
        m_settings.setValue(k("authUrl"), cfg.authUrl);
        m_settings.setValue(k("username"), cfg.username);
        m_settings.setValue(k("userDomain"), cfg.userDomainName);
        m_settings.setValue(k("project"), cfg.projectName);
        m_settings.setValue(k("projectDomain"), cfg.projectDomainName);
        m_settings.setValue(k("appCredId"), cfg.applicationCredentialId);
        m_settings.setValue(k("appCredName"), cfg.applicationCredentialName);
        m_settings.setValue(k("region"), cfg.regionName);
        m_settings.setValue(k("interface"), cfg.interface);
        m_settings.setValue(k("caCert"), cfg.caCertFile);
        // Deliberately absent: password, applicationCredentialSecret.
    }
    m_settings.endArray();
    m_settings.sync();
}

void ConnectionStore::remove(const QString &name)
{
    QList<SavedConnection> list = all();
    list.removeIf([&name](const SavedConnection &c) { return c.name == name; });
    m_settings.remove(Group);
    m_settings.sync();
    for (const SavedConnection &c : std::as_const(list))
        save(c);
    if (last() == name)
        setLast(QString());
}

QString ConnectionStore::last() const
{
    return m_settings.value(LastKey).toString();
}

void ConnectionStore::setLast(const QString &name)
{
    m_settings.setValue(LastKey, name);
    m_settings.sync();
}

QString ConnectionStore::suggestName(const CloudConfig &config)
{
    if (!config.name.isEmpty() && config.name != QLatin1String("envvars"))
        return config.name;
    const QString host = QUrl(config.authUrl).host();
    const QString who = config.authType == CloudConfig::AuthType::ApplicationCredential
        ? (config.applicationCredentialName.isEmpty() ? config.applicationCredentialId : config.applicationCredentialName)
        : config.username;
    const QString project = config.projectName;
    if (project.isEmpty())
        return QStringLiteral("%1 (%2)").arg(who, host);
    return QStringLiteral("%1@%2 (%3)").arg(who, project, host);
}
