#pragma once

#include "models/domain/mydesktop.h"
#include "models/session/connectionplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AppSettings;
class ClientLauncher;
class CloudConnection;

/**
 * The signed-in teacher's own desktops for the tray and its no-tray window (issue 14): which are
 * theirs (phoenix:owner), their state, the running "Open my desktop" task and its progress with
 * the time it usually takes (learned from the journal), and — once a desktop is ready — the
 * launch of the remote-desktop client through the connection layer. No widgets; GUI thread;
 * never blocks (the engine runs the tasks, Neutron is asked asynchronously).
 */
class MyDesktopTracker : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        Server server;
        MyDesktopState state = MyDesktopState::Suspended;
        std::optional<TaskSnapshot> task; // the latest Open / Suspend / Restart of this run
        QString address;                  // where a client would connect now (empty: none yet)
    };

    explicit MyDesktopTracker(AppSettings &settings, QObject *parent = nullptr);
    ~MyDesktopTracker() override;

    /** The current connection (nullptr: offline). Follows its inventory and engine. */
    void setConnection(CloudConnection *connection);
    /** Past tasks of the journal (any kinds): "usually N s" is learned from the OpenDesktop ones. */
    void setHistory(const QList<TaskSnapshot> &history);
    /** The courses' protocols (code → rdp/spice/console) from the lessons store: a desktop of a
     *  course connects with its course's protocol (ConnectionPlan::protocolOf). */
    void setCourseProtocols(const QHash<QString, QString> &protocols);
    /** Tests: start no client after opening. */
    void setLaunchEnabled(bool enabled) { m_launch = enabled; }
    /** The local addresses used for the gateway-or-direct choice (tests set them). */
    void setLocalAddresses(const QList<QHostAddress> &local) { m_local = local; }

    [[nodiscard]] QList<Entry> desktops() const { return m_entries; }
    [[nodiscard]] MyDesktopState state() const;
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] std::optional<int> expectedSeconds() const { return m_expected; }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] ClientLauncher *launcher() const { return m_launcher; }
    [[nodiscard]] CloudConnection *connection() const;
    /** The latest task of this tracker on a desktop (its stage history), if any. */
    [[nodiscard]] std::optional<TaskSnapshot> task(const QString &serverId) const
    {
        return m_tasks.contains(serverId) ? std::optional<TaskSnapshot>(m_tasks.value(serverId)) : std::nullopt;
    }
    /** The latest failure (plain words), for Retry; empty after a success. */
    [[nodiscard]] QString lastFailure() const { return m_lastFailure; }

    /** Open my desktop (serverId empty: the only / first one). Returns the task id, or empty. */
    QString open(const QString &serverId = {});
    QString suspend(const QString &serverId = {});
    QString restart(const QString &serverId = {});
    /** Runs the failed open again (Retry). */
    QString retry();

Q_SIGNALS:
    void changed();
    /** A step of an open: "lab-t1: Getting an address (step 3 of 4, usually 40 s)". */
    void progress(const QString &serverId, const QString &text);
    /** An open is ready; warning: DETECT did not reach it (it may still be starting). */
    void opened(const QString &name, const QString &address, const QString &warning);
    /** An open, suspend or restart failed, in plain words (with the request ID). */
    void failed(const QString &name, const QString &why);
    void launched(const QString &name, const QString &command);
    /** The desktop's protocol is the console: VNC (noVNC) opens in Phoenix's console window, others in the browser. */
    void consoleReady(const QString &serverId, const QString &name, const RemoteConsole &console);

private:
    void rebuild();
    void onTaskChanged(const TaskSnapshot &task);
    void finishOpen(const TaskSnapshot &task);
    void launch(const Server &server, const ConnectionRoute &route);
    [[nodiscard]] const Entry *entry(const QString &serverId) const;
    [[nodiscard]] RemoteProtocol protocolOf(const Server &server) const;
    [[nodiscard]] ConnectionRoute routeOf(const Server &server, const QString &floating = {}) const;
    QString submit(TaskKind kind, const QString &serverId);

    AppSettings &m_settings;
    QPointer<CloudConnection> m_connection;
    QList<Entry> m_entries;
    QHash<QString, TaskSnapshot> m_tasks; // server id → latest task of this tracker
    QHash<QString, QString> m_ownTasks;   // task id → server id
    QString m_lastFailedServer;
    QString m_lastFailure;
    QList<TaskSnapshot> m_history;
    std::optional<int> m_expected;
    QList<QHostAddress> m_local;
    QHash<QString, QString> m_courseProtocols;
    bool m_launch = true;
    ClientLauncher *m_launcher = nullptr;
    QList<QMetaObject::Connection> m_links;
};
