#pragma once

#include "cloud/clouderror.h"
#include "cloud/rfbsession.h"

#include <QMainWindow>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

class ConsoleView;
class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class RestClient;

/**
 * A desktop's screen in a window of its own: RFB over the console proxy's WebSocket. Several
 * can be open at once; closing one closes its socket at once. The URL (with its token) comes
 * from a source function — Nova's remote console for a desktop — asked again for every
 * (re)connection, since a token expires (Nova: [consoleauth] token_ttl, 10 min by default): after the desktop reboots, the
 * window reconnects by itself with a new token (a few tries), or on "Reconnect".
 */
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Asks for a fresh console URL (noVNC form or ws://…); answers once through the callback, while context lives. */
    using UrlSource = std::function<void(QObject *context, std::function<void(Result<QString>)> done)>;

    ConsoleWindow(const QString &title, UrlSource source, const QSslConfiguration &ssl = {}, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    /** A desktop's console from Nova (vnc/novnc; firstUrl: the URL already fetched, used for the first connection). */
    static ConsoleWindow *openForDesktop(RestClient *client, const QString &serverId, const QString &name,
                                         const QString &firstUrl, QWidget *parent);

    void connectNow();
    [[nodiscard]] ConsoleView *view() const { return m_view; }
    [[nodiscard]] RfbSession *session() const { return m_session; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QAction *scaleAction() const { return m_scale; }
    [[nodiscard]] QAction *fullScreenAction() const { return m_fullScreen; }
    [[nodiscard]] QAction *viewOnlyAction() const { return m_viewOnly; }
    [[nodiscard]] QAction *reconnectAction() const { return m_reconnect; }
    [[nodiscard]] QList<QAction *> keyActions() const { return m_keyActions; }
    /** Sends the local clipboard's text to the desktop. */
    void sendClipboard();
    /** How many times the window reconnects by itself after losing a connection that worked. */
    static constexpr int AutoReconnectTries = 6;
    void setAutoReconnectDelay(int ms) { m_autoDelayMs = ms; }

Q_SIGNALS:
    void statusChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void startSession(const QString &url);
    void onClosed(const QString &reason);
    void showMessage(const QString &text);
    void updateStatus();
    void applyScaling();

    QString m_title;
    UrlSource m_source;
    QSslConfiguration m_ssl;
    QPointer<RfbSession> m_session;
    ConsoleView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_scale = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_viewOnly = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_keysMenuAction = nullptr;
    QList<QAction *> m_keyActions;
    QTimer *m_rateTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    qint64 m_lastBytes = 0;
    double m_bytesPerSecond = 0;
    bool m_everConnected = false;
    int m_triesLeft = 0;
    int m_autoDelayMs = 5000;
    bool m_closing = false;
    QString m_lastRemoteClipboard;
};
