// Compute hosts: the parsers of os-services and Placement, the move request bodies, the health
// verdict, the drain plan, the evacuation refusals and what MIGRATE decides for a desktop.
#include "cloud/hostsapi.h"
#include "models/domain/hosthealth.h"
#include "models/engine/migrationstages.h"

#include <QJsonDocument>
#include <QTest>

namespace
{
ComputeService service(const QString &host, const char *state = "up", const char *status = "enabled", bool forced = false)
{
    ComputeService s;
    s.id = host + QStringLiteral("-id");
    s.host = host;
    s.state = QLatin1String(state);
    s.status = QLatin1String(status);
    s.forcedDown = forced;
    return s;
}

HostCapacity capacity(const QString &host, qint64 vcpuUsed, qint64 ramUsed, qint64 vcpuTotal = 100, qint64 ramTotal = 1000)
{
    HostCapacity c;
    c.name = host;
    c.vcpu = {vcpuTotal, 0, 1.0, vcpuUsed};
    c.ramMb = {ramTotal, 0, 1.0, ramUsed};
    c.diskGb = {1000, 0, 1.0, 0};
    return c;
}

Server server(const QString &name, const QString &host, const char *status, const char *taskState = "")
{
    Server s;
    s.id = name + QStringLiteral("-id");
    s.name = name;
    s.host = host;
    s.status = QLatin1String(status);
    s.taskState = QLatin1String(taskState);
    s.flavorName = QStringLiteral("desk.small");
    return s;
}
} // namespace

class TestHostRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesServices();
    void parsesPlacement();
    void malformedPlacementIsAnError();
    void moveBodies();
    void verdict_data();
    void verdict();
    void buildCountsDesktopsByHost();
    void drainPlan();
    void drainRefusals();
    void evacuateRefusals();
    void migrateDecides_data();
    void migrateDecides();
};

void TestHostRules::parsesServices()
{
    const QByteArray body = R"({"services": [
        {"id": "c02bd679-d221-4794-9a43-d3ef327b103c", "binary": "nova-compute", "disabled_reason": "disk swap",
         "host": "phoenix-compute1", "state": "up", "status": "disabled", "updated_at": "2026-12-06T03:56:11.000000",
         "forced_down": false, "zone": "nova"},
        {"id": "f01b8bb4", "binary": "nova-compute", "disabled_reason": null, "host": "phoenix-compute2",
         "state": "down", "status": "enabled", "updated_at": null, "forced_down": true, "zone": "nova"}]})";
    Result<QList<ComputeService>> r = HostsApi::parseServices(body);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
    QCOMPARE(r.value().size(), 2);
    const ComputeService a = r.value().at(0);
    QCOMPARE(a.host, QStringLiteral("phoenix-compute1"));
    QCOMPARE(a.disabledReason, QStringLiteral("disk swap"));
    QVERIFY(a.isUp());
    QVERIFY(!a.isEnabled());
    QCOMPARE(a.updatedAt, QDateTime(QDate(2026, 12, 6), QTime(3, 56, 11), Qt::UTC));
    QVERIFY(r.value().at(1).forcedDown);
    QVERIFY(!r.value().at(1).isUp());
    QVERIFY(r.value().at(1).disabledReason.isEmpty());

    Result<ComputeService> one = HostsApi::parseService(R"({"service": {"id": "x", "host": "h", "status": "enabled", "state": "up", "forced_down": false}})");
    QVERIFY(one.ok());
    QCOMPARE(one.value().host, QStringLiteral("h"));
    QVERIFY(!HostsApi::parseServices(R"({"services": [{"id": "x"}]})").ok()); // no host
    QVERIFY(!HostsApi::parseServices(R"({"services": [{"host": "h", "forced_down": "no"}]})").ok());
}

void TestHostRules::parsesPlacement()
{
    Result<QList<ResourceProvider>> rps = HostsApi::parseResourceProviders(
        R"({"resource_providers": [{"uuid": "3a4a37ba", "name": "phoenix-compute1", "generation": 2, "links": []}]})");
    QVERIFY(rps.ok());
    QCOMPARE(rps.value().value(0).name, QStringLiteral("phoenix-compute1"));

    HostCapacity c;
    QVERIFY(!HostsApi::parseInventories(R"({"resource_provider_generation": 2, "inventories": {
        "VCPU": {"allocation_ratio": 16.0, "max_unit": 1000, "min_unit": 1, "reserved": 0, "step_size": 1, "total": 1000},
        "MEMORY_MB": {"allocation_ratio": 4.0, "reserved": 512, "total": 800000},
        "DISK_GB": {"allocation_ratio": 1.0, "reserved": 0, "total": 600000},
        "CUSTOM_X": {"total": 1}}})", &c));
    QCOMPARE(c.vcpu.capacity(), qint64(16000));
    QCOMPARE(c.ramMb.capacity(), qint64((800000 - 512) * 4));
    QCOMPARE(c.diskGb.capacity(), qint64(600000));
    QVERIFY(!HostsApi::parseUsages(R"({"resource_provider_generation": 2, "usages": {"VCPU": 3, "MEMORY_MB": 4608, "DISK_GB": 41}})", &c));
    QCOMPARE(c.vcpu.used, qint64(3));
    QCOMPARE(c.ramMb.used, qint64(4608));
    QCOMPARE(c.diskGb.free(), qint64(600000 - 41));
    // A provider without usages yet: zero, not an error.
    HostCapacity empty;
    QVERIFY(!HostsApi::parseUsages(R"({"usages": {}})", &empty));
    QCOMPARE(empty.vcpu.used, qint64(0));
}

void TestHostRules::malformedPlacementIsAnError()
{
    HostCapacity c;
    QVERIFY(HostsApi::parseInventories(R"({"inventories": {"VCPU": {"total": "many"}}})", &c));
    QVERIFY(HostsApi::parseInventories(R"({"inventories": {"VCPU": {"total": 4, "allocation_ratio": "x"}}})", &c));
    QVERIFY(HostsApi::parseInventories(R"({"inventories": {"VCPU": 4}})", &c));
    QVERIFY(HostsApi::parseInventories(R"({"nothing": 1})", &c));
    QVERIFY(HostsApi::parseUsages(R"({"usages": {"VCPU": 2.5}})", &c));
    QVERIFY(HostsApi::parseUsages(R"([1, 2])", &c));
}

void TestHostRules::moveBodies()
{
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QCOMPARE(json(HostsApi::liveMigrateBody({}, 79)), QByteArray(R"({"os-migrateLive":{"block_migration":"auto","host":null}})"));
    QCOMPARE(json(HostsApi::liveMigrateBody(QStringLiteral("b"), 79)), QByteArray(R"({"os-migrateLive":{"block_migration":"auto","host":"b"}})"));
    QCOMPARE(json(HostsApi::liveMigrateBody({}, 20)),
             QByteArray(R"({"os-migrateLive":{"block_migration":false,"disk_over_commit":false,"host":null}})"));
    QCOMPARE(json(HostsApi::coldMigrateBody({}, 79)), QByteArray(R"({"migrate":null})"));
    QCOMPARE(json(HostsApi::coldMigrateBody(QStringLiteral("b"), 79)), QByteArray(R"({"migrate":{"host":"b"}})"));
    QCOMPARE(json(HostsApi::coldMigrateBody(QStringLiteral("b"), 53)), QByteArray(R"({"migrate":null})")); // no host before 2.56
    QCOMPARE(json(HostsApi::evacuateBody({}, 79)), QByteArray(R"({"evacuate":{}})"));
    QCOMPARE(json(HostsApi::evacuateBody(QStringLiteral("a"), 79)), QByteArray(R"({"evacuate":{"host":"a"}})"));
    QCOMPARE(json(HostsApi::serviceUpdateBody(false, QStringLiteral(" new disks "))),
             QByteArray(R"({"disabled_reason":"new disks","status":"disabled"})"));
    QCOMPARE(json(HostsApi::serviceUpdateBody(true, QStringLiteral("ignored"))), QByteArray(R"({"status":"enabled"})"));
}

void TestHostRules::verdict_data()
{
    QTest::addColumn<ComputeService>("svc");
    QTest::addColumn<bool>("hasCapacity");
    QTest::addColumn<int>("vcpuUsed");
    QTest::addColumn<int>("ramUsed");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("reason");

    const QString h = QStringLiteral("a");
    QTest::newRow("ok") << service(h) << true << 10 << 300 << 0 << int(HostHealth::Ok) << "vCPU 10%, RAM 30%";
    QTest::newRow("down") << service(h, "down") << true << 10 << 300 << 0 << int(HostHealth::Down) << "Nova reports its compute service down";
    QTest::newRow("forced down") << service(h, "up", "enabled", true) << true << 0 << 0 << 0 << int(HostHealth::Down) << "Forced down";
    QTest::newRow("disabled") << service(h, "up", "disabled") << true << 0 << 0 << 0 << int(HostHealth::Warning) << "Disabled";
    QTest::newRow("vcpu 90%") << service(h) << true << 90 << 0 << 0 << int(HostHealth::Warning) << "vCPU 90% used";
    QTest::newRow("vcpu 89%") << service(h) << true << 89 << 0 << 0 << int(HostHealth::Ok) << "vCPU 89%";
    QTest::newRow("ram full") << service(h) << true << 0 << 1000 << 0 << int(HostHealth::Warning) << "RAM 100% used";
    QTest::newRow("no placement") << service(h) << false << 0 << 0 << 0 << int(HostHealth::Warning) << "Placement reports no resources";
    QTest::newRow("error desktops") << service(h) << true << 0 << 0 << 2 << int(HostHealth::Warning) << "2 desktop(s) on it in ERROR";
}

void TestHostRules::verdict()
{
    QFETCH(ComputeService, svc);
    QFETCH(bool, hasCapacity);
    QFETCH(int, vcpuUsed);
    QFETCH(int, ramUsed);
    QFETCH(int, errors);
    QFETCH(int, health);
    QFETCH(QString, reason);
    HostRecord r;
    r.service = svc;
    if (hasCapacity)
        r.capacity = capacity(svc.host, vcpuUsed, ramUsed);
    r.errorDesktops = errors;
    HostRules::judge(r);
    QCOMPARE(int(r.health), health);
    QVERIFY2(r.reasons.join(QLatin1Char(' ')).contains(reason), qPrintable(r.reasons.join(QLatin1Char('|'))));
}

void TestHostRules::buildCountsDesktopsByHost()
{
    const QList<HostRecord> hosts = HostRules::build(
        {service(QStringLiteral("b")), service(QStringLiteral("a"))}, {capacity(QStringLiteral("a"), 1, 1)},
        {server(QStringLiteral("d1"), QStringLiteral("a"), "ACTIVE"), server(QStringLiteral("d2"), QStringLiteral("a"), "ERROR"),
         server(QStringLiteral("d3"), QStringLiteral("b"), "SHUTOFF"), server(QStringLiteral("d4"), QString(), "SHELVED_OFFLOADED")});
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0).host(), QStringLiteral("a")); // sorted
    QCOMPARE(hosts.at(0).desktopIds.size(), 2);
    QCOMPARE(hosts.at(0).errorDesktops, 1);
    QCOMPARE(hosts.at(0).health, HostHealth::Warning);
    QVERIFY(hosts.at(0).capacity.has_value());
    QCOMPARE(hosts.at(1).desktopIds, QStringList{QStringLiteral("d3-id")});
    QVERIFY(!hosts.at(1).capacity.has_value());
}

void TestHostRules::drainPlan()
{
    const QString a = QStringLiteral("a");
    const QList<DrainItem> plan = HostRules::planDrain(
        a, {server(QStringLiteral("1-active"), a, "ACTIVE"), server(QStringLiteral("2-paused"), a, "PAUSED"),
            server(QStringLiteral("3-off"), a, "SHUTOFF"), server(QStringLiteral("4-susp"), a, "SUSPENDED"),
            server(QStringLiteral("5-err"), a, "ERROR"), server(QStringLiteral("6-busy"), a, "ACTIVE", "migrating"),
            server(QStringLiteral("7-elsewhere"), QStringLiteral("b"), "ACTIVE")});
    QCOMPARE(plan.size(), 6);
    QCOMPARE(plan.at(0).kind, DrainItem::Live);
    QCOMPARE(plan.at(1).kind, DrainItem::Live);
    QCOMPARE(plan.at(2).kind, DrainItem::Cold);
    QCOMPARE(plan.at(3).kind, DrainItem::Skip);
    QVERIFY(plan.at(3).why.contains(QLatin1String("suspended")));
    QCOMPARE(plan.at(4).kind, DrainItem::Skip);
    QVERIFY(plan.at(4).why.contains(QLatin1String("reset")));
    QCOMPARE(plan.at(5).kind, DrainItem::Skip);
    QVERIFY(plan.at(5).why.contains(QLatin1String("migrating")));
}

void TestHostRules::drainRefusals()
{
    QList<HostRecord> hosts = HostRules::build({service(QStringLiteral("a")), service(QStringLiteral("b"), "up", "disabled")}, {}, {});
    QVERIFY(HostRules::checkDrain(QStringLiteral("a"), hosts).text.contains(QLatin1String("nowhere to go")));
    QVERIFY(HostRules::checkDrain(QStringLiteral("x"), hosts).text.contains(QLatin1String("no compute host x")));
    hosts = HostRules::build({service(QStringLiteral("a")), service(QStringLiteral("b"))}, {}, {});
    QVERIFY(!HostRules::checkDrain(QStringLiteral("a"), hosts).refused());
}

void TestHostRules::evacuateRefusals()
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b");
    Flavor small;
    small.id = QStringLiteral("f1");
    small.name = QStringLiteral("desk.small");
    small.vcpus = 2;
    small.ramMb = 400;
    small.diskGb = 40;
    const QList<Server> servers{server(QStringLiteral("d1"), a, "ACTIVE"), server(QStringLiteral("d2"), a, "SHUTOFF")};

    // Still up: Nova refuses, and so does Phoenix, plainly.
    QList<HostRecord> hosts = HostRules::build({service(a), service(b)}, {capacity(b, 0, 0)}, servers);
    QVERIFY(HostRules::checkEvacuate(a, hosts, servers, {small}).text.contains(QLatin1String("still up")));
    // Down, room on b: fine.
    hosts = HostRules::build({service(a, "down", "enabled", true), service(b)}, {capacity(b, 0, 0)}, servers);
    QVERIFY(!HostRules::checkEvacuate(a, hosts, servers, {small}).refused());
    // Down, b has 500 MB free and the desktops need 800.
    hosts = HostRules::build({service(a, "down", "enabled", true), service(b)}, {capacity(b, 0, 500)}, servers);
    const QString noRoom = HostRules::checkEvacuate(a, hosts, servers, {small}).text;
    QVERIFY2(noRoom.contains(QLatin1String("No room")) && noRoom.contains(QLatin1String("300 MB RAM")), qPrintable(noRoom));
    // Down, the only other host disabled.
    hosts = HostRules::build({service(a, "down"), service(b, "up", "disabled")}, {capacity(b, 0, 0)}, servers);
    QVERIFY(HostRules::checkEvacuate(a, hosts, servers, {small}).text.contains(QLatin1String("nowhere")));
}

void TestHostRules::migrateDecides_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Server>("srv");
    QTest::addColumn<int>("move");
    using M = MigrationStages::Move;
    const QString a = QStringLiteral("a");
    const int live = int(TaskKind::LiveMigrate), cold = int(TaskKind::ColdMigrate), evac = int(TaskKind::Evacuate);
    QTest::newRow("active live") << live << server(QStringLiteral("s"), a, "ACTIVE") << int(M::Live);
    QTest::newRow("paused live") << live << server(QStringLiteral("s"), a, "PAUSED") << int(M::Live);
    QTest::newRow("shutoff live is cold") << live << server(QStringLiteral("s"), a, "SHUTOFF") << int(M::Cold);
    QTest::newRow("active cold") << cold << server(QStringLiteral("s"), a, "ACTIVE") << int(M::Cold);
    QTest::newRow("already moved") << live << server(QStringLiteral("s"), QStringLiteral("b"), "ACTIVE") << int(M::AlreadyMoved);
    QTest::newRow("moving") << live << server(QStringLiteral("s"), a, "MIGRATING", "migrating") << int(M::Busy);
    QTest::newRow("verify resize") << cold << server(QStringLiteral("s"), QStringLiteral("a"), "VERIFY_RESIZE") << int(M::Confirm);
    QTest::newRow("suspended") << live << server(QStringLiteral("s"), a, "SUSPENDED") << int(M::Refuse);
    QTest::newRow("error") << live << server(QStringLiteral("s"), a, "ERROR") << int(M::Refuse);
    QTest::newRow("evacuate error") << evac << server(QStringLiteral("s"), a, "ERROR") << int(M::Evacuate);
    QTest::newRow("evacuate moved") << evac << server(QStringLiteral("s"), QStringLiteral("b"), "ACTIVE") << int(M::AlreadyMoved);
    QTest::newRow("shelved") << live << server(QStringLiteral("s"), QString(), "SHELVED_OFFLOADED") << int(M::Refuse);
}

void TestHostRules::migrateDecides()
{
    QFETCH(int, kind);
    QFETCH(Server, srv);
    QFETCH(int, move);
    QString why;
    QCOMPARE(int(MigrationStages::decide(TaskKind(kind), srv, QStringLiteral("a"), &why)), move);
    if (move == int(MigrationStages::Move::Refuse))
        QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostRules)
#include "tst_hostrules.moc"
