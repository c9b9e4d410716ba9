#pragma once

// The demo cloud: an OpenStack-compatible simulator (Keystone v3, Nova 2.1–2.93, Glance v2,
// Neutron v2.0) served in-process on 127.0.0.1, for `phoenix --demo` and for fault injection in
// tests. The app reaches it through the normal client code (RestClient and the *Api classes).
//
//   DemoCloud demo;
//   demo.setSpeed(DemoCloud::TestSpeed);   // delays of ~10-100 ms instead of seconds
//   demo.seedSchool();
//   const quint16 port = demo.start();
//   auto session = std::make_shared<CloudSession>(demo.cloudConfig(QStringLiteral("labadmin")));
//
// Threading: a DemoCloud serves from the thread it lives in (its event loop must run); the fault
// API (addFault, removeFault, clearFaults, faultFiredCount) may be called from any thread, the
// rest from the cloud's thread.

#include "cloud/cloudconfig.h"
#include "cloud/demo/demofaults.h"
#include "cloud/demo/demostate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class DemoHttpServer;
class DemoIdentityService;
class DemoComputeService;
class DemoImageService;
class DemoNetworkService;
struct DemoHttpAction;
struct DemoHttpRequest;

// A course of the seeded school, as the Phoenix courses feature will know it.
struct DemoCourse
{
    QString code;        // "py-01": phoenix:course on its desktops, prefix of their names
    QString name;        // "Python 入门"
    QString teacher;     // Keystone user name
    QString imageName;
    QString flavorName;
    QStringList students; // roster names, seat n = students[n-1]
};

struct DemoLesson
{
    QString courseCode;
    QDateTime start;     // UTC
    QDateTime end;
    QString room;
};

// What seedSchool() created: the fixed users (all with DemoCloud::Password) and the timetable.
struct DemoSchool
{
    QString projectName;
    QString adminUser;
    QStringList teachers;
    QList<DemoCourse> courses;
    QList<DemoLesson> lessons; // the next two weeks; the first starts 15 minutes after seeding
    QString appCredentialId;
    QString appCredentialSecret;
};

// One request as the cloud saw it (tests use these to count calls and check what happened).
struct DemoRequestRecord
{
    QByteArray method;
    QString path;
    int status = 0;   // 0: the connection was reset or cut
    QString fault;    // the injected fault kind, empty if none (delays are not faults)
    QString requestId;
    bool faultAfterHandling = false; // the cloud carried the request out, then the reply was lost or replaced
};

// How many requests to an endpoint the cloud saw and how many of them got an injected fault.
struct DemoFaultRate
{
    int requests = 0;
    int faulted = 0;       // before or after handling (delays do not count)
    int afterHandling = 0; // of those, the ones the cloud had carried out
    [[nodiscard]] double rate() const { return requests > 0 ? double(faulted) / requests : 0.0; }
};

class DemoCloud : public QObject
{
    Q_OBJECT

public:
    static constexpr double RealisticSpeed = 1.0; // BUILD 4-10 s, actions 1-4 s
    static constexpr double TestSpeed = 100.0;    // BUILD 40-100 ms, actions 10-40 ms
    static constexpr auto Password = "phoenix-demo";        // every seeded user's password
    static constexpr auto AppCredentialSecret = "phoenix-demo-appcred";
    static constexpr auto ProjectName = "school";
    static constexpr auto AdminUser = "labadmin";

    explicit DemoCloud(QObject *parent = nullptr);
    ~DemoCloud() override;

    // --- set-up
    void setSpeed(double speed); // 1 = realistic; larger is faster (delays are divided by it)
    [[nodiscard]] double speed() const;
    void setRandomSeed(quint32 seed); // ids, delays, faults and build failures repeat per seed
    DemoSchool seedSchool();          // see DemoSchool; call before or after start()
    [[nodiscard]] DemoSchool school() const { return m_school; }
    // Grows the seeded project to `total` desktops, as when several schools share one campus cloud:
    // copies of a seeded student desktop in courses of 30 ("campus-c0001-s01", ...), without ports
    // (no addresses), a tenth of them suspended; the project's instance quota grows to fit. Returns
    // the project's desktop count afterwards. For benchmarks and `phoenix-democloud --desktops N`.
    int growSchool(int total);

    // Listens on 127.0.0.1 (port 0 = a free port); returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const; // http://127.0.0.1:PORT
    [[nodiscard]] QString authUrl() const; // http://127.0.0.1:PORT/identity/v3

    // A ready CloudConfig for a seeded user (password auth, project "school"), or for labadmin's
    // application credential.
    [[nodiscard]] CloudConfig cloudConfig(const QString &user = QLatin1String(AdminUser)) const;
    [[nodiscard]] CloudConfig appCredentialConfig() const;
    // clouds.yaml with one entry per seeded user ("phoenix-demo" = labadmin, "phoenix-demo-<user>"),
    // plus "phoenix-demo-appcred".
    [[nodiscard]] QByteArray cloudsYaml() const;

    // --- fault injection
    int addFault(const DemoFault &fault); // rule id
    void removeFault(int ruleId);
    void clearFaults();
    [[nodiscard]] int faultFiredCount(int ruleId) const;
    [[nodiscard]] DemoFaultInjector &faults() { return m_faults; }
    void setBuildFailureRate(double probability); // servers go to ERROR during BUILD
    void failNextBuilds(int count);               // deterministic: the next N builds fail
    void expireAllTokens();                       // every token issued so far is expired now
    void setTokenLifetime(int seconds);           // for tokens issued from now on (default 3600)
    void dropConnections();                       // closes every open client connection
    void setLatency(int minMs, int maxMs);        // per-request latency before speed scaling
    void setComputeQuota(const QString &projectName, const DemoComputeQuota &quota);
    void setReclaimInterval(int seconds);         // > 0: Nova soft delete (SOFT_DELETED, forceDelete, restore)
    // While held, servers stay in their current (transitional) state; releasing lets them go on.
    void holdTransitions(bool hold);

    // --- inspection (tests)
    [[nodiscard]] QList<DemoRequestRecord> requests() const;
    [[nodiscard]] int requestCount(const QByteArray &method, const QString &pathPattern) const;
    // Requests (method, empty = any; regular expression on the path) and the faults injected into them.
    [[nodiscard]] DemoFaultRate faultRate(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests();
    [[nodiscard]] QList<DemoServer> servers(bool includeDeleted = false) const;
    [[nodiscard]] const DemoServer *serverByName(const QString &name) const; // not deleted
    [[nodiscard]] DemoState *state() { return m_state.get(); } // white-box access

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    DemoHttpAction handle(DemoHttpRequest &request);
    void applyFault(const DemoFault &fault, DemoHttpAction *action, const DemoHttpRequest &request);
    void ensureSeedBase(); // roles, projects and users that every seed needs

    std::unique_ptr<DemoState> m_state;
    std::unique_ptr<DemoIdentityService> m_identity;
    std::unique_ptr<DemoImageService> m_image;
    std::unique_ptr<DemoComputeService> m_compute;
    std::unique_ptr<DemoNetworkService> m_network;
    std::unique_ptr<DemoHttpServer> m_server;
    DemoFaultInjector m_faults;
    DemoSchool m_school;
    int m_latencyMinMs = 20;
    int m_latencyMaxMs = 120;
};
