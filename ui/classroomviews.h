#pragma once

#include "models/domain/desktoppolicy.h"
#include "models/items/boardmodel.h"
#include "models/lessons/lessoncontrol.h"
#include "models/session/cloudconnection.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class BoardView;
class CloudConnection;
class ConnectionManager;
class Database;
class MainWindow;
class SchoolData;
class SeatingEditor;
class TodayView;

/**
 * What the classroom views share: the open cloud, the lessons store (SchoolData), the window's
 * desktop model (tasks and port checks) and who is signed in. desktopsChanged() is the inventory
 * and task changes, coalesced (at most every 250 ms). GUI thread.
 */
class ClassroomContext : public QObject
{
    Q_OBJECT

public:
    ClassroomContext(SchoolData *school, DesktopTableModel *desktops, QObject *parent = nullptr);

    void setConnection(CloudConnection *connection);
    void setActor(const Actor &actor);
    [[nodiscard]] CloudConnection *connection() const { return m_connection; }
    [[nodiscard]] SchoolData *school() const { return m_school; }
    [[nodiscard]] DesktopTableModel *desktops() const { return m_desktops; }
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    [[nodiscard]] bool isAdmin() const { return m_actor.admin; }
    /** Administrators see every course; a member the courses they teach. */
    [[nodiscard]] bool canSee(const Course &course) const;
    [[nodiscard]] LessonControl::Who who() const;
    [[nodiscard]] DesktopFacts facts() const;

Q_SIGNALS:
    void connectionChanged();
    void actorChanged();
    void desktopsChanged();
    void message(const QString &text);
    void batchSubmitted(const QString &batchId);

private:
    SchoolData *m_school;
    DesktopTableModel *m_desktops;
    QPointer<CloudConnection> m_connection;
    Actor m_actor;
    QTimer m_coalesce;
};

/**
 * The classroom views of the window — Today (shown first after connecting), the readiness
 * board and the seating-plan editor — as tabs after the window's own, wired to the connection,
 * the signed-in user and the lessons store. The app makes one; setDatabase() once the Phoenix
 * database is open.
 */
class ClassroomViews : public QObject
{
    Q_OBJECT

public:
    ClassroomViews(MainWindow *window, ConnectionManager *connections);
    ~ClassroomViews() override;

    void setDatabase(Database *database);
    [[nodiscard]] TodayView *today() const { return m_today; }
    [[nodiscard]] BoardView *board() const { return m_board; }
    [[nodiscard]] SeatingEditor *seating() const { return m_seating; }
    [[nodiscard]] ClassroomContext *context() const { return m_context; }
    [[nodiscard]] SchoolData *school() const { return m_school; }
    /** Shows the board of a course's current or next lesson. */
    void showBoard(const QString &courseCode);
    /** --tab today|board|seating */
    bool showTab(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onConnectionChanged(CloudConnection *connection);
    void updateStore();
    void retranslate();

    MainWindow *m_window;
    SchoolData *m_school;
    ClassroomContext *m_context;
    TodayView *m_today;
    BoardView *m_board;
    SeatingEditor *m_seating;
    Database *m_database = nullptr;
};
