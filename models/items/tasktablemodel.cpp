#include "models/items/tasktablemodel.h"

#include "models/items/taskoutcome.h"

#include <QIcon>
#include <QLocale>

namespace
{
QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::columnName(Column column)
{
    switch (column) {
    case Desktop:
        return tr("Desktop");
    case Action:
        return tr("Action");
    case State:
        return tr("State");
    case Stage:
        return tr("Stage");
    case Progress:
        return tr("Progress");
    case Error:
        return tr("Error / note");
    case RequestId:
        return tr("Request ID");
    case Started:
        return tr("Started");
    case Updated:
        return tr("Updated");
    case User:
        return tr("User");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnName(Column(section));
    return {};
}

QString TaskTableModel::stageText(const TaskSnapshot &t)
{
    if (t.chain.isEmpty())
        return {};
    if (t.state == TaskState::Done)
        return tr("Finished");
    return tr("%1 (%2/%3)", "stage (step/steps)")
        .arg(TaskText::stageName(t.currentStage()))
        .arg(t.stageIndex + 1)
        .arg(t.chain.size());
}

QString TaskTableModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms", "duration").arg(qMax<qint64>(0, ms));
    const qint64 secs = (ms + 500) / 1000;
    if (secs < 60)
        return tr("%1 s", "duration").arg(secs);
    if (secs < 3600)
        return tr("%1 min %2 s", "duration").arg(secs / 60).arg(secs % 60);
    return tr("%1 h %2 min", "duration").arg(secs / 3600).arg((secs % 3600) / 60);
}

QString TaskTableModel::historyText(const TaskSnapshot &t)
{
    QStringList lines;
    for (const StageRecord &r : t.history) {
        const QString outcome = r.ok ? (r.warning ? tr("done with a warning") : tr("done")) : tr("failed");
        // the start, and how long the attempt took: a stamp alone reads as the moment it ended
        const QString took = r.startedAt.isValid() && r.finishedAt.isValid()
            ? durationText(r.startedAt.msecsTo(r.finishedAt))
            : QString();
        QString line = took.isEmpty()
            ? tr("%1  %2, attempt %3: %4", "start time, stage, attempt, outcome")
                  .arg(r.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), TaskText::stageName(r.stage))
                  .arg(r.attempt)
                  .arg(outcome)
            : tr("%1 +%2  %3, attempt %4: %5", "start time +duration, stage, attempt, outcome")
                  .arg(r.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), took, TaskText::stageName(r.stage))
                  .arg(r.attempt)
                  .arg(outcome);
        if (!r.message.isEmpty())
            line += QStringLiteral(" — ") + r.message;
        if (!r.requestId.isEmpty() && !r.message.contains(r.requestId))
            line += QStringLiteral(" [%1]").arg(r.requestId);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString TaskTableModel::noteText(const TaskSnapshot &t)
{
    return t.error.isEmpty() && t.state == TaskState::Done ? t.warning() : t.error;
}

QVariant TaskTableModel::display(const TaskSnapshot &t, int column) const
{
    switch (column) {
    case Desktop:
        return t.spec.serverName.isEmpty() ? t.spec.serverId : t.spec.serverName;
    case Action:
        return TaskText::kindName(t.spec.kind);
    case State:
        return TaskText::stateName(t.state);
    case Stage:
        return stageText(t);
    case Progress:
        // the bar carries the percentage; its text says where the task is
        return t.isFinished() ? TaskText::stateName(t.state) : stageText(t);
    case Error:
        return noteText(t);
    case RequestId:
        return t.workRequestId();
    case Started:
        return timeText(t.createdAt);
    case Updated:
        return timeText(t.updatedAt);
    case User:
        return t.user;
    default:
        return {};
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskSnapshot &t = m_tasks.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(t, column);
    case Qt::ToolTipRole:
        if (column == Error || column == Stage) {
            const QString note = noteText(t);
            return note.isEmpty() ? historyText(t) : note + QStringLiteral("\n\n") + historyText(t);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == State || (column == Error && !noteText(t).isEmpty()))
            return TaskOutcome::color(TaskOutcome::of(t));
        return {};
    case Qt::DecorationRole:
        if (column == State || (column == Error && TaskOutcome::of(t) == TaskOutcome::DoneWithWarnings))
            return QIcon(TaskOutcome::iconPath(TaskOutcome::of(t)));
        return {};
    case TaskIdRole:
        return t.id;
    case BatchIdRole:
        return t.batchId;
    case TaskStateRole:
        return int(t.state);
    case ProgressRole:
        return t.progress();
    case FinishedRole:
        return t.isFinished();
    case SortRole:
        switch (column) {
        case Progress:
            return t.progress();
        case Started:
            return t.createdAt;
        case Updated:
            return t.updatedAt;
        case State:
            return int(t.state);
        default:
            return display(t, column);
        }
    case RawValueRole:
        switch (column) {
        case Action:
            return TaskText::kindKey(t.spec.kind);
        case State:
            return TaskText::stateKey(t.state);
        case Stage:
            return TaskText::stageKey(t.currentStage());
        case Started:
            return t.createdAt;
        case Updated:
            return t.updatedAt;
        default:
            return display(t, column);
        }
    default:
        return {};
    }
}

void TaskTableModel::setTasks(const QList<TaskSnapshot> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    m_rowById.clear();
    for (int i = 0; i < m_tasks.size(); ++i)
        m_rowById.insert(m_tasks.at(i).id, i);
    endResetModel();
}

void TaskTableModel::applyTask(const TaskSnapshot &task)
{
    const int row = m_rowById.value(task.id, -1);
    if (row < 0) {
        const int at = int(m_tasks.size());
        beginInsertRows({}, at, at);
        m_tasks.append(task);
        m_rowById.insert(task.id, at);
        endInsertRows();
        return;
    }
    m_tasks[row] = task;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, Qt::ForegroundRole,
                        Qt::DecorationRole, SortRole, RawValueRole, TaskStateRole, ProgressRole, FinishedRole});
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<TaskSnapshot> TaskTableModel::task(const QString &taskId) const
{
    const int row = rowOf(taskId);
    if (row < 0)
        return std::nullopt;
    return m_tasks.at(row);
}

// ---------------------------------------------------------------------------------------------
TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxy::setBatchId(const QString &batchId)
{
    if (m_batchId == batchId)
        return;
    m_batchId = batchId;
    invalidateRowsFilter();
}

void TaskFilterProxy::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void TaskFilterProxy::setKindFilter(std::optional<TaskKind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void TaskFilterProxy::setText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_batchId.isEmpty() && first.data(TaskTableModel::BatchIdRole).toString() != m_batchId)
        return false;
    const auto state = TaskState(first.data(TaskTableModel::TaskStateRole).toInt());
    switch (m_state) {
    case StateFilter::Any:
        break;
    case StateFilter::Unfinished:
        if (first.data(TaskTableModel::FinishedRole).toBool())
            return false;
        break;
    case StateFilter::Failed:
        if (state != TaskState::Failed && state != TaskState::Cancelled)
            return false;
        break;
    case StateFilter::Done:
        if (state != TaskState::Done)
            return false;
        break;
    }
    if (m_kind) {
        const QString key = m->index(sourceRow, TaskTableModel::Action, sourceParent).data(TaskTableModel::RawValueRole).toString();
        if (key != TaskText::kindKey(*m_kind))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QStringList cells;
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
        cells << m->index(sourceRow, c, sourceParent).data().toString();
    const QString text = cells.join(QLatin1Char('\n'));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}
