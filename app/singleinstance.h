#pragma once

// One teacher's tray per user (issue 14): a second `phoenix phoenix://open…` (or `phoenix --tray`)
// hands its link to the tray that runs already and exits, instead of starting a second tray.

#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLocalSocket;

/**
 * A per-user local socket (in the user's private runtime directory on Linux; a pipe with user-only
 * access on Windows), named after the settings file so that separate settings (tests, a second
 * profile) are separate instances. What crosses it is one line — a phoenix:// link or "tray" —
 * never a secret; the receiver parses it as it would a command line. Nothing here waits: start()
 * ends in exactly one of forwarded(), refused() or primary().
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** The socket name for a settings file: per user, per settings. */
    static QString serverName(const QString &key);
    /** Tries to hand `message` to a running instance (from the event loop). */
    void start(const QString &message);
    [[nodiscard]] QString name() const { return m_name; }

    static constexpr int MaxMessage = 4096;

Q_SIGNALS:
    /** A running instance took the message: this process can end. */
    void forwarded();
    /** A running instance is there but did not take the message (plain words). */
    void refused(const QString &why);
    /** No instance runs: this one listens now (or could not, said in the log) and goes on. */
    void primary();
    /** A second instance's message (primary only). */
    void received(const QString &message);

private:
    void tryConnect();
    void listen();
    void onNewConnection();

    QString m_name;
    QString m_message;
    QPointer<QLocalSocket> m_socket;
    QLocalServer *m_server = nullptr;
    QTimer m_timeout;
    bool m_retried = false;
    bool m_done = false;
};
