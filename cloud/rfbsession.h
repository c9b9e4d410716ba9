#pragma once

#include "cloud/rfbclient.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QSslConfiguration>
#include <QUrl>

class QThread;
class RfbWorker;

Q_DECLARE_METATYPE(RfbDamage)
Q_DECLARE_METATYPE(RfbCursor)

/**
 * One console connection: RFB over a QWebSocket (subprotocol "binary") to nova-novncproxy or
 * websockify. The socket and the decoder live on a thread of their own, so decoding never runs
 * on the thread that owns the session (the GUI thread); this object only posts input there and
 * receives decoded rectangles back through queued signals, at most one batch a frame time and
 * never a second before the first was taken.
 *
 * Deleting the session (or close()) closes the socket at once and lets the thread finish by
 * itself; nothing waits. A session is opened once; reconnecting (a new token) is a new session.
 */
class RfbSession : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Idle,
        Connecting,   // WebSocket being opened
        Handshaking,  // RFB version/security/init
        Connected,
        Closed,       // ended; closeReason() says why (empty: closed by us)
    };
    Q_ENUM(Status)

    explicit RfbSession(QObject *parent = nullptr);
    ~RfbSession() override;

    /** ssl: the cloud's TLS configuration (its CA); verification is never turned off. */
    void open(const QUrl &webSocketUrl, const QSslConfiguration &ssl = {}, const QByteArray &password = {});
    /** Before open(): the encodings to offer, most wanted first (default: RfbClient's). */
    void setEncodings(const QList<qint32> &encodings) { m_encodings = encodings; }
    void close();

    void sendKey(quint32 keysym, bool down);
    void sendKeyCombination(const QList<quint32> &keysyms);
    void sendPointer(int x, int y, quint8 buttons);
    void sendClipboard(const QString &text);
    void setPassword(const QByteArray &password);
    void requestFullUpdate();

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString closeReason() const { return m_reason; }
    [[nodiscard]] QSize size() const { return m_size; }
    [[nodiscard]] QString serverName() const { return m_name; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytes; }
    [[nodiscard]] qint32 lastEncoding() const { return m_encoding; }
    [[nodiscard]] qint64 updates() const { return m_updates; }

Q_SIGNALS:
    void statusChanged(RfbSession::Status status);
    void connected(const QSize &size, const QString &name);
    void resized(const QSize &size);
    /**
     * The changed rectangles with their pixels: one FramebufferUpdate, or several merged when they
     * come faster than one a frame time (16 ms) or faster than the receiver takes them, so a fast
     * video never queues many full-frame copies for the GUI thread. The next batch is sent only
     * after this signal's receivers have returned.
     */
    void updated(const QList<RfbDamage> &damage);
    void cursorChanged(const RfbCursor &cursor);
    void clipboardReceived(const QString &text);
    void bell();
    void passwordNeeded();
    /** The session ended; reason is a plain sentence (empty when we closed it). */
    void closed(const QString &reason);

private:
    void onWorkerEvent(int kind, const QSize &size, const QString &text);
    void onUpdated(const QList<RfbDamage> &damage, qint64 bytes, qint32 encoding, qint64 updates);
    void setStatus(Status status);
    template<typename F>
    void post(F &&f);

    QThread *m_thread = nullptr;
    QPointer<RfbWorker> m_worker;
    Status m_status = Status::Idle;
    QString m_reason;
    QSize m_size;
    QString m_name;
    qint64 m_bytes = 0;
    qint32 m_encoding = 0;
    qint64 m_updates = 0;
    QList<qint32> m_encodings;
};
