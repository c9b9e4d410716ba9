#include "journalprobe.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

JournalProbe::JournalProbe(QString file)
    : m_file(std::move(file))
    , m_connection(QStringLiteral("journal-probe-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

JournalProbe::~JournalProbe()
{
    release();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool JournalProbe::open() const
{
    if (!QFile::exists(m_file))
        return false;
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (db.isOpen())
        return true;
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db.open();
}

QList<JournalTask> JournalProbe::tasks() const
{
    QList<JournalTask> out;
    if (!open())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, batch_id, kind, state, stage_index, target_id, target_name FROM tasks")))
        return out;
    while (q.next()) {
        out << JournalTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toInt(),    q.value(5).toString(), q.value(6).toString()};
    }
    return out;
}

JournalTask JournalProbe::task(const QString &id) const
{
    for (const JournalTask &t : tasks()) {
        if (t.id == id)
            return t;
    }
    return {};
}

QList<JournalStage> JournalProbe::stages(const QString &taskId) const
{
    QList<JournalStage> out;
    if (!open())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT stage_index, stage, ok, finished_at, detail, error FROM stage_results WHERE task_id = ? ORDER BY id"));
    q.addBindValue(taskId);
    if (!q.exec())
        return out;
    while (q.next()) {
        const bool ok = q.value(2).toInt() != 0;
        out << JournalStage{q.value(0).toInt(), q.value(1).toString(), ok, !q.value(3).isNull(),
                            ok ? q.value(4).toString() : q.value(5).toString()};
    }
    return out;
}

bool JournalProbe::holdWrites(QString *error)
{
    if (m_holding)
        return true;
    if (!open()) {
        *error = QStringLiteral("cannot open ") + m_file;
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    m_holding = true;
    return true;
}

void JournalProbe::release()
{
    if (!m_holding)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("ROLLBACK"));
    m_holding = false;
}

// ---------------------------------------------------------------------------------------------
namespace
{
// A create whose BUILD is journaled as running and whose server the journal does not name: its
// worker is between the "stage started" write and the write of the server id.
QStringList buildsInFlight(const QList<JournalTask> &tasks)
{
    QStringList ids;
    for (const JournalTask &t : tasks) {
        if (t.kind == QLatin1String("create") && t.stageIndex == 0 && t.state == QLatin1String("running") && t.targetId.isEmpty())
            ids << t.id;
    }
    return ids;
}
} // namespace

BuildWindowKill killInBuildWindow(QProcess &process, JournalProbe &journal,
                                  const std::function<QHash<QString, QString>()> &serversByTask, int timeoutMs)
{
    BuildWindowKill result;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (process.state() != QProcess::Running) {
            result.why = QStringLiteral("phoenixctl ended before the window was hit");
            return result;
        }
        // Wait, without holding anything, until some create is in BUILD.
        if (!QTest::qWaitFor([&journal] { return !buildsInFlight(journal.tasks()).isEmpty(); },
                             int(qMax<qint64>(1, deadline.remainingTime())))) {
            continue;
        }
        QString error;
        if (!journal.holdWrites(&error)) {
            result.why = QStringLiteral("cannot hold the journal: ") + error;
            return result;
        }
        // Held: the journal cannot change now. Whatever is in flight stays unrecorded.
        const QStringList inFlight = buildsInFlight(journal.tasks());
        QDeadlineTimer hold(6000); // well inside phoenixctl's 15 s busy timeout
        while (!inFlight.isEmpty() && !hold.hasExpired() && process.state() == QProcess::Running) {
            const QHash<QString, QString> cloud = serversByTask();
            for (const QString &id : inFlight) {
                if (!cloud.contains(id))
                    continue;
                process.kill();
                process.waitForFinished(10000);
                journal.release();
                result.taskId = id;
                result.serverId = cloud.value(id);
                return result;
            }
        }
        journal.release();
        ++result.attempts;
        // Let phoenixctl write what waited before looking again.
        QTest::qWaitFor([&journal, inFlight] { return buildsInFlight(journal.tasks()) != inFlight; }, 2000);
    }
    result.why = QStringLiteral("no create's server was caught before the journal knew it (%1 tries)").arg(result.attempts);
    return result;
}
