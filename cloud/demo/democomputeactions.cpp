// Nova server actions and the build: transitional task states with (scaled) realistic delays,
// and Nova's 409 conflicts when an action does not fit the vm_state or task_state.
#include "cloud/demo/democompute.h"

#include "cloud/demo/demoimage.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
const QString None;
const QString Active = QStringLiteral("active");
const QString Stopped = QStringLiteral("stopped");
const QString Suspended = QStringLiteral("suspended");
const QString Paused = QStringLiteral("paused");
const QString Error = QStringLiteral("error");
const QString Shelved = QStringLiteral("shelved");
const QString ShelvedOffloaded = QStringLiteral("shelved_offloaded");
const QString SoftDeleted = QStringLiteral("soft-delete");

constexpr int PowerRunning = 1;
constexpr int PowerPaused = 3;
constexpr int PowerShutdown = 4;
} // namespace

void DemoComputeService::runSteps(const QString &serverId, const QList<Step> &steps, std::function<void(DemoServer &)> finish)
{
    DemoServer *s = m_state->server(serverId);
    if (!s)
        return;
    if (steps.isEmpty()) {
        s->taskState.clear();
        finish(*s);
        m_state->touch(*s);
        return;
    }
    const Step &step = steps.first();
    s->taskState = step.taskState;
    if (step.enter)
        step.enter(*s);
    m_state->touch(*s);
    if (s->vmState == Error && s->taskState.isEmpty())
        return; // the step failed the server
    const QList<Step> rest = steps.mid(1);
    m_state->afterDelay(serverId, m_state->scaledDelay(step.minMs, step.maxMs),
                        [this, rest, finish = std::move(finish)](DemoServer &server) { runSteps(server.id, rest, finish); });
}

void DemoComputeService::assignHost(DemoServer &s)
{
    s.host = (m_state->instanceCounter + int(s.id.at(0).unicode())) % 2 ? QStringLiteral("demo-compute1")
                                                                          : QStringLiteral("demo-compute2");
    s.availabilityZone = QStringLiteral("nova");
}

void DemoComputeService::failBuild(DemoServer &s, const QString &message)
{
    s.vmState = Error;
    s.taskState.clear();
    s.powerState = 0;
    s.fault = QJsonObject{{QStringLiteral("code"), 500},
                          {QStringLiteral("created"), DemoTime::seconds(DemoState::now())},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("details"), QStringLiteral("Traceback (most recent call last):\n"
                                                                     "  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", "
                                                                     "line 1654, in schedule_and_build_instances\n"
                                                                     "nova.exception.NoValidHost: %1\n").arg(message)}};
    if (!s.actions.isEmpty())
        s.actions.last().message = QStringLiteral("Error");
    qCInfo(lcDemo) << "server" << s.name << "went to ERROR:" << message;
}

bool DemoComputeService::plugNetworks(DemoServer &s)
{
    for (const QString &networkId : std::as_const(s.requestedNetworks)) {
        const QString portId = m_state->createPort(networkId, s.projectId, s.id, QStringLiteral("compute:nova"));
        if (portId.isEmpty()) {
            failBuild(s, QStringLiteral("Build of instance %1 aborted: Failed to allocate the network(s), not rescheduling.").arg(s.id));
            return false;
        }
        s.portIds << portId;
    }
    s.requestedNetworks.clear();
    return true;
}

void DemoComputeService::startBuild(const QString &serverId)
{
    DemoServer *s = m_state->server(serverId);
    if (!s)
        return;
    bool fail = false;
    if (m_state->failNextBuilds > 0) {
        --m_state->failNextBuilds;
        fail = true;
    } else if (m_state->buildFailureRate > 0) {
        fail = m_state->chance() < m_state->buildFailureRate;
    }
    if (fail) {
        runSteps(serverId, {{QStringLiteral("scheduling"), 1500, 4000}}, [this](DemoServer &server) {
            failBuild(server, QStringLiteral("No valid host was found. There are not enough hosts available."));
        });
        return;
    }
    // Nova: scheduling → networking → block_device_mapping → spawning, 4–10 s in all.
    runSteps(serverId,
             {{QStringLiteral("scheduling"), 600, 1500},
              {QStringLiteral("networking"), 800, 2000, [this](DemoServer &server) {
                   assignHost(server);
                   plugNetworks(server);
               }},
              {QStringLiteral("block_device_mapping"), 600, 1500},
              {QStringLiteral("spawning"), 2000, 5000}},
             [](DemoServer &server) {
                 server.vmState = Active;
                 server.powerState = PowerRunning;
                 server.launchedAt = DemoState::now();
             });
}

DemoHttpResponse DemoComputeService::serverAction(Context &c, const QString &id)
{
    DemoServer *s = visibleServer(c, id);
    if (!s)
        return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
    QJsonObject body;
    if (!jsonBody(*c.request, &body) || body.size() != 1)
        return DemoErrors::nova(400, QStringLiteral("Malformed request body"));
    const QString action = body.keys().constFirst();
    const QJsonValue arg = body.value(action);
    if (s->locked && !c.caller.isAdmin() && action != QLatin1String("unlock"))
        return DemoErrors::nova(409, QStringLiteral("Instance %1 is locked").arg(id));

    // Checks the state, records the instance action and starts the steps: the common shape.
    auto start = [&](const QString &apiName, const QString &record, const QStringList &vmStates, const QStringList &taskStates,
                     const QList<Step> &steps, std::function<void(DemoServer &)> finish) {
        const DemoHttpResponse conflict = checkState(*s, apiName, vmStates, taskStates);
        if (conflict.status)
            return conflict;
        recordAction(*s, record, c);
        qCDebug(lcDemo) << "server" << s->name << action;
        runSteps(id, steps, std::move(finish));
        return DemoHttpResponse::empty(202);
    };
    auto becomes = [](const QString &vmState, int power) {
        return [vmState, power](DemoServer &server) {
            server.vmState = vmState;
            server.powerState = power;
        };
    };

    if (action == QLatin1String("os-stop"))
        return start(QStringLiteral("stop"), QStringLiteral("stop"), {Active, Error}, {None},
                     {{QStringLiteral("powering-off"), 1000, 3000}}, becomes(Stopped, PowerShutdown));
    if (action == QLatin1String("os-start"))
        return start(QStringLiteral("start"), QStringLiteral("start"), {Stopped}, {None},
                     {{QStringLiteral("powering-on"), 1500, 4000}}, becomes(Active, PowerRunning));
    if (action == QLatin1String("suspend"))
        return start(QStringLiteral("suspend"), QStringLiteral("suspend"), {Active}, {None},
                     {{QStringLiteral("suspending"), 1000, 3000}}, becomes(Suspended, PowerShutdown));
    if (action == QLatin1String("resume"))
        return start(QStringLiteral("resume"), QStringLiteral("resume"), {Suspended}, {None},
                     {{QStringLiteral("resuming"), 1500, 4000}}, becomes(Active, PowerRunning));
    if (action == QLatin1String("pause"))
        return start(QStringLiteral("pause"), QStringLiteral("pause"), {Active}, {None},
                     {{QStringLiteral("pausing"), 300, 1000}}, becomes(Paused, PowerPaused));
    if (action == QLatin1String("unpause"))
        return start(QStringLiteral("unpause"), QStringLiteral("unpause"), {Paused}, {None},
                     {{QStringLiteral("unpausing"), 300, 1000}}, becomes(Active, PowerRunning));
    if (action == QLatin1String("reboot")) {
        const QString type = arg.toObject().value(QLatin1String("type")).toString().toUpper();
        if (type == QLatin1String("SOFT"))
            return start(QStringLiteral("reboot"), QStringLiteral("reboot"), {Active}, {None},
                         {{QStringLiteral("rebooting"), 300, 800},
                          {QStringLiteral("reboot_pending"), 300, 800},
                          {QStringLiteral("reboot_started"), 1000, 2500}},
                         [](DemoServer &server) {
                             server.vmState = Active;
                             server.powerState = PowerRunning;
                             server.fault = {};
                         });
        if (type == QLatin1String("HARD"))
            return start(QStringLiteral("reboot"), QStringLiteral("reboot"), {Active, Stopped, Paused, Suspended, Error},
                         {None, QStringLiteral("rebooting"), QStringLiteral("reboot_pending"), QStringLiteral("reboot_started")},
                         {{QStringLiteral("rebooting_hard"), 300, 800},
                          {QStringLiteral("reboot_pending_hard"), 300, 800},
                          {QStringLiteral("reboot_started_hard"), 800, 1500}},
                         [](DemoServer &server) {
                             server.vmState = Active;
                             server.powerState = PowerRunning;
                             server.fault = {};
                         });
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute type. Value: %1. '%1' is not one of "
                                                    "['HARD', 'Hard', 'SOFT', 'Soft']").arg(type));
    }
    if (action == QLatin1String("rebuild")) {
        const QJsonObject a = arg.toObject();
        const QString imageId = a.value(QLatin1String("imageRef")).toString();
        const DemoImage *image = m_images->image(imageId);
        if (!image || image->status != QLatin1String("active"))
            return DemoErrors::nova(400, QStringLiteral("Cannot find requested image %1: Image %1 could not be found.").arg(imageId));
        const bool wasStopped = s->vmState == Stopped;
        DemoHttpResponse r = start(QStringLiteral("rebuild"), QStringLiteral("rebuild"), {Active, Stopped, Error}, {None},
                                   {{QStringLiteral("rebuilding"), 500, 1500},
                                    {QStringLiteral("rebuild_block_device_mapping"), 500, 1000},
                                    {QStringLiteral("rebuild_spawning"), 2000, 5000}},
                                   [wasStopped](DemoServer &server) {
                                       server.vmState = wasStopped ? Stopped : Active;
                                       server.powerState = wasStopped ? PowerShutdown : PowerRunning;
                                       server.launchedAt = DemoState::now();
                                       server.fault = {};
                                   });
        if (r.status != 202)
            return r;
        s = m_state->server(id);
        s->imageId = imageId;
        if (a.contains(QLatin1String("name")))
            s->name = a.value(QLatin1String("name")).toString();
        if (a.value(QLatin1String("metadata")).isObject()) {
            s->metadata.clear();
            const QJsonObject meta = a.value(QLatin1String("metadata")).toObject();
            for (auto it = meta.begin(); it != meta.end(); ++it)
                s->metadata.insert(it.key(), it.value().toString());
        }
        QJsonObject server = serverJson(*s, c, true);
        server.insert(QStringLiteral("adminPass"), m_state->newHexId().left(12));
        return DemoHttpResponse::json(202, QJsonObject{{QStringLiteral("server"), server}});
    }
    auto offload = [this](DemoServer &server) {
        server.vmState = Shelved;
        server.powerState = PowerShutdown;
        runSteps(server.id, {{QStringLiteral("shelving_offloading"), 1000, 2500}}, [](DemoServer &shelved) {
            shelved.vmState = ShelvedOffloaded;
            shelved.host.clear();
        });
    };
    if (action == QLatin1String("shelve"))
        return start(QStringLiteral("shelve"), QStringLiteral("shelve"), {Active, Stopped, Paused, Suspended}, {None},
                     {{QStringLiteral("shelving"), 1000, 2000},
                      {QStringLiteral("shelving_image_pending_upload"), 500, 1000},
                      {QStringLiteral("shelving_image_uploading"), 1500, 3000}},
                     offload);
    if (action == QLatin1String("shelveOffload"))
        return start(QStringLiteral("shelveOffload"), QStringLiteral("shelveOffload"), {Shelved}, {None},
                     {{QStringLiteral("shelving_offloading"), 1000, 2500}}, [](DemoServer &server) {
                         server.vmState = ShelvedOffloaded;
                         server.host.clear();
                     });
    if (action == QLatin1String("unshelve"))
        return start(QStringLiteral("unshelve"), QStringLiteral("unshelve"), {Shelved, ShelvedOffloaded}, {None},
                     {{QStringLiteral("unshelving"), 1000, 2000},
                      {QStringLiteral("spawning"), 2000, 5000, [this](DemoServer &server) { assignHost(server); }}},
                     becomes(Active, PowerRunning));
    if (action == QLatin1String("createImage")) {
        const QJsonObject a = arg.toObject();
        const QString name = a.value(QLatin1String("name")).toString();
        if (name.trimmed().isEmpty())
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute name. Value: %1.").arg(name));
        const DemoHttpResponse conflict = checkState(*s, QStringLiteral("createImage"), {Active, Stopped, Paused, Suspended}, {None});
        if (conflict.status)
            return conflict;
        const QString imageId = m_images->createSnapshot(*s, name, a.value(QLatin1String("metadata")).toObject(),
                                                         c.caller.user->name, c.caller.project->name);
        start(QStringLiteral("createImage"), QStringLiteral("createImage"), {}, {None},
              {{QStringLiteral("image_snapshot"), 500, 1500},
               {QStringLiteral("image_pending_upload"), 500, 1000,
                [this, imageId](DemoServer &) { m_images->setStatus(imageId, QStringLiteral("saving")); }},
               {QStringLiteral("image_uploading"), 2000, 5000}},
              [this, imageId](DemoServer &) { m_images->setStatus(imageId, QStringLiteral("active")); });
        if (c.minor >= 45)
            return DemoHttpResponse::json(202, QJsonObject{{QStringLiteral("image_id"), imageId}});
        DemoHttpResponse r = DemoHttpResponse::empty(202);
        r.setHeader("Location", (m_state->baseUrl + QStringLiteral("/image/v2/images/") + imageId).toUtf8());
        return r;
    }
    if (action == QLatin1String("forceDelete")) {
        const DemoHttpResponse conflict = checkState(*s, QStringLiteral("forceDelete"), {SoftDeleted}, {None});
        if (conflict.status)
            return conflict;
        recordAction(*s, QStringLiteral("forceDelete"), c);
        ++s->epoch;
        s->taskState = QStringLiteral("deleting");
        m_state->touch(*s);
        m_state->afterDelay(id, m_state->scaledDelay(300, 1000), [this](DemoServer &server) { finishDelete(server.id); });
        return DemoHttpResponse::empty(202);
    }
    if (action == QLatin1String("restore")) {
        const DemoHttpResponse conflict = checkState(*s, QStringLiteral("restore"), {SoftDeleted}, {None});
        if (conflict.status)
            return conflict;
        recordAction(*s, QStringLiteral("restore"), c);
        ++s->epoch; // cancels the reclaim
        runSteps(id, {{QStringLiteral("restoring"), 1000, 2500}}, becomes(Active, PowerRunning));
        return DemoHttpResponse::empty(202);
    }
    if (action == QLatin1String("lock") || action == QLatin1String("unlock")) {
        s->locked = action == QLatin1String("lock");
        recordAction(*s, action, c);
        m_state->touch(*s);
        return DemoHttpResponse::empty(202);
    }
    if (std::optional<DemoHttpResponse> moved = moveAction(c, *s, action, arg))
        return *moved;
    if (action == QLatin1String("os-getConsoleOutput")) {
        if (s->vmState == QLatin1String("building"))
            return DemoErrors::nova(409, QStringLiteral("Instance %1 is not ready").arg(id));
        const QString out = QStringLiteral("[    0.000000] Linux version 5.15.0-91-generic (demo)\n"
                                           "[    2.104512] systemd[1]: Hostname set to <%1>.\n"
                                           "%1 login: \n").arg(s->name);
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("output"), out}});
    }
    return DemoErrors::nova(400, QStringLiteral("There is no such action: %1").arg(action));
}

std::optional<DemoHttpResponse> DemoComputeService::moveAction(Context &c, DemoServer &s, const QString &action, const QJsonValue &arg)
{
    const bool live = action == QLatin1String("os-migrateLive");
    const bool cold = action == QLatin1String("migrate");
    const bool confirm = action == QLatin1String("confirmResize");
    if (!live && !cold && !confirm)
        return std::nullopt;
    if (!c.caller.isAdmin())
        return DemoErrors::nova(403, QStringLiteral("Policy doesn't allow os_compute_api:os-%1 to be performed.")
                                         .arg(live ? QStringLiteral("migrate-server:migrate_live")
                                                   : cold ? QStringLiteral("migrate-server:migrate") : QStringLiteral("confirm-resize")));
    if (confirm) {
        const DemoHttpResponse conflict = checkState(s, QStringLiteral("confirmResize"), {QStringLiteral("resized")}, {None});
        if (conflict.status)
            return conflict;
        recordAction(s, QStringLiteral("confirmResize"), c);
        s.vmState = s.powerState == PowerShutdown ? Stopped : Active;
        m_state->touch(s);
        return DemoHttpResponse::empty(204);
    }
    // A named target must be another host that takes desktops; none: the other host (the scheduler).
    QString target = arg.toObject().value(QLatin1String("host")).toString();
    QStringList candidates;
    for (const DemoState::ComputeService &h : std::as_const(m_state->computeServices))
        if (h.enabled && !h.forcedDown && h.host != s.host)
            candidates << h.host;
    if (!target.isEmpty() && !candidates.contains(target))
        return DemoErrors::nova(400, QStringLiteral("No valid host was found. Host %1 cannot take the instance.").arg(target));
    if (candidates.isEmpty())
        return DemoErrors::nova(400, QStringLiteral("No valid host was found. There are not enough hosts available."));
    if (target.isEmpty())
        target = candidates.first();
    auto moveTo = [target](DemoServer &server) { server.host = target; };
    const QString id = s.id;
    const QString name = live ? QStringLiteral("live-migration") : QStringLiteral("migrate");
    const DemoHttpResponse conflict = checkState(s, live ? QStringLiteral("os-migrateLive") : QStringLiteral("migrate"),
                                                 live ? QStringList{Active, Paused} : QStringList{Active, Stopped}, {None});
    if (conflict.status)
        return conflict;
    recordAction(s, name, c);
    if (live)
        runSteps(id, {{QStringLiteral("migrating"), 2000, 5000}}, moveTo);
    else
        runSteps(id,
                 {{QStringLiteral("resize_prep"), 500, 1000},
                  {QStringLiteral("resize_migrating"), 1000, 3000},
                  {QStringLiteral("resize_migrated"), 300, 800},
                  {QStringLiteral("resize_finish"), 500, 1500}},
                 [moveTo](DemoServer &server) {
                     moveTo(server);
                     server.vmState = QStringLiteral("resized");
                 });
    return DemoHttpResponse::empty(202);
}
