#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

class EngineJournal;

/**
 * Keeps a task engine's leases in the journal fresh: every third of the lease time it extends
 * every unfinished task the runner holds (one UPDATE). It runs on its OWN thread with its own
 * timer and database connection, so that it can never starve behind the engine's queued steps
 * (a large batch with a low concurrency) or wait for a step that is talking to the cloud.
 * Renews only while hasWork() says the engine has unfinished tasks.
 */
class LeaseKeeper : public QObject
{
    Q_OBJECT

public:
    LeaseKeeper(EngineJournal *journal, QString runner, std::function<bool()> hasWork, QObject *parent = nullptr);
    ~LeaseKeeper() override; // stops the thread (after a renewal in flight)

    // Renews every leaseSeconds / 3 (at least once a second).
    void setLeaseSeconds(int seconds);
    [[nodiscard]] int leaseSeconds() const { return m_leaseSeconds.load(); }
    // How many renewals reached the journal, and how many could not.
    [[nodiscard]] int renewals() const { return m_renewals.load(); }
    [[nodiscard]] int failures() const { return m_failures.load(); }

Q_SIGNALS:
    // The journal could not be reached to renew (emitted from the keeper's thread).
    void renewFailed();

private:
    void renew();

    EngineJournal *m_journal;
    const QString m_runner;
    std::function<bool()> m_hasWork;
    QThread m_thread;
    QObject *m_ticker = nullptr; // lives in m_thread, owns the timer
    std::atomic_int m_leaseSeconds{90};
    std::atomic_int m_renewals{0};
    std::atomic_int m_failures{0};
};
