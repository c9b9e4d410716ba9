// Signs in to the test bed's real Keystone v3 through QNetworkAccessManager and reads the catalog.
#include "cloud/restclient.h"
#include "testenv.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestKeystone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInAndFindsCompute();
    void wrongPasswordIsAClearError();
    void adminRoleIsVisible();
};

void TestKeystone::signsInAndFindsCompute()
{
    CloudConfig config;
    REQUIRE_LAB_CLOUD("lab-teacher", config);
    auto session = std::make_shared<CloudSession>(config);
    RestClient client(session);
    // GET the compute version document: needs a token and the catalog's compute endpoint.
    ApiReply *reply = client.send(ApiRequest::get(QStringLiteral("compute"), QString()));
    QSignalSpy done(reply, &ApiReply::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(!reply->error(), qPrintable(reply->error().detail()));
    const AuthState auth = session->auth();
    QVERIFY(!auth.token.isEmpty());
    QCOMPARE(auth.userName, QStringLiteral("teacher1"));
    QVERIFY(auth.roles.contains(QLatin1String("member")));
    QVERIFY(!auth.isAdmin());
    const QUrl compute = auth.catalog.endpoint(QStringLiteral("compute"), QStringLiteral("public"), config.regionName);
    QVERIFY2(compute.isValid() && compute.path().contains(QLatin1String("v2.1")), qPrintable(compute.toString()));
    QVERIFY(session->computeMicroversion() >= RestClient::MinimumComputeMinor);
}

void TestKeystone::wrongPasswordIsAClearError()
{
    CloudConfig config;
    REQUIRE_LAB_CLOUD("lab-teacher", config);
    config.password = QStringLiteral("wrong");
    auto session = std::make_shared<CloudSession>(config);
    RestClient client(session);
    ApiReply *reply = client.send(ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/flavors")));
    QSignalSpy done(reply, &ApiReply::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(reply->error().httpStatus(), 401);
    QVERIFY(!reply->error().requestId().isEmpty());
    QVERIFY(reply->error().userMessage().contains(reply->error().requestId()));
}

void TestKeystone::adminRoleIsVisible()
{
    CloudConfig config;
    REQUIRE_LAB_CLOUD("lab-school", config);
    auto session = std::make_shared<CloudSession>(config);
    RestClient client(session);
    ApiReply *reply = client.send(ApiRequest::get(QStringLiteral("identity"), QStringLiteral("/auth/projects")));
    QSignalSpy done(reply, &ApiReply::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(!reply->error(), qPrintable(reply->error().detail()));
    QVERIFY(session->auth().isAdmin());
    QVERIFY(reply->json().object().value(QLatin1String("projects")).isArray());
}

QTEST_GUILESS_MAIN(TestKeystone)
#include "tst_keystone.moc"
