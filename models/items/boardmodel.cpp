#include "models/items/boardmodel.h"

#include "models/engine/taskengine.h"
#include "models/items/desktoptablemodel.h"

#include <QColor>

BoardModel::BoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Cell &cell = m_cells.at(index.row() * m_columns + index.column());
    return cell.seatIndex >= 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

bool BoardModel::isAisleColumn(const QAbstractItemModel *model, int column)
{
    const QModelIndex top = model->index(0, column);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data(KindRole).toInt() != int(CellKind::Aisle))
            return false;
    }
    return top.isValid();
}

QString BoardModel::memberKey(const SeatReadiness &s)
{
    return s.role + QLatin1Char('\n') + s.owner + QLatin1Char('\n') + QString::number(s.seat);
}

void BoardModel::clear()
{
    beginResetModel();
    m_readiness = ClassReadiness();
    m_plan = SeatingPlan();
    m_rows = m_columns = 0;
    m_cells.clear();
    m_cellOfSeat.clear();
    m_aisleColumn.clear();
    endResetModel();
}

void BoardModel::setLesson(const ClassReadiness &readiness, const SeatingPlan &plan)
{
    beginResetModel();
    m_readiness = readiness;
    m_plan = plan;
    layout();
    endResetModel();
}

void BoardModel::layout()
{
    const QList<SeatReadiness> &seats = m_readiness.seats;
    SeatingPlan plan = m_plan;
    if (plan.isEmpty()) {
        int students = 0;
        for (const SeatReadiness &s : seats)
            students = std::max(students, s.seat);
        plan = SeatingPlan::defaultFor(QString(), students);
    }
    // Model columns: the plan's columns with an aisle column after each aisle.
    QList<int> modelColumnOf(plan.columns);
    int mc = 0;
    m_aisleColumn.clear();
    for (int c = 0; c < plan.columns; ++c) {
        modelColumnOf[c] = mc++;
        m_aisleColumn << false;
        if (plan.hasAisleAfter(c)) {
            ++mc;
            m_aisleColumn << true;
        }
    }
    m_columns = mc;
    const QList<int> cellOfPlanSeat = plan.cellsOfSeats();
    // Seats the plan cannot place go to rows at the back.
    int overflow = 0;
    for (const SeatReadiness &s : seats) {
        if (s.role != QLatin1String("teacher") && (s.seat < 1 || s.seat > cellOfPlanSeat.size()))
            ++overflow;
    }
    const int backRows = (overflow + plan.columns - 1) / plan.columns;
    m_rows = 1 + plan.rows + backRows;
    m_cells = QList<Cell>(qsizetype(m_rows) * m_columns);
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            if (m_aisleColumn.at(c))
                m_cells[r * m_columns + c].kind = CellKind::Aisle;
        }
    }
    m_cellOfSeat = QList<int>(seats.size(), -1);
    int nextBack = 0;
    for (int i = 0; i < seats.size(); ++i) {
        const SeatReadiness &s = seats.at(i);
        int cell = -1;
        if (s.role == QLatin1String("teacher")) {
            if (m_cells.at(0).seatIndex < 0)
                cell = 0; // the teacher's desk, front left
        } else if (s.seat >= 1 && s.seat <= cellOfPlanSeat.size()) {
            const int planCell = cellOfPlanSeat.at(s.seat - 1);
            cell = (1 + planCell / plan.columns) * m_columns + modelColumnOf.at(planCell % plan.columns);
        } else {
            const int r = 1 + plan.rows + nextBack / plan.columns;
            cell = r * m_columns + modelColumnOf.at(nextBack % plan.columns);
            ++nextBack;
        }
        if (cell < 0 || m_cells.at(cell).seatIndex >= 0)
            continue; // two members on one seat: the first keeps it (the roster forbids it anyway)
        m_cells[cell].kind = s.role == QLatin1String("teacher") ? CellKind::Teacher : CellKind::Seat;
        m_cells[cell].seatIndex = i;
        m_cellOfSeat[i] = cell;
    }
}

bool BoardModel::update(const ClassReadiness &readiness)
{
    const QList<SeatReadiness> &now = readiness.seats;
    bool same = now.size() == m_readiness.seats.size() && readiness.occurrence.lessonId == m_readiness.occurrence.lessonId
        && readiness.occurrence.start == m_readiness.occurrence.start;
    for (int i = 0; same && i < now.size(); ++i)
        same = memberKey(now.at(i)) == memberKey(m_readiness.seats.at(i));
    if (!same) {
        setLesson(readiness, m_plan);
        return false;
    }
    QList<int> changed;
    for (int i = 0; i < now.size(); ++i) {
        if (!(now.at(i) == m_readiness.seats.at(i)))
            changed << i;
    }
    m_readiness = readiness;
    for (int i : std::as_const(changed)) {
        const int cell = m_cellOfSeat.at(i);
        if (cell < 0)
            continue;
        const QModelIndex idx = index(cell / m_columns, cell % m_columns);
        Q_EMIT dataChanged(idx, idx);
    }
    return true;
}

void BoardModel::retranslate()
{
    if (m_rows > 0 && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
}

QModelIndex BoardModel::indexOfSeat(int seatIndex) const
{
    if (seatIndex < 0 || seatIndex >= m_cellOfSeat.size() || m_cellOfSeat.at(seatIndex) < 0)
        return {};
    const int cell = m_cellOfSeat.at(seatIndex);
    return index(cell / m_columns, cell % m_columns);
}

int BoardModel::seatIndexAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return m_cells.at(index.row() * m_columns + index.column()).seatIndex;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns)
        return {};
    const Cell &cell = m_cells.at(index.row() * m_columns + index.column());
    if (role == KindRole)
        return int(cell.kind);
    if (cell.seatIndex < 0) {
        if (role == Qt::AccessibleTextRole)
            return cell.kind == CellKind::Aisle ? tr("Aisle") : tr("No seat");
        return {};
    }
    const SeatReadiness &s = m_readiness.seats.at(cell.seatIndex);
    const QString who = s.owner.isEmpty() ? tr("Extra desktop") : s.owner;
    switch (role) {
    case Qt::DisplayRole:
        return who;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (s.role == QLatin1String("teacher") ? tr("Teacher: %1").arg(who) : tr("Seat %1: %2").arg(s.seat).arg(who));
        lines << ClassReadiness::stateName(s.state);
        if (!s.serverName.isEmpty())
            lines << tr("Desktop: %1 (%2)").arg(s.serverName, s.status.isEmpty() ? tr("not made yet") : s.status);
        if (!s.address.isEmpty())
            lines << tr("Address: %1").arg(s.address);
        if (!s.reason.isEmpty())
            lines << s.reason;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString place = s.role == QLatin1String("teacher") ? tr("Teacher") : tr("Seat %1").arg(s.seat);
        QString text = tr("%1, %2, %3").arg(place, who, ClassReadiness::stateName(s.state));
        if (!s.reason.isEmpty())
            text += QStringLiteral(": ") + s.reason;
        return text;
    }
    case StateRole:
        return int(s.state);
    case StateKeyRole:
        return ClassReadiness::stateKey(s.state);
    case SeatRole:
        return s.seat;
    case OwnerRole:
        return s.owner;
    case ServerNameRole:
        return s.serverName;
    case AddressRole:
        return s.address;
    case ReasonRole:
        return s.reason;
    case NeedsFixRole:
        return s.needsFix();
    default:
        return {};
    }
}


DesktopFacts DesktopFacts::from(const DesktopTableModel *desktops, const TaskEngine *engine)
{
    DesktopFacts f;
    if (desktops) {
        f.servers = desktops->servers();
        f.busy = desktops->busyIds();
        const int rows = desktops->rowCount();
        for (int r = 0; r < rows; ++r) {
            const auto reach = desktops->reachability(r);
            if (reach == DesktopTableModel::Reachability::Reachable || reach == DesktopTableModel::Reachability::Unreachable)
                f.answers.insert(desktops->serverAt(r).id, reach == DesktopTableModel::Reachability::Reachable);
            const QModelIndex task = desktops->index(r, DesktopTableModel::Task);
            if (task.data(DesktopTableModel::TaskFailedRole).toBool())
                f.failures.insert(desktops->serverAt(r).id, task.data(Qt::DisplayRole).toString());
        }
    }
    if (engine) {
        for (const BatchSnapshot &b : engine->batches()) {
            if (b.isFinished())
                continue;
            for (const TaskSnapshot &t : engine->tasksOfBatch(b.id)) {
                if (t.isFinished())
                    continue;
                if (!t.spec.serverId.isEmpty())
                    f.busy.insert(t.spec.serverId);
                if (!t.spec.serverName.isEmpty())
                    f.busy.insert(t.spec.serverName);
            }
        }
    }
    return f;
}

void DesktopFacts::fill(ReadinessInput *input) const
{
    input->servers = servers;
    input->busy = busy;
    input->answers = answers;
    input->failures = failures;
}
