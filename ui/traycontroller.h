#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

/**
 * The tray icon, when the desktop has a tray: shows Phoenix's state in its tooltip and pops up a
 * message when a batch finishes or fails. Talks to the window only through signals. Without a
 * tray (GNOME, offscreen) notify() reports false and the window uses its status bar instead.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const;
    /** Shows a message bubble; false when there is no tray to show it in. */
    bool notify(const QString &title, const QString &text, bool failure);
    void setToolTip(const QString &text);
    void retranslate();

Q_SIGNALS:
    void showWindowRequested();
    void showTasksRequested();
    void quitRequested();

private:
    void ensureIcon();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};
