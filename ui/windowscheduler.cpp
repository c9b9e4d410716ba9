#include "ui/windowscheduler.h"

#include "models/engine/inventory.h"
#include "models/lessons/schedulerservice.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/settings/appsettings.h"
#include "models/store/database.h"
#include "ui/mainwindow.h"

WindowScheduler::WindowScheduler(ConnectionManager *connections, Database *database, AppSettings &settings, MainWindow *window,
                                 QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_database(database)
    , m_settings(settings)
    , m_window(window)
{
    // connectionChanged comes before the old connection is deleted (deleteLater): the service,
    // which uses its engine from the scheduler's thread, goes first.
    connect(connections, &ConnectionManager::connectionChanged, this, &WindowScheduler::onConnectionChanged);
    if (connections->current())
        onConnectionChanged(connections->current());
}

WindowScheduler::~WindowScheduler()
{
    if (m_window)
        m_window->setScheduler(nullptr);
}

void WindowScheduler::onConnectionChanged(CloudConnection *connection)
{
    m_window->setScheduler(nullptr);
    if (m_service) {
        m_service.reset();
        Q_EMIT serviceChanged(nullptr);
    }
    m_serviceConnection = nullptr;
    if (!connection)
        return;
    connect(connection, &CloudConnection::ready, this, [this, connection] { onReady(connection); });
    if (connection->state() == CloudConnection::State::Ready)
        onReady(connection);
}

void WindowScheduler::onReady(CloudConnection *connection)
{
    if (connection != m_connections->current() || m_serviceConnection == connection)
        return;
    if (!m_database || !m_database->isOpen())
        return; // the timetable lives in the database: no database, no scheduler
    SchedulerService::Options options;
    options.intervalSeconds = m_intervalSeconds;
    if (connection->isDemo() && m_demoAheadSeconds > 0)
        options.aheadSeconds = m_demoAheadSeconds;
    m_service = std::make_unique<SchedulerService>(connection->session(), connection->engine(), connection->inventory(),
                                                   connection->journal(), m_database,
                                                   Inventory::scopeFor(connection->config()), options);
    m_serviceConnection = connection;
    m_window->setScheduler(m_service.get());
    Q_EMIT serviceChanged(m_service.get());
    applySettings();
}

void WindowScheduler::applySettings()
{
    if (!m_service)
        return;
    if (m_settings.schedulerEnabled() && m_runsHere)
        m_service->start();
    else
        m_service->stop();
}

void WindowScheduler::tickNow()
{
    if (m_service)
        m_service->tickNow();
}
