#include "models/session/connectionstore.h"
#include "models/session/secretstore.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

// Against the real Secret Service (gnome-keyring) that tests/setup/run-tests.sh starts inside
// dbus-run-session. Without a keyring it skips locally and fails under CI=true.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete();
    void classifiesKeychainErrors_data();
    void classifiesKeychainErrors();
    void callbackNeverOutlivesContext();
    void connectionStoreKeepsNoSecret();

private:
    std::optional<SecretResult> runJob(const std::function<void(QObject *, SecretCallback)> &start);
    SecretStore m_store{QStringLiteral("phoenix-test")};
    QString m_noKeyring; // why no keyring is reachable; empty when one is
};

// The keyring tests skip locally without a keyring and fail under CI=true.
#define REQUIRE_KEYRING()                                                                                  \
    do {                                                                                                   \
        if (!m_noKeyring.isEmpty()) {                                                                      \
            if (TestEnv::isCi())                                                                           \
                QFAIL(qPrintable(QStringLiteral("CI=true but no keyring is available: ") + m_noKeyring)); \
            QSKIP(qPrintable(QStringLiteral("no keyring (run tests/setup/run-tests.sh): ") + m_noKeyring)); \
        }                                                                                                  \
    } while (false)

std::optional<SecretResult> TestSecretStore::runJob(const std::function<void(QObject *, SecretCallback)> &start)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}

void TestSecretStore::initTestCase()
{
    m_store.setTimeout(10000);
    m_store.setBackendRetryDelay(200);
    // Probe: is a keyring reachable at all?
    const QString key = QStringLiteral("phoenix-test/probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.write(key, QStringLiteral("x"), ctx, cb); });
    if (!r || !r->ok()) {
        m_noKeyring = r ? r->detail : QStringLiteral("no answer");
        return;
    }
    runJob([&](QObject *ctx, SecretCallback cb) { m_store.remove(key, ctx, cb); });
}

void TestSecretStore::writeReadDelete()
{
    REQUIRE_KEYRING();
    CloudConfig cfg;
    cfg.authUrl = QStringLiteral("https://keystone.example:5000/v3");
    cfg.username = QStringLiteral("labadmin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    cfg.projectName = QStringLiteral("school");
    const QString key = SecretStore::keyFor(cfg);
    QVERIFY(key.startsWith(QStringLiteral("phoenix/")));
    QVERIFY(key.contains(cfg.username));
    const QString secret = QStringLiteral("s3cr3t-密码-%1").arg(QUuid::createUuid().toString());

    auto r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.write(key, secret, ctx, cb); });
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->message));

    r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.read(key, ctx, cb); });
    QVERIFY2(r->ok(), qPrintable(r->message));
    QCOMPARE(r->secret, secret);

    r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.remove(key, ctx, cb); });
    QVERIFY2(r->ok(), qPrintable(r->message));

    r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.read(key, ctx, cb); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
    QVERIFY(r->secret.isEmpty());
    QVERIFY(!r->retryable());

    // deleting what is not there is not an error
    r = runJob([&](QObject *ctx, SecretCallback cb) { m_store.remove(key, ctx, cb); });
    QVERIFY(r->ok());
}

void TestSecretStore::classifiesKeychainErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("ok") << 0 << "" << int(SecretResult::Status::Ok) << false;
    QTest::newRow("not found") << 1 << "Entry not found" << int(SecretResult::Status::NotFound) << false;
    QTest::newRow("locked collection") << 4 << "Cannot create an item in a locked collection"
                                       << int(SecretResult::Status::Locked) << true;
    QTest::newRow("no backend") << 5 << "No keychain service available" << int(SecretResult::Status::NoKeyring)
                                << true;
    QTest::newRow("no bus") << 7 << "Cannot autolaunch D-Bus without X11 $DISPLAY"
                            << int(SecretResult::Status::NoKeyring) << true;
}

void TestSecretStore::classifiesKeychainErrors()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    const SecretResult r = SecretStore::classify(code, text);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.retryable(), retryable);
    QCOMPARE(r.message.isEmpty(), status == int(SecretResult::Status::Ok));
}

void TestSecretStore::callbackNeverOutlivesContext()
{
    REQUIRE_KEYRING();
    bool called = false;
    {
        QObject context;
        m_store.read(QStringLiteral("phoenix-test/none"), &context, [&called](const SecretResult &) { called = true; });
    } // the context dies before the job answers
    QObject other;
    std::optional<SecretResult> later;
    m_store.read(QStringLiteral("phoenix-test/none"), &other, [&later](const SecretResult &r) { later = r; });
    QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 20000);
    QVERIFY(!called);
}

void TestSecretStore::connectionStoreKeepsNoSecret()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ConnectionStore store(settings);
        SavedConnection c;
        c.config.authUrl = QStringLiteral("https://k.example/v3");
        c.config.username = QStringLiteral("labadmin");
        c.config.password = QStringLiteral("TOPSECRET-PASSWORD");
        c.config.projectName = QStringLiteral("school");
        c.config.applicationCredentialSecret = QStringLiteral("TOPSECRET-APPCRED");
        c.name = ConnectionStore::suggestName(c.config);
        c.rememberSecret = true;
        store.save(c);
        SavedConnection y;
        y.name = QStringLiteral("lab-school");
        y.cloudName = QStringLiteral("lab-school");
        store.save(y);
        store.setLast(y.name);
        QCOMPARE(store.all().size(), 2);
        QCOMPARE(c.name, QStringLiteral("labadmin@school (k.example)"));
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("labadmin"));
    QVERIFY(!text.contains("TOPSECRET"));

    QSettings settings(file, QSettings::IniFormat);
    ConnectionStore store(settings);
    QCOMPARE(store.last(), QStringLiteral("lab-school"));
    const auto manual = store.find(QStringLiteral("labadmin@school (k.example)"));
    QVERIFY(manual.has_value());
    QVERIFY(manual->rememberSecret);
    QCOMPARE(manual->config.authUrl, QStringLiteral("https://k.example/v3"));
    QVERIFY(manual->config.password.isEmpty());
    QVERIFY(store.find(QStringLiteral("lab-school"))->fromCloudsYaml());
    store.remove(QStringLiteral("lab-school"));
    QCOMPARE(store.all().size(), 1);
    QCOMPARE(store.last(), QString());
}

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
