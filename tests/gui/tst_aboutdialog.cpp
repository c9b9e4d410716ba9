// Issue 17: the About dialog names the versions of Phoenix and Qt and, with a cloud open, each
// service's API version and the Nova microversion in use — asked without blocking the window.
#include "demowindow.h"

#include "cloud/cloudsession.h"
#include "cloud/serviceversions.h"
#include "ui/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION)); }
    void describe_data();
    void describe();
    void withoutACloud();
    void withTheDemoCloud();
};

void TestAboutDialog::describe_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");
    // As the test bed's services answer (Zed): Nova's versioned endpoint, Keystone's /v3 and its
    // root, Glance's list (300), Neutron's list.
    QTest::newRow("nova") << QByteArray(R"({"version": {"id": "v2.1", "status": "CURRENT", "version": "2.93", "min_version": "2.1"}})")
                          << QStringLiteral("v2.1 (microversions 2.1 to 2.93)");
    QTest::newRow("keystone v3") << QByteArray(R"({"version": {"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z"}})")
                                 << QStringLiteral("v3.14");
    QTest::newRow("keystone root") << QByteArray(R"({"versions": {"values": [{"id": "v3.14", "status": "stable"}]}})")
                                   << QStringLiteral("v3.14");
    QTest::newRow("glance") << QByteArray(R"({"versions": [{"id": "v2.16", "status": "CURRENT"}, {"id": "v2.15", "status": "SUPPORTED"},
                                                            {"id": "v2.9", "status": "SUPPORTED"}]})")
                            << QStringLiteral("v2.16");
    QTest::newRow("highest without a current") << QByteArray(R"({"versions": [{"id": "v2.9", "status": "SUPPORTED"}, {"id": "v2.10", "status": "SUPPORTED"}]})")
                                               << QStringLiteral("v2.10");
    QTest::newRow("neutron") << QByteArray(R"({"versions": [{"id": "v2.0", "status": "CURRENT", "links": []}]})") << QStringLiteral("v2.0");
    QTest::newRow("no version") << QByteArray(R"({"error": "nope"})") << QString();
    QTest::newRow("not json") << QByteArray("<html>") << QString();
}

void TestAboutDialog::describe()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    QCOMPARE(ServiceVersions::describe(document), expected);
}

void TestAboutDialog::withoutACloud()
{
    AboutDialog dialog(nullptr);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("phoenixVersion"))->text(), QStringLiteral(PHOENIX_VERSION));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qtVersion"))->text(), QString::fromLatin1(qVersion()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("version-compute")));
    QVERIFY(dialog.text().contains(QLatin1String("Not connected")));
}

void TestAboutDialog::withTheDemoCloud()
{
    DemoWindow w;
    QVERIFY(w.open());
    AboutDialog dialog(w.connection(), w.window.get());
    dialog.show();
    // The answers arrive while the event loop runs: the dialog never waited for them.
    auto *compute = dialog.findChild<QLabel *>(QStringLiteral("version-compute"));
    QVERIFY(compute);
    QTRY_COMPARE_WITH_TIMEOUT(compute->text(), QStringLiteral("v2.1 (microversions 2.1 to 2.93)"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("version-identity"))->text(), QStringLiteral("v3.14"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("version-image"))->text(), QStringLiteral("v2.9"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("version-network"))->text(), QStringLiteral("v2.0"), 10000);
    // the listing has run, so the session negotiated: the dialog shows the session's choice
    QVERIFY(w.connection()->session()->computeMicroversion() > 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("microversion"))->text(),
             QStringLiteral("2.%1").arg(w.connection()->session()->computeMicroversion()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("Compute (Nova): v2.1 (microversions 2.1 to 2.93)")), qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("Phoenix: " PHOENIX_VERSION)), qPrintable(copied));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
