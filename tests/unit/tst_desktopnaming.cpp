#include "models/domain/desktopnaming.h"

#include <QTest>
#include <QTimeZone>

class TestDesktopNaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data();
    void expand();
    void templateErrors_data();
    void templateErrors();
    void splitCsvLine();
    void rosterPlainLines();
    void rosterCsvWithHeader();
    void rosterReportsBadLinesWithNumbers();
    void rosterSemicolonsAndQuotes();
    void planSkipsExistingAndNumbersSeats();
    void planCountWithoutOwners();
    void planReportsClashesInsideTheBatch();
    void planCarriesMetadata();
    void planSerialAndType();
    void quotaForecast();
};

static Server existing(const QString &name, const QString &owner = {}, const QString &course = {},
                       const QString &role = QStringLiteral("student"))
{
    Server s;
    s.id = QStringLiteral("id-") + name;
    s.name = name;
    s.status = QStringLiteral("ACTIVE");
    if (!owner.isEmpty())
        s.metadata.insert(QStringLiteral("phoenix:owner"), owner);
    if (!course.isEmpty())
        s.metadata.insert(QStringLiteral("phoenix:course"), course);
    s.metadata.insert(QStringLiteral("phoenix:role"), role);
    return s;
}

void TestDesktopNaming::expand_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QString>("course");
    QTest::addColumn<int>("seat");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << "{course}-{seat:02}-{owner}" << "math" << 3 << "alice" << "math-03-alice";
    QTest::newRow("wide seat") << "{course}-{seat:03}" << "bio" << 7 << "" << "bio-007";
    QTest::newRow("no padding") << "{course}-{seat}" << "bio" << 12 << "" << "bio-12";
    QTest::newRow("empty owner drops the dash") << "{course}-{seat:02}-{owner}" << "math" << 1 << "" << "math-01";
    QTest::newRow("empty course drops the dash") << "{course}-{seat:02}-{owner}" << "" << 1 << "bob" << "01-bob";
    QTest::newRow("spaces become dashes") << "{owner}-{seat}" << "" << 2 << "Li Lei" << "Li-Lei-2";
    QTest::newRow("literal braces") << "{{x}}-{seat}" << "" << 5 << "" << "{x}-5";
    QTest::newRow("chinese") << "{course}-{seat:02}" << "数学" << 4 << "" << "数学-04";
    QTest::newRow("index and role") << "{role}-{index:02}" << "" << 9 << "" << "student-01";
    QTest::newRow("serial n") << "lab-{n}" << "" << 9 << "" << "lab-1";
    QTest::newRow("serial n padded") << "{course}-{n:03}" << "bio" << 9 << "" << "bio-001";
}

void TestDesktopNaming::expand()
{
    QFETCH(QString, tmpl);
    QFETCH(QString, course);
    QFETCH(int, seat);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    NamingFields f;
    f.course = course;
    f.seat = seat;
    f.owner = owner;
    f.role = QStringLiteral("student");
    f.index = 1;
    QString error;
    QCOMPARE(DesktopNaming::expand(tmpl, f, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDesktopNaming::templateErrors_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown field") << "{course}-{nope}";
    QTest::newRow("open brace") << "{course-{seat}";
    QTest::newRow("stray close") << "course}-{seat}";
    QTest::newRow("bad format") << "{seat:xx}";
    QTest::newRow("format on text") << "{owner:02}-{seat}";
    QTest::newRow("all the same name") << "{course}-desk";
    QTest::newRow("n is not a prefix") << "{course}-{nn}";
}

void TestDesktopNaming::templateErrors()
{
    QFETCH(QString, tmpl);
    QVERIFY(!DesktopNaming::validateTemplate(tmpl).isEmpty());
}

void TestDesktopNaming::splitCsvLine()
{
    bool ok = false;
    QCOMPARE(DesktopNaming::splitCsvLine(QStringLiteral("a, b ,c"), QLatin1Char(','), &ok),
             QStringList({"a", "b", "c"}));
    QVERIFY(ok);
    QCOMPARE(DesktopNaming::splitCsvLine(QStringLiteral("\"x, y\",\"say \"\"hi\"\"\""), QLatin1Char(','), &ok),
             QStringList({"x, y", "say \"hi\""}));
    QVERIFY(ok);
    DesktopNaming::splitCsvLine(QStringLiteral("\"open,b"), QLatin1Char(','), &ok);
    QVERIFY(!ok);
}

void TestDesktopNaming::rosterPlainLines()
{
    const Roster r = DesktopNaming::parseRoster(QStringLiteral("alice\n\n# a comment\nbob\r\ncarol\n"));
    QCOMPARE(r.problems.size(), 0);
    QCOMPARE(r.entries.size(), 3);
    QCOMPARE(r.entries.at(0).owner, QStringLiteral("alice"));
    QCOMPARE(r.entries.at(1).owner, QStringLiteral("bob"));
    QCOMPARE(r.entries.at(1).line, 4);
    QCOMPARE(r.entries.at(2).seat, 0);
}

void TestDesktopNaming::rosterCsvWithHeader()
{
    const Roster r = DesktopNaming::parseRoster(QStringLiteral("姓名,学号,座位\n李雷,s001,3\n韩梅梅,s002,1\n"));
    QCOMPARE(r.problems.size(), 0);
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(0).owner, QStringLiteral("s001"));
    QCOMPARE(r.entries.at(0).seat, 3);
    QCOMPARE(r.entries.at(1).owner, QStringLiteral("s002"));
    QCOMPARE(r.entries.at(1).line, 3);
}

void TestDesktopNaming::rosterReportsBadLinesWithNumbers()
{
    const Roster r = DesktopNaming::parseRoster(
        QStringLiteral("owner,seat\nalice,1\n,2\nbob,x\ncarol,1\nalice,4\n\"dave,5\nerin/x,6\nfrank,7\n"));
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(0).owner, QStringLiteral("alice"));
    QCOMPARE(r.entries.at(1).owner, QStringLiteral("frank"));
    QList<int> lines;
    for (const RosterProblem &p : r.problems) {
        lines << p.line;
        QVERIFY2(p.message.contains(QString::number(p.line)), qPrintable(p.message));
    }
    QCOMPARE(lines, QList<int>({3, 4, 5, 6, 7, 8}));
    QVERIFY(r.problems.at(2).message.contains(QStringLiteral("seat 1")));
    QVERIFY(r.problems.at(3).message.contains(QStringLiteral("line 2")));
}

void TestDesktopNaming::rosterSemicolonsAndQuotes()
{
    const Roster r = DesktopNaming::parseRoster(QStringLiteral("\"Wang, Fang\";2\nzhao;3\n"));
    QCOMPARE(r.problems.size(), 0);
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(0).owner, QStringLiteral("Wang, Fang"));
    QCOMPARE(r.entries.at(0).seat, 2);
}

void TestDesktopNaming::planSkipsExistingAndNumbersSeats()
{
    DesktopBatchRequest req;
    req.course = QStringLiteral("math");
    req.owners = DesktopNaming::parseRoster(QStringLiteral("alice\nbob,1\ncarol\ndave\n")).entries;
    const QList<Server> servers = {existing(QStringLiteral("math-02-alice")),
                                   existing(QStringLiteral("other"), QStringLiteral("dave"), QStringLiteral("math"))};
    const DesktopBatchPlan plan = DesktopNaming::plan(req, servers);
    QVERIFY(plan.templateError.isEmpty());
    QCOMPARE(plan.items.size(), 4);
    // bob asked for seat 1, so alice gets 2, carol 3, dave 4
    QCOMPARE(plan.items.at(0).name, QStringLiteral("math-02-alice"));
    QCOMPARE(plan.items.at(0).outcome, PlannedDesktop::Outcome::SkipExists);
    QCOMPARE(plan.items.at(1).name, QStringLiteral("math-01-bob"));
    QCOMPARE(plan.items.at(1).outcome, PlannedDesktop::Outcome::Create);
    QCOMPARE(plan.items.at(2).name, QStringLiteral("math-03-carol"));
    QCOMPARE(plan.items.at(3).outcome, PlannedDesktop::Outcome::SkipOwnerHasOne);
    QVERIFY(plan.items.at(3).note.contains(QStringLiteral("other")));
    QCOMPARE(plan.count(PlannedDesktop::Outcome::Create), 2);
    QCOMPARE(plan.specsToCreate().size(), 2);
}

void TestDesktopNaming::planCountWithoutOwners()
{
    DesktopBatchRequest req;
    req.course = QStringLiteral("bio");
    req.count = 3;
    req.firstSeat = 5;
    const DesktopBatchPlan plan = DesktopNaming::plan(req, {existing(QStringLiteral("bio-06"))});
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(plan.items.at(0).name, QStringLiteral("bio-05"));
    QCOMPARE(plan.items.at(1).name, QStringLiteral("bio-06"));
    QCOMPARE(plan.items.at(1).outcome, PlannedDesktop::Outcome::SkipExists);
    QCOMPARE(plan.items.at(2).name, QStringLiteral("bio-07"));
    QVERIFY(!plan.items.at(0).spec.metadata.contains(QStringLiteral("phoenix:owner")));
}

void TestDesktopNaming::planReportsClashesInsideTheBatch()
{
    DesktopBatchRequest req;
    req.nameTemplate = QStringLiteral("{course}-{owner}");
    req.course = QStringLiteral("c");
    req.count = 2; // no owners: both would be "c"
    const DesktopBatchPlan plan = DesktopNaming::plan(req, {});
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items.at(0).outcome, PlannedDesktop::Outcome::Create);
    QCOMPARE(plan.items.at(1).outcome, PlannedDesktop::Outcome::Invalid);
    QVERIFY(plan.items.at(1).note.contains(QStringLiteral("row 1")));

    req.nameTemplate = QStringLiteral("{oops}");
    QVERIFY(!DesktopNaming::plan(req, {}).templateError.isEmpty());
    QVERIFY(DesktopNaming::plan(req, {}).items.isEmpty());
}

void TestDesktopNaming::planCarriesMetadata()
{
    DesktopBatchRequest req;
    req.role = DesktopRole::Teacher;
    req.course = QStringLiteral("chem");
    req.imageId = QStringLiteral("img");
    req.flavorId = QStringLiteral("flv");
    req.networkId = QStringLiteral("net");
    req.expires = QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc());
    req.owners = {RosterEntry{1, QStringLiteral("wang"), 0}};
    const ServerCreateSpec spec = DesktopNaming::plan(req, {}).items.value(0).spec;
    QCOMPARE(spec.name, QStringLiteral("chem-01-wang"));
    QCOMPARE(spec.imageId, QStringLiteral("img"));
    QCOMPARE(spec.flavorId, QStringLiteral("flv"));
    QCOMPARE(spec.networkId, QStringLiteral("net"));
    QCOMPARE(spec.tags, QStringList({"phoenix"}));
    QCOMPARE(spec.metadata.value("phoenix:role"), QStringLiteral("teacher"));
    QCOMPARE(spec.metadata.value("phoenix:type"), QStringLiteral("course"));
    QCOMPARE(spec.metadata.value("phoenix:owner"), QStringLiteral("wang"));
    QCOMPARE(spec.metadata.value("phoenix:course"), QStringLiteral("chem"));
    QCOMPARE(spec.metadata.value("phoenix:seat"), QStringLiteral("1"));
    QCOMPARE(spec.metadata.value("phoenix:expires"), QStringLiteral("2026-07-01T12:00:00Z"));
}

void TestDesktopNaming::planSerialAndType()
{
    DesktopBatchRequest req;
    req.nameTemplate = QStringLiteral("lab-{n:02}");
    req.course = QStringLiteral("chem");
    req.type = QStringLiteral("static");
    req.count = 3;
    const DesktopBatchPlan plan = DesktopNaming::plan(req, {existing(QStringLiteral("lab-02"))});
    QVERIFY(plan.templateError.isEmpty());
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(plan.items.at(0).name, QStringLiteral("lab-01"));
    QCOMPARE(plan.items.at(1).outcome, PlannedDesktop::Outcome::SkipExists);
    QCOMPARE(plan.items.at(2).name, QStringLiteral("lab-03"));
    QCOMPARE(plan.items.at(2).spec.metadata.value("phoenix:type"), QStringLiteral("static"));
    QCOMPARE(plan.items.at(2).spec.metadata.value("phoenix:course"), QStringLiteral("chem"));
    QCOMPARE(plan.items.at(2).spec.metadata.value("phoenix:seat"), QStringLiteral("3"));
}

void TestDesktopNaming::quotaForecast()
{
    ComputeLimits limits;
    limits.maxInstances = 40;
    limits.usedInstances = 12;
    limits.maxCores = 80;
    limits.usedCores = 24;
    limits.maxRamMb = -1;
    limits.usedRamMb = 4096;
    Flavor small;
    small.vcpus = 2;
    small.ramMb = 4096;
    QuotaForecast f = QuotaForecast::of(limits, small, 28);
    QCOMPARE(f.instances.after(), 40);
    QVERIFY(!f.instances.exceeded());
    QCOMPARE(f.cores.after(), 80);
    QVERIFY(!f.exceeded());
    QCOMPARE(f.ramMb.after(), 4096 + 28 * 4096);
    f = QuotaForecast::of(limits, small, 29);
    QVERIFY(f.instances.exceeded());
    QVERIFY(f.cores.exceeded());
    QVERIFY(!f.ramMb.exceeded()); // unlimited
    QVERIFY(f.exceeded());
}

QTEST_GUILESS_MAIN(TestDesktopNaming)
#include "tst_desktopnaming.moc"
