#include "models/engine/pollwaker.h"

#include "models/engine/inventory.h"

#include <QTimer>

PollWaker::PollWaker(Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
    if (inventory)
        connect(inventory, &Inventory::pollFinished, this, &PollWaker::onPollFinished);
}

void PollWaker::park(quint64 seenPolls, int fallbackMs, std::function<void()> wake)
{
    QMetaObject::invokeMethod(this, [this, seenPolls, fallbackMs, wake = std::move(wake)] {
        parkHere(seenPolls, fallbackMs, wake);
    }, Qt::QueuedConnection);
}

void PollWaker::parkHere(quint64 seenPolls, int fallbackMs, const std::function<void()> &wake)
{
    // pollCount() grows before pollFinished is sent: either the step's poll is counted here, or
    // its signal is still to come and wakes the step then.
    if (!m_inventory || m_inventory->pollCount() > seenPolls) {
        wake();
        return;
    }
    const quint64 number = ++m_next;
    m_parked.insert(number, wake);
    QTimer::singleShot(qMax(0, fallbackMs), this, [this, number] {
        const std::function<void()> w = m_parked.take(number);
        if (w)
            w();
    });
}

void PollWaker::onPollFinished()
{
    const QMap<quint64, std::function<void()>> parked = std::exchange(m_parked, {});
    for (const auto &wake : parked)
        wake();
}
