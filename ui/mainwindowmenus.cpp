// MainWindow: actions, menus and the toolbar (the rest is in mainwindow.cpp).
#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"

#include "models/session/connectionmanager.h"
#include "ui/desktopactions.h"
#include "ui/desktoptab.h"
#include "ui/desktopviews.h"
#include "models/settings/translation.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace
{
QAction *makeAction(QObject *parent, const char *icon, const QString &objectName, const QKeySequence &shortcut = {})
{
    auto *a = new QAction(parent);
    if (icon)
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(icon))));
    a->setObjectName(objectName);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void setTexts(QAction *a, const QString &text, const QString &tip)
{
    a->setText(text);
    a->setIconText(Translation::withoutMnemonic(text)); // "新建桌面(&N)…" shows as "新建桌面…" beside its icon
    const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
    a->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
    a->setStatusTip(tip);
}
} // namespace

void MainWindow::createActions()
{
    m_connect = makeAction(this, "cloud-connect", QStringLiteral("action-connect-cloud"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_demo = makeAction(this, "demo", QStringLiteral("action-demo"));
    m_disconnect = makeAction(this, "cloud-disconnect", QStringLiteral("action-disconnect"));
    m_export = makeAction(this, "export", QStringLiteral("action-export"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_quit = makeAction(this, "quit", QStringLiteral("action-quit"), QKeySequence::Quit);
    m_newDesktops = makeAction(this, "create", QStringLiteral("action-new-desktops"), QKeySequence::New);
    m_refresh = makeAction(this, "refresh", QStringLiteral("action-refresh"), QKeySequence::Refresh);
    m_focusFilter = makeAction(this, "search", QStringLiteral("action-filter"), QKeySequence::Find);
    m_clearFilters = makeAction(this, "filter", QStringLiteral("action-clear-filters"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_columns = makeAction(this, "columns", QStringLiteral("action-columns"));
    m_settingsAction = makeAction(this, "settings", QStringLiteral("action-settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_about = makeAction(this, "info", QStringLiteral("action-about"));
    m_aboutQt = makeAction(this, nullptr, QStringLiteral("action-about-qt"));
    for (int t = 0; t < TabCount; ++t) {
        QAction *a = makeAction(this, nullptr, QStringLiteral("action-tab-%1").arg(t), QKeySequence(Qt::CTRL | (Qt::Key_1 + t)));
        connect(a, &QAction::triggered, this, [this, t] { showTab(Tab(t)); });
        m_tabActions << a;
    }

    connect(m_connect, &QAction::triggered, this, &MainWindow::openConnectDialog);
    connect(m_demo, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(m_disconnect, &QAction::triggered, m_connections, &ConnectionManager::close);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_newDesktops, &QAction::triggered, this, &MainWindow::openCreateDialog);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshNow);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > OthersTab)
            showTab(StudentsTab);
        m_desktops->quickFilter()->setFocus(Qt::ShortcutFocusReason);
        m_desktops->quickFilter()->selectAll();
    });
    connect(m_clearFilters, &QAction::triggered, m_desktops, &DesktopViews::clearFilters);
    connect(m_columns, &QAction::triggered, this, [this] {
        const int t = m_tabs->currentIndex();
        if (t >= TeachersTab && t <= OthersTab) {
            DesktopTab *tab = m_desktops->tab(DesktopViews::Tab(t));
            tab->chooseColumns(tab->mapToGlobal(QPoint(tab->width() / 3, 0)));
        }
    });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(m_connections->current(), this); // versions of Phoenix, Qt, the cloud (issue 17)
        about->setAttribute(Qt::WA_DeleteOnClose);
        m_lastDialog = about;
        about->open();
    });
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Esc in the quick filter clears it
    auto *clear = new QAction(m_desktops->quickFilter());
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_desktops->quickFilter()->addAction(clear);
    connect(clear, &QAction::triggered, m_desktops->quickFilter(), &QLineEdit::clear);
}

void MainWindow::createMenus()
{
    m_cloudMenu = menuBar()->addMenu(QString());
    m_cloudMenu->setObjectName(QStringLiteral("menu-cloud"));
    m_cloudMenu->addAction(m_connect);
    m_connectionsMenu = m_cloudMenu->addMenu(QString());
    m_connectionsMenu->setObjectName(QStringLiteral("menu-connections"));
    m_cloudMenu->addAction(m_demo);
    m_cloudMenu->addAction(m_disconnect);
    m_cloudMenu->addSeparator();
    m_cloudMenu->addAction(m_export);
    m_cloudMenu->addSeparator();
    m_cloudMenu->addAction(m_quit);

    m_desktopMenu = menuBar()->addMenu(QString());
    m_desktopMenu->setObjectName(QStringLiteral("menu-desktops"));
    m_desktopMenu->addAction(m_newDesktops);
    m_desktopMenu->addSeparator();
    m_actions->populateMenu(m_desktopMenu);
    m_desktopMenu->addSeparator();
    m_desktopMenu->addAction(m_refresh);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menu-view"));
    for (QAction *a : std::as_const(m_tabActions))
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    QAction *dock = m_taskDock->toggleViewAction();
    dock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    dock->setIcon(QIcon(QStringLiteral(":/icons/tasks.svg")));
    dock->setObjectName(QStringLiteral("action-task-panel"));
    m_viewMenu->addAction(dock);
    m_viewMenu->addAction(m_focusFilter);
    m_viewMenu->addAction(m_clearFilters);
    m_viewMenu->addAction(m_columns);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_settingsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    connect(m_connections, &ConnectionManager::savedConnectionsChanged, this, &MainWindow::rebuildConnectionsMenu);
    rebuildConnectionsMenu();
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_connect);
    m_toolBar->addAction(m_refresh);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newDesktops);
    if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_newDesktops)))
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the one command that starts most days
    m_toolBar->addSeparator();
    for (DesktopCommand c : {DesktopCommand::Start, DesktopCommand::Resume, DesktopCommand::Suspend, DesktopCommand::Stop,
                             DesktopCommand::RebootSoft, DesktopCommand::Restore, DesktopCommand::Unshelve})
        m_toolBar->addAction(m_actions->action(c));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->action(DesktopCommand::Connect));
    m_toolBar->addAction(m_actions->action(DesktopCommand::OpenConsole));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->action(DesktopCommand::Delete));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_taskDock->toggleViewAction());
    m_toolBar->addAction(m_export);
}

void MainWindow::rebuildConnectionsMenu()
{
    m_connectionsMenu->clear();
    const QList<SavedConnection> saved = m_connections->store().all();
    for (const SavedConnection &c : saved) {
        QAction *a = m_connectionsMenu->addAction(QIcon(QStringLiteral(":/icons/cloud-connect.svg")), c.name);
        const QString name = c.name;
        connect(a, &QAction::triggered, this, [this, name] { m_connections->openSaved(name); });
    }
    if (!saved.isEmpty()) {
        m_connectionsMenu->addSeparator();
        QMenu *forget = m_connectionsMenu->addMenu(tr("Forget"));
        for (const SavedConnection &c : saved) {
            const QString name = c.name;
            connect(forget->addAction(name), &QAction::triggered, this, [this, name] { m_connections->forget(name); });
        }
    }
    m_connectionsMenu->setEnabled(!saved.isEmpty());
    QStringList names;
    for (const SavedConnection &c : saved)
        names << c.name;
    if (m_welcome)
        m_welcome->setSavedConnections(names);
}

void MainWindow::retranslateMenus()
{
    m_cloudMenu->setTitle(tr("&Cloud"));
    m_connectionsMenu->setTitle(tr("&Recent connections"));
    m_desktopMenu->setTitle(tr("&Desktops"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    setTexts(m_connect, tr("&Connect to a cloud…"), tr("Connect to an OpenStack cloud"));
    setTexts(m_demo, tr("Open the &demo cloud"), tr("Start the built-in demo cloud and connect to it"));
    setTexts(m_disconnect, tr("&Disconnect"), tr("Close the connection to this cloud"));
    setTexts(m_export, tr("&Export table as CSV…"), tr("Save the table on screen, as filtered and sorted, as a CSV file"));
    setTexts(m_quit, tr("&Quit"), tr("Quit Phoenix"));
    setTexts(m_newDesktops, tr("&New desktops…"), tr("Create one desktop or a class's desktops"));
    setTexts(m_refresh, tr("&Refresh now"), tr("Ask the cloud for the latest state now"));
    setTexts(m_focusFilter, tr("&Filter desktops"), tr("Type to filter the desktop tables"));
    setTexts(m_clearFilters, tr("C&lear filters"), tr("Show every desktop again"));
    setTexts(m_columns, tr("C&olumns…"), tr("Choose the columns of this table"));
    setTexts(m_settingsAction, tr("&Settings…"), tr("Language, refresh, tasks, reachability check, database"));
    setTexts(m_about, tr("&About Phoenix"), tr("About Phoenix"));
    setTexts(m_aboutQt, tr("About &Qt"), tr("About Qt"));
    QAction *dock = m_taskDock->toggleViewAction();
    dock->setText(tr("&Task panel"));
    dock->setToolTip(tr("Show or hide the task panel (%1)").arg(dock->shortcut().toString(QKeySequence::NativeText)));
    for (int t = 0; t < m_tabActions.size(); ++t)
        m_tabActions.at(t)->setText(m_tabs->tabText(t));
    // The toolbar is icon-only: each button says what it does to screen readers.
    QList<QToolButton *> iconOnly = m_toolBar->findChildren<QToolButton *>();
    if (auto *status = findChild<QToolButton *>(QStringLiteral("statusRefresh")))
        iconOnly << status;
    for (QToolButton *b : std::as_const(iconOnly)) {
        if (QAction *a = b->defaultAction())
            b->setAccessibleName(Translation::withoutMnemonic(a->text()).remove(QStringLiteral("…")));
    }
    rebuildConnectionsMenu();
}
