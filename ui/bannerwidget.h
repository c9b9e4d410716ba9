#pragma once

#include <QFrame>

#include <functional>

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

    /** Texts are rich text (escape plain text). */
    void showMessage(Kind kind, const QString &text, const QString &actionText = {}, bool closable = true);
    /** The same, with texts that are made again when the language changes (so nothing stays in
     *  the language it was shown in). */
    using Text = std::function<QString()>;
    void showMessage(Kind kind, Text text, Text actionText, bool closable = true);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    Text m_textSource;
    Text m_actionSource;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};
