#include "models/items/batchlistmodel.h"

#include "models/items/taskoutcome.h"

#include <QIcon>

BatchListModel::BatchListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

QString BatchListModel::summary(const BatchSnapshot &b)
{
    QString text = tr("%1 of %2 done").arg(b.done).arg(b.total);
    if (b.failed > 0)
        text += tr(", %n failed", nullptr, b.failed);
    if (b.cancelled > 0)
        text += tr(", %n cancelled", nullptr, b.cancelled);
    if (b.warnings > 0)
        text += tr(", %n with warnings", nullptr, b.warnings);
    if (b.running > 0)
        text += tr(", %n running", nullptr, b.running);
    return text;
}

QString BatchListModel::finishedText(const BatchSnapshot &b)
{
    if (b.done == b.total && b.warnings == 0)
        return tr("%1: all %2 done.").arg(b.title).arg(b.total);
    if (b.done == b.total)
        return tr("%1: done, %n with warnings.", nullptr, b.warnings).arg(b.title);
    return tr("%1: %2.", "batch title: summary").arg(b.title, summary(b));
}

int BatchListModel::progress(const BatchSnapshot &b)
{
    if (b.total <= 0)
        return 0;
    return (100 * (b.done + b.failed + b.cancelled)) / b.total;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchSnapshot &b = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return b.title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return QString(b.title + QStringLiteral(" — ") + summary(b));
    case Qt::DecorationRole:
        return QIcon(TaskOutcome::iconPath(TaskOutcome::of(b)));
    case OutcomeRole:
        return int(TaskOutcome::of(b));
    case BatchIdRole:
        return b.id;
    case ProgressRole:
        return progress(b);
    case FailedRole:
        return b.failed;
    case FinishedRole:
        return b.isFinished();
    case SummaryRole:
        return summary(b);
    default:
        return {};
    }
}

void BatchListModel::setBatches(QList<BatchSnapshot> batches)
{
    std::sort(batches.begin(), batches.end(),
              [](const BatchSnapshot &a, const BatchSnapshot &b) { return a.createdAt > b.createdAt; });
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

void BatchListModel::applyBatch(const BatchSnapshot &batch)
{
    const int row = rowOf(batch.id);
    if (row >= 0) {
        m_batches[row] = batch;
        Q_EMIT dataChanged(index(row), index(row),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, Qt::DecorationRole, ProgressRole,
                            FailedRole, FinishedRole, SummaryRole, OutcomeRole});
        return;
    }
    beginInsertRows({}, 0, 0);
    m_batches.prepend(batch);
    endInsertRows();
}

void BatchListModel::retranslate()
{
    if (!m_batches.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::ToolTipRole, SummaryRole});
}

int BatchListModel::rowOf(const QString &batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).id == batchId)
            return i;
    }
    return -1;
}

int BatchListModel::runningBatches() const
{
    return int(std::count_if(m_batches.cbegin(), m_batches.cend(), [](const BatchSnapshot &b) { return !b.isFinished(); }));
}
