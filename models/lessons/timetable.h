#pragma once

#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

/** Why two lessons cannot both happen. */
struct LessonConflict
{
    enum class Kind {
        Classroom, // the same classroom at the same time
        Teacher,   // the same teacher in two places
        Students,  // a student on both rosters
        SameCourse // the course already has a lesson then
    };
    Kind kind = Kind::Classroom;
    Occurrence candidate;
    Occurrence existing;
    QStringList students; // Kind::Students: who is on both (first few)

    [[nodiscard]] QString text() const; // translated, one sentence
};

/** What Timetable needs to know about a course to check conflicts. */
struct CourseFacts
{
    QString teacher;
    QString classroom;
    QSet<QString> students;
};

/**
 * The pure rules of the school timetable: periods, expanding lessons into occurrences on the
 * school calendar, and conflicts. Days and weekdays are those of `zone` (the school's).
 */
class Timetable
{
    Q_DECLARE_TR_FUNCTIONS(Timetable)

public:
    /** 06:00–20:00 in 40-minute slots, named "1".."21" (the seed system's default). */
    static QList<Period> defaultPeriods();
    /** Sorts by start and renames "1".."N"; empty when fine, else a translated reason per problem
     *  (start not before end, overlaps). */
    static QStringList normalizePeriods(QList<Period> *periods);
    static std::optional<Period> period(const QList<Period> &periods, const QString &name);
    /** Whole periods of `minutes` from `from`, `pause` minutes apart, the last ending at `to` or
     *  before (named "1".."N"); empty when none fits or `minutes` < 1. */
    static QList<Period> generatePeriods(QTime from, QTime to, int minutes, int pause);

    /**
     * The occurrences of `lessons` that overlap [from, to): recurrences expanded day by day in
     * `zone`, holidays and days outside every term skipped (a manual lesson runs anyway), a
     * make-up day taught as the weekday it replaces, days outside the course's date range
     * skipped, changes (extend / stop / cancel) applied. Sorted by start.
     */
    static QList<Occurrence> expand(const QList<Lesson> &lessons, const QHash<QString, Course> &courses,
                                    const SchoolCalendar &calendar, const QList<LessonChange> &changes,
                                    const QDateTime &from, const QDateTime &to,
                                    const QTimeZone &zone = QTimeZone::systemTimeZone());

    /** Checks a lesson's occurrences against existing ones: classroom, teacher, students. */
    static QList<LessonConflict> conflicts(const QList<Occurrence> &candidates, const QList<Occurrence> &existing,
                                           const QHash<QString, CourseFacts> &courses);

    /** A lesson is valid: end after start, until with a recurrence, at most 24 h long. */
    static QString validate(const Lesson &lesson, const QTimeZone &zone = QTimeZone::systemTimeZone());
};
