// Issue 9, "Files and secrets": the PostgreSQL password of the Phoenix database lives in the
// keyring only. Before, the settings dialog saved the URL as typed (password included) while its
// note said the password "comes from the keyring", and nothing ever read one from the keyring.
// Against the real Secret Service (gnome-keyring) of tests/setup/run-tests.sh; without a keyring
// it skips locally and fails under CI=true.
#include "fakepostgres.h"
#include "models/session/databasesecret.h"
#include "models/settings/appsettings.h"
#include "models/store/database.h"
#include "testenv.h"
#include "ui/settingsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

class TestDatabaseSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void keyHoldsNoSecret();
    void commandLineWarning();
    void dialogPutsAPasswordInTheUrlIntoTheKeyring();
    void dialogPutsThePasswordFieldIntoTheKeyring();
    void openTakesThePasswordFromTheKeyring();
    void olderSettingsAreMovedToTheKeyring();

private:
    std::optional<SecretResult> runJob(const std::function<void(QObject *, SecretCallback)> &start);
    QString readKeyring(const QString &url);
    static QByteArray fileBytes(const QString &path);

    SecretStore m_secrets{QStringLiteral("phoenix-test")};
    QString m_noKeyring;
    QStringList m_urlsToForget;
};

#define REQUIRE_KEYRING()                                                                                  \
    do {                                                                                                   \
        if (!m_noKeyring.isEmpty()) {                                                                      \
            if (TestEnv::isCi())                                                                           \
                QFAIL(qPrintable(QStringLiteral("CI=true but no keyring is available: ") + m_noKeyring)); \
            QSKIP(qPrintable(QStringLiteral("no keyring (run tests/setup/run-tests.sh): ") + m_noKeyring)); \
        }                                                                                                  \
    } while (false)

std::optional<SecretResult> TestDatabaseSecret::runJob(const std::function<void(QObject *, SecretCallback)> &start)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}

QString TestDatabaseSecret::readKeyring(const QString &url)
{
    const auto r = runJob([&](QObject *ctx, SecretCallback cb) { m_secrets.read(DatabaseSecret::keyFor(url), ctx, cb); });
    return r && r->ok() ? r->secret : QString();
}

QByteArray TestDatabaseSecret::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestDatabaseSecret::initTestCase()
{
    m_secrets.setTimeout(10000);
    m_secrets.setBackendRetryDelay(200);
    const QString key = QStringLiteral("phoenix-test/probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto r = runJob([&](QObject *ctx, SecretCallback cb) { m_secrets.write(key, QStringLiteral("x"), ctx, cb); });
    if (!r || !r->ok()) {
        m_noKeyring = r ? r->detail : QStringLiteral("no answer");
        return;
    }
    runJob([&](QObject *ctx, SecretCallback cb) { m_secrets.remove(key, ctx, cb); });
}

void TestDatabaseSecret::cleanup()
{
    for (const QString &url : std::as_const(m_urlsToForget))
        runJob([&](QObject *ctx, SecretCallback cb) { m_secrets.remove(DatabaseSecret::keyFor(url), ctx, cb); });
    m_urlsToForget.clear();
}

void TestDatabaseSecret::keyHoldsNoSecret()
{
    const QString key = DatabaseSecret::keyFor(QStringLiteral("postgresql://phoenix:pw123@DB.School.example/phoenix?schema=x"));
    QCOMPARE(key, QStringLiteral("phoenix-db/phoenix@db.school.example:5432/phoenix"));
    QCOMPARE(DatabaseSecret::keyFor(QStringLiteral("postgresql://phoenix@db.school.example:5432/phoenix")), key);
    QVERIFY(DatabaseSecret::keyFor(QStringLiteral("sqlite:/tmp/x.sqlite")).isEmpty());
}

void TestDatabaseSecret::commandLineWarning()
{
    QVERIFY(DatabaseSecret::commandLineWarning(QStringLiteral("postgresql://phoenix:pw@db/phoenix")).contains(QLatin1String("ps")));
    QVERIFY(DatabaseSecret::commandLineWarning(QStringLiteral("postgresql://phoenix@db/phoenix")).isEmpty());
    QVERIFY(DatabaseSecret::commandLineWarning(QStringLiteral("sqlite:/x/phoenix.sqlite")).isEmpty());
    QVERIFY(DatabaseSecret::commandLineWarning(QString()).isEmpty());
}

void TestDatabaseSecret::dialogPutsAPasswordInTheUrlIntoTheKeyring()
{
    REQUIRE_KEYRING();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("phoenix.ini"));
    AppSettings settings(file);
    const QString user = QStringLiteral("u") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("Typed-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString plain = QStringLiteral("postgresql://%1@db.school.example/phoenix").arg(user);
    m_urlsToForget << plain;

    SettingsDialog dialog(settings);
    dialog.setSecretStore(&m_secrets);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))
        ->setText(QStringLiteral("postgresql://%1:%2@db.school.example/phoenix").arg(user, password));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);

    QCOMPARE(settings.databaseUrl(), plain);
    settings.raw().sync();
    const QByteArray bytes = fileBytes(file);
    QVERIFY2(bytes.contains(user.toUtf8()), bytes.constData()); // the URL was saved...
    QVERIFY2(!bytes.contains(password.toUtf8()), bytes.constData()); // ...without the password
    QCOMPARE(readKeyring(plain), password);
}

void TestDatabaseSecret::dialogPutsThePasswordFieldIntoTheKeyring()
{
    REQUIRE_KEYRING();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("phoenix.ini"));
    AppSettings settings(file);
    const QString user = QStringLiteral("f") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("Field-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString plain = QStringLiteral("postgresql://%1@db.school.example:5433/phoenix").arg(user);
    m_urlsToForget << plain;

    SettingsDialog dialog(settings);
    dialog.setSecretStore(&m_secrets);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))->setText(plain);
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("databasePassword"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    field->setText(password);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
    settings.raw().sync();
    QVERIFY(!fileBytes(file).contains(password.toUtf8()));
    QCOMPARE(settings.databaseUrl(), plain);
    QCOMPARE(readKeyring(plain), password);

    // Without a keyring the dialog refuses to lose the password silently: it stays open.
    SettingsDialog noKeyring(settings);
    noKeyring.show();
    noKeyring.findChild<QLineEdit *>(QStringLiteral("databasePassword"))->setText(QStringLiteral("x"));
    noKeyring.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(noKeyring.isVisible());
    QVERIFY(noKeyring.findChild<QLabel *>(QStringLiteral("databaseError"))->isVisibleTo(&noKeyring));
}

// The window opens a PostgreSQL database with the password from the keyring: the fake server
// asks for it in clear text and sees exactly what the keyring holds.
void TestDatabaseSecret::openTakesThePasswordFromTheKeyring()
{
    REQUIRE_KEYRING();
    FakePostgres server(QHostAddress::LocalHost);
    QVERIFY(server.isListening());
    const QString user = QStringLiteral("k") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString url = QStringLiteral("postgresql://%1@127.0.0.1:%2/phoenix").arg(user).arg(server.port());
    const QString password = QStringLiteral("Keyring-") + QUuid::createUuid().toString(QUuid::Id128);
    m_urlsToForget << url;
    const auto stored = runJob([&](QObject *ctx, SecretCallback cb) { DatabaseSecret::store(&m_secrets, url, password, ctx, cb); });
    QVERIFY(stored && stored->ok());

    Database database;
    std::optional<CloudError> opened;
    QObject context;
    DatabaseSecret::open(&database, url, &m_secrets, &context,
                         [&opened](const CloudError &error, const QString &) { opened = error; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 30000);
    QVERIFY(opened->isError()); // the fake lets nobody in
    QCOMPARE(server.seen().user, user);
    QCOMPARE(QString::fromUtf8(server.seen().password), password);
}

// A settings file of an older Phoenix with the password in the URL: moved to the keyring.
void TestDatabaseSecret::olderSettingsAreMovedToTheKeyring()
{
    REQUIRE_KEYRING();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("phoenix.ini"));
    const QString user = QStringLiteral("o") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("Old-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString plain = QStringLiteral("postgresql://%1@db.school.example/phoenix").arg(user);
    m_urlsToForget << plain;
    {
        QSettings old(file, QSettings::IniFormat); // as the old setDatabaseUrl wrote it
        old.setValue(QStringLiteral("database/url"), QStringLiteral("postgresql://%1:%2@db.school.example/phoenix").arg(user, password));
    }
    QVERIFY(fileBytes(file).contains(password.toUtf8()));
    AppSettings settings(file);
    std::optional<SecretResult> moved;
    QObject context;
    DatabaseSecret::moveToKeyring(settings, &m_secrets, &context, [&moved](const SecretResult &r) { moved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), 20000);
    QVERIFY2(moved->ok(), qPrintable(moved->message));
    QCOMPARE(settings.databaseUrl(), plain);
    QVERIFY(!fileBytes(file).contains(password.toUtf8()));
    QCOMPARE(readKeyring(plain), password);
}

QTEST_MAIN(TestDatabaseSecret)
#include "tst_databasesecret.moc"
