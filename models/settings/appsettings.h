#pragma once

#include <QSettings>
#include <QString>

// Phoenix's user settings, one place for every key and its default. Never holds a secret:
// passwords live in the OS keychain (SecretStore), tokens only in memory. The file is created
// 0600 in a 0700 folder (PrivateFiles).
class AppSettings
{
public:
    AppSettings();                               // the user's settings (QSettings native format)
    explicit AppSettings(const QString &iniFile); // tests and portable use

    // "" = follow the system locale; otherwise "zh_CN" or "en"
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    [[nodiscard]] QString lastConnection() const;
    void setLastConnection(const QString &name);

    // Seconds between inventory polls while something is in transition, and otherwise.
    [[nodiscard]] int fastPollSeconds() const;
    void setFastPollSeconds(int seconds);
    [[nodiscard]] int slowPollSeconds() const;
    void setSlowPollSeconds(int seconds);

    [[nodiscard]] int taskConcurrency() const;
    void setTaskConcurrency(int n);

    // Reachability probe (DETECT stage)
    [[nodiscard]] int detectPort() const;
    void setDetectPort(int port);
    [[nodiscard]] int detectTimeoutSeconds() const;
    void setDetectTimeoutSeconds(int seconds);
    [[nodiscard]] bool detectFailureIsFatal() const; // false: warn and continue
    void setDetectFailureIsFatal(bool fatal);

    // "" = the SQLite file in the data directory; otherwise a postgresql:// URL. Never holds a
    // password: setDatabaseUrl() drops one (the keyring keeps it, see DatabaseSecret). A URL saved
    // by an older Phoenix may still carry one until DatabaseSecret::moveToKeyring() ran.
    [[nodiscard]] QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    // The URL with any password removed (user name, host, options kept).
    [[nodiscard]] static QString withoutPassword(const QString &url);

    // Command line of the remote-desktop client; %h host, %p port
    [[nodiscard]] QString remoteDesktopCommand() const;
    void setRemoteDesktopCommand(const QString &command);

    // The remote-desktop command as the user set it; "" = choose the installed client (issue 14).
    // Placeholders: %f the connection file, %h host, %p port, %u user name.
    [[nodiscard]] QString remoteDesktopTemplate() const;
    // The protocol of desktops without `phoenix:protocol`: "rdp", "spice" or "console".
    [[nodiscard]] QString defaultProtocol() const;
    void setDefaultProtocol(const QString &protocol);
    // Intranet segments (CIDR): from an address inside one, desktops are reached directly.
    [[nodiscard]] QStringList intranetSegments() const;
    void setIntranetSegments(const QStringList &cidrs);
    // Desktop gateways, "external:port=internal-or-CIDR:port" (DesktopGateway::parse).
    [[nodiscard]] QStringList desktopGateways() const;
    void setDesktopGateways(const QStringList &gateways);

    // Refuse clouds reached over plain http:// (the password and token would travel in clear).
    /** The window runs the lesson scheduler while it is open (default on). */
    [[nodiscard]] bool schedulerEnabled() const;
    void setSchedulerEnabled(bool enabled);

    [[nodiscard]] bool requireTls() const;
    void setRequireTls(bool require);
    static bool requireTls(const QSettings &settings); // the same, from the settings ConnectionManager holds

    QSettings &raw() { return m_settings; }

private:
    void makePrivate(bool ownFolder);

    QSettings m_settings;
};
