// phoenixctl's journaled batches against the real test bed (labadmin in "school"):
//  - desktops create: dry run, a batch of 20 with metadata, a re-run that skips what exists,
//    a roster CSV
//  - suspend and resume of the 20 as one batch each (--wait, --json)
//  - a failing item (rebuild of a SUSPENDED desktop) ends FAILED with its stage results while the
//    other item succeeds; tasks show / list / retry (re-run from the failed stage)
//  - --no-wait, tasks cancel, tasks resume, tasks retry of a batch
//  - the same journal on PostgreSQL (PHOENIX_TEST_PG_URL, a schema of its own)
//  - kill -9 of "desktops create --count 10 --wait" in BUILD's crash window (Nova made a server,
//    the journal does not know it), then "tasks resume" adopts that server: exactly 10 servers,
//    none duplicated (by name and by phoenix:task), every task done
#include "cloudlab.h"
#include "ctlprocess.h"
#include "journalprobe.h"
#include "cloud/networkapi.h"
#include "storetestutil.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace
{
const QString ImageName = QStringLiteral("ubuntu-22.04-desktop");
const QString FlavorName = QStringLiteral("desk.tiny");
const QString NetworkName = QStringLiteral("lab-net");

QStringList ids(const QJsonArray &tasks, const char *field = "id")
{
    QStringList out;
    for (const QJsonValue &t : tasks)
        out << t[QLatin1String(field)].toString();
    return out;
}
} // namespace

class TestPhoenixctlTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dryRunCreatesNothing();
    void createTwentyAsOneBatch();
    void createAgainSkipsWhatExists();
    void suspendAndResumeTwenty();
    void rosterCreateCarriesMetadata();
    void failingItemKeepsStagesAndRetryRerunsIt();
    void noWaitCancelAndResume();
    void sharedPostgresJournal();
    void killDuringBuildThenResume();
    void cleanupTestCase();

private:
    CtlRun ctl(const QStringList &arguments, int timeoutMs = 600000) const { return m_ctl->run(arguments, timeoutMs); }
    QStringList withDb(QStringList arguments, const QString &db = {}) const;
    QStringList createArgs(const QString &nameTemplate, int count, const QString &db = {}) const;
    QList<Server> servers(const QString &namePrefix);
    QString status(const QString &name);
    // The desktops `names` (of m_batch) exist and are ACTIVE: made or resumed through Nova when a
    // test function runs alone or after one that suspended them. No test relies on another.
    void ensureActive(const QStringList &names);

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("ctltasks")};
    std::unique_ptr<CtlProcess> m_ctl;
    QString m_db;
    QString m_killDb;
    QString m_course;
    QStringList m_batch; // the 20 desktops' names
};

QStringList TestPhoenixctlTasks::withDb(QStringList arguments, const QString &db) const
{
    arguments << QStringLiteral("--db") << (db.isEmpty() ? m_db : db);
    return arguments;
}

QStringList TestPhoenixctlTasks::createArgs(const QString &nameTemplate, int count, const QString &db) const
{
    return withDb({QStringLiteral("desktops"), QStringLiteral("create"), QStringLiteral("--name-template"), m_lab.prefix() + nameTemplate,
                   QStringLiteral("--count"), QString::number(count), QStringLiteral("--image"), ImageName, QStringLiteral("--flavor"),
                   FlavorName, QStringLiteral("--network"), NetworkName, QStringLiteral("--course"), m_course},
                  db);
}

QList<Server> TestPhoenixctlTasks::servers(const QString &namePrefix)
{
    QList<Server> out;
    const Result<QList<Server>> all = m_lab.call<QList<Server>>(
        [this](QObject *ctx, ApiCallback<QList<Server>> cb) { m_lab.compute().listAllServers({}, ctx, cb); });
    if (!all) {
        qWarning("cannot list servers: %s", qPrintable(all.error().detail()));
        return out;
    }
    for (const Server &s : all.value()) {
        if (s.name.startsWith(m_lab.prefix() + namePrefix) && !s.isDeleted())
            out << s;
    }
    return out;
}

QString TestPhoenixctlTasks::status(const QString &name)
{
    for (const Server &s : servers(QString())) {
        if (s.name == name)
            return s.status;
    }
    return QStringLiteral("(none)");
}

void TestPhoenixctlTasks::ensureActive(const QStringList &names)
{
    QHash<QString, Server> existing;
    for (const Server &s : servers(QStringLiteral("b")))
        existing.insert(s.name, s);
    QList<Server> toWait;
    for (const QString &name : names) {
        if (!existing.contains(name)) {
            const QMap<QString, QString> meta{{QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student")},
                                              {QString::fromLatin1(PhoenixMeta::Course), m_course}};
            const Result<Server> made = m_lab.createServer(name.mid(m_lab.prefix().size()), meta, {QString::fromLatin1(PhoenixMeta::Tag)});
            QVERIFY2(made.ok(), qPrintable(made.error().userMessage()));
            toWait << made.value();
            continue;
        }
        const Server s = existing.value(name);
        if (s.status == QLatin1String("SUSPENDED") || s.status == QLatin1String("SHUTOFF")) {
            const ServerAction action = s.status == QLatin1String("SUSPENDED") ? ServerAction::Resume : ServerAction::Start;
            const Result<QString> sent = m_lab.call<QString>([this, id = s.id, action](QObject *ctx, ApiCallback<QString> cb) {
                m_lab.compute().serverAction(id, action, {}, ctx, cb);
            });
            QVERIFY2(sent.ok(), qPrintable(sent.error().userMessage()));
        }
        toWait << s;
    }
    QString why;
    QVERIFY2(m_lab.waitUntil(toWait, ServerGoal::Active, 180000, &why), qPrintable(why));
}

void TestPhoenixctlTasks::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-school", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-school"));
    QVERIFY(m_ctl->isValid());
    // Polls every 2 s while tasks wait; the bed's addresses are not reachable from here, so the
    // reachability check (DETECT) probes once and warns (the default policy).
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0);
    m_db = m_ctl->database();
    m_killDb = m_ctl->database(QStringLiteral("killed.sqlite"));
    m_course = m_lab.prefix() + QStringLiteral("course");
    for (int i = 1; i <= 20; ++i)
        m_batch << m_lab.prefix() + QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0'));
}

void TestPhoenixctlTasks::dryRunCreatesNothing()
{
    const CtlRun plan = ctl(createArgs(QStringLiteral("b{n:02}"), 3) << QStringLiteral("--dry-run") << QStringLiteral("--json"));
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.both()));
    const QJsonArray items = plan.json().array();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0][QLatin1String("name")].toString(), m_batch.at(0));
    QCOMPARE(items[2][QLatin1String("name")].toString(), m_batch.at(2));
    QCOMPARE(items[2][QLatin1String("result")].toString(), QStringLiteral("create"));
    QCOMPARE(items[2][QLatin1String("metadata")][QLatin1String("phoenix:seat")].toString(), QStringLiteral("3"));
    QCOMPARE(items[2][QLatin1String("metadata")][QLatin1String("phoenix:type")].toString(), QStringLiteral("course"));
    QVERIFY(servers(QStringLiteral("b")).isEmpty());
    QVERIFY(!QFile::exists(m_db)); // a dry run needs no journal

    // Unknown inputs are plain errors before anything is journaled.
    QStringList bad = createArgs(QStringLiteral("b{n:02}"), 1);
    bad[bad.indexOf(QStringLiteral("--image")) + 1] = QStringLiteral("no-such-image");
    const CtlRun unknown = ctl(bad);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no-such-image")), qPrintable(unknown.err));
    const CtlRun clash = ctl(createArgs(QStringLiteral("{course}"), 2));
    QCOMPARE(clash.exitCode, 2); // the template names every desktop alike
    QVERIFY2(clash.err.contains(QLatin1String("{n}")), qPrintable(clash.err));
}

void TestPhoenixctlTasks::createTwentyAsOneBatch()
{
    const CtlRun run = ctl(createArgs(QStringLiteral("b{n:02}"), 20)
                           << QStringLiteral("--wait") << QStringLiteral("--json") << QStringLiteral("--concurrency") << QStringLiteral("10"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    const QJsonObject result = run.json().object();
    QCOMPARE(result[QLatin1String("done")].toInt(), 20);
    QCOMPARE(result[QLatin1String("failed")].toInt(), 0);
    const QString batch = result[QLatin1String("batch")].toString();
    QVERIFY(!batch.isEmpty());
    const QJsonArray tasks = result[QLatin1String("tasks")].toArray();
    QCOMPARE(tasks.size(), 20);
    QHash<QString, QString> taskOfName;
    for (const QJsonValue &t : tasks) {
        QCOMPARE(t[QLatin1String("state")].toString(), QStringLiteral("done"));
        QCOMPARE(t[QLatin1String("batch")].toString(), batch);
        const QJsonArray stages = t[QLatin1String("stages")].toArray();
        QCOMPARE(stages.size(), 4); // BUILD, WAIT, FLOATING, DETECT
        QCOMPARE(stages[2][QLatin1String("stage")].toString(), QStringLiteral("floating"));
        QVERIFY2(stages[2][QLatin1String("message")].toString().contains(QLatin1String("203.0.113.")), qPrintable(run.out.left(2000)));
        QVERIFY(stages[3][QLatin1String("warning")].toBool()); // not reachable from here: warned, not failed
        taskOfName.insert(t[QLatin1String("desktop")].toString(), t[QLatin1String("id")].toString());
    }
    // --wait with --json: every stage on the error stream, the result on standard output.
    QVERIFY2(run.err.contains(m_batch.at(0) + QStringLiteral(": Build…")), qPrintable(run.err.left(2000)));
    QVERIFY2(run.err.contains(m_batch.at(19) + QStringLiteral(": Wait for ACTIVE done")), qPrintable(run.err.left(2000)));

    const QList<Server> made = servers(QStringLiteral("b"));
    QCOMPARE(made.size(), 20);
    QSet<QString> names;
    for (const Server &s : made) {
        names.insert(s.name);
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QCOMPARE(s.meta(PhoenixMeta::Task), taskOfName.value(s.name)); // the idempotency key
        QCOMPARE(s.meta(PhoenixMeta::Type), QStringLiteral("course"));
        QCOMPARE(s.meta(PhoenixMeta::Role), QStringLiteral("student"));
        QCOMPARE(s.meta(PhoenixMeta::Course), m_course);
        QCOMPARE(s.meta(PhoenixMeta::Seat), QString::number(m_batch.indexOf(s.name) + 1));
        QVERIFY(s.tags.contains(QLatin1String("phoenix")));
    }
    QCOMPARE(names, QSet<QString>(m_batch.cbegin(), m_batch.cend()));
    qInfo("FIGURE create 20 through phoenixctl: %.1f s wall (engine: %.1f s)", run.seconds, result[QLatin1String("seconds")].toDouble());

    const CtlRun list = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--batch"), batch.left(8), QStringLiteral("--json")}));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 20);
    for (const QJsonValue &t : list.json().array())
        QCOMPARE(t[QLatin1String("state")].toString(), QStringLiteral("done"));
}

void TestPhoenixctlTasks::createAgainSkipsWhatExists()
{
    ensureActive(m_batch);
    const CtlRun plan = ctl(createArgs(QStringLiteral("b{n:02}"), 22) << QStringLiteral("--dry-run"));
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.both()));
    QVERIFY2(plan.out.contains(QLatin1String("2 to create, 20 skipped")), qPrintable(plan.out));

    const CtlRun again = ctl(createArgs(QStringLiteral("b{n:02}"), 20));
    QVERIFY2(again.exitCode == 0, qPrintable(again.both()));
    QVERIFY2(again.out.contains(m_batch.at(4) + QStringLiteral(": skipped: exists")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("Nothing to create")), qPrintable(again.out));
    QCOMPARE(servers(QStringLiteral("b")).size(), 20); // not duplicated
}

void TestPhoenixctlTasks::suspendAndResumeTwenty()
{
    ensureActive(m_batch);
    for (const QString &verb : {QStringLiteral("suspend"), QStringLiteral("resume")}) {
        const QString goal = verb == QLatin1String("suspend") ? QStringLiteral("SUSPENDED") : QStringLiteral("ACTIVE");
        const CtlRun run = ctl(withDb(QStringList{QStringLiteral("desktops"), verb} + m_batch
                                      << QStringLiteral("--wait") << QStringLiteral("--json") << QStringLiteral("--concurrency")
                                      << QStringLiteral("10")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
        const QJsonObject result = run.json().object();
        QCOMPARE(result[QLatin1String("done")].toInt(), 20);
        QCOMPARE(result[QLatin1String("tasks")].toArray().size(), 20);
        QCOMPARE(result[QLatin1String("batches")].toArray().size(), 1); // one batch of 20
        for (const QJsonValue &t : result[QLatin1String("tasks")].toArray()) {
            QCOMPARE(t[QLatin1String("action")].toString(), verb);
            QCOMPARE(t[QLatin1String("goal")].toString(), goal);
        }
        QVERIFY2(run.err.contains(m_batch.at(7) + QStringLiteral(": Wait for ") + goal + QStringLiteral("…")), qPrintable(run.err.left(2000)));
        for (const Server &s : servers(QStringLiteral("b")))
            QCOMPARE(s.status, goal);
        qInfo("FIGURE %s 20 through phoenixctl: %.1f s wall", qPrintable(verb), run.seconds);
    }
}

void TestPhoenixctlTasks::rosterCreateCarriesMetadata()
{
    QFile csv(m_ctl->database(QStringLiteral("roster.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("user,seat\nteacher1,7\nteacher2,8\n");
    csv.close();
    QStringList args = withDb({QStringLiteral("desktops"), QStringLiteral("create"), QStringLiteral("--name-template"),
                               m_lab.prefix() + QStringLiteral("r-{seat:02}-{owner}"), QStringLiteral("--owners-csv"), csv.fileName(),
                               QStringLiteral("--image"), QStringLiteral("win10-edu"), QStringLiteral("--flavor"), FlavorName,
                               QStringLiteral("--network"), NetworkName, QStringLiteral("--role"), QStringLiteral("teacher"),
                               QStringLiteral("--course"), m_course, QStringLiteral("--type"), QStringLiteral("static")});
    const CtlRun run = ctl(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
    QVERIFY2(run.out.contains(m_lab.prefix() + QStringLiteral("r-07-teacher1: done (ACTIVE)")), qPrintable(run.out));
    const QList<Server> made = servers(QStringLiteral("r-"));
    QCOMPARE(made.size(), 2);
    for (const Server &s : made) {
        const bool first = s.name.endsWith(QLatin1String("teacher1"));
        QCOMPARE(s.meta(PhoenixMeta::Owner), first ? QStringLiteral("teacher1") : QStringLiteral("teacher2"));
        QCOMPARE(s.meta(PhoenixMeta::Seat), first ? QStringLiteral("7") : QStringLiteral("8"));
        QCOMPARE(s.meta(PhoenixMeta::Role), QStringLiteral("teacher"));
        QCOMPARE(s.meta(PhoenixMeta::Type), QStringLiteral("static"));
        QCOMPARE(s.meta(PhoenixMeta::Course), m_course);
        QCOMPARE(s.imageId, m_lab.altImageId);
    }
    // A roster with a bad line creates nothing.
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("user,seat\nteacher3,x\n");
    csv.close();
    const CtlRun bad = ctl(args);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("Line 2")), qPrintable(bad.err));
}

void TestPhoenixctlTasks::failingItemKeepsStagesAndRetryRerunsIt()
{
    ensureActive(m_batch.mid(0, 2));
    QString failedTask;
    const QString broken = m_batch.at(0); // SUSPENDED: Nova refuses to rebuild it (409)
    const QString fine = m_batch.at(1);
    const CtlRun suspend = ctl(withDb({QStringLiteral("desktops"), QStringLiteral("suspend"), broken}));
    QVERIFY2(suspend.exitCode == 0, qPrintable(suspend.both()));

    const CtlRun run = ctl(withDb({QStringLiteral("desktops"), QStringLiteral("rebuild"), broken, fine, QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.json().object();
    QCOMPARE(result[QLatin1String("done")].toInt(), 1);
    QCOMPARE(result[QLatin1String("failed")].toInt(), 1);
    for (const QJsonValue &t : result[QLatin1String("tasks")].toArray()) {
        const QJsonArray stages = t[QLatin1String("stages")].toArray();
        if (t[QLatin1String("desktop")].toString() == fine) {
            QCOMPARE(t[QLatin1String("state")].toString(), QStringLiteral("done"));
            QCOMPARE(stages.size(), 3); // REBUILD, WAIT, DETECT
            continue;
        }
        failedTask = t[QLatin1String("id")].toString();
        QCOMPARE(t[QLatin1String("state")].toString(), QStringLiteral("failed"));
        QCOMPARE(t[QLatin1String("stage")].toString(), QStringLiteral("action"));
        QVERIFY(t[QLatin1String("error")].toString().contains(t[QLatin1String("request_id")].toString()));
        QCOMPARE(stages.size(), 3); // a conflict may pass: three tries, each with Nova's request ID
        for (const QJsonValue &s : stages) {
            QVERIFY(!s[QLatin1String("ok")].toBool());
            QVERIFY2(s[QLatin1String("request_id")].toString().startsWith(QLatin1String("req-")), qPrintable(run.out));
            QVERIFY(!s[QLatin1String("started")].toString().isEmpty() && !s[QLatin1String("finished")].toString().isEmpty());
        }
        QCOMPARE(stages[2][QLatin1String("attempt")].toInt(), 3);
    }
    QVERIFY(!failedTask.isEmpty());
    QVERIFY2(run.err.contains(broken + QStringLiteral(": failed at Restore: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Request ID: req-")), qPrintable(run.err));
    QCOMPARE(status(broken), QStringLiteral("SUSPENDED")); // untouched by the failure

    // The journal keeps it: list by state, show with every attempt.
    const CtlRun failed = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("failed"),
                                      QStringLiteral("--json")}));
    QCOMPARE(failed.exitCode, 0);
    QVERIFY(ids(failed.json().array()).contains(failedTask));
    const CtlRun show = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("show"), failedTask.left(8), QStringLiteral("--json")}));
    QVERIFY2(show.exitCode == 0, qPrintable(show.both()));
    const QJsonObject shown = show.json().object();
    QCOMPARE(shown[QLatin1String("id")].toString(), failedTask);
    QCOMPARE(shown[QLatin1String("state")].toString(), QStringLiteral("failed"));
    QCOMPARE(shown[QLatin1String("stages")].toArray().size(), 3);
    const CtlRun text = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("show"), failedTask}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("REQUEST ID")) && text.out.contains(QLatin1String("vm_state suspended")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Restore  3    failed")), qPrintable(text.out));
    const CtlRun table = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("list")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(QLatin1String("TASK")));
    QVERIFY2(table.out.contains(failedTask.left(8)), qPrintable(table.out));

    // Retry re-runs the same task from its failed stage once the cause is gone.
    const CtlRun resume = ctl(withDb({QStringLiteral("desktops"), QStringLiteral("resume"), m_batch.at(0)}));
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.both()));
    const CtlRun retry = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("retry"), failedTask.left(8), QStringLiteral("--json")}));
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.both()));
    const QJsonObject retried = retry.json().object();
    QCOMPARE(retried[QLatin1String("done")].toInt(), 1);
    QCOMPARE(retried[QLatin1String("tasks")][0][QLatin1String("id")].toString(), failedTask); // the same task, not a new one
    const CtlRun after = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("show"), failedTask, QStringLiteral("--json")}));
    const QJsonArray stages = after.json().object()[QLatin1String("stages")].toArray();
    QCOMPARE(after.json().object()[QLatin1String("state")].toString(), QStringLiteral("done"));
    QCOMPARE(stages.size(), 6); // the three failed tries kept, then REBUILD, WAIT, DETECT
    QVERIFY(stages[3][QLatin1String("ok")].toBool());
    QCOMPARE(stages[3][QLatin1String("stage")].toString(), QStringLiteral("action"));

    const CtlRun again = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("retry"), failedTask}));
    QCOMPARE(again.exitCode, 1); // done: nothing to retry
    QVERIFY2(again.err.contains(QLatin1String("only failed or cancelled")), qPrintable(again.err));
    const CtlRun unknown = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("show"), QStringLiteral("ffffffff")}));
    QCOMPARE(unknown.exitCode, 1);
}

void TestPhoenixctlTasks::noWaitCancelAndResume()
{
    ensureActive(m_batch.mid(2, 2));
    const QString a = m_batch.at(2);
    const QString b = m_batch.at(3);
    const CtlRun queued = ctl(withDb({QStringLiteral("desktops"), QStringLiteral("suspend"), a, b, QStringLiteral("--no-wait"), QStringLiteral("--json")}));
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.both()));
    const QJsonObject q = queued.json().object();
    QCOMPARE(q[QLatin1String("started")].toBool(true), false);
    const QString batch = q[QLatin1String("batch")].toString();
    QString taskA;
    for (const QJsonValue &t : q[QLatin1String("tasks")].toArray()) {
        QCOMPARE(t[QLatin1String("state")].toString(), QStringLiteral("pending"));
        if (t[QLatin1String("desktop")].toString() == a)
            taskA = t[QLatin1String("id")].toString();
    }
    QVERIFY(!taskA.isEmpty());
    QCOMPARE(status(a), QStringLiteral("ACTIVE")); // journaled, not run
    QCOMPARE(status(b), QStringLiteral("ACTIVE"));

    const CtlRun cancel = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("cancel"), taskA.left(8)}));
    QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.both()));
    QVERIFY2(cancel.out.contains(a + QStringLiteral(": cancelled")), qPrintable(cancel.out));
    const CtlRun list = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--batch"), batch, QStringLiteral("--json")}));
    QStringList states;
    for (const QJsonValue &t : list.json().array())
        states << t[QLatin1String("desktop")].toString().right(3) + QLatin1Char('=') + t[QLatin1String("state")].toString();
    states.sort();
    QCOMPARE(states, QStringList({QStringLiteral("b03=cancelled"), QStringLiteral("b04=pending")}));

    const CtlRun resumed = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")}));
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.both()));
    QCOMPARE(resumed.json().object()[QLatin1String("done")].toInt(), 1);
    QCOMPARE(resumed.json().object()[QLatin1String("tasks")][0][QLatin1String("desktop")].toString(), b);
    QCOMPARE(status(b), QStringLiteral("SUSPENDED"));
    QCOMPARE(status(a), QStringLiteral("ACTIVE")); // cancelled: never sent

    const CtlRun nothing = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("resume")}));
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains(QLatin1String("Nothing to resume")), qPrintable(nothing.out));

    // Retrying the batch re-runs only what did not succeed: the cancelled task.
    const CtlRun retry = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("retry"), batch, QStringLiteral("--json")}));
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.both()));
    QCOMPARE(ids(retry.json().object()[QLatin1String("tasks")].toArray()), QStringList{taskA});
    QCOMPARE(status(a), QStringLiteral("SUSPENDED"));
}

void TestPhoenixctlTasks::sharedPostgresJournal()
{
    if (StoreTest::pgUrl().isEmpty()) {
        if (TestEnv::isCi())
            QFAIL("CI=true but PHOENIX_TEST_PG_URL is not set");
        QSKIP("PHOENIX_TEST_PG_URL is not set (eval \"$(tests/setup/postgres.sh start)\")");
    }
    // One workstation journals, another (another process, same database) runs and reads it.
    const QString schema = QStringLiteral("ctl_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString pg = StoreTest::pgUrl() + QStringLiteral("?schema=") + schema;
    const QStringList two{m_batch.at(4), m_batch.at(5)};
    ensureActive(two);
    const CtlRun queued = ctl(withDb(QStringList{QStringLiteral("desktops"), QStringLiteral("suspend")} + two
                                     << QStringLiteral("--no-wait") << QStringLiteral("--json"), pg));
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.both()));
    const CtlRun list = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("unfinished"),
                                    QStringLiteral("--json")}, pg));
    QCOMPARE(list.json().array().size(), 2);
    const CtlRun resume = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--json")}, pg));
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.both()));
    QCOMPARE(resume.json().object()[QLatin1String("done")].toInt(), 2);
    QCOMPARE(status(two.at(0)), QStringLiteral("SUSPENDED"));
    QCOMPARE(status(two.at(1)), QStringLiteral("SUSPENDED"));
    const CtlRun show = ctl(withDb({QStringLiteral("tasks"), QStringLiteral("show"), queued.json().object()[QLatin1String("batch")].toString(),
                                    QStringLiteral("--json")}, pg));
    QCOMPARE(show.json().object()[QLatin1String("done")].toInt(), 2);
    QString error;
    QVERIFY2(StoreTest::pgAdmin(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema), &error), qPrintable(error));
}

void TestPhoenixctlTasks::killDuringBuildThenResume()
{
    // Three at a time; the process dies without any chance to clean up, at the moment Nova has
    // made a server and the journal does not know it yet (BUILD's crash window).
    std::unique_ptr<QProcess> p = m_ctl->start(createArgs(QStringLiteral("k{n:02}"), 10, m_killDb)
                                               << QStringLiteral("--wait") << QStringLiteral("--concurrency") << QStringLiteral("3"));
    QVERIFY(p->waitForStarted());
    JournalProbe journal(m_killDb);
    auto serversByTask = [this] {
        QHash<QString, QString> out;
        for (const Server &s : servers(QStringLiteral("k")))
            out.insert(s.meta(PhoenixMeta::Task), s.id);
        return out;
    };
    const BuildWindowKill kill = killInBuildWindow(*p, journal, serversByTask, 180000);
    QVERIFY2(kill.hit(), qPrintable(kill.why));
    QCOMPARE(p->exitStatus(), QProcess::CrashExit);
    const JournalTask atKill = journal.task(kill.taskId);
    QCOMPARE(atKill.stageIndex, 0);
    QVERIFY2(atKill.targetId.isEmpty(), qPrintable(atKill.targetId)); // the journal did not know it
    QCOMPARE(serversByTask().value(kill.taskId), kill.serverId);      // the cloud had it
    int unfinished = 0;
    for (const JournalTask &t : journal.tasks())
        unfinished += t.state != QLatin1String("done") ? 1 : 0;
    qInfo("killed while task %s had server %s and the journal no id; %d of 10 tasks unfinished (%d empty holds before)",
          qPrintable(kill.taskId.left(8)), qPrintable(kill.serverId), unfinished, kill.attempts);

    const CtlRun resume = ctl({QStringLiteral("tasks"), QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("--json"),
                               QStringLiteral("--db"), m_killDb});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.both()));
    const QJsonObject result = resume.json().object();
    QCOMPARE(result[QLatin1String("done")].toInt(), unfinished);
    QCOMPARE(result[QLatin1String("failed")].toInt(), 0);
    // The resumed BUILD adopted that very server: the journal names it, BUILD says so.
    QCOMPARE(journal.task(kill.taskId).targetId, kill.serverId);
    const QList<JournalStage> stages = journal.stages(kill.taskId);
    QVERIFY2(std::any_of(stages.cbegin(), stages.cend(), [](const JournalStage &s) {
                 return s.stageIndex == 0 && s.ok && s.detail.contains(QLatin1String("Adopted"));
             }),
             qPrintable(resume.both()));

    const QList<JournalTask> tasks = journal.tasks();
    QCOMPARE(tasks.size(), 10);
    QSet<QString> taskIds;
    for (const JournalTask &t : tasks) {
        QCOMPARE(t.state, QStringLiteral("done"));
        taskIds.insert(t.id);
    }
    const QList<Server> made = servers(QStringLiteral("k"));
    QSet<QString> names;
    QSet<QString> tags;
    for (const Server &s : made) {
        names.insert(s.name);
        tags.insert(s.meta(PhoenixMeta::Task));
        if (s.meta(PhoenixMeta::Task) == kill.taskId)
            QCOMPARE(s.id, kill.serverId); // the same server, not a second one
    }
    QCOMPARE(made.size(), 10); // exactly ten: nothing made twice
    QCOMPARE(names.size(), 10);
    QCOMPARE(tags, taskIds); // one server per task, each carrying its task's id
}

void TestPhoenixctlTasks::cleanupTestCase()
{
    if (!m_ctl)
        return;
    // phoenixctl's own delete releases the floating IPs its creates allocated.
    QStringList mine;
    for (const Server &s : servers(QString()))
        mine << s.id;
    if (!mine.isEmpty()) {
        const CtlRun del = ctl(withDb(QStringList{QStringLiteral("desktops"), QStringLiteral("delete")} + mine
                                      << QStringLiteral("--concurrency") << QStringLiteral("10")));
        if (del.exitCode != 0)
            qWarning("cleanup: %s", qPrintable(del.both()));
    }
    // Whatever a failed test left: floating IPs of our tasks, then servers with the prefix.
    QSet<QString> taskIds;
    for (const QString &db : {m_db, m_killDb}) {
        const CtlRun list = ctl({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                 QStringLiteral("0"), QStringLiteral("--db"), db});
        for (const QString &id : ids(list.json().array()))
            taskIds.insert(id);
    }
    const Result<QList<FloatingIp>> fips = m_lab.call<QList<FloatingIp>>(
        [this](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) { NetworkApi(m_lab.client()).listFloatingIps(ctx, cb); });
    if (fips) {
        for (const FloatingIp &ip : fips.value()) {
            if (ip.description.startsWith(QLatin1String("phoenix:task=")) && taskIds.contains(ip.description.mid(13))) {
                m_lab.call<bool>([this, ip](QObject *ctx, ApiCallback<bool> cb) { NetworkApi(m_lab.client()).deleteFloatingIp(ip.id, ctx, cb); });
            }
        }
    }
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestPhoenixctlTasks)
#include "tst_phoenixctl_tasks.moc"
