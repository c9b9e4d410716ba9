#pragma once

// Plain values of the school timetable: courses, rosters, classrooms, periods, lessons and the
// school calendar. Safe to copy across threads. Times of lessons are absolute (UTC inside a
// QDateTime); recurrence and weekdays are worked out in the school's time zone (Timetable).

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>

#include <optional>

/** What happens to a course's desktops once a lesson (plus its grace period) is over. */
enum class EndPolicy {
    Suspend,
    Shelve,
    Stop,
    Delete
};

enum class Recurrence {
    Once,
    Weekly,
    Daily
};

/** A course (课程): who teaches it, what its desktops are made of, when it runs. */
struct Course
{
    QString id;       // generated; stable
    QString code;     // unique per cloud project, what people type ("PY101")
    QString name;
    QString teacher;  // Keystone user name
    QDate from;       // first day (invalid: no limit)
    QDate to;         // last day, inclusive (invalid: no limit)
    int capacity = 0; // most students on the roster; 0 = no limit
    QString image;    // Glance image name or ID
    QString flavor;   // Nova flavor name or ID
    QString network;  // Neutron network name or ID
    QString protocol; // remote-desktop protocol shown to users (rdp, vnc, ...)
    QString nameTemplate = QStringLiteral("{course}-{seat:02}-{owner}");
    EndPolicy policy = EndPolicy::Suspend;
    QString classroom;
    int graceMinutes = 5; // after a lesson, before the policy applies
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool runsOn(const QDate &day) const
    {
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    }
};

/** One student of a course's roster. */
struct RosterSeat
{
    QString owner; // Keystone user name
    int seat = 0;  // 1-based; unique in the course

    friend bool operator==(const RosterSeat &, const RosterSeat &) = default;
};

struct Classroom
{
    QString name;
    int seats = 0;

    friend bool operator==(const Classroom &, const Classroom &) = default;
};

/** A period (节次) of the school day: "1".."N", renumbered by start time. */
struct Period
{
    QString name;
    QTime start;
    QTime end;

    friend bool operator==(const Period &, const Period &) = default;
};

/** A lesson, or a series of them (weekly/daily until a date). */
struct Lesson
{
    QString id;
    QString course;          // course code
    QDateTime start;         // the first occurrence
    QDateTime end;
    Recurrence recurrence = Recurrence::Once;
    QDate until;             // weekly/daily: the last day, inclusive
    QString classroom;       // empty: the course's classroom
    QString startPeriod;     // the period it was entered by (display only)
    QString endPeriod;
    bool manual = false;     // "start now": runs on a holiday too
};

/** A change to one occurrence of a lesson: extended, stopped early, or cancelled. */
struct LessonChange
{
    QString lessonId;
    QDateTime occurrenceStart; // identifies the occurrence
    QDateTime end;             // invalid: unchanged
    bool cancelled = false;
    bool stopped = false;      // "stop now": the end-of-lesson policy applies without grace
    int extraDesktops = 0;     // "supply N more": unowned desktops on top of the roster
};

/** One concrete lesson on the calendar. */
struct Occurrence
{
    QString lessonId;
    QString course;
    QDateTime start;
    QDateTime end;
    QString classroom;
    bool manual = false;
    bool stopped = false;
    int extraDesktops = 0;

    [[nodiscard]] bool overlaps(const QDateTime &from, const QDateTime &to) const { return start < to && from < end; }
    friend bool operator==(const Occurrence &, const Occurrence &) = default;
};

struct Holiday
{
    QDate from;
    QDate to; // inclusive
    QString name;
    [[nodiscard]] bool contains(const QDate &day) const { return day >= from && day <= to; }
};

/** A make-up day (调休): a weekend day worked as the weekday it replaces. */
struct MakeupDay
{
    QDate date;
    int asWeekday = 1; // Qt::DayOfWeek, 1 = Monday
    QString name;
};

struct Term
{
    QString name;
    QDate from;
    QDate to;
};

struct SchoolCalendar
{
    QList<Term> terms; // empty: every day is in term
    QList<Holiday> holidays;
    QList<MakeupDay> makeups;

    [[nodiscard]] bool isHoliday(const QDate &day) const;
    [[nodiscard]] bool inTerm(const QDate &day) const;
    // The weekday the day is taught as: a make-up day's replaced weekday, else its own.
    [[nodiscard]] int teachingWeekday(const QDate &day) const;
    [[nodiscard]] std::optional<MakeupDay> makeupOn(const QDate &day) const;
};

namespace LessonText
{
QString policyKey(EndPolicy policy); // suspend | shelve | stop | delete
std::optional<EndPolicy> policyFromKey(const QString &key);
QString policyName(EndPolicy policy); // translated
QString recurrenceKey(Recurrence recurrence); // once | weekly | daily
std::optional<Recurrence> recurrenceFromKey(const QString &key);
// "mon".."sun", "monday", "1".."7", 周一..周日 → 1..7; 0 when not a weekday.
int weekdayFromText(const QString &text);
} // namespace LessonText

Q_DECLARE_METATYPE(Course)
