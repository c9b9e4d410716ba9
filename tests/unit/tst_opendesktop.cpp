// "Open my desktop" as a task of the engine (issue 14), on the in-process demo cloud: from
// SUSPENDED, SHUTOFF and SHELVED_OFFLOADED to ACTIVE with an address; FLOATING only when the route
// needs one; DETECT against a local port that listens and one that is closed.
#include "cloud/demo/democloud.h"
#include "cloud/reachabilityprobe.h"
#include "enginefixture.h"
#include "models/engine/inventory.h"
#include "demoschool.h"

#include <QTcpServer>
#include <QTest>

class TestOpenDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensFrom_data();
    void opensFrom();
    void directAddressNeedsNoFloatingIp();
    void closedPortWarnsOrFails_data();
    void closedPortWarnsOrFails();
    void errorStateFailsInPlainWords();

private:
    void startEngine(bool detectFatal);
    QString teacherDesktop() const;
    TaskSpec openSpec(const QString &name, quint16 port, bool direct) const;
    std::optional<Server> server(const QString &name) const;

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<EngineFixture> m_f;
    QTcpServer m_listening;
};

void TestOpenDesktop::init()
{
    m_demo = makeDemoSchool(14);
    QVERIFY(m_demo->start() > 0);
    QVERIFY(m_listening.listen(QHostAddress::LocalHost));
    startEngine(false);
}

void TestOpenDesktop::startEngine(bool detectFatal)
{
    EngineSettings s;
    s.actionRetryDelayMs = 100;
    s.waitPollMs = 200;
    s.waitTimeoutSeconds = 60;
    s.detectTimeoutSeconds = 1;
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 500;
    s.detectProtocol = int(ReachabilityProbe::Protocol::Tcp); // the local port speaks no RDP
    s.detectFailureIsFatal = detectFatal;
    m_f = std::make_unique<EngineFixture>();
    QVERIFY2(m_f->start(m_demo->cloudConfig(QStringLiteral("zhang.wei")), s), qPrintable(m_f->error()));
}

void TestOpenDesktop::cleanup()
{
    m_f.reset();
    m_demo.reset();
    m_listening.close();
}

QString TestOpenDesktop::teacherDesktop() const
{
    for (const DemoServer &s : m_demo->servers()) {
        if (s.metadata.value(QStringLiteral("phoenix:owner")) == QLatin1String("zhang.wei"))
            return s.name;
    }
    return {};
}

std::optional<Server> TestOpenDesktop::server(const QString &name) const
{
    for (const Server &s : m_f->inventory()->servers()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

TaskSpec TestOpenDesktop::openSpec(const QString &name, quint16 port, bool direct) const
{
    const DemoServer *d = m_demo->serverByName(name);
    TaskSpec t;
    t.kind = TaskKind::OpenDesktop;
    t.serverId = d ? d->id : QString();
    t.serverName = name;
    t.directAddress = direct;
    t.detectHost = QStringLiteral("127.0.0.1"); // as through a gateway: this computer's port
    t.detectPort = port;
    return t;
}

void TestOpenDesktop::opensFrom_data()
{
    QTest::addColumn<int>("before"); // the task kind that puts the desktop in its state
    QTest::addColumn<QString>("status");
    QTest::newRow("suspended") << int(TaskKind::Suspend) << "SUSPENDED";
    QTest::newRow("shut off") << int(TaskKind::Stop) << "SHUTOFF";
    QTest::newRow("shelved") << int(TaskKind::Shelve) << "SHELVED_OFFLOADED";
}

void TestOpenDesktop::opensFrom()
{
    QFETCH(int, before);
    QFETCH(QString, status);
    const QString name = teacherDesktop();
    QVERIFY(!name.isEmpty());
    TaskSpec first = openSpec(name, 0, false);
    first.kind = TaskKind(before);
    if (server(name)->status != QLatin1String("ACTIVE") && before != int(TaskKind::Stop)) {
        TaskSpec start = first;
        start.kind = TaskKind::OpenDesktop;
        start.detectPort = m_listening.serverPort();
        QCOMPARE(m_f->runBatch(TaskKind::OpenDesktop, {start}, 60000).done, 1);
    }
    const BatchSnapshot put = m_f->runBatch(TaskKind(before), {first}, 60000);
    QCOMPARE(put.done, 1);
    QTRY_COMPARE_WITH_TIMEOUT(server(name)->status, status, 20000);

    m_demo->clearRequests();
    const BatchSnapshot b = m_f->runBatch(TaskKind::OpenDesktop, {openSpec(name, m_listening.serverPort(), false)}, 60000);
    QCOMPARE(b.done, 1);
    QCOMPARE(b.warnings, 0); // DETECT found the listening port
    const TaskSnapshot t = m_f->engine()->tasksOfBatch(b.id).first();
    QCOMPARE(t.state, TaskState::Done);
    QStringList stages;
    for (const StageRecord &r : t.history)
        stages << TaskText::stageKey(r.stage);
    QCOMPARE(stages.first(), QStringLiteral("action"));
    QCOMPARE(stages.last(), QStringLiteral("detect"));
    // The action that fits the state was sent (a wrong one would have been refused with 409).
    QVERIFY2(m_demo->requestCount("POST", QStringLiteral("/servers/[^/]+/action")) >= 1, "the action was sent");
    QVERIFY2(t.history.first().message.isEmpty(), qPrintable(t.history.first().message)); // not "Already ACTIVE"
    QTRY_COMPARE_WITH_TIMEOUT(server(name)->status, QStringLiteral("ACTIVE"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!server(name)->floatingAddress().isEmpty(), 20000); // FLOATING gave it one
    // The journal has every stage, so "usually N s" can be learned from it.
    QCOMPARE(m_f->journaledTasks(b.id).size(), 1);
}

void TestOpenDesktop::directAddressNeedsNoFloatingIp()
{
    const QString name = teacherDesktop();
    m_demo->clearRequests();
    const BatchSnapshot b = m_f->runBatch(TaskKind::OpenDesktop, {openSpec(name, m_listening.serverPort(), true)}, 60000);
    QCOMPARE(b.done, 1);
    QCOMPARE(m_demo->requestCount("POST", QStringLiteral("/floatingips")), 0);
    const TaskSnapshot t = m_f->engine()->tasksOfBatch(b.id).first();
    for (const StageRecord &r : t.history) {
        if (r.stage == Stage::Floating)
            QVERIFY2(r.message.contains(QLatin1String("network")), qPrintable(r.message));
    }
}

void TestOpenDesktop::closedPortWarnsOrFails_data()
{
    QTest::addColumn<bool>("fatal");
    QTest::newRow("warn (the default)") << false;
    QTest::newRow("fail") << true;
}

void TestOpenDesktop::closedPortWarnsOrFails()
{
    QFETCH(bool, fatal);
    if (fatal)
        startEngine(true);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const BatchSnapshot b = m_f->runBatch(TaskKind::OpenDesktop, {openSpec(teacherDesktop(), port, true)}, 60000);
    const TaskSnapshot t = m_f->engine()->tasksOfBatch(b.id).first();
    if (fatal) {
        QCOMPARE(t.state, TaskState::Failed);
        QVERIFY2(t.error.contains(QLatin1String("Not reachable")), qPrintable(t.error));
    } else {
        QCOMPARE(t.state, TaskState::Done);
        QCOMPARE(b.warnings, 1);
        QVERIFY2(t.warning().contains(QLatin1String("Not reachable")), qPrintable(t.warning()));
    }
}

void TestOpenDesktop::errorStateFailsInPlainWords()
{
    const QString name = teacherDesktop();
    DemoServer *d = nullptr;
    for (auto it = m_demo->state()->servers.begin(); it != m_demo->state()->servers.end(); ++it) {
        if (it->name == name && !it->deleted)
            d = &it.value();
    }
    QVERIFY(d);
    d->vmState = QStringLiteral("error");
    d->updated = QDateTime::currentDateTimeUtc();
    m_f->inventory()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(server(name)->status, QStringLiteral("ERROR"), 20000);
    const BatchSnapshot b = m_f->runBatch(TaskKind::OpenDesktop, {openSpec(name, m_listening.serverPort(), true)}, 60000);
    const TaskSnapshot t = m_f->engine()->tasksOfBatch(b.id).first();
    QCOMPARE(t.state, TaskState::Failed);
    QVERIFY2(t.error.contains(QLatin1String("ERROR")), qPrintable(t.error));
}

QTEST_GUILESS_MAIN(TestOpenDesktop)
#include "tst_opendesktop.moc"
