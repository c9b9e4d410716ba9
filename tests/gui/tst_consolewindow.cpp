// The console window and view offscreen (issue 15), against a fake console proxy in the test: a
// QWebSocketServer that plays a scripted RFB server and records what the client sends.
// - the key tables (non-text keys, dead keys, keypad, text by character);
// - scaling and the mapping of widget points to the remote screen; only damaged rectangles are
//   repainted;
// - keys, clicks and the clipboard from the window reach the wire, the desktop's clipboard
//   reaches this computer's;
// - bad input ends in a plain sentence in the window, never a crash, and the window can still
//   reconnect: a proxy that closes at once (a wrong or expired token), a server that is not VNC,
//   an unknown encoding, a rectangle outside the screen, malformed ZRLE/Hextile, an unknown
//   message, a refusal with a reason, a cut-off update, Nova refusing the console (with its
//   request ID); a connection that drops after it worked reconnects by itself with a new URL.
#undef QT_USE_QSTRINGBUILDER // byte strings built with + are QByteArrays here
#include "cloud/clouderror.h"
#include "cloud/rfbsession.h"
#include "ui/consolekeys.h"
#include "ui/consoleview.h"
#include "ui/consolewindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtEndian>

#include <numeric>

#include <zlib.h>

namespace
{
QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
constexpr int ScreenW = 64, ScreenH = 48;

// RFB 3.8, security None, a 64×48 screen called "fake desktop"
QByteArray handshake()
{
    return QByteArray("RFB 003.008\n") + QByteArray::fromHex("0101") + be32(0) + be16(ScreenW) + be16(ScreenH)
        + QByteArray::fromHex("2018000100ff00ff00ff100800000000") + be32(12) + "fake desktop";
}
QByteArray rectHeader(int x, int y, int w, int h, qint32 encoding)
{
    return be16(quint16(x)) + be16(quint16(y)) + be16(quint16(w)) + be16(quint16(h)) + be32(quint32(encoding));
}
QByteArray update(const QByteArray &rects, int count = 1)
{
    return QByteArray::fromHex("0000") + be16(quint16(count)) + rects;
}
// the whole screen in one colour, Raw (our pixel format: 32-bit little-endian 0x00RRGGBB)
QByteArray fullFrame(quint32 rgb)
{
    QByteArray px(4, '\0');
    qToLittleEndian(rgb, px.data());
    return update(rectHeader(0, 0, ScreenW, ScreenH, 0) + px.repeated(ScreenW * ScreenH));
}
QByteArray zlibGarbage()
{
    return be32(6) + "junk!!";
}

// What the client sent, decoded: "K+61" / "K-61" (key down/up, keysym hex), "P1@10,20" (pointer
// buttons@x,y), "C:text" (clipboard); the handshake and requests are skipped.
QStringList clientEvents(const QByteArray &in)
{
    QStringList out;
    qsizetype i = 12 + 1 + 1; // version, security type, ClientInit
    auto u16 = [&](qsizetype at) { return qFromBigEndian<quint16>(in.constData() + at); };
    auto u32 = [&](qsizetype at) { return qFromBigEndian<quint32>(in.constData() + at); };
    while (i < in.size()) {
        const auto type = quint8(in[i]);
        qsizetype len = 0;
        switch (type) {
        case 0: len = 20; break;
        case 2: len = i + 4 <= in.size() ? 4 + 4 * u16(i + 2) : 4; break;
        case 3: len = 10; break;
        case 4: len = 8; break;
        case 5: len = 6; break;
        case 6: len = i + 8 <= in.size() ? 8 + qsizetype(u32(i + 4)) : 8; break;
        default: out << QStringLiteral("?%1").arg(type); return out;
        }
        if (i + len > in.size())
            break;
        if (type == 4)
            out << QStringLiteral("K%1%2").arg(in[i + 1] ? QLatin1Char('+') : QLatin1Char('-')).arg(u32(i + 4), 0, 16);
        else if (type == 5)
            out << QStringLiteral("P%1@%2,%3").arg(quint8(in[i + 1])).arg(u16(i + 2)).arg(u16(i + 4));
        else if (type == 6)
            out << QStringLiteral("C:") + QString::fromLatin1(in.mid(i + 8, len - 8));
        i += len;
    }
    return out;
}

// The fake proxy + VNC server: on each connection, sends its script (or closes at once).
class FakeProxy : public QObject
{
public:
    FakeProxy()
    {
        m_server.setSupportedSubprotocols({QStringLiteral("binary")});
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                ++connections;
                received.clear();
                current = s;
                connect(s, &QWebSocket::binaryMessageReceived, this, [this, s](const QByteArray &b) {
                    if (s == current)
                        received += b;
                });
                if (closeAtOnce) {
                    s->close(QWebSocketProtocol::CloseCodeNormal);
                    continue;
                }
                if (!script.isEmpty())
                    s->sendBinaryMessage(script);
                if (closeAfterScript)
                    s->close();
            }
        });
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/?token=0123456789abcdef").arg(m_server.serverPort()));
    }
    [[nodiscard]] QStringList events() const { return clientEvents(received); }

    QByteArray script;
    bool closeAtOnce = false;
    bool closeAfterScript = false;
    int connections = 0;
    QByteArray received;
    QPointer<QWebSocket> current;

private:
    QWebSocketServer m_server{QStringLiteral("fake console proxy"), QWebSocketServer::NonSecureMode};
};

// A console window whose URL source hands out the fake proxy's URL (and counts the requests).
struct Window
{
    int asked = 0;
    ConsoleWindow window;
    explicit Window(const QUrl &url)
        : window(QStringLiteral("desk-01"), [this, url](QObject *, std::function<void(Result<QString>)> done) {
              ++asked;
              done(url.toString());
          })
    {
        window.setAutoReconnectDelay(60000); // the message stays while the test reads it
        window.resize(640, 480);
    }
    bool connected() const
    {
        return window.session() && window.session()->status() == RfbSession::Status::Connected;
    }
};
} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTables_data();
    void keyTables();
    void textKeysByCharacter_data();
    void textKeysByCharacter();
    void combinations();
    void scalingAndPointMapping();
    void paintsOnlyDamagedRectangles();
    void fastUpdatesAreMergedNotQueued();
    void wholeScreenUpdateThenPartial();
    void keysClicksAndClipboardReachTheDesktop();
    void badInputIsAPlainMessage_data();
    void badInputIsAPlainMessage();
    void novaRefusingTheConsoleIsAPlainMessage();
    void dropAfterWorkingReconnectsWithANewUrl();
};

void TestConsoleWindow::keyTables_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("keypad");
    QTest::addColumn<quint32>("keysym");
    QTest::newRow("Return") << int(Qt::Key_Return) << false << 0xff0du;
    QTest::newRow("Enter (keypad)") << int(Qt::Key_Enter) << true << 0xff8du;
    QTest::newRow("Escape") << int(Qt::Key_Escape) << false << 0xff1bu;
    QTest::newRow("BackSpace") << int(Qt::Key_Backspace) << false << 0xff08u;
    QTest::newRow("Tab") << int(Qt::Key_Tab) << false << 0xff09u;
    QTest::newRow("Delete") << int(Qt::Key_Delete) << false << 0xffffu;
    QTest::newRow("Left") << int(Qt::Key_Left) << false << 0xff51u;
    QTest::newRow("Page Down") << int(Qt::Key_PageDown) << false << 0xff56u;
    QTest::newRow("F1") << int(Qt::Key_F1) << false << 0xffbeu;
    QTest::newRow("F12") << int(Qt::Key_F12) << false << 0xffc9u;
    QTest::newRow("Shift") << int(Qt::Key_Shift) << false << 0xffe1u;
    QTest::newRow("Control") << int(Qt::Key_Control) << false << 0xffe3u;
    QTest::newRow("Alt") << int(Qt::Key_Alt) << false << 0xffe9u;
    QTest::newRow("Meta") << int(Qt::Key_Meta) << false << 0xffe7u;
    QTest::newRow("Super (Windows key)") << int(Qt::Key_Super_L) << false << 0xffebu;
    QTest::newRow("AltGr") << int(Qt::Key_AltGr) << false << 0xfe03u;
    QTest::newRow("input method: Hangul") << int(Qt::Key_Hangul) << false << 0xff31u;
    QTest::newRow("keypad 5") << int(Qt::Key_5) << true << 0xffb5u;
    QTest::newRow("keypad +") << int(Qt::Key_Plus) << true << 0xffabu;
    QTest::newRow("dead acute") << int(Qt::Key_Dead_Acute) << false << 0xfe51u;
    QTest::newRow("dead grave") << int(Qt::Key_Dead_Grave) << false << 0xfe50u;
    QTest::newRow("dead circumflex") << int(Qt::Key_Dead_Circumflex) << false << 0xfe52u;
    QTest::newRow("dead diaeresis") << int(Qt::Key_Dead_Diaeresis) << false << 0xfe57u;
    QTest::newRow("letter: not in the table") << int(Qt::Key_A) << false << 0u;
}

void TestConsoleWindow::keyTables()
{
    QFETCH(int, key);
    QFETCH(bool, keypad);
    QFETCH(quint32, keysym);
    QCOMPARE(ConsoleKeys::keysymForKey(key, keypad), keysym);
}

void TestConsoleWindow::textKeysByCharacter_data()
{
    QTest::addColumn<uint>("character");
    QTest::addColumn<quint32>("keysym");
    QTest::newRow("a") << uint('a') << 0x61u;
    QTest::newRow("A") << uint('A') << 0x41u;
    QTest::newRow("space") << uint(' ') << 0x20u;
    QTest::newRow("é (Latin-1: itself)") << 0xe9u << 0xe9u;
    QTest::newRow("中 (Unicode keysym)") << 0x4e2du << 0x01004e2du;
    QTest::newRow("€ (Unicode keysym)") << 0x20acu << 0x010020acu;
}

void TestConsoleWindow::textKeysByCharacter()
{
    QFETCH(uint, character);
    QFETCH(quint32, keysym);
    QCOMPARE(ConsoleKeys::keysymForChar(char32_t(character)), keysym);
    // a key event goes by its text when the table has nothing for its key
    const char32_t c = character;
    const QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString::fromUcs4(&c, 1));
    QCOMPARE(ConsoleKeys::keysymFor(&event), keysym);
    // Ctrl+C gives a control character as text: the key decides
    const QKeyEvent ctrlC(QEvent::KeyPress, Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03"));
    QCOMPARE(ConsoleKeys::keysymFor(&ctrlC), 0x63u);
    const QKeyEvent keypad5(QEvent::KeyPress, Qt::Key_5, Qt::KeypadModifier, QStringLiteral("5"));
    QCOMPARE(ConsoleKeys::keysymFor(&keypad5), 0xffb5u);
}

void TestConsoleWindow::combinations()
{
    const QList<ConsoleKeys::Combination> all = ConsoleKeys::combinations();
    QVERIFY(all.size() >= 5);
    QCOMPARE(QByteArray(all.first().name), QByteArray("Ctrl+Alt+Del"));
    QCOMPARE(all.first().keysyms, (QList<quint32>{0xffe3, 0xffe9, 0xffff}));
}

void TestConsoleWindow::scalingAndPointMapping()
{
    ConsoleView view;
    view.resize(500, 300);
    view.resizeScreen(QSize(800, 600));
    QVERIFY(view.isScaled());
    QCOMPARE(view.targetRect(), QRect(50, 0, 400, 300)); // 4:3 in 5:3, centred
    QCOMPARE(view.toRemote(QPointF(50, 0)), QPoint(0, 0));
    QCOMPARE(view.toRemote(QPointF(250, 150)), QPoint(400, 300));
    QCOMPARE(view.toRemote(QPointF(449.5, 299.5)), QPoint(799, 599));
    QCOMPARE(view.toRemote(QPointF(10, 10)), QPoint(0, 20)); // left of the screen: clamped
    view.setScaled(false);                                   // 1:1
    QCOMPARE(view.size(), QSize(800, 600));
    QCOMPARE(view.targetRect(), QRect(0, 0, 800, 600));
    QCOMPARE(view.toRemote(QPointF(123, 456)), QPoint(123, 456));
    view.resizeScreen(QSize(1024, 768)); // the desktop changed its resolution
    QCOMPARE(view.size(), QSize(1024, 768));
    QCOMPARE(view.image().size(), QSize(1024, 768));
}

void TestConsoleWindow::paintsOnlyDamagedRectangles()
{
    ConsoleView view;
    view.resize(400, 300);
    view.resizeScreen(QSize(800, 600));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<QRect> first; // the first, full paint (QTRY evaluates its expression once more at the end: accumulate)
    QTRY_VERIFY((first += view.takePaintedRects(), !first.isEmpty()));
    QTRY_VERIFY((first += view.takePaintedRects(), QRegion(view.rect()).subtracted(std::accumulate(first.begin(), first.end(), QRegion(),
        [](const QRegion &r, const QRect &q) { return r.united(q); })).isEmpty()));
    QByteArray pixels(40 * 20 * 4, '\0');
    for (qsizetype i = 0; i < pixels.size(); i += 4)
        qToLittleEndian(0x00ff8000u, pixels.data() + i);
    view.applyDamage({RfbDamage{QRect(100, 100, 40, 20), pixels}});
    QCOMPARE(view.image().pixel(110, 110) & 0xffffff, 0xff8000u);
    QList<QRect> painted;
    QTRY_VERIFY((painted += view.takePaintedRects(), !painted.isEmpty()));
    // the damage is 20×10 in the widget (scale 1/2); a pixel of margin for smooth scaling
    const QRect expected(49, 49, 22, 12);
    QRegion all;
    for (const QRect &r : std::as_const(painted))
        all += r;
    QVERIFY2(QRegion(expected).united(all) == QRegion(expected),
             qPrintable(QStringLiteral("painted %1,%2 %3×%4").arg(all.boundingRect().x()).arg(all.boundingRect().y())
                            .arg(all.boundingRect().width()).arg(all.boundingRect().height())));
    // a rectangle from before a resize (outside the new screen) is dropped, not painted
    view.applyDamage({RfbDamage{QRect(790, 590, 40, 20), pixels}});
    QCOMPARE(view.image().pixel(799, 599) & 0xffffff, 0u);
}

void TestConsoleWindow::fastUpdatesAreMergedNotQueued()
{
    // 48 FramebufferUpdates, each an 8×8 square in its own colour, arrive in one WebSocket message
    // (faster than any screen refresh): the GUI thread gets them merged into one batch, not 48
    // queued copies, and the picture is still complete.
    auto colour = [](int i) { return quint32(0x10 + i) << 16 | quint32(0x80 + i) << 8 | quint32(0xf0 - i); };
    QByteArray script = handshake();
    for (int i = 0; i < 48; ++i) {
        QByteArray px(4, '\0');
        qToLittleEndian(colour(i), px.data());
        script += update(rectHeader((i % 8) * 8, (i / 8) * 8, 8, 8, 0) + px.repeated(64));
    }
    FakeProxy proxy;
    proxy.script = script;
    Window w(proxy.url());
    w.window.connectNow();
    QVERIFY(w.window.session());
    QSignalSpy batches(w.window.session(), &RfbSession::updated);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.session()->updates() == 48, 10000);
    QCOMPARE(batches.size(), 1);
    QRegion covered;
    for (const QList<QVariant> &args : std::as_const(batches))
        for (const RfbDamage &d : args.at(0).value<QList<RfbDamage>>())
            covered += d.rect;
    QCOMPARE(covered, QRegion(0, 0, ScreenW, ScreenH));
    const QImage image = w.window.view()->image();
    for (int i = 0; i < 48; ++i)
        QCOMPARE(image.pixel((i % 8) * 8 + 3, (i / 8) * 8 + 5) & 0xffffff, colour(i));
}

void TestConsoleWindow::wholeScreenUpdateThenPartial()
{
    // A whole-screen update is shown without a copy (the picture shares the decoded pixels); the
    // next partial update must then change the picture only, never those shared pixels.
    ConsoleView view;
    view.resize(400, 300);
    view.resizeScreen(QSize(80, 60));
    QByteArray full(80 * 60 * 4, '\0');
    for (qsizetype i = 0; i < full.size(); i += 4)
        qToLittleEndian(0xff000000u | quint32(i / 4), full.data() + i);
    const QByteArray before = QByteArray(full.constData(), full.size()); // a deep copy
    view.applyDamage({RfbDamage{QRect(0, 0, 80, 60), full}});
    QCOMPARE(view.image().pixel(7, 2) & 0xffffff, quint32(2 * 80 + 7));
    QCOMPARE(view.image().pixel(79, 59) & 0xffffff, quint32(59 * 80 + 79));
    QByteArray patch(4 * 4 * 4, '\0');
    for (qsizetype i = 0; i < patch.size(); i += 4)
        qToLittleEndian(0xff00ff00u, patch.data() + i);
    view.applyDamage({RfbDamage{QRect(10, 10, 4, 4), patch}});
    QCOMPARE(view.image().pixel(11, 12) & 0xffffff, 0x00ff00u);
    QCOMPARE(view.image().pixel(9, 10) & 0xffffff, quint32(10 * 80 + 9));
    QCOMPARE(full, before);
    QCOMPARE(view.image().format(), QImage::Format_RGB32);
}

void TestConsoleWindow::keysClicksAndClipboardReachTheDesktop()
{
    FakeProxy proxy;
    proxy.script = handshake() + fullFrame(0x336699);
    Window w(proxy.url());
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.window.connectNow();
    QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 10000);
    QTRY_COMPARE(w.window.view()->image().pixel(10, 10) & 0xffffff, 0x336699u);
    QTRY_VERIFY(w.window.statusText().contains(QStringLiteral("64×48")));
    ConsoleView *view = w.window.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::NoModifier);
    QTest::keyClick(view, Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY2(proxy.events().contains(QStringLiteral("K-ff0d")) && proxy.events().contains(QStringLiteral("K-ffbf")),
                 qPrintable(proxy.events().join(u' ')));
    QStringList keys;
    for (const QString &e : proxy.events())
        if (e.startsWith(u'K'))
            keys << e;
    QCOMPARE(keys, (QStringList{"K+61", "K-61", "K+ff0d", "K-ff0d", "K+ffbf", "K-ffbf"}));
    // a click in the middle of the (scaled) view is a click in the middle of the remote screen
    const QRect target = view->targetRect();
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, target.center());
    const QPoint remote = view->toRemote(QPointF(target.center()));
    QVERIFY(qAbs(remote.x() - ScreenW / 2) <= 1 && qAbs(remote.y() - ScreenH / 2) <= 1);
    const QString down = QStringLiteral("P1@%1,%2").arg(remote.x()).arg(remote.y());
    const QString up = QStringLiteral("P0@%1,%2").arg(remote.x()).arg(remote.y());
    QTRY_VERIFY(proxy.events().contains(up));
    QVERIFY2(proxy.events().contains(down), qPrintable(proxy.events().join(u' ')));
    QVERIFY(proxy.events().indexOf(down) < proxy.events().lastIndexOf(up));
    // Send Ctrl+Alt+Del: three downs, three ups in reverse
    const qsizetype before = proxy.events().size();
    w.window.keyActions().first()->trigger();
    QTRY_COMPARE(proxy.events().size(), before + 6);
    QCOMPARE(proxy.events().mid(before), (QStringList{"K+ffe3", "K+ffe9", "K+ffff", "K-ffff", "K-ffe9", "K-ffe3"}));
    // view only: nothing more goes out
    w.window.viewOnlyAction()->setChecked(true);
    const qsizetype quiet = proxy.events().size();
    QTest::keyClick(view, Qt::Key_B);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, target.center());
    w.window.viewOnlyAction()->setChecked(false);
    // clipboard: this computer's text to the desktop, the desktop's to this computer
    QGuiApplication::clipboard()->setText(QStringLiteral("from Phoenix"));
    w.window.sendClipboard();
    QTRY_VERIFY(proxy.events().contains(QStringLiteral("C:from Phoenix")));
    for (const QString &e : proxy.events().mid(quiet)) // view only sent nothing; then only the clipboard
        QVERIFY2(e == QLatin1String("C:from Phoenix"), qPrintable(e));
    QVERIFY(proxy.current);
    proxy.current->sendBinaryMessage(QByteArray::fromHex("03000000") + be32(16) + "from the desktop");
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("from the desktop"));
}

void TestConsoleWindow::badInputIsAPlainMessage_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("closeAtOnce");
    QTest::addColumn<bool>("closeAfterScript");
    QTest::addColumn<QString>("message");
    QTest::newRow("proxy closes at once (a wrong or expired token)")
        << QByteArray() << true << false << QStringLiteral("the console token may be wrong or expired");
    QTest::newRow("not a VNC server") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << false << false
                                      << QStringLiteral("This is not a VNC server");
    QTest::newRow("refused with a reason")
        << QByteArray("RFB 003.008\n") + QByteArray::fromHex("00") + be32(20) + "Too many connections" << false << false
        << QStringLiteral("refused the connection: Too many connections");
    QTest::newRow("unknown encoding") << handshake() + update(rectHeader(0, 0, 8, 8, 0x7ffe)) << false << false
                                      << QStringLiteral("an encoding Phoenix did not ask for (32766)");
    QTest::newRow("Tight, not asked for") << handshake() + update(rectHeader(0, 0, 8, 8, 7)) << false << false
                                          << QStringLiteral("did not ask for (7)");
    QTest::newRow("rectangle outside the screen") << handshake() + update(rectHeader(60, 40, 8, 16, 0)) << false << false
                                                  << QStringLiteral("a rectangle outside the screen (60,40 8×16 on 64×48)");
    QTest::newRow("malformed ZRLE") << handshake() + update(rectHeader(0, 0, 8, 8, 16) + zlibGarbage()) << false << false
                                    << QStringLiteral("malformed ZRLE");
    QTest::newRow("malformed Hextile")
        << handshake() + update(rectHeader(0, 0, 4, 4, 5) + QByteArray::fromHex("0e") + QByteArray(8, '\1') + QByteArray::fromHex("013311"))
        << false << false << QStringLiteral("malformed Hextile");
    QTest::newRow("copy from outside the screen") << handshake() + update(rectHeader(0, 0, 8, 8, 1) + be16(60) + be16(0))
                                                  << false << false << QStringLiteral("copy from outside the screen");
    QTest::newRow("unknown message") << handshake() + QByteArray::fromHex("09") << false << false
                                     << QStringLiteral("an unknown message (type 9)");
    QTest::newRow("update cut off, proxy closes") << handshake() + update(rectHeader(0, 0, 8, 8, 0) + QByteArray(100, 'x'))
                                                  << false << true << QStringLiteral("The console connection was closed");
    QTest::newRow("desktop closes during the handshake") << QByteArray("RFB 003.008\n") << false << true
                                                         << QStringLiteral("closed the console during the handshake");
}

void TestConsoleWindow::badInputIsAPlainMessage()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, closeAtOnce);
    QFETCH(bool, closeAfterScript);
    QFETCH(QString, message);
    FakeProxy proxy;
    proxy.script = script;
    proxy.closeAtOnce = closeAtOnce;
    proxy.closeAfterScript = closeAfterScript;
    Window w(proxy.url());
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.window.connectNow();
    QTRY_VERIFY2_WITH_TIMEOUT(w.window.messageText().contains(message), qPrintable(w.window.messageText()), 10000);
    qInfo("%s", qPrintable(w.window.messageText()));
    QVERIFY(!w.window.session() || w.window.session()->status() == RfbSession::Status::Closed);
    QTRY_COMPARE(w.window.statusText(), QStringLiteral("Not connected"));
    // the window is still usable: Reconnect asks for a new URL and connects again
    proxy.closeAtOnce = false;
    proxy.closeAfterScript = false;
    proxy.script = handshake() + fullFrame(0x00ff00);
    w.window.reconnectAction()->trigger();
    QCOMPARE(w.asked, 2);
    QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 10000);
    QTRY_COMPARE(w.window.view()->image().pixel(1, 1) & 0xffffff, 0x00ff00u);
    QVERIFY(w.window.messageText().isEmpty());
}

void TestConsoleWindow::novaRefusingTheConsoleIsAPlainMessage()
{
    // Nova answers the remote-console request with an error: the sentence and its request ID
    ConsoleWindow window(QStringLiteral("desk-02"), [](QObject *, std::function<void(Result<QString>)> done) {
        done(CloudError::http(409, R"({"conflictingRequest": {"code": 409, "message": "Instance is not running"}})",
                              QStringLiteral("req-5a1e0c0f-0000-4000-8000-000000000015")));
    });
    window.show();
    window.connectNow();
    QVERIFY2(window.messageText().contains(QLatin1String("Instance is not running")), qPrintable(window.messageText()));
    QVERIFY2(window.messageText().contains(QLatin1String("req-5a1e0c0f-0000-4000-8000-000000000015")), qPrintable(window.messageText()));
    QCOMPARE(window.statusText(), QStringLiteral("Not connected"));
    // and a URL Phoenix cannot use (no token) is one too
    ConsoleWindow noToken(QStringLiteral("desk-03"), [](QObject *, std::function<void(Result<QString>)> done) {
        done(QStringLiteral("http://127.0.0.1:6080/vnc_auto.html"));
    });
    noToken.show();
    noToken.connectNow();
    QVERIFY2(noToken.messageText().contains(QLatin1String("carries no token")), qPrintable(noToken.messageText()));
}

void TestConsoleWindow::dropAfterWorkingReconnectsWithANewUrl()
{
    FakeProxy proxy;
    proxy.script = handshake() + fullFrame(0x112233);
    Window w(proxy.url());
    w.window.setAutoReconnectDelay(50);
    w.window.show();
    w.window.connectNow();
    QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 10000);
    QTRY_COMPARE(w.window.view()->image().pixel(0, 0) & 0xffffff, 0x112233u);
    // the desktop reboots: the proxy drops the connection; the window asks for a new URL (token)
    proxy.script = handshake() + fullFrame(0x445566);
    QVERIFY(proxy.current);
    proxy.current->close();
    QTRY_COMPARE_WITH_TIMEOUT(w.asked, 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 10000);
    QTRY_COMPARE(w.window.view()->image().pixel(0, 0) & 0xffffff, 0x445566u);
    QTRY_VERIFY(w.window.messageText().isEmpty());
    QCOMPARE(proxy.connections, 2);
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
