// The demo cloud driven through the real client code (CloudSession, RestClient, ComputeApi,
// ImageApi, NetworkApi): sign-in, paging and filters, the life of a server, conflicts, images,
// floating IPs, quotas, microversions, token revocation. The cloud runs at test speed.
#include "cloud/computeapi.h"
#include "cloud/demo/democloud.h"
#include "demoawait.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using DemoAwait::await;

class TestDemoCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seededSchool();
    void passwordSignIn();
    void applicationCredentialSignIn();
    void wrongPasswordIsUnauthorized();
    void pagingFollowsMarkers();
    void grownCampusListsInPages();
    void listFilters_data();
    void listFilters();
    void createBuildsToActive();
    void buildFailureGoesToError();
    void actionConflicts();
    void lifecycleActions();
    void deleteKeepsServerForChangesSince();
    void metadataAndTags();
    void quotaRefusesCreate();
    void microversions();
    void imagesPagingPatchDelete();
    void createImageGoesActive();
    void floatingIpShowsInAddresses();
    void limitsAndHypervisors();
    void consoleUrlServesPage();
    void revokedTokenReauthenticates();
    void softDeleteForceDeleteRestore();
    void httpServerBasics();
    void sameSeedSameCloud();

private:
    CloudSessionPtr session(const QString &user);
    Server createServer(const QString &name);

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<RestClient> m_client;
    CloudSessionPtr m_session;
};

void TestDemoCloud::init()
{
    m_demo = std::make_unique<DemoCloud>();
    m_demo->setSpeed(DemoCloud::TestSpeed);
    m_demo->seedSchool();
    QVERIFY(m_demo->start() > 0);
    m_session = session(QStringLiteral("zhang.wei"));
    m_client = std::make_unique<RestClient>(m_session);
    m_client->setRetryBaseDelay(10);
}

void TestDemoCloud::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_demo.reset();
}

CloudSessionPtr TestDemoCloud::session(const QString &user)
{
    return std::make_shared<CloudSession>(m_demo->cloudConfig(user));
}

Server TestDemoCloud::createServer(const QString &name)
{
    ComputeApi compute(m_client.get());
    ServerCreateSpec spec;
    spec.name = name;
    spec.imageId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->imageId;
    spec.flavorId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->flavorId;
    spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
    spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Task), QStringLiteral("task-") + name);
    spec.tags << QString::fromLatin1(PhoenixMeta::Tag);
    Result<Server> created = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
    if (!created)
        qWarning() << created.error().detail();
    return created.ok() ? created.value() : Server();
}

// ---------------------------------------------------------------------------------------------
void TestDemoCloud::seededSchool()
{
    const DemoSchool school = m_demo->school();
    QCOMPARE(school.courses.size(), 3);
    int students = 0;
    for (const DemoCourse &c : school.courses)
        students += int(c.students.size());
    QCOMPARE(students, 60);
    QVERIFY(school.teachers.contains(QLatin1String("zhang.wei")));
    QVERIFY(!school.lessons.isEmpty());
    const qint64 firstIn = QDateTime::currentDateTimeUtc().secsTo(school.lessons.first().start);
    QVERIFY2(firstIn > 0 && firstIn <= 20 * 60, qPrintable(QString::number(firstIn)));

    int phoenix = 0, error = 0, running = 0;
    for (const DemoServer &s : m_demo->servers()) {
        phoenix += s.tags.contains(QLatin1String("phoenix")) ? 1 : 0;
        error += s.status() == QLatin1String("ERROR") ? 1 : 0;
        running += s.status() == QLatin1String("ACTIVE") ? 1 : 0;
    }
    QCOMPARE(phoenix, 66); // 60 students, 5 teachers, 1 template
    QCOMPARE(error, 1);
    QVERIFY(running > 5 && running < 20);
    const DemoServer *seat = m_demo->serverByName(QStringLiteral("db-01-stu07"));
    QVERIFY(seat);
    QCOMPARE(seat->metadata.value(QStringLiteral("phoenix:course")), QStringLiteral("db-01"));
    QCOMPARE(seat->metadata.value(QStringLiteral("phoenix:seat")), QStringLiteral("07"));
    QCOMPARE(seat->metadata.value(QStringLiteral("phoenix:owner")), school.courses.at(2).students.at(6));
}

void TestDemoCloud::passwordSignIn()
{
    ComputeApi compute(m_client.get());
    Result<QList<Flavor>> flavors = await<QList<Flavor>>([&](QObject *ctx, ApiCallback<QList<Flavor>> cb) { compute.listFlavors(ctx, cb); });
    QVERIFY2(flavors.ok(), qPrintable(flavors.error().detail()));
    QCOMPARE(flavors.value().size(), 4);
    const AuthState auth = m_session->auth();
    QCOMPARE(auth.userName, QStringLiteral("zhang.wei"));
    QCOMPARE(auth.projectName, QStringLiteral("school"));
    QVERIFY(auth.roles.contains(QLatin1String("member")));
    QVERIFY(!auth.isAdmin());
    QVERIFY(auth.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QCOMPARE(m_session->computeMicroversion(), RestClient::WantedComputeMinor);
    for (const char *type : {"compute", "image", "network", "identity"})
        QVERIFY(auth.catalog.endpoint(QString::fromLatin1(type), QStringLiteral("internal"), QStringLiteral("RegionOne")).isValid());
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("^/identity/v3/auth/tokens$")), 1);
}

void TestDemoCloud::applicationCredentialSignIn()
{
    auto s = std::make_shared<CloudSession>(m_demo->appCredentialConfig());
    RestClient client(s);
    const DemoAwait::Raw r = DemoAwait::send(client, ApiRequest::get(QStringLiteral("identity"), QStringLiteral("/auth/projects")));
    QVERIFY2(!r.error, qPrintable(r.error.detail()));
    QVERIFY(s->auth().isAdmin());
    QCOMPARE(s->auth().userName, QStringLiteral("labadmin"));
    QCOMPARE(r.json().value(QLatin1String("projects")).toArray().first()[QLatin1String("name")].toString(), QStringLiteral("school"));
}

void TestDemoCloud::wrongPasswordIsUnauthorized()
{
    CloudConfig config = m_demo->cloudConfig(QStringLiteral("li.na"));
    config.password = QStringLiteral("wrong");
    RestClient client(std::make_shared<CloudSession>(config));
    const DemoAwait::Raw r = DemoAwait::send(client, ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/flavors")));
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(r.error.fault(), QStringLiteral("Unauthorized"));
    QVERIFY(r.error.requestId().startsWith(QLatin1String("req-")));
    QVERIFY(r.error.userMessage().contains(r.error.requestId()));
}

void TestDemoCloud::pagingFollowsMarkers()
{
    ComputeApi compute(m_client.get());
    ServerQuery query;
    query.tags = {QStringLiteral("phoenix")};
    query.limit = 10;
    Result<QList<Server>> all = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(query, ctx, cb); });
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    QCOMPARE(all.value().size(), 66);
    QSet<QString> ids;
    for (const Server &s : all.value())
        ids.insert(s.id);
    QCOMPARE(ids.size(), 66); // no page repeated or skipped
    QCOMPARE(m_demo->requestCount("GET", QStringLiteral("/compute/v2.1/servers/detail")), 7);

    Result<ServerPage> page = await<ServerPage>([&](QObject *ctx, ApiCallback<ServerPage> cb) { compute.listServers(query, ctx, cb); });
    QVERIFY(page.ok());
    QCOMPARE(page.value().servers.size(), 10);
    QCOMPARE(page.value().nextMarker, page.value().servers.last().id);
    QVERIFY(page.value().servers.first().created >= page.value().servers.last().created); // newest first
}

void TestDemoCloud::grownCampusListsInPages()
{
    // Several schools on one campus (issue 18): 2,500 desktops come in pages of Nova's 1,000.
    QCOMPARE(m_demo->growSchool(2500), 2500);
    QCOMPARE(m_demo->growSchool(100), 2500); // never shrinks
    const DemoServer *seat = m_demo->serverByName(QStringLiteral("campus-c0001-s02"));
    QVERIFY(seat);
    QCOMPARE(seat->metadata.value(QStringLiteral("phoenix:course")), QStringLiteral("campus-c0001"));
    QVERIFY(seat->portIds.isEmpty());
    m_session = session(QString::fromLatin1(DemoCloud::AdminUser));
    m_client = std::make_unique<RestClient>(m_session);
    ComputeApi compute(m_client.get());
    m_demo->clearRequests();
    Result<QList<Server>> all = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers({}, ctx, cb); });
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    QSet<QString> names;
    int suspended = 0;
    for (const Server &s : all.value()) {
        names.insert(s.name);
        suspended += s.status == QLatin1String("SUSPENDED") ? 1 : 0;
    }
    QCOMPARE(names.size(), 2500);
    QVERIFY2(suspended >= 240, qPrintable(QString::number(suspended)));
    QCOMPARE(m_demo->requestCount("GET", QStringLiteral("/compute/v2.1/servers/detail")), 3);
    QVERIFY(createServer(QStringLiteral("after-growth")).id.size() > 0); // the quota grew to fit
}

void TestDemoCloud::listFilters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected");
    QTest::newRow("name regex") << "" << "^py-01-stu" << 24;
    QTest::newRow("course and status") << "SHUTOFF" << "^net-01-" << 14;
    QTest::newRow("error") << "ERROR" << "" << 1;
    QTest::newRow("no match") << "ACTIVE" << "^nothing" << 0;
}

void TestDemoCloud::listFilters()
{
    QFETCH(QString, status);
    QFETCH(QString, name);
    QFETCH(int, expected);
    ComputeApi compute(m_client.get());
    ServerQuery query;
    query.status = status;
    query.name = name;
    Result<QList<Server>> r = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(query, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    QCOMPARE(r.value().size(), expected);
    for (const Server &s : r.value()) {
        if (!status.isEmpty())
            QCOMPARE(s.status, status);
    }
}

void TestDemoCloud::createBuildsToActive()
{
    m_demo->holdTransitions(true);
    const Server created = createServer(QStringLiteral("py-01-stu25"));
    QVERIFY(!created.id.isEmpty());
    ComputeApi compute(m_client.get());
    Result<Server> building = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(created.id, ctx, cb); });
    QVERIFY(building.ok());
    QCOMPARE(building.value().status, QStringLiteral("BUILD"));
    QCOMPARE(building.value().taskState, QStringLiteral("scheduling"));
    QVERIFY(building.value().addresses.isEmpty());
    m_demo->holdTransitions(false);

    Result<Server> active = DemoAwait::waitForStatus(compute, created.id, QStringLiteral("ACTIVE"));
    QVERIFY2(active.ok(), qPrintable(active.error().detail()));
    const Server &s = active.value();
    QCOMPARE(s.powerState, 1);
    QCOMPARE(s.flavorName, QStringLiteral("desk.small"));
    QVERIFY(s.fixedAddress().startsWith(QLatin1String("10.20.0.")));
    QCOMPARE(s.meta(PhoenixMeta::Task), QStringLiteral("task-py-01-stu25"));
    QCOMPARE(s.tags, QStringList{QStringLiteral("phoenix")});
    QVERIFY(s.launchedAt.isValid());
    Result<QList<Port>> ports = await<QList<Port>>([&](QObject *ctx, ApiCallback<QList<Port>> cb) {
        NetworkApi(m_client.get()).listPorts(created.id, ctx, cb);
    });
    QVERIFY(ports.ok());
    QCOMPARE(ports.value().size(), 1);
    QCOMPARE(ports.value().first().fixedIps.first().ipAddress, s.fixedAddress());
}

void TestDemoCloud::buildFailureGoesToError()
{
    m_demo->failNextBuilds(1);
    const Server created = createServer(QStringLiteral("py-01-stu26"));
    ComputeApi compute(m_client.get());
    Result<Server> failed = DemoAwait::waitForStatus(compute, created.id, QStringLiteral("ERROR"));
    QVERIFY2(failed.ok(), qPrintable(failed.error().detail()));
    QVERIFY(failed.value().faultMessage.contains(QLatin1String("No valid host")));
    QVERIFY(failed.value().addresses.isEmpty());
    const Server next = createServer(QStringLiteral("py-01-stu27"));
    QVERIFY(DemoAwait::waitForStatus(compute, next.id, QStringLiteral("ACTIVE")).ok()); // only one failed
}

void TestDemoCloud::actionConflicts()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu01"))->id; // ACTIVE
    CallOptions once;
    once.maxRetries = 0;
    once.retryConflicts = false;
    m_demo->holdTransitions(true);
    Result<QString> stop = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(id, ServerAction::Stop, {}, ctx, cb); });
    QVERIFY2(stop.ok(), qPrintable(stop.error().detail()));
    // While it powers off, Nova refuses other actions with a task_state conflict.
    Result<QString> suspend = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        compute.serverAction(id, ServerAction::Suspend, {}, ctx, cb, once);
    });
    QVERIFY(!suspend.ok());
    QVERIFY(suspend.error().isTaskStateConflict());
    QCOMPARE(suspend.error().fault(), QStringLiteral("conflictingRequest"));
    QCOMPARE(suspend.error().message(), QStringLiteral("Cannot 'suspend' instance %1 while it is in task_state powering-off").arg(id));
    QVERIFY(suspend.error().requestId().startsWith(QLatin1String("req-")));
    m_demo->holdTransitions(false);
    QVERIFY(DemoAwait::waitForStatus(compute, id, QStringLiteral("SHUTOFF")).ok());
    // In the wrong vm_state it is a conflict that retrying does not fix.
    Result<QString> resume = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(id, ServerAction::Resume, {}, ctx, cb); });
    QVERIFY(resume.error().isConflict());
    QVERIFY(!resume.error().isTaskStateConflict());
    QVERIFY(resume.error().message().endsWith(QLatin1String("vm_state stopped")));
}

void TestDemoCloud::lifecycleActions()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu02"))->id; // ACTIVE
    struct Step
    {
        ServerAction action;
        QJsonObject args;
        const char *status;
    };
    const QString imageId = m_demo->serverByName(QStringLiteral("py-01-stu02"))->imageId;
    const QList<Step> steps = {{ServerAction::Suspend, {}, "SUSPENDED"},  {ServerAction::Resume, {}, "ACTIVE"},
                               {ServerAction::Pause, {}, "PAUSED"},       {ServerAction::Unpause, {}, "ACTIVE"},
                               {ServerAction::RebootSoft, {}, "ACTIVE"},  {ServerAction::Stop, {}, "SHUTOFF"},
                               {ServerAction::RebootHard, {}, "ACTIVE"},  {ServerAction::Rebuild, {{QStringLiteral("imageRef"), imageId}}, "ACTIVE"},
                               {ServerAction::Shelve, {}, "SHELVED_OFFLOADED"}, {ServerAction::Unshelve, {}, "ACTIVE"}};
    for (const Step &step : steps) {
        Result<QString> r = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(id, step.action, step.args, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(step.status), r.error().detail())));
        Result<Server> s = DemoAwait::waitForStatus(compute, id, QString::fromLatin1(step.status));
        QVERIFY2(s.ok(), qPrintable(s.error().detail()));
    }
    Result<QList<InstanceAction>> actions = await<QList<InstanceAction>>([&](QObject *ctx, ApiCallback<QList<InstanceAction>> cb) {
        compute.instanceActions(id, ctx, cb);
    });
    QVERIFY(actions.ok());
    QCOMPARE(actions.value().first().action, QStringLiteral("unshelve")); // newest first
    QCOMPARE(actions.value().last().action, QStringLiteral("create"));
    QCOMPARE(actions.value().size(), 1 + steps.size());
}

void TestDemoCloud::deleteKeepsServerForChangesSince()
{
    ComputeApi compute(m_client.get());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu05"))->id;
    Result<bool> del = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteServer(id, ctx, cb); });
    QVERIFY2(del.ok(), qPrintable(del.error().detail()));
    QVERIFY(DemoAwait::waitForStatus(compute, id, QStringLiteral("GONE")).ok());
    ServerQuery query;
    query.changesSince = before;
    Result<QList<Server>> changed = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(query, ctx, cb); });
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().size(), 1);
    QCOMPARE(changed.value().first().id, id);
    QCOMPARE(changed.value().first().status, QStringLiteral("DELETED"));
    QVERIFY(changed.value().first().isDeleted());
    // its port is gone, the floating IPs of others are untouched
    Result<QList<Port>> ports = await<QList<Port>>([&](QObject *ctx, ApiCallback<QList<Port>> cb) { NetworkApi(m_client.get()).listPorts(id, ctx, cb); });
    QVERIFY(ports.ok() && ports.value().isEmpty());
}

void TestDemoCloud::metadataAndTags()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("net-01-stu04"))->id;
    Result<bool> set = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) {
        compute.setMetadata(id, {{QStringLiteral("phoenix:expires"), QStringLiteral("2030-01-01T10:00:00Z")}}, ctx, cb);
    });
    QVERIFY2(set.ok(), qPrintable(set.error().detail()));
    QCOMPARE(m_demo->serverByName(QStringLiteral("net-01-stu04"))->metadata.value(QStringLiteral("phoenix:expires")),
             QStringLiteral("2030-01-01T10:00:00Z"));
    QCOMPARE(m_demo->serverByName(QStringLiteral("net-01-stu04"))->metadata.value(QStringLiteral("phoenix:seat")), QStringLiteral("04"));
    Result<bool> del = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteMetadataItem(id, QStringLiteral("phoenix:expires"), ctx, cb); });
    QVERIFY2(del.ok(), qPrintable(del.error().detail())); // "phoenix:expires" must reach Nova as one path segment
    QVERIFY(!m_demo->serverByName(QStringLiteral("net-01-stu04"))->metadata.contains(QStringLiteral("phoenix:expires")));
    Result<bool> missing = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteMetadataItem(id, QStringLiteral("nope"), ctx, cb); });
    QVERIFY2(missing.error().isNotFound(), qPrintable(missing.error().detail()));
    QCOMPARE(missing.error().message(), QStringLiteral("Metadata item was not found"));
    const DemoAwait::Raw tag = DemoAwait::send(*m_client, ApiRequest::put(QStringLiteral("compute"), QStringLiteral("/servers/%1/tags/lesson-3").arg(id), {}));
    QCOMPARE(tag.status, 201);
    QVERIFY(m_demo->serverByName(QStringLiteral("net-01-stu04"))->tags.contains(QLatin1String("lesson-3")));
}

void TestDemoCloud::quotaRefusesCreate()
{
    DemoComputeQuota quota;
    quota.instances = 69; // the school has 68 servers
    m_demo->setComputeQuota(QStringLiteral("school"), quota);
    QVERIFY(!createServer(QStringLiteral("q-1")).id.isEmpty());
    ComputeApi compute(m_client.get());
    ServerCreateSpec spec;
    spec.name = QStringLiteral("q-2");
    spec.imageId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->imageId;
    spec.flavorId = m_demo->serverByName(QStringLiteral("py-01-stu01"))->flavorId;
    Result<Server> refused = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
    QCOMPARE(refused.error().httpStatus(), 403);
    QCOMPARE(refused.error().fault(), QStringLiteral("forbidden"));
    QCOMPARE(refused.error().message(), QStringLiteral("Quota exceeded for instances: Requested 1, but already used 69 of 69 instances"));
    Result<ComputeLimits> limits = await<ComputeLimits>([&](QObject *ctx, ApiCallback<ComputeLimits> cb) { compute.limits(ctx, cb); });
    QVERIFY(limits.ok());
    QCOMPARE(limits.value().maxInstances, 69);
    QCOMPARE(limits.value().usedInstances, 69);
}

void TestDemoCloud::microversions()
{
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu01"))->id;
    ApiRequest tooNew = ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers"));
    tooNew.headers = {{"OpenStack-API-Version", "compute 2.999"}};
    const DemoAwait::Raw refused = DemoAwait::send(*m_client, tooNew);
    QCOMPARE(refused.status, 406);
    QCOMPARE(refused.error.fault(), QStringLiteral("computeFault"));
    QVERIFY(refused.error.message().contains(QLatin1String("maximum is 2.93")));

    ApiRequest old = ApiRequest::get(QStringLiteral("compute"), QStringLiteral("/servers/") + id);
    old.headers = {{"OpenStack-API-Version", "compute 2.46"}};
    const QJsonObject flavor46 = DemoAwait::send(*m_client, old).json()[QLatin1String("server")][QLatin1String("flavor")].toObject();
    QVERIFY(flavor46.contains(QLatin1String("id")));
    QVERIFY(!flavor46.contains(QLatin1String("original_name")));
    old.headers = {{"OpenStack-API-Version", "compute 2.47"}};
    const QJsonObject flavor47 = DemoAwait::send(*m_client, old).json()[QLatin1String("server")][QLatin1String("flavor")].toObject();
    QCOMPARE(flavor47.value(QLatin1String("original_name")).toString(), QStringLiteral("desk.small"));
    QVERIFY(!flavor47.contains(QLatin1String("id")));
}

void TestDemoCloud::imagesPagingPatchDelete()
{
    ImageApi images(m_client.get());
    Result<QList<Image>> all = await<QList<Image>>([&](QObject *ctx, ApiCallback<QList<Image>> cb) { images.listImages(ctx, cb, 2); });
    QVERIFY2(all.ok(), qPrintable(all.error().detail()));
    QCOMPARE(all.value().size(), 4);
    QCOMPARE(m_demo->requestCount("GET", QStringLiteral("^/image/v2/images$")), 3); // 2 + 2 + an empty last page
    auto snapshot = std::find_if(all.value().cbegin(), all.value().cend(), [](const Image &i) { return i.visibility == QLatin1String("private"); });
    QVERIFY(snapshot != all.value().cend());
    QVERIFY(snapshot->isProtected);
    Result<Image> renamed = await<Image>([&](QObject *ctx, ApiCallback<Image> cb) {
        images.updateImage(snapshot->id, QStringLiteral("数据库原理 2025"), QString(), ctx, cb);
    });
    QVERIFY2(renamed.ok(), qPrintable(renamed.error().detail()));
    QCOMPARE(renamed.value().name, QStringLiteral("数据库原理 2025"));
    Result<bool> refused = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { images.deleteImage(snapshot->id, ctx, cb); });
    QCOMPARE(refused.error().httpStatus(), 403); // Glance answers 403 for protected images
    QVERIFY(refused.error().message().contains(QLatin1String("protected")));
    Result<Image> missing = await<Image>([&](QObject *ctx, ApiCallback<Image> cb) { images.getImage(QStringLiteral("nope"), ctx, cb); });
    QVERIFY2(missing.error().isNotFound(), qPrintable(missing.error().detail()));
    QVERIFY(missing.error().message().contains(QLatin1String("No image found with ID nope")));
}

void TestDemoCloud::createImageGoesActive()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("desk-zhang.wei"))->id;
    m_demo->holdTransitions(true);
    Result<QString> snap = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        compute.serverAction(id, ServerAction::CreateImage, {{QStringLiteral("name"), QStringLiteral("zhang.wei 2024")}}, ctx, cb);
    });
    QVERIFY2(snap.ok(), qPrintable(snap.error().detail()));
    QVERIFY(!snap.value().isEmpty());
    ImageApi images(m_client.get());
    Result<Image> queued = await<Image>([&](QObject *ctx, ApiCallback<Image> cb) { images.getImage(snap.value(), ctx, cb); });
    QCOMPARE(queued.value().status, QStringLiteral("queued"));
    Result<Server> snapshotting = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
    QCOMPARE(snapshotting.value().taskState, QStringLiteral("image_snapshot"));
    m_demo->holdTransitions(false);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 Result<Image> i = await<Image>([&](QObject *ctx, ApiCallback<Image> cb) { images.getImage(snap.value(), ctx, cb); });
                                 return i.ok() && i.value().status == QLatin1String("active");
                             }()),
                             10000);
    Result<Image> done = await<Image>([&](QObject *ctx, ApiCallback<Image> cb) { images.getImage(snap.value(), ctx, cb); });
    QCOMPARE(done.value().visibility, QStringLiteral("private"));
    QCOMPARE(done.value().properties.value(QStringLiteral("instance_uuid")).toString(), id);
    QVERIFY(DemoAwait::waitForStatus(compute, id, QStringLiteral("ACTIVE")).ok());
}

void TestDemoCloud::floatingIpShowsInAddresses()
{
    NetworkApi network(m_client.get());
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("py-01-stu03"))->id;
    Result<QList<Port>> ports = await<QList<Port>>([&](QObject *ctx, ApiCallback<QList<Port>> cb) { network.listPorts(id, ctx, cb); });
    QVERIFY(ports.ok() && ports.value().size() == 1);
    Result<QString> external = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        network.externalNetworkForPort(ports.value().first(), ctx, cb);
    });
    QVERIFY2(external.ok(), qPrintable(external.error().detail()));
    Result<FloatingIp> fip = await<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.createFloatingIp(external.value(), QStringLiteral("py-01-stu03"), ctx, cb);
    });
    QVERIFY2(fip.ok(), qPrintable(fip.error().detail()));
    QVERIFY(fip.value().floatingIpAddress.startsWith(QLatin1String("203.0.113.")));
    Result<FloatingIp> assoc = await<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.associateFloatingIp(fip.value().id, ports.value().first().id, QString(), ctx, cb);
    });
    QVERIFY2(assoc.ok(), qPrintable(assoc.error().detail()));
    QVERIFY(!assoc.value().routerId.isEmpty());
    Result<Server> s = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
    QCOMPARE(s.value().floatingAddress(), fip.value().floatingIpAddress);
    // a second floating IP on the same fixed IP is refused
    Result<FloatingIp> other = await<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.createFloatingIp(external.value(), QString(), ctx, cb);
    });
    Result<FloatingIp> clash = await<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.associateFloatingIp(other.value().id, ports.value().first().id, QString(), ctx, cb);
    });
    QCOMPARE(clash.error().fault(), QStringLiteral("FloatingIPPortAlreadyAssociated"));
    Result<FloatingIp> off = await<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.associateFloatingIp(fip.value().id, QString(), QString(), ctx, cb);
    });
    QVERIFY(off.ok() && !off.value().isAssociated());
    s = await<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
    QVERIFY(s.value().floatingAddress().isEmpty());
    Result<bool> gone = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { network.deleteFloatingIp(fip.value().id, ctx, cb); });
    QVERIFY(gone.ok());
    Result<bool> again = await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { network.deleteFloatingIp(fip.value().id, ctx, cb); });
    QCOMPARE(again.error().fault(), QStringLiteral("FloatingIPNotFound"));
}

void TestDemoCloud::limitsAndHypervisors()
{
    ComputeApi compute(m_client.get());
    Result<QList<Hypervisor>> refused = await<QList<Hypervisor>>([&](QObject *ctx, ApiCallback<QList<Hypervisor>> cb) { compute.listHypervisors(ctx, cb); });
    QCOMPARE(refused.error().httpStatus(), 403);
    RestClient adminClient(session(QStringLiteral("labadmin")));
    ComputeApi admin(&adminClient);
    Result<QList<Hypervisor>> hv = await<QList<Hypervisor>>([&](QObject *ctx, ApiCallback<QList<Hypervisor>> cb) { admin.listHypervisors(ctx, cb); });
    QVERIFY2(hv.ok(), qPrintable(hv.error().detail()));
    QCOMPARE(hv.value().size(), 2);
    int vms = 0;
    for (const Hypervisor &h : hv.value())
        vms += h.runningVms;
    const QList<DemoServer> servers = m_demo->servers();
    QCOMPARE(vms, int(std::count_if(servers.cbegin(), servers.cend(), [](const DemoServer &s) { return !s.host.isEmpty(); })));
    QCOMPARE(vms, 68); // all but the ERROR one and the shelved-offloaded one
    Result<ComputeLimits> limits = await<ComputeLimits>([&](QObject *ctx, ApiCallback<ComputeLimits> cb) { compute.limits(ctx, cb); });
    QCOMPARE(limits.value().usedInstances, 68);
    ServerQuery everyone;
    everyone.allTenants = true;
    Result<QList<Server>> all = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { admin.listAllServers(everyone, ctx, cb); });
    QCOMPARE(all.value().size(), 70);
    Result<QList<Server>> own = await<QList<Server>>([&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(everyone, ctx, cb); });
    QCOMPARE(own.value().size(), 68); // all_tenants means nothing to a member
}

void TestDemoCloud::consoleUrlServesPage()
{
    ComputeApi compute(m_client.get());
    const QString id = m_demo->serverByName(QStringLiteral("desk-zhang.wei"))->id;
    Result<RemoteConsole> console = await<RemoteConsole>([&](QObject *ctx, ApiCallback<RemoteConsole> cb) {
        compute.remoteConsole(id, QStringLiteral("vnc"), QStringLiteral("novnc"), ctx, cb);
    });
    QVERIFY2(console.ok(), qPrintable(console.error().detail()));
    QVERIFY(console.value().url.startsWith(m_demo->baseUrl() + QStringLiteral("/novnc/vnc_auto.html?path=%3Ftoken%3D")));
    QNetworkAccessManager nam;
    QNetworkReply *page = nam.get(QNetworkRequest(QUrl(console.value().url)));
    QTRY_VERIFY(page->isFinished());
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("desk-zhang.wei"));
    delete page;
    const QString suspended = m_demo->serverByName(QStringLiteral("desk-li.na"))->id;
    Result<RemoteConsole> notReady = await<RemoteConsole>([&](QObject *ctx, ApiCallback<RemoteConsole> cb) {
        compute.remoteConsole(suspended, QStringLiteral("vnc"), QStringLiteral("novnc"), ctx, cb);
    });
    QVERIFY(notReady.error().isConflict());
}

void TestDemoCloud::revokedTokenReauthenticates()
{
    ComputeApi compute(m_client.get());
    Result<QList<Flavor>> first = await<QList<Flavor>>([&](QObject *ctx, ApiCallback<QList<Flavor>> cb) { compute.listFlavors(ctx, cb); });
    QVERIFY(first.ok());
    const AuthState before = m_session->auth();
    ApiRequest revoke = ApiRequest::del(QStringLiteral("identity"), QStringLiteral("/auth/tokens"));
    revoke.headers = {{"X-Subject-Token", before.token}};
    QCOMPARE(DemoAwait::send(*m_client, revoke).status, 204);
    m_demo->clearRequests();
    Result<QList<Flavor>> second = await<QList<Flavor>>([&](QObject *ctx, ApiCallback<QList<Flavor>> cb) { compute.listFlavors(ctx, cb); });
    QVERIFY2(second.ok(), qPrintable(second.error().detail()));
    QVERIFY(m_session->auth().generation > before.generation);
    QVERIFY(m_session->auth().token != before.token);
    const QList<DemoRequestRecord> log = m_demo->requests();
    QCOMPARE(log.size(), 3); // 401, new token, replay
    QCOMPARE(log.at(0).status, 401);
    QCOMPARE(log.at(1).status, 201);
    QCOMPARE(log.at(2).status, 200);
}

void TestDemoCloud::softDeleteForceDeleteRestore()
{
    m_demo->setReclaimInterval(3600);
    ComputeApi compute(m_client.get());
    const QString a = m_demo->serverByName(QStringLiteral("py-01-stu06"))->id;
    const QString b = m_demo->serverByName(QStringLiteral("py-01-stu07"))->id;
    Result<QString> early = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(a, ServerAction::ForceDelete, {}, ctx, cb); });
    QVERIFY(early.error().message().endsWith(QLatin1String("vm_state suspended"))); // only a soft-deleted server can be
    for (const QString &id : {a, b})
        QVERIFY(await<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteServer(id, ctx, cb); }).ok());
    QVERIFY(DemoAwait::waitForStatus(compute, a, QStringLiteral("SOFT_DELETED")).ok());
    QVERIFY(DemoAwait::waitForStatus(compute, b, QStringLiteral("SOFT_DELETED")).ok());
    Result<QString> force = await<QString>([&](QObject *ctx, ApiCallback<QString> cb) { compute.serverAction(a, ServerAction::ForceDelete, {}, ctx, cb); });
    QVERIFY2(force.ok(), qPrintable(force.error().detail()));
    QVERIFY(DemoAwait::waitForStatus(compute, a, QStringLiteral("GONE")).ok());
    const DemoAwait::Raw restore = DemoAwait::send(*m_client, ApiRequest::post(QStringLiteral("compute"), QStringLiteral("/servers/%1/action").arg(b),
                                                                               QJsonDocument(QJsonObject{{QStringLiteral("restore"), QJsonValue::Null}})));
    QCOMPARE(restore.status, 202);
    QVERIFY(DemoAwait::waitForStatus(compute, b, QStringLiteral("ACTIVE")).ok());
}

void TestDemoCloud::httpServerBasics()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_demo->port());
    QVERIFY(socket.waitForConnected(5000));
    // two pipelined requests on one keep-alive connection: two replies, in order
    socket.write("GET /compute/v2.1 HTTP/1.1\r\nHost: x\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray in;
    QTRY_VERIFY((in += socket.readAll()).count("HTTP/1.1 ") == 2 && in.endsWith("/network\n"));
    QVERIFY(in.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(in.contains("\r\nx-openstack-request-id: req-"));
    QVERIFY(in.contains("\"version\":\"2.93\""));
    QVERIFY(in.contains("HTTP/1.1 404 Not Found\r\n"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // a body without Content-Length framing is refused, and the connection closed
    socket.write("POST /identity/v3/auth/tokens HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    in.clear();
    QTRY_VERIFY((in += socket.readAll()).contains("HTTP/1.1 411 Length Required"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestDemoCloud::sameSeedSameCloud()
{
    DemoCloud a;
    DemoCloud b;
    a.setRandomSeed(7);
    b.setRandomSeed(7);
    a.seedSchool();
    b.seedSchool();
    QCOMPARE(a.serverByName(QStringLiteral("net-01-stu20"))->id, b.serverByName(QStringLiteral("net-01-stu20"))->id);
    QCOMPARE(a.school().appCredentialId, b.school().appCredentialId);
    DemoCloud c;
    c.setRandomSeed(8);
    c.seedSchool();
    QVERIFY(a.serverByName(QStringLiteral("net-01-stu20"))->id != c.serverByName(QStringLiteral("net-01-stu20"))->id);
}

QTEST_GUILESS_MAIN(TestDemoCloud)
#include "tst_democloud.moc"
