#include "traylauncher.h"

#include "models/engine/inventory.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/session/mydesktoptracker.h"
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
{
    m_window->setTrayNotifications(false);
    connect(m_connections, &ConnectionManager::connectionChanged, this, &TrayLauncher::onConnectionChanged);
    // A refused sign-in (a changed password) opens the sign-in dialog instead of failing quietly;
    // a missing keyring secret does so through the window's credentialsNeeded handler.
    connect(m_connections, &ConnectionManager::openFailed, this, [this](const QString &, const CloudError &error) {
        if (error.httpStatus() == 401)
            m_window->openConnectDialog();
    });
    connect(m_tracker, &MyDesktopTracker::changed, this, [this] {
        if (!m_pendingOpen || m_tracker->state() == MyDesktopState::Offline || m_tracker->desktops().isEmpty())
            return;
        m_pendingOpen = false;
        QString id;
        for (const auto &e : m_tracker->desktops()) {
            if (e.server.name == m_openName || e.server.id == m_openName)
                id = e.server.id;
        }
        m_tracker->open(id);
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
        if (m_tracker->state() == MyDesktopState::Offline)
            return;
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

void TrayLauncher::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayLauncher::onConnectionChanged(CloudConnection *connection)
{
    m_tracker->setConnection(connection);
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
