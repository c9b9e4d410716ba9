// Figures against the REAL OpenStack test bed (tests/openstack/up.sh; clouds.yaml in
// /var/lib/phoenix-lab or PHOENIX_TEST_CLOUDS, cloud lab-school):
//  issue 4: 50 resumes through the task engine vs a sequential `openstack server resume` loop vs
//           a parallel curl loop of the same REST calls (50 desk.tiny servers of
//           ubuntu-22.04-desktop on lab-net are created first, suspended, resumed by each method
//           with re-suspends in between, and deleted at the end);
//  issue 3: `phoenixctl desktops list` vs `openstack server list --long` vs curl fetching the same
//           API pages, with those 50+ servers in the project.
// Prints FIGURE lines (tests/bench/run-bench.sh); asserts nothing. Without the test bed it says
// so and exits 0.
// Usage: bench_testbed [--phoenixctl PATH] [--servers N] [--rounds N] [resume] [list]
#include "benchsupport.h"
#include "cloud/computeapi.h"
#include "cloud/cloudconfig.h"
#include "models/store/database.h"
#include "cloud/imageapi.h"
#include "models/engine/inventory.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Bench;

namespace
{
int Servers = 50; // --servers N for a quicker look
const QString CloudName = QStringLiteral("lab-school");

bool spinUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs a bash script; returns its wall time in ms (-1 when it failed) and its stdout.
double runScript(const QString &script, const QStringList &args, QString *out = nullptr, int timeoutMs = 900000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral("bench")} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const double ms = msSince(t);
    if (out)
        *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        note(QStringLiteral("script failed (%1): %2").arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAllStandardError()).right(600)));
        return -1;
    }
    return ms;
}

class TestBed
{
public:
    bool connect(QString *why)
    {
        m_cloudsFile = qEnvironmentVariable("PHOENIX_TEST_CLOUDS", QStringLiteral("/var/lib/phoenix-lab/clouds.yaml"));
        if (!QFileInfo::exists(m_cloudsFile)) {
            *why = m_cloudsFile + QStringLiteral(" does not exist (run tests/openstack/up.sh)");
            return false;
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_cloudsFile);
        Result<CloudConfig> config = CloudConfigLoader(env).load(CloudName);
        if (!config) {
            *why = config.error().userMessage();
            return false;
        }
        m_config = config.value();
        session = std::make_shared<CloudSession>(m_config);
        client = std::make_unique<RestClient>(session);
        ComputeApi compute(client.get());
        ImageApi images(client.get());
        NetworkApi network(client.get());
        auto flavors = waitFor<QList<Flavor>>([&](QObject *c, ApiCallback<QList<Flavor>> cb) { compute.listFlavors(c, cb); }, 60000);
        if (!flavors) {
            *why = flavors.error().userMessage();
            return false;
        }
        for (const Flavor &f : flavors.value())
            if (f.name == QLatin1String("desk.tiny"))
                flavorId = f.id;
        auto imgs = waitFor<QList<Image>>([&](QObject *c, ApiCallback<QList<Image>> cb) { images.listImages(c, cb); }, 60000);
        for (const Image &i : imgs.value())
            if (i.name == QLatin1String("ubuntu-22.04-desktop"))
                imageId = i.id;
        auto nets = waitFor<QList<Network>>([&](QObject *c, ApiCallback<QList<Network>> cb) { network.listNetworks(c, cb); }, 60000);
        for (const Network &n : nets.value())
            if (n.name == QLatin1String("lab-net"))
                networkId = n.id;
        if (flavorId.isEmpty() || imageId.isEmpty() || networkId.isEmpty()) {
            *why = QStringLiteral("the seed (desk.tiny, ubuntu-22.04-desktop, lab-net) is incomplete");
            return false;
        }
        prefix = QStringLiteral("phoenix-bench-%1-").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
        inventory = std::make_unique<Inventory>(session, nullptr);
        inventory->setPollIntervals(2, 10); // the app's shortest fast interval
        bool refreshed = false;
        const auto c = QObject::connect(inventory.get(), &Inventory::refreshed, inventory.get(), [&refreshed] { refreshed = true; });
        inventory->start();
        const bool ok = spinUntil([&] { return refreshed && inventory->isOnline(); }, 60000);
        QObject::disconnect(c);
        if (!ok)
            *why = QStringLiteral("the inventory did not load");
        return ok;
    }

    [[nodiscard]] QList<Server> ours(const QString &p) const
    {
        QList<Server> out;
        for (const Server &s : inventory->servers())
            if (s.name.startsWith(p))
                out << s;
        return out;
    }

    // Deletes every server whose name starts with p and waits until the inventory misses them.
    void deleteAll(const QString &p)
    {
        const QList<Server> doomed = ours(p);
        if (doomed.isEmpty())
            return;
        ComputeApi compute(client.get());
        QObject context;
        int pending = 0;
        for (const Server &s : doomed) {
            ++pending;
            compute.deleteServer(s.id, &context, [&pending](Result<bool>) { --pending; });
        }
        spinUntil([&] { return pending == 0; }, 120000);
        inventory->refreshNow();
        spinUntil([&] { return ours(p).isEmpty(); }, 180000);
    }

    bool createServers(int n, double *ms)
    {
        ComputeApi compute(client.get());
        QObject context;
        int next = 0;
        int inFlight = 0;
        int failed = 0;
        QElapsedTimer t;
        t.start();
        auto pump = [&](auto &self) -> void {
            while (inFlight < 10 && next < n) {
                ServerCreateSpec spec;
                spec.name = prefix + QStringLiteral("%1").arg(next + 1, 2, 10, QLatin1Char('0'));
                spec.imageId = imageId;
                spec.flavorId = flavorId;
                spec.networkId = networkId;
                spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
                spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("bench"));
                spec.tags << QString::fromLatin1(PhoenixMeta::Tag);
                ++next;
                ++inFlight;
                compute.createServer(spec, &context, [&, self](Result<Server> r) {
                    --inFlight;
                    if (!r) {
                        ++failed;
                        note(QStringLiteral("create failed: ") + r.error().detail());
                    }
                    self(self);
                });
            }
        };
        pump(pump);
        spinUntil([&] { return next == n && inFlight == 0; }, 300000);
        inventory->refreshNow();
        const bool active = spinUntil([&] {
            const QList<Server> list = ours(prefix);
            return list.size() == n && std::all_of(list.begin(), list.end(), [](const Server &s) {
                       return s.status == QLatin1String("ACTIVE") || s.status == QLatin1String("ERROR");
                   });
        }, 600000);
        *ms = msSince(t);
        int errors = 0;
        for (const Server &s : ours(prefix))
            errors += s.status == QLatin1String("ERROR") ? 1 : 0;
        if (errors)
            note(QStringLiteral("%1 servers went to ERROR").arg(errors));
        return active && failed == 0 && errors == 0;
    }

    // Waits until every one of ours is in status (no task state), as one shared poll sees it.
    bool waitAll(const QString &status, int timeoutMs, double *ms = nullptr)
    {
        QElapsedTimer t;
        t.start();
        inventory->requestFastPoll();
        const bool ok = spinUntil([&] {
            inventory->requestFastPoll();
            const QList<Server> list = ours(prefix);
            return list.size() == Servers && std::all_of(list.begin(), list.end(), [&status](const Server &s) {
                       return s.status == status && s.taskState.isEmpty();
                   });
        }, timeoutMs);
        if (ms)
            *ms = msSince(t);
        return ok;
    }

    QString novaUrl() const
    {
        return session->auth().catalog.endpoint(QStringLiteral("compute"), m_config.interface, m_config.regionName).toString();
    }
    QString neutronUrl() const
    {
        return session->auth().catalog.endpoint(QStringLiteral("network"), m_config.interface, m_config.regionName).toString();
    }
    QString token() const { return QString::fromLatin1(session->auth().token); }
    QString cloudsFile() const { return m_cloudsFile; }
    QStringList ids() const
    {
        QStringList out;
        for (const Server &s : ours(prefix))
            out << s.id;
        out.sort();
        return out;
    }

    CloudSessionPtr session;
    std::unique_ptr<RestClient> client;
    std::unique_ptr<Inventory> inventory;
    QString imageId;
    QString flavorId;
    QString networkId;
    QString prefix;

private:
    QString m_cloudsFile;
    CloudConfig m_config;
};

struct EngineRun
{
    double issuedMs = -1; // submit .. the last RESUME stage finished (every POST accepted)
    double waitedMs = -1; // submit .. the last WAIT stage finished (ACTIVE seen by the shared poll)
    double batchMs = -1;  // submit .. batch finished (or cancelled once every desktop was ACTIVE)
    int done = 0;
    double actionStartMedianMs = -1; // submit .. an action stage began (time spent queued)
    double actionMedianMs = -1;      // one action stage (GET the server, POST the action)
    double actionMaxMs = -1;
    int actionRetries = 0;
};

// Runs a batch; with cancelAfterWait the batch is cancelled once every task has passed WAIT
// (DETECT with the shipped settings probes unreachable addresses for minutes on the bed).
EngineRun engineBatch(TaskEngine &engine, TaskKind kind, const QStringList &ids, const QString &prefix,
                      bool cancelAfterWait = false)
{
    QList<TaskSpec> specs;
    for (const QString &id : ids) {
        TaskSpec t;
        t.kind = kind;
        t.serverId = id;
        t.serverName = prefix;
        specs << t;
    }
    EngineRun r;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QElapsedTimer t;
    t.start();
    const QString id = engine.submitBatch(QStringLiteral("bench"), kind, specs);
    spinUntil([&] {
        const auto b = engine.batch(id);
        if (b && b->isFinished())
            return true;
        if (!cancelAfterWait)
            return false;
        const QList<TaskSnapshot> tasks = engine.tasksOfBatch(id);
        return std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &task) {
            return task.isFinished() || task.stageIndex > task.chain.indexOf(Stage::Wait);
        });
    }, 900000);
    r.batchMs = msSince(t);
    if (cancelAfterWait) {
        engine.cancelBatch(id);
        spinUntil([&] {
            const auto b = engine.batch(id);
            return b && b->isFinished();
        }, 120000);
    }
    QDateTime lastAction;
    QDateTime lastWait;
    QList<double> starts;
    QList<double> durations;
    for (const TaskSnapshot &task : engine.tasksOfBatch(id)) {
        r.done += task.state == TaskState::Done || task.stageIndex > task.chain.indexOf(Stage::Wait) ? 1 : 0;
        for (const StageRecord &s : task.history) {
            if (s.stage == Stage::Action && s.ok) {
                if (!lastAction.isValid() || s.finishedAt > lastAction)
                    lastAction = s.finishedAt;
                starts << double(start.msecsTo(s.startedAt));
                durations << double(s.startedAt.msecsTo(s.finishedAt));
                r.actionRetries += s.attempt - 1;
            }
            if (s.stage == Stage::Wait && s.ok && (!lastWait.isValid() || s.finishedAt > lastWait))
                lastWait = s.finishedAt;
        }
    }
    r.actionStartMedianMs = median(starts);
    r.actionMedianMs = median(durations);
    r.actionMaxMs = maxOf(durations);
    r.issuedMs = lastAction.isValid() ? double(start.msecsTo(lastAction)) : -1;
    r.waitedMs = lastWait.isValid() ? double(start.msecsTo(lastWait)) : -1;
    return r;
}

// ---------------------------------------------------------------------------------------------
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0) : QString();
}

void resumeBench(TestBed &bed, TaskEngine &engine, int rounds)
{
    std::printf("\n== %d resumes: task engine vs `openstack server resume` loop vs parallel curl (test bed)\n", Servers);
    const QStringList ids = bed.ids();
    auto suspendAll = [&] {
        const EngineRun s = engineBatch(engine, TaskKind::Suspend, ids, bed.prefix);
        const bool ok = bed.waitAll(QStringLiteral("SUSPENDED"), 300000);
        if (!ok || s.done != Servers)
            note(QStringLiteral("suspending did not complete (%1 done)").arg(s.done));
        return ok;
    };
    auto describe = [](const QString &what, const EngineRun &e) {
        note(QStringLiteral("%1: %2/%3 past WAIT; every resume accepted after %4 ms, every desktop ACTIVE (WAIT) after %5 ms; "
                            "action stages began a median %6 ms after submit and took a median %7 ms (max %8 ms, %9 retries); load %10")
                 .arg(what).arg(e.done).arg(Servers).arg(e.issuedMs, 0, 'f', 0).arg(e.waitedMs, 0, 'f', 0)
                 .arg(e.actionStartMedianMs, 0, 'f', 0).arg(e.actionMedianMs, 0, 'f', 0).arg(e.actionMaxMs, 0, 'f', 0)
                 .arg(e.actionRetries).arg(loadAverage()));
    };
    const EngineSettings base = engine.settings();
    const int concurrency = base.concurrency;
    // DETECT as on a network where the desktops answer: one probe. The bed's addresses never
    // answer, so with the shipped settings DETECT probes (and asks Neutron) for minutes; that run
    // comes once, as a note.
    EngineSettings oneProbe = base;
    oneProbe.detectTimeoutSeconds = 0;
    oneProbe.detectConnectTimeoutMs = 100;
    EngineSettings shipped = base;
    const EngineSettings defaults;
    shipped.detectTimeoutSeconds = defaults.detectTimeoutSeconds;
    shipped.detectIntervalSeconds = defaults.detectIntervalSeconds;
    shipped.detectConnectTimeoutMs = defaults.detectConnectTimeoutMs;

    const QString curl = QStringLiteral(
        "nova=$1; token=$2; jobs=$3; shift 3; printf '%s\\n' \"$@\" | xargs -P \"$jobs\" -I{} "
        "curl -s -o /dev/null -w '%{http_code}\\n' -X POST -H \"X-Auth-Token: $token\" -H 'Content-Type: application/json' "
        "-H 'OpenStack-API-Version: compute 2.79' -d '{\"resume\": null}' \"$nova/servers/{}/action\"");
    auto runCurl = [&](double *activeMs) {
        QString codes;
        const QString load = loadAverage();
        const double ms = runScript(curl, QStringList{bed.novaUrl(), bed.token(), QString::number(concurrency)} + ids, &codes);
        bed.waitAll(QStringLiteral("ACTIVE"), 300000, activeMs);
        const int accepted = int(codes.split(QLatin1Char('\n'), Qt::SkipEmptyParts).count(QStringLiteral("202")));
        note(QStringLiteral("curl -P %1: %2 ms, %3/%4 answered 202; ACTIVE seen %5 ms after the loop; load %6")
                 .arg(concurrency).arg(ms, 0, 'f', 0).arg(accepted).arg(Servers).arg(*activeMs, 0, 'f', 0).arg(load));
        return accepted == Servers ? ms : -1;
    };

    // curl replicas of what the engine asked per desktop before commit 2dec0d3: its ACTION stage
    // GET the server, then POSTed the action; optionally DETECT's two Neutron look-ups (ports of the
    // server, floating IPs). Against the plain curl loop they show what a server show costs.
    const QString replica = QStringLiteral(
        "nova=$1; token=$2; jobs=$3; neutron=$4; detect=$5; shift 5; export nova token neutron detect; "
        "printf '%s\\n' \"$@\" | xargs -P \"$jobs\" -I{} sh -c '"
        "curl -s -o /dev/null -H \"X-Auth-Token: $token\" -H \"OpenStack-API-Version: compute 2.79\" \"$nova/servers/$0\"; "
        "curl -s -o /dev/null -w \"%{http_code}\\n\" -X POST -H \"X-Auth-Token: $token\" -H \"Content-Type: application/json\" "
        "-H \"OpenStack-API-Version: compute 2.79\" -d \"{\\\"resume\\\": null}\" \"$nova/servers/$0/action\"; "
        "if [ \"$detect\" = 1 ]; then curl -s -o /dev/null -H \"X-Auth-Token: $token\" \"$neutron/v2.0/ports?device_id=$0\"; "
        "curl -s -o /dev/null -H \"X-Auth-Token: $token\" \"$neutron/v2.0/floatingips\"; fi' {}");
    auto runReplica = [&](bool detect) {
        QString codes;
        const QString load = loadAverage();
        const double ms = runScript(replica, QStringList{bed.novaUrl(), bed.token(), QString::number(concurrency), bed.neutronUrl(),
                                                         detect ? QStringLiteral("1") : QStringLiteral("0")} + ids, &codes);
        double active = -1;
        bed.waitAll(QStringLiteral("ACTIVE"), 300000, &active);
        const int accepted = int(codes.split(QLatin1Char('\n'), Qt::SkipEmptyParts).count(QStringLiteral("202")));
        note(QStringLiteral("curl GET + POST%1 per desktop (the engine's requests before 2dec0d3), -P %2: %3 ms, %4/%5 answered 202; load %6")
                 .arg(detect ? QStringLiteral(" + 2 Neutron GETs") : QString()).arg(concurrency).arg(ms, 0, 'f', 0)
                 .arg(accepted).arg(Servers).arg(load));
        return accepted == Servers ? ms : -1;
    };

    // Rounds of engine, then curl, right after each other: the bed shares two cores with builds
    // and other tests, so neighbouring measurements are compared and the medians reported.
    QList<double> engineMs;
    QList<double> curlMs;
    QList<double> ratios;
    QList<double> engineActive;
    QList<double> replicaMs;
    for (int round = 1; round <= rounds; ++round) {
        if (!suspendAll())
            return;
        engine.setSettings(oneProbe);
        const EngineRun e = engineBatch(engine, TaskKind::Resume, ids, bed.prefix);
        describe(QStringLiteral("round %1, engine").arg(round), e);
        if (!suspendAll())
            return;
        double active = -1;
        const double c = runCurl(&active);
        if (e.issuedMs > 0 && c > 0) {
            engineMs << e.issuedMs;
            engineActive << e.waitedMs;
            curlMs << c;
            ratios << e.issuedMs / c;
        }
        if (!suspendAll())
            return;
        const double r1 = runReplica(false);
        if (r1 > 0)
            replicaMs << r1;
    }

    // The openstack CLI, one process per server as an administrator's loop would do it.
    if (!suspendAll())
        return;
    const QString cli = QStringLiteral(
        "export OS_CLIENT_CONFIG_FILE=\"$1\"; shift; for id in \"$@\"; do openstack --os-cloud %1 server resume \"$id\" || exit 1; done")
                            .arg(CloudName);
    const QString cliLoad = loadAverage();
    const double cliMs = runScript(cli, QStringList{bed.cloudsFile()} + ids);
    double cliActiveMs = -1;
    bed.waitAll(QStringLiteral("ACTIVE"), 300000, &cliActiveMs);
    note(QStringLiteral("openstack CLI loop: %1 ms for %2 resumes (%3 ms each); ACTIVE seen %4 ms after the loop; load %5")
             .arg(cliMs, 0, 'f', 0).arg(Servers).arg(cliMs / Servers, 0, 'f', 0).arg(cliActiveMs, 0, 'f', 0).arg(cliLoad));

    // Once: the engine as shipped against addresses that never answer.
    if (!suspendAll())
        return;
    engine.setSettings(shipped);
    const EngineRun es = engineBatch(engine, TaskKind::Resume, ids, bed.prefix, true);
    describe(QStringLiteral("engine, shipped DETECT settings (20 s interval, 3 s connect timeout; unreachable here)"), es);
    engine.setSettings(base);

    const QString issue = QStringLiteral("4");
    const double e = median(engineMs);
    const double c = median(curlMs);
    figure(issue, QStringLiteral("50 resumes: engine, until every resume is accepted (median of %1)").arg(engineMs.size()), e,
           QStringLiteral("ms"), QString(), QStringLiteral("-"),
           QStringLiteral("concurrency %1, DETECT one probe; all ACTIVE after %2 ms")
               .arg(concurrency).arg(median(engineActive), 0, 'f', 0));
    figure(issue, QStringLiteral("50 resumes: parallel curl loop, -P %1, token fetched before (median of %2)").arg(concurrency).arg(curlMs.size()),
           c, QStringLiteral("ms"));
    figure(issue, QStringLiteral("50 resumes: curl GET + POST per desktop, -P %1 (what the engine sent before 2dec0d3)").arg(concurrency),
           median(replicaMs), QStringLiteral("ms"), QString(), QStringLiteral("-"),
           QStringLiteral("a server show costs several times the action"));
    figure(issue, QStringLiteral("50 resumes: sequential `openstack server resume` loop"), cliMs, QStringLiteral("ms"));
    figure(issue, QStringLiteral("50 resumes: engine with shipped DETECT settings (bed: unreachable)"), es.issuedMs,
           QStringLiteral("ms"), QString(), QStringLiteral("-"), QStringLiteral("one run; DETECT steps share the 8 workers"));
    if (e > 0 && cliMs > 0)
        figure(issue, QStringLiteral("engine speed-up over the CLI loop"), cliMs / e, QStringLiteral("x"),
               QStringLiteral(">= 10x"), verdict(cliMs / e, 10, true));
    if (!ratios.isEmpty())
        figure(issue, QStringLiteral("engine time / curl loop time (median of the rounds' ratios)"), median(ratios),
               QStringLiteral("x"), QStringLiteral("<= 1.3x"), verdict(median(ratios), 1.3),
               QStringLiteral("rounds: %1").arg([&] {
                   QStringList r;
                   for (double x : std::as_const(ratios))
                       r << QString::number(x, 'f', 2);
                   return r.join(QStringLiteral(", "));
               }()));
}

// ---------------------------------------------------------------------------------------------
void listBench(TestBed &bed, const QString &phoenixctl)
{
    std::printf("\n== server list: phoenixctl vs openstack CLI vs curl (test bed, %lld servers in the project)\n",
                qlonglong(bed.inventory->servers().size()));
    const QString issue = QStringLiteral("3");
    QList<double> ctl;
    QList<double> cli;
    QList<double> raw;
    const QString env = QStringLiteral("export OS_CLIENT_CONFIG_FILE=\"$1\"; ");
    // What phoenixctl does (seen in its HTTP log): token, compute version document, server pages.
    const QString curl = QStringLiteral(
        "auth=$2; user=$3; pass=$4; project=$5; "
        "token=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d \"{\\\"auth\\\": {\\\"identity\\\": {\\\"methods\\\": [\\\"password\\\"], "
        "\\\"password\\\": {\\\"user\\\": {\\\"name\\\": \\\"$user\\\", \\\"domain\\\": {\\\"name\\\": \\\"Default\\\"}, \\\"password\\\": \\\"$pass\\\"}}}, "
        "\\\"scope\\\": {\\\"project\\\": {\\\"name\\\": \\\"$project\\\", \\\"domain\\\": {\\\"name\\\": \\\"Default\\\"}}}}}\" \"$auth/auth/tokens\" "
        "| tr -d '\\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p'); "
        "nova=$6; curl -s -o /dev/null -H \"X-Auth-Token: $token\" \"$nova\"; "
        "url=\"$nova/servers/detail\"; n=0; "
        "while [ -n \"$url\" ]; do body=$(curl -s -H \"X-Auth-Token: $token\" -H 'OpenStack-API-Version: compute 2.79' \"$url\"); "
        "n=$((n + $(printf '%s' \"$body\" | grep -o '\"OS-EXT-STS:vm_state\"' | wc -l))); "
        "url=$(printf '%s' \"$body\" | grep -o '\"servers_links\": \\[[^]]*\"rel\": \"next\"' | grep -o 'http[^\"]*' | head -1); done; echo $n");
    const CloudConfig c = bed.session->config();
    int listed = 0;
    for (int run = 0; run < 5; ++run) {
        QString out;
        const double a = runScript(env + QStringLiteral("shift; \"$@\" >/dev/null"),
                                   {bed.cloudsFile(), phoenixctl, QStringLiteral("--os-cloud"), CloudName,
                                    QStringLiteral("desktops"), QStringLiteral("list")});
        const double b = runScript(env + QStringLiteral("openstack --os-cloud %1 server list --long >/dev/null").arg(CloudName),
                                   {bed.cloudsFile()});
        const double r = runScript(curl, {bed.cloudsFile(), RestClient::identityBase(c.authUrl).toString(), c.username, c.password,
                                          c.projectName, bed.novaUrl()}, &out);
        listed = out.trimmed().toInt();
        if (a > 0)
            ctl << a;
        if (b > 0)
            cli << b;
        if (r > 0)
            raw << r;
    }
    note(QStringLiteral("medians of 5: phoenixctl %1 ms, openstack %2 ms, curl %3 ms (%4 servers listed by curl)")
             .arg(median(ctl), 0, 'f', 0).arg(median(cli), 0, 'f', 0).arg(median(raw), 0, 'f', 0).arg(listed));
    figure(issue, QStringLiteral("`phoenixctl desktops list` (process start to exit), median of 5"), median(ctl), QStringLiteral("ms"),
           QString(), QStringLiteral("-"), QStringLiteral("%1 servers in the project").arg(listed));
    figure(issue, QStringLiteral("`openstack server list --long`, median of 5"), median(cli), QStringLiteral("ms"));
    figure(issue, QStringLiteral("curl: token + version document + server pages, median of 5"), median(raw), QStringLiteral("ms"));
    if (!ctl.isEmpty() && !raw.isEmpty())
        figure(issue, QStringLiteral("phoenixctl / curl"), median(ctl) / median(raw), QStringLiteral("x"), QStringLiteral("<= 1.2x"),
               verdict(median(ctl) / median(raw), 1.2));
    if (!ctl.isEmpty() && !cli.isEmpty())
        figure(issue, QStringLiteral("openstack CLI / phoenixctl"), median(cli) / median(ctl), QStringLiteral("x"),
               QStringLiteral("far below the CLI"), QStringLiteral("-"));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("phoenix.*.info=false\nphoenix.*.warning=false"));
    QStringList args = app.arguments().mid(1);
    QString phoenixctl;
    const qsizetype at = args.indexOf(QStringLiteral("--phoenixctl"));
    if (at >= 0) {
        phoenixctl = args.value(at + 1);
        args.remove(at, 2);
    }
    int rounds = 3;
    const qsizetype nr = args.indexOf(QStringLiteral("--rounds"));
    if (nr >= 0) {
        rounds = qMax(1, args.value(nr + 1).toInt());
        args.remove(nr, 2);
    }
    const qsizetype ns = args.indexOf(QStringLiteral("--servers"));
    if (ns >= 0) {
        Servers = qMax(1, args.value(ns + 1).toInt());
        args.remove(ns, 2);
    }
    auto want = [&args](const char *part) { return args.isEmpty() || args.contains(QString::fromLatin1(part)); };

    TestBed bed;
    QString why;
    std::printf("bench_testbed: %d servers on the OpenStack test bed, cloud %s\n", Servers, qPrintable(CloudName));
    if (!bed.connect(&why)) {
        std::printf("  SKIPPED: the test bed is not available: %s\n", qPrintable(why));
        return 0;
    }
    bed.deleteAll(QStringLiteral("phoenix-bench-")); // leftovers of an interrupted run
    double createMs = 0;
    const bool created = bed.createServers(Servers, &createMs);
    note(QStringLiteral("created %1 servers (%2) in %3 ms").arg(bed.ours(bed.prefix).size()).arg(bed.prefix).arg(createMs, 0, 'f', 0));
    if (created) {
        QTemporaryDir dir;
        Database db;
        const CloudError dbError = db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("phoenix.sqlite")));
        if (dbError)
            note(QStringLiteral("journal database: ") + dbError.detail());
        StoreJournal journal(&db, bed.inventory->scope(), bed.session->config().projectName);
        {
            TaskEngine engine(bed.session, bed.inventory.get(), dbError ? nullptr : &journal);
            EngineSettings s; // the defaults (concurrency 8, actions 3 tries, WAIT 600 s), a short DETECT
            s.waitPollMs = 1000;
            s.detectTimeoutSeconds = 2;
            s.detectIntervalSeconds = 1;
            s.detectConnectTimeoutMs = 500;
            engine.setSettings(s);
            if (want("resume"))
                resumeBench(bed, engine, rounds);
        }
        db.close();
        if (want("list")) {
            if (phoenixctl.isEmpty() || !QFileInfo(phoenixctl).isExecutable())
                note(QStringLiteral("list comparison skipped: give --phoenixctl PATH"));
            else
                listBench(bed, phoenixctl);
        }
    }
    bed.deleteAll(bed.prefix);
    note(QStringLiteral("cleaned up: %1 bench servers left").arg(bed.ours(bed.prefix).size()));
    return 0;
}
