#include "cloud/cloudconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>

#include <yaml-cpp/yaml.h>

Q_LOGGING_CATEGORY(lcConfig, "phoenix.cloud.config")

namespace
{
QString str(const YAML::Node &node, const char *key)
{
    if (!node || !node.IsMap())
        return {};
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.as<std::string>());
}

// Reads one cloud's mapping into config; values already set are kept unless the node has them.
void apply(const YAML::Node &cloud, CloudConfig &c)
{
    auto set = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    const YAML::Node auth = cloud["auth"];
    set(c.authUrl, str(auth, "auth_url"));
    set(c.username, str(auth, "username"));
    set(c.userId, str(auth, "user_id"));
    set(c.password, str(auth, "password"));
    set(c.userDomainName, str(auth, "user_domain_name"));
    set(c.userDomainId, str(auth, "user_domain_id"));
    set(c.projectName, str(auth, "project_name"));
    set(c.projectName, str(auth, "tenant_name"));
    set(c.projectId, str(auth, "project_id"));
    set(c.projectDomainName, str(auth, "project_domain_name"));
    set(c.projectDomainId, str(auth, "project_domain_id"));
    set(c.applicationCredentialId, str(auth, "application_credential_id"));
    set(c.applicationCredentialName, str(auth, "application_credential_name"));
    set(c.applicationCredentialSecret, str(auth, "application_credential_secret"));
    // domain_name / domain_id apply to both user and project when those are absent
    const QString domainName = str(auth, "domain_name");
    const QString domainId = str(auth, "domain_id");
    if (!domainName.isEmpty()) {
        if (c.userDomainName.isEmpty())
            c.userDomainName = domainName;
        if (c.projectDomainName.isEmpty())
            c.projectDomainName = domainName;
    }
    if (!domainId.isEmpty()) {
        if (c.userDomainId.isEmpty())
            c.userDomainId = domainId;
        if (c.projectDomainId.isEmpty())
            c.projectDomainId = domainId;
    }
    set(c.regionName, str(cloud, "region_name"));
    if (cloud["regions"] && cloud["regions"].IsSequence() && cloud["regions"].size() > 0 && c.regionName.isEmpty()) {
        const YAML::Node first = cloud["regions"][0];
        c.regionName = first.IsScalar() ? QString::fromStdString(first.as<std::string>()) : str(first, "name");
    }
    set(c.interface, str(cloud, "interface"));
    set(c.interface, str(cloud, "endpoint_type"));
    set(c.caCertFile, str(cloud, "cacert"));
    const QString verify = str(cloud, "verify").toLower();
    if (verify == QLatin1String("false") || verify == QLatin1String("no"))
        c.verifyRequested = false;
    const QString authType = str(cloud, "auth_type");
    if (authType == QLatin1String("v3applicationcredential") || !c.applicationCredentialSecret.isEmpty())
        c.authType = CloudConfig::AuthType::ApplicationCredential;
    const QString compute = str(cloud, "compute_api_version");
    if (compute.contains(QLatin1Char('.')))
        c.computeApiVersionOverride = compute.section(QLatin1Char('.'), 1).toInt();
}

YAML::Node loadYaml(const QByteArray &bytes, QString *error)
{
    try {
        return YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QString::fromStdString(e.what());
        return {};
    }
}
} // namespace

QString CloudConfig::identity() const
{
    const QString who = authType == AuthType::ApplicationCredential
        ? (applicationCredentialId.isEmpty() ? applicationCredentialName : applicationCredentialId)
        : (username.isEmpty() ? userId : username);
    const QString project = projectName.isEmpty() ? projectId : projectName;
    return QStringLiteral("%1@%2/%3").arg(who, authUrl, project);
}

bool CloudConfig::isPlainHttp(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    // This computer only (the demo cloud, a local test bed): nothing crosses the network.
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 && !QHostAddress(host).isLoopback();
}

QString CloudConfig::validate() const
{
    QStringList missing;
    if (authUrl.isEmpty())
        missing << QStringLiteral("auth_url");
    if (authType == AuthType::Password) {
        if (username.isEmpty() && userId.isEmpty())
            missing << QStringLiteral("username");
        if (projectName.isEmpty() && projectId.isEmpty())
            missing << QStringLiteral("project_name");
    } else if (applicationCredentialId.isEmpty() && applicationCredentialName.isEmpty()) {
        missing << QStringLiteral("application_credential_id");
    }
    if (!missing.isEmpty())
        return CloudConfigLoader::tr("The cloud \"%1\" is missing %2.").arg(name, missing.join(QStringLiteral(", ")));
    if (!verifyRequested)
        return CloudConfigLoader::tr("The cloud \"%1\" turns TLS verification off (verify: false). Phoenix always "
                                     "verifies certificates: give the CA with \"cacert\" instead.")
            .arg(name);
    if (requireTls && isPlainHttp(QUrl(authUrl)))
        return CloudConfigLoader::tr("The cloud \"%1\" signs in over plain http:// (%2), and TLS is required: the "
                                     "password would cross the network unencrypted. Use its https:// address.")
            .arg(name, authUrl);
    if (!caCertFile.isEmpty() && !QFileInfo::exists(caCertFile))
        return CloudConfigLoader::tr("The CA certificate \"%1\" of cloud \"%2\" does not exist.").arg(caCertFile, name);
    return {};
}

CloudConfigLoader::CloudConfigLoader(QProcessEnvironment env)
    : m_env(std::move(env))
{
    m_dirs << QDir::currentPath()
           << QDir::homePath() + QStringLiteral("/.config/openstack")
           << QStringLiteral("/etc/openstack");
    if (m_env.contains(QStringLiteral("XDG_CONFIG_HOME")))
        m_dirs.insert(1, m_env.value(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/openstack"));
}

QStringList CloudConfigLoader::searchPath() const
{
    QStringList files;
    const QString explicitFile = m_env.value(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    if (!explicitFile.isEmpty())
        files << explicitFile;
    for (const QString &d : m_dirs)
        files << d + QStringLiteral("/clouds.yaml");
    return files;
}

QString CloudConfigLoader::cloudsFile() const
{
    for (const QString &f : searchPath()) {
        if (QFileInfo(f).isFile())
            return f;
    }
    return {};
}

QStringList CloudConfigLoader::cloudNames() const
{
    const QString file = cloudsFile();
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseCloudNames(f.readAll());
}

QStringList CloudConfigLoader::parseCloudNames(const QByteArray &cloudsYaml)
{
    QString error;
    const YAML::Node root = loadYaml(cloudsYaml, &error);
    QStringList names;
    if (!root || !root.IsMap() || !root["clouds"] || !root["clouds"].IsMap())
        return names;
    for (const auto &it : root["clouds"]) {
        // A complex key ("? [a]") names no cloud, and as<std::string>() would throw on it.
        if (it.first.IsScalar())
            names << QString::fromStdString(it.first.as<std::string>());
    }
    names.sort();
    return names;
}

Result<CloudConfig> CloudConfigLoader::parseClouds(const QByteArray &cloudsYaml, const QByteArray &secureYaml,
                                                   const QString &name)
{
    QString error;
    const YAML::Node root = loadYaml(cloudsYaml, &error);
    if (!error.isEmpty())
        return CloudError::config(tr("clouds.yaml is not valid YAML: %1").arg(error));
    if (!root || !root.IsMap() || !root["clouds"] || !root["clouds"].IsMap())
        return CloudError::config(tr("clouds.yaml has no \"clouds\" section."));
    const YAML::Node cloud = root["clouds"][name.toStdString()];
    if (!cloud || !cloud.IsMap())
        return CloudError::config(tr("There is no cloud named \"%1\" in clouds.yaml.").arg(name));

    CloudConfig c;
    c.name = name;
    apply(cloud, c);
    if (!secureYaml.isEmpty()) {
        const YAML::Node secure = loadYaml(secureYaml, &error);
        if (!error.isEmpty())
            return CloudError::config(tr("secure.yaml is not valid YAML: %1").arg(error));
        if (secure && secure.IsMap() && secure["clouds"] && secure["clouds"].IsMap()) {
            const YAML::Node s = secure["clouds"][name.toStdString()];
            if (s && s.IsMap())
                apply(s, c);
        }
    }
    return c;
}

Result<CloudConfig> CloudConfigLoader::fromEnvironment() const
{
    auto env = [this](const char *key) { return m_env.value(QString::fromLatin1(key)); };
    CloudConfig c;
    c.name = QStringLiteral("envvars");
    c.authUrl = env("OS_AUTH_URL");
    c.username = env("OS_USERNAME");
    c.userId = env("OS_USER_ID");
    c.password = env("OS_PASSWORD");
    c.userDomainName = env("OS_USER_DOMAIN_NAME");
    c.userDomainId = env("OS_USER_DOMAIN_ID");
    c.projectName = env("OS_PROJECT_NAME").isEmpty() ? env("OS_TENANT_NAME") : env("OS_PROJECT_NAME");
    c.projectId = env("OS_PROJECT_ID");
    c.projectDomainName = env("OS_PROJECT_DOMAIN_NAME");
    c.projectDomainId = env("OS_PROJECT_DOMAIN_ID");
    c.regionName = env("OS_REGION_NAME");
    if (!env("OS_INTERFACE").isEmpty())
        c.interface = env("OS_INTERFACE");
    c.caCertFile = env("OS_CACERT");
    c.applicationCredentialId = env("OS_APPLICATION_CREDENTIAL_ID");
    c.applicationCredentialName = env("OS_APPLICATION_CREDENTIAL_NAME");
    c.applicationCredentialSecret = env("OS_APPLICATION_CREDENTIAL_SECRET");
    if (env("OS_AUTH_TYPE") == QLatin1String("v3applicationcredential") || !c.applicationCredentialSecret.isEmpty())
        c.authType = CloudConfig::AuthType::ApplicationCredential;
    const QString domainName = env("OS_DOMAIN_NAME");
    if (!domainName.isEmpty()) {
        if (c.userDomainName.isEmpty())
            c.userDomainName = domainName;
        if (c.projectDomainName.isEmpty())
            c.projectDomainName = domainName;
    }
    if (c.authUrl.isEmpty())
        return CloudError::config(tr("No cloud is configured: set OS_CLOUD or choose a cloud from clouds.yaml, "
                                     "or set OS_AUTH_URL and the other OS_* variables."));
    return c;
}

Result<CloudConfig> CloudConfigLoader::load(const QString &name) const
{
    const QString cloud = name.isEmpty() ? m_env.value(QStringLiteral("OS_CLOUD")) : name;
    if (cloud.isEmpty())
        return fromEnvironment();

    const QString file = cloudsFile();
    if (file.isEmpty())
        return CloudError::config(tr("The cloud \"%1\" was asked for, but no clouds.yaml was found (looked in %2).")
                                      .arg(cloud, searchPath().join(QStringLiteral(", "))));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return CloudError::config(tr("Cannot read %1: %2").arg(file, f.errorString()));
    QByteArray secure;
    QFile sf(QFileInfo(file).absolutePath() + QStringLiteral("/secure.yaml"));
    if (sf.open(QIODevice::ReadOnly))
        secure = sf.readAll();
    const QByteArray yaml = f.readAll();
    const QStringList names = parseCloudNames(yaml);
    if (!names.isEmpty() && !names.contains(cloud)) // say where we looked and what is there
        return CloudError::config(tr("There is no cloud named \"%1\" in %2 (the first clouds.yaml found; looked in %3). "
                                     "Clouds there: %4.")
                                      .arg(cloud, file, searchPath().join(QStringLiteral(", ")),
                                           names.join(QStringLiteral(", "))));
    Result<CloudConfig> r = parseClouds(yaml, secure, cloud);
    if (!r)
        return r;
    CloudConfig c = r.take();
    if (!m_env.value(QStringLiteral("OS_PASSWORD")).isEmpty() && c.password.isEmpty())
        c.password = m_env.value(QStringLiteral("OS_PASSWORD"));
    if (!c.caCertFile.isEmpty() && QFileInfo(c.caCertFile).isRelative())
        c.caCertFile = QFileInfo(file).absoluteDir().filePath(c.caCertFile);
    qCDebug(lcConfig) << "cloud" << cloud << "from" << file;
    return c;
}
