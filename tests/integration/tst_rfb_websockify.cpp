// The console's RFB client against a real VNC server (x11vnc on Xvfb) behind a real websockify,
// over QWebSocket (issue 15): each encoding gives the X server's own pixels (compared with a
// screenshot of the display), incremental updates follow a change, keyboard and mouse arrive in
// a window there, clipboard both ways, the cursor shape, VNC authentication, two consoles at
// once, and the console window itself.
#include "cloud/rfbsession.h"
#include "ui/consolekeys.h"
#include "ui/consoleview.h"
#include "ui/consolewindow.h"
#include "vnclab.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace
{
// The first pixel where two pictures differ, for the failure message.
QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes %1×%2 and %3×%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if ((a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff))
                return QStringLiteral("at %1,%2: %3 vs %4").arg(x).arg(y).arg(a.pixel(x, y) & 0xffffff, 6, 16).arg(
                    b.pixel(x, y) & 0xffffff, 6, 16);
    return {};
}

bool samePixels(const QImage &a, const QImage &b)
{
    const bool same = firstDifference(a, b).isEmpty();
    if (!same && !qEnvironmentVariableIsEmpty("PHOENIX_RFB_DIFF_DIR")) { // for a human to look at
        a.save(qEnvironmentVariable("PHOENIX_RFB_DIFF_DIR") + QStringLiteral("/received.png"));
        b.save(qEnvironmentVariable("PHOENIX_RFB_DIFF_DIR") + QStringLiteral("/screenshot.png"));
    }
    return same;
}

// A session shown in an offscreen ConsoleView (what the window paints from).
struct Console
{
    RfbSession session;
    ConsoleView view;
    explicit Console(const QUrl &url, const QList<qint32> &encodings = {}, const QByteArray &password = {})
    {
        view.setSession(&session);
        view.resize(800, 600);
        if (!encodings.isEmpty())
            session.setEncodings(encodings);
        session.open(url, {}, password);
    }
    bool waitConnected() { return QTest::qWaitFor([this] { return session.status() == RfbSession::Status::Connected || session.status() == RfbSession::Status::Closed; }, 20000) && session.status() == RfbSession::Status::Connected; }
};
} // namespace

class TestRfbWebsockify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodingsGiveTheServersPixels_data();
    void encodingsGiveTheServersPixels();
    void keyboardAndMouseArrive();
    void clipboardBothWays();
    void cursorShape();
    void vncAuthentication();
    void twoConsolesAtOnceAndClosingFreesTheSocket();
    void consoleWindowShowsTheDesktop();
    void wrongEndpointIsAPlainMessage();

private:
    VncLab m_lab;
};

void TestRfbWebsockify::initTestCase()
{
    QString why;
    if (!m_lab.start({}, &why)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestRfbWebsockify::encodingsGiveTheServersPixels_data()
{
    QTest::addColumn<QList<qint32>>("encodings");
    QTest::addColumn<qint32>("expected");
    QTest::addColumn<int>("variant");
    // with the Cursor pseudo-encoding, the server does not paint its cursor into the pixels
    QTest::newRow("Raw") << QList<qint32>{Rfb::Raw, Rfb::CursorPseudo} << qint32(Rfb::Raw) << 1;
    QTest::newRow("Hextile") << QList<qint32>{Rfb::Hextile, Rfb::CursorPseudo} << qint32(Rfb::Hextile) << 2;
    QTest::newRow("ZRLE") << QList<qint32>{Rfb::Zrle, Rfb::CursorPseudo, Rfb::DesktopSizePseudo} << qint32(Rfb::Zrle) << 3;
    QTest::newRow("default list (CopyRect, ZRLE, …)") << QList<qint32>{} << qint32(Rfb::Zrle) << 4;
}

void TestRfbWebsockify::encodingsGiveTheServersPixels()
{
    QFETCH(QList<qint32>, encodings);
    QFETCH(qint32, expected);
    QFETCH(int, variant);
    m_lab.helper("SHOW 0");
    Console c(m_lab.webSocketUrl(), encodings);
    QVERIFY2(c.waitConnected(), qPrintable(c.session.closeReason()));
    QCOMPARE(c.session.size(), QSize(800, 600));
    // the first full frame equals the X server's own screenshot, pixel for pixel
    QImage shot = m_lab.screenshot();
    QVERIFY(!shot.isNull());
    QTRY_VERIFY2_WITH_TIMEOUT(samePixels(c.view.image(), shot), qPrintable(firstDifference(c.view.image(), shot)), 20000);
    QCOMPARE(c.session.lastEncoding(), expected);
    // a change on the desktop arrives as incremental updates
    const qint64 before = c.session.updates();
    m_lab.helper("SHOW " + QByteArray::number(variant));
    QTRY_VERIFY_WITH_TIMEOUT(c.session.updates() > before, 20000);
    shot = m_lab.screenshot();
    QTRY_VERIFY2_WITH_TIMEOUT(samePixels(c.view.image(), shot), qPrintable(firstDifference(c.view.image(), shot)), 20000);
    QCOMPARE(c.session.lastEncoding(), expected);
}

void TestRfbWebsockify::keyboardAndMouseArrive()
{
    m_lab.helper("CLEAR");
    Console c(m_lab.webSocketUrl());
    QVERIFY2(c.waitConnected(), qPrintable(c.session.closeReason()));
    const QPoint field = VncLab::textFieldCentre();
    c.session.sendPointer(field.x(), field.y(), 0);
    c.session.sendPointer(field.x(), field.y(), 1);
    c.session.sendPointer(field.x(), field.y(), 0);
    QString click;
    // the field takes its own click (it is not the helper's); a right click on the picture is the helper's
    c.session.sendPointer(700, 500, 4);
    c.session.sendPointer(700, 500, 0);
    QVERIFY(m_lab.waitForHelper(QStringLiteral("CLICK:"), &click));
    QCOMPARE(click, QStringLiteral("700,500,2")); // Qt::RightButton
    // typing: keysyms from the same table the window uses, shift for capitals by x11vnc
    c.session.sendPointer(field.x(), field.y(), 1);
    c.session.sendPointer(field.x(), field.y(), 0);
    for (QChar ch : QStringLiteral("Hello, Phoenix 42!")) {
        const quint32 k = ConsoleKeys::keysymForChar(ch.unicode());
        c.session.sendKey(k, true);
        c.session.sendKey(k, false);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.last(QStringLiteral("TEXT:")), QStringLiteral("Hello, Phoenix 42!"), 15000);
    c.session.sendKey(Rfb::Key::BackSpace, true);
    c.session.sendKey(Rfb::Key::BackSpace, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_lab.last(QStringLiteral("TEXT:")), QStringLiteral("Hello, Phoenix 42"), 15000);
}

void TestRfbWebsockify::clipboardBothWays()
{
    Console c(m_lab.webSocketUrl());
    QVERIFY2(c.waitConnected(), qPrintable(c.session.closeReason()));
    QSignalSpy fromDesktop(&c.session, &RfbSession::clipboardReceived);
    m_lab.helper("SETCLIP copied on the desktop");
    QTRY_VERIFY_WITH_TIMEOUT(!fromDesktop.isEmpty(), 45000); // x11vnc polls the X selection; slow under load
    QCOMPARE(fromDesktop.last().first().toString(), QStringLiteral("copied on the desktop"));
    c.session.sendClipboard(QStringLiteral("pasted from Phoenix"));
    QTRY_VERIFY_WITH_TIMEOUT(m_lab.last(QStringLiteral("CLIP:")) == QLatin1String("pasted from Phoenix")
                                 || m_lab.last(QStringLiteral("SEL:")) == QLatin1String("pasted from Phoenix"),
                             15000);
}

void TestRfbWebsockify::cursorShape()
{
    Console c(m_lab.webSocketUrl());
    QSignalSpy cursor(&c.session, &RfbSession::cursorChanged);
    QVERIFY2(c.waitConnected(), qPrintable(c.session.closeReason()));
    c.session.sendPointer(400, 300, 0); // x11vnc sends the shape under the pointer
    QTRY_VERIFY_WITH_TIMEOUT(!cursor.isEmpty(), 15000);
    const auto shape = cursor.last().first().value<RfbCursor>();
    QVERIFY(!shape.size.isEmpty());
    QCOMPARE(shape.argb.size(), qsizetype(shape.size.width()) * shape.size.height() * 4);
}

void TestRfbWebsockify::vncAuthentication()
{
    VncLab locked;
    QString why;
    VncLab::Options options;
    options.password = "s3cret";
    QVERIFY2(locked.start(options, &why), qPrintable(why));
    {
        Console right(locked.webSocketUrl(), {}, "s3cret");
        QVERIFY2(right.waitConnected(), qPrintable(right.session.closeReason()));
        const QImage shot = locked.screenshot();
        QTRY_VERIFY2_WITH_TIMEOUT(samePixels(right.view.image(), shot), qPrintable(firstDifference(right.view.image(), shot)), 20000);
    }
    Console wrong(locked.webSocketUrl(), {}, "guess");
    QSignalSpy closed(&wrong.session, &RfbSession::closed);
    QVERIFY(closed.wait(20000));
    QVERIFY2(closed.first().first().toString().contains(QLatin1String("password was not accepted")),
             qPrintable(closed.first().first().toString()));
    Console none(locked.webSocketUrl());
    QSignalSpy asked(&none.session, &RfbSession::passwordNeeded);
    QVERIFY(asked.wait(20000));
}

void TestRfbWebsockify::twoConsolesAtOnceAndClosingFreesTheSocket()
{
    auto a = std::make_unique<Console>(m_lab.webSocketUrl());
    Console b(m_lab.webSocketUrl());
    QVERIFY(a->waitConnected());
    QVERIFY(b.waitConnected());
    // x11vnc logs "1 other clients" when the second connects, "client_count: N" (those left) when one goes
    QTRY_VERIFY_WITH_TIMEOUT(m_lab.vncLog().contains(QLatin1String("1 other clients")), 15000);
    const int gone = int(m_lab.vncLog().count(QLatin1String("client_count: 1")));
    a.reset(); // closes its socket now; nothing waits
    QTRY_VERIFY_WITH_TIMEOUT(m_lab.vncLog().count(QLatin1String("client_count: 1")) > gone, 15000);
    const qint64 before = b.session.updates();
    m_lab.helper("SHOW 5");
    QTRY_VERIFY_WITH_TIMEOUT(b.session.updates() > before, 15000);
}

void TestRfbWebsockify::consoleWindowShowsTheDesktop()
{
    m_lab.helper("SHOW 0");
    const QUrl url = m_lab.webSocketUrl();
    int asked = 0;
    ConsoleWindow window(QStringLiteral("lab-desktop-01"), [url, &asked](QObject *, std::function<void(Result<QString>)> done) {
        ++asked;
        done(url.toString());
    });
    window.resize(900, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectNow();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->status() == RfbSession::Status::Connected, 20000);
    const QImage shot = m_lab.screenshot();
    QTRY_VERIFY2_WITH_TIMEOUT(samePixels(window.view()->image(), shot),
                              qPrintable(firstDifference(window.view()->image(), shot)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("800×600")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QLatin1String("ZRLE")), 5000);
    // Ctrl+Alt+Del from the toolbar reaches the session (x11vnc takes it without complaint)
    window.keyActions().first()->trigger();
    // 1:1 and back
    window.scaleAction()->setChecked(false);
    QCOMPARE(window.view()->size(), QSize(800, 600));
    QCOMPARE(window.view()->targetRect(), QRect(0, 0, 800, 600));
    window.scaleAction()->setChecked(true);
    if (const QString path = qEnvironmentVariable("PHOENIX_CONSOLE_SCREENSHOT"); !path.isEmpty())
        QVERIFY(window.grab().save(path));
    // the desktop "reboots": the connection drops, the window asks for a new URL and reconnects
    window.setAutoReconnectDelay(100);
    QCOMPARE(asked, 1);
    m_lab.helper("SHOW 1");
    m_lab.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(window.messageText().contains(QLatin1String("Reconnecting")) || asked == 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->status() == RfbSession::Status::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.messageText().isEmpty(), 5000);
}

void TestRfbWebsockify::wrongEndpointIsAPlainMessage()
{
    // a port where nothing listens, and a web server that is not a WebSocket proxy
    RfbSession refused;
    QSignalSpy closed(&refused, &RfbSession::closed);
    refused.open(QUrl(QStringLiteral("ws://127.0.0.1:9/")));
    QVERIFY(closed.wait(25000));
    QVERIFY(!closed.first().first().toString().isEmpty());
    RfbSession vncNotWs;
    QSignalSpy closed2(&vncNotWs, &RfbSession::closed);
    vncNotWs.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_lab.vncPort())));
    QVERIFY(closed2.wait(25000));
    QVERIFY(!closed2.first().first().toString().isEmpty());
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--vnc-helper") == 0)
        return VncLab::runHelper(argc, argv);
    QApplication app(argc, argv);
    TestRfbWebsockify test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rfb_websockify.moc"
