// The task engine against the real OpenStack test bed: batches of create (with floating IPs)
// and delete (releasing them), suspend, resume, a failing item among good ones, a resumed BUILD
// that adopts the server a killed process made. Every test function makes the desktops it needs
// (prefix of its own) and a fresh engine + journal (EngineFixture): none depends on another.
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "enginefixture.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createBatchGetsAddressesDeleteReleasesThem();
    void suspendAndResumeBatch();
    void failingItemDoesNotSpoilTheBatch();
    void resumedBuildAdoptsInsteadOfDuplicating();

private:
    BatchSnapshot runBatch(TaskKind kind, const QList<TaskSpec> &specs, int timeoutMs)
    {
        return m_f->runBatch(kind, specs, timeoutMs);
    }
    QList<Server> ours() const;
    QList<TaskSpec> specsFor(TaskKind kind, const QList<Server> &servers) const;
    // n ACTIVE desktops made directly through Nova (no engine, no address), named with the prefix.
    QList<Server> makeDesktops(int n);

    CloudConfig m_config;
    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<RestClient> m_client;
    QString m_prefix; // per test function
    QString m_imageId;
    QString m_flavorId;
    QString m_networkId;
};

void TestEngine::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-school", m_config);
    auto session = std::make_shared<CloudSession>(m_config);
    RestClient client(session);
    ComputeApi compute(&client);
    ImageApi images(&client);
    NetworkApi network(&client);
    auto flavors = waitFor<QList<Flavor>>([&](QObject *c, ApiCallback<QList<Flavor>> cb) { compute.listFlavors(c, cb); });
    QVERIFY2(flavors.ok(), qPrintable(flavors.error().detail()));
    for (const Flavor &f : flavors.value())
        if (f.name == QLatin1String("desk.tiny"))
            m_flavorId = f.id;
    auto imgs = waitFor<QList<Image>>([&](QObject *c, ApiCallback<QList<Image>> cb) { images.listImages(c, cb); });
    QVERIFY2(imgs.ok(), qPrintable(imgs.error().detail()));
    for (const Image &i : imgs.value())
        if (i.name == QLatin1String("ubuntu-22.04-desktop"))
            m_imageId = i.id;
    auto nets = waitFor<QList<Network>>([&](QObject *c, ApiCallback<QList<Network>> cb) { network.listNetworks(c, cb); });
    QVERIFY2(nets.ok(), qPrintable(nets.error().detail()));
    for (const Network &n : nets.value())
        if (n.name == QLatin1String("lab-net"))
            m_networkId = n.id;
    QVERIFY(!m_flavorId.isEmpty() && !m_imageId.isEmpty() && !m_networkId.isEmpty());
}

void TestEngine::init()
{
    m_prefix = QStringLiteral("eng-%1-").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    EngineSettings s;
    s.concurrency = 4;
    s.actionRetryDelayMs = 2000;
    s.waitPollMs = 1000;
    s.waitTimeoutSeconds = 240;
    s.detectTimeoutSeconds = 2; // the bed's addresses are not routable: DETECT warns
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 500;
    m_f = std::make_unique<EngineFixture>();
    QVERIFY2(m_f->start(m_config, s), qPrintable(m_f->error()));
    m_client = std::make_unique<RestClient>(m_f->session());
}

void TestEngine::cleanup()
{
    // Whatever the function left (also after a failure): deleted through the engine, which
    // releases the addresses it allocated.
    if (m_f && m_f->engine()) {
        const QList<TaskSpec> specs = specsFor(TaskKind::Delete, ours());
        if (!specs.isEmpty()) {
            const BatchSnapshot b = runBatch(TaskKind::Delete, specs, 180000);
            if (b.done != specs.size())
                qWarning("cleanup: %d of %lld desktops deleted", b.done, qlonglong(specs.size()));
        }
    }
    m_client.reset();
    m_f.reset();
}

QList<Server> TestEngine::ours() const
{
    QList<Server> out;
    for (const Server &s : m_f->inventory()->servers())
        if (s.name.startsWith(m_prefix))
            out << s;
    return out;
}

QList<TaskSpec> TestEngine::specsFor(TaskKind kind, const QList<Server> &servers) const
{
    QList<TaskSpec> specs;
    for (const Server &s : servers) {
        TaskSpec t;
        t.kind = kind;
        t.serverId = s.id;
        t.serverName = s.name;
        specs << t;
    }
    return specs;
}

QList<Server> TestEngine::makeDesktops(int n)
{
    ComputeApi compute(m_client.get());
    QSet<QString> ids;
    for (int i = 1; i <= n; ++i) {
        ServerCreateSpec create;
        create.name = m_prefix + QStringLiteral("d%1").arg(i);
        create.imageId = m_imageId;
        create.flavorId = m_flavorId;
        create.networkId = m_networkId;
        create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
        create.tags << QString::fromLatin1(PhoenixMeta::Tag);
        auto made = waitFor<Server>([&](QObject *c, ApiCallback<Server> cb) { compute.createServer(create, c, cb); });
        if (!made) {
            qWarning("create %s: %s", qPrintable(create.name), qPrintable(made.error().detail()));
            return {};
        }
        ids.insert(made.value().id);
    }
    auto allActive = [this, &ids] {
        int active = 0;
        for (const Server &s : ours())
            active += ids.contains(s.id) && s.status == QLatin1String("ACTIVE") && s.taskState.isEmpty() ? 1 : 0;
        return active == ids.size();
    };
    m_f->inventory()->requestFastPoll();
    if (!QTest::qWaitFor(allActive, 180000))
        return {};
    return ours();
}

void TestEngine::createBatchGetsAddressesDeleteReleasesThem()
{
    QList<TaskSpec> specs;
    for (int i = 1; i <= 3; ++i) {
        TaskSpec t;
        t.kind = TaskKind::Create;
        t.serverName = m_prefix + QStringLiteral("stu%1").arg(i);
        t.create.imageId = m_imageId;
        t.create.flavorId = m_flavorId;
        t.create.networkId = m_networkId;
        t.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
        t.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("engine-test"));
        specs << t;
    }
    const BatchSnapshot b = runBatch(TaskKind::Create, specs, 300000);
    QCOMPARE(b.total, 3);
    for (const TaskSnapshot &t : m_f->engine()->tasksOfBatch(b.id)) {
        QVERIFY2(t.state == TaskState::Done, qPrintable(t.spec.serverName + QStringLiteral(": ") + t.error));
        QCOMPARE(t.history.size(), 4); // BUILD, WAIT, FLOATING, DETECT — all recorded
        QVERIFY2(t.history.last().warning, qPrintable(t.history.last().message)); // not reachable from here: warned
        QVERIFY(!t.spec.serverId.isEmpty());
        QVERIFY2(t.history.at(2).message.contains(QLatin1String("203.0.113.")), qPrintable(t.history.at(2).message));
    }
    QCOMPARE(b.done, 3);
    QCOMPARE(m_f->auditCount(b.id, QStringLiteral("create"), QStringLiteral("done")), 3); // every item audited
    // every desktop has its own floating address in the inventory
    auto allHaveFloating = [this] {
        const QList<Server> list = ours();
        return list.size() == 3 && std::all_of(list.begin(), list.end(), [](const Server &s) { return !s.floatingAddress().isEmpty(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allHaveFloating(), 60000);
    QSet<QString> addresses;
    for (const Server &s : ours()) {
        addresses.insert(s.floatingAddress());
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QVERIFY(!s.meta(PhoenixMeta::Task).isEmpty());
        QVERIFY(s.tags.contains(QLatin1String("phoenix")));
    }
    QCOMPARE(addresses.size(), 3);

    // Deleting them gives the addresses Phoenix allocated back.
    const QList<TaskSpec> deletes = specsFor(TaskKind::Delete, ours());
    const BatchSnapshot d = runBatch(TaskKind::Delete, deletes, 180000);
    QCOMPARE(d.done, 3);
    QCOMPARE(m_f->auditCount(d.id, QStringLiteral("delete"), QStringLiteral("done")), 3);
    QTRY_VERIFY_WITH_TIMEOUT(ours().isEmpty(), 30000);
    NetworkApi network(m_client.get());
    auto fips = waitFor<QList<FloatingIp>>([&](QObject *c, ApiCallback<QList<FloatingIp>> cb) { network.listFloatingIps(c, cb); });
    QVERIFY(fips.ok());
    for (const FloatingIp &f : fips.value())
        QVERIFY2(!addresses.contains(f.floatingIpAddress), qPrintable(f.floatingIpAddress + QStringLiteral(" was left behind")));
    for (const TaskSnapshot &t : m_f->engine()->tasksOfBatch(d.id)) {
        QCOMPARE(t.history.first().stage, Stage::Disassociate);
        QVERIFY(t.history.first().message.contains(QLatin1String("203.0.113.")));
    }
}

void TestEngine::suspendAndResumeBatch()
{
    const QList<TaskSpec> specs = specsFor(TaskKind::Suspend, makeDesktops(3));
    QCOMPARE(specs.size(), 3);
    BatchSnapshot b = runBatch(TaskKind::Suspend, specs, 180000);
    QCOMPARE(b.done, 3);
    for (const Server &s : ours())
        QCOMPARE(s.status, QStringLiteral("SUSPENDED"));

    const QList<TaskSpec> resumes = specsFor(TaskKind::Resume, ours());
    b = runBatch(TaskKind::Resume, resumes, 180000);
    QCOMPARE(b.done, 3);
    for (const Server &s : ours())
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
    QCOMPARE(m_f->auditCount(b.id, QStringLiteral("resume"), QStringLiteral("done")), 3);

    // Resuming what already runs is skipped, not an error (a resumed action reads the state first).
    b = runBatch(TaskKind::Resume, resumes.mid(0, 1), 60000);
    QCOMPARE(b.done, 1);
    const TaskSnapshot t = m_f->engine()->tasksOfBatch(b.id).first();
    QVERIFY2(t.history.first().message.contains(QLatin1String("ACTIVE")), qPrintable(t.history.first().message));
}

void TestEngine::failingItemDoesNotSpoilTheBatch()
{
    const QList<Server> servers = makeDesktops(2);
    QCOMPARE(servers.size(), 2);
    TaskSpec good;
    good.kind = TaskKind::Rebuild;
    good.serverId = servers.at(0).id;
    good.serverName = servers.at(0).name;
    TaskSpec bad = good;
    bad.serverId = servers.at(1).id;
    bad.serverName = servers.at(1).name;
    bad.imageId = QUuid::createUuid().toString(QUuid::WithoutBraces); // no such image
    const BatchSnapshot b = runBatch(TaskKind::Rebuild, {good, bad}, 180000);
    QCOMPARE(b.done, 1);
    QCOMPARE(b.failed, 1);
    for (const TaskSnapshot &t : m_f->engine()->tasksOfBatch(b.id)) {
        if (t.spec.serverId == bad.serverId) {
            QCOMPARE(t.state, TaskState::Failed);
            QVERIFY(!t.history.isEmpty());
            QVERIFY(!t.history.last().ok);
            QVERIFY2(!t.requestId.isEmpty(), qPrintable(t.error));
            QVERIFY(t.error.contains(t.requestId));
        } else {
            QCOMPARE(t.state, TaskState::Done);
        }
    }
    // the failed desktop was not touched: still ACTIVE, never marked otherwise by the failure
    QCOMPARE(m_f->inventory()->server(bad.serverId)->status, QStringLiteral("ACTIVE"));
    // both audited, the failure with Nova's request ID
    QCOMPARE(m_f->auditCount(b.id, QStringLiteral("rebuild"), QStringLiteral("done")), 1);
    QCOMPARE(m_f->auditCount(b.id, QStringLiteral("rebuild"), QStringLiteral("failed")), 1);
    for (const TaskRecord &r : m_f->journaledTasks(b.id)) {
        if (r.state == TaskState::Failed)
            QVERIFY2(r.requestId.startsWith(QLatin1String("req-")), qPrintable(r.error));
    }
}

void TestEngine::resumedBuildAdoptsInsteadOfDuplicating()
{
    // The crash window of BUILD: Nova created the server, the process died before the journal
    // learned its id. Make exactly that state: a server tagged with a task id, and the journal's
    // unfinished task with that id at BUILD without a target.
    const QString taskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString name = m_prefix + QStringLiteral("crash");
    ComputeApi compute(m_client.get());
    ServerCreateSpec create;
    create.name = name;
    create.imageId = m_imageId;
    create.flavorId = m_flavorId;
    create.networkId = m_networkId;
    create.metadata.insert(QString::fromLatin1(PhoenixMeta::Task), taskId);
    create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher"));
    create.tags << QStringLiteral("phoenix");
    auto made = waitFor<Server>([&](QObject *c, ApiCallback<Server> cb) { compute.createServer(create, c, cb); });
    QVERIFY2(made.ok(), qPrintable(made.error().detail()));

    TaskSnapshot t;
    t.id = taskId;
    t.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.spec.kind = TaskKind::Create;
    t.spec.serverName = name;
    t.spec.create = create;
    t.spec.create.metadata.remove(QString::fromLatin1(PhoenixMeta::Task));
    t.chain = stageChain(TaskKind::Create);
    t.state = TaskState::Running;
    t.user = QStringLiteral("labadmin");
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_f->journal()->saveTask(t));

    QSignalSpy resumed(m_f->engine(), &TaskEngine::tasksResumed);
    m_f->engine()->resumeUnfinished();
    // emitted from a worker, possibly before a wait() could start: poll the spy instead
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 30000);
    QCOMPARE(resumed.first().first().toInt(), 1);
    QVERIFY(m_f->waitBatch(t.batchId, 240000).isFinished());
    const auto done = m_f->engine()->task(taskId);
    QVERIFY(done.has_value());
    QVERIFY2(done->state == TaskState::Done, qPrintable(done->error));
    QCOMPARE(done->spec.serverId, made.value().id);
    QVERIFY(done->history.first().message.contains(QLatin1String("Adopted")));
    int named = 0;
    for (const Server &s : m_f->inventory()->servers())
        named += s.name == name ? 1 : 0;
    QCOMPARE(named, 1);
    QCOMPARE(m_f->journal()->loadUnfinished().size(), 0);
    QCOMPARE(m_f->auditCount(t.batchId, QStringLiteral("create"), QStringLiteral("done")), 1);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
