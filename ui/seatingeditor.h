#pragma once

#include "models/items/seatingmodel.h"

#include <QWidget>

class ClassroomContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTableView;

/**
 * The seating-plan editor of a classroom: rows × columns, aisles (after which columns), cells
 * without a seat (Toggle seat, or Delete on a cell), and the roster of a course taught there —
 * drag a name onto a seat (or pick a name and a seat and press Place) to seat that student; a
 * student dropped on a taken seat swaps with its owner. Save writes the plan and the roster to
 * the lessons store (audited). A member can seat the students of their own courses only; the
 * plan's shape is the administrators'.
 */
class SeatingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SeatingEditor(ClassroomContext *context, QWidget *parent = nullptr);

    [[nodiscard]] SeatingModel *model() const { return m_model; }
    [[nodiscard]] RosterNamesModel *names() const { return m_names; }
    [[nodiscard]] QTableView *grid() const { return m_grid; }
    [[nodiscard]] QListView *nameList() const { return m_list; }
    [[nodiscard]] QComboBox *classroomBox() const { return m_rooms; }
    [[nodiscard]] QComboBox *courseBox() const { return m_courses; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    void selectClassroom(const QString &room);
    void selectCourse(const QString &code);
    /** Seats the selected name on the current cell (the keyboard's drag and drop). */
    void placeSelected();
    void save();

Q_SIGNALS:
    void saved(bool ok, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillRooms();
    void loadRoom();
    void loadCourse();
    void applyShape();
    void setDirty(bool dirty);
    void updateState();

    ClassroomContext *m_context;
    SeatingModel *m_model;
    RosterNamesModel *m_names;
    QComboBox *m_rooms;
    QComboBox *m_courses;
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QLineEdit *m_aisles;
    QLabel *m_roomLabel;
    QLabel *m_courseLabel;
    QLabel *m_rowsLabel;
    QLabel *m_columnsLabel;
    QLabel *m_aislesLabel;
    QLabel *m_listLabel;
    QLabel *m_status;
    QListView *m_list;
    QTableView *m_grid;
    QPushButton *m_toggle;
    QPushButton *m_place;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_dirty = false;
    bool m_loading = false;
};
