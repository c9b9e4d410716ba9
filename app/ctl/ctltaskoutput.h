#pragma once

#include "app/ctl/ctloutput.h"
#include "models/store/taskrecords.h"
#include "models/domain/tasktypes.h"

#include <QCoreApplication>
#include <QJsonObject>

/** phoenixctl's shapes of tasks: engine snapshots, journal rows and stage results. Formatting only. */
class CtlTaskOutput
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QString shortId(const QString &id); // the first 8 characters, as "tasks list" shows them
    static QString desktopOf(const TaskSnapshot &task); // its name, else its server id
    // "Suspend", "Wait for SUSPENDED", "Build", ...: a stage as the user reads it in progress lines.
    static QString stageLabel(TaskKind kind, Stage stage);
    // "SUSPENDED", "gone", or "" for kinds without a WAIT stage.
    static QString goal(TaskKind kind);
    static QString seconds(const QDateTime &from, const QDateTime &to); // "12.3 s", or "" when unknown

    static QJsonObject taskJson(const TaskSnapshot &task);
    static QJsonObject recordJson(const TaskRecord &task);
    static QJsonObject stageJson(const StageRecord &stage);
    static QJsonObject stageResultJson(const StageResult &stage);
    static QJsonObject batchJson(const BatchRecord &batch);

    static TextTable taskTable(const QList<TaskRecord> &tasks);
    static QString taskDetails(const TaskRecord &task, const QList<StageResult> &stages);
    static QString batchDetails(const BatchRecord &batch, const QList<TaskRecord> &tasks);
};
