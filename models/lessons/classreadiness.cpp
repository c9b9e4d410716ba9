#include "models/lessons/classreadiness.h"

#include "models/domain/desktopnaming.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"

#include <algorithm>

namespace
{
QString meta(const Server &s, const char *key)
{
    return s.metadata.value(QString::fromLatin1(key));
}
} // namespace

int ClassReadiness::needingFix() const
{
    return int(std::count_if(seats.cbegin(), seats.cend(), [](const SeatReadiness &s) { return s.needsFix(); }));
}

QString ClassReadiness::countText() const
{
    return tr("%1 of %2 ready").arg(ready).arg(total);
}

QString ClassReadiness::trayText() const
{
    return tr("Class desktops: %1 of %2 ready").arg(ready).arg(total);
}

QString ClassReadiness::stateKey(SeatState state)
{
    switch (state) {
    case SeatState::Ready: return QStringLiteral("ready");
    case SeatState::Preparing: return QStringLiteral("preparing");
    case SeatState::Waiting: return QStringLiteral("waiting");
    case SeatState::Missing: return QStringLiteral("missing");
    case SeatState::Off: return QStringLiteral("off");
    case SeatState::NoAddress: return QStringLiteral("no-address");
    case SeatState::NotAnswering: return QStringLiteral("not-answering");
    case SeatState::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString ClassReadiness::stateName(SeatState state)
{
    switch (state) {
    case SeatState::Ready: return tr("Ready");
    case SeatState::Preparing: return tr("Preparing");
    case SeatState::Waiting: return tr("Waiting");
    case SeatState::Missing: return tr("Missing");
    case SeatState::Off: return tr("Not started");
    case SeatState::NoAddress: return tr("No address");
    case SeatState::NotAnswering: return tr("Not answering");
    case SeatState::Failed: return tr("Failed");
    }
    return {};
}

ClassReadiness ClassReadiness::evaluate(const ReadinessInput &in)
{
    ClassReadiness out;
    out.course = in.course.code;
    out.occurrence = in.occurrence;
    const bool on = in.now >= in.occurrence.start; // the bell has rung: anything not ready is a fault

    // The course's desktops by owner (students and the teacher) and, for unowned extras, by seat.
    QHash<QString, Server> byOwner;   // "role\nowner"
    QHash<int, Server> extraBySeat;
    for (const Server &s : in.servers) {
        if (s.isDeleted() || meta(s, PhoenixMeta::Course) != in.course.code)
            continue;
        const QString owner = meta(s, PhoenixMeta::Owner);
        if (owner.isEmpty()) {
            const int seat = meta(s, PhoenixMeta::Seat).toInt();
            auto it = extraBySeat.find(seat);
            if (it == extraBySeat.end() || LessonPlanner::preference(s) < LessonPlanner::preference(*it))
                extraBySeat.insert(seat, s);
            continue;
        }
        const QString key = meta(s, PhoenixMeta::Role) + QLatin1Char('\n') + owner;
        auto it = byOwner.find(key);
        if (it == byOwner.end() || LessonPlanner::preference(s) < LessonPlanner::preference(*it))
            byOwner.insert(key, s);
    }

    QList<SeatReadiness> members;
    auto member = [](const QString &owner, const QString &role, int seat) {
        SeatReadiness m;
        m.owner = owner;
        m.role = role;
        m.seat = seat;
        return m;
    };
    if (!in.course.teacher.isEmpty())
        members << member(in.course.teacher, QStringLiteral("teacher"), 0);
    QList<RosterSeat> roster = in.roster;
    std::sort(roster.begin(), roster.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    int maxSeat = 0;
    for (const RosterSeat &r : std::as_const(roster)) {
        members << member(r.owner, QStringLiteral("student"), r.seat);
        maxSeat = std::max(maxSeat, r.seat);
    }
    for (int i = 1; i <= in.occurrence.extraDesktops; ++i)
        members << member(QString(), QStringLiteral("student"), maxSeat + i);

    for (SeatReadiness &m : members) {
        std::optional<Server> mine;
        if (m.owner.isEmpty()) {
            if (extraBySeat.contains(m.seat))
                mine = extraBySeat.value(m.seat);
        } else if (auto it = byOwner.constFind(m.role + QLatin1Char('\n') + m.owner); it != byOwner.cend()) {
            mine = *it;
        }
        if (!mine) {
            m.state = on ? SeatState::Missing : SeatState::Waiting;
            m.reason = tr("No desktop yet");
            // A create under way: its task carries the name the template gives the desktop.
            NamingFields f;
            f.course = in.course.code;
            f.seat = m.seat;
            f.owner = m.owner;
            f.role = m.role;
            f.index = m.seat;
            const QString name = DesktopNaming::expand(in.course.nameTemplate, f, nullptr);
            if (!name.isEmpty() && in.busy.contains(name)) {
                m.state = SeatState::Preparing;
                m.serverName = name;
                m.reason = tr("Being created");
            }
        } else {
            const Server &s = *mine;
            m.serverId = s.id;
            m.serverName = s.name;
            m.status = s.status;
            m.address = s.floatingAddress().isEmpty() ? s.fixedAddress() : s.floatingAddress();
            const bool busy = in.busy.contains(s.id) || in.busy.contains(s.name);
            if (s.status == QLatin1String("ERROR")) {
                m.state = SeatState::Failed;
                m.reason = s.faultMessage.isEmpty() ? tr("The desktop is in ERROR") : tr("ERROR: %1").arg(s.faultMessage);
            } else if (busy || s.isTransitional()) {
                m.state = SeatState::Preparing;
                m.reason = s.taskState.isEmpty() ? tr("A task is working on it") : tr("The cloud is busy: %1").arg(s.taskState);
            } else if (in.failures.contains(s.id)) {
                m.state = SeatState::Failed;
                m.reason = in.failures.value(s.id);
            } else if (s.status != QLatin1String("ACTIVE")) {
                m.state = on ? SeatState::Off : SeatState::Waiting;
                m.reason = tr("The desktop is %1").arg(s.status);
            } else if (!LessonPlanner::hasAddress(s)) {
                m.state = SeatState::NoAddress;
                m.reason = tr("ACTIVE, but without an address");
            } else if (in.answers.contains(s.id) && !in.answers.value(s.id)) {
                m.state = SeatState::NotAnswering;
                m.reason = tr("Its remote-desktop port did not answer");
            } else {
                m.state = SeatState::Ready;
            }
        }
        if (m.state == SeatState::Ready)
            ++out.ready;
    }
    out.total = int(members.size());
    out.seats = std::move(members);
    return out;
}

Result<std::optional<ClassReadiness>> ClassReadiness::forCourse(LessonStore *store, const QString &courseCode,
                                                                const QList<Server> &servers, const QDateTime &now,
                                                                const QTimeZone &zone)
{
    Result<std::optional<Course>> course = store->course(courseCode);
    if (!course)
        return course.error();
    if (!course.value())
        return std::optional<ClassReadiness>();
    Result<QList<RosterSeat>> roster = store->roster(courseCode);
    if (!roster)
        return roster.error();
    Result<QList<Occurrence>> occ = LessonScheduler::occurrences(store, now, now.addDays(7), zone);
    if (!occ)
        return occ.error();
    for (const Occurrence &o : occ.value()) {
        if (o.course != courseCode || o.end <= now)
            continue;
        ReadinessInput in;
        in.course = *course.value();
        in.roster = roster.value();
        in.occurrence = o;
        in.now = now;
        in.servers = servers;
        return std::optional<ClassReadiness>(evaluate(in));
    }
    return std::optional<ClassReadiness>();
}
