#pragma once

#include "cloud/cloudtypes.h"
#include "cloud/computeapi.h"
#include "models/domain/tasktypes.h"
#include "models/lessons/leadtime.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

/** A course's image, flavor and network as IDs (resolved from the names the course gives). */
struct CourseCloud
{
    QString imageId;
    QString imageName;
    QString flavorId;
    QString networkId;
    QString problem; // translated; set when something could not be resolved
};

/** One thing the scheduler should do now. */
struct PlannedAction
{
    enum class Why {
        Prepare, // before a lesson: create / resume / start / unshelve
        Repair,  // during a lesson: drift brought back
        Policy,  // after a lesson + grace: the course's end-of-lesson policy
        Retag    // phoenix:expires out of date: metadata only, no task
    };
    Why why = Why::Prepare;
    TaskKind kind = TaskKind::Create; // not used for Retag
    QString course;
    QString owner;
    QString role;
    int seat = 0;
    QString serverId;   // empty for Create
    QString serverName;
    QString state;      // the server's status now ("" when it does not exist)
    ServerCreateSpec create;        // Create
    QMap<QString, QString> metadata; // Retag
    QDateTime lessonStart;
    QString imageId;  // for lead-time learning
    QString flavorId;

    [[nodiscard]] QString text() const; // translated, one line
};

/** What one lesson (occurrence) looks like to the scheduler: the "schedule plan" line. */
struct LessonStatus
{
    Occurrence occurrence;
    int wanted = 0;     // desktops: roster + teacher + supplied
    int ready = 0;      // ACTIVE with an address
    int missing = 0;    // no desktop yet
    int inProgress = 0; // a task is on it, or it is in transition
    QDateTime warmAt;   // preparation starts
    QDateTime readyBy;  // expected ready (learned), else the start
    QString leadBasis;  // how the lead time was found
    bool active = false; // being prepared or running now
};

struct PlanInput
{
    QDateTime now;
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters; // by course code
    QList<Occurrence> occurrences;             // expanded around now (a few days back, a day ahead)
    QHash<QString, CourseCloud> cloud;         // by course code
    QList<Server> servers;                     // the shared inventory
    QSet<QString> busy;                        // server ids and names with an unfinished task
    LeadTime lead;
    int tickSeconds = 0; // until the next tick at the latest: what falls due before it is done now
};

struct SchedulePlan
{
    QList<PlannedAction> actions;
    QList<LessonStatus> lessons; // occurrences of the input that have not ended, by start
    QStringList problems;        // translated (unresolved images, naming errors)

    [[nodiscard]] int count(PlannedAction::Why why) const;
};

/**
 * The desired state of every course's desktops at `now`, against what the cloud has — pure.
 * Before a lesson (from its learned lead time on) every rostered student, the teacher and any
 * supplied extra has a desktop of the course that is ACTIVE with an address; during it, drift is
 * repaired; after it (end + grace; no grace after "stop now") the course's policy applies to the
 * desktops that carry the course's phoenix:course and phoenix:expires. Desktops in transition or
 * with an unfinished task are left alone, so a second tick plans nothing new.
 */
class LessonPlanner
{
    Q_DECLARE_TR_FUNCTIONS(LessonPlanner)

public:
    static SchedulePlan plan(const PlanInput &input);

    /** The operation that brings a server of `status` to ACTIVE; nullopt when nothing can. */
    static std::optional<TaskKind> prepareKind(const Server &server);
    /** Which of two desktops of one member counts (lower first): ACTIVE, then others, ERROR last.
     *  The planner and the readiness board pair desktops with members by it. */
    static int preference(const Server &server);
    /** The policy's operation for a server of `status`; nullopt when already there. */
    static std::optional<TaskKind> policyKind(EndPolicy policy, const Server &server);
    static QString expiresText(const QDateTime &when); // ISO 8601 UTC, seconds
    static bool hasAddress(const Server &server);
};
