#pragma once

#include "models/domain/tasktypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>

class CtlRunner;
class TaskEngine;

/**
 * Follows tasks of the engine to their end and tells the user: one line per desktop when its
 * task ends (failures on the error stream, with the cloud's request ID), and with --wait a line
 * for every stage that starts or ends. allFinished() comes once every followed task is Done,
 * Failed or Cancelled; finishRun() then prints the summary (or the JSON result) and ends the
 * runner with 0 only if every task is Done. Runs in the runner's thread; the engine's signals
 * arrive queued.
 */
class CtlTaskWatch : public QObject
{
    Q_OBJECT

public:
    CtlTaskWatch(CtlRunner *runner, TaskEngine *engine);

    // Starts following the tasks, as they are now (call before they run: a submitted batch not yet
    // started, or journal snapshots about to be resumed). An empty list finishes at once (queued).
    void follow(const QList<TaskSnapshot> &tasks);
    // Submits one batch, with the command's options journaled, and runs it to its end (or, with
    // --no-wait, only journals it and reports what the journal holds). onFinished runs once every task ended;
    // without one, finishRun(earlierFailures, skipped) ends the run. Returns the batch id; empty
    // (reported) when the journal is not available.
    static QString runBatch(CtlRunner *runner, const QString &title, TaskKind kind, const QList<TaskSpec> &specs,
                         int earlierFailures = 0, const QJsonArray &skipped = {}, const std::function<void()> &onFinished = {});
    // No "done" lines (the command prints its own result).
    void setQuietSuccess(bool quiet) { m_quietSuccess = quiet; }
    // Cancels every followed task that has not ended; returns how many.
    int cancelAll();

    [[nodiscard]] QList<TaskSnapshot> tasks() const; // latest snapshots, in the order followed
    [[nodiscard]] int count(TaskState state) const;

    // The end of a run: summary line (text) or result object (JSON) and the exit code. Failures
    // that happened before any task (e.g. unknown names) count as failures; skipped items
    // ({"name", "reason"}) are listed.
    void finishRun(int earlierFailures = 0, const QJsonArray &skipped = {});
    // --no-wait: what was journaled, and how to run it; the exit code.
    void reportQueued(const QString &batchId, int earlierFailures = 0, const QJsonArray &skipped = {});

Q_SIGNALS:
    void allFinished();

private:
    struct Followed
    {
        TaskSnapshot snap;
        int printedRecords = 0;
        int startedStage = -1;
        bool ended = false;
    };

    void onTaskChanged(const TaskSnapshot &task);
    void onJournalError(const QString &message);
    void printRecords(Followed &f);
    void printEnd(const Followed &f);
    void checkAllEnded();

    CtlRunner *m_runner;
    TaskEngine *m_engine;
    QStringList m_order;
    QHash<QString, Followed> m_followed;
    QDateTime m_started;
    bool m_verbose = false;
    bool m_signalled = false;
    bool m_quietSuccess = false;
    int m_journalErrors = 0;
};
