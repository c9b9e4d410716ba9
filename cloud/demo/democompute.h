#pragma once

#include <optional>

#include "cloud/demo/demoservice.h"

#include <QHash>

class DemoImageService;

// Nova v2.1 under /compute: microversions 2.1–2.93, servers (list, detail, filters, paging,
// changes-since), create with a timed BUILD, actions with Nova's transitional task states and
// 409 conflicts, metadata, tags, remote consoles, flavors, limits and quotas, instance actions,
// hypervisors (admin).
class DemoComputeService : public DemoService
{
public:
    static constexpr int MaxMinor = 93;

    DemoComputeService(DemoState *state, DemoImageService *images);

    DemoHttpResponse handle(DemoHttpRequest &request, const QString &path) override;
    DemoHttpResponse errorReply(int status, const DemoHttpRequest &request, const QString &message) override;

    // Serves the demo noVNC page (GET /novnc/vnc_auto.html?path=?token=...).
    DemoHttpResponse consolePage(const DemoHttpRequest &request) const;

    // Carries out a server build: the timed BUILD sequence, ERROR with the cloud's failure rate.
    void startBuild(const QString &serverId);

private:
    struct Context
    {
        DemoHttpRequest *request = nullptr;
        DemoCaller caller;
        int minor = 1;
    };

    // routing parts
    DemoHttpResponse route(Context &c, const QStringList &seg);
    DemoHttpResponse versionDocument(bool root) const;
    bool parseMicroversion(const DemoHttpRequest &request, int *minor, DemoHttpResponse *error) const;

    // servers (democomputeservers.cpp)
    DemoHttpResponse listServers(Context &c, bool detail);
    DemoHttpResponse createServer(Context &c);
    DemoHttpResponse showServer(Context &c, const QString &id);
    DemoHttpResponse updateServer(Context &c, const QString &id);
    DemoHttpResponse deleteServer(Context &c, const QString &id);
    QJsonObject serverJson(const DemoServer &s, const Context &c, bool show) const;
    QJsonObject addressesJson(const DemoServer &s) const;
    DemoServer *visibleServer(const Context &c, const QString &id);
    void recordAction(DemoServer &s, const QString &action, const Context &c);

    // actions (democomputeactions.cpp)
    DemoHttpResponse serverAction(Context &c, const QString &id);
    struct Step
    {
        QString taskState;
        int minMs;   // realistic duration, scaled by the cloud's speed
        int maxMs;
        std::function<void(DemoServer &)> enter = {}; // runs when the step begins
    };
    // Sets the first task state now, walks the others after their (scaled) delays, then calls finish.
    void runSteps(const QString &serverId, const QList<Step> &steps, std::function<void(DemoServer &)> finish);
    void finishDelete(const QString &serverId);
    void assignHost(DemoServer &s);
    bool plugNetworks(DemoServer &s); // false (and ERROR) when no address is left
    void failBuild(DemoServer &s, const QString &message);

    // the rest (democompute.cpp)
    DemoHttpResponse metadata(Context &c, DemoServer &s, const QStringList &seg);
    DemoHttpResponse tags(Context &c, DemoServer &s, const QStringList &seg);
    DemoHttpResponse remoteConsole(Context &c, DemoServer &s);
    DemoHttpResponse instanceActions(Context &c, const QString &id, const QStringList &seg);
    DemoHttpResponse flavors(Context &c, const QStringList &seg);
    QJsonObject flavorJson(const DemoFlavor &f, const Context &c, bool detail) const;
    DemoHttpResponse limits(Context &c);
    DemoHttpResponse quotaSet(Context &c, const QString &projectId);
    DemoHttpResponse hypervisors(Context &c, bool detail);
    DemoHttpResponse services(Context &c, const QStringList &seg);
    // The move actions (live, cold + confirmResize) of an administrator; null when not one.
    std::optional<DemoHttpResponse> moveAction(Context &c, DemoServer &s, const QString &action, const QJsonValue &arg);

    // "Cannot 'stop' instance X while it is in vm_state stopped" (409), or an empty status when allowed.
    static DemoHttpResponse checkState(const DemoServer &s, const QString &action, const QStringList &vmStates,
                                       const QStringList &taskStates = {QString()});
    QString url(const QString &path) const; // base + /compute + path

    DemoImageService *m_images;
    QHash<QString, QString> m_consoleTokens; // token -> server id
};
