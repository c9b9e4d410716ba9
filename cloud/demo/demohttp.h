#pragma once

// A small HTTP/1.1 server for the demo cloud: keep-alive, Content-Length bodies (no chunked
// requests), one request at a time per connection, replies that may be delayed, cut short or
// replaced by a connection reset (fault injection). Loopback only.

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QJsonObject;

struct DemoHttpRequest
{
    QByteArray method;
    QString path;       // percent-decoded, without the query: /compute/v2.1/servers/detail
    QUrlQuery query;
    QByteArray target;  // the request target as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString requestId;  // "req-<uuid>", assigned by the cloud before handling

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    [[nodiscard]] QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct DemoHttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static DemoHttpResponse json(int status, const QJsonObject &object);
    static DemoHttpResponse json(int status, const QJsonDocument &document);
    static DemoHttpResponse empty(int status);
    static DemoHttpResponse text(int status, const QByteArray &text, const QByteArray &contentType);
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// What the server does with a request: send the response after delayMs, or misbehave.
struct DemoHttpAction
{
    enum class Delivery {
        Normal,
        Reset,        // close the connection without a reply (TCP RST)
        CloseMidBody  // send the headers and half of the body, then close
    };
    DemoHttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
};

class DemoHttpConnection;

class DemoHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<DemoHttpAction(DemoHttpRequest &)>;

    explicit DemoHttpServer(Handler handler, QObject *parent = nullptr);
    ~DemoHttpServer() override;

    // Listens on 127.0.0.1 (port 0 = any free port). False if the port is taken.
    bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }
    void close();                // stops listening and drops every connection
    void dropConnections();      // drops every open connection (like a proxy restart)
    [[nodiscard]] int connectionCount() const;

    static QByteArray reasonPhrase(int status);

private:
    friend class DemoHttpConnection;
    void onNewConnection();

    QTcpServer m_server;
    Handler m_handler;
    QSet<DemoHttpConnection *> m_connections;
};
