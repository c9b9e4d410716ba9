#include "demolauncher.h"

#include "cloud/demo/demotimetable.h"
#include "models/engine/inventory.h"
#include "models/lessons/lessonstore.h"
#include "models/store/database.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "ui/desktopactions.h"
#include "ui/mainwindow.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcDemoLauncher, "phoenix.app.demo")

DemoLauncher::DemoLauncher(ConnectionManager *connections, MainWindow *window, double speed, bool sampleBatch, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_window(window)
    , m_speed(speed)
    , m_sampleBatch(sampleBatch)
{
}

DemoLauncher::~DemoLauncher() = default;

QHash<QString, QString> DemoLauncher::courseNames() const
{
    QHash<QString, QString> names;
    if (m_demo) {
        for (const DemoCourse &c : m_demo->school().courses)
            names.insert(c.code, c.name);
    }
    return names;
}

void DemoLauncher::open()
{
    if (!m_demo) {
        m_demo = std::make_unique<DemoCloud>();
        m_demo->setSpeed(m_speed);
        m_demo->seedSchool();
        if (m_demo->start() == 0) {
            qCWarning(lcDemoLauncher) << "the demo cloud could not listen on 127.0.0.1";
            m_demo.reset();
            return;
        }
    }
    // a demo connection shortens its reachability check itself (CloudConnection::setEngineSettings)
    m_connections->open(SavedConnection{}, m_demo->cloudConfig(), false, /*demo=*/true);
    CloudConnection *connection = m_connections->current();
    if (connection)
        seedTimetable(Inventory::scopeFor(connection->config()));
    if (!m_sampleBatch || !connection)
        return;
    // once signed in and the first listing is in, whichever comes last
    connect(connection, &CloudConnection::ready, this, [this, connection] { startSampleBatch(connection); });
    connect(connection->inventory(), &Inventory::refreshed, this, [this, connection] {
        if (connection->state() == CloudConnection::State::Ready)
            startSampleBatch(connection);
    });
}

void DemoLauncher::startSampleBatch(CloudConnection *connection)
{
    if (!m_demo || connection != m_connections->current() || connection->inventory()->isFromCache() || m_sampleStarted)
        return;
    m_sampleStarted = true;
    const QString course = m_demo->school().courses.first().code;
    QList<Server> suspended;
    for (const Server &s : connection->inventory()->servers()) {
        if (s.meta(PhoenixMeta::Course) == course && s.status == QLatin1String("SUSPENDED"))
            suspended << s;
    }
    // one of them Nova refuses, with a request ID to show
    if (suspended.size() > 2)
        m_demo->addFault(DemoFault::httpError(403, "POST", QStringLiteral("/servers/%1/action$").arg(suspended.at(2).id)));
    m_window->desktopActions()->submit(DesktopCommand::Resume, suspended);
}

// The database is written on a worker thread: the GUI thread never waits for it.
void DemoLauncher::seedTimetable(const QString &scope)
{
    if (!m_database || !m_database->isOpen() || !m_demo)
        return;
    auto *watcher = new QFutureWatcher<CloudError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const CloudError error = watcher->result();
        watcher->deleteLater();
        if (error) {
            qCWarning(lcDemoLauncher).noquote() << "the demo timetable could not be saved:" << error.detail();
            return;
        }
        Q_EMIT timetableSeeded();
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, scope, school = m_demo->school()] {
        LessonStore store(database, scope);
        return DemoTimetable::seed(&store, school);
    }));
}
