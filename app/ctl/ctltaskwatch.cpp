#include "app/ctl/ctltaskwatch.h"

#include "app/ctl/ctlengine.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskoutput.h"
#include "models/engine/taskengine.h"
#include "models/store/taskjournal.h"

#include <QJsonObject>
#include <QTimer>

CtlTaskWatch::CtlTaskWatch(CtlRunner *runner, TaskEngine *engine)
    : QObject(runner)
    , m_runner(runner)
    , m_engine(engine)
    , m_verbose(runner->command().tasks.value_or(CtlTaskOptions()).wait)
{
    // The engine emits from its worker threads: queued, in the order each task's steps ran.
    connect(m_engine, &TaskEngine::taskChanged, this, &CtlTaskWatch::onTaskChanged, Qt::QueuedConnection);
    // A journal that cannot be written is an error the user sees (phoenix.* warnings are hidden).
    connect(m_engine, &TaskEngine::journalError, this, &CtlTaskWatch::onJournalError, Qt::QueuedConnection);
}

void CtlTaskWatch::onJournalError(const QString &message)
{
    ++m_journalErrors;
    m_runner->report(message);
}

void CtlTaskWatch::follow(const QList<TaskSnapshot> &tasks)
{
    if (!m_started.isValid())
        m_started = QDateTime::currentDateTimeUtc();
    for (const TaskSnapshot &t : tasks) {
        if (m_followed.contains(t.id))
            continue;
        Followed f;
        f.snap = t;
        f.printedRecords = int(t.history.size()); // a retried task's earlier stages are history
        m_order << t.id;
        m_followed.insert(t.id, f);
    }
    if (tasks.isEmpty())
        QTimer::singleShot(0, this, &CtlTaskWatch::checkAllEnded);
}

int CtlTaskWatch::cancelAll()
{
    int n = 0;
    for (const QString &id : std::as_const(m_order)) {
        if (m_followed.value(id).ended)
            continue;
        m_engine->cancelTask(id);
        ++n;
    }
    if (n > 0)
        m_runner->report(tr("Cancelling %n task(s)… (press Ctrl+C again to quit at once; \"phoenixctl tasks "
                            "retry\" runs them again)", nullptr, n));
    return n;
}

QList<TaskSnapshot> CtlTaskWatch::tasks() const
{
    QList<TaskSnapshot> out;
    for (const QString &id : m_order)
        out << m_followed.value(id).snap;
    return out;
}

int CtlTaskWatch::count(TaskState state) const
{
    int n = 0;
    for (const Followed &f : m_followed)
        n += f.snap.state == state ? 1 : 0;
    return n;
}

void CtlTaskWatch::onTaskChanged(const TaskSnapshot &task)
{
    auto it = m_followed.find(task.id);
    if (it == m_followed.end() || it->ended)
        return;
    if (task.history.size() < it->snap.history.size())
        return; // an older snapshot overtaken by a newer one
    it->snap = task;
    if (m_verbose) {
        printRecords(*it);
        const bool active = task.state == TaskState::Running || task.state == TaskState::Waiting;
        if (active && task.stageIndex != it->startedStage) {
            it->startedStage = task.stageIndex;
            m_runner->progress(tr("%1: %2…").arg(CtlTaskOutput::desktopOf(task),
                                                 CtlTaskOutput::stageLabel(task.spec.kind, task.currentStage())));
        }
    }
    if (task.isFinished()) {
        it->ended = true;
        printEnd(*it);
        checkAllEnded();
    }
}

void CtlTaskWatch::printRecords(Followed &f)
{
    const TaskSnapshot &t = f.snap;
    const QString name = CtlTaskOutput::desktopOf(t);
    for (; f.printedRecords < t.history.size(); ++f.printedRecords) {
        const StageRecord &r = t.history.at(f.printedRecords);
        const bool last = f.printedRecords == t.history.size() - 1;
        if (!r.ok && last && t.isFinished())
            break; // the end line says it
        const QString stage = CtlTaskOutput::stageLabel(t.spec.kind, r.stage);
        const QString took = CtlTaskOutput::seconds(r.startedAt, r.finishedAt);
        if (!r.ok)
            m_runner->progress(tr("%1: %2: try %3 failed, trying again: %4").arg(name, stage).arg(r.attempt).arg(r.message));
        else if (r.warning)
            m_runner->progress(tr("%1: %2: warning: %3").arg(name, stage, r.message));
        else if (!r.message.isEmpty())
            m_runner->progress(tr("%1: %2 done (%3): %4").arg(name, stage, took, r.message));
        else
            m_runner->progress(tr("%1: %2 done (%3)").arg(name, stage, took));
    }
}

void CtlTaskWatch::printEnd(const Followed &f)
{
    const TaskSnapshot &t = f.snap;
    const QString name = CtlTaskOutput::desktopOf(t);
    const QString stage = CtlTaskOutput::stageLabel(t.spec.kind, t.currentStage());
    switch (t.state) {
    case TaskState::Done: {
        if (m_quietSuccess)
            break;
        const QString goal = CtlTaskOutput::goal(t.spec.kind);
        QString line = goal.isEmpty() ? tr("%1: done").arg(name) : tr("%1: done (%2)").arg(name, goal);
        if (!m_verbose) {
            // The notes of the stages ("Already SHUTOFF; nothing to do.", the address, warnings).
            QStringList notes;
            for (int i = f.printedRecords; i < t.history.size(); ++i) {
                const StageRecord &r = t.history.at(i);
                if (r.ok && !r.message.isEmpty())
                    notes << (r.warning ? tr("warning: %1").arg(r.message) : r.message);
            }
            if (!notes.isEmpty())
                line += QStringLiteral(" - ") + notes.join(QLatin1Char(' '));
        }
        m_runner->progress(line);
        break;
    }
    case TaskState::Failed:
        m_runner->report(tr("%1: failed at %2: %3").arg(name, stage, t.error));
        break;
    case TaskState::Cancelled:
        if (t.error.isEmpty() || t.error == QCoreApplication::translate("TaskEngine", "Cancelled."))
            m_runner->report(tr("%1: cancelled at %2").arg(name, stage));
        else
            m_runner->report(tr("%1: stopped at %2: %3").arg(name, stage, t.error));
        break;
    default:
        break;
    }
}

void CtlTaskWatch::checkAllEnded()
{
    if (m_signalled)
        return;
    for (const Followed &f : std::as_const(m_followed)) {
        if (!f.ended)
            return;
    }
    m_signalled = true;
    Q_EMIT allFinished();
}

void CtlTaskWatch::finishRun(int earlierFailures, const QJsonArray &skipped)
{
    const int done = count(TaskState::Done);
    const int failed = count(TaskState::Failed);
    const int cancelled = count(TaskState::Cancelled);
    const double took = m_started.isValid() ? double(m_started.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0 : 0.0;
    QStringList batches;
    for (const QString &id : std::as_const(m_order)) {
        const QString b = m_followed.value(id).snap.batchId;
        if (!b.isEmpty() && !batches.contains(b))
            batches << b;
    }
    if (m_runner->command().json) {
        QJsonArray list;
        for (const TaskSnapshot &t : tasks())
            list << CtlTaskOutput::taskJson(t);
        m_runner->printJson(QJsonObject{
            {QStringLiteral("batch"), batches.size() == 1 ? QJsonValue(batches.first()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("batches"), QJsonArray::fromStringList(batches)},
            {QStringLiteral("done"), done},
            {QStringLiteral("failed"), failed + earlierFailures},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("seconds"), took},
            {QStringLiteral("tasks"), list}});
    } else if (!m_order.isEmpty()) {
        QString line = tr("%1 done, %2 failed, %3 cancelled in %4 s").arg(done).arg(failed + earlierFailures).arg(cancelled).arg(took, 0, 'f', 1);
        if (!skipped.isEmpty())
            line += QStringLiteral(", ") + tr("%n skipped", nullptr, int(skipped.size()));
        if (batches.size() == 1)
            line += QStringLiteral(" ") + tr("(batch %1)").arg(CtlTaskOutput::shortId(batches.first()));
        m_runner->print(line + QLatin1Char('\n'));
    }
    m_runner->finish(failed + cancelled + earlierFailures + m_journalErrors > 0 ? 1 : 0);
}

void CtlTaskWatch::reportQueued(const QString &batchId, int earlierFailures, const QJsonArray &skipped)
{
    // What the journal holds now (read back), not what this process meant to write.
    CtlEngine *e = m_runner->journal();
    TaskFilter filter;
    filter.batchId = batchId;
    const Result<QList<TaskRecord>> journaled = e ? e->records()->tasks(filter) : Result<QList<TaskRecord>>(QList<TaskRecord>());
    const int meant = int(m_engine->tasksOfBatch(batchId).size());
    const int found = journaled ? int(journaled.value().size()) : 0;
    const bool complete = journaled && found == meant;
    if (!complete) {
        m_runner->report(journaled ? tr("Only %1 of %2 task(s) reached the task journal; the others will not run. Check the "
                                        "database and run the command again for the missing desktops.")
                                         .arg(found)
                                         .arg(meant)
                                   : journaled.error().userMessage());
    }
    if (m_runner->command().json) {
        QJsonArray json;
        for (const TaskRecord &t : journaled ? journaled.value() : QList<TaskRecord>())
            json << CtlTaskOutput::recordJson(t);
        m_runner->printJson(QJsonObject{{QStringLiteral("batch"), batchId},
                                        {QStringLiteral("started"), false},
                                        {QStringLiteral("failed"), earlierFailures + (meant - found)},
                                        {QStringLiteral("skipped"), skipped},
                                        {QStringLiteral("tasks"), json}});
    } else if (found > 0) {
        QString text = tr("batch %1: %n task(s) journaled, not started; \"phoenixctl tasks resume\" runs them.\n", nullptr, found)
                           .arg(batchId);
        for (const TaskRecord &t : journaled.value())
            text += QStringLiteral("%1  %2\n").arg(t.id, t.targetName);
        m_runner->print(text);
    }
    m_runner->finish(earlierFailures > 0 || !complete ? 1 : 0);
}

QString CtlTaskWatch::runBatch(CtlRunner *runner, const QString &title, TaskKind kind, const QList<TaskSpec> &specs,
                            int earlierFailures, const QJsonArray &skipped, const std::function<void()> &onFinished)
{
    CtlEngine *e = runner->engine();
    CtlTaskWatch *watch = e ? runner->watch() : nullptr;
    if (!watch)
        return {};
    // The options of the command are journaled with the batch: a resume or retry runs it alike.
    const CtlTaskOptions options = runner->command().tasks.value_or(CtlTaskOptions());
    QList<TaskSpec> withOptions = specs;
    for (TaskSpec &spec : withOptions) {
        spec.options.detectTimeoutSeconds = options.detectTimeoutSeconds;
        spec.options.waitTimeoutSeconds = options.timeoutSeconds;
        spec.options.concurrency = options.concurrency;
    }
    // Journaled first; each task runs once its first step holds its lease (a task another process
    // took meanwhile is left to it, and said so).
    const QString batchId = e->engine()->submitBatch(title, kind, withOptions, /*start=*/false);
    if (options.noWait) {
        watch->reportQueued(batchId, earlierFailures, skipped);
        return batchId;
    }
    watch->follow(e->engine()->tasksOfBatch(batchId));
    connect(watch, &CtlTaskWatch::allFinished, watch, [watch, earlierFailures, skipped, onFinished] {
        if (onFinished)
            onFinished();
        else
            watch->finishRun(earlierFailures, skipped);
    });
    e->engine()->startBatch(batchId);
    return batchId;
}
