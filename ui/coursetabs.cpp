#include "ui/coursetabs.h"

#include "models/engine/inventory.h"
#include "models/lessons/lessonbook.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "ui/calendarview.h"
#include "ui/coursesview.h"
#include "ui/desktopviews.h"
#include "ui/mainwindow.h"
#include "ui/timetableview.h"

#include <QEvent>
#include <QTabWidget>

CourseTabs::CourseTabs(MainWindow *window, ConnectionManager *connections, Database *database)
    : QObject(window)
    , m_window(window)
    , m_book(new LessonBook(database, this))
    , m_courses(new CoursesView(m_book, window))
    , m_timetable(new TimetableView(m_book, window))
    , m_calendar(new CalendarView(m_book, window))
{
    QTabWidget *tabs = window->tabs();
    tabs->addTab(m_courses, QString());
    tabs->addTab(m_timetable, QString());
    tabs->addTab(m_calendar, QString());
    m_courses->installEventFilter(this); // LanguageChange: the tab titles follow
    if (connections) {
        connect(connections, &ConnectionManager::connectionChanged, this, &CourseTabs::setConnection);
        setConnection(connections->current());
    }
    connect(window->desktops(), &DesktopViews::actorChanged, this, &CourseTabs::updateVisibility);
    retranslate();
    updateVisibility();
}

void CourseTabs::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    m_courses->setConnection(connection);
    m_book->setScope(connection ? Inventory::scopeFor(connection->config()) : QString());
    if (connection) // the database may have opened after the connection: read again once it is ready
        connect(connection, &CloudConnection::ready, m_book, &LessonBook::reload, Qt::UniqueConnection);
}

void CourseTabs::updateVisibility()
{
    const bool admin = m_window->desktops()->actor().admin;
    QTabWidget *tabs = m_window->tabs();
    for (QWidget *w : {static_cast<QWidget *>(m_courses), static_cast<QWidget *>(m_timetable), static_cast<QWidget *>(m_calendar)})
        tabs->setTabVisible(tabs->indexOf(w), admin || !m_connection);
}

void CourseTabs::retranslate()
{
    QTabWidget *tabs = m_window->tabs();
    tabs->setTabText(tabs->indexOf(m_courses), tr("Courses"));
    tabs->setTabText(tabs->indexOf(m_timetable), tr("Timetable"));
    tabs->setTabText(tabs->indexOf(m_calendar), tr("School calendar"));
    tabs->setTabToolTip(tabs->indexOf(m_courses), tr("Courses, their rosters, and the classrooms"));
    tabs->setTabToolTip(tabs->indexOf(m_timetable), tr("The weekly timetable of a classroom, a teacher or a course"));
    tabs->setTabToolTip(tabs->indexOf(m_calendar), tr("Terms, holidays and make-up days"));
}

bool CourseTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_courses && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
