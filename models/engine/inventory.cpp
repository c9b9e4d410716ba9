#include "models/engine/inventory.h"

#include "cloud/computeapi.h"
#include "models/store/inventorycache.h"
#include "models/store/inventorycachestore.h"
#include "cloud/restclient.h"

#include <QLoggingCategory>
#include <QReadLocker>
#include <QSet>
#include <QTimer>
#include <QWriteLocker>

Q_LOGGING_CATEGORY(lcInventory, "phoenix.models.inventory")

namespace
{
// Nova's changes-since follows updated_at, which address changes (floating IPs) do not touch:
// a full listing at least this often catches them, and changes made elsewhere.
constexpr qint64 FullRefreshMs = 120000;
constexpr qint64 OverlayMs = 300000; // how long a floating address we set waits for Nova to show it
// The cache's pages: the first one a screenful and some (painted at once), then bigger ones.
constexpr int FirstCachePage = 200;
constexpr int CachePage = 10000;

// The next delta starts from the newest change the cloud reported (its own clock), so a skewed
// local clock cannot make us miss changes; a little overlap is harmless. Without any, from a
// minute before the listing began.
QDateTime changesSinceAfter(const QDateTime &newest, const QDateTime &listingStarted)
{
    return newest.isValid() ? newest.addSecs(-1) : listingStarted.addSecs(-60);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

// Runs in the inventory's thread: owns the timer, the RestClient and the diffing.
class InventoryPoller : public QObject
{
    Q_OBJECT

public:
    InventoryPoller(CloudSessionPtr session, Inventory::State *state, InventoryCacheStore *cache)
        : m_session(std::move(session))
        , m_state(state)
        , m_cache(cache)
    {
    }

    void init()
    {
        m_client = new RestClient(m_session, nullptr, this);
        m_compute = std::make_unique<ComputeApi>(m_client);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(m_fullPending); });
    }

    void start(const QString &scope)
    {
        m_scope = scope;
        if (m_adopted) {
            // A full listing is already in the state: keep the cache in step, poll on schedule.
            QList<Server> servers;
            QDateTime fetchedAt;
            {
                QReadLocker lock(&m_state->lock);
                servers = m_state->servers.values();
                fetchedAt = m_state->fetchedAt;
            }
            if (m_cache) {
                if (const CloudError e = m_cache->replaceServers(m_scope, servers, fetchedAt))
                    qCWarning(lcInventory).noquote() << "cache not updated:" << e.detail();
            }
            Q_EMIT onlineChanged(true);
            Q_EMIT serversChanged(servers, {});
            Q_EMIT refreshed(fetchedAt);
            scheduleNext();
            return;
        }
        loadCache();
        m_fullPending = true;
        poll(true);
    }
    // The state already holds the listing (written by the caller); what the poller keeps of it.
    void adopt(const QDateTime &newest, const QDateTime &fetchedAt)
    {
        m_adopted = true;
        m_changesSince = changesSinceAfter(newest, fetchedAt);
        m_lastFullMs = nowMs();
        m_fullPending = false;
    }
    void stop() { m_timer->stop(); }
    void refreshNow()
    {
        m_fullPending = true;
        if (!m_polling)
            poll(true);
    }
    void setWaitGap(int ms)
    {
        m_waitGapMs = qBound(50, ms, 60000);
        if (!m_polling && m_timer->isActive() && m_timer->remainingTime() > m_waitGapMs && waiting())
            m_timer->start(m_waitGapMs);
    }
    [[nodiscard]] int waitGapMs() const { return m_waitGapMs; }
    void setIntervals(int fast, int slow)
    {
        m_fastSeconds = qMax(1, fast);
        m_slowSeconds = qMax(m_fastSeconds, slow);
        if (!m_polling && m_timer->isActive())
            scheduleNext();
    }
    void soon(int ms)
    {
        if (!m_polling && (!m_timer->isActive() || m_timer->remainingTime() > ms))
            m_timer->start(ms);
    }
    [[nodiscard]] int fastMs() const { return m_fastSeconds * 1000; }

Q_SIGNALS:
    void serversChanged(const QList<Server> &changed, const QStringList &removedIds);
    void refreshed(const QDateTime &fetchedAt);
    void onlineChanged(bool online);
    void errorOccurred(const CloudError &error);
    void pollFinished(quint64 pollCount);

private:
    [[nodiscard]] bool waiting() const { return m_state->waitingUntilMs.loadRelaxed() > nowMs(); }

    // The cache in pages (issue 18: 50,000 cached desktops took 1.2 s to read before the window
    // saw one): a small first page the table paints at once, then the rest in bigger pages, each
    // handed on as it is read. The first poll starts only after the last page (start()), so its
    // diff sees every cached server; fetchedAt and fromCache are set with the first page.
    void loadCache()
    {
        if (!m_cache)
            return;
        QDateTime fetchedAt;
        const qsizetype total = m_cache->loadServerPages(m_scope, FirstCachePage, CachePage,
                                                         [this, &fetchedAt](const QList<Server> &page, const QDateTime &at) {
            {
                QWriteLocker lock(&m_state->lock);
                for (const Server &s : page)
                    m_state->servers.insert(s.id, s);
                m_state->fetchedAt = at;
                m_state->fromCache = true;
            }
            fetchedAt = at;
            Q_EMIT serversChanged(page, {});
        });
        if (total == 0)
            return;
        qCInfo(lcInventory) << "showing" << total << "cached servers from" << fetchedAt;
        Q_EMIT refreshed(fetchedAt);
    }

    void poll(bool full)
    {
        if (m_polling)
            return;
        m_polling = true;
        m_timer->stop();
        ServerQuery query;
        if (!full && m_changesSince.isValid())
            query.changesSince = m_changesSince;
        else
            full = true;
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        const quint64 number = m_state->pollsStarted.fetchAndAddOrdered(1) + 1;
        m_compute->listAllServers(query, this, [this, full, startedAt, number](Result<QList<Server>> result) {
            m_polling = false;
            if (!result) {
                onFailed(result.error(), full);
            } else {
                onPolled(result.value(), full, startedAt);
                m_state->lastGoodPoll.storeRelease(number);
            }
            const quint64 count = m_state->pollCount.fetchAndAddOrdered(1) + 1;
            scheduleNext();
            Q_EMIT pollFinished(count);
        });
    }

    void onFailed(const CloudError &error, bool full)
    {
        bool wasOnline = false;
        {
            QWriteLocker lock(&m_state->lock);
            wasOnline = m_state->online;
            m_state->online = false;
            m_state->lastError = error;
        }
        qCWarning(lcInventory).noquote() << "poll failed:" << error.detail();
        if (full)
            m_fullPending = true;
        if (wasOnline)
            Q_EMIT onlineChanged(false);
        Q_EMIT errorOccurred(error);
    }

    void onPolled(const QList<Server> &servers, bool full, const QDateTime &startedAt)
    {
        QList<Server> changed;
        QStringList removed;
        bool becameOnline = false;
        QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
        {
            QWriteLocker lock(&m_state->lock);
            QSet<QString> seen;
            QDateTime newest = m_changesSince;
            for (const Server &polled : servers) {
                if (polled.updated.isValid() && (!newest.isValid() || polled.updated > newest))
                    newest = polled.updated;
                if (polled.isDeleted()) {
                    if (m_state->servers.remove(polled.id))
                        removed << polled.id;
                    continue;
                }
                seen.insert(polled.id);
                const Server s = withOverlay(polled);
                auto it = m_state->servers.find(s.id);
                if (it == m_state->servers.end()) {
                    m_state->servers.insert(s.id, s);
                    changed << s;
                } else if (!(*it == s)) {
                    *it = s;
                    changed << s;
                }
            }
            if (full) {
                for (auto it = m_state->servers.begin(); it != m_state->servers.end();) {
                    if (!seen.contains(it.key())) {
                        removed << it.key();
                        it = m_state->servers.erase(it);
                    } else {
                        ++it;
                    }
                }
            }
            m_changesSince = changesSinceAfter(newest, startedAt);
            m_state->fetchedAt = fetchedAt;
            m_state->lastError = CloudError();
            becameOnline = !m_state->online;
            m_state->online = true;
            m_state->fromCache = false;
        }
        if (full)
            m_lastFullMs = nowMs();
        m_fullPending = nowMs() - m_lastFullMs >= FullRefreshMs;
        if (m_cache) {
            CloudError e = full ? m_cache->replaceServers(m_scope, servers, fetchedAt)
                                : m_cache->applyServerDelta(m_scope, servers, fetchedAt);
            if (e)
                qCWarning(lcInventory).noquote() << "cache not updated:" << e.detail();
        }
        if (becameOnline)
            Q_EMIT onlineChanged(true);
        if (!changed.isEmpty() || !removed.isEmpty())
            Q_EMIT serversChanged(changed, removed);
        Q_EMIT refreshed(fetchedAt);
    }

public:
    // A task attached (or released) a floating address: show it now, until Nova reports it too.
    void setFloatingOverlay(const QString &serverId, const QString &address)
    {
        m_overlays.insert(serverId, {address, nowMs() + OverlayMs});
        Server updated;
        {
            QWriteLocker lock(&m_state->lock);
            auto it = m_state->servers.find(serverId);
            if (it == m_state->servers.end())
                return;
            *it = withOverlay(*it);
            updated = *it;
        }
        Q_EMIT serversChanged({updated}, {});
    }

private:
    Server withOverlay(Server s)
    {
        auto o = m_overlays.find(s.id);
        if (o == m_overlays.end())
            return s;
        const bool novaHasIt = o->address.isEmpty() ? s.floatingAddress().isEmpty()
                                                    : s.floatingAddress() == o->address;
        if (novaHasIt || o->untilMs < nowMs()) {
            m_overlays.erase(o);
            return s;
        }
        s.addresses.erase(std::remove_if(s.addresses.begin(), s.addresses.end(),
                                         [](const ServerAddress &a) { return a.type == QLatin1String("floating"); }),
                          s.addresses.end());
        if (!o->address.isEmpty()) {
            ServerAddress a;
            a.address = o->address;
            a.type = QStringLiteral("floating");
            a.network = s.addresses.isEmpty() ? QString() : s.addresses.first().network;
            s.addresses << a;
        }
        return s;
    }

    void scheduleNext()
    {
        if (waiting()) {
            m_timer->start(m_waitGapMs); // tasks wait for this listing: the next one soon after
            return;
        }
        bool busy = m_state->fastUntilMs.loadRelaxed() > nowMs();
        {
            QReadLocker lock(&m_state->lock);
            busy = busy || !m_state->online;
            for (auto it = m_state->servers.cbegin(); !busy && it != m_state->servers.cend(); ++it)
                busy = it->isTransitional();
        }
        m_timer->start((busy ? m_fastSeconds : m_slowSeconds) * 1000);
    }

    CloudSessionPtr m_session;
    Inventory::State *m_state;
    InventoryCacheStore *m_cache;
    RestClient *m_client = nullptr;
    std::unique_ptr<ComputeApi> m_compute;
    QTimer *m_timer = nullptr;
    QString m_scope;
    QDateTime m_changesSince;
    bool m_polling = false;
    bool m_adopted = false; // start() found a listing adopted before it
    bool m_fullPending = true;
    qint64 m_lastFullMs = 0;
    struct Overlay
    {
        QString address; // empty: the floating address was released
        qint64 untilMs = 0;
    };
    QHash<QString, Overlay> m_overlays; // server id → floating address we know better than Nova
    int m_fastSeconds = 5;
    int m_slowSeconds = 60;
    int m_waitGapMs = 500;
};

Inventory::Inventory(CloudSessionPtr session, InventoryCacheStore *cache, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    qRegisterMetaType<QList<Server>>();
    qRegisterMetaType<CloudError>();
    m_thread.setObjectName(QStringLiteral("phoenix-inventory"));
    m_poller = new InventoryPoller(m_session, &m_state, cache);
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &InventoryPoller::serversChanged, this, &Inventory::serversChanged);
    connect(m_poller, &InventoryPoller::refreshed, this, &Inventory::refreshed);
    connect(m_poller, &InventoryPoller::onlineChanged, this, &Inventory::onlineChanged);
    connect(m_poller, &InventoryPoller::errorOccurred, this, &Inventory::errorOccurred);
    connect(m_poller, &InventoryPoller::pollFinished, this, &Inventory::pollFinished);
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, &InventoryPoller::init, Qt::QueuedConnection);
}

Inventory::~Inventory()
{
    m_thread.quit();
    m_thread.wait();
}

QString Inventory::scopeFor(const CloudConfig &c)
{
    return InventoryCache::scopeFor(c.authUrl, c.projectId.isEmpty() ? c.projectName : c.projectId, c.regionName);
}

QString Inventory::scope() const
{
    return scopeFor(m_session->config());
}

void Inventory::start()
{
    QMetaObject::invokeMethod(m_poller, [p = m_poller, scope = scope()] { p->start(scope); }, Qt::QueuedConnection);
}

void Inventory::adoptListing(const QList<Server> &servers, const QDateTime &fetchedAt)
{
    QDateTime newest;
    {
        QWriteLocker lock(&m_state.lock);
        m_state.servers.clear();
        m_state.servers.reserve(servers.size());
        for (const Server &s : servers) {
            if (s.isDeleted())
                continue;
            m_state.servers.insert(s.id, s);
            if (s.updated.isValid() && (!newest.isValid() || s.updated > newest))
                newest = s.updated;
        }
        m_state.fetchedAt = fetchedAt;
        m_state.lastError = CloudError();
        m_state.fromCache = false;
        m_state.online = true;
        // Counted as a poll that began and succeeded before any task's change mark.
        const quint64 number = m_state.pollsStarted.fetchAndAddOrdered(1) + 1;
        m_state.lastGoodPoll.storeRelease(number);
        m_state.pollCount.fetchAndAddOrdered(1);
    }
    QMetaObject::invokeMethod(m_poller, [p = m_poller, newest, fetchedAt] { p->adopt(newest, fetchedAt); },
                              Qt::QueuedConnection);
}

void Inventory::stop()
{
    QMetaObject::invokeMethod(m_poller, &InventoryPoller::stop, Qt::QueuedConnection);
}

void Inventory::refreshNow()
{
    QMetaObject::invokeMethod(m_poller, &InventoryPoller::refreshNow, Qt::QueuedConnection);
}

void Inventory::setPollIntervals(int fastSeconds, int slowSeconds)
{
    QMetaObject::invokeMethod(m_poller, [p = m_poller, fastSeconds, slowSeconds] { p->setIntervals(fastSeconds, slowSeconds); },
                              Qt::QueuedConnection);
}

void Inventory::setWaitGapMs(int ms)
{
    QMetaObject::invokeMethod(m_poller, [p = m_poller, ms] { p->setWaitGap(ms); }, Qt::QueuedConnection);
}

QList<Server> Inventory::servers() const
{
    QReadLocker lock(&m_state.lock);
    return m_state.servers.values();
}

std::optional<Server> Inventory::server(const QString &id) const
{
    QReadLocker lock(&m_state.lock);
    const auto it = m_state.servers.constFind(id);
    if (it == m_state.servers.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Server> Inventory::serverByName(const QString &name) const
{
    QReadLocker lock(&m_state.lock);
    for (const Server &s : m_state.servers) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

QDateTime Inventory::fetchedAt() const
{
    QReadLocker lock(&m_state.lock);
    return m_state.fetchedAt;
}

bool Inventory::isFromCache() const
{
    QReadLocker lock(&m_state.lock);
    return m_state.fromCache;
}

bool Inventory::isOnline() const
{
    QReadLocker lock(&m_state.lock);
    return m_state.online;
}

CloudError Inventory::lastError() const
{
    QReadLocker lock(&m_state.lock);
    return m_state.lastError;
}

quint64 Inventory::pollCount() const
{
    return m_state.pollCount.loadAcquire();
}

quint64 Inventory::changeMark() const
{
    return m_state.pollsStarted.loadAcquire();
}

bool Inventory::hasPolledSince(quint64 mark) const
{
    return m_state.lastGoodPoll.loadAcquire() > mark;
}

void Inventory::requestFastPoll()
{
    // Every waiting task asks again at each wake-up (each poll): the back-to-back listings stop
    // a few gaps after the last task stopped waiting. 200 tasks asking within a second: once.
    if (m_state.waitingUntilMs.loadRelaxed() > nowMs() + 1000)
        return;
    QMetaObject::invokeMethod(m_poller, [this] {
        const qint64 now = nowMs();
        m_state.waitingUntilMs.storeRelaxed(now + qMax<qint64>(2000, 4LL * m_poller->waitGapMs()));
        m_state.fastUntilMs.storeRelaxed(now + 3LL * m_poller->fastMs());
        m_poller->soon(m_poller->waitGapMs());
    }, Qt::QueuedConnection);
}

void Inventory::noteFloatingAddress(const QString &serverId, const QString &address)
{
    QMetaObject::invokeMethod(m_poller, [p = m_poller, serverId, address] { p->setFloatingOverlay(serverId, address); },
                              Qt::QueuedConnection);
}

void Inventory::notifyChanged()
{
    QMetaObject::invokeMethod(m_poller, [this] {
        m_state.fastUntilMs.storeRelaxed(nowMs() + 3LL * m_poller->fastMs());
        m_poller->soon(qMin(1000, m_poller->fastMs()));
    }, Qt::QueuedConnection);
}

#include "inventory.moc"
