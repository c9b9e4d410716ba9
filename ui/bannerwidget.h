#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

/**
 * A strip across the top of the window for things the user should not miss but that must not
 * interrupt: the demo-cloud notice, "offline — showing cached data", a failed connection with
 * Retry. Text, an optional action button and a close button.
 */
class BannerWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Info,
        Warning,
        Error
    };

    explicit BannerWidget(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {}, bool closable = true);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};
