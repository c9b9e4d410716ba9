#include "models/lessons/schedulerleader.h"

#include "models/engine/storejournal.h"
#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QCryptographicHash>
#include <QtEndian>

SchedulerLeader::SchedulerLeader(Database *database, QString scope, QString holder, int leaseSeconds)
    : m_database(database)
    , m_scope(std::move(scope))
    , m_holder(std::move(holder))
    , m_leaseSeconds(leaseSeconds)
{
}

SchedulerLeader::~SchedulerLeader()
{
    release();
}

qint64 SchedulerLeader::lockKey(const QString &scope)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray("phoenix-scheduler:").append(scope.toUtf8()), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(hash.constData());
}

Result<bool> SchedulerLeader::acquire(const QDateTime &now)
{
    const QString what = tr("Could not find out which scheduler leads.");
    if (!m_database || !m_database->isOpen())
        return CloudError::local(what);
    if (!m_database->isSqlite()) {
        if (m_leader)
            return true; // the session lock is held until release() or the connection ends
        Statement st(m_database, QStringLiteral("SELECT pg_try_advisory_lock(?)"));
        st.bind(0, lockKey(m_scope));
        if (const CloudError e = st.exec(what))
            return e;
        m_leader = st.next() && st.value(0).toBool();
        return m_leader;
    }
    const qint64 until = now.addSecs(m_leaseSeconds).toMSecsSinceEpoch();
    {
        Statement insert(m_database, QStringLiteral(
            "INSERT INTO scheduler_leader (scope, holder, lease_until, taken_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (scope) DO NOTHING"));
        insert.bind(0, m_scope).bind(1, m_holder).bind(2, until).bind(3, now.toMSecsSinceEpoch());
        if (const CloudError e = insert.exec(what))
            return e;
        if (insert.numRowsAffected() > 0) {
            m_leader = true;
            return true;
        }
    }
    Result<QString> holder = currentHolder();
    if (!holder)
        return holder.error();
    const QString dead = holder.value() != m_holder && StoreJournal::runnerIsDeadHere(holder.value()) ? holder.value()
                                                                                                         : m_holder;
    // One statement decides between two takers.
    Statement st(m_database, QStringLiteral(
        "UPDATE scheduler_leader SET holder = ?, lease_until = ?,"
        " taken_at = CASE WHEN holder = ? THEN taken_at ELSE ? END"
        " WHERE scope = ? AND (holder = ? OR holder = ? OR lease_until < ?)"));
    st.bind(0, m_holder).bind(1, until).bind(2, m_holder).bind(3, now.toMSecsSinceEpoch()).bind(4, m_scope)
        .bind(5, m_holder).bind(6, dead).bind(7, now.toMSecsSinceEpoch());
    if (const CloudError e = st.exec(what))
        return e;
    m_leader = st.numRowsAffected() > 0;
    return m_leader;
}

void SchedulerLeader::release()
{
    if (!m_leader || !m_database || !m_database->isOpen())
        return;
    m_leader = false;
    if (!m_database->isSqlite()) {
        Statement st(m_database, QStringLiteral("SELECT pg_advisory_unlock(?)"));
        st.bind(0, lockKey(m_scope));
        (void)st.exec(tr("Could not hand over the scheduler's leadership."));
        return;
    }
    Statement st(m_database, QStringLiteral("DELETE FROM scheduler_leader WHERE scope = ? AND holder = ?"));
    st.bind(0, m_scope).bind(1, m_holder);
    (void)st.exec(tr("Could not hand over the scheduler's leadership."));
}

Result<QString> SchedulerLeader::currentHolder() const
{
    if (!m_database->isSqlite())
        return QString();
    Statement st(m_database, QStringLiteral("SELECT holder FROM scheduler_leader WHERE scope = ?"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not find out which scheduler leads.")))
        return e;
    return st.next() ? st.value(0).toString() : QString();
}
