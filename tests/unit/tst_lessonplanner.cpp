// The scheduler's pure core on an injected clock: desired-state derivation (prepare, repair,
// end-of-lesson policy, tags, idempotence), the capacity audit's peaks, and lead-time learning.
#include "models/lessons/capacityaudit.h"
#include "models/lessons/lessonplanner.h"
#include "models/settings/translation.h"

#include <QLocale>
#include <QTest>

namespace
{
const QDateTime Start = QDateTime::fromString(QStringLiteral("2026-12-08T10:00:00Z"), Qt::ISODate); // a Tuesday
const QDateTime End = Start.addSecs(45 * 60);

Course course(EndPolicy policy = EndPolicy::Suspend)
{
    Course c;
    c.code = QStringLiteral("PY101");
    c.teacher = QStringLiteral("zhang.wei");
    c.nameTemplate = QStringLiteral("{course}-{seat:02}-{owner}");
    c.policy = policy;
    c.graceMinutes = 5;
    return c;
}

Server desktop(const QString &owner, const QString &role, int seat, const QString &status, bool floating = true,
               const QString &expires = LessonPlanner::expiresText(End.addSecs(300)))
{
    Server s;
    s.id = QStringLiteral("id-") + owner;
    s.name = QStringLiteral("PY101-%1-%2").arg(seat, 2, 10, QLatin1Char('0')).arg(owner);
    s.status = status;
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("PY101"));
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), owner);
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), role);
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Seat), QString::number(seat));
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("course"));
    if (!expires.isEmpty())
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Expires), expires);
    s.addresses << ServerAddress{QStringLiteral("lab"), QStringLiteral("10.0.0.") + QString::number(seat + 10), 4,
                                 QStringLiteral("fixed"), QString()};
    if (floating)
        s.addresses << ServerAddress{QStringLiteral("lab"), QStringLiteral("172.24.4.") + QString::number(seat + 10), 4,
                                     QStringLiteral("floating"), QString()};
    return s;
}

PlanInput input(const QDateTime &now, const QList<Server> &servers, EndPolicy policy = EndPolicy::Suspend)
{
    PlanInput in;
    in.now = now;
    in.courses << course(policy);
    in.rosters.insert(QStringLiteral("PY101"), {{QStringLiteral("s1"), 1}, {QStringLiteral("s2"), 2}});
    in.occurrences << Occurrence{QStringLiteral("L1"), QStringLiteral("PY101"), Start, End, QStringLiteral("A101")};
    in.cloud.insert(QStringLiteral("PY101"), CourseCloud{QStringLiteral("img-1"), QStringLiteral("ubuntu"),
                                                         QStringLiteral("flv-1"), QStringLiteral("net-1"), QString()});
    in.servers = servers;
    in.lead = LeadTime(600);
    return in;
}

// "kind:server" per action, Retag as "retag:server".
QStringList summary(const SchedulePlan &plan)
{
    QStringList out;
    for (const PlannedAction &a : plan.actions) {
        const QString what = a.why == PlannedAction::Why::Retag ? QStringLiteral("retag") : TaskText::kindKey(a.kind);
        out << what + QLatin1Char(':') + a.serverName;
    }
    out.sort();
    return out;
}

// What the cloud looks like once every planned action is done (for the second-tick check).
QList<Server> applied(QList<Server> servers, const SchedulePlan &plan)
{
    for (const PlannedAction &a : plan.actions) {
        if (a.kind == TaskKind::Create && a.why != PlannedAction::Why::Retag) {
            Server s;
            s.id = QStringLiteral("new-") + a.serverName;
            s.name = a.serverName;
            s.status = QStringLiteral("ACTIVE");
            s.metadata = a.create.metadata;
            s.addresses << ServerAddress{QStringLiteral("lab"), QStringLiteral("172.24.4.99"), 4, QStringLiteral("floating"), QString()};
            servers << s;
            continue;
        }
        for (Server &s : servers) {
            if (s.id != a.serverId)
                continue;
            if (a.why == PlannedAction::Why::Retag) {
                for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it)
                    s.metadata.insert(it.key(), it.value());
            } else if (a.kind == TaskKind::AssignFloatingIp) {
                s.addresses << ServerAddress{QStringLiteral("lab"), QStringLiteral("172.24.4.98"), 4, QStringLiteral("floating"), QString()};
            } else if (a.kind == TaskKind::Suspend) {
                s.status = QStringLiteral("SUSPENDED");
            } else if (a.kind == TaskKind::Shelve) {
                s.status = QStringLiteral("SHELVED_OFFLOADED");
            } else if (a.kind == TaskKind::Delete) {
                s.status = QStringLiteral("DELETED");
            } else {
                s.status = QStringLiteral("ACTIVE");
            }
        }
    }
    return servers;
}
} // namespace

class TestLessonPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(Translation::apply(QStringLiteral("en")), QStringLiteral("en")); // English plurals
    }

    void derive_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<Server>>("servers");
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("expected");

        const QList<Server> ready{desktop(QStringLiteral("zhang.wei"), QStringLiteral("teacher"), 0, QStringLiteral("ACTIVE")),
                                  desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("ACTIVE")),
                                  desktop(QStringLiteral("s2"), QStringLiteral("student"), 2, QStringLiteral("ACTIVE"))};
        const int suspend = int(EndPolicy::Suspend);
        QTest::newRow("too early: nothing") << Start.addSecs(-3600) << QList<Server>() << suspend << QStringList();
        QTest::newRow("ahead: create all three")
            << Start.addSecs(-500) << QList<Server>() << suspend
            << QStringList{QStringLiteral("create:PY101-00-zhang.wei"), QStringLiteral("create:PY101-01-s1"),
                           QStringLiteral("create:PY101-02-s2")};
        QTest::newRow("ahead: resume, unshelve, retag")
            << Start.addSecs(-500)
            << QList<Server>{ready.at(0), desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("SUSPENDED"), true, QString()),
                             desktop(QStringLiteral("s2"), QStringLiteral("student"), 2, QStringLiteral("SHELVED_OFFLOADED"))}
            << suspend
            << QStringList{QStringLiteral("resume:PY101-01-s1"), QStringLiteral("retag:PY101-01-s1"),
                           QStringLiteral("unshelve:PY101-02-s2")};
        QTest::newRow("all ready: nothing") << Start.addSecs(-60) << ready << suspend << QStringList();
        QTest::newRow("during: drift repaired")
            << Start.addSecs(1200)
            << QList<Server>{desktop(QStringLiteral("zhang.wei"), QStringLiteral("teacher"), 0, QStringLiteral("ACTIVE"), false),
                             desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("ERROR")),
                             desktop(QStringLiteral("s2"), QStringLiteral("student"), 2, QStringLiteral("SHUTOFF"))}
            << suspend
            << QStringList{QStringLiteral("assign-floating-ip:PY101-00-zhang.wei"), QStringLiteral("reboot-hard:PY101-01-s1"),
                           QStringLiteral("start:PY101-02-s2")};
        QTest::newRow("during: a deleted desktop is made again")
            << Start.addSecs(1200) << QList<Server>{ready.at(0), ready.at(1)} << suspend
            << QStringList{QStringLiteral("create:PY101-02-s2")};
        QTest::newRow("within grace: nothing") << End.addSecs(240) << ready << suspend << QStringList();
        QTest::newRow("after grace: suspend")
            << End.addSecs(301) << ready << suspend
            << QStringList{QStringLiteral("suspend:PY101-00-zhang.wei"), QStringLiteral("suspend:PY101-01-s1"),
                           QStringLiteral("suspend:PY101-02-s2")};
        QTest::newRow("after grace: shelve what is off too")
            << End.addSecs(301)
            << QList<Server>{ready.at(0), desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("SHUTOFF"))}
            << int(EndPolicy::Shelve)
            << QStringList{QStringLiteral("shelve:PY101-00-zhang.wei"), QStringLiteral("shelve:PY101-01-s1")};
        QTest::newRow("after grace: delete") << End.addSecs(301) << QList<Server>{ready.at(1)} << int(EndPolicy::Delete)
                                             << QStringList{QStringLiteral("delete:PY101-01-s1")};
        Server manual = ready.at(2);
        manual.metadata.remove(QString::fromLatin1(PhoenixMeta::Expires));
        QTest::newRow("after: a desktop without phoenix:expires is not the scheduler's")
            << End.addSecs(301) << QList<Server>{manual} << int(EndPolicy::Delete) << QStringList();
        Server building = ready.at(1);
        building.status = QStringLiteral("BUILD");
        QTest::newRow("in transition: left alone") << End.addSecs(301) << QList<Server>{building} << suspend << QStringList();
    }

    void derive()
    {
        QFETCH(QDateTime, now);
        QFETCH(QList<Server>, servers);
        QFETCH(int, policy);
        QFETCH(QStringList, expected);
        const PlanInput in = input(now, servers, EndPolicy(policy));
        const SchedulePlan plan = LessonPlanner::plan(in);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(summary(plan), expected);

        // Run the same tick against the cloud as the plan leaves it: nothing more to do.
        PlanInput again = in;
        again.servers = applied(servers, plan);
        QCOMPARE(summary(LessonPlanner::plan(again)), QStringList());
    }

    void createCarriesTemplateAndTags()
    {
        const SchedulePlan plan = LessonPlanner::plan(input(Start.addSecs(-500), {}));
        QCOMPARE(plan.actions.size(), 3);
        const PlannedAction &a = plan.actions.at(1);
        QCOMPARE(a.why, PlannedAction::Why::Prepare);
        QCOMPARE(a.create.name, QStringLiteral("PY101-01-s1"));
        QCOMPARE(a.create.imageId, QStringLiteral("img-1"));
        QCOMPARE(a.create.flavorId, QStringLiteral("flv-1"));
        QCOMPARE(a.create.networkId, QStringLiteral("net-1"));
        QCOMPARE(a.create.metadata.value(QStringLiteral("phoenix:course")), QStringLiteral("PY101"));
        QCOMPARE(a.create.metadata.value(QStringLiteral("phoenix:owner")), QStringLiteral("s1"));
        QCOMPARE(a.create.metadata.value(QStringLiteral("phoenix:role")), QStringLiteral("student"));
        QCOMPARE(a.create.metadata.value(QStringLiteral("phoenix:expires")), QStringLiteral("2026-12-08T10:50:00Z"));
        QVERIFY(a.create.tags.contains(QStringLiteral("phoenix")));
        QCOMPARE(plan.actions.at(0).create.metadata.value(QStringLiteral("phoenix:role")), QStringLiteral("teacher"));
        QCOMPARE(plan.lessons.size(), 1);
        QCOMPARE(plan.lessons.first().wanted, 3);
        QCOMPARE(plan.lessons.first().missing, 3);
        QVERIFY(plan.lessons.first().active);
    }

    void warmUpFollowsTheOperationsNeeded()
    {
        // The three desktops exist, suspended: the lesson warms up by the resume's learned lead
        // (90 s: 72 s + a quarter), not the create's (150 s).
        const QList<Server> suspended{desktop(QStringLiteral("zhang.wei"), QStringLiteral("teacher"), 0, QStringLiteral("SUSPENDED")),
                                      desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("SUSPENDED")),
                                      desktop(QStringLiteral("s2"), QStringLiteral("student"), 2, QStringLiteral("SUSPENDED"))};
        PlanInput in = input(Start.addSecs(-120), suspended);
        for (int s : {100, 120, 110})
            in.lead.add({TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"), s});
        for (int s : {60, 72, 50})
            in.lead.add({TaskKind::Resume, QStringLiteral("img-1"), QStringLiteral("flv-1"), s});
        SchedulePlan plan = LessonPlanner::plan(in);
        QCOMPARE(plan.lessons.first().warmAt, Start.addSecs(-90));
        QCOMPARE(plan.lessons.first().readyBy, Start.addSecs(-90 + 60));
        QVERIFY(plan.lessons.first().leadBasis.startsWith(QLatin1String("resume")));
        QCOMPARE(plan.actions.size(), 0); // 2 minutes before: not yet
        in.now = Start.addSecs(-90);
        QCOMPARE(LessonPlanner::plan(in).actions.size(), 3);

        // One of them deleted: the missing desktop's create sets the pace (150 s).
        in.servers.removeLast();
        in.now = Start.addSecs(-120);
        plan = LessonPlanner::plan(in);
        QCOMPARE(plan.lessons.first().warmAt, Start.addSecs(-150));
        QCOMPARE(summary(plan), QStringList{QStringLiteral("create:PY101-02-s2")}); // the resumes wait for their own lead
    }

    void busyDesktopsAreNotTouchedTwice()
    {
        PlanInput in = input(Start.addSecs(-500),
                             {desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("SUSPENDED"))});
        in.busy << QStringLiteral("id-s1") << QStringLiteral("PY101-00-zhang.wei");
        const SchedulePlan plan = LessonPlanner::plan(in);
        QCOMPARE(summary(plan), QStringList{QStringLiteral("create:PY101-02-s2")});
        QCOMPARE(plan.lessons.first().inProgress, 2);
    }

    void supplyAndStopNow()
    {
        PlanInput in = input(Start.addSecs(600), {});
        in.occurrences.first().extraDesktops = 2;
        in.courses.first().nameTemplate = QStringLiteral("{course}-{seat:02}");
        SchedulePlan plan = LessonPlanner::plan(in);
        QCOMPARE(summary(plan), (QStringList{QStringLiteral("create:PY101-00"), QStringLiteral("create:PY101-01"),
                                            QStringLiteral("create:PY101-02"), QStringLiteral("create:PY101-03"),
                                            QStringLiteral("create:PY101-04")}));
        QCOMPARE(plan.actions.at(4).why, PlannedAction::Why::Repair);

        // "stop now": the lesson ended at 10:20 without grace; at 10:21 the policy applies.
        PlanInput stopped = input(Start.addSecs(21 * 60),
                                  {desktop(QStringLiteral("s1"), QStringLiteral("student"), 1, QStringLiteral("ACTIVE"))});
        stopped.occurrences.first().end = Start.addSecs(20 * 60);
        stopped.occurrences.first().stopped = true;
        QCOMPARE(summary(LessonPlanner::plan(stopped)), QStringList{QStringLiteral("suspend:PY101-01-s1")});
    }

    void unresolvedImageIsAProblemNotACreate()
    {
        PlanInput in = input(Start.addSecs(-500), {});
        in.cloud[QStringLiteral("PY101")].problem = QStringLiteral("No image is named \"gone\".");
        const SchedulePlan plan = LessonPlanner::plan(in);
        QCOMPARE(plan.actions.size(), 0);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().contains(QLatin1String("gone")));
    }

    void leadTimeLearned()
    {
        LeadTime lead(600);
        LeadTime::Estimate e = lead.estimate(TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"));
        QCOMPARE(e.leadSeconds, 600);
        QCOMPARE(e.samples, 0);
        QCOMPARE(e.basis, QStringLiteral("fixed"));

        lead.addAll({{TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"), 100},
                     {TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"), 120},
                     {TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"), 110},
                     {TaskKind::Resume, QStringLiteral("img-1"), QStringLiteral("flv-1"), 20},
                     {TaskKind::Create, QStringLiteral("img-2"), QStringLiteral("flv-1"), 300}});
        e = lead.estimate(TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"));
        QCOMPARE(e.samples, 3);
        QCOMPARE(e.typicalSeconds, 110);
        QCOMPARE(e.leadSeconds, 150); // slowest 120 + a quarter
        QVERIFY(e.leadSeconds <= 1.5 * e.typicalSeconds);
        // Another flavor of the same image: the image's history; an unknown image: the operation's.
        QCOMPARE(lead.estimate(TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-9")).samples, 3);
        QCOMPARE(lead.estimate(TaskKind::Create, QStringLiteral("img-9"), QString()).samples, 4);
        QCOMPARE(lead.estimate(TaskKind::Resume, QStringLiteral("img-1"), QStringLiteral("flv-1")).leadSeconds, 25); // 20 + a quarter
        lead.add({TaskKind::Resume, QStringLiteral("img-9"), QString(), 4});
        QCOMPARE(lead.estimate(TaskKind::Resume, QStringLiteral("img-9"), QString()).leadSeconds, LeadTime::MinimumLeadSeconds);
        QCOMPARE(lead.estimate(TaskKind::Unshelve, QStringLiteral("img-1"), QString()).basis, QStringLiteral("fixed"));

        // Only the newest samples count.
        LeadTime windowed(600, 2);
        windowed.addAll({{TaskKind::Create, {}, {}, 900}, {TaskKind::Create, {}, {}, 100}, {TaskKind::Create, {}, {}, 100}});
        QCOMPARE(windowed.estimate(TaskKind::Create, {}, {}).leadSeconds, 125);
    }

    void readyByTheBellWithLearnedLead()
    {
        PlanInput in = input(Start.addSecs(-500), {});
        for (int s : {100, 120, 110})
            in.lead.add({TaskKind::Create, QStringLiteral("img-1"), QStringLiteral("flv-1"), s});
        SchedulePlan plan = LessonPlanner::plan(in);
        QCOMPARE(plan.actions.size(), 0); // 09:51:40 is before 09:57:30
        QCOMPARE(plan.lessons.first().warmAt, Start.addSecs(-150));
        QCOMPARE(plan.lessons.first().readyBy, Start.addSecs(-150 + 110));
        QVERIFY(!plan.lessons.first().active);
        in.now = Start.addSecs(-150);
        plan = LessonPlanner::plan(in);
        QCOMPARE(plan.actions.size(), 3);

        // Ticks a minute apart: the tick before the warm-up time acts, or the next would be late.
        in.tickSeconds = 60;
        in.now = Start.addSecs(-211); // the next tick (-151) is still before 09:57:30
        QCOMPARE(LessonPlanner::plan(in).actions.size(), 0);
        in.now = Start.addSecs(-209); // the next tick (-149) would be after it: now
        plan = LessonPlanner::plan(in);
        QCOMPARE(plan.actions.size(), 3);
        QVERIFY(plan.lessons.first().active);
    }

    void audit_data()
    {
        QTest::addColumn<QList<Occurrence>>("occurrences");
        QTest::addColumn<ResourceAmounts>("limits");
        QTest::addColumn<QString>("text");
        const Occurrence a{QStringLiteral("1"), QStringLiteral("PY101"), Start, End, QString()};
        const Occurrence b{QStringLiteral("2"), QStringLiteral("NET201"), Start.addSecs(1800), End.addSecs(1800), QString()};
        const Occurrence later{QStringLiteral("3"), QStringLiteral("NET201"), End, End.addSecs(2700), QString()};
        // Each course: 3 desktops of 2 vCPU / 4 GB / 20 GB with a floating IP; standing: 1 desktop.
        QTest::newRow("fits") << QList<Occurrence>{a, b} << ResourceAmounts{10, 20, 40 * 1024, 200, 10} << QString();
        QTest::newRow("RAM and floating IPs short at the overlap")
            << QList<Occurrence>{a, b} << ResourceAmounts{10, 20, 24 * 1024, 200, 5}
            << QStringLiteral("4 GB RAM and 2 floating IPs short at Tue 10:30");
        QTest::newRow("back to back does not add up") << QList<Occurrence>{a, later} << ResourceAmounts{4, 8, 16 * 1024, 80, 4}
                                                      << QString();
        QTest::newRow("one course twice counts once") << QList<Occurrence>{a, a} << ResourceAmounts{4, 8, 16 * 1024, 80, 4}
                                                      << QString();
        QTest::newRow("desktops and vCPUs") << QList<Occurrence>{a} << ResourceAmounts{3, 6, -1, -1, -1}
                                            << QStringLiteral("1 desktop and 2 vCPUs short at Tue 10:00");
    }

    void audit()
    {
        QFETCH(QList<Occurrence>, occurrences);
        QFETCH(ResourceAmounts, limits);
        QFETCH(QString, text);
        QHash<QString, CourseDemand> demand;
        demand.insert(QStringLiteral("PY101"), CourseDemand{3, 2, 4096, 20, true});
        demand.insert(QStringLiteral("NET201"), CourseDemand{3, 2, 4096, 20, true});
        const ResourceAmounts standing{1, 2, 4096, 20, 1};
        const CapacityVerdict v = CapacityAudit::audit(occurrences, demand, standing, limits);
        QCOMPARE(v.fits, text.isEmpty());
        QCOMPARE(v.text(), text);
    }
};

Q_DECLARE_METATYPE(ResourceAmounts)
QTEST_GUILESS_MAIN(TestLessonPlanner)
#include "tst_lessonplanner.moc"
