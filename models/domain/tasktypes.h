#pragma once

// What the task engine tells the rest of Phoenix about tasks and batches. Plain values, safe to
// copy across threads and into queued signals.

#include "cloud/computeapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QJsonObject>
#include <QVariantMap>

#include <optional>

// The operations of docs/product.md "Task stage chains".
enum class TaskKind {
    Create,
    Start,
    Resume,
    Suspend,
    Stop,
    Reboot,
    RebootHard,
    Rebuild,
    Shelve,
    Unshelve,
    Pause,
    Unpause,
    MakeImage,
    Delete,
    ForceDelete,
    AssignFloatingIp,
    ReleaseFloatingIp,
    // A teacher's "Open my desktop" (issue 14): resume / start / unshelve / unpause as the state
    // needs → WAIT(ACTIVE) → a reachable address → DETECT.
    OpenDesktop,
    // Moving desktops off a compute host (administrators; models/engine/migrationstages):
    LiveMigrate, // os-migrateLive (block migration "auto"); a shut-off desktop is cold-migrated instead
    ColdMigrate, // migrate, then confirmResize
    Evacuate     // rebuild on another host while the source host is down
};

enum class Stage {
    Build,
    Action,       // the Nova action of the task kind (start, suspend, ...)
    Wait,         // until the server reaches the kind's target state (or is gone)
    Floating,     // allocate + associate a floating IP
    Disassociate, // release the desktop's floating IPs
    Delete,
    Detect,       // TCP connect to the remote-desktop port
    Stop,         // make image: stop first
    Snapshot,     // make image: createImage
    WaitImage,    // make image: until the image is active
    Migrate,      // send the move (live / cold / evacuate) unless the desktop has left the source host
    WaitMoved     // until the desktop runs on another host (confirming a cold migration on the way)
};

enum class TaskState {
    Pending,   // journaled, not started
    Running,   // a stage is talking to the cloud
    Waiting,   // waiting for a state; re-queued after each poll
    Done,
    Failed,
    Cancelled
};

// How a batch was asked to run (phoenixctl --detect-timeout, --concurrency, ...). Journaled with
// every task of the batch (its params), so that "tasks resume" and "tasks retry" — in this or
// another process — run it the same way. -1 / 0: the running engine's own setting.
struct BatchOptions
{
    int detectTimeoutSeconds = -1;
    int waitTimeoutSeconds = -1;
    int concurrency = 0;

    [[nodiscard]] bool isEmpty() const { return detectTimeoutSeconds < 0 && waitTimeoutSeconds < 0 && concurrency <= 0; }
    friend bool operator==(const BatchOptions &, const BatchOptions &) = default;
};

// Everything needed to run (or resume) one task.
struct TaskSpec
{
    TaskKind kind = TaskKind::Start;
    QString serverId;   // empty for Create until BUILD has found/made the server
    QString serverName; // for display, and the name to create
    ServerCreateSpec create; // Create only
    QString imageId;    // Rebuild: image to rebuild from (empty = the server's own)
    QString imageName;  // MakeImage: name of the new image
    int detectPort = 0; // 0 = the engine's setting
    BatchOptions options;
    // Reboot/rebuild: the newest Nova instance action (its request ID) before this task sent its
    // own, journaled before sending; a resumed task finds in os-instance-actions whether Nova
    // accepted the action already. "-" = the server had no action yet.
    QString actionMark;
    // OpenDesktop: this computer reaches the desktop's fixed address (it is in an intranet
    // segment of the settings), so FLOATING attaches no floating IP and DETECT probes the fixed one.
    bool directAddress = false;
    // OpenDesktop through a desktop gateway: DETECT probes this host (at detectPort) instead.
    QString detectHost;
    // LiveMigrate / ColdMigrate / Evacuate: the host the desktop is moved off (journaled before
    // anything is sent; a desktop no longer on it is never moved again), and the target ("" = the
    // scheduler picks).
    QString sourceHost;
    QString targetHost;
};

struct StageRecord
{
    int index = 0;
    Stage stage = Stage::Action;
    int attempt = 1;
    bool ok = false;
    bool warning = false; // finished, but with a warning (e.g. DETECT unreachable under the warn policy)
    QString message;      // error or note, plain language
    QString requestId;
    QDateTime startedAt;
    QDateTime finishedAt;
};

struct TaskSnapshot
{
    QString id;
    QString batchId;
    TaskSpec spec;
    TaskState state = TaskState::Pending;
    int stageIndex = 0;
    QList<Stage> chain;
    QString error;     // plain-language, with the request ID when there is one
    QString requestId;
    QString user;      // Keystone user who started it
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageStartedAt; // when the current stage began (the DETECT probe's "waiting for 1:23")
    QList<StageRecord> history;

    // The note of a stage that finished with a warning in the task's latest run of it (DETECT
    // "not reachable" under the warn policy); empty when none did.
    [[nodiscard]] QString warning() const;
    // The request ID of the cloud call that did the task's work: the failing call of a failed
    // task, else the latest successful stage that carries one (BUILD, the action, DELETE, ...).
    [[nodiscard]] QString workRequestId() const;

    [[nodiscard]] bool isFinished() const
    {
        return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
    }
    [[nodiscard]] Stage currentStage() const { return chain.value(stageIndex, Stage::Action); }
    // 0..100 by stages done
    [[nodiscard]] int progress() const
    {
        if (state == TaskState::Done)
            return 100;
        return chain.isEmpty() ? 0 : (100 * stageIndex) / int(chain.size());
    }
};

struct BatchSnapshot
{
    QString id;
    QString title;
    TaskKind kind = TaskKind::Start;
    QDateTime createdAt;
    int total = 0;
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    int running = 0;  // running + waiting + pending
    int warnings = 0; // done, but with a warning (counted in done too)

    [[nodiscard]] bool isFinished() const { return running == 0; }
};

namespace TaskText
{
QString kindName(TaskKind kind);   // translated ("Resume", "恢复", ...)
QString stageName(Stage stage);    // translated
QString stateName(TaskState state); // translated
QString kindKey(TaskKind kind);    // stable key for the journal ("resume")
QString stageKey(Stage stage);
QString stateKey(TaskState state);
std::optional<TaskKind> kindFromKey(const QString &key);
std::optional<Stage> stageFromKey(const QString &key);
std::optional<TaskState> stateFromKey(const QString &key);
} // namespace TaskText

// The stage chain of each kind (docs/product.md).
QList<Stage> stageChain(TaskKind kind);

Q_DECLARE_METATYPE(TaskSnapshot)
Q_DECLARE_METATYPE(BatchSnapshot)

// TaskSpec <-> JSON for the journal (resume after a crash needs the whole spec).
QJsonObject taskSpecToJson(const TaskSpec &spec);
TaskSpec taskSpecFromJson(const QJsonObject &json);
