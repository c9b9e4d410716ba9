#include "inventory.h"

#include "computeapi.h"
#include "restclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QReadLocker>
#include <QWriteLocker>

Q_LOGGING_CATEGORY(lcInventory, "phoenix.models.inventory")

namespace
{
constexpr int FullRefreshEvery = 20; // incremental polls between two full listings

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Inventory::Inventory(CloudSessionPtr session, Database *database, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_database(database)
    , m_client(new RestClient(m_session, nullptr, this))
    , m_compute(new ComputeApi(m_client))
{
    qRegisterMetaType<QList<Server>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(m_fullPending); });
}

Inventory::~Inventory()
{
    delete m_compute;
}

QString Inventory::scope() const
{
    return m_session->config().identity();
}

void Inventory::start()
{
    loadCache();
    m_fullPending = true;
    poll(true);
}

void Inventory::stop()
{
    m_timer.stop();
}

void Inventory::refreshNow()
{
    m_fullPending = true;
    if (!m_polling)
        poll(true);
}

void Inventory::setPollIntervals(int fastSeconds, int slowSeconds)
{
    m_fastSeconds = qMax(1, fastSeconds);
    m_slowSeconds = qMax(m_fastSeconds, slowSeconds);
    if (!m_polling && m_timer.isActive())
        scheduleNext();
}

QList<Server> Inventory::servers() const
{
    QReadLocker lock(&m_lock);
    return m_servers.values();
}

std::optional<Server> Inventory::server(const QString &id) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_servers.constFind(id);
    if (it == m_servers.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Server> Inventory::serverByName(const QString &name) const
{
    QReadLocker lock(&m_lock);
    for (const Server &s : m_servers) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

QDateTime Inventory::fetchedAt() const
{
    QReadLocker lock(&m_lock);
    return m_fetchedAt;
}

bool Inventory::isFromCache() const
{
    QReadLocker lock(&m_lock);
    return m_fromCache;
}

bool Inventory::isOnline() const
{
    QReadLocker lock(&m_lock);
    return m_online;
}

CloudError Inventory::lastError() const
{
    QReadLocker lock(&m_lock);
    return m_lastError;
}

quint64 Inventory::pollCount() const
{
    return m_pollCount.loadRelaxed();
}

void Inventory::requestFastPoll()
{
    m_fastUntilMs.storeRelaxed(nowMs() + 3LL * m_fastSeconds * 1000);
    QMetaObject::invokeMethod(this, [this] {
        if (!m_polling && (!m_timer.isActive() || m_timer.remainingTime() > m_fastSeconds * 1000))
            m_timer.start(m_fastSeconds * 1000);
    }, Qt::QueuedConnection);
}

void Inventory::notifyChanged()
{
    QMetaObject::invokeMethod(this, [this] {
        m_fastUntilMs.storeRelaxed(nowMs() + 3LL * m_fastSeconds * 1000);
        if (!m_polling && (!m_timer.isActive() || m_timer.remainingTime() > 1000))
            m_timer.start(1000);
    }, Qt::QueuedConnection);
}

void Inventory::poll(bool full)
{
    if (m_polling)
        return;
    m_polling = true;
    m_timer.stop();
    ServerQuery query;
    if (!full && m_lastChangesSince.isValid())
        query.changesSince = m_lastChangesSince;
    else
        full = true;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    m_compute->listAllServers(query, this, [this, full, startedAt](Result<QList<Server>> result) {
        m_polling = false;
        m_pollCount.fetchAndAddRelaxed(1);
        if (!result) {
            bool wasOnline = false;
            {
                QWriteLocker lock(&m_lock);
                wasOnline = m_online;
                m_online = false;
                m_lastError = result.error();
            }
            qCWarning(lcInventory).noquote() << "poll failed:" << result.error().detail();
            if (wasOnline)
                Q_EMIT onlineChanged(false);
            Q_EMIT errorOccurred(result.error());
            if (full)
                m_fullPending = true;
            scheduleNext();
            return;
        }
        onPolled(result.value(), full, startedAt);
    });
}

void Inventory::onPolled(const QList<Server> &servers, bool full, const QDateTime &startedAt)
{
    QList<Server> changed;
    QStringList removed;
    bool becameOnline = false;
    {
        QWriteLocker lock(&m_lock);
        QSet<QString> seen;
        QDateTime newest = m_lastChangesSince;
        for (const Server &s : servers) {
            if (s.updated.isValid() && (!newest.isValid() || s.updated > newest))
                newest = s.updated;
            if (s.isDeleted()) {
                if (m_servers.remove(s.id))
                    removed << s.id;
                continue;
            }
            seen.insert(s.id);
            auto it = m_servers.find(s.id);
            if (it == m_servers.end()) {
                m_servers.insert(s.id, s);
                changed << s;
            } else if (!(*it == s)) {
                *it = s;
                changed << s;
            }
        }
        if (full) {
            for (auto it = m_servers.begin(); it != m_servers.end();) {
                if (!seen.contains(it.key())) {
                    removed << it.key();
                    it = m_servers.erase(it);
                } else {
                    ++it;
                }
            }
        }
        // The next delta starts from the newest change the cloud reported (its own clock), so a
        // skewed local clock cannot make us miss changes; a little overlap is harmless (diffs).
        m_lastChangesSince = newest.isValid() ? newest.addSecs(-1) : startedAt.addSecs(-60);
        m_fetchedAt = QDateTime::currentDateTimeUtc();
        m_lastError = CloudError();
        becameOnline = !m_online;
        m_online = true;
        m_fromCache = false;
        m_incrementalPolls = full ? 0 : m_incrementalPolls + 1;
    }
    m_fullPending = m_incrementalPolls >= FullRefreshEvery;
    saveCache(full, changed, removed);
    if (becameOnline)
        Q_EMIT onlineChanged(true);
    if (!changed.isEmpty() || !removed.isEmpty())
        Q_EMIT serversChanged(changed, removed);
    Q_EMIT refreshed(m_fetchedAt);
    scheduleNext();
}

void Inventory::scheduleNext()
{
    bool transitional = false;
    {
        QReadLocker lock(&m_lock);
        for (const Server &s : std::as_const(m_servers)) {
            if (s.isTransitional()) {
                transitional = true;
                break;
            }
        }
    }
    const bool fast = transitional || m_fastUntilMs.loadRelaxed() > nowMs() || !m_online;
    m_timer.start((fast ? m_fastSeconds : m_slowSeconds) * 1000);
}
