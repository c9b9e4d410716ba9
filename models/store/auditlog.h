#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class Database;

// One line of the audit log: who did what to which target, when, with what result.
struct AuditEntry
{
    qint64 id = 0;       // assigned by AuditLog::append
    QDateTime at;        // now when invalid
    QString user;        // Keystone user name
    QString project;     // Keystone project name (or id)
    QString action;      // task kind key or another verb: "resume", "sign-in", "export", ...
    QString targetId;
    QString targetName;
    QString result;      // "done", "failed", "cancelled", ... (the task state key for tasks)
    QString requestId;   // x-openstack-request-id of the deciding call
    QString detail;      // plain-language detail: the error, the image used, ...
    QString batchId;
    QString taskId;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// What AuditLog::query()/forEach() select. Empty fields do not filter; from/to is [from, to).
struct AuditFilter
{
    QString user;
    QString target;  // matches the target id or the target name exactly
    QString action;
    QDateTime from;
    QDateTime to;
    int limit = 1000; // 0 = all
    bool newestFirst = true;
};

/**
 * The audit log: an append-only record of who did what, for every item of a batch. Thread-safe
 * like the other store classes (each thread uses its own connection).
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database *database);

    [[nodiscard]] Result<qint64> append(const AuditEntry &entry);
    // Several entries in one transaction (all or nothing); fills their ids.
    [[nodiscard]] CloudError append(QList<AuditEntry> *entries);
    [[nodiscard]] Result<QList<AuditEntry>> query(const AuditFilter &filter = AuditFilter()) const;
    // Streams the selected entries to `row` (false stops); returns how many were passed. The CSV
    // export (TableExport::writeAuditLog, the one CSV writer) is built on it.
    [[nodiscard]] Result<int> forEach(const AuditFilter &filter,
                                      const std::function<bool(const AuditEntry &)> &row) const;

    // The export's header row (column names, in order) and one entry as its fields (times in
    // ISO 8601 UTC).
    [[nodiscard]] static QStringList csvColumns();
    [[nodiscard]] static QStringList csvRecord(const AuditEntry &entry);

private:
    Result<qint64> insert(const AuditEntry &entry) const;

    Database *m_database = nullptr;
};

Q_DECLARE_METATYPE(AuditEntry)
