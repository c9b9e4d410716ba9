#include "models/lessons/lessoncontrol.h"

#include "cloud/imageapi.h"
#include "models/engine/taskengine.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/timetable.h"
#include "models/store/auditlog.h"

namespace
{
QString hhmm(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}

template<typename T>
QString idOf(const QList<T> &items, const QString &reference, QString *problem, const QString &what)
{
    QList<T> named;
    for (const T &item : items) {
        if (item.id == reference)
            return item.id;
        if (item.name == reference)
            named << item;
    }
    if (named.size() == 1)
        return named.first().id;
    *problem += (problem->isEmpty() ? QString() : QStringLiteral(" "))
        + LessonControl::tr("No single %1 is named \"%2\".").arg(what, reference);
    return {};
}

// The occurrence's change row (a change made earlier is kept and added to).
Result<LessonChange> changeOf(LessonStore *store, const Occurrence &lesson)
{
    Result<QList<LessonChange>> changes = store->changes();
    if (!changes)
        return changes.error();
    LessonChange change;
    change.lessonId = lesson.lessonId;
    change.occurrenceStart = lesson.start;
    for (const LessonChange &c : changes.value()) {
        if (c.lessonId == lesson.lessonId && c.occurrenceStart == lesson.start)
            change = c;
    }
    return change;
}
} // namespace

CloudError LessonControl::audit(LessonStore *store, const Who &who, const QString &action, const QString &course,
                                const QString &detail)
{
    AuditEntry entry;
    entry.user = who.user;
    entry.project = who.project;
    entry.action = action;
    entry.targetName = course;
    entry.result = QStringLiteral("done");
    entry.detail = detail;
    const Result<qint64> r = AuditLog(store->database()).append(entry);
    return r ? CloudError() : r.error();
}

Result<QString> LessonControl::startNow(LessonStore *store, const Course &course, const std::optional<Occurrence> &lesson,
                                        const QDateTime &now, const Who &who)
{
    if (lesson && lesson->start <= now && now < lesson->end)
        return CloudError::config(tr("%1 has a lesson until %2 already.").arg(course.code, hhmm(lesson->end)));
    Lesson l;
    l.course = course.code;
    l.start = now.toUTC();
    l.end = lesson && lesson->start > now && lesson->start.date() == now.date() ? lesson->end.toUTC() : l.start.addSecs(45 * 60);
    l.manual = true;
    l.classroom = lesson ? lesson->classroom : course.classroom;
    if (const QString invalid = Timetable::validate(l); !invalid.isEmpty())
        return CloudError::config(invalid);
    if (const CloudError e = store->addLesson(&l, who.user))
        return e;
    audit(store, who, QStringLiteral("course start"), course.code, hhmm(l.end));
    return tr("%1 started: a lesson until %2. Its desktops are being prepared.").arg(course.code, hhmm(l.end));
}

Result<QString> LessonControl::extend(LessonStore *store, const Occurrence &lesson, int minutes, const Who &who)
{
    Result<LessonChange> change = changeOf(store, lesson);
    if (!change)
        return change.error();
    LessonChange c = change.take();
    c.end = lesson.end.addSecs(qint64(minutes) * 60);
    if (const CloudError e = store->saveChange(c, who.user))
        return e;
    audit(store, who, QStringLiteral("course extend"), lesson.course, tr("+%1 min").arg(minutes));
    return tr("%1 extended by %2 min, until %3.").arg(lesson.course).arg(minutes).arg(hhmm(c.end));
}

Result<QString> LessonControl::supply(LessonStore *store, const Occurrence &lesson, int count, const Who &who)
{
    Result<LessonChange> change = changeOf(store, lesson);
    if (!change)
        return change.error();
    LessonChange c = change.take();
    c.extraDesktops += count;
    if (const CloudError e = store->saveChange(c, who.user))
        return e;
    audit(store, who, QStringLiteral("course supply"), lesson.course, tr("+%1 desktops").arg(count));
    return tr("%1: %2 more desktops for the lesson until %3.").arg(lesson.course).arg(count).arg(hhmm(lesson.end));
}

CourseCloud LessonControl::resolve(const Course &course, const QList<Image> &images, const QList<Flavor> &flavors,
                                   const QList<Network> &networks)
{
    CourseCloud c;
    const Result<Image> image = ImageApi::findImage(images, course.image);
    if (image) {
        c.imageId = image.value().id;
        c.imageName = image.value().name;
    } else {
        c.problem = image.error().userMessage();
    }
    c.flavorId = idOf(flavors, course.flavor, &c.problem, tr("flavor"));
    c.networkId = idOf(networks, course.network, &c.problem, tr("network"));
    return c;
}

SchedulePlan LessonControl::fixPlan(const Course &course, const QList<RosterSeat> &roster, const Occurrence &lesson,
                                    const QDateTime &now, const CourseCloud &cloud, const QList<Server> &servers,
                                    const QSet<QString> &busy)
{
    PlanInput in;
    // Before the bell the plan is the warm-up's (as if it had begun), during the lesson the repair's.
    in.now = now < lesson.start ? lesson.start.addSecs(-1) : now;
    in.courses = {course};
    in.rosters.insert(course.code, roster);
    in.occurrences = {lesson};
    in.cloud.insert(course.code, cloud);
    in.servers = servers;
    in.busy = busy;
    in.lead = LeadTime(24 * 3600); // every operation is due now
    SchedulePlan plan = LessonPlanner::plan(in);
    QList<PlannedAction> tasks;
    for (const PlannedAction &a : std::as_const(plan.actions)) {
        if (a.why == PlannedAction::Why::Prepare || a.why == PlannedAction::Why::Repair)
            tasks << a;
    }
    plan.actions = tasks;
    return plan;
}

QStringList LessonControl::submit(TaskEngine *engine, const SchedulePlan &plan)
{
    QStringList batches;
    QList<TaskKind> kinds;
    for (const PlannedAction &a : plan.actions) {
        if (!kinds.contains(a.kind))
            kinds << a.kind;
    }
    for (TaskKind kind : std::as_const(kinds)) {
        QList<TaskSpec> specs;
        QString course;
        for (const PlannedAction &a : plan.actions) {
            if (a.kind != kind)
                continue;
            TaskSpec spec;
            spec.kind = a.kind;
            spec.serverId = a.serverId;
            spec.serverName = a.serverName;
            if (a.kind == TaskKind::Create)
                spec.create = a.create;
            specs << spec;
            course = a.course;
        }
        const QString title = tr("Fix all: %1 — %2 (%3)").arg(course, TaskText::kindName(kind)).arg(specs.size());
        batches << engine->submitBatch(title, kind, specs);
    }
    return batches;
}
