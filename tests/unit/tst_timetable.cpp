// Periods, recurrence on the school calendar (holidays, make-up days, terms, course dates,
// per-occurrence changes) and conflicts: pure, table-driven, in an explicit time zone.
#include "models/lessons/timetable.h"

#include <QTest>

namespace
{
const QTimeZone Zone(QByteArrayLiteral("Asia/Shanghai"));

QDateTime at(const char *text) // "2026-12-07 08:00" school time
{
    return QDateTime(QDate::fromString(QString::fromLatin1(text).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(text).mid(11), QStringLiteral("HH:mm")), Zone);
}

QDate day(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Lesson weekly(const char *start, const char *end, const char *until, const QString &course = QStringLiteral("PY101"))
{
    Lesson l;
    l.id = QStringLiteral("L-") + course;
    l.course = course;
    l.start = at(start);
    l.end = at(end);
    l.recurrence = Recurrence::Weekly;
    l.until = day(until);
    return l;
}

QStringList startDays(const QList<Occurrence> &list)
{
    QStringList out;
    for (const Occurrence &o : list)
        out << o.start.toTimeZone(Zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return out;
}

QStringList days(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *d : list)
        out << QString::fromLatin1(d);
    return out;
}
} // namespace

class TestTimetable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPeriods()
    {
        const QList<Period> p = Timetable::defaultPeriods();
        QCOMPARE(p.size(), 21);
        QCOMPARE(p.first(), (Period{QStringLiteral("1"), QTime(6, 0), QTime(6, 40)}));
        QCOMPARE(p.last(), (Period{QStringLiteral("21"), QTime(19, 20), QTime(20, 0)}));
        for (int i = 1; i < p.size(); ++i)
            QCOMPARE(p.at(i).start, p.at(i - 1).end);
        QList<Period> copy = p;
        QVERIFY(Timetable::normalizePeriods(&copy).isEmpty());
    }

    void periodRules_data()
    {
        QTest::addColumn<QList<Period>>("periods");
        QTest::addColumn<QStringList>("expectedNames"); // after renumbering; empty when refused
        QTest::addColumn<QString>("problem");           // a word of the refusal
        QTest::newRow("sorted and renumbered")
            << QList<Period>{{QStringLiteral("b"), QTime(9, 0), QTime(9, 40)}, {QStringLiteral("a"), QTime(8, 0), QTime(8, 40)}}
            << QStringList{QStringLiteral("1"), QStringLiteral("2")} << QString();
        QTest::newRow("overlap")
            << QList<Period>{{QStringLiteral("a"), QTime(8, 0), QTime(8, 40)}, {QStringLiteral("b"), QTime(8, 30), QTime(9, 10)}}
            << QStringList() << QStringLiteral("overlap");
        QTest::newRow("end before start")
            << QList<Period>{{QStringLiteral("a"), QTime(9, 0), QTime(8, 40)}} << QStringList() << QStringLiteral("end after");
        QTest::newRow("touching is fine")
            << QList<Period>{{QStringLiteral("x"), QTime(8, 0), QTime(8, 40)}, {QStringLiteral("y"), QTime(8, 40), QTime(9, 20)}}
            << QStringList{QStringLiteral("1"), QStringLiteral("2")} << QString();
    }

    void periodRules()
    {
        QFETCH(QList<Period>, periods);
        QFETCH(QStringList, expectedNames);
        QFETCH(QString, problem);
        const QStringList problems = Timetable::normalizePeriods(&periods);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
            QStringList names;
            for (const Period &p : periods)
                names << p.name;
            QCOMPARE(names, expectedNames);
            QVERIFY(periods.first().start < periods.last().start);
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    void expand_data()
    {
        QTest::addColumn<QList<Lesson>>("lessons");
        QTest::addColumn<Course>("course");
        QTest::addColumn<SchoolCalendar>("calendar");
        QTest::addColumn<QList<LessonChange>>("changes");
        QTest::addColumn<QStringList>("expected");

        Course py;
        py.code = QStringLiteral("PY101");
        const Lesson mon = weekly("2026-12-07 08:00", "2026-12-07 08:45", "2026-12-28");

        QTest::newRow("weekly") << QList<Lesson>{mon} << py << SchoolCalendar() << QList<LessonChange>()
                                << days({"2026-12-07 08:00", "2026-12-14 08:00", "2026-12-21 08:00", "2026-12-28 08:00"});

        SchoolCalendar oneHoliday;
        oneHoliday.holidays << Holiday{day("2026-12-14"), day("2026-12-14"), QStringLiteral("sports day")};
        QTest::newRow("holiday skipped") << QList<Lesson>{mon} << py << oneHoliday << QList<LessonChange>()
                                         << days({"2026-12-07 08:00", "2026-12-21 08:00", "2026-12-28 08:00"});

        SchoolCalendar makeup;
        makeup.holidays << Holiday{day("2026-12-13"), day("2026-12-15"), QString()};
        makeup.makeups << MakeupDay{day("2026-12-19"), 1, QString()}; // Saturday taught as Monday
        QTest::newRow("make-up day follows the weekday it replaces")
            << QList<Lesson>{mon} << py << makeup << QList<LessonChange>()
            << days({"2026-12-07 08:00", "2026-12-19 08:00", "2026-12-21 08:00", "2026-12-28 08:00"});

        Lesson daily = mon;
        daily.recurrence = Recurrence::Daily;
        daily.until = day("2026-12-13");
        QTest::newRow("daily: school days") << QList<Lesson>{daily} << py << SchoolCalendar() << QList<LessonChange>()
                                            << days({"2026-12-07 08:00", "2026-12-08 08:00", "2026-12-09 08:00",
                                                     "2026-12-10 08:00", "2026-12-11 08:00"});
        SchoolCalendar saturdayWorked;
        saturdayWorked.makeups << MakeupDay{day("2026-12-12"), 5, QString()};
        QTest::newRow("daily: a make-up Saturday too")
            << QList<Lesson>{daily} << py << saturdayWorked << QList<LessonChange>()
            << days({"2026-12-07 08:00", "2026-12-08 08:00", "2026-12-09 08:00", "2026-12-10 08:00", "2026-12-11 08:00",
                     "2026-12-12 08:00"});

        Lesson once = mon;
        once.recurrence = Recurrence::Once;
        once.start = at("2026-12-14 10:00");
        once.end = at("2026-12-14 10:40");
        QTest::newRow("once on a holiday: nothing") << QList<Lesson>{once} << py << oneHoliday << QList<LessonChange>()
                                                    << QStringList();
        Lesson manual = once;
        manual.manual = true;
        QTest::newRow("manual start on a holiday") << QList<Lesson>{manual} << py << oneHoliday << QList<LessonChange>()
                                                   << days({"2026-12-14 10:00"});

        Course shortCourse = py;
        shortCourse.to = day("2026-12-20");
        QTest::newRow("course date range") << QList<Lesson>{mon} << shortCourse << SchoolCalendar() << QList<LessonChange>()
                                           << days({"2026-12-07 08:00", "2026-12-14 08:00"});

        SchoolCalendar term;
        term.terms << Term{QStringLiteral("autumn"), day("2026-09-01"), day("2026-12-15")};
        QTest::newRow("outside the term") << QList<Lesson>{mon} << py << term << QList<LessonChange>()
                                          << days({"2026-12-07 08:00", "2026-12-14 08:00"});

        LessonChange cancel;
        cancel.lessonId = mon.id;
        cancel.occurrenceStart = at("2026-12-21 08:00");
        cancel.cancelled = true;
        LessonChange extend;
        extend.lessonId = mon.id;
        extend.occurrenceStart = at("2026-12-14 08:00");
        extend.end = at("2026-12-14 09:30");
        QTest::newRow("cancelled and extended occurrences")
            << QList<Lesson>{mon} << py << SchoolCalendar() << QList<LessonChange>{cancel, extend}
            << days({"2026-12-07 08:00", "2026-12-14 08:00", "2026-12-28 08:00"});
    }

    void expand()
    {
        QFETCH(QList<Lesson>, lessons);
        QFETCH(Course, course);
        QFETCH(SchoolCalendar, calendar);
        QFETCH(QList<LessonChange>, changes);
        QFETCH(QStringList, expected);
        const QHash<QString, Course> courses{{course.code, course}};
        const QList<Occurrence> got = Timetable::expand(lessons, courses, calendar, changes, at("2026-12-01 00:00"),
                                                        at("2027-01-31 00:00"), Zone);
        QCOMPARE(startDays(got), expected);
        for (const Occurrence &o : got) {
            const bool extended = o.start == at("2026-12-14 08:00") && !changes.isEmpty();
            QCOMPARE(o.start.secsTo(o.end), extended ? 90 * 60 : (lessons.first().start.secsTo(lessons.first().end)));
        }
    }

    void expandWindowKeepsRunningLesson()
    {
        const Lesson mon = weekly("2026-12-07 08:00", "2026-12-07 08:45", "2026-12-28");
        const QHash<QString, Course> courses;
        // A window that starts while the lesson runs, and one that starts after it ended.
        QCOMPARE(Timetable::expand({mon}, courses, {}, {}, at("2026-12-07 08:30"), at("2026-12-07 12:00"), Zone).size(), 1);
        QCOMPARE(Timetable::expand({mon}, courses, {}, {}, at("2026-12-07 08:45"), at("2026-12-07 12:00"), Zone).size(), 0);
    }

    void validate_data()
    {
        QTest::addColumn<Lesson>("lesson");
        QTest::addColumn<bool>("valid");
        Lesson ok = weekly("2026-12-07 08:00", "2026-12-07 08:45", "2026-12-28");
        QTest::newRow("fine") << ok << true;
        Lesson backwards = ok;
        backwards.end = at("2026-12-07 07:00");
        QTest::newRow("ends before it starts") << backwards << false;
        Lesson noUntil = ok;
        noUntil.until = QDate();
        QTest::newRow("weekly without until") << noUntil << false;
        Lesson untilBefore = ok;
        untilBefore.until = day("2026-12-01");
        QTest::newRow("until before the first day") << untilBefore << false;
    }

    void validate()
    {
        QFETCH(Lesson, lesson);
        QFETCH(bool, valid);
        QCOMPARE(Timetable::validate(lesson, Zone).isEmpty(), valid);
    }

    void conflicts_data()
    {
        QTest::addColumn<QString>("otherClassroom");
        QTest::addColumn<QString>("otherTeacher");
        QTest::addColumn<QStringList>("otherStudents");
        QTest::addColumn<QString>("otherStart");
        QTest::addColumn<QList<int>>("kinds");
        using K = LessonConflict::Kind;
        QTest::newRow("same classroom") << QStringLiteral("A101") << QStringLiteral("li.na") << QStringList{QStringLiteral("s9")}
                                        << QStringLiteral("2026-12-07 08:30") << QList<int>{int(K::Classroom)};
        QTest::newRow("same teacher") << QStringLiteral("B202") << QStringLiteral("zhang.wei") << QStringList()
                                      << QStringLiteral("2026-12-07 08:30") << QList<int>{int(K::Teacher)};
        QTest::newRow("shared students") << QStringLiteral("B202") << QStringLiteral("li.na")
                                         << QStringList{QStringLiteral("s2"), QStringLiteral("s9")}
                                         << QStringLiteral("2026-12-07 08:00") << QList<int>{int(K::Students)};
        QTest::newRow("back to back: no conflict") << QStringLiteral("A101") << QStringLiteral("zhang.wei")
                                                   << QStringList{QStringLiteral("s1")} << QStringLiteral("2026-12-07 08:45")
                                                   << QList<int>();
    }

    void conflicts()
    {
        QFETCH(QString, otherClassroom);
        QFETCH(QString, otherTeacher);
        QFETCH(QStringList, otherStudents);
        QFETCH(QString, otherStart);
        QFETCH(QList<int>, kinds);
        QHash<QString, CourseFacts> facts;
        facts.insert(QStringLiteral("PY101"), CourseFacts{QStringLiteral("zhang.wei"), QStringLiteral("A101"),
                                                          {QStringLiteral("s1"), QStringLiteral("s2")}});
        facts.insert(QStringLiteral("NET201"), CourseFacts{otherTeacher, otherClassroom,
                                                           QSet<QString>(otherStudents.cbegin(), otherStudents.cend())});
        const Occurrence mine{QStringLiteral("l1"), QStringLiteral("PY101"), at("2026-12-07 08:00"), at("2026-12-07 08:45"),
                              QStringLiteral("A101")};
        const QDateTime s = at(otherStart.toLatin1().constData());
        const Occurrence theirs{QStringLiteral("l2"), QStringLiteral("NET201"), s, s.addSecs(45 * 60), otherClassroom};
        const QList<LessonConflict> found = Timetable::conflicts({mine}, {theirs}, facts);
        QList<int> got;
        for (const LessonConflict &c : found) {
            got << int(c.kind);
            QVERIFY(c.text().contains(QLatin1String("NET201")) || c.kind == LessonConflict::Kind::SameCourse);
        }
        QCOMPARE(got, kinds);
        if (!kinds.isEmpty() && kinds.first() == int(LessonConflict::Kind::Students))
            QCOMPARE(found.first().students, QStringList{QStringLiteral("s2")});
    }

    void weekdayWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weekday");
        QTest::newRow("mon") << QStringLiteral("mon") << 1;
        QTest::newRow("Friday") << QStringLiteral("Friday") << 5;
        QTest::newRow("7") << QStringLiteral("7") << 7;
        QTest::newRow("周三") << QStringLiteral("周三") << 3;
        QTest::newRow("星期日") << QStringLiteral("星期日") << 7;
        QTest::newRow("8") << QStringLiteral("8") << 0;
        QTest::newRow("mo") << QStringLiteral("mo") << 0;
    }

    void weekdayWords()
    {
        QFETCH(QString, text);
        QFETCH(int, weekday);
        QCOMPARE(LessonText::weekdayFromText(text), weekday);
    }
};

QTEST_GUILESS_MAIN(TestTimetable)
#include "tst_timetable.moc"
