// JSON → value types for every response kind, good and malformed (table-driven).
#include "cloud/apiparsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace
{
QByteArray testData(const QString &name)
{
    const QString dir = qEnvironmentVariable("PHOENIX_TEST_DATA");
    QFile f(dir + QStringLiteral("/apiparsers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s (PHOENIX_TEST_DATA=%s)", qPrintable(f.fileName()), qPrintable(dir));
    return f.readAll();
}

// Every parser behind one signature: "" when the body parsed, else the error's message.
using Parser = std::function<CloudError(const QByteArray &)>;

template<typename T>
CloudError errorOf(const Result<T> &r)
{
    return r.ok() ? CloudError() : r.error();
}

QMap<QString, Parser> parsers()
{
    QMap<QString, Parser> p;
    p[QStringLiteral("server")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseServer(b)); };
    p[QStringLiteral("servers")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseServerPage(b)); };
    p[QStringLiteral("flavors")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseFlavors(b)); };
    p[QStringLiteral("limits")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseLimits(b)); };
    p[QStringLiteral("actions")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseInstanceActions(b)); };
    p[QStringLiteral("hypervisors")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseHypervisors(b)); };
    p[QStringLiteral("console")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseRemoteConsole(b)); };
    p[QStringLiteral("image")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseImage(b)); };
    p[QStringLiteral("images")] = [](const QByteArray &b) {
        QString next;
        return errorOf(ApiParsers::parseImages(b, &next));
    };
    p[QStringLiteral("networks")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseNetworks(b)); };
    p[QStringLiteral("subnets")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseSubnets(b)); };
    p[QStringLiteral("ports")] = [](const QByteArray &b) { return errorOf(ApiParsers::parsePorts(b)); };
    p[QStringLiteral("routers")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseRouters(b)); };
    p[QStringLiteral("floatingips")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseFloatingIps(b)); };
    p[QStringLiteral("floatingip")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseFloatingIp(b)); };
    p[QStringLiteral("quota")] = [](const QByteArray &b) { return errorOf(ApiParsers::parseNetworkQuota(b)); };
    return p;
}

// A valid sample of every kind (what the test bed returned, shortened), for truncation tests.
QMap<QString, QByteArray> samples()
{
    QMap<QString, QByteArray> s;
    s[QStringLiteral("servers")] = testData(QStringLiteral("nova-servers-detail-2.79.json"));
    s[QStringLiteral("server")] = testData(QStringLiteral("nova-server-2.46.json"));
    s[QStringLiteral("flavors")] = testData(QStringLiteral("nova-flavors.json"));
    s[QStringLiteral("limits")] = testData(QStringLiteral("nova-limits.json"));
    s[QStringLiteral("actions")] = testData(QStringLiteral("nova-instance-actions.json"));
    s[QStringLiteral("hypervisors")] = testData(QStringLiteral("nova-hypervisors.json"));
    s[QStringLiteral("console")] = R"({"remote_console": {"protocol": "vnc", "type": "novnc",
        "url": "http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D7603cc85"}})";
    s[QStringLiteral("images")] = testData(QStringLiteral("glance-images.json"));
    s[QStringLiteral("image")] = QJsonDocument(QJsonDocument::fromJson(s[QStringLiteral("images")])
                                                   .object()[QLatin1String("images")][0].toObject())
                                     .toJson();
    s[QStringLiteral("networks")] = testData(QStringLiteral("neutron-networks.json"));
    s[QStringLiteral("subnets")] = testData(QStringLiteral("neutron-subnets.json"));
    s[QStringLiteral("ports")] = testData(QStringLiteral("neutron-ports.json"));
    s[QStringLiteral("routers")] = testData(QStringLiteral("neutron-routers.json"));
    s[QStringLiteral("floatingips")] = testData(QStringLiteral("neutron-floatingips.json"));
    s[QStringLiteral("floatingip")] = R"({"floatingip": {"id": "f1", "floating_ip_address": "203.0.113.20",
        "fixed_ip_address": null, "port_id": null, "floating_network_id": "ext", "router_id": null,
        "status": "DOWN", "project_id": "p1", "description": "phoenix:x"}})";
    s[QStringLiteral("quota")] = R"({"quota": {"floatingip": 150, "network": 20, "port": 500, "router": 10,
        "subnet": 20, "security_group": 50, "security_group_rule": 500, "rbac_policy": 10}})";
    return s;
}
} // namespace

class TestApiParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peekNextMarker();
    void serversDetail279();
    void serverFlavorIdForm246();
    void serverCreateReplyHasOnlyId();
    void serverFromJsonIsLenient();
    void serverAddressesAreOnlyIps();
    void flavors();
    void limits();
    void instanceActions();
    void hypervisors();
    void remoteConsole_data();
    void remoteConsole();
    void images();
    void networks();
    void subnetsPortsRouters();
    void floatingIps();
    void quota();
    void samplesParse_data();
    void samplesParse();
    void malformed_data();
    void malformed();
    void truncatedNeverCrashes_data();
    void truncatedNeverCrashes();
};

void TestApiParsers::serversDetail279()
{
    Result<ServerPage> r = ApiParsers::parseServerPage(testData(QStringLiteral("nova-servers-detail-2.79.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    const ServerPage &page = r.value();
    QCOMPARE(page.servers.size(), 2);
    QCOMPARE(page.nextMarker, page.servers.at(1).id);

    const Server &a = page.servers.at(0);
    QCOMPARE(a.id, QStringLiteral("7aac832d-d3f1-4b04-84b7-97f35aa56b7e"));
    QCOMPARE(a.name, QStringLiteral("math-7a-stu01"));
    QCOMPARE(a.status, QStringLiteral("SUSPENDED"));
    QCOMPARE(a.taskState, QStringLiteral("resuming"));
    QCOMPARE(a.vmState, QStringLiteral("suspended"));
    QCOMPARE(a.powerState, 1);
    QVERIFY(a.isTransitional());
    QCOMPARE(a.imageId, QStringLiteral("e799cfc8-0923-4512-ae73-4f6a358641fd"));
    QVERIFY(a.flavorId.isEmpty()); // 2.47+ embeds the flavor
    QCOMPARE(a.flavorName, QStringLiteral("desk.tiny"));
    QCOMPARE(a.projectId, QStringLiteral("09be53c0ca8c4c99bde8ba0f6fd2809d"));
    QCOMPARE(a.userId, QStringLiteral("0a9f4918efff4e1484dee03d8dd3ee24"));
    QVERIFY(a.keyName.isEmpty());
    QCOMPARE(a.created, QDateTime(QDate(2026, 11, 26), QTime(2, 43, 40), Qt::UTC));
    QCOMPARE(a.updated, QDateTime(QDate(2026, 11, 26), QTime(2, 43, 49), Qt::UTC));
    QCOMPARE(a.launchedAt, QDateTime(QDate(2026, 11, 26), QTime(2, 43, 42), Qt::UTC));
    QVERIFY(a.isPhoenixDesktop());
    QCOMPARE(a.meta(PhoenixMeta::Role), QStringLiteral("student"));
    QCOMPARE(a.meta(PhoenixMeta::Course), QStringLiteral("math-7a"));
    QCOMPARE(a.meta(PhoenixMeta::Owner), QStringLiteral("student1"));
    QCOMPARE(a.metadata.size(), 5);
    QCOMPARE(a.tags, QStringList{QStringLiteral("phoenix")});
    QCOMPARE(a.addresses.size(), 2);
    QCOMPARE(a.addresses.at(0).network, QStringLiteral("lab-net"));
    QCOMPARE(a.addresses.at(0).mac, QStringLiteral("fa:16:3e:21:79:55"));
    QCOMPARE(a.fixedAddress(), QStringLiteral("10.20.0.195"));
    QCOMPARE(a.floatingAddress(), QStringLiteral("203.0.113.63"));
    QVERIFY(a.faultMessage.isEmpty());
    QVERIFY(!a.locked);

    const Server &b = page.servers.at(1);
    QCOMPARE(b.status, QStringLiteral("ERROR"));
    QVERIFY(b.taskState.isEmpty()); // JSON null
    QVERIFY(b.imageId.isEmpty());   // "" = volume-backed
    QCOMPARE(b.faultMessage, QStringLiteral("Port binding failed"));
    QVERIFY(!b.launchedAt.isValid());
    QCOMPARE(b.tags, (QStringList{QStringLiteral("phoenix"), QStringLiteral("teacher")}));
    QVERIFY(b.addresses.isEmpty());
    QVERIFY(b.fixedAddress().isEmpty());
    QVERIFY(b.locked);
    QCOMPARE(b.meta(PhoenixMeta::Role), QStringLiteral("teacher"));
}

void TestApiParsers::serverFlavorIdForm246()
{
    Result<Server> r = ApiParsers::parseServer(testData(QStringLiteral("nova-server-2.46.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().flavorId, QStringLiteral("c5a13fcd-591c-462b-a2db-c23c4f0e1382"));
    QVERIFY(r.value().flavorName.isEmpty());
    QVERIFY(r.value().tags.isEmpty()); // no "tags" before 2.26
    QCOMPARE(r.value().status, QStringLiteral("ACTIVE"));
    QVERIFY(!r.value().isTransitional());
}

void TestApiParsers::serverCreateReplyHasOnlyId()
{
    const QByteArray body = R"({"server": {"id": "1711360d", "links": [], "OS-DCF:diskConfig": "MANUAL",
        "security_groups": [{"name": "default"}], "adminPass": "zFzYw9HBfbQB"}})";
    Result<Server> r = ApiParsers::parseServer(body);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().id, QStringLiteral("1711360d"));
    QVERIFY(r.value().status.isEmpty());
}

void TestApiParsers::serverFromJsonIsLenient()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"id": "x", "name": "n", "status": 5, "metadata": {"a": "b"}})").object();
    const Server s = ApiParsers::serverFromJson(o);
    QCOMPARE(s.id, QStringLiteral("x"));
    QCOMPARE(s.name, QStringLiteral("n"));
    QVERIFY(s.status.isEmpty()); // the bad field and everything after it are left at their defaults
}

void TestApiParsers::serverAddressesAreOnlyIps()
{
    // A server read from the inventory cache has not passed the parser: the accessors check too.
    Server s;
    s.addresses << ServerAddress{QStringLiteral("n"), QStringLiteral("-oProxyCommand=x"), 4, QStringLiteral("fixed"), {}}
                << ServerAddress{QStringLiteral("n"), QStringLiteral("10.0.0.5"), 4, QStringLiteral("fixed"), {}}
                << ServerAddress{QStringLiteral("n"), QStringLiteral(" 203.0.113.9"), 4, QStringLiteral("floating"), {}};
    QCOMPARE(s.fixedAddress(), QStringLiteral("10.0.0.5"));
    QCOMPARE(s.floatingAddress(), QString());
    s.addresses << ServerAddress{QStringLiteral("n"), QStringLiteral("2001:DB8::7"), 6, QStringLiteral("floating"), {}};
    QCOMPARE(s.floatingAddress(), QStringLiteral("2001:db8::7"));
    QVERIFY(isPlainIpAddress(QStringLiteral("192.0.2.1")));
    QVERIFY(!isPlainIpAddress(QStringLiteral("192.0.2.1\n")));
    QVERIFY(!isPlainIpAddress(QStringLiteral("fe80::1%eth0")));
    QVERIFY(!isPlainIpAddress(QString()));
}

void TestApiParsers::flavors()
{
    Result<QList<Flavor>> r = ApiParsers::parseFlavors(testData(QStringLiteral("nova-flavors.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), 3);
    const Flavor &f = r.value().at(0);
    QCOMPARE(f.name, QStringLiteral("desk.small"));
    QCOMPARE(f.vcpus, 2);
    QCOMPARE(f.ramMb, 4096);
    QCOMPARE(f.diskGb, 40);
    QCOMPARE(f.ephemeralGb, 0);
    QVERIFY(f.isPublic);
    QVERIFY(f.description.isEmpty());
    QCOMPARE(r.value().at(2).description, QStringLiteral("One small desktop"));
    QVERIFY(!r.value().at(2).isPublic);
    QCOMPARE(r.value().at(2).id, QStringLiteral("42")); // legacy integer id
}

void TestApiParsers::limits()
{
    Result<ComputeLimits> r = ApiParsers::parseLimits(testData(QStringLiteral("nova-limits.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().maxInstances, 200);
    QCOMPARE(r.value().usedInstances, 3);
    QCOMPARE(r.value().maxCores, -1);
    QCOMPARE(r.value().usedCores, 3);
    QCOMPARE(r.value().maxRamMb, 1638400);
    QCOMPARE(r.value().usedRamMb, 1536);
    QCOMPARE(r.value().maxKeypairs, 100);
    QCOMPARE(r.value().maxServerGroups, 10);
}

void TestApiParsers::instanceActions()
{
    Result<QList<InstanceAction>> r = ApiParsers::parseInstanceActions(testData(QStringLiteral("nova-instance-actions.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).action, QStringLiteral("stop"));
    QCOMPARE(r.value().at(0).requestId, QStringLiteral("req-85c7a10e-9c31-4c1c-b10b-0037a2a13908"));
    QCOMPARE(r.value().at(0).startTime, QDateTime(QDate(2026, 11, 26), QTime(2, 43, 50), Qt::UTC));
    QCOMPARE(r.value().at(1).action, QStringLiteral("create"));
    QVERIFY(r.value().at(1).message.isEmpty());
    QCOMPARE(r.value().at(1).updatedTime, QDateTime(QDate(2026, 11, 26), QTime(2, 43, 35), Qt::UTC));
}

void TestApiParsers::hypervisors()
{
    Result<QList<Hypervisor>> r = ApiParsers::parseHypervisors(testData(QStringLiteral("nova-hypervisors.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).hostname, QStringLiteral("phoenix-compute1"));
    QCOMPARE(r.value().at(0).id, QStringLiteral("b1e43b5f-5b9a-4a8d-9fb8-1a0e9b4d6d51"));
    QCOMPARE(r.value().at(0).runningVms, -1); // not reported from 2.88
    QCOMPARE(r.value().at(1).id, QStringLiteral("2")); // integer id before 2.53
    QCOMPARE(r.value().at(1).runningVms, 7);
    QCOMPARE(r.value().at(1).state, QStringLiteral("down"));
    QCOMPARE(r.value().at(1).type, QStringLiteral("fake"));
}

void TestApiParsers::remoteConsole_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("url");
    QTest::newRow("novnc 2.6+") << QByteArray(R"({"remote_console": {"protocol": "vnc", "type": "novnc", "url": "http://h:6080/vnc_auto.html?path=%3Ftoken%3Dabc"}})")
                                << "vnc" << "novnc" << "http://h:6080/vnc_auto.html?path=%3Ftoken%3Dabc";
    QTest::newRow("spice") << QByteArray(R"({"remote_console": {"protocol": "spice", "type": "spice-html5", "url": "https://h/spice_auto.html?token=1"}})")
                           << "spice" << "spice-html5" << "https://h/spice_auto.html?token=1";
    QTest::newRow("legacy vnc action") << QByteArray(R"({"console": {"type": "novnc", "url": "http://h/vnc_auto.html?token=2"}})")
                                       << "vnc" << "novnc" << "http://h/vnc_auto.html?token=2";
    QTest::newRow("legacy spice action") << QByteArray(R"({"console": {"type": "spice-html5", "url": "http://h/s?token=3"}})")
                                         << "spice" << "spice-html5" << "http://h/s?token=3";
}

void TestApiParsers::remoteConsole()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, protocol);
    QFETCH(QString, type);
    QFETCH(QString, url);
    Result<RemoteConsole> r = ApiParsers::parseRemoteConsole(body);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().protocol, protocol);
    QCOMPARE(r.value().type, type);
    QCOMPARE(r.value().url, url);
}

void TestApiParsers::images()
{
    QString next;
    Result<QList<Image>> r = ApiParsers::parseImages(testData(QStringLiteral("glance-images.json")), &next);
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(next, QStringLiteral("/v2/images?limit=2&marker=a455a950-e2f6-4505-bce2-ddc97c814492"));
    QCOMPARE(r.value().size(), 2);
    const Image &u = r.value().at(0);
    QCOMPARE(u.name, QStringLiteral("ubuntu-22.04-desktop"));
    QCOMPARE(u.status, QStringLiteral("active"));
    QCOMPARE(u.visibility, QStringLiteral("public"));
    QCOMPARE(u.diskFormat, QStringLiteral("raw"));
    QCOMPARE(u.containerFormat, QStringLiteral("bare"));
    QCOMPARE(u.osType, QStringLiteral("linux"));
    QCOMPARE(u.size, qint64(1048576));
    QCOMPARE(u.created, QDateTime(QDate(2026, 11, 26), QTime(2, 42, 56), Qt::UTC));
    QCOMPARE(u.properties.value(QStringLiteral("os_distro")).toString(), QStringLiteral("ubuntu"));
    QCOMPARE(u.properties.value(QStringLiteral("os_hidden")).toBool(), false);
    QVERIFY(!u.properties.contains(QStringLiteral("name"))); // known fields are not repeated
    const Image &q = r.value().at(1);
    QCOMPARE(q.status, QStringLiteral("queued"));
    QCOMPARE(q.size, qint64(0)); // null while queued
    QVERIFY(q.diskFormat.isEmpty());
    QVERIFY(q.isProtected);
    QCOMPARE(q.tags, QStringList{QStringLiteral("phoenix-template")});

    // The last page has no "next".
    Result<QList<Image>> last = ApiParsers::parseImages(R"({"images": [], "first": "/v2/images"})", &next);
    QVERIFY(last.ok());
    QVERIFY(next.isEmpty());
}

void TestApiParsers::networks()
{
    Result<QList<Network>> r = ApiParsers::parseNetworks(testData(QStringLiteral("neutron-networks.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), 2);
    const Network &pub = r.value().at(0);
    QCOMPARE(pub.name, QStringLiteral("public"));
    QVERIFY(pub.external);
    QVERIFY(!pub.shared);
    QCOMPARE(pub.mtu, 1500);
    QCOMPARE(pub.subnetIds, QStringList{QStringLiteral("d2aaa90a-9cc1-4676-bc9d-7491fdf052e3")});
    QCOMPARE(pub.projectId, QStringLiteral("225034fe575444b4be2b02f12f806ca6"));
    const Network &lab = r.value().at(1);
    QVERIFY(!lab.external);
    QCOMPARE(lab.projectId, QStringLiteral("09be53c0ca8c4c99bde8ba0f6fd2809d")); // tenant_id only
}

void TestApiParsers::subnetsPortsRouters()
{
    Result<QList<Subnet>> subnets = ApiParsers::parseSubnets(testData(QStringLiteral("neutron-subnets.json")));
    QVERIFY2(subnets.ok(), qPrintable(subnets.error().detail()));
    QCOMPARE(subnets.value().size(), 2);
    QCOMPARE(subnets.value().at(0).cidr, QStringLiteral("10.20.0.0/24"));
    QCOMPARE(subnets.value().at(0).gatewayIp, QStringLiteral("10.20.0.1"));
    QVERIFY(subnets.value().at(0).dhcp);
    QVERIFY(subnets.value().at(1).gatewayIp.isEmpty()); // null gateway

    Result<QList<Port>> ports = ApiParsers::parsePorts(testData(QStringLiteral("neutron-ports.json")));
    QVERIFY2(ports.ok(), qPrintable(ports.error().detail()));
    QCOMPARE(ports.value().size(), 3);
    QCOMPARE(ports.value().at(1).deviceOwner, QStringLiteral("network:router_interface"));
    QCOMPARE(ports.value().at(1).fixedIps.size(), 1);
    QCOMPARE(ports.value().at(1).fixedIps.at(0).subnetId, QStringLiteral("263199af-7b22-4d71-aa73-7e28c11e197f"));
    QCOMPARE(ports.value().at(1).fixedIps.at(0).ipAddress, QStringLiteral("10.20.0.1"));
    QCOMPARE(ports.value().at(2).deviceOwner, QStringLiteral("compute:nova"));
    QCOMPARE(ports.value().at(2).macAddress, QStringLiteral("fa:16:3e:92:35:5c"));
    QCOMPARE(ports.value().at(2).status, QStringLiteral("DOWN"));

    Result<QList<Router>> routers = ApiParsers::parseRouters(testData(QStringLiteral("neutron-routers.json")));
    QVERIFY2(routers.ok(), qPrintable(routers.error().detail()));
    QCOMPARE(routers.value().size(), 2);
    QCOMPARE(routers.value().at(0).name, QStringLiteral("lab-router"));
    QCOMPARE(routers.value().at(0).externalNetworkId, QStringLiteral("984b798a-5f17-45e2-b999-bf87f343b377"));
    QVERIFY(routers.value().at(1).externalNetworkId.isEmpty()); // no gateway
}

void TestApiParsers::floatingIps()
{
    Result<QList<FloatingIp>> r = ApiParsers::parseFloatingIps(testData(QStringLiteral("neutron-floatingips.json")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), 2);
    QVERIFY(r.value().at(0).isAssociated());
    QCOMPARE(r.value().at(0).floatingIpAddress, QStringLiteral("203.0.113.63"));
    QCOMPARE(r.value().at(0).fixedIpAddress, QStringLiteral("10.20.0.195"));
    QCOMPARE(r.value().at(0).routerId, QStringLiteral("7a8005d1-b4fe-4ac0-924c-b947709a01d9"));
    QCOMPARE(r.value().at(0).description, QStringLiteral("phoenix:math-7a-stu01"));
    QVERIFY(!r.value().at(1).isAssociated());
    QVERIFY(r.value().at(1).fixedIpAddress.isEmpty());

    Result<FloatingIp> one = ApiParsers::parseFloatingIp(samples().value(QStringLiteral("floatingip")));
    QVERIFY2(one.ok(), qPrintable(one.error().detail()));
    QCOMPARE(one.value().floatingNetworkId, QStringLiteral("ext"));
    QCOMPARE(one.value().status, QStringLiteral("DOWN"));
}

void TestApiParsers::quota()
{
    Result<NetworkQuota> r = ApiParsers::parseNetworkQuota(samples().value(QStringLiteral("quota")));
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().floatingIps, 150);
    QCOMPARE(r.value().networks, 20);
    QCOMPARE(r.value().ports, 500);
    QCOMPARE(r.value().routers, 10);
    QCOMPARE(r.value().subnets, 20);
    QCOMPARE(r.value().securityGroups, 50);
    Result<NetworkQuota> unlimited = ApiParsers::parseNetworkQuota(R"({"quota": {"floatingip": -1}})");
    QVERIFY(unlimited.ok());
    QCOMPARE(unlimited.value().floatingIps, -1);
    QCOMPARE(unlimited.value().ports, -1); // absent = unlimited
}

void TestApiParsers::samplesParse_data()
{
    QTest::addColumn<QString>("kind");
    const QStringList kinds = samples().keys();
    for (const QString &k : kinds)
        QTest::newRow(qPrintable(k)) << k;
}

void TestApiParsers::samplesParse()
{
    QFETCH(QString, kind);
    const CloudError e = parsers().value(kind)(samples().value(kind));
    QVERIFY2(!e.isError(), qPrintable(e.detail()));
}

void TestApiParsers::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // part of the error message

    // the document itself
    QTest::newRow("empty") << "servers" << QByteArray("") << "is empty";
    QTest::newRow("whitespace") << "flavors" << QByteArray("  \n") << "is empty";
    QTest::newRow("html error page") << "servers" << QByteArray("<html><body>502 Bad Gateway</body></html>") << "not valid JSON";
    QTest::newRow("truncated") << "servers" << QByteArray(R"({"servers": [{"id": "a", "name": "x")") << "not valid JSON";
    QTest::newRow("array root") << "limits" << QByteArray("[1, 2]") << "not a JSON object";
    QTest::newRow("string root") << "image" << QByteArray(R"("x")") << "the image reply is not";
    // the wrapper
    QTest::newRow("servers missing") << "servers" << QByteArray(R"({"server": []})") << "\"servers\" is missing";
    QTest::newRow("servers null") << "servers" << QByteArray(R"({"servers": null})") << "\"servers\" is missing";
    QTest::newRow("servers object") << "servers" << QByteArray(R"({"servers": {}})") << "\"servers\" is an object, expected a list";
    QTest::newRow("server not object") << "servers" << QByteArray(R"({"servers": [{"id": "a"}, 7]})") << "servers[1] is a number, expected an object";
    QTest::newRow("server wrapper list") << "server" << QByteArray(R"({"server": []})") << "\"server\" is a list, expected an object";
    // server fields
    QTest::newRow("id missing") << "servers" << QByteArray(R"({"servers": [{"name": "x"}]})") << "servers[0]: the field \"id\" is missing";
    QTest::newRow("id number") << "server" << QByteArray(R"({"server": {"id": 5}})") << "\"id\" is a number, expected text";
    QTest::newRow("status number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "status": 1}]})") << "\"status\" is a number";
    QTest::newRow("power state text") << "servers" << QByteArray(R"({"servers": [{"id": "a", "OS-EXT-STS:power_state": "on"}]})") << "expected a whole number";
    QTest::newRow("power state fraction") << "servers" << QByteArray(R"({"servers": [{"id": "a", "OS-EXT-STS:power_state": 1.5}]})") << "expected a whole number";
    QTest::newRow("metadata list") << "servers" << QByteArray(R"({"servers": [{"id": "a", "metadata": ["x"]}]})") << "\"metadata\" is a list, expected an object";
    QTest::newRow("metadata value number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "metadata": {"phoenix:seat": 3}}]})") << "entry \"phoenix:seat\" is a number";
    QTest::newRow("tags with number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "tags": ["ok", 2]}]})") << "\"tags\" item 1 is a number";
    QTest::newRow("addresses list") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": []}]})") << "\"addresses\" is a list";
    QTest::newRow("network addresses object") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"lab-net": {}}}]})") << "addresses of network \"lab-net\" are an object";
    QTest::newRow("address without addr") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"lab-net": [{"version": 4}]}}]})") << "the field \"addr\" is missing";
    QTest::newRow("flavor text") << "servers" << QByteArray(R"({"servers": [{"id": "a", "flavor": "desk.tiny"}]})") << "\"flavor\" is text, expected an object";
    QTest::newRow("flavor name number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "flavor": {"original_name": 3}}]})") << "flavor: \"original_name\" is a number";
    QTest::newRow("image number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "image": 12}]})") << "\"image\" is a number";
    QTest::newRow("bad time") << "servers" << QByteArray(R"({"servers": [{"id": "a", "updated": "yesterday"}]})") << "\"updated\" is not a time";
    QTest::newRow("time number") << "servers" << QByteArray(R"({"servers": [{"id": "a", "created": 1700000000}]})") << "\"created\" is a number, expected a time";
    QTest::newRow("locked text") << "servers" << QByteArray(R"({"servers": [{"id": "a", "locked": "yes"}]})") << "\"locked\" is text, expected true or false";
    QTest::newRow("fault text") << "servers" << QByteArray(R"({"servers": [{"id": "a", "fault": "boom"}]})") << "\"fault\" is text";
    QTest::newRow("links not list") << "servers" << QByteArray(R"({"servers": [], "servers_links": {}})") << "\"servers_links\" is an object";
    QTest::newRow("next without marker") << "servers" << QByteArray(R"({"servers": [{"id": "a"}], "servers_links": [{"rel": "next", "href": "http://n/servers/detail?limit=1"}]})") << "next link has no marker";
    QTest::newRow("next without href") << "servers" << QByteArray(R"({"servers": [{"id": "a"}], "servers_links": [{"rel": "next"}]})") << "\"href\" is missing";
    // other Nova kinds
    QTest::newRow("flavor without id") << "flavors" << QByteArray(R"({"flavors": [{"name": "x"}]})") << "flavors[0]: the field \"id\" is missing";
    QTest::newRow("flavor ram text") << "flavors" << QByteArray(R"({"flavors": [{"id": "1", "ram": "4G"}]})") << "\"ram\" is text, expected a whole number";
    QTest::newRow("flavor ram huge") << "flavors" << QByteArray(R"({"flavors": [{"id": "1", "ram": 1e20}]})") << "expected a whole number";
    // Numbers beyond what the field can hold are refused, never converted (that was undefined behaviour).
    QTest::newRow("flavor id huge") << "flavors" << QByteArray(R"({"flavors": [{"id": 1e300}]})") << "\"id\" is out of range";
    QTest::newRow("flavor id beyond 2^63") << "flavors" << QByteArray(R"({"flavors": [{"id": 9.3e18}]})") << "\"id\" is out of range";
    QTest::newRow("hypervisor id fraction") << "hypervisors" << QByteArray(R"({"hypervisors": [{"id": 2.5}]})") << "expected a whole number";
    QTest::newRow("power state beyond int") << "servers" << QByteArray(R"({"servers": [{"id": "a", "OS-EXT-STS:power_state": 3e9}]})") << "is out of range";
    QTest::newRow("image size huge") << "images" << QByteArray(R"({"images": [{"id": "i", "size": -1e19}]})") << "\"size\" is out of range";
    // Addresses reach the remote-desktop client's command line: only IP addresses pass.
    QTest::newRow("address option") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"n": [{"addr": "-oProxyCommand=touch /tmp/x", "version": 4}]}}]})") << "\"addr\" is not an IP address";
    QTest::newRow("address host name") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"n": [{"addr": "evil.example", "version": 4}]}}]})") << "is not an IP address";
    QTest::newRow("address with blank") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"n": [{"addr": "10.0.0.1 -x", "version": 4}]}}]})") << "is not an IP address";
    QTest::newRow("address with scope") << "servers" << QByteArray(R"({"servers": [{"id": "a", "addresses": {"n": [{"addr": "fe80::1%-x", "version": 6}]}}]})") << "is not an IP address";
    QTest::newRow("floating address text") << "floatingips" << QByteArray(R"j({"floatingips": [{"id": "f", "floating_ip_address": "$(reboot)"}]})j") << "\"floating_ip_address\" is not an IP address";
    QTest::newRow("port fixed ip text") << "ports" << QByteArray(R"({"ports": [{"id": "p", "fixed_ips": [{"ip_address": "a;b"}]}]})") << "\"ip_address\" is not an IP address";
    // Console addresses open in the browser: http and https only.
    QTest::newRow("console file url") << "console" << QByteArray(R"({"remote_console": {"url": "file:///etc/passwd"}})") << "not an http or https address";
    QTest::newRow("console javascript") << "console" << QByteArray(R"j({"remote_console": {"url": "javascript:alert(1)"}})j") << "not an http or https address";
    QTest::newRow("console custom scheme") << "console" << QByteArray(R"({"remote_console": {"url": "vnc://h:5900"}})") << "not an http or https address";
    QTest::newRow("limits absent") << "limits" << QByteArray(R"({"rate": []})") << "\"limits\" is missing";
    QTest::newRow("absolute absent") << "limits" << QByteArray(R"({"limits": {"rate": []}})") << "\"absolute\" is missing";
    QTest::newRow("limit as text") << "limits" << QByteArray(R"({"limits": {"absolute": {"maxTotalInstances": "10"}}})") << "\"maxTotalInstances\" is text";
    QTest::newRow("action without name") << "actions" << QByteArray(R"({"instanceActions": [{"request_id": "r"}]})") << "\"action\" is missing";
    QTest::newRow("hypervisor id object") << "hypervisors" << QByteArray(R"({"hypervisors": [{"id": {}}]})") << "\"id\" is an object";
    QTest::newRow("console missing") << "console" << QByteArray(R"({"remote": {}})") << "\"remote_console\" is missing";
    QTest::newRow("console without url") << "console" << QByteArray(R"({"remote_console": {"protocol": "vnc"}})") << "\"url\" is missing";
    QTest::newRow("console url not a url") << "console" << QByteArray(R"({"remote_console": {"url": "not a url"}})") << "not a URL";
    // Glance
    QTest::newRow("image without id") << "image" << QByteArray(R"({"name": "x"})") << "the field \"id\" is missing";
    QTest::newRow("image size text") << "images" << QByteArray(R"({"images": [{"id": "i", "size": "1MB"}]})") << "\"size\" is text, expected a whole number";
    QTest::newRow("image protected number") << "images" << QByteArray(R"({"images": [{"id": "i", "protected": 1}]})") << "\"protected\" is a number";
    QTest::newRow("images next number") << "images" << QByteArray(R"({"images": [], "next": 2})") << "\"next\" is a number";
    // Neutron
    QTest::newRow("networks object") << "networks" << QByteArray(R"({"networks": {"id": "n"}})") << "\"networks\" is an object";
    QTest::newRow("external text") << "networks" << QByteArray(R"({"networks": [{"id": "n", "router:external": "maybe"}]})") << "\"router:external\" is text";
    QTest::newRow("subnets of network") << "networks" << QByteArray(R"({"networks": [{"id": "n", "subnets": "s1"}]})") << "\"subnets\" is text, expected a list";
    QTest::newRow("subnet ip version text") << "subnets" << QByteArray(R"({"subnets": [{"id": "s", "ip_version": "4"}]})") << "\"ip_version\" is text";
    QTest::newRow("port fixed ip not object") << "ports" << QByteArray(R"({"ports": [{"id": "p", "fixed_ips": ["10.0.0.1"]}]})") << "fixed_ips[0] is text, expected an object";
    QTest::newRow("port without id") << "ports" << QByteArray(R"({"ports": [{"id": ""}]})") << "\"id\" is empty";
    QTest::newRow("router gateway text") << "routers" << QByteArray(R"({"routers": [{"id": "r", "external_gateway_info": "public"}]})") << "\"external_gateway_info\" is text";
    QTest::newRow("gateway network number") << "routers" << QByteArray(R"({"routers": [{"id": "r", "external_gateway_info": {"network_id": 1}}]})") << "\"network_id\" is a number";
    QTest::newRow("floating ip address number") << "floatingips" << QByteArray(R"({"floatingips": [{"id": "f", "floating_ip_address": 203}]})") << "\"floating_ip_address\" is a number";
    QTest::newRow("floatingip wrapper missing") << "floatingip" << QByteArray(R"({"floatingips": []})") << "\"floatingip\" is missing";
    QTest::newRow("quota missing") << "quota" << QByteArray(R"({"quotas": {}})") << "\"quota\" is missing";
    QTest::newRow("quota value text") << "quota" << QByteArray(R"({"quota": {"floatingip": "many"}})") << "\"floatingip\" is text";
}

void TestApiParsers::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QVERIFY(parsers().contains(kind));
    const CloudError e = parsers().value(kind)(body);
    QVERIFY2(e.isError(), "a malformed reply was accepted");
    QCOMPARE(e.kind(), CloudError::Kind::MalformedReply);
    QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    // The user sees one sentence naming what is wrong.
    QVERIFY2(e.userMessage().contains(e.message()), qPrintable(e.userMessage()));
}

void TestApiParsers::truncatedNeverCrashes_data()
{
    QTest::addColumn<QString>("kind");
    const QStringList kinds = samples().keys();
    for (const QString &k : kinds)
        QTest::newRow(qPrintable(k)) << k;
}

void TestApiParsers::truncatedNeverCrashes()
{
    // Every proper prefix of a JSON object is invalid JSON: each must be refused, none may crash.
    QFETCH(QString, kind);
    const QByteArray sample = samples().value(kind).trimmed();
    const Parser parse = parsers().value(kind);
    const int step = qMax(1, int(sample.size() / 200));
    int refused = 0;
    for (int cut = 0; cut < sample.size(); cut += step) {
        const CloudError e = parse(sample.left(cut));
        QVERIFY2(e.isError(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(cut)));
        QCOMPARE(e.kind(), CloudError::Kind::MalformedReply);
        ++refused;
    }
    QVERIFY(refused > 0);
}

void TestApiParsers::peekNextMarker()
{
    // Agrees with the full parse on Nova's pages; empty on the last page and on what is not a link.
    const QByteArray page = "{\"servers\": [{\"id\": \"a\", \"metadata\": {\"k\": \"v\"}}], \"servers_links\": [{\"href\": \"https://nova.example/v2.1/servers/detail?limit=1&marker=a%2Bb%20c\", \"rel\": \"next\"}]}";
    QCOMPARE(ApiParsers::peekNextMarker(page), ApiParsers::parseServerPage(page).value().nextMarker);
    QCOMPARE(ApiParsers::peekNextMarker(page), QStringLiteral("a+b c"));
    const QByteArray markerLast = "{\"servers\": [], \"servers_links\": [{\"rel\": \"next\", \"href\": \"https://n/servers/detail?marker=z9\"}]}";
    QCOMPARE(ApiParsers::peekNextMarker(markerLast), QStringLiteral("z9"));
    QCOMPARE(ApiParsers::peekNextMarker("{\"servers\": [{\"id\": \"a\"}]}"), QString());
    QCOMPARE(ApiParsers::peekNextMarker("{\"servers\": [], \"servers_links\": [{\"href\": \"https://n/x?marker=q\", \"rel\": \"prev\"}]}"), QString());
    QCOMPARE(ApiParsers::peekNextMarker("{\"servers\": [], \"servers_links\": [{\"href\": \"https://n/x?limit=5\", \"rel\": \"next\"}]}"), QString());
    QCOMPARE(ApiParsers::peekNextMarker(QByteArray()), QString());
    QCOMPARE(ApiParsers::peekNextMarker("\"servers_links\" \"next\" marker="), QString()); // cut short
}

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
