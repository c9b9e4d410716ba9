#include "models/settings/appsettings.h"

#include "models/settings/privatefiles.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSettings, "phoenix.models.settings")

namespace
{
constexpr auto KeyLanguage = "ui/language";
constexpr auto KeyLastConnection = "connection/last";
constexpr auto KeyFastPoll = "poll/fastSeconds";
constexpr auto KeySlowPoll = "poll/slowSeconds";
constexpr auto KeyConcurrency = "tasks/concurrency";
constexpr auto KeyDetectPort = "detect/port";
constexpr auto KeyDetectTimeout = "detect/timeoutSeconds";
constexpr auto KeyDetectFatal = "detect/failureIsFatal";
constexpr auto KeyDatabase = "database/url";
constexpr auto KeyRdp = "remoteDesktop/command";
constexpr auto KeyRequireTls = "security/requireTls";
constexpr auto KeyProtocol = "remoteDesktop/protocol";
constexpr auto KeyIntranet = "remoteDesktop/intranetSegments";
constexpr auto KeyGateways = "remoteDesktop/gateways";
constexpr auto KeyScheduler = "scheduler/enabled";

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

AppSettings::AppSettings()
    : m_settings()
{
    makePrivate(/*ownFolder=*/true);
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
    makePrivate(/*ownFolder=*/false);
}

void AppSettings::makePrivate(bool ownFolder)
{
    // 0600 in a 0700 folder before QSettings first writes: QSaveFile keeps an existing file's mode.
    const QString file = m_settings.fileName();
    if (file.isEmpty())
        return;
    QString error;
    if (!PrivateFiles::makeFolder(QFileInfo(file).absolutePath(), ownFolder, &error)
        || !PrivateFiles::makeFile(file, &error))
        qCWarning(lcSettings) << "could not prepare the settings file" << file << error;
}

QString AppSettings::withoutPassword(const QString &url)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url.trimmed();
    parsed.setPassword(QString());
    return parsed.toString();
}

QString AppSettings::language() const
{
    return m_settings.value(key(KeyLanguage)).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(key(KeyLanguage), language);
}

QString AppSettings::lastConnection() const
{
    return m_settings.value(key(KeyLastConnection)).toString();
}

void AppSettings::setLastConnection(const QString &name)
{
    m_settings.setValue(key(KeyLastConnection), name);
}

int AppSettings::fastPollSeconds() const
{
    return qBound(2, m_settings.value(key(KeyFastPoll), 5).toInt(), 600);
}

void AppSettings::setFastPollSeconds(int seconds)
{
    m_settings.setValue(key(KeyFastPoll), seconds);
}

int AppSettings::slowPollSeconds() const
{
    return qBound(10, m_settings.value(key(KeySlowPoll), 60).toInt(), 3600);
}

void AppSettings::setSlowPollSeconds(int seconds)
{
    m_settings.setValue(key(KeySlowPoll), seconds);
}

int AppSettings::taskConcurrency() const
{
    return qBound(1, m_settings.value(key(KeyConcurrency), 8).toInt(), 64);
}

void AppSettings::setTaskConcurrency(int n)
{
    m_settings.setValue(key(KeyConcurrency), n);
}

int AppSettings::detectPort() const
{
    return m_settings.value(key(KeyDetectPort), 3389).toInt();
}

void AppSettings::setDetectPort(int port)
{
    m_settings.setValue(key(KeyDetectPort), port);
}

int AppSettings::detectTimeoutSeconds() const
{
    return m_settings.value(key(KeyDetectTimeout), 300).toInt();
}

void AppSettings::setDetectTimeoutSeconds(int seconds)
{
    m_settings.setValue(key(KeyDetectTimeout), seconds);
}

bool AppSettings::detectFailureIsFatal() const
{
    return m_settings.value(key(KeyDetectFatal), false).toBool();
}

void AppSettings::setDetectFailureIsFatal(bool fatal)
{
    m_settings.setValue(key(KeyDetectFatal), fatal);
}

QString AppSettings::databaseUrl() const
{
    return m_settings.value(key(KeyDatabase)).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    // Never a secret in the settings file: a password typed into the URL belongs in the keyring
    // (DatabaseSecret moves it there before calling this).
    const QString stored = withoutPassword(url);
    if (stored != url.trimmed())
        qCWarning(lcSettings) << "the database URL carried a password; it was not written to the settings";
    m_settings.setValue(key(KeyDatabase), stored);
}

QString AppSettings::remoteDesktopCommand() const
{
#ifdef Q_OS_WIN
    const QString fallback = QStringLiteral("mstsc /v:%h:%p");
#else
    const QString fallback = QStringLiteral("xfreerdp /v:%h:%p /dynamic-resolution");
#endif
    return m_settings.value(key(KeyRdp), fallback).toString();
}

void AppSettings::setRemoteDesktopCommand(const QString &command)
{
    if (command.trimmed().isEmpty())
        m_settings.remove(key(KeyRdp)); // automatic (issue 14); the window's Connect uses the default
    else
        m_settings.setValue(key(KeyRdp), command);
}

QString AppSettings::remoteDesktopTemplate() const
{
    return m_settings.value(key(KeyRdp)).toString();
}

QString AppSettings::defaultProtocol() const
{
    return m_settings.value(key(KeyProtocol), QStringLiteral("rdp")).toString();
}

void AppSettings::setDefaultProtocol(const QString &protocol)
{
    m_settings.setValue(key(KeyProtocol), protocol);
}

QStringList AppSettings::intranetSegments() const
{
    return m_settings.value(key(KeyIntranet)).toStringList();
}

void AppSettings::setIntranetSegments(const QStringList &cidrs)
{
    m_settings.setValue(key(KeyIntranet), cidrs);
}

QStringList AppSettings::desktopGateways() const
{
    return m_settings.value(key(KeyGateways)).toStringList();
}

void AppSettings::setDesktopGateways(const QStringList &gateways)
{
    m_settings.setValue(key(KeyGateways), gateways);
}

bool AppSettings::schedulerEnabled() const
{
    return m_settings.value(key(KeyScheduler), true).toBool();
}

void AppSettings::setSchedulerEnabled(bool enabled)
{
    m_settings.setValue(key(KeyScheduler), enabled);
}

bool AppSettings::requireTls(const QSettings &settings)
{
    return settings.value(key(KeyRequireTls), false).toBool();
}

bool AppSettings::requireTls() const
{
    return requireTls(m_settings);
}

void AppSettings::setRequireTls(bool require)
{
    m_settings.setValue(key(KeyRequireTls), require);
}
