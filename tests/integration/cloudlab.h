#pragma once

// Shared by the cloud integration tests: one signed-in connection to the test bed, the seed's
// image/flavor/network ids, server creation with a unique name prefix, waiting for a state (by
// the engine's rule: the target status with no task state), and cleanup of everything that
// carries the prefix. Desktop operations themselves are the task engine's (tst_engine).

#include "cloud/apicallback.h"
#include "cloud/cloudsession.h"
#include "cloud/computeapi.h"
#include "cloud/restclient.h"

#include <QString>

// The state a test waits for.
enum class ServerGoal {
    Active,
    Shutoff,
    Suspended,
    Paused,
    Shelved, // SHELVED_OFFLOADED, or SHELVED while the cloud keeps it on the host
    Gone
};

class CloudLab
{
public:
    explicit CloudLab(const QString &testName);
    ~CloudLab();

    // After REQUIRE_LAB_CLOUD: connects and looks up the seed (ubuntu-22.04-desktop, win10-edu,
    // desk.tiny, lab-net). False with *why when the bed is not as the seed made it.
    bool connect(const CloudConfig &config, QString *why);

    // Runs one asynchronous call to its end (tests only: a local event loop).
    template<typename T>
    Result<T> call(const std::function<void(QObject *, ApiCallback<T>)> &start, int timeoutMs = 60000)
    {
        return waitFor<T>(start, timeoutMs);
    }

    // Creates <prefix><suffix> with Phoenix metadata (role/course) and the tags given.
    Result<Server> createServer(const QString &suffix, const QMap<QString, QString> &metadata = {},
                                const QStringList &tags = {});
    // Waits (a poll a second) until every server reaches goal; failures are listed in *why.
    bool waitUntil(const QList<Server> &servers, ServerGoal goal, int timeoutMs, QString *why);
    // Whether a server is at the goal: its target status with no task state (gone: deleted).
    static bool reached(const Server &server, ServerGoal goal);
    Result<Server> server(const QString &id);
    // Deletes every server and floating IP whose name/description starts with the prefix.
    void cleanUp();

    [[nodiscard]] QString name(const QString &suffix) const { return m_prefix + suffix; }
    [[nodiscard]] const QString &prefix() const { return m_prefix; }
    [[nodiscard]] RestClient *client() const { return m_client; }
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }
    [[nodiscard]] ComputeApi compute() const { return ComputeApi(m_client); }

    QString imageId;     // ubuntu-22.04-desktop
    QString altImageId;  // win10-edu
    QString flavorId;    // desk.tiny
    QString networkId;   // lab-net
    QString externalNetworkId; // public

private:
    QString m_prefix;
    CloudSessionPtr m_session;
    RestClient *m_client = nullptr;
};
