// phoenixctl's bulk actions on a fresh database (issue 18): the listing phoenixctl makes to resolve
// the names it was given is handed to its inventory, so no task's first try asks Nova for its
// desktop — not even the first few, which start before the inventory's own listing could arrive —
// and the run makes one full listing only. Counted in the demo cloud's request log, never in time.
#include "cloud/demo/democloud.h"
#include "ctlprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>

class TestCtlFirstTries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bulkSuspendAsksNovaForNoSingleDesktop();

private:
    template<typename F>
    auto onCloud(F f)
    {
        decltype(f()) out{};
        QMetaObject::invokeMethod(m_anchor, [&] { out = f(); }, Qt::BlockingQueuedConnection);
        return out;
    }

    QTemporaryDir m_dir;
    QThread m_thread; // the demo cloud serves from here while phoenixctl runs (the test waits for it)
    QObject *m_anchor = nullptr;
    DemoCloud *m_demo = nullptr;
    std::unique_ptr<CtlProcess> m_ctl;
};

void TestCtlFirstTries::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)));
    QVERIFY(m_dir.isValid());
    m_thread.setObjectName(QStringLiteral("test-democloud"));
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    const QByteArray yaml = onCloud([this] {
        m_demo = new DemoCloud;
        m_demo->setSpeed(DemoCloud::TestSpeed);
        m_demo->setRandomSeed(18);
        m_demo->seedSchool();
        return m_demo->start() > 0 ? m_demo->cloudsYaml() : QByteArray();
    });
    QVERIFY(!yaml.isEmpty());
    QFile file(m_dir.filePath(QStringLiteral("clouds.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), file.fileName(), QStringLiteral("phoenix-demo"));
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0); // the demo's addresses answer nobody
}

void TestCtlFirstTries::cleanupTestCase()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(m_anchor, [this] {
            delete m_demo;
            delete m_anchor;
        }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void TestCtlFirstTries::bulkSuspendAsksNovaForNoSingleDesktop()
{
    // More desktops than the engine runs at once (8): the first eight start before any listing of
    // the inventory's own could have come back.
    const QStringList names = onCloud([this] {
        QStringList out;
        for (const DemoServer &s : m_demo->servers()) {
            if (out.size() < 12 && s.status() == QLatin1String("ACTIVE") && s.metadata.contains(QStringLiteral("phoenix:role")))
                out << s.name;
        }
        m_demo->clearRequests();
        return out;
    });
    QVERIFY2(names.size() > 8, qPrintable(names.join(QLatin1Char(' '))));

    const CtlRun run = m_ctl->run(QStringList{QStringLiteral("desktops"), QStringLiteral("suspend")} + names
                                  + QStringList{QStringLiteral("--db"), m_ctl->database(QStringLiteral("fresh.sqlite"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));

    struct Counts
    {
        int perDesktop = -1;
        int listings = -1;
        int actions = -1;
        int suspended = -1;
    };
    const Counts c = onCloud([this, &names] {
        Counts out;
        out.perDesktop = m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}$"));
        out.listings = m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/detail$"));
        out.actions = m_demo->requestCount("POST", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}/action$"));
        out.suspended = 0;
        for (const QString &name : names) {
            const DemoServer *s = m_demo->serverByName(name);
            out.suspended += s && s->status() == QLatin1String("SUSPENDED") ? 1 : 0;
        }
        return out;
    });
    qInfo("%d listings, %d per-desktop GETs, %d actions for %lld desktops", c.listings, c.perDesktop, c.actions,
          qlonglong(names.size()));
    QCOMPARE(c.suspended, int(names.size()));
    QCOMPARE(c.actions, int(names.size())); // each desktop suspended once
    QCOMPARE(c.perDesktop, 0);
    // The resolving listing, then at least one poll of the inventory that showed them SUSPENDED.
    QVERIFY2(c.listings >= 2, qPrintable(QString::number(c.listings)));
}

QTEST_GUILESS_MAIN(TestCtlFirstTries)
#include "tst_ctlfirsttries.moc"
