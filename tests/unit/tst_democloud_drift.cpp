// Drift check of the demo cloud: every reply recorded from the project's real OpenStack test bed
// (tests/data/openstack-recorded/*.json, made by record.py there) is reproduced against the
// simulator by the same steps, and the two are compared field by field: status, the headers the
// client reads, and the body's key sets and value types, recursively. A new recording without a
// simulated counterpart fails too, so the simulator cannot silently drift from the real services.
#include "cloud/demo/democloud.h"
#include "demoawait.h"
#include "cloud/restclient.h"
#include "demoschool.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTestEventLoop>

namespace
{
struct Captured
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonValue body;
};

QJsonValue parse(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

// Keys that are null or a value depending on the data, not on the state the scenario reproduces
// (an unassociated floating IP next to associated ones, a flavor with or without a description).
bool isNullable(const QString &key)
{
    static const QStringList nullable = {QStringLiteral("port_id"), QStringLiteral("router_id"), QStringLiteral("fixed_ip_address"),
                                         QStringLiteral("port_details"), QStringLiteral("description")};
    return nullable.contains(key);
}

// Objects whose keys are data, not schema: only their values' shapes are compared.
bool isMap(const QString &key)
{
    static const QStringList maps = {QStringLiteral("addresses"), QStringLiteral("metadata"), QStringLiteral("extra_specs")};
    return maps.contains(key);
}

// Glance's core image schema; any other key of an image is a free-form string property.
bool isGlanceCoreKey(const QString &key)
{
    static const QStringList core = {
        QStringLiteral("checksum"), QStringLiteral("container_format"), QStringLiteral("created_at"), QStringLiteral("disk_format"),
        QStringLiteral("file"), QStringLiteral("id"), QStringLiteral("min_disk"), QStringLiteral("min_ram"), QStringLiteral("name"),
        QStringLiteral("os_hash_algo"), QStringLiteral("os_hash_value"), QStringLiteral("os_hidden"), QStringLiteral("owner"),
        QStringLiteral("protected"), QStringLiteral("schema"), QStringLiteral("self"), QStringLiteral("size"), QStringLiteral("status"),
        QStringLiteral("tags"), QStringLiteral("updated_at"), QStringLiteral("virtual_size"), QStringLiteral("visibility"),
        QStringLiteral("direct_url"), QStringLiteral("locations"), QStringLiteral("stores")};
    return core.contains(key);
}

void compareShape(const QJsonValue &real, const QJsonValue &sim, const QString &path, QStringList *diffs);

void compareObjects(const QJsonObject &real, const QJsonObject &sim, const QString &path, QStringList *diffs)
{
    const bool glanceImage = real.value(QLatin1String("schema")).toString() == QLatin1String("/v2/schemas/image");
    QSet<QString> keys;
    for (const QString &k : real.keys())
        keys.insert(k);
    for (const QString &k : sim.keys())
        keys.insert(k);
    for (const QString &key : std::as_const(keys)) {
        const QString at = path + QLatin1Char('.') + key;
        if (glanceImage && !isGlanceCoreKey(key)) {
            const QJsonValue v = sim.contains(key) ? sim.value(key) : real.value(key);
            if (!v.isString())
                diffs->append(QStringLiteral("%1: image property must be a string, is %2").arg(at, typeName(v)));
            continue;
        }
        if (!sim.contains(key))
            diffs->append(QStringLiteral("%1: missing in the simulator").arg(at));
        else if (!real.contains(key))
            diffs->append(QStringLiteral("%1: only in the simulator").arg(at));
        else
            compareShape(real.value(key), sim.value(key), at, diffs);
    }
}

void compareShape(const QJsonValue &real, const QJsonValue &sim, const QString &path, QStringList *diffs)
{
    if (real.type() != sim.type()) {
        if ((real.isNull() || sim.isNull()) && isNullable(path.section(QLatin1Char('.'), -1)))
            return;
        diffs->append(QStringLiteral("%1: real %2, simulator %3").arg(path, typeName(real), typeName(sim)));
        return;
    }
    const QString key = path.section(QLatin1Char('.'), -1);
    if (real.isObject() && isMap(key)) {
        const QJsonObject r = real.toObject();
        const QJsonObject s = sim.toObject();
        if (!r.isEmpty()) {
            for (auto it = s.begin(); it != s.end(); ++it)
                compareShape(r.begin().value(), it.value(), path + QStringLiteral("[*]"), diffs);
        }
        return;
    }
    if (real.isObject()) {
        compareObjects(real.toObject(), sim.toObject(), path, diffs);
        return;
    }
    if (real.isArray()) {
        const QJsonArray r = real.toArray();
        const QJsonArray s = sim.toArray();
        if (r.isEmpty())
            return;
        for (qsizetype i = 0; i < s.size(); ++i) {
            // the recorded element of the same shape (lists may mix shapes, e.g. external networks)
            QStringList best;
            bool first = true;
            for (const QJsonValue &candidate : r) {
                QStringList d;
                compareShape(candidate, s.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), &d);
                if (first || d.size() < best.size())
                    best = d;
                first = false;
                if (best.isEmpty())
                    break;
            }
            *diffs += best;
        }
    }
}

Captured capture(QNetworkReply *reply)
{
    Captured c;
    c.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &h : reply->rawHeaderPairs())
        c.headers.insert(h.first.toLower(), h.second);
    c.body = parse(reply->readAll());
    return c;
}
} // namespace

class TestDemoCloudDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void compare_data();
    void compare();
    void comparisonDetectsDrift();

private:
    void runScenario();
    Captured http(const QByteArray &method, const QString &path, const QByteArray &token, const QJsonValue &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QByteArray signIn(const QJsonObject &auth, const QString &name);
    Captured rec(const QString &name, const QByteArray &method, const QString &path, const QByteArray &token,
                 const QJsonValue &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void waitForStatus(const QString &id, const QString &status);

    std::unique_ptr<DemoCloud> m_demo;
    QNetworkAccessManager m_nam;
    QHash<QString, Captured> m_sim;
    QString m_dataDir;
};

void TestDemoCloudDrift::initTestCase()
{
    m_dataDir = qEnvironmentVariable("PHOENIX_TEST_DATA") + QStringLiteral("/openstack-recorded");
    QVERIFY2(QDir(m_dataDir).exists(), qPrintable(m_dataDir));
    m_demo = makeDemoSchool();
    QVERIFY(m_demo->start() > 0);
    runScenario();
}

void TestDemoCloudDrift::cleanupTestCase()
{
    m_demo.reset();
}

Captured TestDemoCloudDrift::http(const QByteArray &method, const QString &path, const QByteArray &token, const QJsonValue &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_demo->baseUrl() + path));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    if (path.startsWith(QLatin1String("/compute"))) // what RestClient negotiates (and what was recorded)
        request.setRawHeader("OpenStack-API-Version", "compute 2." + QByteArray::number(RestClient::WantedComputeMinor));
    QByteArray data;
    if (!body.isUndefined() && !body.isNull()) {
        data = body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
    QTestEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QTestEventLoop::exitLoop);
    if (!reply->isFinished())
        loop.enterLoopMSecs(10000);
    const Captured c = capture(reply);
    delete reply;
    return c;
}

Captured TestDemoCloudDrift::rec(const QString &name, const QByteArray &method, const QString &path, const QByteArray &token,
                                 const QJsonValue &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const Captured c = http(method, path, token, body, headers);
    m_sim.insert(name, c);
    return c;
}

QByteArray TestDemoCloudDrift::signIn(const QJsonObject &auth, const QString &name)
{
    const Captured c = rec(name, "POST", QStringLiteral("/identity/v3/auth/tokens"), {}, auth);
    return c.headers.value("x-subject-token");
}

void TestDemoCloudDrift::waitForStatus(const QString &id, const QString &status)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->state()->servers.value(id).status() == status
                                 && m_demo->state()->servers.value(id).taskState.isEmpty(),
                             10000);
}

// The steps of record.py, against the simulator (same users' roles: labadmin admin, a teacher member).
void TestDemoCloudDrift::runScenario()
{
    auto passwordAuth = [](const QString &user, const QString &password) {
        return QJsonObject{{QStringLiteral("auth"), QJsonObject{
            {QStringLiteral("identity"), QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                                     {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), QJsonObject{
                                                         {QStringLiteral("name"), user}, {QStringLiteral("password"), password},
                                                         {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")}}}}}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), QJsonObject{
                {QStringLiteral("name"), QStringLiteral("school")},
                {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")}}}}}}}}}};
    };
    const QString pw = QString::fromLatin1(DemoCloud::Password);
    const QString bogusId = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    const QByteArray bogusToken = "gAAAAABbogus";

    // Keystone
    rec(QStringLiteral("keystone-version"), "GET", QStringLiteral("/identity/v3"), {});
    const QByteArray admin = signIn(passwordAuth(QStringLiteral("labadmin"), pw), QStringLiteral("keystone-token-admin"));
    const QByteArray teacher = signIn(passwordAuth(QStringLiteral("zhang.wei"), pw), QStringLiteral("keystone-token-member"));
    const CloudConfig ac = m_demo->appCredentialConfig();
    signIn(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), QJsonObject{
               {QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
               {QStringLiteral("application_credential"), QJsonObject{{QStringLiteral("id"), ac.applicationCredentialId},
                                                                      {QStringLiteral("secret"), ac.applicationCredentialSecret}}}}}}}},
           QStringLiteral("keystone-token-appcred"));
    signIn(passwordAuth(QStringLiteral("zhang.wei"), QStringLiteral("wrong")), QStringLiteral("keystone-error-401"));
    QVERIFY(!admin.isEmpty() && !teacher.isEmpty());
    rec(QStringLiteral("keystone-auth-projects"), "GET", QStringLiteral("/identity/v3/auth/projects"), teacher);
    rec(QStringLiteral("keystone-token-validate"), "GET", QStringLiteral("/identity/v3/auth/tokens"), admin, {}, {{"X-Subject-Token", teacher}});
    rec(QStringLiteral("keystone-token-validate-404"), "GET", QStringLiteral("/identity/v3/auth/tokens"), admin, {},
        {{"X-Subject-Token", "gAAAAABnotavalidtoken"}});

    // Nova, read-only
    const QString nova = QStringLiteral("/compute/v2.1");
    rec(QStringLiteral("nova-version"), "GET", nova, teacher);
    rec(QStringLiteral("nova-error-406"), "GET", nova + QStringLiteral("/servers"), teacher, {}, {{"OpenStack-API-Version", "compute 2.999"}});
    rec(QStringLiteral("nova-error-401"), "GET", nova + QStringLiteral("/servers/detail"), bogusToken);
    rec(QStringLiteral("nova-flavors-detail"), "GET", nova + QStringLiteral("/flavors/detail"), teacher);
    rec(QStringLiteral("nova-limits"), "GET", nova + QStringLiteral("/limits"), teacher);
    rec(QStringLiteral("nova-hypervisors-detail"), "GET", nova + QStringLiteral("/os-hypervisors/detail"), admin);
    rec(QStringLiteral("nova-error-403-policy"), "GET", nova + QStringLiteral("/os-hypervisors/detail"), teacher);
    rec(QStringLiteral("nova-error-404"), "GET", nova + QStringLiteral("/servers/") + bogusId, teacher);

    // one server through its life
    const DemoServer *model = m_demo->serverByName(QStringLiteral("py-01-stu01"));
    const QString network = m_demo->state()->ports.value(model->portIds.first()).networkId;
    const QJsonObject create{{QStringLiteral("server"), QJsonObject{
        {QStringLiteral("name"), QStringLiteral("phoenix-drift")}, {QStringLiteral("imageRef"), model->imageId},
        {QStringLiteral("flavorRef"), model->flavorId},
        {QStringLiteral("networks"), QJsonArray{QJsonObject{{QStringLiteral("uuid"), network}}}},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phoenix:type"), QStringLiteral("course")},
                                                 {QStringLiteral("phoenix:role"), QStringLiteral("student")},
                                                 {QStringLiteral("phoenix:owner"), QStringLiteral("drift")}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("phoenix")}}}}};
    m_demo->holdTransitions(true);
    const Captured created = rec(QStringLiteral("nova-server-create"), "POST", nova + QStringLiteral("/servers"), teacher, create);
    const QString sid = created.body[QLatin1String("server")][QLatin1String("id")].toString();
    QVERIFY(!sid.isEmpty());
    const QString server = nova + QStringLiteral("/servers/") + sid;
    rec(QStringLiteral("nova-server-show-build"), "GET", server, teacher);
    m_demo->holdTransitions(false);
    waitForStatus(sid, QStringLiteral("ACTIVE"));
    rec(QStringLiteral("nova-server-show"), "GET", server, teacher);
    rec(QStringLiteral("nova-server-show-admin"), "GET", server, admin);
    rec(QStringLiteral("nova-servers-detail"), "GET", nova + QStringLiteral("/servers/detail?tags=phoenix&limit=1"), teacher);
    rec(QStringLiteral("nova-servers"), "GET", nova + QStringLiteral("/servers?limit=1"), teacher);
    rec(QStringLiteral("nova-server-metadata-post"), "POST", server + QStringLiteral("/metadata"), teacher,
        QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phoenix:seat"), QStringLiteral("7")}}}});
    rec(QStringLiteral("nova-error-404-metadata"), "DELETE", server + QStringLiteral("/metadata/nope"), teacher);
    rec(QStringLiteral("nova-remote-console"), "POST", server + QStringLiteral("/remote-consoles"), teacher,
        QJsonObject{{QStringLiteral("remote_console"), QJsonObject{{QStringLiteral("protocol"), QStringLiteral("vnc")},
                                                                   {QStringLiteral("type"), QStringLiteral("novnc")}}}});
    rec(QStringLiteral("nova-error-409-vmstate"), "POST", server + QStringLiteral("/action"), teacher,
        QJsonObject{{QStringLiteral("resume"), QJsonValue::Null}});

    // ports and a floating IP
    const QString neutron = QStringLiteral("/network/v2.0");
    const Captured ports = rec(QStringLiteral("neutron-ports-device"), "GET", neutron + QStringLiteral("/ports?device_id=") + sid, teacher);
    const QString portId = ports.body[QLatin1String("ports")][0][QLatin1String("id")].toString();
    const Captured ext = http("GET", neutron + QStringLiteral("/networks?router:external=True"), teacher);
    const Captured fip = rec(QStringLiteral("neutron-floatingip-create"), "POST", neutron + QStringLiteral("/floatingips"), teacher,
                             QJsonObject{{QStringLiteral("floatingip"), QJsonObject{
                                 {QStringLiteral("floating_network_id"), ext.body[QLatin1String("networks")][0][QLatin1String("id")].toString()},
                                 {QStringLiteral("description"), QStringLiteral("drift recording")}}}});
    const QString fipPath = neutron + QStringLiteral("/floatingips/") + fip.body[QLatin1String("floatingip")][QLatin1String("id")].toString();
    rec(QStringLiteral("neutron-floatingip-associate"), "PUT", fipPath, teacher,
        QJsonObject{{QStringLiteral("floatingip"), QJsonObject{{QStringLiteral("port_id"), portId}}}});
    rec(QStringLiteral("nova-server-show-floating"), "GET", server, teacher);
    rec(QStringLiteral("neutron-floatingips"), "GET", neutron + QStringLiteral("/floatingips"), teacher);
    rec(QStringLiteral("neutron-floatingip-disassociate"), "PUT", fipPath, teacher,
        QJsonObject{{QStringLiteral("floatingip"), QJsonObject{{QStringLiteral("port_id"), QJsonValue::Null}}}});

    // a conflict while it powers off, then a snapshot
    m_demo->holdTransitions(true);
    http("POST", server + QStringLiteral("/action"), teacher, QJsonObject{{QStringLiteral("os-stop"), QJsonValue::Null}});
    rec(QStringLiteral("nova-error-409-taskstate"), "POST", server + QStringLiteral("/action"), teacher,
        QJsonObject{{QStringLiteral("suspend"), QJsonValue::Null}});
    m_demo->holdTransitions(false);
    waitForStatus(sid, QStringLiteral("SHUTOFF"));
    rec(QStringLiteral("nova-server-show-shutoff"), "GET", server, teacher);
    m_demo->holdTransitions(true); // the snapshot stays queued through the Glance part (as on the test bed,
                                   // whose fake virt driver uploads nothing)
    const Captured snap = rec(QStringLiteral("nova-server-createimage"), "POST", server + QStringLiteral("/action"), teacher,
                              QJsonObject{{QStringLiteral("createImage"), QJsonObject{{QStringLiteral("name"), QStringLiteral("drift-snap")}}}});
    const QString image = QStringLiteral("/image/v2/images/") + snap.body[QLatin1String("image_id")].toString();
    rec(QStringLiteral("glance-image-show-queued"), "GET", image, teacher);

    // Glance
    rec(QStringLiteral("glance-images"), "GET", QStringLiteral("/image/v2/images?limit=1"), teacher);
    rec(QStringLiteral("glance-image-show"), "GET", QStringLiteral("/image/v2/images/") + model->imageId, teacher);
    rec(QStringLiteral("glance-image-show-snapshot"), "GET", image, teacher);
    const QByteArray patch = R"([{"op": "replace", "path": "/name", "value": "drift-renamed"}, {"op": "replace", "path": "/protected", "value": true}])";
    rec(QStringLiteral("glance-image-patch"), "PATCH", image, teacher, QJsonDocument::fromJson(patch).array(),
        {{"Content-Type", "application/openstack-images-v2.1-json-patch"}});
    rec(QStringLiteral("glance-error-delete-protected"), "DELETE", image, teacher);
    http("PATCH", image, teacher, QJsonDocument::fromJson(R"([{"op": "replace", "path": "/protected", "value": false}])").array(),
         {{"Content-Type", "application/openstack-images-v2.1-json-patch"}});
    rec(QStringLiteral("glance-error-404"), "GET", QStringLiteral("/image/v2/images/") + bogusId, teacher);
    rec(QStringLiteral("glance-error-401"), "GET", QStringLiteral("/image/v2/images"), bogusToken);
    m_demo->holdTransitions(false);
    waitForStatus(sid, QStringLiteral("SHUTOFF"));
    rec(QStringLiteral("nova-instance-actions"), "GET", server + QStringLiteral("/os-instance-actions"), teacher);

    // Neutron
    rec(QStringLiteral("neutron-networks"), "GET", neutron + QStringLiteral("/networks"), teacher);
    rec(QStringLiteral("neutron-subnets"), "GET", neutron + QStringLiteral("/subnets"), teacher);
    rec(QStringLiteral("neutron-routers"), "GET", neutron + QStringLiteral("/routers"), teacher);
    rec(QStringLiteral("neutron-ports"), "GET", neutron + QStringLiteral("/ports"), teacher);
    rec(QStringLiteral("neutron-quota"), "GET", neutron + QStringLiteral("/quotas/") + m_demo->state()->projectByName(QStringLiteral("school"))->id, teacher);
    rec(QStringLiteral("neutron-error-404"), "GET", neutron + QStringLiteral("/networks/") + bogusId, teacher);
    rec(QStringLiteral("neutron-error-401"), "GET", neutron + QStringLiteral("/networks"), bogusToken);

    // clean-up, as recorded
    rec(QStringLiteral("neutron-floatingip-delete"), "DELETE", fipPath, teacher);
    const QString since = formatOpenStackTime(QDateTime::currentDateTimeUtc().addSecs(-1));
    rec(QStringLiteral("nova-server-delete"), "DELETE", server, teacher);
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->state()->servers.value(sid).deleted, 10000);
    rec(QStringLiteral("nova-servers-changes-since"), "GET", nova + QStringLiteral("/servers/detail?changes-since=") + since, teacher);
    rec(QStringLiteral("glance-image-delete"), "DELETE", image, teacher);
    rec(QStringLiteral("keystone-token-revoke"), "DELETE", QStringLiteral("/identity/v3/auth/tokens"), admin, {}, {{"X-Subject-Token", teacher}});
}

// ---------------------------------------------------------------------------------------------
void TestDemoCloudDrift::compare_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(m_dataDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 50);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(5))) << f;
}

void TestDemoCloudDrift::compare()
{
    QFETCH(QString, file);
    QFile f(m_dataDir + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject recorded = QJsonDocument::fromJson(f.readAll()).object();
    const QString name = file.chopped(5);
    QVERIFY2(m_sim.contains(name), qPrintable(QStringLiteral("no simulated counterpart for %1 (%2): add it to runScenario()")
                                                  .arg(name, recorded.value(QLatin1String("request")).toString())));
    const Captured &sim = m_sim[name];
    QCOMPARE(sim.status, recorded.value(QLatin1String("status")).toInt());

    const QJsonObject headers = recorded.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray key = it.key().toLatin1();
        QVERIFY2(sim.headers.contains(key), qPrintable(QStringLiteral("header %1 missing").arg(it.key())));
        if (key == "content-type" || key == "vary")
            QCOMPARE(QString::fromLatin1(sim.headers.value(key)), it.value().toString());
        if (key == "x-openstack-request-id")
            QVERIFY(sim.headers.value(key).startsWith("req-"));
        if (key == "openstack-api-version")
            QCOMPARE(sim.headers.value(key).left(10), it.value().toString().toLatin1().left(10)); // "compute 2."
    }
    QStringList diffs;
    compareShape(recorded.value(QLatin1String("body")), sim.body, QStringLiteral("body"), &diffs);
    QVERIFY2(diffs.isEmpty(), qPrintable(QStringLiteral("%1 differences:\n  ").arg(diffs.size()) + diffs.join(QStringLiteral("\n  "))));
}

// The comparison itself: a missing key, an extra key and a changed type are all reported.
void TestDemoCloudDrift::comparisonDetectsDrift()
{
    QFile f(m_dataDir + QStringLiteral("/nova-server-show.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject real = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("body")).toObject();
    QStringList diffs;
    compareShape(real, real, QStringLiteral("body"), &diffs);
    QVERIFY(diffs.isEmpty());

    QJsonObject server = real.value(QLatin1String("server")).toObject();
    server.remove(QStringLiteral("OS-EXT-STS:task_state"));
    server.insert(QStringLiteral("progress"), QStringLiteral("0"));
    server.insert(QStringLiteral("host"), QStringLiteral("x"));
    QJsonObject address = server[QLatin1String("addresses")][QLatin1String("lab-net")][0].toObject();
    address.insert(QStringLiteral("version"), QStringLiteral("4"));
    server.insert(QStringLiteral("addresses"), QJsonObject{{QStringLiteral("other-net"), QJsonArray{address}}});
    compareShape(real, QJsonObject{{QStringLiteral("server"), server}}, QStringLiteral("body"), &diffs);
    QCOMPARE(diffs.size(), 4);
    QVERIFY(diffs.contains(QStringLiteral("body.server.OS-EXT-STS:task_state: missing in the simulator")));
    QVERIFY(diffs.contains(QStringLiteral("body.server.host: only in the simulator")));
    QVERIFY(diffs.contains(QStringLiteral("body.server.progress: real number, simulator string")));
    QVERIFY(diffs.contains(QStringLiteral("body.server.addresses[*][0].version: real number, simulator string")));
}

QTEST_GUILESS_MAIN(TestDemoCloudDrift)
#include "tst_democloud_drift.moc"
