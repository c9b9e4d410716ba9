#include "models/lessons/seatingplan.h"

#include "models/lessons/lessonstore.h"
#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <algorithm>

using namespace StoreUtil;

QList<int> SeatingPlan::numbering() const
{
    QList<int> out;
    if (isEmpty())
        return out;
    out.resize(qsizetype(rows) * columns);
    int next = 1;
    for (int cell = 0; cell < out.size(); ++cell)
        out[cell] = noSeat.contains(cell) ? 0 : next++;
    return out;
}

QList<int> SeatingPlan::cellsOfSeats() const
{
    QList<int> out;
    if (isEmpty())
        return out;
    out.reserve(seatCount());
    const int cells = rows * columns;
    for (int cell = 0; cell < cells; ++cell) {
        if (!noSeat.contains(cell))
            out << cell;
    }
    return out;
}

QString SeatingPlan::validate() const
{
    if (classroom.trimmed().isEmpty())
        return tr("The seating plan needs a classroom.");
    if (rows < 1 || columns < 1 || rows > 100 || columns > 100)
        return tr("A seating plan has 1 to 100 rows and 1 to 100 columns.");
    for (int a : aisles) {
        if (a < 1 || a >= columns)
            return tr("An aisle must lie between two columns (after column 1 to %1).").arg(columns - 1);
    }
    for (int cell : noSeat) {
        if (cell < 0 || cell >= rows * columns)
            return tr("A cell without a seat lies outside the grid.");
    }
    if (seatCount() < 1)
        return tr("The seating plan has no seat.");
    return {};
}

SeatingPlan SeatingPlan::defaultFor(const QString &classroom, int seats)
{
    SeatingPlan p;
    p.classroom = classroom;
    p.columns = 8;
    p.rows = std::max(1, (std::max(seats, 1) + p.columns - 1) / p.columns);
    p.aisles = {4};
    for (int cell = std::max(seats, 1); cell < p.rows * p.columns; ++cell)
        p.noSeat.insert(cell);
    return p;
}

QString SeatingPlan::aislesText() const
{
    QStringList parts;
    for (int a : aisles)
        parts << QString::number(a);
    return parts.join(QLatin1Char(','));
}

QString SeatingPlan::noSeatText() const
{
    QList<int> cells(noSeat.cbegin(), noSeat.cend());
    std::sort(cells.begin(), cells.end());
    QStringList parts;
    for (int cell : cells)
        parts << QStringLiteral("%1:%2").arg(cell / columns).arg(cell % columns);
    return parts.join(QLatin1Char(';'));
}

void SeatingPlan::setAislesText(const QString &text)
{
    aisles.clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int a = part.trimmed().toInt(&ok);
        if (ok && !aisles.contains(a))
            aisles << a;
    }
    std::sort(aisles.begin(), aisles.end());
}

void SeatingPlan::setNoSeatText(const QString &text)
{
    noSeat.clear();
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList rc = part.split(QLatin1Char(':'));
        if (rc.size() == 2 && columns > 0)
            noSeat.insert(rc.at(0).toInt() * columns + rc.at(1).toInt());
    }
}

QList<RosterSeat> moveToSeat(QList<RosterSeat> roster, const QString &owner, int seat)
{
    auto mover = std::find_if(roster.begin(), roster.end(), [&owner](const RosterSeat &r) { return r.owner == owner; });
    if (mover == roster.end() || mover->seat == seat)
        return roster;
    const int old = mover->seat;
    for (RosterSeat &r : roster) {
        if (r.seat == seat && r.owner != owner)
            r.seat = old;
    }
    mover->seat = seat;
    std::sort(roster.begin(), roster.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    return roster;
}

// --- SeatingStore: seating plans (schema version 5) -------------------------------------------------

Result<QList<SeatingPlan>> SeatingStore::plans(const LessonStore &store)
{
    Database *m_database = store.database();
    const QString m_scope = store.scope();
    Statement st(m_database, QStringLiteral("SELECT classroom, seat_rows, seat_columns, aisles, no_seat FROM classroom_layouts"
                                            " WHERE scope = ? ORDER BY classroom"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(SeatingPlan::tr("Could not read the seating plans.")))
        return e;
    QList<SeatingPlan> out;
    while (st.next()) {
        SeatingPlan p;
        p.classroom = st.value(0).toString();
        p.rows = st.value(1).toInt();
        p.columns = st.value(2).toInt();
        p.setAislesText(st.value(3).toString());
        p.setNoSeatText(st.value(4).toString());
        out << p;
    }
    return out;
}

CloudError SeatingStore::save(const LessonStore &store, const SeatingPlan &plan)
{
    Database *m_database = store.database();
    const QString m_scope = store.scope();
    if (const QString invalid = plan.validate(); !invalid.isEmpty())
        return CloudError::config(invalid);
    const QString what = SeatingPlan::tr("Could not save the seating plan of %1.").arg(plan.classroom);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM classroom_layouts WHERE scope = ? AND classroom = ?"));
    del.bind(0, m_scope).bind(1, plan.classroom);
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral("INSERT INTO classroom_layouts (scope, classroom, seat_rows, seat_columns, aisles,"
                                            " no_seat, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    st.bind(0, m_scope).bind(1, plan.classroom).bind(2, plan.rows).bind(3, plan.columns)
        .bind(4, plan.aislesText()).bind(5, plan.noSeatText()).bind(6, timeValue(QDateTime::currentDateTimeUtc()));
    if (const CloudError e = st.exec(what))
        return e;
    // The classroom's seat count follows its plan.
    Statement delRoom(m_database, QStringLiteral("DELETE FROM classrooms WHERE scope = ? AND name = ?"));
    delRoom.bind(0, m_scope).bind(1, plan.classroom);
    if (const CloudError e = delRoom.exec(what))
        return e;
    Statement room(m_database, QStringLiteral("INSERT INTO classrooms (scope, name, seats) VALUES (?, ?, ?)"));
    room.bind(0, m_scope).bind(1, plan.classroom).bind(2, plan.seatCount());
    if (const CloudError e = room.exec(what))
        return e;
    return tx.commit(what);
}
