#include "models/store/storeutil.h"

#include "models/store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace StoreUtil
{
QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray jsonArray(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(text.toUtf8()).array();
}

QString stringListJson(const QStringList &list)
{
    return jsonText(QJsonArray::fromStringList(list));
}

QStringList stringListFrom(const QVariant &value)
{
    QStringList out;
    const QJsonArray array = jsonArray(value);
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QString likePattern(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped.toLower() + QLatin1Char('%');
}
} // namespace StoreUtil

// ---------------------------------------------------------------------------------------------

Statement::Statement(Database *database, const QString &sql, bool cached)
    : m_database(database)
{
    m_query = database->acquireQuery(sql, cached, &m_inUse, &m_own, &m_openError);
}

Statement::~Statement()
{
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
    m_own.reset();
    if (m_broken)
        m_database->dropThreadConnection();
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (m_query)
        m_query->bindValue(index, value);
    return *this;
}

CloudError Statement::exec(const QString &what)
{
    if (!m_query) {
        if (what.isEmpty())
            return m_openError;
        return CloudError::local(what + QLatin1Char(' ') + m_openError.message());
    }
    if (m_query->exec())
        return {};
    const QSqlError e = m_query->lastError();
    m_broken = m_database->isConnectionLost(e);
    return m_database->errorFor(e, what);
}

int Statement::numRowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : 0;
}

bool Statement::next()
{
    return m_query && m_query->next();
}

QVariant Statement::value(int index) const
{
    return m_query ? m_query->value(index) : QVariant();
}

CloudError Statement::error(const QString &what) const
{
    if (!m_query)
        return m_openError;
    const QSqlError e = m_query->lastError();
    if (e.type() == QSqlError::NoError)
        return {};
    return m_database->errorFor(e, what);
}

// ---------------------------------------------------------------------------------------------

WriteTransaction::WriteTransaction(Database *database)
    : m_database(database)
{
    QSqlDatabase db = database->connection(&m_error);
    if (!db.isValid())
        return;
    QSqlQuery q(db);
    const bool sqlite = database->backend() == Database::Backend::SQLite;
    if (!q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        m_error = database->errorFor(q.lastError(), tr("Could not start writing to the Phoenix database."));
        if (database->isConnectionLost(q.lastError())) {
            q = QSqlQuery();
            db = QSqlDatabase();
            database->dropThreadConnection();
        }
        return;
    }
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

CloudError WriteTransaction::commit(const QString &what)
{
    if (!m_active)
        return m_error.isError() ? m_error : CloudError::local(what);
    QSqlError failure;
    {
        QSqlQuery q(m_database->connection());
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_active = false;
            return {};
        }
        failure = q.lastError();
    }
    const CloudError e = m_database->errorFor(failure, what);
    rollback();
    if (m_database->isConnectionLost(failure))
        m_database->dropThreadConnection();
    return e;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlDatabase db = m_database->connection();
    if (db.isValid()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    }
}
