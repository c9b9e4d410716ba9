#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/leadtime.h"
#include "models/lessons/lessontypes.h"
#include "models/lessons/seatingplan.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimeZone>

class Database;

/** The school's timetable as the classroom views need it, read in one go from the store. */
struct ClassroomSnapshot
{
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters; // by course code
    QList<Occurrence> occurrences;             // a week back (policies) to a week ahead, by start
    QList<PrepSample> samples;                 // for lead times
    QList<Classroom> classrooms;
    QList<SeatingPlan> plans;
    QDateTime loadedAt;
    CloudError error;
    bool loaded = false;

    [[nodiscard]] std::optional<Course> course(const QString &code) const;
    [[nodiscard]] std::optional<SeatingPlan> plan(const QString &classroom) const;
    /** The course's lesson now, else its next one; nullopt when none in the snapshot. */
    [[nodiscard]] std::optional<Occurrence> currentOrNext(const QString &code, const QDateTime &now) const;
    /** The course's lesson after `after` (the one after the current). */
    [[nodiscard]] std::optional<Occurrence> following(const Occurrence &after) const;

    /** Reads everything synchronously (any thread but the GUI's). */
    static ClassroomSnapshot load(Database *database, const QString &scope, const QDateTime &now,
                               const QTimeZone &zone = QTimeZone::systemTimeZone());
};

/**
 * The lessons store of the open cloud, read on a worker thread (the GUI thread never waits for
 * the database): reload() starts a read, loaded() says when the new snapshot is in. Writes go
 * through run(): on a worker, then `done` on the GUI thread, then a reload. GUI thread object.
 */
class SchoolData : public QObject
{
    Q_OBJECT

public:
    explicit SchoolData(QObject *parent = nullptr);
    ~SchoolData() override;

    /** The database and scope of the open cloud; null database = no store (views say so). */
    void setStore(Database *database, const QString &scope);
    [[nodiscard]] Database *database() const { return m_database; }
    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] bool hasStore() const { return m_database != nullptr; }
    void reload();
    [[nodiscard]] const ClassroomSnapshot &snapshot() const { return m_snapshot; }
    /** The clock of the views (tests inject one). */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    /** Runs `work` (store writes) on a worker, then `done` with its result here, then reloads. */
    void run(std::function<Result<QString>(Database *, const QString &scope)> work,
             std::function<void(const Result<QString> &)> done);

Q_SIGNALS:
    void loaded();

private:
    QThreadPool m_pool; // its own: the destructor waits for reads and writes still using the database
    Database *m_database = nullptr;
    QString m_scope;
    ClassroomSnapshot m_snapshot;
    std::function<QDateTime()> m_clock;
    int m_generation = 0;
    bool m_loading = false;
    bool m_again = false;
};
