// Issue 11: `phoenix --help` and `--version` on a machine without a display aborted with Qt's
// "could not connect to display"; they are answered before any GUI object exists.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestPhoenixHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
};

void TestPhoenixHelp::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--os-cloud");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--demo");
    QTest::newRow("version") << QStringLiteral("--version") << QStringLiteral("phoenix ");
}

void TestPhoenixHelp::answersWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(key));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath()); // no user's settings
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PHOENIX_PATH), {option});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(expected), qPrintable(out + err));
    QVERIFY2(!err.contains(QStringLiteral("display")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPhoenixHelp)
#include "tst_phoenixhelp.moc"
