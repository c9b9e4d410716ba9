#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudtypes.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

class LessonStore;
class TaskEngine;

/**
 * The manual operations on a lesson that the readiness board offers — Start now, Extend, Supply
 * N more (the same changes as `phoenixctl courses start|extend|supply`, written to the lessons
 * store and the audit log) — and Fix all: the scheduler's own prepare/repair actions for one
 * lesson, submitted to the task engine at once (journaled and audited like every task).
 * The store functions are synchronous: call them off the GUI thread.
 */
class LessonControl
{
    Q_DECLARE_TR_FUNCTIONS(LessonControl)

public:
    struct Who
    {
        QString user;    // Keystone user name
        QString project; // Keystone project name
    };

    /** A manual lesson from now until `lesson`'s end when it is still to come (else 45 minutes):
     *  the scheduler prepares its desktops on its next tick. Refused while `lesson` is running. */
    static Result<QString> startNow(LessonStore *store, const Course &course, const std::optional<Occurrence> &lesson,
                                    const QDateTime &now, const Who &who);
    /** The occurrence ends `minutes` later. */
    static Result<QString> extend(LessonStore *store, const Occurrence &lesson, int minutes, const Who &who);
    /** `count` unowned desktops on top of the roster for the occurrence. */
    static Result<QString> supply(LessonStore *store, const Occurrence &lesson, int count, const Who &who);

    /** The course's image, flavor and network as IDs, from the cloud's lists (names or IDs). */
    static CourseCloud resolve(const Course &course, const QList<Image> &images, const QList<Flavor> &flavors,
                               const QList<Network> &networks);
    /**
     * What Fix all does for one lesson: the planner's prepare (before the bell) or repair (during
     * the lesson) actions, as if its warm-up had begun — create the missing desktops, resume /
     * start / unshelve / reboot the others, give addresses. Desktops already being worked on are
     * left alone. Pure.
     */
    static SchedulePlan fixPlan(const Course &course, const QList<RosterSeat> &roster, const Occurrence &lesson,
                                const QDateTime &now, const CourseCloud &cloud, const QList<Server> &servers,
                                const QSet<QString> &busy);
    /** Submits the plan's task actions to the engine, one batch per operation; the batch ids. */
    static QStringList submit(TaskEngine *engine, const SchedulePlan &plan);
    /** The audit line of a board operation ("course fix", "course start", ...). */
    static CloudError audit(LessonStore *store, const Who &who, const QString &action, const QString &course,
                            const QString &detail);
};
