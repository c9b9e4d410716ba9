#include "cloud/demo/demohttp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

// ---------------------------------------------------------------------------------------------
DemoHttpResponse DemoHttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

DemoHttpResponse DemoHttpResponse::json(int status, const QJsonDocument &document)
{
    DemoHttpResponse r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

DemoHttpResponse DemoHttpResponse::empty(int status)
{
    DemoHttpResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

DemoHttpResponse DemoHttpResponse::text(int status, const QByteArray &text, const QByteArray &contentType)
{
    DemoHttpResponse r;
    r.status = status;
    r.body = text;
    r.contentType = contentType;
    return r;
}

void DemoHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray DemoHttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// One client connection: parses requests one after the other and writes the replies in order.
class DemoHttpConnection : public QObject
{
public:
    DemoHttpConnection(QTcpSocket *socket, DemoHttpServer *server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle stalls on small replies
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
        m_server->m_connections.insert(this);
    }
    ~DemoHttpConnection() override { m_server->m_connections.remove(this); }

    void drop()
    {
        m_socket->abort();
        deleteLater();
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        processNext();
    }

    // Parses one complete request from the buffer; false when more bytes are needed.
    bool parse(DemoHttpRequest *request, bool *keepAlive, int *badStatus)
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                *badStatus = 431;
            return *badStatus != 0;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            *badStatus = 400;
            return true;
        }
        request->method = requestLine.at(0);
        request->target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const QByteArray connection = request->header("connection").toLower();
        *keepAlive = requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
        if (!request->header("transfer-encoding").isEmpty()) {
            *badStatus = 411; // chunked request bodies are not supported
            return true;
        }
        bool ok = true;
        const QByteArray lengthHeader = request->header("content-length");
        const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes) {
            *badStatus = ok ? 413 : 400;
            return true;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return false;
        request->body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        const QUrl url(QString::fromLatin1(request->target), QUrl::TolerantMode);
        request->path = url.path(QUrl::FullyDecoded);
        request->query = QUrlQuery(url);
        return true;
    }

    void processNext()
    {
        if (m_busy)
            return;
        DemoHttpRequest request;
        bool keepAlive = true;
        int badStatus = 0;
        if (!parse(&request, &keepAlive, &badStatus))
            return;
        if (badStatus != 0) {
            DemoHttpResponse r = DemoHttpResponse::text(badStatus, DemoHttpServer::reasonPhrase(badStatus), "text/plain");
            m_buffer.clear();
            write(r, false, false);
            return;
        }
        m_busy = true;
        const DemoHttpAction action = m_server->m_handler(request);
        auto deliver = [this, action, keepAlive] {
            switch (action.delivery) {
            case DemoHttpAction::Delivery::Normal:
                write(action.response, keepAlive, false);
                break;
            case DemoHttpAction::Delivery::CloseMidBody:
                write(action.response, false, true);
                break;
            case DemoHttpAction::Delivery::Reset:
                reset();
                return;
            }
            m_busy = false;
            if (m_socket->state() == QAbstractSocket::ConnectedState)
                QTimer::singleShot(0, this, [this] { processNext(); });
        };
        if (action.delayMs > 0)
            QTimer::singleShot(action.delayMs, this, deliver);
        else
            deliver();
    }

    void write(const DemoHttpResponse &r, bool keepAlive, bool cutBody)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + DemoHttpServer::reasonPhrase(r.status) + "\r\n";
        out += "Date: " + httpDate() + "\r\n";
        const bool hasBody = r.status != 204 && r.status != 304;
        if (!r.contentType.isEmpty()) // also on 204, as Nova and Glance do
            out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(hasBody ? r.body.size() : 0) + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        out += "\r\n";
        if (hasBody)
            out += cutBody ? r.body.left(r.body.size() / 2) : r.body;
        m_socket->write(out);
        if (!keepAlive) {
            m_socket->disconnectFromHost();
        }
    }

    void reset()
    {
#ifdef Q_OS_UNIX
        // SO_LINGER 0: close() sends RST instead of FIN, as a crashed proxy would.
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0) {
            struct linger lg = {1, 0};
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        }
#endif
        m_socket->abort();
        deleteLater();
    }

    QTcpSocket *m_socket;
    DemoHttpServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;
};

// ---------------------------------------------------------------------------------------------
DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoHttpServer::onNewConnection);
}

DemoHttpServer::~DemoHttpServer()
{
    m_server.close();
    const QSet<DemoHttpConnection *> connections = m_connections;
    qDeleteAll(connections);
}

bool DemoHttpServer::listen(quint16 port)
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcDemo) << "cannot listen on 127.0.0.1:" << port << m_server.errorString();
        return false;
    }
    return true;
}

quint16 DemoHttpServer::port() const
{
    return m_server.serverPort();
}

void DemoHttpServer::close()
{
    m_server.close();
    dropConnections();
}

void DemoHttpServer::dropConnections()
{
    const QSet<DemoHttpConnection *> connections = m_connections;
    for (DemoHttpConnection *c : connections)
        c->drop();
}

int DemoHttpServer::connectionCount() const
{
    return int(m_connections.size());
}

void DemoHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new DemoHttpConnection(socket, this);
}

QByteArray DemoHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 300: return "Multiple Choices";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}
