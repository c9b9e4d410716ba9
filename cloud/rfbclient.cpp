#include "cloud/rfbclient.h"

#include <QtEndian>

#include <zlib.h>

namespace
{
quint16 u16(const uchar *p)
{
    return qFromBigEndian<quint16>(p);
}
quint32 u32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}
constexpr quint32 Opaque = 0xff000000u;
// Our pixel format (set by SetPixelFormat): 32 bpp, depth 24, little-endian, red at 16, green 8,
// blue 0 — the framebuffer's own layout, so a wire pixel is one 32-bit load with the (unused) top
// byte forced opaque.
quint32 pixel32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p) | Opaque;
}
// ZRLE's compressed pixel for that format: the three low bytes.
quint32 cpixel(const uchar *p)
{
    return (quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16) | Opaque;
}
// n wire pixels to framebuffer pixels: a loop the compiler vectorises (a 32-bit load and an OR each).
void row32(quint32 *dst, const uchar *src, int n)
{
    for (int x = 0; x < n; ++x)
        dst[x] = qFromLittleEndian<quint32>(src + qsizetype(x) * 4) | Opaque;
}
// n cpixels (3 bytes each) to framebuffer pixels. safeOver: the buffer has at least one more byte
// after the n cpixels, so the last one may be read as 4 bytes too.
void row24(quint32 *dst, const uchar *src, int n, bool safeOver)
{
    const int wide = safeOver ? n : n - 1;
    int x = 0;
    for (; x < wide; ++x)
        dst[x] = qFromLittleEndian<quint32>(src + qsizetype(x) * 3) | Opaque; // the 4th byte is overwritten
    for (; x < n; ++x)
        dst[x] = cpixel(src + qsizetype(x) * 3);
}
// One row of a packed-palette ZRLE tile: Bits bits an index, most significant first, the row
// padded to a byte. palette has 16 entries (unused ones zero); bad collects indexes >= size.
template<int Bits>
void paletteRow(quint32 *dst, const uchar *src, int n, const quint32 *palette, int size, bool &bad)
{
    constexpr int PerByte = 8 / Bits, Mask = (1 << Bits) - 1;
    int x = 0, worst = 0;
    for (; x + PerByte <= n; x += PerByte) {
        const int b = *src++;
        for (int k = 0; k < PerByte; ++k) {
            const int index = (b >> (8 - Bits * (k + 1))) & Mask;
            worst = std::max(worst, index);
            dst[x + k] = palette[index];
        }
    }
    if (x < n) {
        const int b = *src;
        for (int k = 0; x < n; ++k, ++x) {
            const int index = (b >> (8 - Bits * (k + 1))) & Mask;
            worst = std::max(worst, index);
            dst[x] = palette[index];
        }
    }
    bad |= worst >= size;
}
void put8(QByteArray &out, quint8 v)
{
    out.append(char(v));
}
void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}
} // namespace

QString Rfb::encodingName(qint32 encoding)
{
    switch (encoding) {
    case Raw: return QStringLiteral("Raw");
    case CopyRect: return QStringLiteral("CopyRect");
    case Hextile: return QStringLiteral("Hextile");
    case Zrle: return QStringLiteral("ZRLE");
    case CursorPseudo: return QStringLiteral("Cursor");
    case DesktopSizePseudo: return QStringLiteral("DesktopSize");
    default: return QString::number(encoding);
    }
}

RfbClient::RfbClient(const QByteArray &password)
    : m_password(password),
      m_encodings({Rfb::CopyRect, Rfb::Zrle, Rfb::Hextile, Rfb::Raw, Rfb::CursorPseudo, Rfb::DesktopSizePseudo}),
      m_zlib(std::make_unique<z_stream_s>())
{
}

RfbClient::~RfbClient()
{
    if (m_zlibReady)
        inflateEnd(m_zlib.get());
}

void RfbClient::setPassword(const QByteArray &password)
{
    m_password = password;
    if (m_state != State::NeedPassword)
        return;
    if (m_minor >= 7)
        sendSecurityChoice(2);
    m_chosenVncAuth = true;
    m_state = State::VncChallenge;
    feed({}); // a challenge may already be waiting (3.3 sends it right away)
}

QByteArray RfbClient::takeOutgoing()
{
    return std::exchange(m_out, {});
}

QList<RfbClient::Event> RfbClient::takeEvents()
{
    return std::exchange(m_events, {});
}

RfbClient::Step RfbClient::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    return Step::Fail;
}

bool RfbClient::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return false;
    m_bytesIn += data.size();
    const auto *next = reinterpret_cast<const uchar *>(data.data());
    qsizetype left = data.size();
    // 1. An unfinished tail from before: add only what its step waits for (the rest of a row, a
    //    tile, a header) until the tail is used up, so that the bulk is parsed in place below.
    while (!m_in.isEmpty()) {
        qsizetype add = m_need - m_in.size();
        if (add <= 0 || add > left)
            add = left;
        m_in.append(reinterpret_cast<const char *>(next), add);
        next += add;
        left -= add;
        const Step s = run(reinterpret_cast<const uchar *>(m_in.constData()), m_in.size());
        const qsizetype used = m_pos;
        m_data = nullptr, m_size = 0, m_pos = 0;
        if (s == Step::Fail)
            return false;
        if (used == m_in.size())
            m_in.resize(0); // keeps its capacity for the next tail
        else if (used > 0)
            m_in.remove(0, used);
        if (left == 0)
            return true;
    }
    // 2. The rest straight from the caller's bytes; only what stays unparsed is copied.
    const Step s = run(next, left);
    const qsizetype used = m_pos;
    m_data = nullptr, m_size = 0, m_pos = 0;
    if (s == Step::Fail)
        return false;
    if (used < left)
        m_in.append(reinterpret_cast<const char *>(next + used), left - used);
    return true;
}

RfbClient::Step RfbClient::run(const uchar *data, qsizetype size)
{
    m_data = data;
    m_size = size;
    m_pos = 0;
    for (;;) {
        const Step s = step();
        if (s != Step::Done)
            return s;
    }
}

RfbClient::Step RfbClient::step()
{
    switch (m_state) {
    case State::ProtocolVersion: return stepVersion();
    case State::SecurityTypes: return stepSecurityTypes();
    case State::NeedPassword: return Step::NeedMore;
    case State::VncChallenge: return stepChallenge();
    case State::SecurityResult: return stepSecurityResult();
    case State::ServerInit: return stepServerInit();
    case State::Normal: return stepMessage();
    case State::Failed: return Step::Fail;
    }
    return Step::Fail;
}

RfbClient::Step RfbClient::stepVersion()
{
    if (lacks(12))
        return Step::NeedMore;
    const QByteArray line(reinterpret_cast<const char *>(at()), 12);
    consume(12);
    auto digits = [&line](int from) {
        int v = 0;
        for (int i = from; i < from + 3; ++i) {
            if (line[i] < '0' || line[i] > '9')
                return -1;
            v = v * 10 + (line[i] - '0');
        }
        return v;
    };
    const int major = digits(4), minor = digits(8);
    if (!line.startsWith("RFB ") || line[7] != '.' || line[11] != '\n' || major < 0 || minor < 0)
        return fail(tr("This is not a VNC server (it did not greet with an RFB protocol version)."));
    if (major != 3)
        return fail(tr("The VNC server speaks RFB %1.%2, which Phoenix does not know.").arg(major).arg(minor));
    m_version = QString::fromLatin1(line.left(11));
    m_minor = minor >= 8 ? 8 : minor == 7 ? 7 : 3; // 3.889 (Apple) and later: 3.8; unknown older: 3.3
    m_out.append(m_minor == 8 ? "RFB 003.008\n" : m_minor == 7 ? "RFB 003.007\n" : "RFB 003.003\n");
    m_state = State::SecurityTypes;
    return Step::Done;
}

void RfbClient::sendSecurityChoice(quint8 type)
{
    put8(m_out, type);
}

RfbClient::Step RfbClient::stepSecurityTypes()
{
    auto reasonFailure = [this](qsizetype offset) -> Step {
        if (lacks(offset + 4))
            return Step::NeedMore;
        const quint32 len = u32(at(offset));
        if (len > Rfb::MaxReasonLength)
            return fail(tr("The VNC server refused the connection."));
        if (lacks(offset + 4 + qsizetype(len)))
            return Step::NeedMore;
        const QString reason = QString::fromUtf8(reinterpret_cast<const char *>(at(offset + 4)), len);
        consume(offset + 4 + len);
        return fail(tr("The VNC server refused the connection: %1").arg(reason));
    };
    if (m_minor == 3) {
        if (lacks(4))
            return Step::NeedMore;
        const quint32 type = u32(at());
        if (type == 0)
            return reasonFailure(4);
        consume(4);
        if (type == 1) {
            put8(m_out, m_shared ? 1 : 0); // no SecurityResult for None in 3.3
            m_state = State::ServerInit;
            return Step::Done;
        }
        if (type != 2)
            return fail(tr("The VNC server asks for a security type Phoenix does not support (%1).").arg(type));
        if (m_password.isEmpty()) {
            m_state = State::NeedPassword;
            m_events.append({Event::PasswordNeeded, {}, {}, {}, {}});
            return Step::NeedMore;
        }
        m_chosenVncAuth = true;
        m_state = State::VncChallenge;
        return Step::Done;
    }
    if (lacks(1))
        return Step::NeedMore;
    const int count = *at();
    if (count == 0)
        return reasonFailure(1);
    if (lacks(1 + count))
        return Step::NeedMore;
    bool none = false, vnc = false;
    QStringList offered;
    for (int i = 0; i < count; ++i) {
        const int t = at(1)[i];
        none |= t == 1;
        vnc |= t == 2;
        offered << QString::number(t);
    }
    consume(1 + count);
    if (vnc && (!m_password.isEmpty() || !none)) {
        if (m_password.isEmpty()) {
            m_state = State::NeedPassword;
            m_events.append({Event::PasswordNeeded, {}, {}, {}, {}});
            return Step::NeedMore;
        }
        sendSecurityChoice(2);
        m_chosenVncAuth = true;
        m_state = State::VncChallenge;
        return Step::Done;
    }
    if (!none)
        return fail(tr("The VNC server offers no security type Phoenix supports (offered: %1).")
                        .arg(offered.join(QLatin1String(", "))));
    sendSecurityChoice(1);
    if (m_minor == 8) {
        m_state = State::SecurityResult;
    } else {
        put8(m_out, m_shared ? 1 : 0);
        m_state = State::ServerInit;
    }
    return Step::Done;
}

RfbClient::Step RfbClient::stepChallenge()
{
    if (lacks(16))
        return Step::NeedMore;
    const QByteArray challenge(reinterpret_cast<const char *>(at()), 16);
    consume(16);
    m_out.append(Rfb::vncAuthResponse(challenge, m_password));
    m_state = State::SecurityResult;
    return Step::Done;
}

RfbClient::Step RfbClient::stepSecurityResult()
{
    if (lacks(4))
        return Step::NeedMore;
    const quint32 result = u32(at());
    if (result == 0) {
        consume(4);
        put8(m_out, m_shared ? 1 : 0); // ClientInit
        m_state = State::ServerInit;
        return Step::Done;
    }
    const QString wrong = m_chosenVncAuth ? tr("The console password was not accepted.")
                                          : tr("The VNC server refused the connection.");
    if (m_minor < 8) {
        consume(4);
        return fail(wrong);
    }
    if (lacks(8))
        return Step::NeedMore;
    const quint32 len = u32(at(4));
    if (len > Rfb::MaxReasonLength)
        return fail(wrong);
    if (lacks(8 + qsizetype(len)))
        return Step::NeedMore;
    const QString reason = QString::fromUtf8(reinterpret_cast<const char *>(at(8)), len);
    consume(8 + len);
    return fail(reason.isEmpty() ? wrong : wrong + QLatin1Char(' ') + reason);
}

RfbClient::Step RfbClient::stepServerInit()
{
    if (lacks(24))
        return Step::NeedMore;
    const int w = u16(at()), h = u16(at(2));
    const quint32 nameLength = u32(at(20));
    if (nameLength > Rfb::MaxReasonLength)
        return fail(tr("The VNC server sent a malformed greeting (a name of %1 bytes).").arg(nameLength));
    if (lacks(24 + qsizetype(nameLength)))
        return Step::NeedMore;
    if (w > Rfb::MaxDimension || h > Rfb::MaxDimension)
        return fail(tr("The remote screen is too large (%1×%2).").arg(w).arg(h));
    m_name = QString::fromUtf8(reinterpret_cast<const char *>(at(24)), nameLength);
    consume(24 + nameLength);
    resize(w, h);
    startNormal();
    m_events.append({Event::Connected, QSize(w, h), m_name, {}, {}});
    return Step::Done;
}

void RfbClient::startNormal()
{
    m_state = State::Normal;
    // SetPixelFormat: 32 bpp, depth 24, little-endian, true colour, max 255 each, shifts 16/8/0
    put8(m_out, 0);
    m_out.append(3, '\0');
    const uchar format[16] = {32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0, 0, 0, 0};
    m_out.append(reinterpret_cast<const char *>(format), 16);
    // SetEncodings
    put8(m_out, 2);
    put8(m_out, 0);
    put16(m_out, quint16(m_encodings.size()));
    for (qint32 e : std::as_const(m_encodings))
        put32(m_out, quint32(e));
    requestUpdate(false);
}

void RfbClient::resize(int width, int height)
{
    m_width = width;
    m_height = height;
    m_fb = QList<quint32>(qsizetype(width) * height, Opaque); // black
}

RfbClient::Step RfbClient::stepMessage()
{
    if (m_inUpdate)
        return stepUpdate();
    if (lacks(1))
        return Step::NeedMore;
    switch (*at()) {
    case 0: // FramebufferUpdate
        if (lacks(4))
            return Step::NeedMore;
        m_rectsLeft = u16(at(2));
        consume(4);
        m_inUpdate = true;
        m_damage.clear();
        return Step::Done;
    case 1: { // SetColourMapEntries: ignored (true colour)
        if (lacks(6))
            return Step::NeedMore;
        const qsizetype n = u16(at(4));
        if (lacks(6 + 6 * n))
            return Step::NeedMore;
        consume(6 + 6 * n);
        return Step::Done;
    }
    case 2: // Bell
        consume(1);
        m_events.append({Event::Bell, {}, {}, {}, {}});
        return Step::Done;
    case 3: { // ServerCutText (Latin-1)
        if (lacks(8))
            return Step::NeedMore;
        const quint32 len = u32(at(4));
        if (len > Rfb::MaxTextLength)
            return fail(tr("The VNC server sent %1 bytes of clipboard text; Phoenix takes at most %2.")
                            .arg(len).arg(Rfb::MaxTextLength));
        if (lacks(8 + qsizetype(len)))
            return Step::NeedMore;
        const QString text = QString::fromLatin1(reinterpret_cast<const char *>(at(8)), len);
        consume(8 + len);
        m_events.append({Event::ClipboardText, {}, text, {}, {}});
        return Step::Done;
    }
    default:
        return fail(tr("The VNC server sent an unknown message (type %1).").arg(*at()));
    }
}

RfbClient::Step RfbClient::stepUpdate()
{
    if (m_inRect)
        return stepRectangle();
    if (m_rectsLeft == 0) {
        m_inUpdate = false;
        ++m_updates;
        m_events.append({Event::Updated, QSize(m_width, m_height), {}, std::exchange(m_damage, {}), {}});
        requestUpdate(true);
        return Step::Done;
    }
    if (lacks(12))
        return Step::NeedMore;
    m_rect = QRect(u16(at()), u16(at(2)), u16(at(4)), u16(at(6)));
    m_rectEncoding = qint32(u32(at(8)));
    consume(12);
    const bool pseudo = m_rectEncoding == Rfb::CursorPseudo || m_rectEncoding == Rfb::DesktopSizePseudo;
    if (!pseudo && m_rectEncoding != Rfb::Raw && !m_encodings.contains(m_rectEncoding)) // Raw: always allowed
        return fail(tr("The VNC server sent an encoding Phoenix did not ask for (%1).").arg(m_rectEncoding));
    if (!pseudo
        && (m_rect.x() + m_rect.width() > m_width || m_rect.y() + m_rect.height() > m_height))
        return fail(tr("The VNC server sent a rectangle outside the screen (%1,%2 %3×%4 on %5×%6).")
                        .arg(m_rect.x()).arg(m_rect.y()).arg(m_rect.width()).arg(m_rect.height())
                        .arg(m_width).arg(m_height));
    m_inRect = true;
    m_hextileTile = 0;
    m_rawRow = 0;
    m_zrleLeft = -1;
    return Step::Done;
}

void RfbClient::finishRect()
{
    m_inRect = false;
    --m_rectsLeft;
    if (m_rectEncoding != Rfb::CursorPseudo && m_rectEncoding != Rfb::DesktopSizePseudo)
        m_lastEncoding = m_rectEncoding;
    if (m_rectEncoding == Rfb::CursorPseudo || m_rect.isEmpty())
        return;
    RfbDamage d;
    d.rect = m_rect;
    if (m_damagePixels)
        d.pixels = pixels(m_rect);
    m_damage.append(std::move(d));
}

QByteArray RfbClient::pixels(const QRect &rect)
{
    const QRect r = rect & QRect(0, 0, m_width, m_height);
    if (r.isEmpty())
        return {};
    const qsizetype size = qsizetype(r.width()) * r.height() * 4;
    // Large copies reuse a buffer no one else holds any more (its pages are already mapped);
    // small ones are not worth it.
    constexpr qsizetype ReuseFrom = 256 * 1024;
    constexpr int Buffers = 4;
    QByteArray out;
    QByteArray *pooled = nullptr;
    if (size >= ReuseFrom) {
        for (QByteArray &b : m_pixelBuffers)
            if (b.isDetached() && b.capacity() >= size) {
                pooled = &b;
                out = std::move(b); // not shared while written: no detach, no allocation
                break;
            }
        if (!pooled) {
            if (m_pixelBuffers.size() >= Buffers)
                m_pixelBuffers.removeFirst();
            pooled = &m_pixelBuffers.emplace_back();
        }
    }
    out.resize(size);
    for (int y = 0; y < r.height(); ++y)
        std::memcpy(out.data() + qsizetype(y) * r.width() * 4, m_fb.constData() + qsizetype(r.y() + y) * m_width + r.x(),
                    size_t(r.width()) * 4);
    if (pooled)
        *pooled = out; // the pool's reference: reused when the caller's copies are gone
    return out;
}

RfbClient::Step RfbClient::stepRectangle()
{
    switch (m_rectEncoding) {
    case Rfb::Raw: return decodeRaw();
    case Rfb::CopyRect: return decodeCopyRect();
    case Rfb::Hextile: return decodeHextile();
    case Rfb::Zrle: return decodeZrle();
    case Rfb::CursorPseudo: return decodeCursor();
    case Rfb::DesktopSizePseudo: return decodeDesktopSize();
    default: return fail(tr("The VNC server sent an unknown encoding (%1).").arg(m_rectEncoding));
    }
}

void RfbClient::fill(int x, int y, int w, int h, quint32 pixel)
{
    for (int row = y; row < y + h; ++row)
        std::fill_n(m_fb.data() + qsizetype(row) * m_width + x, w, pixel);
}

RfbClient::Step RfbClient::decodeRaw()
{
    // row by row as the bytes arrive: a full-screen rectangle (8 MB at 1080p) is never buffered whole
    const int w = m_rect.width();
    const qsizetype rowBytes = qsizetype(w) * 4;
    while (m_rawRow < m_rect.height() && rowBytes > 0) {
        const int rows = int(std::min<qsizetype>(available() / rowBytes, m_rect.height() - m_rawRow));
        if (rows == 0) {
            m_need = rowBytes;
            return Step::NeedMore;
        }
        const uchar *p = at();
        for (int i = 0; i < rows; ++i, p += rowBytes)
            row32(m_fb.data() + qsizetype(m_rect.y() + m_rawRow + i) * m_width + m_rect.x(), p, w);
        consume(rowBytes * rows);
        m_rawRow += rows;
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeCopyRect()
{
    if (lacks(4))
        return Step::NeedMore;
    const int sx = u16(at()), sy = u16(at(2));
    consume(4);
    if (sx + m_rect.width() > m_width || sy + m_rect.height() > m_height)
        return fail(tr("The VNC server asked to copy from outside the screen."));
    // rows in the order that never reads a row already overwritten
    const int w = m_rect.width(), h = m_rect.height();
    const bool down = m_rect.y() > sy;
    for (int i = 0; i < h; ++i) {
        const int r = down ? h - 1 - i : i;
        const quint32 *src = m_fb.constData() + qsizetype(sy + r) * m_width + sx;
        quint32 *dst = m_fb.data() + qsizetype(m_rect.y() + r) * m_width + m_rect.x();
        std::memmove(dst, src, size_t(w) * 4);
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeHextile()
{
    enum { TileRaw = 1, BackgroundSpecified = 2, ForegroundSpecified = 4, AnySubrects = 8, SubrectsColoured = 16 };
    const int tilesX = (m_rect.width() + 15) / 16, tilesY = (m_rect.height() + 15) / 16;
    while (m_hextileTile < tilesX * tilesY) {
        const int tx = m_rect.x() + (m_hextileTile % tilesX) * 16, ty = m_rect.y() + (m_hextileTile / tilesX) * 16;
        const int tw = std::min(16, m_rect.right() + 1 - tx), th = std::min(16, m_rect.bottom() + 1 - ty);
        if (lacks(1))
            return Step::NeedMore;
        const int mask = *at();
        if (mask & TileRaw) {
            const qsizetype need = 1 + qsizetype(tw) * th * 4;
            if (lacks(need))
                return Step::NeedMore;
            const uchar *p = at(1);
            for (int y = 0; y < th; ++y, p += qsizetype(tw) * 4)
                row32(m_fb.data() + qsizetype(ty + y) * m_width + tx, p, tw);
            consume(need);
            ++m_hextileTile;
            continue;
        }
        qsizetype need = 1 + ((mask & BackgroundSpecified) ? 4 : 0) + ((mask & ForegroundSpecified) ? 4 : 0);
        int subrects = 0;
        if (mask & AnySubrects) {
            if (lacks(need + 1))
                return Step::NeedMore;
            subrects = at(need)[0];
            need += 1 + qsizetype(subrects) * ((mask & SubrectsColoured) ? 6 : 2);
        }
        if (lacks(need))
            return Step::NeedMore;
        const uchar *p = at(1);
        if (mask & BackgroundSpecified) {
            m_hextileBg = pixel32(p);
            p += 4;
        }
        if (mask & ForegroundSpecified) {
            m_hextileFg = pixel32(p);
            p += 4;
        }
        if (mask & AnySubrects)
            ++p;
        fill(tx, ty, tw, th, m_hextileBg);
        for (int i = 0; i < subrects; ++i) {
            quint32 colour = m_hextileFg;
            if (mask & SubrectsColoured) {
                colour = pixel32(p);
                p += 4;
            }
            const int sx = p[0] >> 4, sy = p[0] & 15, sw = (p[1] >> 4) + 1, sh = (p[1] & 15) + 1;
            p += 2;
            if (sx + sw > tw || sy + sh > th)
                return fail(tr("The VNC server sent a malformed Hextile tile (a subrectangle outside its tile)."));
            fill(tx + sx, ty + sy, sw, sh, colour);
        }
        consume(need);
        ++m_hextileTile;
    }
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeZrle()
{
    if (m_zrleLeft < 0) {
        if (lacks(4))
            return Step::NeedMore;
        const quint32 length = u32(at());
        if (length > quint32(Rfb::MaxZrleLength))
            return fail(tr("The VNC server sent a ZRLE rectangle of %1 bytes; Phoenix takes at most %2.")
                            .arg(length).arg(Rfb::MaxZrleLength));
        consume(4);
        if (!m_zlibReady) {
            *m_zlib = {};
            if (inflateInit(m_zlib.get()) != Z_OK)
                return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
            m_zlibReady = true;
        }
        // Upper bound of one rectangle's uncompressed data: every tile raw (1 + 3 bytes a pixel), or
        // plain RLE of one-pixel runs (4 bytes a pixel), plus slack for palettes.
        const int tilesX = (m_rect.width() + 63) / 64, tilesY = (m_rect.height() + 63) / 64;
        m_zrleCap = qsizetype(m_rect.width()) * m_rect.height() * 4 + qsizetype(tilesX) * tilesY * 64 + 64;
        // one buffer for the connection, grown but never shrunk (resize keeps the capacity)
        m_zbuf.resize(std::min<qsizetype>(m_zrleCap, std::max<qsizetype>(std::max<qsizetype>(qsizetype(length) * 4, 4096),
                                                                        m_zbuf.capacity())));
        m_zrleLeft = length;
        m_zrleProduced = 0;
    }
    // the compressed bytes as they arrive, inflated at once
    if (m_zrleLeft > 0) {
        const qsizetype take = std::min(available(), m_zrleLeft);
        if (take == 0) {
            m_need = 1;
            return Step::NeedMore;
        }
        if (!inflateChunk(at(), take, m_zrleCap))
            return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
        consume(take);
        m_zrleLeft -= take;
        if (m_zrleLeft > 0) {
            m_need = 1;
            return Step::NeedMore;
        }
    }
    if (!decodeZrleTiles(m_zrleProduced))
        return fail(tr("The VNC server sent a malformed ZRLE rectangle."));
    m_zrleLeft = -1;
    finishRect();
    return Step::Done;
}

bool RfbClient::inflateChunk(const uchar *data, qsizetype size, qsizetype cap)
{
    z_stream *z = m_zlib.get();
    z->next_in = const_cast<Bytef *>(data);
    z->avail_in = uInt(size);
    for (;;) {
        if (m_zrleProduced == m_zbuf.size()) {
            if (m_zbuf.size() >= cap)
                return false;
            m_zbuf.resize(std::min<qsizetype>(cap, m_zbuf.size() * 2));
        }
        z->next_out = reinterpret_cast<Bytef *>(m_zbuf.data() + m_zrleProduced);
        z->avail_out = uInt(m_zbuf.size() - m_zrleProduced);
        const int rc = inflate(z, Z_SYNC_FLUSH);
        m_zrleProduced = m_zbuf.size() - z->avail_out;
        if (rc == Z_BUF_ERROR && z->avail_in == 0)
            return true; // everything consumed and flushed
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            return false;
        if (rc == Z_STREAM_END && z->avail_in > 0)
            return false;
        if (z->avail_in == 0 && z->avail_out > 0)
            return true;
    }
}

bool RfbClient::decodeZrleTiles(qsizetype produced)
{
    const auto *p = reinterpret_cast<const uchar *>(m_zbuf.constData());
    const uchar *end = p + produced;
    auto has = [&p, end](qsizetype n) { return end - p >= n; };
    quint32 palette[128];
    for (int ty = m_rect.y(); ty <= m_rect.bottom(); ty += 64) {
        const int th = std::min(64, m_rect.bottom() + 1 - ty);
        for (int tx = m_rect.x(); tx <= m_rect.right(); tx += 64) {
            const int tw = std::min(64, m_rect.right() + 1 - tx);
            quint32 *tile = m_fb.data() + qsizetype(ty) * m_width + tx;
            if (!has(1))
                return false;
            const int sub = *p++;
            if (sub == 0) { // raw cpixels
                const qsizetype rowBytes = qsizetype(tw) * 3;
                if (!has(rowBytes * th))
                    return false;
                for (int y = 0; y < th; ++y, p += rowBytes)
                    row24(tile + qsizetype(y) * m_width, p, tw, end - p > rowBytes);
            } else if (sub == 1) { // solid
                if (!has(3))
                    return false;
                fill(tx, ty, tw, th, cpixel(p));
                p += 3;
            } else if (sub <= 16) { // packed palette
                if (!has(qsizetype(sub) * 3))
                    return false;
                std::fill_n(palette, 16, 0u); // indexes past the palette read zero, then fail below
                for (int i = 0; i < sub; ++i, p += 3)
                    palette[i] = cpixel(p);
                const int bits = sub == 2 ? 1 : sub <= 4 ? 2 : 4;
                const int rowBytes = (tw * bits + 7) / 8;
                if (!has(qsizetype(rowBytes) * th))
                    return false;
                bool bad = false;
                for (int y = 0; y < th; ++y, p += rowBytes) {
                    quint32 *row = tile + qsizetype(y) * m_width;
                    if (bits == 1)
                        paletteRow<1>(row, p, tw, palette, sub, bad);
                    else if (bits == 2)
                        paletteRow<2>(row, p, tw, palette, sub, bad);
                    else
                        paletteRow<4>(row, p, tw, palette, sub, bad);
                }
                if (bad)
                    return false;
            } else if (sub == 128 || sub >= 130) { // plain RLE, palette RLE
                const int paletteSize = sub == 128 ? 0 : sub - 128;
                if (!has(qsizetype(paletteSize) * 3))
                    return false;
                for (int i = 0; i < paletteSize; ++i, p += 3)
                    palette[i] = cpixel(p);
                const qsizetype total = qsizetype(tw) * th;
                qsizetype done = 0;
                int x = 0, y = 0; // where `done` is in the tile
                while (done < total) {
                    quint32 colour;
                    qsizetype run = 1;
                    bool isRun = true;
                    if (paletteSize == 0) {
                        if (!has(3))
                            return false;
                        colour = cpixel(p);
                        p += 3;
                    } else {
                        if (!has(1))
                            return false;
                        const int index = *p & 127;
                        isRun = *p & 128;
                        ++p;
                        if (index >= paletteSize)
                            return false;
                        colour = palette[index];
                    }
                    if (isRun) {
                        for (;;) {
                            if (!has(1))
                                return false;
                            const int b = *p++;
                            run += b;
                            if (run > total - done)
                                return false;
                            if (b != 255)
                                break;
                        }
                    }
                    done += run;
                    // the run row by row, each part one 32-bit fill
                    while (run > 0) {
                        const int n = int(std::min<qsizetype>(run, tw - x));
                        std::fill_n(tile + qsizetype(y) * m_width + x, n, colour);
                        run -= n;
                        x += n;
                        if (x == tw)
                            x = 0, ++y;
                    }
                }
            } else {
                return false;
            }
        }
    }
    return p == end;
}

RfbClient::Step RfbClient::decodeCursor()
{
    const int w = m_rect.width(), h = m_rect.height();
    if (w > Rfb::MaxCursorDimension || h > Rfb::MaxCursorDimension)
        return fail(tr("The VNC server sent a cursor of %1×%2 pixels.").arg(w).arg(h));
    const qsizetype maskBytes = qsizetype((w + 7) / 8) * h;
    const qsizetype need = qsizetype(w) * h * 4 + maskBytes;
    if (lacks(need))
        return Step::NeedMore;
    RfbCursor cursor;
    cursor.size = QSize(w, h);
    cursor.hotSpot = QPoint(std::min(m_rect.x(), std::max(0, w - 1)), std::min(m_rect.y(), std::max(0, h - 1)));
    cursor.argb.resize(qsizetype(w) * h * 4);
    auto *dst = reinterpret_cast<quint32 *>(cursor.argb.data());
    const uchar *pixels = at();
    const uchar *mask = at(qsizetype(w) * h * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const bool opaque = mask[qsizetype(y) * ((w + 7) / 8) + x / 8] & (0x80 >> (x % 8));
            dst[qsizetype(y) * w + x] = opaque ? (pixel32(pixels + (qsizetype(y) * w + x) * 4) | 0xff000000u) : 0u;
        }
    consume(need);
    m_events.append({Event::CursorShape, {}, {}, {}, cursor});
    finishRect();
    return Step::Done;
}

RfbClient::Step RfbClient::decodeDesktopSize()
{
    const int w = m_rect.width(), h = m_rect.height();
    if (w > Rfb::MaxDimension || h > Rfb::MaxDimension)
        return fail(tr("The remote screen is too large (%1×%2).").arg(w).arg(h));
    resize(w, h);
    m_damage.clear(); // earlier rectangles of this update belong to the old screen
    m_events.append({Event::Resized, QSize(w, h), {}, {}, {}});
    m_inRect = false;
    --m_rectsLeft;
    requestUpdate(false); // the new screen, whole
    return Step::Done;
}

void RfbClient::requestUpdate(bool incremental)
{
    requestUpdate(QRect(0, 0, m_width, m_height), incremental);
}

void RfbClient::requestUpdate(const QRect &rect, bool incremental)
{
    if (m_state != State::Normal)
        return;
    put8(m_out, 3);
    put8(m_out, incremental ? 1 : 0);
    put16(m_out, quint16(rect.x()));
    put16(m_out, quint16(rect.y()));
    put16(m_out, quint16(rect.width()));
    put16(m_out, quint16(rect.height()));
}

void RfbClient::keyEvent(quint32 keysym, bool down)
{
    if (m_state != State::Normal)
        return;
    put8(m_out, 4);
    put8(m_out, down ? 1 : 0);
    put16(m_out, 0);
    put32(m_out, keysym);
}

void RfbClient::keyCombination(const QList<quint32> &keysyms)
{
    for (quint32 k : keysyms)
        keyEvent(k, true);
    for (auto it = keysyms.crbegin(); it != keysyms.crend(); ++it)
        keyEvent(*it, false);
}

void RfbClient::pointerEvent(int x, int y, quint8 buttons)
{
    if (m_state != State::Normal)
        return;
    put8(m_out, 5);
    put8(m_out, buttons);
    put16(m_out, quint16(std::clamp(x, 0, std::max(0, m_width - 1))));
    put16(m_out, quint16(std::clamp(y, 0, std::max(0, m_height - 1))));
}

void RfbClient::clientCutText(const QString &text)
{
    if (m_state != State::Normal)
        return;
    QByteArray latin1;
    latin1.reserve(text.size());
    for (QChar c : text)
        latin1.append(c.unicode() < 256 ? char(c.unicode()) : '?');
    latin1.truncate(Rfb::MaxTextLength);
    put8(m_out, 6);
    m_out.append(3, '\0');
    put32(m_out, quint32(latin1.size()));
    m_out.append(latin1);
}
