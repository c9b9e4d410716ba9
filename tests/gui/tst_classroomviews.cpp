// The classroom views (issue 13) against the demo cloud with the demo school's timetable in a
// SQLite store: the readiness board's counts and tiles, Fix all, live updates without resets,
// the member's restricted view, the seating plan's drag and drop, and Today's lesson states.
#include "demowindow.h"

#include "cloud/demo/demotimetable.h"
#include "models/settings/translation.h"
#include "models/engine/taskengine.h"
#include "models/items/boardmodel.h"
#include "models/items/seatingmodel.h"
#include "models/items/todaymodel.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schooldata.h"
#include "models/session/cloudcatalog.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "ui/boardview.h"
#include "ui/classroomviews.h"
#include "ui/seatingeditor.h"
#include "ui/todayview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace
{
QString meta(const Server &s, const char *key)
{
    return s.metadata.value(QString::fromLatin1(key));
}
} // namespace

class TestClassroomViews : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        DemoWindow w;
        Database db;
        std::unique_ptr<ClassroomViews> views;
        QString scope;
        QDateTime firstLesson;

        bool open(const QString &user)
        {
            if (db.open(QStringLiteral("sqlite:") + w.dir.filePath(QStringLiteral("phoenix.sqlite"))))
                return false;
            scope = Inventory::scopeFor(w.demo.cloudConfig(user));
            LessonStore store(&db, scope);
            if (DemoTimetable::seed(&store, w.demo.school()))
                return false;
            firstLesson = w.demo.school().lessons.first().start;
            views = std::make_unique<ClassroomViews>(w.window.get(), &w.connections);
            views->setDatabase(&db);
            w.window->show();
            if (!w.open(user))
                return false;
            return QTest::qWaitFor([this] { return views->school()->snapshot().loaded; }, 10000);
        }
        // The demo cloud answers on this thread: let every task end before the engine waits for them.
        ~Fixture()
        {
            if (CloudConnection *c = w.connection()) {
                TaskEngine *engine = c->engine();
                const bool settled = QTest::qWaitFor([engine] {
                    const QList<BatchSnapshot> batches = engine->batches();
                    return std::all_of(batches.cbegin(), batches.cend(), [engine](const BatchSnapshot &b) {
                        const QList<TaskSnapshot> tasks = engine->tasksOfBatch(b.id);
                        return std::all_of(tasks.cbegin(), tasks.cend(), [](const TaskSnapshot &t) { return t.isFinished(); });
                    });
                }, 60000);
                if (!settled)
                    qWarning("tst_classroomviews: tasks still running after 60 s at teardown");
            }
        }
        LessonStore store() { return LessonStore(&db, scope); }
        QList<Server> courseServers(const QString &code) const
        {
            QList<Server> out;
            for (const Server &s : w.connection()->inventory()->servers()) {
                if (meta(s, PhoenixMeta::Course) == code)
                    out << s;
            }
            return out;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TaskSnapshot>();
    }

    void boardCountsAndTilesMatchTheDemoCloud()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        BoardView *board = f.views->board();
        QAbstractItemModelTester tester(board->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.views->showBoard(QStringLiteral("py-01"));
        QVERIFY(board->lesson().has_value());
        QCOMPARE(board->lesson()->course, QStringLiteral("py-01"));
        QCOMPARE(board->lesson()->start, f.firstLesson);

        // Expected from the cloud itself: 24 students and the teacher; ready = ACTIVE with an address.
        const QList<Server> servers = f.courseServers(QStringLiteral("py-01"));
        QCOMPARE(servers.size(), 24);
        int ready = 0;
        for (const Server &s : servers) {
            if (s.status == QLatin1String("ACTIVE") && LessonPlanner::hasAddress(s))
                ++ready;
        }
        QVERIFY(ready > 0 && ready < 24);
        QTRY_COMPARE(board->model()->readiness().total, 25);
        QCOMPARE(board->model()->readiness().ready, ready);
        QCOMPARE(board->countLabel()->text(), QStringLiteral("%1 of 25 ready").arg(ready));

        // Tiles: the teacher at the front desk, every student on their seat; the ERROR desktop is
        // highlighted with its reason, a suspended one waits (the bell has not rung).
        const QModelIndex teacher = board->model()->index(0, 0);
        QCOMPARE(teacher.data(BoardModel::KindRole).toInt(), int(BoardModel::CellKind::Teacher));
        QCOMPARE(teacher.data(BoardModel::OwnerRole).toString(), QStringLiteral("zhang.wei"));
        int seats = 0;
        for (int r = 0; r < board->model()->rowCount(); ++r) {
            for (int c = 0; c < board->model()->columnCount(); ++c) {
                const QModelIndex i = board->model()->index(r, c);
                if (i.data(BoardModel::KindRole).toInt() != int(BoardModel::CellKind::Seat))
                    continue;
                ++seats;
                const QString name = i.data(BoardModel::ServerNameRole).toString();
                const auto it = std::find_if(servers.cbegin(), servers.cend(), [&name](const Server &s) { return s.name == name; });
                QVERIFY2(it != servers.cend(), qPrintable(name));
                QCOMPARE(i.data(BoardModel::OwnerRole).toString(), meta(*it, PhoenixMeta::Owner));
                const auto state = SeatState(i.data(BoardModel::StateRole).toInt());
                if (it->status == QLatin1String("ERROR")) {
                    QCOMPARE(state, SeatState::Failed);
                    QVERIFY(i.data(BoardModel::NeedsFixRole).toBool());
                    QVERIFY(!i.data(BoardModel::ReasonRole).toString().isEmpty());
                } else if (it->status == QLatin1String("SUSPENDED")) {
                    QCOMPARE(state, SeatState::Waiting);
                    QVERIFY(!i.data(BoardModel::NeedsFixRole).toBool());
                } else if (it->status == QLatin1String("ACTIVE")) {
                    QCOMPARE(state, SeatState::Ready);
                }
                QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());
            }
        }
        QCOMPARE(seats, 24);
        // The tray's line for the same lesson, from the store alone.
        LessonStore store = f.store();
        const auto tray = ClassReadiness::forCourse(&store, QStringLiteral("py-01"), f.w.connection()->inventory()->servers(),
                                                    QDateTime::currentDateTimeUtc());
        QVERIFY(tray && tray.value());
        QCOMPARE(tray.value()->trayText(), QStringLiteral("Class desktops: %1 of 25 ready").arg(ready));
        QCOMPARE(tray.value()->total, 25);
    }

    void fixAllStartsTheRightTasksAndTheBoardTurnsGreenWithoutResets()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        CloudCatalog *catalog = f.w.connection()->catalog();
        QTRY_VERIFY_WITH_TIMEOUT(!catalog->images().isEmpty() && !catalog->flavors().isEmpty() && !catalog->networks().isEmpty(), 10000);
        BoardView *board = f.views->board();
        f.views->showBoard(QStringLiteral("py-01"));
        QTRY_COMPARE(board->model()->readiness().total, 25);
        QVERIFY(board->fixAllButton()->isEnabled());

        // The right operation per desktop, from the cloud's own states.
        QMap<QString, TaskKind> expected;
        for (const Server &s : f.courseServers(QStringLiteral("py-01"))) {
            if (const auto kind = LessonPlanner::prepareKind(s))
                expected.insert(s.name, *kind);
        }
        QVERIFY(expected.values().contains(TaskKind::Resume));
        QVERIFY(expected.values().contains(TaskKind::Start));
        QVERIFY(expected.values().contains(TaskKind::RebootHard));

        QSignalSpy resets(board->model(), &QAbstractItemModel::modelReset);
        QSignalSpy layoutChanges(board->model(), &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(board->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy submitted(board, &BoardView::fixSubmitted);
        QTest::mouseClick(board->fixAllButton(), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        const QStringList batches = submitted.first().first().toStringList();
        QVERIFY(!batches.isEmpty());
        QMap<QString, TaskKind> started;
        int creates = 0;
        TaskEngine *engine = f.w.connection()->engine();
        for (const QString &b : batches) {
            for (const TaskSnapshot &t : engine->tasksOfBatch(b)) {
                if (t.spec.kind == TaskKind::Create) {
                    ++creates;
                    QCOMPARE(t.spec.create.metadata.value(QStringLiteral("phoenix:owner")), QStringLiteral("zhang.wei"));
                    QCOMPARE(t.spec.create.metadata.value(QStringLiteral("phoenix:course")), QStringLiteral("py-01"));
                } else {
                    started.insert(t.spec.serverName, t.spec.kind);
                }
            }
        }
        QCOMPARE(started, expected);
        QCOMPARE(creates, 1); // the teacher has no desktop of the course yet

        // A second Fix all while they run starts nothing more.
        QTest::mouseClick(board->fixAllButton(), Qt::LeftButton);
        if (submitted.size() == 2)
            QVERIFY(submitted.last().first().toStringList().isEmpty());

        // The board follows the tasks and the inventory, by dataChanged only: every seat ends ACTIVE
        // with its address. The demo's addresses are not routable, so the port check (DETECT)
        // warns and those tiles say "not answering" — on a real cloud they turn green.
        // The desktop that was in ERROR has no port on the demo's network after its reboot: it
        // stays highlighted with the reason (no address, or the address could not be attached).
        const QString broken = expected.key(TaskKind::RebootHard);
        auto settled = [board, broken] {
            for (const SeatReadiness &s : board->model()->readiness().seats) {
                if (s.serverName == broken && s.needsFix() && !s.reason.isEmpty() && s.status == QLatin1String("ACTIVE"))
                    continue;
                if (s.state != SeatState::Ready && s.state != SeatState::NotAnswering)
                    return false;
            }
            return true;
        };
        // The desktop that was in ERROR comes back from its hard reboot without an address: a
        // second Fix all (as the scheduler's next tick would) gives it one.
        auto idle = [board] {
            const QList<SeatReadiness> &seats = board->model()->readiness().seats;
            return std::none_of(seats.cbegin(), seats.cend(), [](const SeatReadiness &s) { return s.state == SeatState::Preparing; });
        };
        QVERIFY(QTest::qWaitFor(idle, 45000));
        if (!settled()) {
            QTRY_VERIFY(board->fixAllButton()->isEnabled());
            QTest::mouseClick(board->fixAllButton(), Qt::LeftButton);
            QVERIFY(!submitted.last().first().toStringList().isEmpty());
        }
        if (!QTest::qWaitFor(settled, 45000)) {
            QStringList left;
            for (const SeatReadiness &s : board->model()->readiness().seats) {
                if (s.state != SeatState::Ready && s.state != SeatState::NotAnswering)
                    left << QStringLiteral("%1 %2 %3 %4").arg(s.serverName, s.status, ClassReadiness::stateKey(s.state), s.reason);
            }
            QFAIL(qPrintable(left.join(QStringLiteral("; "))));
        }
        QVERIFY(std::any_of(board->model()->readiness().seats.cbegin(), board->model()->readiness().seats.cend(),
                            [](const SeatReadiness &s) { return s.state == SeatState::NotAnswering; }));
        int green = 0;
        for (const SeatReadiness &s : board->model()->readiness().seats)
            green += s.isReady() ? 1 : 0;
        QCOMPARE(board->model()->readiness().ready, green);
        QCOMPARE(board->countLabel()->text(), QStringLiteral("%1 of 25 ready").arg(green));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layoutChanges.size(), 0);
        QVERIFY(changed.size() > 0);
        // Audited.
        const auto entries = AuditLog(&f.db).query().value();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                            [](const AuditEntry &e) { return e.action == QLatin1String("course fix") && e.targetName == QLatin1String("py-01"); }));
    }

    void extendAndSupplyChangeTheLessonAndAreAudited()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        BoardView *board = f.views->board();
        f.views->showBoard(QStringLiteral("net-01"));
        QTRY_VERIFY(board->lesson().has_value());
        const Occurrence before = *board->lesson();
        QSignalSpy done(board, &BoardView::operationDone);
        QTest::mouseClick(board->extendButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(0).toString()));
        QTRY_COMPARE(board->lesson()->end, before.end.addSecs(600));
        QTRY_VERIFY(board->supplyButton()->isEnabled());
        QTest::mouseClick(board->supplyButton(), Qt::LeftButton);
        QTRY_VERIFY(done.size() >= 2); // supply, then the Fix all that makes the two desktops
        QVERIFY2(done.at(1).at(1).toBool(), qPrintable(done.at(1).at(0).toString()));
        QTRY_COMPARE(board->lesson()->extraDesktops, 2);
        QTRY_COMPARE(board->model()->readiness().total, before.extraDesktops + 20 + 1 + 2);
        const auto entries = AuditLog(&f.db).query().value();
        QStringList actions;
        for (const AuditEntry &e : entries) {
            if (e.targetName == QLatin1String("net-01"))
                actions << e.action;
        }
        QVERIFY2(actions.contains(QStringLiteral("course extend")) && actions.contains(QStringLiteral("course supply")),
                 qPrintable(actions.join(QLatin1Char(','))));
    }

    void memberSeesOnlyTheirOwnCourses()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("zhang.wei")));
        QTRY_VERIFY(!f.views->context()->actor().admin);
        BoardView *board = f.views->board();
        QTRY_COMPARE(board->courseBox()->count(), 1);
        QCOMPARE(board->courseBox()->itemData(0).toString(), QStringLiteral("py-01"));
        TodayView *today = f.views->today();
        // A list computed for the actor as now known: until Keystone answers the cache is shown as
        // it is, and a list computed then may still be on its way when refresh() is called.
        QSignalSpy refreshed(today, &TodayView::refreshed);
        today->refresh();
        QTRY_VERIFY(!refreshed.isEmpty());
        QVERIFY(today->model()->rowCount() > 0);
        for (const TodayLesson &l : today->model()->lessons())
            QCOMPARE(l.occurrence.course, QStringLiteral("py-01"));
        SeatingEditor *seating = f.views->seating();
        QTRY_COMPARE(seating->classroomBox()->count(), 1);
        QCOMPARE(seating->courseBox()->count(), 1);
        QCOMPARE(seating->courseBox()->itemData(0).toString(), QStringLiteral("py-01"));
        // The room's shape is the administrators'.
        QVERIFY(!seating->findChild<QSpinBox *>(QStringLiteral("seatingRows"))->isEnabled());
    }

    void seatingDragAndDropSaves()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        SeatingEditor *seating = f.views->seating();
        QAbstractItemModelTester tester(seating->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.views->showTab(QStringLiteral("seating"));
        QTRY_VERIFY(seating->classroomBox()->count() >= 3);
        seating->selectClassroom(QStringLiteral("机房 A301"));
        seating->selectCourse(QStringLiteral("py-01"));
        QCOMPARE(seating->courseBox()->currentData().toString(), QStringLiteral("py-01"));
        // A 5 × 6 room with an aisle after column 3.
        auto *rows = seating->findChild<QSpinBox *>(QStringLiteral("seatingRows"));
        auto *columns = seating->findChild<QSpinBox *>(QStringLiteral("seatingColumns"));
        rows->setValue(5);
        columns->setValue(6);
        auto *aisles = seating->findChild<QLineEdit *>(QStringLiteral("seatingAisles"));
        aisles->setText(QStringLiteral("3"));
        QMetaObject::invokeMethod(aisles, "editingFinished");
        QCOMPARE(seating->model()->columnCount(), 7);
        QCOMPARE(seating->model()->plan().seatCount(), 30);

        const QList<RosterSeat> roster = f.store().roster(QStringLiteral("py-01")).value();
        const QString mover = roster.at(4).owner;  // seat 5
        const QString sitter = roster.at(0).owner; // seat 1
        QCOMPARE(roster.at(4).seat, 5);

        // Drag the name from the roster list and drop it on seat 1 in the grid.
        QListView *list = seating->nameList();
        int row = -1;
        for (int r = 0; r < seating->names()->rowCount(); ++r) {
            if (seating->names()->ownerAt(r) == mover)
                row = r;
        }
        QVERIFY(row >= 0);
        std::unique_ptr<QMimeData> mime(seating->names()->mimeData({seating->names()->index(row)}));
        QVERIFY(mime);
        QTableView *grid = seating->grid();
        const QModelIndex target = seating->model()->indexOfSeat(1);
        QVERIFY(target.isValid());
        grid->scrollTo(target);
        const QPoint at = grid->visualRect(target).center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid->viewport(), &drop);
        QCOMPARE(target.data(SeatingModel::OwnerRole).toString(), mover);
        QCOMPARE(seating->model()->indexOfSeat(5).data(SeatingModel::OwnerRole).toString(), sitter);
        QVERIFY(seating->isDirty());
        Q_UNUSED(list);

        // The keyboard way: a name, a seat, Place.
        const QString third = roster.at(2).owner; // seat 3 → seat 2
        for (int r = 0; r < seating->names()->rowCount(); ++r) {
            if (seating->names()->ownerAt(r) == third)
                seating->nameList()->setCurrentIndex(seating->names()->index(r));
        }
        grid->setCurrentIndex(seating->model()->indexOfSeat(2));
        seating->placeSelected();
        QCOMPARE(seating->model()->indexOfSeat(2).data(SeatingModel::OwnerRole).toString(), third);

        QSignalSpy saved(seating, &SeatingEditor::saved);
        QTest::mouseClick(seating->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
        QVERIFY(!seating->isDirty());

        LessonStore store = f.store();
        QHash<QString, int> seatOf;
        const QList<RosterSeat> saved2 = store.roster(QStringLiteral("py-01")).value();
        for (const RosterSeat &r : saved2)
            seatOf.insert(r.owner, r.seat);
        QCOMPARE(seatOf.value(mover), 1);
        QCOMPARE(seatOf.value(sitter), 5);
        QCOMPARE(seatOf.value(third), 2);
        QCOMPARE(seatOf.value(roster.at(1).owner), 3);
        QCOMPARE(seatOf.size(), roster.size());
        const QList<SeatingPlan> plans = SeatingStore::plans(store).value();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().classroom, QStringLiteral("机房 A301"));
        QCOMPARE(plans.first().rows, 5);
        QCOMPARE(plans.first().columns, 6);
        QCOMPARE(plans.first().aisles, QList<int>{3});
        const QList<Classroom> rooms = store.classrooms().value();
        QVERIFY(std::any_of(rooms.cbegin(), rooms.cend(), [](const Classroom &r) { return r.name == QStringLiteral("机房 A301") && r.seats == 30; }));

        // The board lays the lesson out on the saved plan: mover sits front-left (row 1, column 0).
        f.views->showBoard(QStringLiteral("py-01"));
        QTRY_COMPARE(f.views->board()->model()->plan().columns, 6);
        QCOMPARE(f.views->board()->model()->index(1, 0).data(BoardModel::OwnerRole).toString(), mover);
        QCOMPARE(f.views->board()->model()->index(1, 3).data(BoardModel::KindRole).toInt(), int(BoardModel::CellKind::Aisle));
    }

    void todayListsLessonsWithTheirStates()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        TodayView *today = f.views->today();
        QCOMPARE(f.w.window->tabs()->currentWidget(), today); // the first view after connecting
        QAbstractItemModelTester tester(today->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start = f.firstLesson;
        auto rowOf = [today, start]() -> std::optional<TodayLesson> {
            for (const TodayLesson &l : today->model()->lessons()) {
                if (l.occurrence.course == QLatin1String("py-01") && l.occurrence.start == start)
                    return l;
            }
            return std::nullopt;
        };
        auto at = [&](const QDateTime &now) {
            f.views->school()->setClock([now] { return now; });
            QSignalSpy refreshed(today, &TodayView::refreshed);
            today->refresh();
            return refreshed.wait(10000) || today->isSettled();
        };
        // 20 minutes before: scheduled (the fixed lead time is 10 minutes until there is history).
        QVERIFY(at(start.addSecs(-20 * 60)));
        QVERIFY(rowOf());
        QCOMPARE(rowOf()->phase, LessonPhase::Scheduled);
        QCOMPARE(rowOf()->total, 25);
        QVERIFY(today->actionList()->count() > 0);
        // 5 minutes before: warming up, and the scheduler's plan says what it does now.
        QVERIFY(at(start.addSecs(-5 * 60)));
        QCOMPARE(rowOf()->phase, LessonPhase::WarmingUp);
        QVERIFY(TodayModel::stateText(*rowOf()).startsWith(QStringLiteral("Warming up")));
        bool prepare = false;
        for (int i = 0; i < today->actionList()->count(); ++i)
            prepare = prepare || today->actionList()->item(i)->text().contains(QStringLiteral("py-01: prepare"));
        QVERIFY(prepare);
        // During the lesson: running; the ERROR desktop needs a person.
        QVERIFY(at(start.addSecs(5 * 60)));
        QCOMPARE(rowOf()->phase, LessonPhase::Running);
        bool error = false;
        for (int i = 0; i < today->failureList()->count(); ++i)
            error = error || today->failureList()->item(i)->text().contains(QStringLiteral("ERROR"));
        QVERIFY(error);
        // After it plus the grace: over while desktops are still on.
        QVERIFY(at(start.addSecs(45 * 60 + 6 * 60)));
        QCOMPARE(rowOf()->phase, LessonPhase::Over);
        QVERIFY(rowOf()->stillOn > 0);
        // Quota bars are filled from Nova's limits.
        QTRY_VERIFY(today->quotaBar(TodayView::Desktops)->value() > 0);
    }

    // PHOENIX_SCREENSHOTS=DIR: the three views as docs/screenshots shows them (en-today.png, ...).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PHOENIX_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("PHOENIX_SCREENSHOTS is not set");
        const QString lang = qEnvironmentVariable("PHOENIX_SCREENSHOT_LANG", QStringLiteral("en"));
        Translation::apply(lang); // the views are built below, in that language
        Fixture f;
        QVERIFY(f.open(QStringLiteral("labadmin")));
        f.w.window->resize(1366, 768);
        // A room with a plan: 5 rows of 6, an aisle in the middle.
        SeatingPlan plan;
        plan.classroom = QStringLiteral("机房 A301");
        plan.rows = 5;
        plan.columns = 6;
        plan.aisles = {3};
        plan.noSeat = {26, 27, 28, 29};
        LessonStore store = f.store();
        QVERIFY(!SeatingStore::save(store, plan));
        f.views->school()->reload();
        QTRY_VERIFY(!f.views->school()->snapshot().plans.isEmpty());
        // Five minutes before the first lesson: warming up; the board's Fix all half way.
        const QDateTime now = f.firstLesson.addSecs(-5 * 60);
        f.views->school()->setClock([now] { return now; });
        TodayView *today = f.views->today();
        f.views->showTab(QStringLiteral("today"));
        QSignalSpy refreshed(today, &TodayView::refreshed);
        today->refresh();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(today->quotaBar(TodayView::Desktops)->value() > 0);
        today->lessonView()->selectRow(0);
        QVERIFY(f.w.window->grab().save(dir + QStringLiteral("/%1-today.png").arg(lang)));

        f.views->showBoard(QStringLiteral("py-01"));
        BoardView *board = f.views->board();
        QTRY_COMPARE(board->model()->readiness().total, 25);
        QTRY_VERIFY_WITH_TIMEOUT(!f.w.connection()->catalog()->images().isEmpty(), 10000);
        board->fixAll();
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(board->model()->readiness().seats.cbegin(), board->model()->readiness().seats.cend(),
                                               [](const SeatReadiness &s) { return s.state == SeatState::Ready || s.state == SeatState::NotAnswering; }) >= 12,
                                 30000);
        board->tiles()->setCurrentIndex(board->model()->index(1, 0));
        QVERIFY(f.w.window->grab().save(dir + QStringLiteral("/%1-board.png").arg(lang)));

        f.views->showTab(QStringLiteral("seating"));
        SeatingEditor *seating = f.views->seating();
        seating->selectClassroom(QStringLiteral("机房 A301"));
        seating->selectCourse(QStringLiteral("py-01"));
        seating->grid()->setCurrentIndex(seating->model()->indexOfSeat(8));
        QVERIFY(f.w.window->grab().save(dir + QStringLiteral("/%1-seating.png").arg(lang)));
    }
};

QTEST_MAIN(TestClassroomViews)
#include "tst_classroomviews.moc"
