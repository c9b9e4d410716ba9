#include "models/session/mydesktoptracker.h"

#include "cloud/networkapi.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "models/session/clientlauncher.h"
#include "models/session/cloudconnection.h"
#include "models/session/desktopconsole.h"
#include "models/settings/appsettings.h"

#include <QSet>
#include <QStandardPaths>

MyDesktopTracker::MyDesktopTracker(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_local(ConnectionPlan::localAddresses())
    , m_launcher(new ClientLauncher(30000, this))
{
}

MyDesktopTracker::~MyDesktopTracker() = default;

void MyDesktopTracker::setConnection(CloudConnection *connection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_links))
        disconnect(c);
    m_links.clear();
    m_connection = connection;
    m_tasks.clear();
    m_ownTasks.clear();
    if (connection) {
        m_links << connect(connection->inventory(), &Inventory::serversChanged, this, [this] { rebuild(); });
        m_links << connect(connection->inventory(), &Inventory::onlineChanged, this, [this] { rebuild(); });
        m_links << connect(connection, &CloudConnection::stateChanged, this, [this] { rebuild(); });
        m_links << connect(connection->engine(), &TaskEngine::taskChanged, this, &MyDesktopTracker::onTaskChanged);
    }
    rebuild();
}

void MyDesktopTracker::setHistory(const QList<TaskSnapshot> &history)
{
    m_history = history;
    m_expected = MyDesktop::expectedSeconds(m_history);
    Q_EMIT changed();
}

void MyDesktopTracker::setCourseProtocols(const QHash<QString, QString> &protocols)
{
    if (protocols == m_courseProtocols)
        return;
    m_courseProtocols = protocols;
    rebuild(); // the port, and so the address, follow the protocol
}

QString MyDesktopTracker::userName() const
{
    return m_connection ? m_connection->auth().userName : QString();
}

MyDesktopState MyDesktopTracker::state() const
{
    if (!m_connection || m_connection->state() != CloudConnection::State::Ready)
        return MyDesktopState::Offline;
    QList<MyDesktopState> states;
    for (const Entry &e : m_entries)
        states << e.state;
    return MyDesktop::combined(states);
}

QString MyDesktopTracker::toolTip() const
{
    const MyDesktopState s = state();
    if (m_entries.size() != 1 || s == MyDesktopState::Offline)
        return MyDesktop::toolTip(s, QString(), QString());
    const Entry &e = m_entries.first();
    QString progress;
    if (e.task && !e.task->isFinished() && e.task->spec.kind == TaskKind::OpenDesktop)
        progress = MyDesktop::progressText(*e.task, m_expected);
    else if (e.state == MyDesktopState::Failed && !m_lastFailure.isEmpty())
        progress = m_lastFailure;
    return MyDesktop::toolTip(s, e.server.name, e.address, progress);
}

const MyDesktopTracker::Entry *MyDesktopTracker::entry(const QString &serverId) const
{
    for (const Entry &e : m_entries) {
        if (serverId.isEmpty() || e.server.id == serverId)
            return &e;
    }
    return nullptr;
}

RemoteProtocol MyDesktopTracker::protocolOf(const Server &server) const
{
    return ConnectionPlan::protocolOf(server, m_courseProtocols,
                                      ConnectionPlan::protocolFromKey(m_settings.defaultProtocol()).value_or(RemoteProtocol::Rdp));
}

ConnectionRoute MyDesktopTracker::routeOf(const Server &server, const QString &floating) const
{
    return ConnectionPlan::routeFor(server, floating, ConnectionPlan::portOf(protocolOf(server), m_settings.detectPort()),
                                    m_settings.intranetSegments(), m_settings.desktopGateways(), m_local);
}

void MyDesktopTracker::rebuild()
{
    m_entries.clear();
    if (m_connection && m_connection->state() == CloudConnection::State::Ready) {
        const AuthState auth = m_connection->auth();
        for (const Server &s : MyDesktop::owned(m_connection->inventory()->servers(), auth.userName, auth.userId)) {
            Entry e;
            e.server = s;
            if (m_tasks.contains(s.id))
                e.task = m_tasks.value(s.id);
            const std::optional<TaskSnapshot> open =
                e.task && e.task->spec.kind == TaskKind::OpenDesktop ? e.task : std::optional<TaskSnapshot>();
            e.state = MyDesktop::stateOf(s, open);
            if (e.task && !e.task->isFinished())
                e.state = MyDesktopState::Starting; // a suspend or restart of ours runs
            else if (e.task && e.task->state == TaskState::Failed && e.state != MyDesktopState::Starting)
                e.state = MyDesktopState::Failed;
            if (s.status == QLatin1String("ACTIVE"))
                e.address = routeOf(s).host;
            m_entries << e;
        }
    }
    Q_EMIT changed();
}

QString MyDesktopTracker::submit(TaskKind kind, const QString &serverId)
{
    const Entry *e = entry(serverId);
    if (!m_connection || !e)
        return {};
    TaskSpec spec;
    if (kind == TaskKind::OpenDesktop) {
        const ConnectionRoute r = routeOf(e->server);
        spec = ConnectionPlan::openTask(e->server, r, r.port);
        spec.detectPort = spec.detectPort > 0 ? spec.detectPort : r.port;
    } else {
        spec.kind = kind;
        spec.serverId = e->server.id;
        spec.serverName = e->server.name;
    }
    const QString batch = m_connection->engine()->submitBatch(
        tr("%1 my desktop %2").arg(TaskText::kindName(kind), e->server.name), kind, {spec});
    const QList<TaskSnapshot> tasks = m_connection->engine()->tasksOfBatch(batch);
    if (tasks.isEmpty())
        return {};
    const TaskSnapshot &t = tasks.first();
    m_ownTasks.insert(t.id, t.spec.serverId);
    m_tasks.insert(t.spec.serverId, t);
    if (kind == TaskKind::OpenDesktop) {
        m_lastFailure.clear();
        Q_EMIT progress(t.spec.serverId, tr("%1: %2").arg(e->server.name, MyDesktop::progressText(t, m_expected)));
    }
    rebuild();
    return t.id;
}

QString MyDesktopTracker::open(const QString &serverId)
{
    return submit(TaskKind::OpenDesktop, serverId);
}

QString MyDesktopTracker::suspend(const QString &serverId)
{
    return submit(TaskKind::Suspend, serverId);
}

QString MyDesktopTracker::restart(const QString &serverId)
{
    return submit(TaskKind::Reboot, serverId);
}

QString MyDesktopTracker::retry()
{
    return m_lastFailedServer.isEmpty() ? open() : open(m_lastFailedServer);
}

void MyDesktopTracker::onTaskChanged(const TaskSnapshot &task)
{
    if (!m_ownTasks.contains(task.id))
        return;
    const TaskSnapshot before = m_tasks.value(task.spec.serverId);
    m_tasks.insert(task.spec.serverId, task);
    const QString name = task.spec.serverName;
    if (task.state == TaskState::Failed || task.state == TaskState::Cancelled) {
        m_lastFailedServer = task.spec.serverId;
        m_lastFailure = task.state == TaskState::Cancelled ? tr("Cancelled.") : task.error;
        Q_EMIT failed(name, m_lastFailure);
    } else if (task.state == TaskState::Done && task.spec.kind == TaskKind::OpenDesktop) {
        m_history.prepend(task);
        m_expected = MyDesktop::expectedSeconds(m_history);
        finishOpen(task);
    } else if (task.spec.kind == TaskKind::OpenDesktop && !task.isFinished() && before.stageIndex != task.stageIndex) {
        Q_EMIT progress(task.spec.serverId, tr("%1: %2").arg(name, MyDesktop::progressText(task, m_expected)));
    }
    rebuild();
}

void MyDesktopTracker::finishOpen(const TaskSnapshot &task)
{
    if (!m_connection)
        return;
    std::optional<Server> s = m_connection->inventory()->server(task.spec.serverId);
    if (!s)
        return;
    const Server server = *s;
    const QString warning = task.warning();
    auto done = [this, server, warning](const QString &floating) {
        const ConnectionRoute route = routeOf(server, floating);
        if (!route.ok()) {
            m_lastFailedServer = server.id;
            m_lastFailure = route.error.isEmpty() ? tr("It runs, but has no address this computer can reach.") : route.error;
            Q_EMIT failed(server.name, m_lastFailure);
            rebuild();
            return;
        }
        Q_EMIT opened(server.name, route.host, warning);
        if (m_launch)
            launch(server, route);
    };
    if (!server.floatingAddress().isEmpty() || routeOf(server).ok()) {
        done(QString());
        return;
    }
    // Nova learns of the new floating IP late: Neutron knows it already.
    NetworkApi *network = m_connection->network();
    const QString id = server.id;
    network->listPorts(id, this, [this, network, done](Result<QList<Port>> ports) {
        if (!ports) {
            done(QString());
            return;
        }
        network->listFloatingIps(this, [ports, done](Result<QList<FloatingIp>> ips) {
            QSet<QString> portIds;
            for (const Port &p : ports.value())
                portIds.insert(p.id);
            for (const FloatingIp &ip : ips ? ips.value() : QList<FloatingIp>()) {
                if (portIds.contains(ip.portId)) {
                    done(ip.floatingIpAddress);
                    return;
                }
            }
            done(QString());
        });
    });
}

CloudConnection *MyDesktopTracker::connection() const
{
    return m_connection.data();
}

void MyDesktopTracker::launch(const Server &server, const ConnectionRoute &route)
{
    const RemoteProtocol protocol = protocolOf(server);
    if (protocol == RemoteProtocol::Console) {
        DesktopConsole::request(m_connection->client(), server.id, this, [this, id = server.id, name = server.name](Result<RemoteConsole> console) {
            if (!console)
                Q_EMIT failed(name, console.error().userMessage());
            else
                Q_EMIT consoleReady(id, name, console.value());
        });
        return;
    }
    const LaunchPlan plan = ConnectionPlan::launch(protocol, route, userName(), server.name, m_settings.remoteDesktopTemplate(),
                                                   ConnectionPlan::currentPlatform(),
                                                   [](const QString &p) { return QStandardPaths::findExecutable(p); });
    QString error;
    if (!m_launcher->start(plan, &error)) {
        m_lastFailedServer = server.id;
        m_lastFailure = error;
        Q_EMIT failed(server.name, error);
        return;
    }
    Q_EMIT launched(server.name, m_launcher->lastCommand().join(QLatin1Char(' ')));
}
