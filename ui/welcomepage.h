#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

/**
 * What the window shows without a connection: connect to a cloud, reopen a saved connection, or
 * open the built-in demo cloud to look around.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setSavedConnections(const QStringList &names);
    void setDemoAvailable(bool available);
    void setStatus(const QString &text); // e.g. "Connecting to lab-school…" or an error
    /** A status made again when the language changes (an error shown before the switch). */
    void setStatus(std::function<QString()> text);
    [[nodiscard]] QString status() const;

Q_SIGNALS:
    void connectRequested();
    void savedConnectionRequested(const QString &name);
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_demo;
    QLabel *m_savedLabel;
    QVBoxLayout *m_savedList;
    QStringList m_saved;
    std::function<QString()> m_statusSource;
};
