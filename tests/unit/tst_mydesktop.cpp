// "My desktop" rules (issue 14): whose desktops, the tray's state, the menu's enabled actions,
// the learned "usually 40 s", and the action that opens a desktop from each state.
#include "models/domain/mydesktop.h"
#include "models/engine/stagerunner.h"

#include <QTest>

namespace
{
Server desktop(const QString &name, const QString &owner, const QString &status, const QString &taskState = {})
{
    Server s;
    s.id = name + QStringLiteral("-id");
    s.name = name;
    s.status = status;
    s.taskState = taskState;
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher"));
    if (!owner.isEmpty())
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), owner);
    return s;
}

TaskSnapshot openTask(TaskState state, const QDateTime &start, int seconds)
{
    TaskSnapshot t;
    t.spec.kind = TaskKind::OpenDesktop;
    t.state = state;
    t.chain = stageChain(TaskKind::OpenDesktop);
    t.updatedAt = start.addSecs(seconds);
    StageRecord a;
    a.stage = Stage::Action;
    a.ok = true;
    a.startedAt = start;
    a.finishedAt = start.addSecs(1);
    StageRecord d;
    d.index = 3;
    d.stage = Stage::Detect;
    d.ok = true;
    d.startedAt = start.addSecs(seconds - 2);
    d.finishedAt = start.addSecs(seconds);
    t.history = {a, d};
    return t;
}
} // namespace

class TestMyDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheirOwn();
    void stateOf_data();
    void stateOf();
    void combined();
    void menuActionsByState_data();
    void menuActionsByState();
    void expectedFromTheJournal();
    void expectedText();
    void progressText();
    void openActionForEachState_data();
    void openActionForEachState();
};

void TestMyDesktop::onlyTheirOwn()
{
    Server other = desktop(QStringLiteral("t2"), QStringLiteral("teacher2"), QStringLiteral("ACTIVE"));
    Server byId = desktop(QStringLiteral("b-by-id"), QStringLiteral("uid-1"), QStringLiteral("SUSPENDED"));
    Server gone = desktop(QStringLiteral("gone"), QStringLiteral("teacher1"), QStringLiteral("DELETED"));
    Server plain = desktop(QStringLiteral("plain"), QStringLiteral("teacher1"), QStringLiteral("ACTIVE"));
    plain.metadata.remove(QString::fromLatin1(PhoenixMeta::Role)); // not a Phoenix desktop
    Server unowned = desktop(QStringLiteral("nobody"), QString(), QStringLiteral("ACTIVE"));
    const QList<Server> all = {desktop(QStringLiteral("c-t1"), QStringLiteral("teacher1"), QStringLiteral("ACTIVE")), other, byId,
                               gone, plain, unowned, desktop(QStringLiteral("a-t1"), QStringLiteral("teacher1"), QStringLiteral("SHUTOFF"))};
    QStringList names;
    for (const Server &s : MyDesktop::owned(all, QStringLiteral("teacher1"), QStringLiteral("uid-1")))
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("a-t1"), QStringLiteral("b-by-id"), QStringLiteral("c-t1")}));
    QVERIFY(MyDesktop::owned(all, QString(), QString()).isEmpty()); // an unknown user owns nothing
}

void TestMyDesktop::stateOf_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("taskState");
    QTest::addColumn<int>("task"); // -1 none, else TaskState
    QTest::addColumn<int>("expected");
    QTest::newRow("active") << "ACTIVE" << "" << -1 << int(MyDesktopState::Ready);
    QTest::newRow("suspended") << "SUSPENDED" << "" << -1 << int(MyDesktopState::Suspended);
    QTest::newRow("shut off") << "SHUTOFF" << "" << -1 << int(MyDesktopState::Suspended);
    QTest::newRow("shelved") << "SHELVED_OFFLOADED" << "" << -1 << int(MyDesktopState::Suspended);
    QTest::newRow("resuming") << "SUSPENDED" << "resuming" << -1 << int(MyDesktopState::Starting);
    QTest::newRow("open task running") << "SUSPENDED" << "" << int(TaskState::Running) << int(MyDesktopState::Starting);
    QTest::newRow("open task waits, server active") << "ACTIVE" << "" << int(TaskState::Waiting) << int(MyDesktopState::Starting);
    QTest::newRow("error") << "ERROR" << "" << -1 << int(MyDesktopState::Failed);
    QTest::newRow("open failed") << "SUSPENDED" << "" << int(TaskState::Failed) << int(MyDesktopState::Failed);
    QTest::newRow("open done") << "ACTIVE" << "" << int(TaskState::Done) << int(MyDesktopState::Ready);
}

void TestMyDesktop::stateOf()
{
    QFETCH(QString, status);
    QFETCH(QString, taskState);
    QFETCH(int, task);
    QFETCH(int, expected);
    std::optional<TaskSnapshot> t;
    if (task >= 0) {
        t = TaskSnapshot();
        t->spec.kind = TaskKind::OpenDesktop;
        t->state = TaskState(task);
    }
    QCOMPARE(int(MyDesktop::stateOf(desktop(QStringLiteral("x"), QStringLiteral("u"), status, taskState), t)), expected);
}

void TestMyDesktop::combined()
{
    using S = MyDesktopState;
    QCOMPARE(MyDesktop::combined({}), S::None);
    QCOMPARE(MyDesktop::combined({S::Suspended, S::Ready}), S::Ready);
    QCOMPARE(MyDesktop::combined({S::Ready, S::Failed}), S::Failed);
    QCOMPARE(MyDesktop::combined({S::Failed, S::Starting}), S::Starting);
    QCOMPARE(MyDesktop::combined({S::Suspended}), S::Suspended);
    QCOMPARE(MyDesktop::combined({S::Offline, S::Ready}), S::Offline);
}

void TestMyDesktop::menuActionsByState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<bool>("restart");
    QTest::newRow("ready") << int(MyDesktopState::Ready) << true << true << true;
    QTest::newRow("suspended") << int(MyDesktopState::Suspended) << true << false << false;
    QTest::newRow("starting") << int(MyDesktopState::Starting) << false << false << false;
    QTest::newRow("failed") << int(MyDesktopState::Failed) << true << false << true;
    QTest::newRow("offline") << int(MyDesktopState::Offline) << false << false << false;
    QTest::newRow("none") << int(MyDesktopState::None) << false << false << false;
}

void TestMyDesktop::menuActionsByState()
{
    QFETCH(int, state);
    QFETCH(bool, open);
    QFETCH(bool, suspend);
    QFETCH(bool, restart);
    QCOMPARE(MyDesktop::canOpen(MyDesktopState(state)), open);
    QCOMPARE(MyDesktop::canSuspend(MyDesktopState(state)), suspend);
    QCOMPARE(MyDesktop::canRestart(MyDesktopState(state)), restart);
}

void TestMyDesktop::expectedFromTheJournal()
{
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
    QCOMPARE(MyDesktop::expectedSeconds({}), std::nullopt);
    QList<TaskSnapshot> history{openTask(TaskState::Done, t0, 30), openTask(TaskState::Done, t0.addDays(1), 50),
                                openTask(TaskState::Done, t0.addDays(2), 40),
                                openTask(TaskState::Failed, t0.addDays(3), 600)}; // failures do not count
    TaskSnapshot resume = openTask(TaskState::Done, t0.addDays(4), 900);
    resume.spec.kind = TaskKind::Resume; // another kind does not count
    history << resume;
    QCOMPARE(MyDesktop::expectedSeconds(history), 40);
    history << openTask(TaskState::Done, t0.addDays(5), 45);
    QCOMPARE(MyDesktop::expectedSeconds(history), 43); // median of 30 40 45 50, rounded
    // Only the latest ten runs: a slow past is forgotten.
    QList<TaskSnapshot> many;
    for (int i = 0; i < 10; ++i)
        many << openTask(TaskState::Done, t0.addDays(i), 300);
    for (int i = 0; i < 10; ++i)
        many << openTask(TaskState::Done, t0.addDays(20 + i), 20);
    QCOMPARE(MyDesktop::expectedSeconds(many), 20);
}

void TestMyDesktop::expectedText()
{
    QCOMPARE(MyDesktop::expectedText(std::nullopt), QString());
    QCOMPARE(MyDesktop::expectedText(40), QStringLiteral("usually 40 s"));
    QCOMPARE(MyDesktop::expectedText(150), QStringLiteral("usually 3 min"));
}

void TestMyDesktop::progressText()
{
    TaskSnapshot t;
    t.spec.kind = TaskKind::OpenDesktop;
    t.chain = stageChain(TaskKind::OpenDesktop);
    t.stageIndex = 1;
    QCOMPARE(MyDesktop::progressText(t, 40), QStringLiteral("Waiting until it runs (step 2 of 4, usually 40 s)"));
    t.stageIndex = 3;
    QCOMPARE(MyDesktop::progressText(t, std::nullopt), QStringLiteral("Waiting for the remote desktop to answer (step 4 of 4)"));
    QCOMPARE(MyDesktop::toolTip(MyDesktopState::Ready, QStringLiteral("lab-t1"), QStringLiteral("203.0.113.20")),
             QStringLiteral("Phoenix — lab-t1: Ready (203.0.113.20)"));
}

void TestMyDesktop::openActionForEachState_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("action"); // -1: none
    QTest::newRow("suspended") << "SUSPENDED" << int(ServerAction::Resume);
    QTest::newRow("shutoff") << "SHUTOFF" << int(ServerAction::Start);
    QTest::newRow("shelved") << "SHELVED" << int(ServerAction::Unshelve);
    QTest::newRow("shelved offloaded") << "SHELVED_OFFLOADED" << int(ServerAction::Unshelve);
    QTest::newRow("paused") << "PAUSED" << int(ServerAction::Unpause);
    QTest::newRow("active: nothing") << "ACTIVE" << -1;
    QTest::newRow("error: nothing") << "ERROR" << -1;
}

void TestMyDesktop::openActionForEachState()
{
    QFETCH(QString, status);
    QFETCH(int, action);
    const std::optional<ServerAction> a = StageRunner::openActionFor(status);
    QCOMPARE(a.has_value(), action >= 0);
    if (a)
        QCOMPARE(int(*a), action);
    QCOMPARE(StageRunner::targetStatuses(TaskKind::OpenDesktop), QStringList{QStringLiteral("ACTIVE")});
}

QTEST_GUILESS_MAIN(TestMyDesktop)
#include "tst_mydesktop.moc"
