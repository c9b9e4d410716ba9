// The pure parts of the Nova/Glance/Neutron clients and the desktop helpers: request bodies and
// queries, paging links, name resolution, the external-network choice, the floating-IP port (table-driven).
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/serverresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace
{
Server server(const QString &id, const QString &name, const QString &status = QStringLiteral("ACTIVE"),
              const QString &task = {})
{
    Server s;
    s.id = id;
    s.name = name;
    s.status = status;
    s.taskState = task;
    return s;
}

Port port(const QString &id, const QString &owner, const QString &device, const QString &subnet, const QString &ip)
{
    Port p;
    p.id = id;
    p.deviceOwner = owner;
    p.deviceId = device;
    p.fixedIps << FixedIp{subnet, ip};
    return p;
}

Router router(const QString &id, const QString &external)
{
    Router r;
    r.id = id;
    r.externalNetworkId = external;
    return r;
}

Network externalNet(const QString &id, const QString &name)
{
    Network n;
    n.id = id;
    n.name = name;
    n.external = true;
    return n;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCloudApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionBodies_data();
    void actionBodies();
    void createBody_data();
    void createBody();
    void serverListQuery();
    void createImageReply_data();
    void createImageReply();
    void glanceNextLink_data();
    void glanceNextLink();
    void imagePatch();
    void floatingIpBodies();
    void externalNetwork_data();
    void externalNetwork();
    void resolve_data();
    void resolve();
    void desktopFilter();
    void choosePort();
};

void TestCloudApi::actionBodies_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QByteArray>("body"); // empty = refused
    QTest::newRow("start") << int(ServerAction::Start) << QByteArray("{}") << QByteArray(R"({"os-start":null})");
    QTest::newRow("stop") << int(ServerAction::Stop) << QByteArray("{}") << QByteArray(R"({"os-stop":null})");
    QTest::newRow("suspend") << int(ServerAction::Suspend) << QByteArray("{}") << QByteArray(R"({"suspend":null})");
    QTest::newRow("resume") << int(ServerAction::Resume) << QByteArray("{}") << QByteArray(R"({"resume":null})");
    QTest::newRow("reboot soft") << int(ServerAction::RebootSoft) << QByteArray("{}") << QByteArray(R"({"reboot":{"type":"SOFT"}})");
    QTest::newRow("reboot hard") << int(ServerAction::RebootHard) << QByteArray("{}") << QByteArray(R"({"reboot":{"type":"HARD"}})");
    QTest::newRow("rebuild") << int(ServerAction::Rebuild) << QByteArray(R"({"imageRef":"img"})") << QByteArray(R"({"rebuild":{"imageRef":"img"}})");
    QTest::newRow("rebuild without image") << int(ServerAction::Rebuild) << QByteArray("{}") << QByteArray();
    QTest::newRow("shelve") << int(ServerAction::Shelve) << QByteArray("{}") << QByteArray(R"({"shelve":null})");
    QTest::newRow("unshelve") << int(ServerAction::Unshelve) << QByteArray("{}") << QByteArray(R"({"unshelve":null})");
    QTest::newRow("unshelve to zone") << int(ServerAction::Unshelve) << QByteArray(R"({"availability_zone":"az2"})") << QByteArray(R"({"unshelve":{"availability_zone":"az2"}})");
    QTest::newRow("pause") << int(ServerAction::Pause) << QByteArray("{}") << QByteArray(R"({"pause":null})");
    QTest::newRow("unpause") << int(ServerAction::Unpause) << QByteArray("{}") << QByteArray(R"({"unpause":null})");
    QTest::newRow("snapshot") << int(ServerAction::CreateImage) << QByteArray(R"({"name":"snap"})") << QByteArray(R"({"createImage":{"name":"snap"}})");
    QTest::newRow("snapshot without name") << int(ServerAction::CreateImage) << QByteArray(R"({"metadata":{}})") << QByteArray();
    QTest::newRow("force delete") << int(ServerAction::ForceDelete) << QByteArray("{}") << QByteArray(R"({"forceDelete":null})");
}

void TestCloudApi::actionBodies()
{
    QFETCH(int, action);
    QFETCH(QByteArray, args);
    QFETCH(QByteArray, body);
    QString error;
    const QJsonObject built = ComputeApi::actionBody(ServerAction(action), QJsonDocument::fromJson(args).object(), &error);
    if (body.isEmpty()) {
        QVERIFY(built.isEmpty());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(compact(built), body);
        QVERIFY(error.isEmpty());
    }
}

void TestCloudApi::createBody_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("microversion");
    QTest::addColumn<QString>("networks"); // JSON of "networks", "" = absent
    QTest::addColumn<bool>("tagsInBody");
    QTest::newRow("network") << "net-1" << "" << 79 << R"([{"uuid":"net-1"}])" << true;
    QTest::newRow("port wins") << "net-1" << "port-1" << 79 << R"([{"port":"port-1"}])" << true;
    QTest::newRow("neither: auto") << "" << "" << 79 << R"("auto")" << true;
    QTest::newRow("old cloud: no auto") << "" << "" << 30 << "" << false;
    QTest::newRow("tags need 2.52") << "net-1" << "" << 51 << R"([{"uuid":"net-1"}])" << false;
}

void TestCloudApi::createBody()
{
    QFETCH(QString, network);
    QFETCH(QString, port);
    QFETCH(int, microversion);
    QFETCH(QString, networks);
    QFETCH(bool, tagsInBody);
    ServerCreateSpec spec;
    spec.name = QStringLiteral("math-7a-stu01");
    spec.imageId = QStringLiteral("img");
    spec.flavorId = QStringLiteral("flv");
    spec.networkId = network;
    spec.portId = port;
    spec.metadata.insert(QStringLiteral("phoenix:role"), QStringLiteral("student"));
    spec.tags << QStringLiteral("phoenix");
    spec.userData = "#cloud-config\nhostname: x\n";
    const QJsonObject s = ComputeApi::createBody(spec, microversion).value(QLatin1String("server")).toObject();
    QCOMPARE(s.value(QLatin1String("name")).toString(), spec.name);
    QCOMPARE(s.value(QLatin1String("imageRef")).toString(), QStringLiteral("img"));
    QCOMPARE(s.value(QLatin1String("flavorRef")).toString(), QStringLiteral("flv"));
    QCOMPARE(s.value(QLatin1String("metadata")).toObject().value(QLatin1String("phoenix:role")).toString(), QStringLiteral("student"));
    QCOMPARE(QByteArray::fromBase64(s.value(QLatin1String("user_data")).toString().toLatin1()), spec.userData);
    if (networks.isEmpty()) {
        QVERIFY(!s.contains(QLatin1String("networks")));
    } else {
        const QByteArray got = QJsonDocument(QJsonObject{{QStringLiteral("n"), s.value(QLatin1String("networks"))}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(got, QByteArray(R"({"n":)") + networks.toUtf8() + "}");
    }
    QCOMPARE(s.contains(QLatin1String("tags")), tagsInBody);
    QVERIFY(!s.contains(QLatin1String("key_name")));
}

void TestCloudApi::serverListQuery()
{
    ServerQuery q;
    q.tags << QStringLiteral("phoenix") << QStringLiteral("math");
    q.status = QStringLiteral("ACTIVE");
    // 11:30 in UTC+02:00 is 09:30 UTC: changes-since is always sent in UTC.
    q.changesSince = QDateTime(QDate(2026, 11, 26), QTime(11, 30, 15), QTimeZone(7200));
    q.limit = 2;
    q.marker = QStringLiteral("abc");
    q.allTenants = true;
    const QUrlQuery u = ComputeApi::serverListQuery(q);
    QCOMPARE(u.queryItemValue(QStringLiteral("tags")), QStringLiteral("phoenix,math"));
    QCOMPARE(u.queryItemValue(QStringLiteral("status")), QStringLiteral("ACTIVE"));
    QCOMPARE(u.queryItemValue(QStringLiteral("changes-since")), QStringLiteral("2026-11-26T09:30:15Z"));
    QCOMPARE(u.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    QCOMPARE(u.queryItemValue(QStringLiteral("marker")), QStringLiteral("abc"));
    QCOMPARE(u.queryItemValue(QStringLiteral("all_tenants")), QStringLiteral("1"));
    QVERIFY(ComputeApi::serverListQuery(ServerQuery()).isEmpty());
}

void TestCloudApi::createImageReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("id");
    QTest::newRow("2.45 body") << QByteArray(R"({"image_id": "0e7761dd"})") << QByteArray() << "0e7761dd";
    QTest::newRow("location") << QByteArray() << QByteArray("http://127.0.0.1:9292/v2/images/5a1b") << "5a1b";
    QTest::newRow("body wins") << QByteArray(R"({"image_id": "b"})") << QByteArray("http://g/v2/images/l") << "b";
    QTest::newRow("nothing") << QByteArray() << QByteArray() << "";
}

void TestCloudApi::createImageReply()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(QString, id);
    QCOMPARE(ComputeApi::imageIdFromCreateImageReply(body, location), id);
}

void TestCloudApi::glanceNextLink_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("url");
    QTest::newRow("root endpoint") << "http://127.0.0.1:9292" << "/v2/images?limit=1&marker=e79"
                                   << "http://127.0.0.1:9292/v2/images?limit=1&marker=e79";
    QTest::newRow("trailing slash") << "http://127.0.0.1:9292/" << "/v2/images?marker=e79"
                                    << "http://127.0.0.1:9292/v2/images?marker=e79";
    QTest::newRow("path prefix") << "https://cloud.school.example/image" << "/v2/images?marker=x"
                                 << "https://cloud.school.example/image/v2/images?marker=x";
    QTest::newRow("versioned endpoint") << "https://cloud/image/v2" << "/v2/images?marker=x"
                                        << "https://cloud/image/v2/images?marker=x";
    QTest::newRow("absolute link, same origin") << "http://a:9292/image" << "http://a:9292/image/v2/images?marker=y"
                                                << "http://a:9292/image/v2/images?marker=y";
    QTest::newRow("default port written out") << "https://a/image" << "https://a:443/image/v2/images?marker=y"
                                              << "https://a:443/image/v2/images?marker=y";
    // Refused (url ""): the token would go to another server.
    QTest::newRow("absolute link, other host") << "http://a:9292" << "http://b:9292/v2/images?marker=y" << "";
    QTest::newRow("absolute link, other port") << "http://a:9292" << "http://a:9393/v2/images?marker=y" << "";
    QTest::newRow("absolute link, other scheme") << "https://a" << "http://a:443/v2/images?marker=y" << "";
    QTest::newRow("scheme-relative, other host") << "https://a" << "//evil.example/v2/images?marker=y" << "";
    QTest::newRow("encoded marker") << "http://g" << "/v2/images?marker=a%2Bb&sort_key=name"
                                    << "http://g/v2/images?marker=a%2Bb&sort_key=name";
}

void TestCloudApi::glanceNextLink()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, next);
    QFETCH(QString, url);
    const Result<QUrl> followed = ImageApi::nextPageUrl(QUrl(endpoint), next);
    if (url.isEmpty()) {
        QVERIFY2(!followed.ok(), qPrintable(followed.value().toString()));
        QVERIFY2(followed.error().userMessage().contains(QLatin1String("another server")),
                 qPrintable(followed.error().userMessage()));
        return;
    }
    QVERIFY2(followed.ok(), qPrintable(followed.error().detail()));
    QCOMPARE(followed.value().toString(QUrl::FullyEncoded), url);
}

void TestCloudApi::imagePatch()
{
    QCOMPARE(ImageApi::updatePatch(QStringLiteral("golden"), QString()),
             QByteArray(R"([{"op":"replace","path":"/name","value":"golden"}])"));
    QCOMPARE(ImageApi::updatePatch(QStringLiteral("g"), QStringLiteral("private")),
             QByteArray(R"([{"op":"replace","path":"/name","value":"g"},{"op":"replace","path":"/visibility","value":"private"}])"));
    QCOMPARE(ImageApi::updatePatch({}, {}), QByteArray("[]"));
}

void TestCloudApi::floatingIpBodies()
{
    QCOMPARE(compact(NetworkApi::associateBody(QStringLiteral("p1"), QStringLiteral("10.20.0.5"))),
             QByteArray(R"({"floatingip":{"fixed_ip_address":"10.20.0.5","port_id":"p1"}})"));
    QCOMPARE(compact(NetworkApi::associateBody(QStringLiteral("p1"), QString())), QByteArray(R"({"floatingip":{"port_id":"p1"}})"));
    QCOMPARE(compact(NetworkApi::associateBody(QString(), QStringLiteral("ignored"))), QByteArray(R"({"floatingip":{"port_id":null}})"));
    QCOMPARE(compact(NetworkApi::createFloatingIpBody(QStringLiteral("ext"), QStringLiteral("phoenix:x"))),
             QByteArray(R"({"floatingip":{"description":"phoenix:x","floating_network_id":"ext"}})"));
}

void TestCloudApi::externalNetwork_data()
{
    QTest::addColumn<QList<Port>>("routerPorts");
    QTest::addColumn<QList<Router>>("routers");
    QTest::addColumn<QList<Network>>("external");
    QTest::addColumn<QString>("chosen"); // "" = error
    const QString lab = QStringLiteral("lab-subnet");
    const Port iface = port(QStringLiteral("rp"), QStringLiteral("network:router_interface"), QStringLiteral("r1"), lab, QStringLiteral("10.20.0.1"));
    const Port dvr = port(QStringLiteral("rp2"), QStringLiteral("network:router_interface_distributed"), QStringLiteral("r2"), lab, QStringLiteral("10.20.0.2"));
    const Port otherSubnet = port(QStringLiteral("rp3"), QStringLiteral("network:router_interface"), QStringLiteral("r1"), QStringLiteral("other"), QStringLiteral("10.30.0.1"));
    const Port dhcp = port(QStringLiteral("dp"), QStringLiteral("network:dhcp"), QStringLiteral("r1"), lab, QStringLiteral("10.20.0.3"));
    const QList<Network> one{externalNet(QStringLiteral("public"), QStringLiteral("public"))};
    const QList<Network> two{externalNet(QStringLiteral("public"), QStringLiteral("public")), externalNet(QStringLiteral("uni"), QStringLiteral("uni-net"))};
    QTest::newRow("router on the subnet") << QList<Port>{iface} << QList<Router>{router(QStringLiteral("r1"), QStringLiteral("ext-a"))} << two << "ext-a";
    QTest::newRow("distributed router") << QList<Port>{dvr} << QList<Router>{router(QStringLiteral("r2"), QStringLiteral("ext-b"))} << two << "ext-b";
    QTest::newRow("router without gateway: fallback") << QList<Port>{iface} << QList<Router>{router(QStringLiteral("r1"), {})} << one << "public";
    QTest::newRow("interface on another subnet") << QList<Port>{otherSubnet} << QList<Router>{router(QStringLiteral("r1"), QStringLiteral("ext-a"))} << one << "public";
    QTest::newRow("dhcp port is no router") << QList<Port>{dhcp} << QList<Router>{router(QStringLiteral("r1"), QStringLiteral("ext-a"))} << one << "public";
    QTest::newRow("router not visible") << QList<Port>{iface} << QList<Router>{} << one << "public";
    QTest::newRow("no router, two externals") << QList<Port>{} << QList<Router>{} << two << "";
    QTest::newRow("nothing at all") << QList<Port>{} << QList<Router>{} << QList<Network>{} << "";
}

void TestCloudApi::externalNetwork()
{
    QFETCH(QList<Port>, routerPorts);
    QFETCH(QList<Router>, routers);
    QFETCH(QList<Network>, external);
    QFETCH(QString, chosen);
    Port desktop = port(QStringLiteral("vm"), QStringLiteral("compute:nova"), QStringLiteral("server"),
                        QStringLiteral("lab-subnet"), QStringLiteral("10.20.0.50"));
    const Result<QString> r = NetworkApi::chooseExternalNetwork(desktop, routerPorts, routers, external);
    if (chosen.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), CloudError::Kind::Config);
        QVERIFY(!r.error().userMessage().isEmpty());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value(), chosen);
    }
}

void TestCloudApi::resolve_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("id");       // "" = error
    QTest::addColumn<QString>("message");  // part of the error
    QTest::newRow("by name") << "math-01" << "id-1" << "";
    QTest::newRow("by id") << "id-2" << "id-2" << "";
    QTest::newRow("id beats name") << "id-3" << "id-3" << ""; // id-4 is *named* "id-3"
    QTest::newRow("spaces trimmed") << "  math-01 " << "id-1" << "";
    QTest::newRow("case matters") << "MATH-01" << "" << "No server";
    QTest::newRow("unknown") << "nope" << "" << "No server in this project is named \"nope\"";
    QTest::newRow("ambiguous") << "twin" << "" << "used by 2 servers (id-5, id-6)";
    QTest::newRow("empty") << "" << "" << "empty";
}

void TestCloudApi::resolve()
{
    QFETCH(QString, reference);
    QFETCH(QString, id);
    QFETCH(QString, message);
    const QList<Server> servers{server(QStringLiteral("id-1"), QStringLiteral("math-01")), server(QStringLiteral("id-2"), QStringLiteral("math-02")),
                                server(QStringLiteral("id-3"), QStringLiteral("x")), server(QStringLiteral("id-4"), QStringLiteral("id-3")),
                                server(QStringLiteral("id-5"), QStringLiteral("twin")), server(QStringLiteral("id-6"), QStringLiteral("twin"))};
    const Result<Server> r = ServerResolver::resolve(servers, reference, QStringLiteral("req-42"));
    if (id.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().userMessage().contains(message), qPrintable(r.error().userMessage()));
        if (!reference.isEmpty()) // the list request that was searched, for the administrator's report
            QVERIFY2(r.error().userMessage().contains(QLatin1String("req-42")), qPrintable(r.error().userMessage()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().id, id);
    }
}

void TestCloudApi::desktopFilter()
{
    auto desktop = [](const QString &id, const QString &role, const QString &course, const QString &status = QStringLiteral("ACTIVE")) {
        Server s = server(id, id, status);
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), role);
        if (!course.isEmpty())
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), course);
        return s;
    };
    const QList<Server> all{server(QStringLiteral("plain"), QStringLiteral("plain")), desktop(QStringLiteral("t1"), QStringLiteral("teacher"), QStringLiteral("math")),
                            desktop(QStringLiteral("s1"), QStringLiteral("student"), QStringLiteral("math")), desktop(QStringLiteral("s2"), QStringLiteral("student"), QStringLiteral("art")),
                            desktop(QStringLiteral("gone"), QStringLiteral("student"), QStringLiteral("math"), QStringLiteral("DELETED"))};
    auto ids = [](const QList<Server> &l) {
        QStringList out;
        for (const Server &s : l)
            out << s.id;
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(ids(ServerResolver::desktops(all)), QStringLiteral("t1,s1,s2"));
    QCOMPARE(ids(ServerResolver::desktops(all, QStringLiteral("student"))), QStringLiteral("s1,s2"));
    QCOMPARE(ids(ServerResolver::desktops(all, {}, QStringLiteral("math"))), QStringLiteral("t1,s1"));
    QCOMPARE(ids(ServerResolver::desktops(all, QStringLiteral("student"), QStringLiteral("art"))), QStringLiteral("s2"));
    QCOMPARE(ids(ServerResolver::desktops(all, QStringLiteral("admin"))), QString());
}

void TestCloudApi::choosePort()
{
    Server s = server(QStringLiteral("vm"), QStringLiteral("math-01"));
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.20.0.7"), 4, QStringLiteral("fixed"), {}};
    const Port v6 = port(QStringLiteral("p6"), QStringLiteral("compute:nova"), QStringLiteral("vm"), QStringLiteral("s6"), QStringLiteral("fd00::7"));
    const Port other = port(QStringLiteral("p2"), QStringLiteral("compute:nova"), QStringLiteral("vm"), QStringLiteral("s2"), QStringLiteral("10.30.0.9"));
    const Port main = port(QStringLiteral("p1"), QStringLiteral("compute:nova"), QStringLiteral("vm"), QStringLiteral("s1"), QStringLiteral("10.20.0.7"));
    QCOMPARE(NetworkApi::choosePort(s, {v6, other, main}).value().id, QStringLiteral("p1"));
    s.addresses.clear();
    QCOMPARE(NetworkApi::choosePort(s, {v6, other}).value().id, QStringLiteral("p2"));
    QCOMPARE(NetworkApi::choosePort(s, {v6}).value().id, QStringLiteral("p6"));
    QVERIFY(!NetworkApi::choosePort(s, {}).ok());
    QCOMPARE(NetworkApi::fixedIpv4(main), QStringLiteral("10.20.0.7"));
    QVERIFY(NetworkApi::fixedIpv4(v6).isEmpty());
}

QTEST_GUILESS_MAIN(TestCloudApi)
#include "tst_cloudapi.moc"
