#include "app/ctl/ctlschedule.h"

#include "app/ctl/ctlcourses.h"
#include "app/ctl/ctlengine.h"
#include "app/ctl/ctllessonscommand.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctlscheduleinstall.h"
#include "app/ctl/ctltaskoutput.h"
#include "app/ctl/ctltaskwatch.h"
#include "cloud/computeapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/lessons/capacityaudit.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schedulerleader.h"
#include "models/lessons/timetable.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace
{
QString opt(CtlRunner *r, const char *name)
{
    return r->command().get<CtlLessonOptions>().options.value(QString::fromLatin1(name));
}

bool has(CtlRunner *r, const char *name)
{
    return r->command().get<CtlLessonOptions>().options.contains(QString::fromLatin1(name));
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString hhmm(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")).remove(QRegularExpression(QStringLiteral(":00$"))) : QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime nowOf(CtlRunner *r)
{
    return has(r, "now") ? CtlLessonsLine::parseTime(opt(r, "now")) : QDateTime::currentDateTimeUtc();
}

// "--from"/"--to" of plan and lessons list: a date (its midnight) or a time.
QDateTime boundary(const QString &text, bool end)
{
    const QDate d = CtlLessonsLine::parseDate(text);
    if (d.isValid())
        return QDateTime(end ? d.addDays(1) : d, QTime(0, 0)).toUTC();
    return CtlLessonsLine::parseTime(text);
}

template<typename T>
bool take(CtlRunner *r, Result<T> result, T *out)
{
    if (!result) {
        r->fail(result.error());
        return false;
    }
    *out = result.take();
    return true;
}

QString whyKey(PlannedAction::Why why)
{
    switch (why) {
    case PlannedAction::Why::Prepare:
        return QStringLiteral("prepare");
    case PlannedAction::Why::Repair:
        return QStringLiteral("repair");
    case PlannedAction::Why::Policy:
        return QStringLiteral("policy");
    case PlannedAction::Why::Retag:
        return QStringLiteral("tag");
    }
    return {};
}

QJsonObject actionJson(const PlannedAction &a)
{
    return QJsonObject{{QStringLiteral("why"), whyKey(a.why)},
                       {QStringLiteral("kind"), a.why == PlannedAction::Why::Retag ? QStringLiteral("set-metadata") : TaskText::kindKey(a.kind)},
                       {QStringLiteral("course"), a.course},
                       {QStringLiteral("owner"), a.owner},
                       {QStringLiteral("role"), a.role},
                       {QStringLiteral("seat"), a.seat},
                       {QStringLiteral("server"), a.serverName},
                       {QStringLiteral("server_id"), a.serverId},
                       {QStringLiteral("state"), a.state}};
}

QJsonObject lessonJson(const LessonStatus &l)
{
    return QJsonObject{{QStringLiteral("course"), l.occurrence.course},
                       {QStringLiteral("lesson"), l.occurrence.lessonId},
                       {QStringLiteral("start"), iso(l.occurrence.start)},
                       {QStringLiteral("end"), iso(l.occurrence.end)},
                       {QStringLiteral("classroom"), l.occurrence.classroom},
                       {QStringLiteral("desktops"), l.wanted},
                       {QStringLiteral("ready"), l.ready},
                       {QStringLiteral("missing"), l.missing},
                       {QStringLiteral("in_progress"), l.inProgress},
                       {QStringLiteral("prepare_from"), iso(l.warmAt)},
                       {QStringLiteral("ready_by"), iso(l.readyBy)},
                       {QStringLiteral("lead_time_basis"), l.leadBasis}};
}

QJsonObject reportJson(const TickReport &report)
{
    QJsonArray actions, lessons;
    for (const PlannedAction &a : report.plan.actions)
        actions << actionJson(a);
    for (const LessonStatus &l : report.plan.lessons)
        lessons << lessonJson(l);
    return QJsonObject{{QStringLiteral("now"), iso(report.now)},
                       {QStringLiteral("leader"), report.leader},
                       {QStringLiteral("lessons"), lessons},
                       {QStringLiteral("actions"), actions},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(report.plan.problems)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
                       {QStringLiteral("batches"), QJsonArray::fromStringList(report.batchIds)},
                       {QStringLiteral("write_requests"), report.writeRequests},
                       {QStringLiteral("tagged"), report.retagged}};
}

QString planText(const TickReport &report)
{
    QString out;
    TextTable t({CtlSchedule::tr("LESSON"), CtlSchedule::tr("COURSE"), CtlSchedule::tr("ROOM"), CtlSchedule::tr("DESKTOPS"),
                 CtlSchedule::tr("PREPARE FROM"), CtlSchedule::tr("READY BY")});
    for (const LessonStatus &l : report.plan.lessons) {
        t.addRow({QStringLiteral("%1–%2").arg(localTime(l.occurrence.start), l.occurrence.end.toLocalTime().toString(QStringLiteral("HH:mm"))),
                  l.occurrence.course, CtlOutput::orDash(l.occurrence.classroom),
                  CtlSchedule::tr("%1/%2 ready").arg(l.ready).arg(l.wanted), hhmm(l.warmAt),
                  CtlSchedule::tr("ready by %1").arg(hhmm(l.readyBy))});
    }
    out += t.rowCount() > 0 ? t.render() : CtlSchedule::tr("No lessons in this window.\n");
    for (const QString &p : report.plan.problems)
        out += CtlSchedule::tr("problem: %1").arg(p) + QLatin1Char('\n');
    for (const QString &n : report.notes)
        out += n + QLatin1Char('\n');
    for (const PlannedAction &a : report.plan.actions)
        out += QStringLiteral("  ") + a.text() + QLatin1Char('\n');
    if (report.plan.actions.isEmpty())
        out += CtlSchedule::tr("Nothing to do at %1.").arg(localTime(report.now)) + QLatin1Char('\n');
    return out;
}

// --- lessons ------------------------------------------------------------------------------

QHash<QString, CourseFacts> factsOf(const QList<Course> &courses, const QHash<QString, QList<RosterSeat>> &rosters)
{
    QHash<QString, CourseFacts> out;
    for (const Course &c : courses) {
        CourseFacts f{c.teacher, c.classroom, {}};
        for (const RosterSeat &s : rosters.value(c.code))
            f.students.insert(s.owner);
        out.insert(c.code, f);
    }
    return out;
}

// The capacity audit of the timetable between from and to against the project's quotas:
// flavors, servers (what stands outside the timetable), limits, floating IPs, Neutron quota.
void auditWindow(CtlRunner *r, LessonStore *store, const QDateTime &from, const QDateTime &to,
                 const QList<Occurrence> &extra, const std::function<void(const CapacityVerdict &)> &then)
{
    struct In
    {
        QList<Flavor> flavors;
        QList<Server> servers;
        ComputeLimits limits;
        QList<FloatingIp> fips;
    };
    auto in = std::make_shared<In>();
    auto evaluate = [r, store, from, to, extra, in, then](const NetworkQuota &quota) {
        QList<Course> courses;
        QHash<QString, QList<RosterSeat>> rosters;
        QList<Occurrence> occ;
        if (!take(r, store->courses(), &courses) || !take(r, store->rosters(), &rosters)
            || !take(r, LessonScheduler::occurrences(store, from, to, QTimeZone::systemTimeZone()), &occ))
            return;
        occ += extra;
        QHash<QString, Flavor> flavors;
        for (const Flavor &f : std::as_const(in->flavors)) {
            flavors.insert(f.id, f);
            flavors.insert(f.name, f);
        }
        QHash<QString, CourseDemand> demand;
        QSet<QString> codes;
        for (const Course &c : courses) {
            const Flavor f = flavors.value(c.flavor);
            demand.insert(c.code, CourseDemand{int(rosters.value(c.code).size()) + 1, f.vcpus, f.ramMb, f.diskGb, true});
            codes.insert(c.code);
        }
        for (Occurrence &o : occ)
            demand[o.course].desktops = std::max(demand[o.course].desktops, demand[o.course].desktops + o.extraDesktops);
        // Standing: servers that are not desktops of a timetabled course.
        ResourceAmounts standing;
        QSet<QString> fixedOfCourses;
        for (const Server &s : std::as_const(in->servers)) {
            if (s.isDeleted())
                continue;
            if (codes.contains(s.meta(PhoenixMeta::Course))) {
                fixedOfCourses.insert(s.fixedAddress());
                continue;
            }
            const Flavor f = flavors.value(s.flavorId.isEmpty() ? s.flavorName : s.flavorId);
            standing += ResourceAmounts{1, f.vcpus, f.ramMb, f.diskGb, 0};
        }
        for (const FloatingIp &f : std::as_const(in->fips)) {
            if (!fixedOfCourses.contains(f.fixedIpAddress) || f.fixedIpAddress.isEmpty())
                ++standing.floatingIps;
        }
        const ResourceAmounts limits{in->limits.maxInstances, in->limits.maxCores, in->limits.maxRamMb, -1, quota.floatingIps};
        then(CapacityAudit::audit(occ, demand, standing, limits));
    };
    ComputeApi(r->client()).listFlavors(r, [r, in, evaluate](Result<QList<Flavor>> flavors) {
        if (!flavors)
            return r->fail(flavors.error());
        in->flavors = flavors.take();
        ComputeApi(r->client()).listAllServers({}, r, [r, in, evaluate](Result<QList<Server>> servers) {
            if (!servers)
                return r->fail(servers.error());
            in->servers = servers.take();
            ComputeApi(r->client()).limits(r, [r, in, evaluate](Result<ComputeLimits> limits) {
                if (!limits)
                    return r->fail(limits.error());
                in->limits = limits.value();
                NetworkApi(r->client()).listFloatingIps(r, [r, in, evaluate](Result<QList<FloatingIp>> fips) {
                    if (fips)
                        in->fips = fips.take();
                    NetworkApi(r->client()).quota(r->session()->auth().projectId, r, [evaluate](Result<NetworkQuota> q) {
                        evaluate(q ? q.value() : NetworkQuota());
                    });
                });
            });
        });
    });
}

// Saves lessons after the conflict check and the capacity audit (both skipped with --force).
void saveLessons(CtlRunner *r, LessonStore *store, QList<Lesson> lessons, const QString &auditAction,
                 const std::function<QString(int)> &doneText)
{
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters;
    if (!take(r, store->courses(), &courses) || !take(r, store->rosters(), &rosters))
        return;
    QHash<QString, Course> byCode;
    for (const Course &c : courses)
        byCode.insert(c.code, c);
    QDateTime from = lessons.first().start;
    QDateTime to = lessons.first().end;
    for (const Lesson &l : lessons) {
        const QDate last = l.recurrence == Recurrence::Once ? l.end.toLocalTime().date() : l.until;
        to = std::max(to, QDateTime(last.addDays(1), QTime(0, 0)).toUTC());
        from = std::min(from, l.start);
    }
    SchoolCalendar cal;
    QList<Occurrence> existing;
    if (!take(r, store->calendar(), &cal) || !take(r, LessonScheduler::occurrences(store, from, to, QTimeZone::systemTimeZone()), &existing))
        return;
    QList<Occurrence> mine = Timetable::expand(lessons, byCode, cal, {}, from, to);
    const bool force = has(r, "force");
    if (mine.isEmpty() && !lessons.first().manual) {
        r->report(CtlSchedule::tr("No lesson falls on a school day in this range (holidays, term, course dates); nothing was saved."));
        r->finish(1);
        return;
    }
    const QList<LessonConflict> conflicts = Timetable::conflicts(mine, existing, factsOf(courses, rosters));
    if (!conflicts.isEmpty() && !force) {
        for (const LessonConflict &c : conflicts.mid(0, 20))
            r->report(c.text());
        r->report(CtlSchedule::tr("%n conflict(s); nothing was saved (--force saves anyway).", nullptr, int(conflicts.size())));
        r->finish(1);
        return;
    }
    auto save = [r, store, lessons, auditAction, doneText, mine]() mutable {
        if (const CloudError e = store->addLessons(&lessons, r->session()->config().username))
            return r->fail(e);
        CtlCourses::audit(r, auditAction, lessons.first().course,
                          CtlSchedule::tr("%n lesson(s) from %1", nullptr, int(mine.size())).arg(localTime(lessons.first().start)));
        if (r->command().json) {
            QJsonArray occ;
            for (const Occurrence &o : mine)
                occ << QJsonObject{{QStringLiteral("start"), iso(o.start)}, {QStringLiteral("end"), iso(o.end)}};
            r->printJson(QJsonObject{{QStringLiteral("lesson"), lessons.first().id}, {QStringLiteral("occurrences"), occ}});
        } else {
            r->print(doneText(int(mine.size())) + QLatin1Char('\n'));
        }
        r->finish(0);
    };
    if (force)
        return save();
    auditWindow(r, store, from, to, mine, [r, save](const CapacityVerdict &verdict) mutable {
        if (!verdict.fits) {
            r->report(CtlSchedule::tr("The project's quota cannot hold these lessons: %1 (%2). Nothing was saved (--force saves anyway).")
                          .arg(verdict.text(), verdict.involved.join(QStringLiteral(", "))));
            r->finish(1);
            return;
        }
        save();
    });
}

void addLesson(CtlRunner *r, LessonStore *store)
{
    const QString code = r->command().targets.first();
    std::optional<Course> course;
    if (!take(r, store->course(code), &course))
        return;
    if (!course)
        return r->fail(CloudError::config(CtlSchedule::tr("There is no course %1.").arg(code)));
    Lesson l;
    l.course = code;
    l.start = CtlLessonsLine::parseTime(opt(r, "start"));
    l.end = CtlLessonsLine::parseTime(opt(r, "end"));
    l.classroom = opt(r, "classroom");
    if (has(r, "weekly-until")) {
        l.recurrence = Recurrence::Weekly;
        l.until = CtlLessonsLine::parseDate(opt(r, "weekly-until"));
    } else if (has(r, "daily-until")) {
        l.recurrence = Recurrence::Daily;
        l.until = CtlLessonsLine::parseDate(opt(r, "daily-until"));
    }
    const QString invalid = Timetable::validate(l);
    if (!invalid.isEmpty()) {
        r->report(invalid);
        r->finish(2);
        return;
    }
    saveLessons(r, store, {l}, QStringLiteral("lesson add"), [code](int n) {
        return CtlSchedule::tr("%1: %n lesson(s) saved.", nullptr, n).arg(code);
    });
}


void listLessons(CtlRunner *r, LessonStore *store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = has(r, "from") ? boundary(opt(r, "from"), false) : now.addSecs(-3600);
    const QDateTime to = has(r, "to") ? boundary(opt(r, "to"), true) : from.addDays(7);
    QList<Occurrence> occ;
    if (!take(r, LessonScheduler::occurrences(store, from, to, QTimeZone::systemTimeZone()), &occ))
        return;
    const QString course = opt(r, "course");
    if (!course.isEmpty())
        occ.erase(std::remove_if(occ.begin(), occ.end(), [&course](const Occurrence &o) { return o.course != course; }), occ.end());
    if (r->command().json) {
        QJsonArray out;
        for (const Occurrence &o : occ)
            out << QJsonObject{{QStringLiteral("lesson"), o.lessonId}, {QStringLiteral("course"), o.course},
                               {QStringLiteral("start"), iso(o.start)}, {QStringLiteral("end"), iso(o.end)},
                               {QStringLiteral("classroom"), o.classroom}, {QStringLiteral("manual"), o.manual},
                               {QStringLiteral("extra_desktops"), o.extraDesktops}};
        r->printJson(out);
    } else {
        TextTable t({CtlSchedule::tr("START"), CtlSchedule::tr("END"), CtlSchedule::tr("COURSE"), CtlSchedule::tr("ROOM"),
                     CtlSchedule::tr("LESSON ID")});
        for (const Occurrence &o : occ)
            t.addRow({localTime(o.start), o.end.toLocalTime().toString(QStringLiteral("HH:mm")), o.course,
                      CtlOutput::orDash(o.classroom), CtlTaskOutput::shortId(o.lessonId)});
        r->print(t.render());
    }
    r->finish(0);
}

void deleteLesson(CtlRunner *r, LessonStore *store)
{
    const QString prefix = r->command().targets.first();
    QList<Lesson> lessons;
    if (!take(r, store->lessons(), &lessons))
        return;
    QStringList ids;
    for (const Lesson &l : lessons) {
        if (l.id.startsWith(prefix))
            ids << l.id;
    }
    if (ids.size() != 1)
        return r->fail(CloudError::config(ids.isEmpty() ? CtlSchedule::tr("There is no lesson %1.").arg(prefix)
                                                        : CtlSchedule::tr("%1 names %2 lessons; give more of the ID.").arg(prefix).arg(ids.size())));
    if (const CloudError e = store->deleteLesson(ids.first()))
        return r->fail(e);
    CtlCourses::audit(r, QStringLiteral("lesson delete"), ids.first(), QString());
    if (r->command().json)
        r->printJson(QJsonObject{{QStringLiteral("deleted"), ids.first()}});
    else
        r->print(CtlSchedule::tr("Lesson %1 deleted.").arg(CtlTaskOutput::shortId(ids.first())) + QLatin1Char('\n'));
    r->finish(0);
}

// The course's lesson now (or starting within 15 minutes), for stop / extend / supply.
std::optional<Occurrence> currentLesson(CtlRunner *r, LessonStore *store, const QString &code, const QDateTime &now, bool *failed)
{
    *failed = false;
    QList<Occurrence> occ;
    if (!take(r, LessonScheduler::occurrences(store, now.addSecs(-60), now.addSecs(15 * 60), QTimeZone::systemTimeZone()), &occ)) {
        *failed = true;
        return std::nullopt;
    }
    for (const Occurrence &o : std::as_const(occ)) {
        if (o.course == code && o.end > now)
            return o;
    }
    return std::nullopt;
}

void courseNow(CtlRunner *r, LessonStore *store)
{
    const QString code = r->command().targets.first();
    const QString verb = r->command().get<CtlLessonOptions>().verb;
    const QDateTime now = nowOf(r);
    std::optional<Course> course;
    if (!take(r, store->course(code), &course))
        return;
    if (!course)
        return r->fail(CloudError::config(CtlSchedule::tr("There is no course %1.").arg(code)));
    bool failed = false;
    const std::optional<Occurrence> current = currentLesson(r, store, code, now, &failed);
    if (failed)
        return;
    const QString user = r->session()->config().username;
    auto finished = [r](const QString &text, const QJsonObject &json) {
        if (r->command().json)
            r->printJson(json);
        else
            r->print(text + QLatin1Char('\n') + CtlSchedule::tr("The scheduler acts on its next tick (phoenixctl schedule run --once).") + QLatin1Char('\n'));
        r->finish(0);
    };
    if (verb == QLatin1String("start")) {
        if (current)
            return r->fail(CloudError::config(CtlSchedule::tr("%1 has a lesson until %2 already (use courses extend).").arg(code, localTime(current->end))));
        Lesson l;
        l.course = code;
        l.start = now;
        l.end = has(r, "until") ? CtlLessonsLine::parseTime(opt(r, "until")) : now.addSecs(qint64(has(r, "minutes") ? opt(r, "minutes").toInt() : 45) * 60);
        l.manual = true;
        l.classroom = course->classroom;
        const QString invalid = Timetable::validate(l);
        if (!invalid.isEmpty()) {
            r->report(invalid);
            r->finish(2);
            return;
        }
        const QString text = CtlSchedule::tr("%1 started: a lesson until %2. The scheduler prepares its desktops on its next tick.")
                                 .arg(code, localTime(l.end));
        saveLessons(r, store, {l}, QStringLiteral("course start"), [text](int) { return text; });
        return;
    }
    if (!current)
        return r->fail(CloudError::config(CtlSchedule::tr("%1 has no lesson now.").arg(code)));
    LessonChange change;
    change.lessonId = current->lessonId;
    QList<LessonChange> changes;
    if (!take(r, store->changes(), &changes))
        return;
    // The occurrence's original start identifies it; a change made earlier is kept and extended.
    change.occurrenceStart = current->start;
    for (const LessonChange &c : std::as_const(changes)) {
        if (c.lessonId == current->lessonId && c.occurrenceStart == current->start)
            change = c;
    }
    QString text;
    QString detail;
    if (verb == QLatin1String("stop")) {
        change.end = std::max(now, current->start.addSecs(1));
        change.stopped = true;
        text = CtlSchedule::tr("%1 stopped: its desktops get the end-of-lesson policy (%2) now.").arg(code, LessonText::policyName(course->policy));
        detail = localTime(change.end);
    } else if (verb == QLatin1String("extend")) {
        const int minutes = opt(r, "minutes").toInt();
        change.end = current->end.addSecs(qint64(minutes) * 60);
        text = CtlSchedule::tr("%1 extended by %2 min, until %3.").arg(code).arg(minutes).arg(localTime(change.end));
        detail = CtlSchedule::tr("+%1 min").arg(minutes);
    } else { // supply
        const int n = opt(r, "count").toInt();
        change.extraDesktops += n;
        text = CtlSchedule::tr("%1: %2 more desktops for the lesson until %3.").arg(code).arg(n).arg(localTime(current->end));
        detail = CtlSchedule::tr("+%1 desktops").arg(n);
    }
    if (const CloudError e = store->saveChange(change, user))
        return r->fail(e);
    CtlCourses::audit(r, QStringLiteral("course ") + verb, code, detail);
    finished(text, QJsonObject{{QStringLiteral("course"), code}, {QStringLiteral("lesson"), current->lessonId},
                               {QStringLiteral("start"), iso(current->start)},
                               {QStringLiteral("end"), iso(change.end.isValid() ? change.end : current->end)},
                               {QStringLiteral("extra_desktops"), change.extraDesktops}, {QStringLiteral("stopped"), change.stopped}});
}

void status(CtlRunner *r, LessonStore *store)
{
    CtlEngine *e = r->journal();
    SchedulerLeader probe(e->database(), e->scope(), QString());
    const Result<QString> holder = probe.currentHolder();
    QList<Course> courses;
    if (!take(r, store->courses(), &courses))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Occurrence> occ;
    if (!take(r, LessonScheduler::occurrences(store, now, now.addDays(14), QTimeZone::systemTimeZone()), &occ))
        return;
    QList<PrepSample> samples;
    if (!take(r, store->prepSamples(), &samples))
        return;
    const QString next = occ.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(occ.first().course, localTime(occ.first().start));
    const QString leader = holder ? holder.value() : QString();
    if (r->command().json) {
        r->printJson(QJsonObject{{QStringLiteral("courses"), int(courses.size())},
                                 {QStringLiteral("next_lesson"), next},
                                 {QStringLiteral("leader"), leader},
                                 {QStringLiteral("learned_samples"), int(samples.size())},
                                 {QStringLiteral("database"), e->database()->displayUrl()}});
    } else {
        r->print(CtlSchedule::tr("Courses: %1\nNext lesson: %2\nLeader: %3\nPreparations learned from: %4\nDatabase: %5\n")
                     .arg(courses.size())
                     .arg(CtlOutput::orDash(next), CtlOutput::orDash(leader))
                     .arg(samples.size())
                     .arg(e->database()->displayUrl()));
    }
    r->finish(0);
}

// schedule plan / schedule run.
class ScheduleRun : public QObject
{
public:
    ScheduleRun(CtlRunner *r, LessonStore *store, bool dryRun)
        : QObject(r)
        , m_runner(r)
        , m_dryRun(dryRun)
    {
        CtlEngine *e = r->engine();
        m_engine = e;
        m_scheduler = new LessonScheduler(store, e->engine(), e->inventory(), e->journal(), r->client(),
                                          e->engine()->runnerId(), this);
        connect(m_scheduler, &LessonScheduler::batchSubmitted, this, [this](const QString &batchId) {
            if (CtlTaskWatch *w = m_runner->watch())
                w->follow(m_engine->engine()->tasksOfBatch(batchId));
        });
        connect(m_scheduler, &LessonScheduler::tickFinished, this, [this](const TickReport &report) { onTick(report); });
    }

    void tick()
    {
        TickOptions o;
        o.now = nowOf(m_runner);
        if (has(m_runner, "now") && !m_once && !m_dryRun && m_ticks > 0)
            o.now = o.now.addSecs(m_clock.elapsed() / 1000); // --now moves on with the real clock
        o.dryRun = m_dryRun;
        if (has(m_runner, "ahead"))
            o.aheadSeconds = opt(m_runner, "ahead").toInt();
        // The OS timer that `schedule install` writes ticks every 60 s, as a continuous run does.
        o.tickSeconds = has(m_runner, "interval") ? opt(m_runner, "interval").toInt() : 60;
        if (has(m_runner, "from"))
            o.from = boundary(opt(m_runner, "from"), false);
        if (has(m_runner, "to"))
            o.to = boundary(opt(m_runner, "to"), true);
        if (m_dryRun && !o.from.isValid() && !o.to.isValid()) {
            o.from = o.now;
            o.to = o.now.addDays(1);
        }
        ++m_ticks;
        m_scheduler->tick(o);
    }

    void setOnce(bool once) { m_once = once; }
    void start()
    {
        m_clock.start();
        tick();
    }

private:
    void onTick(const TickReport &report)
    {
        if (report.error) {
            if (m_once || m_dryRun)
                return m_runner->fail(report.error);
            m_runner->report(report.error.userMessage());
            return scheduleNext();
        }
        if (!report.leader) {
            const QString text = CtlSchedule::tr("Another scheduler leads for this project; nothing done.");
            if (m_once) {
                if (m_runner->command().json)
                    m_runner->printJson(reportJson(report));
                else
                    m_runner->print(text + QLatin1Char('\n'));
                return m_runner->finish(0);
            }
            m_runner->progress(text);
            return scheduleNext();
        }
        if (m_dryRun) {
            if (m_runner->command().json)
                m_runner->printJson(reportJson(report));
            else
                m_runner->print(planText(report));
            return m_runner->finish(report.plan.problems.isEmpty() ? 0 : 1);
        }
        const QString summary = CtlSchedule::tr("%1: %n task(s) started; phoenix:expires updated on %2", nullptr, int(report.taskIds.size()))
                                    .arg(localTime(report.now)).arg(report.retagged);
        if (!m_runner->command().json) {
            for (const QString &p : report.plan.problems)
                m_runner->report(CtlSchedule::tr("problem: %1").arg(p));
            for (const QString &n : report.notes)
                m_runner->print(n + QLatin1Char('\n'));
            for (const PlannedAction &a : report.plan.actions)
                m_runner->print(QStringLiteral("  ") + a.text() + QLatin1Char('\n'));
            m_runner->print(summary + QLatin1Char('\n'));
        }
        if (!m_once)
            return scheduleNext();
        m_report = report;
        if (report.taskIds.isEmpty()) {
            if (m_runner->command().json)
                m_runner->printJson(reportJson(report));
            return m_runner->finish(report.plan.problems.isEmpty() && report.notes.isEmpty() ? 0 : 1);
        }
        CtlTaskWatch *w = m_runner->watch();
        connect(w, &CtlTaskWatch::allFinished, this, [this, w] {
            if (m_runner->command().json) {
                QJsonObject o = reportJson(m_report);
                QJsonArray tasks;
                for (const TaskSnapshot &t : w->tasks())
                    tasks << CtlTaskOutput::taskJson(t);
                o.insert(QStringLiteral("tasks"), tasks);
                o.insert(QStringLiteral("done"), w->count(TaskState::Done));
                o.insert(QStringLiteral("failed"), w->count(TaskState::Failed));
                m_runner->printJson(o);
                m_runner->finish(w->count(TaskState::Failed) + w->count(TaskState::Cancelled) > 0 ? 1 : 0);
            } else {
                w->finishRun();
            }
        }, Qt::SingleShotConnection);
    }

    void scheduleNext()
    {
        const int interval = has(m_runner, "interval") ? opt(m_runner, "interval").toInt() : 60;
        QTimer::singleShot(interval * 1000, this, [this] { tick(); });
    }

    CtlRunner *m_runner;
    CtlEngine *m_engine = nullptr;
    LessonScheduler *m_scheduler = nullptr;
    TickReport m_report;
    QElapsedTimer m_clock;
    bool m_dryRun = false;
    bool m_once = true;
    int m_ticks = 0;
};
} // namespace

void CtlSchedule::run(CtlRunner *r)
{
    const QString action = r->command().get<CtlLessonOptions>().verb;
    if (r->command().get<CtlLessonOptions>().group == QLatin1String("schedule") && action == QLatin1String("install"))
        return CtlScheduleInstall::install(r);
    if (r->command().get<CtlLessonOptions>().group == QLatin1String("schedule") && action == QLatin1String("uninstall"))
        return CtlScheduleInstall::uninstall(r);
    LessonStore *store = CtlCourses::store(r);
    if (!store)
        return;
    const CtlCommand &c = r->command();
    const QString verb = c.get<CtlLessonOptions>().verb;
    if (c.get<CtlLessonOptions>().group == QLatin1String("lessons")) {
        if (verb == QLatin1String("add"))
            return addLesson(r, store);
        if (verb == QLatin1String("list"))
            return listLessons(r, store);
        return deleteLesson(r, store);
    }
    if (c.get<CtlLessonOptions>().group == QLatin1String("courses"))
        return courseNow(r, store);
    if (verb == QLatin1String("status"))
        return status(r, store);
    const bool dryRun = verb == QLatin1String("plan");
    if (!r->engine())
        return;
    auto *run = new ScheduleRun(r, store, dryRun);
    run->setOnce(dryRun || has(r, "once"));
    run->start();
}
