#include "cloud/cloudconfig.h"

#include <QTemporaryDir>
#include <QTest>

class TestCloudConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void secureYamlMerges();
    void names();
    void environment_data();
    void environment();
    void searchPathAndOsCloud();
    void validateRejectsVerifyFalse();
};

static const QByteArray Clouds = R"(
clouds:
  lab:
    region_name: RegionOne
    interface: internal
    identity_api_version: 3
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: teacher1
      password: s3cret
      project_name: school
      user_domain_name: Default
      project_domain_name: Default
  byid:
    auth:
      auth_url: https://keystone.example.edu:5000
      user_id: u-1
      password: p
      project_id: p-1
    cacert: ca.pem
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://127.0.0.1:5000/v3
      application_credential_id: ac-1
      application_credential_secret: acs
    regions:
      - name: North
  domain:
    auth:
      auth_url: http://x/v3
      username: u
      project_name: p
      domain_name: School
)";

void TestCloudConfig::parse_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("auth_url") << "lab" << "authUrl" << "http://127.0.0.1:5000/v3";
    QTest::newRow("username") << "lab" << "username" << "teacher1";
    QTest::newRow("password") << "lab" << "password" << "s3cret";
    QTest::newRow("project") << "lab" << "projectName" << "school";
    QTest::newRow("region") << "lab" << "regionName" << "RegionOne";
    QTest::newRow("interface") << "lab" << "interface" << "internal";
    QTest::newRow("user id") << "byid" << "userId" << "u-1";
    QTest::newRow("project id") << "byid" << "projectId" << "p-1";
    QTest::newRow("cacert") << "byid" << "caCertFile" << "ca.pem";
    QTest::newRow("default interface") << "byid" << "interface" << "public";
    QTest::newRow("appcred id") << "appcred" << "applicationCredentialId" << "ac-1";
    QTest::newRow("appcred secret") << "appcred" << "applicationCredentialSecret" << "acs";
    QTest::newRow("regions list") << "appcred" << "regionName" << "North";
    QTest::newRow("domain_name → user") << "domain" << "userDomainName" << "School";
    QTest::newRow("domain_name → project") << "domain" << "projectDomainName" << "School";
}

static QString field(const CloudConfig &c, const QString &name)
{
    const QHash<QString, QString> fields{
        {QStringLiteral("authUrl"), c.authUrl},
        {QStringLiteral("username"), c.username},
        {QStringLiteral("password"), c.password},
        {QStringLiteral("projectName"), c.projectName},
        {QStringLiteral("regionName"), c.regionName},
        {QStringLiteral("interface"), c.interface},
        {QStringLiteral("userId"), c.userId},
        {QStringLiteral("projectId"), c.projectId},
        {QStringLiteral("caCertFile"), c.caCertFile},
        {QStringLiteral("applicationCredentialId"), c.applicationCredentialId},
        {QStringLiteral("applicationCredentialSecret"), c.applicationCredentialSecret},
        {QStringLiteral("userDomainName"), c.userDomainName},
        {QStringLiteral("projectDomainName"), c.projectDomainName},
    };
    return fields.value(name, QStringLiteral("<unknown field>"));
}

void TestCloudConfig::parse()
{
    QFETCH(QString, cloud);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Result<CloudConfig> r = CloudConfigLoader::parseClouds(Clouds, {}, cloud);
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QCOMPARE(::field(r.value(), field), expected);
}

void TestCloudConfig::secureYamlMerges()
{
    const QByteArray clouds = "clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n      username: u\n";
    const QByteArray secure = "clouds:\n  c:\n    auth:\n      password: from-secure\n";
    Result<CloudConfig> r = CloudConfigLoader::parseClouds(clouds, secure, QStringLiteral("c"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().password, QStringLiteral("from-secure"));
    QCOMPARE(r.value().authType, CloudConfig::AuthType::Password);

    Result<CloudConfig> missing = CloudConfigLoader::parseClouds(clouds, {}, QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().userMessage().contains(QLatin1String("nope")));

    Result<CloudConfig> broken = CloudConfigLoader::parseClouds("clouds: [unclosed", {}, QStringLiteral("c"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind(), CloudError::Kind::Config);
}

void TestCloudConfig::names()
{
    QCOMPARE(CloudConfigLoader::parseCloudNames(Clouds),
             QStringList({QStringLiteral("appcred"), QStringLiteral("byid"), QStringLiteral("domain"),
                          QStringLiteral("lab")}));
    QVERIFY(CloudConfigLoader::parseCloudNames("not: [yaml").isEmpty());
    // A complex key under "clouds" names no cloud; it used to throw out of yaml-cpp and end the
    // process (found by tests/fuzz/fuzz_cloudsyaml, inputs in tests/fuzz/regressions/).
    const QByteArray complexKeys = "clouds:\n  ? [a]\n  : x\n  {b: c}: {}\n  lab: {auth: {auth_url: http://k/v3}}\n";
    QCOMPARE(CloudConfigLoader::parseCloudNames(complexKeys), QStringList{QStringLiteral("lab")});
    QVERIFY(CloudConfigLoader::parseClouds(complexKeys, {}, QStringLiteral("lab")).ok());
}

void TestCloudConfig::environment_data()
{
    QTest::addColumn<QStringList>("vars");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("identity");
    QTest::newRow("password") << QStringList{"OS_AUTH_URL=http://k:5000/v3", "OS_USERNAME=a", "OS_PASSWORD=p",
                                             "OS_PROJECT_NAME=school"}
                              << true << "a@http://k:5000/v3/school";
    QTest::newRow("tenant alias") << QStringList{"OS_AUTH_URL=http://k/v3", "OS_USERNAME=a", "OS_TENANT_NAME=t"}
                                  << true << "a@http://k/v3/t";
    QTest::newRow("appcred") << QStringList{"OS_AUTH_URL=http://k/v3", "OS_AUTH_TYPE=v3applicationcredential",
                                            "OS_APPLICATION_CREDENTIAL_ID=ac", "OS_APPLICATION_CREDENTIAL_SECRET=s"}
                             << true << "ac@http://k/v3/";
    QTest::newRow("nothing") << QStringList{} << false << "";
}

void TestCloudConfig::environment()
{
    QFETCH(QStringList, vars);
    QFETCH(bool, ok);
    QFETCH(QString, identity);
    QProcessEnvironment env;
    for (const QString &v : vars)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    CloudConfigLoader loader(env);
    loader.setSearchDirectories({});
    Result<CloudConfig> r = loader.load();
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value().identity(), identity);
        QVERIFY(!r.value().identity().contains(QLatin1String("p@"))); // no secret in the identity
    }
}

void TestCloudConfig::searchPathAndOsCloud()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QFile f(second.filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Clouds);
    f.close();
    QFile s(second.filePath(QStringLiteral("secure.yaml")));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("clouds:\n  byid:\n    auth:\n      password: better\n");
    s.close();

    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("byid"));
    CloudConfigLoader loader(env);
    loader.setSearchDirectories({first.path(), second.path()});
    QCOMPARE(loader.cloudsFile(), second.filePath(QStringLiteral("clouds.yaml")));
    Result<CloudConfig> r = loader.load();
    QVERIFY(r.ok());
    QCOMPARE(r.value().password, QStringLiteral("better"));
    // relative cacert resolves next to clouds.yaml
    QCOMPARE(r.value().caCertFile, second.filePath(QStringLiteral("ca.pem")));
    QVERIFY(!r.value().validate().isEmpty()); // the CA file does not exist

    // issue 11: an unknown --os-cloud names the file read, the places searched and the clouds there
    Result<CloudConfig> unknown = loader.load(QStringLiteral("no-such-cloud"));
    QVERIFY(!unknown.ok());
    const QString message = unknown.error().userMessage();
    QVERIFY2(message.contains(QStringLiteral("no-such-cloud")), qPrintable(message));
    QVERIFY2(message.contains(second.filePath(QStringLiteral("clouds.yaml"))), qPrintable(message));
    QVERIFY2(message.contains(first.path()), qPrintable(message)); // searched, though empty
    QVERIFY2(message.contains(QStringLiteral("byid")), qPrintable(message));
}

void TestCloudConfig::validateRejectsVerifyFalse()
{
    const QByteArray clouds = "clouds:\n  c:\n    verify: false\n    auth:\n      auth_url: https://k/v3\n"
                              "      username: u\n      project_name: p\n";
    Result<CloudConfig> r = CloudConfigLoader::parseClouds(clouds, {}, QStringLiteral("c"));
    QVERIFY(r.ok());
    QVERIFY(r.value().validate().contains(QLatin1String("verify")));
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
