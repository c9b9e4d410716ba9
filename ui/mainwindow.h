#pragma once

#include "models/domain/desktoppolicy.h"
#include "cloud/cloudconfig.h"
#include "models/domain/tasktypes.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class AppSettings;
class AuditLogView;
class BannerWidget;
class BatchListModel;
class CloudConnection;
class ConnectDialog;
class ConnectionManager;
class DesktopActions;
class DesktopViews;
class ImagesView;
class NetworkView;
class HostsView;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QToolButton;
class SchedulerService;
class SchedulerStatusLabel;
class TaskConsole;
class TaskPanel;
class TaskTableModel;
class TrayController;
class UsersView;
class WelcomePage;
struct SavedConnection;
struct SecretResult;
struct BatchSnapshot;
class CloudError;

/**
 * The administrator's window: desktop tables (teacher, student, other servers), images & flavors,
 * network, task console and audit log as tabs; the task panel as a dock; menus, toolbar and
 * shortcuts for every desktop command; a status bar with the connection, the signed-in user, how
 * old the data is and the running tasks. It arranges the widgets and forwards signals: the rules
 * live in models/ (DesktopPolicy, DesktopNaming, ...), the work in the TaskEngine.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab {
        TeachersTab,
        StudentsTab,
        OthersTab,
        ImagesTab,
        NetworkTab,
        TasksTab,
        AuditTab,
        TabCount
    };

    MainWindow(AppSettings &settings, ConnectionManager *connections, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The audit log view is built by the app (it needs the store); it becomes the Audit tab. */
    void setAuditView(AuditLogView *view);
    /** Loads a connection's past tasks (the journal), on a worker thread, for the task console. */
    using TaskHistoryLoader = std::function<QList<TaskSnapshot>(const CloudConfig &config)>;
    void setTaskHistoryLoader(TaskHistoryLoader loader) { m_historyLoader = std::move(loader); }
    /** Course names by code ("py-01" → "Python 入门") for the New desktops dialog, where known. */
    using CourseNames = std::function<QHash<QString, QString>()>;
    void setCourseNames(CourseNames names) { m_courseNames = std::move(names); }
    /** Offer "Open the demo cloud" (the app can start one). */
    void setDemoAvailable(bool available);
    void showTab(Tab tab);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] DesktopViews *desktops() const { return m_desktops; }
    [[nodiscard]] DesktopActions *desktopActions() const { return m_actions; }
    [[nodiscard]] TaskPanel *taskPanel() const { return m_taskPanel; }
    [[nodiscard]] QDockWidget *taskDock() const { return m_taskDock; }
    [[nodiscard]] TaskConsole *taskConsole() const { return m_taskConsole; }
    [[nodiscard]] TaskTableModel *taskModel() const { return m_taskModel; }
    [[nodiscard]] BatchListModel *batchModel() const { return m_batchModel; }
    [[nodiscard]] ImagesView *imagesView() const { return m_imagesView; }
    [[nodiscard]] NetworkView *networkView() const { return m_networkView; }
    /** Users (issue 13): roster accounts in Keystone; the app gives it the rosters and the audit log. */
    [[nodiscard]] UsersView *usersView() const { return m_usersView; }
    [[nodiscard]] HostsView *hostsView() const { return m_hostsView; } // administrators: compute hosts
    [[nodiscard]] BannerWidget *banner() const { return m_banner; }
    [[nodiscard]] BannerWidget *demoBanner() const { return m_demoBanner; }
    [[nodiscard]] QLabel *connectionLabel() const { return m_connectionLabel; }
    [[nodiscard]] QLabel *ageLabel() const { return m_ageLabel; }
    /** The lesson scheduler running in this window (the app makes one per connection), or null. */
    void setScheduler(SchedulerService *scheduler);
    [[nodiscard]] SchedulerStatusLabel *schedulerLabel() const { return m_schedulerLabel; }
    [[nodiscard]] QAction *newDesktopsAction() const { return m_newDesktops; }
    [[nodiscard]] QAction *refreshAction() const { return m_refresh; }
    [[nodiscard]] CloudConnection *connection() const;
    /** Signed in: the commands that need a cloud are enabled. */
    [[nodiscard]] bool hasSession() const;
    [[nodiscard]] WelcomePage *welcomePage() const { return m_welcome; }
    [[nodiscard]] QWidget *desktopArea() const { return m_main; }
    /** The dialogs the window opened last (tests drive them). */
    [[nodiscard]] ConnectDialog *connectDialog() const;
    [[nodiscard]] QDialog *lastDialog() const;

public:
    /** phoenix --tray: the teacher's tray shows its own notifications; batches of this hidden
     *  window then only go to the status bar (no second tray icon). */
    void setTrayNotifications(bool on) { m_trayNotifications = on; }
    void openConnectDialog();
    void openCreateDialog();
    void openSettings();
    void exportCsv();
    void refreshNow();

Q_SIGNALS:
    void demoRequested();
    void settingsApplied(bool languageChanged);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindowmenus.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateMenus();
    void rebuildConnectionsMenu();

    // mainwindow.cpp
    void retranslate();
    void onConnectionChanged(CloudConnection *connection);
    void onConnectionState();
    void onReady();
    void onFailed(const CloudError &error);
    void onCredentialsNeeded(const SavedConnection &saved, const QString &why);
    void onSecretSaveFailed(const SecretResult &result);
    void onBatchFinished(const BatchSnapshot &batch);
    void onActorChanged();
    void onCurrentTabChanged();
    void onDesktopContextMenu(const QPoint &globalPos);
    void onAdopt(const QList<Server> &servers);
    void updateSelection();
    void updateStatus();
    void updateAge();
    void showMessage(const QString &text);
    void showError(const QString &text, const QString &actionText, std::function<void()> action);
    void showError(std::function<QString()> text, std::function<QString()> actionText, std::function<void()> action);
    void updateSessionLayout();
    void fitToScreen();
    void saveWindowState();
    void applySettings();
    void loadTaskHistory();

    AppSettings &m_settings;
    ConnectionManager *m_connections;
    QPointer<CloudConnection> m_connection;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_main = nullptr;
    QTabWidget *m_tabs = nullptr;
    BannerWidget *m_demoBanner = nullptr;
    BannerWidget *m_banner = nullptr;
    std::function<void()> m_bannerAction;
    TaskHistoryLoader m_historyLoader;
    CourseNames m_courseNames;
    DesktopViews *m_desktops = nullptr;
    DesktopActions *m_actions = nullptr;
    TaskTableModel *m_taskModel = nullptr;
    BatchListModel *m_batchModel = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    QDockWidget *m_taskDock = nullptr;
    TaskConsole *m_taskConsole = nullptr;
    ImagesView *m_imagesView = nullptr;
    NetworkView *m_networkView = nullptr;
    UsersView *m_usersView = nullptr;
    HostsView *m_hostsView = nullptr;
    QWidget *m_auditView = nullptr;     // a placeholder until setAuditView()
    AuditLogView *m_auditLog = nullptr;
    TrayController *m_tray = nullptr;
    bool m_trayNotifications = true;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<QDialog> m_lastDialog;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_ageLabel = nullptr;
    QToolButton *m_tasksButton = nullptr;
    SchedulerStatusLabel *m_schedulerLabel = nullptr;
    QTimer m_ageTimer;
    QTimer m_selectionTimer;
    bool m_dockHiddenForWelcome = false;
    QHash<QString, QString> m_notified; // batch id → the outcome last announced

    // actions (mainwindowmenus.cpp)
    QMenu *m_cloudMenu = nullptr;
    QMenu *m_connectionsMenu = nullptr;
    QMenu *m_desktopMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_newDesktops = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_columns = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_tabActions;
};
