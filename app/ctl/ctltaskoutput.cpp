#include "app/ctl/ctltaskoutput.h"

#include "models/engine/stagerunner.h"

#include <QJsonArray>

namespace
{
QJsonValue nullable(const QString &v)
{
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatOpenStackTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue secondsValue(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QJsonValue(QJsonValue::Null);
    return double(from.msecsTo(to)) / 1000.0;
}

QString stageOfRecord(const TaskRecord &t)
{
    const auto kind = TaskText::kindFromKey(t.kind);
    if (!kind)
        return QString::number(t.stageIndex);
    const QList<Stage> chain = stageChain(*kind);
    if (t.state == TaskState::Done || t.stageIndex >= chain.size())
        return QStringLiteral("-");
    return CtlTaskOutput::stageLabel(*kind, chain.at(t.stageIndex));
}

QString stageOfResult(const TaskRecord &t, const StageResult &s)
{
    const auto kind = TaskText::kindFromKey(t.kind);
    const auto stage = TaskText::stageFromKey(s.stage);
    return kind && stage ? CtlTaskOutput::stageLabel(*kind, *stage) : s.stage;
}
} // namespace

QString CtlTaskOutput::shortId(const QString &id)
{
    return id.left(8);
}

QString CtlTaskOutput::desktopOf(const TaskSnapshot &task)
{
    return task.spec.serverName.isEmpty() ? task.spec.serverId : task.spec.serverName;
}

QString CtlTaskOutput::goal(TaskKind kind)
{
    if (!stageChain(kind).contains(Stage::Wait))
        return {};
    const QStringList statuses = StageRunner::targetStatuses(kind);
    return statuses.isEmpty() ? tr("gone") : statuses.first();
}

QString CtlTaskOutput::stageLabel(TaskKind kind, Stage stage)
{
    switch (stage) {
    case Stage::Action:
        return TaskText::kindName(kind);
    case Stage::Wait:
        return tr("Wait for %1").arg(goal(kind));
    default:
        return TaskText::stageName(stage);
    }
}

QString CtlTaskOutput::seconds(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return tr("%1 s").arg(double(from.msecsTo(to)) / 1000.0, 0, 'f', 1);
}

QJsonObject CtlTaskOutput::stageJson(const StageRecord &s)
{
    return QJsonObject{{QStringLiteral("index"), s.index},
                       {QStringLiteral("stage"), TaskText::stageKey(s.stage)},
                       {QStringLiteral("attempt"), s.attempt},
                       {QStringLiteral("ok"), s.ok},
                       {QStringLiteral("warning"), s.warning},
                       {QStringLiteral("message"), nullable(s.message)},
                       {QStringLiteral("request_id"), nullable(s.requestId)},
                       {QStringLiteral("started"), timeValue(s.startedAt)},
                       {QStringLiteral("finished"), timeValue(s.finishedAt)},
                       {QStringLiteral("seconds"), secondsValue(s.startedAt, s.finishedAt)}};
}

QJsonObject CtlTaskOutput::taskJson(const TaskSnapshot &t)
{
    QJsonArray stages;
    for (const StageRecord &s : t.history)
        stages << stageJson(s);
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("batch"), t.batchId},
                       {QStringLiteral("action"), TaskText::kindKey(t.spec.kind)},
                       {QStringLiteral("desktop"), t.spec.serverName},
                       {QStringLiteral("server_id"), nullable(t.spec.serverId)},
                       {QStringLiteral("state"), TaskText::stateKey(t.state)},
                       {QStringLiteral("stage"), t.state == TaskState::Done ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(TaskText::stageKey(t.currentStage()))},
                       {QStringLiteral("goal"), nullable(goal(t.spec.kind))},
                       {QStringLiteral("error"), nullable(t.error)},
                       {QStringLiteral("request_id"), nullable(t.requestId)},
                       {QStringLiteral("user"), t.user},
                       {QStringLiteral("created"), timeValue(t.createdAt)},
                       {QStringLiteral("updated"), timeValue(t.updatedAt)},
                       {QStringLiteral("stages"), stages}};
}

QJsonObject CtlTaskOutput::stageResultJson(const StageResult &s)
{
    return QJsonObject{{QStringLiteral("index"), s.stageIndex},
                       {QStringLiteral("stage"), s.stage},
                       {QStringLiteral("attempt"), s.attempt},
                       {QStringLiteral("ok"), s.ok},
                       {QStringLiteral("warning"), s.warning},
                       {QStringLiteral("message"), nullable(s.ok ? s.detail : s.error)},
                       {QStringLiteral("request_id"), nullable(s.requestId)},
                       {QStringLiteral("started"), timeValue(s.startedAt)},
                       {QStringLiteral("finished"), timeValue(s.finishedAt)},
                       {QStringLiteral("seconds"), secondsValue(s.startedAt, s.finishedAt)}};
}

QJsonObject CtlTaskOutput::recordJson(const TaskRecord &t)
{
    const auto kind = TaskText::kindFromKey(t.kind);
    const QList<Stage> chain = kind ? stageChain(*kind) : QList<Stage>();
    const QJsonValue stage = t.state == TaskState::Done || t.stageIndex >= chain.size()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(TaskText::stageKey(chain.at(t.stageIndex)));
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("batch"), nullable(t.batchId)},
                       {QStringLiteral("action"), t.kind},
                       {QStringLiteral("desktop"), t.targetName},
                       {QStringLiteral("server_id"), nullable(t.targetId)},
                       {QStringLiteral("state"), taskStateToString(t.state)},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("stage_index"), t.stageIndex},
                       {QStringLiteral("attempt"), t.attempt},
                       {QStringLiteral("error"), nullable(t.error)},
                       {QStringLiteral("request_id"), nullable(t.requestId)},
                       {QStringLiteral("user"), t.user},
                       {QStringLiteral("created"), timeValue(t.createdAt)},
                       {QStringLiteral("updated"), timeValue(t.updatedAt)},
                       {QStringLiteral("finished"), timeValue(t.finishedAt)}};
}

QJsonObject CtlTaskOutput::batchJson(const BatchRecord &b)
{
    return QJsonObject{{QStringLiteral("id"), b.id},
                       {QStringLiteral("action"), b.kind},
                       {QStringLiteral("title"), b.title},
                       {QStringLiteral("created"), timeValue(b.createdAt)},
                       {QStringLiteral("user"), b.createdBy},
                       {QStringLiteral("total"), b.total},
                       {QStringLiteral("done"), b.done},
                       {QStringLiteral("failed"), b.failed},
                       {QStringLiteral("cancelled"), b.cancelled},
                       {QStringLiteral("unfinished"), b.active}};
}

TextTable CtlTaskOutput::taskTable(const QList<TaskRecord> &tasks)
{
    TextTable t({tr("TASK"), tr("BATCH"), tr("ACTION"), tr("DESKTOP"), tr("STATE"), tr("STAGE"), tr("UPDATED"), tr("ERROR")});
    for (const TaskRecord &r : tasks) {
        QString error = r.error;
        error.replace(QLatin1Char('\n'), QLatin1Char(' '));
        t.addRow({shortId(r.id), CtlOutput::orDash(shortId(r.batchId)), r.kind, CtlOutput::orDash(r.targetName),
                  taskStateToString(r.state), stageOfRecord(r), CtlOutput::time(r.updatedAt), CtlOutput::orDash(error)});
    }
    return t;
}

QString CtlTaskOutput::taskDetails(const TaskRecord &r, const QList<StageResult> &stages)
{
    TextTable t({tr("FIELD"), tr("VALUE")});
    t.addRow({tr("task"), r.id});
    t.addRow({tr("batch"), CtlOutput::orDash(r.batchId)});
    t.addRow({tr("action"), r.kind});
    t.addRow({tr("desktop"), CtlOutput::orDash(r.targetName)});
    t.addRow({tr("server id"), CtlOutput::orDash(r.targetId)});
    t.addRow({tr("state"), taskStateToString(r.state)});
    t.addRow({tr("stage"), stageOfRecord(r)});
    t.addRow({tr("user"), CtlOutput::orDash(r.user)});
    t.addRow({tr("created"), CtlOutput::time(r.createdAt)});
    t.addRow({tr("updated"), CtlOutput::time(r.updatedAt)});
    if (r.finishedAt.isValid())
        t.addRow({tr("finished"), CtlOutput::time(r.finishedAt)});
    if (!r.error.isEmpty())
        t.addRow({tr("error"), r.error});
    if (!r.requestId.isEmpty())
        t.addRow({tr("request id"), r.requestId});
    QString out = t.render();
    TextTable s({tr("#"), tr("STAGE"), tr("TRY"), tr("RESULT"), tr("STARTED"), tr("TOOK"), tr("REQUEST ID"), tr("MESSAGE")});
    for (const StageResult &x : stages) {
        const QString result = !x.finishedAt.isValid() ? tr("running")
                             : !x.ok                   ? tr("failed")
                             : x.warning               ? tr("warning")
                                                       : tr("ok");
        QString message = x.ok ? x.detail : x.error;
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s.addRow({QString::number(x.stageIndex + 1), stageOfResult(r, x), QString::number(x.attempt), result,
                  CtlOutput::time(x.startedAt), CtlOutput::orDash(seconds(x.startedAt, x.finishedAt)),
                  CtlOutput::orDash(x.requestId), CtlOutput::orDash(message)});
    }
    out += QLatin1Char('\n');
    out += stages.isEmpty() ? tr("No stage has run yet.\n") : s.render();
    return out;
}

QString CtlTaskOutput::batchDetails(const BatchRecord &b, const QList<TaskRecord> &tasks)
{
    TextTable t({tr("FIELD"), tr("VALUE")});
    t.addRow({tr("batch"), b.id});
    t.addRow({tr("title"), b.title});
    t.addRow({tr("action"), b.kind});
    t.addRow({tr("user"), CtlOutput::orDash(b.createdBy)});
    t.addRow({tr("created"), CtlOutput::time(b.createdAt)});
    t.addRow({tr("tasks"), tr("%1: %2 done, %3 failed, %4 cancelled, %5 unfinished")
                               .arg(b.total)
                               .arg(b.done)
                               .arg(b.failed)
                               .arg(b.cancelled)
                               .arg(b.active)});
    return t.render() + QLatin1Char('\n') + taskTable(tasks).render();
}
