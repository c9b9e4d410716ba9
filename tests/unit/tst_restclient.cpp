// Pure parts of the REST layer: catalog choice, auth bodies and replies, microversions, error bodies.
#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"
#include "cloud/restclient.h"
#include "cloud/servicecatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalog_data();
    void catalog();
    void passwordAuthBody();
    void appCredentialAuthBody();
    void authReply();
    void authReplyMalformed_data();
    void authReplyMalformed();
    void microversion_data();
    void microversion();
    void errorBodies_data();
    void errorBodies();
    void userMessageCarriesRequestId();
    void redaction();
    void redactionEscapedQuotes_data();
    void redactionEscapedQuotes();
    void redactionOfHeaders();
    void timestamps_data();
    void timestamps();
};

static const QByteArray CatalogJson = R"([
  {"type": "compute", "name": "nova", "endpoints": [
    {"interface": "public", "region_id": "RegionOne", "url": "http://pub/compute/v2.1"},
    {"interface": "internal", "region_id": "RegionOne", "url": "http://int/compute/v2.1"},
    {"interface": "public", "region_id": "North", "url": "http://north/compute/v2.1"}]},
  {"type": "image", "name": "glance", "endpoints": [
    {"interface": "public", "region": "RegionOne", "url": "http://pub:9292"}]},
  {"type": "network", "name": "neutron", "endpoints": []}
])";

void TestRestClient::catalog_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::newRow("public any region") << "compute" << "public" << "" << "http://pub/compute/v2.1";
    QTest::newRow("internal") << "compute" << "internal" << "RegionOne" << "http://int/compute/v2.1";
    QTest::newRow("publicURL form") << "compute" << "publicURL" << "North" << "http://north/compute/v2.1";
    QTest::newRow("region field") << "image" << "public" << "RegionOne" << "http://pub:9292";
    QTest::newRow("no endpoint") << "network" << "public" << "" << "";
    QTest::newRow("wrong region") << "image" << "public" << "North" << "";
    QTest::newRow("admin missing") << "compute" << "admin" << "" << "";
}

void TestRestClient::catalog()
{
    QFETCH(QString, type);
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, url);
    const ServiceCatalog c = ServiceCatalog::fromJson(QJsonDocument::fromJson(CatalogJson).array());
    QCOMPARE(c.endpoint(type, interface, region).toString(), url);
    QCOMPARE(c.regions(), QStringList({QStringLiteral("RegionOne"), QStringLiteral("North")}));
}

void TestRestClient::passwordAuthBody()
{
    CloudConfig c;
    c.username = QStringLiteral("teacher1");
    c.password = QStringLiteral("pw");
    c.projectName = QStringLiteral("school");
    const QJsonObject auth = RestClient::authRequestBody(c).object().value(QLatin1String("auth")).toObject();
    const QJsonObject user = auth[QLatin1String("identity")][QLatin1String("password")][QLatin1String("user")].toObject();
    QCOMPARE(user[QLatin1String("name")].toString(), QStringLiteral("teacher1"));
    QCOMPARE(user[QLatin1String("password")].toString(), QStringLiteral("pw"));
    QCOMPARE(user[QLatin1String("domain")][QLatin1String("name")].toString(), QStringLiteral("Default"));
    const QJsonObject project = auth[QLatin1String("scope")][QLatin1String("project")].toObject();
    QCOMPARE(project[QLatin1String("name")].toString(), QStringLiteral("school"));

    c.projectId = QStringLiteral("pid");
    c.userDomainId = QStringLiteral("did");
    const QJsonObject byId = RestClient::authRequestBody(c).object().value(QLatin1String("auth")).toObject();
    QCOMPARE(byId[QLatin1String("scope")][QLatin1String("project")][QLatin1String("id")].toString(), QStringLiteral("pid"));
    QCOMPARE(byId[QLatin1String("identity")][QLatin1String("password")][QLatin1String("user")][QLatin1String("domain")]
                 [QLatin1String("id")].toString(),
             QStringLiteral("did"));
}

void TestRestClient::appCredentialAuthBody()
{
    CloudConfig c;
    c.authType = CloudConfig::AuthType::ApplicationCredential;
    c.applicationCredentialId = QStringLiteral("ac");
    c.applicationCredentialSecret = QStringLiteral("sec");
    const QJsonObject auth = RestClient::authRequestBody(c).object().value(QLatin1String("auth")).toObject();
    QCOMPARE(auth[QLatin1String("identity")][QLatin1String("methods")].toArray().first().toString(),
             QStringLiteral("application_credential"));
    QCOMPARE(auth[QLatin1String("identity")][QLatin1String("application_credential")][QLatin1String("id")].toString(),
             QStringLiteral("ac"));
    QVERIFY(!auth.contains(QLatin1String("scope")));
}

void TestRestClient::authReply()
{
    const QByteArray body = R"({"token": {"expires_at": "2030-01-01T10:00:00.000000Z",
        "user": {"id": "u1", "name": "teacher1", "domain": {"name": "Default"}},
        "project": {"id": "p1", "name": "school"},
        "roles": [{"name": "member"}, {"name": "reader"}],
        "catalog": )" + CatalogJson + "}}";
    Result<AuthState> r = RestClient::parseAuthReply(body, "tok");
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().token, QByteArray("tok"));
    QCOMPARE(r.value().userName, QStringLiteral("teacher1"));
    QCOMPARE(r.value().projectName, QStringLiteral("school"));
    QCOMPARE(r.value().roles, QStringList({QStringLiteral("member"), QStringLiteral("reader")}));
    QVERIFY(!r.value().isAdmin());
    QCOMPARE(r.value().expiresAt, QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(r.value().isValid(QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC), 300));
    QVERIFY(!r.value().isValid(QDateTime(QDate(2030, 1, 1), QTime(9, 56), Qt::UTC), 300));
}

void TestRestClient::authReplyMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("not json") << QByteArray("<html>") << QByteArray("t");
    QTest::newRow("truncated") << QByteArray(R"({"token": {"expires_at": "20)") << QByteArray("t");
    QTest::newRow("no token") << QByteArray(R"({"tok": {}})") << QByteArray("t");
    QTest::newRow("no subject header") << QByteArray(R"({"token": {"catalog": []}})") << QByteArray();
    QTest::newRow("empty catalog") << QByteArray(R"({"token": {"catalog": []}})") << QByteArray("t");
}

void TestRestClient::authReplyMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    Result<AuthState> r = RestClient::parseAuthReply(body, token);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().userMessage().isEmpty());
}

void TestRestClient::microversion_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<int>("expected"); // -1 = error
    QTest::newRow("zed 2.93") << QByteArray(R"({"version": {"id": "v2.1", "version": "2.93", "min_version": "2.1"}})") << 79;
    QTest::newRow("old 2.60") << QByteArray(R"({"version": {"id": "v2.1", "version": "2.60", "min_version": "2.1"}})") << 60;
    QTest::newRow("too old") << QByteArray(R"({"version": {"id": "v2.1", "version": "2.20", "min_version": "2.1"}})") << -1;
    QTest::newRow("min above wanted") << QByteArray(R"({"version": {"version": "2.95", "min_version": "2.80"}})") << 80;
    QTest::newRow("root list") << QByteArray(R"({"versions": [{"id": "v2.0", "version": ""},
        {"id": "v2.1", "version": "2.90", "min_version": "2.1"}]})") << 79;
    QTest::newRow("garbage") << QByteArray("{") << -1;
}

void TestRestClient::microversion()
{
    QFETCH(QByteArray, doc);
    QFETCH(int, expected);
    Result<int> r = RestClient::negotiateComputeMicroversion(doc, RestClient::WantedComputeMinor,
                                                             RestClient::MinimumComputeMinor);
    if (expected < 0) {
        QVERIFY(!r.ok());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value(), expected);
    }
}

void TestRestClient::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("nova itemNotFound") << QByteArray(R"({"itemNotFound": {"code": 404, "message": "Instance x could not be found."}})")
                                       << "itemNotFound" << "Instance x could not be found.";
    QTest::newRow("nova conflict") << QByteArray(R"({"conflictingRequest": {"code": 409, "message": "Cannot 'suspend' instance while it is in task_state powering-off"}})")
                                   << "conflictingRequest" << "Cannot 'suspend' instance while it is in task_state powering-off";
    QTest::newRow("overLimit") << QByteArray(R"({"overLimit": {"code": 413, "message": "Quota exceeded for instances"}})")
                               << "overLimit" << "Quota exceeded for instances";
    QTest::newRow("neutron") << QByteArray(R"({"NeutronError": {"type": "FloatingIPNotFound", "message": "Floating IP f could not be found", "detail": ""}})")
                             << "FloatingIPNotFound" << "Floating IP f could not be found";
    QTest::newRow("keystone") << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})")
                              << "Unauthorized" << "The request you have made requires authentication.";
    QTest::newRow("placement") << QByteArray(R"({"errors": [{"status": 409, "title": "Conflict", "detail": "busy"}]})")
                               << "Conflict" << "busy";
    QTest::newRow("glance html") << QByteArray("<html><body><h1>404 Not Found</h1>No image found with ID x</body></html>")
                                 << "" << "404 Not FoundNo image found with ID x";
    QTest::newRow("empty") << QByteArray() << "" << "";
}

void TestRestClient::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fault);
    QFETCH(QString, message);
    const CloudError e = CloudError::http(404, body, QStringLiteral("req-1"));
    QCOMPARE(e.fault(), fault);
    QCOMPARE(e.message(), message);
    QCOMPARE(e.requestId(), QStringLiteral("req-1"));
}

void TestRestClient::userMessageCarriesRequestId()
{
    const CloudError e = CloudError::http(409, R"({"conflictingRequest": {"message": "in task_state x"}})",
                                          QStringLiteral("req-abc"));
    QVERIFY(e.isTaskStateConflict());
    QVERIFY(e.userMessage().contains(QLatin1String("req-abc")));
    QVERIFY(e.userMessage().contains(QLatin1String("in task_state x")));
    QVERIFY(!CloudError().isError());
    QVERIFY(CloudError::network(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")).userMessage().contains(
        QLatin1String("refused")));
}

void TestRestClient::redaction()
{
    const QByteArray body = R"({"auth": {"identity": {"password": {"user": {"name": "a", "password": "hunter2"}}}}, "secret": "s", "X-Auth-Token": "gAAA"})";
    const QByteArray out = RestClient::redact(body);
    QVERIFY(!out.contains("hunter2"));
    QVERIFY(!out.contains("\"s\""));
    QVERIFY(!out.contains("gAAA"));
    QVERIFY(out.contains("\"name\":\"a\""));
}

void TestRestClient::redactionEscapedQuotes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secretTail"); // must not appear in the log
    QTest::addColumn<QByteArray>("kept");       // must still be there
    QTest::newRow("escaped quote") << QByteArray(R"({"auth": {"password": "pa\"ss-tail-9", "user": "u1"}})")
                                   << QByteArray("ss-tail-9") << QByteArray("u1");
    QTest::newRow("escaped backslash then quote") << QByteArray(R"({"password": "x\\\"leak-7", "n": "keep"})")
                                                  << QByteArray("leak-7") << QByteArray("keep");
    QTest::newRow("unicode escape") << QByteArray(R"({"secret": "\u0022tail-5", "n": "keep"})") << QByteArray("tail-5")
                                    << QByteArray("keep");
    QTest::newRow("upper case key, nested list") << QByteArray(R"({"a": [{"Password": "deep-3"}], "n": "keep"})")
                                                  << QByteArray("deep-3") << QByteArray("keep");
    QTest::newRow("number as password") << QByteArray(R"({"password": 123456789, "n": "keep"})")
                                        << QByteArray("123456789") << QByteArray("keep");
    // Not JSON: the log shows only the first 4000 bytes, which may stop inside the secret.
    QTest::newRow("cut inside the secret") << QByteArray(R"({"n": "keep", "password": "pa\"ss-cut-1)")
                                           << QByteArray("ss-cut-1") << QByteArray("keep");
    QTest::newRow("cut after the secret") << QByteArray(R"({"n": "keep", "password": "pa\"ss-cut-2", "x": [)")
                                          << QByteArray("ss-cut-2") << QByteArray("keep");
}

void TestRestClient::redactionEscapedQuotes()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secretTail);
    QFETCH(QByteArray, kept);
    const QByteArray out = RestClient::redact(body);
    QVERIFY2(!out.contains(secretTail), out.constData());
    QVERIFY2(out.contains(kept), out.constData());
    QVERIFY2(out.contains("***"), out.constData());
}

void TestRestClient::redactionOfHeaders()
{
    const QList<QPair<QByteArray, QByteArray>> headers{{"X-Auth-Token", "gAAAA-auth"},
                                                       {"x-subject-token", "gAAAA-subject"},
                                                       {"Authorization", "Bearer b-123"},
                                                       {"Content-Type", "application/json"},
                                                       {"X-Openstack-Request-Id", "req-9"}};
    const QByteArray out = RestClient::redactHeaders(headers);
    QVERIFY2(!out.contains("gAAAA-auth") && !out.contains("gAAAA-subject") && !out.contains("b-123"), out.constData());
    QVERIFY2(out.contains("Content-Type: application/json") && out.contains("req-9"), out.constData());
    QCOMPARE(out.count("***"), 3);
}

void TestRestClient::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2026, 11, 26), QTime(10, 0, 5), Qt::UTC);
    QTest::newRow("Z") << "2026-11-26T10:00:05Z" << t;
    QTest::newRow("micro") << "2026-11-26T10:00:05.000000Z" << t;
    QTest::newRow("offset") << "2026-11-26T11:00:05+01:00" << t;
    QTest::newRow("no zone") << "2026-11-26T10:00:05" << t;
    QTest::newRow("space") << "2026-11-26 10:00:05" << t;
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestRestClient::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseOpenStackTime(text), expected);
    if (expected.isValid())
        QCOMPARE(formatOpenStackTime(expected), QStringLiteral("2026-11-26T10:00:05Z"));
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
