#pragma once

#include "models/lessons/lessontypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

/** Where a lesson stands on the Today view. */
enum class LessonPhase {
    Scheduled, // its desktops are prepared later (warm-up not begun)
    WarmingUp, // being prepared, not all ready
    Ready,     // before the bell, every desktop ready
    Running,   // the bell has rung
    Over,      // ended; desktops not reclaimed yet (grace, or the policy is still working)
    Reclaimed  // ended; the course's policy has been applied
};

/** One line of the Today view. */
struct TodayLesson
{
    Occurrence occurrence;
    QString courseName;
    QString teacher;
    QString classroom;
    LessonPhase phase = LessonPhase::Scheduled;
    int ready = 0;
    int total = 0;
    int needFix = 0;
    int stillOn = 0;   // Over: desktops still ACTIVE
    QDateTime warmAt;  // when preparation starts (the learned lead time)
    QDateTime readyBy; // expected ready

    [[nodiscard]] QString key() const { return occurrence.lessonId + QLatin1Char('@') + occurrence.start.toString(Qt::ISODate); }
    friend bool operator==(const TodayLesson &, const TodayLesson &) = default;
};

/**
 * Today's and the next lessons (Time, Course, Classroom, Teacher, State, Desktops). setLessons()
 * merges a new list into the shown one by lesson and start: rows are inserted and removed where
 * they change, and changed rows get dataChanged — never a reset, so selection and scroll stay.
 * GUI thread.
 */
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Course,
        Classroom,
        Teacher,
        State,
        Desktops,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        PhaseRole = Qt::UserRole + 1, // int: LessonPhase
        CourseCodeRole,
        LessonKeyRole
    };

    explicit TodayModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLessons(const QList<TodayLesson> &lessons);
    [[nodiscard]] const QList<TodayLesson> &lessons() const { return m_rows; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void retranslate();

    /** The phase from the times and the counts (pure). */
    static LessonPhase phaseOf(const QDateTime &now, const Occurrence &o, const QDateTime &warmAt, int graceMinutes,
                               int ready, int total, int stillOn);
    static QString phaseName(LessonPhase phase); // translated
    /** "Warming up — 12 of 25 ready", "Scheduled — warm-up at 09:48", ... (translated) */
    static QString stateText(const TodayLesson &lesson);

private:
    QString timeText(const TodayLesson &l) const;
    QList<TodayLesson> m_rows;
    std::function<QDateTime()> m_clock;
};
