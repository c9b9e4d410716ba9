#include "models/lessons/timetable.h"

#include <algorithm>

namespace
{
// Occurrences are keyed by lesson and original start (epoch ms) for LessonChange lookup.
QString changeKey(const QString &lessonId, const QDateTime &start)
{
    return lessonId + QLatin1Char('@') + QString::number(start.toMSecsSinceEpoch());
}

QDateTime onDay(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone);
}
} // namespace

QString LessonConflict::text() const
{
    const QString when = candidate.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (kind) {
    case Kind::Classroom:
        return Timetable::tr("%1: classroom %2 is taken by %3 at %4.").arg(candidate.course, candidate.classroom,
                                                                          existing.course, when);
    case Kind::Teacher:
        return Timetable::tr("%1: the teacher also teaches %2 at %3.").arg(candidate.course, existing.course, when);
    case Kind::Students:
        return Timetable::tr("%1: %n student(s) also have %2 at %3 (%4).", nullptr, int(students.size()))
            .arg(candidate.course, existing.course, when, students.mid(0, 3).join(QStringLiteral(", ")));
    case Kind::SameCourse:
        return Timetable::tr("%1 already has a lesson at %2.").arg(candidate.course, when);
    }
    return {};
}

QList<Period> Timetable::defaultPeriods()
{
    QList<Period> out;
    QTime t(6, 0);
    int n = 1;
    while (t.addSecs(40 * 60) <= QTime(20, 0) && t.addSecs(40 * 60) > t) {
        out << Period{QString::number(n++), t, t.addSecs(40 * 60)};
        t = t.addSecs(40 * 60);
    }
    return out;
}

QStringList Timetable::normalizePeriods(QList<Period> *periods)
{
    QStringList problems;
    for (const Period &p : std::as_const(*periods)) {
        if (!p.start.isValid() || !p.end.isValid() || p.start >= p.end)
            problems << tr("Period %1 must end after it starts.").arg(p.name);
    }
    std::sort(periods->begin(), periods->end(), [](const Period &a, const Period &b) { return a.start < b.start; });
    for (int i = 1; i < periods->size(); ++i) {
        const Period &prev = periods->at(i - 1);
        const Period &cur = periods->at(i);
        if (cur.start < prev.end)
            problems << tr("Periods %1 (%2–%3) and %4 (%5–%6) overlap.")
                            .arg(prev.name, prev.start.toString(QStringLiteral("HH:mm")), prev.end.toString(QStringLiteral("HH:mm")),
                                 cur.name, cur.start.toString(QStringLiteral("HH:mm")), cur.end.toString(QStringLiteral("HH:mm")));
    }
    if (problems.isEmpty()) {
        for (int i = 0; i < periods->size(); ++i)
            (*periods)[i].name = QString::number(i + 1);
    }
    return problems;
}

QList<Period> Timetable::generatePeriods(QTime from, QTime to, int minutes, int pause)
{
    QList<Period> out;
    if (!from.isValid() || !to.isValid() || minutes < 1 || pause < 0)
        return out;
    const int last = to.msecsSinceStartOfDay() / 60000;
    for (int start = from.msecsSinceStartOfDay() / 60000; start + minutes <= last; start += minutes + pause)
        out << Period{QString::number(out.size() + 1), QTime(start / 60, start % 60),
                      QTime((start + minutes) / 60, (start + minutes) % 60)};
    return out;
}

std::optional<Period> Timetable::period(const QList<Period> &periods, const QString &name)
{
    for (const Period &p : periods) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString Timetable::validate(const Lesson &lesson, const QTimeZone &zone)
{
    if (!lesson.start.isValid() || !lesson.end.isValid())
        return tr("A lesson needs a start and an end.");
    if (lesson.end <= lesson.start)
        return tr("A lesson must end after it starts.");
    if (lesson.start.secsTo(lesson.end) > 24 * 3600)
        return tr("A lesson lasts at most 24 hours.");
    if (lesson.recurrence != Recurrence::Once) {
        if (!lesson.until.isValid())
            return tr("A repeating lesson needs the date it repeats until.");
        if (lesson.until < lesson.start.toTimeZone(zone).date())
            return tr("The lesson repeats until a day before its first day.");
    }
    return {};
}

QList<Occurrence> Timetable::expand(const QList<Lesson> &lessons, const QHash<QString, Course> &courses,
                                    const SchoolCalendar &calendar, const QList<LessonChange> &changes,
                                    const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    QHash<QString, LessonChange> changed;
    for (const LessonChange &c : changes)
        changed.insert(changeKey(c.lessonId, c.occurrenceStart), c);

    QList<Occurrence> out;
    for (const Lesson &lesson : lessons) {
        if (!lesson.start.isValid() || lesson.end <= lesson.start)
            continue;
        const Course course = courses.value(lesson.course);
        const QDateTime localStart = lesson.start.toTimeZone(zone);
        const QDateTime localEnd = lesson.end.toTimeZone(zone);
        const qint64 spanDays = localStart.date().daysTo(localEnd.date());
        auto addOn = [&](const QDate &day) {
            const QDateTime start = onDay(day, localStart.time(), zone);
            QDateTime end = onDay(day.addDays(spanDays), localEnd.time(), zone);
            const LessonChange change = changed.value(changeKey(lesson.id, start));
            if (change.cancelled)
                return;
            if (change.end.isValid())
                end = change.end;
            if (end <= start || !(start < to && from < end))
                return;
            out << Occurrence{lesson.id, lesson.course, start.toUTC(), end.toUTC(),
                              lesson.classroom.isEmpty() ? course.classroom : lesson.classroom, lesson.manual,
                              change.stopped, change.extraDesktops};
        };
        auto schoolDay = [&](const QDate &day) {
            if (lesson.manual)
                return true;
            return !calendar.isHoliday(day) && calendar.inTerm(day) && (course.code.isEmpty() || course.runsOn(day));
        };

        if (lesson.recurrence == Recurrence::Once) {
            if (schoolDay(localStart.date()))
                addOn(localStart.date());
            continue;
        }
        // Recurring: look at every day from the first one (or a day before the window, for lessons
        // that started before it) to `until` or the window's end.
        const QDate first = localStart.date();
        QDate day = std::max(first, from.toTimeZone(zone).date().addDays(-1 - spanDays));
        const QDate last = std::min(lesson.until, to.toTimeZone(zone).date());
        const int weekday = first.dayOfWeek();
        for (; day <= last; day = day.addDays(1)) {
            if (!schoolDay(day))
                continue;
            if (lesson.recurrence == Recurrence::Weekly && calendar.teachingWeekday(day) != weekday)
                continue;
            if (lesson.recurrence == Recurrence::Daily && !calendar.makeupOn(day) && day.dayOfWeek() > 5
                && first.dayOfWeek() <= 5)
                continue; // a daily lesson that starts on a weekday is taught on school days
            addOn(day);
        }
    }
    std::sort(out.begin(), out.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.start != b.start ? a.start < b.start : a.course < b.course;
    });
    return out;
}

QList<LessonConflict> Timetable::conflicts(const QList<Occurrence> &candidates, const QList<Occurrence> &existing,
                                           const QHash<QString, CourseFacts> &courses)
{
    QList<LessonConflict> out;
    for (const Occurrence &c : candidates) {
        const CourseFacts cf = courses.value(c.course);
        for (const Occurrence &e : existing) {
            if (!c.overlaps(e.start, e.end) || (c.lessonId == e.lessonId && c.start == e.start))
                continue;
            LessonConflict conflict;
            conflict.candidate = c;
            conflict.existing = e;
            if (c.course == e.course) {
                conflict.kind = LessonConflict::Kind::SameCourse;
                out << conflict;
                continue;
            }
            const CourseFacts ef = courses.value(e.course);
            if (!c.classroom.isEmpty() && c.classroom == e.classroom) {
                conflict.kind = LessonConflict::Kind::Classroom;
                out << conflict;
            }
            if (!cf.teacher.isEmpty() && cf.teacher == ef.teacher) {
                conflict.kind = LessonConflict::Kind::Teacher;
                out << conflict;
            }
            QSet<QString> both = cf.students;
            both.intersect(ef.students);
            if (!both.isEmpty()) {
                conflict.kind = LessonConflict::Kind::Students;
                conflict.students = both.values();
                std::sort(conflict.students.begin(), conflict.students.end());
                out << conflict;
            }
        }
    }
    return out;
}
