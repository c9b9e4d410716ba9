// Neutron against the real test bed: networks, subnets, routers, ports of a server, the external
// network behind lab-router, floating IPs (raw calls, and assign/release through the task engine), quotas.
#include "cloudlab.h"
#include "cloud/networkapi.h"
#include "models/engine/taskengine.h"
#include "testenv.h"

#include <QTest>

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void networksSubnetsRouters();
    void portsOfTheServer();
    void externalNetworkBehindRouter();
    void floatingIpRawLifecycle();
    void assignAndRelease();
    void quota();
    void cleanupTestCase();

private:
    NetworkApi net() const { return NetworkApi(m_lab.client()); }
    Result<QList<FloatingIp>> floatingIps();
    TaskSnapshot runTask(TaskKind kind); // one task of the engine on m_server, to its end
    QList<FloatingIp> onServerPort();

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("network")};
    Server m_server;
    Port m_port;
};

Result<QList<FloatingIp>> TestNetwork::floatingIps()
{
    return m_lab.call<QList<FloatingIp>>([this](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) { net().listFloatingIps(ctx, cb); });
}

void TestNetwork::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    const QMap<QString, QString> meta{{QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher")}};
    Result<Server> created = m_lab.createServer(QStringLiteral("fip"), meta, {QString::fromLatin1(PhoenixMeta::Tag)});
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    QVERIFY2(m_lab.waitUntil({created.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));
    m_server = m_lab.server(created.value().id).value();
    QVERIFY(!m_server.fixedAddress().isEmpty());
    // The server's port, for the floating-IP tests (each may run alone: nothing is carried over
    // from one test function to the next).
    const QString id = m_server.id;
    Result<QList<Port>> ports = m_lab.call<QList<Port>>([this, id](QObject *ctx, ApiCallback<QList<Port>> cb) {
        net().listPorts(id, ctx, cb);
    });
    QVERIFY2(ports.ok() && !ports.value().isEmpty(), qPrintable(ports.error().userMessage()));
    m_port = ports.value().first();
}

void TestNetwork::networksSubnetsRouters()
{
    Result<QList<Network>> networks = m_lab.call<QList<Network>>([this](QObject *ctx, ApiCallback<QList<Network>> cb) {
        net().listNetworks(ctx, cb);
    });
    QVERIFY2(networks.ok(), qPrintable(networks.error().userMessage()));
    QMap<QString, Network> byName;
    for (const Network &n : networks.value())
        byName.insert(n.name, n);
    QVERIFY(byName.value(QStringLiteral("public")).external);
    QVERIFY(!byName.value(QStringLiteral("lab-net")).external);
    QCOMPARE(byName.value(QStringLiteral("lab-net")).subnetIds.size(), 1);

    Result<QList<Subnet>> subnets = m_lab.call<QList<Subnet>>([this](QObject *ctx, ApiCallback<QList<Subnet>> cb) {
        net().listSubnets(ctx, cb);
    });
    QVERIFY2(subnets.ok(), qPrintable(subnets.error().userMessage()));
    bool labSubnet = false;
    for (const Subnet &s : subnets.value()) {
        if (s.networkId == m_lab.networkId) {
            labSubnet = true;
            QCOMPARE(s.cidr, QStringLiteral("10.20.0.0/24"));
            QCOMPARE(s.gatewayIp, QStringLiteral("10.20.0.1"));
            QCOMPARE(s.ipVersion, 4);
        }
    }
    QVERIFY(labSubnet);

    Result<QList<Router>> routers = m_lab.call<QList<Router>>([this](QObject *ctx, ApiCallback<QList<Router>> cb) {
        net().listRouters(ctx, cb);
    });
    QVERIFY2(routers.ok(), qPrintable(routers.error().userMessage()));
    bool labRouter = false;
    for (const Router &r : routers.value()) {
        if (r.name == QLatin1String("lab-router")) {
            labRouter = true;
            QCOMPARE(r.externalNetworkId, m_lab.externalNetworkId);
        }
    }
    QVERIFY(labRouter);
}

void TestNetwork::portsOfTheServer()
{
    const QString id = m_server.id;
    Result<QList<Port>> ports = m_lab.call<QList<Port>>([this, id](QObject *ctx, ApiCallback<QList<Port>> cb) {
        net().listPorts(id, ctx, cb);
    });
    QVERIFY2(ports.ok(), qPrintable(ports.error().userMessage()));
    QCOMPARE(ports.value().size(), 1);
    QCOMPARE(ports.value().first().id, m_port.id);
    QCOMPARE(m_port.deviceId, m_server.id);
    QVERIFY(m_port.deviceOwner.startsWith(QLatin1String("compute:")));
    QCOMPARE(m_port.networkId, m_lab.networkId);
    QCOMPARE(m_port.fixedIps.size(), 1);
    QCOMPARE(m_port.fixedIps.first().ipAddress, m_server.fixedAddress());
    QCOMPARE(m_port.macAddress, m_server.addresses.first().mac);
    QCOMPARE(NetworkApi::choosePort(m_server, ports.value()).value().id, m_port.id);
}

void TestNetwork::externalNetworkBehindRouter()
{
    QVERIFY(!m_port.id.isEmpty());
    const Port port = m_port;
    Result<QString> external = m_lab.call<QString>([this, port](QObject *ctx, ApiCallback<QString> cb) {
        net().externalNetworkForPort(port, ctx, cb);
    });
    QVERIFY2(external.ok(), qPrintable(external.error().userMessage()));
    QCOMPARE(external.value(), m_lab.externalNetworkId);
}

void TestNetwork::floatingIpRawLifecycle()
{
    QVERIFY(!m_port.id.isEmpty());
    const QString description = QStringLiteral("phoenix:") + m_lab.name(QStringLiteral("raw"));
    const QString ext = m_lab.externalNetworkId;
    Result<FloatingIp> created = m_lab.call<FloatingIp>([this, ext, description](QObject *ctx, ApiCallback<FloatingIp> cb) {
        net().createFloatingIp(ext, description, ctx, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    const FloatingIp ip = created.value();
    QVERIFY(ip.floatingIpAddress.startsWith(QLatin1String("203.0.113.")));
    QCOMPARE(ip.floatingNetworkId, ext);
    QCOMPARE(ip.description, description);
    QVERIFY(!ip.isAssociated());

    const QString portId = m_port.id;
    const QString fixed = m_server.fixedAddress();
    Result<FloatingIp> associated = m_lab.call<FloatingIp>([this, ip, portId, fixed](QObject *ctx, ApiCallback<FloatingIp> cb) {
        net().associateFloatingIp(ip.id, portId, fixed, ctx, cb);
    });
    QVERIFY2(associated.ok(), qPrintable(associated.error().userMessage()));
    QCOMPARE(associated.value().portId, portId);
    QCOMPARE(associated.value().fixedIpAddress, fixed);
    QVERIFY(!associated.value().routerId.isEmpty());

    Result<FloatingIp> detached = m_lab.call<FloatingIp>([this, ip](QObject *ctx, ApiCallback<FloatingIp> cb) {
        net().associateFloatingIp(ip.id, QString(), QString(), ctx, cb);
    });
    QVERIFY2(detached.ok(), qPrintable(detached.error().userMessage()));
    QVERIFY(!detached.value().isAssociated());
    QVERIFY(detached.value().fixedIpAddress.isEmpty());

    Result<bool> deleted = m_lab.call<bool>([this, ip](QObject *ctx, ApiCallback<bool> cb) { net().deleteFloatingIp(ip.id, ctx, cb); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().userMessage()));
    Result<QList<FloatingIp>> all = floatingIps();
    QVERIFY(all.ok());
    for (const FloatingIp &f : all.value())
        QVERIFY(f.id != ip.id);
    // Deleting it again: Neutron's 404, with its fault name.
    Result<bool> again = m_lab.call<bool>([this, ip](QObject *ctx, ApiCallback<bool> cb) { net().deleteFloatingIp(ip.id, ctx, cb); });
    QVERIFY(!again.ok());
    QVERIFY(again.error().isNotFound());
    QCOMPARE(again.error().fault(), QStringLiteral("FloatingIPNotFound"));
}

TaskSnapshot TestNetwork::runTask(TaskKind kind)
{
    TaskEngine engine(m_lab.session(), nullptr, nullptr);
    EngineSettings settings;
    settings.actionRetryDelayMs = 2000;
    engine.setSettings(settings);
    TaskSpec spec;
    spec.kind = kind;
    spec.serverId = m_server.id;
    spec.serverName = m_server.name;
    const QString batch = engine.submitBatch(QStringLiteral("floating"), kind, {spec});
    if (!QTest::qWaitFor([&] { return engine.batch(batch) && engine.batch(batch)->isFinished(); }, 120000))
        return {}; // state Pending: the caller's check fails
    return engine.tasksOfBatch(batch).value(0);
}

QList<FloatingIp> TestNetwork::onServerPort()
{
    QList<FloatingIp> out;
    const Result<QList<FloatingIp>> all = floatingIps();
    if (all) {
        for (const FloatingIp &f : all.value())
            if (f.portId == m_port.id)
                out << f;
    }
    return out;
}

void TestNetwork::assignAndRelease()
{
    // The engine's flow (FLOATING, DISASSOCIATE) is the only one: assign twice, release twice.
    QVERIFY(!m_port.id.isEmpty());
    const TaskSnapshot assigned = runTask(TaskKind::AssignFloatingIp);
    QVERIFY2(assigned.state == TaskState::Done, qPrintable(assigned.error));
    QList<FloatingIp> mine = onServerPort();
    QCOMPARE(mine.size(), 1);
    const FloatingIp ip = mine.first();
    QCOMPARE(ip.fixedIpAddress, m_server.fixedAddress());
    QCOMPARE(ip.floatingNetworkId, m_lab.externalNetworkId);
    QCOMPARE(ip.description, QStringLiteral("phoenix:task=") + assigned.id);

    // Assigning again keeps the address the desktop has.
    const TaskSnapshot again = runTask(TaskKind::AssignFloatingIp);
    QVERIFY2(again.state == TaskState::Done, qPrintable(again.error));
    mine = onServerPort();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().id, ip.id);

    // Nova learns about it through Neutron's notification (within seconds on this bed).
    const QString id = m_server.id;
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.server(id).value().floatingAddress(), ip.floatingIpAddress, 30000);

    // Released: an address Phoenix allocated goes back to the pool.
    const TaskSnapshot released = runTask(TaskKind::ReleaseFloatingIp);
    QVERIFY2(released.state == TaskState::Done, qPrintable(released.error));
    const Result<QList<FloatingIp>> all = floatingIps();
    QVERIFY(all.ok());
    for (const FloatingIp &f : all.value())
        QVERIFY2(f.id != ip.id, "released floating IP still allocated");

    // Nothing left to release.
    const TaskSnapshot none = runTask(TaskKind::ReleaseFloatingIp);
    QVERIFY2(none.state == TaskState::Done, qPrintable(none.error));
    QVERIFY(onServerPort().isEmpty());
}

void TestNetwork::quota()
{
    const QString project = m_lab.session()->auth().projectId;
    Result<NetworkQuota> q = m_lab.call<NetworkQuota>([this, project](QObject *ctx, ApiCallback<NetworkQuota> cb) {
        net().quota(project, ctx, cb);
    });
    QVERIFY2(q.ok(), qPrintable(q.error().userMessage()));
    QVERIFY(q.value().floatingIps == -1 || q.value().floatingIps >= 10);
    QVERIFY(q.value().ports == -1 || q.value().ports >= 100);
    QVERIFY(q.value().networks != 0);
}

void TestNetwork::cleanupTestCase()
{
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
