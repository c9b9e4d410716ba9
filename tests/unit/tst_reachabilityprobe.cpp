// The DETECT probe speaks the first step of RDP / VNC / SPICE: a port that only accepts TCP (as
// proxies and NAT gateways do) is not "reachable".
#include "cloud/reachabilityprobe.h"

#include <QFutureWatcher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent>

class FakeService : public QTcpServer
{
public:
    enum Kind { Rdp, Vnc, Spice, Silent };
    explicit FakeService(Kind kind) : m_kind(kind)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                if (m_kind == Vnc)
                    s->write("RFB 003.008\n");
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray in = s->readAll();
                    if (m_kind == Rdp && in.startsWith(QByteArray::fromHex("0300")))
                        s->write(QByteArray::fromHex("03000013" "0e" "d0" "0000" "1234" "00" "02" "00" "0800" "01000000"));
                    else if (m_kind == Spice && in.startsWith("REDQ"))
                        s->write(QByteArray("REDQ") + QByteArray(12, '\0'));
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }

private:
    Kind m_kind;
};

class TestReachabilityProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probe_data();
    void probe();
    void closedPort();
    void protocolForPort();
};

static ReachabilityProbe::Result runProbe(quint16 port, ReachabilityProbe::Protocol protocol)
{
    // The probe blocks (it is meant for worker threads); serve the fake from this thread meanwhile.
    QFuture<ReachabilityProbe::Result> f = QtConcurrent::run([port, protocol] {
        return ReachabilityProbe::probe(QStringLiteral("127.0.0.1"), port, protocol, 1500);
    });
    QTest::qWaitFor([&] { return f.isFinished(); }, 5000);
    return f.isFinished() ? f.result() : ReachabilityProbe::Result{false, QStringLiteral("probe did not finish")};
}

void TestReachabilityProbe::probe_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("reachable");
    using P = ReachabilityProbe::Protocol;
    QTest::newRow("rdp answers") << int(FakeService::Rdp) << int(P::Rdp) << true;
    QTest::newRow("vnc greets") << int(FakeService::Vnc) << int(P::Vnc) << true;
    QTest::newRow("spice answers") << int(FakeService::Spice) << int(P::Spice) << true;
    QTest::newRow("silent port is not rdp") << int(FakeService::Silent) << int(P::Rdp) << false;
    QTest::newRow("silent port is not vnc") << int(FakeService::Silent) << int(P::Vnc) << false;
    QTest::newRow("vnc is not rdp") << int(FakeService::Vnc) << int(P::Rdp) << false;
    QTest::newRow("plain tcp accepts silent") << int(FakeService::Silent) << int(P::Tcp) << true;
}

void TestReachabilityProbe::probe()
{
    QFETCH(int, service);
    QFETCH(int, protocol);
    QFETCH(bool, reachable);
    FakeService server{FakeService::Kind(service)};
    QVERIFY(server.isListening());
    const ReachabilityProbe::Result r = runProbe(server.serverPort(), ReachabilityProbe::Protocol(protocol));
    QCOMPARE(r.reachable, reachable);
    QVERIFY(r.detail.contains(QString::number(server.serverPort())));
}

void TestReachabilityProbe::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        port = s.serverPort();
    }
    const ReachabilityProbe::Result r = runProbe(port, ReachabilityProbe::Protocol::Rdp);
    QVERIFY(!r.reachable);
    QVERIFY(r.detail.contains(QLatin1String("does not accept")));
}

void TestReachabilityProbe::protocolForPort()
{
    QCOMPARE(ReachabilityProbe::protocolForPort(3389), ReachabilityProbe::Protocol::Rdp);
    QCOMPARE(ReachabilityProbe::protocolForPort(5901), ReachabilityProbe::Protocol::Vnc);
    QCOMPARE(ReachabilityProbe::protocolForPort(22), ReachabilityProbe::Protocol::Tcp);
}

QTEST_GUILESS_MAIN(TestReachabilityProbe)
#include "tst_reachabilityprobe.moc"
