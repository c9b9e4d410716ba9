// Issue 9: "phoenixctl --db postgresql://user:PASSWORD@..." puts the password where every user of
// the computer reads it (ps, /proc/PID/cmdline). phoenixctl says so, and its own messages never
// repeat the password. The database here refuses connections (port 9 on 127.0.0.1): the warning
// must come before the attempt, and the failure must still be a plain sentence.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCtlDbWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordInDbIsWarnedAbout();
    void noWarningWithoutAPassword();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run run(const QString &db);
    QTemporaryDir m_home;
};

TestCtlDbWarning::Run TestCtlDbWarning::run(const QString &db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("OS_CLOUD"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://127.0.0.1:9/identity/v3"));
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("labadmin"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("not-used"));
    env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("school"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PHOENIXCTL_PATH), {QStringLiteral("--db"), db, QStringLiteral("tasks"), QStringLiteral("list")});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

void TestCtlDbWarning::passwordInDbIsWarnedAbout()
{
    const QString password = QStringLiteral("Pw-visible-in-ps-42");
    const Run r = run(QStringLiteral("postgresql://phoenix:%1@127.0.0.1:9/phoenix").arg(password));
    QCOMPARE(r.exitCode, 1); // the database cannot be reached
    QVERIFY2(r.err.contains(QLatin1String("contains a password")) && r.err.contains(QLatin1String("ps")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")), qPrintable(r.err)); // says what to use instead
    QVERIFY2(!r.err.contains(password), qPrintable(r.err));
}

void TestCtlDbWarning::noWarningWithoutAPassword()
{
    const Run r = run(QStringLiteral("postgresql://phoenix@127.0.0.1:9/phoenix"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(QLatin1String("contains a password")), qPrintable(r.err));
    QVERIFY2(!r.err.trimmed().isEmpty(), "the failure must be explained");
}

QTEST_GUILESS_MAIN(TestCtlDbWarning)
#include "tst_ctldbwarning.moc"
