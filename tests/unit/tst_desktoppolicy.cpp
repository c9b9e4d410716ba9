#include "models/domain/desktoppolicy.h"
#include "models/domain/desktoprole.h"

#include <QTest>

class TestDesktopPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byState_data();
    void byState();
    void busyDesktopsOnlyForceDelete();
    void membersSeeOwnAndTaught();
    void membersGetNoAdminActions();
    void floatingIpActions();
    void availabilityCountsEligibleOnly();
    void everyActionHasTextAndKey();
    void rolesParsedFromMetadata();
};

static Server desk(const QString &status, const QString &owner = QStringLiteral("alice"),
                   const QString &role = QStringLiteral("student"), const QString &course = QStringLiteral("math"))
{
    Server s;
    s.id = status + owner + role;
    s.name = s.id;
    s.status = status;
    s.metadata.insert(QStringLiteral("phoenix:role"), role);
    s.metadata.insert(QStringLiteral("phoenix:owner"), owner);
    s.metadata.insert(QStringLiteral("phoenix:course"), course);
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.0.0.5"), 4, QStringLiteral("fixed"), {}};
    if (status != QLatin1String("SHELVED_OFFLOADED"))
        s.host = QStringLiteral("compute1"); // what an administrator reads
    return s;
}

static Actor admin()
{
    Actor a;
    a.admin = true;
    a.userName = QStringLiteral("labadmin");
    return a;
}

using A = DesktopCommand;
Q_DECLARE_METATYPE(DesktopCommand)

void TestDesktopPolicy::byState_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<DesktopCommand>("action");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("resume suspended") << "SUSPENDED" << A::Resume << true;
    QTest::newRow("resume active") << "ACTIVE" << A::Resume << false;
    QTest::newRow("resume shutoff") << "SHUTOFF" << A::Resume << false;
    QTest::newRow("start shutoff") << "SHUTOFF" << A::Start << true;
    QTest::newRow("start active") << "ACTIVE" << A::Start << false;
    QTest::newRow("start suspended") << "SUSPENDED" << A::Start << false;
    QTest::newRow("suspend active") << "ACTIVE" << A::Suspend << true;
    QTest::newRow("suspend shutoff") << "SHUTOFF" << A::Suspend << false;
    QTest::newRow("stop active") << "ACTIVE" << A::Stop << true;
    QTest::newRow("stop suspended") << "SUSPENDED" << A::Stop << false;
    QTest::newRow("reboot active") << "ACTIVE" << A::RebootSoft << true;
    QTest::newRow("reboot shutoff") << "SHUTOFF" << A::RebootSoft << false;
    QTest::newRow("hard reboot error") << "ERROR" << A::RebootHard << true;
    QTest::newRow("restore error") << "ERROR" << A::Restore << true;
    QTest::newRow("restore suspended") << "SUSPENDED" << A::Restore << false;
    QTest::newRow("unshelve offloaded") << "SHELVED_OFFLOADED" << A::Unshelve << true;
    QTest::newRow("unshelve shelved") << "SHELVED" << A::Unshelve << true;
    QTest::newRow("unshelve active") << "ACTIVE" << A::Unshelve << false;
    QTest::newRow("shelve active") << "ACTIVE" << A::Shelve << true;
    QTest::newRow("shelve shelved") << "SHELVED_OFFLOADED" << A::Shelve << false;
    QTest::newRow("console active") << "ACTIVE" << A::OpenConsole << true;
    QTest::newRow("console shutoff") << "SHUTOFF" << A::OpenConsole << false;
    QTest::newRow("delete error") << "ERROR" << A::Delete << true;
    QTest::newRow("delete deleted") << "DELETED" << A::Delete << false;
    QTest::newRow("force delete error") << "ERROR" << A::ForceDelete << true;
    QTest::newRow("make image active") << "ACTIVE" << A::MakeImage << true;
    QTest::newRow("make image suspended") << "SUSPENDED" << A::MakeImage << false;
    // Nova's moves: live for running and paused, cold for running and shut down (issue 16).
    QTest::newRow("live-migrate active") << "ACTIVE" << A::LiveMigrate << true;
    QTest::newRow("live-migrate paused") << "PAUSED" << A::LiveMigrate << true;
    QTest::newRow("live-migrate shutoff") << "SHUTOFF" << A::LiveMigrate << false;
    QTest::newRow("live-migrate suspended") << "SUSPENDED" << A::LiveMigrate << false;
    QTest::newRow("migrate active") << "ACTIVE" << A::Migrate << true;
    QTest::newRow("migrate shutoff") << "SHUTOFF" << A::Migrate << true;
    QTest::newRow("migrate suspended") << "SUSPENDED" << A::Migrate << false;
    QTest::newRow("migrate error") << "ERROR" << A::Migrate << false;
    QTest::newRow("migrate offloaded (no host)") << "SHELVED_OFFLOADED" << A::Migrate << false;
}

void TestDesktopPolicy::byState()
{
    QFETCH(QString, status);
    QFETCH(DesktopCommand, action);
    QFETCH(bool, allowed);
    QCOMPARE(DesktopPolicy::isAllowed(action, desk(status), admin()), allowed);
}

void TestDesktopPolicy::busyDesktopsOnlyForceDelete()
{
    Server s = desk(QStringLiteral("ACTIVE"));
    s.taskState = QStringLiteral("suspending");
    QVERIFY(!DesktopPolicy::isAllowed(A::Suspend, s, admin()));
    QVERIFY(!DesktopPolicy::isAllowed(A::Delete, s, admin()));
    QVERIFY(DesktopPolicy::isAllowed(A::ForceDelete, s, admin()));

    const Server idle = desk(QStringLiteral("ACTIVE"));
    QVERIFY(DesktopPolicy::isAllowed(A::Suspend, idle, admin()));
    QVERIFY(!DesktopPolicy::isAllowed(A::Suspend, idle, admin(), /*busy=*/true)); // a Phoenix task runs
}

void TestDesktopPolicy::membersSeeOwnAndTaught()
{
    const QList<Server> servers = {desk(QStringLiteral("ACTIVE"), QStringLiteral("wang"), QStringLiteral("teacher"),
                                        QStringLiteral("math")),
                                   desk(QStringLiteral("ACTIVE"), QStringLiteral("s1"), QStringLiteral("student"),
                                        QStringLiteral("math")),
                                   desk(QStringLiteral("ACTIVE"), QStringLiteral("s2"), QStringLiteral("student"),
                                        QStringLiteral("bio")),
                                   desk(QStringLiteral("ACTIVE"), QStringLiteral("li"), QStringLiteral("teacher"),
                                        QStringLiteral("bio"))};
    const Actor wang = Actor::fromServers(false, QStringLiteral("wang"), QStringLiteral("uid-wang"), servers);
    QCOMPARE(wang.taughtCourses, QSet<QString>({QStringLiteral("math")}));
    QVERIFY(DesktopPolicy::canSee(wang, servers.at(0)));
    QVERIFY(DesktopPolicy::canSee(wang, servers.at(1)));  // a student of her course
    QVERIFY(!DesktopPolicy::canSee(wang, servers.at(2))); // another course
    QVERIFY(!DesktopPolicy::canSee(wang, servers.at(3))); // another teacher
    QVERIFY(DesktopPolicy::isAllowed(A::Suspend, servers.at(1), wang));
    QVERIFY(!DesktopPolicy::isAllowed(A::Suspend, servers.at(2), wang));
    QVERIFY(DesktopPolicy::isAllowed(A::Delete, servers.at(0), wang));  // her own
    QVERIFY(!DesktopPolicy::isAllowed(A::Delete, servers.at(1), wang)); // not her students'
}

void TestDesktopPolicy::membersGetNoAdminActions()
{
    Actor member;
    member.userName = QStringLiteral("alice");
    Server mine = desk(QStringLiteral("ERROR"), QStringLiteral("alice"));
    QVERIFY(!DesktopPolicy::isOffered(A::ForceDelete, member));
    QVERIFY(!DesktopPolicy::isAllowed(A::ForceDelete, mine, member));
    QVERIFY(!DesktopPolicy::isOffered(A::Adopt, member));
    QVERIFY(!DesktopPolicy::isOffered(A::LiveMigrate, member));
    QVERIFY(!DesktopPolicy::isOffered(A::Migrate, member));
    QVERIFY(!DesktopPolicy::isAllowed(A::Migrate, desk(QStringLiteral("ACTIVE"), QStringLiteral("alice")), member));
    QVERIFY(DesktopPolicy::isOffered(A::Migrate, admin()));
    QVERIFY(DesktopPolicy::isAllowed(A::RebootHard, mine, member));

    Server foreign = mine;
    foreign.metadata.clear();
    QVERIFY(!DesktopPolicy::canSee(member, foreign));
    QVERIFY(DesktopPolicy::isAllowed(A::Adopt, foreign, admin()));
    QVERIFY(!DesktopPolicy::isAllowed(A::Adopt, mine, admin())); // already a Phoenix desktop
}

void TestDesktopPolicy::floatingIpActions()
{
    Server s = desk(QStringLiteral("ACTIVE"));
    QVERIFY(DesktopPolicy::isAllowed(A::AssignFloatingIp, s, admin()));
    QVERIFY(!DesktopPolicy::isAllowed(A::ReleaseFloatingIp, s, admin()));
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("172.24.4.9"), 4, QStringLiteral("floating"), {}};
    QVERIFY(!DesktopPolicy::isAllowed(A::AssignFloatingIp, s, admin()));
    QVERIFY(DesktopPolicy::isAllowed(A::ReleaseFloatingIp, s, admin()));
    QVERIFY(DesktopPolicy::isAllowed(A::Connect, s, admin()));
}

void TestDesktopPolicy::availabilityCountsEligibleOnly()
{
    const QList<Server> sel = {desk(QStringLiteral("SUSPENDED"), QStringLiteral("a")),
                               desk(QStringLiteral("SUSPENDED"), QStringLiteral("b")),
                               desk(QStringLiteral("ACTIVE"), QStringLiteral("c"))};
    ActionAvailability resume = DesktopPolicy::availability(A::Resume, sel, admin());
    QCOMPARE(resume.selected, 3);
    QCOMPARE(resume.eligible, 2);
    QVERIFY(resume.enabled());
    QVERIFY(resume.partial());
    QCOMPARE(resume.eligibleIds, QStringList({sel.at(0).id, sel.at(1).id}));

    resume = DesktopPolicy::availability(A::Resume, sel, admin(), {sel.at(0).id, sel.at(1).id});
    QVERIFY(!resume.enabled());
    QVERIFY(!DesktopPolicy::availability(A::Start, sel, admin()).enabled());
    QVERIFY(!DesktopPolicy::availability(A::Start, {}, admin()).enabled());
}

void TestDesktopPolicy::everyActionHasTextAndKey()
{
    QSet<QString> keys;
    for (int i = 0; i < int(A::ActionCount); ++i) {
        const auto a = DesktopCommand(i);
        QVERIFY(!DesktopPolicy::actionText(a).isEmpty());
        keys.insert(DesktopPolicy::actionKey(a));
    }
    QCOMPARE(keys.size(), int(A::ActionCount));
    QCOMPARE(DesktopPolicy::taskKind(A::Resume), std::optional<TaskKind>(TaskKind::Resume));
    QCOMPARE(DesktopPolicy::taskKind(A::Restore), std::optional<TaskKind>(TaskKind::Rebuild));
    QCOMPARE(DesktopPolicy::taskKind(A::LiveMigrate), std::optional<TaskKind>(TaskKind::LiveMigrate));
    QCOMPARE(DesktopPolicy::taskKind(A::Migrate), std::optional<TaskKind>(TaskKind::ColdMigrate));
    QVERIFY(!DesktopPolicy::taskKind(A::OpenConsole).has_value());
    QVERIFY(DesktopPolicy::needsConfirmation(A::Delete));
    QVERIFY(!DesktopPolicy::needsConfirmation(A::Resume));
}

// phoenix:role is read in one place: exactly "teacher" or "student", anything else is no role.
void TestDesktopPolicy::rolesParsedFromMetadata()
{
    QCOMPARE(DesktopRoles::of(desk(QStringLiteral("ACTIVE"), {}, QStringLiteral("teacher"))), DesktopRole::Teacher);
    QCOMPARE(DesktopRoles::of(desk(QStringLiteral("ACTIVE"), {}, QStringLiteral("student"))), DesktopRole::Student);
    for (const char *other : {"", "Teacher", "admin", " student"})
        QVERIFY2(!DesktopRoles::of(desk(QStringLiteral("ACTIVE"), {}, QLatin1String(other))), other);
    QVERIFY(!DesktopRoles::of(Server()).has_value());
    for (const DesktopRole role : DesktopRoles::all()) {
        QCOMPARE(DesktopRoles::fromKey(DesktopRoles::key(role)), role);
        QVERIFY(!DesktopRoles::desktopName(role).isEmpty());
        QVERIFY(DesktopRoles::desktopsName(role) != DesktopRoles::desktopName(role));
    }
    QCOMPARE(DesktopRoles::key(DesktopRole::Teacher), QStringLiteral("teacher"));
    QCOMPARE(DesktopRoles::desktopName(DesktopRole::Student), QStringLiteral("Student desktop"));
    // A teacher's course comes only from a desktop whose role is teacher.
    Server fake = desk(QStringLiteral("ACTIVE"), QStringLiteral("li"), QStringLiteral("teacher "), QStringLiteral("art"));
    QVERIFY(Actor::fromServers(false, QStringLiteral("li"), {}, {fake}).taughtCourses.isEmpty());
    fake.metadata.insert(QStringLiteral("phoenix:role"), QStringLiteral("teacher"));
    QCOMPARE(Actor::fromServers(false, QStringLiteral("li"), {}, {fake}).taughtCourses, QSet<QString>{QStringLiteral("art")});
}

QTEST_GUILESS_MAIN(TestDesktopPolicy)
#include "tst_desktoppolicy.moc"
