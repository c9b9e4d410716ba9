#pragma once

#include "models/lessons/timetablegridmodel.h"

#include <QTimer>
#include <QWidget>

class LessonBook;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;

/**
 * The Timetable tab: a week of one classroom, teacher or course as a grid (periods × weekdays).
 * Click or drag over free cells to add lessons of the chosen course (picked cells of a day that
 * touch become one lesson; one touching a lesson of the same course extends it), Delete marks the
 * lessons of the selected cells for removal. Before anything is saved the edits are checked
 * against the whole timetable on a worker thread (same classroom, teacher, students: the core's
 * Timetable::conflicts); conflicts are listed and their cells turn red, and Save needs "Save
 * anyway" while there are any.
 */
class TimetableView : public QWidget
{
    Q_OBJECT

public:
    explicit TimetableView(LessonBook *book, QWidget *parent = nullptr);

    [[nodiscard]] TimetableGridModel *model() const { return m_model; }
    [[nodiscard]] QTableView *grid() const { return m_grid; }
    [[nodiscard]] QListWidget *conflictList() const { return m_conflicts; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QCheckBox *forceBox() const { return m_force; }
    [[nodiscard]] QPushButton *periodsButton() const { return m_periods; }
    /** Opens the periods editor (window-modal; the grid follows once they are saved). */
    class PeriodsDialog *editPeriods();
    [[nodiscard]] bool checking() const { return m_checkTimer.isActive() || m_checking; }

    void showFilter(TimetableGridModel::Filter filter, const QString &value);
    void showWeek(const QDate &day);
    void setCourseToAdd(const QString &code);
    void setRepeat(Recurrence recurrence, const QDate &until = {});
    /** Picks the cells for the chosen course (what a click or a drag does). */
    void pickCells(const QModelIndexList &cells);
    /** Marks the lessons of the cells for removal (the Delete key). */
    void removeCells(const QModelIndexList &cells);
    [[nodiscard]] TimetableGridModel::Plan plan() const;
    void save();
    void discard();

Q_SIGNALS:
    void checked(int conflicts);
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSchoolChanged();
    void fillValues();
    void onEdited();
    void check();
    void updateButtons();
    [[nodiscard]] QDate defaultUntil() const;

    LessonBook *m_book;
    TimetableGridModel *m_model;
    QComboBox *m_filterKind;
    QComboBox *m_filterValue;
    QToolButton *m_prev;
    QDateEdit *m_week;
    QToolButton *m_next;
    QPushButton *m_today;
    QPushButton *m_periods;
    QComboBox *m_course;
    QComboBox *m_repeat;
    QDateEdit *m_until;
    QTableView *m_grid;
    QListWidget *m_conflicts;
    QLabel *m_status;
    QCheckBox *m_force;
    QPushButton *m_save;
    QPushButton *m_discard;
    QList<QPair<QLabel *, const char *>> m_labels;
    QTimer m_checkTimer;
    bool m_checking = false;
    int m_checkGeneration = 0;
    int m_conflictCount = 0;
    bool m_untilTouched = false;
};
