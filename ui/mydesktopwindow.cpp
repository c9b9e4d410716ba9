#include "ui/mydesktopwindow.h"

#include "models/session/mydesktoptracker.h"
#include "ui/teachertray.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

MyDesktopWindow::MyDesktopWindow(MyDesktopTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_signIn(new QPushButton(this))
    , m_phoenix(new QPushButton(this))
    , m_settings(new QPushButton(this))
{
    setObjectName(QStringLiteral("myDesktopWindow"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse); // the request ID can be copied
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setDefault(true);
    m_suspend->setObjectName(QStringLiteral("suspendButton"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_phoenix->setObjectName(QStringLiteral("openPhoenixButton"));
    m_settings->setObjectName(QStringLiteral("settingsButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_state, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_suspend, m_restart, m_retry, m_signIn})
        buttons->addWidget(b);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(m_phoenix);
    more->addWidget(m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addLayout(more);

    connect(m_open, &QPushButton::clicked, m_tracker, [this] { m_tracker->open(); });
    connect(m_suspend, &QPushButton::clicked, m_tracker, [this] { m_tracker->suspend(); });
    connect(m_restart, &QPushButton::clicked, m_tracker, [this] { m_tracker->restart(); });
    connect(m_retry, &QPushButton::clicked, m_tracker, [this] { m_tracker->retry(); });
    connect(m_signIn, &QPushButton::clicked, this, &MyDesktopWindow::signInRequested);
    connect(m_phoenix, &QPushButton::clicked, this, &MyDesktopWindow::showWindowRequested);
    connect(m_settings, &QPushButton::clicked, this, &MyDesktopWindow::settingsRequested);
    connect(m_tracker, &MyDesktopTracker::changed, this, &MyDesktopWindow::refresh);
    connect(m_tracker, &MyDesktopTracker::progress, this, [this](const QString &, const QString &text) { m_progress->setText(text); });
    connect(m_tracker, &MyDesktopTracker::opened, this, [this](const QString &name, const QString &address, const QString &warning) {
        m_progress->setText(warning.isEmpty() ? tr("%1 is ready: connecting to %2…").arg(name, address)
                                              : tr("%1 is ready: connecting to %2… (it did not answer yet: %3)").arg(name, address, warning));
    });
    connect(m_tracker, &MyDesktopTracker::failed, this, [this](const QString &name, const QString &why) {
        m_progress->setText(tr("Could not open %1: %2").arg(name, why));
    });
    retranslate();
}

void MyDesktopWindow::retranslate()
{
    setWindowTitle(tr("My desktop — Phoenix"));
    m_open->setText(tr("Open my desktop"));
    m_suspend->setText(tr("Suspend"));
    m_restart->setText(tr("Restart"));
    m_retry->setText(tr("Retry"));
    m_signIn->setText(tr("Sign in…"));
    m_phoenix->setText(tr("Open Phoenix"));
    m_settings->setText(tr("Settings…"));
    refresh();
}

void MyDesktopWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyDesktopWindow::refresh()
{
    const MyDesktopState state = m_tracker->state();
    const auto desktops = m_tracker->desktops();
    m_icon->setPixmap(QIcon(TeacherTray::iconFor(state)).pixmap(32, 32));
    QString text = MyDesktop::stateText(state);
    if (desktops.size() == 1) {
        text = tr("%1: %2").arg(desktops.first().server.name, text);
        if (!desktops.first().address.isEmpty())
            text += QStringLiteral(" (%1)").arg(desktops.first().address);
    } else if (desktops.size() > 1) {
        text = tr("%1 desktops: %2").arg(desktops.size()).arg(text);
    }
    m_state->setText(text);
    const bool one = !desktops.isEmpty();
    m_open->setEnabled(one && MyDesktop::canOpen(state));
    m_suspend->setEnabled(one && MyDesktop::canSuspend(state));
    m_restart->setEnabled(one && MyDesktop::canRestart(state));
    m_retry->setVisible(!m_tracker->lastFailure().isEmpty() && state != MyDesktopState::Starting);
    m_signIn->setVisible(state == MyDesktopState::Offline);
    if (state == MyDesktopState::Failed && !m_tracker->lastFailure().isEmpty())
        m_progress->setText(m_tracker->lastFailure());
}
