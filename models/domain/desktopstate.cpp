#include "models/domain/desktopstate.h"

namespace
{
bool is(const QString &status, const char *value)
{
    return status == QLatin1String(value);
}
} // namespace

DesktopState::Kind DesktopState::kindOf(const Server &server)
{
    const QString &s = server.status;
    if (server.isDeleted())
        return Deleted;
    if (is(s, "ERROR"))
        return Error;
    if (is(s, "BUILD"))
        return Creating;
    if (!server.taskState.isEmpty())
        return Busy;
    if (is(s, "ACTIVE"))
        return Active;
    if (is(s, "SUSPENDED"))
        return Suspended;
    if (is(s, "PAUSED"))
        return Paused;
    if (is(s, "SHUTOFF") || is(s, "STOPPED"))
        return Shutoff;
    if (is(s, "SHELVED") || is(s, "SHELVED_OFFLOADED"))
        return Shelved;
    if (is(s, "REBOOT") || is(s, "HARD_REBOOT") || is(s, "REBUILD") || is(s, "MIGRATING") || is(s, "RESIZE")
        || is(s, "VERIFY_RESIZE") || is(s, "REVERT_RESIZE") || is(s, "PASSWORD") || is(s, "RESCUE"))
        return Busy;
    return Unknown;
}

QString DesktopState::kindText(Kind kind)
{
    switch (kind) {
    case Creating:
        return tr("Creating");
    case Active:
        return tr("Running", "desktop state ACTIVE");
    case Suspended:
        return tr("Suspended");
    case Paused:
        return tr("Paused");
    case Shutoff:
        return tr("Shut down", "desktop state SHUTOFF");
    case Shelved:
        return tr("Shelved");
    case Busy:
        return tr("Busy");
    case Error:
        return tr("Error");
    case Deleted:
        return tr("Deleted");
    case Unknown:
        break;
    }
    return tr("Unknown");
}

QString DesktopState::taskStateText(const QString &taskState)
{
    struct Entry
    {
        const char *key;
        const char *text;
    };
    static const Entry entries[] = {
        {"scheduling", QT_TR_NOOP("Scheduling…")},
        {"block_device_mapping", QT_TR_NOOP("Preparing disks…")},
        {"networking", QT_TR_NOOP("Connecting network…")},
        {"spawning", QT_TR_NOOP("Creating…")},
        {"suspending", QT_TR_NOOP("Suspending…")},
        {"resuming", QT_TR_NOOP("Starting…")},
        {"powering-off", QT_TR_NOOP("Shutting down…")},
        {"powering-on", QT_TR_NOOP("Starting…")},
        {"rebooting", QT_TR_NOOP("Rebooting…")},
        {"reboot_pending", QT_TR_NOOP("Rebooting…")},
        {"reboot_started", QT_TR_NOOP("Rebooting…")},
        {"rebooting_hard", QT_TR_NOOP("Rebooting…")},
        {"reboot_pending_hard", QT_TR_NOOP("Rebooting…")},
        {"reboot_started_hard", QT_TR_NOOP("Rebooting…")},
        {"rebuilding", QT_TR_NOOP("Restoring…")},
        {"rebuild_block_device_mapping", QT_TR_NOOP("Restoring…")},
        {"rebuild_spawning", QT_TR_NOOP("Restoring…")},
        {"shelving", QT_TR_NOOP("Shelving…")},
        {"shelving_image_pending_upload", QT_TR_NOOP("Shelving…")},
        {"shelving_image_uploading", QT_TR_NOOP("Shelving…")},
        {"shelving_offloading", QT_TR_NOOP("Shelving…")},
        {"unshelving", QT_TR_NOOP("Unshelving…")},
        {"deleting", QT_TR_NOOP("Deleting…")},
        {"pausing", QT_TR_NOOP("Pausing…")},
        {"unpausing", QT_TR_NOOP("Unpausing…")},
        {"image_snapshot", QT_TR_NOOP("Taking snapshot…")},
        {"image_snapshot_pending", QT_TR_NOOP("Taking snapshot…")},
        {"image_pending_upload", QT_TR_NOOP("Taking snapshot…")},
        {"image_uploading", QT_TR_NOOP("Taking snapshot…")},
        {"migrating", QT_TR_NOOP("Migrating…")},
        {"resize_prep", QT_TR_NOOP("Resizing…")},
        {"resize_migrating", QT_TR_NOOP("Resizing…")},
        {"resize_finish", QT_TR_NOOP("Resizing…")},
    };
    for (const Entry &e : entries) {
        if (taskState == QLatin1String(e.key))
            return tr(e.text);
    }
    return {};
}

QString DesktopState::text(const Server &server)
{
    const Kind kind = kindOf(server);
    if (kind == Busy || kind == Creating) {
        const QString task = taskStateText(server.taskState);
        if (!task.isEmpty())
            return task;
        const QString &s = server.status;
        if (is(s, "REBOOT") || is(s, "HARD_REBOOT"))
            return tr("Rebooting…");
        if (is(s, "REBUILD"))
            return tr("Restoring…");
        if (is(s, "MIGRATING"))
            return tr("Migrating…");
        if (is(s, "RESIZE") || is(s, "VERIFY_RESIZE") || is(s, "REVERT_RESIZE"))
            return tr("Resizing…");
        if (kind == Creating)
            return tr("Creating…");
        if (!server.taskState.isEmpty())
            return server.taskState; // an unknown Nova task state: show it as is
    }
    if (kind == Unknown && !server.status.isEmpty())
        return server.status;
    return kindText(kind);
}

QColor DesktopState::color(Kind kind)
{
    // Readable on white and on the default dark palette; the icon and text carry the meaning too.
    switch (kind) {
    case Active:
        return QColor(0x1b, 0x7f, 0x3a);
    case Suspended:
    case Paused:
        return QColor(0xa8, 0x6a, 0x00);
    case Shutoff:
        return QColor(0x5f, 0x63, 0x68);
    case Shelved:
        return QColor(0x3b, 0x5b, 0xa5);
    case Creating:
    case Busy:
        return QColor(0x1a, 0x6f, 0xc4);
    case Error:
        return QColor(0xc5, 0x22, 0x1f);
    case Deleted:
    case Unknown:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QString DesktopState::iconPath(Kind kind)
{
    switch (kind) {
    case Active:
        return QStringLiteral(":/icons/state-active.svg");
    case Suspended:
    case Paused:
        return QStringLiteral(":/icons/state-suspended.svg");
    case Shutoff:
        return QStringLiteral(":/icons/state-shutoff.svg");
    case Shelved:
        return QStringLiteral(":/icons/state-shelved.svg");
    case Creating:
    case Busy:
        return QStringLiteral(":/icons/state-busy.svg");
    case Error:
        return QStringLiteral(":/icons/state-error.svg");
    case Deleted:
    case Unknown:
        break;
    }
    return QStringLiteral(":/icons/state-unknown.svg");
}

int DesktopState::sortRank(Kind kind)
{
    switch (kind) {
    case Error:
        return 0;
    case Creating:
        return 1;
    case Busy:
        return 2;
    case Active:
        return 3;
    case Suspended:
        return 4;
    case Paused:
        return 5;
    case Shutoff:
        return 6;
    case Shelved:
        return 7;
    case Unknown:
        return 8;
    case Deleted:
        return 9;
    }
    return 10;
}
