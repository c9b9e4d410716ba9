// Issue 12: `phoenix --demo` puts the demo school's timetable (courses, rosters, lessons, the first
// one minutes away) into the Phoenix database, and the window's scheduler is visibly at work: it
// prepares that lesson's desktops through the task engine, journaled as any batch.
// The real executable, offscreen, on a database of its own; read back with plain SQL.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace
{
int count(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql) || !q.next())
        return -1; // not there yet (the schema is being made)
    return q.value(0).toInt();
}
} // namespace

class TestPhoenixDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoSeedsTheTimetableAndTheSchedulerPreparesTheFirstLesson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("phoenix.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // no user's settings
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess phoenix;
        phoenix.setProcessEnvironment(env);
        phoenix.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        phoenix.start(QStringLiteral(PHOENIX_PATH), {QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("20"),
                                                     QStringLiteral("--db"), QStringLiteral("sqlite:") + file,
                                                     QStringLiteral("--quit-after"), QStringLiteral("120000")});
        QVERIFY(phoenix.waitForStarted(10000));
        auto stop = qScopeGuard([&phoenix] {
            phoenix.terminate();
            if (!phoenix.waitForFinished(10000))
                phoenix.kill();
        });

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(file);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file) && (db.isOpen() || db.open()), 30000);
        // The school: three courses with their rosters, and lessons.
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM courses")), 3, 30000);
        QVERIFY(count(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM course_members")) >= 60);
        QVERIFY(count(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM lessons")) > 0);
        // The scheduler at work: the first lesson's preparation, as journaled batches of the engine.
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("reader"),
                                       QStringLiteral("SELECT COUNT(*) FROM scheduler_tasks WHERE why = 'prepare'")) > 10,
                                 60000);
        QVERIFY(count(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM batches WHERE title LIKE 'scheduler:%'")) > 0);
        // ... and every task it recorded is one of the journal's.
        // (the engine journals a batch on a worker thread, so the two rows may come in either order)
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM scheduler_tasks s"
                                                                                 " WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = s.task_id)")),
                                  0, 20000);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QCOMPARE(phoenix.state(), QProcess::Running); // it did all that while up, not on the way out
    }
};

QTEST_GUILESS_MAIN(TestPhoenixDemo)
#include "tst_phoenixdemo.moc"
