#include "models/engine/migrationstages.h"

#include "cloud/hostsapi.h"
#include "cloud/retrypolicy.h"
#include "models/engine/inventory.h"
#include "models/engine/workercontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigration, "phoenix.models.migration")

namespace
{
bool is(const QString &status, const char *name)
{
    return status == QLatin1String(name);
}

StepOutcome leaseCheck()
{
    StepOutcome o = StepOutcome::wait(0);
    o.recheckLease = true;
    return o;
}
} // namespace

MigrationStages::MigrationStages(WorkerContext &context, Inventory *inventory, const EngineSettings &settings,
                                 const StageHooks &hooks)
    : m_context(context)
    , m_inventory(inventory)
    , m_settings(settings)
    , m_hooks(hooks)
{
}

bool MigrationStages::timedOut(const StageProgress &progress, int seconds) const
{
    return progress.startedAt.isValid() && progress.startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= seconds;
}

StepOutcome MigrationStages::retryOrFail(const CloudError &error, StageProgress &progress) const
{
    if (RetryPolicy::retriedByStep(error) && progress.attempt < m_settings.actionTries) {
        StepOutcome o;
        o.kind = StepOutcome::Again;
        o.delayMs = m_settings.actionRetryDelayMs;
        o.message = error.userMessage();
        o.requestId = error.requestId();
        return o;
    }
    return StepOutcome::failed(error);
}

MigrationStages::Move MigrationStages::decide(TaskKind kind, const Server &s, const QString &sourceHost, QString *why)
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return Move::Refuse;
    };
    if (!s.host.isEmpty() && !sourceHost.isEmpty() && s.host != sourceHost)
        return Move::AlreadyMoved;
    if (is(s.status, "VERIFY_RESIZE"))
        return Move::Confirm;
    if (!s.taskState.isEmpty())
        return Move::Busy;
    if (s.host.isEmpty())
        return refuse(tr("The desktop is on no compute host (%1); there is nothing to move.").arg(s.status));
    if (kind == TaskKind::Evacuate) {
        if (is(s.status, "ACTIVE") || is(s.status, "SHUTOFF") || is(s.status, "ERROR"))
            return Move::Evacuate;
        return refuse(tr("Nova evacuates only running, shut-down or failed desktops; this one is %1.").arg(s.status));
    }
    if (is(s.status, "ERROR"))
        return refuse(tr("The desktop is in ERROR; reset its state first."));
    if (is(s.status, "SUSPENDED"))
        return refuse(tr("Nova moves no suspended desktop; resume or shelve it first."));
    if (kind == TaskKind::LiveMigrate && (is(s.status, "ACTIVE") || is(s.status, "PAUSED")))
        return Move::Live;
    if (is(s.status, "ACTIVE") || is(s.status, "SHUTOFF"))
        return Move::Cold;
    return refuse(tr("A %1 desktop cannot be moved.").arg(s.status));
}

StepOutcome MigrationStages::migrate(TaskSnapshot &task, StageProgress &progress)
{
    ++progress.attempt;
    const QString id = task.spec.serverId;
    // Always Nova's own view, never the shared snapshot: this decides whether to send a move.
    Result<Server> current
        = waitFor<Server>([&](QObject *ctx, ApiCallback<Server> cb) { m_context.compute().getServer(id, ctx, cb); });
    if (!current) {
        if (current.error().isNotFound())
            return StepOutcome::failed(current.error());
        return retryOrFail(current.error(), progress);
    }
    const Server s = current.value();
    if (task.spec.sourceHost.isEmpty()) {
        if (s.host.isEmpty())
            return StepOutcome::fail(tr("Nova does not say which host the desktop is on (administrators only)."));
        // A single move from the desktop table: the host it is on now, journaled with the next step.
        task.spec.sourceHost = s.host;
        if (m_hooks.persist && !m_hooks.persist(task))
            return leaseCheck();
    }
    QString why;
    switch (decide(task.spec.kind, s, task.spec.sourceHost, &why)) {
    case Move::AlreadyMoved:
        return StepOutcome::advance(tr("Already on %1; not moved again.").arg(s.host));
    case Move::Confirm:
        return StepOutcome::advance();
    case Move::Busy:
        if (timedOut(progress, m_settings.waitTimeoutSeconds))
            return StepOutcome::fail(tr("The desktop stayed busy (%1) for %2 s.").arg(s.taskState).arg(m_settings.waitTimeoutSeconds));
        --progress.attempt;
        return StepOutcome::wait(m_settings.waitPollMs);
    case Move::Refuse:
        return StepOutcome::fail(why);
    case Move::Live:
    case Move::Cold:
    case Move::Evacuate:
        break;
    }
    if (m_hooks.leaseHeld && !m_hooks.leaseHeld())
        return leaseCheck();
    const Move move = decide(task.spec.kind, s, task.spec.sourceHost);
    progress.fromStatus = s.status;
    HostsApi hosts(&m_context.client());
    const QString target = task.spec.targetHost;
    Result<bool> sent = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) {
        if (move == Move::Live)
            hosts.liveMigrate(id, target, ctx, cb);
        else if (move == Move::Cold)
            hosts.coldMigrate(id, target, ctx, cb);
        else
            hosts.evacuate(id, target, ctx, cb);
    });
    if (!sent) {
        const CloudError &e = sent.error();
        // Nova's refusals (no valid host, host still up, wrong state) are final and plain.
        if (e.httpStatus() == 400 || e.httpStatus() == 409 || e.httpStatus() == 403)
            return StepOutcome::failed(e);
        return retryOrFail(e, progress); // the next try reads the server first: a move that began is not sent again
    }
    progress.pollMark = m_inventory ? m_inventory->changeMark() : 0; // after Nova's answer
    if (m_inventory)
        m_inventory->notifyChanged();
    const QString where = target.isEmpty() ? tr("a host the scheduler picks") : target;
    if (move == Move::Live)
        return StepOutcome::advance(tr("Live migration to %1 requested (block migration: auto).").arg(where));
    if (move == Move::Cold)
        return StepOutcome::advance(tr("Cold migration to %1 requested.").arg(where));
    return StepOutcome::advance(tr("Evacuation to %1 requested.").arg(where));
}

StepOutcome MigrationStages::waitMoved(TaskSnapshot &task, StageProgress &progress)
{
    if (!m_inventory)
        return StepOutcome::fail(tr("No inventory to wait on."));
    const quint64 seen = m_inventory->pollCount(); // a poll finishing after this wakes the task
    m_inventory->requestFastPoll();
    const bool fresh = m_inventory->hasPolledSince(progress.pollMark);
    const std::optional<Server> s = m_inventory->server(task.spec.serverId);
    if (fresh && s) {
        if (is(s->status, "ERROR"))
            return StepOutcome::fail(tr("The desktop went into ERROR during the move%1.")
                                         .arg(s->faultMessage.isEmpty() ? QString() : QStringLiteral(": ") + s->faultMessage));
        if (is(s->status, "VERIFY_RESIZE") && s->taskState.isEmpty()) {
            // A cold migration waits for its confirmation: read Nova first (the snapshot may be
            // stale), then confirm — a confirmed one is not in VERIFY_RESIZE any more.
            const QString id = task.spec.serverId;
            Result<Server> now = waitFor<Server>([&](QObject *ctx, ApiCallback<Server> cb) { m_context.compute().getServer(id, ctx, cb); });
            if (now && is(now.value().status, "VERIFY_RESIZE") && now.value().taskState.isEmpty()) {
                if (m_hooks.leaseHeld && !m_hooks.leaseHeld())
                    return leaseCheck();
                HostsApi hosts(&m_context.client());
                Result<bool> confirmed = waitFor<bool>([&](QObject *ctx, ApiCallback<bool> cb) { hosts.confirmResize(id, ctx, cb); });
                // 400 "has not been resized": Nova shows VERIFY_RESIZE a moment before its migration
                // record is "finished"; 409: busy. Both: confirm at the next poll (bounded by the timeout).
                if (!confirmed && !confirmed.error().isConflict() && confirmed.error().httpStatus() != 400)
                    return StepOutcome::failed(confirmed.error());
                progress.pollMark = m_inventory->changeMark();
                m_inventory->notifyChanged();
            }
            return StepOutcome::waitForPoll(seen, m_settings.waitPollMs);
        }
        if (!s->host.isEmpty() && s->host != task.spec.sourceHost && s->taskState.isEmpty())
            return StepOutcome::advance(tr("Now on %1 (%2).").arg(s->host, s->status));
        if (s->host == task.spec.sourceHost && s->taskState.isEmpty()) {
            // Idle on the source host after the move was accepted: did Nova give up?
            const QString id = task.spec.serverId;
            HostsApi hosts(&m_context.client());
            Result<QList<ServerMigration>> migrations = waitFor<QList<ServerMigration>>(
                [&](QObject *ctx, ApiCallback<QList<ServerMigration>> cb) { hosts.listMigrations(id, ctx, cb); });
            if (migrations) {
                for (const ServerMigration &m : migrations.value()) {
                    if (m.sourceHost != task.spec.sourceHost || !progress.startedAt.isValid()
                        || (m.createdAt.isValid() && m.createdAt < progress.startedAt.addSecs(-120)))
                        continue;
                    if (m.status == QLatin1String("error") || m.status == QLatin1String("failed"))
                        return StepOutcome::fail(tr("Nova could not move the desktop off %1 (its %2 ended \"%3\"); it is still there.")
                                                     .arg(task.spec.sourceHost, m.type, m.status));
                }
            }
        }
    }
    if (timedOut(progress, m_settings.waitTimeoutSeconds))
        return StepOutcome::fail(tr("The desktop was not moved off %1 within %2 s.")
                                     .arg(task.spec.sourceHost)
                                     .arg(m_settings.waitTimeoutSeconds));
    return StepOutcome::waitForPoll(seen, m_settings.waitPollMs);
}
