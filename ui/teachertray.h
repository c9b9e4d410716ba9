#pragma once

#include "models/domain/mydesktop.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class MyDesktopTracker;
class QAction;
class QMenu;
class QSystemTrayIcon;

/**
 * The teacher's tray (phoenix --tray, issue 14): an icon and tooltip for the state of their own
 * desktop(s), a menu — Open my desktop (also the click), Suspend, Restart, the address, Retry after
 * a failure, Open Phoenix, Settings, Quit; one submenu per desktop when there are several — and
 * notifications for progress, readiness and failures. Everything it shows comes from the
 * MyDesktopTracker; it talks to the window only through signals.
 */
class TeacherTray : public QObject
{
    Q_OBJECT

public:
    explicit TeacherTray(MyDesktopTracker *tracker, QObject *parent = nullptr);
    ~TeacherTray() override;

    static bool isAvailable();
    void show();
    /** The menu as it stands (tests, screenshots). */
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QSystemTrayIcon *icon() const { return m_icon; }
    /** The icon file shown for a state (":/icons/state-active.svg"…). */
    static QString iconFor(MyDesktopState state);
    /** The latest notification, "title\ntext" (a bubble cannot be read back). */
    [[nodiscard]] QString lastNotification() const { return m_lastNotification; }
    /** "Class desktops: 27 of 30 ready" or empty: a line the menu shows when set. */
    void setClassLine(const QString &line);
    [[nodiscard]] QString classLine() const { return m_classLine; }
    /** A bubble (and lastNotification()); failure: a warning that offers Retry on a click. */
    void notify(const QString &title, const QString &text, bool failure);
    void retranslate();

Q_SIGNALS:
    void showWindowRequested();
    void settingsRequested();
    void signInRequested();
    void quitRequested();

private:
    void rebuildMenu();
    void addDesktopActions(QMenu *menu, const QString &serverId, MyDesktopState state, const QString &address, bool top);
    void onActivated(int reason);

    MyDesktopTracker *m_tracker;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QString m_lastNotification;
    QString m_classLine;
    bool m_lastWasFailure = false;
    QSet<QString> m_opening; // desktops whose open was announced with a bubble
};
