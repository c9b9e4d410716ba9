// The RFB client as a pure state machine (issue 15): handshakes, VNC authentication's DES,
// each encoding, malformed input, client messages — bytes in, bytes and events out.
#undef QT_USE_QSTRINGBUILDER // byte strings built with + are QByteArrays here
#include "cloud/rfbclient.h"
#include "cloud/rfbendpoint.h"

#include <QtEndian>
#include <QtTest>

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
QByteArray px(quint32 rgb) // our pixel format on the wire: 32-bit little-endian 0x00RRGGBB
{
    QByteArray b(4, '\0');
    qToLittleEndian(rgb, b.data());
    return b;
}
QByteArray cpx(quint32 rgb)
{
    return px(rgb).left(3);
}
QByteArray serverInit(int w, int h, const QByteArray &name = "test desktop")
{
    QByteArray b = be16(quint16(w)) + be16(quint16(h));
    b += QByteArray::fromHex("2018000100ff00ff00ff100800000000"); // any server format: the client sets its own
    return b + be32(quint32(name.size())) + name;
}
QByteArray rectHeader(int x, int y, int w, int h, qint32 encoding)
{
    return be16(quint16(x)) + be16(quint16(y)) + be16(quint16(w)) + be16(quint16(h)) + be32(quint32(encoding));
}
QByteArray update(const QList<QByteArray> &rects)
{
    QByteArray b = QByteArray::fromHex("0000") + be16(quint16(rects.size()));
    for (const QByteArray &r : rects)
        b += r;
    return b;
}
QByteArray hexToBytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}
// A client past the handshake on a w×h screen (3.8, no security), its outgoing buffer emptied.
std::unique_ptr<RfbClient> connectedClient(int w, int h)
{
    auto c = std::make_unique<RfbClient>();
    c->feed("RFB 003.008\n");
    c->feed(hexToBytes("0101"));
    c->feed(be32(0));
    c->feed(serverInit(w, h));
    (void)c->takeOutgoing();
    (void)c->takeEvents();
    return c;
}
// ZRLE: one zlib stream for the whole connection, flushed after each rectangle.
struct ZrleEncoder
{
    z_stream z{};
    ZrleEncoder() { deflateInit(&z, 6); }
    ~ZrleEncoder() { deflateEnd(&z); }
    QByteArray rect(const QByteArray &plain)
    {
        QByteArray out(int(plain.size() * 2 + 64), '\0');
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
        z.avail_in = uInt(plain.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, Z_SYNC_FLUSH);
        out.truncate(out.size() - z.avail_out);
        return be32(quint32(out.size())) + out;
    }
};
// A test picture, w×h pixels 0x00RRGGBB, row-major. colours 0: every pixel its own colour (a video);
// else that many distinct colours, in runs of runLength pixels that go on across rows.
QList<quint32> picture(int w, int h, int colours, int runLength)
{
    QList<quint32> out;
    out.reserve(qsizetype(w) * h);
    quint32 seed = 12345;
    for (qsizetype i = 0; i < qsizetype(w) * h; ++i) {
        seed = seed * 1664525u + 1013904223u;
        const quint32 k = colours == 0 ? seed >> 8 : quint32((i / runLength + i / w) % colours);
        out << ((k * 0x1f3d5bu + 0x102030u) & 0xffffffu); // an odd factor: distinct k, distinct colour
    }
    return out;
}
// ZRLE's run length: length - 1 as bytes of 255 and a last byte below 255.
QByteArray runBytes(qsizetype length)
{
    QByteArray b(int((length - 1) / 255), char(0xff));
    return b + char((length - 1) % 255);
}
// One rectangle of a picture (pw wide) at (x, y) on the screen, as the server would send it in one
// of the ways below; every ZRLE tile of it in the same sub-encoding (a one-colour tile: solid).
QByteArray encodeRect(const QString &kind, int x, int y, int w, int h, const QList<quint32> &pic, ZrleEncoder &z)
{
    auto at = [&](int px_, int py) { return pic[qsizetype(py) * w + px_]; };
    if (kind == QLatin1String("raw")) {
        QByteArray b = rectHeader(x, y, w, h, Rfb::Raw);
        for (int i = 0; i < w * h; ++i)
            b += px(pic[i] | quint32(i % 251) << 24); // the unused top byte is not always zero
        return b;
    }
    if (kind == QLatin1String("hextile raw")) {
        QByteArray b = rectHeader(x, y, w, h, Rfb::Hextile);
        for (int ty = 0; ty < h; ty += 16)
            for (int tx = 0; tx < w; tx += 16) {
                b += char(1);
                for (int j = ty; j < std::min(h, ty + 16); ++j)
                    for (int i = tx; i < std::min(w, tx + 16); ++i)
                        b += px(at(i, j) | 0x80000000u);
            }
        return b;
    }
    QByteArray plain;
    for (int ty = 0; ty < h; ty += 64)
        for (int tx = 0; tx < w; tx += 64) {
            QList<quint32> tile, palette;
            for (int j = ty; j < std::min(h, ty + 64); ++j)
                for (int i = tx; i < std::min(w, tx + 64); ++i) {
                    tile << at(i, j);
                    if (!palette.contains(tile.last()))
                        palette << tile.last();
                }
            const int tw = std::min(64, w - tx);
            if (palette.size() == 1 && kind != QLatin1String("zrle raw")) {
                plain += char(1) + cpx(palette[0]);
            } else if (kind == QLatin1String("zrle raw")) {
                plain += char(0);
                for (quint32 p : std::as_const(tile))
                    plain += cpx(p);
            } else if (kind == QLatin1String("zrle palette")) {
                Q_ASSERT(palette.size() <= 16);
                plain += char(palette.size());
                for (quint32 p : std::as_const(palette))
                    plain += cpx(p);
                const int bits = palette.size() == 2 ? 1 : palette.size() <= 4 ? 2 : 4;
                for (qsizetype row = 0; row < tile.size() / tw; ++row) {
                    QByteArray packed((tw * bits + 7) / 8, '\0');
                    for (int i = 0; i < tw; ++i) {
                        const int index = int(palette.indexOf(tile[row * tw + i]));
                        packed[i * bits / 8] = char(uchar(packed[i * bits / 8]) | index << (8 - bits - (i * bits) % 8));
                    }
                    plain += packed;
                }
            } else { // "zrle plain rle", "zrle palette rle"
                const bool withPalette = kind == QLatin1String("zrle palette rle");
                Q_ASSERT(!withPalette || palette.size() <= 127);
                plain += char(withPalette ? 128 + palette.size() : 128);
                if (withPalette)
                    for (quint32 p : std::as_const(palette))
                        plain += cpx(p);
                for (qsizetype i = 0; i < tile.size();) {
                    qsizetype run = 1;
                    while (i + run < tile.size() && tile[i + run] == tile[i])
                        ++run;
                    if (!withPalette)
                        plain += cpx(tile[i]) + runBytes(run);
                    else if (run == 1)
                        plain += char(palette.indexOf(tile[i]));
                    else
                        plain += char(128 | palette.indexOf(tile[i])) + runBytes(run);
                    i += run;
                }
            }
        }
    return rectHeader(x, y, w, h, Rfb::Zrle) + z.rect(plain);
}
} // namespace

class TestRfbClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handshake_data();
    void handshake();
    void handshakeByteByByte();
    void passwordAskedWhenMissing();
    void refusals_data();
    void refusals();
    void desKnownVectors_data();
    void desKnownVectors();
    void encodings_data();
    void encodings();
    void zrleAcrossRectangles();
    void chunkedUpdatesDecodeTheSame_data();
    void chunkedUpdatesDecodeTheSame();
    void fastPathsGiveThePicture_data();
    void fastPathsGiveThePicture();
    void damageWithoutPixels();
    void pixelBuffersReusedOnlyWhenFree();
    void desktopSizeAndCursor();
    void clipboardAndBell();
    void malformed_data();
    void malformed();
    void clientMessages();
    void endpoint_data();
    void endpoint();
};

void TestRfbClient::handshake_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QList<QByteArray>>("server");   // what the server sends, step by step
    QTest::addColumn<QList<QByteArray>>("expected"); // what the client answers to each step (hex)

    const QByteArray init = serverInit(640, 480);
    const QByteArray normal = "SETUP"; // SetPixelFormat + SetEncodings + full update request, checked separately
    QTest::newRow("3.8 none") << QByteArray() << QList<QByteArray>{"RFB 003.008\n", hexToBytes("0101"), be32(0), init}
                              << QList<QByteArray>{"RFB 003.008\n", hexToBytes("01"), hexToBytes("01"), normal};
    QTest::newRow("3.8 none+vnc, no password: none")
        << QByteArray() << QList<QByteArray>{"RFB 003.008\n", hexToBytes("020201"), be32(0), init}
        << QList<QByteArray>{"RFB 003.008\n", hexToBytes("01"), hexToBytes("01"), normal};
    QTest::newRow("3.7 none: no security result")
        << QByteArray() << QList<QByteArray>{"RFB 003.007\n", hexToBytes("0101"), init}
        << QList<QByteArray>{"RFB 003.007\n", hexToBytes("0101"), normal};
    QTest::newRow("3.3 none") << QByteArray() << QList<QByteArray>{"RFB 003.003\n", be32(1), init}
                              << QList<QByteArray>{"RFB 003.003\n", hexToBytes("01"), normal};
    QTest::newRow("3.889 (Apple) answered as 3.8")
        << QByteArray() << QList<QByteArray>{"RFB 003.889\n", hexToBytes("0101"), be32(0), init}
        << QList<QByteArray>{"RFB 003.008\n", hexToBytes("01"), hexToBytes("01"), normal};
    QTest::newRow("3.5 (unknown) answered as 3.3")
        << QByteArray() << QList<QByteArray>{"RFB 003.005\n", be32(1), init}
        << QList<QByteArray>{"RFB 003.003\n", hexToBytes("01"), normal};
    const QByteArray challenge = hexToBytes("00112233445566778899aabbccddeeff");
    const QByteArray response = Rfb::vncAuthResponse(challenge, "secret");
    QTest::newRow("3.8 vnc auth") << QByteArray("secret")
                                  << QList<QByteArray>{"RFB 003.008\n", hexToBytes("0102"), challenge, be32(0), init}
                                  << QList<QByteArray>{"RFB 003.008\n", hexToBytes("02"), response, hexToBytes("01"), normal};
    QTest::newRow("3.8 none+vnc with password: vnc")
        << QByteArray("secret") << QList<QByteArray>{"RFB 003.008\n", hexToBytes("020102"), challenge, be32(0), init}
        << QList<QByteArray>{"RFB 003.008\n", hexToBytes("02"), response, hexToBytes("01"), normal};
    QTest::newRow("3.3 vnc auth") << QByteArray("secret")
                                  << QList<QByteArray>{"RFB 003.003\n", be32(2), challenge, be32(0), init}
                                  << QList<QByteArray>{"RFB 003.003\n", QByteArray(), response, hexToBytes("01"), normal};
}

void TestRfbClient::handshake()
{
    QFETCH(QByteArray, password);
    QFETCH(QList<QByteArray>, server);
    QFETCH(QList<QByteArray>, expected);
    RfbClient c(password);
    for (int i = 0; i < server.size(); ++i) {
        QVERIFY2(c.feed(server[i]), qPrintable(c.error()));
        const QByteArray out = c.takeOutgoing();
        if (expected[i] == "SETUP") {
            QCOMPARE(c.state(), RfbClient::State::Normal);
            // SetPixelFormat (20) + SetEncodings (4 + 6×4) + FramebufferUpdateRequest (10)
            QCOMPARE(out.size(), 20 + 28 + 10);
            QCOMPARE(out.left(20).toHex(), QByteArray("00000000201800010" "0ff00ff00ff100800000000"));
            QCOMPARE(out.mid(20, 4).toHex(), QByteArray("02000006"));
            QCOMPARE(out.mid(24, 4), be32(Rfb::CopyRect));
            QCOMPARE(out.mid(48).toHex(), QByteArray("03000000000002800" "1e0"));
        } else {
            QCOMPARE(out.toHex(), expected[i].toHex());
        }
    }
    const QList<RfbClient::Event> events = c.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, RfbClient::Event::Connected);
    QCOMPARE(events[0].size, QSize(640, 480));
    QCOMPARE(events[0].text, QStringLiteral("test desktop"));
    QCOMPARE(c.size(), QSize(640, 480));
}

void TestRfbClient::handshakeByteByByte()
{
    RfbClient c;
    const QByteArray all = QByteArray("RFB 003.008\n") + hexToBytes("0101") + be32(0) + serverInit(32, 16, "x")
        + update({rectHeader(0, 0, 1, 1, Rfb::Raw) + px(0x123456)});
    for (char ch : all)
        QVERIFY(c.feed(QByteArrayView(&ch, 1)));
    QCOMPARE(c.state(), RfbClient::State::Normal);
    QCOMPARE(c.pixel(0, 0), 0x123456u);
    QCOMPARE(c.updatesCompleted(), 1);
}

void TestRfbClient::passwordAskedWhenMissing()
{
    RfbClient c;
    c.feed("RFB 003.008\n");
    c.feed(hexToBytes("0102"));
    QCOMPARE(c.state(), RfbClient::State::NeedPassword);
    QCOMPARE(c.takeEvents().first().kind, RfbClient::Event::PasswordNeeded);
    QCOMPARE(c.takeOutgoing(), QByteArray("RFB 003.008\n")); // no security choice yet
    c.setPassword("pw");
    QCOMPARE(c.takeOutgoing().toHex(), QByteArray("02"));
    const QByteArray challenge(16, 'c');
    c.feed(challenge);
    QCOMPARE(c.takeOutgoing(), Rfb::vncAuthResponse(challenge, "pw"));
    QCOMPARE(c.state(), RfbClient::State::SecurityResult);
}

void TestRfbClient::refusals_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no security types, reason")
        << QByteArray() << QByteArray("RFB 003.008\n") + hexToBytes("00") + be32(14) + "Too many tries"
        << QStringLiteral("refused the connection: Too many tries");
    QTest::newRow("3.3 failure with reason") << QByteArray() << QByteArray("RFB 003.003\n") + be32(0) + be32(4) + "busy"
                                            << QStringLiteral("refused the connection: busy");
    QTest::newRow("wrong password 3.8")
        << QByteArray("x") << QByteArray("RFB 003.008\n") + hexToBytes("0102") + QByteArray(16, 'c') + be32(1) + be32(18)
            + "Authentication failed"
        << QStringLiteral("password was not accepted");
    QTest::newRow("only unknown types") << QByteArray() << QByteArray("RFB 003.008\n") + hexToBytes("021312")
                                        << QStringLiteral("offered: 19, 18");
    QTest::newRow("not RFB") << QByteArray() << QByteArray("HTTP/1.1 400") << QStringLiteral("not a VNC server");
    QTest::newRow("RFB 4") << QByteArray() << QByteArray("RFB 004.000\n") << QStringLiteral("RFB 4.0");
}

void TestRfbClient::refusals()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    RfbClient c(password);
    QVERIFY(!c.feed(input));
    QCOMPARE(c.state(), RfbClient::State::Failed);
    QVERIFY2(c.error().contains(message), qPrintable(c.error()));
    QVERIFY(!c.feed("more")); // stays failed
}

void TestRfbClient::desKnownVectors_data()
{
    // Published DES vectors (key, plaintext, ciphertext). VNC's key is the password with each
    // byte's bits reversed, so the "password" here is the published key bit-reversed per byte.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("cipher");
    QTest::newRow("FIPS 46 worked example") << hexToBytes("133457799bbcdff1") << hexToBytes("0123456789abcdef")
                                            << hexToBytes("85e813540f0ab405");
    QTest::newRow("zero ciphertext") << hexToBytes("0e329232ea6d0d73") << hexToBytes("8787878787878787")
                                     << hexToBytes("0000000000000000");
    QTest::newRow("NBS weak-key table row") << hexToBytes("0101010101010101") << hexToBytes("95f8a5e5dd31d900")
                                            << hexToBytes("8000000000000000");
}

void TestRfbClient::desKnownVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, cipher);
    QByteArray password;
    for (char k : key) {
        uchar r = 0;
        for (int b = 0; b < 8; ++b)
            if (uchar(k) & (1 << b))
                r |= uchar(0x80 >> b);
        password.append(char(r));
    }
    const QByteArray response = Rfb::vncAuthResponse(plain + plain, password);
    QCOMPARE(response.toHex(), (cipher + cipher).toHex());
}

void TestRfbClient::encodings_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QByteArray>("before"); // an update applied first (may be empty)
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QPoint>>("points");
    QTest::addColumn<QList<quint32>>("colours");
    QTest::addColumn<qint32>("encoding");

    const quint32 R = 0xff0000, G = 0x00ff00, B = 0x0000ff, W = 0xffffff, K = 0x000000;
    QByteArray raw = rectHeader(1, 1, 2, 2, Rfb::Raw) + px(R) + px(G) + px(B) + px(W);
    QTest::newRow("raw 2x2") << QSize(4, 4) << QByteArray() << update({raw})
                             << QList<QPoint>{{1, 1}, {2, 1}, {1, 2}, {2, 2}, {0, 0}, {3, 3}}
                             << QList<quint32>{R, G, B, W, K, K} << qint32(Rfb::Raw);
    const QByteArray fillRed = update({rectHeader(0, 0, 2, 1, Rfb::Raw) + px(R) + px(G)});
    QTest::newRow("copyrect") << QSize(4, 4) << fillRed
                              << update({rectHeader(2, 3, 2, 1, Rfb::CopyRect) + be16(0) + be16(0)})
                              << QList<QPoint>{{2, 3}, {3, 3}, {0, 0}} << QList<quint32>{R, G, R}
                              << qint32(Rfb::CopyRect);
    QTest::newRow("copyrect overlapping, downwards")
        << QSize(2, 3) << update({rectHeader(0, 0, 1, 3, Rfb::Raw) + px(R) + px(G) + px(B)})
        << update({rectHeader(0, 1, 1, 2, Rfb::CopyRect) + be16(0) + be16(0)}) << QList<QPoint>{{0, 0}, {0, 1}, {0, 2}}
        << QList<quint32>{R, R, G} << qint32(Rfb::CopyRect);
    // Hextile, one 4x4 tile: background blue, foreground red, two subrects (one in the tile's own colour)
    QByteArray hex = rectHeader(0, 0, 4, 4, Rfb::Hextile) + hexToBytes("0e") + px(B) + px(R) + hexToBytes("02")
        + hexToBytes("00") + hexToBytes("10") // (0,0) 2x1 in fg
        + hexToBytes("33") + hexToBytes("00"); // (3,3) 1x1 in fg
    QTest::newRow("hextile bg/fg/subrects") << QSize(4, 4) << QByteArray() << update({hex})
                                            << QList<QPoint>{{0, 0}, {1, 0}, {2, 0}, {3, 3}, {2, 2}}
                                            << QList<quint32>{R, R, B, R, B} << qint32(Rfb::Hextile);
    QByteArray hexColoured = rectHeader(0, 0, 4, 2, Rfb::Hextile) + hexToBytes("1a") + px(W) + hexToBytes("01")
        + px(G) + hexToBytes("11") + hexToBytes("10"); // coloured subrect (1,1) 2x1 green
    QTest::newRow("hextile coloured subrects") << QSize(4, 2) << QByteArray() << update({hexColoured})
                                               << QList<QPoint>{{0, 0}, {1, 1}, {2, 1}, {3, 1}}
                                               << QList<quint32>{W, G, G, W} << qint32(Rfb::Hextile);
    // 20x2: two tiles (16 + 4 wide); the second reuses the first's background (no bg byte)
    QByteArray hexTwo = rectHeader(0, 0, 20, 2, Rfb::Hextile) + hexToBytes("02") + px(G) + hexToBytes("00");
    QTest::newRow("hextile background carried to next tile")
        << QSize(20, 2) << QByteArray() << update({hexTwo}) << QList<QPoint>{{0, 0}, {15, 1}, {16, 0}, {19, 1}}
        << QList<quint32>{G, G, G, G} << qint32(Rfb::Hextile);
    QByteArray hexRaw = rectHeader(0, 0, 2, 1, Rfb::Hextile) + hexToBytes("01") + px(R) + px(B);
    QTest::newRow("hextile raw tile") << QSize(2, 1) << QByteArray() << update({hexRaw})
                                      << QList<QPoint>{{0, 0}, {1, 0}} << QList<quint32>{R, B} << qint32(Rfb::Hextile);

    ZrleEncoder z;
    auto zrle = [&z](int x, int y, int w, int h, const QByteArray &plain) {
        return rectHeader(x, y, w, h, Rfb::Zrle) + z.rect(plain);
    };
    QTest::newRow("zrle solid") << QSize(4, 4) << QByteArray() << update({zrle(0, 0, 4, 4, hexToBytes("01") + cpx(G))})
                                << QList<QPoint>{{0, 0}, {3, 3}} << QList<quint32>{G, G} << qint32(Rfb::Zrle);
    ZrleEncoder z2;
    QTest::newRow("zrle raw") << QSize(2, 1) << QByteArray()
                              << update({rectHeader(0, 0, 2, 1, Rfb::Zrle) + z2.rect(hexToBytes("00") + cpx(R) + cpx(B))})
                              << QList<QPoint>{{0, 0}, {1, 0}} << QList<quint32>{R, B} << qint32(Rfb::Zrle);
    ZrleEncoder z3; // packed palette of 2: 1 bit per pixel, rows padded to a byte: 3 pixels "101", "010"
    QTest::newRow("zrle packed palette 2")
        << QSize(3, 2) << QByteArray()
        << update({rectHeader(0, 0, 3, 2, Rfb::Zrle) + z3.rect(hexToBytes("02") + cpx(K) + cpx(W) + hexToBytes("a040"))})
        << QList<QPoint>{{0, 0}, {1, 0}, {2, 0}, {0, 1}, {1, 1}, {2, 1}} << QList<quint32>{W, K, W, K, W, K}
        << qint32(Rfb::Zrle);
    ZrleEncoder z4; // packed palette of 5: 4 bits per pixel
    QTest::newRow("zrle packed palette 5")
        << QSize(3, 1) << QByteArray()
        << update({rectHeader(0, 0, 3, 1, Rfb::Zrle)
                   + z4.rect(hexToBytes("05") + cpx(K) + cpx(R) + cpx(G) + cpx(B) + cpx(W) + hexToBytes("4230"))})
        << QList<QPoint>{{0, 0}, {1, 0}, {2, 0}} << QList<quint32>{W, G, B} << qint32(Rfb::Zrle);
    ZrleEncoder z5; // plain RLE on one 40x8 tile: 300 red (run byte 255 then 44), then 20 blue
    QTest::newRow("zrle plain rle, long run")
        << QSize(40, 8) << QByteArray()
        << update({rectHeader(0, 0, 40, 8, Rfb::Zrle)
                   + z5.rect(hexToBytes("80") + cpx(R) + hexToBytes("ff2c") + cpx(B) + hexToBytes("13"))})
        << QList<QPoint>{{0, 0}, {19, 7}, {20, 7}, {39, 7}} << QList<quint32>{R, R, B, B} << qint32(Rfb::Zrle);
    ZrleEncoder z6; // palette RLE: index 1 run of 5, then index 0 single, on 6x1
    QTest::newRow("zrle palette rle")
        << QSize(6, 1) << QByteArray()
        << update({rectHeader(0, 0, 6, 1, Rfb::Zrle) + z6.rect(hexToBytes("82") + cpx(R) + cpx(G) + hexToBytes("810400"))})
        << QList<QPoint>{{0, 0}, {4, 0}, {5, 0}} << QList<quint32>{G, G, R} << qint32(Rfb::Zrle);
    ZrleEncoder z7; // 70x1: two tiles (64 + 6), solid each
    QTest::newRow("zrle two tiles")
        << QSize(70, 1) << QByteArray()
        << update({rectHeader(0, 0, 70, 1, Rfb::Zrle) + z7.rect(hexToBytes("01") + cpx(R) + hexToBytes("01") + cpx(B))})
        << QList<QPoint>{{0, 0}, {63, 0}, {64, 0}, {69, 0}} << QList<quint32>{R, R, B, B} << qint32(Rfb::Zrle);
}

void TestRfbClient::encodings()
{
    QFETCH(QSize, screen);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, input);
    QFETCH(QList<QPoint>, points);
    QFETCH(QList<quint32>, colours);
    QFETCH(qint32, encoding);
    auto c = connectedClient(screen.width(), screen.height());
    if (!before.isEmpty())
        QVERIFY2(c->feed(before), qPrintable(c->error()));
    QVERIFY2(c->feed(input), qPrintable(c->error()));
    for (int i = 0; i < points.size(); ++i)
        QCOMPARE(QString::number(c->pixel(points[i].x(), points[i].y()), 16), QString::number(colours[i], 16));
    QCOMPARE(c->lastEncoding(), encoding);
    const QList<RfbClient::Event> events = c->takeEvents();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, RfbClient::Event::Updated);
    QVERIFY(!events.last().damage.isEmpty());
    // the damage carries the new pixels with opaque alpha
    const RfbDamage &d = events.last().damage.last();
    const auto *pixels = reinterpret_cast<const quint32 *>(d.pixels.constData());
    QCOMPARE(pixels[0], c->pixel(d.rect.x(), d.rect.y()) | 0xff000000u);
    // the next incremental request for the whole screen follows each update
    QCOMPARE(c->takeOutgoing().right(10).toHex(),
             (hexToBytes("030100000000") + be16(quint16(screen.width())) + be16(quint16(screen.height()))).toHex());
}

void TestRfbClient::zrleAcrossRectangles()
{
    // The zlib stream continues from one rectangle (and update) to the next.
    auto c = connectedClient(8, 2);
    ZrleEncoder z;
    QVERIFY(c->feed(update({rectHeader(0, 0, 8, 1, Rfb::Zrle) + z.rect(hexToBytes("01") + cpx(0x112233)),
                            rectHeader(0, 1, 8, 1, Rfb::Zrle) + z.rect(hexToBytes("01") + cpx(0x445566))})));
    QVERIFY2(c->feed(update({rectHeader(4, 0, 4, 1, Rfb::Zrle) + z.rect(hexToBytes("01") + cpx(0x778899))})),
             qPrintable(c->error()));
    QCOMPARE(c->pixel(0, 0), 0x112233u);
    QCOMPARE(c->pixel(7, 1), 0x445566u);
    QCOMPARE(c->pixel(5, 0), 0x778899u);
    QCOMPARE(c->updatesCompleted(), 2);
}

void TestRfbClient::chunkedUpdatesDecodeTheSame_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("4096 bytes") << 4096;
}

void TestRfbClient::chunkedUpdatesDecodeTheSame()
{
    QFETCH(int, chunk);
    // a 40x40 picture as Hextile (raw tiles and subrects) and as ZRLE, fed whole and in chunks
    QByteArray hex = rectHeader(0, 0, 40, 40, Rfb::Hextile);
    for (int t = 0; t < 9; ++t) {
        if (t % 2) {
            hex += hexToBytes("01");
            const int tw = (t % 3 == 2) ? 8 : 16, th = (t / 3 == 2) ? 8 : 16;
            for (int i = 0; i < tw * th; ++i)
                hex += px(quint32(i * 2654435761u) & 0xffffff);
        } else {
            hex += hexToBytes("0e") + px(quint32(t) * 0x101010) + px(0xabcdef) + hexToBytes("01") + hexToBytes("1123");
        }
    }
    QByteArray plain;
    for (int t = 0; t < 1; ++t) {
        plain += hexToBytes("00");
        for (int i = 0; i < 40 * 40; ++i)
            plain += cpx(quint32(i * 40503u) & 0xffffff);
    }
    const QByteArray rect1 = hex;
    auto whole = connectedClient(80, 40);
    ZrleEncoder z1, z2;
    const QByteArray all = update({rect1, rectHeader(40, 0, 40, 40, Rfb::Zrle) + z1.rect(plain)});
    QVERIFY2(whole->feed(all), qPrintable(whole->error()));
    auto chunked = connectedClient(80, 40);
    const QByteArray same = update({rect1, rectHeader(40, 0, 40, 40, Rfb::Zrle) + z2.rect(plain)});
    for (qsizetype i = 0; i < same.size(); i += chunk)
        QVERIFY2(chunked->feed(same.mid(i, chunk)), qPrintable(chunked->error()));
    QCOMPARE(chunked->updatesCompleted(), 1);
    QCOMPARE(chunked->framebuffer(), whole->framebuffer());
    QCOMPARE(whole->pixel(40 + 3, 0), 3u * 40503u & 0xffffff);
}

void TestRfbClient::fastPathsGiveThePicture_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("colours"); // 0: every pixel its own
    QTest::addColumn<int>("runLength");
    QTest::addColumn<int>("chunk"); // bytes per feed(); 0: the update at once
    // Each row: the same kind of picture through one fast path (bulk row conversion, 32-bit fills,
    // packed palettes decoded a byte at a time, RLE runs filled row by row, Raw rows and ZRLE's
    // compressed bytes taken as they arrive), compared pixel by pixel with the picture itself.
    QTest::newRow("raw") << QStringLiteral("raw") << 0 << 1 << 0;
    QTest::newRow("raw, 7-byte pieces") << QStringLiteral("raw") << 0 << 1 << 7;
    QTest::newRow("raw, 1000-byte pieces (rows split)") << QStringLiteral("raw") << 0 << 1 << 1000;
    QTest::newRow("hextile raw tiles") << QStringLiteral("hextile raw") << 0 << 1 << 0;
    QTest::newRow("hextile raw tiles, 5-byte pieces") << QStringLiteral("hextile raw") << 0 << 1 << 5;
    QTest::newRow("zrle raw") << QStringLiteral("zrle raw") << 0 << 1 << 0;
    QTest::newRow("zrle raw, 3-byte pieces") << QStringLiteral("zrle raw") << 0 << 1 << 3;
    QTest::newRow("zrle raw, 4096-byte pieces") << QStringLiteral("zrle raw") << 0 << 1 << 4096;
    QTest::newRow("zrle solid") << QStringLiteral("zrle palette") << 1 << 1 << 0;
    QTest::newRow("zrle palette 2 (1 bit)") << QStringLiteral("zrle palette") << 2 << 1 << 0;
    QTest::newRow("zrle palette 3 (2 bits)") << QStringLiteral("zrle palette") << 3 << 2 << 0;
    QTest::newRow("zrle palette 4 (2 bits)") << QStringLiteral("zrle palette") << 4 << 1 << 0;
    QTest::newRow("zrle palette 5 (4 bits)") << QStringLiteral("zrle palette") << 5 << 3 << 0;
    QTest::newRow("zrle palette 16 (4 bits)") << QStringLiteral("zrle palette") << 16 << 1 << 0;
    QTest::newRow("zrle palette 16, 11-byte pieces") << QStringLiteral("zrle palette") << 16 << 2 << 11;
    QTest::newRow("zrle plain rle, single pixels") << QStringLiteral("zrle plain rle") << 0 << 1 << 0;
    QTest::newRow("zrle plain rle, runs of 7") << QStringLiteral("zrle plain rle") << 9 << 7 << 0;
    QTest::newRow("zrle plain rle, runs of 300 across rows") << QStringLiteral("zrle plain rle") << 3 << 300 << 0;
    QTest::newRow("zrle plain rle, 2-byte pieces") << QStringLiteral("zrle plain rle") << 5 << 70 << 2;
    QTest::newRow("zrle palette rle, single pixels") << QStringLiteral("zrle palette rle") << 2 << 1 << 0;
    QTest::newRow("zrle palette rle, 127 colours") << QStringLiteral("zrle palette rle") << 127 << 3 << 0;
    QTest::newRow("zrle palette rle, runs of 300") << QStringLiteral("zrle palette rle") << 40 << 300 << 0;
}

void TestRfbClient::fastPathsGiveThePicture()
{
    QFETCH(QString, kind);
    QFETCH(int, colours);
    QFETCH(int, runLength);
    QFETCH(int, chunk);
    // 83×70 at (5,3) on 100×80: ZRLE tiles of 64 and 19 wide, 64 and 6 high; Hextile's last tiles 3 and 6
    const QRect r(5, 3, 83, 70);
    const QList<quint32> pic = picture(r.width(), r.height(), colours, runLength);
    auto c = connectedClient(100, 80);
    ZrleEncoder z;
    // a one-pixel update first, so the picture's update does not start the feed
    const QByteArray input = update({rectHeader(0, 0, 1, 1, Rfb::Raw) + px(0x123456)})
        + update({encodeRect(kind, r.x(), r.y(), r.width(), r.height(), pic, z)});
    if (chunk == 0) {
        QVERIFY2(c->feed(input), qPrintable(c->error()));
    } else {
        for (qsizetype i = 0; i < input.size(); i += chunk)
            QVERIFY2(c->feed(input.mid(i, chunk)), qPrintable(c->error()));
    }
    QCOMPARE(c->updatesCompleted(), 2);
    const QList<quint32> &fb = c->framebuffer();
    for (int y = 0; y < 80; ++y)
        for (int x = 0; x < 100; ++x) {
            const quint32 want = r.contains(x, y) ? pic[qsizetype(y - r.y()) * r.width() + x - r.x()]
                                                  : (x == 0 && y == 0 ? 0x123456u : 0u);
            const quint32 got = fb[qsizetype(y) * 100 + x];
            if (got != (want | 0xff000000u))
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2: %3, expected %4").arg(x).arg(y)
                                     .arg(got, 8, 16, QLatin1Char('0')).arg(want | 0xff000000u, 8, 16, QLatin1Char('0'))));
        }
    // the damage: the rectangle, its pixels opaque, row by row
    const QList<RfbClient::Event> events = c->takeEvents();
    QCOMPARE(events.last().kind, RfbClient::Event::Updated);
    QCOMPARE(events.last().damage.size(), 1);
    const RfbDamage &d = events.last().damage.first();
    QCOMPARE(d.rect, r);
    QCOMPARE(d.pixels.size(), qsizetype(r.width()) * r.height() * 4);
    const auto *pixels = reinterpret_cast<const quint32 *>(d.pixels.constData());
    for (qsizetype i = 0; i < pic.size(); ++i)
        if (pixels[i] != (pic[i] | 0xff000000u))
            QFAIL(qPrintable(QStringLiteral("damage pixel %1 wrong").arg(i)));
    QCOMPARE(c->pixels(QRect(-5, -5, 12, 10)), c->pixels(QRect(0, 0, 7, 5))); // clipped to the screen
}

void TestRfbClient::damageWithoutPixels()
{
    // A caller that merges updates itself asks for the rectangles only and copies them later.
    auto c = connectedClient(8, 4);
    c->setDamagePixels(false);
    QVERIFY(c->feed(update({rectHeader(2, 1, 3, 2, Rfb::Raw) + px(1) + px(2) + px(3) + px(4) + px(5) + px(6)})));
    const QList<RfbClient::Event> events = c->takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].damage.size(), 1);
    QCOMPARE(events[0].damage[0].rect, QRect(2, 1, 3, 2));
    QVERIFY(events[0].damage[0].pixels.isEmpty());
    const QByteArray copy = c->pixels(QRect(2, 1, 3, 2));
    QCOMPARE(copy.size(), 24);
    QCOMPARE(reinterpret_cast<const quint32 *>(copy.constData())[4], 0xff000005u);
}

void TestRfbClient::pixelBuffersReusedOnlyWhenFree()
{
    // Large damage copies reuse a buffer nobody holds any more, and never one that is still held
    // (the console's picture shares the last full-screen copy).
    auto c = connectedClient(400, 300);
    auto frame = [&c](quint32 rgb) {
        QByteArray raw;
        for (int i = 0; i < 400 * 300; ++i)
            raw += px(rgb);
        QVERIFY2(c->feed(update({rectHeader(0, 0, 400, 300, Rfb::Raw) + raw})), qPrintable(c->error()));
    };
    frame(0x111111);
    QByteArray held = c->takeEvents().last().damage.first().pixels; // still held, like the picture's
    const char *heldData = held.constData();
    frame(0x222222);
    QByteArray second = c->takeEvents().last().damage.first().pixels;
    QVERIFY(second.constData() != heldData);
    QCOMPARE(reinterpret_cast<const quint32 *>(held.constData())[1234], 0xff111111u); // untouched
    QCOMPARE(reinterpret_cast<const quint32 *>(second.constData())[1234], 0xff222222u);
    const char *secondData = second.constData();
    second = QByteArray(); // let go: the next copy may reuse it
    frame(0x333333);
    const QByteArray third = c->takeEvents().last().damage.first().pixels;
    QCOMPARE(static_cast<const void *>(third.constData()), static_cast<const void *>(secondData));
    QCOMPARE(reinterpret_cast<const quint32 *>(third.constData())[400 * 300 - 1], 0xff333333u);
    QCOMPARE(reinterpret_cast<const quint32 *>(held.constData())[400 * 300 - 1], 0xff111111u);
}

void TestRfbClient::desktopSizeAndCursor()
{
    auto c = connectedClient(4, 4);
    QByteArray cursor = rectHeader(1, 2, 2, 2, Rfb::CursorPseudo) + px(0xff0000) + px(0x00ff00) + px(0x0000ff)
        + px(0xffffff) + hexToBytes("8040"); // mask: (0,0) and (1,1) opaque
    QVERIFY(c->feed(update({cursor, rectHeader(0, 0, 10, 6, Rfb::DesktopSizePseudo)})));
    QCOMPARE(c->size(), QSize(10, 6));
    QCOMPARE(c->framebuffer().size(), 60);
    const QList<RfbClient::Event> events = c->takeEvents();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, RfbClient::Event::CursorShape);
    QCOMPARE(events[0].cursor.size, QSize(2, 2));
    QCOMPARE(events[0].cursor.hotSpot, QPoint(1, 1)); // clamped into the 2x2 shape
    const auto *argb = reinterpret_cast<const quint32 *>(events[0].cursor.argb.constData());
    QCOMPARE(argb[0], 0xffff0000u);
    QCOMPARE(argb[1], 0u);
    QCOMPARE(argb[3], 0xffffffffu);
    QCOMPARE(events[1].kind, RfbClient::Event::Resized);
    QCOMPARE(events[1].size, QSize(10, 6));
    QCOMPARE(events[2].kind, RfbClient::Event::Updated);
    // a full (non-incremental) request for the new size follows the resize
    QVERIFY(c->takeOutgoing().contains(hexToBytes("030000000000000a0006")));
}

void TestRfbClient::clipboardAndBell()
{
    auto c = connectedClient(4, 4);
    QVERIFY(c->feed(hexToBytes("02") + hexToBytes("03000000") + be32(6) + QByteArray("gr\xfc\xdf" "e!", 6)));
    const QList<RfbClient::Event> events = c->takeEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, RfbClient::Event::Bell);
    QCOMPARE(events[1].kind, RfbClient::Event::ClipboardText);
    QCOMPARE(events[1].text, QStringLiteral("grüße!"));
    // colour map entries are skipped without harm
    QVERIFY(c->feed(hexToBytes("0100") + be16(0) + be16(2) + QByteArray(12, '\x7f') + hexToBytes("02")));
    QCOMPARE(c->takeEvents().size(), 1);
}

void TestRfbClient::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("rect outside screen") << update({rectHeader(79, 7, 2, 2, Rfb::Raw)}) << QStringLiteral("outside the screen");
    QTest::newRow("encoding not asked for") << update({rectHeader(0, 0, 1, 1, 7)}) << QStringLiteral("did not ask for (7)");
    QTest::newRow("unknown message") << hexToBytes("09") << QStringLiteral("unknown message (type 9)");
    QTest::newRow("copy from outside") << update({rectHeader(0, 0, 2, 2, Rfb::CopyRect) + be16(79) + be16(0)})
                                       << QStringLiteral("copy from outside");
    QTest::newRow("hextile subrect outside tile")
        << update({rectHeader(0, 0, 4, 4, Rfb::Hextile) + hexToBytes("0e") + px(0) + px(1) + hexToBytes("01")
                   + hexToBytes("33") + hexToBytes("11")})
        << QStringLiteral("Hextile");
    QTest::newRow("zrle not zlib") << update({rectHeader(0, 0, 4, 4, Rfb::Zrle) + be32(4) + "junk"})
                                   << QStringLiteral("malformed ZRLE");
    QTest::newRow("zrle too long") << update({rectHeader(0, 0, 4, 4, Rfb::Zrle) + be32(0x7fffffff)})
                                   << QStringLiteral("at most");
    ZrleEncoder z;
    QTest::newRow("zrle run across tile") << update({rectHeader(0, 0, 76, 4, Rfb::Zrle)
                                                     + z.rect(hexToBytes("80") + cpx(0) + hexToBytes("ff2b"))})
                                          << QStringLiteral("malformed ZRLE");
    ZrleEncoder z2;
    QTest::newRow("zrle reserved subencoding 129")
        << update({rectHeader(0, 0, 4, 4, Rfb::Zrle) + z2.rect(hexToBytes("81"))}) << QStringLiteral("malformed ZRLE");
    ZrleEncoder z3;
    QTest::newRow("zrle palette index too big")
        << update({rectHeader(0, 0, 2, 1, Rfb::Zrle) + z3.rect(hexToBytes("82") + cpx(0) + cpx(1) + hexToBytes("0505"))})
        << QStringLiteral("malformed ZRLE");
    ZrleEncoder z4;
    QTest::newRow("zrle data left over")
        << update({rectHeader(0, 0, 2, 1, Rfb::Zrle) + z4.rect(hexToBytes("01") + cpx(0) + hexToBytes("01"))})
        << QStringLiteral("malformed ZRLE");
    ZrleEncoder z5; // 3 colours: 2-bit indexes, index 3 is past the palette
    QTest::newRow("zrle packed palette index too big")
        << update({rectHeader(0, 0, 4, 1, Rfb::Zrle) + z5.rect(hexToBytes("03") + cpx(0) + cpx(1) + cpx(2) + hexToBytes("1b"))})
        << QStringLiteral("malformed ZRLE");
    ZrleEncoder z6; // raw tile one cpixel short
    QTest::newRow("zrle raw tile short")
        << update({rectHeader(0, 0, 2, 1, Rfb::Zrle) + z6.rect(hexToBytes("00") + cpx(0) + hexToBytes("0102"))})
        << QStringLiteral("malformed ZRLE");
    QTest::newRow("huge desktop size") << update({rectHeader(0, 0, 60000, 60000, Rfb::DesktopSizePseudo)})
                                       << QStringLiteral("too large");
    QTest::newRow("huge cursor") << update({rectHeader(0, 0, 4000, 4000, Rfb::CursorPseudo)})
                                 << QStringLiteral("cursor of 4000");
    QTest::newRow("huge cut text") << hexToBytes("03000000") + be32(0x40000000) << QStringLiteral("clipboard text");
}

void TestRfbClient::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    auto c = connectedClient(80, 8);
    QVERIFY(!c->feed(input));
    QCOMPARE(c->state(), RfbClient::State::Failed);
    QVERIFY2(c->error().contains(message), qPrintable(c->error()));
}

void TestRfbClient::clientMessages()
{
    RfbClient before;
    before.keyEvent(0x61, true); // ignored before the handshake
    QVERIFY(before.takeOutgoing().isEmpty());

    auto c = connectedClient(100, 50);
    c->keyEvent(0x61, true);
    QCOMPARE(c->takeOutgoing().toHex(), QByteArray("0401000000000061"));
    c->pointerEvent(120, -3, 0x05);
    QCOMPARE(c->takeOutgoing().toHex(), QByteArray("050500630000")); // clamped to 99,0
    c->keyCombination({Rfb::Key::ControlL, Rfb::Key::AltL, Rfb::Key::Delete});
    QCOMPARE(c->takeOutgoing().toHex(), QByteArray("040100000000ffe3" "040100000000ffe9" "040100000000ffff"
                                                   "040000000000ffff" "040000000000ffe9" "040000000000ffe3"));
    c->clientCutText(QStringLiteral("é中a"));
    QCOMPARE(c->takeOutgoing().toHex(), QByteArray("06000000") + be32(3).toHex() + QByteArray("e93f61"));
    c->requestUpdate(QRect(1, 2, 3, 4), true);
    QCOMPARE(c->takeOutgoing().toHex(), QByteArray("03010001000200030004"));
}

void TestRfbClient::endpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("ws");    // empty: an error
    QTest::addColumn<QString>("token");
    QTest::newRow("nova zed") << "http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D1a2b-3c"
                              << "ws://127.0.0.1:6080/?token=1a2b-3c" << "1a2b-3c";
    QTest::newRow("vnc_lite https") << "https://cloud.example.org:6080/vnc_lite.html?path=%3Ftoken%3Dabc"
                                    << "wss://cloud.example.org:6080/?token=abc" << "abc";
    QTest::newRow("path prefix") << "https://cloud.example.org/novnc/vnc_lite.html?path=novnc%2Fwebsockify%3Ftoken%3Dxyz"
                                 << "wss://cloud.example.org/novnc/websockify?token=xyz" << "xyz";
    QTest::newRow("old token on page") << "http://proxy:6080/vnc_auto.html?token=old"
                                       << "ws://proxy:6080/websockify?token=old" << "old";
    QTest::newRow("no token") << "http://proxy:6080/vnc_auto.html" << QString() << QString();
    QTest::newRow("not http") << "spice://proxy:6080/?token=a" << QString() << QString();
    QTest::newRow("garbage") << "::::" << QString() << QString();
}

void TestRfbClient::endpoint()
{
    QFETCH(QString, url);
    QFETCH(QString, ws);
    QFETCH(QString, token);
    const Result<RfbEndpoint> e = RfbEndpoint::fromNovncUrl(url);
    if (ws.isEmpty()) {
        QVERIFY(!e);
        QVERIFY(!e.error().userMessage().isEmpty());
        return;
    }
    QVERIFY2(e, qPrintable(e.error().userMessage()));
    QCOMPARE(e.value().webSocketUrl.toString(), ws);
    QCOMPARE(e.value().token, token);
    QVERIFY(!e.value().redactedToken().contains(token) || token.size() <= 4);
}

QTEST_GUILESS_MAIN(TestRfbClient)
#include "tst_rfbclient.moc"
