// One teacher's tray per user (issue 14), with the real executable: a second `phoenix
// phoenix://open` hands its link to the tray that runs and exits, and the running tray opens the
// teacher's desktop; a second `phoenix --tray` exits too; after the tray died (its socket left
// behind) the next `phoenix --tray` is the tray. The running tray also shows the teacher's class
// line from the lessons store. An in-process demo cloud (this thread), offscreen, settings,
// database and runtime directory of the test's own.
#include "cloud/demo/democloud.h"
#include "cloud/demo/demostate.h"
#include "cloud/demo/demotimetable.h"
#include "models/engine/inventory.h"
#include "models/lessons/lessonstore.h"
#include "models/store/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
// A phoenix process whose standard error is collected as it comes.
struct Phoenix
{
    QProcess process;
    QByteArray err;

    Phoenix(const QProcessEnvironment &env, const QStringList &args)
    {
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [this] { err += process.readAllStandardError(); });
        process.start(QStringLiteral(PHOENIX_PATH), args);
    }
    ~Phoenix()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    bool said(const QByteArray &text) const { return err.contains(text); }
    QString log() const { return QString::fromUtf8(err.right(3000)); }
};
} // namespace

class TestTrayInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondPhoenixHandsItsLinkToTheRunningTray();
};

void TestTrayInstance::secondPhoenixHandsItsLinkToTheRunningTray()
{
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    demo.start();
    QString mine; // li.na's desktop: SUSPENDED in the demo school
    for (const DemoServer &s : demo.servers()) {
        if (s.metadata.value(QStringLiteral("phoenix:owner")) == QLatin1String("li.na")
            && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("teacher"))
            mine = s.id;
    }
    QVERIFY(!mine.isEmpty());
    QCOMPARE(demo.state()->server(mine)->vmState, QStringLiteral("suspended"));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile yaml(home.filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(demo.cloudsYaml());
    yaml.close();
    // The settings: a stand-in client (nothing to show on the demo's addresses).
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("config/Phoenix")));
    QFile ini(home.filePath(QStringLiteral("config/Phoenix/phoenix.conf")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[remoteDesktop]\ncommand=true\n");
    ini.close();
    // The lessons store: the demo school's timetable (li.na teaches net-01).
    const QString dbFile = home.filePath(QStringLiteral("phoenix.sqlite"));
    {
        Database db;
        QVERIFY(!db.open(QStringLiteral("sqlite:") + dbFile));
        LessonStore store(&db, Inventory::scopeFor(demo.cloudConfig(QStringLiteral("li.na"))));
        QVERIFY(!DemoTimetable::seed(&store, demo.school()));
    }
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), yaml.fileName());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the no-tray window stands in
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("phoenix.app.tray.info=true;phoenix.app.instance.info=true"));
    const QStringList trayArgs = {QStringLiteral("--tray"), QStringLiteral("--os-cloud"), QStringLiteral("phoenix-demo-li.na"),
                                  QStringLiteral("--db"), QStringLiteral("sqlite:") + dbFile};

    // The first: the tray, signed in, li.na's desktop and her class line shown.
    auto first = std::make_unique<Phoenix>(env, trayArgs);
    QTRY_VERIFY2_WITH_TIMEOUT(first->said("my desktops shown: 1"), qPrintable(first->log()), 30000);
    QVERIFY2(first->said("the first Phoenix: listening at " + runtime.toUtf8()), qPrintable(first->log()));
    QTRY_VERIFY2_WITH_TIMEOUT(first->said("class line: Class desktops: "), qPrintable(first->log()), 30000);
    // Its socket is the user's alone.
    const QStringList sockets = QDir(runtime).entryList({QStringLiteral("phoenix-*.socket")}, QDir::System | QDir::Files);
    QCOMPARE(sockets.size(), 1);

    // The second, with a link: hands it over and ends; the first opens the desktop.
    {
        Phoenix second(env, {QStringLiteral("phoenix://open")});
        QSignalSpy finished(&second.process, &QProcess::finished);
        QVERIFY2(finished.wait(20000), qPrintable(second.log()));
        QCOMPARE(second.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.process.exitCode(), 0);
        QVERIFY2(second.said("Phoenix is running already: the link went to it."), qPrintable(second.log()));
        QVERIFY2(!second.said("tray icon shown") && !second.said("small window shown"), qPrintable(second.log()));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(first->said("from a second phoenix: phoenix://open"), qPrintable(first->log()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(demo.state()->server(mine)->vmState, QStringLiteral("active"), 30000);

    // A second --tray: the tray runs already; it ends too.
    {
        Phoenix again(env, trayArgs);
        QSignalSpy finished(&again.process, &QProcess::finished);
        QVERIFY2(finished.wait(20000), qPrintable(again.log()));
        QCOMPARE(again.process.exitCode(), 0);
        QVERIFY2(again.said("The teacher's tray is running already."), qPrintable(again.log()));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(first->said("from a second phoenix: tray"), qPrintable(first->log()), 10000);
    QCOMPARE(first->process.state(), QProcess::Running);

    // The tray dies without cleaning up (its socket file stays): the next one is the tray.
    first->process.kill();
    QVERIFY(first->process.waitForFinished(10000));
    QCOMPARE(QDir(runtime).entryList({QStringLiteral("phoenix-*.socket")}, QDir::System | QDir::Files).size(), 1);
    first.reset();
    Phoenix next(env, trayArgs);
    QTRY_VERIFY2_WITH_TIMEOUT(next.said("my desktops shown: 1"), qPrintable(next.log()), 30000);
    QVERIFY2(next.said("the first Phoenix: listening at "), qPrintable(next.log()));
    QCOMPARE(next.process.state(), QProcess::Running);
    next.process.terminate();
    QVERIFY(next.process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestTrayInstance)
#include "tst_trayinstance.moc"
