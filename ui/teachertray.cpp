#include "ui/teachertray.h"

#include "models/session/cloudconnection.h"
#include "models/session/mydesktoptracker.h"
#include "ui/consolewindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QUrl>

TeacherTray::TeacherTray(MyDesktopTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("teacherTrayMenu"));
    m_icon = new QSystemTrayIcon(this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) { onActivated(int(r)); });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastWasFailure)
            m_tracker->retry();
    });
    connect(m_tracker, &MyDesktopTracker::changed, this, &TeacherTray::rebuildMenu);
    connect(m_tracker, &MyDesktopTracker::progress, this, [this](const QString &serverId, const QString &text) {
        // One bubble when an open starts; later steps go to the tooltip only (no bubble storm).
        if (!m_opening.contains(serverId)) {
            m_opening.insert(serverId);
            notify(tr("Opening your desktop"), text, false);
        }
        m_icon->setToolTip(m_tracker->toolTip());
    });
    connect(m_tracker, &MyDesktopTracker::opened, this, [this](const QString &name, const QString &address, const QString &warning) {
        m_opening.clear();
        notify(tr("%1 is ready").arg(name),
               warning.isEmpty() ? tr("Connecting to %1…").arg(address)
                                 : tr("Connecting to %1… (it did not answer yet: %2)").arg(address, warning),
               false);
    });
    connect(m_tracker, &MyDesktopTracker::failed, this, [this](const QString &name, const QString &why) {
        m_opening.clear();
        notify(tr("Could not open %1").arg(name), tr("%1\nClick here or choose Retry to try again.").arg(why), true);
    });
    connect(m_tracker, &MyDesktopTracker::consoleReady, this,
            [this](const QString &serverId, const QString &name, const RemoteConsole &console) {
        // VNC: Phoenix's own console window, as from the main window (issue 15); SPICE in the browser
        CloudConnection *connection = m_tracker->connection();
        if (console.protocol == QLatin1String("vnc") && connection && connection->client()) {
            ConsoleWindow::openForDesktop(connection->client(), serverId, name, console.url, nullptr);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl(console.url)))
            notify(tr("Could not open a browser for %1").arg(name), console.url, true);
    });
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    rebuildMenu();
}

TeacherTray::~TeacherTray() = default;

bool TeacherTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TeacherTray::show()
{
    m_icon->show();
}

QString TeacherTray::iconFor(MyDesktopState state)
{
    switch (state) {
    case MyDesktopState::Ready:
        return QStringLiteral(":/icons/state-active.svg");
    case MyDesktopState::Starting:
        return QStringLiteral(":/icons/state-busy.svg");
    case MyDesktopState::Suspended:
        return QStringLiteral(":/icons/state-suspended.svg");
    case MyDesktopState::Failed:
        return QStringLiteral(":/icons/state-error.svg");
    case MyDesktopState::Offline:
        return QStringLiteral(":/icons/state-unknown.svg");
    case MyDesktopState::None:
        break;
    }
    return QStringLiteral(":/icons/phoenix.svg");
}

void TeacherTray::setClassLine(const QString &line)
{
    if (line == m_classLine)
        return;
    m_classLine = line;
    rebuildMenu();
}

void TeacherTray::retranslate()
{
    rebuildMenu();
}

void TeacherTray::notify(const QString &title, const QString &text, bool failure)
{
    m_lastNotification = title + QLatin1Char('\n') + text;
    m_lastWasFailure = failure;
    if (m_icon->isVisible() && isAvailable())
        m_icon->showMessage(title, text, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, failure ? 15000 : 6000);
}

void TeacherTray::onActivated(int reason)
{
    if (reason != QSystemTrayIcon::Trigger)
        return;
    const MyDesktopState s = m_tracker->state();
    if (s == MyDesktopState::Offline)
        Q_EMIT signInRequested();
    else if (MyDesktop::canOpen(s) && m_tracker->desktops().size() == 1)
        m_tracker->open();
}

void TeacherTray::addDesktopActions(QMenu *menu, const QString &serverId, MyDesktopState state, const QString &address, bool top)
{
    QAction *open = menu->addAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("Open my desktop"));
    open->setObjectName(top ? QStringLiteral("openMyDesktop") : QStringLiteral("open:") + serverId);
    open->setEnabled(MyDesktop::canOpen(state));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    connect(open, &QAction::triggered, this, [this, serverId] { m_tracker->open(serverId); });
    QAction *suspend = menu->addAction(QIcon(QStringLiteral(":/icons/suspend.svg")), tr("Suspend"));
    suspend->setObjectName(top ? QStringLiteral("suspendMyDesktop") : QStringLiteral("suspend:") + serverId);
    suspend->setEnabled(MyDesktop::canSuspend(state));
    connect(suspend, &QAction::triggered, this, [this, serverId] { m_tracker->suspend(serverId); });
    QAction *restart = menu->addAction(QIcon(QStringLiteral(":/icons/reboot.svg")), tr("Restart"));
    restart->setObjectName(top ? QStringLiteral("restartMyDesktop") : QStringLiteral("restart:") + serverId);
    restart->setEnabled(MyDesktop::canRestart(state));
    connect(restart, &QAction::triggered, this, [this, serverId] { m_tracker->restart(serverId); });
    QAction *addr = menu->addAction(address.isEmpty() ? tr("Address: none yet") : tr("Address: %1").arg(address));
    addr->setObjectName(top ? QStringLiteral("address") : QStringLiteral("address:") + serverId);
    addr->setEnabled(false);
}

void TeacherTray::rebuildMenu()
{
    const MyDesktopState state = m_tracker->state();
    m_icon->setIcon(QIcon(iconFor(state)));
    m_icon->setToolTip(m_tracker->toolTip());
    m_menu->clear();
    const QList<MyDesktopTracker::Entry> desktops = m_tracker->desktops();
    QAction *status = m_menu->addAction(desktops.size() == 1 ? tr("%1: %2").arg(desktops.first().server.name, MyDesktop::stateText(state))
                                                             : MyDesktop::stateText(state));
    status->setObjectName(QStringLiteral("status"));
    status->setEnabled(false);
    if (state == MyDesktopState::Offline) {
        QAction *signIn = m_menu->addAction(QIcon(QStringLiteral(":/icons/cloud-connect.svg")), tr("Sign in…"));
        signIn->setObjectName(QStringLiteral("signIn"));
        connect(signIn, &QAction::triggered, this, &TeacherTray::signInRequested);
    } else if (desktops.size() == 1) {
        const auto &e = desktops.first();
        addDesktopActions(m_menu, e.server.id, e.state, e.address, true);
    } else {
        for (const auto &e : desktops) {
            QMenu *sub = m_menu->addMenu(QIcon(iconFor(e.state)), tr("%1 — %2").arg(e.server.name, MyDesktop::stateText(e.state)));
            sub->menuAction()->setObjectName(QStringLiteral("desktop:") + e.server.id);
            addDesktopActions(sub, e.server.id, e.state, e.address, false);
        }
    }
    if (state == MyDesktopState::Failed || (!m_tracker->lastFailure().isEmpty() && state != MyDesktopState::Starting)) {
        QAction *retry = m_menu->addAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Retry"));
        retry->setObjectName(QStringLiteral("retry"));
        retry->setToolTip(m_tracker->lastFailure());
        connect(retry, &QAction::triggered, this, [this] { m_tracker->retry(); });
    }
    if (!m_classLine.isEmpty()) {
        QAction *line = m_menu->addAction(m_classLine);
        line->setObjectName(QStringLiteral("classDesktops"));
        line->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction *window = m_menu->addAction(QIcon(QStringLiteral(":/icons/phoenix.svg")), tr("Open Phoenix"));
    window->setObjectName(QStringLiteral("openPhoenix"));
    connect(window, &QAction::triggered, this, &TeacherTray::showWindowRequested);
    QAction *settings = m_menu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Settings…"));
    settings->setObjectName(QStringLiteral("settings"));
    connect(settings, &QAction::triggered, this, &TeacherTray::settingsRequested);
    QAction *quit = m_menu->addAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("Quit"));
    quit->setObjectName(QStringLiteral("quit"));
    connect(quit, &QAction::triggered, this, &TeacherTray::quitRequested);
}
