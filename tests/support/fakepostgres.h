#pragma once

// A listener that speaks just enough of the PostgreSQL wire protocol to see what a client sends
// before it is authenticated: whether it asks for TLS first (SSLRequest), whether it then sends
// its start-up message in clear, and the password it gives when asked for one in clear text.
// It never accepts anyone: every connection ends with an error. One connection, then it stops.
// For the tests of issue 9 that the real test cluster (trust authentication, no TLS) cannot do.
// POSIX sockets in a std::thread: the client under test (libpq) blocks the test's own thread.

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

class FakePostgres
{
public:
    struct Seen
    {
        bool connected = false;
        bool sslRequested = false;   // the client asked for TLS (SSLRequest)
        bool startupInClear = false; // ... and went on without it
        QString user;
        QByteArray password;         // what the client gave for AuthenticationCleartextPassword
    };

    // Listens on address (IPv4) with a free port. isListening() tells whether that worked.
    explicit FakePostgres(const QHostAddress &address)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(address.toIPv4Address());
        sa.sin_port = 0;
        int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || ::listen(m_fd, 4) != 0)
            return;
        socklen_t len = sizeof sa;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sa), &len);
        m_port = ntohs(sa.sin_port);
        m_thread = std::thread([this] { serve(); });
    }

    ~FakePostgres()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] Seen seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }

private:
    static constexpr qint32 SslRequestCode = 80877103;
    static constexpr qint32 GssRequestCode = 80877104;

    // Reads exactly n bytes (10 s at most).
    static bool readExactly(int fd, char *buf, size_t n)
    {
        size_t got = 0;
        while (got < n) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 10000) <= 0)
                return false;
            const ssize_t r = ::recv(fd, buf + got, n - got, 0);
            if (r <= 0)
                return false;
            got += size_t(r);
        }
        return true;
    }
    static qint32 be32(const char *p)
    {
        return qint32((quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8)
                      | quint32(quint8(p[3])));
    }
    static void send(int fd, const QByteArray &bytes) { [[maybe_unused]] auto n = ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL); }
    static QByteArray msg(char type, const QByteArray &body)
    {
        QByteArray out(1, type);
        const quint32 len = quint32(body.size() + 4);
        out.append(char(len >> 24)).append(char(len >> 16)).append(char(len >> 8)).append(char(len));
        return out + body;
    }

    void serve()
    {
        pollfd p{m_fd, POLLIN, 0};
        while (!m_stop) {
            const int r = ::poll(&p, 1, 100);
            if (r < 0)
                return;
            if (r == 0)
                continue;
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                return;
            {
                std::lock_guard lock(m_mutex);
                m_seen.connected = true;
            }
            converse(c);
            ::close(c);
            return;
        }
    }

    void converse(int c)
    {
        for (;;) { // SSLRequest / GSSENCRequest come before the start-up message
            char head[8];
            if (!readExactly(c, head, 8))
                return;
            const qint32 len = be32(head);
            const qint32 code = be32(head + 4);
            if (len == 8 && (code == SslRequestCode || code == GssRequestCode)) {
                if (code == SslRequestCode) {
                    std::lock_guard lock(m_mutex);
                    m_seen.sslRequested = true;
                }
                send(c, QByteArray(1, 'N')); // "no TLS here"
                continue;
            }
            if (len < 8 || len > 10000)
                return;
            QByteArray rest(len - 8, '\0');
            if (!readExactly(c, rest.data(), size_t(rest.size())))
                return;
            const QList<QByteArray> parts = rest.split('\0');
            std::lock_guard lock(m_mutex);
            m_seen.startupInClear = true;
            for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
                if (parts.at(i) == "user")
                    m_seen.user = QString::fromUtf8(parts.at(i + 1));
            }
            break;
        }
        // AuthenticationCleartextPassword
        send(c, msg('R', QByteArray("\0\0\0\3", 4)));
        char type = 0;
        char lenBytes[4];
        if (readExactly(c, &type, 1) && type == 'p' && readExactly(c, lenBytes, 4)) {
            const qint32 len = be32(lenBytes);
            if (len > 4 && len < 10000) {
                QByteArray body(len - 4, '\0');
                if (readExactly(c, body.data(), size_t(body.size()))) {
                    std::lock_guard lock(m_mutex);
                    m_seen.password = body.left(body.indexOf('\0'));
                }
            }
        }
        send(c, msg('E', QByteArray("SFATAL\0C28P01\0Mfake server: nobody gets in\0\0", 44)));
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    Seen m_seen;
};
