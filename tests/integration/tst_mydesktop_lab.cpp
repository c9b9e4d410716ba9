// phoenixctl my-desktop against the real test bed with a teacher's own (member) credentials
// (issue 14): only their own desktops are found, and "open" brings a desktop from SUSPENDED,
// SHUTOFF and SHELVED_OFFLOADED to ACTIVE with an address it prints. The bed's desktops have no
// guest OS: DETECT looks once (--detect-timeout 0) and warns.
#include "cloudlab.h"
#include "ctlprocess.h"
#include "testenv.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestMyDesktopLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listFindsOnlyTheirOwn();
    void openWithoutANameNeedsOneDesktop();
    void openFrom_data();
    void openFrom();
    void intranetUsesTheFixedAddress();
    void suspendIsTheirsOnly();
    void cleanupTestCase();

private:
    QStringList listed(const CtlProcess &ctl);

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("mydesk")};
    std::unique_ptr<CtlProcess> m_teacher1;
    std::unique_ptr<CtlProcess> m_teacher2;
    Server m_mine;
    Server m_theirs;
};

void TestMyDesktopLab::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    CloudConfig second;
    REQUIRE_LAB_CLOUD("lab-teacher2", second);
    for (auto *ctl : {&m_teacher1, &m_teacher2}) {
        *ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(),
                                            ctl == &m_teacher1 ? QStringLiteral("lab-teacher") : QStringLiteral("lab-teacher2"));
        QVERIFY((*ctl)->isValid());
        (*ctl)->setSetting(QStringLiteral("poll/fastSeconds"), 1);
        (*ctl)->setSetting(QStringLiteral("detect/timeoutSeconds"), 0);
    }
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    auto meta = [](const QString &owner) {
        return QMap<QString, QString>{{QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("static")},
                                      {QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher")},
                                      {QString::fromLatin1(PhoenixMeta::Owner), owner}};
    };
    Result<Server> mine = m_lab.createServer(QStringLiteral("t1"), meta(QStringLiteral("teacher1")), {QString::fromLatin1(PhoenixMeta::Tag)});
    QVERIFY2(mine.ok(), qPrintable(mine.error().userMessage()));
    Result<Server> theirs = m_lab.createServer(QStringLiteral("t2"), meta(QStringLiteral("teacher2")), {QString::fromLatin1(PhoenixMeta::Tag)});
    QVERIFY2(theirs.ok(), qPrintable(theirs.error().userMessage()));
    QVERIFY2(m_lab.waitUntil({mine.value(), theirs.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));
    m_mine = m_lab.server(mine.value().id).value();
    m_theirs = m_lab.server(theirs.value().id).value();
}

QStringList TestMyDesktopLab::listed(const CtlProcess &ctl)
{
    const CtlRun r = ctl.run({QStringLiteral("my-desktop"), QStringLiteral("list"), QStringLiteral("--json")}, 120000);
    if (r.exitCode != 0)
        qWarning().noquote() << r.both();
    QStringList names;
    for (const QJsonValue &v : r.json().array())
        names << v[QLatin1String("name")].toString();
    return names;
}

void TestMyDesktopLab::listFindsOnlyTheirOwn()
{
    // Both teachers are members of the same project: Nova shows each the other's servers; the
    // owner metadata decides.
    const QStringList one = listed(*m_teacher1);
    QVERIFY2(one.contains(m_mine.name), qPrintable(one.join(QLatin1Char(','))));
    QVERIFY2(!one.contains(m_theirs.name), qPrintable(one.join(QLatin1Char(','))));
    const QStringList two = listed(*m_teacher2);
    QVERIFY2(two.contains(m_theirs.name), qPrintable(two.join(QLatin1Char(','))));
    QVERIFY2(!two.contains(m_mine.name), qPrintable(two.join(QLatin1Char(','))));

    const CtlRun table = m_teacher1->run({QStringLiteral("my-desktop"), QStringLiteral("list")}, 120000);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(m_mine.name));
    QVERIFY(!table.out.contains(m_theirs.name));
}

void TestMyDesktopLab::openWithoutANameNeedsOneDesktop()
{
    // Another teacher's desktop is not theirs to open, even by name.
    const CtlRun other = m_teacher1->run({QStringLiteral("my-desktop"), QStringLiteral("open"), m_theirs.name, QStringLiteral("--no-launch")}, 120000);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QLatin1String("not one of your desktops")), qPrintable(other.both()));
    QCOMPARE(m_lab.server(m_theirs.id).value().status, QStringLiteral("ACTIVE"));
    const CtlRun usage = m_teacher1->run({QStringLiteral("my-desktop"), QStringLiteral("open"), QStringLiteral("a"), QStringLiteral("b")}, 60000);
    QCOMPARE(usage.exitCode, 2);
}

void TestMyDesktopLab::openFrom_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<int>("goal");
    QTest::newRow("SUSPENDED") << "suspend" << int(ServerGoal::Suspended);
    QTest::newRow("SHUTOFF") << "stop" << int(ServerGoal::Shutoff);
    QTest::newRow("SHELVED_OFFLOADED") << "shelve" << int(ServerGoal::Shelved);
}

void TestMyDesktopLab::openFrom()
{
    QFETCH(QString, verb);
    QFETCH(int, goal);
    const CtlRun put = m_teacher1->run({QStringLiteral("desktops"), verb, m_mine.name}, 300000);
    QVERIFY2(put.exitCode == 0, qPrintable(put.both()));
    QString why;
    QVERIFY2(m_lab.waitUntil({m_mine}, ServerGoal(goal), 180000, &why), qPrintable(why));
    const QString before = m_lab.server(m_mine.id).value().status;
    qInfo().noquote() << "opening" << m_mine.name << "from" << before;

    const CtlRun open = m_teacher1->run({QStringLiteral("my-desktop"), QStringLiteral("open"), m_mine.name, QStringLiteral("--no-launch"),
                                         QStringLiteral("--detect-timeout"), QStringLiteral("0"), QStringLiteral("--json")},
                                        300000);
    QVERIFY2(open.exitCode == 0, qPrintable(open.both()));
    const QJsonObject o = open.json().object();
    QCOMPARE(o[QLatin1String("name")].toString(), m_mine.name);
    QCOMPARE(o[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    const QString address = o[QLatin1String("address")].toString();
    QVERIFY2(!QHostAddress(address).isNull(), qPrintable(open.out));
    QVERIFY2(QHostAddress(address).isInSubnet(QHostAddress::parseSubnet(QStringLiteral("203.0.113.0/24"))), qPrintable(address));
    QCOMPARE(o[QLatin1String("launched")].toBool(), false);
    QCOMPARE(o[QLatin1String("reachable")].toBool(), false); // no guest OS on the bed
    QStringList stages;
    QStringList timing;
    for (const QJsonValue &s : o[QLatin1String("stages")].toArray()) {
        stages << s[QLatin1String("stage")].toString();
        timing << QStringLiteral("%1 %2 s").arg(s[QLatin1String("stage")].toString()).arg(s[QLatin1String("seconds")].toDouble(), 0, 'f', 1);
    }
    QCOMPARE(stages.first(), QStringLiteral("action"));
    QVERIFY(stages.contains(QLatin1String("wait")));
    QVERIFY(stages.contains(QLatin1String("floating")));
    QCOMPARE(stages.last(), QStringLiteral("detect"));
    qInfo().noquote() << "from" << before << "in" << o[QLatin1String("seconds")].toDouble() << "s:" << timing.join(QStringLiteral(", "));
    // The cloud says the same (never what Phoenix believes).
    const Server now = m_lab.server(m_mine.id).value();
    QCOMPARE(now.status, QStringLiteral("ACTIVE"));
    QVERIFY(now.taskState.isEmpty());

    // Plain output: the address on a line of its own.
    const CtlRun again = m_teacher1->run({QStringLiteral("my-desktop"), QStringLiteral("open"), m_mine.name, QStringLiteral("--no-launch")}, 300000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.both()));
    QCOMPARE(again.out.trimmed().split(QLatin1Char('\n')).last(), address);
}

void TestMyDesktopLab::intranetUsesTheFixedAddress()
{
    // This computer inside an intranet segment (every address is): the fixed address, no new floating IP.
    CtlProcess inside(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-teacher"));
    inside.setSetting(QStringLiteral("detect/timeoutSeconds"), 0);
    inside.setSetting(QStringLiteral("remoteDesktop/intranetSegments"), QStringList{QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")});
    const CtlRun open = inside.run({QStringLiteral("my-desktop"), QStringLiteral("open"), m_mine.name, QStringLiteral("--no-launch"),
                                    QStringLiteral("--json")},
                                   300000);
    QVERIFY2(open.exitCode == 0, qPrintable(open.both()));
    const QString address = open.json().object()[QLatin1String("address")].toString();
    QCOMPARE(address, m_lab.server(m_mine.id).value().fixedAddress());
    QVERIFY(QHostAddress(address).isInSubnet(QHostAddress::parseSubnet(QStringLiteral("10.20.0.0/24"))));
}

void TestMyDesktopLab::suspendIsTheirsOnly()
{
    const CtlRun other = m_teacher2->run({QStringLiteral("my-desktop"), QStringLiteral("suspend"), m_mine.name}, 120000);
    QCOMPARE(other.exitCode, 1);
    const CtlRun mine = m_teacher2->run({QStringLiteral("my-desktop"), QStringLiteral("suspend"), m_theirs.name}, 300000);
    QVERIFY2(mine.exitCode == 0, qPrintable(mine.both()));
    QString why;
    QVERIFY2(m_lab.waitUntil({m_theirs}, ServerGoal::Suspended, 180000, &why), qPrintable(why));
    QCOMPARE(m_lab.server(m_mine.id).value().status, QStringLiteral("ACTIVE"));
}

void TestMyDesktopLab::cleanupTestCase()
{
    // Delete through phoenixctl: DISASSOCIATE gives back the floating IPs the open tasks allocated.
    if (m_teacher1 && !m_mine.id.isEmpty())
        m_teacher1->run({QStringLiteral("desktops"), QStringLiteral("delete"), m_mine.name}, 300000);
    if (m_teacher2 && !m_theirs.id.isEmpty())
        m_teacher2->run({QStringLiteral("desktops"), QStringLiteral("delete"), m_theirs.name}, 300000);
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestMyDesktopLab)
#include "tst_mydesktop_lab.moc"
