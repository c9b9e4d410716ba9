#include "models/items/recordtablemodel.h"

#include <QSet>

RecordTableModel::RecordTableModel(std::function<QString(const QVariant &)> key, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_key(std::move(key))
    , m_columns(std::move(columns))
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &record = m_records.at(index.row());
    if (role == KeyRole)
        return m_key(record);
    if (role == RecordRole)
        return record;
    const Column &column = m_columns.at(index.column());
    if (role == SortRole) {
        const QVariant v = column.data(record, SortRole);
        return v.isValid() ? v : column.data(record, Qt::DisplayRole);
    }
    if (role == Qt::AccessibleTextRole)
        return column.data(record, Qt::DisplayRole);
    return column.data(record, role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).title();
    return {};
}

void RecordTableModel::setRecords(const QList<QVariant> &records)
{
    QSet<QString> freshKeys;
    for (const QVariant &r : records)
        freshKeys.insert(m_key(r));

    // vanished rows, bottom-up
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (!freshKeys.contains(m_key(m_records.at(row)))) {
            int first = row;
            while (first > 0 && !freshKeys.contains(m_key(m_records.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_records.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        }
    }
    rebuildIndex();

    QList<QVariant> fresh;
    for (const QVariant &r : records) {
        const int row = m_rowByKey.value(m_key(r), -1);
        if (row < 0) {
            fresh << r;
            continue;
        }
        if (m_records.at(row) != r) {
            m_records[row] = r;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_records.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_records.append(fresh);
        rebuildIndex();
        endInsertRows();
    }
}

void RecordTableModel::refreshAll()
{
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RecordTableModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_records.clear();
    m_rowByKey.clear();
    endRemoveRows();
}

void RecordTableModel::rebuildIndex()
{
    m_rowByKey.clear();
    for (int i = 0; i < m_records.size(); ++i)
        m_rowByKey.insert(m_key(m_records.at(i)), i);
}
