// phoenix: the administrator's window (and later the teacher's tray). Composition root only:
// settings, translation, the Phoenix database, the keychain, the connections (each a CloudSession
// with its Inventory and TaskEngine) and the main window are made and wired here.
#include "demolauncher.h"
#include "phoenixoptions.h"
#include "singleinstance.h"
#include "traylauncher.h"

#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskhistory.h"
#include "models/lessons/lessonstore.h"
#include "ui/coursetabs.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/session/databasesecret.h"
#include "models/session/secretstore.h"
#include "models/settings/appsettings.h"
#include "models/settings/autostart.h"
#include "models/settings/translation.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/store/inventorycache.h"
#include "ui/auditlogview.h"
#include "ui/bannerwidget.h"
#include "ui/classroomviews.h"
#include "ui/desktopactions.h"
#include "ui/desktopviews.h"
#include "ui/mainwindow.h"
#include "ui/phoenixstyle.h"
#include "ui/usersview.h"
#include "ui/windowscheduler.h"

#include <QApplication>
#include <QDialog>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcMain, "phoenix.app.main")

namespace
{
MainWindow::Tab tabFromName(const QString &name)
{
    const QStringList names = {QStringLiteral("teachers"), QStringLiteral("students"), QStringLiteral("others"),
                               QStringLiteral("images"),   QStringLiteral("network"),  QStringLiteral("tasks"),
                               QStringLiteral("audit")};
    const int i = int(names.indexOf(name));
    return i < 0 ? MainWindow::StudentsTab : MainWindow::Tab(i);
}

// --tab, --filter, --course, --open, --screenshot, --quit-after: for the tour and the screenshots.
void applyStartOptions(const PhoenixOptions &options, MainWindow &window, ClassroomViews &classroom)
{
    if (!options.tab.isEmpty() && !classroom.showTab(options.tab))
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
        QTimer::singleShot(options.quitAfterMs, qApp, &QCoreApplication::quit);
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no display: answered before any GUI object exists.
    if (const int rc = PhoenixOptions::answerTextOnly(argc, argv); rc >= 0)
        return rc;
    QApplication app(argc, argv);
    PhoenixOptions::setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.phoenix.Phoenix"));
    QApplication::setStyle(new PhoenixStyle); // sort arrows that point the way the list runs
    const PhoenixOptions options = PhoenixOptions::parse(app);

    AppSettings settings;
    Translation::apply(options.language.isEmpty() ? settings.language() : options.language);

    // The Phoenix database (cache, task journal, audit log). Phoenix still runs without it. A
    // PostgreSQL password comes from the keyring (asynchronously, issue 9), so the database may
    // open after the window shows; the first connection opens once it did, so that its tasks are
    // journaled.
    if (const QString warning = DatabaseSecret::commandLineWarning(options.database); !warning.isEmpty())
        QTextStream(stderr) << warning << Qt::endl;
    Database database;
    std::unique_ptr<InventoryCache> cache;
    std::unique_ptr<AuditLog> audit;

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
    CourseTabs courseTabs(&window, &connections, &database); // Courses, Timetable, School calendar (issue 13)
    // Today, the readiness board and the seating plans (issue 13): tabs of their own.
    ClassroomViews classroom(&window, &connections);
    // A database password saved by an older Phoenix moves from the settings file to the keyring.
    DatabaseSecret::moveToKeyring(settings, &secrets, &window, [&window](const SecretResult &result) {
        if (!result.ok())
            window.banner()->showMessage(
                BannerWidget::Kind::Warning,
                [result] {
                    return QApplication::translate("main", "The database password is still in the settings file: it "
                                                           "could not be moved to the keyring. %1")
                        .arg(result.message.toHtmlEscaped());
                },
                {});
    });
    std::unique_ptr<TrayLauncher> tray; // phoenix --tray or a phoenix:// link (below)
    auto databaseOpened = [&](const CloudError &dbError, const QString &keyringProblem) {
        if (dbError)
            qCWarning(lcMain) << "database unavailable:" << dbError.detail();
        if (database.isOpen()) {
            cache = std::make_unique<InventoryCache>(&database);
            audit = std::make_unique<AuditLog>(&database);
            window.setAuditView(new AuditLogView(audit.get()));
            window.usersView()->setAuditLog(audit.get());
            classroom.setDatabase(&database);
            if (tray)
                tray->setDatabase(&database); // the class line and the courses' protocols
            window.setTaskHistoryLoader([&database](const CloudConfig &config) {
                return TaskHistory::load(&database, Inventory::scopeFor(config));
            });
        }
        if (dbError)
            window.banner()->showMessage(
                BannerWidget::Kind::Warning,
                [dbError, keyringProblem] {
                    return QApplication::translate("main", "The Phoenix database could not be opened: %1 "
                                                           "Task history and the audit log are not kept in this session.")
                        .arg(QString(dbError.userMessage() + QLatin1Char(' ') + keyringProblem).trimmed().toHtmlEscaped());
                },
                {});
        else if (!database.recoveryNotice().isEmpty())
            window.banner()->showMessage(BannerWidget::Kind::Warning, database.recoveryNotice().toHtmlEscaped());
    };

    // The lesson scheduler runs while the window is open, on its own thread (issue 12).
    WindowScheduler scheduler(&connections, &database, settings, &window);
    scheduler.setRunsHere(!options.tray && options.url.isEmpty()); // not in the teacher's tray
    QObject::connect(&window, &MainWindow::settingsApplied, &scheduler, [&scheduler] { scheduler.applySettings(); });
    DemoLauncher demo(&connections, &window, options.demoSpeed, options.demoBatch);
    // The demo school's timetable goes into the database, and the scheduler prepares its first
    // lesson at once (20 minutes ahead; not with the tour's sample batch, which resumes by hand).
    demo.setDatabase(&database);
    if (!options.demoBatch)
        scheduler.setDemoAheadSeconds(20 * 60);
    QObject::connect(&demo, &DemoLauncher::timetableSeeded, &scheduler, &WindowScheduler::tickNow);
    window.setDemoAvailable(true);
    // Course names for New desktops and the courses' protocols for Connect: the lessons store's
    // courses of the cloud, read on a worker when a connection opens (the GUI thread never waits
    // for the database), and the demo's names.
    struct CourseFacts
    {
        QHash<QString, QString> names;
        QHash<QString, QString> protocols;
    };
    auto courseFacts = std::make_shared<CourseFacts>();
    auto generation = std::make_shared<int>(0);
    QObject::connect(&connections, &ConnectionManager::connectionChanged, &window,
                     [&database, &window, courseFacts, generation](CloudConnection *connection) {
        *courseFacts = CourseFacts();
        const int mine = ++*generation;
        if (!connection || !database.isOpen())
            return;
        auto *watcher = new QFutureWatcher<CourseFacts>(&window);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &window, [watcher, courseFacts, generation, mine] {
            if (*generation == mine) // not a cloud switched away from meanwhile
                *courseFacts = watcher->result();
            watcher->deleteLater();
        });
        const QString scope = Inventory::scopeFor(connection->config());
        watcher->setFuture(QtConcurrent::run([&database, scope] {
            CourseFacts facts;
            const Result<QList<Course>> courses = LessonStore(&database, scope).courses();
            if (courses) {
                for (const Course &c : courses.value()) {
                    facts.names.insert(c.code, c.name);
                    if (!c.protocol.isEmpty())
                        facts.protocols.insert(c.code, c.protocol);
                }
            }
            return facts;
        }));
    });
    window.setCourseNames([&demo, courseFacts] {
        QHash<QString, QString> names = demo.courseNames();
        names.insert(courseFacts->names);
        return names;
    });
    window.desktopActions()->setCourseProtocols([courseFacts] { return courseFacts->protocols; });
    // Users: the rosters of the connection's project, read on a worker thread.
    window.usersView()->setRosterLoader([&database](const CloudConfig &config) -> Result<RosterBook> {
        if (!database.isOpen())
            return CloudError::local(QApplication::translate("main", "The Phoenix database is not open: no rosters."));
        return RosterBook::load(LessonStore(&database, Inventory::scopeFor(config)));
    });
    QObject::connect(&window, &MainWindow::demoRequested, &demo, &DemoLauncher::open);
    QObject::connect(&window, &MainWindow::settingsApplied, &window, [&settings](bool languageChanged) {
        if (languageChanged)
            Translation::apply(settings.language());
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &connections, &ConnectionManager::close);

    // phoenix --tray, or a phoenix://open link: the teacher's tray instead of the window (issue 14).
    const std::optional<PhoenixUrl> link = options.url.isEmpty() ? std::nullopt : PhoenixUrl::parse(options.url);
    if (!options.url.isEmpty() && !link)
        QTextStream(stderr) << QApplication::translate("main", "Not a Phoenix link: %1").arg(options.url) << Qt::endl;
    auto startUp = [&] {
        if (tray) {
            tray->start(link ? &link->desktop : nullptr);
            if (options.open == QLatin1String("menu"))
                tray->popUpMenuAfter(qMax(500, options.screenshotAfterMs));
            if (options.quitAfterMs > 0)
                QTimer::singleShot(options.quitAfterMs, qApp, &QCoreApplication::quit);
        } else {
            window.show();
        }
        DatabaseSecret::open(&database, options.database.isEmpty() ? settings.databaseUrl() : options.database, &secrets, &window,
                             [&](const CloudError &dbError, const QString &keyringProblem) {
                                 databaseOpened(dbError, keyringProblem);
                                 if (options.demo)
                                     demo.open();
                                 else if (!options.cloud.isEmpty())
                                     connections.openCloud(options.cloud);
                                 else if (!connections.store().last().isEmpty())
                                     connections.openSaved(connections.store().last());
                             });
        applyStartOptions(options, window, classroom);
    };
    // One tray per user and settings: a second `phoenix phoenix://open` (or `--tray`) hands its
    // link to the running one and ends (no secret crosses; the running tray parses the link).
    std::unique_ptr<SingleInstance> instance;
    if (options.tray || link) {
        tray = std::make_unique<TrayLauncher>(settings, &connections, &window, [&database](const QString &scope) {
            return database.isOpen() ? TaskHistory::load(&database, scope, 200) : QList<TaskSnapshot>();
        });
        instance = std::make_unique<SingleInstance>(settings.raw().fileName());
        QObject::connect(instance.get(), &SingleInstance::received, tray.get(), &TrayLauncher::handleForwarded);
        QObject::connect(instance.get(), &SingleInstance::primary, &app, startUp);
        QObject::connect(instance.get(), &SingleInstance::forwarded, &app, [hasLink = link.has_value()] {
            QTextStream(stderr) << (hasLink ? QApplication::translate("main", "Phoenix is running already: the link went to it.")
                                            : QApplication::translate("main", "The teacher's tray is running already."))
                                << Qt::endl;
            QCoreApplication::exit(0);
        });
        QObject::connect(instance.get(), &SingleInstance::refused, &app, [](const QString &why) {
            QTextStream(stderr) << why << Qt::endl;
            QCoreApplication::exit(1);
        });
        const QString message = link ? options.url : QStringLiteral("tray");
        QTimer::singleShot(0, instance.get(), [&instance, message] { instance->start(message); });
    } else {
        startUp();
    }
    return QApplication::exec();
}
