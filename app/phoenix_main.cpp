// phoenix: the administrator's window (and later the teacher's tray). Composition root only:
// settings, translation, the Phoenix database, the keychain, the connections (each a CloudSession
// with its Inventory and TaskEngine) and the main window are made and wired here.
#include "models/settings/appsettings.h"
#include "models/store/auditlog.h"
#include "ui/auditlogview.h"
#include "models/session/cloudcatalog.h"
#include "ui/bannerwidget.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/store/database.h"
#include "cloud/demo/democloud.h"
#include "ui/desktopactions.h"
#include "ui/desktopviews.h"
#include "models/engine/inventory.h"
#include "models/store/inventorycache.h"
#include "ui/mainwindow.h"
#include "models/session/secretstore.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskhistory.h"
#include "models/settings/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcMain, "phoenix.app.main")

namespace
{
struct Options
{
    QString language;
    QString cloud;
    bool demo = false;
    double demoSpeed = DemoCloud::RealisticSpeed;
    QString screenshot;
    int screenshotAfterMs = 3000;
    int quitAfterMs = 0;
    QString tab;
    QString open;
    QString filter;
    QString course;
    bool demoBatch = false;
};

Options parse(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cloud classroom desktops on OpenStack"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "User interface language (en, zh_CN)."),
                                  QStringLiteral("language"));
    const QCommandLineOption cloud(QStringLiteral("os-cloud"),
                                   QApplication::translate("main", "Connect to this clouds.yaml entry (default: $OS_CLOUD)."),
                                   QStringLiteral("name"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the built-in demo cloud and connect to it."));
    const QCommandLineOption demoSpeed(QStringLiteral("demo-speed"),
                                       QApplication::translate("main", "How much faster than real the demo cloud runs (1 = realistic)."),
                                       QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window (or of --open's dialog) to this PNG file."),
                                        QStringLiteral("file"));
    const QCommandLineOption screenshotAfter(QStringLiteral("screenshot-after"),
                                             QApplication::translate("main", "Take the screenshot after this many milliseconds."),
                                             QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QApplication::translate("main", "Quit after this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QApplication::translate("main", "Show this tab: teachers, students, others, images, network, tasks, audit."),
                                 QStringLiteral("name"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QApplication::translate("main", "Open a dialog at start: connect, create, settings."),
                                  QStringLiteral("dialog"));
    const QCommandLineOption demoBatch(QStringLiteral("demo-batch"),
                                       QApplication::translate("main", "With --demo: resume one course's desktops at start, one of "
                                                                       "them failing on purpose, to show the task panel at work."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QApplication::translate("main", "Start with this text in the quick filter."), QStringLiteral("text"));
    const QCommandLineOption course(QStringLiteral("course"),
                                    QApplication::translate("main", "Start with the tables showing this course only."),
                                    QStringLiteral("code"));
    parser.addOptions({lang, cloud, demo, demoSpeed, screenshot, screenshotAfter, quitAfter, tab, open, demoBatch, filter, course});
    parser.process(app);

    Options o;
    o.language = parser.value(lang);
    o.cloud = parser.isSet(cloud) ? parser.value(cloud) : qEnvironmentVariable("OS_CLOUD");
    o.demo = parser.isSet(demo);
    o.demoSpeed = qMax(0.1, parser.value(demoSpeed).toDouble());
    o.screenshot = parser.value(screenshot);
    o.screenshotAfterMs = parser.value(screenshotAfter).toInt();
    o.quitAfterMs = parser.value(quitAfter).toInt();
    o.tab = parser.value(tab);
    o.open = parser.value(open);
    o.demoBatch = parser.isSet(demoBatch);
    o.filter = parser.value(filter);
    o.course = parser.value(course);
    return o;
}

MainWindow::Tab tabFromName(const QString &name)
{
    const QStringList names = {QStringLiteral("teachers"), QStringLiteral("students"), QStringLiteral("others"),
                               QStringLiteral("images"),   QStringLiteral("network"),  QStringLiteral("tasks"),
                               QStringLiteral("audit")};
    const int i = int(names.indexOf(name));
    return i < 0 ? MainWindow::StudentsTab : MainWindow::Tab(i);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QApplication::setApplicationName(QStringLiteral("phoenix"));
    QApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.phoenix.Phoenix"));
    const Options options = parse(app);

    AppSettings settings;
    Translation::apply(options.language.isEmpty() ? settings.language() : options.language);

    // The Phoenix database (cache, task journal, audit log). Phoenix still runs without it.
    Database database;
    const CloudError dbError = database.open(settings.databaseUrl());
    if (dbError)
        qCWarning(lcMain) << "database unavailable:" << dbError.detail();

    std::unique_ptr<InventoryCache> cache;
    std::unique_ptr<AuditLog> audit;
    if (database.isOpen()) {
        cache = std::make_unique<InventoryCache>(&database);
        audit = std::make_unique<AuditLog>(&database);
    }

    SecretStore secrets;
    ConnectionManager connections(settings.raw(), &secrets, [&cache, &audit, &database](const CloudConfig &config, QObject *parent) {
        std::unique_ptr<EngineJournal> journal;
        if (database.isOpen()) // tasks survive a crash, and every finished item lands in the audit log
            journal = std::make_unique<StoreJournal>(&database, Inventory::scopeFor(config), config.projectName);
        auto *connection = new CloudConnection(config, cache.get(), std::move(journal), parent);
        connection->catalog()->setAuditLog(audit.get()); // image, floating-IP and adopt changes too
        return connection;
    });

    MainWindow window(settings, &connections);
    if (audit) {
        window.setAuditView(new AuditLogView(audit.get()));
        window.setTaskHistoryLoader([&database](const CloudConfig &config) {
            return TaskHistory::load(&database, Inventory::scopeFor(config));
        });
    }
    if (dbError)
        window.banner()->showMessage(BannerWidget::Kind::Warning,
                                     QApplication::translate("main", "The Phoenix database could not be opened: %1 "
                                                                     "Task history and the audit log are not kept in this session.")
                                         .arg(dbError.userMessage().toHtmlEscaped()));
    else if (!database.recoveryNotice().isEmpty())
        window.banner()->showMessage(BannerWidget::Kind::Warning, database.recoveryNotice().toHtmlEscaped());

    // The demo cloud runs in this process, on 127.0.0.1, only when asked for.
    std::unique_ptr<DemoCloud> demo;
    auto openDemo = [&] {
        if (!demo) {
            demo = std::make_unique<DemoCloud>();
            demo->setSpeed(options.demoSpeed);
            demo->seedSchool();
            if (demo->start() == 0) {
                qCWarning(lcMain) << "the demo cloud could not listen on 127.0.0.1";
                demo.reset();
                return;
            }
        }
        connections.open(SavedConnection{}, demo->cloudConfig(), false, /*demo=*/true);
        // The demo's addresses answer nobody: the reachability check gives up after a few seconds.
        if (CloudConnection *c = connections.current()) {
            EngineSettings e = CloudConnection::engineSettings(settings);
            e.detectTimeoutSeconds = 5;
            e.detectIntervalSeconds = 2;
            e.detectConnectTimeoutMs = 500;
            c->setEngineSettings(e);
        }
        if (!options.demoBatch)
            return;
        // A sample batch for the tour (and the screenshots): resume the suspended desktops of the
        // first course, one of which Nova refuses (with a request ID to show).
        CloudConnection *connection = connections.current();
        auto started = std::make_shared<bool>(false);
        auto start = [&window, &demo, connection, started] {
            if (!demo || connection->inventory()->isFromCache() || *started)
                return;
            *started = true;
            const QString course = demo->school().courses.first().code;
            QList<Server> suspended;
            for (const Server &s : connection->inventory()->servers()) {
                if (s.meta(PhoenixMeta::Course) == course && s.status == QLatin1String("SUSPENDED"))
                    suspended << s;
            }
            if (suspended.size() > 2)
                demo->addFault(DemoFault::httpError(403, "POST", QStringLiteral("/servers/%1/action$").arg(suspended.at(2).id)));
            window.desktopActions()->submit(DesktopCommand::Resume, suspended);
        };
        // once signed in and the first listing is in, whichever comes last
        QObject::connect(connection, &CloudConnection::ready, &window, start);
        QObject::connect(connection->inventory(), &Inventory::refreshed, &window, [connection, start] {
            if (connection->state() == CloudConnection::State::Ready)
                start();
        });
    };
    window.setDemoAvailable(true);
    QObject::connect(&window, &MainWindow::demoRequested, &window, openDemo);
    QObject::connect(&window, &MainWindow::settingsApplied, &window, [&settings](bool languageChanged) {
        if (languageChanged)
            Translation::apply(settings.language());
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &connections, &ConnectionManager::close);

    window.show();
    if (options.demo)
        openDemo();
    else if (!options.cloud.isEmpty())
        connections.openCloud(options.cloud);
    else if (!connections.store().last().isEmpty())
        connections.openSaved(connections.store().last());

    if (!options.tab.isEmpty())
        window.showTab(tabFromName(options.tab));
    if (!options.filter.isEmpty())
        window.desktops()->quickFilter()->setText(options.filter);
    if (!options.course.isEmpty())
        window.desktops()->setCourseFilter(options.course);
    if (options.open == QLatin1String("connect"))
        window.openConnectDialog();
    else if (options.open == QLatin1String("settings"))
        window.openSettings();
    else if (options.open == QLatin1String("create"))
        QTimer::singleShot(qMax(200, options.screenshotAfterMs / 2), &window, [&window] { window.openCreateDialog(); });

    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(options.screenshotAfterMs, &window, [&window, path = options.screenshot] {
            QWidget *target = window.lastDialog() && window.lastDialog()->isVisible() ? static_cast<QWidget *>(window.lastDialog()) : &window;
            if (!target->grab().save(path))
                qCWarning(lcMain) << "could not save the screenshot to" << path;
        });
    }
    if (options.quitAfterMs > 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
