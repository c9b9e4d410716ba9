#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/store/inventorycache.h"
#include "models/store/schemamigration.h"
#include "storetestutil.h"
#include "models/store/taskjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using StoreTest::Fixture;

namespace
{
const QStringList AllTables = {
    QStringLiteral("schema_version"), QStringLiteral("cache_state"), QStringLiteral("servers"),
    QStringLiteral("images"), QStringLiteral("flavors"), QStringLiteral("networks"), QStringLiteral("floating_ips"),
    QStringLiteral("compute_limits"), QStringLiteral("batches"), QStringLiteral("tasks"),
    QStringLiteral("stage_results"), QStringLiteral("audit_log"), QStringLiteral("courses"),
    QStringLiteral("course_members"), QStringLiteral("lessons")};

bool exec(Database *db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db->connection());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

QVariant scalar(Database *db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

TaskRecord sampleTask(const QString &name)
{
    TaskRecord t;
    t.kind = QStringLiteral("resume");
    t.targetName = name;
    t.targetId = QStringLiteral("srv-") + name;
    t.user = QStringLiteral("teacher1");
    return t;
}

// The moved-aside databases (without their -wal/-shm companions).
QStringList corruptFilesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList({QStringLiteral("phoenix.sqlite.corrupt-*")}, QDir::Files);
    files.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
    return files;
}

// Overwrites whole pages of a SQLite file with garbage.
bool damagePages(const QString &file, const QList<qint64> &pages, int pageSize)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        garbage[i] = char(0xA5 ^ (i * 7));
    for (qint64 page : pages) {
        if (!f.seek((page - 1) * pageSize) || f.write(garbage) != pageSize)
            return false;
    }
    return true;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty_data() { StoreTest::addBackendRows(); }
    void migratesFromEmpty();
    void reopenIsIdempotent_data() { StoreTest::addBackendRows(); }
    void reopenIsIdempotent();
    void migratesFromAnOlderVersion_data() { StoreTest::addBackendRows(); }
    void migratesFromAnOlderVersion();
    void newerSchemaIsRefused_data() { StoreTest::addBackendRows(); }
    void newerSchemaIsRefused();
    void unusableLocationGivesClearError_data();
    void unusableLocationGivesClearError();
    void readOnlyErrorIsClearAndLosesNothing_data() { StoreTest::addBackendRows(); }
    void readOnlyErrorIsClearAndLosesNothing();
    void connectionPerThreadIsRemovedWithTheThread_data() { StoreTest::addBackendRows(); }
    void connectionPerThreadIsRemovedWithTheThread();
    void passwordIsNeverShown();
    void postgresReconnectsAfterALostConnection();
    // SQLite files
    void defaultPathIsInAppData();
    void diskFullIsClearAndLosesNothing();
    void garbageFileIsMovedAsideAndRebuilt();
    void salvagesReadableJournalRows();
    void salvagesTheTimetable();
};

void TestDatabase::migratesFromEmpty()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    Database *db = fx.db();
    QVERIFY(db->isOpen());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->migrationsApplied(), int(SchemaMigration::steps().size()));
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(), Database::latestSchemaVersion());
    for (const QString &table : AllTables) {
        QString error;
        QVERIFY2(exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(table), &error),
                 qPrintable(table + QStringLiteral(": ") + error));
    }
    QVERIFY(db->recoveryNotice().isEmpty());
    QCOMPARE(db->backend(), fx.isSqlite() ? Database::Backend::SQLite : Database::Backend::PostgreSQL);
    if (fx.isSqlite()) {
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db->sqlitePath(), fx.sqliteFile());
    } else {
        QVERIFY(!db->postgresSchema().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT current_schema()")).toString(), db->postgresSchema());
    }
}

void TestDatabase::reopenIsIdempotent()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    TaskJournal journal(fx.db());
    Result<QString> id = journal.addTask(sampleTask(QStringLiteral("pc-01")));
    QVERIFY2(id.ok(), qPrintable(id.error().userMessage()));
    fx.closeDatabase();

    for (int round = 0; round < 2; ++round) {
        CloudError error;
        std::unique_ptr<Database> again = fx.reopen(&error);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(again->migrationsApplied(), 0);
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
        TaskJournal j(again.get());
        Result<std::optional<TaskRecord>> t = j.task(id.value());
        QVERIFY(t.ok());
        QVERIFY(t.value().has_value());
        QCOMPARE(t.value()->targetName, QStringLiteral("pc-01"));
    }
}

void TestDatabase::migratesFromAnOlderVersion()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    Database *db = fx.db();
    // Make it a version-1 database: as if written by the first release.
    for (const char *sql : {"DROP TABLE classroom_layouts", "DROP TABLE lesson_changes", "DROP TABLE classrooms", "DROP TABLE periods",
                            "DROP TABLE school_terms", "DROP TABLE holidays", "DROP TABLE makeup_days",
                            "DROP TABLE scheduler_leader", "DROP TABLE scheduler_tasks",
                            "DROP TABLE lessons", "DROP TABLE course_members", "DROP TABLE courses",
                            "ALTER TABLE tasks DROP COLUMN runner", "ALTER TABLE tasks DROP COLUMN lease_until",
                            "UPDATE schema_version SET version = 1"}) {
        QString error;
        QVERIFY2(exec(db, QString::fromLatin1(sql), &error), qPrintable(error));
    }
    fx.closeDatabase();

    CloudError error;
    std::unique_ptr<Database> again = fx.reopen(&error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QCOMPARE(again->migrationsApplied(), Database::latestSchemaVersion() - 1);
    QCOMPARE(scalar(again.get(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Database::latestSchemaVersion());
    QVERIFY(exec(again.get(), QStringLiteral("INSERT INTO courses (id, name, created_at, updated_at)"
                                             " VALUES ('c1', 'Python 入门', 1, 1)")));
    QVERIFY(exec(again.get(), QStringLiteral("INSERT INTO lessons (id, course_id, starts_at, ends_at, classroom)"
                                             " VALUES ('l1', 'c1', 1000, 2000, 'A-101')")));
    // Foreign keys are enforced on both backends: a lesson of an unknown course is refused.
    QVERIFY(!exec(again.get(), QStringLiteral("INSERT INTO lessons (id, course_id, starts_at, ends_at)"
                                              " VALUES ('l2', 'nope', 1000, 2000)")));
    // ON DELETE CASCADE
    QVERIFY(exec(again.get(), QStringLiteral("DELETE FROM courses WHERE id = 'c1'")));
    QCOMPARE(scalar(again.get(), QStringLiteral("SELECT count(*) FROM lessons")).toInt(), 0);
}

void TestDatabase::newerSchemaIsRefused()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    const int newer = Database::latestSchemaVersion() + 3;
    QVERIFY(exec(fx.db(), QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
    fx.closeDatabase();

    CloudError error;
    std::unique_ptr<Database> again = fx.reopen(&error);
    QVERIFY(error.isError());
    QCOMPARE(error.kind(), CloudError::Kind::Local);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QLatin1String("newer version of Phoenix")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(newer)), qPrintable(text));
    QVERIFY2(text.contains(QString::number(Database::latestSchemaVersion())), qPrintable(text));
    QVERIFY(!again->isOpen());
    if (fx.isSqlite()) {
        QVERIFY(corruptFilesIn(fx.dirPath()).isEmpty()); // refused, not "repaired"
        QVERIFY(QFile::exists(fx.sqliteFile()));
    }
    // Nothing was changed: the version is still the newer one.
    auto check = std::make_unique<Database>();
    QVERIFY(check->open(fx.url()).isError());
    if (fx.isSqlite()) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-newer"));
        raw.setDatabaseName(fx.sqliteFile());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), newer);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-newer"));
    }
}

void TestDatabase::unusableLocationGivesClearError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite: parent is a file") << QStringLiteral("parent-file") << QStringLiteral("Cannot create the folder");
    QTest::newRow("sqlite: path is a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
    QTest::newRow("postgresql: nobody listens") << QStringLiteral("pg-closed") << QStringLiteral("Cannot reach the database server");
    QTest::newRow("unknown scheme") << QStringLiteral("scheme") << QStringLiteral("not understood");
    QTest::newRow("postgresql: bad option") << QStringLiteral("pg-option") << QStringLiteral("not supported");
}

void TestDatabase::unusableLocationGivesClearError()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString url;
    if (kind == QLatin1String("parent-file")) {
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("x");
        blocker.close();
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("not-a-folder/phoenix.sqlite"));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("db")));
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db"));
    } else if (kind == QLatin1String("pg-closed")) {
        url = QStringLiteral("postgresql://phoenix@127.0.0.1:1/phoenix_test?connect_timeout=3");
    } else if (kind == QLatin1String("scheme")) {
        url = QStringLiteral("mysql://root@localhost/phoenix");
    } else {
        url = QStringLiteral("postgresql://phoenix@127.0.0.1:55432/phoenix_test?host=elsewhere");
    }
    Database db;
    const CloudError error = db.open(url);
    QVERIFY(error.isError());
    QVERIFY2(error.userMessage().contains(expected), qPrintable(error.userMessage()));
    QVERIFY(!db.isOpen());
    QCOMPARE(db.connectionCount(), 0);
}

void TestDatabase::readOnlyErrorIsClearAndLosesNothing()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    AuditLog log(fx.db());
    AuditEntry first;
    first.action = QStringLiteral("resume");
    first.user = QStringLiteral("admin");
    QVERIFY(log.append(first).ok());

    QVERIFY(exec(fx.db(), fx.isSqlite() ? QStringLiteral("PRAGMA query_only = ON")
                                        : QStringLiteral("SET default_transaction_read_only = on")));
    Result<qint64> refused = log.append(first);
    QVERIFY(!refused.ok());
    const QString text = refused.error().userMessage();
    QVERIFY2(text.contains(QLatin1String("Could not write to the audit log.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("read-only")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Nothing saved before was lost")), qPrintable(text));
    // A transaction of several entries fails as a whole, and reading still works.
    QList<AuditEntry> more{first, first};
    QVERIFY(log.append(&more).isError());
    Result<QList<AuditEntry>> rows = log.query();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);

    QVERIFY(exec(fx.db(), fx.isSqlite() ? QStringLiteral("PRAGMA query_only = OFF")
                                        : QStringLiteral("SET default_transaction_read_only = off")));
    QVERIFY(log.append(first).ok());
    QCOMPARE(log.query().value().size(), 2);
}

void TestDatabase::connectionPerThreadIsRemovedWithTheThread()
{
    QFETCH(QString, backend);
    Fixture fx;
    STORE_SETUP(fx, backend);
    Database *db = fx.db();
    QCOMPARE(db->connectionCount(), 1); // the opening (this) thread's

    QString workerConnection;
    int countInside = 0;
    bool wrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        workerConnection = db->connection().connectionName();
        countInside = db->connectionCount();
        TaskJournal journal(db);
        wrote = journal.addTask(sampleTask(QStringLiteral("from-thread"))).ok();
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY(wrote);
    QCOMPARE(countInside, 2);
    QVERIFY(workerConnection != db->connection().connectionName());
    QVERIFY(!workerConnection.isEmpty());
    QCOMPARE(db->connectionCount(), 1); // removed when the thread finished
    QVERIFY(!QSqlDatabase::contains(workerConnection));
    TaskJournal journal(db);
    QCOMPARE(journal.tasks().value().size(), 1);

    const QString mine = db->connection().connectionName();
    db->close();
    QCOMPARE(db->connectionCount(), 0);
    QVERIFY(!QSqlDatabase::contains(mine));
    CloudError error;
    QVERIFY(!db->connection(&error).isValid());
    QVERIFY(error.userMessage().contains(QLatin1String("not open")));
    QVERIFY(journal.tasks().error().isError());
}

void TestDatabase::passwordIsNeverShown()
{
    if (StoreTest::pgUrl().isEmpty()) {
        if (TestEnv::isCi())
            QFAIL("CI=true but PHOENIX_TEST_PG_URL is not set");
        QSKIP("PHOENIX_TEST_PG_URL is not set");
    }
    QUrl url(StoreTest::pgUrl());
    url.setPassword(QStringLiteral("s3cr3t-pw"));
    const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    Database db;
    const CloudError e = db.open(url.toString() + QStringLiteral("?schema=") + schema);
    QVERIFY2(!e, qPrintable(e.userMessage())); // the test cluster trusts loopback: the password is unused
    QVERIFY(!db.displayUrl().contains(QLatin1String("s3cr3t")));
    QVERIFY(db.displayUrl().startsWith(QLatin1String("postgresql://phoenix@")));
    QVERIFY(!scalar(&db, QStringLiteral("SELECT count(*) FROM schema_version")).isNull());
    db.close();
    QVERIFY(StoreTest::pgAdmin(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(schema)));
}

void TestDatabase::postgresReconnectsAfterALostConnection()
{
    Fixture fx;
    STORE_SETUP(fx, QStringLiteral("postgresql"));
    const QString app = QStringLiteral("phx_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    Database db;
    QVERIFY(!db.open(fx.url() + QStringLiteral("&application_name=") + app));
    AuditLog log(&db);
    AuditEntry e;
    e.action = QStringLiteral("resume");
    QVERIFY(log.append(e).ok());

    // The server drops our connection (a restart, a failover, a network cut...).
    QString error;
    QVERIFY2(StoreTest::pgAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                               " WHERE application_name = '%1'").arg(app), &error),
             qPrintable(error));
    int written = 1;
    Result<qint64> first = log.append(e);
    if (first.ok()) {
        ++written;
    } else {
        const QString text = first.error().userMessage();
        QVERIFY2(text.contains(QLatin1String("Could not write to the audit log.")), qPrintable(text));
    }
    // The next use gets a fresh connection and works.
    Result<qint64> second = log.append(e);
    QVERIFY2(second.ok(), qPrintable(second.error().userMessage()));
    ++written;
    QCOMPARE(log.query().value().size(), written);
    QCOMPARE(db.connectionCount(), 1);
}

void TestDatabase::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = Database::defaultSqlitePath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(QLatin1String("/phoenix.sqlite")));
    QStandardPaths::setTestModeEnabled(false);
}

void TestDatabase::diskFullIsClearAndLosesNothing()
{
    Fixture fx;
    STORE_SETUP(fx, QStringLiteral("sqlite"));
    Database *db = fx.db();
    // A hard page limit makes SQLite report SQLITE_FULL exactly as a full disk does.
    const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));

    AuditLog log(db);
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.detail = QString(3000, QLatin1Char('x'));
    int written = 0;
    CloudError failure;
    for (int i = 0; i < 500 && !failure; ++i) {
        entry.targetName = QStringLiteral("pc-%1").arg(i);
        Result<qint64> r = log.append(entry);
        if (r.ok())
            ++written;
        else
            failure = r.error();
    }
    QVERIFY(failure.isError());
    QVERIFY(written > 0);
    QVERIFY2(failure.userMessage().contains(QLatin1String("disk holding the database is full")),
             qPrintable(failure.userMessage()));
    QVERIFY(failure.userMessage().contains(QLatin1String("nothing saved before was lost")));

    QCOMPARE(log.query({}).value().size(), written);
    QList<AuditEntry> batch{entry, entry, entry};
    QVERIFY(log.append(&batch).isError());
    QCOMPARE(log.query({}).value().size(), written); // all or nothing

    QVERIFY(exec(db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY(log.append(entry).ok());
    QCOMPARE(log.query({}).value().size(), written + 1);
}

void TestDatabase::garbageFileIsMovedAsideAndRebuilt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("phoenix.sqlite"));
    QByteArray garbage(16384, '\0');
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Database db;
    const CloudError e = db.open(QStringLiteral("sqlite:") + file);
    QVERIFY2(!e, qPrintable(e.userMessage()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    const QStringList aside = corruptFilesIn(dir.path());
    QCOMPARE(aside.size(), 1);
    QFile moved(dir.filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // kept as it was

    const RecoveryReport report = db.recoveryReport();
    QVERIFY(report.happened);
    QCOMPARE(report.damagedPath, moved.fileName());
    QCOMPARE(report.totalSaved(), 0);
    QVERIFY(report.anythingLost());
    const QString notice = db.recoveryNotice();
    QVERIFY(notice.contains(QDir::toNativeSeparators(moved.fileName())));
    QVERIFY2(notice.contains(QLatin1String("could not be read")), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("Nothing could be read from it")), qPrintable(notice));

    // The rebuilt database works, and opening it again is quiet.
    TaskJournal journal(&db);
    QVERIFY(journal.addTask(sampleTask(QStringLiteral("after"))).ok());
    db.close();
    Database again;
    QVERIFY(!again.open(QStringLiteral("sqlite:") + file));
    QVERIFY(again.recoveryNotice().isEmpty());
    QCOMPARE(corruptFilesIn(dir.path()).size(), 1);
    QCOMPARE(TaskJournal(&again).tasks().value().size(), 1);
}

void TestDatabase::salvagesReadableJournalRows()
{
    Fixture fx;
    STORE_SETUP(fx, QStringLiteral("sqlite"));
    Database *db = fx.db();
    TaskJournal journal(db);
    AuditLog log(db);
    InventoryCache cache(db);

    Result<QString> batch = journal.createBatch(QStringLiteral("resume"), QStringLiteral("Resume class 3"),
                                                QStringLiteral("admin"));
    QVERIFY(batch.ok());
    QList<TaskRecord> tasks;
    for (int i = 0; i < 40; ++i) {
        TaskRecord t = sampleTask(QStringLiteral("pc-%1").arg(i, 2, 10, QLatin1Char('0')));
        t.batchId = batch.value();
        tasks << t;
    }
    QVERIFY(!journal.addTasks(&tasks));
    for (const TaskRecord &t : std::as_const(tasks)) {
        StageResult r;
        r.taskId = t.id;
        r.stage = QStringLiteral("resume");
        r.ok = true;
        QVERIFY(journal.appendStageResult(r).ok());
    }
    QList<AuditEntry> entries;
    for (int i = 0; i < 300; ++i) {
        AuditEntry a;
        a.action = QStringLiteral("resume");
        a.targetName = QStringLiteral("pc-%1").arg(i);
        a.detail = QStringLiteral("审计 %1 ").arg(i) + QString(400, QLatin1Char('d'));
        entries << a;
    }
    QVERIFY(!log.append(&entries));
    QList<Server> servers;
    for (int i = 0; i < 200; ++i) {
        Server s;
        s.id = QStringLiteral("server-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = QString(200, QLatin1Char('n'));
        servers << s;
    }
    QVERIFY(!cache.replaceServers(QStringLiteral("cloud|p"), servers, QDateTime::currentDateTimeUtc()));
    fx.closeDatabase(); // checkpoints the WAL into the file

    // Find the pages to damage: the root of the cached servers (whole table unreadable) and one
    // leaf in the middle of the audit log (some entries lost, the rest readable).
    int pageSize = 0;
    qint64 serversRoot = 0;
    QList<qint64> auditLeaves;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-pages"));
        raw.setDatabaseName(fx.sqliteFile());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'servers'")) && q.next());
            serversRoot = q.value(0).toLongLong();
            QVERIFY2(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf'"
                                           " ORDER BY pageno")),
                     qPrintable(q.lastError().text()));
            while (q.next())
                auditLeaves << q.value(0).toLongLong();
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-pages"));
    }
    QVERIFY(auditLeaves.size() > 10);
    QVERIFY(!QFile::exists(fx.sqliteFile() + QStringLiteral("-wal")) || QFileInfo(fx.sqliteFile() + QStringLiteral("-wal")).size() == 0);
    QVERIFY(damagePages(fx.sqliteFile(), {serversRoot, auditLeaves.at(auditLeaves.size() / 2)}, pageSize));

    CloudError error;
    std::unique_ptr<Database> rebuilt = fx.reopen(&error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const RecoveryReport report = rebuilt->recoveryReport();
    QVERIFY(report.happened);
    QCOMPARE(corruptFilesIn(fx.dirPath()).size(), 1);

    QCOMPARE(report.table(QStringLiteral("tasks")).saved, 40);
    QCOMPARE(report.table(QStringLiteral("tasks")).lost, 0);
    QVERIFY(!report.table(QStringLiteral("tasks")).incomplete);
    QCOMPARE(report.table(QStringLiteral("stage_results")).saved, 40);
    QCOMPARE(report.table(QStringLiteral("batches")).saved, 1);
    const RecoveryReport::Table audit = report.table(QStringLiteral("audit_log"));
    QVERIFY(audit.incomplete);
    QVERIFY2(audit.saved > 250 && audit.saved < 300, qPrintable(QString::number(audit.saved)));
    QVERIFY(audit.lost != 0);

    const QString notice = rebuilt->recoveryNotice();
    QVERIFY2(notice.contains(QLatin1String("tasks: 40")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("audit log entries: %1").arg(audit.saved)), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("Could not be recovered")), qPrintable(notice));

    // The rows are really in the new database, the rows behind the damaged page included.
    TaskJournal j(rebuilt.get());
    const QList<TaskRecord> saved = j.tasks().value();
    QCOMPARE(saved.size(), 40);
    QCOMPARE(saved.first().batchId, batch.value());
    QCOMPARE(j.stageResults(saved.first().id).value().size(), 1);
    QCOMPARE(j.batch(batch.value()).value()->total, 40);
    AuditFilter all;
    all.limit = 0;
    const QList<AuditEntry> kept = AuditLog(rebuilt.get()).query(all).value();
    QCOMPARE(kept.size(), audit.saved);
    QCOMPARE(kept.first().targetName, QStringLiteral("pc-299")); // newest first: the last row survived
    QVERIFY(kept.first().detail.startsWith(QStringLiteral("审计 299")));
    // The cache is not salvaged: it is fetched again.
    QVERIFY(!InventoryCache(rebuilt.get()).servers(QStringLiteral("cloud|p")).value().wasFetched());
    // New audit ids continue after the salvaged ones.
    AuditEntry later;
    later.action = QStringLiteral("x");
    Result<qint64> next = AuditLog(rebuilt.get()).append(later);
    QVERIFY(next.ok());
    QVERIFY(next.value() > 300);
}


// Issue 12: the school timetable (schema 4) survives a damaged SQLite file like the journal does:
// every timetable table is copied into the rebuilt database.
void TestDatabase::salvagesTheTimetable()
{
    Fixture fx;
    STORE_SETUP(fx, QStringLiteral("sqlite"));
    Database *db = fx.db();
    const QStringList rows = {
        QStringLiteral("INSERT INTO courses (id, code, name, teacher, created_at, updated_at, scope, grace_minutes)"
                       " VALUES ('c1', 'PY101', 'Python 入门', 'zhang.wei', 1, 1, 's', 7)"),
        QStringLiteral("INSERT INTO course_members (course_id, user_name, role, seat) VALUES ('c1', 'li.lei', 'student', '1')"),
        QStringLiteral("INSERT INTO lessons (id, course_id, starts_at, ends_at, recurrence, until_date)"
                       " VALUES ('l1', 'c1', 1000, 2000, 'weekly', '2027-01-25')"),
        QStringLiteral("INSERT INTO lesson_changes (lesson_id, occurrence_start, ends_at, extra_desktops) VALUES ('l1', 1000, 2600, 2)"),
        QStringLiteral("INSERT INTO classrooms (scope, name, seats) VALUES ('s', 'A101', 40)"),
        QStringLiteral("INSERT INTO periods (scope, name, starts, ends) VALUES ('s', '1', '08:00', '08:45')"),
        QStringLiteral("INSERT INTO school_terms (scope, name, starts_on, ends_on) VALUES ('s', 'autumn', '2026-09-01', '2027-01-31')"),
        QStringLiteral("INSERT INTO holidays (scope, starts_on, ends_on, name) VALUES ('s', '2027-01-01', '2027-01-03', '元旦')"),
        QStringLiteral("INSERT INTO makeup_days (scope, day, as_weekday, name) VALUES ('s', '2027-01-09', 1, NULL)"),
        QStringLiteral("INSERT INTO scheduler_tasks (task_id, scope, course, kind, why, submitted_at) VALUES ('t1', 's', 'PY101', 'create', 'prepare', 5)"),
    };
    for (const QString &sql : rows) {
        QString error;
        QVERIFY2(exec(db, sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }
    // Enough cached servers for their table to have a root page of its own to damage.
    InventoryCache cache(db);
    QList<Server> servers;
    for (int i = 0; i < 200; ++i) {
        Server s;
        s.id = QStringLiteral("server-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = QString(200, QLatin1Char('n'));
        servers << s;
    }
    QVERIFY(!cache.replaceServers(QStringLiteral("cloud|p"), servers, QDateTime::currentDateTimeUtc()));
    fx.closeDatabase();
    int pageSize = 0;
    qint64 serversRoot = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-pages-4"));
        raw.setDatabaseName(fx.sqliteFile());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'servers'")) && q.next());
            serversRoot = q.value(0).toLongLong();
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-pages-4"));
    }
    QVERIFY(damagePages(fx.sqliteFile(), {serversRoot}, pageSize));

    CloudError error;
    std::unique_ptr<Database> rebuilt = fx.reopen(&error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const RecoveryReport report = rebuilt->recoveryReport();
    QVERIFY(report.happened);
    for (const QString &table : {QStringLiteral("courses"), QStringLiteral("course_members"), QStringLiteral("lessons"),
                                 QStringLiteral("lesson_changes"), QStringLiteral("classrooms"), QStringLiteral("periods"),
                                 QStringLiteral("school_terms"), QStringLiteral("holidays"), QStringLiteral("makeup_days"),
                                 QStringLiteral("scheduler_tasks")}) {
        QVERIFY2(report.table(table).saved == 1, qPrintable(table));
        QCOMPARE(report.table(table).lost, 0);
        QSqlQuery q(rebuilt->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
    }
    QSqlQuery q(rebuilt->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ends_at, extra_desktops FROM lesson_changes")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 2600);
    QCOMPARE(q.value(1).toInt(), 2);
    QVERIFY2(rebuilt->recoveryNotice().contains(QLatin1String("holidays: 1")), qPrintable(rebuilt->recoveryNotice()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
