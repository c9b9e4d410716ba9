#pragma once

#include <QSortFilterProxyModel>

class QTableView;
class QWidget;

/** Small helpers shared by the images and network views. */
namespace RecordViews
{
/** A read-only, sortable, row-selecting table view over a sorting proxy of model. */
QTableView *makeTable(QAbstractItemModel *model, QSortFilterProxyModel *proxy, const QString &objectName, QWidget *parent);
/** Natural, case-insensitive sorting by RecordTableModel::SortRole. */
QSortFilterProxyModel *makeProxy(QObject *parent);
QString sizeText(qint64 bytes);
} // namespace RecordViews
