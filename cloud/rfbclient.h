#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

#include <memory>

struct z_stream_s;

namespace Rfb
{
// The encodings Phoenix decodes (RFC 6143 §7.7 and the two pseudo-encodings).
enum Encoding : qint32 {
    Raw = 0,
    CopyRect = 1,
    Hextile = 5,
    Zrle = 16,
    CursorPseudo = -239,
    DesktopSizePseudo = -223,
};
QString encodingName(qint32 encoding);

// Limits against a hostile or broken server: anything above is a protocol error, never an allocation.
inline constexpr int MaxDimension = 8192;
inline constexpr qsizetype MaxZrleLength = 64 * 1024 * 1024;
inline constexpr qsizetype MaxTextLength = 1024 * 1024;
inline constexpr qsizetype MaxReasonLength = 4096;
inline constexpr int MaxCursorDimension = 256;

// The X11 keysyms the console sends for its special keys.
namespace Key
{
inline constexpr quint32 BackSpace = 0xff08, Tab = 0xff09, Return = 0xff0d, Escape = 0xff1b, Delete = 0xffff,
                         Home = 0xff50, Left = 0xff51, Up = 0xff52, Right = 0xff53, Down = 0xff54,
                         PageUp = 0xff55, PageDown = 0xff56, End = 0xff57, Insert = 0xff63, Menu = 0xff67,
                         F1 = 0xffbe, ShiftL = 0xffe1, ShiftR = 0xffe2, ControlL = 0xffe3, ControlR = 0xffe4,
                         CapsLock = 0xffe5, MetaL = 0xffe7, AltL = 0xffe9, AltR = 0xffea, SuperL = 0xffeb,
                         Print = 0xff61, SysReq = 0xff15, Pause = 0xff13, NumLock = 0xff7f, ScrollLock = 0xff14;
}

/** VNC authentication's answer: the 16-byte challenge DES-encrypted with the password (bit-reversed key bytes). */
QByteArray vncAuthResponse(const QByteArray &challenge, const QByteArray &password);
} // namespace Rfb

/** One rectangle of the framebuffer that changed, with its new pixels (32-bit 0xffRRGGBB, row-major, width*4 stride;
 *  empty when the client was told not to copy them, see RfbClient::setDamagePixels()). */
struct RfbDamage
{
    QRect rect;
    QByteArray pixels;
};

/** The remote cursor shape: ARGB32 premultiplied-free pixels (alpha 0 or 255) and its hot spot. */
struct RfbCursor
{
    QSize size;
    QPoint hotSpot;
    QByteArray argb;
};

/**
 * An RFB 3.8 client (RFC 6143) as a pure state machine: bytes from the transport go in through
 * feed(), bytes to send come out of takeOutgoing(), and what happened comes out as events. No
 * sockets, no threads, no Gui types: the framebuffer is 32-bit pixels in memory (0xffRRGGBB, opaque,
 * the layout of QImage::Format_RGB32, so damage is copied out row by row).
 *
 * Protocol versions 3.3, 3.7 and 3.8 (3.8 preferred); security None and VNC authentication;
 * encodings Raw, CopyRect, Hextile and ZRLE, pseudo-encodings DesktopSize and Cursor. Every
 * length the server sends is checked against the limits in Rfb:: before anything is allocated;
 * a malformed message ends the session with a plain error() and never crashes (fuzzed by
 * tests/fuzz/fuzz_rfb).
 *
 * After each complete FramebufferUpdate the client asks for the next incremental one itself.
 *
 * Speed (issue 15): the client sets the server's pixel format to its own framebuffer's, so Raw
 * rows, raw/solid/palette/RLE ZRLE tiles and Hextile tiles are written with whole-row conversions,
 * 32-bit fills and precomputed palettes. Input is parsed straight from the bytes given to feed();
 * only an unfinished tail (at most a row, a tile or a message header, or a cursor/clipboard that
 * has not fully arrived) is kept between calls. Raw rows and ZRLE's compressed bytes are taken as
 * they arrive, so a large rectangle is never buffered whole; inflating goes into one reused buffer.
 */
class RfbClient
{
    Q_DECLARE_TR_FUNCTIONS(RfbClient)

public:
    enum class State {
        ProtocolVersion,
        SecurityTypes,
        NeedPassword, // the server asks for VNC authentication and no password is set: call setPassword()
        VncChallenge,
        SecurityResult,
        ServerInit,
        Normal,
        Failed,
    };

    struct Event
    {
        enum Kind {
            Connected,   // handshake done: size and name known
            Resized,     // framebuffer size changed (DesktopSize)
            Updated,     // one FramebufferUpdate done: damage holds the changed rectangles
            CursorShape, // the remote cursor changed
            Bell,
            ClipboardText, // the server's cut text
            PasswordNeeded,
        };
        Kind kind;
        QSize size;
        QString text;
        QList<RfbDamage> damage;
        RfbCursor cursor;
    };

    explicit RfbClient(const QByteArray &password = {});
    ~RfbClient();
    RfbClient(const RfbClient &) = delete;
    RfbClient &operator=(const RfbClient &) = delete;

    /** The encodings offered to the server, most wanted first (default: CopyRect, ZRLE, Hextile, Raw + both pseudo). */
    void setEncodings(const QList<qint32> &encodings) { m_encodings = encodings; }
    void setShared(bool shared) { m_shared = shared; }
    /** Continues a handshake that stopped in NeedPassword (and is kept for later). */
    void setPassword(const QByteArray &password);

    /**
     * Whether Updated events carry each rectangle's pixels (default) or only the rectangles: a
     * caller that merges several updates before showing them copies the merged rectangles with
     * pixels() instead (RfbSession does, so a fast video does not copy every frame twice).
     */
    void setDamagePixels(bool on) { m_damagePixels = on; }
    /** Parses as much as possible; false once the session failed (see error()). */
    bool feed(QByteArrayView data);
    [[nodiscard]] QByteArray takeOutgoing();
    [[nodiscard]] QList<Event> takeEvents();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString serverName() const { return m_name; }
    [[nodiscard]] QString serverVersion() const { return m_version; }
    [[nodiscard]] QSize size() const { return {m_width, m_height}; }
    /** The framebuffer: width*height pixels 0xffRRGGBB (always opaque), row-major. */
    [[nodiscard]] const QList<quint32> &framebuffer() const { return m_fb; }
    /** One pixel as 0x00RRGGBB. */
    [[nodiscard]] quint32 pixel(int x, int y) const { return m_fb.at(qsizetype(y) * m_width + x) & 0xffffffu; }
    /**
     * A rectangle of the framebuffer (clipped to the screen) as 0xffRRGGBB pixels, row-major,
     * width*4 stride. The bytes come from a few buffers the client reuses once nobody else holds
     * them (a fresh 8 MB allocation per full-screen frame costs more in page faults than the copy).
     */
    [[nodiscard]] QByteArray pixels(const QRect &rect);
    /** Encoding of the last rectangle decoded (for the status line) and bytes taken in so far. */
    [[nodiscard]] qint32 lastEncoding() const { return m_lastEncoding; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesIn; }
    [[nodiscard]] qint64 updatesCompleted() const { return m_updates; }

    // Client → server messages (queued in the outgoing buffer; ignored before the handshake ends).
    void requestUpdate(bool incremental);
    void requestUpdate(const QRect &rect, bool incremental);
    void keyEvent(quint32 keysym, bool down);
    void pointerEvent(int x, int y, quint8 buttons);
    /** Cut text is Latin-1 on the wire (RFC 6143 §7.5.6): other characters become '?'. */
    void clientCutText(const QString &text);
    /** Presses and releases a combination, e.g. {ControlL, AltL, Delete}: downs in order, ups in reverse. */
    void keyCombination(const QList<quint32> &keysyms);

private:
    enum class Step { Done, NeedMore, Fail };
    Step step();
    Step stepVersion();
    Step stepSecurityTypes();
    Step stepChallenge();
    Step stepSecurityResult();
    Step stepServerInit();
    Step stepMessage();
    Step stepUpdate();
    Step stepRectangle();
    Step decodeRaw();
    Step decodeCopyRect();
    Step decodeHextile();
    Step decodeZrle();
    Step decodeCursor();
    Step decodeDesktopSize();
    Step fail(const QString &message);
    void startNormal();
    void sendSecurityChoice(quint8 type);
    void finishRect();
    void resize(int width, int height);
    void fill(int x, int y, int w, int h, quint32 pixel);
    Step run(const uchar *data, qsizetype size);
    [[nodiscard]] qsizetype available() const { return m_size - m_pos; }
    /** True (and remembered as what the waiting step needs) when fewer than n bytes are there. */
    [[nodiscard]] bool lacks(qsizetype n)
    {
        if (available() >= n)
            return false;
        m_need = n;
        return true;
    }
    [[nodiscard]] const uchar *at(qsizetype offset = 0) const { return m_data + m_pos + offset; }
    void consume(qsizetype n) { m_pos += n; }
    [[nodiscard]] bool inflateChunk(const uchar *data, qsizetype size, qsizetype cap);
    [[nodiscard]] bool decodeZrleTiles(qsizetype produced);

    State m_state = State::ProtocolVersion;
    QString m_error;
    QByteArray m_password;
    bool m_shared = true;
    QList<qint32> m_encodings;
    int m_minor = 8;
    bool m_chosenVncAuth = false;
    QByteArray m_in;              // an unfinished tail kept from the last feed()
    const uchar *m_data = nullptr; // what is being parsed: m_in, or the bytes given to feed()
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    qsizetype m_need = 0; // bytes from m_pos the waiting step needs (a hint for how much to add to m_in)
    bool m_damagePixels = true;
    QByteArray m_out;
    QList<Event> m_events;
    QString m_version;
    QString m_name;
    int m_width = 0;
    int m_height = 0;
    QList<quint32> m_fb;
    // FramebufferUpdate in progress
    bool m_inUpdate = false;
    int m_rectsLeft = 0;
    bool m_inRect = false;
    QRect m_rect;
    qint32 m_rectEncoding = 0;
    int m_hextileTile = 0; // next tile of the Hextile rectangle being decoded
    int m_rawRow = 0;      // next row of the Raw rectangle being decoded
    qsizetype m_zrleLeft = -1; // compressed bytes of the ZRLE rectangle still to come (-1: length not read)
    qsizetype m_zrleProduced = 0;
    qsizetype m_zrleCap = 0;
    quint32 m_hextileBg = 0;
    quint32 m_hextileFg = 0;
    QList<RfbDamage> m_damage;
    qint32 m_lastEncoding = 0;
    qint64 m_bytesIn = 0;
    qint64 m_updates = 0;
    std::unique_ptr<z_stream_s> m_zlib;
    bool m_zlibReady = false;
    QByteArray m_zbuf;
    QList<QByteArray> m_pixelBuffers; // handed out by pixels(); reused when detached again
};
