#pragma once

// A tiny OpenStack look-alike on 127.0.0.1 for the client's fault tests (what a real cloud will
// not do on request: page cycles, endless lists, huge bodies, redirects and links to another
// server). Keystone answers POST /identity/v3/auth/tokens with a catalog whose compute and image
// endpoints point back here; every other request goes to the route function. Header-only, no moc.

#include "cloud/cloudconfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool announceLength = true; // false: no Content-Length, the body ends when the connection closes

    static FakeResponse json(const QJsonObject &o, int status = 200)
    {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
};

class FakeOpenStack
{
public:
    using Route = std::function<FakeResponse(const FakeRequest &)>;

    FakeOpenStack()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void setRoute(Route route) { m_route = std::move(route); }
    void setAuthPadding(int bytes) { m_authPadding = bytes; }
    // Where the catalog says compute, image and network are (default: this server).
    void setCatalogBase(const QString &base) { m_catalogBase = base; }

    [[nodiscard]] const QList<FakeRequest> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QString &pathPrefix) const
    {
        int n = 0;
        for (const FakeRequest &r : m_requests)
            n += r.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

    // A config for this cloud (the compute microversion fixed, so no version document is asked).
    [[nodiscard]] CloudConfig config() const
    {
        CloudConfig c;
        c.name = QStringLiteral("fake");
        c.authUrl = base() + QStringLiteral("/identity/v3");
        c.username = QStringLiteral("teacher");
        c.password = QStringLiteral("pw");
        c.projectName = QStringLiteral("school");
        c.computeApiVersionOverride = 79;
        return c;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl url(QString::fromLatin1(first.value(1)));
            request.path = url.path();
            request.query = QUrlQuery(url);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests << request;
            respond(socket, handle(request));
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    FakeResponse handle(const FakeRequest &request)
    {
        if (request.method == "POST" && request.path == QLatin1String("/identity/v3/auth/tokens"))
            return token();
        if (m_route)
            return m_route(request);
        return FakeResponse::json({{QStringLiteral("itemNotFound"), QJsonObject{{QStringLiteral("message"), QStringLiteral("no route")}}}}, 404);
    }

    FakeResponse token() const
    {
        auto endpoint = [this](const QString &path) {
            const QString root = m_catalogBase.isEmpty() || path.startsWith(QLatin1String("/identity")) ? base() : m_catalogBase;
            return QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                          {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                          {QStringLiteral("url"), QString(root + path)}}};
        };
        const QJsonArray catalog{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("compute")}, {QStringLiteral("endpoints"), endpoint(QStringLiteral("/compute/v2.1"))}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("endpoints"), endpoint(QStringLiteral("/image"))}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("network")}, {QStringLiteral("endpoints"), endpoint(QStringLiteral("/network"))}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("identity")}, {QStringLiteral("endpoints"), endpoint(QStringLiteral("/identity"))}}};
        QJsonObject token{{QStringLiteral("expires_at"), QStringLiteral("2099-01-01T00:00:00.000000Z")},
                          {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")}, {QStringLiteral("name"), QStringLiteral("teacher")}}},
                          {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("name"), QStringLiteral("school")}}},
                          {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("member")}}}},
                          {QStringLiteral("catalog"), catalog}};
        if (m_authPadding > 0)
            token.insert(QStringLiteral("padding"), QString(m_authPadding, QLatin1Char('x')));
        FakeResponse r = FakeResponse::json({{QStringLiteral("token"), token}}, 201);
        r.headers << qMakePair(QByteArray("X-Subject-Token"), QByteArray("fake-token-1"));
        return r;
    }

    static void respond(QTcpSocket *socket, const FakeResponse &r)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        out += "Content-Type: application/json\r\n";
        out += "X-Openstack-Request-Id: req-fake-" + QByteArray::number(r.status) + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (r.announceLength)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        socket->write(out);
        socket->write(r.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Route m_route;
    QList<FakeRequest> m_requests;
    int m_authPadding = 0;
    QString m_catalogBase;
};
