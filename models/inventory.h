#pragma once

#include "cloudsession.h"
#include "cloudtypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <QTimer>

#include <optional>

class Database;
class RestClient;
class ComputeApi;

// The live list of a project's servers, shared by the window and the task engine.
// Lives in the GUI thread and talks to Nova asynchronously there. One poll serves everybody: the
// tables and every task waiting for a state read the same snapshot (server() is thread-safe).
// Polls are incremental (changes-since) and adaptive: fast while anything is in transition or
// a task waits, slow otherwise. Starts from the database cache so the window fills at once.
class Inventory : public QObject
{
    Q_OBJECT

public:
    Inventory(CloudSessionPtr session, Database *database, QObject *parent = nullptr);
    ~Inventory() override;

    // Loads the cache (if any) and starts polling.
    void start();
    void stop();
    void refreshNow();          // a full listing now
    void setPollIntervals(int fastSeconds, int slowSeconds);

    [[nodiscard]] QList<Server> servers() const;              // snapshot, any thread
    [[nodiscard]] std::optional<Server> server(const QString &id) const; // any thread
    [[nodiscard]] std::optional<Server> serverByName(const QString &name) const;
    [[nodiscard]] QDateTime fetchedAt() const;                // age of the data shown
    [[nodiscard]] bool isFromCache() const;                   // nothing fetched yet in this run
    [[nodiscard]] bool isOnline() const;                      // the last poll reached the cloud
    [[nodiscard]] CloudError lastError() const;
    [[nodiscard]] QString scope() const;                      // cache scope: cloud identity

    // Any thread: a task is waiting for a state; poll fast until it stops asking.
    void requestFastPoll();
    // Any thread: a task changed something; make the next poll come soon.
    void notifyChanged();
    // Any thread: how many polls have completed (tasks wait for one after their change).
    [[nodiscard]] quint64 pollCount() const;

Q_SIGNALS:
    // A diff: servers added or changed, and ids that vanished. Never a reset.
    void serversChanged(const QList<Server> &changed, const QStringList &removedIds);
    void refreshed(const QDateTime &fetchedAt);
    void onlineChanged(bool online);
    void errorOccurred(const CloudError &error);

private:
    void poll(bool full);
    void onPolled(const QList<Server> &servers, bool full, const QDateTime &startedAt);
    void scheduleNext();
    void loadCache();
    void saveCache(bool full, const QList<Server> &changed, const QStringList &removed);

    CloudSessionPtr m_session;
    Database *m_database = nullptr;
    RestClient *m_client = nullptr;
    ComputeApi *m_compute = nullptr;
    QTimer m_timer;
    mutable QReadWriteLock m_lock;
    QHash<QString, Server> m_servers;
    QDateTime m_fetchedAt;
    QDateTime m_lastChangesSince;
    CloudError m_lastError;
    bool m_fromCache = true;
    bool m_online = false;
    bool m_polling = false;
    bool m_fullPending = false;
    int m_incrementalPolls = 0;
    QAtomicInteger<quint64> m_pollCount = 0;
    int m_fastSeconds = 5;
    int m_slowSeconds = 60;
    QAtomicInteger<qint64> m_fastUntilMs = 0;
};
