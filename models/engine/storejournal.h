#pragma once

#include "models/store/auditlog.h"
#include "models/engine/taskengine.h"
#include "models/store/taskjournal.h"

// The task engine's journal and audit trail in the Phoenix database (TaskJournal + AuditLog).
// Thread-safe: every call uses the calling thread's own database connection.
class StoreJournal : public EngineJournal
{
public:
    StoreJournal(Database *database, QString scope, QString project);

    CloudError saveBatch(const BatchSnapshot &batch, const QString &user) override;
    CloudError saveTask(const TaskSnapshot &task) override;
    CloudError saveStage(const TaskSnapshot &task, const StageRecord &record) override;
    QList<TaskSnapshot> loadUnfinished() override;
    void audit(const TaskSnapshot &task) override;
    LeaseAnswer claim(const QString &taskId, const QString &runner, int leaseSeconds, bool rerun = false) override;
    int renewLeases(const QString &runner, int leaseSeconds) override;
    void releaseLease(const QString &taskId, const QString &runner) override;

    // The local clock of the journal's timestamps (tests fake a skewed one); leases never use it.
    void setClock(TaskJournal::Clock clock) { m_journal.setClock(std::move(clock)); }

    // Journal rows → engine snapshots (also for the task console's history view).
    static TaskRecord toRecord(const TaskSnapshot &task, const QString &scope);
    static TaskSnapshot fromRecord(const TaskRecord &record, const QList<StageResult> &stages);
    // Whether a lease holder (TaskEngine::runnerId) is a process of this computer that has died.
    static bool runnerIsDeadHere(const QString &runner);

private:
    TaskJournal m_journal;
    AuditLog m_audit;
    QString m_scope;
    QString m_project;
};
