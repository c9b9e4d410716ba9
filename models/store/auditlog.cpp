#include "models/store/auditlog.h"

#include "models/store/database.h"
#include "models/store/storeutil.h"


using namespace StoreUtil;

namespace
{
const char AuditColumns[] = "id, at, user_name, project, action, target_id, target_name, result, request_id, detail,"
                            " batch_id, task_id";

struct Query
{
    QString sql;
    QVariantList values;
};

Query buildQuery(const AuditFilter &filter)
{
    Query q;
    QStringList where;
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        q.values << filter.user;
    }
    if (!filter.target.isEmpty()) {
        where << QStringLiteral("(target_id = ? OR target_name = ?)");
        q.values << filter.target << filter.target;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        q.values << filter.action;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        q.values << timeValue(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        q.values << timeValue(filter.to);
    }
    q.sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(AuditColumns));
    if (!where.isEmpty())
        q.sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sql += filter.newestFirst ? QStringLiteral(" ORDER BY at DESC, id DESC") : QStringLiteral(" ORDER BY at, id");
    if (filter.limit > 0)
        q.sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return q;
}

AuditEntry readEntry(const Statement &st)
{
    AuditEntry e;
    e.id = st.value(0).toLongLong();
    e.at = timeFrom(st.value(1));
    e.user = st.value(2).toString();
    e.project = st.value(3).toString();
    e.action = st.value(4).toString();
    e.targetId = st.value(5).toString();
    e.targetName = st.value(6).toString();
    e.result = st.value(7).toString();
    e.requestId = st.value(8).toString();
    e.detail = st.value(9).toString();
    e.batchId = st.value(10).toString();
    e.taskId = st.value(11).toString();
    return e;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

AuditLog::AuditLog(Database *database)
    : m_database(database)
{
}

Result<qint64> AuditLog::insert(const AuditEntry &entry) const
{
    Statement st(m_database, QStringLiteral(
        "INSERT INTO audit_log (at, user_name, project, action, target_id, target_name, result, request_id, detail,"
        " batch_id, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    st.bind(0, timeValue(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()))
        .bind(1, optionalText(entry.user))
        .bind(2, optionalText(entry.project))
        .bind(3, notNull(entry.action))
        .bind(4, optionalText(entry.targetId))
        .bind(5, optionalText(entry.targetName))
        .bind(6, optionalText(entry.result))
        .bind(7, optionalText(entry.requestId))
        .bind(8, optionalText(entry.detail))
        .bind(9, optionalText(entry.batchId))
        .bind(10, optionalText(entry.taskId));
    const QString what = tr("Could not write to the audit log.");
    if (const CloudError e = st.exec(what))
        return e;
    if (!st.next())
        return CloudError::local(what);
    return st.value(0).toLongLong();
}

Result<qint64> AuditLog::append(const AuditEntry &entry)
{
    return insert(entry);
}

CloudError AuditLog::append(QList<AuditEntry> *entries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AuditEntry> copy = *entries;
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    for (AuditEntry &e : copy) {
        if (!e.at.isValid())
            e.at = now;
        Result<qint64> id = insert(e);
        if (!id)
            return id.error(); // rolled back
        e.id = id.value();
    }
    if (const CloudError e = tx.commit(tr("Could not write to the audit log.")))
        return e;
    *entries = copy;
    return {};
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter &filter) const
{
    const Query q = buildQuery(filter);
    Statement st(m_database, q.sql, /*cached*/ false);
    for (int i = 0; i < q.values.size(); ++i)
        st.bind(i, q.values.at(i));
    const QString what = tr("Could not read the audit log.");
    if (const CloudError e = st.exec(what))
        return e;
    QList<AuditEntry> out;
    while (st.next())
        out << readEntry(st);
    if (const CloudError e = st.error(what))
        return e;
    return out;
}

QStringList AuditLog::csvColumns()
{
    return {QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("project"),
            QStringLiteral("action"), QStringLiteral("target_id"), QStringLiteral("target_name"),
            QStringLiteral("result"), QStringLiteral("request_id"), QStringLiteral("detail"),
            QStringLiteral("batch_id"), QStringLiteral("task_id")};
}

QStringList AuditLog::csvRecord(const AuditEntry &e)
{
    return {QString::number(e.id), isoTime(e.at), e.user, e.project, e.action, e.targetId,
            e.targetName, e.result, e.requestId, e.detail, e.batchId, e.taskId};
}

Result<int> AuditLog::forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &row) const
{
    const Query q = buildQuery(filter);
    Statement st(m_database, q.sql, /*cached*/ false);
    for (int i = 0; i < q.values.size(); ++i)
        st.bind(i, q.values.at(i));
    const QString what = tr("Could not read the audit log.");
    if (const CloudError e = st.exec(what))
        return e;
    int rows = 0;
    while (st.next()) {
        if (!row(readEntry(st)))
            return rows;
        ++rows;
    }
    if (const CloudError e = st.error(what))
        return e;
    return rows;
}
