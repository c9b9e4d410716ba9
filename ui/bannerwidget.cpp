#include "ui/bannerwidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &BannerWidget::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    changeEvent(nullptr);
    hide();
}

void BannerWidget::showMessage(Kind kind, const QString &text, const QString &actionText, bool closable)
{
    showMessage(kind, [text] { return text; }, [actionText] { return actionText; }, closable);
}

void BannerWidget::updateTexts()
{
    const QString text = m_textSource ? m_textSource() : QString();
    const QString action = m_actionSource ? m_actionSource() : QString();
    m_text->setText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    setAccessibleDescription(text);
}

void BannerWidget::showMessage(Kind kind, Text text, Text actionText, bool closable)
{
    QString background;
    QString border;
    QString icon;
    switch (kind) {
    case Kind::Info:
        background = QStringLiteral("#e8f0fe");
        border = QStringLiteral("#1a6fc4");
        icon = QStringLiteral(":/icons/info.svg");
        break;
    case Kind::Warning:
        background = QStringLiteral("#fef7e0");
        border = QStringLiteral("#a86a00");
        icon = QStringLiteral(":/icons/demo.svg");
        break;
    case Kind::Error:
        background = QStringLiteral("#fce8e6");
        border = QStringLiteral("#c5221f");
        icon = QStringLiteral(":/icons/state-error.svg");
        break;
    }
    setStyleSheet(QStringLiteral("#banner { background: %1; border-bottom: 2px solid %2; } #banner QLabel { color: #202124; }")
                      .arg(background, border));
    m_icon->setPixmap(QIcon(icon).pixmap(20, 20));
    m_textSource = std::move(text);
    m_actionSource = std::move(actionText);
    updateTexts();
    m_close->setVisible(closable);
    show();
}

QString BannerWidget::text() const
{
    return m_text->text();
}

void BannerWidget::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Hide this message"));
        m_close->setAccessibleName(tr("Hide message"));
        if (event)
            updateTexts();
    }
    if (event)
        QFrame::changeEvent(event);
}
