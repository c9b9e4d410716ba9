#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class RestClient;

// The state a desktop operation waits for.
enum class ServerGoal {
    Active,
    Shutoff,
    Suspended,
    Paused,
    Shelved, // SHELVED_OFFLOADED, or SHELVED while the cloud keeps it on the host
    Gone
};

/**
 * Waits until servers reach their goal state, with ONE shared poll for all of them: each round is
 * one `GET /servers/detail?changes-since=<cursor>` (following pages), where the cursor comes from
 * the servers' own `updated` times, so the local clock never matters and unchanged servers are
 * not fetched again. Deleted servers come back as DELETED in those deltas.
 *
 * Each server ends in exactly one of reached() or failed() (ERROR state, timeout, or a poll that
 * failed); finished() follows the last of them. Signals are emitted in the client's thread.
 */
class ServerWaiter : public QObject
{
    Q_OBJECT

public:
    explicit ServerWaiter(RestClient *client, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // snapshot: the server as last seen before the operation (its "updated" seeds the cursor)
    void add(const Server &snapshot, ServerGoal goal);
    void start();
    [[nodiscard]] int pending() const { return int(m_targets.size()); }

    // Pure: whether a server seen in a poll is at the goal; whether it can no longer get there.
    static bool isReached(const Server &server, ServerGoal goal);
    static bool isFailed(const Server &server, ServerGoal goal);
    static QString goalName(ServerGoal goal);

Q_SIGNALS:
    void progress(const Server &server);  // a waited-for server changed status or task state
    void reached(const Server &server);
    void failed(const Server &server, const CloudError &error); // server: the last state seen
    void finished();

private:
    struct Target
    {
        Server last;
        ServerGoal goal = ServerGoal::Active;
        bool seen = false; // observed at least once by a poll (the snapshot predates the operation)
    };

    void poll();
    void onPolled(const Result<QList<Server>> &servers);
    void onTimeout();
    void finishTarget(const QString &id, const CloudError &error);
    void scheduleNext();

    QPointer<RestClient> m_client;
    QHash<QString, Target> m_targets;
    QDateTime m_cursor;
    QTimer m_deadline;
    int m_pollMs = 2000;
    int m_timeoutMs = 600000;
    int m_round = 0;
    bool m_started = false;
    bool m_polling = false;
};
