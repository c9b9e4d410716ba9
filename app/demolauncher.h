#pragma once

#include "cloud/demo/democloud.h"

#include <QHash>
#include <QObject>

#include <memory>

class CloudConnection;
class ConnectionManager;
class Database;
class MainWindow;

/**
 * The demo cloud of the window: started in this process on 127.0.0.1 when asked for (--demo, the
 * welcome page, Cloud › Open the demo cloud) and opened as the current connection. With a sample
 * batch (--demo-batch, for the tour and the screenshots) it resumes the suspended desktops of the
 * first course once the first listing is in, one of them refused by Nova on purpose.
 */
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    DemoLauncher(ConnectionManager *connections, MainWindow *window, double speed, bool sampleBatch, QObject *parent = nullptr);
    ~DemoLauncher() override;

    void open();
    /** The demo school's course names by code (for the New desktops dialog). */
    [[nodiscard]] QHash<QString, QString> courseNames() const;
    /**
     * The Phoenix database the demo school's timetable goes into (courses, rosters, lessons — the
     * first one minutes away — under the demo connection's scope), so that the window's scheduler
     * is at work in the demo. Seeded on a worker thread when the demo opens; null: not seeded.
     */
    void setDatabase(Database *database) { m_database = database; }

Q_SIGNALS:
    /** The demo's timetable is in the database (the scheduler may tick now). */
    void timetableSeeded();

private:
    void startSampleBatch(CloudConnection *connection);
    void seedTimetable(const QString &scope);

    ConnectionManager *m_connections;
    MainWindow *m_window;
    double m_speed;
    bool m_sampleBatch;
    bool m_sampleStarted = false;
    std::unique_ptr<DemoCloud> m_demo;
    Database *m_database = nullptr;
};
