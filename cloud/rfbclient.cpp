#include "cloud/rfbclient.h"
#include "cloud/rfbwire_p.h"

#include <QtEndian>

#include <zlib.h>

using namespace RfbWire;

namespace
{
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
