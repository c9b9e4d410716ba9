#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "phoenix.app.instance")

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(serverName(key))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000); // a running Phoenix answers in milliseconds; this one is hung
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        if (m_socket)
            m_socket->abort();
        Q_EMIT refused(tr("Phoenix is running already but did not answer. Quit it (or end its process) and try again."));
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &key)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
#ifdef Q_OS_WIN
    // A named pipe: per user (and UserAccessOption), per settings.
    return QStringLiteral("phoenix-%1-%2").arg(qEnvironmentVariable("USERNAME"), hash);
#else
    // The user's private runtime directory ($XDG_RUNTIME_DIR, 0700), else QLocalServer's default
    // place with a per-user name (UserAccessOption restricts the socket to the user).
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("phoenix-%1.socket").arg(hash));
    return QStringLiteral("phoenix-%1-%2").arg(qEnvironmentVariable("USER"), hash);
#endif
}

void SingleInstance::start(const QString &message)
{
    m_message = message;
    m_message.remove(QLatin1Char('\n'));
    m_message.remove(QLatin1Char('\r'));
    m_message.truncate(MaxMessage);
    tryConnect();
}

void SingleInstance::tryConnect()
{
    auto *socket = new QLocalSocket(this);
    m_socket = socket;
    auto reply = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        qCInfo(lcInstance).noquote() << "a Phoenix runs already at" << m_name << "- handing over" << m_message;
        socket->write(m_message.toUtf8() + '\n');
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, reply] {
        reply->append(socket->readAll());
        if (m_done || !reply->contains('\n'))
            return;
        m_done = true;
        m_timeout.stop();
        socket->disconnectFromServer();
        if (reply->startsWith("ok\n"))
            Q_EMIT forwarded();
        else
            Q_EMIT refused(tr("Phoenix is running already and did not take the link."));
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError error) {
        if (m_done)
            return;
        if (socket->state() == QLocalSocket::ConnectedState || error == QLocalSocket::PeerClosedError) {
            m_done = true;
            m_timeout.stop();
            Q_EMIT refused(tr("Phoenix is running already and closed the connection: %1").arg(socket->errorString()));
            return;
        }
        // Nobody listens (no socket, or one left by a Phoenix that ended): this one is the first.
        qCInfo(lcInstance).noquote() << "no Phoenix at" << m_name << "(" << socket->errorString() << ")";
        socket->deleteLater();
        m_timeout.stop();
        listen();
    });
    m_timeout.start();
    socket->connectToServer(m_name);
}

void SingleInstance::listen()
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    bool ok = m_server->listen(m_name);
    if (!ok && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        if (!m_retried) {
            // Another Phoenix may have started just now: ask it first.
            m_retried = true;
            delete m_server;
            m_server = nullptr;
            tryConnect();
            return;
        }
        // Nobody answers at the name: a socket file left by a Phoenix that ended.
        QLocalServer::removeServer(m_name);
        ok = m_server->listen(m_name);
    }
    m_done = true;
    if (ok) {
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
        qCInfo(lcInstance).noquote() << "the first Phoenix: listening at" << m_server->fullServerName();
    } else {
        qCWarning(lcInstance).noquote() << "cannot listen at" << m_name << ":" << m_server->errorString()
                                        << "- a second phoenix will start a second tray";
    }
    Q_EMIT primary();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf('\n');
            if (end < 0) {
                if (buffer->size() > MaxMessage * 4) // not a Phoenix: drop it
                    socket->abort();
                return;
            }
            const QString message = QString::fromUtf8(buffer->left(end)).trimmed().left(MaxMessage);
            buffer->clear();
            socket->write("ok\n");
            socket->disconnectFromServer();
            Q_EMIT received(message);
        });
    }
}
