#pragma once

#include "models/lessons/coursecheck.h"

#include <QPointer>
#include <QWidget>

class CloudConnection;
class CourseEditor;
class CourseTableModel;
class LessonBook;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;
class RosterEditor;

/**
 * The Courses tab: a table of the courses (sortable, filterable) with New, Edit, Roster and
 * Delete, and the classrooms (name, seats) beside it. A course with desktops or a lesson running
 * is not deleted: the reason is shown (CourseCheck::deleteRefusal, the same rule as phoenixctl).
 */
class CoursesView : public QWidget
{
    Q_OBJECT

public:
    explicit CoursesView(LessonBook *book, QWidget *parent = nullptr);

    /** The cloud whose catalog fills the editor and whose desktops and quota the checks use. */
    void setConnection(CloudConnection *connection);
    [[nodiscard]] CloudCapacity capacity() const;

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] CourseTableModel *model() const { return m_model; }
    [[nodiscard]] QTableWidget *classroomTable() const { return m_rooms; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QString selectedCode() const;
    void selectCourse(const QString &code);
    /** The dialogs opened last (tests drive them). */
    [[nodiscard]] CourseEditor *editor() const;
    [[nodiscard]] RosterEditor *rosterEditor() const;

    void newCourse();
    void editCourse();
    void openRoster();
    /** Asks, then deletes; or says why not. */
    void deleteCourse();
    /** Deletes without asking when allowed (the confirmation's yes). */
    void deleteCourseNow(const QString &code);
    void addClassroom(const QString &name, int seats);
    void deleteClassroom();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSchoolChanged();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void onRoomEdited(int row, int column);

    LessonBook *m_book;
    QPointer<CloudConnection> m_connection;
    CourseTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_rosterButton;
    QPushButton *m_delete;
    QLabel *m_message;
    QLabel *m_roomsTitle;
    QTableWidget *m_rooms;
    QLineEdit *m_roomName;
    QSpinBox *m_roomSeats;
    QPushButton *m_addRoom;
    QPushButton *m_deleteRoom;
    bool m_fillingRooms = false;
    QPointer<CourseEditor> m_editor;
    QPointer<RosterEditor> m_roster;
};
