// Issue 9, "Files and secrets", the store's part: the SQLite database and its WAL/SHM are created
// 0600 in a 0700 folder; a PostgreSQL server on another computer is reached over TLS with a
// verified certificate unless the URL says otherwise (the test cluster on 127.0.0.1 has no TLS:
// loopback keeps libpq's "prefer", see Database::defaultSslMode), and a server that refuses TLS
// gets a plain sentence.
#include "fakepostgres.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "storetestutil.h"

#include <QFileInfo>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace
{
QFile::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
           | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}
constexpr QFile::Permissions Mode600 = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions Mode700 = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// An IPv4 address of this computer that is not loopback (the fake server listens there).
QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    }
    return {};
}

const char TlsRefused[] = "does not accept encrypted (TLS) connections";
} // namespace

class TestDatabaseSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sqliteFilesArePrivate();
    void olderWideFilesAreTightened();
    void defaultSslMode_data();
    void defaultSslMode();
    void remoteServerWithoutTlsIsRefusedClearly();
    void loopbackKeepsPrefer();
    void explicitVerifyFullOnTheTestClusterSaysWhy();

private:
    mode_t m_umask = 0;
};

void TestDatabaseSecurity::initTestCase()
{
    m_umask = ::umask(022); // the usual desktop umask: without care, files would be 0644
}

void TestDatabaseSecurity::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestDatabaseSecurity::sqliteFilesArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/phoenix"));
    const QString path = folder + QStringLiteral("/phoenix.sqlite");
    Database db;
    const CloudError error = db.open(QStringLiteral("sqlite:") + path);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    AuditLog log(&db);
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.targetName = QStringLiteral("pc-01");
    QVERIFY(log.append(e).ok()); // the WAL now has content
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(modeOf(path), Mode600);
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), Mode600);
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), Mode600);
    QCOMPARE(modeOf(folder), Mode700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("data"))), Mode700);
    db.close();
}

void TestDatabaseSecurity::olderWideFilesAreTightened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phoenix.sqlite"));
    {
        Database db;
        QVERIFY(!db.open(QStringLiteral("sqlite:") + path));
        AuditLog log(&db);
        QVERIFY(log.append(AuditEntry{}).ok());
        db.close();
    }
    // as an older Phoenix left them (umask 022)
    const QFile::Permissions wide = Mode600 | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, wide));
    Database db;
    QVERIFY(!db.open(QStringLiteral("sqlite:") + path));
    QCOMPARE(modeOf(path), Mode600);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), Mode600);
}

void TestDatabaseSecurity::defaultSslMode_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::newRow("campus server") << QStringLiteral("db.school.example") << QStringLiteral("verify-full");
    QTest::newRow("LAN address") << QStringLiteral("10.1.2.3") << QStringLiteral("verify-full");
    QTest::newRow("IPv6 address") << QStringLiteral("2001:db8::5") << QStringLiteral("verify-full");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QString();
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QString();
    QTest::newRow("127.0.1.1") << QStringLiteral("127.0.1.1") << QString();
    QTest::newRow("::1") << QStringLiteral("::1") << QString();
    QTest::newRow("unix socket") << QStringLiteral("/var/run/postgresql") << QString();
}

void TestDatabaseSecurity::defaultSslMode()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    QCOMPARE(Database::defaultSslMode(host), mode);
}

// A server on another computer that has no TLS: Phoenix does not fall back to clear text (before
// issue 9 libpq's "prefer" sent the start-up message and the password in clear).
void TestDatabaseSecurity::remoteServerWithoutTlsIsRefusedClearly()
{
    const QHostAddress address = nonLoopbackAddress();
    if (address.isNull())
        QSKIP("this computer has no non-loopback IPv4 address to put the fake server on");
    FakePostgres server(address);
    QVERIFY(server.isListening());
    Database db;
    db.setPassword(QStringLiteral("must-not-cross-in-clear"));
    const CloudError error = db.open(QStringLiteral("postgresql://alice@%1:%2/phoenix").arg(address.toString()).arg(server.port()));
    QVERIFY(error.isError());
    const FakePostgres::Seen seen = server.seen();
    QVERIFY(seen.connected);
    QVERIFY(seen.sslRequested);
    QVERIFY2(!seen.startupInClear, "the client went on without TLS");
    QVERIFY(seen.password.isEmpty());
    QVERIFY2(error.userMessage().contains(QLatin1String(TlsRefused)), qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QLatin1String("sslmode=prefer")), qPrintable(error.userMessage())); // says what to do
}

// The documented exception: on the computer itself, libpq's "prefer" (TLS if offered).
void TestDatabaseSecurity::loopbackKeepsPrefer()
{
    FakePostgres server(QHostAddress::LocalHost);
    QVERIFY(server.isListening());
    Database db;
    const CloudError error = db.open(QStringLiteral("postgresql://alice@127.0.0.1:%1/phoenix").arg(server.port()));
    QVERIFY(error.isError()); // the fake lets nobody in
    const FakePostgres::Seen seen = server.seen();
    QVERIFY(seen.sslRequested);
    QVERIFY(seen.startupInClear);
    QCOMPARE(seen.user, QStringLiteral("alice"));
}

// The test cluster (tests/setup/postgres.sh) has no TLS: asking for verify-full explicitly ends in
// the plain sentence, not libpq's raw text.
void TestDatabaseSecurity::explicitVerifyFullOnTheTestClusterSaysWhy()
{
    const QString url = StoreTest::pgUrl();
    if (url.isEmpty()) {
        if (TestEnv::isCi())
            QFAIL("CI=true but PHOENIX_TEST_PG_URL is not set (tests/setup/postgres.sh start)");
        QSKIP("PHOENIX_TEST_PG_URL not set (eval \"$(tests/setup/postgres.sh start)\")");
    }
    Database db;
    const CloudError error = db.open(url + (url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                                     + QStringLiteral("sslmode=verify-full"));
    QVERIFY(error.isError());
    QVERIFY2(error.userMessage().contains(QLatin1String(TlsRefused)), qPrintable(error.userMessage()));
    // and the same cluster without the option opens (loopback: prefer), in a schema of its own
    const QString schema = QStringLiteral("sec_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    Database plain;
    const CloudError ok = plain.open(url + (url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                                     + QStringLiteral("schema=") + schema);
    plain.close();
    QVERIFY(StoreTest::pgAdmin(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema)));
    QVERIFY2(!ok, qPrintable(ok.userMessage()));
}

QTEST_GUILESS_MAIN(TestDatabaseSecurity)
#include "tst_databasesecurity.moc"
