#include "app/ctl/ctltasks.h"

#include "app/ctl/ctlengine.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskoutput.h"
#include "app/ctl/ctltaskwatch.h"
#include "models/engine/storejournal.h"
#include "models/store/taskjournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>

namespace
{
constexpr int MinPrefix = 4;

// What a task or batch ID (or a unique prefix of one) names in this cloud's journal.
struct Reference
{
    std::optional<TaskRecord> task;
    std::optional<BatchRecord> batch;
};

Result<Reference> resolve(CtlEngine *e, const QString &text)
{
    TaskJournal *j = e->records();
    const QString id = text.trimmed().toLower();
    Reference ref;
    Result<std::optional<TaskRecord>> task = j->task(id);
    if (!task)
        return task.error();
    if (task.value() && task.value()->scope == e->scope()) {
        ref.task = task.value();
        return ref;
    }
    Result<std::optional<BatchRecord>> batch = j->batch(id);
    if (!batch)
        return batch.error();
    if (batch.value() && batch.value()->scope == e->scope()) {
        ref.batch = batch.value();
        return ref;
    }
    if (id.size() >= MinPrefix) {
        TaskFilter filter;
        filter.scope = e->scope();
        const Result<QList<TaskRecord>> tasks = j->tasks(filter);
        const Result<QList<BatchRecord>> batches = j->batches(0, e->scope());
        if (!tasks)
            return tasks.error();
        if (!batches)
            return batches.error();
        QStringList matches;
        for (const TaskRecord &t : tasks.value()) {
            if (t.id.startsWith(id)) {
                ref.task = t;
                matches << t.id;
            }
        }
        for (const BatchRecord &b : batches.value()) {
            if (b.id.startsWith(id)) {
                ref.batch = b;
                matches << b.id;
            }
        }
        if (matches.size() == 1)
            return ref;
        if (matches.size() > 1)
            return CloudError::config(CtlTasks::tr("\"%1\" is the start of %n IDs; give more of it.", nullptr, int(matches.size())).arg(text));
    }
    return CloudError::config(CtlTasks::tr("No task or batch of this cloud and project has the ID \"%1\".").arg(text));
}

// The runner's journal and the command's single reference, or null after reporting.
CtlEngine *journalAndReference(CtlRunner *runner, Reference *ref)
{
    CtlEngine *e = runner->journal();
    if (!e)
        return nullptr;
    Result<Reference> r = resolve(e, runner->command().targets.value(0));
    if (!r) {
        runner->fail(r.error());
        return nullptr;
    }
    *ref = r.take();
    return e;
}

Result<QList<TaskRecord>> tasksOfBatch(CtlEngine *e, const QString &batchId)
{
    TaskFilter filter;
    filter.batchId = batchId;
    filter.scope = e->scope();
    return e->records()->tasks(filter);
}

// The tasks a reference stands for: the task, or the tasks of the batch.
Result<QList<TaskRecord>> tasksOf(CtlEngine *e, const Reference &ref)
{
    if (ref.task)
        return QList<TaskRecord>{*ref.task};
    return tasksOfBatch(e, ref.batch->id);
}

TaskSnapshot snapshotOf(CtlEngine *e, const TaskRecord &record)
{
    const Result<QList<StageResult>> stages = e->records()->stageResults(record.id);
    return StoreJournal::fromRecord(record, stages ? stages.value() : QList<StageResult>());
}

// The lease holder (TaskEngine::runnerId, host:pid:random) in words.
QString holderText(const QString &runner)
{
    const QString host = runner.section(QLatin1Char(':'), 0, -3);
    const QString pid = runner.section(QLatin1Char(':'), -2, -2);
    return CtlTasks::tr("process %1 on %2").arg(pid, host);
}

// Applies the concurrency a batch was started with (journaled with its tasks) when the command
// does not give its own.
void applyJournaledOptions(CtlRunner *runner, CtlEngine *e, const QList<TaskSnapshot> &tasks)
{
    if (runner->command().tasks.value_or(CtlTaskOptions()).concurrency > 0 || !e->engine())
        return;
    int concurrency = 0;
    for (const TaskSnapshot &t : tasks)
        concurrency = qMax(concurrency, t.spec.options.concurrency);
    if (concurrency <= 0)
        return;
    EngineSettings s = e->engine()->settings();
    s.concurrency = concurrency;
    e->engine()->setSettings(s);
}

// Runs journaled tasks in this process and follows them; tasks whose lease another process or
// workstation holds are left to it (reported). Ends the runner when all are done.
void runJournaled(CtlRunner *runner, CtlEngine *e, const QList<TaskSnapshot> &tasks, const QString &nothingText)
{
    int refused = 0;
    applyJournaledOptions(runner, e, tasks);
    // The lease decides who runs a task: taken here, or held by the window or another process.
    const QStringList taken = e->engine()->resumeTasks(tasks);
    QList<TaskSnapshot> followed;
    for (const TaskSnapshot &t : tasks) {
        if (taken.contains(t.id)) {
            followed << t;
        } else {
            ++refused;
            runner->report(CtlTasks::tr("Task %1 (%2) is being run by another Phoenix process; leaving it.")
                               .arg(CtlTaskOutput::shortId(t.id), t.spec.serverName));
        }
    }
    if (followed.isEmpty()) {
        runner->print(nothingText + QLatin1Char('\n'));
        runner->finish(refused > 0 ? 1 : 0);
        return;
    }
    CtlTaskWatch *watch = runner->watch();
    QObject::connect(watch, &CtlTaskWatch::allFinished, watch, [watch, refused] { watch->finishRun(refused); });
    // Signals of the tasks just taken are queued to this thread: following them now misses none.
    watch->follow(followed);
}
} // namespace

QList<CtlSubcommand> CtlTasks::commands()
{
    using T = CtlSubcommand::Targets;
    const QString tasks = QStringLiteral("tasks");
    const QString oneId = tr("\"tasks %1\" needs exactly one task or batch ID.");
    const QList<CtlOption> db{{"db", "url"}};
    auto readTaskOptions = [](const CtlArgs &args, CtlCommand &c) { return args.taskOptions(&c.tasks); };

    CtlSubcommand list{tasks, QStringLiteral("list"), T::None, tr("\"tasks list\" takes no IDs; use --batch or --state to filter.")};
    list.options = db + QList<CtlOption>{{"batch", "id"}, {"state", "state"}, {"limit", "n"}};
    list.read = [](const CtlArgs &args, CtlCommand &c) {
        CtlTaskListOptions o;
        if (!args.number("limit", &o.limit, 0))
            return tr("--limit needs a number (0: all).");
        o.batch = args.value("batch");
        if (args.isSet("state")) {
            for (const QString &s : args.value("state").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = s.trimmed().toLower();
                if (key == QLatin1String("unfinished"))
                    o.states << QStringLiteral("pending") << QStringLiteral("running") << QStringLiteral("waiting");
                else if (CtlCommandLine::stateKeys().contains(key))
                    o.states << key;
                else
                    return tr("--state takes %1 or unfinished.").arg(CtlCommandLine::stateKeys().join(QStringLiteral(", ")));
            }
            if (o.states.isEmpty())
                return tr("--state needs a state.");
        }
        c.options = o;
        return QString();
    };
    list.run = &CtlTasks::list;
    list.help = tr("  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]\n");

    CtlSubcommand show{tasks, QStringLiteral("show"), T::One, oneId.arg(QStringLiteral("show"))};
    show.options = db;
    show.run = &CtlTasks::show;
    show.help = tr("  tasks show ID [--json]          a task (stage results) or a batch\n");

    CtlSubcommand retry{tasks, QStringLiteral("retry"), T::One, oneId.arg(QStringLiteral("retry"))};
    retry.options = CtlSubcommand::taskOptions(false);
    retry.read = readTaskOptions;
    retry.run = &CtlTasks::retry;
    retry.help = tr("  tasks retry ID [--wait]         a failed task from its failed stage, or a batch's failed ones\n");

    CtlSubcommand cancel{tasks, QStringLiteral("cancel"), T::One, oneId.arg(QStringLiteral("cancel"))};
    cancel.options = db;
    cancel.run = &CtlTasks::cancel;
    cancel.help = tr("  tasks cancel ID                 a task or batch that no running process runs\n");

    CtlSubcommand resume{tasks, QStringLiteral("resume"), T::None, tr("\"tasks resume\" takes no IDs: it continues every unfinished task.")};
    resume.options = CtlSubcommand::taskOptions(false);
    resume.read = readTaskOptions;
    resume.run = &CtlTasks::resume;
    resume.help = tr("  tasks resume [--wait]           unfinished tasks, e.g. after a crash\n");

    QList<CtlSubcommand> rows{list, show, retry, cancel, resume};
    for (CtlSubcommand &row : rows) {
        row.section = CtlCommandLine::tasksSection();
        row.unknownVerb = [](const QString &verb) {
            return verb.isEmpty() ? tr("\"tasks\" needs a subcommand: list, show, retry, cancel, resume.")
                                  : tr("Unknown tasks command \"%1\".").arg(verb);
        };
    }
    rows << CtlSubcommand::note(CtlCommandLine::tasksSection(),
                                tr("  IDs may be shortened to a unique prefix (as \"tasks list\" shows them).\n"));
    return rows;
}

void CtlTasks::list(CtlRunner *runner)
{
    CtlEngine *e = runner->journal();
    if (!e)
        return;
    const auto &c = runner->command().get<CtlTaskListOptions>();
    TaskFilter filter;
    filter.scope = e->scope();
    filter.limit = c.limit;
    filter.newestFirst = true;
    for (const QString &key : c.states)
        filter.states << taskStateFromString(key).value_or(TaskState::Pending);
    if (!c.batch.isEmpty()) {
        const Result<Reference> ref = resolve(e, c.batch);
        if (!ref || !ref.value().batch) {
            runner->fail(ref ? CloudError::config(tr("\"%1\" is not a batch ID.").arg(c.batch)) : ref.error());
            return;
        }
        filter.batchId = ref.value().batch->id;
    }
    const Result<QList<TaskRecord>> tasks = e->records()->tasks(filter);
    if (!tasks) {
        runner->fail(tasks.error());
        return;
    }
    if (runner->command().json) {
        QJsonArray out;
        for (const TaskRecord &t : tasks.value())
            out << CtlTaskOutput::recordJson(t);
        runner->printJson(out);
    } else if (tasks.value().isEmpty()) {
        runner->print(tr("No tasks.\n"));
    } else {
        runner->print(CtlTaskOutput::taskTable(tasks.value()).render());
    }
    runner->finish(0);
}

void CtlTasks::show(CtlRunner *runner)
{
    Reference ref;
    CtlEngine *e = journalAndReference(runner, &ref);
    if (!e)
        return;
    const bool json = runner->command().json;
    if (ref.task) {
        const Result<QList<StageResult>> stages = e->records()->stageResults(ref.task->id);
        if (!stages) {
            runner->fail(stages.error());
            return;
        }
        if (json) {
            QJsonObject o = CtlTaskOutput::recordJson(*ref.task);
            QJsonArray list;
            for (const StageResult &s : stages.value())
                list << CtlTaskOutput::stageResultJson(s);
            o.insert(QStringLiteral("stages"), list);
            runner->printJson(o);
        } else {
            runner->print(CtlTaskOutput::taskDetails(*ref.task, stages.value()));
        }
        runner->finish(0);
        return;
    }
    const Result<QList<TaskRecord>> tasks = tasksOfBatch(e, ref.batch->id);
    if (!tasks) {
        runner->fail(tasks.error());
        return;
    }
    if (json) {
        QJsonArray list;
        for (const TaskRecord &t : tasks.value())
            list << CtlTaskOutput::recordJson(t);
        QJsonObject o = CtlTaskOutput::batchJson(*ref.batch);
        o.insert(QStringLiteral("tasks"), list);
        runner->printJson(o);
    } else {
        runner->print(CtlTaskOutput::batchDetails(*ref.batch, tasks.value()));
    }
    runner->finish(0);
}

void CtlTasks::retry(CtlRunner *runner)
{
    Reference ref;
    CtlEngine *e = journalAndReference(runner, &ref);
    if (!e)
        return;
    const Result<QList<TaskRecord>> records = tasksOf(e, ref);
    if (!records) {
        runner->fail(records.error());
        return;
    }
    QList<TaskSnapshot> again;
    for (const TaskRecord &r : records.value()) {
        if (r.state == TaskState::Failed || r.state == TaskState::Cancelled)
            again << snapshotOf(e, r);
    }
    if (again.isEmpty()) {
        if (ref.task) {
            runner->report(tr("Task %1 (%2) is %3: only failed or cancelled tasks are retried.")
                               .arg(CtlTaskOutput::shortId(ref.task->id), ref.task->targetName, taskStateToString(ref.task->state)));
            runner->finish(1);
        } else {
            runner->print(tr("Batch %1 has no failed or cancelled task.\n").arg(CtlTaskOutput::shortId(ref.batch->id)));
            runner->finish(0);
        }
        return;
    }
    if (!runner->engine())
        return;
    runJournaled(runner, e, again, tr("Nothing to retry."));
}

void CtlTasks::cancel(CtlRunner *runner)
{
    Reference ref;
    CtlEngine *e = journalAndReference(runner, &ref);
    if (!e)
        return;
    const Result<QList<TaskRecord>> records = tasksOf(e, ref);
    if (!records) {
        runner->fail(records.error());
        return;
    }
    QList<TaskRecord> cancelled;
    int refused = 0;
    const QString reason = tr("Cancelled with phoenixctl.");
    // This process takes each task's lease while it writes, so that nobody starts it meanwhile.
    const QString me = QStringLiteral("%1:%2:cancel").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    for (TaskRecord r : records.value()) {
        if (r.isFinished())
            continue;
        // A task whose live lease another process or workstation holds can only be cancelled there.
        const Result<TaskLease> lease = e->records()->lease(r.id);
        if (!lease) {
            runner->report(QStringLiteral("%1: %2").arg(r.targetName, lease.error().userMessage()));
            ++refused;
            continue;
        }
        const bool deadHere = StoreJournal::runnerIsDeadHere(lease.value().runner);
        const Result<bool> held = e->records()->claimTask(r.id, me, 30, deadHere ? lease.value().runner : QString());
        if (!held || !held.value()) {
            ++refused;
            runner->report(held ? tr("Task %1 (%2) is being run by another Phoenix process (%3); cancel it there (Ctrl+C "
                                     "in phoenixctl, Cancel in the window) or wait for it.")
                                      .arg(CtlTaskOutput::shortId(r.id), r.targetName, holderText(lease.value().runner))
                                : QStringLiteral("%1: %2").arg(r.targetName, held.error().userMessage()));
            continue;
        }
        r.state = TaskState::Cancelled;
        r.error = reason;
        r.updatedAt = QDateTime();
        r.finishedAt = QDateTime();
        const CloudError err = e->records()->updateTask(r);
        (void)e->records()->releaseLease(r.id, me);
        if (err) {
            runner->report(QStringLiteral("%1: %2").arg(r.targetName, err.userMessage()));
            ++refused;
            continue;
        }
        e->journal()->audit(snapshotOf(e, r));
        cancelled << r;
    }
    if (runner->command().json) {
        QJsonArray out;
        for (const TaskRecord &r : std::as_const(cancelled))
            out << CtlTaskOutput::recordJson(r);
        runner->printJson(out);
    } else if (cancelled.isEmpty() && refused == 0) {
        runner->print(ref.task ? tr("Task %1 is %2; nothing to cancel.\n").arg(CtlTaskOutput::shortId(ref.task->id),
                                                                                taskStateToString(ref.task->state))
                               : tr("Batch %1 has no unfinished task; nothing to cancel.\n").arg(CtlTaskOutput::shortId(ref.batch->id)));
    } else {
        QString text;
        for (const TaskRecord &r : std::as_const(cancelled))
            text += tr("%1  %2: cancelled\n").arg(CtlTaskOutput::shortId(r.id), r.targetName);
        runner->print(text);
    }
    runner->finish(refused > 0 ? 1 : 0);
}

void CtlTasks::resume(CtlRunner *runner)
{
    CtlEngine *e = runner->engine();
    if (!e)
        return;
    runJournaled(runner, e, e->journal()->loadUnfinished(), tr("Nothing to resume: no unfinished task of this cloud and project."));
}
