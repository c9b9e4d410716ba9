#include "ui/mainwindow.h"

#include "ui/adoptdialog.h"
#include "models/settings/appsettings.h"
#include "ui/auditlogview.h"
#include "ui/bannerwidget.h"
#include "models/items/batchlistmodel.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "ui/connectdialog.h"
#include "models/session/connectionmanager.h"
#include "ui/createdesktopdialog.h"
#include "ui/desktopactions.h"
#include "ui/desktoptab.h"
#include "models/items/desktoptablemodel.h"
#include "ui/desktopviews.h"
#include "ui/imagesview.h"
#include "models/engine/inventory.h"
#include "ui/networkview.h"
#include "ui/hostsview.h"
#include "models/items/recordtablemodel.h"
#include "ui/schedulerstatuslabel.h"
#include "ui/settingsdialog.h"
#include "models/items/tableexport.h"
#include "ui/taskconsole.h"
#include "models/engine/taskengine.h"
#include "ui/taskpanel.h"
#include "models/items/tasktablemodel.h"
#include "ui/traycontroller.h"
#include "ui/usersview.h"
#include "ui/welcomepage.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "phoenix.ui.mainwindow")

MainWindow::MainWindow(AppSettings &settings, ConnectionManager *connections, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phoenix.svg")));

    m_desktops = new DesktopViews(this);
    m_actions = new DesktopActions(settings, this);
    m_actions->setModel(m_desktops->model());
    m_taskModel = new TaskTableModel(this);
    m_batchModel = new BatchListModel(this);
    m_tray = new TrayController(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("desktopTabs"));
    m_tabs->setDocumentMode(true);
    for (int t = 0; t < DesktopViews::TabCount; ++t)
        m_tabs->addTab(m_desktops->tab(DesktopViews::Tab(t)), QString());
    m_imagesView = new ImagesView(this);
    m_networkView = new NetworkView(this);
    m_taskConsole = new TaskConsole(m_taskModel, this);
    m_tabs->addTab(m_imagesView, QIcon(QStringLiteral(":/icons/images.svg")), QString());
    m_tabs->addTab(m_networkView, QIcon(QStringLiteral(":/icons/network.svg")), QString());
    m_tabs->addTab(m_taskConsole, QIcon(QStringLiteral(":/icons/tasks.svg")), QString());
    auto *auditPlaceholder = new QLabel(this);
    auditPlaceholder->setAlignment(Qt::AlignCenter);
    m_auditView = auditPlaceholder;
    m_tabs->addTab(m_auditView, QIcon(QStringLiteral(":/icons/audit.svg")), QString());
    m_usersView = new UsersView(this); // after the Tab enum's tabs: its index is looked up
    m_tabs->addTab(m_usersView, QIcon(QStringLiteral(":/icons/user.svg")), QString());
    m_hostsView = new HostsView(m_desktops->model(), this); // after the Tab enum's tabs: found by indexOf
    m_tabs->addTab(m_hostsView, QIcon(QStringLiteral(":/icons/network.svg")), QString());
    connect(m_hostsView, &HostsView::message, this, &MainWindow::showMessage);

    m_demoBanner = new BannerWidget(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_banner = new BannerWidget(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    connect(m_banner, &BannerWidget::actionTriggered, this, [this] {
        m_banner->hide();
        if (m_bannerAction)
            m_bannerAction();
    });

    m_main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    // The tab strip comes first and never moves: the filter bar lives inside the desktop tabs.
    mainLayout->addWidget(m_tabs, 1);
    m_desktops->tab(DesktopViews::Students)->setTopBar(m_desktops->filterBar());

    m_welcome = new WelcomePage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_main);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_taskPanel = new TaskPanel(m_batchModel, m_taskModel, this);
    m_taskDock = new QDockWidget(this);
    m_taskDock->setObjectName(QStringLiteral("taskDock"));
    m_taskDock->setWidget(m_taskPanel);
    m_taskDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_taskDock);
    resizeDocks({m_taskDock}, {310}, Qt::Horizontal);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_ageLabel = new QLabel(this);
    m_ageLabel->setObjectName(QStringLiteral("dataAge"));
    m_tasksButton = new QToolButton(this);
    m_tasksButton->setObjectName(QStringLiteral("runningTasks"));
    m_tasksButton->setAutoRaise(true);
    m_tasksButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tasksButton->setIcon(QIcon(QStringLiteral(":/icons/tasks.svg")));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_ageLabel);
    statusBar()->addPermanentWidget(m_tasksButton);
    m_schedulerLabel = new SchedulerStatusLabel(this); // hidden until the app gives it a scheduler
    statusBar()->addPermanentWidget(m_schedulerLabel);

    createActions();
    createMenus();
    createToolBar();
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAutoRaise(true);
    refreshButton->setObjectName(QStringLiteral("statusRefresh"));
    statusBar()->addPermanentWidget(refreshButton);

    connect(m_connections, &ConnectionManager::connectionChanged, this, &MainWindow::onConnectionChanged);
    connect(m_connections, &ConnectionManager::credentialsNeeded, this, &MainWindow::onCredentialsNeeded);
    connect(m_connections, &ConnectionManager::secretSaveFailed, this, &MainWindow::onSecretSaveFailed);
    connect(m_connections, &ConnectionManager::secretSaved, this,
            [this] { showMessage(tr("The password is saved in the keyring.")); });
    connect(m_connections, &ConnectionManager::openFailed, this, [this](const QString &name, const CloudError &error) {
        if (!m_connection)
            m_welcome->setStatus([name, error] { return tr("Could not connect to %1: %2").arg(name, error.userMessage()); });
    });
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::savedConnectionRequested, m_connections, &ConnectionManager::openSaved);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_desktops, &DesktopViews::actorChanged, this, &MainWindow::onActorChanged);
    for (int t = 0; t < DesktopViews::TabCount; ++t) {
        DesktopTab *tab = m_desktops->tab(DesktopViews::Tab(t));
        connect(tab, &DesktopTab::selectionChanged, this, &MainWindow::updateSelection);
        connect(tab, &DesktopTab::contextMenuRequested, this, &MainWindow::onDesktopContextMenu);
        connect(tab, &DesktopTab::activated, this, [this] { m_actions->trigger(DesktopCommand::Connect); });
    }
    // A refresh can change what the selected desktops allow: re-evaluate, at most every 100 ms.
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(100);
    connect(&m_selectionTimer, &QTimer::timeout, this, &MainWindow::updateSelection);
    DesktopTableModel *model = m_desktops->model();
    connect(model, &QAbstractItemModel::dataChanged, &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsRemoved, &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_actions, &DesktopActions::message, this, &MainWindow::showMessage);
    connect(m_actions, &DesktopActions::adoptRequested, this, &MainWindow::onAdopt);
    connect(m_actions, &DesktopActions::batchSubmitted, this, [this](const QString &batchId) {
        m_taskDock->show();
        m_taskPanel->selectBatch(batchId);
    });
    connect(m_imagesView, &ImagesView::message, this, &MainWindow::showMessage);
    connect(m_networkView, &NetworkView::message, this, &MainWindow::showMessage);
    connect(m_usersView, &UsersView::message, this, &MainWindow::showMessage);
    connect(m_tasksButton, &QToolButton::clicked, this, [this] { m_taskDock->setVisible(!m_taskDock->isVisible()); });
    connect(m_tray, &TrayController::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayController::showTasksRequested, this, [this] { m_taskDock->show(); });
    connect(m_tray, &TrayController::quitRequested, this, &QWidget::close);

    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MainWindow::updateAge);
    m_ageTimer.start();

    QSettings &raw = m_settings.raw();
    m_desktops->restoreState(raw);
    fitToScreen();
    restoreGeometry(raw.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(raw.value(QStringLiteral("ui/windowState")).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, raw.value(QStringLiteral("ui/tab"), int(StudentsTab)).toInt(), int(TabCount) - 1));

    retranslate();
    onConnectionChanged(nullptr);
}

MainWindow::~MainWindow()
{
    saveWindowState(); // also when the application quits without closing the window
}

void MainWindow::fitToScreen()
{
    // 1280×760 where there is room; on a 1366×768 laptop the title bar and the panel need their
    // share too, so the window takes the available area less a margin for its frame.
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const QSize frame(16, 48); // title bar and borders of a typical window manager
    const QSize size = QSize(1280, 760).boundedTo(available.size() - frame);
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width() - frame.width()) / 2,
                                      (available.height() - size.height() - frame.height()) / 2));
}

void MainWindow::saveWindowState()
{
    QSettings &raw = m_settings.raw();
    raw.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    raw.setValue(QStringLiteral("ui/windowState"), saveState());
    raw.setValue(QStringLiteral("ui/tab"), m_tabs->currentIndex());
    m_desktops->saveState(raw);
    raw.sync();
}

CloudConnection *MainWindow::connection() const
{
    return m_connection;
}

ConnectDialog *MainWindow::connectDialog() const
{
    return m_connectDialog;
}

QDialog *MainWindow::lastDialog() const
{
    return m_lastDialog;
}

void MainWindow::setAuditView(AuditLogView *view)
{
    const int index = m_tabs->indexOf(m_auditView);
    const QString text = m_tabs->tabText(index);
    const bool visible = m_tabs->isTabVisible(index);
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    delete m_auditView;
    m_auditView = view;
    m_auditLog = view;
    m_tabs->insertTab(index, view, QIcon(QStringLiteral(":/icons/audit.svg")), text);
    m_tabs->setTabVisible(index, visible);
    if (current)
        m_tabs->setCurrentIndex(index);
    connect(view, &AuditLogView::message, this, &MainWindow::showMessage);
}

void MainWindow::setDemoAvailable(bool available)
{
    m_welcome->setDemoAvailable(available);
    m_demo->setVisible(available);
}

void MainWindow::showTab(Tab tab)
{
    if (m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
}

// ---------------------------------------------------------------------------------------------
void MainWindow::onConnectionChanged(CloudConnection *connection)
{
    m_connection = connection;
    m_desktops->setConnection(connection);
    m_taskPanel->setConnection(connection);
    m_taskConsole->setConnection(connection);
    m_imagesView->setConnection(connection);
    m_networkView->setConnection(connection);
    m_usersView->setConnection(connection);
    m_hostsView->setConnection(connection);
    m_taskModel->setTasks({});
    m_batchModel->setBatches({});
    m_banner->hide();
    if (!connection) {
        m_demoBanner->hide();
        m_welcome->setStatus(QString());
        updateSessionLayout();
        updateStatus();
        return;
    }
    TaskEngine *engine = connection->engine();
    QList<TaskSnapshot> tasks;
    for (const BatchSnapshot &b : engine->batches())
        tasks << engine->tasksOfBatch(b.id);
    m_taskModel->setTasks(tasks);
    m_batchModel->setBatches(engine->batches());
    connect(engine, &TaskEngine::taskChanged, m_taskModel, &TaskTableModel::applyTask);
    connect(engine, &TaskEngine::batchChanged, m_batchModel, &BatchListModel::applyBatch);
    connect(engine, &TaskEngine::batchChanged, this, &MainWindow::updateStatus);
    connect(engine, &TaskEngine::batchFinished, this, &MainWindow::onBatchFinished);
    // A journal write that failed is not a log line: the tasks wait for the database, and the user
    // is told so at once (issue 9).
    connect(engine, &TaskEngine::journalError, this, [this](const QString &message) {
        showError(message, QString(), {});
        showMessage(message);
    });
    connect(connection, &CloudConnection::stateChanged, this, &MainWindow::onConnectionState);
    connect(connection, &CloudConnection::ready, this, &MainWindow::onReady);
    connect(connection, &CloudConnection::failed, this, &MainWindow::onFailed);
    connect(connection, &CloudConnection::transportWarning, this, [this](const QString &text) {
        m_banner->showMessage(BannerWidget::Kind::Warning, text.toHtmlEscaped()); // plain http:// (issue 9)
    });
    Inventory *inventory = connection->inventory();
    connect(inventory, &Inventory::refreshed, this, &MainWindow::updateAge);
    connect(inventory, &Inventory::onlineChanged, this, [this](bool online) {
        if (online) {
            if (m_bannerAction && m_banner->isVisible())
                m_banner->hide();
            return;
        }
        if (m_connection && m_connection->state() == CloudConnection::State::Ready) {
            const CloudError error = m_connection->inventory()->lastError();
            const QDateTime fetched = m_connection->inventory()->fetchedAt();
            showError([error, fetched] {
                return tr("The cloud cannot be reached (%1). Showing the data from %2.")
                    .arg(error.userMessage(), QLocale().toString(fetched.toLocalTime().time(), QLocale::ShortFormat));
            }, [] { return tr("Retry now"); }, [this] { refreshNow(); });
        }
    });
    connect(connection->catalog(), &CloudCatalog::errorOccurred, this, [this](const QString &what, const CloudError &error) {
        showMessage(tr("Could not load the %1: %2").arg(what, error.userMessage()));
    });
    if (connection->isDemo())
        m_demoBanner->showMessage(
            BannerWidget::Kind::Warning,
            [] {
                return tr("<b>Demo cloud.</b> This is a simulated OpenStack running inside Phoenix with a "
                          "seeded school; nothing you do here touches a real cloud.");
            },
            {}, false);
    else
        m_demoBanner->hide();
    applySettings();
    onActorChanged();
    onConnectionState();
    loadTaskHistory();
}

void MainWindow::loadTaskHistory()
{
    if (!m_historyLoader || !m_connection)
        return;
    auto *watcher = new QFutureWatcher<QList<TaskSnapshot>>(this);
    QPointer<CloudConnection> connection = m_connection;
    connect(watcher, &QFutureWatcher<QList<TaskSnapshot>>::finished, this, [this, watcher, connection] {
        watcher->deleteLater();
        if (!connection || connection != m_connection)
            return; // switched clouds meanwhile
        for (const TaskSnapshot &t : watcher->result()) {
            if (m_taskModel->rowOf(t.id) < 0) // the engine's live state wins over the journal's
                m_taskModel->applyTask(t);
        }
    });
    watcher->setFuture(QtConcurrent::run(m_historyLoader, m_connection->config()));
}

void MainWindow::onConnectionState()
{
    updateSessionLayout();
    updateStatus();
    setWindowTitle(m_connection ? tr("Phoenix — %1").arg(m_connection->isDemo() ? tr("Demo cloud") : m_connection->name())
                                : tr("Phoenix"));
}

void MainWindow::onReady()
{
    m_banner->hide();
    updateStatus();
    showMessage(tr("Connected to %1.").arg(m_connection ? m_connection->name() : QString()));
}

void MainWindow::onFailed(const CloudError &error)
{
    updateSessionLayout();
    updateStatus();
    if (m_stack->currentWidget() == m_welcome)
        return; // the sign-in page says it
    QPointer<CloudConnection> connection = m_connection;
    const QString name = m_connection ? m_connection->name() : QString();
    showError([name, error] { return tr("Could not connect to %1: %2").arg(name, error.userMessage()); },
              [] { return tr("Retry"); },
              [connection] {
                  if (connection)
                      connection->open();
              });
}

void MainWindow::onCredentialsNeeded(const SavedConnection &saved, const QString &why)
{
    if (m_connectDialog && m_connectDialog->isVisible())
        return; // the open dialog shows it itself
    openConnectDialog();
    m_connectDialog->prefill(saved, why, true);
}

void MainWindow::onSecretSaveFailed(const SecretResult &result)
{
    showError(tr("The password was not saved: %1").arg(result.message), result.retryable() ? tr("Retry") : QString(),
              [this] { m_connections->retrySaveSecret(); });
}

void MainWindow::onBatchFinished(const BatchSnapshot &batch)
{
    // Say it once per outcome: the same end can be reported twice, a retried batch ends anew.
    const QString outcome = QStringLiteral("%1/%2/%3/%4").arg(batch.total).arg(batch.done).arg(batch.failed).arg(batch.cancelled);
    if (m_notified.value(batch.id) == outcome)
        return;
    m_notified.insert(batch.id, outcome);
    const bool failed = batch.failed > 0;
    QString text = BatchListModel::finishedText(batch);
    if (batch.failed == 0 && batch.warnings > 0 && m_connection) {
        for (const TaskSnapshot &t : m_connection->engine()->tasksOfBatch(batch.id)) {
            if (!t.warning().isEmpty()) { // the first warning says what the others are like
                text += QLatin1Char(' ') + t.warning();
                break;
            }
        }
    }
    if (m_auditLog && m_auditLog->isVisible())
        m_auditLog->refresh();
    const QString title = failed ? tr("Batch finished with failures")
        : batch.cancelled > 0    ? tr("Batch cancelled")
        : batch.warnings > 0     ? tr("Batch finished with warnings")
                                 : tr("Batch finished");
    if (m_trayNotifications && !isActiveWindow() && m_tray->notify(title, text, failed || batch.warnings > 0))
        return;
    showMessage(text);
}

void MainWindow::onActorChanged()
{
    const Actor actor = m_desktops->actor();
    m_actions->setActor(actor);
    // Members see only what they may act on: no other servers, no admin views.
    for (Tab t : {OthersTab, ImagesTab, NetworkTab, AuditTab})
        m_tabs->setTabVisible(t, actor.admin);
    m_tabs->setTabVisible(m_tabs->indexOf(m_usersView), actor.admin);
    m_newDesktops->setVisible(actor.admin);
    for (Tab t : {OthersTab, ImagesTab, NetworkTab, AuditTab})
        m_tabActions.at(t)->setVisible(actor.admin);
    m_tabs->setTabVisible(m_tabs->indexOf(m_hostsView), actor.admin);
    updateStatus();
}

void MainWindow::onCurrentTabChanged()
{
    const int t = m_tabs->currentIndex();
    const bool desktopTab = t >= TeachersTab && t <= OthersTab;
    if (desktopTab) // the one filter bar moves to the desktop tab on show, under the tab strip
        m_desktops->tab(DesktopViews::Tab(t))->setTopBar(m_desktops->filterBar());
    m_columns->setEnabled(desktopTab);
    updateSelection();
}

void MainWindow::updateSelection()
{
    const int t = m_tabs->currentIndex();
    QList<Server> selection;
    if (t >= TeachersTab && t <= OthersTab) {
        const DesktopTab *tab = m_desktops->tab(DesktopViews::Tab(t));
        for (int row : tab->selectedSourceRows())
            selection << m_desktops->model()->serverAt(row);
    }
    m_actions->setSelection(selection);
}

void MainWindow::onDesktopContextMenu(const QPoint &globalPos)
{
    updateSelection();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("desktopContextMenu"));
    m_actions->populateMenu(menu);
    menu->popup(globalPos); // not exec(): no nested event loop
}

void MainWindow::onAdopt(const QList<Server> &servers)
{
    QStringList courses;
    for (const Server &s : m_desktops->model()->servers()) {
        const QString c = s.meta(PhoenixMeta::Course);
        if (!c.isEmpty() && !courses.contains(c))
            courses << c;
    }
    courses.sort();
    auto *dialog = new AdoptDialog(servers, courses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_connection)
            return;
        for (const auto &[id, meta] : dialog->metadata()) {
            m_connection->catalog()->adoptServer(id, meta, this, [this](Result<bool> r) {
                showMessage(r ? tr("Adopted; the desktop moves to its tab at the next refresh.")
                              : tr("Could not adopt the server: %1").arg(r.error().userMessage()));
            });
        }
    });
    dialog->open();
}

// ---------------------------------------------------------------------------------------------
void MainWindow::openConnectDialog()
{
    if (!m_connectDialog) {
        m_connectDialog = new ConnectDialog(m_connections, this);
        m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_lastDialog = m_connectDialog.data();
    m_connectDialog->open();
    m_connectDialog->raise();
}

void MainWindow::openCreateDialog()
{
    if (!hasSession())
        return;
    auto *dialog = new CreateDesktopDialog(m_connection, m_desktops->model()->servers(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    const int t = m_tabs->currentIndex();
    if (m_courseNames)
        dialog->setCourseNames(m_courseNames());
    dialog->setRole(t == TeachersTab ? DesktopRole::Teacher : DesktopRole::Student);
    if (!m_desktops->courseFilter().isEmpty())
        dialog->setCourse(m_desktops->courseFilter());
    connect(dialog, &CreateDesktopDialog::batchSubmitted, this, [this](const QString &batchId) {
        m_taskDock->show();
        m_taskPanel->selectBatch(batchId);
        showMessage(tr("Creating the desktops; follow them in the task panel."));
    });
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    if (m_connection) // what the engine runs with now (the demo cloud shortens the reachability check)
        dialog->setInForce(m_connection->engine()->settings(), m_connection->isDemo());
    dialog->setSecretStore(m_connections->secrets()); // the database password goes to the keyring
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &SettingsDialog::applied, this, [this](bool languageChanged) {
        applySettings();
        Q_EMIT settingsApplied(languageChanged);
    });
    dialog->open();
}

void MainWindow::applySettings()
{
    m_desktops->model()->setProbePort(m_settings.detectPort());
    if (!m_connection)
        return;
    m_connection->inventory()->setPollIntervals(m_settings.fastPollSeconds(), m_settings.slowPollSeconds());
    m_connection->setEngineSettings(CloudConnection::engineSettings(m_settings));
}

void MainWindow::exportCsv()
{
    const int t = m_tabs->currentIndex();
    const QAbstractItemModel *model = nullptr;
    QList<int> columns;
    QString base;
    if (t >= TeachersTab && t <= OthersTab) {
        const DesktopTab *tab = m_desktops->tab(DesktopViews::Tab(t));
        model = tab->proxy();
        columns = tab->visibleColumns();
        base = tab->objectName();
    } else if (t == TasksTab) {
        model = m_taskConsole->proxy();
        base = QStringLiteral("tasks");
    } else if (t == ImagesTab) {
        model = m_imagesView->imageView()->model();
        base = QStringLiteral("images");
    } else if (t == NetworkTab) {
        model = m_networkView->floatingIpView()->model();
        base = QStringLiteral("floating-ips");
    } else if (m_tabs->currentWidget() == m_usersView) {
        model = m_usersView->view()->model();
        base = QStringLiteral("users");
    } else if (m_auditLog) {
        model = m_auditLog->view()->model();
        base = QStringLiteral("audit-log");
    }
    if (!model)
        return;
    const QString csv = TableExport::toCsv(model, columns);
    const int rows = model->rowCount();
    auto *dialog = new QFileDialog(this, tr("Export table as CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("%1-%2.csv").arg(base, QDate::currentDate().toString(Qt::ISODate)));
    m_lastDialog = dialog;
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv, rows](const QString &path) {
        const QString error = TableExport::writeFile(path, csv);
        showMessage(error.isEmpty() ? tr("Saved %n row(s) to %1.", nullptr, rows).arg(path)
                                    : tr("Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

void MainWindow::refreshNow()
{
    if (!m_connection)
        return;
    if (m_connection->state() == CloudConnection::State::Failed) {
        m_connection->open();
        return;
    }
    m_connection->inventory()->refreshNow();
    m_connection->catalog()->refreshAll();
    showMessage(tr("Refreshing…"));
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
void MainWindow::retranslate()
{
    const char *tabNames[TabCount] = {QT_TR_NOOP("Teacher desktops"), QT_TR_NOOP("Student desktops"),
                                      QT_TR_NOOP("Other servers"),    QT_TR_NOOP("Images && flavors"),
                                      QT_TR_NOOP("Network"),          QT_TR_NOOP("Task console"),
                                      QT_TR_NOOP("Audit log")};
    for (int t = 0; t < TabCount; ++t)
        m_tabs->setTabText(t, tr(tabNames[t]));
    m_tabs->setTabText(m_tabs->indexOf(m_usersView), tr("Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_hostsView), tr("Hosts"));
    m_tabs->setTabToolTip(OthersTab, tr("Servers without Phoenix metadata; adopt them to manage them as desktops"));
    if (auto *placeholder = qobject_cast<QLabel *>(m_auditView))
        placeholder->setText(tr("The audit log needs the Phoenix database."));
    m_taskDock->setWindowTitle(tr("Tasks"));
    m_desktops->retranslate();
    m_actions->retranslate();
    m_taskModel->retranslate();
    m_batchModel->retranslate();
    retranslateMenus();
    onConnectionState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Dates and numbers follow the language at once (date editors, spin boxes): every widget
        // without a locale of its own gets a LocaleChange from this.
        setLocale(QLocale());
        retranslate();
        statusBar()->clearMessage(); // a message in the old language would linger for 10 s
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}
