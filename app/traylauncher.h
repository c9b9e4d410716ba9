#pragma once

// phoenix --tray (and phoenix://open): wires the teacher's tray — the tracker of their own
// desktops, the tray icon or, without a tray, the small window — to the connections and the
// (hidden) main window. Composition only; the behaviour is in MyDesktopTracker and TeacherTray.

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AppSettings;
class CloudConnection;
class ConnectionManager;
class MainWindow;
class MyDesktopTracker;
class MyDesktopWindow;
class TeacherTray;
struct TaskSnapshot;

class TrayLauncher : public QObject
{
    Q_OBJECT

public:
    using HistoryLoader = std::function<QList<TaskSnapshot>(const QString &scope)>; // runs on a worker

    TrayLauncher(AppSettings &settings, ConnectionManager *connections, MainWindow *window, HistoryLoader history,
                 QObject *parent = nullptr);
    ~TrayLauncher() override;

    /** Shows the tray icon (or the no-tray window); openDesktop: a phoenix:// link's desktop
     *  ("" = the only one) to open once signed in; null = none. */
    void start(const QString *openDesktop);
    /** Screenshots (phoenix --tray --open menu): pops the tray menu up under its icon after ms. */
    void popUpMenuAfter(int ms);

private:
    void showWindow();
    void onConnectionChanged(CloudConnection *connection);

    AppSettings &m_settings;
    ConnectionManager *m_connections;
    MainWindow *m_window;
    HistoryLoader m_history;
    MyDesktopTracker *m_tracker;
    TeacherTray *m_tray = nullptr;
    QPointer<MyDesktopWindow> m_small;
    bool m_pendingOpen = false;
    QString m_openName;
};
