#include "models/engine/storejournal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

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
    a.requestId = task.workRequestId(); // the call that did the work, for successes too
    a.detail = task.error.isEmpty() && !task.history.isEmpty() ? task.history.last().message : task.error;
    a.batchId = task.batchId;
    a.taskId = task.id;
    const Result<qint64> r = m_audit.append(a);
    if (!r)
        qCWarning(lcStoreJournal).noquote() << "audit entry not written:" << r.error().detail();
}

bool StoreJournal::runnerIsDeadHere(const QString &runner)
{
    // Runner ids are host:pid:random (TaskEngine). Only a process of this computer can be checked.
    const QString host = runner.section(QLatin1Char(':'), 0, -3);
    bool ok = false;
    const qint64 pid = runner.section(QLatin1Char(':'), -2, -2).toLongLong(&ok);
    if (!ok || pid <= 0 || host != QSysInfo::machineHostName() || pid == QCoreApplication::applicationPid())
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;
    DWORD code = 0;
    const bool dead = GetExitCodeProcess(process, &code) && code != STILL_ACTIVE;
    CloseHandle(process);
    return dead;
#else
    return false;
#endif
}

EngineJournal::LeaseAnswer StoreJournal::claim(const QString &taskId, const QString &runner, int leaseSeconds, bool rerun)
{
    Result<bool> r = m_journal.claimTask(taskId, runner, leaseSeconds, QString(), rerun);
    if (r && !r.value()) {
        // Held by a process of this computer that died (killed, crashed): no need to wait for
        // its lease to run out.
        const Result<TaskLease> holder = m_journal.lease(taskId);
        if (!holder)
            r = holder.error();
        else if (runnerIsDeadHere(holder.value().runner))
            r = m_journal.claimTask(taskId, runner, leaseSeconds, holder.value().runner, rerun);
    }
    if (!r) {
        // The journal cannot say who holds the task: nobody may run it until it can (running it
        // unleased is how two runners end up deleting each other's desktops).
        qCWarning(lcStoreJournal).noquote() << "cannot lease task" << taskId << ':' << r.error().detail();
        return LeaseAnswer::Unknown;
    }
    return r.value() ? LeaseAnswer::Mine : LeaseAnswer::Theirs;
}

int StoreJournal::renewLeases(const QString &runner, int leaseSeconds)
{
    const Result<int> r = m_journal.renewLeases(runner, leaseSeconds);
    if (!r) {
        qCWarning(lcStoreJournal).noquote() << "cannot renew task leases:" << r.error().detail();
        return -1;
    }
    return r.value();
}

void StoreJournal::releaseLease(const QString &taskId, const QString &runner)
{
    if (const CloudError e = m_journal.releaseLease(taskId, runner))
        qCInfo(lcStoreJournal).noquote() << "lease of" << taskId << "not released (it runs out by itself):" << e.detail();
}
