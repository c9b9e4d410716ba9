#pragma once

// Small helpers shared by the store classes (Database, InventoryCache, TaskJournal, AuditLog):
// value conversions that behave the same on SQLite and PostgreSQL, a cached prepared statement,
// and a write transaction. Not meant for code outside the store.

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class Database;
class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace StoreUtil
{
// Timestamps are stored as UTC epoch milliseconds (BIGINT); NULL for an invalid QDateTime.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
// Text columns that are NOT NULL: a null QString would bind as NULL.
QString notNull(const QString &text);
// NULL for a null/empty string, so optional text columns stay NULL.
QVariant optionalText(const QString &text);
// JSON columns (TEXT)
QString jsonText(const QJsonObject &object);
QString jsonText(const QJsonArray &array);
QJsonObject jsonObject(const QVariant &value);
QJsonArray jsonArray(const QVariant &value);
QString stringListJson(const QStringList &list);
QStringList stringListFrom(const QVariant &value);
// Booleans are INTEGER 0/1 on both backends (QPSQL would send TRUE/FALSE otherwise).
inline int boolValue(bool b) { return b ? 1 : 0; }
// Escapes % _ and \ for LIKE ... ESCAPE '\'.
QString likePattern(const QString &needle);
} // namespace StoreUtil

/**
 * One statement on the calling thread's connection. The prepared QSqlQuery is cached per thread
 * and per SQL text, so repeated writes (the journal writes before and after every cloud call)
 * are not re-parsed. The query is finish()ed when the Statement goes out of scope, which releases
 * SQLite's read snapshot. Use from one thread; a nested use of the same SQL gets a private query.
 */
class Statement
{
public:
    // cached = false for one-off SQL (filters built at run time): not kept after this Statement.
    Statement(Database *database, const QString &sql, bool cached = true);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_query != nullptr; }
    // Binds positional values (0-based), in the order of the ? markers.
    Statement &bind(int index, const QVariant &value);
    // Executes; on failure returns the translated error ("what" says what was being done).
    [[nodiscard]] CloudError exec(const QString &what);
    [[nodiscard]] bool next();
    [[nodiscard]] QVariant value(int index) const;
    [[nodiscard]] QSqlQuery &query() { return *m_query; }
    // Rows changed by the last INSERT/UPDATE/DELETE.
    [[nodiscard]] int numRowsAffected() const;
    // The error of the last exec()/next(), translated; None when fine.
    [[nodiscard]] CloudError error(const QString &what) const;

private:
    Database *m_database = nullptr;
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // when the cached one is busy (nested use)
    CloudError m_openError;
    bool m_broken = false; // the connection died (PostgreSQL): drop it so the next use reconnects
};

/**
 * A write transaction on the calling thread's connection. SQLite: BEGIN IMMEDIATE, so that
 * concurrent writers wait for the lock (busy timeout) instead of failing on lock upgrade.
 * Rolls back in the destructor unless commit() succeeded.
 */
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(Database *database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] const CloudError &beginError() const { return m_error; }
    [[nodiscard]] CloudError commit(const QString &what);
    void rollback();

private:
    Database *m_database = nullptr;
    bool m_active = false;
    CloudError m_error;
};
