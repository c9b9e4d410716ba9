#pragma once

#include "cloud/demo/democloud.h"

#include <QHash>
#include <QObject>

#include <memory>

class CloudConnection;
class ConnectionManager;
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

private:
    void startSampleBatch(CloudConnection *connection);

    ConnectionManager *m_connections;
    MainWindow *m_window;
    double m_speed;
    bool m_sampleBatch;
    bool m_sampleStarted = false;
    std::unique_ptr<DemoCloud> m_demo;
};
