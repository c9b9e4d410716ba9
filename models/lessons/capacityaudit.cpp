#include "models/lessons/capacityaudit.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

ResourceAmounts &ResourceAmounts::operator+=(const ResourceAmounts &o)
{
    instances += o.instances;
    vcpus += o.vcpus;
    ramMb += o.ramMb;
    diskGb += o.diskGb;
    floatingIps += o.floatingIps;
    return *this;
}

ResourceAmounts CapacityAudit::demandOf(const CourseDemand &d)
{
    ResourceAmounts a;
    a.instances = d.desktops;
    a.vcpus = qint64(d.desktops) * d.vcpus;
    a.ramMb = qint64(d.desktops) * d.ramMb;
    a.diskGb = qint64(d.desktops) * d.diskGb;
    a.floatingIps = d.floatingIp ? d.desktops : 0;
    return a;
}

QString CapacityAudit::ramText(qint64 mb)
{
    if (mb % 1024 == 0)
        return tr("%1 GB RAM").arg(mb / 1024);
    if (mb < 1024)
        return tr("%1 MB RAM").arg(mb);
    return tr("%1 GB RAM").arg(QLocale().toString(double(mb) / 1024.0, 'f', 1));
}

QString CapacityAudit::shortText(const ResourceAmounts &a)
{
    QStringList parts;
    if (a.instances > 0)
        parts << tr("%n desktop(s)", nullptr, int(a.instances));
    if (a.vcpus > 0)
        parts << tr("%n vCPU(s)", nullptr, int(a.vcpus));
    if (a.ramMb > 0)
        parts << ramText(a.ramMb);
    if (a.diskGb > 0)
        parts << tr("%1 GB disk").arg(a.diskGb);
    if (a.floatingIps > 0)
        parts << tr("%n floating IP(s)", nullptr, int(a.floatingIps));
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return tr("%1 and %2", "list of what is short").arg(parts.join(QStringLiteral(", ")), last);
}

QString CapacityVerdict::text() const
{
    if (fits)
        return {};
    const QString at = QLocale().toString(when.toLocalTime(), QStringLiteral("ddd HH:mm"));
    return CapacityAudit::tr("%1 short at %2").arg(CapacityAudit::shortText(short_), at);
}

CapacityVerdict CapacityAudit::audit(const QList<Occurrence> &occurrences, const QHash<QString, CourseDemand> &demand,
                                     const ResourceAmounts &standing, const ResourceAmounts &limits)
{
    // Sweep the boundaries in time order; at each boundary the set of running courses is known.
    QMap<QDateTime, int> boundaries;
    for (const Occurrence &o : occurrences) {
        boundaries.insert(o.start, 0);
        boundaries.insert(o.end, 0);
    }
    CapacityVerdict verdict;
    verdict.peak = standing;
    auto shortOf = [&limits](const ResourceAmounts &total) {
        ResourceAmounts s;
        auto over = [](qint64 have, qint64 limit) { return limit >= 0 && have > limit ? have - limit : 0; };
        s.instances = over(total.instances, limits.instances);
        s.vcpus = over(total.vcpus, limits.vcpus);
        s.ramMb = over(total.ramMb, limits.ramMb);
        s.diskGb = over(total.diskGb, limits.diskGb);
        s.floatingIps = over(total.floatingIps, limits.floatingIps);
        return s;
    };
    auto weight = [](const ResourceAmounts &a) { return a.instances + a.vcpus + a.ramMb + a.diskGb + a.floatingIps; };
    for (auto it = boundaries.cbegin(); it != boundaries.cend(); ++it) {
        const QDateTime t = it.key();
        QSet<QString> running;
        for (const Occurrence &o : occurrences) {
            if (o.start <= t && t < o.end)
                running.insert(o.course);
        }
        ResourceAmounts total = standing;
        for (const QString &course : std::as_const(running))
            total += demandOf(demand.value(course));
        if (weight(total) > weight(verdict.peak) || !verdict.peakAt.isValid()) {
            verdict.peak = total;
            verdict.peakAt = t;
        }
        const ResourceAmounts s = shortOf(total);
        if (verdict.fits && weight(s) > 0) {
            verdict.fits = false;
            verdict.when = t;
            verdict.short_ = s;
            verdict.involved = running.values();
            std::sort(verdict.involved.begin(), verdict.involved.end());
        }
    }
    if (occurrences.isEmpty()) {
        const ResourceAmounts s = shortOf(standing);
        if (weight(s) > 0) {
            verdict.fits = false;
            verdict.short_ = s;
        }
    }
    return verdict;
}
