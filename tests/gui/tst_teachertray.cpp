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

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>

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
    QVERIFY(!action(QStringLiteral("classDesktops"))); // "Class desktops: N of M" comes with the readiness board
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
