#include "cloud/serverwaiter.h"

#include "cloud/computeapi.h"
#include "cloud/restclient.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcWaiter, "phoenix.cloud.waiter")

namespace
{
// Re-read servers changed this long before the newest change seen: Nova's API, conductor and
// compute may stamp "updated" from slightly different clocks.
constexpr int CursorSlackSeconds = 5;
// Every n-th round lists everything, so that a server that vanished without a DELETED delta
// (purged, or never visible) is noticed.
constexpr int FullPollEvery = 5;
} // namespace

ServerWaiter::ServerWaiter(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ServerWaiter::onTimeout);
}

void ServerWaiter::add(const Server &snapshot, ServerGoal goal)
{
    Target t;
    t.last = snapshot;
    t.goal = goal;
    m_targets.insert(snapshot.id, t);
    if (snapshot.updated.isValid()) {
        const QDateTime from = snapshot.updated.addSecs(-CursorSlackSeconds);
        if (!m_cursor.isValid() || from < m_cursor)
            m_cursor = from;
    }
}

void ServerWaiter::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &ServerWaiter::finished);
        return;
    }
    m_deadline.start(m_timeoutMs);
    QTimer::singleShot(0, this, &ServerWaiter::poll);
}

QString ServerWaiter::goalName(ServerGoal goal)
{
    switch (goal) {
    case ServerGoal::Active:
        return QStringLiteral("ACTIVE");
    case ServerGoal::Shutoff:
        return QStringLiteral("SHUTOFF");
    case ServerGoal::Suspended:
        return QStringLiteral("SUSPENDED");
    case ServerGoal::Paused:
        return QStringLiteral("PAUSED");
    case ServerGoal::Shelved:
        return QStringLiteral("SHELVED_OFFLOADED");
    case ServerGoal::Gone:
        return tr("gone");
    }
    return {};
}

bool ServerWaiter::isReached(const Server &server, ServerGoal goal)
{
    if (goal == ServerGoal::Gone)
        return server.isDeleted();
    if (!server.taskState.isEmpty())
        return false;
    if (goal == ServerGoal::Shelved)
        return server.status == QLatin1String("SHELVED_OFFLOADED") || server.status == QLatin1String("SHELVED");
    return server.status == goalName(goal);
}

bool ServerWaiter::isFailed(const Server &server, ServerGoal goal)
{
    if (goal == ServerGoal::Gone)
        return false; // an ERROR server can still be deleted
    return server.status == QLatin1String("ERROR") || server.isDeleted();
}

void ServerWaiter::poll()
{
    if (m_targets.isEmpty() || !m_client)
        return;
    ++m_round;
    bool wantsGone = false;
    for (const Target &t : std::as_const(m_targets))
        wantsGone = wantsGone || t.goal == ServerGoal::Gone;
    ServerQuery query;
    const bool full = !m_cursor.isValid() || (wantsGone && m_round % FullPollEvery == 0);
    if (!full)
        query.changesSince = m_cursor;
    m_polling = true;
    ComputeApi(m_client).listAllServers(query, this, [this, full](Result<QList<Server>> servers) {
        m_polling = false;
        if (full && servers) {
            // Absent from a complete list: gone.
            QSet<QString> present;
            for (const Server &s : servers.value())
                present.insert(s.id);
            const QStringList ids = m_targets.keys();
            for (const QString &id : ids) {
                if (present.contains(id))
                    continue;
                Target &t = m_targets[id];
                t.last.status = QStringLiteral("DELETED");
                t.last.taskState.clear();
                if (t.goal == ServerGoal::Gone) {
                    Q_EMIT progress(t.last);
                    finishTarget(id, {});
                } else {
                    finishTarget(id, CloudError::config(tr("%1 no longer exists.").arg(t.last.name)));
                }
            }
        }
        onPolled(servers);
    });
}

void ServerWaiter::onPolled(const Result<QList<Server>> &servers)
{
    if (!servers) {
        // One failed round is not the end (the REST layer already retried what it could), but an
        // authentication or permission problem will not heal by waiting.
        const CloudError &e = servers.error();
        const bool fatal = e.kind() == CloudError::Kind::Auth || e.kind() == CloudError::Kind::Config
            || e.httpStatus() == 401 || e.httpStatus() == 403;
        qCWarning(lcWaiter).noquote() << "poll failed:" << e.detail();
        if (fatal) {
            const QStringList ids = m_targets.keys();
            for (const QString &id : ids)
                finishTarget(id, e);
            return;
        }
        scheduleNext();
        return;
    }
    QDateTime newest;
    for (const Server &s : servers.value()) {
        if (s.updated.isValid() && (!newest.isValid() || s.updated > newest))
            newest = s.updated;
        auto it = m_targets.find(s.id);
        if (it == m_targets.end())
            continue;
        Target &t = it.value();
        const bool changed = !t.seen || t.last.status != s.status || t.last.taskState != s.taskState;
        t.seen = true;
        t.last = s;
        if (changed)
            Q_EMIT progress(s);
        if (isReached(s, t.goal)) {
            finishTarget(s.id, {});
        } else if (isFailed(s, t.goal)) {
            const QString why = s.faultMessage.isEmpty() ? s.status : s.faultMessage;
            finishTarget(s.id, CloudError::config(tr("%1 went to %2 instead of %3: %4")
                                                      .arg(s.name, s.status, goalName(t.goal), why)));
        }
    }
    if (newest.isValid()) {
        const QDateTime next = newest.addSecs(-CursorSlackSeconds);
        if (!m_cursor.isValid() || next > m_cursor)
            m_cursor = next;
    }
    scheduleNext();
}

void ServerWaiter::scheduleNext()
{
    if (!m_targets.isEmpty() && !m_polling)
        QTimer::singleShot(m_pollMs, this, &ServerWaiter::poll);
}

void ServerWaiter::onTimeout()
{
    const QStringList ids = m_targets.keys();
    for (const QString &id : ids) {
        const Target t = m_targets.value(id);
        const QString now = t.last.taskState.isEmpty() ? t.last.status
                                                       : QStringLiteral("%1/%2").arg(t.last.status, t.last.taskState);
        finishTarget(id, CloudError::timeout(tr("%1 did not become %2 within %3 s (it is %4).")
                                                 .arg(t.last.name, goalName(t.goal))
                                                 .arg(m_timeoutMs / 1000)
                                                 .arg(now)));
    }
}

void ServerWaiter::finishTarget(const QString &id, const CloudError &error)
{
    auto it = m_targets.find(id);
    if (it == m_targets.end())
        return;
    const Server last = it->last;
    m_targets.erase(it);
    if (error)
        Q_EMIT failed(last, error);
    else
        Q_EMIT reached(last);
    if (m_targets.isEmpty()) {
        m_deadline.stop();
        Q_EMIT finished();
    }
}
