// The teacher's tray (issue 14) on the demo cloud: under Xvfb with trayer the icon is present;
// its picture, tooltip and menu follow the teacher's desktop (actions enabled by state), "Open my
// desktop" runs to Ready with progress and a notification, a failure offers Retry, and the client
// is launched with a connection file that is removed afterwards. The no-tray window offers the
// same (offscreen too). Runs on xcb when DISPLAY is set (run-tests.sh: Xvfb + trayer), else
// offscreen, where the tray checks skip.
#include "demowindow.h"
#include "models/session/clientlauncher.h"
#include "models/session/mydesktoptracker.h"
#include "models/settings/autostart.h"
#include "ui/mydesktopwindow.h"
#include "ui/teachertray.h"
#include "cloud/demo/demostate.h"
#include "cloud/demo/demotimetable.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/teacherlessons.h"
#include "models/session/connectionplan.h"
#include "models/store/database.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSystemTrayIcon>
#include <QThread>

class TestTeacherTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void iconIsPresentUnderTrayer();
    void menuFollowsTheState();
    void openRunsToReadyWithProgress();
    void failureOffersRetry();
    void launchesTheClientAndRemovesTheFile();
    void severalDesktopsHaveOneSubmenuEach();
    void offlineOffersSignIn();
    void noTrayWindowOffersTheSameActions();
    void autostartEntryAndLinks();
    void classLineFollowsTheTeachersLesson();
    void classLineNeedsTheStoreAndACourse();
    void courseProtocolPicksTheConnection();

private:
    QAction *action(const QString &name) const;
    bool openAs(const QString &user);

    std::unique_ptr<DemoWindow> m_w;
    std::unique_ptr<MyDesktopTracker> m_tracker;
    std::unique_ptr<TeacherTray> m_tray;
};

void TestTeacherTray::init()
{
    m_w = std::make_unique<DemoWindow>();
    m_tracker = std::make_unique<MyDesktopTracker>(m_w->settings);
    m_tracker->setLaunchEnabled(false);
    QObject::connect(&m_w->connections, &ConnectionManager::connectionChanged, m_tracker.get(), &MyDesktopTracker::setConnection);
    m_tray = std::make_unique<TeacherTray>(m_tracker.get());
    m_tray->show();
}

void TestTeacherTray::cleanup()
{
    m_tray.reset();
    m_tracker.reset();
    m_w.reset();
}

bool TestTeacherTray::openAs(const QString &user)
{
    if (!m_w->open(user))
        return false;
    EngineSettings s = CloudConnection::engineSettings(m_w->settings);
    s.waitPollMs = 100;
    s.actionRetryDelayMs = 50;
    s.actionTries = 1;
    s.detectTimeoutSeconds = 0; // the demo's addresses are not routable: DETECT looks once
    s.detectConnectTimeoutMs = 200;
    m_w->connection()->setEngineSettings(s);
    return QTest::qWaitFor([this] { return !m_tracker->desktops().isEmpty(); }, 20000);
}

QAction *TestTeacherTray::action(const QString &name) const
{
    return m_tray->menu()->findChild<QAction *>(name);
}

void TestTeacherTray::iconIsPresentUnderTrayer()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("no X display: the tray needs Xvfb and trayer (tests/setup/run-tests.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    QVERIFY(m_tray->icon()->isVisible());
    QVERIFY(!m_tray->icon()->icon().isNull());
    QVERIFY(m_tray->icon()->geometry().isValid()); // docked: the tray host gave it a place
}

void TestTeacherTray::menuFollowsTheState()
{
    // Offline before sign-in.
    QCOMPARE(m_tracker->state(), MyDesktopState::Offline);
    QCOMPARE(TeacherTray::iconFor(m_tracker->state()), QStringLiteral(":/icons/state-unknown.svg"));
    QVERIFY(action(QStringLiteral("signIn")));

    QVERIFY(openAs(QStringLiteral("li.na"))); // li.na's desktop is SUSPENDED in the demo school
    QCOMPARE(m_tracker->desktops().size(), 1);
    QCOMPARE(m_tracker->state(), MyDesktopState::Suspended);
    QVERIFY(action(QStringLiteral("openMyDesktop"))->isEnabled());
    QVERIFY(!action(QStringLiteral("suspendMyDesktop"))->isEnabled());
    QVERIFY(!action(QStringLiteral("restartMyDesktop"))->isEnabled());
    QVERIFY(!action(QStringLiteral("address"))->isEnabled());
    QVERIFY(!action(QStringLiteral("signIn")));
    const QString name = m_tracker->desktops().first().server.name;
    QCOMPARE(action(QStringLiteral("status"))->text(), QStringLiteral("%1: Suspended").arg(name));
    QCOMPARE(m_tray->icon()->toolTip(), QStringLiteral("Phoenix — %1: Suspended").arg(name));
    QVERIFY(action(QStringLiteral("openPhoenix")));
    QVERIFY(action(QStringLiteral("settings")));
    QVERIFY(action(QStringLiteral("quit")));
    QVERIFY(!action(QStringLiteral("classDesktops"))); // no lessons store here: no class line
}

void TestTeacherTray::openRunsToReadyWithProgress()
{
    QVERIFY(openAs(QStringLiteral("li.na")));
    QSignalSpy progress(m_tracker.get(), &MyDesktopTracker::progress);
    QSignalSpy opened(m_tracker.get(), &MyDesktopTracker::opened);
    // What the journal taught: opens usually take 40 s.
    TaskSnapshot earlier;
    earlier.spec.kind = TaskKind::OpenDesktop;
    earlier.state = TaskState::Done;
    StageRecord r;
    r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-100);
    r.finishedAt = r.startedAt.addSecs(40);
    r.ok = true;
    earlier.history = {r};
    m_tracker->setHistory({earlier});

    action(QStringLiteral("openMyDesktop"))->trigger();
    QCOMPARE(m_tracker->state(), MyDesktopState::Starting);
    QVERIFY(!action(QStringLiteral("openMyDesktop"))->isEnabled()); // no second open while one runs
    QCOMPARE(TeacherTray::iconFor(m_tracker->state()), QStringLiteral(":/icons/state-busy.svg"));
    QVERIFY2(m_tray->icon()->toolTip().contains(QLatin1String("usually 40 s")), qPrintable(m_tray->icon()->toolTip()));
    QVERIFY2(m_tray->lastNotification().startsWith(QLatin1String("Opening your desktop\n")), qPrintable(m_tray->lastNotification()));
    QVERIFY(opened.wait(30000));
    QVERIFY(progress.size() >= 2); // every stage is told
    const QString name = opened.first().at(0).toString();
    const QString address = opened.first().at(1).toString();
    QVERIFY(!QHostAddress(address).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(), MyDesktopState::Ready, 20000);
    QVERIFY(action(QStringLiteral("suspendMyDesktop"))->isEnabled());
    QVERIFY(action(QStringLiteral("restartMyDesktop"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(action(QStringLiteral("address"))->text(), QStringLiteral("Address: %1").arg(address), 10000);
    QVERIFY2(m_tray->lastNotification().startsWith(QStringLiteral("%1 is ready\n").arg(name)), qPrintable(m_tray->lastNotification()));
    QVERIFY(m_tray->icon()->toolTip().contains(QLatin1String("Ready")));
    // The expected time learns from this run too.
    QVERIFY(m_tracker->expectedSeconds().has_value());
}

void TestTeacherTray::failureOffersRetry()
{
    QVERIFY(openAs(QStringLiteral("li.na")));
    // Every action request fails (a 500 with a request ID): a plain failure, never a silent stall.
    DemoFault fault;
    fault.method = "POST";
    fault.path = QRegularExpression(QStringLiteral("/servers/[^/]+/action"));
    fault.kind = DemoFault::Kind::HttpError;
    fault.status = 400; // not retried: the task fails at once
    const int rule = m_w->demo.addFault(fault);
    QSignalSpy failed(m_tracker.get(), &MyDesktopTracker::failed);
    m_tracker->open();
    QVERIFY(failed.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(), MyDesktopState::Failed, 10000);
    QCOMPARE(TeacherTray::iconFor(m_tracker->state()), QStringLiteral(":/icons/state-error.svg"));
    QVERIFY(action(QStringLiteral("retry")));
    QVERIFY(action(QStringLiteral("openMyDesktop"))->isEnabled());
    QVERIFY2(m_tray->lastNotification().startsWith(QLatin1String("Could not open")), qPrintable(m_tray->lastNotification()));
    QVERIFY2(m_tray->lastNotification().contains(QLatin1String("Retry")), qPrintable(m_tray->lastNotification()));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    // Retry once the cloud is well again.
    m_w->demo.removeFault(rule);
    QSignalSpy opened(m_tracker.get(), &MyDesktopTracker::opened);
    action(QStringLiteral("retry"))->trigger();
    QVERIFY(opened.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->state(), MyDesktopState::Ready, 20000);
    QVERIFY(!action(QStringLiteral("retry")));
}

void TestTeacherTray::launchesTheClientAndRemovesTheFile()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("client-saw.rdp"));
    m_w->settings.setRemoteDesktopCommand(QStringLiteral("cp %f ") + copy); // a stand-in client
    m_tracker->setLaunchEnabled(true);
    QVERIFY(openAs(QStringLiteral("zhang.wei"))); // ACTIVE: nothing to wake, straight to the launch
    QSignalSpy launched(m_tracker.get(), &MyDesktopTracker::launched);
    QSignalSpy removed(m_tracker->launcher(), &ClientLauncher::fileRemoved);
    m_tracker->open();
    QVERIFY(launched.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy) && QFileInfo(copy).size() > 0, 10000);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("full address:s:"));
    QVERIFY(text.contains("username:s:zhang.wei"));
    QVERIFY(!text.contains("password"));
    QVERIFY(!launched.first().at(1).toString().contains(QLatin1String(DemoCloud::Password)));
    QCOMPARE(m_tracker->launcher()->pendingFiles().size(), 1);
}

void TestTeacherTray::severalDesktopsHaveOneSubmenuEach()
{
    QVERIFY(openAs(QStringLiteral("li.na")));
    // A second desktop of li.na's in the school: one submenu per desktop.
    const QString firstId = m_tracker->desktops().first().server.id;
    DemoServer copy = *m_w->demo.state()->server(firstId);
    copy.id = QStringLiteral("second-of-li-na");
    copy.name = QStringLiteral("li.na-second");
    copy.portIds.clear();
    m_w->demo.state()->servers.insert(copy.id, copy);
    m_w->connection()->inventory()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->desktops().size(), 2, 20000);
    QVERIFY(!action(QStringLiteral("openMyDesktop")));
    const QList<QMenu *> subs = m_tray->menu()->findChildren<QMenu *>();
    QCOMPARE(subs.size(), 2);
    for (const auto &e : m_tracker->desktops())
        QVERIFY(action(QStringLiteral("open:") + e.server.id));
}

void TestTeacherTray::offlineOffersSignIn()
{
    QSignalSpy signIn(m_tray.get(), &TeacherTray::signInRequested);
    QCOMPARE(m_tracker->state(), MyDesktopState::Offline);
    QVERIFY(m_tray->icon()->toolTip().contains(QLatin1String("Offline")));
    action(QStringLiteral("signIn"))->trigger();
    QCOMPARE(signIn.size(), 1);
}

void TestTeacherTray::noTrayWindowOffersTheSameActions()
{
    MyDesktopWindow window(m_tracker.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *open = window.findChild<QPushButton *>(QStringLiteral("openButton"));
    auto *suspend = window.findChild<QPushButton *>(QStringLiteral("suspendButton"));
    auto *signIn = window.findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *state = window.findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY(open && suspend && signIn && state);
    QVERIFY(!open->isEnabled());
    QVERIFY(signIn->isVisible());
    QVERIFY(openAs(QStringLiteral("li.na")));
    QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 10000);
    QVERIFY(!suspend->isEnabled());
    QVERIFY(!signIn->isVisible());
    QVERIFY2(state->text().endsWith(QLatin1String(": Suspended")), qPrintable(state->text()));
    QSignalSpy opened(m_tracker.get(), &MyDesktopTracker::opened);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(!open->isEnabled());
    QVERIFY(opened.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(suspend->isEnabled(), 20000);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("progressLabel"))->text().contains(QLatin1String("is ready")));
}

void TestTeacherTray::autostartEntryAndLinks()
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QVERIFY(!Autostart::isEnabled());
    QString error;
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/opt/phoenix/bin/phoenix"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QVERIFY(Autostart::entryPath().startsWith(home.path()));
    QFile f(Autostart::entryPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray entry = f.readAll();
    QVERIFY(entry.contains("Exec=\"/opt/phoenix/bin/phoenix\" --tray\n"));
    QVERIFY(entry.contains("Type=Application\n"));
    QVERIFY(Autostart::setEnabled(false, {}, &error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::applicationEntry(QStringLiteral("/usr/bin/phoenix")).contains(QLatin1String("MimeType=x-scheme-handler/phoenix;")));
    qunsetenv("XDG_CONFIG_HOME");

    QVERIFY(PhoenixUrl::parse(QStringLiteral("phoenix://open")).has_value());
    QCOMPARE(PhoenixUrl::parse(QStringLiteral("phoenix://open?desktop=lab-t1"))->desktop, QStringLiteral("lab-t1"));
    QCOMPARE(PhoenixUrl::parse(QStringLiteral("phoenix:open"))->action, QStringLiteral("open"));
    QVERIFY(!PhoenixUrl::parse(QStringLiteral("phoenix://delete")).has_value());
    QVERIFY(!PhoenixUrl::parse(QStringLiteral("https://open")).has_value());
}

namespace
{
// The demo school's timetable in a SQLite store of the test's own (li.na teaches net-01).
struct Timetable
{
    Database db;
    QString scope;
    bool seed(DemoWindow &w, const QString &user)
    {
        if (db.open(QStringLiteral("sqlite:") + w.dir.filePath(QStringLiteral("phoenix.sqlite"))))
            return false;
        scope = Inventory::scopeFor(w.demo.cloudConfig(user));
        LessonStore store(&db, scope);
        return !DemoTimetable::seed(&store, w.demo.school());
    }
};

// Wakes one of a course's desktops that is not ready (ACTIVE in the demo cloud); its id, or empty.
QString wakeOneOf(DemoWindow &w, const QString &course, const QSet<QString> &notReady)
{
    for (auto it = w.demo.state()->servers.begin(); it != w.demo.state()->servers.end(); ++it) {
        DemoServer &s = it.value();
        if (s.metadata.value(QStringLiteral("phoenix:course")) != course || !notReady.contains(s.id))
            continue;
        if (s.vmState != QLatin1String("suspended") && s.vmState != QLatin1String("stopped"))
            continue;
        s.vmState = QStringLiteral("active");
        s.powerState = 1;
        s.taskState.clear();
        s.updated = QDateTime::currentDateTimeUtc();
        return s.id;
    }
    return {};
}
} // namespace

void TestTeacherTray::classLineFollowsTheTeachersLesson()
{
    Timetable t;
    QVERIFY(t.seed(*m_w, QStringLiteral("li.na")));
    TeacherLessons lessons;
    lessons.setDatabase(&t.db);
    QObject::connect(&lessons, &TeacherLessons::changed, m_tray.get(), [&] { m_tray->setClassLine(lessons.classLine()); });
    QVERIFY(openAs(QStringLiteral("li.na")));
    const AuthState auth = m_w->connection()->auth();
    Inventory *inventory = m_w->connection()->inventory();
    QThread *gui = QThread::currentThread();
    lessons.setSource(inventory, t.scope, {auth.userName, auth.userId});
    QTRY_VERIFY_WITH_TIMEOUT(action(QStringLiteral("classDesktops")), 20000);
    QVERIFY(lessons.lesson().has_value());
    QCOMPARE(lessons.lesson()->course, QStringLiteral("net-01")); // li.na's course, not zhang.wei's py-01
    QVERIFY(QThread::currentThread() == gui);
    // The same count as the readiness board's rules give for that lesson.
    LessonStore store(&t.db, t.scope);
    const auto expected = TeacherLessons::read(&store, {QStringLiteral("li.na")}, inventory->servers(), QDateTime::currentDateTimeUtc());
    QVERIFY(expected && expected.value().lesson);
    const ClassReadiness before = *expected.value().lesson;
    QVERIFY(before.total > 1);
    QVERIFY2(before.ready < before.total, "the demo school's net-01 has desktops that are not ready");
    QCOMPARE(action(QStringLiteral("classDesktops"))->text(),
             QStringLiteral("Class desktops: %1 of %2 ready").arg(before.ready).arg(before.total));
    QVERIFY(!action(QStringLiteral("classDesktops"))->isEnabled()); // a line, not a command
    QCOMPARE(lessons.courseProtocols().value(QStringLiteral("net-01")), QStringLiteral("rdp"));

    // Live: a class desktop wakes up in the cloud; the next inventory poll changes the line.
    QSet<QString> notReady;
    for (const SeatReadiness &seat : before.seats) {
        if (!seat.isReady() && !seat.serverId.isEmpty())
            notReady.insert(seat.serverId);
    }
    const int readsBefore = lessons.reads();
    QVERIFY(!wakeOneOf(*m_w, QStringLiteral("net-01"), notReady).isEmpty());
    inventory->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(action(QStringLiteral("classDesktops")) ? action(QStringLiteral("classDesktops"))->text() : QString(),
                              QStringLiteral("Class desktops: %1 of %2 ready").arg(before.ready + 1).arg(before.total), 20000);
    QVERIFY(lessons.reads() > readsBefore);

    // Signed out: the line goes.
    lessons.setSource(nullptr, {}, {});
    QTRY_VERIFY_WITH_TIMEOUT(!action(QStringLiteral("classDesktops")), 10000);
    QTRY_VERIFY(!lessons.isReading());
}

void TestTeacherTray::classLineNeedsTheStoreAndACourse()
{
    Timetable t;
    QVERIFY(t.seed(*m_w, QStringLiteral("li.na")));
    QVERIFY(openAs(QStringLiteral("li.na")));
    Inventory *inventory = m_w->connection()->inventory();
    LessonStore store(&t.db, t.scope);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Someone who teaches nothing: no lesson, but the courses' protocols still count.
    auto none = TeacherLessons::read(&store, {QStringLiteral("nobody")}, inventory->servers(), now);
    QVERIFY(none);
    QVERIFY(!none.value().lesson);
    QCOMPARE(none.value().protocols.size(), 3);
    // The teacher's lesson runs: it is the one shown (not a later one); a week without lessons: none.
    auto mine = TeacherLessons::read(&store, {QStringLiteral("li.na")}, inventory->servers(), now);
    QVERIFY(mine && mine.value().lesson);
    const Occurrence next = mine.value().lesson->occurrence;
    QVERIFY(next.end > now);
    auto during = TeacherLessons::read(&store, {QStringLiteral("li.na")}, inventory->servers(), next.start.addSecs(60));
    QVERIFY(during && during.value().lesson);
    QCOMPARE(during.value().lesson->occurrence.start, next.start);
    auto far = TeacherLessons::read(&store, {QStringLiteral("li.na")}, inventory->servers(), now.addDays(400));
    QVERIFY(far);
    QVERIFY(!far.value().lesson);

    // No database: nothing is read, no line.
    TeacherLessons lessons;
    QSignalSpy changed(&lessons, &TeacherLessons::changed);
    const AuthState auth = m_w->connection()->auth();
    lessons.setSource(inventory, t.scope, {auth.userName, auth.userId});
    QVERIFY(!lessons.isReading());
    QCOMPARE(lessons.reads(), 0);
    QVERIFY(lessons.classLine().isEmpty());
    // Then the database opens: the line comes; it closes: the line goes.
    lessons.setDatabase(&t.db);
    QVERIFY(changed.wait(10000));
    QVERIFY(lessons.classLine().startsWith(QLatin1String("Class desktops: ")));
    QTRY_VERIFY(!lessons.isReading());
    lessons.setDatabase(nullptr);
    QVERIFY(lessons.classLine().isEmpty());
    QVERIFY(lessons.courseProtocols().isEmpty());
}

void TestTeacherTray::courseProtocolPicksTheConnection()
{
    // li.na's own desktop joins a course whose protocol is SPICE: the tray connects with SPICE
    // (port 5900) although the default is RDP; without the course's protocol, RDP (3389) again.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("client-saw"));
    m_w->settings.setRemoteDesktopCommand(QStringLiteral("cp %f ") + copy);
    m_tracker->setLaunchEnabled(true);
    QVERIFY(openAs(QStringLiteral("zhang.wei"))); // ACTIVE: straight to the launch
    const Server mine = m_tracker->desktops().first().server;
    m_w->demo.state()->servers[mine.id].metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("lab-spice"));
    m_w->demo.state()->servers[mine.id].updated = QDateTime::currentDateTimeUtc();
    m_w->connection()->inventory()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->desktops().first().server.meta(PhoenixMeta::Course) == QLatin1String("lab-spice"), 20000);
    m_tracker->setCourseProtocols({{QStringLiteral("lab-spice"), QStringLiteral("spice")}});
    QSignalSpy launched(m_tracker.get(), &MyDesktopTracker::launched);
    m_tracker->open();
    QVERIFY(launched.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy) && QFileInfo(copy).size() > 0, 10000);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray vv = f.readAll();
    QVERIFY2(vv.contains("[virt-viewer]") && vv.contains("type=spice") && vv.contains("port=5900"), vv.constData());
    f.close();
    QFile::remove(copy);
    m_tracker->setCourseProtocols({});
    launched.clear();
    m_tracker->open();
    QVERIFY(launched.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy) && QFileInfo(copy).size() > 0, 10000);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("full address:s:"));
}

int main(int argc, char *argv[])
{
    // On Xvfb + trayer (run-tests.sh) the tray is real; without a display, offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestTeacherTray t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_teachertray.moc"
