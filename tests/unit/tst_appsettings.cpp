#include "models/settings/appsettings.h"
#include "models/settings/privatefiles.h"
#include "models/settings/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndBounds();
    void persists();
    void translationsAreCompiledIn();
    void databasePasswordNeverReachesTheFile();
    void settingsFileIsPrivate();
    void defaultSettingsFolderIsPrivate();
    void runtimeFolderIsPrivateAndNotInTmp();
};

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

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

// Issue 9: the URL was saved as typed, password included.
void TestAppSettings::databasePasswordNeverReachesTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    {
        AppSettings s(file);
        s.setDatabaseUrl(QStringLiteral("postgresql://phoenix:Sup3r%2Fsecret@db.school.example:5433/phoenix?schema=lab"));
        QCOMPARE(s.databaseUrl(), QStringLiteral("postgresql://phoenix@db.school.example:5433/phoenix?schema=lab"));
        s.raw().sync();
    }
    const QByteArray bytes = readAll(file);
    QVERIFY2(bytes.contains("db.school.example"), bytes.constData()); // the URL itself was saved
    QVERIFY2(!bytes.contains("Sup3r"), bytes.constData());
    QCOMPARE(AppSettings::withoutPassword(QStringLiteral("postgresql://u:p@h/d")), QStringLiteral("postgresql://u@h/d"));
    QCOMPARE(AppSettings::withoutPassword(QStringLiteral("sqlite:/x/y.sqlite")), QStringLiteral("sqlite:/x/y.sqlite"));
}

void TestAppSettings::settingsFileIsPrivate()
{
    QTemporaryDir dir;
    // a folder that does not exist yet: created 0700, the file 0600 (whatever the umask)
    const QString folder = dir.filePath(QStringLiteral("new/conf"));
    const QString file = folder + QStringLiteral("/p.ini");
    {
        AppSettings s(file);
        s.setLanguage(QStringLiteral("en"));
        s.raw().sync();
    }
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(modeOf(file), Mode600);
    QCOMPARE(modeOf(folder), Mode700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), Mode700);
    // still 0600 after QSettings rewrote it (QSaveFile keeps the mode)
    {
        AppSettings s(file);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.raw().sync();
    }
    QCOMPARE(modeOf(file), Mode600);

    // a file an older Phoenix left world-readable is tightened when opened
    const QString old = dir.filePath(QStringLiteral("old.ini"));
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ui]\nlanguage=en\n");
    }
    QVERIFY(QFile::setPermissions(old, Mode600 | QFile::ReadGroup | QFile::ReadOther));
    AppSettings s(old);
    QCOMPARE(s.language(), QStringLiteral("en"));
    QCOMPARE(modeOf(old), Mode600);
}

void TestAppSettings::defaultSettingsFolderIsPrivate()
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setApplicationName(QStringLiteral("phoenix"));
    AppSettings s;
    s.setLanguage(QStringLiteral("en"));
    s.raw().sync();
    const QString file = s.raw().fileName();
    QVERIFY2(file.startsWith(home.path()), qPrintable(file));
    QCOMPARE(modeOf(file), Mode600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), Mode700);
    qunsetenv("XDG_CONFIG_HOME");
}

void TestAppSettings::runtimeFolderIsPrivateAndNotInTmp()
{
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), Mode700));
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    const QString folder = PrivateFiles::runtimeFolder();
    QCOMPARE(folder, runtime.path() + QStringLiteral("/phoenix"));
    QCOMPARE(modeOf(folder), Mode700);

    // a runtime folder others can enter is not used: the per-user data folder instead
    QVERIFY(QFile::setPermissions(runtime.path(), Mode700 | QFile::ReadOther | QFile::ExeOther));
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const QString fallback = PrivateFiles::runtimeFolder();
    QVERIFY2(fallback.startsWith(data.path()), qPrintable(fallback));
    QCOMPARE(modeOf(fallback), Mode700);
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("XDG_DATA_HOME");
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
