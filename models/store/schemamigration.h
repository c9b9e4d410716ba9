#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/**
 * The Phoenix schema as one integer version (table schema_version) and ordered steps: step n
 * takes the schema from version n-1 to n, in one transaction, and never changes once released
 * (add a step instead). The SQL is shared by SQLite and PostgreSQL: TEXT, INTEGER, BIGINT (UTC
 * epoch milliseconds for times), booleans as INTEGER 0/1, JSON as TEXT; the only dialect token
 * is {{AUTOID}} for an auto-increment integer primary key.
 */
class SchemaMigration
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigration)

public:
    enum class Dialect {
        SQLite,
        PostgreSQL
    };

    struct Step
    {
        int version = 0;           // the version after this step
        const char *summary = "";  // for the log
        QStringList statements;    // with {{AUTOID}} tokens
    };

    [[nodiscard]] static const QList<Step> &steps();
    [[nodiscard]] static int latestVersion();
    // The statements of a step as the dialect wants them.
    [[nodiscard]] static QStringList statementsFor(const Step &step, Dialect dialect);

    // Reads the version (0 for an empty database).
    [[nodiscard]] static Result<int> currentVersion(QSqlDatabase &db);
    // Brings `db` to latestVersion(). Returns how many steps ran; refuses a newer database with a
    // clear error and changes nothing then. Safe against another process migrating at the same
    // time (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory transaction lock).
    [[nodiscard]] static Result<int> migrate(QSqlDatabase &db, Dialect dialect);
};
