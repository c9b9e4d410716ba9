// Waiting tasks and the shared poll, on the demo cloud (issue 18): a task waiting for a state is
// woken by the inventory poll that shows it (not by a timer of its own), and however many tasks
// wait, the cloud sees one listing per poll and no request per desktop. Counted in polls and
// requests, never in time: the fallback timer of a waiting step is set far beyond the test.
#include "cloud/demo/democloud.h"
#include "enginefixture.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "demoschool.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QTest>

namespace
{
constexpr int HangGuardMs = 120000; // a guard against hanging, not a speed claim

QStringList studentsIn(DemoCloud &demo, const QString &status, int n)
{
    QStringList names;
    for (const DemoServer &s : demo.servers()) {
        if (names.size() < n && s.status() == status && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("student"))
            names << s.name;
    }
    return names;
}
} // namespace

class TestEngineWake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void waitingTaskWakesOnThePollThatShowsItsState();
    void manyWaitingTasksShareOneListingPerPoll();

private:
    QList<TaskSpec> specsFor(TaskKind kind, const QStringList &names) const;
    bool allWaiting(const QStringList &batches) const;

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<EngineFixture> m_f;
};

void TestEngineWake::init()
{
    m_demo = makeDemoSchool(18);
    QVERIFY(m_demo->start() > 0);
    EngineSettings s;
    s.concurrency = 8;
    s.actionRetryDelayMs = 100;
    s.waitPollMs = 3600000; // the fallback re-check: never within this test, only a poll wakes a task
    s.waitTimeoutSeconds = 600;
    s.detectTimeoutSeconds = 1; // the demo's addresses answer nobody: resumes end with a warning
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 100;
    m_f = std::make_unique<EngineFixture>();
    QVERIFY2(m_f->start(m_demo->cloudConfig(QStringLiteral("labadmin")), s), qPrintable(m_f->error()));
}

void TestEngineWake::cleanup()
{
    m_f.reset();
    m_demo.reset();
}

QList<TaskSpec> TestEngineWake::specsFor(TaskKind kind, const QStringList &names) const
{
    QList<TaskSpec> specs;
    for (const QString &name : names) {
        const DemoServer *s = m_demo->serverByName(name);
        TaskSpec spec;
        spec.kind = kind;
        spec.serverId = s ? s->id : QString();
        spec.serverName = name;
        specs << spec;
    }
    return specs;
}

bool TestEngineWake::allWaiting(const QStringList &batches) const
{
    for (const QString &b : batches) {
        for (const TaskSnapshot &t : m_f->engine()->tasksOfBatch(b)) {
            if (t.state != TaskState::Waiting || t.currentStage() != Stage::Wait)
                return false;
        }
    }
    return true;
}

void TestEngineWake::waitingTaskWakesOnThePollThatShowsItsState()
{
    Inventory *inventory = m_f->inventory();
    // A long gap between listings: the poll after the one that shows the state comes long after
    // the woken step has finished, so "finished by that poll" is a statement about wake-ups.
    inventory->setWaitGapMs(2000);
    const QStringList names = studentsIn(*m_demo, QStringLiteral("ACTIVE"), 4);
    QCOMPARE(names.size(), 4);
    const QList<TaskSpec> specs = specsFor(TaskKind::Suspend, names);
    m_demo->holdTransitions(true); // suspends are accepted, the desktops stay "suspending"
    const QString id = m_f->engine()->submitBatch(QStringLiteral("wake"), TaskKind::Suspend, specs);
    QTRY_VERIFY_WITH_TIMEOUT(allWaiting({id}), 30000);

    // Per desktop: the first poll whose snapshot shows it SUSPENDED and idle (recorded on the
    // inventory's signal) and the poll count when its task finished (recorded by the worker).
    QHash<QString, quint64> shown;
    QMutex mutex;
    QHash<QString, quint64> doneAt;
    QList<QMetaObject::Connection> connections;
    const auto disconnectAll = qScopeGuard([&] {
        for (const auto &c : std::as_const(connections))
            disconnect(c);
    });
    connections << connect(inventory, &Inventory::pollFinished, this, [&](quint64 count) {
        for (const TaskSpec &spec : specs) {
            const std::optional<Server> s = inventory->server(spec.serverId);
            if (!shown.contains(spec.serverId) && s && s->status == QLatin1String("SUSPENDED") && s->taskState.isEmpty())
                shown.insert(spec.serverId, count);
        }
    });
    connections << connect(m_f->engine(), &TaskEngine::taskChanged, this, [&](const TaskSnapshot &t) {
        if (t.state != TaskState::Done)
            return;
        const quint64 polls = inventory->pollCount();
        QMutexLocker lock(&mutex);
        if (!doneAt.contains(t.spec.serverId))
            doneAt.insert(t.spec.serverId, polls);
    }, Qt::DirectConnection); // on the worker: the count at the moment the task finished

    m_demo->holdTransitions(false);
    const BatchSnapshot b = m_f->waitBatch(id, HangGuardMs);
    QVERIFY(b.isFinished());
    QCOMPARE(b.done, names.size());
    QMutexLocker lock(&mutex);
    for (const TaskSpec &spec : specs) {
        QVERIFY2(shown.contains(spec.serverId), qPrintable(spec.serverName));
        QVERIFY2(doneAt.contains(spec.serverId), qPrintable(spec.serverName));
        // Finished before any later poll: woken by the very poll that showed the state.
        QVERIFY2(doneAt.value(spec.serverId) <= shown.value(spec.serverId),
                 qPrintable(QStringLiteral("%1: shown by poll %2, finished at poll %3")
                                .arg(spec.serverName)
                                .arg(shown.value(spec.serverId))
                                .arg(doneAt.value(spec.serverId))));
    }
}

void TestEngineWake::manyWaitingTasksShareOneListingPerPoll()
{
    Inventory *inventory = m_f->inventory();
    inventory->setWaitGapMs(200);
    const QStringList active = studentsIn(*m_demo, QStringLiteral("ACTIVE"), 200);
    const QStringList suspended = studentsIn(*m_demo, QStringLiteral("SUSPENDED"), 200);
    const int waiting = int(active.size() + suspended.size());
    QVERIFY2(waiting >= 40, qPrintable(QString::number(waiting)));
    m_demo->holdTransitions(true);
    const QStringList batches{
        m_f->engine()->submitBatch(QStringLiteral("suspend"), TaskKind::Suspend, specsFor(TaskKind::Suspend, active)),
        m_f->engine()->submitBatch(QStringLiteral("resume"), TaskKind::Resume, specsFor(TaskKind::Resume, suspended))};
    QTRY_VERIFY_WITH_TIMEOUT(allWaiting(batches), 60000);

    QAtomicInteger<int> steps = 0; // every step of a task publishes it
    const QMetaObject::Connection counting = connect(m_f->engine(), &TaskEngine::taskChanged, this, [&steps](const TaskSnapshot &) { steps.fetchAndAddRelaxed(1); },
            Qt::DirectConnection);
    const auto stopCounting = qScopeGuard([&] { disconnect(counting); });
    m_demo->clearRequests();
    const quint64 p0 = inventory->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(inventory->pollCount() >= p0 + 5, 60000);
    const quint64 p1 = inventory->pollCount();
    const int listings = m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/detail"));
    const int perDesktop = m_demo->requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}"));
    const int polls = int(p1 - p0);
    qInfo("%d tasks waiting: %d polls, %d listings, %d per-desktop GETs, %d task steps", waiting, polls, listings, perDesktop,
          steps.loadRelaxed());
    // One listing per poll (plus the one in flight when counting began or ended), none per desktop.
    QCOMPARE(perDesktop, 0);
    QVERIFY2(listings >= polls - 1 && listings <= polls + 1, qPrintable(QStringLiteral("%1 listings for %2 polls").arg(listings).arg(polls)));
    // ... yet every task looked at every poll's snapshot: woken by the poll, not by a timer.
    QVERIFY2(steps.loadRelaxed() >= waiting * (polls - 1),
             qPrintable(QStringLiteral("%1 steps of %2 tasks in %3 polls").arg(steps.loadRelaxed()).arg(waiting).arg(polls)));

    m_demo->holdTransitions(false);
    for (const QString &b : batches) {
        const BatchSnapshot done = m_f->waitBatch(b, HangGuardMs);
        QVERIFY(done.isFinished());
        QCOMPARE(done.failed, 0);
    }
}

QTEST_GUILESS_MAIN(TestEngineWake)
#include "tst_enginewake.moc"
