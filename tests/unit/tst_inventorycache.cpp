#include "models/engine/inventory.h"
#include "models/store/inventorycache.h"
#include "storetestutil.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using StoreTest::Fixture;

namespace
{
const QString ScopeA = InventoryCache::scopeFor(QStringLiteral("https://keystone.school.example:5000/v3"),
                                                QStringLiteral("proj-a"));
const QString ScopeB = InventoryCache::scopeFor(QStringLiteral("https://keystone.school.example:5000/v3"),
                                                QStringLiteral("proj-b"));

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

Server fullServer()
{
    Server s;
    s.id = QStringLiteral("6f1a2b3c-0000-4000-8000-000000000001");
    s.name = QStringLiteral("python-入门-学生-07");
    s.status = QStringLiteral("ACTIVE");
    s.taskState = QStringLiteral("powering-on");
    s.vmState = QStringLiteral("active");
    s.powerState = 1;
    s.imageId = QStringLiteral("img-ubuntu-22.04");
    s.flavorId = QStringLiteral("m1.small");
    s.flavorName = QStringLiteral("m1.small");
    s.userId = QStringLiteral("u-123");
    s.projectId = QStringLiteral("proj-a");
    s.keyName = QStringLiteral("lab-key");
    s.created = at("2026-11-20T08:15:30.123Z");
    s.updated = at("2026-11-26T09:00:01.999Z");
    s.launchedAt = at("2026-11-20T08:16:02.000Z");
    s.metadata = {{QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("course")},
                  {QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student")},
                  {QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("李雷")},
                  {QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("PY101")},
                  {QString::fromLatin1(PhoenixMeta::Seat), QStringLiteral("7")},
                  {QString::fromLatin1(PhoenixMeta::Expires), QStringLiteral("2026-12-01T00:00:00Z")},
                  {QString::fromLatin1(PhoenixMeta::Task), QStringLiteral("task-uuid-1")},
                  {QStringLiteral("note"), QStringLiteral("quote \" comma , newline \n end")}};
    s.tags = {QStringLiteral("phoenix"), QStringLiteral("course:PY101")};
    s.addresses = {ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.0.0.17"), 4, QStringLiteral("fixed"),
                                 QStringLiteral("fa:16:3e:00:00:01")},
                   ServerAddress{QStringLiteral("lab-net"), QStringLiteral("203.0.113.9"), 4,
                                 QStringLiteral("floating"), QStringLiteral("fa:16:3e:00:00:01")},
                   ServerAddress{QStringLiteral("v6-net"), QStringLiteral("2001:db8::7"), 6, QStringLiteral("fixed"),
                                 QStringLiteral("fa:16:3e:00:00:02")}};
    s.faultMessage = QStringLiteral("No valid host was found. 没有可用主机");
    s.progress = 42;
    s.locked = true;
    return s;
}

Server plainServer(const QString &id, const QString &name, const QString &status = QStringLiteral("ACTIVE"))
{
    Server s;
    s.id = id;
    s.name = name;
    s.status = status;
    return s;
}

QStringList idsOf(const QList<Server> &servers)
{
    QStringList ids;
    for (const Server &s : servers)
        ids << s.id;
    return ids;
}
} // namespace

class TestInventoryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTest::addBackendRows(); }
    void init();
    void cleanup();

    void serverRoundTripsExactly();
    void emptyCacheWasNeverFetched();
    void replaceRemovesMissingAndUpdates();
    void deltaRemovesDeletedServers();
    void deltaAloneDoesNotClaimAFullList();
    void scopesNeverMix();
    void otherKindsRoundTrip();
    void offlineStartReadsTheCacheWithItsAge();
    void clearScopeForgetsOneCloud();
    void scopeForNormalisesTheAuthUrl();
    void serverPagesReadEveryServerOnce();
    void inventoryHandsTheCacheOverInPages();

private:
    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<InventoryCache> m_cache;
};

void TestInventoryCache::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_fx = std::make_unique<Fixture>();
    STORE_SETUP(*m_fx, backend);
    m_cache = std::make_unique<InventoryCache>(m_fx->db());
}

void TestInventoryCache::cleanup()
{
    m_cache.reset();
    m_fx.reset();
}

void TestInventoryCache::serverRoundTripsExactly()
{
    const Server s = fullServer();
    const QDateTime fetched = at("2026-11-26T10:00:00.250Z");
    QVERIFY(!m_cache->replaceServers(ScopeA, {s}, fetched));
    Result<CachedList<Server>> loaded = m_cache->servers(ScopeA);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().userMessage()));
    QCOMPARE(loaded.value().items.size(), 1);
    const Server back = loaded.value().items.first();
    QCOMPARE(back.metadata, s.metadata);
    QCOMPARE(back.addresses, s.addresses);
    QCOMPARE(back.created, s.created);
    QVERIFY(back == s);
    QCOMPARE(loaded.value().fetchedAt, fetched);
    QCOMPARE(back.fixedAddress(), QStringLiteral("10.0.0.17"));
    QCOMPARE(back.meta(PhoenixMeta::Owner), QStringLiteral("李雷"));

    // A server with nothing but an id round-trips too (NULLs, empty lists, invalid times).
    const Server bare = plainServer(QStringLiteral("bare"), QString(), QString());
    QVERIFY(!m_cache->replaceServers(ScopeA, {s, bare}, fetched));
    const QList<Server> both = m_cache->servers(ScopeA).value().items;
    QCOMPARE(both.size(), 2);
    QVERIFY(both.contains(bare));
    QVERIFY(both.contains(s));
    QVERIFY(!both.at(both.indexOf(bare)).created.isValid());
}

void TestInventoryCache::emptyCacheWasNeverFetched()
{
    Result<CachedList<Server>> loaded = m_cache->servers(ScopeA);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().items.isEmpty());
    QVERIFY(!loaded.value().wasFetched());
    QCOMPARE(loaded.value().ageSeconds(), -1);
    QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_cache->loadServers(ScopeA, &fetchedAt).isEmpty());
    QVERIFY(!fetchedAt.isValid());
    QVERIFY(!m_cache->limits(ScopeA).value().wasFetched());

    // An empty list that *was* fetched is different from nothing cached.
    QVERIFY(!m_cache->replaceServers(ScopeA, {}, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_cache->servers(ScopeA).value().wasFetched());
}

void TestInventoryCache::replaceRemovesMissingAndUpdates()
{
    const QDateTime t1 = at("2026-11-26T10:00:00Z");
    const QDateTime t2 = at("2026-11-26T10:05:00Z");
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("a"), QStringLiteral("A")),
                                              plainServer(QStringLiteral("b"), QStringLiteral("B")),
                                              plainServer(QStringLiteral("c"), QStringLiteral("C"))}, t1));
    Server c2 = plainServer(QStringLiteral("c"), QStringLiteral("C renamed"), QStringLiteral("SUSPENDED"));
    c2.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher"));
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("b"), QStringLiteral("B")), c2,
                                              plainServer(QStringLiteral("d"), QStringLiteral("D"))}, t2));
    const CachedList<Server> now = m_cache->servers(ScopeA).value();
    QCOMPARE(idsOf(now.items), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(now.items.at(1), c2);
    QCOMPARE(now.fetchedAt, t2);
    // A full listing that includes a DELETED server does not keep it.
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("DELETED"))}, t2));
    QVERIFY(m_cache->servers(ScopeA).value().items.isEmpty());
}

void TestInventoryCache::deltaRemovesDeletedServers()
{
    const QDateTime t1 = at("2026-11-26T10:00:00Z");
    const QDateTime t2 = at("2026-11-26T10:00:05Z");
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("a"), QStringLiteral("A")),
                                              plainServer(QStringLiteral("b"), QStringLiteral("B")),
                                              plainServer(QStringLiteral("c"), QStringLiteral("C")),
                                              plainServer(QStringLiteral("s"), QStringLiteral("S"))}, t1));
    Server cChanged = plainServer(QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("SUSPENDED"));
    cChanged.taskState = QStringLiteral("suspending");
    const QList<Server> delta{plainServer(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("DELETED")),
                              plainServer(QStringLiteral("s"), QStringLiteral("S"), QStringLiteral("SOFT_DELETED")),
                              cChanged, plainServer(QStringLiteral("e"), QStringLiteral("E"), QStringLiteral("BUILD"))};
    QVERIFY(!m_cache->applyServerDelta(ScopeA, delta, t2));
    CachedList<Server> now = m_cache->servers(ScopeA).value();
    QCOMPARE(idsOf(now.items), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")}));
    QCOMPARE(now.items.at(1), cChanged);
    QCOMPARE(now.fetchedAt, t2);

    // Ids that vanished (e.g. purged before the poll saw them DELETED).
    QVERIFY(!m_cache->applyServerDelta(ScopeA, {}, {QStringLiteral("a"), QStringLiteral("unknown")}, t2.addSecs(5)));
    QCOMPARE(idsOf(m_cache->servers(ScopeA).value().items), (QStringList{QStringLiteral("c"), QStringLiteral("e")}));
    QCOMPARE(m_cache->servers(ScopeA).value().fetchedAt, t2.addSecs(5));
}

void TestInventoryCache::deltaAloneDoesNotClaimAFullList()
{
    QVERIFY(!m_cache->applyServerDelta(ScopeA, {plainServer(QStringLiteral("x"), QStringLiteral("X"))},
                                       QDateTime::currentDateTimeUtc()));
    const CachedList<Server> now = m_cache->servers(ScopeA).value();
    QCOMPARE(now.items.size(), 1);
    QVERIFY(!now.wasFetched());
}

void TestInventoryCache::scopesNeverMix()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("same-id"), QStringLiteral("in A"))}, t));
    QVERIFY(!m_cache->replaceServers(ScopeB, {plainServer(QStringLiteral("same-id"), QStringLiteral("in B")),
                                              plainServer(QStringLiteral("only-b"), QStringLiteral("B2"))}, t));
    QCOMPARE(m_cache->servers(ScopeA).value().items.first().name, QStringLiteral("in A"));
    QCOMPARE(m_cache->servers(ScopeB).value().items.size(), 2);
    // Refreshing A with nothing leaves B alone, and a delta in B does not touch A.
    QVERIFY(!m_cache->replaceServers(ScopeA, {}, t));
    QVERIFY(!m_cache->applyServerDelta(ScopeB, {plainServer(QStringLiteral("same-id"), QString(), QStringLiteral("DELETED"))}, t));
    QVERIFY(m_cache->servers(ScopeA).value().items.isEmpty());
    QCOMPARE(idsOf(m_cache->servers(ScopeB).value().items), QStringList{QStringLiteral("only-b")});
    QVERIFY(m_cache->replaceServers(QString(), {}, t).isError());
}

void TestInventoryCache::otherKindsRoundTrip()
{
    const QDateTime t = at("2026-11-26T11:00:00.5Z");
    Image img;
    img.id = QStringLiteral("img-1");
    img.name = QStringLiteral("Ubuntu 22.04 课程镜像");
    img.status = QStringLiteral("active");
    img.visibility = QStringLiteral("shared");
    img.diskFormat = QStringLiteral("qcow2");
    img.containerFormat = QStringLiteral("bare");
    img.owner = QStringLiteral("proj-a");
    img.osType = QStringLiteral("linux");
    img.size = 5368709120LL;
    img.minDiskGb = 20;
    img.minRamMb = 2048;
    img.isProtected = true;
    img.created = at("2026-01-02T03:04:05Z");
    img.updated = at("2026-01-03T03:04:05Z");
    img.tags = {QStringLiteral("phoenix"), QStringLiteral("template")};
    img.properties = {{QStringLiteral("hw_disk_bus"), QStringLiteral("virtio")},
                      {QStringLiteral("phoenix:rdp_port"), QStringLiteral("3389")},
                      {QStringLiteral("os_distro"), QStringLiteral("ubuntu")}};
    Flavor fl{QStringLiteral("f1"), QStringLiteral("m1.large"), 4, 8192, 80, 10, false, QStringLiteral("for teachers")};
    Network net{QStringLiteral("n1"), QStringLiteral("lab-net"), QStringLiteral("ACTIVE"), QStringLiteral("proj-a"),
                true, true, false, 1450, {QStringLiteral("sub-1"), QStringLiteral("sub-2")}};
    FloatingIp fip{QStringLiteral("fip-1"), QStringLiteral("203.0.113.9"), QStringLiteral("10.0.0.17"),
                   QStringLiteral("port-1"), QStringLiteral("ext-net"), QStringLiteral("router-1"),
                   QStringLiteral("ACTIVE"), QStringLiteral("proj-a"), QStringLiteral("seat 7")};
    ComputeLimits limits{100, 37, 200, 74, 409600, 151552, -1, 10};

    QVERIFY(!m_cache->replaceImages(ScopeA, {img}, t));
    QVERIFY(!m_cache->replaceFlavors(ScopeA, {fl}, t));
    QVERIFY(!m_cache->replaceNetworks(ScopeA, {net}, t));
    QVERIFY(!m_cache->replaceFloatingIps(ScopeA, {fip}, t));
    QVERIFY(!m_cache->replaceLimits(ScopeA, limits, t));

    const CachedList<Image> images = m_cache->images(ScopeA).value();
    QCOMPARE(images.items.size(), 1);
    QCOMPARE(images.items.first().properties, img.properties);
    QVERIFY(images.items.first() == img);
    QCOMPARE(images.fetchedAt, t);
    QVERIFY(m_cache->flavors(ScopeA).value().items == QList<Flavor>{fl});
    QVERIFY(m_cache->networks(ScopeA).value().items == QList<Network>{net});
    QVERIFY(m_cache->floatingIps(ScopeA).value().items == QList<FloatingIp>{fip});
    const CachedValue<ComputeLimits> cachedLimits = m_cache->limits(ScopeA).value();
    QVERIFY(cachedLimits.value == limits);
    QCOMPARE(cachedLimits.fetchedAt, t);

    // Replace semantics for the other kinds too; scopes stay apart.
    QVERIFY(!m_cache->replaceFloatingIps(ScopeA, {}, t.addSecs(60)));
    QVERIFY(m_cache->floatingIps(ScopeA).value().items.isEmpty());
    QCOMPARE(m_cache->floatingIps(ScopeA).value().fetchedAt, t.addSecs(60));
    QVERIFY(m_cache->images(ScopeB).value().items.isEmpty());
    limits.usedInstances = 38;
    QVERIFY(!m_cache->replaceLimits(ScopeA, limits, t.addSecs(60)));
    QCOMPARE(m_cache->limits(ScopeA).value().value.usedInstances, 38);
}

void TestInventoryCache::offlineStartReadsTheCacheWithItsAge()
{
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(!m_cache->replaceServers(ScopeA, {fullServer()}, fetched));
    QVERIFY(!m_cache->replaceFlavors(ScopeA, {Flavor{QStringLiteral("f"), QStringLiteral("small"), 1, 512, 10, 0, true, QString()}}, fetched));
    m_cache.reset();
    m_fx->closeDatabase();

    // A new process: nothing but the database (no session, no network).
    CloudError error;
    std::unique_ptr<Database> db = m_fx->reopen(&error);
    QVERIFY2(!error, qPrintable(error.userMessage()));
    InventoryCache cache(db.get());
    QDateTime fetchedAt;
    const QList<Server> servers = cache.loadServers(ScopeA, &fetchedAt);
    QCOMPARE(servers.size(), 1);
    QVERIFY(servers.first() == fullServer());
    QCOMPARE(fetchedAt, fetched);
    const qint64 age = cache.servers(ScopeA).value().ageSeconds();
    QVERIFY2(age >= 3600 && age < 3600 + 300, qPrintable(QString::number(age)));
    QCOMPARE(cache.flavors(ScopeA).value().items.size(), 1);
    m_fx->adopt(std::move(db));
}

void TestInventoryCache::clearScopeForgetsOneCloud()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_cache->replaceServers(ScopeA, {plainServer(QStringLiteral("a"), QStringLiteral("A"))}, t));
    QVERIFY(!m_cache->replaceLimits(ScopeA, ComputeLimits{}, t));
    QVERIFY(!m_cache->replaceServers(ScopeB, {plainServer(QStringLiteral("b"), QStringLiteral("B"))}, t));
    QVERIFY(!m_cache->clearScope(ScopeA));
    QVERIFY(m_cache->servers(ScopeA).value().items.isEmpty());
    QVERIFY(!m_cache->servers(ScopeA).value().wasFetched());
    QVERIFY(!m_cache->limits(ScopeA).value().wasFetched());
    QCOMPARE(m_cache->servers(ScopeB).value().items.size(), 1);
}

void TestInventoryCache::scopeForNormalisesTheAuthUrl()
{
    QCOMPARE(InventoryCache::scopeFor(QStringLiteral("HTTPS://Keystone.School.Example:5000/v3/"), QStringLiteral("p")),
             InventoryCache::scopeFor(QStringLiteral("https://keystone.school.example:5000"), QStringLiteral("p")));
    QVERIFY(InventoryCache::scopeFor(QStringLiteral("https://k:5000/v3"), QStringLiteral("p1"))
            != InventoryCache::scopeFor(QStringLiteral("https://k:5000/v3"), QStringLiteral("p2")));
    QVERIFY(InventoryCache::scopeFor(QStringLiteral("https://k:5000/v3"), QStringLiteral("p"), QStringLiteral("RegionOne"))
            != InventoryCache::scopeFor(QStringLiteral("https://k:5000/v3"), QStringLiteral("p"), QStringLiteral("RegionTwo")));
    QVERIFY(!InventoryCache::scopeFor(QStringLiteral("https://user:pw@k:5000/v3"), QStringLiteral("p")).contains(QLatin1String("pw")));
}

// Issue 18: 50,000 cached desktops are read in pages (keyset by id), each handed on as it is read.
void TestInventoryCache::serverPagesReadEveryServerOnce()
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-120);
    for (const int n : {0, 19, 23}) { // none; pages that end exactly (5 + 7 + 7); a short last page
        QList<Server> servers;
        for (int i = 0; i < n; ++i)
            servers << plainServer(QStringLiteral("id-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("pc-%1").arg(i));
        QVERIFY(!m_cache->replaceServers(ScopeA, servers, t));
        QVERIFY(!m_cache->replaceServers(ScopeB, {plainServer(QStringLiteral("id-b"), QStringLiteral("other"))}, t));
        QList<int> sizes;
        QStringList ids;
        QList<QDateTime> times;
        const qsizetype total = m_cache->loadServerPages(ScopeA, 5, 7, [&](const QList<Server> &page, const QDateTime &fetchedAt) {
            sizes << int(page.size());
            ids << idsOf(page);
            times << fetchedAt;
        });
        QCOMPARE(total, qsizetype(n));
        const QList<int> expectedSizes = n == 0 ? QList<int>() : n == 19 ? QList<int>{5, 7, 7} : QList<int>{5, 7, 7, 4};
        QCOMPARE(sizes, expectedSizes);
        QStringList expected = idsOf(servers);
        QCOMPARE(ids, expected); // each once, in id order, the other scope's never
        for (const QDateTime &at : std::as_const(times))
            QCOMPARE(at, t);
    }
}

// The window's cold start: the Inventory hands the cache to the table in pages (a small first one
// it paints at once), sets fetchedAt and fromCache with the first, and its first poll starts only
// after the last (so that poll's diff sees every cached server).
void TestInventoryCache::inventoryHandsTheCacheOverInPages()
{
    const int n = 12345;
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
    CloudConfig config;
    config.name = QStringLiteral("offline");
    config.authUrl = QStringLiteral("http://127.0.0.1:9/v3"); // nothing answers: the cache is all there is
    config.username = QStringLiteral("u");
    config.password = QStringLiteral("x");
    config.projectName = QStringLiteral("p");
    QList<Server> servers;
    for (int i = 0; i < n; ++i)
        servers << plainServer(QStringLiteral("srv-%1").arg(i), QStringLiteral("pc-%1").arg(i));
    QVERIFY(!m_cache->replaceServers(Inventory::scopeFor(config), servers, t));

    Inventory inventory(std::make_shared<CloudSession>(config), m_cache.get());
    QList<int> sizes;
    QSet<QString> ids;
    int duplicates = 0;
    qsizetype knownAtRefresh = -1;
    connect(&inventory, &Inventory::serversChanged, this, [&](const QList<Server> &changed, const QStringList &removed) {
        QVERIFY(removed.isEmpty());
        sizes << int(changed.size());
        for (const Server &s : changed) {
            duplicates += ids.contains(s.id) ? 1 : 0;
            ids.insert(s.id);
        }
    });
    connect(&inventory, &Inventory::refreshed, this, [&] {
        if (knownAtRefresh < 0)
            knownAtRefresh = ids.size();
    });
    QSignalSpy polled(&inventory, &Inventory::pollFinished);
    inventory.start();
    QVERIFY(polled.wait(20000));
    QVERIFY2(sizes.size() > 2, qPrintable(QString::number(sizes.size())));
    QVERIFY2(sizes.first() <= 500, qPrintable(QString::number(sizes.first()))); // a screenful, painted at once
    QCOMPARE(ids.size(), n);
    QCOMPARE(duplicates, 0);
    QCOMPARE(knownAtRefresh, qsizetype(n)); // "refreshed" (from the cache) comes with the complete list
    QCOMPARE(inventory.servers().size(), n);
    QVERIFY(inventory.isFromCache());
    QVERIFY(!inventory.isOnline());
    QCOMPARE(inventory.fetchedAt(), t);
    inventory.stop();
}

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "tst_inventorycache.moc"
