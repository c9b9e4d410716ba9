#include "storejournal.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreJournal, "phoenix.models.journal")

StoreJournal::StoreJournal(Database *database, QString scope, QString project)
    : m_journal(database)
    , m_audit(database)
    , m_scope(std::move(scope))
    , m_project(std::move(project))
{
}

TaskRecord StoreJournal::toRecord(const TaskSnapshot &t, const QString &scope)
{
    TaskRecord r;
    r.id = t.id;
    r.batchId = t.batchId;
    r.scope = scope;
    r.kind = TaskText::kindKey(t.spec.kind);
    r.targetId = t.spec.serverId;
    r.targetName = t.spec.serverName;
    r.params = taskSpecToJson(t.spec); // the whole spec, with the server id BUILD found or made
    r.state = t.state;
    r.stageIndex = t.stageIndex;
    r.attempt = t.history.isEmpty() ? 0 : t.history.last().attempt;
    r.createdAt = t.createdAt;
    r.updatedAt = t.updatedAt;
    r.error = t.error;
    r.requestId = t.requestId;
    r.user = t.user;
    return r;
}

TaskSnapshot StoreJournal::fromRecord(const TaskRecord &r, const QList<StageResult> &stages)
{
    TaskSnapshot t;
    t.id = r.id;
    t.batchId = r.batchId;
    t.spec = taskSpecFromJson(r.params);
    if (t.spec.serverId.isEmpty())
        t.spec.serverId = r.targetId;
    if (t.spec.serverName.isEmpty())
        t.spec.serverName = r.targetName;
    t.state = r.state;
    t.stageIndex = r.stageIndex;
    t.chain = stageChain(t.spec.kind);
    t.error = r.error;
    t.requestId = r.requestId;
    t.user = r.user;
    t.createdAt = r.createdAt;
    t.updatedAt = r.updatedAt;
    for (const StageResult &s : stages) {
        if (!s.finishedAt.isValid())
            continue; // a stage that was running when the process stopped: it runs again
        StageRecord rec;
        rec.index = s.stageIndex;
        rec.stage = TaskText::stageFromKey(s.stage).value_or(Stage::Action);
        rec.attempt = s.attempt;
        rec.ok = s.ok;
        rec.warning = s.warning;
        rec.message = s.ok ? s.detail : s.error;
        rec.requestId = s.requestId;
        rec.startedAt = s.startedAt;
        rec.finishedAt = s.finishedAt;
        t.history << rec;
    }
    return t;
}

CloudError StoreJournal::saveBatch(const BatchSnapshot &batch, const QString &user)
{
    BatchRecord b;
    b.id = batch.id;
    b.kind = TaskText::kindKey(batch.kind);
    b.title = batch.title;
    b.createdAt = batch.createdAt;
    b.createdBy = user;
    b.scope = m_scope;
    return m_journal.saveBatch(b);
}

CloudError StoreJournal::saveTask(const TaskSnapshot &task)
{
    const CloudError e = m_journal.saveTask(toRecord(task, m_scope));
    if (e)
        qCWarning(lcStoreJournal).noquote() << "task" << task.id << "not journaled:" << e.detail();
    return e;
}

CloudError StoreJournal::saveStage(const TaskSnapshot &task, const StageRecord &record)
{
    StageResult s;
    s.taskId = task.id;
    s.stageIndex = record.index;
    s.stage = TaskText::stageKey(record.stage);
    s.attempt = record.attempt;
    s.startedAt = record.startedAt;
    s.finishedAt = record.finishedAt;
    s.ok = record.ok;
    s.warning = record.warning;
    s.error = record.ok ? QString() : record.message;
    s.requestId = record.requestId;
    s.detail = record.message;
    const CloudError e = m_journal.recordStage(toRecord(task, m_scope), &s);
    if (e)
        qCWarning(lcStoreJournal).noquote() << "stage of" << task.id << "not journaled:" << e.detail();
    return e;
}

QList<TaskSnapshot> StoreJournal::loadUnfinished()
{
    QList<TaskSnapshot> out;
    const Result<QList<TaskRecord>> records = m_journal.unfinishedTasks(m_scope);
    if (!records) {
        qCWarning(lcStoreJournal).noquote() << "cannot read the journal:" << records.error().detail();
        return out;
    }
    for (const TaskRecord &r : records.value()) {
        const Result<QList<StageResult>> stages = m_journal.stageResults(r.id);
        out << fromRecord(r, stages ? stages.value() : QList<StageResult>());
    }
    return out;
}

void StoreJournal::audit(const TaskSnapshot &task)
{
    AuditEntry a;
    a.at = task.updatedAt;
    a.user = task.user;
    a.project = m_project;
    a.action = TaskText::kindKey(task.spec.kind);
    a.targetId = task.spec.serverId;
    a.targetName = task.spec.serverName;
    a.result = TaskText::stateKey(task.state);
    a.requestId = task.requestId;
    a.detail = task.error.isEmpty() && !task.history.isEmpty() ? task.history.last().message : task.error;
    a.batchId = task.batchId;
    a.taskId = task.id;
    const Result<qint64> r = m_audit.append(a);
    if (!r)
        qCWarning(lcStoreJournal).noquote() << "audit entry not written:" << r.error().detail();
}
