#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QString>

#include "models/store/database.h"

/**
 * One scheduler acts per cloud project, however many run (two workstations on one PostgreSQL,
 * the window plus an OS timer). Leadership lives in the store:
 *  - PostgreSQL: a session advisory lock (pg_try_advisory_lock) on the calling thread's
 *    connection — the server frees it when the leader's connection ends, so a dead leader is
 *    replaced on the next tick of another;
 *  - SQLite: a lease row (holder, lease_until) taken in one UPDATE; a holder whose lease ran out,
 *    or a process of this computer that has died, is taken over at once.
 * Use from one thread (the lock belongs to its connection).
 */
class SchedulerLeader
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerLeader)

public:
    SchedulerLeader(Database *database, QString scope, QString holder, int leaseSeconds = 120);
    ~SchedulerLeader();

    /** Takes or keeps leadership; false when another scheduler leads. */
    Result<bool> acquire(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void release();
    [[nodiscard]] bool isLeader() const { return m_leader; }
    [[nodiscard]] QString holder() const { return m_holder; }
    /** Who leads now (SQLite: the row's holder; PostgreSQL: "" — the lock has no name). */
    Result<QString> currentHolder() const;
    /** The advisory lock key of a scope (stable across processes). */
    static qint64 lockKey(const QString &scope);

private:
    QPointer<Database> m_database; // may go first (a process that dies)
    QString m_scope;
    QString m_holder;
    int m_leaseSeconds;
    bool m_leader = false;
};
