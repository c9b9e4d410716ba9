#pragma once

#include "cloud/clouderror.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

/**
 * What Database does with a damaged SQLite file: detect the damage, move the file aside (never
 * delete it), and copy every readable row of the tables that are not a cache — the task journal,
 * the audit log and the courses — into the rebuilt database. The cached inventory is not copied:
 * it is fetched again from the cloud.
 */
class SqliteRecovery
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRecovery)

public:
    enum class Health {
        Sound,
        Damaged, // SQLite says corrupt / not a database, or the integrity check finds faults
        Failed   // could not tell: locked, I/O error, ... (not a reason to rebuild)
    };

    // Runs a quick integrity check on an open connection. *detail gets SQLite's words.
    [[nodiscard]] static Health check(QSqlDatabase &db, QString *detail);
    // Checks a file over a private connection that is closed again before returning (so that the
    // file can be moved). A missing or empty file is Sound; one that cannot be read is Damaged.
    [[nodiscard]] static Health checkFile(const QString &path, QString *detail);
    // Renames FILE (and FILE-wal, FILE-shm) to FILE.corrupt-<yyyyMMdd-HHmmss>[-n]; returns the new name.
    [[nodiscard]] static Result<QString> moveAside(const QString &path, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Copies readable rows of the tables in salvageTables() from the damaged file into `target`
    // (already migrated). Fills report->tables.
    static void salvage(const QString &damagedPath, QSqlDatabase &target, RecoveryReport *report);
    // The tables worth saving, in copy order.
    [[nodiscard]] static QStringList salvageTables();
    // One translated paragraph for the UI.
    [[nodiscard]] static QString notice(const RecoveryReport &report);
};
