#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/leadtime.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class Database;

/**
 * The school timetable in the Phoenix database (SQLite or PostgreSQL), one cloud project's
 * (`scope`, as the inventory cache and the journal use it): courses and rosters, classrooms,
 * periods, lessons and their per-occurrence changes, the calendar, and what the scheduler
 * submitted. Every write that touches more than one row is one transaction. Any thread (each
 * uses its own connection); errors are translated sentences.
 */
class LessonStore
{
    Q_DECLARE_TR_FUNCTIONS(LessonStore)

public:
    LessonStore(Database *database, QString scope);

    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] Database *database() const { return m_database; }

    // --- courses and rosters ---
    Result<QList<Course>> courses() const;
    Result<std::optional<Course>> course(const QString &code) const;
    /** Inserts (new code) or updates (known code); fills id and times. */
    CloudError saveCourse(Course *course);
    /** Deletes the course with its roster, lessons and changes. */
    CloudError deleteCourse(const QString &code);
    Result<QList<RosterSeat>> roster(const QString &code) const;
    Result<QHash<QString, QList<RosterSeat>>> rosters() const; // every course's, by code
    /** Replaces the whole roster in one transaction: all or nothing. */
    CloudError replaceRoster(const QString &code, const QList<RosterSeat> &seats);

    // --- classrooms and periods ---
    Result<QList<Classroom>> classrooms() const;
    CloudError saveClassroom(const Classroom &room);
    CloudError deleteClassroom(const QString &name);
    /** The stored periods, or Timetable::defaultPeriods() when none are stored. */
    Result<QList<Period>> periods() const;
    CloudError replacePeriods(const QList<Period> &periods);

    // --- lessons ---
    Result<QList<Lesson>> lessons(const QString &courseCode = {}) const;
    CloudError addLesson(Lesson *lesson, const QString &user = {}); // fills id
    CloudError addLessons(QList<Lesson> *lessons, const QString &user = {}); // one transaction
    CloudError deleteLesson(const QString &id);
    Result<QList<LessonChange>> changes() const;
    CloudError saveChange(const LessonChange &change, const QString &user = {});

    // --- calendar ---
    Result<SchoolCalendar> calendar() const;
    CloudError addHoliday(const Holiday &holiday);
    CloudError removeHoliday(const QDate &from);
    CloudError addMakeup(const MakeupDay &day);
    CloudError removeMakeup(const QDate &day);
    CloudError addTerm(const Term &term);

    // --- the scheduler ---
    CloudError recordTask(const QString &taskId, const QString &course, TaskKind kind, const QString &image,
                          const QString &flavor, const QString &why, const QDateTime &lessonStart);
    /** Finished scheduler tasks with their duration from the journal's stage times, oldest first. */
    Result<QList<PrepSample>> prepSamples(int limit = 500) const;

private:
    Result<QString> courseId(const QString &code) const;
    Database *m_database;
    QString m_scope;
};
