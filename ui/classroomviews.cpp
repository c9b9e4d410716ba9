#include "ui/classroomviews.h"

#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "models/items/desktoptablemodel.h"
#include "models/lessons/schooldata.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "ui/boardview.h"
#include "ui/desktopactions.h"
#include "ui/desktopviews.h"
#include "ui/mainwindow.h"
#include "ui/seatingeditor.h"
#include "ui/taskpanel.h"
#include "ui/todayview.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QEvent>
#include <QTabWidget>

ClassroomContext::ClassroomContext(SchoolData *school, DesktopTableModel *desktops, QObject *parent)
    : QObject(parent)
    , m_school(school)
    , m_desktops(desktops)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &ClassroomContext::desktopsChanged);
    auto poke = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };
    connect(desktops, &QAbstractItemModel::dataChanged, this, poke);
    connect(desktops, &QAbstractItemModel::rowsInserted, this, poke);
    connect(desktops, &QAbstractItemModel::rowsRemoved, this, poke);
    connect(desktops, &QAbstractItemModel::modelReset, this, poke);
}

void ClassroomContext::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    if (connection) {
        connect(connection->engine(), &TaskEngine::batchChanged, this, [this] {
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    }
    Q_EMIT connectionChanged();
}

void ClassroomContext::setActor(const Actor &actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

bool ClassroomContext::canSee(const Course &course) const
{
    if (m_actor.admin)
        return true;
    return !m_actor.userName.isEmpty()
        && (course.teacher == m_actor.userName || m_actor.taughtCourses.contains(course.code));
}

LessonControl::Who ClassroomContext::who() const
{
    LessonControl::Who w;
    if (m_connection) {
        w.user = m_connection->auth().userName.isEmpty() ? m_connection->config().username : m_connection->auth().userName;
        w.project = m_connection->config().projectName;
    }
    return w;
}

DesktopFacts ClassroomContext::facts() const
{
    return DesktopFacts::from(m_desktops, m_connection ? m_connection->engine() : nullptr);
}

// --- ClassroomViews ---------------------------------------------------------------------------------

ClassroomViews::ClassroomViews(MainWindow *window, ConnectionManager *connections)
    : QObject(window)
    , m_window(window)
    , m_school(new SchoolData(this))
    , m_context(new ClassroomContext(m_school, window->desktops()->model(), this))
{
    m_today = new TodayView(m_context);
    m_board = new BoardView(m_context);
    m_seating = new SeatingEditor(m_context);
    QTabWidget *tabs = window->tabs();
    tabs->addTab(m_today, QIcon(QStringLiteral(":/icons/tasks.svg")), QString());
    tabs->addTab(m_board, QString());
    tabs->addTab(m_seating, QString());
    m_today->installEventFilter(this);
    retranslate();

    connect(connections, &ConnectionManager::connectionChanged, this, &ClassroomViews::onConnectionChanged);
    connect(window->desktops(), &DesktopViews::actorChanged, this,
            [this] { m_context->setActor(m_window->desktops()->actor()); });
    connect(m_today, &TodayView::boardRequested, this, &ClassroomViews::showBoard);
    connect(m_context, &ClassroomContext::message, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 8000);
    });
    connect(m_context, &ClassroomContext::batchSubmitted, window, [window](const QString &batchId) {
        window->taskDock()->show();
        window->taskPanel()->selectBatch(batchId);
    });
    if (connections->current())
        onConnectionChanged(connections->current());
}

ClassroomViews::~ClassroomViews()
{
    // The views use the context and the school data, which go with this object.
    delete m_today;
    delete m_board;
    delete m_seating;
}

void ClassroomViews::setDatabase(Database *database)
{
    m_database = database;
    updateStore();
}

void ClassroomViews::onConnectionChanged(CloudConnection *connection)
{
    m_context->setConnection(connection);
    m_context->setActor(m_window->desktops()->actor());
    updateStore();
    if (connection) {
        // Today is the first view after connecting.
        connect(connection, &CloudConnection::ready, this, [this] { m_window->tabs()->setCurrentWidget(m_today); },
                Qt::SingleShotConnection);
    }
}

void ClassroomViews::updateStore()
{
    CloudConnection *c = m_context->connection();
    m_school->setStore(c ? m_database : nullptr, c ? Inventory::scopeFor(c->config()) : QString());
}

void ClassroomViews::showBoard(const QString &courseCode)
{
    m_board->showCourse(courseCode);
    m_window->tabs()->setCurrentWidget(m_board);
}

bool ClassroomViews::showTab(const QString &name)
{
    QWidget *w = name == QLatin1String("today") ? static_cast<QWidget *>(m_today)
               : name == QLatin1String("board") ? static_cast<QWidget *>(m_board)
               : name == QLatin1String("seating") ? static_cast<QWidget *>(m_seating)
                                                   : nullptr;
    if (w)
        m_window->tabs()->setCurrentWidget(w);
    return w != nullptr;
}

bool ClassroomViews::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_today && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClassroomViews::retranslate()
{
    QTabWidget *tabs = m_window->tabs();
    tabs->setTabText(tabs->indexOf(m_today), tr("Today"));
    tabs->setTabText(tabs->indexOf(m_board), tr("Readiness board"));
    tabs->setTabText(tabs->indexOf(m_seating), tr("Seating plans"));
    tabs->setTabToolTip(tabs->indexOf(m_board), tr("The seats of a lesson and whether their desktops are ready"));
}
