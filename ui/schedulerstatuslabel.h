#pragma once

#include "models/lessons/schedulerservice.h"

#include <QLabel>
#include <QPointer>

/**
 * The status bar's scheduler field: "Scheduler: on — next: prepare py-01 at 09:58",
 * "Scheduler: another workstation leads", "Scheduler: off". The tool tip has the last tick (when,
 * what it did) and what comes next. Follows the service's statusChanged(); hidden without one.
 */
class SchedulerStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SchedulerStatusLabel(QWidget *parent = nullptr);

    void setService(SchedulerService *service);
    [[nodiscard]] SchedulerService *service() const { return m_service; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<SchedulerService> m_service;
};
