#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"
#include "models/lessons/classreadiness.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>

#include <functional>
#include <optional>

class Database;
class Inventory;
class LessonStore;

/** What the lessons store tells the teacher's tray: every course's protocol, and the teacher's
 *  current or next lesson with its desktops' readiness. */
struct TeacherLessonsFacts
{
    QHash<QString, QString> protocols;    // course code → protocol key (courses that name one)
    std::optional<ClassReadiness> lesson; // the signed-in teacher's current or next lesson (a week ahead)
};

/**
 * The timetable side of the teacher's tray (issue 14): the "Class desktops: 27 of 30 ready" line
 * for the current or next lesson of the courses the signed-in user teaches, and the courses'
 * protocols for the connection layer. Read from the lessons store on a thread of its own (the GUI
 * thread never waits for the database): when the source or database is set, whenever the
 * inventory changes (one read at a time; changes meanwhile cause one more read), and every
 * minute (a lesson begins or ends). Without a database, a connection or a lesson, the line is
 * empty (the tray hides it). GUI thread.
 */
class TeacherLessons : public QObject
{
    Q_OBJECT

public:
    explicit TeacherLessons(QObject *parent = nullptr);
    /** Waits for a read in flight (milliseconds: one store query) so that the database outlives it. */
    ~TeacherLessons() override;

    /** The Phoenix database (nullptr or closed: none). */
    void setDatabase(Database *database);
    /** The connection's inventory and scope, and who teaches: the Keystone user's name and id.
     *  inventory nullptr: offline. */
    void setSource(Inventory *inventory, const QString &scope, const QStringList &teacher);
    /** Tests: the clock of the reads (default: now). */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /** Tests: how often to read anyway (default 60 s). */
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

    /** "Class desktops: 27 of 30 ready", or empty. */
    [[nodiscard]] QString classLine() const;
    [[nodiscard]] const std::optional<ClassReadiness> &lesson() const { return m_facts.lesson; }
    [[nodiscard]] QHash<QString, QString> courseProtocols() const { return m_facts.protocols; }
    /** Reads finished so far (tests). */
    [[nodiscard]] int reads() const { return m_reads; }
    [[nodiscard]] bool isReading() const { return m_reading; }

    /** Reads again now (or once more after the read in flight). */
    void refresh();

    /**
     * Pure except for the store (call off the GUI thread): every course's protocol, and among the
     * courses whose teacher is one of `teacher` the lesson running at `now`, else the next to
     * start within a week, evaluated against `servers`.
     */
    static Result<TeacherLessonsFacts> read(LessonStore *store, const QStringList &teacher, const QList<Server> &servers,
                                            const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());

Q_SIGNALS:
    /** The line or the protocols changed. */
    void changed();

private:
    void startRead();
    void onRead(int generation, const Result<TeacherLessonsFacts> &facts);

    QPointer<Database> m_database;
    QPointer<Inventory> m_inventory;
    QString m_scope;
    QStringList m_teacher;
    QMetaObject::Connection m_inventoryLink;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QThreadPool m_pool;
    TeacherLessonsFacts m_facts;
    int m_generation = 0;
    int m_reads = 0;
    bool m_reading = false;
    bool m_again = false;
};
