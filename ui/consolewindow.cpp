#include "ui/consolewindow.h"

#include "cloud/cloudsession.h"
#include "cloud/computeapi.h"
#include "cloud/restclient.h"
#include "cloud/rfbendpoint.h"
#include "ui/consolekeys.h"
#include "ui/consoleview.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

ConsoleWindow::ConsoleWindow(const QString &title, UrlSource source, const QSslConfiguration &ssl, QWidget *parent)
    : QMainWindow(parent), m_title(title), m_source(std::move(source)), m_ssl(ssl)
{
    buildUi();
    retranslate();
    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, [this] {
        const qint64 bytes = m_session ? m_session->bytesReceived() : 0;
        m_bytesPerSecond = double(bytes - m_lastBytes);
        m_lastBytes = bytes;
        updateStatus();
    });
    m_rateTimer->start();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsoleWindow::connectNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        // local copy → desktop, while this console is the active window
        if (isActiveWindow() && !m_viewOnly->isChecked())
            sendClipboard();
    });
}

ConsoleWindow::~ConsoleWindow()
{
    m_closing = true;
    if (m_session)
        m_session->close();
}

ConsoleWindow *ConsoleWindow::openForDesktop(RestClient *client, const QString &serverId, const QString &name,
                                             const QString &firstUrl, QWidget *parent)
{
    QPointer<RestClient> guard(client);
    auto first = std::make_shared<QString>(firstUrl);
    UrlSource source = [guard, serverId, first](QObject *context, std::function<void(Result<QString>)> done) {
        if (!first->isEmpty()) { // the URL Nova gave for opening the window: used once (its token expires)
            done(std::exchange(*first, QString()));
            return;
        }
        if (!guard) {
            done(CloudError::local(tr("The cloud connection is closed.")));
            return;
        }
        ComputeApi(guard.data()).remoteConsole(serverId, QStringLiteral("vnc"), QStringLiteral("novnc"), context,
                                               [done](Result<RemoteConsole> console) {
            if (console)
                done(console.value().url);
            else
                done(console.error());
        });
    };
    auto *window = new ConsoleWindow(name, std::move(source), client->session()->sslConfiguration(), parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->connectNow();
    return window;
}

void ConsoleWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_message = new QLabel(central);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 6, 8, 6);
    m_message->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b3000;"));
    m_message->hide();
    layout->addWidget(m_message);
    m_scroll = new QScrollArea(central);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_view = new ConsoleView;
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
    setCentralWidget(central);
    setFocusProxy(m_view);
    connect(m_view, &ConsoleView::screenResized, this, [this] {
        applyScaling();
        updateStatus();
    });

    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setFocusPolicy(Qt::NoFocus);

    auto *keysMenu = new QMenu(this);
    for (const ConsoleKeys::Combination &c : ConsoleKeys::combinations()) {
        auto *a = keysMenu->addAction(QString());
        a->setData(QString::fromLatin1(c.name));
        connect(a, &QAction::triggered, this, [this, keys = c.keysyms] {
            if (m_session && !m_viewOnly->isChecked())
                m_session->sendKeyCombination(keys);
            m_view->setFocus();
        });
        m_keyActions.append(a);
    }
    m_keysMenuAction = new QAction(this);
    m_keysMenuAction->setMenu(keysMenu);
    auto *ctrlAltDel = m_keyActions.first();
    bar->addAction(ctrlAltDel);
    bar->addAction(m_keysMenuAction);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_keysMenuAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();

    m_scale = bar->addAction(QString());
    m_scale->setCheckable(true);
    m_scale->setChecked(true);
    connect(m_scale, &QAction::toggled, this, &ConsoleWindow::applyScaling);
    m_fullScreen = bar->addAction(QString());
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setShortcutContext(Qt::WindowShortcut);
    addAction(m_fullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
        m_view->setFocus();
    });
    m_viewOnly = bar->addAction(QString());
    m_viewOnly->setCheckable(true);
    connect(m_viewOnly, &QAction::toggled, this, [this](bool on) { m_view->setViewOnly(on); });
    m_paste = bar->addAction(QString());
    connect(m_paste, &QAction::triggered, this, &ConsoleWindow::sendClipboard);
    bar->addSeparator();
    m_reconnect = bar->addAction(QString());
    connect(m_reconnect, &QAction::triggered, this, [this] {
        m_triesLeft = 0;
        connectNow();
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    resize(1024, 800);
}

void ConsoleWindow::retranslate()
{
    setWindowTitle(tr("Console — %1").arg(m_title));
    for (QAction *a : std::as_const(m_keyActions))
        a->setText(tr(a->data().toString().toLatin1().constData()));
    m_keyActions.first()->setText(tr("Send Ctrl+Alt+Del"));
    m_keyActions.first()->setToolTip(tr("Sends Ctrl+Alt+Del to the desktop"));
    m_keysMenuAction->setText(tr("Send keys", "console toolbar: a menu of key combinations"));
    m_scale->setText(tr("Scale to window"));
    m_scale->setToolTip(tr("Scale the desktop's screen to the window; off: one screen pixel per pixel (1:1)"));
    m_fullScreen->setText(tr("Full screen"));
    m_fullScreen->setToolTip(tr("Full screen (F11)"));
    m_viewOnly->setText(tr("View only"));
    m_viewOnly->setToolTip(tr("Watch without sending keyboard or mouse input"));
    m_paste->setText(tr("Send clipboard"));
    m_paste->setToolTip(tr("Sends this computer's clipboard text to the desktop's clipboard"));
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setToolTip(tr("Asks the cloud for a new console token and connects again"));
    updateStatus();
}

void ConsoleWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::WindowStateChange)
        m_fullScreen->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void ConsoleWindow::applyScaling()
{
    const bool scaled = m_scale->isChecked();
    m_scroll->setWidgetResizable(scaled);
    m_view->setScaled(scaled);
}

void ConsoleWindow::connectNow()
{
    m_retryTimer->stop();
    if (m_session) {
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_view->setSession(nullptr);
    m_statusLabel->setText(tr("Asking the cloud for a console…"));
    m_source(this, [this](Result<QString> url) {
        if (!url) {
            onClosed(url.error().userMessage());
            return;
        }
        startSession(url.value());
    });
}

void ConsoleWindow::startSession(const QString &url)
{
    QUrl wsUrl(url);
    const QString scheme = wsUrl.scheme();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        const Result<RfbEndpoint> endpoint = RfbEndpoint::fromNovncUrl(url);
        if (!endpoint) {
            onClosed(endpoint.error().userMessage());
            return;
        }
        wsUrl = endpoint.value().webSocketUrl;
    }
    m_session = new RfbSession(this);
    m_view->setSession(m_session);
    connect(m_session, &RfbSession::statusChanged, this, &ConsoleWindow::updateStatus);
    connect(m_session, &RfbSession::connected, this, [this] {
        m_everConnected = true;
        m_triesLeft = AutoReconnectTries;
        showMessage({});
        applyScaling();
        m_view->setFocus();
    });
    connect(m_session, &RfbSession::updated, this, [this, first = true]() mutable {
        if (std::exchange(first, false))
            updateStatus(); // the first frame: the encoding is known (later updates may come merged)
    });
    connect(m_session, &RfbSession::closed, this, [this, session = m_session.data()](const QString &reason) {
        if (session == m_session) // not an older session's late word
            onClosed(reason);
    });
    connect(m_session, &RfbSession::clipboardReceived, this, [this](const QString &text) {
        m_lastRemoteClipboard = text;
        QGuiApplication::clipboard()->setText(text);
    });
    connect(m_session, &RfbSession::passwordNeeded, this, [this] {
        onClosed(tr("This console asks for a VNC password, which Nova's consoles never do; Phoenix cannot open it."));
    });
    m_lastBytes = 0;
    m_session->open(wsUrl, m_ssl);
    updateStatus();
}

void ConsoleWindow::onClosed(const QString &reason)
{
    if (m_closing)
        return;
    if (m_session)
        m_session->close();
    m_view->releaseKeys();
    QString text = reason.isEmpty() ? tr("The console is closed.") : reason;
    if (m_everConnected && m_triesLeft > 0) {
        --m_triesLeft;
        text += QLatin1Char(' ')
            + tr("Reconnecting with a new token in %1 s (try %2 of %3)…")
                  .arg(m_autoDelayMs / 1000)
                  .arg(AutoReconnectTries - m_triesLeft)
                  .arg(AutoReconnectTries);
        m_retryTimer->start(m_autoDelayMs);
    }
    showMessage(text);
    updateStatus();
}

void ConsoleWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusChanged();
}

QString ConsoleWindow::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString ConsoleWindow::statusText() const
{
    return m_statusLabel->text();
}

void ConsoleWindow::updateStatus()
{
    QStringList parts;
    const RfbSession::Status status = m_session ? m_session->status() : RfbSession::Status::Closed;
    switch (status) {
    case RfbSession::Status::Idle:
    case RfbSession::Status::Connecting: parts << tr("Connecting…"); break;
    case RfbSession::Status::Handshaking: parts << tr("Connecting to the desktop…"); break;
    case RfbSession::Status::Connected: {
        parts << tr("Connected");
        const QSize size = m_session->size();
        parts << tr("%1×%2", "screen resolution").arg(size.width()).arg(size.height());
        if (m_session->updates() > 0)
            parts << Rfb::encodingName(m_session->lastEncoding());
        parts << tr("%1/s", "bytes per second").arg(QLocale().formattedDataSize(qint64(m_bytesPerSecond)));
        if (m_viewOnly->isChecked())
            parts << tr("view only");
        break;
    }
    case RfbSession::Status::Closed: parts << tr("Not connected"); break;
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    Q_EMIT statusChanged();
}

void ConsoleWindow::sendClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!m_session || text.isEmpty() || text == m_lastRemoteClipboard)
        return;
    m_session->sendClipboard(text);
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    m_retryTimer->stop();
    m_view->releaseKeys();
    if (m_session)
        m_session->close(); // the socket closes now; the session's thread ends by itself
    QMainWindow::closeEvent(event);
}
