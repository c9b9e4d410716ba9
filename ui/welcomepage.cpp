#include "ui/welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(QIcon(QStringLiteral(":/icons/cloud-connect.svg")), QString(), this))
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this))
    , m_savedLabel(new QLabel(this))
    , m_savedList(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->hide();
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/phoenix.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton *b : {m_connect, m_demo}) {
        b->setMinimumHeight(36);
        b->setIconSize(QSize(22, 22));
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_status);
    column->addSpacing(12);
    column->addWidget(m_savedLabel, 0, Qt::AlignHCenter);
    column->addLayout(m_savedList);
    column->addStretch(3);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    retranslate();
}

void WelcomePage::setSavedConnections(const QStringList &names)
{
    m_saved = names;
    while (QLayoutItem *item = m_savedList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &name : names) {
        auto *b = new QPushButton(QIcon(QStringLiteral(":/icons/cloud-connect.svg")), name, this);
        b->setFlat(true);
        b->setObjectName(QStringLiteral("saved-") + name);
        connect(b, &QPushButton::clicked, this, [this, name] { Q_EMIT savedConnectionRequested(name); });
        m_savedList->addWidget(b, 0, Qt::AlignHCenter);
    }
    m_savedLabel->setVisible(!names.isEmpty());
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

void WelcomePage::setStatus(const QString &text)
{
    setStatus([text] { return text; });
}

void WelcomePage::setStatus(std::function<QString()> text)
{
    m_statusSource = std::move(text);
    const QString now = m_statusSource ? m_statusSource() : QString();
    m_status->setText(now);
    m_status->setVisible(!now.isEmpty());
}

QString WelcomePage::status() const
{
    return m_status->text();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Phoenix"));
    m_text->setText(tr("Cloud desktops for the school's labs. Connect to your OpenStack cloud to see and run the "
                       "teacher and student desktops — or open the demo cloud to look around first."));
    m_connect->setText(tr("&Connect to a cloud…"));
    m_demo->setText(tr("Open the &demo cloud"));
    m_demo->setToolTip(tr("A simulated OpenStack with a seeded school, running inside Phoenix; nothing real is touched"));
    m_savedLabel->setText(tr("Recent connections:"));
    if (m_statusSource)
        m_status->setText(m_statusSource());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
