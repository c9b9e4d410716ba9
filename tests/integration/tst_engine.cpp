// The task engine against the real OpenStack test bed: batches of create, suspend, resume, a
// failing item among good ones, delete with floating IP release.
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "cloud/imageapi.h"
#include "models/engine/storejournal.h"
#include "models/engine/inventory.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/engine/taskengine.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createBatchGetsAddresses();
    void suspendAndResumeBatch();
    void failingItemDoesNotSpoilTheBatch();
    void resumedBuildAdoptsInsteadOfDuplicating();
    void everyItemIsAudited();
    void deleteReleasesAddresses();
    void cleanupTestCase();

private:
    BatchSnapshot runBatch(TaskKind kind, const QList<TaskSpec> &specs, int timeoutMs);
    QList<Server> ours() const;

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<StoreJournal> m_journal;
    CloudSessionPtr m_session;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<TaskEngine> m_engine;
    QString m_prefix;
    QString m_imageId;
    QString m_flavorId;
    QString m_networkId;
    QSet<QString> m_addresses; // floating IPs the create batch allocated
};

void TestEngine::initTestCase()
{
    CloudConfig config;
    REQUIRE_LAB_CLOUD("lab-school", config);
    m_session = std::make_shared<CloudSession>(config);
    m_client = std::make_unique<RestClient>(m_session);
    m_prefix = QStringLiteral("eng-%1-").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));

    ComputeApi compute(m_client.get());
    ImageApi images(m_client.get());
    NetworkApi network(m_client.get());
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

    m_inventory = std::make_unique<Inventory>(m_session, nullptr);
    m_inventory->setPollIntervals(1, 5);
    QSignalSpy first(m_inventory.get(), &Inventory::refreshed);
    m_inventory->start();
    QVERIFY(first.wait(30000));
    const CloudError dbError = m_db.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("phoenix.sqlite")));
    QVERIFY2(!dbError, qPrintable(dbError.detail()));
    m_journal = std::make_unique<StoreJournal>(&m_db, m_inventory->scope(), config.projectName);
    m_engine = std::make_unique<TaskEngine>(m_session, m_inventory.get(), m_journal.get());
    EngineSettings s;
    s.concurrency = 4;
    s.actionRetryDelayMs = 2000;
    s.waitPollMs = 1000;
    s.waitTimeoutSeconds = 240;
    s.detectTimeoutSeconds = 2; // the bed's addresses are not routable: DETECT warns
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 500;
    m_engine->setSettings(s);
}

BatchSnapshot TestEngine::runBatch(TaskKind kind, const QList<TaskSpec> &specs, int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &TaskEngine::batchFinished);
    const QString id = m_engine->submitBatch(QStringLiteral("test"), kind, specs);
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const auto b = args.first().value<BatchSnapshot>();
            if (b.id == id)
                return b;
        }
        if (!finished.wait(timeoutMs))
            return {};
    }
}

QList<Server> TestEngine::ours() const
{
    QList<Server> out;
    for (const Server &s : m_inventory->servers())
        if (s.name.startsWith(m_prefix))
            out << s;
    return out;
}

void TestEngine::createBatchGetsAddresses()
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
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(b.id)) {
        QVERIFY2(t.state == TaskState::Done, qPrintable(t.spec.serverName + QStringLiteral(": ") + t.error));
        QCOMPARE(t.history.size(), 4); // BUILD, WAIT, FLOATING, DETECT — all recorded
        QVERIFY2(t.history.last().warning, qPrintable(t.history.last().message)); // not reachable from here: warned
        QVERIFY(!t.spec.serverId.isEmpty());
    }
    QCOMPARE(b.done, 3);
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(b.id))
        QVERIFY2(t.history.at(2).message.contains(QLatin1String("203.0.113.")), qPrintable(t.history.at(2).message));
    // every desktop has its own floating address in the inventory
    auto allHaveFloating = [this] {
        const QList<Server> list = ours();
        return list.size() == 3 && std::all_of(list.begin(), list.end(), [](const Server &s) { return !s.floatingAddress().isEmpty(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allHaveFloating(), 60000);
    QSet<QString> addresses;
    for (const Server &s : ours()) {
        QStringList a;
        for (const ServerAddress &x : s.addresses)
            a << x.type + QLatin1Char('=') + x.address;
        qInfo() << s.name << a;
        addresses.insert(s.floatingAddress());
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QVERIFY(!s.meta(PhoenixMeta::Task).isEmpty());
        QVERIFY(s.tags.contains(QLatin1String("phoenix")));
    }
    QCOMPARE(addresses.size(), 3);
    m_addresses = addresses;
}

void TestEngine::suspendAndResumeBatch()
{
    QList<TaskSpec> specs;
    for (const Server &s : ours()) {
        TaskSpec t;
        t.kind = TaskKind::Suspend;
        t.serverId = s.id;
        t.serverName = s.name;
        specs << t;
    }
    QCOMPARE(specs.size(), 3);
    BatchSnapshot b = runBatch(TaskKind::Suspend, specs, 180000);
    QCOMPARE(b.done, 3);
    for (const Server &s : ours())
        QCOMPARE(s.status, QStringLiteral("SUSPENDED"));

    for (TaskSpec &t : specs)
        t.kind = TaskKind::Resume;
    b = runBatch(TaskKind::Resume, specs, 180000);
    QCOMPARE(b.done, 3);
    for (const Server &s : ours())
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));

    // Resuming what already runs is skipped, not an error (a resumed action reads the state first).
    b = runBatch(TaskKind::Resume, specs.mid(0, 1), 60000);
    QCOMPARE(b.done, 1);
    const TaskSnapshot t = m_engine->tasksOfBatch(b.id).first();
    QVERIFY(t.history.first().message.contains(QLatin1String("ACTIVE")));
}

void TestEngine::failingItemDoesNotSpoilTheBatch()
{
    const QList<Server> servers = ours();
    QVERIFY(servers.size() >= 2);
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
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(b.id)) {
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
    QCOMPARE(m_inventory->server(bad.serverId)->status, QStringLiteral("ACTIVE"));
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
    QVERIFY(!m_journal->saveTask(t));

    QSignalSpy finished(m_engine.get(), &TaskEngine::batchFinished);
    QSignalSpy resumed(m_engine.get(), &TaskEngine::tasksResumed);
    m_engine->resumeUnfinished();
    // emitted from a worker, possibly before a wait() could start: poll the spy instead
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 30000);
    QCOMPARE(resumed.first().first().toInt(), 1);
    QVERIFY(finished.wait(240000));
    const auto done = m_engine->task(taskId);
    QVERIFY(done.has_value());
    QVERIFY2(done->state == TaskState::Done, qPrintable(done->error));
    QCOMPARE(done->spec.serverId, made.value().id);
    QVERIFY(done->history.first().message.contains(QLatin1String("Adopted")));
    int named = 0;
    for (const Server &s : m_inventory->servers())
        named += s.name == name ? 1 : 0;
    QCOMPARE(named, 1);
    QCOMPARE(m_journal->loadUnfinished().size(), 0);
}

void TestEngine::everyItemIsAudited()
{
    AuditLog audit(&m_db);
    const auto entries = audit.query();
    QVERIFY2(entries.ok(), qPrintable(entries.error().detail()));
    int creates = 0;
    int failedRebuilds = 0;
    for (const AuditEntry &e : entries.value()) {
        QCOMPARE(e.user, QStringLiteral("labadmin"));
        QVERIFY(!e.taskId.isEmpty() && !e.batchId.isEmpty());
        if (e.action == QLatin1String("create") && e.result == QLatin1String("done"))
            ++creates;
        if (e.action == QLatin1String("rebuild") && e.result == QLatin1String("failed")) {
            ++failedRebuilds;
            QVERIFY(!e.requestId.isEmpty());
        }
    }
    QCOMPARE(creates, 4);
    QCOMPARE(failedRebuilds, 1);
}

void TestEngine::deleteReleasesAddresses()
{
    QList<TaskSpec> specs;
    for (const Server &s : ours()) {
        TaskSpec t;
        t.kind = TaskKind::Delete;
        t.serverId = s.id;
        t.serverName = s.name;
        specs << t;
    }
    const BatchSnapshot b = runBatch(TaskKind::Delete, specs, 180000);
    QCOMPARE(b.done, specs.size());
    QVERIFY(ours().isEmpty());
    NetworkApi network(m_client.get());
    auto fips = waitFor<QList<FloatingIp>>([&](QObject *c, ApiCallback<QList<FloatingIp>> cb) { network.listFloatingIps(c, cb); });
    QVERIFY(fips.ok());
    QCOMPARE(m_addresses.size(), 3);
    for (const FloatingIp &f : fips.value())
        QVERIFY2(!m_addresses.contains(f.floatingIpAddress), qPrintable(f.floatingIpAddress + QStringLiteral(" was left behind")));
    for (const TaskSnapshot &t : m_engine->tasksOfBatch(b.id)) {
        QCOMPARE(t.history.first().stage, Stage::Disassociate);
        QVERIFY(t.history.first().message.contains(QLatin1String("203.0.113.")));
    }
}

void TestEngine::cleanupTestCase()
{
    if (!m_engine)
        return;
    // Best effort: anything a failed test left behind.
    QList<TaskSpec> specs;
    for (const Server &s : ours()) {
        TaskSpec t;
        t.kind = TaskKind::Delete;
        t.serverId = s.id;
        t.serverName = s.name;
        specs << t;
    }
    if (!specs.isEmpty())
        runBatch(TaskKind::Delete, specs, 120000);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
