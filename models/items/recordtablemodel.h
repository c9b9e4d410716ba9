#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>

/**
 * A table of plain records (images, flavors, networks, routers, floating IPs) described by
 * column functions, refreshed by diff like DesktopTableModel: setRecords() with the fresh list
 * removes vanished keys, updates changed rows with dataChanged and appends new ones — it never
 * resets. Records are stored as QVariant (the cloud value types are Q_DECLARE_METATYPE'd).
 */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the record's id
        SortRole,
        RecordRole // the whole record as QVariant
    };

    struct Column
    {
        std::function<QString()> title;                            // translated at call time
        std::function<QVariant(const QVariant &record, int role)> data; // DisplayRole, SortRole, ForegroundRole, ...
    };

    RecordTableModel(std::function<QString(const QVariant &)> key, QList<Column> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<QVariant> &records);
    template<typename T>
    void setValues(const QList<T> &values)
    {
        QList<QVariant> records;
        records.reserve(values.size());
        for (const T &v : values)
            records << QVariant::fromValue(v);
        setRecords(records);
    }
    /** Something the columns compute from outside the record changed (e.g. "in use" counts). */
    void refreshAll();
    void clear();

    [[nodiscard]] QVariant recordAt(int row) const { return m_records.at(row); }
    [[nodiscard]] int rowOf(const QString &key) const { return m_rowByKey.value(key, -1); }
    template<typename T>
    [[nodiscard]] T valueAt(int row) const
    {
        return m_records.at(row).value<T>();
    }

private:
    void rebuildIndex();

    std::function<QString(const QVariant &)> m_key;
    QList<Column> m_columns;
    QList<QVariant> m_records;
    QHash<QString, int> m_rowByKey;
};
