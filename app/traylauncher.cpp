#include "traylauncher.h"

#include "models/engine/inventory.h"
#include "models/lessons/teacherlessons.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/session/mydesktoptracker.h"
#include "models/settings/autostart.h"
#include "ui/mainwindow.h"
#include "ui/mydesktopwindow.h"
#include "ui/teachertray.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcTray, "phoenix.app.tray")

TrayLauncher::TrayLauncher(AppSettings &settings, ConnectionManager *connections, MainWindow *window, HistoryLoader history,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_connections(connections)
    , m_window(window)
    , m_history(std::move(history))
    , m_tracker(new MyDesktopTracker(settings, this))
    , m_lessons(new TeacherLessons(this))
{
    m_window->setTrayNotifications(false);
    connect(m_connections, &ConnectionManager::connectionChanged, this, &TrayLauncher::onConnectionChanged);
    // A refused sign-in (a changed password) opens the sign-in dialog instead of failing quietly;
    // a missing keyring secret does so through the window's credentialsNeeded handler.
    connect(m_connections, &ConnectionManager::openFailed, this, [this](const QString &, const CloudError &error) {
        if (error.httpStatus() == 401)
            m_window->openConnectDialog();
    });
    // The teacher's lesson ("Class desktops: 27 of 30 ready") and the courses' protocols, read
    // from the lessons store off the GUI thread, live with the inventory.
    connect(m_lessons, &TeacherLessons::changed, this, [this] {
        m_tracker->setCourseProtocols(m_lessons->courseProtocols());
        if (m_tray)
            m_tray->setClassLine(m_lessons->classLine());
        qCInfo(lcTray).noquote() << "class line:" << (m_lessons->classLine().isEmpty() ? QStringLiteral("(none)") : m_lessons->classLine());
    });
    // Click to ready and to the client's launch, by stage: log lines for tests/bench/bench_tray.
    connect(m_tracker, &MyDesktopTracker::progress, this, [this](const QString &serverId, const QString &) {
        if (m_openClocks.contains(serverId))
            return; // a later step of the same open
        QElapsedTimer clock;
        clock.start();
        m_openClocks.insert(serverId, clock);
    });
    connect(m_tracker, &MyDesktopTracker::opened, this, [this](const QString &name, const QString &address, const QString &) {
        for (const auto &e : m_tracker->desktops()) {
            if (e.server.name != name || !m_openClocks.contains(e.server.id))
                continue;
            const QElapsedTimer clock = m_openClocks.take(e.server.id);
            QStringList stages;
            const std::optional<TaskSnapshot> task = m_tracker->task(e.server.id);
            for (const StageRecord &r : task ? task->history : QList<StageRecord>())
                stages << QStringLiteral("%1 %2 ms").arg(TaskText::stageKey(r.stage)).arg(r.startedAt.msecsTo(r.finishedAt));
            const qint64 taskMs = task ? task->createdAt.msecsTo(task->updatedAt) : -1;
            qCInfo(lcTray).noquote() << "my desktop ready:" << clock.elapsed() << "ms after the click; task" << taskMs
                                     << "ms; stages:" << stages.join(QStringLiteral(", ")) << "; address" << address;
            m_launchClocks.insert(name, clock);
        }
    });
    connect(m_tracker, &MyDesktopTracker::launched, this, [this](const QString &name, const QString &) {
        if (m_launchClocks.contains(name))
            qCInfo(lcTray).noquote() << "client launched:" << m_launchClocks.take(name).elapsed() << "ms after the click";
    });
    connect(m_tracker, &MyDesktopTracker::failed, this, [this](const QString &name, const QString &) {
        m_launchClocks.remove(name);
        for (const auto &e : m_tracker->desktops()) {
            if (e.server.name == name)
                m_openClocks.remove(e.server.id);
        }
    });
    connect(m_tracker, &MyDesktopTracker::changed, this, [this] {
        if (!m_pendingOpen || m_tracker->state() == MyDesktopState::Offline || m_tracker->desktops().isEmpty())
            return;
        m_pendingOpen = false;
        openNamed();
    });
}

TrayLauncher::~TrayLauncher() = default;

void TrayLauncher::start(const QString *openDesktop)
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    // The benchmark (tests/bench/bench_tray) reads these two lines.
    auto first = std::make_shared<QMetaObject::Connection>();
    *first = connect(m_tracker, &MyDesktopTracker::changed, this, [this, started, first] {
        if (m_tracker->state() == MyDesktopState::Offline || m_tracker->desktops().isEmpty())
            return; // signed in, but the first listing is not in yet
        qCInfo(lcTray).noquote() << "my desktops shown:" << m_tracker->desktops().size() << "after" << started->elapsed() << "ms";
        disconnect(*first);
    });
    QApplication::setQuitOnLastWindowClosed(false);
    if (openDesktop) {
        m_pendingOpen = true;
        m_openName = *openDesktop;
    }
    if (TeacherTray::isAvailable()) {
        m_tray = new TeacherTray(m_tracker, this);
        m_tray->setClassLine(m_lessons->classLine());
        connect(m_tray, &TeacherTray::showWindowRequested, this, &TrayLauncher::showWindow);
        connect(m_tray, &TeacherTray::settingsRequested, m_window, &MainWindow::openSettings);
        connect(m_tray, &TeacherTray::signInRequested, m_window, &MainWindow::openConnectDialog);
        connect(m_tray, &TeacherTray::quitRequested, qApp, &QCoreApplication::quit);
        m_tray->show();
        qCInfo(lcTray).noquote() << "tray icon shown after" << started->elapsed() << "ms";
    } else {
        // GNOME without the AppIndicator extension: the same actions in a small window.
        m_small = new MyDesktopWindow(m_tracker);
        m_small->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_small, &MyDesktopWindow::showWindowRequested, this, &TrayLauncher::showWindow);
        connect(m_small, &MyDesktopWindow::settingsRequested, m_window, &MainWindow::openSettings);
        connect(m_small, &MyDesktopWindow::signInRequested, m_window, &MainWindow::openConnectDialog);
        connect(m_small, &QObject::destroyed, qApp, &QCoreApplication::quit);
        m_small->show();
        qCInfo(lcTray).noquote() << "no system tray: the small window shown after" << started->elapsed() << "ms";
    }
}

void TrayLauncher::popUpMenuAfter(int ms)
{
    QTimer::singleShot(ms, this, [this] {
        if (m_tray)
            m_tray->menu()->popup(m_tray->icon()->geometry().bottomLeft());
    });
}

void TrayLauncher::setDatabase(Database *database)
{
    m_lessons->setDatabase(database);
}

void TrayLauncher::handleForwarded(const QString &message)
{
    qCInfo(lcTray).noquote() << "from a second phoenix:" << message;
    const std::optional<PhoenixUrl> link = PhoenixUrl::parse(message);
    if (!link) { // "tray": the tray runs already; show where it is
        if (m_tray)
            m_tray->notify(tr("Phoenix is running"), tr("The teacher's tray is already here."), false);
        else if (m_small)
            m_small->raise();
        return;
    }
    // As a link at start: open once signed in and the desktops are known, else now.
    m_openName = link->desktop;
    if (m_tracker->state() == MyDesktopState::Offline || m_tracker->desktops().isEmpty()) {
        m_pendingOpen = true;
        return;
    }
    openNamed();
}

void TrayLauncher::openNamed()
{
    QString id;
    for (const auto &e : m_tracker->desktops()) {
        if (e.server.name == m_openName || e.server.id == m_openName)
            id = e.server.id;
    }
    if (id.isEmpty() && !m_openName.isEmpty())
        qCInfo(lcTray).noquote() << "no desktop named" << m_openName << "- opening the first";
    m_tracker->open(id);
}

void TrayLauncher::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayLauncher::updateLessonsSource()
{
    if (!m_connection || m_connection->state() != CloudConnection::State::Ready) {
        m_lessons->setSource(nullptr, {}, {});
        return;
    }
    const AuthState auth = m_connection->auth();
    m_lessons->setSource(m_connection->inventory(), Inventory::scopeFor(m_connection->config()), {auth.userName, auth.userId});
}

void TrayLauncher::onConnectionChanged(CloudConnection *connection)
{
    m_tracker->setConnection(connection);
    disconnect(m_stateLink);
    m_connection = connection;
    if (connection)
        m_stateLink = connect(connection, &CloudConnection::stateChanged, this, &TrayLauncher::updateLessonsSource);
    updateLessonsSource();
    if (!connection || !m_history)
        return;
    // "usually 40 s": learned from the journal's earlier opens, read on a worker.
    auto *watcher = new QFutureWatcher<QList<TaskSnapshot>>(this);
    QPointer<CloudConnection> guard(connection);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard] {
        if (guard && guard == m_connections->current())
            m_tracker->setHistory(watcher->result());
        watcher->deleteLater();
    });
    const QString scope = Inventory::scopeFor(connection->config());
    watcher->setFuture(QtConcurrent::run([history = m_history, scope] { return history(scope); }));
}
