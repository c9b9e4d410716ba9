#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <optional>

class LessonStore;

/** How one seat of a lesson stands (the readiness board's tile). */
enum class SeatState {
    Ready,        // ACTIVE, has its address, and did not fail its port check
    Preparing,    // a task is on it, or the cloud is changing it
    Waiting,      // before the lesson: off (suspended, shut off, shelved) or not made yet, in time
    Missing,      // the lesson is on and the seat has no desktop
    Off,          // the lesson is on and the desktop is suspended, shut off, shelved or paused
    NoAddress,    // ACTIVE without an address
    NotAnswering, // ACTIVE with an address, but its remote-desktop port did not answer
    Failed        // ERROR, or the last task on it failed
};

/** One seat (a rostered student, the teacher, or a supplied extra) of a lesson. */
struct SeatReadiness
{
    QString owner;  // Keystone user; empty for a supplied extra
    QString role;   // teacher | student
    int seat = 0;   // the roster's seat (0: the teacher)
    QString serverId;
    QString serverName;
    QString status; // Nova status ("" when there is no desktop)
    QString address;
    SeatState state = SeatState::Missing;
    QString reason; // translated, one line: why it is not ready ("" when ready)

    [[nodiscard]] bool isReady() const { return state == SeatState::Ready; }
    /** Highlighted on the board: something is wrong that Fix all (or a person) must mend. */
    [[nodiscard]] bool needsFix() const
    {
        return state == SeatState::Missing || state == SeatState::Off || state == SeatState::NoAddress
            || state == SeatState::NotAnswering || state == SeatState::Failed;
    }
    friend bool operator==(const SeatReadiness &, const SeatReadiness &) = default;
};

/** What ClassReadiness::evaluate() needs besides the course. */
struct ReadinessInput
{
    Course course;
    QList<RosterSeat> roster;
    Occurrence occurrence;
    QDateTime now;
    QList<Server> servers;             // the inventory (any servers; the course's are picked)
    QSet<QString> busy;                // server ids and names with an unfinished task
    QHash<QString, bool> answers;      // server id → did its port answer (this session's checks)
    QHash<QString, QString> failures;  // server id → the error of its last failed task
};

/** A lesson's seats and how many are ready: "27 of 30 ready". */
struct ClassReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ClassReadiness)

public:
    QString course;
    Occurrence occurrence;
    QList<SeatReadiness> seats; // the teacher first, then by seat
    int ready = 0;
    int total = 0;

    [[nodiscard]] int needingFix() const;
    /** "27 of 30 ready" (translated). */
    [[nodiscard]] QString countText() const;
    /** The tray's menu line: "Class desktops: 27 of 30 ready" (translated). */
    [[nodiscard]] QString trayText() const;

    /** Pure: each member of the lesson matched to its desktop (the scheduler's own rules). */
    static ClassReadiness evaluate(const ReadinessInput &input);
    static QString stateName(SeatState state); // translated, short ("Ready", "Missing", ...)
    static QString stateKey(SeatState state);  // untranslated, stable ("ready", "missing", ...)

    /**
     * The current lesson of a course, else its next one (within a week), evaluated against
     * `servers`. Reads the store synchronously: call it off the GUI thread. nullopt when the course
     * is unknown or has no lesson in the coming week; the error when the store cannot be read.
     */
    static Result<std::optional<ClassReadiness>> forCourse(LessonStore *store, const QString &courseCode,
                                                           const QList<Server> &servers, const QDateTime &now,
                                                           const QTimeZone &zone = QTimeZone::systemTimeZone());
};
