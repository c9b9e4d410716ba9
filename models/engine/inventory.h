#pragma once

#include "cloud/cloudsession.h"
#include "cloud/cloudtypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <QThread>

#include <optional>

class InventoryCacheStore;
class InventoryPoller;

// The live list of a project's servers, shared by the window and the task engine.
// One poll serves everybody: the tables and every task waiting for a state read the same snapshot
// (server() is thread-safe). Polls are incremental (changes-since) and adaptive: fast while anything
// is in transition or a task waits, slow otherwise. Fetching, parsing and diffing run on the
// inventory's own thread, so a first load of 10,000 servers never stalls the GUI; the GUI thread
// only receives the diff. Starts from the database cache so the window fills at once.
class Inventory : public QObject
{
    Q_OBJECT

public:
    // cache may be null (no persistence); it must be usable from the inventory's thread.
    Inventory(CloudSessionPtr session, InventoryCacheStore *cache, QObject *parent = nullptr);
    ~Inventory() override;

    // Loads the cache (if any) and starts polling.
    void start();
    // Any thread, before start(): a full listing of the project that was just made elsewhere
    // (phoenixctl lists every server to resolve the names it was given). It counts as a successful
    // full poll: the tasks' first tries read it instead of asking Nova for each desktop, start()
    // neither reads the cache nor lists again at once, and the next poll asks only for changes.
    void adoptListing(const QList<Server> &servers, const QDateTime &fetchedAt);
    void stop();
    void refreshNow(); // a full listing now
    void setPollIntervals(int fastSeconds, int slowSeconds);
    // While a task waits for a state, listings run back to back with this pause between the end
    // of one and the start of the next (default 500 ms): still one listing at a time per inventory.
    void setWaitGapMs(int ms);

    [[nodiscard]] QList<Server> servers() const;                         // snapshot, any thread
    [[nodiscard]] std::optional<Server> server(const QString &id) const; // any thread
    [[nodiscard]] std::optional<Server> serverByName(const QString &name) const;
    [[nodiscard]] QDateTime fetchedAt() const; // age of the data shown
    [[nodiscard]] bool isFromCache() const;    // nothing fetched yet in this run
    [[nodiscard]] bool isOnline() const;       // the last poll reached the cloud
    [[nodiscard]] CloudError lastError() const;
    [[nodiscard]] QString scope() const; // cache and journal scope: cloud, project, region
    static QString scopeFor(const CloudConfig &config);
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }

    // Any thread: a task is waiting for a state; poll fast until it stops asking.
    void requestFastPoll();
    // Any thread: a task changed something; make the next poll come soon.
    void notifyChanged();
    // Any thread: a task attached (address) or released ("") the server's floating address.
    // Shown at once; Nova's own view of it lags and changes-since does not report it.
    void noteFloatingAddress(const QString &serverId, const QString &address);
    // Any thread: how many polls have completed (successful or not).
    [[nodiscard]] quint64 pollCount() const;
    // Any thread: a mark taken right after a change (how many polls had begun); hasPolledSince()
    // says whether a poll that began after it has succeeded — the first snapshot that can show the
    // change. Polls run one at a time, so that is the next poll to begin, not the one in flight.
    [[nodiscard]] quint64 changeMark() const;
    [[nodiscard]] bool hasPolledSince(quint64 mark) const;

    // Shared with the poller thread.
    struct State
    {
        mutable QReadWriteLock lock;
        QHash<QString, Server> servers;
        QDateTime fetchedAt;
        CloudError lastError;
        bool fromCache = true;
        bool online = false;
        QAtomicInteger<quint64> pollCount = 0;
        QAtomicInteger<quint64> pollsStarted = 0;
        QAtomicInteger<quint64> lastGoodPoll = 0; // the pollsStarted number of the last successful poll
        QAtomicInteger<qint64> fastUntilMs = 0;
        QAtomicInteger<qint64> waitingUntilMs = 0; // a task waits: listings back to back (wait gap)
    };

Q_SIGNALS:
    // A diff: servers added or changed, and ids that vanished. Never a reset.
    void serversChanged(const QList<Server> &changed, const QStringList &removedIds);
    void refreshed(const QDateTime &fetchedAt);
    void onlineChanged(bool online);
    void errorOccurred(const CloudError &error);
    // After every poll, successful or not (pollCount() is already the new count): waiting tasks
    // wake on it instead of on a timer of their own.
    void pollFinished(quint64 pollCount);

private:
    CloudSessionPtr m_session;
    State m_state;
    QThread m_thread;
    InventoryPoller *m_poller = nullptr; // lives in m_thread
};
