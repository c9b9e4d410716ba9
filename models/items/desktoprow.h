#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/desktopstate.h"
#include "models/domain/tasktypes.h"
#include "models/items/naturalsortkey.h"

#include <QDateTime>
#include <QString>

#include <optional>

/** The Phoenix task on one desktop row (DesktopTableModel). */
struct DesktopTaskInfo
{
    QString taskId;
    TaskKind kind = TaskKind::Start;
    TaskState state = TaskState::Pending;
    Stage stage = Stage::Action;
    int stageIndex = 0;
    int stageCount = 0;
    int progress = 0;
    QString error;
    QDateTime stageStartedAt; // the current stage's start (the probe's "waiting for 1:23")

    [[nodiscard]] bool active() const
    {
        return state == TaskState::Pending || state == TaskState::Running || state == TaskState::Waiting;
    }
    /** The task only checks that the desktop answers: it must not keep the user from acting on it. */
    [[nodiscard]] bool probing() const { return active() && stage == Stage::Detect; }
};

/** What the last reachability check (a task's DETECT stage) found out about a desktop. */
struct DesktopReachability
{
    bool reachable = false;
    QString detail; // what answered, or why not (plain language)
    QDateTime at;
};

/** One row of DesktopTableModel. */
struct DesktopRow
{
    Server server;
    std::optional<DesktopTaskInfo> task;
    std::optional<DesktopReachability> reach; // this session's latest check; cleared when it stops running
    // Derived from server when the row is made or its server changes (issue 18), so that the
    // proxies' lessThan and filterAcceptsRow neither parse nor collate: the name's natural sort
    // key, the display state and the Phoenix role.
    NaturalSortKey nameKey;
    DesktopState::Kind kind = DesktopState::Unknown;
    qint8 role = -1;      // DesktopRole, -1 for a server without Phoenix metadata
    bool derived = false; // the three above are set
};
// Every member is an implicitly shared Qt value or plain data, so rows may be moved with memmove:
// removing rows from the middle of 10,000 then costs a memmove, not thousands of element moves.
Q_DECLARE_TYPEINFO(DesktopTaskInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DesktopReachability, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DesktopRow, Q_RELOCATABLE_TYPE);
