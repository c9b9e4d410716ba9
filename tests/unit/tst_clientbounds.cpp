// The client stays bounded and same-origin against a misbehaving cloud (a local fake server):
// page cycles and endless lists end with an error, huge bodies are cut off with a clear error,
// Glance next links and HTTP redirects to another server are not followed with the token.
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "cloud/restclient.h"

#include "demoawait.h"
#include "fakeopenstack.h"

#include <QSignalSpy>
#include <QTest>

namespace
{
QJsonObject serverJson(const QString &id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString(QStringLiteral("desk-") + id)}, {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
}

// A page of /servers/detail with one server and, when next is given, a next link to it.
FakeResponse serverPage(const QString &id, const QString &next)
{
    QJsonObject page{{QStringLiteral("servers"), QJsonArray{serverJson(id)}}};
    if (!next.isEmpty())
        page.insert(QStringLiteral("servers_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                           {QStringLiteral("href"), QString(QStringLiteral("http://x/compute/v2.1/servers/detail?marker=") + next)}}});
    return FakeResponse::json(page);
}

FakeResponse imagePage(const QString &id, const QString &next)
{
    QJsonObject page{{QStringLiteral("images"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}}}}};
    if (!next.isEmpty())
        page.insert(QStringLiteral("next"), next);
    return FakeResponse::json(page);
}

QByteArray bigServerList(int bytes)
{
    QJsonArray servers;
    int size = 0;
    for (int i = 0; size < bytes; ++i) {
        servers.append(serverJson(QStringLiteral("s%1-").arg(i) + QString(200, QLatin1Char('x'))));
        size += 260;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("servers"), servers}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestClientBounds : public QObject
{
    Q_OBJECT

private:
    Result<QList<Server>> listAllServers()
    {
        ComputeApi compute(m_client.get());
        return await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers({}, ctx, cb); });
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void serverPagesInACircle();
    void serverPagesWithoutEnd();
    void nextPageSentEarly();
    void earlyGuessWrongIsDropped();
    void imagePagesInACircle();
    void imageNextLinkToAnotherServer();
    void hugeListBody();
    void hugeBodyWithoutLength();
    void hugeErrorBody();
    void hugeSignInReply();
    void redirectToAnotherServer();
    void redirectWithinTheServer();
    void plainHttpWarning_data();
    void plainHttpWarning();
    void plainHttpEndpointsAfterSignIn();
    void requireTlsRefusesPlainHttp();

private:
    template<typename T, typename Start>
    Result<T> await(Start start) { return DemoAwait::await<T>(start, 20000); }

    std::unique_ptr<FakeOpenStack> m_cloud;
    std::unique_ptr<FakeOpenStack> m_other; // "another server": must never see a request
    CloudSessionPtr m_session;
    std::unique_ptr<RestClient> m_client;
};

void TestClientBounds::init()
{
    m_cloud = std::make_unique<FakeOpenStack>();
    m_other = std::make_unique<FakeOpenStack>();
    QVERIFY(m_cloud->start());
    QVERIFY(m_other->start());
    m_other->setRoute([](const FakeRequest &) { return imagePage(QStringLiteral("stolen"), {}); });
    m_session = std::make_shared<CloudSession>(m_cloud->config());
    m_client = std::make_unique<RestClient>(m_session);
    m_client->setRetryBaseDelay(5);
}

void TestClientBounds::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_other.reset();
    m_cloud.reset();
}

void TestClientBounds::serverPagesInACircle()
{
    // first page → a, a → b, b → a again: A → B → A.
    m_cloud->setRoute([](const FakeRequest &r) {
        const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return serverPage(QStringLiteral("first"), QStringLiteral("a"));
        return marker == QLatin1String("a") ? serverPage(QStringLiteral("a"), QStringLiteral("b"))
                                            : serverPage(QStringLiteral("b"), QStringLiteral("a"));
    });
    const Result<QList<Server>> all = listAllServers();
    QVERIFY2(!all.ok(), "a list whose pages run in a circle was accepted");
    QVERIFY2(all.error().kind() != CloudError::Kind::Timeout, "paging did not stop");
    QVERIFY2(all.error().userMessage().contains(QLatin1String("runs in a circle")), qPrintable(all.error().userMessage()));
    QVERIFY2(all.error().userMessage().contains(QLatin1String("req-fake-200")), qPrintable(all.error().userMessage()));
    QCOMPARE(m_cloud->count(QStringLiteral("/compute/v2.1/servers/detail")), 3);
}

void TestClientBounds::serverPagesWithoutEnd()
{
    ReplyLimits limits;
    limits.maxPages = 12;
    m_client->setLimits(limits);
    m_cloud->setRoute([](const FakeRequest &r) {
        const int n = r.query.queryItemValue(QStringLiteral("marker")).toInt();
        return serverPage(QString::number(n), QString::number(n + 1)); // always a new marker
    });
    const Result<QList<Server>> all = listAllServers();
    QVERIFY(!all.ok());
    QVERIFY2(all.error().userMessage().contains(QLatin1String("more than 12 pages")), qPrintable(all.error().userMessage()));
    QCOMPARE(m_cloud->count(QStringLiteral("/compute/v2.1/servers/detail")), 12);
}

void TestClientBounds::nextPageSentEarly()
{
    // Three pages: each next page is asked for once, before the page naming it is parsed.
    m_cloud->setRoute([](const FakeRequest &r) {
        const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return serverPage(QStringLiteral("p1"), QStringLiteral("p1"));
        return marker == QLatin1String("p1") ? serverPage(QStringLiteral("p2"), QStringLiteral("p2")) : serverPage(QStringLiteral("p3"), {});
    });
    const Result<QList<Server>> all = listAllServers();
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    QCOMPARE(all.value().size(), 3);
    QCOMPARE(all.value().at(2).id, QStringLiteral("p3"));
    QCOMPARE(m_cloud->count(QStringLiteral("/compute/v2.1/servers/detail")), 3); // no page twice
}

void TestClientBounds::earlyGuessWrongIsDropped()
{
    // The raw text fools the early look: the real next link comes first and a server's metadata at
    // the end looks like one ("servers_links" ... "marker=decoy" ... "next"). The parsed page wins:
    // the decoy page never reaches the list, the real one is read, and the last page (which has the
    // same decoy text and no next link) ends the list.
    auto rawPage = [](const QString &id, const QString &next) {
        FakeResponse r;
        QByteArray links = next.isEmpty() ? QByteArray()
                                          : QByteArrayLiteral("\"servers_links\": [{\"href\": \"http://x/compute/v2.1/servers/detail?marker=")
                + next.toUtf8() + QByteArrayLiteral("\", \"rel\": \"next\"}], ");
        r.body = QByteArrayLiteral("{") + links + QByteArrayLiteral("\"servers\": [{\"id\": \"") + id.toUtf8()
            + QByteArrayLiteral("\", \"name\": \"desk\", \"status\": \"ACTIVE\", \"metadata\": {\"servers_links\": \"marker=decoy\", "
                                "\"rel\": \"next\"}}]}");
        return r;
    };
    m_cloud->setRoute([rawPage](const FakeRequest &r) {
        const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
        if (marker == QLatin1String("decoy"))
            return rawPage(QStringLiteral("decoy-server"), {});
        return marker.isEmpty() ? rawPage(QStringLiteral("one"), QStringLiteral("two")) : rawPage(QStringLiteral("two"), {});
    });
    const Result<QList<Server>> all = listAllServers();
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(0).id, QStringLiteral("one"));
    QCOMPARE(all.value().at(1).id, QStringLiteral("two"));
}

void TestClientBounds::imagePagesInACircle()
{
    m_cloud->setRoute([](const FakeRequest &r) {
        const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return imagePage(QStringLiteral("i0"), QStringLiteral("/v2/images?marker=a"));
        return marker == QLatin1String("a") ? imagePage(QStringLiteral("ia"), QStringLiteral("/v2/images?marker=b"))
                                            : imagePage(QStringLiteral("ib"), QStringLiteral("/v2/images?marker=a"));
    });
    ImageApi images(m_client.get());
    const Result<QList<Image>> all
        = await<QList<Image>>([&](QObject *ctx, ApiCallback<QList<Image>> cb) { images.listImages(ctx, cb); });
    QVERIFY2(!all.ok(), "an image list whose pages run in a circle was accepted as complete");
    QVERIFY2(all.error().userMessage().contains(QLatin1String("runs in a circle")), qPrintable(all.error().userMessage()));
    QCOMPARE(m_cloud->count(QStringLiteral("/image/v2/images")), 3);
}

void TestClientBounds::imageNextLinkToAnotherServer()
{
    const QString foreign = m_other->base() + QStringLiteral("/v2/images?marker=x");
    m_cloud->setRoute([foreign](const FakeRequest &) { return imagePage(QStringLiteral("i0"), foreign); });
    ImageApi images(m_client.get());
    const Result<QList<Image>> all
        = await<QList<Image>>([&](QObject *ctx, ApiCallback<QList<Image>> cb) { images.listImages(ctx, cb); });
    QVERIFY(!all.ok());
    QVERIFY2(all.error().userMessage().contains(QLatin1String("another server")), qPrintable(all.error().userMessage()));
    QVERIFY2(all.error().userMessage().contains(QLatin1String("req-fake-200")), qPrintable(all.error().userMessage()));
    QVERIFY2(m_other->requests().isEmpty(), "the token was sent to another server");
}

void TestClientBounds::hugeListBody()
{
    ReplyLimits limits;
    limits.listBytes = 64 << 10;
    m_client->setLimits(limits);
    const QByteArray body = bigServerList(2 << 20);
    m_cloud->setRoute([body](const FakeRequest &) {
        FakeResponse r;
        r.body = body;
        return r;
    });
    ComputeApi compute(m_client.get());
    const Result<ServerPage> page
        = await<ServerPage>([&](QObject *ctx, ApiCallback<ServerPage> cb) { compute.listServers({}, ctx, cb); });
    QVERIFY(!page.ok());
    QVERIFY2(page.error().userMessage().contains(QLatin1String("larger than 64 KiB")), qPrintable(page.error().userMessage()));
    QVERIFY2(page.error().userMessage().contains(QLatin1String("a list")), qPrintable(page.error().userMessage()));
    QVERIFY2(page.error().userMessage().contains(QLatin1String("req-fake-200")), qPrintable(page.error().userMessage()));
    QVERIFY(!RetryPolicy::retriedByStep(page.error())); // it will not shrink
    QCOMPARE(m_cloud->count(QStringLiteral("/compute/v2.1/servers/detail")), 1);
}

void TestClientBounds::hugeBodyWithoutLength()
{
    // No Content-Length: the limit holds while the body streams in.
    ReplyLimits limits;
    limits.objectBytes = 32 << 10;
    m_client->setLimits(limits);
    QJsonObject server = serverJson(QStringLiteral("big"));
    server.insert(QStringLiteral("description"), QString(3 << 20, QLatin1Char('d')));
    m_cloud->setRoute([server](const FakeRequest &) {
        FakeResponse r = FakeResponse::json({{QStringLiteral("server"), server}});
        r.announceLength = false;
        return r;
    });
    ComputeApi compute(m_client.get());
    const Result<Server> one
        = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(QStringLiteral("big"), ctx, cb); });
    QVERIFY(!one.ok());
    QVERIFY2(one.error().userMessage().contains(QLatin1String("larger than 32 KiB")), qPrintable(one.error().userMessage()));
    QVERIFY2(one.error().userMessage().contains(QLatin1String("a single item")), qPrintable(one.error().userMessage()));
}

void TestClientBounds::hugeErrorBody()
{
    ReplyLimits limits;
    limits.errorBytes = 16 << 10;
    m_client->setLimits(limits);
    m_cloud->setRoute([](const FakeRequest &) {
        FakeResponse r;
        r.status = 400;
        r.body = "{\"badRequest\": {\"message\": \"" + QByteArray(1 << 20, 'e') + "\"}}";
        return r;
    });
    ComputeApi compute(m_client.get());
    const Result<Server> one
        = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(QStringLiteral("x"), ctx, cb); });
    QVERIFY(!one.ok());
    QVERIFY2(one.error().userMessage().contains(QLatin1String("an error reply")), qPrintable(one.error().userMessage()));
    QVERIFY2(one.error().userMessage().contains(QLatin1String("req-fake-400")), qPrintable(one.error().userMessage()));
}

void TestClientBounds::hugeSignInReply()
{
    ReplyLimits limits;
    limits.authBytes = 64 << 10;
    m_client->setLimits(limits);
    m_cloud->setAuthPadding(1 << 20);
    m_cloud->setRoute([](const FakeRequest &) { return serverPage(QStringLiteral("a"), {}); });
    ComputeApi compute(m_client.get());
    const Result<ServerPage> page
        = await<ServerPage>([&](QObject *ctx, ApiCallback<ServerPage> cb) { compute.listServers({}, ctx, cb); });
    QVERIFY(!page.ok());
    QVERIFY2(page.error().userMessage().contains(QLatin1String("a sign-in reply")), qPrintable(page.error().userMessage()));
    QCOMPARE(m_cloud->count(QStringLiteral("/compute")), 0);
}

void TestClientBounds::redirectToAnotherServer()
{
    const QByteArray target = (m_other->base() + QStringLiteral("/compute/v2.1/limits")).toLatin1();
    m_cloud->setRoute([target](const FakeRequest &) {
        FakeResponse r;
        r.status = 302;
        r.headers << qMakePair(QByteArray("Location"), target);
        return r;
    });
    const DemoAwait::Raw raw = DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QVERIFY(raw.finished);
    QVERIFY2(raw.error.isError(), "a redirect to another server was followed");
    QCOMPARE(raw.error.networkError(), QNetworkReply::InsecureRedirectError);
    QVERIFY2(raw.error.userMessage().contains(m_other->base()), qPrintable(raw.error.userMessage()));
    QVERIFY2(m_other->requests().isEmpty(), "the token was sent to another server");
}

void TestClientBounds::redirectWithinTheServer()
{
    m_cloud->setRoute([](const FakeRequest &r) {
        if (r.path.endsWith(QLatin1String("/limits"))) {
            FakeResponse moved;
            moved.status = 307;
            moved.headers << qMakePair(QByteArray("Location"), QByteArray("/compute/v2.1/limits-here"));
            return moved;
        }
        return FakeResponse::json({{QStringLiteral("limits"), QJsonObject{{QStringLiteral("absolute"), QJsonObject{}}}}});
    });
    const DemoAwait::Raw raw = DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QVERIFY(raw.finished);
    QVERIFY2(!raw.error.isError(), qPrintable(raw.error.detail()));
    QCOMPARE(raw.status, 200);
    QCOMPARE(m_cloud->count(QStringLiteral("/compute/v2.1/limits-here")), 1);
    QCOMPARE(m_cloud->requests().last().headers.value("x-auth-token"), QByteArray("fake-token-1"));
}

void TestClientBounds::plainHttpWarning_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<bool>("warned");
    QTest::newRow("http") << "http://keystone.school.example:5000/v3" << true;
    QTest::newRow("HTTP upper case") << "HTTP://10.1.2.3:5000/v3" << true;
    QTest::newRow("https") << "https://keystone.school.example:5000/v3" << false;
    QTest::newRow("loopback") << "http://127.0.0.1:5000/v3" << false; // nothing crosses the network
    QTest::newRow("localhost") << "http://localhost/identity" << false;
}

void TestClientBounds::plainHttpWarning()
{
    QFETCH(QString, authUrl);
    QFETCH(bool, warned);
    CloudConfig config = m_cloud->config();
    config.authUrl = authUrl;
    const CloudSession session(config);
    QCOMPARE(!session.transportWarning().isEmpty(), warned);
    if (warned) {
        QVERIFY2(session.transportWarning().contains(QUrl(authUrl).toString()), qPrintable(session.transportWarning()));
        QVERIFY2(session.transportWarning().contains(QLatin1String("unencrypted")), qPrintable(session.transportWarning()));
        QCOMPARE(session.plainHttpUrls(), QStringList{QUrl(authUrl).toString()});
    }
}

void TestClientBounds::plainHttpEndpointsAfterSignIn()
{
    // The auth URL is local, the catalog's endpoints are not: the warning comes with the sign-in.
    m_cloud->setCatalogBase(QStringLiteral("http://nova.school.invalid:8774"));
    QVERIFY(m_session->transportWarning().isEmpty());
    QSignalSpy warning(m_session.get(), &CloudSession::transportWarningChanged);
    DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QCOMPARE(warning.size(), 1);
    const QString text = warning.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("http://nova.school.invalid:8774/compute/v2.1")), qPrintable(text));
    QCOMPARE(text, m_session->transportWarning());
}

void TestClientBounds::requireTlsRefusesPlainHttp()
{
    // The auth URL: refused before anything is sent.
    CloudConfig config = m_cloud->config();
    config.authUrl = QStringLiteral("http://keystone.school.invalid:5000/v3");
    config.requireTls = true;
    QVERIFY2(config.validate().contains(QLatin1String("TLS is required")), qPrintable(config.validate()));
    auto session = std::make_shared<CloudSession>(config);
    RestClient client(session);
    const DemoAwait::Raw refused = DemoAwait::send(client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QCOMPARE(refused.error.kind(), CloudError::Kind::Config);
    QVERIFY2(refused.error.userMessage().contains(QLatin1String("http://keystone.school.invalid:5000/v3")),
             qPrintable(refused.error.userMessage()));

    // An endpoint of the catalog: the token is not sent to it.
    m_cloud->setCatalogBase(m_cloud->base().replace(QLatin1String("127.0.0.1"), QLatin1String("nova.school.invalid")));
    CloudConfig local = m_cloud->config();
    local.requireTls = true;
    auto tls = std::make_shared<CloudSession>(local);
    RestClient tlsClient(tls);
    const DemoAwait::Raw endpoint = DemoAwait::send(tlsClient, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QCOMPARE(endpoint.error.kind(), CloudError::Kind::Config);
    QVERIFY2(endpoint.error.userMessage().contains(QLatin1String("TLS is required")), qPrintable(endpoint.error.userMessage()));
    QCOMPARE(m_cloud->count(QStringLiteral("/identity")), 1); // signed in (local), nothing else sent
}

QTEST_GUILESS_MAIN(TestClientBounds)
#include "tst_clientbounds.moc"
