#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class AuditLog;
class QAbstractItemModel;
class QIODevice;
struct AuditFilter;

/**
 * Phoenix's one CSV writer: every export (a table as shown, the audit log) goes through it, so
 * every file follows the same rules — RFC 4180 (CRLF record ends; fields with , " CR LF or a
 * leading/trailing space quoted, quotes doubled), UTF-8 with a byte-order mark (spreadsheet
 * programs then read Chinese correctly), and formula injection guarded: a cell that starts with
 * = + - @ TAB or CR gets a leading ' so that a desktop named =HYPERLINK(...) stays text
 * (OWASP "CSV injection"; issue 9).
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    /** Writes to an open device; nothing is written until the first writeRecord(). */
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);

    /** One record; false (see errorString()) when the device refused the bytes. */
    bool writeRecord(const QStringList &fields);
    [[nodiscard]] QString errorString() const { return m_error; }

    /** One field: formula-guarded, then quoted when needed. */
    static QString field(const QString &value);
    /** One record with its CRLF. */
    static QString record(const QStringList &fields);
    /** True when a spreadsheet would take the value for a formula. */
    static bool looksLikeFormula(const QString &value);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_byteOrderMark;
    bool m_started = false;
    QString m_error;
};

/**
 * CSV export of any table the window shows (the desktop tabs, tasks, images, ...): the given
 * columns in the given order, header from headerData, cells from DisplayRole — and of the audit
 * log, streamed from the database. Both through CsvWriter. Pure apart from the writes; the caller
 * picks the model (usually the filtered, sorted proxy, so the file matches what is on screen).
 */
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    /** columns empty = every column. */
    static QString toCsv(const QAbstractItemModel *model, const QList<int> &columns = {});
    /** Same as CsvWriter::field(). */
    static QString quote(const QString &cell) { return CsvWriter::field(cell); }
    /** Writes UTF-8 with a byte-order mark, atomically (QSaveFile). Returns an empty string or the error. */
    static QString writeFile(const QString &path, const QString &csv);
    /** The audit entries the filter selects (header row first) to an open device; how many rows. */
    [[nodiscard]] static Result<int> writeAuditLog(const AuditLog &log, QIODevice *device, const AuditFilter &filter,
                                                   bool byteOrderMark = true);
};
