#include "models/lessons/lessonplanner.h"

#include "models/domain/desktopnaming.h"

#include <algorithm>

namespace
{
QString meta(const Server &s, const char *key)
{
    return s.metadata.value(QString::fromLatin1(key));
}

struct Member
{
    QString owner;
    QString role;
    int seat = 0;
};

QList<Member> membersOf(const Course &course, const QList<RosterSeat> &roster, int extra)
{
    QList<Member> out;
    if (!course.teacher.isEmpty())
        out << Member{course.teacher, QStringLiteral("teacher"), 0};
    int maxSeat = 0;
    for (const RosterSeat &r : roster) {
        out << Member{r.owner, QStringLiteral("student"), r.seat};
        maxSeat = std::max(maxSeat, r.seat);
    }
    for (int i = 1; i <= extra; ++i)
        out << Member{QString(), QStringLiteral("student"), maxSeat + i};
    return out;
}

bool isCourseDesktop(const Server &s, const QString &code)
{
    return !s.isDeleted() && meta(s, PhoenixMeta::Course) == code && s.status != QLatin1String("DELETED");
}

QString memberKey(const QString &role, const QString &owner, int seat)
{
    return owner.isEmpty() ? role + QLatin1String("|seat|") + QString::number(seat) : role + QLatin1String("|owner|") + owner;
}

/** A course's desktops by member (what `matches` pairs), the best-ranked first found: one pass
 *  instead of members × desktops comparisons (a big school has thousands of each). */
QHash<QString, const Server *> desktopsByMember(const QList<Server> &desktops)
{
    QHash<QString, const Server *> out;
    const QString roleKey = QString::fromLatin1(PhoenixMeta::Role);
    const QString ownerKey = QString::fromLatin1(PhoenixMeta::Owner);
    const QString seatKey = QString::fromLatin1(PhoenixMeta::Seat);
    for (const Server &s : desktops) {
        const QString owner = s.metadata.value(ownerKey);
        const QString key = memberKey(s.metadata.value(roleKey), owner, owner.isEmpty() ? s.metadata.value(seatKey).toInt() : 0);
        auto it = out.find(key);
        if (it == out.end())
            out.insert(key, &s);
        else if (LessonPlanner::preference(s) < LessonPlanner::preference(**it))
            *it = &s;
    }
    return out;
}
} // namespace

int SchedulePlan::count(PlannedAction::Why why) const
{
    return int(std::count_if(actions.cbegin(), actions.cend(), [why](const PlannedAction &a) { return a.why == why; }));
}

QString PlannedAction::text() const
{
    const QString who = owner.isEmpty() ? LessonPlanner::tr("seat %1").arg(seat) : owner;
    switch (why) {
    case Why::Prepare:
        return LessonPlanner::tr("%1: %2 the desktop of %3 (%4) for the lesson at %5")
            .arg(course, TaskText::kindName(kind), who, serverName, lessonStart.toLocalTime().toString(QStringLiteral("HH:mm")));
    case Why::Repair:
        return LessonPlanner::tr("%1: repair the desktop of %2 (%3, %4): %5")
            .arg(course, who, serverName, state.isEmpty() ? LessonPlanner::tr("missing") : state, TaskText::kindName(kind));
    case Why::Policy:
        return LessonPlanner::tr("%1: lesson over, %2 %3 (%4)").arg(course, TaskText::kindName(kind), serverName, who);
    case Why::Retag:
        return LessonPlanner::tr("%1: %2 expires at %3").arg(course, serverName, metadata.value(QString::fromLatin1(PhoenixMeta::Expires)));
    }
    return {};
}

bool LessonPlanner::hasAddress(const Server &server)
{
    return !server.floatingAddress().isEmpty() || !server.fixedAddress().isEmpty();
}

QString LessonPlanner::expiresText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

int LessonPlanner::preference(const Server &s)
{
    if (s.status == QLatin1String("ACTIVE"))
        return 0;
    return s.status == QLatin1String("ERROR") ? 2 : 1;
}

std::optional<TaskKind> LessonPlanner::prepareKind(const Server &s)
{
    const QString st = s.status;
    if (st == QLatin1String("SUSPENDED"))
        return TaskKind::Resume;
    if (st == QLatin1String("SHUTOFF") || st == QLatin1String("STOPPED"))
        return TaskKind::Start;
    if (st == QLatin1String("SHELVED") || st == QLatin1String("SHELVED_OFFLOADED"))
        return TaskKind::Unshelve;
    if (st == QLatin1String("PAUSED"))
        return TaskKind::Unpause;
    if (st == QLatin1String("ERROR"))
        return TaskKind::RebootHard;
    if (st == QLatin1String("ACTIVE") && s.floatingAddress().isEmpty())
        return TaskKind::AssignFloatingIp;
    return std::nullopt;
}

std::optional<TaskKind> LessonPlanner::policyKind(EndPolicy policy, const Server &s)
{
    const QString st = s.status;
    const bool active = st == QLatin1String("ACTIVE");
    switch (policy) {
    case EndPolicy::Suspend:
        return active ? std::optional<TaskKind>(TaskKind::Suspend) : std::nullopt;
    case EndPolicy::Stop:
        return active || st == QLatin1String("PAUSED") ? std::optional<TaskKind>(TaskKind::Stop) : std::nullopt;
    case EndPolicy::Shelve:
        return active || st == QLatin1String("SHUTOFF") || st == QLatin1String("SUSPENDED") || st == QLatin1String("PAUSED")
            ? std::optional<TaskKind>(TaskKind::Shelve)
            : std::nullopt;
    case EndPolicy::Delete:
        return TaskKind::Delete;
    }
    return std::nullopt;
}

SchedulePlan LessonPlanner::plan(const PlanInput &in)
{
    SchedulePlan out;
    QHash<QString, QList<Server>> byCourse; // implicitly shared copies: no deep copy of a server
    const QString courseKey = QString::fromLatin1(PhoenixMeta::Course);
    for (const Server &s : in.servers) {
        const QString code = s.metadata.value(courseKey);
        if (!code.isEmpty() && !s.isDeleted())
            byCourse[code] << s;
    }

    for (const Course &course : in.courses) {
        const CourseCloud cloud = in.cloud.value(course.code);
        const QList<Server> desktops = byCourse.value(course.code);
        const QHash<QString, const Server *> byMember = desktopsByMember(desktops);
        auto desktopOf = [&byMember](const Member &m) -> const Server * {
            return byMember.value(memberKey(m.role, m.owner, m.owner.isEmpty() ? m.seat : 0));
        };
        auto leadFor = [&](TaskKind kind) { return in.lead.estimate(kind, cloud.imageId, cloud.flavorId); };
        const LeadTime::Estimate createLead = leadFor(TaskKind::Create);
        // Ready by the bell whatever the tick interval: a preparation that falls due before the
        // next tick starts on this one (at most one interval early, never one late).
        const QDateTime dueBy = in.now.addSecs(std::max(0, in.tickSeconds));
        // A lesson's warm-up follows the slowest operation its desktops need now: a create for a
        // missing one, else resume / start / unshelve...; with nothing to do, the create's (the
        // widest window, so a lesson counts as current early enough).
        auto lessonLead = [&](int extra) {
            std::optional<LeadTime::Estimate> slowest;
            for (const Member &m : membersOf(course, in.rosters.value(course.code), extra)) {
                const Server *mine = desktopOf(m);
                const std::optional<TaskKind> kind = mine ? prepareKind(*mine) : std::optional<TaskKind>(TaskKind::Create);
                if (!kind)
                    continue;
                const LeadTime::Estimate e = leadFor(*kind);
                if (!slowest || e.leadSeconds > slowest->leadSeconds)
                    slowest = e;
            }
            return slowest.value_or(createLead);
        };

        // The occurrence being prepared or running now (the earliest), and the last one that ended.
        std::optional<Occurrence> current;
        std::optional<Occurrence> lastEnded;
        for (const Occurrence &o : in.occurrences) {
            if (o.course != course.code)
                continue;
            if (o.end <= in.now) {
                if (!lastEnded || o.end > lastEnded->end)
                    lastEnded = o;
                continue;
            }
            const int extra = o.extraDesktops;
            LessonStatus status;
            status.occurrence = o;
            status.wanted = int(membersOf(course, in.rosters.value(course.code), extra).size());
            const LeadTime::Estimate lead = lessonLead(extra);
            status.warmAt = o.start.addSecs(-lead.leadSeconds);
            status.readyBy = lead.samples > 0 ? status.warmAt.addSecs(lead.typicalSeconds) : o.start;
            status.leadBasis = lead.basis;
            status.active = dueBy >= status.warmAt;
            if (status.active && !current)
                current = o;
            out.lessons << status;
        }

        if (current) {
            const Occurrence &o = *current;
            const bool during = in.now >= o.start;
            const int grace = o.stopped ? 0 : course.graceMinutes;
            const QString expires = expiresText(o.end.addSecs(qint64(grace) * 60));
            LessonStatus *status = nullptr;
            for (LessonStatus &l : out.lessons) {
                if (l.occurrence == o)
                    status = &l;
            }
            if (!cloud.problem.isEmpty())
                out.problems << tr("%1: %2").arg(course.code, cloud.problem);
            for (const Member &m : membersOf(course, in.rosters.value(course.code), o.extraDesktops)) {
                const Server *mine = desktopOf(m);
                PlannedAction a;
                a.why = during ? PlannedAction::Why::Repair : PlannedAction::Why::Prepare;
                a.course = course.code;
                a.owner = m.owner;
                a.role = m.role;
                a.seat = m.seat;
                a.lessonStart = o.start;
                a.imageId = cloud.imageId;
                a.flavorId = cloud.flavorId;
                if (!mine) {
                    NamingFields f;
                    f.course = course.code;
                    f.seat = m.seat;
                    f.owner = m.owner;
                    f.role = m.role;
                    f.index = m.seat;
                    f.image = cloud.imageName;
                    QString error;
                    const QString name = DesktopNaming::expand(course.nameTemplate, f, &error);
                    if (name.isEmpty()) {
                        out.problems << tr("%1: the naming template cannot name the desktop of %2: %3")
                                            .arg(course.code, m.owner.isEmpty() ? QString::number(m.seat) : m.owner, error);
                        continue;
                    }
                    if (in.busy.contains(name)) {
                        if (status)
                            ++status->inProgress;
                        continue;
                    }
                    if (status)
                        ++status->missing;
                    if (!cloud.problem.isEmpty() || dueBy < o.start.addSecs(-createLead.leadSeconds))
                        continue;
                    a.kind = TaskKind::Create;
                    a.serverName = name;
                    a.create.name = name;
                    a.create.imageId = cloud.imageId;
                    a.create.flavorId = cloud.flavorId;
                    a.create.networkId = cloud.networkId;
                    a.create.tags << QString::fromLatin1(PhoenixMeta::Tag);
                    a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("course"));
                    a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), m.role);
                    if (!m.owner.isEmpty())
                        a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), m.owner);
                    a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), course.code);
                    a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Seat), QString::number(m.seat));
                    a.create.metadata.insert(QString::fromLatin1(PhoenixMeta::Expires), expires);
                    out.actions << a;
                    continue;
                }
                const Server &s = *mine;
                a.serverId = s.id;
                a.serverName = s.name;
                a.state = s.status;
                if (in.busy.contains(s.id) || in.busy.contains(s.name) || s.isTransitional()) {
                    if (status)
                        ++status->inProgress;
                    continue;
                }
                const std::optional<TaskKind> kind = prepareKind(s);
                if (!kind && s.status == QLatin1String("ACTIVE") && hasAddress(s)) {
                    if (status)
                        ++status->ready;
                } else if (kind && dueBy >= o.start.addSecs(-leadFor(*kind).leadSeconds)) {
                    a.kind = *kind;
                    out.actions << a;
                }
                // Every desktop of the lesson says when it is reclaimed.
                const QDateTime tagged = QDateTime::fromString(meta(s, PhoenixMeta::Expires), Qt::ISODate);
                if (!tagged.isValid() || tagged.toUTC() != QDateTime::fromString(expires, Qt::ISODate).toUTC()) {
                    PlannedAction retag = a;
                    retag.why = PlannedAction::Why::Retag;
                    retag.metadata.insert(QString::fromLatin1(PhoenixMeta::Expires), expires);
                    out.actions << retag;
                }
            }
            continue;
        }

        // No lesson now: the policy applies to the course's scheduled desktops once their time is up.
        for (const Server &s : desktops) {
            if (!isCourseDesktop(s, course.code))
                continue;
            const QDateTime tagged = QDateTime::fromString(meta(s, PhoenixMeta::Expires), Qt::ISODate);
            if (!tagged.isValid())
                continue; // not the scheduler's: never reclaimed
            QDateTime due = tagged;
            if (lastEnded)
                due = lastEnded->end.addSecs(lastEnded->stopped ? 0 : qint64(course.graceMinutes) * 60);
            if (in.now < due)
                continue;
            if (in.busy.contains(s.id) || in.busy.contains(s.name) || s.isTransitional())
                continue;
            const std::optional<TaskKind> kind = policyKind(course.policy, s);
            if (!kind)
                continue;
            PlannedAction a;
            a.why = PlannedAction::Why::Policy;
            a.kind = *kind;
            a.course = course.code;
            a.owner = meta(s, PhoenixMeta::Owner);
            a.role = meta(s, PhoenixMeta::Role);
            a.seat = meta(s, PhoenixMeta::Seat).toInt();
            a.serverId = s.id;
            a.serverName = s.name;
            a.state = s.status;
            out.actions << a;
        }
    }
    std::sort(out.lessons.begin(), out.lessons.end(), [](const LessonStatus &a, const LessonStatus &b) {
        return a.occurrence.start != b.occurrence.start ? a.occurrence.start < b.occurrence.start
                                                        : a.occurrence.course < b.occurrence.course;
    });
    return out;
}
