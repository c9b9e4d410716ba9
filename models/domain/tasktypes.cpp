#include "models/domain/tasktypes.h"

#include <QHash>
#include <QJsonArray>

namespace
{
struct KindInfo
{
    TaskKind kind;
    const char *key;
    const char *name;
};

// QT_TRANSLATE_NOOP keeps the names in the .ts files; TaskText translates them at run time.
const KindInfo Kinds[] = {
    {TaskKind::Create, "create", QT_TRANSLATE_NOOP("TaskText", "Create")},
    {TaskKind::Start, "start", QT_TRANSLATE_NOOP("TaskText", "Start")},
    {TaskKind::Resume, "resume", QT_TRANSLATE_NOOP("TaskText", "Resume")},
    {TaskKind::Suspend, "suspend", QT_TRANSLATE_NOOP("TaskText", "Suspend")},
    {TaskKind::Stop, "stop", QT_TRANSLATE_NOOP("TaskText", "Shut down")},
    {TaskKind::Reboot, "reboot", QT_TRANSLATE_NOOP("TaskText", "Reboot")},
    {TaskKind::RebootHard, "reboot-hard", QT_TRANSLATE_NOOP("TaskText", "Hard reboot")},
    {TaskKind::Rebuild, "rebuild", QT_TRANSLATE_NOOP("TaskText", "Restore")},
    {TaskKind::Shelve, "shelve", QT_TRANSLATE_NOOP("TaskText", "Shelve")},
    {TaskKind::Unshelve, "unshelve", QT_TRANSLATE_NOOP("TaskText", "Unshelve")},
    {TaskKind::Pause, "pause", QT_TRANSLATE_NOOP("TaskText", "Pause")},
    {TaskKind::Unpause, "unpause", QT_TRANSLATE_NOOP("TaskText", "Unpause")},
    {TaskKind::MakeImage, "make-image", QT_TRANSLATE_NOOP("TaskText", "Make image")},
    {TaskKind::Delete, "delete", QT_TRANSLATE_NOOP("TaskText", "Delete")},
    {TaskKind::ForceDelete, "force-delete", QT_TRANSLATE_NOOP("TaskText", "Force delete")},
    {TaskKind::AssignFloatingIp, "assign-floating-ip", QT_TRANSLATE_NOOP("TaskText", "Assign floating IP")},
    {TaskKind::ReleaseFloatingIp, "release-floating-ip", QT_TRANSLATE_NOOP("TaskText", "Release floating IP")},
    {TaskKind::OpenDesktop, "open-desktop", QT_TRANSLATE_NOOP("TaskText", "Open desktop")},
    {TaskKind::LiveMigrate, "live-migrate", QT_TRANSLATE_NOOP("TaskText", "Live migrate")},
    {TaskKind::ColdMigrate, "cold-migrate", QT_TRANSLATE_NOOP("TaskText", "Migrate")},
    {TaskKind::Evacuate, "evacuate", QT_TRANSLATE_NOOP("TaskText", "Evacuate")},
};

struct StageInfo
{
    Stage stage;
    const char *key;
    const char *name;
};

const StageInfo Stages[] = {
    {Stage::Build, "build", QT_TRANSLATE_NOOP("TaskText", "Build")},
    {Stage::Action, "action", QT_TRANSLATE_NOOP("TaskText", "Request")},
    {Stage::Wait, "wait", QT_TRANSLATE_NOOP("TaskText", "Wait")},
    {Stage::Floating, "floating", QT_TRANSLATE_NOOP("TaskText", "Floating IP")},
    {Stage::Disassociate, "disassociate", QT_TRANSLATE_NOOP("TaskText", "Release address")},
    {Stage::Delete, "delete", QT_TRANSLATE_NOOP("TaskText", "Delete")},
    {Stage::Detect, "detect", QT_TRANSLATE_NOOP("TaskText", "Check reachable")},
    {Stage::Stop, "stop", QT_TRANSLATE_NOOP("TaskText", "Shut down")},
    {Stage::Snapshot, "snapshot", QT_TRANSLATE_NOOP("TaskText", "Snapshot")},
    {Stage::WaitImage, "wait-image", QT_TRANSLATE_NOOP("TaskText", "Wait for image")},
    {Stage::Migrate, "migrate", QT_TRANSLATE_NOOP("TaskText", "Move")},
    {Stage::WaitMoved, "wait-moved", QT_TRANSLATE_NOOP("TaskText", "Wait for the move")},
};

struct StateInfo
{
    TaskState state;
    const char *key;
    const char *name;
};

const StateInfo States[] = {
    {TaskState::Pending, "pending", QT_TRANSLATE_NOOP("TaskText", "Queued")},
    {TaskState::Running, "running", QT_TRANSLATE_NOOP("TaskText", "Running")},
    {TaskState::Waiting, "waiting", QT_TRANSLATE_NOOP("TaskText", "Waiting")},
    {TaskState::Done, "done", QT_TRANSLATE_NOOP("TaskText", "Done")},
    {TaskState::Failed, "failed", QT_TRANSLATE_NOOP("TaskText", "Failed")},
    {TaskState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TaskText", "Cancelled")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("TaskText", text);
}
} // namespace

QString TaskText::kindName(TaskKind kind)
{
    for (const auto &k : Kinds) {
        if (k.kind == kind)
            return tr(k.name);
    }
    return {};
}

QString TaskText::stageName(Stage stage)
{
    for (const auto &s : Stages) {
        if (s.stage == stage)
            return tr(s.name);
    }
    return {};
}

QString TaskText::stateName(TaskState state)
{
    for (const auto &s : States) {
        if (s.state == state)
            return tr(s.name);
    }
    return {};
}

QString TaskText::kindKey(TaskKind kind)
{
    for (const auto &k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

QString TaskText::stageKey(Stage stage)
{
    for (const auto &s : Stages) {
        if (s.stage == stage)
            return QString::fromLatin1(s.key);
    }
    return {};
}

QString TaskText::stateKey(TaskState state)
{
    for (const auto &s : States) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<TaskKind> TaskText::kindFromKey(const QString &key)
{
    for (const auto &k : Kinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<Stage> TaskText::stageFromKey(const QString &key)
{
    for (const auto &s : Stages) {
        if (key == QLatin1String(s.key))
            return s.stage;
    }
    return std::nullopt;
}

std::optional<TaskState> TaskText::stateFromKey(const QString &key)
{
    for (const auto &s : States) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString TaskSnapshot::warning() const
{
    // Only the latest record of each stage counts: a re-run that reached the desktop clears it.
    QHash<int, const StageRecord *> latest;
    for (const StageRecord &r : history)
        latest.insert(r.index, &r);
    for (const StageRecord &r : history) {
        if (latest.value(r.index) == &r && r.ok && r.warning)
            return r.message;
    }
    return {};
}

QString TaskSnapshot::workRequestId() const
{
    if (!requestId.isEmpty())
        return requestId;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->ok && !it->requestId.isEmpty())
            return it->requestId;
    }
    return {};
}

QList<Stage> stageChain(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Create:
        return {Stage::Build, Stage::Wait, Stage::Floating, Stage::Detect};
    case TaskKind::Start:
    case TaskKind::Resume:
    case TaskKind::Reboot:
    case TaskKind::RebootHard:
    case TaskKind::Rebuild:
    case TaskKind::Unshelve:
        return {Stage::Action, Stage::Wait, Stage::Detect};
    case TaskKind::Suspend:
    case TaskKind::Stop:
    case TaskKind::Shelve:
    case TaskKind::Pause:
    case TaskKind::Unpause:
        return {Stage::Action, Stage::Wait};
    case TaskKind::MakeImage:
        return {Stage::Stop, Stage::Wait, Stage::Snapshot, Stage::WaitImage};
    case TaskKind::Delete:
    case TaskKind::ForceDelete:
        return {Stage::Disassociate, Stage::Delete, Stage::Wait};
    case TaskKind::AssignFloatingIp:
        return {Stage::Floating};
    case TaskKind::ReleaseFloatingIp:
        return {Stage::Disassociate};
    case TaskKind::OpenDesktop:
        return {Stage::Action, Stage::Wait, Stage::Floating, Stage::Detect};
    case TaskKind::LiveMigrate:
    case TaskKind::ColdMigrate:
    case TaskKind::Evacuate:
        return {Stage::Migrate, Stage::WaitMoved};
    }
    return {};
}

QJsonObject taskSpecToJson(const TaskSpec &spec)
{
    QJsonObject o{{QStringLiteral("kind"), TaskText::kindKey(spec.kind)},
                  {QStringLiteral("serverId"), spec.serverId},
                  {QStringLiteral("serverName"), spec.serverName}};
    if (!spec.imageId.isEmpty())
        o.insert(QStringLiteral("imageId"), spec.imageId);
    if (!spec.imageName.isEmpty())
        o.insert(QStringLiteral("imageName"), spec.imageName);
    if (spec.detectPort)
        o.insert(QStringLiteral("detectPort"), spec.detectPort);
    if (!spec.actionMark.isEmpty())
        o.insert(QStringLiteral("actionMark"), spec.actionMark);
    if (spec.directAddress)
        o.insert(QStringLiteral("directAddress"), true);
    if (!spec.detectHost.isEmpty())
        o.insert(QStringLiteral("detectHost"), spec.detectHost);
    if (!spec.sourceHost.isEmpty())
        o.insert(QStringLiteral("sourceHost"), spec.sourceHost);
    if (!spec.targetHost.isEmpty())
        o.insert(QStringLiteral("targetHost"), spec.targetHost);
    if (!spec.options.isEmpty()) {
        QJsonObject options;
        if (spec.options.detectTimeoutSeconds >= 0)
            options.insert(QStringLiteral("detectTimeoutSeconds"), spec.options.detectTimeoutSeconds);
        if (spec.options.waitTimeoutSeconds >= 0)
            options.insert(QStringLiteral("waitTimeoutSeconds"), spec.options.waitTimeoutSeconds);
        if (spec.options.concurrency > 0)
            options.insert(QStringLiteral("concurrency"), spec.options.concurrency);
        o.insert(QStringLiteral("options"), options);
    }
    if (spec.kind == TaskKind::Create) {
        const ServerCreateSpec &c = spec.create;
        QJsonObject meta;
        for (auto it = c.metadata.begin(); it != c.metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        o.insert(QStringLiteral("create"),
                 QJsonObject{{QStringLiteral("name"), c.name},
                             {QStringLiteral("imageId"), c.imageId},
                             {QStringLiteral("flavorId"), c.flavorId},
                             {QStringLiteral("networkId"), c.networkId},
                             {QStringLiteral("portId"), c.portId},
                             {QStringLiteral("metadata"), meta},
                             {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                             {QStringLiteral("userData"), QString::fromLatin1(c.userData.toBase64())},
                             {QStringLiteral("keyName"), c.keyName},
                             {QStringLiteral("availabilityZone"), c.availabilityZone}});
    }
    return o;
}

TaskSpec taskSpecFromJson(const QJsonObject &o)
{
    TaskSpec spec;
    spec.kind = TaskText::kindFromKey(o.value(QLatin1String("kind")).toString()).value_or(TaskKind::Start);
    spec.serverId = o.value(QLatin1String("serverId")).toString();
    spec.serverName = o.value(QLatin1String("serverName")).toString();
    spec.imageId = o.value(QLatin1String("imageId")).toString();
    spec.imageName = o.value(QLatin1String("imageName")).toString();
    spec.detectPort = o.value(QLatin1String("detectPort")).toInt();
    spec.actionMark = o.value(QLatin1String("actionMark")).toString();
    spec.directAddress = o.value(QLatin1String("directAddress")).toBool();
    spec.detectHost = o.value(QLatin1String("detectHost")).toString();
    spec.sourceHost = o.value(QLatin1String("sourceHost")).toString();
    spec.targetHost = o.value(QLatin1String("targetHost")).toString();
    const QJsonObject options = o.value(QLatin1String("options")).toObject();
    spec.options.detectTimeoutSeconds = options.value(QLatin1String("detectTimeoutSeconds")).toInt(-1);
    spec.options.waitTimeoutSeconds = options.value(QLatin1String("waitTimeoutSeconds")).toInt(-1);
    spec.options.concurrency = options.value(QLatin1String("concurrency")).toInt(0);
    const QJsonObject c = o.value(QLatin1String("create")).toObject();
    if (!c.isEmpty()) {
        spec.create.name = c.value(QLatin1String("name")).toString();
        spec.create.imageId = c.value(QLatin1String("imageId")).toString();
        spec.create.flavorId = c.value(QLatin1String("flavorId")).toString();
        spec.create.networkId = c.value(QLatin1String("networkId")).toString();
        spec.create.portId = c.value(QLatin1String("portId")).toString();
        const QJsonObject meta = c.value(QLatin1String("metadata")).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it)
            spec.create.metadata.insert(it.key(), it.value().toString());
        for (const QJsonValue &t : c.value(QLatin1String("tags")).toArray())
            spec.create.tags << t.toString();
        spec.create.userData = QByteArray::fromBase64(c.value(QLatin1String("userData")).toString().toLatin1());
        spec.create.keyName = c.value(QLatin1String("keyName")).toString();
        spec.create.availabilityZone = c.value(QLatin1String("availabilityZone")).toString();
    }
    return spec;
}
