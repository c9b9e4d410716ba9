#include "models/items/tableexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

QString TableExport::quote(const QString &cell)
{
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char(' '))
        || cell.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString TableExport::toCsv(const QAbstractItemModel *model, const QList<int> &columns)
{
    QList<int> cols = columns;
    if (cols.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            cols << c;
    }
    QString out;
    QStringList cells;
    for (int c : std::as_const(cols))
        cells << quote(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (int c : std::as_const(cols))
            cells << quote(model->index(r, c).data(Qt::DisplayRole).toString());
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString TableExport::writeFile(const QString &path, const QString &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}
