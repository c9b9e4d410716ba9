// The console end to end through the test bed's real Nova and nova-novncproxy (issue 15).
// The bed's fake compute driver hands out 127.0.0.1:5900 as every server's VNC endpoint
// (tests/openstack/lib/nova-compute-fake.py), so this test puts a real VNC desktop there
// (x11vnc on Xvfb, VncLab): POST /servers/{id}/remote-consoles (vnc/novnc, microversion ≥ 2.6)
// gives a URL whose token the real proxy validates (against the database and the compute
// host's console port) before it proxies to that desktop. The test then compares the screen
// received with the display's screenshot, types into a window there and clicks; a wrong token
// gives the plain message, and so does a token that worked until its desktop was deleted (Nova
// removes a server's console tokens with it; the proxy then finds none, as for an expired one);
// a second token works as the first (what the window's reconnection asks for). A QCoreApplication: CloudLab waits for the cloud, which the GUI thread never does.
#include "cloud/rfbendpoint.h"
#include "cloud/rfbsession.h"
#include "cloudlab.h"
#include "testenv.h"
#include "ui/consolekeys.h"
#include "vnclab.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace
{
// The screen as the session received it (what ConsoleView paints from).
struct Screen
{
    QImage image;
    explicit Screen(RfbSession *session)
    {
        QObject::connect(session, &RfbSession::connected, session, [this](const QSize &size) {
            image = QImage(size, QImage::Format_RGB32);
            image.fill(Qt::black);
        });
        QObject::connect(session, &RfbSession::updated, session, [this](const QList<RfbDamage> &damage) {
            for (const RfbDamage &d : damage)
                for (int y = 0; y < d.rect.height(); ++y)
                    std::memcpy(image.scanLine(d.rect.y() + y) + d.rect.x() * 4, d.pixels.constData() + qsizetype(y) * d.rect.width() * 4,
                                size_t(d.rect.width()) * 4);
        });
    }
};

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if ((a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff))
                return false;
    return true;
}
} // namespace

class TestConsoleNova : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void novaGivesAConsoleUrlWithAToken();
    void throughTheRealProxy();
    void wrongTokenIsAPlainMessage();
    void tokenOfADeletedDesktopIsRefused();
    void aNewTokenConnectsAgain();
    void cleanupTestCase();

private:
    Result<QString> consoleUrl();

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("console")};
    std::unique_ptr<QLockFile> m_portLock;
    std::unique_ptr<VncLab> m_vnc;
    Server m_server;
};

Result<QString> TestConsoleNova::consoleUrl()
{
    const QString id = m_server.id;
    Result<RemoteConsole> c = m_lab.call<RemoteConsole>([this, id](QObject *ctx, ApiCallback<RemoteConsole> cb) {
        m_lab.compute().remoteConsole(id, QStringLiteral("vnc"), QStringLiteral("novnc"), ctx, cb);
    });
    if (!c)
        return c.error();
    return c.value().url;
}

void TestConsoleNova::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    // the bed's consoles all point at 127.0.0.1:5900: one test at a time may own it
    m_portLock = std::make_unique<QLockFile>(QStringLiteral("/tmp/phoenix-console-5900.lock"));
    m_portLock->setStaleLockTime(0);
    QVERIFY2(m_portLock->tryLock(120000), "another console test holds 127.0.0.1:5900");
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), 5900);
    if (probe.waitForConnected(1000))
        QFAIL("something else listens on 127.0.0.1:5900, where the test bed's consoles point");
    m_vnc = std::make_unique<VncLab>();
    VncLab::Options options;
    options.vncPort = 5900;
    options.websockify = false;
    if (!m_vnc->start(options, &why)) {
        if (TestEnv::isCi())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    Result<Server> created = m_lab.createServer(QStringLiteral("desk"));
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    m_server = created.value();
    QVERIFY2(m_lab.waitUntil({m_server}, ServerGoal::Active, 120000, &why), qPrintable(why));
}

void TestConsoleNova::novaGivesAConsoleUrlWithAToken()
{
    QVERIFY2(m_lab.session()->computeMicroversion() >= 6,
             qPrintable(QString::number(m_lab.session()->computeMicroversion())));
    const Result<QString> url = consoleUrl();
    QVERIFY2(url.ok(), qPrintable(url.error().userMessage()));
    const Result<RfbEndpoint> endpoint = RfbEndpoint::fromNovncUrl(url.value());
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().userMessage()));
    QCOMPARE(endpoint.value().webSocketUrl.scheme(), QStringLiteral("ws"));
    QCOMPARE(endpoint.value().webSocketUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(endpoint.value().webSocketUrl.port(), 6080);
    QVERIFY(endpoint.value().token.size() >= 16);
    QVERIFY(endpoint.value().webSocketUrl.query().contains(endpoint.value().token));
}

void TestConsoleNova::throughTheRealProxy()
{
    const Result<QString> url = consoleUrl();
    QVERIFY2(url.ok(), qPrintable(url.error().userMessage()));
    RfbSession session;
    Screen view(&session);
    QElapsedTimer clock;
    clock.start();
    session.open(RfbEndpoint::fromNovncUrl(url.value()).value().webSocketUrl);
    QTRY_VERIFY2_WITH_TIMEOUT(session.status() == RfbSession::Status::Connected
                                  || session.status() == RfbSession::Status::Closed,
                              "no answer", 20000);
    QVERIFY2(session.status() == RfbSession::Status::Connected, qPrintable(session.closeReason()));
    QTRY_VERIFY_WITH_TIMEOUT(session.updates() >= 1, 20000);
    qInfo("first full frame through nova-novncproxy after %lld ms", clock.elapsed());
    const QImage shot = m_vnc->screenshot();
    QTRY_VERIFY_WITH_TIMEOUT(samePixels(view.image, shot), 20000);
    // typing and clicking on the desktop, through the proxy
    m_vnc->helper("CLEAR");
    const QPoint field = VncLab::textFieldCentre();
    session.sendPointer(field.x(), field.y(), 1);
    session.sendPointer(field.x(), field.y(), 0);
    for (QChar ch : QStringLiteral("nova proxy OK")) {
        const quint32 k = ConsoleKeys::keysymForChar(ch.unicode());
        session.sendKey(k, true);
        session.sendKey(k, false);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_vnc->last(QStringLiteral("TEXT:")), QStringLiteral("nova proxy OK"), 15000);
    session.sendPointer(600, 520, 1);
    session.sendPointer(600, 520, 0);
    QString click;
    QVERIFY(m_vnc->waitForHelper(QStringLiteral("CLICK:600,520"), &click));
}

void TestConsoleNova::wrongTokenIsAPlainMessage()
{
    RfbSession session;
    QSignalSpy closed(&session, &RfbSession::closed);
    session.open(QUrl(QStringLiteral("ws://127.0.0.1:6080/?token=00000000-not-a-token")));
    QVERIFY(closed.wait(25000));
    const QString reason = closed.first().first().toString();
    qInfo("a wrong token: %s", qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("token")), qPrintable(reason));
}

void TestConsoleNova::tokenOfADeletedDesktopIsRefused()
{
    QString why;
    Result<Server> created = m_lab.createServer(QStringLiteral("gone"));
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    const Server gone = created.value();
    QVERIFY2(m_lab.waitUntil({gone}, ServerGoal::Active, 120000, &why), qPrintable(why));
    Result<RemoteConsole> console = m_lab.call<RemoteConsole>([this, id = gone.id](QObject *ctx, ApiCallback<RemoteConsole> cb) {
        m_lab.compute().remoteConsole(id, QStringLiteral("vnc"), QStringLiteral("novnc"), ctx, cb);
    });
    QVERIFY2(console.ok(), qPrintable(console.error().userMessage()));
    const QUrl ws = RfbEndpoint::fromNovncUrl(console.value().url).value().webSocketUrl;
    {
        // the token works while its desktop exists (so the refusal below is the token's, not the path's)
        RfbSession session;
        session.open(ws);
        QTRY_VERIFY_WITH_TIMEOUT(session.status() == RfbSession::Status::Connected || session.status() == RfbSession::Status::Closed, 20000);
        QVERIFY2(session.status() == RfbSession::Status::Connected, qPrintable(session.closeReason()));
    }
    Result<bool> deleted = m_lab.call<bool>([this, id = gone.id](QObject *ctx, ApiCallback<bool> cb) {
        m_lab.compute().deleteServer(id, ctx, cb);
    });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().userMessage()));
    QVERIFY2(m_lab.waitUntil({gone}, ServerGoal::Gone, 120000, &why), qPrintable(why));
    // the compute host removes the tokens as it completes the deletion, just after the server is gone
    QString reason;
    const bool refused = QTest::qWaitFor([&] {
        RfbSession session;
        QSignalSpy closed(&session, &RfbSession::closed);
        QSignalSpy connected(&session, &RfbSession::connected);
        session.open(ws);
        if (!QTest::qWaitFor([&] { return !closed.isEmpty() || !connected.isEmpty(); }, 25000) || closed.isEmpty())
            return false;
        reason = closed.first().first().toString();
        return true;
    }, 30000);
    QVERIFY2(refused, "the token still works after its desktop was deleted");
    qInfo("a deleted desktop's token: %s", qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("token may be wrong or expired")), qPrintable(reason));
}

void TestConsoleNova::aNewTokenConnectsAgain()
{
    // what the console window does after a reboot or on "Reconnect": a new token, a new connection
    for (int round = 0; round < 2; ++round) {
        const Result<QString> url = consoleUrl();
        QVERIFY2(url.ok(), qPrintable(url.error().userMessage()));
        RfbSession session;
        Screen view(&session);
        session.open(RfbEndpoint::fromNovncUrl(url.value()).value().webSocketUrl);
        QTRY_VERIFY_WITH_TIMEOUT(session.updates() >= 1 || session.status() == RfbSession::Status::Closed, 20000);
        QVERIFY2(session.status() == RfbSession::Status::Connected, qPrintable(session.closeReason()));
        const QImage shot = m_vnc->screenshot();
        QTRY_VERIFY_WITH_TIMEOUT(samePixels(view.image, shot), 20000);
    }
}

void TestConsoleNova::cleanupTestCase()
{
    m_lab.cleanUp();
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--vnc-helper") == 0)
        return VncLab::runHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestConsoleNova test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_nova.moc"
