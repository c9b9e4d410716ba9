#include "models/domain/hosthealth.h"

#include <algorithm>

namespace
{
bool is(const QString &status, const char *name)
{
    return status == QLatin1String(name);
}

const Flavor *flavorOf(const Server &s, const QList<Flavor> &flavors)
{
    for (const Flavor &f : flavors) {
        if ((!s.flavorId.isEmpty() && f.id == s.flavorId) || (!s.flavorName.isEmpty() && f.name == s.flavorName))
            return &f;
    }
    return nullptr;
}
} // namespace

QString HostRules::healthKey(HostHealth health)
{
    switch (health) {
    case HostHealth::Ok:
        return QStringLiteral("ok");
    case HostHealth::Warning:
        return QStringLiteral("warning");
    case HostHealth::Down:
        return QStringLiteral("down");
    }
    return {};
}

QString HostRules::healthText(HostHealth health)
{
    switch (health) {
    case HostHealth::Ok:
        return tr("OK", "host health");
    case HostHealth::Warning:
        return tr("Warning", "host health");
    case HostHealth::Down:
        return tr("Down", "host health");
    }
    return {};
}

int HostRules::percent(const ResourceAmount &amount)
{
    const qint64 capacity = amount.capacity();
    if (capacity <= 0)
        return 0;
    return int((amount.used * 100 + capacity / 2) / capacity);
}

void HostRules::judge(HostRecord &r)
{
    r.reasons.clear();
    r.health = HostHealth::Ok;
    const ComputeService &s = r.service;
    if (s.forcedDown)
        r.reasons << tr("Forced down by an administrator.");
    if (!s.isUp())
        r.reasons << (s.updatedAt.isValid()
                          ? tr("Nova has not heard from its compute service since %1 UTC.")
                                .arg(s.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          : tr("Nova reports its compute service down."));
    if (s.forcedDown || !s.isUp()) {
        r.health = HostHealth::Down;
        if (!r.desktopIds.isEmpty())
            r.reasons << tr("%n desktop(s) on it.", nullptr, int(r.desktopIds.size()));
        return;
    }
    if (!s.isEnabled())
        r.reasons << (s.disabledReason.isEmpty() ? tr("Disabled: no new desktops are placed on it.")
                                                 : tr("Disabled: %1").arg(s.disabledReason));
    if (!r.capacity) {
        r.reasons << tr("Placement reports no resources for it.");
    } else {
        const struct
        {
            const ResourceAmount *amount;
            QString name;
        } resources[] = {{&r.capacity->vcpu, tr("vCPU")}, {&r.capacity->ramMb, tr("RAM")}, {&r.capacity->diskGb, tr("disk")}};
        for (const auto &res : resources) {
            if (res.amount->capacity() > 0 && percent(*res.amount) >= WarnPercent)
                r.reasons << tr("%1 %2% used.").arg(res.name).arg(percent(*res.amount));
        }
    }
    if (r.errorDesktops > 0)
        r.reasons << tr("%n desktop(s) on it in ERROR.", nullptr, r.errorDesktops);
    if (!r.reasons.isEmpty()) {
        r.health = HostHealth::Warning;
        return;
    }
    if (r.capacity)
        r.reasons << tr("Up and enabled; vCPU %1%, RAM %2%, disk %3% used.")
                         .arg(percent(r.capacity->vcpu))
                         .arg(percent(r.capacity->ramMb))
                         .arg(percent(r.capacity->diskGb));
}

QList<HostRecord> HostRules::build(const QList<ComputeService> &services, const QList<HostCapacity> &capacities,
                                   const QList<Server> &servers)
{
    QList<HostRecord> out;
    for (const ComputeService &s : services) {
        HostRecord r;
        r.service = s;
        for (const HostCapacity &c : capacities) {
            if (c.name == s.host)
                r.capacity = c;
        }
        for (const Server &srv : servers) {
            if (srv.host == s.host && !srv.isDeleted()) {
                r.desktopIds << srv.id;
                if (is(srv.status, "ERROR"))
                    ++r.errorDesktops;
            }
        }
        judge(r);
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const HostRecord &a, const HostRecord &b) { return a.host() < b.host(); });
    return out;
}

QList<DrainItem> HostRules::planDrain(const QString &host, const QList<Server> &servers)
{
    QList<DrainItem> plan;
    for (const Server &s : servers) {
        if (s.host != host || s.isDeleted())
            continue;
        DrainItem item;
        item.server = s;
        if (!s.taskState.isEmpty())
            item.why = tr("Busy (%1); drain again when it has settled.").arg(s.taskState);
        else if (is(s.status, "ACTIVE") || is(s.status, "PAUSED"))
            item.kind = DrainItem::Live;
        else if (is(s.status, "SHUTOFF"))
            item.kind = DrainItem::Cold;
        else if (is(s.status, "SUSPENDED"))
            item.why = tr("Suspended: Nova moves no suspended desktop; resume or shelve it first.");
        else if (is(s.status, "ERROR"))
            item.why = tr("In ERROR: reset its state first.");
        else
            item.why = tr("%1: cannot be moved.").arg(s.status);
        plan << item;
    }
    std::sort(plan.begin(), plan.end(), [](const DrainItem &a, const DrainItem &b) { return a.server.name < b.server.name; });
    return plan;
}

HostRefusal HostRules::checkDrain(const QString &host, const QList<HostRecord> &hosts, const QString &target)
{
    bool known = false;
    int usable = 0;
    for (const HostRecord &r : hosts) {
        if (r.host() == host) {
            known = true;
            continue;
        }
        const bool ok = r.service.isUp() && !r.service.forcedDown && r.service.isEnabled();
        if (!target.isEmpty() && r.host() == target && !ok)
            return {tr("The target host %1 is down or disabled.").arg(target)};
        if (ok)
            ++usable;
    }
    if (!known)
        return {tr("There is no compute host %1.").arg(host)};
    if (usable == 0)
        return {tr("No other compute host is up and enabled: the desktops have nowhere to go.")};
    return {};
}

HostRefusal HostRules::checkEvacuate(const QString &host, const QList<HostRecord> &hosts, const QList<Server> &servers,
                                     const QList<Flavor> &flavors)
{
    const HostRecord *source = nullptr;
    for (const HostRecord &r : hosts)
        if (r.host() == host)
            source = &r;
    if (!source)
        return {tr("There is no compute host %1.").arg(host)};
    if (source->service.isUp() && !source->service.forcedDown)
        return {tr("%1 is still up: Nova evacuates only a host that is down. Drain it instead, or force it down "
                   "if it is really dead.")
                    .arg(host)};
    qint64 needVcpu = 0, needRam = 0, needDisk = 0, freeVcpu = 0, freeRam = 0, freeDisk = 0;
    int unknownFlavors = 0;
    for (const Server &s : servers) {
        if (s.host != host || s.isDeleted())
            continue;
        if (const Flavor *f = flavorOf(s, flavors)) {
            needVcpu += f->vcpus;
            needRam += f->ramMb;
            needDisk += f->diskGb;
        } else {
            ++unknownFlavors;
        }
    }
    int targets = 0;
    for (const HostRecord &r : hosts) {
        if (r.host() == host || !r.service.isUp() || r.service.forcedDown || !r.service.isEnabled() || !r.capacity)
            continue;
        ++targets;
        freeVcpu += qMax<qint64>(0, r.capacity->vcpu.free());
        freeRam += qMax<qint64>(0, r.capacity->ramMb.free());
        freeDisk += qMax<qint64>(0, r.capacity->diskGb.free());
    }
    if (targets == 0)
        return {tr("No other compute host is up and enabled: there is nowhere to evacuate to.")};
    QStringList short_;
    if (needVcpu > freeVcpu)
        short_ << tr("%1 vCPU").arg(needVcpu - freeVcpu);
    if (needRam > freeRam)
        short_ << tr("%1 MB RAM").arg(needRam - freeRam);
    if (needDisk > freeDisk)
        short_ << tr("%1 GB disk").arg(needDisk - freeDisk);
    if (!short_.isEmpty())
        return {tr("No room: the other hosts lack %1 for the desktops of %2.").arg(short_.join(QStringLiteral(", ")), host)};
    Q_UNUSED(unknownFlavors)
    return {};
}
