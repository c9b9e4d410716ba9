// Issue 13: the classroom views with 3,000 seats. What the GUI thread does when the inventory
// changes — evaluate a lesson's readiness, update the board (dataChanged only), lay a board out —
// and what the Today view computes on its worker (100 courses, 3,000 rostered seats, a week of
// lessons). Target: no GUI-thread step over 16 ms. Prints figures, asserts nothing.
#include "benchsupport.h"

#include "models/items/boardmodel.h"
#include "models/items/seatingmodel.h"
#include "models/items/todaymodel.h"
#include "models/lessons/schooldata.h"
#include "ui/todayview.h"

#include <QApplication>

namespace
{
struct School
{
    ClassroomSnapshot snapshot;
    DesktopFacts facts;
};

// 100 courses of 30 students (3,000 seats), one lesson each today and more over the week; every
// student has a desktop, a tenth of them suspended, a few in ERROR.
School makeSchool(const QDateTime &now)
{
    School s;
    for (int c = 0; c < 100; ++c) {
        Course course;
        course.code = QStringLiteral("c%1").arg(c, 3, 10, QLatin1Char('0'));
        course.name = QStringLiteral("Course %1").arg(c);
        course.teacher = QStringLiteral("teacher%1").arg(c % 40);
        course.classroom = QStringLiteral("room%1").arg(c % 20);
        course.nameTemplate = QStringLiteral("{course}-{seat:02}");
        s.snapshot.courses << course;
        QList<RosterSeat> roster;
        for (int i = 1; i <= 30; ++i) {
            const QString owner = QStringLiteral("s%1-%2").arg(c).arg(i);
            roster << RosterSeat{owner, i};
            Server sv;
            sv.id = QStringLiteral("%1-%2").arg(course.code).arg(i);
            sv.name = sv.id;
            sv.status = i % 10 == 0 ? QStringLiteral("SUSPENDED") : (i == 29 ? QStringLiteral("ERROR") : QStringLiteral("ACTIVE"));
            sv.metadata.insert(QStringLiteral("phoenix:course"), course.code);
            sv.metadata.insert(QStringLiteral("phoenix:owner"), owner);
            sv.metadata.insert(QStringLiteral("phoenix:role"), QStringLiteral("student"));
            sv.metadata.insert(QStringLiteral("phoenix:seat"), QString::number(i));
            sv.addresses << ServerAddress{QStringLiteral("lab"), QStringLiteral("10.%1.%2.%3").arg(c / 250).arg(c % 250).arg(i), 4,
                                          QStringLiteral("fixed"), QString()};
            s.facts.servers << sv;
        }
        s.snapshot.rosters.insert(course.code, roster);
        for (int d = 0; d < 7; d += 2) {
            Occurrence o;
            o.lessonId = QStringLiteral("l%1").arg(c);
            o.course = course.code;
            o.start = now.addDays(d).addSecs(qint64(c % 10) * 3600 - 1800);
            o.end = o.start.addSecs(45 * 60);
            o.classroom = course.classroom;
            s.snapshot.occurrences << o;
        }
    }
    std::sort(s.snapshot.occurrences.begin(), s.snapshot.occurrences.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    s.snapshot.loaded = true;
    return s;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    School school = makeSchool(now);
    Bench::note(QStringLiteral("100 courses, 3,000 seats, %1 lessons in the week, %2 desktops")
                    .arg(school.snapshot.occurrences.size())
                    .arg(school.facts.servers.size()));

    // One board of 3,000 seats (a lecture hall of the whole school): the worst case of a board.
    ReadinessInput in;
    in.course.code = QStringLiteral("all");
    in.course.nameTemplate = QStringLiteral("{course}-{seat:04}");
    in.occurrence.course = QStringLiteral("all");
    in.occurrence.start = now.addSecs(600);
    in.occurrence.end = now.addSecs(3300);
    in.now = now;
    QList<Server> servers = school.facts.servers;
    int seat = 0;
    for (Server &s : servers) {
        s.metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("all"));
        in.roster << RosterSeat{s.metadata.value(QStringLiteral("phoenix:owner")), ++seat};
    }
    in.servers = servers;
    QList<double> evalMs;
    ClassReadiness r;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        r = ClassReadiness::evaluate(in);
        evalMs << Bench::msSince(t);
    }
    Bench::figure(QStringLiteral("13"), QStringLiteral("board: evaluate 3,000 seats (GUI thread)"), Bench::median(evalMs),
                  QStringLiteral("ms"), QStringLiteral("≤ 16 ms"), Bench::verdict(Bench::maxOf(evalMs), 16));

    SeatingPlan plan;
    plan.classroom = QStringLiteral("hall");
    plan.rows = 50;
    plan.columns = 60;
    plan.aisles = {10, 20, 30, 40, 50};
    BoardModel board;
    QElapsedTimer t;
    t.start();
    board.setLesson(r, plan);
    Bench::figure(QStringLiteral("13"), QStringLiteral("board: lay out 3,000 tiles"), Bench::msSince(t), QStringLiteral("ms"),
                  QStringLiteral("≤ 16 ms"), Bench::verdict(Bench::msSince(t), 16));

    // A poll changes 300 desktops: evaluate again and update (dataChanged only).
    int changedSignals = 0;
    QObject::connect(&board, &QAbstractItemModel::dataChanged, [&changedSignals] { ++changedSignals; });
    for (int i = 0; i < servers.size(); i += 10)
        servers[i].status = QStringLiteral("ACTIVE");
    in.servers = servers;
    t.restart();
    const ClassReadiness again = ClassReadiness::evaluate(in);
    const bool same = board.update(again);
    const double updateMs = Bench::msSince(t);
    Bench::figure(QStringLiteral("13"), QStringLiteral("board: a poll with 300 changes, evaluate + update"), updateMs,
                  QStringLiteral("ms"), QStringLiteral("≤ 16 ms"), Bench::verdict(updateMs, 16),
                  QStringLiteral("%1 dataChanged, no reset: %2").arg(changedSignals).arg(same ? QStringLiteral("yes") : QStringLiteral("no")));

    t.restart();
    const DesktopFacts facts = school.facts;
    const TodayContent content = TodayView::compute(school.snapshot, facts, now, {});
    Bench::figure(QStringLiteral("13"), QStringLiteral("Today: lessons, readiness and the plan (worker thread)"), Bench::msSince(t),
                  QStringLiteral("ms"), QString(), QStringLiteral("-"),
                  QStringLiteral("%1 lessons, %2 action lines").arg(content.lessons.size()).arg(content.nextActions.size()));
    TodayModel today;
    t.restart();
    today.setLessons(content.lessons);
    today.setLessons(content.lessons);
    Bench::figure(QStringLiteral("13"), QStringLiteral("Today: apply to the model (GUI thread)"), Bench::msSince(t),
                  QStringLiteral("ms"), QStringLiteral("≤ 16 ms"), Bench::verdict(Bench::msSince(t), 16));

    SeatingModel seating;
    t.restart();
    seating.setPlan(plan);
    seating.setRoster(in.roster);
    Bench::figure(QStringLiteral("13"), QStringLiteral("seating editor: 3,000 seats with their roster"), Bench::msSince(t),
                  QStringLiteral("ms"), QStringLiteral("≤ 16 ms"), Bench::verdict(Bench::msSince(t), 16));
    t.restart();
    seating.placeOwner(in.roster.at(5).owner, seating.indexOfSeat(2000));
    Bench::figure(QStringLiteral("13"), QStringLiteral("seating editor: one drop"), Bench::msSince(t), QStringLiteral("ms"),
                  QStringLiteral("≤ 16 ms"), Bench::verdict(Bench::msSince(t), 16));
    return 0;
}
