// The demo school's timetable in the Phoenix store: courses with rosters matching the seeded
// desktops, a lesson about to start, and the scheduler's plan against the seeded cloud.
#include "cloud/demo/democloud.h"
#include "cloud/demo/demotimetable.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/store/database.h"

#include <QTemporaryDir>
#include <QTest>

class TestDemoTimetable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededSchoolHasALessonAboutToStart()
    {
        DemoCloud demo;
        demo.seedSchool();
        const DemoSchool school = demo.school();
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.sqlite"))));
        LessonStore store(&db, QStringLiteral("demo"));
        QVERIFY(!DemoTimetable::seed(&store, school));
        QVERIFY(!DemoTimetable::seed(&store, school)); // idempotent
        QCOMPARE(store.courses().value().size(), 3);
        QCOMPARE(store.lessons().value().size(), school.lessons.size());
        const QList<RosterSeat> roster = store.roster(QStringLiteral("py-01")).value();
        QCOMPARE(roster.size(), school.courses.first().students.size());
        QCOMPARE(roster.first().owner, school.courses.first().students.first());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<Occurrence> occ = LessonScheduler::occurrences(&store, now, now.addDays(1), QTimeZone::systemTimeZone()).value();
        QVERIFY(!occ.isEmpty());
        QVERIFY(now.secsTo(occ.first().start) <= 20 * 60);

        // Ten minutes before that lesson, the scheduler wants the course's desktops up.
        PlanInput in;
        in.now = occ.first().start.addSecs(-300);
        in.courses = store.courses().value();
        in.rosters = store.rosters().value();
        in.occurrences = occ;
        for (const Course &c : in.courses)
            in.cloud.insert(c.code, CourseCloud{QStringLiteral("img"), c.image, QStringLiteral("flv"), QStringLiteral("net"), QString()});
        // The seeded desktops (most suspended or off, one in ERROR) as the inventory shows them.
        const QHash<QString, QString> status{{QStringLiteral("active"), QStringLiteral("ACTIVE")},
                                             {QStringLiteral("suspended"), QStringLiteral("SUSPENDED")},
                                             {QStringLiteral("stopped"), QStringLiteral("SHUTOFF")},
                                             {QStringLiteral("paused"), QStringLiteral("PAUSED")},
                                             {QStringLiteral("error"), QStringLiteral("ERROR")}};
        for (const DemoServer &d : demo.servers()) {
            Server s;
            s.id = d.id;
            s.name = d.name;
            s.status = status.value(d.vmState, d.vmState.toUpper());
            s.metadata = d.metadata;
            in.servers << s;
        }
        const SchedulePlan plan = LessonPlanner::plan(in);
        QVERIFY(plan.count(PlannedAction::Why::Prepare) > 10);
        bool resumes = false;
        for (const PlannedAction &a : plan.actions)
            resumes = resumes || (a.why == PlannedAction::Why::Prepare && a.kind == TaskKind::Resume);
        QVERIFY(resumes);
    }
};

QTEST_GUILESS_MAIN(TestDemoTimetable)
#include "tst_demotimetable.moc"
