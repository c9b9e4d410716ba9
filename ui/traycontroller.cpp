#include "ui/traycontroller.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

TrayController::TrayController(QObject *parent)
    : QObject(parent)
{
}

bool TrayController::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::ensureIcon()
{
    if (m_icon)
        return;
    m_menu = new QMenu;
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/phoenix.svg")), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showTasksRequested);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    retranslate();
    m_icon->show();
}

bool TrayController::notify(const QString &title, const QString &text, bool failure)
{
    if (!isAvailable())
        return false;
    ensureIcon();
    m_icon->showMessage(title, text, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    return true;
}

void TrayController::setToolTip(const QString &text)
{
    if (m_icon)
        m_icon->setToolTip(text);
}

void TrayController::retranslate()
{
    if (!m_menu)
        return;
    m_menu->clear();
    connect(m_menu->addAction(tr("Show Phoenix")), &QAction::triggered, this, &TrayController::showWindowRequested);
    connect(m_menu->addAction(tr("Show tasks")), &QAction::triggered, this, &TrayController::showTasksRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);
}
