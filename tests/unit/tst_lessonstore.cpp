// The timetable's tables on SQLite and PostgreSQL: courses with rosters (all or nothing),
// classrooms, periods, lessons and changes, calendar, scope isolation, the scheduler's task
// history with durations from the journal, and leadership.
#include "models/lessons/lessonstore.h"
#include "models/lessons/schedulerleader.h"
#include "models/lessons/timetable.h"
#include "models/store/storeutil.h"
#include "storetestutil.h"

#include <QTest>

using StoreTest::Fixture;

namespace
{
const QString Scope = QStringLiteral("test|school|RegionOne");

Course py()
{
    Course c;
    c.code = QStringLiteral("PY101");
    c.name = QStringLiteral("Python 入门");
    c.teacher = QStringLiteral("zhang.wei");
    c.from = QDate(2026, 9, 1);
    c.to = QDate(2027, 1, 15);
    c.capacity = 30;
    c.image = QStringLiteral("ubuntu-22.04");
    c.flavor = QStringLiteral("m1.small");
    c.network = QStringLiteral("lab");
    c.protocol = QStringLiteral("rdp");
    c.policy = EndPolicy::Shelve;
    c.classroom = QStringLiteral("A101");
    c.graceMinutes = 10;
    return c;
}

bool exec(Database *db, const QString &sql)
{
    Statement st(db, sql, false);
    return !st.exec(QStringLiteral("test"));
}
} // namespace

class TestLessonStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTest::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        STORE_SETUP(m_fixture, backend);
    }

    void cleanup() { m_fixture.tearDown(); }

    void coursesRoundTrip()
    {
        LessonStore store(m_fixture.db(), Scope);
        Course c = py();
        QVERIFY(!store.saveCourse(&c));
        QVERIFY(!c.id.isEmpty());
        auto got = store.course(QStringLiteral("PY101"));
        QVERIFY(got && got.value());
        const Course &g = *got.value();
        QCOMPARE(g.name, c.name);
        QCOMPARE(g.teacher, c.teacher);
        QCOMPARE(g.from, c.from);
        QCOMPARE(g.to, c.to);
        QCOMPARE(g.capacity, 30);
        QCOMPARE(g.image, c.image);
        QCOMPARE(g.flavor, c.flavor);
        QCOMPARE(g.network, c.network);
        QCOMPARE(g.protocol, c.protocol);
        QCOMPARE(g.policy, EndPolicy::Shelve);
        QCOMPARE(g.classroom, c.classroom);
        QCOMPARE(g.graceMinutes, 10);
        QCOMPARE(g.nameTemplate, c.nameTemplate);

        c.name = QStringLiteral("Python 2");
        c.policy = EndPolicy::Delete;
        QVERIFY(!store.saveCourse(&c));
        QCOMPARE(store.courses().value().size(), 1);
        QCOMPARE(store.course(QStringLiteral("PY101")).value()->policy, EndPolicy::Delete);

        // Another project of the same database sees none of it.
        LessonStore other(m_fixture.db(), QStringLiteral("other|project|RegionOne"));
        QVERIFY(other.courses().value().isEmpty());
        Course same = py();
        QVERIFY(!other.saveCourse(&same)); // the same code in another project is fine
        QCOMPARE(other.courses().value().size(), 1);
    }

    void rosterAllOrNothing()
    {
        LessonStore store(m_fixture.db(), Scope);
        Course c = py();
        QVERIFY(!store.saveCourse(&c));
        const QList<RosterSeat> first{{QStringLiteral("s1"), 1}, {QStringLiteral("王小明"), 2}};
        QVERIFY(!store.replaceRoster(c.code, first));
        QCOMPARE(store.roster(c.code).value(), first);
        // A duplicate owner fails in the database: the earlier roster stays whole.
        const CloudError e = store.replaceRoster(c.code, {{QStringLiteral("s3"), 1}, {QStringLiteral("s3"), 2}});
        QVERIFY(e);
        QCOMPARE(store.roster(c.code).value(), first);
        QCOMPARE(store.rosters().value().value(c.code), first);
        QVERIFY(store.replaceRoster(QStringLiteral("NOPE"), first).userMessage().contains(QLatin1String("NOPE")));
    }

    void lessonsChangesAndDelete()
    {
        LessonStore store(m_fixture.db(), Scope);
        Course c = py();
        QVERIFY(!store.saveCourse(&c));
        QVERIFY(!store.replaceRoster(c.code, {{QStringLiteral("s1"), 1}}));
        Lesson l;
        l.course = c.code;
        l.start = QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC);
        l.end = l.start.addSecs(45 * 60);
        l.recurrence = Recurrence::Weekly;
        l.until = QDate(2026, 12, 28);
        l.startPeriod = QStringLiteral("3");
        QVERIFY(!store.addLesson(&l, QStringLiteral("labadmin")));
        QVERIFY(!l.id.isEmpty());
        const QList<Lesson> lessons = store.lessons(c.code).value();
        QCOMPARE(lessons.size(), 1);
        QCOMPARE(lessons.first().start, l.start);
        QCOMPARE(lessons.first().end, l.end);
        QCOMPARE(lessons.first().recurrence, Recurrence::Weekly);
        QCOMPARE(lessons.first().until, l.until);
        QCOMPARE(lessons.first().startPeriod, QStringLiteral("3"));

        LessonChange ch;
        ch.lessonId = l.id;
        ch.occurrenceStart = l.start.addDays(7);
        ch.end = ch.occurrenceStart.addSecs(90 * 60);
        ch.extraDesktops = 2;
        QVERIFY(!store.saveChange(ch));
        ch.stopped = true;
        QVERIFY(!store.saveChange(ch)); // replaces, not a second row
        const QList<LessonChange> changes = store.changes().value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().end, ch.end);
        QVERIFY(changes.first().stopped);
        QCOMPARE(changes.first().extraDesktops, 2);

        QVERIFY(!store.deleteCourse(c.code));
        QVERIFY(store.lessons().value().isEmpty());
        QVERIFY(store.changes().value().isEmpty());
        QVERIFY(!store.course(c.code).value());
        Statement members(m_fixture.db(), QStringLiteral("SELECT count(*) FROM course_members"), false);
        QVERIFY(!members.exec(QStringLiteral("count")) && members.next());
        QCOMPARE(members.value(0).toInt(), 0);
    }

    void classroomsPeriodsCalendar()
    {
        LessonStore store(m_fixture.db(), Scope);
        QVERIFY(!store.saveClassroom({QStringLiteral("A101"), 40}));
        QVERIFY(!store.saveClassroom({QStringLiteral("A101"), 42}));
        QCOMPARE(store.classrooms().value(), (QList<Classroom>{{QStringLiteral("A101"), 42}}));
        QVERIFY(!store.deleteClassroom(QStringLiteral("A101")));
        QVERIFY(store.deleteClassroom(QStringLiteral("A101")));

        QCOMPARE(store.periods().value(), Timetable::defaultPeriods());
        const QList<Period> mine{{QStringLiteral("x"), QTime(9, 0), QTime(9, 45)}, {QStringLiteral("y"), QTime(8, 0), QTime(8, 45)}};
        QVERIFY(!store.replacePeriods(mine));
        QCOMPARE(store.periods().value(), (QList<Period>{{QStringLiteral("1"), QTime(8, 0), QTime(8, 45)},
                                                          {QStringLiteral("2"), QTime(9, 0), QTime(9, 45)}}));
        const CloudError overlap = store.replacePeriods({{QStringLiteral("a"), QTime(8, 0), QTime(9, 0)},
                                                         {QStringLiteral("b"), QTime(8, 30), QTime(9, 30)}});
        QVERIFY(overlap.userMessage().contains(QLatin1String("overlap")));
        QCOMPARE(store.periods().value().size(), 2); // unchanged

        QVERIFY(!store.addHoliday({QDate(2027, 1, 1), QDate(2027, 1, 3), QStringLiteral("元旦")}));
        QVERIFY(!store.addMakeup({QDate(2027, 1, 4 + 5), 1, QString()}));
        QVERIFY(!store.addTerm({QStringLiteral("autumn"), QDate(2026, 9, 1), QDate(2027, 1, 20)}));
        QVERIFY(store.addHoliday({QDate(2027, 1, 3), QDate(2027, 1, 1), QString()}));
        const SchoolCalendar cal = store.calendar().value();
        QCOMPARE(cal.holidays.size(), 1);
        QVERIFY(cal.isHoliday(QDate(2027, 1, 2)));
        QCOMPARE(cal.holidays.first().name, QStringLiteral("元旦"));
        QCOMPARE(cal.teachingWeekday(QDate(2027, 1, 9)), 1);
        QCOMPARE(cal.terms.size(), 1);
    }

    void prepSamplesFromTheJournal()
    {
        LessonStore store(m_fixture.db(), Scope);
        Database *db = m_fixture.db();
        // Two finished scheduler tasks and one failed: only the finished ones teach a lead time.
        const qint64 t0 = QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const auto &[id, state, seconds] : {std::tuple{"t1", "done", 95}, std::tuple{"t2", "done", 130},
                                                 std::tuple{"t3", "failed", 10}}) {
            QVERIFY(exec(db, QStringLiteral("INSERT INTO tasks (id, kind, state, created_at, updated_at) VALUES ('%1', 'create', '%2', %3, %3)")
                                 .arg(QLatin1String(id), QLatin1String(state)).arg(t0)));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO stage_results (task_id, stage_index, stage, started_at, finished_at, ok)"
                                            " VALUES ('%1', 0, 'build', %2, %3, 1)").arg(QLatin1String(id)).arg(t0).arg(t0 + 5000)));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO stage_results (task_id, stage_index, stage, started_at, finished_at, ok)"
                                            " VALUES ('%1', 1, 'wait', %2, %3, 1)").arg(QLatin1String(id)).arg(t0 + 5000).arg(t0 + seconds * 1000)));
            QVERIFY(!store.recordTask(QLatin1String(id), QStringLiteral("PY101"), TaskKind::Create, QStringLiteral("img"),
                                      QStringLiteral("flv"), QStringLiteral("prepare"), QDateTime::currentDateTimeUtc()));
        }
        const QList<PrepSample> samples = store.prepSamples().value();
        QCOMPARE(samples.size(), 2);
        QList<qint64> secs;
        for (const PrepSample &s : samples) {
            secs << s.seconds;
            QCOMPARE(s.kind, TaskKind::Create);
            QCOMPARE(s.image, QStringLiteral("img"));
        }
        std::sort(secs.begin(), secs.end());
        QCOMPARE(secs, (QList<qint64>{95, 130}));
        LeadTime lead(600);
        lead.addAll(samples);
        QCOMPARE(lead.estimate(TaskKind::Create, QStringLiteral("img"), QStringLiteral("flv")).samples, 2);
    }

    void leadership()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SchedulerLeader a(m_fixture.db(), Scope, QStringLiteral("host-a:1:x"), 60);
        QVERIFY(a.acquire(now).value());
        QVERIFY(a.acquire(now).value()); // keeps it
        CloudError error;
        auto second = m_fixture.reopen(&error); // another process: its own connection
        QVERIFY(!error);
        SchedulerLeader b(second.get(), Scope, QStringLiteral("host-b:2:y"), 60);
        QVERIFY(!b.acquire(now).value());
        SchedulerLeader otherScope(second.get(), QStringLiteral("elsewhere"), QStringLiteral("host-b:2:y"), 60);
        QVERIFY(otherScope.acquire(now).value());
        otherScope.release();
        if (m_fixture.isSqlite()) {
            // A lease that ran out is taken over.
            QVERIFY(b.acquire(now.addSecs(61)).value());
            QVERIFY(!a.acquire(now.addSecs(62)).value());
        } else {
            // The leader's connection ends (the process died): the server frees the lock.
            m_fixture.closeDatabase();
            QTRY_VERIFY(b.acquire(now).value());
        }
        b.release();
    }

    void deadLocalLeaderIsTakenOverAtOnce()
    {
        if (!m_fixture.isSqlite())
            QSKIP("PostgreSQL frees the lock with the connection (see leadership)");
        // A holder that names a process of this computer that no longer exists.
        const QString dead = QStringLiteral("%1:%2:z").arg(QSysInfo::machineHostName()).arg(0x7ffffff0);
        SchedulerLeader gone(m_fixture.db(), Scope, dead, 600);
        QVERIFY(gone.acquire().value());
        SchedulerLeader live(m_fixture.db(), Scope, QStringLiteral("%1:%2:w").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()), 600);
        QVERIFY(live.acquire().value());
        QCOMPARE(live.currentHolder().value(), live.holder());
    }

private:
    Fixture m_fixture;
};

QTEST_GUILESS_MAIN(TestLessonStore)
#include "tst_lessonstore.moc"
