#pragma once

#include "models/lessons/classreadiness.h"
#include "models/lessons/seatingplan.h"

#include <QAbstractTableModel>

/**
 * The readiness board of one lesson as a grid laid out like the classroom: row 0 is the front
 * (the teacher's desk in the first cell), then the seating plan's rows, with a narrow empty
 * column for each aisle; seats the plan does not have (a roster longer than the room, supplied
 * extras) fill rows at the back. Each seat cell is a tile (owner, state, address, reason).
 *
 * setLesson() lays the grid out (a reset: another lesson, plan or set of seats); update() with a
 * new evaluation of the same seats only emits dataChanged for the tiles that changed — the
 * board follows the inventory live without resets. GUI thread.
 */
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class CellKind {
        Empty,   // no seat here (front row, a cell without a seat, the end of the last row)
        Aisle,
        Teacher,
        Seat
    };
    Q_ENUM(CellKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // int: CellKind
        StateRole,                   // int: SeatState
        StateKeyRole,                // QString: ClassReadiness::stateKey
        SeatRole,                    // int: the roster seat (0: the teacher)
        OwnerRole,
        ServerNameRole,
        AddressRole,
        ReasonRole,
        NeedsFixRole                 // bool
    };

    explicit BoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** A lesson (or none): lays out the grid. */
    void setLesson(const ClassReadiness &readiness, const SeatingPlan &plan);
    void clear();
    /**
     * The same lesson evaluated again: when its seats are the same members, the tiles that changed
     * get dataChanged (true); otherwise the grid is laid out anew (false).
     */
    bool update(const ClassReadiness &readiness);
    /** Language changed: every tile's text. */
    void retranslate();

    [[nodiscard]] const ClassReadiness &readiness() const { return m_readiness; }
    [[nodiscard]] const SeatingPlan &plan() const { return m_plan; }
    /** The grid cell of a seat (index into readiness().seats); invalid when not placed. */
    [[nodiscard]] QModelIndex indexOfSeat(int seatIndex) const;
    /** The seat (index into readiness().seats) of a cell, -1 when the cell is no seat. */
    [[nodiscard]] int seatIndexAt(const QModelIndex &index) const;
    [[nodiscard]] static bool isAisleColumn(const QAbstractItemModel *model, int column);

private:
    struct Cell
    {
        CellKind kind = CellKind::Empty;
        int seatIndex = -1; // into m_readiness.seats
    };
    void layout();
    static QString memberKey(const SeatReadiness &s);

    ClassReadiness m_readiness;
    SeatingPlan m_plan;
    int m_rows = 0;
    int m_columns = 0;
    QList<Cell> m_cells;     // m_rows * m_columns
    QList<int> m_cellOfSeat; // per seat index: cell, -1 when not placed
    QList<bool> m_aisleColumn;
};

class DesktopTableModel;
class TaskEngine;

/** What the window knows about the desktops beyond Nova's listing, for ClassReadiness. */
struct DesktopFacts
{
    QList<Server> servers;
    QSet<QString> busy;               // ids (and names of creates) with an unfinished task
    QHash<QString, bool> answers;     // id → the port check's answer, where one was made
    QHash<QString, QString> failures; // id → the error of its last task, when that failed

    /** From the window's desktop model (tasks, checks) and the engine (creates in flight). */
    static DesktopFacts from(const DesktopTableModel *desktops, const TaskEngine *engine);
    /** Fills a readiness input's desktop part. */
    void fill(ReadinessInput *input) const;
};
