#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class AppSettings;
class CloudConnection;
class ConnectionManager;
class Database;
class MainWindow;
class SchedulerService;

/**
 * Runs the lesson scheduler while the window is open (issue 12): one SchedulerService per signed-in
 * connection, made once the connection is ready and the Phoenix database is open, deleted before
 * the connection (its engine) goes; on when the settings say so (Settings › Run the lesson
 * scheduler). Shows it in the window's status bar.
 */
class WindowScheduler : public QObject
{
    Q_OBJECT

public:
    WindowScheduler(ConnectionManager *connections, Database *database, AppSettings &settings, MainWindow *window,
                    QObject *parent = nullptr);
    ~WindowScheduler() override;

    [[nodiscard]] SchedulerService *service() const { return m_service.get(); }
    /** After Settings: starts or stops the scheduler. */
    void applySettings();
    /** A tick soon (the timetable changed, e.g. the demo's was just seeded). */
    void tickNow();
    /** Tick interval for services made from now on (tests). */
    void setIntervalSeconds(int seconds) { m_intervalSeconds = seconds; }
    /** Lead time of a demo connection's scheduler until it has learned one (0: the default). */
    void setDemoAheadSeconds(int seconds) { m_demoAheadSeconds = seconds; }
    /** False in the teacher's tray process: the scheduler runs in an administrator's window or
     *  from the OS timer, never from a teacher's tray (member credentials, one per classroom PC). */
    void setRunsHere(bool runs)
    {
        m_runsHere = runs;
        applySettings();
    }

Q_SIGNALS:
    void serviceChanged(SchedulerService *service);

private:
    void onConnectionChanged(CloudConnection *connection);
    void onReady(CloudConnection *connection);

    ConnectionManager *m_connections;
    Database *m_database;
    AppSettings &m_settings;
    MainWindow *m_window;
    std::unique_ptr<SchedulerService> m_service;
    QPointer<CloudConnection> m_serviceConnection;
    int m_intervalSeconds = 60;
    int m_demoAheadSeconds = 0;
    bool m_runsHere = true;
};
