#pragma once

#include "apicallback.h"
#include "cloudtypes.h"
#include "computeapi.h"
#include "serverwaiter.h"

#include <QCoreApplication>

#include <optional>

class RestClient;

// What a person can do to a desktop's power and lifecycle (phoenixctl's verbs, later the tasks').
enum class DesktopVerb {
    Start,
    Stop,
    Suspend,
    Resume,
    Reboot,
    RebootHard,
    Rebuild,
    Shelve,
    Unshelve,
    Delete
};

/**
 * One verb on one server: the Nova call plus what belongs to it — nothing to do when the server
 * is already where the verb leads, rebuild onto the server's own image unless told otherwise,
 * and release the floating IPs before a delete (Neutron would keep them allocated otherwise).
 * Waiting for the goal state is ServerWaiter's job.
 */
class DesktopAction
{
    Q_DECLARE_TR_FUNCTIONS(DesktopAction)

public:
    struct Outcome
    {
        bool skipped = false;  // already in the goal state: nothing was sent
        QStringList released;  // floating IP addresses given back (delete)
    };

    explicit DesktopAction(RestClient *client);

    void run(const Server &server, DesktopVerb verb, const QString &imageId, QObject *context,
             ApiCallback<Outcome> callback, const CallOptions &options = {});

    static ServerGoal goal(DesktopVerb verb);
    static std::optional<ServerAction> serverAction(DesktopVerb verb); // none for Delete
    static bool alreadyDone(const Server &server, DesktopVerb verb);
    static QString name(DesktopVerb verb); // "start", "reboot --hard", ...
    static std::optional<DesktopVerb> fromName(const QString &name, bool hard = false);

private:
    RestClient *m_client;
};
