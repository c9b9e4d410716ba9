// Compute hosts against the real test bed (issue 16), which runs two fake compute hosts
// (phoenix-compute1 and phoenix-compute2, tests/openstack). Through phoenixctl as an
// administrator uses it, in the admin project (lab-admin) so that no other test's servers are
// moved; desktops are placed on phoenix-compute2 with "nova:phoenix-compute2":
//  - hosts list: both hosts with state, status, Placement capacity;
//  - disable with a reason / enable, each in Phoenix's audit log with the reason;
//  - drain phoenix-compute2 with 6 desktops in mixed states (ACTIVE, PAUSED, SHUTOFF): all on
//    phoenix-compute1 afterwards, states kept (live for running and paused, cold + confirm for
//    shut-down ones);
//  - phoenixctl killed (-9) during a drain, then "tasks resume": every desktop moved, and moved
//    once (Nova's own migration records);
//  - evacuate refused while the host is up;
//  - phoenix-compute2 disabled and forced down (its desktops ACTIVE and SHUTOFF), then
//    "hosts evacuate --wait": both rebuilt on phoenix-compute1 in their states, one evacuation
//    each; the drain and evacuation audited with their batch.
// The bed is restored afterwards (also after a run that died): Nova keeps an evacuated host
// forced down until its nova-compute restarts, so that is restarted the way up.sh starts it
// (tests/openstack/restart-compute.sh), then forced_down is lifted, the host enabled, and the
// test waits until Nova reports it up. The drain and evacuation times are printed.
#include "cloudlab.h"
#include "ctlprocess.h"
#include "testenv.h"

#include "cloud/hostsapi.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QElapsedTimer>
#include <QThread>

namespace
{
// The errors of the tasks that did not end done, from a --json run's output (the whole output is
// too long for a failure message).
QString taskErrors(const CtlRun &run)
{
    QStringList out;
    for (const QJsonValue &t : run.json().object().value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = t.toObject();
        if (o.value(QLatin1String("state")).toString() != QLatin1String("done"))
            out << o.value(QLatin1String("desktop")).toString() + QStringLiteral(": ") + o.value(QLatin1String("state")).toString()
                    + QStringLiteral(": ") + o.value(QLatin1String("error")).toString();
    }
    return out.join(QLatin1Char('\n')) + QStringLiteral("\n") + run.err.left(2000);
}

const QString HostA = QStringLiteral("phoenix-compute1");
const QString HostB = QStringLiteral("phoenix-compute2");
} // namespace

class TestHostsLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsBothHostsWithCapacity();
    void disableAndEnableWithReason();
    void drainMovesEveryDesktopStatesKept();
    void killedDrainResumesWithoutMovingTwice();
    void evacuateRefusedWhileUp();
    void evacuateForcedDownHost();
    void cleanupTestCase();

private:
    CtlRun ctl(const QStringList &arguments, int timeoutMs = 600000) const { return m_ctl->run(arguments, timeoutMs); }
    // Commands that run tasks: with this test's journal.
    CtlRun tasks(QStringList arguments, int timeoutMs = 600000) const
    {
        arguments << QStringLiteral("--db") << m_db;
        return m_ctl->run(arguments, timeoutMs);
    }
    // Desktops of this test on host B, ACTIVE (then put into the states asked for).
    QList<Server> makeOnB(const QString &tag, int count);
    QList<Server> reload(const QList<Server> &servers);
    // B as the other tests expect it: not forced down (its compute restarted first when Nova
    // refuses because of an evacuation), enabled, up. False with why when it could not be.
    bool restoreHostB(QString *why);
    bool restartComputeB(QString *why);
    std::optional<ComputeService> serviceB();
    int migrationsOf(const QString &serverId, const QDateTime &since, const QString &type = {});
    QList<AuditEntry> audited(const QString &target);

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("hosts")};
    std::unique_ptr<CtlProcess> m_ctl;
    QString m_db;
    QString m_serviceB;
};

QList<Server> TestHostsLab::makeOnB(const QString &tag, int count)
{
    m_lab.cleanUp(); // the admin project's quota is 10 instances: the previous function's go first
    QList<Server> made;
    for (int i = 0; i < count; ++i) {
        ServerCreateSpec spec;
        spec.name = m_lab.name(QStringLiteral("%1-%2").arg(tag).arg(i));
        spec.imageId = m_lab.imageId;
        spec.flavorId = m_lab.flavorId;
        spec.networkId = m_lab.networkId;
        spec.availabilityZone = QStringLiteral("nova:") + HostB;
        spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
        Result<Server> s = m_lab.call<Server>([&](QObject *ctx, ApiCallback<Server> cb) { m_lab.compute().createServer(spec, ctx, cb); });
        if (!s) {
            qWarning("create failed: %s", qPrintable(s.error().detail()));
            return {};
        }
        made << s.value();
    }
    QString why;
    if (!m_lab.waitUntil(made, ServerGoal::Active, 180000, &why)) {
        qWarning("not ACTIVE: %s", qPrintable(why));
        return {};
    }
    return reload(made);
}

QList<Server> TestHostsLab::reload(const QList<Server> &servers)
{
    QList<Server> out;
    for (const Server &s : servers) {
        Result<Server> r = m_lab.server(s.id);
        if (r)
            out << r.value();
    }
    return out;
}

int TestHostsLab::migrationsOf(const QString &serverId, const QDateTime &since, const QString &type)
{
    HostsApi hosts(m_lab.client());
    Result<QList<ServerMigration>> r = m_lab.call<QList<ServerMigration>>(
        [&](QObject *ctx, ApiCallback<QList<ServerMigration>> cb) { hosts.listMigrations(serverId, ctx, cb); });
    if (!r)
        return -1;
    int n = 0;
    for (const ServerMigration &m : r.value())
        if ((!m.createdAt.isValid() || m.createdAt >= since.addSecs(-5)) && (type.isEmpty() || m.type == type))
            ++n;
    return n;
}

std::optional<ComputeService> TestHostsLab::serviceB()
{
    HostsApi hosts(m_lab.client());
    Result<QList<ComputeService>> services = m_lab.call<QList<ComputeService>>(
        [&](QObject *ctx, ApiCallback<QList<ComputeService>> cb) { hosts.listComputeServices(ctx, cb); });
    if (services)
        for (const ComputeService &s : services.value())
            if (s.host == HostB)
                return s;
    return std::nullopt;
}

bool TestHostsLab::restartComputeB(QString *why)
{
    // As root (the harness) or through sudo, like up.sh; waits for a running up.sh.
    QProcess restart;
    restart.setProcessChannelMode(QProcess::MergedChannels);
    restart.start(QStringLiteral("bash"), {QStringLiteral(LAB_RESTART_COMPUTE), HostB});
    if (!restart.waitForFinished(600000) || restart.exitStatus() != QProcess::NormalExit || restart.exitCode() != 0) {
        *why = QStringLiteral("restart-compute.sh failed: ") + QString::fromLocal8Bit(restart.readAll()).right(1500);
        return false;
    }
    qInfo().noquote() << QString::fromLocal8Bit(restart.readAll()).trimmed().section(QLatin1Char('\n'), -1);
    return true;
}

bool TestHostsLab::restoreHostB(QString *why)
{
    if (m_serviceB.isEmpty())
        return true;
    HostsApi hosts(m_lab.client());
    auto forceUp = [&] {
        return m_lab.call<ComputeService>([&](QObject *ctx, ApiCallback<ComputeService> cb) {
            hosts.setServiceForcedDown(m_serviceB, false, ctx, cb);
        });
    };
    Result<ComputeService> up = forceUp();
    // 400: "done" evacuation records remain, which only B's nova-compute clears when it starts.
    if (!up && up.error().httpStatus() == 400) {
        if (!restartComputeB(why))
            return false;
        up = forceUp();
    }
    if (!up) {
        *why = QStringLiteral("forced_down not lifted: ") + up.error().userMessage();
        return false;
    }
    Result<ComputeService> on = m_lab.call<ComputeService>(
        [&](QObject *ctx, ApiCallback<ComputeService> cb) { hosts.setServiceEnabled(m_serviceB, true, {}, ctx, cb); });
    if (!on) {
        *why = QStringLiteral("not enabled: ") + on.error().userMessage();
        return false;
    }
    // Up again by Nova's own verdict (its heartbeat), not only by the flags.
    if (!QTest::qWaitFor([this] {
            const std::optional<ComputeService> s = serviceB();
            return s && s->isUp() && s->isEnabled() && !s->forcedDown;
        }, 120000)) {
        *why = QStringLiteral("%1 is not reported up within 120 s").arg(HostB);
        return false;
    }
    return true;
}

QList<AuditEntry> TestHostsLab::audited(const QString &target)
{
    Database database;
    if (const CloudError e = database.open(QStringLiteral("sqlite:") + m_db)) {
        qWarning("audit log: %s", qPrintable(e.detail()));
        return {};
    }
    AuditFilter filter;
    filter.target = target;
    filter.newestFirst = false;
    const Result<QList<AuditEntry>> entries = AuditLog(&database).query(filter);
    return entries ? entries.value() : QList<AuditEntry>();
}

void TestHostsLab::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-admin", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    HostsApi hosts(m_lab.client());
    Result<QList<ComputeService>> services = m_lab.call<QList<ComputeService>>(
        [&](QObject *ctx, ApiCallback<QList<ComputeService>> cb) { hosts.listComputeServices(ctx, cb); });
    QVERIFY2(services.ok(), services.ok() ? "" : qPrintable(services.error().userMessage()));
    for (const ComputeService &s : services.value())
        if (s.host == HostB)
            m_serviceB = s.id;
    if (m_serviceB.isEmpty()) {
        const QString text = QStringLiteral("the test bed has no second compute host %1 (run tests/openstack/up.sh)").arg(HostB);
        if (TestEnv::isCi())
            QFAIL(qPrintable(text));
        QSKIP(qPrintable(text));
    }
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-admin"));
    QVERIFY(m_ctl->isValid());
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_db = m_ctl->database();
    QVERIFY2(restoreHostB(&why), qPrintable(why)); // a run that died left it disabled or forced down
}

void TestHostsLab::listShowsBothHostsWithCapacity()
{
    const CtlRun run = ctl({QStringLiteral("hosts"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    QHash<QString, QJsonObject> byHost;
    for (const QJsonValue &v : run.json().array())
        byHost.insert(v.toObject().value(QLatin1String("host")).toString(), v.toObject());
    QVERIFY2(byHost.contains(HostA) && byHost.contains(HostB), qPrintable(run.out));
    for (const QString &h : {HostA, HostB}) {
        const QJsonObject o = byHost.value(h);
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("up"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("enabled"));
        QCOMPARE(o.value(QLatin1String("health")).toString(), QStringLiteral("ok"));
        // Placement: the fake hypervisor's 1000 vCPU × the default ratio 16.
        QVERIFY2(o.value(QLatin1String("vcpu")).toObject().value(QLatin1String("total")).toInteger() >= 1000, qPrintable(run.out));
        QVERIFY(o.value(QLatin1String("ram_mb")).toObject().value(QLatin1String("total")).toInteger() > 0);
    }
    const CtlRun text = ctl({QStringLiteral("hosts"), QStringLiteral("list")});
    QVERIFY(text.out.contains(HostB) && text.out.contains(QLatin1String("HEALTH")));
    const CtlRun unknown = ctl({QStringLiteral("hosts"), QStringLiteral("show"), QStringLiteral("no-such-host")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no compute host")) && unknown.err.contains(HostA), qPrintable(unknown.both()));
}

void TestHostsLab::disableAndEnableWithReason()
{
    const QString reason = m_lab.prefix() + QStringLiteral("new disks");
    const CtlRun off = tasks({QStringLiteral("hosts"), QStringLiteral("disable"), HostB, QStringLiteral("--reason"), reason, QStringLiteral("--json")});
    QVERIFY2(off.exitCode == 0, qPrintable(off.both()));
    QCOMPARE(off.json().object().value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(off.json().object().value(QLatin1String("disabled_reason")).toString(), reason);
    const CtlRun shown = ctl({QStringLiteral("hosts"), QStringLiteral("show"), HostB, QStringLiteral("--json")});
    QCOMPARE(shown.json().object().value(QLatin1String("health")).toString(), QStringLiteral("warning"));
    QVERIFY(shown.json().object().value(QLatin1String("reasons")).toArray().first().toString().contains(reason));
    const CtlRun on = tasks({QStringLiteral("hosts"), QStringLiteral("enable"), HostB, QStringLiteral("--json")});
    QVERIFY2(on.exitCode == 0, qPrintable(on.both()));
    QCOMPARE(on.json().object().value(QLatin1String("status")).toString(), QStringLiteral("enabled"));

    // Phoenix's audit log: who disabled the host and why, who enabled it.
    const QList<AuditEntry> entries = audited(HostB);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("disable-host"));
    QCOMPARE(entries.at(0).detail, reason);
    QCOMPARE(entries.at(0).result, QStringLiteral("done"));
    QCOMPARE(entries.at(0).targetId, m_serviceB);
    QCOMPARE(entries.at(0).user, QStringLiteral("admin"));
    QCOMPARE(entries.at(1).action, QStringLiteral("enable-host"));
    QCOMPARE(entries.at(1).result, QStringLiteral("done"));
}

void TestHostsLab::drainMovesEveryDesktopStatesKept()
{
    QList<Server> servers = makeOnB(QStringLiteral("drain"), 6);
    QCOMPARE(servers.size(), 6);
    for (const Server &s : servers)
        QCOMPARE(s.host, HostB);
    // Mixed states: 3 running, 1 paused, 2 shut down.
    auto act = [this](const Server &s, ServerAction a) {
        return m_lab.call<QString>([&](QObject *ctx, ApiCallback<QString> cb) { m_lab.compute().serverAction(s.id, a, {}, ctx, cb); }).ok();
    };
    QVERIFY(act(servers.at(3), ServerAction::Pause));
    QVERIFY(act(servers.at(4), ServerAction::Stop));
    QVERIFY(act(servers.at(5), ServerAction::Stop));
    QString why;
    QVERIFY2(m_lab.waitUntil({servers.at(3)}, ServerGoal::Paused, 120000, &why), qPrintable(why));
    QVERIFY2(m_lab.waitUntil({servers.at(4), servers.at(5)}, ServerGoal::Shutoff, 120000, &why), qPrintable(why));
    const QStringList before{QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE"),
                             QStringLiteral("PAUSED"), QStringLiteral("SHUTOFF"), QStringLiteral("SHUTOFF")};

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const CtlRun drained = tasks({QStringLiteral("hosts"), QStringLiteral("drain"), HostB, QStringLiteral("--target"), HostA,
                                QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--json")});
    QVERIFY2(drained.exitCode == 0, qPrintable(taskErrors(drained)));
    qInfo("drain of 6 desktops (3 live, 1 paused live, 2 cold + confirm) on the bed: %.1f s", drained.seconds);
    servers = reload(servers);
    QCOMPARE(servers.size(), 6);
    for (int i = 0; i < servers.size(); ++i) {
        QCOMPARE(servers.at(i).host, HostA);
        QCOMPARE(servers.at(i).status, before.at(i));
        QVERIFY(servers.at(i).taskState.isEmpty());
        QCOMPARE(migrationsOf(servers.at(i).id, started), 1);
    }
    // Audited: the drain with its batch (who started it, where to), each move with the same batch.
    const QString batchId = drained.json().object().value(QLatin1String("batch")).toString();
    QList<AuditEntry> drains;
    for (const AuditEntry &e : audited(HostB))
        if (e.action == QLatin1String("drain-host"))
            drains << e;
    QCOMPARE(drains.size(), 1);
    QCOMPARE(drains.first().result, QStringLiteral("started"));
    QVERIFY2(drains.first().detail.contains(HostA), qPrintable(drains.first().detail));
    QVERIFY(!drains.first().batchId.isEmpty());
    if (!batchId.isEmpty())
        QCOMPARE(drains.first().batchId, batchId);
    // Nothing left on B of this test: a second drain has nothing to do and sends no move.
    const CtlRun again = ctl({QStringLiteral("hosts"), QStringLiteral("show"), HostB, QStringLiteral("--json")});
    for (const QJsonValue &v : again.json().object().value(QLatin1String("servers")).toArray())
        QVERIFY(!v.toObject().value(QLatin1String("name")).toString().startsWith(m_lab.prefix()));
}

void TestHostsLab::killedDrainResumesWithoutMovingTwice()
{
    QList<Server> servers = makeOnB(QStringLiteral("kill"), 3);
    QCOMPARE(servers.size(), 3);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QProcess> running = m_ctl->start({QStringLiteral("hosts"), QStringLiteral("drain"), HostB, QStringLiteral("--target"),
                                                      HostA, QStringLiteral("--wait"), QStringLiteral("--db"), m_db});
    QVERIFY(running->waitForStarted());
    // Kill it once Nova is moving the first desktop (its move sent, the batch not finished).
    bool moving = false;
    for (int i = 0; i < 300 && !moving && running->state() == QProcess::Running; ++i) {
        for (const Server &s : reload(servers))
            moving = moving || !s.taskState.isEmpty() || s.host == HostA;
        if (!moving)
            QTest::qWait(200);
    }
    QVERIFY2(moving, "no move began");
    running->kill();
    running->waitForFinished();

    const CtlRun resumed = tasks({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.both()));
    servers = reload(servers);
    for (const Server &s : servers) {
        QCOMPARE(s.host, HostA);
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QCOMPARE(migrationsOf(s.id, started), 1); // moved once, not twice
    }
}

void TestHostsLab::evacuateRefusedWhileUp()
{
    const CtlRun refused = tasks({QStringLiteral("hosts"), QStringLiteral("evacuate"), HostB});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("still up")), qPrintable(refused.both()));

}

void TestHostsLab::evacuateForcedDownHost()
{
    QList<Server> servers = makeOnB(QStringLiteral("evac"), 2);
    QCOMPARE(servers.size(), 2);
    QVERIFY(m_lab.call<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
                     m_lab.compute().serverAction(servers.at(1).id, ServerAction::Stop, {}, ctx, cb);
                 }).ok());
    QString why;
    QVERIFY2(m_lab.waitUntil({servers.at(1)}, ServerGoal::Shutoff, 120000, &why), qPrintable(why));
    const QStringList before{QStringLiteral("ACTIVE"), QStringLiteral("SHUTOFF")};

    // B dies: disabled and forced down, as an administrator tells Nova (phoenixctl, audited).
    const QDateTime downAt = QDateTime::currentDateTimeUtc();
    const QString reason = m_lab.prefix() + QStringLiteral("power supply failed");
    const CtlRun down = tasks({QStringLiteral("hosts"), QStringLiteral("disable"), HostB, QStringLiteral("--reason"), reason,
                               QStringLiteral("--force-down"), QStringLiteral("--json")});
    QVERIFY2(down.exitCode == 0, qPrintable(down.both()));
    QCOMPARE(down.json().object().value(QLatin1String("forced_down")).toBool(), true);
    std::optional<ComputeService> b = serviceB();
    QVERIFY(b && !b->isUp()); // Nova reports a forced-down host down at once

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const CtlRun evacuated = tasks({QStringLiteral("hosts"), QStringLiteral("evacuate"), HostB, QStringLiteral("--wait"),
                                    QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--json")});
    QVERIFY2(evacuated.exitCode == 0, qPrintable(taskErrors(evacuated)));
    qInfo("evacuation of 2 desktops (ACTIVE, SHUTOFF) off the forced-down host: %.1f s", evacuated.seconds);
    servers = reload(servers);
    QCOMPARE(servers.size(), 2);
    for (int i = 0; i < servers.size(); ++i) {
        QCOMPARE(servers.at(i).host, HostA);
        QCOMPARE(servers.at(i).status, before.at(i)); // Nova rebuilds a shut-down desktop shut down
        QVERIFY(servers.at(i).taskState.isEmpty());
        QCOMPARE(migrationsOf(servers.at(i).id, started, QStringLiteral("evacuation")), 1);
    }

    // The bed restored: B's nova-compute restarted (it moves the "done" evacuation records to
    // "completed"; Nova refuses to lift forced_down before), then "hosts enable" lifts the forced
    // down and enables it; Nova reports it up again.
    QElapsedTimer restore;
    restore.start();
    QVERIFY2(restartComputeB(&why), qPrintable(why));
    const CtlRun up = tasks({QStringLiteral("hosts"), QStringLiteral("enable"), HostB, QStringLiteral("--json")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.both()));
    QCOMPARE(up.json().object().value(QLatin1String("forced_down")).toBool(), false);
    QCOMPARE(up.json().object().value(QLatin1String("status")).toString(), QStringLiteral("enabled"));
    QVERIFY2(QTest::qWaitFor([this] {
                 const std::optional<ComputeService> s = serviceB();
                 return s && s->isUp() && s->isEnabled() && !s->forcedDown;
             }, 120000),
             "phoenix-compute2 is not reported up again");
    qInfo("bed restored (compute restarted, forced down lifted, up) in %.1f s", double(restore.elapsed()) / 1000.0);

    // Audited: down with the reason, the evacuation with its batch, up again.
    QStringList actions;
    QString batch;
    for (const AuditEntry &e : audited(HostB)) {
        if (e.at < downAt.addSecs(-1)) // the entries of the earlier test functions
            continue;
        actions << e.action;
        if (e.action == QLatin1String("disable-host"))
            QVERIFY2(e.detail.contains(reason) && e.detail.contains(QLatin1String("forced down")), qPrintable(e.detail));
        if (e.action == QLatin1String("evacuate-host")) {
            QCOMPARE(e.result, QStringLiteral("started"));
            batch = e.batchId;
        }
    }
    QCOMPARE(actions, QStringList({QStringLiteral("disable-host"), QStringLiteral("evacuate-host"), QStringLiteral("enable-host")}));
    QVERIFY(!batch.isEmpty());
}

void TestHostsLab::cleanupTestCase()
{
    QString why;
    if (!restoreHostB(&why))
        qWarning("the test bed's %s is NOT restored: %s", qPrintable(HostB), qPrintable(why));
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestHostsLab)
#include "tst_hostslab.moc"
