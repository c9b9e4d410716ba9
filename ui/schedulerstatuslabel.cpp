#include "ui/schedulerstatuslabel.h"

#include "models/lessons/schedulerservice.h"

#include <QEvent>
#include <QLocale>

SchedulerStatusLabel::SchedulerStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("schedulerStatus"));
    hide();
}

void SchedulerStatusLabel::setService(SchedulerService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service)
        connect(service, &SchedulerService::statusChanged, this, [this] { refresh(); });
    refresh();
}

void SchedulerStatusLabel::refresh()
{
    if (!m_service) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    const SchedulerStatus s = m_service->status();
    const QString text = s.text();
    setText(text);
    setAccessibleName(text);
    QStringList tip;
    if (s.lastTick.isValid())
        tip << tr("Last tick %1: %2").arg(QLocale().toString(s.lastTick.toLocalTime().time(), QLocale::ShortFormat),
                                          s.lastTickSummary);
    for (const SchedulerUpcoming &u : s.upcoming) {
        tip << (u.at.isValid() && u.at > s.lastTick
                    ? tr("%1 — %2").arg(QLocale().toString(u.at.toLocalTime().time(), QLocale::ShortFormat), u.what)
                    : tr("now — %1").arg(u.what));
    }
    if (tip.isEmpty())
        tip << tr("The lesson scheduler prepares desktops before each lesson (Settings turns it off).");
    setToolTip(tip.join(QLatin1Char('\n')));
    show();
}

void SchedulerStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}
