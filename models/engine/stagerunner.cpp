#include "models/engine/stagerunner.h"

#include "models/engine/inventory.h"
#include "models/engine/migrationstages.h"
#include "cloud/reachabilityprobe.h"
#include "cloud/retrypolicy.h"
#include "models/engine/workercontext.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThreadStorage>

Q_LOGGING_CATEGORY(lcStage, "phoenix.models.stage")

namespace
{
// A worker thread may serve several sessions over its life (reconnects); keep one context each.
QThreadStorage<QHash<CloudSession *, std::shared_ptr<WorkerContext>> *> s_contexts;

template<typename T>
using Starter = std::function<void(QObject *, ApiCallback<T>)>;

} // namespace

QList<Server> StageRunner::serversOfTask(const QList<Server> &servers, const QString &taskId)
{
    QList<Server> out;
    for (const Server &s : servers) {
        if (s.meta(PhoenixMeta::Task) == taskId && !s.isDeleted())
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Server &a, const Server &b) {
        return a.created != b.created ? a.created < b.created : a.id < b.id;
    });
    return out;
}

namespace
{
// A step that found its lease gone (or could not journal what must precede a cloud write): the
// engine checks the lease again before anything else happens.
StepOutcome leaseCheck()
{
    StepOutcome o = StepOutcome::wait(0);
    o.recheckLease = true;
    return o;
}

QString floatingDescription(const QString &taskId)
{
    return QStringLiteral("phoenix:task=%1").arg(taskId);
}
} // namespace

WorkerContext &WorkerContext::forCurrentThread(const CloudSessionPtr &session)
{
    if (!s_contexts.hasLocalData())
        s_contexts.setLocalData(new QHash<CloudSession *, std::shared_ptr<WorkerContext>>);
    auto *contexts = s_contexts.localData();
    auto &slot = (*contexts)[session.get()];
    if (!slot || slot->session() != session)
        slot = std::make_shared<WorkerContext>(session);
    return *slot;
}

StageRunner::StageRunner(WorkerContext &context, Inventory *inventory, const EngineSettings &settings, StageHooks hooks)
    : m_context(context)
    , m_inventory(inventory)
    , m_settings(settings)
    , m_hooks(std::move(hooks))
{
}

QStringList StageRunner::targetStatuses(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Suspend:
        return {QStringLiteral("SUSPENDED")};
    case TaskKind::Stop:
    case TaskKind::MakeImage:
        return {QStringLiteral("SHUTOFF")};
    case TaskKind::Shelve:
        return {QStringLiteral("SHELVED_OFFLOADED"), QStringLiteral("SHELVED")};
    case TaskKind::Pause:
        return {QStringLiteral("PAUSED")};
    case TaskKind::Delete:
    case TaskKind::ForceDelete:
        return {};
    default:
        return {QStringLiteral("ACTIVE")};
    }
}

ServerAction StageRunner::actionOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Start:
        return ServerAction::Start;
    case TaskKind::Resume:
        return ServerAction::Resume;
    case TaskKind::Suspend:
        return ServerAction::Suspend;
    case TaskKind::Stop:
    case TaskKind::MakeImage:
        return ServerAction::Stop;
    case TaskKind::Reboot:
        return ServerAction::RebootSoft;
    case TaskKind::RebootHard:
        return ServerAction::RebootHard;
    case TaskKind::Rebuild:
        return ServerAction::Rebuild;
    case TaskKind::Shelve:
        return ServerAction::Shelve;
    case TaskKind::Unshelve:
        return ServerAction::Unshelve;
    case TaskKind::Pause:
        return ServerAction::Pause;
    case TaskKind::Unpause:
        return ServerAction::Unpause;
    default:
        return ServerAction::Start;
    }
}

std::optional<ServerAction> StageRunner::openActionFor(const QString &status)
{
    if (status == QLatin1String("SUSPENDED"))
        return ServerAction::Resume;
    if (status == QLatin1String("SHUTOFF"))
        return ServerAction::Start;
    if (status == QLatin1String("SHELVED") || status == QLatin1String("SHELVED_OFFLOADED"))
        return ServerAction::Unshelve;
    if (status == QLatin1String("PAUSED"))
        return ServerAction::Unpause;
    return std::nullopt;
}

bool StageRunner::timedOut(const StageProgress &progress, int seconds) const
{
    return progress.startedAt.isValid() && progress.startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= seconds;
}

StepOutcome StageRunner::retryOrFail(const CloudError &error, StageProgress &progress)
{
    // The one retry table (cloud/retrypolicy.h): a stage try again only for what it leaves to the
    // step (the outcome is unknown, or the state must be read again) — never for what RestClient
    // has already retried, so one failure is not retried inside a retry.
    if (RetryPolicy::retriedByStep(error) && progress.attempt < m_settings.actionTries) {
        qCInfo(lcStage).noquote() << "try" << progress.attempt << "failed, again in" << m_settings.actionRetryDelayMs
                                  << "ms:" << error.detail();
        StepOutcome o;
        o.kind = StepOutcome::Again;
        o.delayMs = m_settings.actionRetryDelayMs;
        o.message = error.userMessage();
        o.requestId = error.requestId();
        return o;
    }
    return StepOutcome::failed(error);
}

StepOutcome StageRunner::run(TaskSnapshot &task, StageProgress &progress)
{
    if (!progress.startedAt.isValid())
        progress.startedAt = QDateTime::currentDateTimeUtc();
    switch (task.currentStage()) {
    case Stage::Build:
        return build(task, progress);
    case Stage::Action:
        return action(task, progress, task.spec.kind);
    case Stage::Stop:
        return action(task, progress, TaskKind::Stop);
    case Stage::Wait:
        return waitState(task, progress);
    case Stage::Floating:
        return floating(task, progress);
    case Stage::Disassociate:
        return disassociate(task);
    case Stage::Delete:
        return deleteServer(task, progress);
    case Stage::Detect:
        return detect(task, progress);
    case Stage::Snapshot:
        return snapshot(task, progress);
    case Stage::WaitImage:
        return waitImage(task, progress);
    case Stage::Migrate:
        return MigrationStages(m_context, m_inventory, m_settings, m_hooks).migrate(task, progress);
    case Stage::WaitMoved:
        return MigrationStages(m_context, m_inventory, m_settings, m_hooks).waitMoved(task, progress);
    }
    return StepOutcome::fail(tr("Unknown stage."));
}

StepOutcome StageRunner::build(TaskSnapshot &task, StageProgress &progress)
{
    ++progress.attempt;
    ComputeApi &compute = m_context.compute();
    ServerCreateSpec spec = task.spec.create;
    if (spec.name.isEmpty())
        spec.name = task.spec.serverName;
    spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Task), task.id);
    if (!spec.tags.contains(QLatin1String(PhoenixMeta::Tag)))
        spec.tags << QString::fromLatin1(PhoenixMeta::Tag);

    // Idempotency: a server made by this task (tagged with its id) is adopted, never made twice.
    ServerQuery query;
    query.name = QLatin1Char('^') + QRegularExpression::escape(spec.name) + QLatin1Char('$');
    Result<QList<Server>> existing = waitFor<QList<Server>>(
        [&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(query, ctx, cb); });
    if (!existing)
        return retryOrFail(existing.error(), progress);
    QString discarded;
    for (const Server &s : serversOfTask(existing.value(), task.id)) {
        if (s.status == QLatin1String("ERROR")) {
            // A build of an earlier run that failed: make room for a new one (re-run of a failed create).
            const QString id = s.id;
            const CloudError e = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteServer(id, ctx, cb); }).error();
            if (e && !e.isNotFound())
                return retryOrFail(e, progress);
            discarded = id;
            continue;
        }
        task.spec.serverId = s.id;
        return StepOutcome::advance(tr("Adopted the desktop this task had already created."));
    }
    if (!task.spec.serverId.isEmpty() && task.spec.serverId != discarded)
        return StepOutcome::advance(); // created in an earlier try but not visible by name yet: trust the id
    task.spec.serverId.clear();

    if (m_hooks.leaseHeld && !m_hooks.leaseHeld())
        return leaseCheck(); // another runner may have made it meanwhile: never create unleased
    progress.pollMark = m_inventory ? m_inventory->changeMark() : 0;
    Result<Server> created = waitFor<Server>(
        [&](QObject *ctx, ApiCallback<Server> cb) { compute.createServer(spec, ctx, cb); });
    if (!created) {
        // A lost reply may still have created it: the next try looks it up by name and task id.
        return retryOrFail(created.error(), progress);
    }
    task.spec.serverId = created.value().id;
    if (m_inventory)
        m_inventory->notifyChanged();
    return StepOutcome::advance();
}

StepOutcome StageRunner::action(TaskSnapshot &task, StageProgress &progress, TaskKind kind)
{
    ++progress.attempt;
    ComputeApi &compute = m_context.compute();
    const QString id = task.spec.serverId;
    // A resumed or retried action first reads the state and skips what is already done. The first
    // try reads the shared inventory (a server show costs Nova far more than the action itself);
    // should that be stale, Nova refuses the action with 409 and the retry asks Nova directly.
    const std::optional<Server> known = (progress.attempt == 1 && m_inventory) ? m_inventory->server(id) : std::nullopt;
    Result<Server> current = known ? Result<Server>(*known)
                                   : waitFor<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
    if (!current) {
        if (current.error().isNotFound())
            return StepOutcome::failed(current.error());
        return retryOrFail(current.error(), progress);
    }
    const Server &s = current.value();
    const QStringList targets = targetStatuses(kind);
    const bool rebootLike = kind == TaskKind::Reboot || kind == TaskKind::RebootHard || kind == TaskKind::Rebuild;
    if (!rebootLike && s.taskState.isEmpty() && targets.contains(s.status)) {
        // Possibly a snapshot a poll old: WAIT asks again should the next poll say otherwise.
        progress.skipped = known.has_value();
        progress.pollMark = m_inventory ? m_inventory->changeMark() : 0;
        return StepOutcome::advance(tr("Already %1; nothing to do.").arg(s.status));
    }
    if (!s.taskState.isEmpty()) {
        // Busy with something else: wait for it to settle, bounded by the WAIT timeout.
        if (timedOut(progress, m_settings.waitTimeoutSeconds))
            return StepOutcome::fail(tr("The desktop stayed busy (%1) for %2 s.").arg(s.taskState).arg(m_settings.waitTimeoutSeconds));
        --progress.attempt;
        if (!m_inventory)
            return StepOutcome::wait(m_settings.waitPollMs);
        m_inventory->requestFastPoll();
        return StepOutcome::waitForPoll(m_inventory->pollCount(), m_settings.waitPollMs);
    }
    if (s.status == QLatin1String("ERROR") && kind != TaskKind::RebootHard && kind != TaskKind::Rebuild)
        return StepOutcome::fail(tr("The desktop is in ERROR%1; restore or hard-reboot it.")
                                     .arg(s.faultMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.faultMessage)));

    // Open my desktop: the action is whatever brings this state to ACTIVE.
    ServerAction verb = actionOf(kind);
    if (kind == TaskKind::OpenDesktop) {
        const std::optional<ServerAction> open = openActionFor(s.status);
        if (!open)
            return StepOutcome::fail(tr("The desktop is %1; Phoenix cannot start it from there.").arg(s.status));
        verb = *open;
    }
    if (rebootLike) {
        // ACTIVE before and after: only Nova's instance actions tell whether ours was accepted.
        if (std::optional<StepOutcome> done = actionAlreadyAccepted(task, progress, actionOf(kind)))
            return *done;
    }
    if (m_hooks.leaseHeld && !m_hooks.leaseHeld())
        return leaseCheck();
    QJsonObject args;
    if (kind == TaskKind::Rebuild)
        args.insert(QStringLiteral("imageRef"), task.spec.imageId.isEmpty() ? s.imageId : task.spec.imageId);
    // A 409 (busy) is this stage's to retry: the next try re-reads the state and waits while busy.
    CallOptions conflictsToStage;
    conflictsToStage.retryConflicts = false;
    Result<QString> done = waitFor<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        compute.serverAction(id, verb, args, ctx, cb, conflictsToStage);
    });
    if (!done) {
        if (done.error().isConflict()) {
            // The state moved under us (another workstation, the scheduler): look again next try.
            return retryOrFail(done.error(), progress);
        }
        if (done.error().isNotFound())
            return StepOutcome::failed(done.error());
        return retryOrFail(done.error(), progress);
    }
    progress.pollMark = m_inventory ? m_inventory->changeMark() : 0; // taken after Nova's answer
    progress.fromStatus = s.status;
    if (m_inventory)
        m_inventory->notifyChanged();
    return StepOutcome::advance();
}

std::optional<StepOutcome> StageRunner::actionAlreadyAccepted(TaskSnapshot &task, StageProgress &progress,
                                                              ServerAction action)
{
    ComputeApi &compute = m_context.compute();
    const QString id = task.spec.serverId;
    Result<QList<InstanceAction>> actions = waitFor<QList<InstanceAction>>(
        [&](QObject *ctx, ApiCallback<QList<InstanceAction>> cb) { compute.instanceActions(id, ctx, cb); });
    if (!actions)
        return retryOrFail(actions.error(), progress);
    QList<InstanceAction> list = actions.value();
    std::stable_sort(list.begin(), list.end(),
                     [](const InstanceAction &a, const InstanceAction &b) { return a.startTime > b.startTime; });
    if (task.spec.actionMark.isEmpty()) {
        // First try of this task: remember Nova's newest action and journal it BEFORE sending ours.
        task.spec.actionMark = list.isEmpty() ? QStringLiteral("-") : list.first().requestId;
        if (m_hooks.persist && !m_hooks.persist(task)) {
            task.spec.actionMark.clear();
            return leaseCheck();
        }
        return std::nullopt;
    }
    const QString name = action == ServerAction::Rebuild ? QStringLiteral("rebuild") : QStringLiteral("reboot");
    for (const InstanceAction &a : std::as_const(list)) {
        if (a.requestId == task.spec.actionMark)
            break; // older than what this task sent
        if (a.action == name) {
            progress.pollMark = m_inventory ? m_inventory->changeMark() : 0;
            StepOutcome o = StepOutcome::advance(tr("The cloud had already accepted this %1 (request %2); not sent again.")
                                                     .arg(name, a.requestId));
            o.requestId = a.requestId;
            return o;
        }
    }
    return std::nullopt;
}

StepOutcome StageRunner::waitState(TaskSnapshot &task, StageProgress &progress)
{
    const int timeout = m_settings.waitTimeoutSeconds;
    const QStringList targets = targetStatuses(task.spec.kind);
    if (!m_inventory)
        return StepOutcome::fail(tr("No inventory to wait on."));
    // Read before the snapshot: any poll finishing after this wakes the task again (PollWaker).
    const quint64 seen = m_inventory->pollCount();
    m_inventory->requestFastPoll();
    // Only trust a poll that began after our change (Nova answered the action first).
    const bool fresh = m_inventory->hasPolledSince(progress.pollMark);
    const std::optional<Server> s = m_inventory->server(task.spec.serverId);
    if (fresh) {
        if (targets.isEmpty()) {
            if (!s)
                return StepOutcome::advance();
        } else if (s) {
            if (s->status == QLatin1String("ERROR"))
                return StepOutcome::fail(tr("The desktop went into ERROR%1.")
                                             .arg(s->faultMessage.isEmpty() ? QString() : QStringLiteral(": ") + s->faultMessage));
            if (targets.contains(s->status) && s->taskState.isEmpty())
                return task.spec.kind == TaskKind::Create ? removeTwins(task) : StepOutcome::advance();
            // Nova sets the task state before it answers an action, so a poll begun after the
            // answer that still shows the old state, idle, means the action never took effect
            // (a reply garbled or invented on the way): ask again. The same when the action was
            // skipped on a snapshot that a newer poll contradicts (another workstation was quicker).
            const bool lost = !progress.fromStatus.isEmpty() && !targets.contains(progress.fromStatus)
                && s->status == progress.fromStatus;
            if (s->taskState.isEmpty() && (lost || progress.skipped)) {
                StepOutcome o;
                o.kind = StepOutcome::Retreat;
                o.message = lost ? tr("The cloud did not start the action (still %1); asking again.").arg(s->status)
                                 : tr("The desktop is %1 after all; asking again.").arg(s->status);
                return o;
            }
        }
    }
    if (timedOut(progress, timeout)) {
        const QString now = s ? s->status : tr("gone");
        return StepOutcome::fail(tr("The desktop did not reach %1 within %2 s (it is %3).")
                                     .arg(targets.isEmpty() ? tr("deletion") : targets.first())
                                     .arg(timeout)
                                     .arg(now));
    }
    return StepOutcome::waitForPoll(seen, m_settings.waitPollMs);
}

StepOutcome StageRunner::removeTwins(TaskSnapshot &task)
{
    // Qt's network stack replays a POST whose connection died before any reply byte arrived, and
    // two runners of one task (a lease lost) may each have created one: Nova can hold several
    // servers with this task's id. Every runner keeps the OLDEST and removes the rest, so two
    // runners never delete each other's choice.
    ComputeApi &compute = m_context.compute();
    ServerQuery query;
    query.name = QLatin1Char('^') + QRegularExpression::escape(task.spec.serverName) + QLatin1Char('$');
    Result<QList<Server>> same = waitFor<QList<Server>>(
        [&](QObject *ctx, ApiCallback<QList<Server>> cb) { compute.listAllServers(query, ctx, cb); });
    if (!same)
        return StepOutcome::advance(); // only a clean-up: the desktop itself is fine
    const QList<Server> mine = serversOfTask(same.value(), task.id);
    if (mine.size() <= 1 && (mine.isEmpty() || mine.first().id == task.spec.serverId))
        return StepOutcome::advance();
    if (m_hooks.leaseHeld && !m_hooks.leaseHeld())
        return leaseCheck();
    const Server keep = mine.first();
    int removed = 0;
    for (const Server &s : mine) {
        if (s.id == keep.id)
            continue;
        const QString id = s.id;
        const CloudError e = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteServer(id, ctx, cb); }).error();
        if (!e || e.isNotFound())
            ++removed;
    }
    if (m_inventory)
        m_inventory->notifyChanged();
    const QString note = tr("Removed %n duplicate(s) made by a repeated request.", nullptr, removed);
    if (keep.id != task.spec.serverId) {
        // The twin kept is not the one this runner made: wait for it instead.
        qCInfo(lcStage).noquote() << "task" << task.id << "keeps the older twin" << keep.id << "instead of" << task.spec.serverId;
        task.spec.serverId = keep.id;
        return StepOutcome::wait(m_settings.waitPollMs);
    }
    return StepOutcome::advance(removed > 0 ? note : QString());
}

StepOutcome StageRunner::floating(TaskSnapshot &task, StageProgress &progress)
{
    if (task.spec.directAddress) {
        // This computer is on the desktop's network (an intranet segment): no floating IP needed.
        const std::optional<Server> known = m_inventory ? m_inventory->server(task.spec.serverId) : std::nullopt;
        const QString fixed = known ? known->fixedAddress() : QString();
        return StepOutcome::advance(fixed.isEmpty() ? tr("On the desktop's network: no floating IP needed.")
                                                    : tr("On the desktop's network: address %1.").arg(fixed));
    }
    ++progress.attempt;
    NetworkApi &network = m_context.network();
    const QString serverId = task.spec.serverId;
    Result<QList<Port>> ports = waitFor<QList<Port>>(
        [&](QObject *ctx, ApiCallback<QList<Port>> cb) { network.listPorts(serverId, ctx, cb); });
    if (!ports)
        return retryOrFail(ports.error(), progress);
    Server server;
    server.id = serverId;
    if (const std::optional<Server> known = m_inventory ? m_inventory->server(serverId) : std::nullopt)
        server = *known;
    const Result<Port> chosen = NetworkApi::choosePort(server, ports.value());
    if (!chosen || chosen.value().fixedIps.isEmpty())
        return StepOutcome::fail(tr("The desktop has no network port to attach an address to."));
    const Port port = chosen.value();
    QSet<QString> portIds;
    for (const Port &p : ports.value())
        portIds.insert(p.id);

    Result<QList<FloatingIp>> fips = waitFor<QList<FloatingIp>>(
        [&](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) { network.listFloatingIps(ctx, cb); });
    if (!fips)
        return retryOrFail(fips.error(), progress);
    // Already has one: done. One this task made earlier (its description names the task): reuse it.
    FloatingIp mine;
    for (const FloatingIp &f : fips.value()) {
        if (portIds.contains(f.portId))
            return StepOutcome::advance(tr("Already has the address %1.").arg(f.floatingIpAddress));
        if (f.description == floatingDescription(task.id) || f.id == progress.floatingIpId)
            mine = f;
    }
    if (mine.id.isEmpty()) {
        Result<QString> external = waitFor<QString>(
            [&](QObject *ctx, ApiCallback<QString> cb) { network.externalNetworkForPort(port, ctx, cb); });
        if (!external)
            return retryOrFail(external.error(), progress);
        // A fresh address per desktop: Neutron hands each allocation to exactly one caller, so two
        // desktops (or two workstations) can never be given the same one.
        Result<FloatingIp> created = waitFor<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
            network.createFloatingIp(external.value(), floatingDescription(task.id), ctx, cb);
        });
        if (!created)
            return retryOrFail(created.error(), progress);
        mine = created.value();
        progress.floatingIpId = mine.id;
    }
    const QString fixedIp = NetworkApi::fixedIpv4(port);
    Result<FloatingIp> associated = waitFor<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
        network.associateFloatingIp(mine.id, port.id, fixedIp, ctx, cb);
    });
    if (!associated) {
        // Leave no orphan behind: give the address back before reporting.
        const QString fipId = mine.id;
        Result<bool> released = waitFor<bool>(
            [&](QObject *ctx, ApiCallback<bool> cb) { network.deleteFloatingIp(fipId, ctx, cb); });
        if (released)
            progress.floatingIpId.clear();
        return retryOrFail(associated.error(), progress);
    }
    progress.floatingIpId.clear();
    if (m_inventory)
        m_inventory->noteFloatingAddress(serverId, associated.value().floatingIpAddress);
    return StepOutcome::advance(tr("Address %1.").arg(associated.value().floatingIpAddress));
}

StepOutcome StageRunner::disassociate(TaskSnapshot &task)
{
    NetworkApi &network = m_context.network();
    const QString serverId = task.spec.serverId;
    Result<QList<Port>> ports = waitFor<QList<Port>>(
        [&](QObject *ctx, ApiCallback<QList<Port>> cb) { network.listPorts(serverId, ctx, cb); });
    if (!ports)
        return StepOutcome::failed(ports.error());
    QSet<QString> portIds;
    for (const Port &p : ports.value())
        portIds.insert(p.id);
    if (portIds.isEmpty())
        return StepOutcome::advance();
    Result<QList<FloatingIp>> fips = waitFor<QList<FloatingIp>>(
        [&](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) { network.listFloatingIps(ctx, cb); });
    if (!fips)
        return StepOutcome::failed(fips.error());
    QStringList released;
    for (const FloatingIp &f : fips.value()) {
        if (!portIds.contains(f.portId))
            continue;
        // Addresses Phoenix allocated go back to the pool; others are only detached.
        const QString id = f.id;
        CloudError error;
        if (f.description.startsWith(QLatin1String("phoenix:"))) {
            error = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) { network.deleteFloatingIp(id, ctx, cb); }).error();
        } else {
            error = waitFor<FloatingIp>([&](QObject *ctx, ApiCallback<FloatingIp> cb) {
                        network.associateFloatingIp(id, QString(), QString(), ctx, cb);
                    }).error();
        }
        if (error && !error.isNotFound())
            return StepOutcome::failed(error);
        released << f.floatingIpAddress;
    }
    if (m_inventory && !released.isEmpty())
        m_inventory->noteFloatingAddress(serverId, QString());
    return StepOutcome::advance(released.isEmpty() ? QString() : tr("Released %1.").arg(released.join(QStringLiteral(", "))));
}

StepOutcome StageRunner::deleteServer(TaskSnapshot &task, StageProgress &progress)
{
    ComputeApi &compute = m_context.compute();
    const QString id = task.spec.serverId;
    CloudError error;
    progress.pollMark = m_inventory ? m_inventory->changeMark() : 0;
    if (task.spec.kind == TaskKind::ForceDelete) {
        error = waitFor<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
                    compute.serverAction(id, ServerAction::ForceDelete, {}, ctx, cb);
                }).error();
    } else {
        error = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) { compute.deleteServer(id, ctx, cb); }).error();
    }
    if (error && !error.isNotFound())
        return StepOutcome::failed(error);
    if (m_inventory)
        m_inventory->notifyChanged();
    return StepOutcome::advance();
}

StepOutcome StageRunner::detect(TaskSnapshot &task, StageProgress &progress)
{
    const int port = task.spec.detectPort > 0 ? task.spec.detectPort : m_settings.detectPort;
    const QString id = task.spec.serverId;
    std::optional<Server> s = m_inventory ? m_inventory->server(id) : std::nullopt;
    if (!s) {
        ComputeApi &compute = m_context.compute();
        Result<Server> r = waitFor<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
        if (!r)
            return StepOutcome::failed(r.error());
        s = r.value();
    }
    // Nova learns of a new floating IP with a delay; when this task attached one, ask Neutron while
    // Nova does not show it yet.
    QString address = task.spec.directAddress ? s->fixedAddress() : s->floatingAddress();
    if (address.isEmpty() && task.chain.contains(Stage::Floating) && !task.spec.directAddress) {
        NetworkApi &network = m_context.network();
        Result<QList<Port>> ports = waitFor<QList<Port>>(
            [&](QObject *ctx, ApiCallback<QList<Port>> cb) { network.listPorts(id, ctx, cb); });
        Result<QList<FloatingIp>> fips = waitFor<QList<FloatingIp>>(
            [&](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) { network.listFloatingIps(ctx, cb); });
        if (ports && fips) {
            for (const FloatingIp &f : fips.value())
                for (const Port &p : ports.value())
                    if (f.portId == p.id && address.isEmpty())
                        address = f.floatingIpAddress;
        }
    }
    if (address.isEmpty())
        address = s->fixedAddress();
    if (!task.spec.detectHost.isEmpty())
        address = task.spec.detectHost; // through a desktop gateway
    const auto protocol = m_settings.detectProtocol >= 0 ? ReachabilityProbe::Protocol(m_settings.detectProtocol)
                                                         : ReachabilityProbe::protocolForPort(port);
    ReachabilityProbe::Result probe;
    if (!address.isEmpty()) {
        probe = ReachabilityProbe::probe(address, port, protocol, m_settings.detectConnectTimeoutMs);
        if (probe.reachable)
            return StepOutcome::advance(probe.detail);
    }
    if (!timedOut(progress, m_settings.detectTimeoutSeconds))
        return StepOutcome::wait(m_settings.detectIntervalSeconds * 1000);
    const QString why = address.isEmpty()
        ? tr("The desktop has no address.")
        : tr("Not reachable from this computer after %1 s: %2").arg(m_settings.detectTimeoutSeconds).arg(probe.detail);
    if (m_settings.detectFailureIsFatal)
        return StepOutcome::fail(why);
    StepOutcome o = StepOutcome::advance(why);
    o.warning = true;
    return o;
}

StepOutcome StageRunner::snapshot(TaskSnapshot &task, StageProgress &progress)
{
    ++progress.attempt;
    ComputeApi &compute = m_context.compute();
    const QString id = task.spec.serverId;
    const QString name = task.spec.imageName.isEmpty() ? task.spec.serverName + QStringLiteral("-image") : task.spec.imageName;
    Result<QString> r = waitFor<QString>([&](QObject *ctx, ApiCallback<QString> cb) {
        compute.serverAction(id, ServerAction::CreateImage, QJsonObject{{QStringLiteral("name"), name}}, ctx, cb);
    });
    if (!r)
        return retryOrFail(r.error(), progress);
    task.spec.imageId = r.value();
    progress.createdImageId = r.value();
    return StepOutcome::advance(tr("Image %1.").arg(name));
}

StepOutcome StageRunner::waitImage(TaskSnapshot &task, StageProgress &progress)
{
    ImageApi &images = m_context.image();
    const QString id = task.spec.imageId;
    Result<Image> r = waitFor<Image>([&](QObject *ctx, ApiCallback<Image> cb) { images.getImage(id, ctx, cb); });
    if (r) {
        if (r.value().status == QLatin1String("active"))
            return StepOutcome::advance();
        if (r.value().status == QLatin1String("killed") || r.value().status == QLatin1String("deleted"))
            return StepOutcome::fail(tr("The image ended %1.").arg(r.value().status));
    } else if (r.error().isNotFound() || r.error().httpStatus() == 403) {
        return StepOutcome::failed(r.error());
    }
    if (timedOut(progress, m_settings.imageWaitTimeoutSeconds))
        return StepOutcome::fail(tr("The image was not ready within %1 s.").arg(m_settings.imageWaitTimeoutSeconds));
    return StepOutcome::wait(qMax(m_settings.waitPollMs, 5000));
}
