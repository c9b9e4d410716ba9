// Issue 4 figures that need no real cloud (the in-process demo cloud, fast timings):
//  - API requests per inventory poll interval while 50 tasks wait for their desktops (target 1):
//    counted by the demo cloud while it holds every transition (holdTransitions);
//  - journal overhead per stage: a real engine run of 50 resumes with the journal in SQLite, and
//    in PostgreSQL when PHOENIX_TEST_PG_URL is set (tests/setup/postgres.sh start prints it).
// Prints FIGURE lines (tests/bench/run-bench.sh); asserts nothing.
#include "benchsupport.h"
#include "models/store/database.h"
#include "cloud/demo/democloud.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "timingjournal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cstdio>

using namespace Bench;

namespace
{
constexpr int Tasks = 50;
const QString Issue = QStringLiteral("4");

bool spinUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The demo school with Tasks desktops SUSPENDED (set directly in the simulator's state).
struct DemoSetup
{
    DemoCloud demo;
    CloudSessionPtr session;
    std::unique_ptr<Inventory> inventory;
    QStringList ids;

    bool start()
    {
        demo.setSpeed(DemoCloud::TestSpeed);
        demo.setRandomSeed(4);
        demo.seedSchool();
        if (!demo.start())
            return false;
        for (const DemoServer &s : demo.servers()) {
            if (s.metadata.value(QStringLiteral("phoenix:role")).isEmpty())
                continue;
            ids << s.id;
            if (ids.size() == Tasks)
                break;
        }
        suspendAll();
        session = std::make_shared<CloudSession>(demo.cloudConfig(QStringLiteral("labadmin")));
        inventory = std::make_unique<Inventory>(session, nullptr);
        inventory->setPollIntervals(1, 5);
        bool refreshed = false;
        const QMetaObject::Connection c = QObject::connect(inventory.get(), &Inventory::refreshed, inventory.get(),
                                                           [&refreshed] { refreshed = true; });
        inventory->start();
        const bool ok = spinUntil([&] { return refreshed; }, 30000);
        QObject::disconnect(c);
        return ok && ids.size() == Tasks;
    }

    void suspendAll()
    {
        for (const QString &id : std::as_const(ids)) {
            if (DemoServer *s = demo.state()->server(id)) {
                s->vmState = QStringLiteral("suspended");
                s->powerState = 7;
                s->taskState.clear();
                demo.state()->touch(*s);
            }
        }
    }

    [[nodiscard]] QList<TaskSpec> resumeSpecs()
    {
        QList<TaskSpec> specs;
        for (const QString &id : ids) {
            TaskSpec t;
            t.kind = TaskKind::Resume;
            t.serverId = id;
            t.serverName = demo.state()->servers.value(id).name;
            specs << t;
        }
        return specs;
    }
};

EngineSettings benchSettings()
{
    EngineSettings s;
    s.concurrency = 8; // the default cap
    s.actionRetryDelayMs = 200;
    s.waitPollMs = 1000;
    s.waitTimeoutSeconds = 120;
    s.detectTimeoutSeconds = 1; // the demo's addresses answer nobody: DETECT warns and goes on
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 100;
    return s;
}

BatchSnapshot waitBatch(TaskEngine &engine, const QString &id, int timeoutMs)
{
    spinUntil([&] {
        const auto b = engine.batch(id);
        return b && b->isFinished();
    }, timeoutMs);
    return engine.batch(id).value_or(BatchSnapshot{});
}

// ---------------------------------------------------------------------------------------------
void pollRequestsBench()
{
    std::printf("\n== API requests per poll interval while %d tasks wait (demo cloud)\n", Tasks);
    DemoSetup d;
    if (!d.start()) {
        note(QStringLiteral("the demo cloud did not come up"));
        return;
    }
    TaskEngine engine(d.session, d.inventory.get(), nullptr);
    engine.setSettings(benchSettings());
    d.demo.holdTransitions(true);
    const QString id = engine.submitBatch(QStringLiteral("bench"), TaskKind::Resume, d.resumeSpecs());
    const bool allWaiting = spinUntil([&] {
        const auto tasks = engine.tasksOfBatch(id);
        return tasks.size() == Tasks && std::all_of(tasks.begin(), tasks.end(), [](const TaskSnapshot &t) {
                   return t.currentStage() == Stage::Wait;
               });
    }, 60000);
    if (!allWaiting)
        note(QStringLiteral("not every task reached WAIT"));
    d.demo.clearRequests();
    const quint64 p0 = d.inventory->pollCount();
    QElapsedTimer t;
    t.start();
    constexpr int Intervals = 10;
    spinUntil([&] { return d.inventory->pollCount() >= p0 + Intervals; }, 60000);
    const double windowMs = msSince(t);
    const quint64 polls = d.inventory->pollCount() - p0;
    const QList<DemoRequestRecord> log = d.demo.requests();
    const int listings = d.demo.requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/detail"));
    const int single = d.demo.requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}$"));
    d.demo.holdTransitions(false);
    const BatchSnapshot b = waitBatch(engine, id, 120000);
    const double perInterval = polls ? double(log.size()) / double(polls) : -1;
    note(QStringLiteral("%1 polls in %2 ms (fast interval 1 s) while %3 tasks waited: %4 requests, %5 server listings, "
                        "%6 single-server GETs; the batch then finished: %7 done, %8 failed")
             .arg(polls).arg(windowMs, 0, 'f', 0).arg(Tasks).arg(log.size()).arg(listings).arg(single).arg(b.done).arg(b.failed));
    figure(Issue, QStringLiteral("API requests per poll interval, 50 tasks waiting"), perInterval, QStringLiteral("requests"),
           QStringLiteral("1"), verdict(perInterval, 1.0),
           QStringLiteral("%1 single-server GETs while waiting; %2 listings in %3 polls").arg(single).arg(listings).arg(polls));
}

// ---------------------------------------------------------------------------------------------
struct PgSchema
{
    QString url;
    QString schema;

    static std::optional<PgSchema> make()
    {
        const QString base = qEnvironmentVariable("PHOENIX_TEST_PG_URL");
        if (base.isEmpty())
            return std::nullopt;
        PgSchema p;
        p.schema = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        p.url = base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
            + QStringLiteral("schema=") + p.schema;
        return p;
    }
    void drop() const
    {
        const QUrl u(qEnvironmentVariable("PHOENIX_TEST_PG_URL"));
        const QString name = QStringLiteral("bench-pg-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages TO warning"));
                q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

void journalBench(const QString &backend)
{
    std::printf("\n== journal overhead per stage: %d resumes through the engine, journal on %s\n", Tasks, qPrintable(backend));
    QTemporaryDir dir;
    std::optional<PgSchema> pg;
    QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("journal.sqlite"));
    if (backend == QLatin1String("postgresql")) {
        pg = PgSchema::make();
        if (!pg) {
            note(QStringLiteral("PHOENIX_TEST_PG_URL is not set: skipped (tests/setup/postgres.sh start prints it)"));
            return;
        }
        url = pg->url;
    }
    DemoSetup d;
    if (!d.start()) {
        note(QStringLiteral("the demo cloud did not come up"));
        return;
    }
    {
        Database db;
        if (const CloudError e = db.open(url)) {
            note(QStringLiteral("cannot open the %1 database: %2").arg(backend, e.detail()));
            if (pg)
                pg->drop();
            return;
        }
        StoreJournal store(&db, d.inventory->scope(), QStringLiteral("school"));
        TimingJournal journal(&store);
        QElapsedTimer t;
        t.start();
        {
            TaskEngine engine(d.session, d.inventory.get(), &journal);
            EngineSettings s = benchSettings();
            s.waitPollMs = 200;
            engine.setSettings(s);
            d.demo.clearRequests();
            const QString id = engine.submitBatch(QStringLiteral("bench"), TaskKind::Resume, d.resumeSpecs());
            const BatchSnapshot b = waitBatch(engine, id, 180000);
            const double wallMs = msSince(t);
            if (backend == QLatin1String("sqlite")) {
                // What the batch asked of the cloud, per task (a curl loop sends one POST per desktop).
                const int total = int(d.demo.requests().size());
                const int gets = d.demo.requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/[0-9a-f-]{36}$"));
                const int actions = d.demo.requestCount("POST", QStringLiteral("/action$"));
                const int listings = d.demo.requestCount("GET", QStringLiteral("^/compute/v2\\.1/servers/detail"));
                const int ports = d.demo.requestCount("GET", QStringLiteral("/ports"));
                const int fips = d.demo.requestCount("GET", QStringLiteral("/floatingips"));
                note(QStringLiteral("requests of the batch: %1 in all = %2 GET server, %3 POST action, %4 inventory listings, "
                                    "%5 GET ports + %6 GET floating IPs (DETECT), %7 other")
                         .arg(total).arg(gets).arg(actions).arg(listings).arg(ports).arg(fips)
                         .arg(total - gets - actions - listings - ports - fips));
                figure(Issue, QStringLiteral("API requests per resume task (engine, demo cloud)"), double(total - listings) / Tasks,
                       QStringLiteral("requests"), QString(), QStringLiteral("-"),
                       QStringLiteral("%1 GET server + %2 POST action + %3 DETECT lookups per task, plus %4 shared listings "
                                      "for the batch; a curl loop sends 1 POST")
                           .arg(double(gets) / Tasks, 0, 'f', 1).arg(double(actions) / Tasks, 0, 'f', 1)
                           .arg(double(ports + fips) / Tasks, 0, 'f', 1).arg(listings));
            }
            int stages = 0;
            qint64 stageNs = 0;
            for (const TaskSnapshot &task : engine.tasksOfBatch(id)) {
                stages += int(task.history.size());
                for (const StageRecord &r : task.history)
                    stageNs += r.startedAt.msecsTo(r.finishedAt) * 1000000LL;
            }
            const double perStageUs = stages ? double(journal.totalNs()) / stages / 1000.0 : -1;
            auto us = [](const TimingJournal::Counter &c) { return c.calls ? double(c.ns) / c.calls / 1000.0 : 0.0; };
            note(QStringLiteral("batch: %1 done, %2 failed in %3 ms; %4 stages; journal calls: %5 saveTask (%6 us each), "
                                "%7 saveStage (%8 us), %9 audit (%10 us), %11 saveBatch (%12 us), %13 claim (%14 us), "
                                "%15 renewLeases (%16 us); %17 journal errors")
                     .arg(b.done).arg(b.failed).arg(wallMs, 0, 'f', 0).arg(stages)
                     .arg(journal.tasks.calls).arg(us(journal.tasks), 0, 'f', 0)
                     .arg(journal.stages.calls).arg(us(journal.stages), 0, 'f', 0)
                     .arg(journal.audits.calls).arg(us(journal.audits), 0, 'f', 0)
                     .arg(journal.batches.calls).arg(us(journal.batches), 0, 'f', 0)
                     .arg(journal.claims.calls).arg(us(journal.claims), 0, 'f', 0)
                     .arg(journal.renewals.calls).arg(us(journal.renewals), 0, 'f', 0).arg(journal.errors.load()));
            Q_UNUSED(stageNs)
            figure(Issue, QStringLiteral("journal overhead per stage (%1)").arg(backend), perStageUs, QStringLiteral("us"),
                   QString(), QStringLiteral("-"),
                   QStringLiteral("%1 journal writes per stage, measured inside the engine (8 workers writing at once)")
                       .arg(double(journal.totalCalls()) / qMax(1, stages), 0, 'f', 1));
        }
        db.close();
    }
    if (pg)
        pg->drop();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("phoenix.*.info=false\nphoenix.*.warning=false"));
    const QStringList only = app.arguments().mid(1);
    auto want = [&only](const char *part) { return only.isEmpty() || only.contains(QString::fromLatin1(part)); };
    std::printf("bench_engine: %d tasks against the in-process demo cloud\n", Tasks);
    if (want("poll"))
        pollRequestsBench();
    if (want("journal")) {
        journalBench(QStringLiteral("sqlite"));
        journalBench(QStringLiteral("postgresql"));
    }
    return 0;
}
