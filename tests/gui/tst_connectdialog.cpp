#include "ui/bannerwidget.h"
#include "ui/connectdialog.h"
#include "demowindow.h"
#include "testenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUuid>

// The connect dialog against the in-process demo cloud, with "remember password" going to the
// real keyring (gnome-keyring under tests/setup/run-tests.sh).
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordKeepsTheDialogOpen();
    void rememberThenReopenFromTheKeyring();
    void missingSecretAsksWithAnExplanation();
    void osCloudOpensACloudsYamlEntry();

private:
    static ConnectDialog *fill(DemoWindow &d, const QString &name, const QString &password, bool remember);
    bool m_keyring = false;
    QString m_noKeyring;
};

void TestConnectDialog::initTestCase()
{
    SecretStore probe(QStringLiteral("phoenix-test"));
    probe.setTimeout(10000);
    std::optional<SecretResult> r;
    QObject ctx;
    probe.write(QStringLiteral("phoenix-test/probe"), QStringLiteral("x"), &ctx, [&r](const SecretResult &s) { r = s; });
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
    m_keyring = r->ok();
    m_noKeyring = r->detail;
}

ConnectDialog *TestConnectDialog::fill(DemoWindow &d, const QString &name, const QString &password, bool remember)
{
    d.window->openConnectDialog();
    ConnectDialog *dialog = d.window->connectDialog();
    dialog->setPage(ConnectDialog::Password);
    dialog->findChild<QLineEdit *>(QStringLiteral("authUrl"))->setText(d.demo.authUrl());
    dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("labadmin"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    dialog->findChild<QLineEdit *>(QStringLiteral("project"))->setText(QStringLiteral("school"));
    dialog->findChild<QLineEdit *>(QStringLiteral("connectionName"))->setText(name);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"))->setChecked(remember);
    return dialog;
}

void TestConnectDialog::wrongPasswordKeepsTheDialogOpen()
{
    DemoWindow d;
    d.window->show();
    ConnectDialog *dialog = fill(d, QStringLiteral("wrong"), QStringLiteral("not-the-password"), false);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->message().isEmpty() && !dialog->message().startsWith(QStringLiteral("Signing in")), 20000);
    QVERIFY(dialog->isVisible()); // still there, with the reason, for another try
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(d.connections.store().all().isEmpty()); // nothing saved for a failed sign-in

    // a missing field is caught before anything is sent
    dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->clear();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->message().contains(QStringLiteral("username")));
}

void TestConnectDialog::rememberThenReopenFromTheKeyring()
{
    if (!m_keyring) {
        if (TestEnv::isCi())
            QFAIL(qPrintable(QStringLiteral("CI=true but no keyring: ") + m_noKeyring));
        QSKIP(qPrintable(QStringLiteral("no keyring (run tests/setup/run-tests.sh): ") + m_noKeyring));
    }
    DemoWindow d;
    d.window->show();
    const QString name = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    ConnectDialog *dialog = fill(d, name, QString::fromLatin1(DemoCloud::Password), true);
    QSignalSpy saved(&d.connections, &ConnectionManager::secretSaved);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.window->connectDialog() || !d.window->connectDialog()->isVisible(), 20000);
    QVERIFY(d.connection());
    QCOMPARE(d.connection()->state(), CloudConnection::State::Ready);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);

    // saved without the secret, the secret in the keyring
    const auto stored = d.connections.store().find(name);
    QVERIFY(stored.has_value());
    QVERIFY(stored->rememberSecret);
    QVERIFY(stored->config.password.isEmpty());
    QCOMPARE(d.connections.store().last(), name);
    std::optional<SecretResult> secret;
    QObject ctx;
    d.secrets.read(SecretStore::keyFor(stored->config), &ctx, [&secret](const SecretResult &r) { secret = r; });
    QTRY_VERIFY_WITH_TIMEOUT(secret.has_value(), 20000);
    QCOMPARE(secret->secret, QString::fromLatin1(DemoCloud::Password));

    // close and reopen by name: the password comes from the keyring, no dialog
    d.connections.close();
    QTRY_VERIFY(!d.connection());
    d.connections.openSaved(name);
    QTRY_VERIFY_WITH_TIMEOUT(d.connection() && d.connection()->state() == CloudConnection::State::Ready, 20000);
    QVERIFY(!d.window->connectDialog() || !d.window->connectDialog()->isVisible());

    // forgetting it deletes the secret too (the delete job answers asynchronously)
    d.connections.forget(name);
    QVERIFY(!d.connections.store().find(name));
    auto status = [&d, key = SecretStore::keyFor(stored->config)] {
        std::optional<SecretResult> again;
        QObject context;
        d.secrets.read(key, &context, [&again](const SecretResult &r) { again = r; });
        return QTest::qWaitFor([&again] { return again.has_value(); }, 10000) ? again->status : SecretResult::Status::Timeout;
    };
    QTRY_COMPARE_WITH_TIMEOUT(status(), SecretResult::Status::NotFound, 20000);
}

void TestConnectDialog::missingSecretAsksWithAnExplanation()
{
    DemoWindow d;
    d.window->show();
    SavedConnection saved;
    saved.name = QStringLiteral("no-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    saved.config = d.demo.cloudConfig();
    saved.config.password.clear();
    saved.rememberSecret = true; // said so, but nothing (or no keyring) is there
    d.connections.store().save(saved);
    d.connections.openSaved(saved.name);
    // the keyring answers "not found" (or "no keyring"): the dialog opens, prefilled, and says why
    QTRY_VERIFY_WITH_TIMEOUT(d.window->connectDialog() && d.window->connectDialog()->isVisible(), 30000);
    ConnectDialog *dialog = d.window->connectDialog();
    QVERIFY(!dialog->message().isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->text(), QStringLiteral("labadmin"));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("retryKeyring"))->isVisible());
    QVERIFY(!d.connection()); // nothing opened without a password

    // typing the password connects
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QString::fromLatin1(DemoCloud::Password));
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"))->setChecked(false);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(d.connection() && d.connection()->state() == CloudConnection::State::Ready, 20000);
}

void TestConnectDialog::osCloudOpensACloudsYamlEntry()
{
    DemoWindow d;
    d.window->show();
    QTemporaryDir dir;
    QFile yaml(dir.filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(d.demo.cloudsYaml());
    yaml.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), yaml.fileName());
    CloudConfigLoader loader(env);
    loader.setSearchDirectories({});
    d.connections.setLoader(loader);
    // what `phoenix --os-cloud phoenix-demo` does
    d.connections.openCloud(QStringLiteral("phoenix-demo"));
    QTRY_VERIFY_WITH_TIMEOUT(d.connection() && d.connection()->state() == CloudConnection::State::Ready, 20000);
    QCOMPARE(d.connections.store().last(), QStringLiteral("phoenix-demo"));
    QVERIFY(d.connections.store().find(QStringLiteral("phoenix-demo"))->fromCloudsYaml());
    // a clouds.yaml entry is a real connection (not the built-in demo), shown by its name
    QVERIFY(!d.connection()->isDemo());
    QCOMPARE(d.connection()->name(), QStringLiteral("phoenix-demo"));
    QTRY_COMPARE_WITH_TIMEOUT(d.window->connectionLabel()->text(), QStringLiteral("phoenix-demo"), 20000);
    // the connect dialog lists the file's entries
    d.window->openConnectDialog();
    auto *clouds = d.window->connectDialog()->findChild<QComboBox *>(QStringLiteral("cloudName"));
    QVERIFY(clouds->findText(QStringLiteral("phoenix-demo")) >= 0);
    QVERIFY(clouds->findText(QStringLiteral("phoenix-demo-appcred")) >= 0);
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
