#include "models/lessons/coursecheck.h"

#include "models/lessons/timetable.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

QStringList CourseCheck::validate(const Course &c, const SchoolSnapshot &school, bool isNew)
{
    QStringList problems;
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        problems << tr("The course needs a code.");
    else if (code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char(',')))
        problems << tr("The code may not contain spaces or commas.");
    else if (isNew && school.course(code))
        problems << tr("There is a course %1 already.").arg(code);
    if (c.name.trimmed().isEmpty())
        problems << tr("The course needs a name.");
    if (c.teacher.trimmed().isEmpty())
        problems << tr("The course needs a teacher (a Keystone user name).");
    if (c.from.isValid() && c.to.isValid() && c.to < c.from)
        problems << tr("The last day is before the first day.");
    if (c.image.trimmed().isEmpty() || c.flavor.trimmed().isEmpty() || c.network.trimmed().isEmpty())
        problems << tr("Choose the image, the flavor and the network of the desktops.");
    if (!c.nameTemplate.contains(QLatin1String("{owner}")) && !c.nameTemplate.contains(QLatin1String("{seat")))
        problems << tr("The naming template needs {owner} or {seat} so that every desktop gets its own name.");
    if (c.capacity < 0)
        problems << tr("The capacity cannot be negative.");
    if (!c.classroom.isEmpty()) {
        bool known = false;
        for (const Classroom &r : school.classrooms)
            known = known || r.name == c.classroom;
        if (!known)
            problems << tr("There is no classroom %1.").arg(c.classroom);
        else if (const int seats = school.classroomSeats(c.classroom); seats > 0 && c.capacity > seats)
            problems << tr("The classroom %1 has %2 seats, fewer than the capacity %3.").arg(c.classroom).arg(seats).arg(c.capacity);
    }
    const int students = int(school.rosters.value(code).size());
    if (c.capacity > 0 && students > c.capacity)
        problems << tr("The roster has %1 students, more than the capacity %2.").arg(students).arg(c.capacity);
    if (c.graceMinutes < 0)
        problems << tr("The grace period cannot be negative.");
    return problems;
}

QString CourseCheck::deleteRefusal(const QString &code, const SchoolSnapshot &school, const QList<Server> &servers,
                                   const QDateTime &now, const QTimeZone &zone)
{
    QList<Lesson> mine;
    for (const Lesson &l : school.lessons) {
        if (l.course == code)
            mine << l;
    }
    const QList<Occurrence> running =
        Timetable::expand(mine, school.coursesByCode(), school.calendar, school.changes, now, now.addSecs(1), zone);
    for (const Occurrence &o : running) {
        if (o.course == code && !o.stopped)
            return tr("%1 has a lesson running until %2; stop it first.")
                .arg(code, QLocale().toString(o.end.toTimeZone(zone), QStringLiteral("HH:mm")));
    }
    int desktops = 0;
    for (const Server &s : servers) {
        if (s.meta(PhoenixMeta::Course) == code && !s.isDeleted())
            ++desktops;
    }
    if (desktops > 0)
        return tr("%1 still has %n desktop(s); delete them first.", nullptr, desktops).arg(code);
    return {};
}

CapacityVerdict CourseCheck::auditCourse(const Course &course, int students, const SchoolSnapshot &school,
                                         const CloudCapacity &cloud, const QDateTime &now, const QTimeZone &zone)
{
    QHash<QString, Course> courses = school.coursesByCode();
    courses.insert(course.code, course);
    QHash<QString, Flavor> flavors;
    for (const Flavor &f : cloud.flavors) {
        flavors.insert(f.id, f);
        flavors.insert(f.name, f);
    }
    QHash<QString, CourseDemand> demand;
    for (const Course &c : std::as_const(courses)) {
        const Flavor f = flavors.value(c.flavor);
        int n = int(school.rosters.value(c.code).size());
        if (c.code == course.code)
            n = std::max(students, course.capacity);
        demand.insert(c.code, CourseDemand{n + 1, f.vcpus, f.ramMb, f.diskGb, true});
    }

    // The window: the course's dates from today on, at most 16 weeks.
    QDateTime from = now;
    if (course.from.isValid())
        from = std::max(from, QDateTime(course.from, QTime(0, 0), zone).toUTC());
    QDateTime to = from.addDays(7 * 16);
    if (course.to.isValid())
        to = std::min(to, QDateTime(course.to.addDays(1), QTime(0, 0), zone).toUTC());
    if (to <= from)
        to = from.addSecs(1);

    QList<Lesson> mine;
    QList<Lesson> others;
    for (const Lesson &l : school.lessons)
        (l.course == course.code ? mine : others) << l;
    const QList<Occurrence> own = Timetable::expand(mine, courses, school.calendar, school.changes, from, to, zone);
    // Only the moments when this course runs matter to its audit: the others' lessons that
    // overlap one of its own (a term of 100 courses stays small this way).
    QList<Occurrence> relevant = own;
    if (!own.isEmpty()) {
        const QList<Occurrence> all = Timetable::expand(others, courses, school.calendar, school.changes, from, to, zone);
        for (const Occurrence &o : all) {
            const auto first = std::lower_bound(own.cbegin(), own.cend(), o.end,
                                                [](const Occurrence &x, const QDateTime &t) { return x.start < t; });
            for (auto it = own.cbegin(); it != first; ++it) {
                if (it->overlaps(o.start, o.end)) {
                    relevant << o;
                    break;
                }
            }
        }
    }

    QSet<QString> codes;
    for (const Course &c : std::as_const(courses))
        codes.insert(c.code);
    ResourceAmounts standing;
    for (const Server &s : cloud.servers) {
        if (s.isDeleted() || codes.contains(s.meta(PhoenixMeta::Course)))
            continue;
        const Flavor f = flavors.value(s.flavorId.isEmpty() ? s.flavorName : s.flavorId);
        standing += ResourceAmounts{1, f.vcpus, f.ramMb, f.diskGb, 0};
    }
    standing.floatingIps = cloud.floatingIpsInUse;
    const ResourceAmounts limits{cloud.limits.maxInstances, cloud.limits.maxCores, cloud.limits.maxRamMb, -1,
                                 cloud.floatingIpLimit};
    return CapacityAudit::audit(relevant, demand, standing, limits);
}

QString CourseCheck::verdictText(const CapacityVerdict &verdict, bool hasLessons)
{
    if (!verdict.fits)
        return tr("Does not fit the project's quota: %1 (with %2).").arg(verdict.text(), verdict.involved.join(QStringLiteral(", ")));
    if (!hasLessons)
        return tr("No lessons yet; the quota holds what stands now (%1 desktops).").arg(verdict.peak.instances);
    return tr("Fits the project's quota. Busiest moment %1: %n desktop(s), %2 vCPUs, %3.", nullptr, int(verdict.peak.instances))
        .arg(QLocale().toString(verdict.peakAt.toLocalTime(), QStringLiteral("ddd HH:mm")))
        .arg(verdict.peak.vcpus)
        .arg(CapacityAudit::ramText(verdict.peak.ramMb));
}
