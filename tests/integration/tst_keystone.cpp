// Signs in to the test bed's real Keystone v3 through QNetworkAccessManager and reads the catalog.
#include "cloud/restclient.h"
#include "cloud/serviceversions.h"
#include "testenv.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestKeystone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInAndFindsCompute();
    void wrongPasswordIsAClearError();
    void adminRoleIsVisible();
    void serviceVersionsForTheAboutDialog();
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

// Issue 17: what the About dialog shows, from the bed's real services (Zed: Keystone v3.14, Nova
// v2.1 up to 2.93, Glance's list answered with 300 Multiple Choices, Neutron v2.0).
void TestKeystone::serviceVersionsForTheAboutDialog()
{
    CloudConfig config;
    REQUIRE_LAB_CLOUD("lab-school", config);
    auto session = std::make_shared<CloudSession>(config);
    RestClient client(session);
    QObject context;
    QMap<QString, QString> answers;
    ServiceVersions::request(&client, &context, [&answers](const QString &service, const QString &text, const QByteArray &) {
        answers.insert(service, text);
    });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 4, 30000);
    const QMap<QString, QString> patterns{{QStringLiteral("identity"), QStringLiteral(R"(^v3\.\d+$)")},
                                          {QStringLiteral("compute"), QStringLiteral(R"(^v2\.1 \(microversions 2\.1 to 2\.\d+\)$)")},
                                          {QStringLiteral("image"), QStringLiteral(R"(^v2\.\d+$)")},
                                          {QStringLiteral("network"), QStringLiteral(R"(^v2\.0$)")}};
    for (auto it = patterns.cbegin(); it != patterns.cend(); ++it)
        QVERIFY2(QRegularExpression(it.value()).match(answers.value(it.key())).hasMatch(),
                 qPrintable(it.key() + QStringLiteral(": ") + answers.value(it.key())));
}

QTEST_GUILESS_MAIN(TestKeystone)
#include "tst_keystone.moc"
