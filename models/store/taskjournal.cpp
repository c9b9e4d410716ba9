#include "models/store/taskjournal.h"

#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QUuid>

using namespace StoreUtil;

// ---------------------------------------------------------------------------------------------
// taskrecords.h

QString taskStateToString(TaskState state)
{
    return TaskText::stateKey(state);
}

std::optional<TaskState> taskStateFromString(const QString &text)
{
    return TaskText::stateFromKey(text);
}

bool isFinalTaskState(TaskState state)
{
    return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
}

// ---------------------------------------------------------------------------------------------

namespace
{
const char TaskColumns[] = "id, batch_id, scope, kind, target_id, target_name, params, state, stage_index, attempt,"
                           " created_at, updated_at, finished_at, error, request_id, user_name";
constexpr int TaskColumnCount = 16;

const char StageColumns[] = "id, task_id, stage_index, stage, attempt, started_at, finished_at, ok, warning,"
                            " error, request_id, detail";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString quoted(TaskState state)
{
    return QLatin1Char('\'') + taskStateToString(state) + QLatin1Char('\'');
}

QString finalStatesSql()
{
    return quoted(TaskState::Done) + QLatin1Char(',') + quoted(TaskState::Failed) + QLatin1Char(',')
        + quoted(TaskState::Cancelled);
}

QString paramsText(const QJsonObject &params)
{
    return jsonText(params);
}

QDateTime finishedAtFor(const TaskRecord &task, const QDateTime &now)
{
    if (!task.isFinished())
        return {};
    return task.finishedAt.isValid() ? task.finishedAt : now;
}

// Binds the 16 task columns in TaskColumns order, from `first`.
void bindTask(Statement &st, int first, const TaskRecord &t, const QDateTime &now)
{
    st.bind(first + 0, t.id)
        .bind(first + 1, optionalText(t.batchId))
        .bind(first + 2, optionalText(t.scope))
        .bind(first + 3, notNull(t.kind))
        .bind(first + 4, optionalText(t.targetId))
        .bind(first + 5, optionalText(t.targetName))
        .bind(first + 6, paramsText(t.params))
        .bind(first + 7, taskStateToString(t.state))
        .bind(first + 8, t.stageIndex)
        .bind(first + 9, t.attempt)
        .bind(first + 10, timeValue(t.createdAt.isValid() ? t.createdAt : now))
        .bind(first + 11, timeValue(t.updatedAt.isValid() ? t.updatedAt : now))
        .bind(first + 12, timeValue(finishedAtFor(t, now)))
        .bind(first + 13, optionalText(t.error))
        .bind(first + 14, optionalText(t.requestId))
        .bind(first + 15, optionalText(t.user));
}

TaskRecord readTask(const Statement &st)
{
    TaskRecord t;
    t.id = st.value(0).toString();
    t.batchId = st.value(1).toString();
    t.scope = st.value(2).toString();
    t.kind = st.value(3).toString();
    t.targetId = st.value(4).toString();
    t.targetName = st.value(5).toString();
    t.params = jsonObject(st.value(6));
    t.state = taskStateFromString(st.value(7).toString()).value_or(TaskState::Failed);
    t.stageIndex = st.value(8).toInt();
    t.attempt = st.value(9).toInt();
    t.createdAt = timeFrom(st.value(10));
    t.updatedAt = timeFrom(st.value(11));
    t.finishedAt = timeFrom(st.value(12));
    t.error = st.value(13).toString();
    t.requestId = st.value(14).toString();
    t.user = st.value(15).toString();
    return t;
}

StageResult readStage(const Statement &st)
{
    StageResult r;
    r.id = st.value(0).toLongLong();
    r.taskId = st.value(1).toString();
    r.stageIndex = st.value(2).toInt();
    r.stage = st.value(3).toString();
    r.attempt = st.value(4).toInt();
    r.startedAt = timeFrom(st.value(5));
    r.finishedAt = timeFrom(st.value(6));
    r.ok = st.value(7).toInt() != 0;
    r.warning = st.value(8).toInt() != 0;
    r.error = st.value(9).toString();
    r.requestId = st.value(10).toString();
    r.detail = st.value(11).toString();
    return r;
}

QString batchSelect()
{
    return QStringLiteral("SELECT b.id, b.kind, b.title, b.created_at, b.created_by, b.scope, COUNT(t.id),"
                          " SUM(CASE WHEN t.state = %1 THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN t.state = %2 THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN t.state = %3 THEN 1 ELSE 0 END)"
                          " FROM batches b LEFT JOIN tasks t ON t.batch_id = b.id")
        .arg(quoted(TaskState::Done), quoted(TaskState::Failed), quoted(TaskState::Cancelled));
}

QString batchGroup()
{
    return QStringLiteral(" GROUP BY b.id, b.kind, b.title, b.created_at, b.created_by, b.scope");
}

BatchRecord readBatch(const Statement &st)
{
    BatchRecord b;
    b.id = st.value(0).toString();
    b.kind = st.value(1).toString();
    b.title = st.value(2).toString();
    b.createdAt = timeFrom(st.value(3));
    b.createdBy = st.value(4).toString();
    b.scope = st.value(5).toString();
    b.total = st.value(6).toInt();
    b.done = st.value(7).toInt();
    b.failed = st.value(8).toInt();
    b.cancelled = st.value(9).toInt();
    b.active = b.total - b.done - b.failed - b.cancelled;
    return b;
}
} // namespace

TaskJournal::TaskJournal(Database *database)
    : m_database(database)
{
}

void TaskJournal::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime TaskJournal::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString TaskJournal::databaseNowMs() const
{
    if (m_database && m_database->isSqlite())
        return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
    return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
}

// --- batches ---------------------------------------------------------------------------------

Result<QString> TaskJournal::createBatch(const QString &kind, const QString &title, const QString &user,
                                         const QString &scope)
{
    BatchRecord b;
    b.id = newId();
    b.kind = kind;
    b.title = title;
    b.createdBy = user;
    b.scope = scope;
    b.createdAt = now();
    if (const CloudError e = saveBatch(b))
        return e;
    return b.id;
}

CloudError TaskJournal::saveBatch(const BatchRecord &batch)
{
    if (batch.id.isEmpty())
        return CloudError::local(tr("A batch needs an id."));
    Statement st(m_database, QStringLiteral(
        "INSERT INTO batches (id, kind, title, created_at, created_by, scope) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,"
        " created_by = excluded.created_by, scope = excluded.scope"));
    st.bind(0, batch.id)
        .bind(1, notNull(batch.kind))
        .bind(2, optionalText(batch.title))
        .bind(3, timeValue(batch.createdAt.isValid() ? batch.createdAt : now()))
        .bind(4, optionalText(batch.createdBy))
        .bind(5, optionalText(batch.scope));
    return st.exec(tr("Could not save the batch in the task journal."));
}

Result<std::optional<BatchRecord>> TaskJournal::batch(const QString &id) const
{
    Statement st(m_database, batchSelect() + QStringLiteral(" WHERE b.id = ?") + batchGroup());
    st.bind(0, id);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    if (!st.next())
        return std::optional<BatchRecord>();
    return std::optional<BatchRecord>(readBatch(st));
}

Result<QList<BatchRecord>> TaskJournal::batches(int limit, const QString &scope) const
{
    QString sql = batchSelect();
    if (!scope.isEmpty())
        sql += QStringLiteral(" WHERE b.scope = ?");
    sql += batchGroup() + QStringLiteral(" ORDER BY b.created_at DESC, b.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Statement st(m_database, sql);
    if (!scope.isEmpty())
        st.bind(0, scope);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    QList<BatchRecord> out;
    while (st.next())
        out << readBatch(st);
    if (const CloudError e = st.error(tr("Could not read the task journal.")))
        return e;
    return out;
}

// --- tasks -----------------------------------------------------------------------------------

CloudError TaskJournal::insertTask(const TaskRecord &task) const
{
    Statement st(m_database, QStringLiteral("INSERT INTO tasks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(QLatin1String(TaskColumns)));
    bindTask(st, 0, task, now());
    return st.exec(tr("Could not add the task to the task journal."));
}

Result<QString> TaskJournal::addTask(const TaskRecord &taskIn)
{
    TaskRecord task = taskIn;
    if (task.id.isEmpty())
        task.id = newId();
    if (const CloudError e = insertTask(task))
        return e;
    return task.id;
}

CloudError TaskJournal::addTasks(QList<TaskRecord> *tasks)
{
    const QDateTime now = this->now();
    QList<TaskRecord> copy = *tasks;
    qint64 offset = 0;
    for (TaskRecord &t : copy) {
        if (t.id.isEmpty())
            t.id = newId();
        if (!t.createdAt.isValid())
            t.createdAt = now.addMSecs(offset++); // lists keep the order given
        if (!t.updatedAt.isValid())
            t.updatedAt = now;
    }
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    for (const TaskRecord &t : std::as_const(copy)) {
        if (const CloudError e = insertTask(t))
            return e; // rolled back
    }
    if (const CloudError e = tx.commit(tr("Could not add the tasks to the task journal.")))
        return e;
    *tasks = copy;
    return {};
}

CloudError TaskJournal::writeTaskUpdate(const TaskRecord &task, bool *found) const
{
    const QDateTime now = this->now();
    Statement st(m_database, QStringLiteral(
        "UPDATE tasks SET state = ?, stage_index = ?, attempt = ?, error = ?, request_id = ?, target_id = ?,"
        " target_name = ?, params = ?, updated_at = ?, finished_at = ? WHERE id = ?"));
    st.bind(0, taskStateToString(task.state))
        .bind(1, task.stageIndex)
        .bind(2, task.attempt)
        .bind(3, optionalText(task.error))
        .bind(4, optionalText(task.requestId))
        .bind(5, optionalText(task.targetId))
        .bind(6, optionalText(task.targetName))
        .bind(7, paramsText(task.params))
        .bind(8, timeValue(task.updatedAt.isValid() ? task.updatedAt : now))
        .bind(9, timeValue(finishedAtFor(task, now)))
        .bind(10, task.id);
    if (const CloudError e = st.exec(tr("Could not update the task in the task journal.")))
        return e;
    *found = st.numRowsAffected() > 0;
    return {};
}

CloudError TaskJournal::updateTask(const TaskRecord &task)
{
    bool found = false;
    if (const CloudError e = writeTaskUpdate(task, &found))
        return e;
    if (!found)
        return CloudError::local(tr("The task %1 is not in the task journal.").arg(task.id));
    return {};
}

CloudError TaskJournal::saveTask(const TaskRecord &task)
{
    if (task.id.isEmpty())
        return CloudError::local(tr("A task needs an id."));
    Statement st(m_database, QStringLiteral(
        "INSERT INTO tasks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET batch_id = excluded.batch_id, scope = excluded.scope,"
        " target_id = excluded.target_id, target_name = excluded.target_name, params = excluded.params,"
        " state = excluded.state, stage_index = excluded.stage_index, attempt = excluded.attempt,"
        " updated_at = excluded.updated_at, finished_at = excluded.finished_at, error = excluded.error,"
        " request_id = excluded.request_id, user_name = excluded.user_name")
                                 .arg(QLatin1String(TaskColumns)));
    bindTask(st, 0, task, now());
    return st.exec(tr("Could not save the task in the task journal."));
}

Result<std::optional<TaskRecord>> TaskJournal::task(const QString &id) const
{
    Statement st(m_database, QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(TaskColumns)));
    st.bind(0, id);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    if (!st.next())
        return std::optional<TaskRecord>();
    return std::optional<TaskRecord>(readTask(st));
}

Result<QList<TaskRecord>> TaskJournal::tasks(const TaskFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.batchId.isEmpty()) {
        where << QStringLiteral("batch_id = ?");
        values << filter.batchId;
    }
    if (!filter.scope.isEmpty()) {
        where << QStringLiteral("scope = ?");
        values << filter.scope;
    }
    if (!filter.states.isEmpty()) {
        QStringList states;
        for (TaskState s : filter.states)
            states << quoted(s);
        where << QStringLiteral("state IN (%1)").arg(states.join(QLatin1Char(',')));
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("updated_at >= ?");
        values << timeValue(filter.since);
    }
    if (!filter.text.isEmpty()) {
        QStringList any;
        for (const char *column : {"target_name", "target_id", "kind", "user_name", "error", "id"}) {
            any << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            values << likePattern(filter.text);
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QString sql = QStringLiteral("SELECT %1 FROM tasks").arg(QLatin1String(TaskColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY created_at DESC, id DESC")
                              : QStringLiteral(" ORDER BY created_at, id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    Statement st(m_database, sql, /*cached*/ false);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i, values.at(i));
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    QList<TaskRecord> out;
    while (st.next())
        out << readTask(st);
    if (const CloudError e = st.error(tr("Could not read the task journal.")))
        return e;
    return out;
}

Result<QList<TaskRecord>> TaskJournal::unfinishedTasks(const QString &scope) const
{
    QString sql = QStringLiteral("SELECT %1 FROM tasks WHERE state NOT IN (%2)")
                      .arg(QLatin1String(TaskColumns), finalStatesSql());
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND scope = ?");
    sql += QStringLiteral(" ORDER BY created_at, id");
    Statement st(m_database, sql);
    if (!scope.isEmpty())
        st.bind(0, scope);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    QList<TaskRecord> out;
    while (st.next())
        out << readTask(st);
    if (const CloudError e = st.error(tr("Could not read the task journal.")))
        return e;
    return out;
}

// --- leases ----------------------------------------------------------------------------------

Result<bool> TaskJournal::claimTask(const QString &taskId, const QString &runner, int leaseSeconds,
                                    const QString &deadRunner, bool rerun)
{
    // One statement, on the database's clock: the database decides who wins when two runners
    // claim at once, and a workstation whose clock is wrong cannot see a live lease as expired.
    const QString now = databaseNowMs();
    Statement st(m_database, QStringLiteral(
        "UPDATE tasks SET runner = ?, lease_until = %1 + ? WHERE id = ?"
        " AND (runner IS NULL OR runner = ? OR runner = ? OR lease_until IS NULL OR lease_until < %1)"
        " AND (? = 1 OR state NOT IN (%2))").arg(now, finalStatesSql()));
    st.bind(0, runner)
        .bind(1, qint64(leaseSeconds) * 1000)
        .bind(2, taskId)
        .bind(3, runner)
        .bind(4, deadRunner.isEmpty() ? runner : deadRunner)
        .bind(5, rerun ? 1 : 0);
    if (const CloudError e = st.exec(tr("Could not take the task in the task journal.")))
        return e;
    return st.numRowsAffected() > 0;
}

Result<int> TaskJournal::renewLeases(const QString &runner, int leaseSeconds)
{
    Statement st(m_database, QStringLiteral("UPDATE tasks SET lease_until = %1 + ? WHERE runner = ? AND state NOT IN (%2)")
                                 .arg(databaseNowMs(), finalStatesSql()));
    st.bind(0, qint64(leaseSeconds) * 1000).bind(1, runner);
    if (const CloudError e = st.exec(tr("Could not renew the task leases in the task journal.")))
        return e;
    return st.numRowsAffected();
}

CloudError TaskJournal::releaseLease(const QString &taskId, const QString &runner)
{
    Statement st(m_database, QStringLiteral("UPDATE tasks SET runner = NULL, lease_until = NULL WHERE id = ? AND runner = ?"));
    st.bind(0, taskId).bind(1, runner);
    return st.exec(tr("Could not update the task lease in the task journal."));
}

Result<TaskLease> TaskJournal::lease(const QString &taskId) const
{
    Statement st(m_database, QStringLiteral("SELECT runner, lease_until, CASE WHEN lease_until >= %1 THEN 1 ELSE 0 END"
                                            " FROM tasks WHERE id = ?").arg(databaseNowMs()));
    st.bind(0, taskId);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    TaskLease out;
    if (!st.next())
        return out;
    const QVariant until = st.value(1);
    out.runner = st.value(0).toString();
    out.until = until.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(until.toLongLong(), Qt::UTC);
    out.live = !out.runner.isEmpty() && st.value(2).toInt() != 0;
    return out;
}

// --- stage results ---------------------------------------------------------------------------

Result<qint64> TaskJournal::insertStage(const StageResult &r) const
{
    Statement st(m_database, QStringLiteral(
        "INSERT INTO stage_results (task_id, stage_index, stage, attempt, started_at, finished_at, ok, warning,"
        " error, request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    st.bind(0, notNull(r.taskId))
        .bind(1, r.stageIndex)
        .bind(2, notNull(r.stage))
        .bind(3, r.attempt)
        .bind(4, timeValue(r.startedAt.isValid() ? r.startedAt : now()))
        .bind(5, timeValue(r.finishedAt))
        .bind(6, boolValue(r.ok))
        .bind(7, boolValue(r.warning))
        .bind(8, optionalText(r.error))
        .bind(9, optionalText(r.requestId))
        .bind(10, optionalText(r.detail));
    if (const CloudError e = st.exec(tr("Could not record the stage result in the task journal.")))
        return e;
    if (!st.next())
        return CloudError::local(tr("Could not record the stage result in the task journal."));
    return st.value(0).toLongLong();
}

CloudError TaskJournal::writeStageUpdate(const StageResult &r) const
{
    Statement st(m_database, QStringLiteral(
        "UPDATE stage_results SET stage_index = ?, stage = ?, attempt = ?, started_at = ?, finished_at = ?, ok = ?,"
        " warning = ?, error = ?, request_id = ?, detail = ? WHERE id = ? AND task_id = ?"));
    st.bind(0, r.stageIndex)
        .bind(1, notNull(r.stage))
        .bind(2, r.attempt)
        .bind(3, timeValue(r.startedAt))
        .bind(4, timeValue(r.finishedAt))
        .bind(5, boolValue(r.ok))
        .bind(6, boolValue(r.warning))
        .bind(7, optionalText(r.error))
        .bind(8, optionalText(r.requestId))
        .bind(9, optionalText(r.detail))
        .bind(10, r.id)
        .bind(11, notNull(r.taskId));
    if (const CloudError e = st.exec(tr("Could not record the stage result in the task journal.")))
        return e;
    if (st.numRowsAffected() <= 0)
        return CloudError::local(tr("The stage result %1 of task %2 is not in the task journal.").arg(r.id).arg(r.taskId));
    return {};
}

Result<qint64> TaskJournal::appendStageResult(const StageResult &result)
{
    if (result.taskId.isEmpty())
        return CloudError::local(tr("A stage result needs the id of its task."));
    return insertStage(result);
}

CloudError TaskJournal::updateStageResult(const StageResult &result)
{
    return writeStageUpdate(result);
}

CloudError TaskJournal::recordStage(const TaskRecord &task, StageResult *result)
{
    if (result->taskId.isEmpty())
        result->taskId = task.id;
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    bool found = false;
    if (const CloudError e = writeTaskUpdate(task, &found))
        return e;
    if (!found)
        return CloudError::local(tr("The task %1 is not in the task journal.").arg(task.id));
    qint64 id = result->id;
    if (id == 0) {
        // The row this attempt opened when it started, if any.
        Statement open(m_database, QStringLiteral(
            "SELECT id FROM stage_results WHERE task_id = ? AND stage_index = ? AND attempt = ?"
            " AND finished_at IS NULL ORDER BY id DESC LIMIT 1"));
        open.bind(0, result->taskId).bind(1, result->stageIndex).bind(2, result->attempt);
        if (const CloudError e = open.exec(tr("Could not read the task journal.")))
            return e;
        if (open.next())
            id = open.value(0).toLongLong();
    }
    if (id == 0) {
        Result<qint64> inserted = insertStage(*result);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
    } else {
        StageResult update = *result;
        update.id = id;
        if (const CloudError e = writeStageUpdate(update))
            return e;
    }
    if (const CloudError e = tx.commit(tr("Could not record the stage result in the task journal.")))
        return e;
    result->id = id;
    return {};
}

Result<QList<StageResult>> TaskJournal::stageResults(const QString &taskId) const
{
    Statement st(m_database, QStringLiteral("SELECT %1 FROM stage_results WHERE task_id = ? ORDER BY id")
                                 .arg(QLatin1String(StageColumns)));
    st.bind(0, taskId);
    if (const CloudError e = st.exec(tr("Could not read the task journal.")))
        return e;
    QList<StageResult> out;
    while (st.next())
        out << readStage(st);
    if (const CloudError e = st.error(tr("Could not read the task journal.")))
        return e;
    return out;
}

Result<int> TaskJournal::pruneFinished(const QDateTime &before)
{
    const QString what = tr("Could not clean up the task journal.");
    const QString finished = QStringLiteral("state IN (%1) AND finished_at IS NOT NULL AND finished_at < ?")
                                 .arg(finalStatesSql());
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    {
        Statement st(m_database, QStringLiteral("DELETE FROM stage_results WHERE task_id IN (SELECT id FROM tasks WHERE %1)")
                                     .arg(finished), false);
        st.bind(0, timeValue(before));
        if (const CloudError e = st.exec(what))
            return e;
    }
    int deleted = 0;
    {
        Statement st(m_database, QStringLiteral("DELETE FROM tasks WHERE %1").arg(finished), false);
        st.bind(0, timeValue(before));
        if (const CloudError e = st.exec(what))
            return e;
        deleted = st.numRowsAffected();
    }
    {
        Statement st(m_database, QStringLiteral("DELETE FROM batches WHERE created_at < ? AND NOT EXISTS"
                                                " (SELECT 1 FROM tasks t WHERE t.batch_id = batches.id)"), false);
        st.bind(0, timeValue(before));
        if (const CloudError e = st.exec(what))
            return e;
    }
    if (const CloudError e = tx.commit(what))
        return e;
    return deleted;
}
