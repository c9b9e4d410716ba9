#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/lessontypes.h"

#include <QHash>
#include <QObject>

#include <functional>

class Database;
class LessonStore;

/** Everything of one cloud project's timetable, read in one go (a copy; any thread). */
struct SchoolSnapshot
{
    QString scope;
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters; // by course code
    QList<Classroom> classrooms;
    QList<Period> periods;
    QList<Lesson> lessons;
    QList<LessonChange> changes;
    SchoolCalendar calendar;

    [[nodiscard]] std::optional<Course> course(const QString &code) const;
    [[nodiscard]] QHash<QString, Course> coursesByCode() const;
    [[nodiscard]] int classroomSeats(const QString &name) const; // 0 when unknown
};

/**
 * The window's access to the LessonStore: the timetable of the current cloud (`scope`) as a
 * snapshot read on a worker thread, and writes run on a worker thread too, each followed by a
 * fresh read. The GUI thread never waits for the database: results arrive through context-bound
 * callbacks and changed(). Without an open database every write answers with a plain error.
 */
class LessonBook : public QObject
{
    Q_OBJECT

public:
    explicit LessonBook(Database *database, QObject *parent = nullptr);
    ~LessonBook() override;

    /** Switches to another cloud project's timetable (empty: none) and reads it. */
    void setScope(const QString &scope);
    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isAvailable() const; // a scope and an open database
    [[nodiscard]] const SchoolSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] CloudError lastError() const { return m_error; }

    /** Reads again; changed() follows (or loadFailed()). */
    void reload();

    using Write = std::function<CloudError(LessonStore &store)>;
    using Done = std::function<void(const CloudError &error)>;
    /** Runs `write` on a worker with the scope's store, then reloads; `done` runs on this thread
     *  while `context` lives, after the snapshot holds the write's result. */
    void write(Write write, QObject *context, Done done);
    /** The number of reads and writes not finished yet (tests wait for 0). */
    [[nodiscard]] int pending() const { return m_pending; }

    /** Deletes a term by name (LessonStore has no call for it). */
    static CloudError removeTerm(LessonStore &store, const QString &name);

Q_SIGNALS:
    void changed();
    void loadFailed(const CloudError &error);
    void idle(); // nothing pending any more

private:
    void finishOne();

    Database *m_database;
    QString m_scope;
    SchoolSnapshot m_snapshot;
    CloudError m_error;
    bool m_loaded = false;
    int m_generation = 0;
    int m_pending = 0;
};
