// The one retry table (cloud/retrypolicy.h): the table itself, and that one failure is retried at
// one level only — by RestClient or by the engine's stage try, never both (demo cloud).
#include "cloud/demo/democloud.h"
#include "cloud/retrypolicy.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"

#include "demoawait.h"

#include <QSignalSpy>
#include <QTest>

namespace
{
const QByteArray TaskStateConflict
    = R"({"conflictingRequest": {"code": 409, "message": "Cannot 'suspend' instance while it is in task_state powering-off"}})";
}

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void requestDelays();
    void errorsFromElsewhere();
    void getRetriedOnlyByRequest();
    void postFailureLeftToTheStep();
    void conflictNotMultipliedByTheEngine();
};

void TestRetryPolicy::table_data()
{
    using L = RetryPolicy::Level;
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");        // 0: network error below
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retryConflicts");
    QTest::addColumn<bool>("retryAfter");
    QTest::addColumn<int>("level");
    const int none = QNetworkReply::NoError;
    QTest::newRow("GET refused") << QByteArray("GET") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray() << true << false << int(L::Request);
    QTest::newRow("DELETE reset") << QByteArray("DELETE") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray() << true << false << int(L::Request);
    QTest::newRow("POST reset") << QByteArray("POST") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray() << true << false << int(L::Step);
    QTest::newRow("POST timeout") << QByteArray("POST") << 0 << int(QNetworkReply::TimeoutError) << QByteArray() << true << false << int(L::Step);
    QTest::newRow("GET TLS") << QByteArray("GET") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray() << true << false << int(L::Never);
    QTest::newRow("GET host not found") << QByteArray("GET") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray() << true << false << int(L::Never);
    QTest::newRow("GET 503") << QByteArray("GET") << 503 << none << QByteArray() << true << false << int(L::Request);
    QTest::newRow("PUT 502") << QByteArray("PUT") << 502 << none << QByteArray() << true << false << int(L::Request);
    QTest::newRow("POST 503") << QByteArray("POST") << 503 << none << QByteArray() << true << false << int(L::Step);
    QTest::newRow("GET 500") << QByteArray("GET") << 500 << none << QByteArray() << true << false << int(L::Step);
    QTest::newRow("POST 429") << QByteArray("POST") << 429 << none << QByteArray() << true << false << int(L::Request);
    QTest::newRow("POST 413 rate") << QByteArray("POST") << 413 << none << QByteArray() << true << true << int(L::Request);
    QTest::newRow("POST 413 quota") << QByteArray("POST") << 413 << none << QByteArray() << true << false << int(L::Never);
    QTest::newRow("POST 409 task_state") << QByteArray("POST") << 409 << none << TaskStateConflict << true << false << int(L::Request);
    QTest::newRow("POST 409 task_state, caller re-reads") << QByteArray("POST") << 409 << none << TaskStateConflict << false << false << int(L::Step);
    QTest::newRow("PUT 409 other") << QByteArray("PUT") << 409 << none << QByteArray(R"({"NeutronError": {"message": "in use"}})") << true << false << int(L::Step);
    QTest::newRow("GET 401 (after re-auth)") << QByteArray("GET") << 401 << none << QByteArray() << true << false << int(L::Never);
    QTest::newRow("GET 404") << QByteArray("GET") << 404 << none << QByteArray() << true << false << int(L::Never);
    QTest::newRow("POST 400") << QByteArray("POST") << 400 << none << QByteArray() << true << false << int(L::Never);
    QTest::newRow("DELETE 403") << QByteArray("DELETE") << 403 << none << QByteArray() << true << false << int(L::Never);
}

void TestRetryPolicy::table()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, body);
    QFETCH(bool, retryConflicts);
    QFETCH(bool, retryAfter);
    QFETCH(int, level);
    const CloudError error = status == 0 ? CloudError::network(QNetworkReply::NetworkError(networkError), QStringLiteral("x"))
                                         : CloudError::http(status, body, QStringLiteral("req-1"));
    QCOMPARE(int(RetryPolicy::levelFor(error, {method, retryConflicts, retryAfter})), level);
}

void TestRetryPolicy::requestDelays()
{
    QCOMPARE(RetryPolicy::requestDelayMs(1, 1000, {}), 1000);
    QCOMPARE(RetryPolicy::requestDelayMs(2, 1000, {}), 2000);
    QCOMPARE(RetryPolicy::requestDelayMs(4, 1000, {}), 8000);
    QCOMPARE(RetryPolicy::requestDelayMs(9, 1000, {}), RetryPolicy::RequestMaxDelayMs);
    QCOMPARE(RetryPolicy::requestDelayMs(1, 1000, "3"), 3000);
    QCOMPARE(RetryPolicy::requestDelayMs(1, 1000, "99999"), RetryPolicy::RetryAfterMaxSeconds * 1000);
    QCOMPARE(RetryPolicy::requestDelayMs(2, 1000, "soon"), 2000);
}

void TestRetryPolicy::errorsFromElsewhere()
{
    // A reply that could not be read, a wait that ran out: the step may try again.
    QVERIFY(RetryPolicy::retriedByStep(CloudError::malformed(QStringLiteral("x"))));
    QVERIFY(RetryPolicy::retriedByStep(CloudError::timeout(QStringLiteral("x"))));
    QVERIFY(!RetryPolicy::retriedByStep(CloudError::config(QStringLiteral("x"))));
    QVERIFY(!RetryPolicy::retriedByStep(CloudError::cancelled()));
    // What RestClient recorded wins: a GET it already retried is not tried again by the step.
    CloudError retried = CloudError::http(503, {}, {});
    retried.setRetryLevel(RetryPolicy::Level::Request);
    QVERIFY(!RetryPolicy::retriedByStep(retried));
}

void TestRetryPolicy::getRetriedOnlyByRequest()
{
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    QVERIFY(demo.start() > 0);
    auto session = std::make_shared<CloudSession>(demo.cloudConfig());
    RestClient client(session);
    client.setRetryBaseDelay(5);
    demo.addFault(DemoFault::httpError(503, "GET", QStringLiteral("^/compute/v2\\.1/limits$")));
    demo.clearRequests();
    const DemoAwait::Raw raw = DemoAwait::send(client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/limits")));
    QVERIFY(raw.finished);
    QCOMPARE(raw.error.httpStatus(), 503);
    QCOMPARE(demo.requestCount("GET", QStringLiteral("/limits$")), RetryPolicy::RequestTries);
    QVERIFY(raw.error.retryLevel().has_value());
    QCOMPARE(int(*raw.error.retryLevel()), int(RetryPolicy::Level::Request));
    QVERIFY(!RetryPolicy::retriedByStep(raw.error));
}

void TestRetryPolicy::postFailureLeftToTheStep()
{
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    QVERIFY(demo.start() > 0);
    auto session = std::make_shared<CloudSession>(demo.cloudConfig());
    RestClient client(session);
    client.setRetryBaseDelay(5);
    const DemoServer *server = demo.serverByName(QStringLiteral("py-01-stu01"));
    QVERIFY(server);
    demo.addFault(DemoFault::httpError(503, "POST", QStringLiteral("/action$")));
    demo.clearRequests();
    const DemoAwait::Raw raw = DemoAwait::send(
        client, ApiRequest::post(QStringLiteral("compute"), QStringLiteral("/servers/%1/action").arg(server->id),
                                 QJsonDocument(QJsonObject{{QStringLiteral("suspend"), QJsonValue::Null}})));
    QVERIFY(raw.finished);
    QCOMPARE(raw.error.httpStatus(), 503);
    QCOMPARE(demo.requestCount("POST", QStringLiteral("/action$")), 1); // not known to be safe to repeat
    QVERIFY(RetryPolicy::retriedByStep(raw.error));
}

void TestRetryPolicy::conflictNotMultipliedByTheEngine()
{
    // Nova refuses every suspend with a task_state conflict while the server looks idle: the
    // engine tries actionTries times in all (it was 3 stage tries × 5 requests = 15 before).
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    QVERIFY(demo.start() > 0);
    auto session = std::make_shared<CloudSession>(demo.cloudConfig());
    Inventory inventory(session, nullptr);
    inventory.setPollIntervals(1, 5);
    QSignalSpy refreshed(&inventory, &Inventory::refreshed);
    inventory.start();
    QVERIFY(refreshed.wait(20000));
    TaskEngine engine(session, &inventory, nullptr);
    EngineSettings settings;
    settings.actionTries = 3;
    settings.actionRetryDelayMs = 20;
    settings.waitPollMs = 100;
    settings.waitTimeoutSeconds = 30;
    engine.setSettings(settings);

    const DemoServer *server = demo.serverByName(QStringLiteral("py-01-stu02"));
    QVERIFY(server);
    QCOMPARE(server->status(), QStringLiteral("ACTIVE"));
    const int rule = demo.addFault(DemoFault::httpError(409, "POST", QStringLiteral("/action$")).withBody(TaskStateConflict));
    demo.clearRequests();
    TaskSpec spec;
    spec.kind = TaskKind::Suspend;
    spec.serverId = server->id;
    spec.serverName = server->name;
    QSignalSpy finished(&engine, &TaskEngine::batchFinished);
    const QString batch = engine.submitBatch(QStringLiteral("suspend"), TaskKind::Suspend, {spec});
    QTRY_VERIFY_WITH_TIMEOUT(engine.batch(batch) && engine.batch(batch)->isFinished(), 60000);
    QCOMPARE(engine.batch(batch)->failed, 1);
    const QList<TaskSnapshot> tasks = engine.tasksOfBatch(batch);
    QCOMPARE(tasks.size(), 1);
    QVERIFY2(tasks.first().error.contains(QLatin1String("task_state")), qPrintable(tasks.first().error));
    QCOMPARE(demo.faultFiredCount(rule), settings.actionTries);
    QCOMPARE(demo.requestCount("POST", QStringLiteral("/action$")), settings.actionTries);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
