// The task engine's journal rules, without a cloud: a lease is never granted when the journal
// cannot answer, leases follow the database's clock (a workstation with a skewed clock takes
// nothing over), a batch's options survive the journal, twins are chosen alike by every runner,
// and a step's outcome moves the task as documented (StepTransition).
#include "models/engine/stagerunner.h"
#include "models/engine/steptransition.h"
#include "models/engine/storejournal.h"
#include "models/store/database.h"
#include "models/store/taskjournal.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestEngineJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claimWhenTheDatabaseFailsSaysNo();
    void leasesFollowTheDatabaseClock();
    void deadRunnerHereIsTakenOverAtOnce();
    void releasedLeaseIsFree();
    void finishedTaskIsTakenOnlyToRerun();
    void batchOptionsRoundTrip();
    void twinsAreChosenAlikeByEveryRunner();
    void stepTransitions();

private:
    TaskSnapshot journaledTask();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreJournal> m_journal;
};

void TestEngineJournal::init()
{
    m_db = std::make_unique<Database>();
    const CloudError e = m_db->open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY2(!e, qPrintable(e.detail()));
    m_journal = std::make_unique<StoreJournal>(m_db.get(), QStringLiteral("scope"), QStringLiteral("school"));
}

void TestEngineJournal::cleanup()
{
    m_journal.reset();
    m_db.reset();
}

TaskSnapshot TestEngineJournal::journaledTask()
{
    TaskSnapshot t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.spec.kind = TaskKind::Resume;
    t.spec.serverId = QStringLiteral("server-1");
    t.spec.serverName = QStringLiteral("desk-1");
    t.chain = stageChain(TaskKind::Resume);
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    BatchSnapshot b;
    b.id = t.batchId;
    b.kind = TaskKind::Resume;
    b.createdAt = t.createdAt;
    [&] {
        QVERIFY(!m_journal->saveBatch(b, QStringLiteral("admin")));
        QVERIFY(!m_journal->saveTask(t));
    }();
    return t;
}

void TestEngineJournal::claimWhenTheDatabaseFailsSaysNo()
{
    const TaskSnapshot t = journaledTask();
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("a:1:x"), 90), EngineJournal::LeaseAnswer::Mine);
    m_db->close(); // the journal can no longer answer
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 90), EngineJournal::LeaseAnswer::Unknown);
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("a:1:x"), 90), EngineJournal::LeaseAnswer::Unknown);
    QCOMPARE(m_journal->renewLeases(QStringLiteral("a:1:x"), 90), -1);
}

void TestEngineJournal::leasesFollowTheDatabaseClock()
{
    const TaskSnapshot t = journaledTask();
    // Runner A's clock is an hour slow, runner B's an hour fast; the database's clock is right.
    StoreJournal slow(m_db.get(), QStringLiteral("scope"), QStringLiteral("school"));
    slow.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
    StoreJournal fast(m_db.get(), QStringLiteral("scope"), QStringLiteral("school"));
    fast.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    QCOMPARE(slow.claim(t.id, QStringLiteral("slow:1:a"), 60), EngineJournal::LeaseAnswer::Mine);
    QCOMPARE(fast.claim(t.id, QStringLiteral("fast:2:b"), 60), EngineJournal::LeaseAnswer::Theirs);
    QVERIFY(!fast.saveTask(t)); // writing timestamps with its own clock changes nothing about the lease
    QCOMPARE(fast.claim(t.id, QStringLiteral("fast:2:b"), 60), EngineJournal::LeaseAnswer::Theirs);
    TaskJournal records(m_db.get());
    const Result<TaskLease> lease = records.lease(t.id);
    QVERIFY(lease.ok());
    QCOMPARE(lease.value().runner, QStringLiteral("slow:1:a"));
    QVERIFY(lease.value().live);
    // The lease ends by the database's clock, whoever asks: a 1 s lease is free soon after.
    QCOMPARE(slow.claim(t.id, QStringLiteral("slow:1:a"), 1), EngineJournal::LeaseAnswer::Mine);
    QTRY_COMPARE_WITH_TIMEOUT(fast.claim(t.id, QStringLiteral("fast:2:b"), 60), EngineJournal::LeaseAnswer::Mine, 5000);
}

void TestEngineJournal::deadRunnerHereIsTakenOverAtOnce()
{
    const TaskSnapshot t = journaledTask();
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString dead = QStringLiteral("%1:%2:abcd1234").arg(QSysInfo::machineHostName()).arg(pid);
    QCOMPARE(m_journal->claim(t.id, dead, 600), EngineJournal::LeaseAnswer::Mine);
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("other:1:x"), 600), EngineJournal::LeaseAnswer::Mine);
}

void TestEngineJournal::releasedLeaseIsFree()
{
    const TaskSnapshot t = journaledTask();
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("a:1:x"), 600), EngineJournal::LeaseAnswer::Mine);
    m_journal->releaseLease(t.id, QStringLiteral("b:2:y")); // not the holder: nothing happens
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 600), EngineJournal::LeaseAnswer::Theirs);
    m_journal->releaseLease(t.id, QStringLiteral("a:1:x"));
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 600), EngineJournal::LeaseAnswer::Mine);
}

void TestEngineJournal::finishedTaskIsTakenOnlyToRerun()
{
    // A runner that read "running" just before the task ended must not take it over (it would run
    // a finished task again): the claim itself refuses a finished task. A retry says so and may.
    TaskSnapshot t = journaledTask();
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("a:1:x"), 600), EngineJournal::LeaseAnswer::Mine);
    t.state = TaskState::Done;
    QVERIFY(!m_journal->saveTask(t));
    m_journal->releaseLease(t.id, QStringLiteral("a:1:x"));
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 600), EngineJournal::LeaseAnswer::Theirs);
    t.state = TaskState::Failed;
    QVERIFY(!m_journal->saveTask(t));
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 600), EngineJournal::LeaseAnswer::Theirs);
    QCOMPARE(m_journal->claim(t.id, QStringLiteral("b:2:y"), 600, /*rerun*/ true), EngineJournal::LeaseAnswer::Mine);
}

void TestEngineJournal::batchOptionsRoundTrip()
{
    TaskSnapshot t = journaledTask();
    t.spec.options.detectTimeoutSeconds = 1;
    t.spec.options.waitTimeoutSeconds = 120;
    t.spec.options.concurrency = 3;
    t.spec.actionMark = QStringLiteral("req-42");
    QVERIFY(!m_journal->saveTask(t));
    const QList<TaskSnapshot> back = m_journal->loadUnfinished();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().spec.options, t.spec.options);
    QCOMPARE(back.first().spec.actionMark, QStringLiteral("req-42"));
    // Without options nothing is written, and nothing comes back.
    TaskSpec plain;
    QVERIFY(!taskSpecToJson(plain).contains(QLatin1String("options")));
    QVERIFY(taskSpecFromJson(taskSpecToJson(plain)).options.isEmpty());
    const BatchOptions zero{0, -1, 0}; // a detect timeout of 0 is an option too
    plain.options = zero;
    QCOMPARE(taskSpecFromJson(taskSpecToJson(plain)).options, zero);
}

void TestEngineJournal::twinsAreChosenAlikeByEveryRunner()
{
    auto server = [](const QString &id, const QString &task, int minute, const QString &status = QStringLiteral("ACTIVE")) {
        Server s;
        s.id = id;
        s.status = status;
        s.created = QDateTime(QDate(2026, 12, 6), QTime(8, minute), Qt::UTC);
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Task), task);
        return s;
    };
    const QList<Server> seen = {server(QStringLiteral("c"), QStringLiteral("t1"), 5), server(QStringLiteral("b"), QStringLiteral("t1"), 2),
                                server(QStringLiteral("z"), QStringLiteral("t2"), 1), server(QStringLiteral("a"), QStringLiteral("t1"), 2),
                                server(QStringLiteral("d"), QStringLiteral("t1"), 0, QStringLiteral("DELETED"))};
    QList<Server> reversed = seen;
    std::reverse(reversed.begin(), reversed.end());
    const QList<Server> one = StageRunner::serversOfTask(seen, QStringLiteral("t1"));
    const QList<Server> two = StageRunner::serversOfTask(reversed, QStringLiteral("t1"));
    QCOMPARE(one.size(), 3); // not the other task's, not the deleted one
    QCOMPARE(one.first().id, QStringLiteral("a")); // the oldest; same created time: the smaller id
    QCOMPARE(two.first().id, QStringLiteral("a"));
    QCOMPARE(one.last().id, QStringLiteral("c"));
}

void TestEngineJournal::stepTransitions()
{
    TaskSnapshot t;
    t.spec.kind = TaskKind::Resume;
    t.chain = stageChain(TaskKind::Resume); // ACTION, WAIT, DETECT
    StageProgress progress;
    progress.attempt = 1;
    progress.pollMark = 7;

    StepOutcome ok = StepOutcome::advance(QStringLiteral("note"));
    ok.requestId = QStringLiteral("req-1");
    StageRecord record = StepTransition::recordOf(t, ok, progress, QDateTime::currentDateTimeUtc());
    StepTransition next = StepTransition::apply(t, progress, record, ok, false, 3);
    QCOMPARE(t.stageIndex, 1);
    QCOMPARE(t.state, TaskState::Pending);
    QCOMPARE(next.delay, 0);
    QVERIFY(next.stage && next.stage->ok && next.stage->requestId == QStringLiteral("req-1"));
    QCOMPARE(progress.pollMark, quint64(7)); // WAIT trusts only polls after the action

    // Waiting: no stage row, the task row only when the state changes.
    t.state = TaskState::Waiting;
    const StepOutcome wait = StepOutcome::wait(500);
    record = StepTransition::recordOf(t, wait, progress, QDateTime::currentDateTimeUtc());
    next = StepTransition::apply(t, progress, record, wait, false, 3);
    QVERIFY(!next.stage);
    QVERIFY(!next.journalTask);
    QCOMPARE(next.delay, 500);

    // Retreat goes back to the action, at most actionTries times.
    StepOutcome back;
    back.kind = StepOutcome::Retreat;
    back.message = QStringLiteral("again");
    for (int i = 0; i < 2; ++i) {
        t.stageIndex = 1;
        record = StepTransition::recordOf(t, back, progress, QDateTime::currentDateTimeUtc());
        next = StepTransition::apply(t, progress, record, back, false, 2);
        QCOMPARE(t.stageIndex, 0);
        QVERIFY(!next.finished);
    }
    t.stageIndex = 1;
    record = StepTransition::recordOf(t, back, progress, QDateTime::currentDateTimeUtc());
    next = StepTransition::apply(t, progress, record, back, false, 2);
    QVERIFY(next.finished);
    QCOMPARE(t.state, TaskState::Failed);

    // A cancel wins over any outcome but a failure's own record.
    TaskSnapshot c;
    c.chain = stageChain(TaskKind::Resume);
    record = StepTransition::recordOf(c, ok, progress, QDateTime::currentDateTimeUtc());
    next = StepTransition::apply(c, progress, record, ok, true, 3);
    QCOMPARE(c.state, TaskState::Cancelled);
    QVERIFY(next.finished && next.stage && !next.stage->ok);
}

QTEST_GUILESS_MAIN(TestEngineJournal)
#include "tst_enginejournal.moc"
