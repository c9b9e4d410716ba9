// Seating plans (issue 13): seat numbering with aisles and gaps, moving a student (a swap), the
// store's round trip on SQLite and PostgreSQL (schema version 5, the classroom's seat count
// following its plan), and ClassReadiness's pure rules (the readiness board's tiles and counts).
#include "models/lessons/classreadiness.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/seatingplan.h"
#include "storetestutil.h"

#include <QTest>

using StoreTest::Fixture;

namespace
{
Server desktop(const QString &name, const QString &status, const QString &owner, const QString &role = QStringLiteral("student"),
               const QString &address = QStringLiteral("10.0.0.5"))
{
    Server s;
    s.id = QStringLiteral("id-") + name;
    s.name = name;
    s.status = status;
    s.metadata.insert(QStringLiteral("phoenix:role"), role);
    s.metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("PY101"));
    if (!owner.isEmpty())
        s.metadata.insert(QStringLiteral("phoenix:owner"), owner);
    if (!address.isEmpty())
        s.addresses << ServerAddress{QStringLiteral("lab"), address, 4, QStringLiteral("fixed"), QString()};
    return s;
}
} // namespace

class TestSeatingPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTest::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        STORE_SETUP(m_fixture, backend);
    }
    void cleanup() { m_fixture.tearDown(); }

    void numberingSkipsGaps()
    {
        SeatingPlan p;
        p.classroom = QStringLiteral("A101");
        p.rows = 2;
        p.columns = 3;
        p.noSeat = {1}; // row 0, column 1
        QCOMPARE(p.seatCount(), 5);
        QCOMPARE(p.numbering(), (QList<int>{1, 0, 2, 3, 4, 5}));
        QCOMPARE(p.cellsOfSeats(), (QList<int>{0, 2, 3, 4, 5}));
        QVERIFY(p.validate().isEmpty());
        p.aisles = {3};
        QVERIFY(!p.validate().isEmpty()); // an aisle after the last column
        p.aisles = {1};
        QVERIFY(p.hasAisleAfter(0));
        QCOMPARE(p.aislesText(), QStringLiteral("1"));
        QCOMPARE(p.noSeatText(), QStringLiteral("0:1"));
        const SeatingPlan d = SeatingPlan::defaultFor(QStringLiteral("B"), 30);
        QCOMPARE(d.seatCount(), 30);
        QCOMPARE(d.columns, 8);
        QCOMPARE(d.rows, 4);
    }

    void movingAStudentSwapsSeats()
    {
        const QList<RosterSeat> r = {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}};
        QCOMPARE(moveToSeat(r, QStringLiteral("c"), 1),
                 (QList<RosterSeat>{{QStringLiteral("c"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("a"), 3}}));
        // onto a free seat: nobody else moves
        QCOMPARE(moveToSeat(r, QStringLiteral("a"), 7),
                 (QList<RosterSeat>{{QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}, {QStringLiteral("a"), 7}}));
        QCOMPARE(moveToSeat(r, QStringLiteral("nobody"), 1), r);
    }

    void storeRoundTrip()
    {
        LessonStore store(m_fixture.db(), QStringLiteral("scope-a"));
        SeatingPlan p;
        p.classroom = QStringLiteral("机房 A301");
        p.rows = 5;
        p.columns = 6;
        p.aisles = {2, 4};
        p.noSeat = {0, 29};
        QVERIFY(!store.saveClassroom({p.classroom, 40}));
        QVERIFY(!SeatingStore::save(store, p));
        QVERIFY(!SeatingStore::save(store, p)); // saving again replaces
        const QList<SeatingPlan> plans = SeatingStore::plans(store).value();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first(), p);
        QCOMPARE(store.classrooms().value(), (QList<Classroom>{{p.classroom, 28}}));
        // Saving the classroom again keeps its plan (its own table).
        QVERIFY(!store.saveClassroom({p.classroom, 28}));
        QCOMPARE(SeatingStore::plans(store).value().size(), 1);
        // Another scope sees nothing; an invalid plan is refused with a reason.
        QVERIFY(SeatingStore::plans(LessonStore(m_fixture.db(), QStringLiteral("scope-b"))).value().isEmpty());
        SeatingPlan bad = p;
        bad.rows = 0;
        const CloudError e = SeatingStore::save(store, bad);
        QVERIFY(e);
        QVERIFY(e.userMessage().contains(QStringLiteral("rows")));
    }

    void readinessTilesAndCounts()
    {
        ReadinessInput in;
        in.course.code = QStringLiteral("PY101");
        in.course.teacher = QStringLiteral("t");
        in.course.nameTemplate = QStringLiteral("{course}-{seat:02}");
        in.roster = {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}, {QStringLiteral("d"), 4},
                     {QStringLiteral("e"), 5}, {QStringLiteral("f"), 6}};
        in.occurrence.course = QStringLiteral("PY101");
        in.occurrence.start = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        in.occurrence.end = in.occurrence.start.addSecs(45 * 60);
        in.occurrence.extraDesktops = 1;
        in.servers = {desktop(QStringLiteral("PY101-01"), QStringLiteral("ACTIVE"), QStringLiteral("a")),
                      desktop(QStringLiteral("PY101-02"), QStringLiteral("SUSPENDED"), QStringLiteral("b")),
                      desktop(QStringLiteral("PY101-03"), QStringLiteral("ERROR"), QStringLiteral("c")),
                      desktop(QStringLiteral("PY101-04"), QStringLiteral("ACTIVE"), QStringLiteral("d"), QStringLiteral("student"), QString()),
                      desktop(QStringLiteral("PY101-05"), QStringLiteral("ACTIVE"), QStringLiteral("e")),
                      desktop(QStringLiteral("PY101-t"), QStringLiteral("ACTIVE"), QStringLiteral("t"), QStringLiteral("teacher")),
                      desktop(QStringLiteral("other"), QStringLiteral("ACTIVE"), QStringLiteral("a"), QStringLiteral("student"))};
        in.servers.last().metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("NET"));
        in.answers.insert(QStringLiteral("id-PY101-05"), false);
        in.busy.insert(QStringLiteral("PY101-06")); // f's desktop is being created

        in.now = in.occurrence.start.addSecs(-60); // before the bell
        ClassReadiness r = ClassReadiness::evaluate(in);
        QCOMPARE(r.total, 8); // teacher + 6 + 1 extra
        QCOMPARE(r.ready, 2); // a and the teacher
        QCOMPARE(r.countText(), QStringLiteral("2 of 8 ready"));
        QCOMPARE(r.seats.at(0).role, QStringLiteral("teacher"));
        auto stateOf = [&r](const QString &owner) {
            for (const SeatReadiness &s : r.seats) {
                if (s.owner == owner)
                    return s.state;
            }
            return SeatState::Missing;
        };
        QCOMPARE(stateOf(QStringLiteral("a")), SeatState::Ready);
        QCOMPARE(stateOf(QStringLiteral("b")), SeatState::Waiting);
        QCOMPARE(stateOf(QStringLiteral("c")), SeatState::Failed);
        QCOMPARE(stateOf(QStringLiteral("d")), SeatState::NoAddress);
        QCOMPARE(stateOf(QStringLiteral("e")), SeatState::NotAnswering);
        QCOMPARE(stateOf(QStringLiteral("f")), SeatState::Preparing);
        QCOMPARE(r.seats.last().state, SeatState::Waiting); // the extra, not made yet
        QCOMPARE(r.needingFix(), 3);

        in.now = in.occurrence.start.addSecs(60); // the bell has rung: waiting is a fault now
        r = ClassReadiness::evaluate(in);
        QCOMPARE(stateOf(QStringLiteral("b")), SeatState::Off);
        QCOMPARE(r.seats.last().state, SeatState::Missing);
        QCOMPARE(r.needingFix(), 5);
        QCOMPARE(r.trayText(), QStringLiteral("Class desktops: 2 of 8 ready"));
    }

private:
    Fixture m_fixture;
};

QTEST_MAIN(TestSeatingPlan)
#include "tst_seatingplan.moc"
