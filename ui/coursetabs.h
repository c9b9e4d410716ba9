#pragma once

#include <QObject>
#include <QPointer>

class CalendarView;
class CloudConnection;
class ConnectionManager;
class CoursesView;
class Database;
class LessonBook;
class MainWindow;
class TimetableView;

/**
 * Puts the school's set-up views in the window as tabs — Courses (with rosters and classrooms),
 * Timetable and School calendar — and keeps them on the current cloud's timetable (the scope of
 * the connection, in the Phoenix database). Administrators only: a member's login hides them.
 */
class CourseTabs : public QObject
{
    Q_OBJECT

public:
    CourseTabs(MainWindow *window, ConnectionManager *connections, Database *database);

    [[nodiscard]] LessonBook *book() const { return m_book; }
    [[nodiscard]] CoursesView *courses() const { return m_courses; }
    [[nodiscard]] TimetableView *timetable() const { return m_timetable; }
    [[nodiscard]] CalendarView *calendar() const { return m_calendar; }

    /** Follows a connection (the ConnectionManager's current one): its scope, catalog, desktops. */
    void setConnection(CloudConnection *connection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();

    MainWindow *m_window;
    LessonBook *m_book;
    CoursesView *m_courses;
    TimetableView *m_timetable;
    CalendarView *m_calendar;
    QPointer<CloudConnection> m_connection;
};
