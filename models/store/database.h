#pragma once

#include "cloud/clouderror.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

/** What happened when a damaged SQLite file was replaced by a new one (Database::recoveryReport()). */
struct RecoveryReport
{
    struct Table
    {
        QString name;            // tasks, stage_results, audit_log, ...
        int saved = 0;           // rows copied into the new database
        int lost = 0;            // rows known to be lost; -1: an unknown number
        bool incomplete = false; // the damaged table could not be read to its end
    };

    bool happened = false;
    QString damagedPath; // where the damaged file was moved (kept, never deleted)
    QString reason;      // SQLite's words, e.g. "file is not a database"
    QList<Table> tables; // every table Phoenix tried to save (journal, audit, courses)

    [[nodiscard]] Table table(const QString &name) const;
    [[nodiscard]] int totalSaved() const;
    [[nodiscard]] bool anythingLost() const;
};

/**
 * The Phoenix database: a SQLite file per user (default) or a shared PostgreSQL server.
 *
 * open() takes a URL:
 *  - "" or "sqlite:" → defaultSqlitePath(); "sqlite:/path/file.sqlite" → that file (WAL, foreign
 *    keys on, busy timeout). A file that SQLite reports as damaged (or that cannot be read at all)
 *    is moved aside as "<file>.corrupt-<timestamp>" and rebuilt; before that, the readable rows of
 *    the task journal, the audit log and the courses are copied over. recoveryNotice() then holds
 *    one translated paragraph for the UI saying what was saved and what was lost.
 *  - "postgresql://user@host:port/dbname[?schema=name&sslmode=...&sslrootcert=...&connect_timeout=s]"
 *    → QPSQL. The password comes from setPassword() (the window reads it from the keyring, see
 *    DatabaseSecret) or PGPASSWORD / ~/.pgpass (libpq); it is never written anywhere. Without
 *    ?sslmode=, defaultSslMode() applies: verify-full for a server on another computer.
 *    With ?schema= every connection works in that schema (created if missing).
 * Then the schema is brought to latestSchemaVersion() by ordered migrations (one transaction each);
 * a database written by a newer Phoenix is refused with a clear error and left untouched.
 *
 * Threads: connection() gives the *calling* thread its own named QSqlDatabase, opened on first use
 * and removed when that QThread finishes (QThreadPool workers included). So InventoryCache,
 * TaskJournal and AuditLog may be used from any thread. close() and the destructor remove every
 * connection: call them only once no other thread uses the database any more (e.g. after the task
 * engine's pool is done).
 */
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        None,
        SQLite,
        PostgreSQL
    };
    Q_ENUM(Backend)

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // QStandardPaths::AppDataLocation + "/phoenix.sqlite"
    static QString defaultSqlitePath();
    static int latestSchemaVersion();
    // The sslmode used when the URL gives none: "verify-full" (TLS, certificate checked against
    // ~/.postgresql/root.crt or ?sslrootcert=, host name matched) for any host but the local
    // computer; "" (libpq's "prefer") for localhost, 127.0.0.0/8, ::1 and Unix sockets, where
    // nothing crosses a network (the test cluster on 127.0.0.1 has no TLS).
    static QString defaultSslMode(const QString &host);
    // One plain sentence when libpq's text says the TLS requirement failed (server without TLS,
    // no CA certificate, certificate mismatch); empty otherwise.
    static QString tlsProblem(const QString &libpqText);

    // PostgreSQL password for the next open(); kept in memory only.
    void setPassword(const QString &password);

    // Opens (creating/migrating/repairing as described above). Returns a translated error.
    [[nodiscard]] CloudError open(const QString &url = QString());
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] Backend backend() const;
    [[nodiscard]] bool isSqlite() const { return backend() == Backend::SQLite; }
    // The URL without any password, for logs and the settings dialog.
    [[nodiscard]] QString displayUrl() const;
    [[nodiscard]] QString sqlitePath() const;     // empty for PostgreSQL
    [[nodiscard]] QString postgresSchema() const; // empty unless ?schema= was given
    [[nodiscard]] int schemaVersion() const;
    // How many migration steps the last open() applied (0 when the schema was current).
    [[nodiscard]] int migrationsApplied() const;

    // One translated paragraph when open() had to rebuild a damaged SQLite file; empty otherwise.
    [[nodiscard]] QString recoveryNotice() const;
    [[nodiscard]] RecoveryReport recoveryReport() const;

    // The calling thread's connection (opened on first use). Invalid (with *error set) when the
    // database is closed or the connection cannot be opened.
    [[nodiscard]] QSqlDatabase connection(CloudError *error = nullptr) const;
    // Open per-thread connections right now (diagnostics, tests).
    [[nodiscard]] int connectionCount() const;

    // Turns a QtSql error into one translated sentence: `what` (already translated, e.g.
    // tr("Could not save the task.")) followed by the cause in plain words (disk full, read-only,
    // locked, damaged, server unreachable, ...). The raw error goes to the log.
    [[nodiscard]] CloudError errorFor(const QSqlError &error, const QString &what) const;
    [[nodiscard]] static CloudError describeError(const QSqlError &error, const QString &what, Backend backend);
    // True when a PostgreSQL error means the connection itself is gone (server restart, network):
    // the calling thread then gets a fresh connection on its next use.
    [[nodiscard]] bool isConnectionLost(const QSqlError &error) const;

private:
    friend class Statement;
    friend class WriteTransaction;
    struct Shared;
    struct ThreadConnection;

    CloudError openSqlite(const QString &path);
    CloudError openPostgres(const QString &url);
    CloudError startAndMigrate();
    ThreadConnection *threadConnection(CloudError *error) const;
    void dropThreadConnection(); // the calling thread's connection is dead: reconnect next time
    // For Statement: the calling thread's prepared query for `sql` (cached per thread unless
    // `cached` is false or it is in use; then *own holds a private one). nullptr + *error on failure.
    QSqlQuery *acquireQuery(const QString &sql, bool cached, bool **inUse, std::unique_ptr<QSqlQuery> *own,
                            CloudError *error);

    std::shared_ptr<Shared> m_shared;
    QString m_password;
    int m_schemaVersion = 0;
    int m_migrationsApplied = 0;
    RecoveryReport m_recovery;
};
