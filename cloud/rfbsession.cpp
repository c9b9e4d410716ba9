#include "cloud/rfbsession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcRfb, "phoenix.cloud.rfb", QtInfoMsg)

namespace
{
constexpr int HandshakeTimeoutMs = 20000;
// At most one batch of decoded rectangles a screen refresh goes to the GUI thread (issue 15).
constexpr int FrameMs = 16;
// More separate damaged rectangles than this are merged into their bounding rectangle.
constexpr int MaxDamageRects = 32;
}

/** The part of a session that lives on its thread: the socket and the decoder. */
class RfbWorker : public QObject
{
    Q_OBJECT

public:
    RfbWorker(const QByteArray &password, const QList<qint32> &encodings) : m_client(password)
    {
        if (!encodings.isEmpty())
            m_client.setEncodings(encodings);
        m_client.setDamagePixels(false); // copied once per batch in sendDamage(), merged
        m_pace.setSingleShot(true);
        connect(&m_pace, &QTimer::timeout, this, &RfbWorker::sendDamage);
    }

    void open(const QUrl &url, const QSslConfiguration &ssl)
    {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RfbWorker::onData);
        connect(m_socket, &QWebSocket::connected, this, [this] { Q_EMIT status(int(RfbSession::Status::Handshaking)); });
        connect(m_socket, &QWebSocket::disconnected, this, &RfbWorker::onDisconnected);
        connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
                [this](QAbstractSocket::SocketError) { m_socketError = m_socket->errorString(); });
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (!errors.isEmpty())
                m_socketError = errors.first().errorString();
        });
        if (!ssl.isNull())
            m_socket->setSslConfiguration(ssl);
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            end(tr("The console did not answer within %1 s.").arg(HandshakeTimeoutMs / 1000));
        });
        m_timeout.start(HandshakeTimeoutMs);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("binary")});
        qCDebug(lcRfb) << "opening" << url.toDisplayString(QUrl::RemoveQuery);
        m_socket->open(QNetworkRequest(url), options);
        Q_EMIT status(int(RfbSession::Status::Connecting));
    }

    void shutdown()
    {
        m_ended = true;
        if (m_socket)
            m_socket->abort();
        thread()->quit();
        deleteLater(); // run by the thread as it finishes
    }

    void key(quint32 keysym, bool down) { m_client.keyEvent(keysym, down), flush(); }
    void combination(const QList<quint32> &keysyms) { m_client.keyCombination(keysyms), flush(); }
    void pointer(int x, int y, quint8 buttons) { m_client.pointerEvent(x, y, buttons), flush(); }
    void clipboard(const QString &text) { m_client.clientCutText(text), flush(); }
    void fullUpdate() { m_client.requestUpdate(false), flush(); }
    /** The GUI thread has taken the last batch: the next may go. */
    void delivered()
    {
        m_inFlight = false;
        sendDamage();
    }
    void password(const QByteArray &password)
    {
        m_client.setPassword(password);
        deliver();
    }

Q_SIGNALS:
    void status(int status);
    void sessionEvent(int kind, const QSize &size, const QString &text);
    void updated(const QList<RfbDamage> &damage, qint64 bytes, qint32 encoding, qint64 updates);
    void cursor(const RfbCursor &cursor);
    void ended(const QString &reason);

private:
    void onData(const QByteArray &data)
    {
        if (m_ended)
            return;
        const bool ok = m_client.feed(data);
        deliver();
        if (!ok)
            end(m_client.error());
    }

    void deliver()
    {
        flush();
        const QList<RfbClient::Event> events = m_client.takeEvents();
        for (const RfbClient::Event &e : events) {
            switch (e.kind) {
            case RfbClient::Event::Updated:
                for (const RfbDamage &d : e.damage)
                    addDamage(d.rect);
                break;
            case RfbClient::Event::Resized:
                m_dirty.clear(); // rectangles of the old screen; the new one comes whole
                Q_EMIT sessionEvent(e.kind, e.size, e.text);
                break;
            case RfbClient::Event::CursorShape:
                Q_EMIT cursor(e.cursor);
                break;
            case RfbClient::Event::Connected:
                m_timeout.stop();
                Q_EMIT status(int(RfbSession::Status::Connected));
                Q_EMIT sessionEvent(e.kind, e.size, e.text);
                break;
            default:
                Q_EMIT sessionEvent(e.kind, e.size, e.text);
            }
        }
        sendDamage();
    }

    // Updates that arrive faster than the GUI thread shows them are merged here rather than queued
    // there: a fast video never stacks up full-frame copies in the GUI thread's event queue.
    void addDamage(const QRect &rect)
    {
        for (const QRect &r : std::as_const(m_dirty))
            if (r.contains(rect))
                return;
        m_dirty.removeIf([&rect](const QRect &r) { return rect.contains(r); });
        m_dirty.append(rect);
        if (m_dirty.size() > MaxDamageRects) {
            QRect bounds;
            for (const QRect &r : std::as_const(m_dirty))
                bounds |= r;
            m_dirty = {bounds};
        }
    }

    // One batch: when the GUI thread has taken the last one and a frame time has passed since.
    void sendDamage()
    {
        if (m_inFlight || m_dirty.isEmpty() || m_ended)
            return;
        if (m_sent.isValid() && m_sent.elapsed() < FrameMs) {
            if (!m_pace.isActive())
                m_pace.start(int(FrameMs - m_sent.elapsed()));
            return;
        }
        QList<RfbDamage> damage;
        damage.reserve(m_dirty.size());
        for (const QRect &r : std::as_const(m_dirty)) {
            const QRect clipped = r & QRect(QPoint(0, 0), m_client.size());
            if (!clipped.isEmpty())
                damage.append({clipped, m_client.pixels(clipped)});
        }
        m_dirty.clear();
        if (damage.isEmpty())
            return;
        m_inFlight = true;
        m_sent.start();
        Q_EMIT updated(damage, m_client.bytesReceived(), m_client.lastEncoding(), m_client.updatesCompleted());
    }

    void flush()
    {
        const QByteArray out = m_client.takeOutgoing();
        if (!out.isEmpty() && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->sendBinaryMessage(out);
    }

    void onDisconnected()
    {
        if (m_ended)
            return;
        QString detail = m_socket->closeReason();
        if (detail.isEmpty())
            detail = m_socketError;
        if (m_client.state() == RfbClient::State::Normal)
            end(detail.isEmpty() ? tr("The console connection was closed.")
                                 : tr("The console connection was closed: %1").arg(detail));
        else if (m_client.bytesReceived() == 0)
            end(detail.isEmpty() ? tr("The console proxy closed the connection before the desktop answered: the "
                                      "console token may be wrong or expired, or the desktop's VNC server cannot be "
                                      "reached.")
                                 : tr("The console proxy closed the connection before the desktop answered (%1): the "
                                      "console token may be wrong or expired, or the desktop's VNC server cannot be "
                                      "reached.").arg(detail));
        else
            end(tr("The desktop closed the console during the handshake."));
    }

    void end(const QString &reason)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_timeout.stop();
        qCInfo(lcRfb) << "console ended:" << reason;
        if (m_socket)
            m_socket->abort();
        Q_EMIT ended(reason);
    }

    RfbClient m_client;
    QWebSocket *m_socket = nullptr;
    QTimer m_timeout{this};
    QString m_socketError;
    bool m_ended = false;
    QList<QRect> m_dirty;   // decoded, not yet sent to the GUI thread
    bool m_inFlight = false; // a batch sent and not yet taken
    QElapsedTimer m_sent;
    QTimer m_pace{this};
};

RfbSession::RfbSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RfbDamage>();
    qRegisterMetaType<QList<RfbDamage>>();
    qRegisterMetaType<RfbCursor>();
}

RfbSession::~RfbSession()
{
    close();
}

template<typename F>
void RfbSession::post(F &&f)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), std::forward<F>(f), Qt::QueuedConnection);
}

void RfbSession::open(const QUrl &webSocketUrl, const QSslConfiguration &ssl, const QByteArray &password)
{
    if (m_thread)
        return;
    m_thread = new QThread; // parentless: it deletes itself when it has finished, nobody waits for it
    m_thread->setObjectName(QStringLiteral("rfb"));
    auto *worker = new RfbWorker(password, m_encodings);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(worker, &RfbWorker::status, this, [this](int s) { setStatus(Status(s)); });
    connect(worker, &RfbWorker::sessionEvent, this, &RfbSession::onWorkerEvent);
    connect(worker, &RfbWorker::updated, this, &RfbSession::onUpdated);
    connect(worker, &RfbWorker::cursor, this, &RfbSession::cursorChanged);
    connect(worker, &RfbWorker::ended, this, [this](const QString &reason) {
        m_reason = reason;
        setStatus(Status::Closed);
        Q_EMIT closed(reason);
    });
    m_thread->start();
    post([worker, webSocketUrl, ssl] { worker->open(webSocketUrl, ssl); });
}

void RfbSession::close()
{
    if (!m_thread)
        return;
    if (m_worker) {
        RfbWorker *worker = m_worker.data();
        disconnect(worker, nullptr, this, nullptr); // before shutdown: the worker is alive until then
        post([worker] { worker->shutdown(); });
    }
    m_worker = nullptr;
    m_thread = nullptr;
    if (m_status != Status::Closed) {
        m_status = Status::Closed;
        Q_EMIT statusChanged(m_status);
    }
}

void RfbSession::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void RfbSession::onWorkerEvent(int kind, const QSize &size, const QString &text)
{
    switch (RfbClient::Event::Kind(kind)) {
    case RfbClient::Event::Connected:
        m_size = size;
        m_name = text;
        Q_EMIT connected(size, text);
        break;
    case RfbClient::Event::Resized:
        m_size = size;
        Q_EMIT resized(size);
        break;
    case RfbClient::Event::ClipboardText: Q_EMIT clipboardReceived(text); break;
    case RfbClient::Event::Bell: Q_EMIT bell(); break;
    case RfbClient::Event::PasswordNeeded: Q_EMIT passwordNeeded(); break;
    default: break;
    }
}

void RfbSession::onUpdated(const QList<RfbDamage> &damage, qint64 bytes, qint32 encoding, qint64 updates)
{
    m_bytes = bytes;
    m_encoding = encoding;
    m_updates = updates;
    Q_EMIT updated(damage);
    post([w = m_worker] { if (w) w->delivered(); });
}

void RfbSession::sendKey(quint32 keysym, bool down)
{
    post([w = m_worker, keysym, down] { if (w) w->key(keysym, down); });
}

void RfbSession::sendKeyCombination(const QList<quint32> &keysyms)
{
    post([w = m_worker, keysyms] { if (w) w->combination(keysyms); });
}

void RfbSession::sendPointer(int x, int y, quint8 buttons)
{
    post([w = m_worker, x, y, buttons] { if (w) w->pointer(x, y, buttons); });
}

void RfbSession::sendClipboard(const QString &text)
{
    post([w = m_worker, text] { if (w) w->clipboard(text); });
}

void RfbSession::setPassword(const QByteArray &password)
{
    post([w = m_worker, password] { if (w) w->password(password); });
}

void RfbSession::requestFullUpdate()
{
    post([w = m_worker] { if (w) w->fullUpdate(); });
}

#include "rfbsession.moc"
