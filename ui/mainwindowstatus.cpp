// MainWindow: the session layout (sign-in page or tables, what is enabled) and the status bar
// (connection, user, data age, running tasks, messages). The rest is in mainwindow.cpp.
#include "ui/mainwindow.h"

#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "models/items/batchlistmodel.h"
#include "models/session/cloudconnection.h"
#include "ui/bannerwidget.h"
#include "ui/desktopactions.h"
#include "ui/schedulerstatuslabel.h"
#include "ui/traycontroller.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

void MainWindow::setScheduler(SchedulerService *scheduler)
{
    m_schedulerLabel->setService(scheduler);
}

bool MainWindow::hasSession() const
{
    return m_connection && m_connection->state() == CloudConnection::State::Ready;
}

// With a session (or while signing in, with what the cache knows) the tables; without one the
// sign-in page, and nothing that needs a cloud is enabled.
void MainWindow::updateSessionLayout()
{
    bool tables = false;
    if (m_connection) {
        switch (m_connection->state()) {
        case CloudConnection::State::Idle:
        case CloudConnection::State::Connecting:
        case CloudConnection::State::Ready:
            tables = true;
            break;
        case CloudConnection::State::Failed: {
            // offline with cached data: still worth showing; a refused sign-in or nothing known: not
            const CloudError error = m_connection->lastError();
            const bool signIn = error.kind() == CloudError::Kind::Auth || error.kind() == CloudError::Kind::Config
                || error.isUnauthorized() || error.httpStatus() == 403;
            tables = !signIn && !m_connection->inventory()->isFromCache();
            tables = tables || (!signIn && !m_connection->inventory()->servers().isEmpty());
            if (!tables) {
                const QString name = m_connection->isDemo() ? tr("the demo cloud") : m_connection->name();
                m_welcome->setStatus([name, error] { return tr("Could not sign in to %1: %2").arg(name, error.userMessage()); });
            }
            break;
        }
        }
    }
    m_stack->setCurrentWidget(tables ? m_main : static_cast<QWidget *>(m_welcome));
    const bool session = hasSession();
    m_actions->setConnection(session ? m_connection.data() : nullptr);
    m_newDesktops->setEnabled(session);
    m_refresh->setEnabled(m_connection != nullptr); // after a failure: try again
    for (QAction *a : {m_export, m_focusFilter, m_clearFilters})
        a->setEnabled(tables);
    m_disconnect->setEnabled(m_connection != nullptr);
    // Without the tables there are no tasks to watch: the panel comes back with them.
    m_taskDock->toggleViewAction()->setEnabled(tables);
    if (!tables && !m_taskDock->isHidden()) { // isHidden: the window may not be shown yet
        m_taskDock->hide();
        m_dockHiddenForWelcome = true;
    } else if (tables && m_dockHiddenForWelcome) {
        m_taskDock->show();
        m_dockHiddenForWelcome = false;
    }
    if (!tables)
        m_banner->hide();
}

void MainWindow::showMessage(const QString &text)
{
    // Elided to the room left of the permanent widgets; the whole sentence is the tool tip.
    int room = statusBar()->width() - 24;
    for (QWidget *w : {static_cast<QWidget *>(m_connectionLabel), static_cast<QWidget *>(m_userLabel),
                       static_cast<QWidget *>(m_ageLabel), static_cast<QWidget *>(m_tasksButton),
                       static_cast<QWidget *>(m_schedulerLabel)}) {
        if (w->isVisible())
            room -= w->sizeHint().width() + 8;
    }
    if (auto *refresh = findChild<QToolButton *>(QStringLiteral("statusRefresh")))
        room -= refresh->sizeHint().width() + 8;
    const QString shown = statusBar()->fontMetrics().elidedText(text, Qt::ElideRight, qMax(120, room));
    statusBar()->setToolTip(shown == text ? QString() : text);
    statusBar()->showMessage(shown, 10000);
}

void MainWindow::showError(const QString &text, const QString &actionText, std::function<void()> action)
{
    showError([text] { return text; }, [actionText] { return actionText; }, std::move(action));
}

void MainWindow::showError(std::function<QString()> text, std::function<QString()> actionText, std::function<void()> action)
{
    m_bannerAction = std::move(action);
    m_banner->showMessage(
        BannerWidget::Kind::Error, [text] { return text().toHtmlEscaped(); }, std::move(actionText));
}

void MainWindow::updateStatus()
{
    QString connection;
    QString user;
    if (!m_connection) {
        connection = tr("Not connected");
    } else {
        const QString name = m_connection->isDemo() ? tr("Demo cloud") : m_connection->name();
        switch (m_connection->state()) {
        case CloudConnection::State::Idle:
        case CloudConnection::State::Connecting:
            connection = tr("Connecting to %1…").arg(name);
            break;
        case CloudConnection::State::Ready:
            connection = m_connection->inventory()->isOnline() || m_connection->inventory()->isFromCache()
                ? name
                : tr("%1 (offline)").arg(name);
            break;
        case CloudConnection::State::Failed:
            connection = tr("%1: not connected").arg(name);
            break;
        }
        const AuthState auth = m_connection->auth();
        if (!auth.userName.isEmpty() && m_connection->state() == CloudConnection::State::Ready)
            user = tr("%1 @ %2 (%3)").arg(auth.userName, auth.projectName, auth.isAdmin() ? tr("administrator") : tr("member"));
    }
    m_connectionLabel->setText(connection);
    m_connectionLabel->setAccessibleName(tr("Connection: %1").arg(connection));
    m_userLabel->setText(user);
    m_userLabel->setVisible(!user.isEmpty());
    const int running = m_batchModel->runningBatches();
    const int activeTasks = m_connection ? m_connection->engine()->activeTaskCount() : 0;
    m_tasksButton->setText(activeTasks > 0 ? tr("%n task(s) running", nullptr, activeTasks)
                                           : (running > 0 ? tr("Finishing…") : tr("No tasks running")));
    m_tasksButton->setToolTip(tr("Show or hide the task panel"));
    m_tasksButton->setAccessibleName(m_tasksButton->text());
    m_tasksButton->setVisible(m_connection != nullptr);
    m_tray->setToolTip(QStringLiteral("Phoenix — %1").arg(m_tasksButton->text()));
    updateAge();
}

void MainWindow::updateAge()
{
    if (!m_connection) {
        m_ageLabel->clear();
        m_ageLabel->hide();
        return;
    }
    const Inventory *inventory = m_connection->inventory();
    const QDateTime fetched = inventory->fetchedAt();
    // "Loading…" only while something loads: not after a refused sign-in
    m_ageLabel->setVisible(fetched.isValid() || m_connection->state() != CloudConnection::State::Failed);
    if (!fetched.isValid()) {
        m_ageLabel->setText(tr("Loading…"));
        return;
    }
    const qint64 secs = qMax<qint64>(0, fetched.secsTo(QDateTime::currentDateTimeUtc()));
    QString age;
    if (secs < 60)
        age = tr("%n s ago", "data age", int(secs));
    else if (secs < 3600)
        age = tr("%n min ago", "data age", int(secs / 60));
    else
        age = tr("%n h ago", "data age", int(secs / 3600));
    QString text;
    if (inventory->isFromCache())
        text = tr("Cached data from %1").arg(age);
    else if (!inventory->isOnline())
        text = tr("Offline; data from %1").arg(age);
    else
        text = tr("Updated %1").arg(age);
    m_ageLabel->setText(text);
    m_ageLabel->setToolTip(QLocale().toString(fetched.toLocalTime(), QLocale::LongFormat));
    m_ageLabel->setAccessibleName(text);
}
