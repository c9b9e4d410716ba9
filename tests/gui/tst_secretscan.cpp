// Issue 9, "Files and secrets": after a full session — sign in to the (demo) cloud with a password
// that is remembered, set a PostgreSQL database password in the settings dialog, create a desktop
// through the journaled engine, export the desktop table and the audit log — no file Phoenix wrote
// (settings, the SQLite database with its WAL/SHM, logs with HTTP debug logging on, exports) holds
// the cloud password, the database password or the token. The scan proves it looked at real
// content: each kind of file must hold what the session put there (the desktop's name, the
// connection, the HTTP trace). Against the real gnome-keyring of tests/setup/run-tests.sh.
#include "cloud/demo/democloud.h"
#include "cloud/demo/demostate.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/tableexport.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "models/session/databasesecret.h"
#include "models/settings/appsettings.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/store/inventorycache.h"
#include "testenv.h"
#include "ui/settingsdialog.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace
{
QMutex g_logMutex;
QFile *g_log = nullptr;

// Every message of the process goes to the log file, as a file logger would write it.
void toLogFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    if (g_log) {
        g_log->write(qFormatLogMessage(type, context, message).toUtf8() + '\n');
        g_log->flush();
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSessionLeavesNoSecretInAnyFile();

private:
    std::optional<SecretResult> runJob(const std::function<void(QObject *, SecretCallback)> &start);
};

std::optional<SecretResult> TestSecretScan::runJob(const std::function<void(QObject *, SecretCallback)> &start)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}

void TestSecretScan::fullSessionLeavesNoSecretInAnyFile()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString config = root.filePath(QStringLiteral("config"));
    const QString data = root.filePath(QStringLiteral("data"));
    const QString logs = root.filePath(QStringLiteral("logs"));
    const QString exports = root.filePath(QStringLiteral("exports"));
    for (const QString &d : {config, data, logs, exports})
        QVERIFY(QDir().mkpath(d));

    // Logs: everything, HTTP trace included (QT_LOGGING_RULES in tests/gui/CMakeLists.txt turns
    // phoenix.*.debug on for this test), into a file.
    QFile logFile(logs + QStringLiteral("/phoenix.log"));
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    {
        QMutexLocker lock(&g_logMutex);
        g_log = &logFile;
    }
    const QtMessageHandler previous = qInstallMessageHandler(toLogFile);
    auto restoreLog = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QMutexLocker lock(&g_logMutex);
        g_log = nullptr;
    });

    SecretStore secrets(QStringLiteral("phoenix-test"));
    secrets.setTimeout(10000);
    secrets.setBackendRetryDelay(200);
    {
        const QString probe = QStringLiteral("phoenix-test/probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto r = runJob([&](QObject *ctx, SecretCallback cb) { secrets.write(probe, QStringLiteral("x"), ctx, cb); });
        if (!r || !r->ok()) {
            const QString why = r ? r->detail : QStringLiteral("no answer");
            if (TestEnv::isCi())
                QFAIL(qPrintable(QStringLiteral("CI=true but no keyring is available: ") + why));
            QSKIP(qPrintable(QStringLiteral("no keyring (run tests/setup/run-tests.sh): ") + why));
        }
        runJob([&](QObject *ctx, SecretCallback cb) { secrets.remove(probe, ctx, cb); });
    }
    {
        QLoggingCategory http("phoenix.cloud.http"); // the rules apply to every category of that name
        QVERIFY2(http.isDebugEnabled(), "the HTTP trace must be on for this test");
    }

    // The secrets of this session: unique, so that any hit is a leak.
    const QString cloudPassword = QStringLiteral("CloudPw-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString dbPassword = QStringLiteral("DbPw-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString dbUser = QStringLiteral("scan") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString desktopName = QStringLiteral("scan-") + QUuid::createUuid().toString(QUuid::Id128).left(8);

    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    for (DemoUser &u : demo.state()->users) {
        if (u.name == QLatin1String(DemoCloud::AdminUser))
            u.password = cloudPassword;
    }
    QVERIFY(demo.start() != 0);

    AppSettings settings(config + QStringLiteral("/phoenix.ini"));
    Database database;
    std::optional<CloudError> opened;
    DatabaseSecret::open(&database, QStringLiteral("sqlite:") + data + QStringLiteral("/phoenix.sqlite"), &secrets, this,
                         [&opened](const CloudError &e, const QString &) { opened = e; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY2(!*opened, qPrintable(opened->userMessage()));
    InventoryCache cache(&database);
    AuditLog audit(&database);

    QSet<QByteArray> tokens;
    ConnectionManager connections(settings.raw(), &secrets, [&](const CloudConfig &c, QObject *parent) {
        auto journal = std::make_unique<StoreJournal>(&database, Inventory::scopeFor(c), c.projectName);
        auto *connection = new CloudConnection(c, &cache, std::move(journal), parent);
        connection->catalog()->setAuditLog(&audit);
        return connection;
    });

    // 1. Sign in with a password, "remember password" on.
    CloudConfig cloud = demo.cloudConfig();
    cloud.password = cloudPassword;
    SavedConnection saved;
    saved.name = QStringLiteral("scan-connection");
    saved.config = cloud;
    saved.rememberSecret = true;
    QSignalSpy secretSaved(&connections, &ConnectionManager::secretSaved);
    connections.open(saved, cloud, /*remember=*/true);
    CloudConnection *connection = connections.current();
    QVERIFY(connection);
    if (connection->state() != CloudConnection::State::Ready) {
        QSignalSpy ready(connection, &CloudConnection::ready);
        QVERIFY(ready.wait(20000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(secretSaved.size(), 1, 20000);
    auto cleanupKeyring = qScopeGuard([&] {
        runJob([&](QObject *ctx, SecretCallback cb) { secrets.remove(SecretStore::keyFor(cloud), ctx, cb); });
        runJob([&](QObject *ctx, SecretCallback cb) {
            secrets.remove(DatabaseSecret::keyFor(QStringLiteral("postgresql://%1@db.school.example/phoenix").arg(dbUser)), ctx, cb);
        });
    });
    tokens << connection->session()->auth().token;

    // 2. A PostgreSQL database with its password, typed into the settings dialog (inside the URL).
    {
        SettingsDialog dialog(settings);
        dialog.setSecretStore(&secrets);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))
            ->setText(QStringLiteral("postgresql://%1:%2@db.school.example/phoenix").arg(dbUser, dbPassword));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
    }

    // 3. Create a desktop through the journaled engine.
    DemoState *st = demo.state();
    TaskSpec spec;
    spec.kind = TaskKind::Create;
    spec.serverName = desktopName;
    for (const DemoImage &i : std::as_const(st->images)) {
        if (i.status == QLatin1String("active")) {
            spec.create.imageId = i.id;
            break;
        }
    }
    spec.create.flavorId = st->flavors.first().id;
    for (const DemoNetwork &n : std::as_const(st->networks)) {
        if (!n.external) {
            spec.create.networkId = n.id;
            break;
        }
    }
    spec.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
    EngineSettings fast;
    fast.waitPollMs = 100;
    fast.waitTimeoutSeconds = 60;
    fast.detectTimeoutSeconds = 1;
    fast.detectIntervalSeconds = 1;
    fast.detectConnectTimeoutMs = 200;
    connection->setEngineSettings(fast);
    connection->inventory()->setPollIntervals(1, 2);
    QSignalSpy finished(connection->engine(), &TaskEngine::batchFinished);
    const QString batch = connection->engine()->submitBatch(QStringLiteral("scan"), TaskKind::Create, {spec});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const QList<TaskSnapshot> tasks = connection->engine()->tasksOfBatch(batch);
    QCOMPARE(tasks.size(), 1);
    QVERIFY2(tasks.first().state == TaskState::Done, qPrintable(tasks.first().error));
    tokens << connection->session()->auth().token;

    // 4. Export the desktop table (as the window does) and the audit log.
    auto listed = [&] {
        const QList<Server> servers = connection->inventory()->servers();
        return std::any_of(servers.cbegin(), servers.cend(), [&](const Server &s) { return s.name == desktopName; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 20000);
    DesktopTableModel model;
    model.setServers(connection->inventory()->servers());
    QCOMPARE(TableExport::writeFile(exports + QStringLiteral("/desktops.csv"), TableExport::toCsv(&model)), QString());
    {
        QSaveFile file(exports + QStringLiteral("/audit.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        AuditFilter all;
        all.limit = 0;
        const Result<int> rows = TableExport::writeAuditLog(audit, &file, all);
        QVERIFY(rows.ok());
        QVERIFY(rows.value() >= 1);
        QVERIFY(file.commit());
    }
    tokens << connection->session()->auth().token;
    tokens.remove(QByteArray());
    QVERIFY(!tokens.isEmpty());

    // 5. Scan every file, while the database is open (WAL) and after everything closed.
    struct Needle
    {
        QString what;
        QByteArray bytes;
    };
    QList<Needle> needles;
    for (const auto &[what, secret] : {std::pair{QStringLiteral("cloud password"), cloudPassword},
                                       std::pair{QStringLiteral("database password"), dbPassword}}) {
        needles << Needle{what, secret.toUtf8()} << Needle{what + QStringLiteral(" (base64)"), secret.toUtf8().toBase64()};
        needles << Needle{what + QStringLiteral(" (UTF-16)"),
                          QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    }
    for (const QByteArray &t : std::as_const(tokens))
        needles << Needle{QStringLiteral("token"), t};

    auto scan = [&](const QString &when) {
        QStringList hits;
        int files = 0;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = path == logFile.fileName() ? (logFile.flush(), fileBytes(path)) : fileBytes(path);
            ++files;
            for (const Needle &n : std::as_const(needles)) {
                if (bytes.contains(n.bytes))
                    hits << QStringLiteral("%1: %2 (%3)").arg(QDir(root.path()).relativeFilePath(path), n.what, when);
            }
        }
        return std::pair{hits, files};
    };

    const auto [openHits, openFiles] = scan(QStringLiteral("database open"));
    // The files hold what the session wrote: a scan of empty files would prove nothing.
    const QByteArray log = fileBytes(logFile.fileName());
    QVERIFY2(log.contains("phoenix.cloud.http") && log.contains("/auth/tokens"), "no HTTP trace in the log");
    QVERIFY(log.contains(desktopName.toUtf8()));
    const QByteArray ini = fileBytes(config + QStringLiteral("/phoenix.ini"));
    QVERIFY2(ini.contains("scan-connection") && ini.contains(dbUser.toUtf8()), ini.constData());
    QVERIFY(fileBytes(exports + QStringLiteral("/desktops.csv")).contains(desktopName.toUtf8()));
    QVERIFY(fileBytes(exports + QStringLiteral("/audit.csv")).contains(desktopName.toUtf8()));
    const QByteArray db = fileBytes(data + QStringLiteral("/phoenix.sqlite")) + fileBytes(data + QStringLiteral("/phoenix.sqlite-wal"));
    QVERIFY2(db.contains(desktopName.toUtf8()), "the desktop is not in the database files");
    QVERIFY(openFiles >= 6);

    connections.close();
    settings.raw().sync();
    database.close();
    const auto [closedHits, closedFiles] = scan(QStringLiteral("closed"));
    QVERIFY(closedFiles >= 5);
    const QStringList hits = openHits + closedHits;
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
