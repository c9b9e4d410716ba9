#include "models/items/tableexport.h"

#include "models/store/auditlog.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QSaveFile>

// ---------------------------------------------------------------------------------------------
// CsvWriter

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_byteOrderMark(byteOrderMark)
{
}

bool CsvWriter::looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString CsvWriter::field(const QString &valueIn)
{
    QString value = valueIn;
    if (looksLikeFormula(value))
        value.prepend(QLatin1Char('\''));
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    return line + QStringLiteral("\r\n");
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("the file is not open for writing");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_byteOrderMark && !write(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    return write(record(fields).toUtf8());
}

// ---------------------------------------------------------------------------------------------
// TableExport

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
        cells << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out += CsvWriter::record(cells);
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (int c : std::as_const(cols))
            cells << model->index(r, c).data(Qt::DisplayRole).toString();
        out += CsvWriter::record(cells);
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

Result<int> TableExport::writeAuditLog(const AuditLog &log, QIODevice *device, const AuditFilter &filter,
                                       bool byteOrderMark)
{
    CsvWriter writer(device, byteOrderMark);
    auto failed = [&writer] {
        return CloudError::local(tr("Could not write the audit log export: %1").arg(writer.errorString()));
    };
    if (!writer.writeRecord(AuditLog::csvColumns()))
        return failed();
    bool writeFailed = false;
    const Result<int> rows = log.forEach(filter, [&](const AuditEntry &entry) {
        if (writer.writeRecord(AuditLog::csvRecord(entry)))
            return true;
        writeFailed = true;
        return false;
    });
    if (writeFailed)
        return failed();
    return rows;
}
