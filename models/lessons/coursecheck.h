#pragma once

#include "cloud/cloudtypes.h"
#include "models/lessons/capacityaudit.h"
#include "models/lessons/lessonbook.h"

#include <QCoreApplication>
#include <QTimeZone>

/** What the capacity audit of one course needs from the cloud (a copy; any thread). */
struct CloudCapacity
{
    QList<Flavor> flavors;
    QList<Server> servers;       // the shared inventory
    ComputeLimits limits;        // Nova's (-1 unlimited)
    int floatingIpLimit = -1;    // Neutron's, when known
    int floatingIpsInUse = 0;    // allocated floating IPs (standing)
};

/**
 * The window's rules for a course, pure: the editor's validation, the reason a course may not be
 * deleted (desktops or a lesson running — as `phoenixctl courses delete` refuses), and the
 * capacity audit of a course being edited (its lessons over its dates, with every lesson that
 * overlaps one of them, against the quotas).
 */
class CourseCheck
{
    Q_DECLARE_TR_FUNCTIONS(CourseCheck)

public:
    /** Translated problems, empty when the course can be saved. `isNew`: the code must be unused. */
    static QStringList validate(const Course &course, const SchoolSnapshot &school, bool isNew);
    /** Why the course cannot be deleted now; empty when it can. */
    static QString deleteRefusal(const QString &code, const SchoolSnapshot &school, const QList<Server> &servers,
                                 const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());
    /**
     * The audit of `course` (as typed, with `students` on its roster — its capacity when that is
     * larger) over its date range (from `now` when it has none, 16 weeks ahead at most).
     */
    static CapacityVerdict auditCourse(const Course &course, int students, const SchoolSnapshot &school,
                                       const CloudCapacity &cloud, const QDateTime &now,
                                       const QTimeZone &zone = QTimeZone::systemTimeZone());
    /** "fits: peak 31 desktops, 62 vCPUs … on Mon 08:00" or the audit's refusal; translated. */
    static QString verdictText(const CapacityVerdict &verdict, bool hasLessons);
};
