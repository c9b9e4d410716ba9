// Every fault the demo cloud can inject, seen through the real client code: which CloudError it
// becomes (always with the x-openstack-request-id when the cloud answered), and which faults the
// REST layer's bounded retries and one silent re-authentication absorb.
#include "cloud/computeapi.h"
#include "cloud/demo/democloud.h"
#include "demoawait.h"
#include "cloud/imageapi.h"
#include "cloud/restclient.h"
#include "demoschool.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using DemoAwait::await;

class TestDemoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void httpErrors_data();
    void httpErrors();
    void stormOnGetIsAbsorbed();
    void stormOnPostIsNotRetried();
    void conflictIsRetriedThenReported();
    void retryAfterIsHonoured();
    void slowReplyTimesOut();
    void connectionReset();
    void resetAfterCreateLosesOnlyTheReply();
    void closedMidBody();
    void truncatedJson();
    void malformedJson();
    void expiredTokensAreRenewedSilently();
    void expireTokenFaultOnOneRequest();
    void identityDownIsAnAuthError();
    void buildFailureRate();
    void probabilityIsSeeded();
    void faultRulesAreScoped();
    void rateIsExactAndEachRuleHasItsOwnSequence();
    void faultsAfterHandlingAreMeasured();
    void faultRulesFromText();

private:
    Result<ServerPage> listPage(const CallOptions &options = {});

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<RestClient> m_client;
    CloudSessionPtr m_session;
};

void TestDemoFaults::init()
{
    m_demo = makeDemoSchool(42);
    QVERIFY(m_demo->start() > 0);
    m_session = std::make_shared<CloudSession>(m_demo->cloudConfig(QStringLiteral("labadmin")));
    m_client = std::make_unique<RestClient>(m_session);
    m_client->setRetryBaseDelay(5);
    // sign in and negotiate the microversion before any fault is set up
    QVERIFY(DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QString())).error.kind() == CloudError::Kind::None);
    m_demo->clearRequests();
}

void TestDemoFaults::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_demo.reset();
}

Result<ServerPage> TestDemoFaults::listPage(const CallOptions &)
{
    ComputeApi compute(m_client.get());
    ServerQuery q;
    q.limit = 5;
    return await<ServerPage>([&](QObject *ctx, ApiCallback<ServerPage> cb) { compute.listServers(q, ctx, cb); });
}

// ---------------------------------------------------------------------------------------------
void TestDemoFaults::httpErrors_data()
{
    QTest::addColumn<QString>("path");     // fault pattern and request path
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fault");    // CloudError::fault() expected
    QTest::newRow("nova 500") << "/servers/detail" << "compute" << 500 << "computeFault";
    QTest::newRow("nova 503") << "/servers/detail" << "compute" << 503 << "serviceUnavailable";
    QTest::newRow("nova 404") << "/servers/detail" << "compute" << 404 << "itemNotFound";
    QTest::newRow("nova 400") << "/servers/detail" << "compute" << 400 << "badRequest";
    QTest::newRow("nova 413") << "/servers/detail" << "compute" << 413 << "overLimit";
    QTest::newRow("neutron 500") << "/floatingips" << "network" << 500 << "HTTPInternalServerError";
    QTest::newRow("neutron 409") << "/floatingips" << "network" << 409 << "HTTPConflict";
    QTest::newRow("keystone 500") << "/auth/projects" << "identity" << 500 << "Internal Server Error";
    QTest::newRow("glance 500") << "/v2/images" << "image" << 500 << "";
}

void TestDemoFaults::httpErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, service);
    QFETCH(int, status);
    QFETCH(QString, fault);
    const QString servicePath = service == QLatin1String("network") ? QStringLiteral("/v2.0") + path : path;
    const int rule = m_demo->addFault(DemoFault::httpError(status, "GET", QRegularExpression::escape(path) + QLatin1Char('$')));
    ApiRequest request = ApiRequest::get(service, servicePath);
    request.maxRetries = 0;
    const DemoAwait::Raw r = DemoAwait::send(*m_client, request);
    QCOMPARE(r.error.kind(), CloudError::Kind::Http);
    QCOMPARE(r.error.httpStatus(), status);
    QCOMPARE(r.error.fault(), fault);
    QVERIFY(!r.error.message().isEmpty());
    QVERIFY(r.error.requestId().startsWith(QLatin1String("req-")));
    QCOMPARE(r.error.requestId(), m_demo->requests().last().requestId); // the id the cloud logged
    QVERIFY(r.error.userMessage().contains(r.error.requestId()));
    QCOMPARE(m_demo->faultFiredCount(rule), 1);
    QCOMPARE(m_demo->requests().last().fault, QStringLiteral("http-error"));
}

void TestDemoFaults::stormOnGetIsAbsorbed()
{
    const int storm = m_demo->addFault(DemoFault::httpError(503, "GET", QStringLiteral("^/compute/v2\\.1/servers/detail$")).forNext(3));
    const DemoAwait::Raw r = DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers/detail")));
    QVERIFY2(!r.error, qPrintable(r.error.detail()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.attempts, 4);
    QCOMPARE(m_demo->faultFiredCount(storm), 3);
    QCOMPARE(m_demo->requestCount("GET", QStringLiteral("/servers/detail$")), 4);

    // A storm longer than the retry budget (4 retries) reaches the caller, with the last request ID.
    m_demo->addFault(DemoFault::httpError(503, "GET", QStringLiteral("/servers/detail$")).forNext(10));
    const Result<ServerPage> page = listPage();
    QCOMPARE(page.error().httpStatus(), 503);
    QCOMPARE(page.error().requestId(), m_demo->requests().last().requestId);
}

void TestDemoFaults::stormOnPostIsNotRetried()
{
    m_demo->addFault(DemoFault::httpError(503, "POST", QStringLiteral("/action$")));
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu01"))->id;
    Result<QString> r = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(id, ServerAction::Stop, {}, ctx, cb); });
    QCOMPARE(r.error().httpStatus(), 503);
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("/action$")), 1); // not idempotent: one attempt
    QCOMPARE(m_demo->serverByName(QStringLiteral("py-01-stu01"))->vmState, QStringLiteral("active"));
}

void TestDemoFaults::conflictIsRetriedThenReported()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu02"))->id;
    // Two injected task_state conflicts: the REST layer retries them, the third attempt stops the server.
    const int rule = m_demo->addFault(DemoFault::httpError(409, "POST", QStringLiteral("/action$")).forNext(2));
    Result<QString> stopped = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(id, ServerAction::Stop, {}, ctx, cb); });
    QVERIFY2(stopped.ok(), qPrintable(stopped.error().detail()));
    QCOMPARE(m_demo->faultFiredCount(rule), 2);
    QVERIFY(DemoAwait::waitForStatus(compute, id, QStringLiteral("SHUTOFF")).ok());
    // Without conflict retries the caller sees Nova's message.
    m_demo->addFault(DemoFault::httpError(409, "POST", QStringLiteral("/action$")).forNext(1));
    CallOptions noRetry;
    noRetry.retryConflicts = false;
    Result<QString> refused = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        compute.serverAction(id, ServerAction::Start, {}, ctx, cb, noRetry);
    });
    QVERIFY(refused.error().isTaskStateConflict());
    QCOMPARE(refused.error().message(), QStringLiteral("Cannot 'os-start' instance %1 while it is in task_state powering-off").arg(id));
}

void TestDemoFaults::retryAfterIsHonoured()
{
    m_demo->addFault(DemoFault::httpError(429, "GET", QStringLiteral("/flavors/detail$")).withRetryAfter(1).forNext(1));
    QElapsedTimer timer;
    timer.start();
    const DemoAwait::Raw r = DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/flavors/detail")));
    QVERIFY2(!r.error, qPrintable(r.error.detail()));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed()))); // waited as told, not 5 ms

    // 413 without Retry-After is a plain error (Nova's overLimit), with it a wait and retry.
    m_demo->addFault(DemoFault::httpError(413, "GET", QStringLiteral("/limits$")).forNext(1));
    const DemoAwait::Raw over = DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QCOMPARE(over.error.fault(), QStringLiteral("overLimit"));
    m_demo->addFault(DemoFault::httpError(413, "GET", QStringLiteral("/limits$")).withRetryAfter(0).forNext(1));
    QVERIFY(!DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits"))).error);
}

void TestDemoFaults::slowReplyTimesOut()
{
    m_client->setTransferTimeout(200);
    m_demo->addFault(DemoFault::delay(3000, "GET", QStringLiteral("/servers/detail$")));
    ApiRequest request = ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers/detail"));
    request.maxRetries = 0;
    QElapsedTimer timer;
    timer.start();
    const DemoAwait::Raw r = DemoAwait::send(*m_client, request);
    QCOMPARE(r.error.kind(), CloudError::Kind::Network);
    QCOMPARE(r.error.networkError(), QNetworkReply::TimeoutError); // the 3 s reply never came: the timeout ended it
    QCOMPARE(r.attempts, 1);
    // A slow reply within the timeout is just slow.
    m_client->setTransferTimeout(5000);
    m_demo->clearFaults();
    m_demo->addFault(DemoFault::delay(300, "GET", QStringLiteral("/flavors$")));
    timer.restart();
    QVERIFY(!DemoAwait::send(*m_client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/flavors"))).error);
    QVERIFY(timer.elapsed() >= 300);
}

void TestDemoFaults::connectionReset()
{
    const int rule = m_demo->addFault(DemoFault::reset("GET", QStringLiteral("/servers/detail$")));
    ApiRequest request = ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers/detail"));
    request.maxRetries = 0;
    const DemoAwait::Raw r = DemoAwait::send(*m_client, request);
    QCOMPARE(r.error.kind(), CloudError::Kind::Network);
    QVERIFY2(r.error.networkError() == QNetworkReply::RemoteHostClosedError
                 || r.error.networkError() == QNetworkReply::UnknownNetworkError,
             qPrintable(r.error.detail()));
    QVERIFY(r.error.requestId().isEmpty()); // no reply, no request ID
    QVERIFY(!r.error.userMessage().isEmpty());
    QVERIFY(m_demo->faultFiredCount(rule) >= 1);
    // One reset on an idempotent request is absorbed by a retry.
    m_demo->clearFaults();
    m_demo->addFault(DemoFault::reset("GET", QStringLiteral("/servers/detail$")).forNext(1));
    QVERIFY(listPage().ok());
}

void TestDemoFaults::resetAfterCreateLosesOnlyTheReply()
{
    // The cloud creates the server and the connection dies before the reply. Qt 6.4's
    // QNetworkAccessManager then sends the POST again by itself (up to twice), on a new connection,
    // whatever the method: the cloud has two servers for one create and the client saw one 202.
    // Creates are therefore at-least-once: the task engine must find servers by phoenix:task and
    // remove duplicates, never trust "one 202 = one server".
    m_demo->addFault(DemoFault::reset("POST", QStringLiteral("/compute/v2\\.1/servers$")).afterHandling().forNext(1));
    ComputeApi compute(m_client.get());
    ServerCreateSpec spec;
    spec.name = QStringLiteral("py-01-stu30");
    spec.imageId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->imageId;
    spec.flavorId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->flavorId;
    spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Task), QStringLiteral("task-30"));
    Result<Server> r = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("/servers$")), 2);
    auto named = [this](const QString &name) {
        QList<DemoServer> out;
        for (const DemoServer &s : m_demo->servers()) {
            if (s.name == name)
                out << s;
        }
        return out;
    };
    const QList<DemoServer> twins = named(QStringLiteral("py-01-stu30"));
    QCOMPARE(twins.size(), 2);
    for (const DemoServer &s : twins)
        QCOMPARE(s.metadata.value(QStringLiteral("phoenix:task")), QStringLiteral("task-30"));

    // When every attempt is cut, the caller finally gets a network error - after three creates.
    m_demo->clearFaults();
    m_demo->clearRequests();
    m_demo->addFault(DemoFault::reset("POST", QStringLiteral("/compute/v2\\.1/servers$")).afterHandling());
    spec.name = QStringLiteral("py-01-stu31");
    r = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
    QCOMPARE(r.error().kind(), CloudError::Kind::Network);
    QCOMPARE(r.error().networkError(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(named(QStringLiteral("py-01-stu31")).size(), m_demo->requestCount("POST", QStringLiteral("/servers$")));
    QVERIFY(named(QStringLiteral("py-01-stu31")).size() >= 2);
}

void TestDemoFaults::closedMidBody()
{
    // Qt 6.4 reports a reply whose connection closes before Content-Length bytes as a complete 200
    // with a short body; only the JSON parser notices.
    m_demo->addFault(DemoFault::closeMidBody("GET", QStringLiteral("/servers/detail$")));
    ApiRequest request = ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers/detail"));
    request.maxRetries = 0;
    const DemoAwait::Raw raw = DemoAwait::send(*m_client, request);
    QVERIFY(raw.error.kind() != CloudError::Kind::None || QJsonDocument::fromJson(raw.body).isNull());
    const Result<ServerPage> page = listPage();
    QVERIFY2(page.error().kind() == CloudError::Kind::MalformedReply || page.error().kind() == CloudError::Kind::Network,
             qPrintable(page.error().detail()));
    QVERIFY(!page.error().userMessage().isEmpty());
}

void TestDemoFaults::truncatedJson()
{
    m_demo->addFault(DemoFault::truncatedJson("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]+$")));
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu01"))->id;
    Result<Server> r = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
    QCOMPARE(r.error().kind(), CloudError::Kind::MalformedReply);
    QCOMPARE(r.error().requestId(), m_demo->requests().last().requestId);
    QVERIFY(r.error().userMessage().contains(r.error().requestId()));
}

void TestDemoFaults::malformedJson()
{
    m_demo->addFault(DemoFault::malformedJson("GET", QStringLiteral("/servers/detail$")));
    const Result<ServerPage> r = listPage();
    QCOMPARE(r.error().kind(), CloudError::Kind::MalformedReply);
    QVERIFY(!r.error().requestId().isEmpty());
    m_demo->clearFaults();
    m_demo->addFault(DemoFault::malformedJson("GET", QStringLiteral("^/image/v2/images$")));
    ImageApi images(m_client.get());
    Result<QList<Image>> list = await<QList<Image>>([&](QObject *ctx, ApiCallback<QList<Image>> cb) { images.listImages(ctx, cb); });
    QCOMPARE(list.error().kind(), CloudError::Kind::MalformedReply);
}

void TestDemoFaults::expiredTokensAreRenewedSilently()
{
    const QByteArray before = m_session->auth().token;
    m_demo->expireAllTokens();
    const Result<ServerPage> r = listPage();
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QVERIFY(m_session->auth().token != before);
    const QList<DemoRequestRecord> log = m_demo->requests();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 401);
    QCOMPARE(log.at(1).method, QByteArray("POST"));
    QCOMPARE(log.at(2).status, 200);
    // A second 401 right after the new token is not retried again (one silent re-auth per request).
    m_demo->addFault(DemoFault::httpError(401, "GET", QStringLiteral("/servers/detail$")).forNext(2));
    const Result<ServerPage> twice = listPage();
    QCOMPARE(twice.error().httpStatus(), 401);
    QCOMPARE(twice.error().fault(), QStringLiteral("Unauthorized"));
}

void TestDemoFaults::expireTokenFaultOnOneRequest()
{
    const int rule = m_demo->addFault(DemoFault::expireToken("GET", QStringLiteral("/servers/detail$")).forNext(1));
    const Result<ServerPage> r = listPage();
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(m_demo->faultFiredCount(rule), 1);
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("/auth/tokens$")), 1);
}

void TestDemoFaults::identityDownIsAnAuthError()
{
    m_demo->expireAllTokens();
    m_demo->addFault(DemoFault::httpError(503, "POST", QStringLiteral("^/identity/v3/auth/tokens$")));
    const Result<ServerPage> r = listPage();
    QCOMPARE(r.error().httpStatus(), 503);
    QVERIFY(!r.error().requestId().isEmpty());
    QCOMPARE(r.error().fault(), QStringLiteral("Service Unavailable"));
}

void TestDemoFaults::buildFailureRate()
{
    m_demo->setBuildFailureRate(0.5);
    ComputeApi compute(m_client.get());
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        ServerCreateSpec spec;
        spec.name = QStringLiteral("rate-%1").arg(i);
        spec.imageId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->imageId;
        spec.flavorId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->flavorId;
        Result<Server> r = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
        QVERIFY(r.ok());
        ids << r.value().id;
    }
    int errors = 0;
    for (const QString &id : std::as_const(ids)) {
        QTRY_VERIFY_WITH_TIMEOUT(m_demo->state()->server(id)->taskState.isEmpty(), 5000);
        errors += m_demo->state()->server(id)->vmState == QLatin1String("error") ? 1 : 0;
    }
    QVERIFY2(errors > 0 && errors < 12, qPrintable(QString::number(errors)));
    for (const QString &id : std::as_const(ids)) {
        Result<Server> s = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
        QVERIFY(s.value().status == QLatin1String("ERROR") ? s.value().faultMessage.contains(QLatin1String("No valid host"))
                                                           : s.value().status == QLatin1String("ACTIVE"));
    }
}

void TestDemoFaults::probabilityIsSeeded()
{
    auto firedPattern = [](quint32 seed) {
        DemoFaultInjector faults(seed);
        faults.add(DemoFault::httpError(500).withProbability(0.3));
        QString pattern;
        for (int i = 0; i < 40; ++i)
            pattern += faults.decide("GET", QStringLiteral("/compute/v2.1/servers")).fires ? QLatin1Char('x') : QLatin1Char('.');
        return pattern;
    };
    QCOMPARE(firedPattern(1), firedPattern(1));
    QVERIFY(firedPattern(1) != firedPattern(2));
    const QString p = firedPattern(3);
    QVERIFY(p.count(QLatin1Char('x')) > 3 && p.count(QLatin1Char('x')) < 25);
}

void TestDemoFaults::faultRulesAreScoped()
{
    DemoFaultInjector faults;
    const int post = faults.add(DemoFault::httpError(500, "POST", QStringLiteral("/action$")).forNext(2));
    const int delay = faults.add(DemoFault::delay(50, {}, QStringLiteral("^/compute/")));
    QVERIFY(!faults.decide("GET", QStringLiteral("/compute/v2.1/servers/x/action")).fires);
    QVERIFY(!faults.decide("POST", QStringLiteral("/network/v2.0/floatingips")).fires);
    DemoFaultInjector::Decision d = faults.decide("POST", QStringLiteral("/compute/v2.1/servers/x/action"));
    QVERIFY(d.fires);
    QCOMPARE(d.delayMs, 50);
    QCOMPARE(d.ruleId, post);
    QVERIFY(faults.decide("POST", QStringLiteral("/compute/v2.1/servers/x/action")).fires);
    QVERIFY(!faults.decide("POST", QStringLiteral("/compute/v2.1/servers/x/action")).fires); // used up
    QCOMPARE(faults.firedCount(post), 2);
    QCOMPARE(faults.firedCount(delay), 4);
    faults.remove(delay);
    QVERIFY(faults.isEmpty());
}

void TestDemoFaults::rateIsExactAndEachRuleHasItsOwnSequence()
{
    // withRate: exactly one in every block of 1/p, whatever else matches meanwhile; a place that
    // falls on a request another rule took fires on the next one.
    DemoFaultInjector faults(7);
    const int first = faults.add(DemoFault::httpError(503, "GET").withRate(0.1));
    const int second = faults.add(DemoFault::reset("GET").withRate(0.05));
    for (int i = 0; i < 400; ++i)
        faults.decide("GET", QStringLiteral("/compute/v2.1/servers/detail"));
    QCOMPARE(faults.matchedCount(first), 400);
    QCOMPARE(faults.firedCount(first), 40);
    QVERIFY2(qAbs(faults.firedCount(second) - 20) <= 1, qPrintable(QString::number(faults.firedCount(second))));

    // A rule's k-th draw does not depend on the requests other rules see.
    auto pattern = [](bool interleave) {
        DemoFaultInjector f(3);
        f.add(DemoFault::httpError(500, "POST").withProbability(0.3));
        f.add(DemoFault::httpError(503, "GET").withProbability(0.5));
        QString out;
        for (int i = 0; i < 40; ++i) {
            if (interleave && i % 3 == 0)
                f.decide("GET", QStringLiteral("/image/v2/images"));
            out += f.decide("POST", QStringLiteral("/compute/v2.1/servers")).fires ? QLatin1Char('x') : QLatin1Char('.');
        }
        return out;
    };
    QCOMPARE(pattern(true), pattern(false));
}

void TestDemoFaults::faultsAfterHandlingAreMeasured()
{
    // The same 500 before and after the cloud acted: only the second leaves a server behind, and
    // the request log says which was which.
    ComputeApi compute(m_client.get());
    const DemoServer *model = m_demo->serverByName(QStringLiteral("py-01-stu01"));
    ServerCreateSpec spec;
    spec.imageId = model->imageId;
    spec.flavorId = model->flavorId;
    spec.networkId = m_demo->state()->ports.value(model->portIds.first()).networkId;
    m_demo->addFault(DemoFault::httpError(500, "POST", QStringLiteral("^/compute/v2\\.1/servers$")).forNext(1));
    spec.name = QStringLiteral("before-500");
    QCOMPARE(await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); }).error().httpStatus(), 500);
    m_demo->addFault(DemoFault::httpError(500, "POST", QStringLiteral("^/compute/v2\\.1/servers$")).afterHandling().forNext(1));
    spec.name = QStringLiteral("after-500");
    QCOMPARE(await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); }).error().httpStatus(), 500);
    QVERIFY(!m_demo->serverByName(QStringLiteral("before-500")));
    QVERIFY(m_demo->serverByName(QStringLiteral("after-500")));
    const DemoFaultRate rate = m_demo->faultRate("POST", QStringLiteral("^/compute/v2\\.1/servers$"));
    QCOMPARE(rate.requests, 2);
    QCOMPARE(rate.faulted, 2);
    QCOMPARE(rate.afterHandling, 1);
    QCOMPARE(rate.rate(), 1.0);
}

void TestDemoFaults::faultRulesFromText()
{
    QString why;
    std::optional<DemoFault> f = DemoFault::parse(QStringLiteral("delay:ms=3000,method=post,path=^/compute/v2\\.1/servers$,next=6"), &why);
    QVERIFY2(f.has_value(), qPrintable(why));
    QCOMPARE(f->kind, DemoFault::Kind::Delay);
    QCOMPARE(f->delayMs, 3000);
    QCOMPARE(f->method, QByteArray("POST"));
    QCOMPARE(f->remaining, 6);
    QVERIFY(f->matches("POST", QStringLiteral("/compute/v2.1/servers")));
    QVERIFY(!f->matches("POST", QStringLiteral("/compute/v2.1/servers/x/action")));
    QCOMPARE(f->when, DemoFault::When::BeforeHandling);

    f = DemoFault::parse(QStringLiteral("http-error:status=500,after,rate=0.1"), &why);
    QVERIFY2(f.has_value(), qPrintable(why));
    QCOMPARE(f->status, 500);
    QCOMPARE(f->when, DemoFault::When::AfterHandling);
    QCOMPARE(f->everyN, 10);

    for (const QString &bad : {QStringLiteral("explode"), QStringLiteral("reset:probability=2"), QStringLiteral("reset:next=0"),
                               QStringLiteral("delay:ms=soon"), QStringLiteral("reset:path=("), QStringLiteral("reset:colour=red")}) {
        why.clear();
        QVERIFY2(!DemoFault::parse(bad, &why).has_value(), qPrintable(bad));
        QVERIFY2(!why.isEmpty(), qPrintable(bad));
    }
}

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "tst_demofaults.moc"
