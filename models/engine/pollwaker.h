#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class Inventory;

/**
 * Wakes the task steps that wait for a desktop state when the shared inventory poll that may show
 * it has finished, instead of each task re-checking on a timer of its own: a task is at most one
 * poll late, and 200 waiting tasks still cost Nova one listing per poll (issue 18).
 *
 * park() may be called from any thread; the wake-ups run on this object's thread (the engine's),
 * in the order the steps were parked. A step that saw `seenPolls` polls is woken at once when a
 * newer poll has finished meanwhile, so no poll is missed between the step and its parking. The
 * fallback wakes it anyway should no poll finish in time (the inventory stopped or offline).
 */
class PollWaker : public QObject
{
    Q_OBJECT

public:
    PollWaker(Inventory *inventory, QObject *parent = nullptr);

    void park(quint64 seenPolls, int fallbackMs, std::function<void()> wake);
    // This object's thread: steps parked now.
    [[nodiscard]] int parkedCount() const { return int(m_parked.size()); }

private:
    void parkHere(quint64 seenPolls, int fallbackMs, const std::function<void()> &wake);
    void onPollFinished();

    QPointer<Inventory> m_inventory;
    QMap<quint64, std::function<void()>> m_parked; // parking number → wake-up, oldest first
    quint64 m_next = 0;
};
