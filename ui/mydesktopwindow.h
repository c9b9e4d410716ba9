#pragma once

#include <QWidget>

class MyDesktopTracker;
class QLabel;
class QPushButton;

/**
 * "My desktop" without a tray (GNOME without the AppIndicator extension, issue 14): a small
 * always-available window with the same state, progress and actions as the tray menu.
 */
class MyDesktopWindow : public QWidget
{
    Q_OBJECT

public:
    explicit MyDesktopWindow(MyDesktopTracker *tracker, QWidget *parent = nullptr);

Q_SIGNALS:
    void showWindowRequested();
    void settingsRequested();
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    MyDesktopTracker *m_tracker;
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_progress;
    QPushButton *m_open;
    QPushButton *m_suspend;
    QPushButton *m_restart;
    QPushButton *m_retry;
    QPushButton *m_signIn;
    QPushButton *m_phoenix;
    QPushButton *m_settings;
};
