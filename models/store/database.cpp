#include "models/store/database.h"

#include "models/store/schemamigration.h"
#include "models/store/sqliterecovery.h"
#include "models/store/storeutil.h"
#include "models/settings/privatefiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStore, "phoenix.models.store")

namespace
{
constexpr int SqliteBusyTimeoutMs = 15000;
QAtomicInteger<int> g_instanceSerial = 0;

QString sqliteDriver()
{
    return QStringLiteral("QSQLITE");
}

QString postgresDriver()
{
    return QStringLiteral("QPSQL");
}

bool isValidSchemaName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}
} // namespace

// ---------------------------------------------------------------------------------------------
// RecoveryReport

RecoveryReport::Table RecoveryReport::table(const QString &name) const
{
    for (const Table &t : tables) {
        if (t.name == name)
            return t;
    }
    return {};
}

int RecoveryReport::totalSaved() const
{
    int n = 0;
    for (const Table &t : tables)
        n += t.saved;
    return n;
}

bool RecoveryReport::anythingLost() const
{
    for (const Table &t : tables) {
        if (t.lost != 0 || t.incomplete)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Connection bookkeeping

struct Database::ThreadConnection
{
    struct Cached
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    QString name;
    QThread *thread = nullptr;
    QMetaObject::Connection finishedHook;
    QHash<QString, Cached *> statements;

    ~ThreadConnection()
    {
        qDeleteAll(statements); // the queries go before the connection they run on
    }
};

// What every thread needs to open its connection, and the connections made so far. Shared with
// the QThread::finished hooks, which may run after the Database object is gone.
struct Database::Shared
{
    mutable QMutex mutex;
    bool open = false;
    Backend backend = Backend::None;
    QString prefix; // connection names: "<prefix>-<thread>"
    // SQLite
    QString path;
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString databaseName;
    QString password; // memory only
    QString schema;
    QString options;  // libpq key=value pairs, ';'-separated (QPSQL setConnectOptions)
    QHash<QThread *, ThreadConnection *> connections;

    // Removes one thread's connection; runs in that thread (QThread::finished) or from close().
    void release(QThread *thread)
    {
        ThreadConnection *tc = nullptr;
        {
            QMutexLocker lock(&mutex);
            tc = connections.take(thread);
        }
        destroy(tc);
    }

    static void destroy(ThreadConnection *tc)
    {
        if (!tc)
            return;
        QObject::disconnect(tc->finishedHook);
        const QString name = tc->name;
        const bool ownThread = tc->thread == QThread::currentThread();
        delete tc;
        if (ownThread) { // QSqlDatabase::database() refuses other threads' connections
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name); // closes it in any case
    }
};

Database::Database(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->prefix = QStringLiteral("phoenix-store-%1").arg(++g_instanceSerial);
}

Database::~Database()
{
    close();
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/phoenix.sqlite");
}

QString Database::defaultSslMode(const QString &hostIn)
{
    const QString host = hostIn.trimmed().toLower();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return {}; // a Unix socket: never leaves the computer
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return {};
    const QHostAddress address(host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host);
    if (!address.isNull() && address.isLoopback())
        return {};
    return QStringLiteral("verify-full");
}

int Database::latestSchemaVersion()
{
    return SchemaMigration::latestVersion();
}

void Database::setPassword(const QString &password)
{
    m_password = password;
}

bool Database::isOpen() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->open;
}

Database::Backend Database::backend() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->backend;
}

QString Database::displayUrl() const
{
    QMutexLocker lock(&m_shared->mutex);
    switch (m_shared->backend) {
    case Backend::None:
        return {};
    case Backend::SQLite:
        return QStringLiteral("sqlite:") + m_shared->path;
    case Backend::PostgreSQL: {
        QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                          .arg(m_shared->user, m_shared->host)
                          .arg(m_shared->port)
                          .arg(m_shared->databaseName);
        if (!m_shared->schema.isEmpty())
            url += QStringLiteral("?schema=") + m_shared->schema;
        return url;
    }
    }
    return {};
}

QString Database::sqlitePath() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->backend == Backend::SQLite ? m_shared->path : QString();
}

QString Database::postgresSchema() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->schema;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

int Database::migrationsApplied() const
{
    return m_migrationsApplied;
}

QString Database::recoveryNotice() const
{
    return m_recovery.happened ? SqliteRecovery::notice(m_recovery) : QString();
}

RecoveryReport Database::recoveryReport() const
{
    return m_recovery;
}

int Database::connectionCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->connections.size());
}

void Database::close()
{
    QList<ThreadConnection *> all;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->open = false;
        all = m_shared->connections.values();
        m_shared->connections.clear();
        m_shared->password.clear();
    }
    for (ThreadConnection *tc : all)
        Shared::destroy(tc);
    m_schemaVersion = 0;
}

QSqlDatabase Database::connection(CloudError *error) const
{
    ThreadConnection *tc = threadConnection(error);
    return tc ? QSqlDatabase::database(tc->name, false) : QSqlDatabase();
}

Database::ThreadConnection *Database::threadConnection(CloudError *error) const
{
    QThread *thread = QThread::currentThread();
    Shared &sh = *m_shared;
    QString name;
    {
        QMutexLocker lock(&sh.mutex);
        if (!sh.open) {
            if (error)
                *error = CloudError::local(tr("The Phoenix database is not open."));
            return nullptr;
        }
        if (ThreadConnection *tc = sh.connections.value(thread))
            return tc;
        name = sh.prefix + QLatin1Char('-') + QString::number(quintptr(thread), 16);
    }

    // Open outside the lock: a PostgreSQL connect takes a round trip or more.
    QSqlDatabase db;
    {
        QMutexLocker lock(&sh.mutex);
        if (sh.backend == Backend::SQLite) {
            db = QSqlDatabase::addDatabase(sqliteDriver(), name);
            db.setDatabaseName(sh.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
        } else {
            db = QSqlDatabase::addDatabase(postgresDriver(), name);
            db.setHostName(sh.host);
            db.setPort(sh.port);
            db.setUserName(sh.user);
            db.setDatabaseName(sh.databaseName);
            if (!sh.password.isEmpty())
                db.setPassword(sh.password);
            db.setConnectOptions(sh.options);
        }
    }
    const Backend backend = this->backend();
    const QString schema = postgresSchema();
    auto failed = [&](const QSqlError &e) -> ThreadConnection * {
        const CloudError err = describeError(e, tr("Could not open the Phoenix database."), backend);
        if (error)
            *error = err;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    };
    if (!db.open())
        return failed(db.lastError());

    QStringList setup;
    if (backend == Backend::SQLite) {
        setup << QStringLiteral("PRAGMA foreign_keys = ON") << QStringLiteral("PRAGMA synchronous = NORMAL");
    } else {
        setup << QStringLiteral("SET client_min_messages TO warning"); // no NOTICEs on stderr
        if (!schema.isEmpty())
            setup << QStringLiteral("SET search_path TO \"%1\"").arg(schema);
    }
    for (const QString &sql : std::as_const(setup)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QSqlError e = q.lastError();
            q = QSqlQuery();
            db.close();
            return failed(e);
        }
    }

    auto *tc = new ThreadConnection;
    tc->name = name;
    tc->thread = thread;
    std::weak_ptr<Shared> weak = m_shared;
    // Runs in the finishing thread itself (direct), before its thread data goes away.
    tc->finishedHook = connect(
        thread, &QThread::finished, thread,
        [weak, thread] {
            if (auto shared = weak.lock())
                shared->release(thread);
        },
        Qt::DirectConnection);
    {
        QMutexLocker lock(&sh.mutex);
        if (!sh.open) { // closed while we were connecting
            lock.unlock();
            Shared::destroy(tc);
            if (error)
                *error = CloudError::local(tr("The Phoenix database is not open."));
            return nullptr;
        }
        sh.connections.insert(thread, tc);
    }
    qCDebug(lcStore) << "opened connection" << name;
    return tc;
}

QSqlQuery *Database::acquireQuery(const QString &sql, bool cached, bool **inUse, std::unique_ptr<QSqlQuery> *own,
                                  CloudError *error)
{
    ThreadConnection *tc = threadConnection(error);
    if (!tc)
        return nullptr;
    bool lost = false;
    auto prepare = [&](QSqlQuery *q) {
        q->setForwardOnly(true);
        if (q->prepare(sql))
            return true;
        *error = errorFor(q->lastError(), QString());
        // PostgreSQL prepares on the server: a connection that died shows here first, and must be
        // dropped like after a failed exec, or this thread would never reconnect.
        lost = isConnectionLost(q->lastError());
        qCWarning(lcStore).noquote() << "prepare failed:" << sql.left(160);
        return false;
    };
    ThreadConnection::Cached *entry = cached ? tc->statements.value(sql) : nullptr;
    if (cached && !entry) {
        auto fresh = std::make_unique<ThreadConnection::Cached>();
        fresh->query = std::make_unique<QSqlQuery>(QSqlDatabase::database(tc->name, false));
        if (!prepare(fresh->query.get())) {
            fresh.reset();
            if (lost)
                dropThreadConnection();
            return nullptr;
        }
        entry = fresh.release();
        tc->statements.insert(sql, entry);
    }
    if (!entry || entry->inUse) { // one-off, or nested use of the same SQL in this thread
        *own = std::make_unique<QSqlQuery>(QSqlDatabase::database(tc->name, false));
        if (!prepare(own->get())) {
            own->reset();
            if (lost)
                dropThreadConnection();
            return nullptr;
        }
        return own->get();
    }
    entry->inUse = true;
    *inUse = &entry->inUse;
    return entry->query.get();
}

void Database::dropThreadConnection()
{
    qCWarning(lcStore) << "dropping this thread's database connection after a connection failure";
    m_shared->release(QThread::currentThread());
}

CloudError Database::open(const QString &urlText)
{
    close();
    m_recovery = RecoveryReport();
    m_migrationsApplied = 0;
    const QString url = urlText.trimmed();
    if (url.isEmpty() || url == QLatin1String("sqlite:"))
        return openSqlite(defaultSqlitePath());
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = QUrl(url).toLocalFile();
        return openSqlite(path);
    }
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://")))
        return openPostgres(url);
    return CloudError::config(tr("The database address \"%1\" is not understood. Use sqlite:FILE or "
                                 "postgresql://user@host:port/database.")
                                  .arg(QUrl(url).toDisplayString(QUrl::RemovePassword)));
}

CloudError Database::openSqlite(const QString &pathIn)
{
    const QString path = QDir::cleanPath(QFileInfo(pathIn).absoluteFilePath());
    const QFileInfo info(path);
    if (info.isDir())
        return CloudError::local(tr("The Phoenix database path %1 is a folder, not a file.").arg(path));
    // The database holds the audit log and the inventory: only its owner may read it (issue 9).
    // The folder is created 0700 (the default folder is Phoenix's own and is tightened too), the
    // file 0600 before SQLite opens it; SQLite gives -wal and -shm the database file's mode.
    const bool ownFolder = info.absolutePath() == QFileInfo(defaultSqlitePath()).absolutePath();
    if (!PrivateFiles::makeFolder(info.absolutePath(), ownFolder)) {
        return CloudError::local(tr("Cannot create the folder %1 for the Phoenix database. Check that the "
                                    "disk is writable and that you have permission.")
                                     .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        PrivateFiles::tightenIfExists(path + QLatin1String(suffix)); // left by an older Phoenix

    // Is the file sound? Only damage (not "locked" or "disk full") leads to a rebuild.
    QString damage;
    const SqliteRecovery::Health health = SqliteRecovery::checkFile(path, &damage);
    if (health == SqliteRecovery::Health::Failed) {
        return describeError(QSqlError(damage, damage, QSqlError::ConnectionError),
                             tr("Could not open the Phoenix database."), Backend::SQLite);
    }
    if (health == SqliteRecovery::Health::Sound)
        damage.clear();
    if (!damage.isEmpty()) {
        qCWarning(lcStore).noquote() << "SQLite database" << path << "is damaged:" << damage;
        Result<QString> moved = SqliteRecovery::moveAside(path);
        if (!moved)
            return moved.error();
        m_recovery.happened = true;
        m_recovery.reason = damage;
        m_recovery.damagedPath = moved.value();
    }
    QString createError;
    if (!PrivateFiles::makeFile(path, &createError)) {
        return CloudError::local(tr("Cannot create the Phoenix database %1 (%2). Check that the disk is "
                                    "writable and that you have permission.")
                                     .arg(QDir::toNativeSeparators(path), createError));
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->backend = Backend::SQLite;
        m_shared->path = path;
        m_shared->open = true;
    }
    if (const CloudError e = startAndMigrate()) {
        close();
        return e;
    }
    if (m_recovery.happened) {
        CloudError error;
        QSqlDatabase db = connection(&error);
        SqliteRecovery::salvage(m_recovery.damagedPath, db, &m_recovery);
        qCWarning(lcStore).noquote() << "rebuilt the database;" << SqliteRecovery::notice(m_recovery);
    }
    return {};
}

CloudError Database::openPostgres(const QString &urlText)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return CloudError::config(tr("The database address \"%1\" is not a valid postgresql:// URL.")
                                      .arg(QUrl(urlText).toDisplayString(QUrl::RemovePassword)));
    }
    const QString databaseName = url.path().mid(1);
    if (databaseName.isEmpty() || databaseName.contains(QLatin1Char('/')))
        return CloudError::config(tr("The database address must name a database: postgresql://user@host/database."));

    QString schema;
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QLatin1String("schema")) {
            if (!isValidSchemaName(value))
                return CloudError::config(tr("The schema name \"%1\" is not valid (lowercase letters, digits "
                                             "and _ only).").arg(value));
            schema = value;
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
                   || key == QLatin1String("application_name") || key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
                return CloudError::config(tr("The database option %1 has an invalid value.").arg(key));
            options << key + QLatin1Char('=') + value;
        } else {
            return CloudError::config(tr("The database option \"%1\" is not supported.").arg(key));
        }
    }
    // TLS with a verified certificate by default when the server is another computer (issue 9);
    // see defaultSslMode(). An explicit ?sslmode= always wins.
    if (!query.hasQueryItem(QStringLiteral("sslmode"))) {
        const QString mode = defaultSslMode(url.host());
        if (!mode.isEmpty())
            options << QStringLiteral("sslmode=") + mode;
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=phoenix");

    QString password = m_password;
    if (!url.password().isEmpty()) {
        qCWarning(lcStore) << "the database URL contains a password; it is used for this session only"
                              " and should be removed from the settings";
        if (password.isEmpty())
            password = url.password(QUrl::FullyDecoded);
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->backend = Backend::PostgreSQL;
        m_shared->path.clear();
        m_shared->host = url.host();
        m_shared->port = url.port(5432);
        m_shared->user = url.userName(QUrl::FullyDecoded);
        m_shared->databaseName = databaseName;
        m_shared->password = password; // empty: libpq uses PGPASSWORD / ~/.pgpass
        m_shared->schema = schema;
        m_shared->options = options.join(QLatin1Char(';'));
        m_shared->open = true;
    }
    if (!schema.isEmpty()) {
        // The schema must exist before a connection can use it: create it over a one-off
        // connection without search_path.
        const QString name = m_shared->prefix + QStringLiteral("-schema");
        CloudError error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(postgresDriver(), name);
            db.setHostName(m_shared->host);
            db.setPort(m_shared->port);
            db.setUserName(m_shared->user);
            db.setDatabaseName(databaseName);
            if (!password.isEmpty())
                db.setPassword(password);
            db.setConnectOptions(m_shared->options);
            if (!db.open()) {
                error = describeError(db.lastError(), tr("Could not open the Phoenix database."), Backend::PostgreSQL);
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages TO warning"));
                if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(schema)))
                    error = describeError(q.lastError(), tr("Could not open the Phoenix database."),
                                          Backend::PostgreSQL);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (error) {
            close();
            return error;
        }
    }
    if (const CloudError e = startAndMigrate()) {
        close();
        return e;
    }
    return {};
}

CloudError Database::startAndMigrate()
{
    CloudError error;
    QSqlDatabase db = connection(&error);
    if (!db.isValid())
        return error;
    const bool sqlite = backend() == Backend::SQLite;
    if (sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return describeError(q.lastError(), tr("Could not open the Phoenix database."), Backend::SQLite);
        if (q.next() && q.value(0).toString() != QLatin1String("wal"))
            qCWarning(lcStore) << "SQLite refused WAL mode, using" << q.value(0).toString();
    }
    Result<int> migrated = SchemaMigration::migrate(
        db, sqlite ? SchemaMigration::Dialect::SQLite : SchemaMigration::Dialect::PostgreSQL);
    if (!migrated)
        return migrated.error();
    m_migrationsApplied = migrated.value();
    m_schemaVersion = SchemaMigration::latestVersion();
    qCInfo(lcStore).noquote() << "database open:" << displayUrl() << "schema" << m_schemaVersion
                              << "migrations applied" << m_migrationsApplied;
    return {};
}

bool Database::isConnectionLost(const QSqlError &error) const
{
    if (backend() != Backend::PostgreSQL || error.type() == QSqlError::NoError)
        return false;
    const QString code = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || code.isEmpty() || code.startsWith(QLatin1String("08"))
        || code.startsWith(QLatin1String("57P"));
}

CloudError Database::errorFor(const QSqlError &error, const QString &what) const
{
    return describeError(error, what, backend());
}

QString Database::tlsProblem(const QString &libpqText)
{
    const QString text = libpqText.trimmed();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("server does not support ssl"))) {
        return tr("The database server does not accept encrypted (TLS) connections, and Phoenix requires TLS "
                  "with a verified certificate for a database on another computer, so that passwords and "
                  "the journal do not cross the network in clear. Turn on SSL on the server (ssl = on in "
                  "postgresql.conf) — or, only on a network you trust, add ?sslmode=prefer to the database "
                  "address.");
    }
    if (lower.contains(QLatin1String("root certificate file")) || lower.contains(QLatin1String("sslrootcert"))) {
        return tr("Phoenix checks the database server's certificate (sslmode=verify-full), but no CA "
                  "certificate to check it against was found (%1). Put the CA certificate that signed the "
                  "server's certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.pem to "
                  "the database address.")
            .arg(text);
    }
    if (lower.contains(QLatin1String("certificate verify failed")) || lower.contains(QLatin1String("does not match host name"))
        || lower.contains(QLatin1String("server certificate for"))) {
        return tr("The database server's certificate could not be verified (%1). Check that the address "
                  "uses the server's name as written in its certificate and that the right CA certificate "
                  "is configured (~/.postgresql/root.crt or ?sslrootcert=).")
            .arg(text);
    }
    return {};
}

CloudError Database::describeError(const QSqlError &error, const QString &what, Backend backend)
{
    const QString native = error.nativeErrorCode();
    const QString raw = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcStore).noquote() << what << "| SQL error" << native << ":" << error.text();

    QString cause;
    if (backend == Backend::SQLite) {
        bool ok = false;
        const int code = native.toInt(&ok) & 0xff; // primary result code
        const QString lower = raw.toLower();
        if ((ok && code == 13) || lower.contains(QLatin1String("disk is full"))) {
            cause = tr("The disk holding the database is full. Free some space and try again; nothing "
                       "saved before was lost.");
        } else if ((ok && (code == 8 || code == 3)) || lower.contains(QLatin1String("readonly"))
                   || lower.contains(QLatin1String("read-only"))) {
            cause = tr("The database file is read-only or you lack permission to write it. Nothing saved "
                       "before was lost.");
        } else if ((ok && (code == 5 || code == 6)) || lower.contains(QLatin1String("locked"))) {
            cause = tr("The database is busy: another program is holding it. Try again in a moment.");
        } else if ((ok && (code == 11 || code == 26)) || lower.contains(QLatin1String("malformed"))
                   || lower.contains(QLatin1String("not a database"))) {
            cause = tr("The database file is damaged. Restart Phoenix to repair it.");
        } else if ((ok && code == 14) || lower.contains(QLatin1String("unable to open"))) {
            cause = tr("The database file cannot be opened (%1). Check the path and your permissions.").arg(raw);
        } else if (ok && code == 10) {
            cause = tr("The disk reported an input/output error (%1).").arg(raw);
        }
    } else if (backend == Backend::PostgreSQL) {
        if (native == QLatin1String("53100")) {
            cause = tr("The database server's disk is full. Nothing saved before was lost.");
        } else if (native == QLatin1String("25006") || native.startsWith(QLatin1String("42501"))) {
            cause = tr("The database server refuses to write (read-only, or your database account lacks "
                       "permission). Nothing saved before was lost.");
        } else if (const QString tls = tlsProblem(raw); !tls.isEmpty()) {
            cause = tls;
        } else if (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P"))
                   || (native.isEmpty() && error.type() == QSqlError::ConnectionError)) {
            cause = tr("Cannot reach the database server (%1).").arg(raw.trimmed());
        } else if (native.startsWith(QLatin1String("28"))) {
            cause = tr("The database server did not accept the user name or password (%1).").arg(raw.trimmed());
        } else if (native == QLatin1String("3D000")) {
            cause = tr("The database does not exist on the server (%1).").arg(raw.trimmed());
        } else if (native == QLatin1String("53300")) {
            cause = tr("The database server has too many connections. Try again later.");
        }
    }
    if (cause.isEmpty())
        cause = tr("The database reported: %1").arg(raw.trimmed().isEmpty() ? tr("unknown error") : raw.trimmed());
    return CloudError::local(what.isEmpty() ? cause : what + QLatin1Char(' ') + cause);
}
