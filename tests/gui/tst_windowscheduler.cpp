// Issue 12: the window runs the lesson scheduler while it is open. The tick runs on the
// scheduler's own thread (never the GUI thread), takes leadership like `phoenixctl schedule run`,
// starts its tasks through the window's TaskEngine, and the status bar follows it.
#include "demowindow.h"

#include "cloud/demo/demotimetable.h"
#include "models/engine/taskengine.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schedulerleader.h"
#include "models/lessons/schedulerservice.h"
#include "models/store/database.h"
#include "ui/schedulerstatuslabel.h"
#include "ui/settingsdialog.h"
#include "ui/windowscheduler.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QPointer>
#include <QThread>

#include <atomic>

class TestWindowScheduler : public QObject
{
    Q_OBJECT

private:
    // The demo school's timetable in a database of its own, for the window's connection.
    static bool seedTimetable(DemoWindow &w, Database &db)
    {
        if (db.open(QStringLiteral("sqlite:") + w.dir.filePath(QStringLiteral("school.sqlite"))))
            return false;
        LessonStore store(&db, Inventory::scopeFor(w.connection()->config()));
        return !DemoTimetable::seed(&store, w.demo.school());
    }

    static QDateTime firstLesson(DemoWindow &w)
    {
        QDateTime first;
        for (const DemoLesson &l : w.demo.school().lessons)
            first = first.isValid() ? std::min(first, l.start) : l.start;
        return first;
    }

private Q_SLOTS:
    // The window's scheduler: its tick on its own thread, the status bar saying what comes next,
    // and the Settings switch turning it off and on again.
    void tickRunsOffTheGuiThreadAndTheStatusBarFollows()
    {
        DemoWindow w;
        QVERIFY(w.open());
        Database db;
        QVERIFY(seedTimetable(w, db));
        WindowScheduler host(&w.connections, &db, w.settings, w.window.get());
        SchedulerService *service = host.service();
        QVERIFY(service);
        QCOMPARE(w.window->schedulerLabel()->service(), service);

        std::atomic<QThread *> tickThread{nullptr};
        std::atomic_int ticksSeen{0};
        connect(service, &SchedulerService::tickStarted, service, [&] {
            tickThread = QThread::currentThread();
            ++ticksSeen;
        }, Qt::DirectConnection);
        QSignalSpy finished(service, &SchedulerService::tickFinished);
        service->tickNow(); // the first tick may have started before the hook: one more, seen for sure
        QTRY_VERIFY_WITH_TIMEOUT(ticksSeen.load() >= 1 && !finished.isEmpty(), 20000);
        QVERIFY(tickThread.load() != nullptr);
        QVERIFY(tickThread.load() != QCoreApplication::instance()->thread());
        QCOMPARE(tickThread.load(), service->schedulerThread());

        // The demo's first lesson is 10-15 minutes away and nothing is learned yet (10 min ahead):
        // the scheduler leads, and says when it prepares the first course.
        const SchedulerStatus s = service->status();
        QCOMPARE(s.leadership, SchedulerStatus::Leadership::Leader);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.lastTick.isValid());
        QVERIFY(!s.upcoming.isEmpty());
        const QString course = w.demo.school().lessons.first().courseCode;
        QLabel *label = w.window->schedulerLabel();
        QVERIFY(label->isVisibleTo(w.window.get()));
        QVERIFY2(label->text().startsWith(QStringLiteral("Scheduler: on")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(course), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(QStringLiteral("Last tick")));

        // Settings › Run the lesson scheduler: off, then on again.
        w.window->openSettings();
        auto *dialog = qobject_cast<SettingsDialog *>(w.window->lastDialog());
        QVERIFY(dialog);
        auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("schedulerEnabled"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        connect(w.window.get(), &MainWindow::settingsApplied, &host, [&host] { host.applySettings(); });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(service->status().leadership, SchedulerStatus::Leadership::Off);
        QVERIFY(!w.settings.schedulerEnabled());
        QCOMPARE(label->text(), QStringLiteral("Scheduler: off"));
        QVERIFY(!service->isRunning());

        w.settings.setSchedulerEnabled(true);
        host.applySettings();
        QTRY_COMPARE_WITH_TIMEOUT(service->status().leadership, SchedulerStatus::Leadership::Leader, 20000);
        QVERIFY(label->text().startsWith(QStringLiteral("Scheduler: on")));

        // The teacher's tray process never runs it, whatever the setting (phoenix --tray).
        host.setRunsHere(false);
        QTRY_COMPARE(service->status().leadership, SchedulerStatus::Leadership::Off);
        QVERIFY(!service->isRunning());
        QVERIFY(w.settings.schedulerEnabled());
        host.applySettings();
        QVERIFY(!service->isRunning());
    }

    // At lesson time (the scheduler's clock one minute before the first lesson) the tick starts the
    // course's preparation through the window's TaskEngine: the batches are the engine's.
    void tickStartsTasksThroughTheWindowsEngine()
    {
        DemoWindow w;
        QVERIFY(w.open());
        Database db;
        QVERIFY(seedTimetable(w, db));
        const QDateTime at = firstLesson(w).addSecs(-60);
        SchedulerService::Options options;
        options.clock = [at] { return at; };
        CloudConnection *c = w.connection();
        SchedulerService service(c->session(), c->engine(), c->inventory(), c->journal(), &db,
                                 Inventory::scopeFor(c->config()), options);
        w.window->setScheduler(&service);
        QSignalSpy finished(&service, &SchedulerService::tickFinished);
        service.start();
        QVERIFY(finished.wait(20000));
        const SchedulerStatus s = service.status();
        QCOMPARE(s.leadership, SchedulerStatus::Leadership::Leader);
        QVERIFY(s.lastTickTasks > 0);
        QVERIFY(!s.upcoming.isEmpty());
        QCOMPARE(s.upcoming.first().at, at); // what it started: now
        QVERIFY2(w.window->schedulerLabel()->text().contains(QStringLiteral("now")), qPrintable(w.window->schedulerLabel()->text()));
        int scheduled = 0;
        for (const BatchSnapshot &b : c->engine()->batches()) {
            if (b.title.startsWith(QStringLiteral("scheduler:")))
                scheduled += b.total;
        }
        QCOMPARE(scheduled, s.lastTickTasks);
        // The same tick again starts nothing twice: a desktop has at most one unfinished task.
        service.tickNow();
        QVERIFY(finished.wait(20000));
        QHash<QString, int> unfinished;
        for (const BatchSnapshot &b : c->engine()->batches()) {
            for (const TaskSnapshot &t : c->engine()->tasksOfBatch(b.id)) {
                if (!t.isFinished())
                    ++unfinished[t.spec.serverName];
            }
        }
        for (auto it = unfinished.cbegin(); it != unfinished.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        w.window->setScheduler(nullptr);
    }

    // Another scheduler (another workstation, phoenixctl's OS timer) holds the leadership: the
    // window's waits and says so, and takes over when that one hands over.
    void anotherLeaderIsShownAndTakenOverFrom()
    {
        DemoWindow w;
        QVERIFY(w.open());
        Database db;
        QVERIFY(seedTimetable(w, db));
        CloudConnection *c = w.connection();
        const QString scope = Inventory::scopeFor(c->config());
        auto other = std::make_unique<SchedulerLeader>(&db, scope, QStringLiteral("lab-pc-07:4242:abcd"));
        QVERIFY(other->acquire().value());
        SchedulerService service(c->session(), c->engine(), c->inventory(), c->journal(), &db, scope);
        w.window->setScheduler(&service);
        QSignalSpy finished(&service, &SchedulerService::tickFinished);
        service.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(service.status().leadership, SchedulerStatus::Leadership::Follower);
        QCOMPARE(service.status().leaderName, QStringLiteral("lab-pc-07:4242:abcd"));
        QCOMPARE(w.window->schedulerLabel()->text(), QStringLiteral("Scheduler: another workstation leads"));
        QCOMPARE(service.status().lastTickTasks, 0);
        other.reset(); // hands over
        QSignalSpy leadership(&service, &SchedulerService::leadershipChanged);
        service.tickNow();
        QVERIFY(leadership.wait(20000));
        QCOMPARE(service.status().leadership, SchedulerStatus::Leadership::Leader);
        w.window->setScheduler(nullptr);
    }
};

QTEST_MAIN(TestWindowScheduler)
#include "tst_windowscheduler.moc"
