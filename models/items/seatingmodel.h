#pragma once

#include "models/lessons/seatingplan.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>

/**
 * The seating-plan editor's grid: the plan's rows and columns (an aisle column after each aisle),
 * each seat cell showing its number and the student of the chosen course's roster who sits there.
 * A roster name (text/plain, from RosterNamesModel or another seat) dropped on a seat moves that
 * student there (swapping with whoever sat there); toggleSeat() turns a cell into a seat or a gap.
 * Changes stay in the model until the editor saves plan() and roster(). GUI thread.
 */
class SeatingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SeatRole = Qt::UserRole + 1, // int: the seat number, 0 for no seat
        OwnerRole,
        IsAisleRole
    };
    static constexpr auto OwnerMime = "application/x-phoenix-roster-owner";

    explicit SeatingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    void setPlan(const SeatingPlan &plan);
    void setRoster(const QList<RosterSeat> &roster);
    [[nodiscard]] const SeatingPlan &plan() const { return m_plan; }
    [[nodiscard]] const QList<RosterSeat> &roster() const { return m_roster; }
    /** Rows, columns and aisles changed (a reset: the grid is another). */
    void setShape(int rows, int columns, const QList<int> &aisles);
    /** A seat becomes a gap or a gap a seat (seats after it are renumbered). */
    void toggleSeat(const QModelIndex &index);
    /** Moves `owner` onto the seat of `index`; false when that cell is not a seat. */
    bool placeOwner(const QString &owner, const QModelIndex &index);
    [[nodiscard]] int seatAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfSeat(int seat) const;
    /** Students whose seat the plan does not have (seat number beyond its seats). */
    [[nodiscard]] QStringList unplaced() const;

Q_SIGNALS:
    void edited(); // the plan or the roster changed

private:
    void rebuild();
    int planCell(const QModelIndex &index) const; // -1: aisle or outside

    SeatingPlan m_plan;
    QList<RosterSeat> m_roster;
    QList<int> m_numbering;   // per plan cell
    QList<int> m_planColumn;  // per model column: plan column, -1 for an aisle
    QHash<int, QString> m_ownerOfSeat;
};

/** The roster as a list to drag names from (text/plain and the owner MIME type). */
class RosterNamesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit RosterNamesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /** Sets the names with their seats (a reset when the set of names changes, else dataChanged). */
    void setRoster(const QList<RosterSeat> &roster);
    [[nodiscard]] QString ownerAt(int row) const;

private:
    QList<RosterSeat> m_roster;
};
