#include "models/settings/appsettings.h"
#include "models/settings/translation.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndBounds();
    void persists();
    void translationsAreCompiledIn();
};

void TestAppSettings::defaultsAndBounds()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("p.ini")));
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.detectPort(), 3389);
    QCOMPARE(s.taskConcurrency(), 8);
    s.setTaskConcurrency(1000);
    QCOMPARE(s.taskConcurrency(), 64);
    s.setFastPollSeconds(0);
    QCOMPARE(s.fastPollSeconds(), 2);
}

void TestAppSettings::persists()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    {
        AppSettings s(file);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setDatabaseUrl(QStringLiteral("postgresql://phoenix@db/phoenix"));
    }
    AppSettings again(file);
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    QCOMPARE(again.databaseUrl(), QStringLiteral("postgresql://phoenix@db/phoenix"));
}

void TestAppSettings::translationsAreCompiledIn()
{
    QCOMPARE(Translation::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    // A string of the cloud library, translated through the embedded .qm
    QCOMPARE(QCoreApplication::translate("CloudError", "The operation was cancelled."),
             QString::fromUtf8("操作已取消。"));
    QCOMPARE(Translation::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("CloudError", "The operation was cancelled."),
             QStringLiteral("The operation was cancelled."));
    QCOMPARE(Translation::resolve(QStringLiteral("xx")), Translation::resolve(QString()));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
