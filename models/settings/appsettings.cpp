#include "models/settings/appsettings.h"

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

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

AppSettings::AppSettings()
    : m_settings()
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
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
    m_settings.setValue(key(KeyDatabase), url);
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
    m_settings.setValue(key(KeyRdp), command);
}
