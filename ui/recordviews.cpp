#include "ui/recordviews.h"

#include "models/items/recordtablemodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

QSortFilterProxyModel *RecordViews::makeProxy(QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(RecordTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

QTableView *RecordViews::makeTable(QAbstractItemModel *model, QSortFilterProxyModel *proxy, const QString &objectName,
                                   QWidget *parent)
{
    proxy->setSourceModel(model);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(130);
    return view;
}

QString RecordViews::sizeText(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes) : QString();
}
