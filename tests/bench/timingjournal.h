#pragma once

// An EngineJournal that forwards to another one and measures every call (thread-safe): what
// journaling costs the engine per stage, measured inside a real engine run.

#include "models/engine/taskengine.h"

#include <QElapsedTimer>

#include <atomic>

class TimingJournal : public EngineJournal
{
public:
    struct Counter
    {
        std::atomic<qint64> ns{0};
        std::atomic<int> calls{0};
        void add(qint64 n)
        {
            ns += n;
            ++calls;
        }
    };

    explicit TimingJournal(EngineJournal *inner) : m_inner(inner) {}

    CloudError saveBatch(const BatchSnapshot &batch, const QString &user) override
    {
        return timed(batches, [&] { return m_inner->saveBatch(batch, user); });
    }
    CloudError saveTask(const TaskSnapshot &task) override
    {
        return timed(tasks, [&] { return m_inner->saveTask(task); });
    }
    CloudError saveStage(const TaskSnapshot &task, const StageRecord &record) override
    {
        return timed(stages, [&] { return m_inner->saveStage(task, record); });
    }
    QList<TaskSnapshot> loadUnfinished() override { return m_inner->loadUnfinished(); }
    LeaseAnswer claim(const QString &taskId, const QString &runner, int leaseSeconds, bool rerun = false) override
    {
        QElapsedTimer t;
        t.start();
        const LeaseAnswer answer = m_inner->claim(taskId, runner, leaseSeconds, rerun);
        claims.add(t.nsecsElapsed());
        return answer;
    }
    int renewLeases(const QString &runner, int leaseSeconds) override
    {
        QElapsedTimer t;
        t.start();
        const int n = m_inner->renewLeases(runner, leaseSeconds);
        renewals.add(t.nsecsElapsed());
        return n;
    }
    void releaseLease(const QString &taskId, const QString &runner) override { m_inner->releaseLease(taskId, runner); }
    void audit(const TaskSnapshot &task) override
    {
        QElapsedTimer t;
        t.start();
        m_inner->audit(task);
        audits.add(t.nsecsElapsed());
    }

    [[nodiscard]] qint64 totalNs() const
    {
        return batches.ns + tasks.ns + stages.ns + audits.ns + claims.ns + renewals.ns;
    }
    [[nodiscard]] int totalCalls() const
    {
        return batches.calls + tasks.calls + stages.calls + audits.calls + claims.calls + renewals.calls;
    }

    Counter batches;
    Counter tasks;
    Counter stages;
    Counter audits;
    Counter claims;   // leases: one process runs a task at a time
    Counter renewals;
    std::atomic<int> errors{0};

private:
    template<typename F>
    CloudError timed(Counter &c, F f)
    {
        QElapsedTimer t;
        t.start();
        CloudError e = f();
        c.add(t.nsecsElapsed());
        if (e)
            ++errors;
        return e;
    }

    EngineJournal *m_inner;
};
