#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

/**
 * A classroom's seating plan (座位表): a grid of rows × columns seen from the teacher's desk (row 1
 * is the front), aisles after some columns and cells without a seat (a pillar, the door). Seats
 * are numbered row by row from the front, left to right, skipping cells without a seat — the seat
 * number is the one a course's roster gives its students, so the plan places every student.
 */
struct SeatingPlan
{
    Q_DECLARE_TR_FUNCTIONS(SeatingPlan)

public:
    QString classroom;
    int rows = 0;
    int columns = 0;
    QList<int> aisles;   // an aisle after these columns (1-based, 1 .. columns-1), sorted
    QSet<int> noSeat;    // cells without a seat: row * columns + column (0-based)

    [[nodiscard]] bool isEmpty() const { return rows <= 0 || columns <= 0; }
    [[nodiscard]] int seatCount() const { return isEmpty() ? 0 : rows * columns - int(noSeat.size()); }
    /** Seat numbers per cell, row-major (0: no seat): compute once, then index. */
    [[nodiscard]] QList<int> numbering() const;
    /** The cell (row * columns + column) of each seat, index seat - 1. */
    [[nodiscard]] QList<int> cellsOfSeats() const;
    [[nodiscard]] bool hasAisleAfter(int column) const { return aisles.contains(column + 1); }
    /** An empty string when usable, else a translated reason. */
    [[nodiscard]] QString validate() const;
    /** A plan for a room without one: `seats` seats, 8 to a row, an aisle in the middle. */
    static SeatingPlan defaultFor(const QString &classroom, int seats);

    // Storage text: aisles "3,6"; cells without a seat "0:2;4:7" (row:column, 0-based).
    [[nodiscard]] QString aislesText() const;
    [[nodiscard]] QString noSeatText() const;
    void setAislesText(const QString &text);
    void setNoSeatText(const QString &text);

    friend bool operator==(const SeatingPlan &, const SeatingPlan &) = default;
};

class LessonStore;

/** Seating plans in the lessons store (schema version 5, table classroom_layouts); any thread. */
namespace SeatingStore
{
Result<QList<SeatingPlan>> plans(const LessonStore &store);
/** Saves (replaces) a classroom's plan; the classroom's seat count follows it. */
CloudError save(const LessonStore &store, const SeatingPlan &plan);
} // namespace SeatingStore

/** Moves `owner` to `seat` on a roster: whoever sat there takes the owner's old seat (a swap). */
QList<RosterSeat> moveToSeat(QList<RosterSeat> roster, const QString &owner, int seat);
