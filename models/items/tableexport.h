#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

/**
 * CSV export of any table the window shows (the desktop tabs, tasks, images, ...): the given
 * columns in the given order, header from headerData, cells from DisplayRole, RFC 4180 quoting.
 * Pure apart from writeFile(); the caller picks the model (usually the filtered, sorted proxy, so
 * the file matches what is on screen).
 */
class TableExport
{
public:
    /** columns empty = every column. */
    static QString toCsv(const QAbstractItemModel *model, const QList<int> &columns = {});
    static QString quote(const QString &cell);
    /** Writes UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly).
     *  Returns an empty string or the error. */
    static QString writeFile(const QString &path, const QString &csv);
};
