#pragma once

// A fresh Phoenix database per test function, on SQLite (a file in a temporary directory) or on
// PostgreSQL (a schema of its own in the database of PHOENIX_TEST_PG_URL, dropped afterwards).
// tests/setup/postgres.sh start prints the URL; without it the PostgreSQL rows skip locally and
// fail under CI=true.

#include "models/store/database.h"
#include "testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace StoreTest
{
inline QString pgUrl()
{
    return qEnvironmentVariable("PHOENIX_TEST_PG_URL");
}

// Rows "sqlite" and "postgresql" of a column "backend" (for _data() or initTestCase_data()).
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Runs one SQL statement on a private connection to the PostgreSQL test database.
inline bool pgAdmin(const QString &sql, QString *error = nullptr)
{
    const QUrl url(pgUrl());
    const QString name = QStringLiteral("store-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO warning")); // no "drop cascades to" notices
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

class Fixture
{
public:
    enum class Status {
        Ready,
        Unavailable, // skip locally, fail in CI
        Failed       // always a failure
    };

    ~Fixture() { tearDown(); }

    Status setUp(const QString &backend, QString *why)
    {
        m_backend = backend;
        if (backend == QLatin1String("sqlite")) {
            if (!m_dir.isValid()) {
                *why = QStringLiteral("no temporary directory");
                return Status::Failed;
            }
            m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("phoenix.sqlite"));
        } else {
            const QString base = pgUrl();
            if (base.isEmpty()) {
                *why = QStringLiteral("PHOENIX_TEST_PG_URL is not set (eval \"$(tests/setup/postgres.sh start)\")");
                return Status::Unavailable;
            }
            m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
            m_url = base + QStringLiteral("?schema=") + m_schema;
        }
        m_db = std::make_unique<Database>();
        const CloudError e = m_db->open(m_url);
        if (e) {
            *why = QStringLiteral("open(%1) failed: %2").arg(m_url, e.userMessage());
            return Status::Failed;
        }
        return Status::Ready;
    }

    void tearDown()
    {
        m_db.reset();
        if (!m_schema.isEmpty()) {
            QString error;
            if (!pgAdmin(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_schema), &error))
                qWarning("could not drop test schema %s: %s", qPrintable(m_schema), qPrintable(error));
            m_schema.clear();
        }
    }

    Database *db() const { return m_db.get(); }
    QString url() const { return m_url; }
    QString backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == QLatin1String("sqlite"); }
    QString dirPath() const { return m_dir.path(); }
    QString sqliteFile() const { return m_dir.filePath(QStringLiteral("phoenix.sqlite")); }

    // Closes the fixture's database (e.g. to damage or reopen the file).
    void closeDatabase() { m_db.reset(); }
    // Another Database on the same URL.
    std::unique_ptr<Database> reopen(CloudError *error) const
    {
        auto db = std::make_unique<Database>();
        *error = db->open(m_url);
        return db;
    }
    // Makes `db` the fixture's database again.
    void adopt(std::unique_ptr<Database> db) { m_db = std::move(db); }

private:
    QTemporaryDir m_dir;
    QString m_backend;
    QString m_url;
    QString m_schema;
    std::unique_ptr<Database> m_db;
};
} // namespace StoreTest

// Sets up `fixture` for `backend`; a missing PostgreSQL skips locally and fails under CI=true.
#define STORE_SETUP(fixture, backend)                                                                     \
    do {                                                                                                  \
        QString why_;                                                                                     \
        const auto status_ = (fixture).setUp((backend), &why_);                                           \
        if (status_ == StoreTest::Fixture::Status::Unavailable) {                                         \
            if (TestEnv::isCi())                                                                          \
                QFAIL(qPrintable(QStringLiteral("CI=true but PostgreSQL is missing: ") + why_));          \
            QSKIP(qPrintable(why_));                                                                      \
        }                                                                                                 \
        if (status_ == StoreTest::Fixture::Status::Failed)                                                \
            QFAIL(qPrintable(why_));                                                                      \
    } while (false)
