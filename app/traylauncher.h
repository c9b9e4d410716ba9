#pragma once

// phoenix --tray (and phoenix://open): wires the teacher's tray — the tracker of their own
// desktops, the tray icon or, without a tray, the small window — to the connections and the
// (hidden) main window. Composition only; the behaviour is in MyDesktopTracker and TeacherTray.

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AppSettings;
class CloudConnection;
class Database;
class ConnectionManager;
class MainWindow;
class MyDesktopTracker;
class MyDesktopWindow;
class TeacherLessons;
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
    /** The Phoenix database once open (the lessons store: class line, course protocols). */
    void setDatabase(Database *database);
    /** A message from a second `phoenix` (SingleInstance): a phoenix:// link, or "tray". */
    void handleForwarded(const QString &message);

private:
    void showWindow();
    void onConnectionChanged(CloudConnection *connection);
    void updateLessonsSource();
    void openNamed();

    AppSettings &m_settings;
    ConnectionManager *m_connections;
    MainWindow *m_window;
    HistoryLoader m_history;
    MyDesktopTracker *m_tracker;
    TeacherLessons *m_lessons;
    QPointer<CloudConnection> m_connection;
    QMetaObject::Connection m_stateLink;
    TeacherTray *m_tray = nullptr;
    QPointer<MyDesktopWindow> m_small;
    QHash<QString, QElapsedTimer> m_openClocks;   // server id → since its open was asked for
    QHash<QString, QElapsedTimer> m_launchClocks; // server name → the same clock, once ready
    bool m_pendingOpen = false;
    QString m_openName;
};
