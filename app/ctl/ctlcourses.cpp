#include "app/ctl/ctlcourses.h"

#include "app/ctl/ctlengine.h"
#include "app/ctl/ctllessonscommand.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctlschedule.h"
#include "cloud/computeapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/lessons/capacityaudit.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/rostercsv.h"
#include "models/lessons/timetable.h"
#include "models/store/auditlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

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

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject courseJson(const Course &c, int students)
{
    return QJsonObject{{QStringLiteral("code"), c.code},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("teacher"), c.teacher},
                       {QStringLiteral("from"), dateText(c.from)},
                       {QStringLiteral("to"), dateText(c.to)},
                       {QStringLiteral("capacity"), c.capacity},
                       {QStringLiteral("image"), c.image},
                       {QStringLiteral("flavor"), c.flavor},
                       {QStringLiteral("network"), c.network},
                       {QStringLiteral("protocol"), c.protocol},
                       {QStringLiteral("template"), c.nameTemplate},
                       {QStringLiteral("policy"), LessonText::policyKey(c.policy)},
                       {QStringLiteral("classroom"), c.classroom},
                       {QStringLiteral("grace_minutes"), c.graceMinutes},
                       {QStringLiteral("students"), students}};
}

QJsonObject occurrenceJson(const Occurrence &o)
{
    return QJsonObject{{QStringLiteral("lesson"), o.lessonId},
                       {QStringLiteral("course"), o.course},
                       {QStringLiteral("start"), o.start.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("end"), o.end.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("classroom"), o.classroom},
                       {QStringLiteral("manual"), o.manual}};
}

// Result<T> → value, or report + exit 1 (false).
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

bool check(CtlRunner *r, const CloudError &e)
{
    if (e) {
        r->fail(e);
        return false;
    }
    return true;
}

void done(CtlRunner *r, const QString &text, const QJsonObject &json = {})
{
    if (r->command().json)
        r->printJson(json.isEmpty() ? QJsonObject{{QStringLiteral("ok"), true}} : json);
    else
        r->print(text + QLatin1Char('\n'));
    r->finish(0);
}

void usage(CtlRunner *r, const QString &text)
{
    r->report(text);
    r->finish(2);
}

// --- courses --------------------------------------------------------------------------------

void listCourses(CtlRunner *r, LessonStore *store)
{
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters;
    if (!take(r, store->courses(), &courses) || !take(r, store->rosters(), &rosters))
        return;
    if (r->command().json) {
        QJsonArray out;
        for (const Course &c : courses)
            out << courseJson(c, int(rosters.value(c.code).size()));
        r->printJson(out);
    } else {
        TextTable t({CtlCourses::tr("CODE"), CtlCourses::tr("NAME"), CtlCourses::tr("TEACHER"), CtlCourses::tr("STUDENTS"),
                     CtlCourses::tr("IMAGE"), CtlCourses::tr("FLAVOR"), CtlCourses::tr("POLICY"), CtlCourses::tr("CLASSROOM")});
        for (const Course &c : courses)
            t.addRow({c.code, c.name, c.teacher, QString::number(rosters.value(c.code).size()), c.image, c.flavor,
                      LessonText::policyName(c.policy), CtlOutput::orDash(c.classroom)});
        r->print(t.render());
    }
    r->finish(0);
}

void showCourse(CtlRunner *r, LessonStore *store, const QString &code)
{
    std::optional<Course> course;
    if (!take(r, store->course(code), &course))
        return;
    if (!course)
        return r->fail(CloudError::config(CtlCourses::tr("There is no course %1.").arg(code)));
    QList<RosterSeat> roster;
    QList<Lesson> lessons;
    if (!take(r, store->roster(code), &roster) || !take(r, store->lessons(code), &lessons))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Occurrence> next;
    if (!take(r, LessonScheduler::occurrences(store, now, now.addDays(14), QTimeZone::systemTimeZone()), &next))
        return;
    next.erase(std::remove_if(next.begin(), next.end(), [&code](const Occurrence &o) { return o.course != code; }), next.end());
    const Course &c = *course;
    if (r->command().json) {
        QJsonObject o = courseJson(c, int(roster.size()));
        QJsonArray seats;
        for (const RosterSeat &s : roster)
            seats << QJsonObject{{QStringLiteral("owner"), s.owner}, {QStringLiteral("seat"), s.seat}};
        o.insert(QStringLiteral("roster"), seats);
        QJsonArray upcoming;
        for (const Occurrence &x : next)
            upcoming << occurrenceJson(x);
        o.insert(QStringLiteral("next_lessons"), upcoming);
        r->printJson(o);
        r->finish(0);
        return;
    }
    QString text;
    auto line = [&text](const QString &label, const QString &value) { text += label.leftJustified(14) + value + QLatin1Char('\n'); };
    line(CtlCourses::tr("Code"), c.code);
    line(CtlCourses::tr("Name"), c.name);
    line(CtlCourses::tr("Teacher"), c.teacher);
    line(CtlCourses::tr("Dates"), QStringLiteral("%1 – %2").arg(CtlOutput::orDash(dateText(c.from)), CtlOutput::orDash(dateText(c.to))));
    line(CtlCourses::tr("Capacity"), c.capacity > 0 ? QString::number(c.capacity) : CtlCourses::tr("no limit"));
    line(CtlCourses::tr("Desktops"), CtlCourses::tr("%1, %2, network %3").arg(c.image, c.flavor, c.network));
    line(CtlCourses::tr("Names"), c.nameTemplate);
    line(CtlCourses::tr("After lessons"), CtlCourses::tr("%1 after %2 min").arg(LessonText::policyName(c.policy)).arg(c.graceMinutes));
    line(CtlCourses::tr("Classroom"), CtlOutput::orDash(c.classroom));
    line(CtlCourses::tr("Protocol"), CtlOutput::orDash(c.protocol));
    line(CtlCourses::tr("Students"), QString::number(roster.size()));
    text += CtlCourses::tr("Next lessons (14 days):") + QLatin1Char('\n');
    for (const Occurrence &x : std::as_const(next))
        text += QStringLiteral("  %1 – %2  %3\n").arg(localTime(x.start), x.end.toLocalTime().toString(QStringLiteral("HH:mm")), x.classroom);
    if (next.isEmpty())
        text += QStringLiteral("  -\n");
    r->print(text);
    r->finish(0);
}

void saveCourse(CtlRunner *r, LessonStore *store, const QString &code, bool create)
{
    std::optional<Course> existing;
    if (!take(r, store->course(code), &existing))
        return;
    if (create && existing)
        return usage(r, CtlCourses::tr("The course %1 exists already; use \"courses update\".").arg(code));
    if (!create && !existing)
        return r->fail(CloudError::config(CtlCourses::tr("There is no course %1.").arg(code)));
    Course c = existing.value_or(Course());
    c.code = code;
    auto set = [r](const char *name, QString *field) {
        if (has(r, name))
            *field = opt(r, name);
    };
    set("name", &c.name);
    set("teacher", &c.teacher);
    set("image", &c.image);
    set("flavor", &c.flavor);
    set("network", &c.network);
    set("protocol", &c.protocol);
    set("template", &c.nameTemplate);
    set("classroom", &c.classroom);
    if (has(r, "policy"))
        c.policy = *LessonText::policyFromKey(opt(r, "policy"));
    if (has(r, "from"))
        c.from = CtlLessonsLine::parseDate(opt(r, "from"));
    if (has(r, "to"))
        c.to = CtlLessonsLine::parseDate(opt(r, "to"));
    if (has(r, "capacity"))
        c.capacity = opt(r, "capacity").toInt();
    if (has(r, "grace"))
        c.graceMinutes = opt(r, "grace").toInt();
    if (c.from.isValid() && c.to.isValid() && c.to < c.from)
        return usage(r, CtlCourses::tr("--to is before --from."));
    if (c.nameTemplate.isEmpty())
        c.nameTemplate = Course().nameTemplate;
    if (c.nameTemplate.contains(QLatin1String("{owner}")) == false && c.nameTemplate.contains(QLatin1String("{seat")) == false)
        return usage(r, CtlCourses::tr("The naming template needs {owner} or {seat} so that every desktop gets its own name."));
    if (!c.classroom.isEmpty()) {
        QList<Classroom> rooms;
        if (!take(r, store->classrooms(), &rooms))
            return;
        if (std::none_of(rooms.cbegin(), rooms.cend(), [&c](const Classroom &x) { return x.name == c.classroom; }))
            return r->fail(CloudError::config(CtlCourses::tr("There is no classroom %1 (phoenixctl classrooms add %1 --seats N).").arg(c.classroom)));
    }
    if (!check(r, store->saveCourse(&c)))
        return;
    CtlCourses::audit(r, create ? QStringLiteral("course create") : QStringLiteral("course update"), c.code, c.name);
    done(r, create ? CtlCourses::tr("Course %1 created.").arg(c.code) : CtlCourses::tr("Course %1 updated.").arg(c.code),
         courseJson(c, 0));
}

void deleteCourse(CtlRunner *r, LessonStore *store, const QString &code)
{
    std::optional<Course> course;
    if (!take(r, store->course(code), &course))
        return;
    if (!course)
        return r->fail(CloudError::config(CtlCourses::tr("There is no course %1.").arg(code)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Occurrence> running;
    if (!take(r, LessonScheduler::occurrences(store, now, now.addSecs(1), QTimeZone::systemTimeZone()), &running))
        return;
    for (const Occurrence &o : std::as_const(running)) {
        if (o.course == code)
            return r->fail(CloudError::config(CtlCourses::tr("%1 has a lesson running until %2; stop it first (courses stop %1).")
                                                  .arg(code, localTime(o.end))));
    }
    // Only a course without desktops: ask the cloud.
    ComputeApi(r->client()).listAllServers({}, r, [r, store, code](Result<QList<Server>> servers) {
        if (!servers)
            return r->fail(servers.error());
        int count = 0;
        for (const Server &s : servers.value()) {
            if (s.meta(PhoenixMeta::Course) == code && !s.isDeleted())
                ++count;
        }
        if (count > 0)
            return r->fail(CloudError::config(CtlCourses::tr("%1 still has %n desktop(s); delete them first.", nullptr, count).arg(code)));
        if (!check(r, store->deleteCourse(code)))
            return;
        CtlCourses::audit(r, QStringLiteral("course delete"), code, QString());
        done(r, CtlCourses::tr("Course %1 deleted with its roster and lessons.").arg(code));
    });
}

void importRoster(CtlRunner *r, LessonStore *store, const QString &code, const QString &path)
{
    std::optional<Course> course;
    if (!take(r, store->course(code), &course))
        return;
    if (!course)
        return r->fail(CloudError::config(CtlCourses::tr("There is no course %1.").arg(code)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(r, CtlCourses::tr("Cannot read %1: %2").arg(path, file.errorString()));
    RosterCsv::Rules rules;
    rules.capacity = course->capacity;
    rules.teacher = course->teacher;
    if (!course->classroom.isEmpty()) {
        QList<Classroom> rooms;
        if (!take(r, store->classrooms(), &rooms))
            return;
        for (const Classroom &room : rooms) {
            if (room.name == course->classroom)
                rules.classroomSeats = room.seats;
        }
    }
    const RosterImport parsed = RosterCsv::parse(file.readAll(), rules);
    if (!parsed.ok()) {
        for (const RosterImport::Problem &p : parsed.problems)
            r->report(p.line > 0 ? CtlCourses::tr("%1: line %2: %3").arg(path).arg(p.line).arg(p.message)
                                 : CtlCourses::tr("%1: %2").arg(path, p.message));
        r->report(CtlCourses::tr("Nothing was imported."));
        r->finish(2);
        return;
    }
    if (!check(r, store->replaceRoster(code, parsed.seats)))
        return;
    CtlCourses::audit(r, QStringLiteral("roster import"), code,
                      CtlCourses::tr("%1 students from %2 (%3)").arg(parsed.seats.size()).arg(path, parsed.encoding));
    done(r, CtlCourses::tr("%1: roster of %2 students imported (%3).").arg(code).arg(parsed.seats.size()).arg(parsed.encoding),
         QJsonObject{{QStringLiteral("course"), code}, {QStringLiteral("students"), int(parsed.seats.size())},
                     {QStringLiteral("encoding"), parsed.encoding}});
}

void exportRoster(CtlRunner *r, LessonStore *store, const QString &code)
{
    QList<RosterSeat> roster;
    if (!take(r, store->roster(code), &roster))
        return;
    const QString csv = RosterCsv::toCsv(roster);
    if (has(r, "output")) {
        QSaveFile f(opt(r, "output"));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit())
            return r->fail(CloudError::local(CtlCourses::tr("Cannot write %1: %2").arg(opt(r, "output"), f.errorString())));
        return done(r, CtlCourses::tr("%1 students written to %2.").arg(roster.size()).arg(opt(r, "output")));
    }
    if (r->command().json) {
        QJsonArray seats;
        for (const RosterSeat &s : roster)
            seats << QJsonObject{{QStringLiteral("owner"), s.owner}, {QStringLiteral("seat"), s.seat}};
        r->printJson(seats);
    } else {
        r->print(csv);
    }
    r->finish(0);
}

// --- classrooms, periods, calendar ----------------------------------------------------------

void classrooms(CtlRunner *r, LessonStore *store)
{
    const QString verb = r->command().get<CtlLessonOptions>().verb;
    if (verb == QLatin1String("add")) {
        if (!check(r, store->saveClassroom({r->command().targets.first(), opt(r, "seats").toInt()})))
            return;
        return done(r, CtlCourses::tr("Classroom %1 saved.").arg(r->command().targets.first()));
    }
    if (verb == QLatin1String("delete")) {
        if (!check(r, store->deleteClassroom(r->command().targets.first())))
            return;
        return done(r, CtlCourses::tr("Classroom %1 deleted.").arg(r->command().targets.first()));
    }
    QList<Classroom> rooms;
    if (!take(r, store->classrooms(), &rooms))
        return;
    if (r->command().json) {
        QJsonArray out;
        for (const Classroom &c : rooms)
            out << QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("seats"), c.seats}};
        r->printJson(out);
    } else {
        TextTable t({CtlCourses::tr("CLASSROOM"), CtlCourses::tr("SEATS")});
        for (const Classroom &c : rooms)
            t.addRow({c.name, QString::number(c.seats)});
        r->print(t.render());
    }
    r->finish(0);
}

void periods(CtlRunner *r, LessonStore *store)
{
    QList<Period> list;
    if (!take(r, store->periods(), &list))
        return;
    const QString verb = r->command().get<CtlLessonOptions>().verb;
    if (verb != QLatin1String("list")) {
        QString detail;
        if (verb == QLatin1String("reset")) {
            list = Timetable::defaultPeriods();
        } else if (verb == QLatin1String("generate")) {
            const QTime from = CtlLessonsLine::parseClock(opt(r, "from"));
            const QTime to = CtlLessonsLine::parseClock(opt(r, "to"));
            const int minutes = opt(r, "minutes").toInt();
            const int pause = has(r, "break") ? opt(r, "break").toInt() : 0;
            list = Timetable::generatePeriods(from, to, minutes, pause); // whole periods, the last ends by --to
            if (list.isEmpty()) {
                r->report(CtlCourses::tr("No %1-minute period fits between %2 and %3; nothing was changed.")
                              .arg(minutes).arg(opt(r, "from"), opt(r, "to")));
                r->finish(2);
                return;
            }
            detail = CtlCourses::tr("%1-%2, %3 min, break %4 min").arg(opt(r, "from"), opt(r, "to")).arg(minutes).arg(pause);
        } else if (verb == QLatin1String("add")) {
            const Period p{QString(), CtlLessonsLine::parseClock(opt(r, "start")), CtlLessonsLine::parseClock(opt(r, "end"))};
            list << p;
            detail = p.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + p.end.toString(QStringLiteral("HH:mm"));
        } else { // set, delete: by name
            const QString name = r->command().targets.first();
            const auto it = std::find_if(list.begin(), list.end(), [&name](const Period &p) { return p.name == name; });
            if (it == list.end())
                return r->fail(CloudError::config(CtlCourses::tr("There is no period %1 (periods list shows them).").arg(name)));
            if (verb == QLatin1String("delete")) {
                detail = name;
                list.erase(it);
            } else {
                if (has(r, "start"))
                    it->start = CtlLessonsLine::parseClock(opt(r, "start"));
                if (has(r, "end"))
                    it->end = CtlLessonsLine::parseClock(opt(r, "end"));
                detail = QStringLiteral("%1: %2-%3").arg(name, it->start.toString(QStringLiteral("HH:mm")), it->end.toString(QStringLiteral("HH:mm")));
            }
        }
        const QStringList problems = Timetable::normalizePeriods(&list);
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                r->report(p);
            r->report(CtlCourses::tr("The periods were not changed."));
            r->finish(2);
            return;
        }
        if (!check(r, store->replacePeriods(list)))
            return;
        CtlCourses::audit(r, QStringLiteral("periods ") + verb, QString(), detail);
    }
    if (r->command().json) {
        QJsonArray out;
        for (const Period &p : list)
            out << QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("start"), p.start.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("end"), p.end.toString(QStringLiteral("HH:mm"))}};
        r->printJson(out);
    } else {
        TextTable t({CtlCourses::tr("PERIOD"), CtlCourses::tr("START"), CtlCourses::tr("END")});
        for (const Period &p : list)
            t.addRow({p.name, p.start.toString(QStringLiteral("HH:mm")), p.end.toString(QStringLiteral("HH:mm"))});
        r->print(t.render());
    }
    r->finish(0);
}

void calendar(CtlRunner *r, LessonStore *store)
{
    const QString verb = r->command().get<CtlLessonOptions>().verb;
    const QString first = r->command().targets.value(0);
    const QDate day = CtlLessonsLine::parseDate(first);
    if (verb == QLatin1String("holiday add")) {
        const QDate to = has(r, "to") ? CtlLessonsLine::parseDate(opt(r, "to")) : day;
        if (!check(r, store->addHoliday({day, to, opt(r, "name")})))
            return;
        CtlCourses::audit(r, QStringLiteral("holiday add"), dateText(day), dateText(to));
        return done(r, day == to ? CtlCourses::tr("%1 is a holiday: no desktop is prepared that day.").arg(dateText(day))
                                 : CtlCourses::tr("%1 to %2 are holidays: no desktop is prepared those days.").arg(dateText(day), dateText(to)));
    }
    if (verb == QLatin1String("holiday delete")) {
        if (!check(r, store->removeHoliday(day)))
            return;
        return done(r, CtlCourses::tr("Holiday from %1 removed.").arg(dateText(day)));
    }
    if (verb == QLatin1String("makeup add")) {
        const int weekday = LessonText::weekdayFromText(opt(r, "as"));
        if (!check(r, store->addMakeup({day, weekday, opt(r, "name")})))
            return;
        CtlCourses::audit(r, QStringLiteral("makeup add"), dateText(day), QString::number(weekday));
        return done(r, CtlCourses::tr("%1 is taught as a %2.").arg(dateText(day), QLocale().dayName(weekday)));
    }
    if (verb == QLatin1String("makeup delete")) {
        if (!check(r, store->removeMakeup(day)))
            return;
        return done(r, CtlCourses::tr("Make-up day %1 removed.").arg(dateText(day)));
    }
    if (verb == QLatin1String("term add")) {
        if (!check(r, store->addTerm({first, CtlLessonsLine::parseDate(opt(r, "from")), CtlLessonsLine::parseDate(opt(r, "to"))})))
            return;
        return done(r, CtlCourses::tr("Term %1 saved.").arg(first));
    }
    SchoolCalendar cal;
    if (!take(r, store->calendar(), &cal))
        return;
    if (r->command().json) {
        QJsonArray terms, holidays, makeups;
        for (const Term &t : cal.terms)
            terms << QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("from"), dateText(t.from)}, {QStringLiteral("to"), dateText(t.to)}};
        for (const Holiday &h : cal.holidays)
            holidays << QJsonObject{{QStringLiteral("from"), dateText(h.from)}, {QStringLiteral("to"), dateText(h.to)}, {QStringLiteral("name"), h.name}};
        for (const MakeupDay &m : cal.makeups)
            makeups << QJsonObject{{QStringLiteral("date"), dateText(m.date)}, {QStringLiteral("as_weekday"), m.asWeekday}, {QStringLiteral("name"), m.name}};
        r->printJson(QJsonObject{{QStringLiteral("terms"), terms}, {QStringLiteral("holidays"), holidays}, {QStringLiteral("makeup_days"), makeups}});
    } else {
        TextTable t({CtlCourses::tr("KIND"), CtlCourses::tr("FROM"), CtlCourses::tr("TO"), CtlCourses::tr("NOTE")});
        for (const Term &x : cal.terms)
            t.addRow({CtlCourses::tr("term"), dateText(x.from), dateText(x.to), x.name});
        for (const Holiday &h : cal.holidays)
            t.addRow({CtlCourses::tr("holiday"), dateText(h.from), dateText(h.to), CtlOutput::orDash(h.name)});
        for (const MakeupDay &m : cal.makeups)
            t.addRow({CtlCourses::tr("make-up day"), dateText(m.date), dateText(m.date),
                      CtlCourses::tr("taught as %1").arg(QLocale().dayName(m.asWeekday))});
        r->print(t.render());
    }
    r->finish(0);
}
} // namespace

LessonStore *CtlCourses::store(CtlRunner *runner)
{
    static std::unique_ptr<LessonStore> s_store; // one per process, as the runner's journal
    CtlEngine *e = runner->journal();
    if (!e)
        return nullptr;
    if (!s_store || s_store->database() != e->database())
        s_store = std::make_unique<LessonStore>(e->database(), e->scope());
    return s_store.get();
}

void CtlCourses::audit(CtlRunner *runner, const QString &action, const QString &target, const QString &detail)
{
    CtlEngine *e = runner->journal();
    if (!e)
        return;
    const CloudConfig config = runner->session()->config();
    AuditEntry entry;
    entry.user = runner->session()->auth().userName.isEmpty() ? config.username : runner->session()->auth().userName;
    entry.project = config.projectName;
    entry.action = action;
    entry.targetName = target;
    entry.result = QStringLiteral("done");
    entry.detail = detail;
    const Result<qint64> r = AuditLog(e->database()).append(entry);
    if (!r)
        runner->report(r.error().userMessage());
}

void CtlCourses::run(CtlRunner *r)
{
    const CtlCommand &c = r->command();
    if (c.get<CtlLessonOptions>().group == QLatin1String("schedule")
        || (c.get<CtlLessonOptions>().group == QLatin1String("courses")
            && QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("extend"), QStringLiteral("supply")}.contains(c.get<CtlLessonOptions>().verb))
        || (c.get<CtlLessonOptions>().group == QLatin1String("lessons") && c.get<CtlLessonOptions>().verb == QLatin1String("add"))) {
        CtlSchedule::run(r);
        return;
    }
    LessonStore *s = store(r);
    if (!s)
        return;
    const QString verb = c.get<CtlLessonOptions>().verb;
    const QString first = c.targets.value(0);
    if (c.get<CtlLessonOptions>().group == QLatin1String("courses")) {
        if (verb == QLatin1String("list"))
            return listCourses(r, s);
        if (verb == QLatin1String("show"))
            return showCourse(r, s, first);
        if (verb == QLatin1String("create") || verb == QLatin1String("update"))
            return saveCourse(r, s, first, verb == QLatin1String("create"));
        if (verb == QLatin1String("delete"))
            return deleteCourse(r, s, first);
        if (verb == QLatin1String("roster import"))
            return importRoster(r, s, first, c.targets.value(1));
        if (verb == QLatin1String("roster export"))
            return exportRoster(r, s, first);
    }
    if (c.get<CtlLessonOptions>().group == QLatin1String("classrooms"))
        return classrooms(r, s);
    if (c.get<CtlLessonOptions>().group == QLatin1String("periods"))
        return periods(r, s);
    if (c.get<CtlLessonOptions>().group == QLatin1String("calendar"))
        return calendar(r, s);
    if (c.get<CtlLessonOptions>().group == QLatin1String("lessons"))
        return CtlSchedule::run(r);
    usage(r, tr("Unknown command."));
}
