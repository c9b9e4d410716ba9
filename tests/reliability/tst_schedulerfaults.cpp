// The lesson scheduler (issue 12) while the demo cloud misbehaves: a lesson of 40 students under
// about 10 % injected faults on every endpoint the scheduler and its tasks use (catalog reads,
// listings, creates, floating IPs; half of the write faults after the cloud acted). The scheduler
// ticks as `phoenixctl schedule run` does (its tick, the engine with its SQLite journal, the shared
// inventory) until the lesson is ready; the desktops are counted from the simulator's own servers:
// exactly 40 students + the teacher, each ACTIVE with a floating address, none twice.
#include "cloud/demo/democloud.h"
#include "cloud/restclient.h"
#include "enginefixture.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestSchedulerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessonOfFortyUnderTenPercentFaults();
};

void TestSchedulerFaults::lessonOfFortyUnderTenPercentFaults()
{
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.setRandomSeed(12);
    demo.seedSchool();
    DemoComputeQuota quota;
    quota.instances = 500;
    quota.cores = -1;
    quota.ramMb = -1;
    demo.setComputeQuota(QStringLiteral("school"), quota);
    demo.state()->networkQuotas[demo.state()->projectByName(QStringLiteral("school"))->id].floatingip = 200;
    QVERIFY(demo.start() > 0);

    EngineSettings s;
    s.concurrency = 8;
    s.actionRetryDelayMs = 200;
    s.waitPollMs = 100;
    s.waitTimeoutSeconds = 60;
    s.detectTimeoutSeconds = 1; // the demo's addresses answer nobody: DETECT warns and goes on
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 200;
    EngineFixture f;
    QVERIFY2(f.start(demo.cloudConfig(QStringLiteral("labadmin")), s), qPrintable(f.error()));
    f.inventory()->setPollIntervals(1, 2);

    // The course: 40 students and a teacher, a lesson five minutes from now.
    const QString code = QStringLiteral("rel-40");
    const QString teacher = QStringLiteral("liu.yang");
    LessonStore store(f.database(), f.inventory()->scope());
    Course c;
    c.code = code;
    c.name = QStringLiteral("Reliability 40");
    c.teacher = teacher;
    c.image = QStringLiteral("Ubuntu 22.04 Desktop");
    c.flavor = QStringLiteral("desk.small");
    c.network = QStringLiteral("school-net");
    c.nameTemplate = QStringLiteral("{course}-{seat:02}-{owner}");
    QVERIFY(!store.saveCourse(&c));
    QList<RosterSeat> roster;
    QSet<QString> owners{teacher};
    for (int i = 1; i <= 40; ++i) {
        roster << RosterSeat{QStringLiteral("r40.student%1").arg(i, 2, 10, QLatin1Char('0')), i};
        owners.insert(roster.last().owner);
    }
    QVERIFY(!store.replaceRoster(code, roster));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Lesson lesson;
    lesson.course = code;
    lesson.start = now.addSecs(5 * 60);
    lesson.end = now.addSecs(50 * 60);
    QVERIFY(!store.addLesson(&lesson));

    // ~10 % per endpoint: one request in every 20 (reads: 503 or reset before the cloud looks),
    // writes one in 33 before and two in 28 after the cloud acted (reply lost or 500).
    struct Endpoint
    {
        QByteArray method;
        QString path;
        bool write;
    };
    const QList<Endpoint> endpoints = {
        {"POST", QStringLiteral("^/compute/v2\\.1/servers$"), true},
        {"GET", QStringLiteral("^/compute/v2\\.1/servers/detail$"), false},
        {"GET", QStringLiteral("^/compute/v2\\.1/flavors"), false},
        {"GET", QStringLiteral("^/image/"), false},
        {"GET", QStringLiteral("^/network/v2\\.0/"), false},
        {"POST", QStringLiteral("^/network/v2\\.0/floatingips$"), true},
        {"PUT", QStringLiteral("^/network/v2\\.0/floatingips/[^/]+$"), true},
    };
    for (const Endpoint &e : endpoints) {
        if (e.write) {
            demo.addFault(DemoFault::httpError(503, e.method, e.path).withRate(1.0 / 33));
            demo.addFault(DemoFault::httpError(500, e.method, e.path).afterHandling().withRate(1.0 / 28));
            demo.addFault(DemoFault::reset(e.method, e.path).afterHandling().withRate(1.0 / 28));
        } else {
            demo.addFault(DemoFault::httpError(503, e.method, e.path).withRate(0.05));
            demo.addFault(DemoFault::reset(e.method, e.path).withRate(0.05));
        }
    }
    demo.clearRequests();

    // The scheduler as phoenixctl runs it: its tick on this thread, with a client of its own.
    QNetworkAccessManager nam;
    RestClient client(f.session(), &nam);
    LessonScheduler scheduler(&store, f.engine(), f.inventory(), f.journal(), &client, f.engine()->runnerId());
    QSignalSpy ticks(&scheduler, &LessonScheduler::tickFinished);
    // The scheduler's clock a minute before the bell, ticking every minute as phoenixctl and the
    // window do: the lesson is being prepared whatever lead time it learns from its first tasks
    // (what falls due before the next tick is done on this one).
    TickOptions at;
    at.now = lesson.start.addSecs(-60);
    at.tickSeconds = 60;
    int readyAt = -1;
    int tasksStarted = 0;
    int tickErrors = 0;
    for (int tick = 0; tick < 15 && readyAt < 0; ++tick) {
        scheduler.tick(at);
        QVERIFY(ticks.wait(60000));
        const TickReport report = ticks.takeFirst().at(0).value<TickReport>();
        if (report.error) {
            ++tickErrors; // a catalog read or the listing failed for good: the next tick tries again
            continue;
        }
        QVERIFY(report.leader);
        tasksStarted += int(report.taskIds.size());
        for (const LessonStatus &l : report.plan.lessons) {
            if (l.occurrence.course != code)
                continue;
            qInfo("tick %d: %d of %d ready, %d in progress, %lld actions, %lld tasks", tick, l.ready, l.wanted, l.inProgress,
                  qlonglong(report.plan.actions.size()), qlonglong(report.taskIds.size()));
            if (l.ready == l.wanted && report.plan.actions.isEmpty())
                readyAt = tick;
        }
        // Let the tick's tasks end before the next one (the engine runs them; the tick never waits).
        QTRY_VERIFY_WITH_TIMEOUT(f.engine()->activeTaskCount() == 0, 180000);
    }
    qInfo("ready after %d ticks (%d could not read the cloud), %d tasks started", readyAt + 1, tickErrors, tasksStarted);
    QVERIFY2(readyAt >= 0, "the lesson was not ready after 15 ticks");

    for (const Endpoint &e : endpoints) {
        const DemoFaultRate r = demo.faultRate(e.method, e.path);
        qInfo("%-5s %-40s %4d requests, %3d faults (%4.1f %%), %2d after the cloud acted", e.method.constData(),
              qPrintable(e.path), r.requests, r.faulted, 100.0 * r.rate(), r.afterHandling);
        if (r.requests >= 40) // only endpoints used often enough for the rate to mean anything
            QVERIFY2(r.rate() >= 0.05 && r.rate() <= 0.15, qPrintable(e.path));
    }
    QVERIFY(demo.faultRate("POST", QStringLiteral("^/compute/v2\\.1/servers$")).faulted >= 2);

    // The cloud's own servers: exactly one desktop per rostered student and the teacher, ACTIVE,
    // with a floating address; none twice (twins of replayed creates removed).
    QSet<QString> addressed;
    for (const DemoFloatingIp &fip : std::as_const(demo.state()->floatingIps)) {
        if (!fip.portId.isEmpty())
            addressed.insert(fip.portId);
    }
    QHash<QString, int> perOwner;
    int students = 0;
    int teachers = 0;
    for (const DemoServer &srv : demo.servers()) {
        if (srv.metadata.value(QString::fromLatin1(PhoenixMeta::Course)) != code)
            continue;
        const QString owner = srv.metadata.value(QString::fromLatin1(PhoenixMeta::Owner));
        ++perOwner[owner];
        QVERIFY2(owners.contains(owner), qPrintable(srv.name));
        QCOMPARE(srv.vmState, QStringLiteral("active"));
        bool hasAddress = false;
        for (const QString &port : srv.portIds)
            hasAddress = hasAddress || addressed.contains(port);
        QVERIFY2(hasAddress, qPrintable(srv.name));
        if (srv.metadata.value(QString::fromLatin1(PhoenixMeta::Role)) == QLatin1String("teacher"))
            ++teachers;
        else
            ++students;
    }
    for (auto it = perOwner.cbegin(); it != perOwner.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 has %2 desktops").arg(it.key()).arg(it.value())));
    QCOMPARE(students, 40);
    QCOMPARE(teachers, 1);
    QCOMPARE(perOwner.size(), 41);

    // Once ready, the same tick again sends no write request.
    demo.clearFaults();
    scheduler.tick(at);
    QVERIFY(ticks.wait(60000));
    const TickReport again = ticks.takeFirst().at(0).value<TickReport>();
    QVERIFY2(!again.error, qPrintable(again.error.detail()));
    QCOMPARE(again.writeRequests, 0);
    QVERIFY(again.taskIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestSchedulerFaults)
#include "tst_schedulerfaults.moc"
