#pragma once

#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>

/** What one course's lesson needs from the cloud: desktops of one flavor, each with a floating IP. */
struct CourseDemand
{
    int desktops = 0; // rostered students + teacher + supplied extras
    int vcpus = 0;    // per desktop (the flavor's)
    int ramMb = 0;
    int diskGb = 0;
    bool floatingIp = true;
};

/** Amounts of the five audited resources. A limit of -1 is unlimited. */
struct ResourceAmounts
{
    qint64 instances = 0;
    qint64 vcpus = 0;
    qint64 ramMb = 0;
    qint64 diskGb = 0;
    qint64 floatingIps = 0;

    ResourceAmounts &operator+=(const ResourceAmounts &o);
    friend bool operator==(const ResourceAmounts &, const ResourceAmounts &) = default;
};

struct CapacityVerdict
{
    bool fits = true;
    QDateTime when;           // the first moment something is short
    ResourceAmounts peak;     // lessons + standing at `when` (or at the overall peak when it fits)
    QDateTime peakAt;
    ResourceAmounts short_;   // how much is missing at `when` (positive amounts)
    QStringList involved;     // courses with a lesson at `when`

    /** "4 GB RAM and 2 floating IPs short at Tue 10:00", translated; empty when it fits. */
    [[nodiscard]] QString text() const;
};

/**
 * The capacity audit (seed §8, on the cloud's own quotas): the peak of overlapping lessons'
 * desktops with their flavors' vCPU/RAM/disk and floating IPs, plus what stands outside the
 * timetable (static desktops, other servers), against Nova's and Neutron's limits.
 */
class CapacityAudit
{
    Q_DECLARE_TR_FUNCTIONS(CapacityAudit)

public:
    /**
     * occurrences: the lessons that matter (already clipped to the interval of interest);
     * demand: per course code; standing: usage that is there regardless of lessons; limits: the
     * quotas (-1 unlimited). A course counts once even with two overlapping occurrences.
     */
    static CapacityVerdict audit(const QList<Occurrence> &occurrences, const QHash<QString, CourseDemand> &demand,
                                 const ResourceAmounts &standing, const ResourceAmounts &limits);
    static ResourceAmounts demandOf(const CourseDemand &d);
    /** "4 GB RAM", "2 floating IPs", ... joined with "and". */
    static QString shortText(const ResourceAmounts &amounts);
    static QString ramText(qint64 mb);
};
