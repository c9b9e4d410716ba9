// Issue 12 figures: one scheduler tick for a big school — 100 courses, 3,000 rostered seats (30 a
// course) plus 100 teachers, a week of lessons (every course daily, 700 occurrences) — against the
// in-process demo cloud holding the 3,100 desktops already as the timetable wants them (ACTIVE,
// with an address, phoenix:expires right). Measured:
//  - the plan (LessonPlanner::plan over the tick's real input), median of 30;
//  - the tick's local work: the timetable read from the store (SQLite) and expanded, median of 10;
//  - whole ticks (LessonScheduler::tick to tickFinished), median of 5;
//  - the requests a tick sends, counted by the demo cloud: inventory listings (goal 1) and write
//    requests (goal 0, the cloud matches).
// Prints FIGURE lines (tests/bench/run-bench.sh); asserts nothing.
#include "benchsupport.h"
#include "cloud/demo/democloud.h"
#include "cloud/demo/demostate.h"
#include "cloud/restclient.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/engine/taskengine.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Bench;

namespace
{
constexpr int Courses = 100;
constexpr int Seats = 30;
const QString Issue = QStringLiteral("12");

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

QString courseCode(int c)
{
    return QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0'));
}

// 3,100 desktops in the simulator, copies of a seeded student desktop that has a floating address.
int growSchool(DemoCloud *demo, const QDateTime &expires)
{
    DemoState *state = demo->state();
    QSet<QString> floatingPorts;
    for (const DemoFloatingIp &f : std::as_const(state->floatingIps)) {
        if (!f.portId.isEmpty())
            floatingPorts.insert(f.portId);
    }
    const DemoServer *model = nullptr;
    for (const DemoServer &s : std::as_const(state->servers)) {
        if (s.deleted || s.vmState != QLatin1String("active") || s.portIds.isEmpty() || !floatingPorts.contains(s.portIds.first()))
            continue;
        model = &s;
        break;
    }
    if (!model)
        return 0;
    const DemoServer tmpl = *model;
    int n = 0;
    for (int c = 0; c < Courses; ++c) {
        for (int seat = 0; seat <= Seats; ++seat) { // seat 0: the teacher
            DemoServer s = tmpl;
            s.id = state->newUuid();
            const bool teacher = seat == 0;
            const QString owner = teacher ? QStringLiteral("t-%1").arg(courseCode(c)) : QStringLiteral("s-%1-%2").arg(courseCode(c)).arg(seat);
            s.name = QStringLiteral("%1-%2-%3").arg(courseCode(c)).arg(seat, 2, 10, QLatin1Char('0')).arg(owner);
            s.metadata.clear();
            s.metadata.insert(QStringLiteral("phoenix:type"), QStringLiteral("course"));
            s.metadata.insert(QStringLiteral("phoenix:role"), teacher ? QStringLiteral("teacher") : QStringLiteral("student"));
            s.metadata.insert(QStringLiteral("phoenix:owner"), owner);
            s.metadata.insert(QStringLiteral("phoenix:course"), courseCode(c));
            s.metadata.insert(QStringLiteral("phoenix:seat"), QString::number(seat));
            s.metadata.insert(QStringLiteral("phoenix:expires"), LessonPlanner::expiresText(expires));
            s.instanceName = QStringLiteral("instance-%1").arg(n, 8, 16, QLatin1Char('0'));
            state->servers.insert(s.id, s);
            ++n;
        }
    }
    return n;
}

struct RequestCount
{
    int listings = 0; // inventory listings (the inventory's completed polls)
    int pages = 0;    // servers/detail requests in all
    int reads = 0;    // every GET
    int writes = 0;   // everything else
    QStringList readPaths;
};

RequestCount countRequests(const DemoCloud &demo)
{
    RequestCount c;
    QHash<QString, int> byPath;
    for (const DemoRequestRecord &r : demo.requests()) {
        if (r.path.contains(QLatin1String("/auth/tokens")))
            continue; // sign-in, not the tick's
        if (r.method == "GET" || r.method == "HEAD") {
            ++c.reads;
            QString p = r.path;
            p.remove(QRegularExpression(QStringLiteral("\\?.*$")));
            ++byPath[p];
            if (r.path.contains(QLatin1String("/servers/detail")))
                ++c.pages;
        } else {
            ++c.writes;
        }
    }
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
        c.readPaths << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    c.readPaths.sort();
    return c;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("phoenix.*.info=false\nphoenix.*.warning=false"));
    std::printf("bench_scheduler: %d courses, %d seats each + a teacher, a week of daily lessons, in-process demo cloud\n",
                Courses, Seats);

    // Every course has a lesson now (started 5 min ago, 40 min long), daily for a week.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-5 * 60);
    const QDateTime end = start.addSecs(40 * 60);
    const int grace = 5;

    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.setRandomSeed(12);
    demo.seedSchool();
    const int grown = growSchool(&demo, end.addSecs(grace * 60));
    if (grown == 0 || demo.start() == 0) {
        std::printf("bench_scheduler: could not set up the demo cloud\n");
        return 1;
    }
    note(QStringLiteral("%1 desktops made in the simulator (%2 servers in all)").arg(grown).arg(demo.servers().size()));

    QTemporaryDir dir;
    Database db;
    if (const CloudError e = db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::printf("bench_scheduler: %s\n", qPrintable(e.detail()));
        return 1;
    }
    const CloudConfig config = demo.cloudConfig(QStringLiteral("labadmin"));
    auto session = std::make_shared<CloudSession>(config);
    Inventory inventory(session, nullptr);
    inventory.setPollIntervals(3600, 3600); // only the ticks' own listings
    LessonStore store(&db, inventory.scope());

    // The timetable.
    const auto servers = demo.servers(); // a copy: `any` points into it
    const DemoServer *any = nullptr;
    for (const DemoServer &s : servers) {
        if (s.metadata.value(QStringLiteral("phoenix:course")) == courseCode(0)) {
            any = &s;
            break;
        }
    }
    if (!any) {
        std::printf("bench_scheduler: no desktop of %s\n", qPrintable(courseCode(0)));
        return 1;
    }
    const QString imageId = any->imageId;
    const QString flavorId = any->flavorId;
    QElapsedTimer setup;
    setup.start();
    for (int c = 0; c < Courses; ++c) {
        Course course;
        course.code = courseCode(c);
        course.name = QStringLiteral("Course %1").arg(c);
        course.teacher = QStringLiteral("t-%1").arg(course.code);
        course.image = imageId;
        course.flavor = flavorId;
        course.network = QStringLiteral("school-net");
        course.graceMinutes = grace;
        course.from = now.toLocalTime().date().addDays(-1);
        if (const CloudError e = store.saveCourse(&course)) {
            std::printf("bench_scheduler: %s\n", qPrintable(e.detail()));
            return 1;
        }
        QList<RosterSeat> roster;
        for (int seat = 1; seat <= Seats; ++seat)
            roster << RosterSeat{QStringLiteral("s-%1-%2").arg(course.code).arg(seat), seat};
        (void)store.replaceRoster(course.code, roster);
        Lesson l;
        l.course = course.code;
        l.start = start;
        l.end = end;
        l.recurrence = Recurrence::Daily;
        l.until = now.toLocalTime().date().addDays(6);
        (void)store.addLesson(&l);
    }
    note(QStringLiteral("timetable stored in %1 ms").arg(setup.elapsed()));

    bool refreshed = false;
    QObject::connect(&inventory, &Inventory::refreshed, &inventory, [&refreshed] { refreshed = true; });
    inventory.start();
    if (!spinUntil([&] { return refreshed && !inventory.isFromCache(); }, 60000)) {
        std::printf("bench_scheduler: the inventory did not load\n");
        return 1;
    }
    StoreJournal journal(&db, inventory.scope(), QStringLiteral("school"));
    TaskEngine engine(session, &inventory, &journal);
    QNetworkAccessManager nam;
    RestClient client(session, &nam);
    LessonScheduler scheduler(&store, &engine, &inventory, &journal, &client, engine.runnerId());

    // Whole ticks, with the requests each one sends.
    QList<double> tickMs;
    RequestCount first;
    TickReport firstReport;
    int maxListings = 0;
    int maxWrites = 0;
    for (int i = 0; i < 5; ++i) {
        demo.clearRequests();
        bool done = false;
        TickReport report;
        const QMetaObject::Connection c = QObject::connect(&scheduler, &LessonScheduler::tickFinished, &scheduler,
                                                           [&](const TickReport &r) {
                                                               report = r;
                                                               done = true;
                                                           });
        const quint64 polls = inventory.pollCount();
        QElapsedTimer t;
        t.start();
        scheduler.tick(TickOptions());
        spinUntil([&] { return done; }, 120000);
        tickMs << msSince(t);
        QObject::disconnect(c);
        const int listings = int(inventory.pollCount() - polls);
        if (report.error) {
            std::printf("bench_scheduler: the tick failed: %s\n", qPrintable(report.error.detail()));
            return 1;
        }
        RequestCount n = countRequests(demo);
        n.listings = listings;
        if (i == 0) {
            first = n;
            firstReport = report;
        }
        maxListings = std::max(maxListings, n.listings);
        maxWrites = std::max(maxWrites, n.writes);
    }
    int ready = 0;
    int wanted = 0;
    for (const LessonStatus &l : firstReport.plan.lessons) {
        if (l.occurrence.start <= now && l.occurrence.end > now) {
            ready += l.ready;
            wanted += l.wanted;
        }
    }
    note(QStringLiteral("first tick: %1 lessons in the plan, %2 of %3 desktops ready, %4 actions, %5 tasks, %6 write requests "
                        "counted by the tick")
             .arg(firstReport.plan.lessons.size()).arg(ready).arg(wanted).arg(firstReport.plan.actions.size())
             .arg(firstReport.taskIds.size()).arg(firstReport.writeRequests));
    note(QStringLiteral("first tick's reads: %1").arg(first.readPaths.join(QStringLiteral(", "))));

    // The plan alone, over the tick's real input (as LessonScheduler::planAndAct builds it).
    PlanInput in;
    in.now = QDateTime::currentDateTimeUtc();
    in.courses = store.courses().value();
    in.rosters = store.rosters().value();
    in.occurrences = LessonScheduler::occurrences(&store, in.now.addDays(-7), in.now.addDays(1), QTimeZone::systemTimeZone()).value();
    for (const Course &c : std::as_const(in.courses))
        in.cloud.insert(c.code, CourseCloud{imageId, QStringLiteral("image"), flavorId, QStringLiteral("net"), QString()});
    in.servers = inventory.servers();
    in.lead = LeadTime(600);
    QList<double> planMs;
    int actions = -1;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        const SchedulePlan plan = LessonPlanner::plan(in);
        planMs << msSince(t);
        actions = int(plan.actions.size());
    }
    QList<double> localMs;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        const auto courses = store.courses();
        const auto rosters = store.rosters();
        const auto occ = LessonScheduler::occurrences(&store, in.now.addDays(-7), in.now.addDays(1), QTimeZone::systemTimeZone());
        const auto samples = store.prepSamples();
        localMs << msSince(t);
        Q_UNUSED(courses)
        Q_UNUSED(rosters)
        Q_UNUSED(samples)
        if (!occ)
            break;
    }
    int seats = 0;
    for (const auto &r : std::as_const(in.rosters))
        seats += int(r.size());
    const QString input = QStringLiteral("%1 courses, %2 seats, %3 occurrences expanded, %4 servers")
                              .arg(in.courses.size()).arg(seats).arg(in.occurrences.size()).arg(in.servers.size());
    figure(Issue, QStringLiteral("scheduler tick: plan (LessonPlanner::plan), 100 courses / 3,000 seats / a week, median of 30"),
           median(planMs), QStringLiteral("ms"), QStringLiteral("< 50 ms"), verdict(median(planMs), 50),
           input + QStringLiteral("; max %1 ms; %2 actions").arg(maxOf(planMs), 0, 'f', 1).arg(actions));
    figure(Issue, QStringLiteral("scheduler tick: timetable read + expanded from SQLite, median of 10"), median(localMs),
           QStringLiteral("ms"), QString(), QStringLiteral("-"), QStringLiteral("courses, rosters, lessons, calendar, learned samples"));
    figure(Issue, QStringLiteral("scheduler tick end to end (in-process demo cloud), median of 5"), median(tickMs),
           QStringLiteral("ms"), QString(), QStringLiteral("-"),
           QStringLiteral("catalog reads, one inventory listing, plan, nothing to submit; max %1 ms").arg(maxOf(tickMs), 0, 'f', 0));
    figure(Issue, QStringLiteral("scheduler tick: inventory listings per tick (worst of 5)"), maxListings, QStringLiteral("requests"),
           QStringLiteral("1"), verdict(maxListings, 1),
           QStringLiteral("%1 pages of servers/detail; %2 GETs in all per tick").arg(first.pages).arg(first.reads));
    figure(Issue, QStringLiteral("scheduler tick: write requests when the cloud matches (worst of 5)"), maxWrites,
           QStringLiteral("requests"), QStringLiteral("0"), verdict(maxWrites, 0));
    inventory.stop();
    return 0;
}
