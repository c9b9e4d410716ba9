#pragma once

#include "models/lessons/lessonbook.h"
#include "models/lessons/timetable.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QSet>
#include <QTimeZone>

/**
 * The weekly timetable grid: periods as rows, Monday..Sunday as columns, for one classroom, one
 * teacher or one course. Holds the edits not saved yet: cells picked for a course (adjacent cells
 * of a day become one lesson, and one next to a lesson of the same course extends it) and lessons
 * marked for removal. plannedLessons()/removedLessonIds() are what Save writes; conflicts found
 * for them are shown in their cells.
 */
class TimetableGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Filter {
        Classroom,
        Teacher,
        Course
    };
    enum Role {
        OccurrencesRole = Qt::UserRole + 1, // QStringList of "CODE" for the cell's lessons
        PendingRole,                        // the course code picked for the cell, or empty
        RemovedRole,                        // bool: a lesson of the cell is marked for removal
        ConflictRole                        // QString: the cell's conflicts (translated), or empty
    };

    explicit TimetableGridModel(QObject *parent = nullptr);

    void setSchool(const SchoolSnapshot &school);
    void setWeek(const QDate &anyDay); // shows the week (Monday..Sunday) of the day
    void setFilter(Filter filter, const QString &value);
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QDate monday() const { return m_monday; }
    [[nodiscard]] Filter filter() const { return m_filter; }
    [[nodiscard]] QString filterValue() const { return m_value; }
    [[nodiscard]] QDate dayOf(int column) const { return m_monday.addDays(column); }
    [[nodiscard]] const QList<Period> &periods() const { return m_school.periods; }

    /** The occurrences shown in a cell (they overlap its period on its day). */
    [[nodiscard]] QList<Occurrence> occurrencesAt(int row, int column) const;

    // --- edits not saved yet ---
    /** Picks free cells for `course` (cells already picked for it are unpicked when every given
     *  cell is). Cells with a lesson are left alone. Returns how many cells changed. */
    int pick(const QModelIndexList &cells, const QString &course);
    /** Marks the lessons of the cells for removal (again: unmarks); unpicks picked cells. */
    int markRemoval(const QModelIndexList &cells);
    void clearEdits();
    [[nodiscard]] bool hasEdits() const { return !m_picked.isEmpty() || !m_removed.isEmpty(); }

    struct Plan
    {
        QList<Lesson> lessons;    // to add (merged runs)
        QStringList removedIds;   // to delete (marked, or replaced by a merged lesson)
        QStringList merged;       // ids of lessons extended by a run (part of removedIds)
    };
    /** The edits as lessons: each run of adjacent picked cells of a day is one lesson of its
     *  course, weekly until `until` (Recurrence::Once: this week only). */
    [[nodiscard]] Plan plan(Recurrence recurrence, const QDate &until) const;

    /** Shows conflicts in the cells of the week they fall on (after a check of plan()). */
    void setConflicts(const QList<LessonConflict> &conflicts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void recompute();
    bool matches(const Occurrence &o) const;
    [[nodiscard]] QDateTime cellStart(int row, int column) const;
    [[nodiscard]] QDateTime cellEnd(int row, int column) const;
    void emitAll();

    SchoolSnapshot m_school;
    QHash<QString, Course> m_courses;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_monday;
    Filter m_filter = Filter::Classroom;
    QString m_value;
    QList<Occurrence> m_week;                // shown occurrences of the week
    QMap<int, QMap<int, QString>> m_picked;  // column → row → course
    QSet<QString> m_removed;                 // lesson ids
    QHash<quint64, QStringList> m_conflicts; // (row << 32 | column) → texts
};
