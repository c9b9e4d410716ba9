#include "models/lessons/rostertablemodel.h"

#include "models/domain/desktopnaming.h"

#include <QBrush>
#include <QColor>
#include <QHash>

int RosterPreview::badRows() const
{
    int n = 0;
    for (const RosterPreviewRow &r : rows)
        n += r.problem.isEmpty() ? 0 : 1;
    return n;
}

RosterPreview RosterPreview::read(const QByteArray &bytes, const RosterCsv::Rules &rules)
{
    RosterPreview out;
    out.import = RosterCsv::parse(bytes, rules);
    QHash<int, QStringList> byLine;
    for (const RosterImport::Problem &p : std::as_const(out.import.problems))
        byLine[p.line] << p.message;
    QHash<QString, int> assigned;
    for (const RosterSeat &s : std::as_const(out.import.seats))
        assigned.insert(s.owner, s.seat);

    QString encoding;
    bool ok = false;
    const QString text = RosterCsv::decode(bytes, &encoding, &ok);
    const QStringList lines = ok ? text.split(QLatin1Char('\n')) : QStringList();
    int headerLine = 0;
    QChar separator = QLatin1Char(',');
    int ownerCol = 0;
    int seatCol = 1;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int lineNo = i + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (headerLine == 0) {
            headerLine = lineNo;
            if (!line.contains(QLatin1Char(',')) && line.contains(QLatin1Char(';')))
                separator = QLatin1Char(';');
            else if (!line.contains(QLatin1Char(',')) && line.contains(QLatin1Char('\t')))
                separator = QLatin1Char('\t');
            const QStringList header = DesktopNaming::splitCsvLine(line, separator);
            for (int c = 0; c < header.size(); ++c) {
                const QString h = header.at(c).trimmed().toLower();
                if (h == QLatin1String("owner") || h == QLatin1String("user") || h == QLatin1String("username")
                    || h == QStringLiteral("用户名") || h == QStringLiteral("学号"))
                    ownerCol = c;
                if (h == QLatin1String("seat") || h == QStringLiteral("座位") || h == QStringLiteral("座位号"))
                    seatCol = c;
            }
            if (byLine.contains(lineNo))
                out.fileProblems << RosterCsv::tr("line %1: %2").arg(lineNo).arg(byLine.value(lineNo).join(QStringLiteral("; ")));
            continue;
        }
        const QStringList cells = DesktopNaming::splitCsvLine(line, separator);
        RosterPreviewRow row;
        row.line = lineNo;
        row.owner = cells.value(ownerCol).trimmed();
        row.seatText = cells.value(seatCol).trimmed();
        if (row.seatText.isEmpty() && assigned.contains(row.owner))
            row.seatText = QString::number(assigned.value(row.owner));
        row.problem = byLine.value(lineNo).join(QStringLiteral("; "));
        out.rows << row;
    }
    for (const QString &m : byLine.value(0))
        out.fileProblems << m;
    return out;
}

RosterTableModel::RosterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RosterTableModel::setSeats(const QList<RosterSeat> &seats)
{
    beginResetModel();
    m_preview = false;
    m_rows.clear();
    for (const RosterSeat &s : seats)
        m_rows << RosterPreviewRow{0, s.owner, QString::number(s.seat), {}};
    endResetModel();
}

void RosterTableModel::setPreview(const RosterPreview &preview)
{
    beginResetModel();
    m_preview = true;
    m_rows = preview.rows;
    endResetModel();
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RosterPreviewRow &r = m_rows.at(index.row());
    if (role == ProblemRole)
        return r.problem;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case LineColumn:
            return r.line > 0 ? QVariant(r.line) : QVariant();
        case OwnerColumn:
            return r.owner;
        case SeatColumn: {
            bool ok = false;
            const int n = r.seatText.toInt(&ok);
            return role == SortRole && ok ? QVariant(n) : QVariant(r.seatText);
        }
        case ProblemColumn:
            return r.problem.isEmpty() ? (role == SortRole ? QString() : (m_preview ? tr("OK") : QString())) : r.problem;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && !r.problem.isEmpty())
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole && !r.problem.isEmpty())
        return tr("Line %1: %2").arg(r.line).arg(r.problem);
    if (role == Qt::AccessibleDescriptionRole && !r.problem.isEmpty())
        return tr("Error: %1").arg(r.problem);
    return {};
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case OwnerColumn:
        return tr("Student");
    case SeatColumn:
        return tr("Seat");
    case ProblemColumn:
        return tr("Check");
    case ColumnCount:
        break;
    }
    return {};
}
