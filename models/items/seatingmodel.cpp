#include "models/items/seatingmodel.h"

#include <QMimeData>

#include <algorithm>

namespace
{
QString ownerFrom(const QMimeData *data)
{
    if (!data)
        return {};
    if (data->hasFormat(QString::fromLatin1(SeatingModel::OwnerMime)))
        return QString::fromUtf8(data->data(QString::fromLatin1(SeatingModel::OwnerMime))).trimmed();
    return data->text().trimmed();
}
} // namespace

SeatingModel::SeatingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SeatingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : std::max(0, m_plan.rows);
}

int SeatingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_planColumn.size());
}

void SeatingModel::rebuild()
{
    m_numbering = m_plan.numbering();
    m_planColumn.clear();
    for (int c = 0; c < m_plan.columns; ++c) {
        m_planColumn << c;
        if (m_plan.hasAisleAfter(c))
            m_planColumn << -1;
    }
    m_ownerOfSeat.clear();
    for (const RosterSeat &r : std::as_const(m_roster))
        m_ownerOfSeat.insert(r.seat, r.owner);
}

void SeatingModel::setPlan(const SeatingPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    rebuild();
    endResetModel();
}

void SeatingModel::setRoster(const QList<RosterSeat> &roster)
{
    m_roster = roster;
    m_ownerOfSeat.clear();
    for (const RosterSeat &r : std::as_const(m_roster))
        m_ownerOfSeat.insert(r.seat, r.owner);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SeatingModel::setShape(int rows, int columns, const QList<int> &aisles)
{
    beginResetModel();
    // Gaps keep their (row, column) where the new grid still has them.
    QSet<int> gaps;
    for (int cell : std::as_const(m_plan.noSeat)) {
        const int r = cell / std::max(1, m_plan.columns);
        const int c = cell % std::max(1, m_plan.columns);
        if (r < rows && c < columns)
            gaps.insert(r * columns + c);
    }
    m_plan.rows = rows;
    m_plan.columns = columns;
    m_plan.aisles.clear();
    for (int a : aisles) {
        if (a >= 1 && a < columns && !m_plan.aisles.contains(a))
            m_plan.aisles << a;
    }
    std::sort(m_plan.aisles.begin(), m_plan.aisles.end());
    m_plan.noSeat = gaps;
    rebuild();
    endResetModel();
    Q_EMIT edited();
}

int SeatingModel::planCell(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() >= m_planColumn.size() || index.row() >= m_plan.rows)
        return -1;
    const int c = m_planColumn.at(index.column());
    return c < 0 ? -1 : index.row() * m_plan.columns + c;
}

int SeatingModel::seatAt(const QModelIndex &index) const
{
    const int cell = planCell(index);
    return cell < 0 ? 0 : m_numbering.value(cell);
}

QModelIndex SeatingModel::indexOfSeat(int seat) const
{
    const int cell = int(m_numbering.indexOf(seat));
    if (seat < 1 || cell < 0)
        return {};
    const int r = cell / m_plan.columns;
    const int c = cell % m_plan.columns;
    return index(r, int(m_planColumn.indexOf(c)));
}

QStringList SeatingModel::unplaced() const
{
    QStringList out;
    const int seats = m_plan.seatCount();
    for (const RosterSeat &r : m_roster) {
        if (r.seat < 1 || r.seat > seats)
            out << r.owner;
    }
    return out;
}

QVariant SeatingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool aisle = index.column() < m_planColumn.size() && m_planColumn.at(index.column()) < 0;
    if (role == IsAisleRole)
        return aisle;
    const int seat = seatAt(index);
    const QString owner = m_ownerOfSeat.value(seat);
    switch (role) {
    case SeatRole:
        return seat;
    case OwnerRole:
        return seat > 0 ? owner : QString();
    case Qt::DisplayRole:
        if (aisle || seat == 0)
            return {};
        return owner.isEmpty() ? QString::number(seat) : QStringLiteral("%1\n%2").arg(seat).arg(owner);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (aisle)
            return tr("Aisle");
        if (seat == 0)
            return tr("No seat (row %1, column %2)").arg(index.row() + 1).arg(m_planColumn.at(index.column()) + 1);
        return owner.isEmpty() ? tr("Seat %1, empty").arg(seat) : tr("Seat %1, %2").arg(seat).arg(owner);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant SeatingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return tr("Row %1").arg(section + 1);
    if (section < m_planColumn.size() && m_planColumn.at(section) >= 0)
        return QString::number(m_planColumn.at(section) + 1);
    return QString();
}

Qt::ItemFlags SeatingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (planCell(index) < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (seatAt(index) > 0) {
        f |= Qt::ItemIsDropEnabled;
        if (!m_ownerOfSeat.value(seatAt(index)).isEmpty())
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

QStringList SeatingModel::mimeTypes() const
{
    return {QString::fromLatin1(OwnerMime), QStringLiteral("text/plain")};
}

QMimeData *SeatingModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const QString owner = data(i, OwnerRole).toString();
        if (!owner.isEmpty()) {
            auto *mime = new QMimeData;
            mime->setData(QString::fromLatin1(OwnerMime), owner.toUtf8());
            mime->setText(owner);
            return mime;
        }
    }
    return nullptr;
}

bool SeatingModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    const QString owner = ownerFrom(data);
    if (owner.isEmpty() || seatAt(parent) == 0)
        return false;
    return std::any_of(m_roster.cbegin(), m_roster.cend(), [&owner](const RosterSeat &r) { return r.owner == owner; });
}

bool SeatingModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return placeOwner(ownerFrom(data), parent);
}

bool SeatingModel::placeOwner(const QString &owner, const QModelIndex &index)
{
    const int seat = seatAt(index);
    if (seat == 0)
        return false;
    int old = 0;
    for (const RosterSeat &r : std::as_const(m_roster)) {
        if (r.owner == owner)
            old = r.seat;
    }
    if (old == 0 || old == seat)
        return old == seat;
    m_roster = moveToSeat(m_roster, owner, seat);
    m_ownerOfSeat.clear();
    for (const RosterSeat &r : std::as_const(m_roster))
        m_ownerOfSeat.insert(r.seat, r.owner);
    Q_EMIT dataChanged(index, index);
    if (const QModelIndex was = indexOfSeat(old); was.isValid())
        Q_EMIT dataChanged(was, was);
    Q_EMIT edited();
    return true;
}

void SeatingModel::toggleSeat(const QModelIndex &index)
{
    const int cell = planCell(index);
    if (cell < 0)
        return;
    if (m_plan.noSeat.contains(cell))
        m_plan.noSeat.remove(cell);
    else
        m_plan.noSeat.insert(cell);
    m_numbering = m_plan.numbering();
    // Every later seat's number moved: the whole grid's text.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    Q_EMIT edited();
}

// --- RosterNamesModel ---------------------------------------------------------------------------

RosterNamesModel::RosterNamesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RosterNamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roster.size());
}

QVariant RosterNamesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_roster.size())
        return {};
    const RosterSeat &r = m_roster.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tr("%1 (seat %2)").arg(r.owner).arg(r.seat);
    if (role == SeatingModel::OwnerRole)
        return r.owner;
    if (role == SeatingModel::SeatRole)
        return r.seat;
    return {};
}

Qt::ItemFlags RosterNamesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled : Qt::NoItemFlags;
}

QStringList RosterNamesModel::mimeTypes() const
{
    return {QString::fromLatin1(SeatingModel::OwnerMime), QStringLiteral("text/plain")};
}

QMimeData *RosterNamesModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString owner = ownerAt(indexes.first().row());
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(SeatingModel::OwnerMime), owner.toUtf8());
    mime->setText(owner);
    return mime;
}

QString RosterNamesModel::ownerAt(int row) const
{
    return row >= 0 && row < m_roster.size() ? m_roster.at(row).owner : QString();
}

void RosterNamesModel::setRoster(const QList<RosterSeat> &roster)
{
    QList<RosterSeat> sorted = roster;
    std::sort(sorted.begin(), sorted.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.owner < b.owner; });
    bool sameNames = sorted.size() == m_roster.size();
    for (int i = 0; sameNames && i < sorted.size(); ++i)
        sameNames = sorted.at(i).owner == m_roster.at(i).owner;
    if (!sameNames) {
        beginResetModel();
        m_roster = sorted;
        endResetModel();
        return;
    }
    m_roster = sorted;
    if (!m_roster.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_roster.size()) - 1));
}
