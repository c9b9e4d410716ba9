#include "app/ctl/ctllessonscommand.h"

#include "app/ctl/ctlcourses.h"
#include "models/lessons/lessontypes.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace
{
QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

// Every option of these groups; which command takes which is checked after parsing.
const QStringList &valuedOptions()
{
    static const QStringList list = words({"db", "name", "teacher", "image", "flavor", "network", "policy",
                                           "template", "classroom", "from", "to", "capacity", "protocol", "grace", "start",
                                           "end", "weekly-until", "daily-until", "course", "as", "now", "minutes", "count",
                                           "until", "ahead", "interval", "seats", "output", "timeout", "concurrency",
                                           "detect-timeout", "break"});
    return list;
}

const QStringList &flagOptions()
{
    static const QStringList list = words({"once", "force", "wait"});
    return list;
}

struct Spec
{
    const char *group;
    const char *verb;
    const char *sub; // "" when none
    int minWords;    // positional arguments after the verb (and sub)
    int maxWords;
    QList<const char *> options;
    QList<const char *> required;
};


const QList<Spec> &specs()
{
    static const QList<Spec> all{
        {"courses", "list", "", 0, 0, {"db"}, {}},
        {"courses", "show", "", 1, 1, {"db"}, {}},
        {"courses", "delete", "", 1, 1, {"db"}, {}},
        {"courses", "create", "", 1, 1,
         {"db", "name", "teacher", "image", "flavor", "network", "policy", "template", "classroom", "from", "to", "capacity",
          "protocol", "grace"},
         {"name", "teacher", "image", "flavor", "network"}},
        {"courses", "update", "", 1, 1,
         {"db", "name", "teacher", "image", "flavor", "network", "policy", "template", "classroom", "from", "to", "capacity",
          "protocol", "grace"},
         {}},
        {"courses", "roster", "import", 2, 2, {"db"}, {}},
        {"courses", "roster", "export", 1, 1, {"db", "output"}, {}},
        {"courses", "start", "", 1, 1, {"db", "until", "minutes", "now"}, {}},
        {"courses", "stop", "", 1, 1, {"db", "now"}, {}},
        {"courses", "extend", "", 1, 1, {"db", "minutes", "now"}, {"minutes"}},
        {"courses", "supply", "", 1, 1, {"db", "count", "now"}, {"count"}},
        {"classrooms", "list", "", 0, 0, {"db"}, {}},
        {"classrooms", "add", "", 1, 1, {"db", "seats"}, {"seats"}},
        {"classrooms", "delete", "", 1, 1, {"db"}, {}},
        {"periods", "list", "", 0, 0, {"db"}, {}},
        {"periods", "add", "", 0, 0, {"db", "start", "end"}, {"start", "end"}},
        {"periods", "set", "", 1, 1, {"db", "start", "end"}, {}},
        {"periods", "delete", "", 1, 1, {"db"}, {}},
        {"periods", "generate", "", 0, 0, {"db", "from", "to", "minutes", "break"}, {"from", "to", "minutes"}},
        {"periods", "reset", "", 0, 0, {"db"}, {}},
        {"lessons", "add", "", 1, 1, {"db", "start", "end", "weekly-until", "daily-until", "classroom", "force"}, {"start", "end"}},
        {"lessons", "list", "", 0, 0, {"db", "course", "from", "to"}, {}},
        {"lessons", "delete", "", 1, 1, {"db"}, {}},
        {"calendar", "list", "", 0, 0, {"db"}, {}},
        {"calendar", "holiday", "add", 1, 1, {"db", "to", "name"}, {}},
        {"calendar", "holiday", "delete", 1, 1, {"db"}, {}},
        {"calendar", "makeup", "add", 1, 1, {"db", "as", "name"}, {"as"}},
        {"calendar", "makeup", "delete", 1, 1, {"db"}, {}},
        {"calendar", "term", "add", 1, 1, {"db", "from", "to"}, {"from", "to"}},
        {"schedule", "plan", "", 0, 0, {"db", "from", "to", "now", "ahead"}, {}},
        {"schedule", "run", "", 0, 0, {"db", "once", "now", "ahead", "interval", "wait", "timeout", "concurrency", "detect-timeout"}, {}},
        {"schedule", "status", "", 0, 0, {"db"}, {}},
        {"schedule", "install", "", 0, 0, {"db"}, {}},
        {"schedule", "uninstall", "", 0, 0, {}, {}},
    };
    return all;
}
} // namespace

QDate CtlLessonsLine::parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QDateTime CtlLessonsLine::parseTime(const QString &text, const QDateTime &now)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("now"))
        return now;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QTime CtlLessonsLine::parseClock(const QString &text)
{
    QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm:ss"));
    return t;
}

QString CtlLessonsLine::section()
{
    return tr("Courses, lessons and the scheduler:");
}

namespace
{
// The help line of each (group, verb) row.
QString helpOf(const QString &group, const QString &verb)
{
    const QString key = group + QLatin1Char(' ') + verb;
    if (key == QLatin1String("courses list"))
        return CtlLessonsLine::tr("  courses list | courses show CODE | courses delete CODE\n");
    if (key == QLatin1String("courses create"))
        return CtlLessonsLine::tr("  courses create CODE --name N --teacher USER --image I --flavor F --network NET\n"
                                  "                 [--policy suspend|shelve|stop|delete] [--template T] [--classroom R]\n"
                                  "                 [--from DATE --to DATE] [--capacity N] [--protocol P] [--grace MIN]\n"
                                  "  courses update CODE [the same options]\n");
    if (key == QLatin1String("courses roster"))
        return CtlLessonsLine::tr("  courses roster import CODE FILE.csv    (header owner,seat; UTF-8 or GBK)\n"
                                  "  courses roster export CODE [--output FILE]\n");
    if (key == QLatin1String("courses start"))
        return CtlLessonsLine::tr("  courses start CODE [--until TIME | --minutes N]   a lesson from now on\n"
                                  "  courses stop CODE | courses extend CODE --minutes N | courses supply CODE --count N\n");
    if (key == QLatin1String("classrooms list"))
        return CtlLessonsLine::tr("  classrooms list | classrooms add NAME --seats N | classrooms delete NAME\n");
    if (key == QLatin1String("periods list"))
        return CtlLessonsLine::tr("  periods list | periods add --start HH:MM --end HH:MM | periods set N [--start HH:MM] [--end HH:MM]\n"
                                  "  periods delete N | periods reset   (06:00-20:00 in 40-minute periods)\n"
                                  "  periods generate --from HH:MM --to HH:MM --minutes N [--break N]   replaces every period\n");
    if (key == QLatin1String("lessons add"))
        return CtlLessonsLine::tr("  lessons add COURSE --start TIME --end TIME [--weekly-until DATE | --daily-until DATE]\n"
                                  "              [--classroom R] [--force]\n"
                                  "  lessons list [--course C] [--from DATE --to DATE] | lessons delete ID\n");
    if (key == QLatin1String("calendar list"))
        return CtlLessonsLine::tr("  calendar list | calendar holiday add|delete DATE [--to DATE] [--name N]\n"
                                  "  calendar makeup add DATE --as WEEKDAY | calendar term add NAME --from DATE --to DATE\n");
    if (key == QLatin1String("schedule plan"))
        return CtlLessonsLine::tr("  schedule plan [--from TIME --to TIME] [--now TIME]   what the scheduler would do; sends nothing\n"
                                  "  schedule run [--once] [--now TIME] [--ahead S] [--interval S] | schedule status\n"
                                  "  schedule install | schedule uninstall   every minute from a systemd user timer or crontab\n"
                                  "                                          (Windows: the Task Scheduler)\n");
    return {};
}

QString checkValues(const CtlLessonOptions &l, QStringList *targets)
{
    const auto &o = l.options;
    auto number = [&](const char *name, int minimum, int maximum) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!o.contains(key))
            return true;
        bool ok = false;
        const int v = o.value(key).toInt(&ok);
        return ok && v >= minimum && v <= maximum;
    };
    if (l.group == QLatin1String("periods")) {
        // Periods are times of day; they are numbered "1".."N" by start after every change.
        for (const char *name : {"start", "end", "from", "to"}) {
            const QString key = QString::fromLatin1(name);
            if (o.contains(key) && !CtlLessonsLine::parseClock(o.value(key)).isValid())
                return CtlLessonsLine::tr("--%1 needs a time of day such as 08:00.").arg(key);
        }
        if (!number("minutes", 5, 24 * 60))
            return CtlLessonsLine::tr("--minutes needs a number from 5 to 1440.");
        if (!number("break", 0, 240))
            return CtlLessonsLine::tr("--break needs a number of minutes from 0 to 240.");
        return {};
    }
    if (!number("capacity", 0, 10000))
        return CtlLessonsLine::tr("--capacity needs a number (0: no limit).");
    if (!number("grace", 0, 24 * 60))
        return CtlLessonsLine::tr("--grace needs a number of minutes.");
    if (!number("minutes", 1, 24 * 60))
        return CtlLessonsLine::tr("--minutes needs a number from 1 to 1440.");
    if (!number("count", 1, 1000))
        return CtlLessonsLine::tr("--count needs a number from 1 to 1000.");
    if (!number("seats", 0, 10000))
        return CtlLessonsLine::tr("--seats needs a number.");
    if (!number("ahead", 0, 24 * 3600))
        return CtlLessonsLine::tr("--ahead needs a number of seconds.");
    if (!number("interval", 5, 24 * 3600))
        return CtlLessonsLine::tr("--interval needs a number of seconds (at least 5).");
    if (o.contains(QStringLiteral("policy")) && !LessonText::policyFromKey(o.value(QStringLiteral("policy"))))
        return CtlLessonsLine::tr("--policy must be suspend, shelve, stop or delete.");
    for (const char *name : {"start", "end", "now", "until"}) {
        const QString key = QString::fromLatin1(name);
        if (o.contains(key) && !CtlLessonsLine::parseTime(o.value(key)).isValid())
            return CtlLessonsLine::tr("--%1 needs a time such as 2026-12-07T08:00.").arg(key);
    }
    const bool timesFromTo = l.group == QLatin1String("schedule") || (l.group == QLatin1String("lessons") && l.verb == QLatin1String("list"));
    for (const char *name : {"from", "to", "weekly-until", "daily-until"}) {
        const QString key = QString::fromLatin1(name);
        if (!o.contains(key))
            continue;
        const bool ok = timesFromTo ? (CtlLessonsLine::parseDate(o.value(key)).isValid() || CtlLessonsLine::parseTime(o.value(key)).isValid())
                                    : CtlLessonsLine::parseDate(o.value(key)).isValid();
        if (!ok)
            return CtlLessonsLine::tr("--%1 needs a date such as 2026-12-07.").arg(key);
    }
    if (o.contains(QStringLiteral("weekly-until")) && o.contains(QStringLiteral("daily-until")))
        return CtlLessonsLine::tr("--weekly-until and --daily-until exclude each other.");
    if (o.contains(QStringLiteral("until")) && o.contains(QStringLiteral("minutes")))
        return CtlLessonsLine::tr("--until and --minutes exclude each other.");
    if (o.contains(QStringLiteral("as")) && LessonText::weekdayFromText(o.value(QStringLiteral("as"))) == 0)
        return CtlLessonsLine::tr("--as needs a weekday: mon, tue, ... sun (or 1-7).");
    if (l.group == QLatin1String("calendar") && !targets->isEmpty() && l.verb != QLatin1String("term add")
        && !CtlLessonsLine::parseDate(targets->first()).isValid())
        return CtlLessonsLine::tr("\"%1\" is not a date such as 2026-12-07.").arg(targets->first());
    return {};
}
} // namespace

QList<CtlSubcommand> CtlLessonsLine::commands()
{
    using T = CtlSubcommand::Targets;
    QList<CtlSubcommand> rows;
    QStringList made;
    for (const Spec &first : specs()) {
        const QString group = QString::fromLatin1(first.group);
        const QString verb = QString::fromLatin1(first.verb);
        if (made.contains(group + QLatin1Char(' ') + verb))
            continue;
        made << group + QLatin1Char(' ') + verb;
        // Every spec of this (group, verb): one row; its sub-word ("import") is read as a target.
        QList<const Spec *> mine;
        for (const Spec &s : specs()) {
            if (QLatin1String(s.group) == group && QLatin1String(s.verb) == verb)
                mine << &s;
        }
        const bool hasSub = *first.sub != 0;
        const T targets = hasSub ? T::OneOrMore : first.maxWords == 0 ? T::None : first.maxWords == 1 && first.minWords == 1 ? T::One : T::OneOrMore;
        CtlSubcommand row(group, verb, targets,
                          first.maxWords == 0 && !hasSub ? tr("\"%1 %2\" takes no further arguments.").arg(group, verb)
                                                         : tr("\"%1 %2\" needs more arguments; see phoenixctl --help.").arg(group, verb));
        QStringList seen;
        for (const Spec *s : std::as_const(mine)) {
            for (const char *o : s->options) {
                const QString name = QString::fromLatin1(o);
                if (seen.contains(name))
                    continue;
                seen << name;
                if (flagOptions().contains(name))
                    row.options << CtlOption(o);
                else
                    row.options << CtlOption(o, "value");
            }
        }
        row.read = [mine, group, verb](const CtlArgs &args, CtlCommand &c) -> QString {
            const Spec *spec = mine.constFirst();
            if (*spec->sub) {
                const QString sub = c.targets.value(0);
                spec = nullptr;
                QStringList subs;
                for (const Spec *s : mine) {
                    subs << QString::fromLatin1(s->sub);
                    if (sub == QLatin1String(s->sub))
                        spec = s;
                }
                if (!spec)
                    return tr("\"%1 %2\" needs one of: %3.").arg(group, verb, subs.join(QStringLiteral(", ")));
                c.targets.removeFirst();
            }
            const QString cmd = *spec->sub ? QStringLiteral("%1 %2 %3").arg(group, verb, QLatin1String(spec->sub))
                                           : QStringLiteral("%1 %2").arg(group, verb);
            if (c.targets.size() < spec->minWords || c.targets.size() > spec->maxWords)
                return spec->maxWords == 0 ? tr("\"%1\" takes no further arguments.").arg(cmd)
                                           : tr("\"%1\" needs %n argument(s); see phoenixctl --help.", nullptr, spec->maxWords).arg(cmd);
            CtlLessonOptions l;
            l.group = group;
            l.verb = *spec->sub ? verb + QLatin1Char(' ') + QLatin1String(spec->sub) : verb;
            for (const QString &name : valuedOptions() + flagOptions()) {
                const QByteArray latin = name.toLatin1();
                if (!args.isSet(latin.constData()))
                    continue;
                if (std::none_of(spec->options.cbegin(), spec->options.cend(),
                                                                   [&latin](const char *o) { return latin == o; }))
                    return tr("--%1 does not apply to this command.").arg(name);
                l.options.insert(name, flagOptions().contains(name) ? QStringLiteral("1") : args.value(latin.constData()));
            }
            for (const char *o : spec->required) {
                if (!l.options.contains(QString::fromLatin1(o)))
                    return tr("\"%1\" needs --%2.").arg(cmd, QLatin1String(o));
            }
            if (const QString bad = checkValues(l, &c.targets); !bad.isEmpty())
                return bad;
            if (group == QLatin1String("schedule")) {
                if (const QString bad = args.taskOptions(&c.tasks); !bad.isEmpty())
                    return bad;
                if (verb != QLatin1String("run"))
                    c.tasks.reset(); // plan and status start no task
            }
            c.options = l;
            return QString();
        };
        row.run = &CtlCourses::run;
        row.section = section();
        row.help = helpOf(group, verb);
        row.unknownVerb = [group](const QString &v) {
            QStringList known;
            for (const Spec &s : specs()) {
                if (group == QLatin1String(s.group) && !known.contains(QLatin1String(s.verb)))
                    known << QString::fromLatin1(s.verb);
            }
            return v.isEmpty() ? tr("\"%1\" needs one of: %2.").arg(group, known.join(QStringLiteral(", ")))
                               : tr("Unknown %1 command \"%2\".").arg(group, v);
        };
        rows << row;
    }
    rows << CtlSubcommand::note(section(), tr("    TIME: 2026-12-07T08:00 (school time) or with Z / an offset; DATE: 2026-12-07.\n"
                                              "    --now sets the scheduler's clock (tests, rehearsals). All take [--db URL] [--json].\n"));
    return rows;
}
