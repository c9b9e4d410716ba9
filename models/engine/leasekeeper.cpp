#include "models/engine/leasekeeper.h"

#include "models/engine/taskengine.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLease, "phoenix.models.lease")

namespace
{
int intervalFor(int leaseSeconds)
{
    return qMax(1000, leaseSeconds * 1000 / 3);
}
} // namespace

LeaseKeeper::LeaseKeeper(EngineJournal *journal, QString runner, std::function<bool()> hasWork, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_runner(std::move(runner))
    , m_hasWork(std::move(hasWork))
{
    m_thread.setObjectName(QStringLiteral("phoenix-leases"));
    m_ticker = new QObject;
    auto *timer = new QTimer(m_ticker);
    timer->setInterval(intervalFor(m_leaseSeconds.load()));
    connect(timer, &QTimer::timeout, m_ticker, [this] { renew(); });
    m_ticker->moveToThread(&m_thread); // with its timer
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    connect(&m_thread, &QThread::finished, m_ticker, &QObject::deleteLater);
    m_thread.start();
}

LeaseKeeper::~LeaseKeeper()
{
    m_thread.quit();
    m_thread.wait(); // the ticker and its timer were deleted in the thread as it finished
}

void LeaseKeeper::setLeaseSeconds(int seconds)
{
    m_leaseSeconds.store(qMax(1, seconds));
    QMetaObject::invokeMethod(m_ticker, [this] {
        if (auto *timer = m_ticker->findChild<QTimer *>())
            timer->setInterval(intervalFor(m_leaseSeconds.load()));
    }, Qt::QueuedConnection);
}

void LeaseKeeper::renew()
{
    if (!m_journal || (m_hasWork && !m_hasWork()))
        return;
    const int renewed = m_journal->renewLeases(m_runner, m_leaseSeconds.load());
    if (renewed < 0) {
        ++m_failures;
        qCWarning(lcLease) << "could not renew the task leases; retrying";
        Q_EMIT renewFailed();
        return;
    }
    ++m_renewals;
    qCDebug(lcLease) << "renewed" << renewed << "lease(s)";
}
