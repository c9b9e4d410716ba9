#include "models/lessons/lessonstore.h"

#include "models/lessons/timetable.h"
#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QUuid>

using namespace StoreUtil;

namespace
{
const char CourseColumns[] = "c.id, c.code, c.name, c.teacher, c.starts_on, c.ends_on, c.capacity, c.image, c.flavor,"
                             " c.network, c.protocol, c.name_template, c.end_policy, c.classroom, c.grace_minutes,"
                             " c.created_at, c.updated_at";

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Course readCourse(const Statement &st)
{
    Course c;
    c.id = st.value(0).toString();
    c.code = st.value(1).toString();
    c.name = st.value(2).toString();
    c.teacher = st.value(3).toString();
    c.from = dateFrom(st.value(4));
    c.to = dateFrom(st.value(5));
    c.capacity = st.value(6).toInt();
    c.image = st.value(7).toString();
    c.flavor = st.value(8).toString();
    c.network = st.value(9).toString();
    c.protocol = st.value(10).toString();
    if (!st.value(11).isNull())
        c.nameTemplate = st.value(11).toString();
    c.policy = LessonText::policyFromKey(st.value(12).toString()).value_or(EndPolicy::Suspend);
    c.classroom = st.value(13).toString();
    c.graceMinutes = st.value(14).toInt();
    c.createdAt = timeFrom(st.value(15));
    c.updatedAt = timeFrom(st.value(16));
    return c;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

LessonStore::LessonStore(Database *database, QString scope)
    : m_database(database)
    , m_scope(std::move(scope))
{
}

// --- courses ---------------------------------------------------------------------------------

Result<QList<Course>> LessonStore::courses() const
{
    Statement st(m_database, QStringLiteral("SELECT %1 FROM courses c WHERE c.scope = ? ORDER BY c.code")
                                 .arg(QLatin1String(CourseColumns)));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the courses.")))
        return e;
    QList<Course> out;
    while (st.next())
        out << readCourse(st);
    return out;
}

Result<std::optional<Course>> LessonStore::course(const QString &code) const
{
    Statement st(m_database, QStringLiteral("SELECT %1 FROM courses c WHERE c.scope = ? AND c.code = ?")
                                 .arg(QLatin1String(CourseColumns)));
    st.bind(0, m_scope).bind(1, code);
    if (const CloudError e = st.exec(tr("Could not read the course %1.").arg(code)))
        return e;
    if (!st.next())
        return std::optional<Course>();
    return std::optional<Course>(readCourse(st));
}

Result<QString> LessonStore::courseId(const QString &code) const
{
    Statement st(m_database, QStringLiteral("SELECT id FROM courses WHERE scope = ? AND code = ?"));
    st.bind(0, m_scope).bind(1, code);
    if (const CloudError e = st.exec(tr("Could not read the course %1.").arg(code)))
        return e;
    if (!st.next())
        return CloudError::config(tr("There is no course %1.").arg(code));
    return st.value(0).toString();
}

CloudError LessonStore::saveCourse(Course *c)
{
    if (c->code.trimmed().isEmpty())
        return CloudError::config(tr("A course needs a code."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<std::optional<Course>> existing = course(c->code);
    if (!existing)
        return existing.error();
    const QString what = tr("Could not save the course %1.").arg(c->code);
    if (existing.value()) {
        c->id = existing.value()->id;
        c->createdAt = existing.value()->createdAt;
        c->updatedAt = now;
        Statement st(m_database, QStringLiteral(
            "UPDATE courses SET name = ?, teacher = ?, starts_on = ?, ends_on = ?, capacity = ?, image = ?, flavor = ?,"
            " network = ?, protocol = ?, name_template = ?, end_policy = ?, classroom = ?, grace_minutes = ?,"
            " updated_at = ? WHERE id = ?"));
        st.bind(0, notNull(c->name)).bind(1, optionalText(c->teacher)).bind(2, dateValue(c->from)).bind(3, dateValue(c->to))
            .bind(4, c->capacity).bind(5, optionalText(c->image)).bind(6, optionalText(c->flavor))
            .bind(7, optionalText(c->network)).bind(8, optionalText(c->protocol)).bind(9, optionalText(c->nameTemplate))
            .bind(10, LessonText::policyKey(c->policy)).bind(11, optionalText(c->classroom)).bind(12, c->graceMinutes)
            .bind(13, timeValue(now)).bind(14, c->id);
        return st.exec(what);
    }
    c->id = newId();
    c->createdAt = now;
    c->updatedAt = now;
    Statement st(m_database, QStringLiteral(
        "INSERT INTO courses (id, scope, code, name, teacher, starts_on, ends_on, capacity, image, flavor, network,"
        " protocol, name_template, end_policy, classroom, grace_minutes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind(0, c->id).bind(1, m_scope).bind(2, c->code).bind(3, notNull(c->name)).bind(4, optionalText(c->teacher))
        .bind(5, dateValue(c->from)).bind(6, dateValue(c->to)).bind(7, c->capacity).bind(8, optionalText(c->image))
        .bind(9, optionalText(c->flavor)).bind(10, optionalText(c->network)).bind(11, optionalText(c->protocol))
        .bind(12, optionalText(c->nameTemplate)).bind(13, LessonText::policyKey(c->policy))
        .bind(14, optionalText(c->classroom)).bind(15, c->graceMinutes).bind(16, timeValue(now)).bind(17, timeValue(now));
    return st.exec(what);
}

CloudError LessonStore::deleteCourse(const QString &code)
{
    Result<QString> id = courseId(code);
    if (!id)
        return id.error();
    const QString what = tr("Could not delete the course %1.").arg(code);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    // Children first: foreign keys cascade on both backends, but SQLite only with the pragma on.
    for (const char *sql : {"DELETE FROM lesson_changes WHERE lesson_id IN (SELECT id FROM lessons WHERE course_id = ?)",
                            "DELETE FROM lessons WHERE course_id = ?", "DELETE FROM course_members WHERE course_id = ?",
                            "DELETE FROM courses WHERE id = ?"}) {
        Statement st(m_database, QString::fromLatin1(sql));
        st.bind(0, id.value());
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}

Result<QList<RosterSeat>> LessonStore::roster(const QString &code) const
{
    Result<QString> id = courseId(code);
    if (!id)
        return id.error();
    Statement st(m_database, QStringLiteral("SELECT user_name, seat FROM course_members WHERE course_id = ? AND role = 'student'"));
    st.bind(0, id.value());
    if (const CloudError e = st.exec(tr("Could not read the roster of %1.").arg(code)))
        return e;
    QList<RosterSeat> out;
    while (st.next())
        out << RosterSeat{st.value(0).toString(), st.value(1).toInt()};
    std::sort(out.begin(), out.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    return out;
}

Result<QHash<QString, QList<RosterSeat>>> LessonStore::rosters() const
{
    Statement st(m_database, QStringLiteral(
        "SELECT c.code, m.user_name, m.seat FROM course_members m JOIN courses c ON c.id = m.course_id"
        " WHERE c.scope = ? AND m.role = 'student'"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the rosters.")))
        return e;
    QHash<QString, QList<RosterSeat>> out;
    while (st.next())
        out[st.value(0).toString()] << RosterSeat{st.value(1).toString(), st.value(2).toInt()};
    for (QList<RosterSeat> &list : out)
        std::sort(list.begin(), list.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    return out;
}

CloudError LessonStore::replaceRoster(const QString &code, const QList<RosterSeat> &seats)
{
    Result<QString> id = courseId(code);
    if (!id)
        return id.error();
    const QString what = tr("Could not save the roster of %1.").arg(code);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    {
        Statement del(m_database, QStringLiteral("DELETE FROM course_members WHERE course_id = ? AND role = 'student'"));
        del.bind(0, id.value());
        if (const CloudError e = del.exec(what))
            return e;
    }
    for (const RosterSeat &s : seats) {
        Statement st(m_database, QStringLiteral("INSERT INTO course_members (course_id, user_name, role, seat) VALUES (?, ?, 'student', ?)"));
        st.bind(0, id.value()).bind(1, s.owner).bind(2, QString::number(s.seat));
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}

// --- classrooms and periods --------------------------------------------------------------------

Result<QList<Classroom>> LessonStore::classrooms() const
{
    Statement st(m_database, QStringLiteral("SELECT name, seats FROM classrooms WHERE scope = ? ORDER BY name"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the classrooms.")))
        return e;
    QList<Classroom> out;
    while (st.next())
        out << Classroom{st.value(0).toString(), st.value(1).toInt()};
    return out;
}

CloudError LessonStore::saveClassroom(const Classroom &room)
{
    if (room.name.trimmed().isEmpty() || room.seats < 0)
        return CloudError::config(tr("A classroom needs a name and a number of seats."));
    const QString what = tr("Could not save the classroom %1.").arg(room.name);
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM classrooms WHERE scope = ? AND name = ?"));
    del.bind(0, m_scope).bind(1, room.name);
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral("INSERT INTO classrooms (scope, name, seats) VALUES (?, ?, ?)"));
    st.bind(0, m_scope).bind(1, room.name).bind(2, room.seats);
    if (const CloudError e = st.exec(what))
        return e;
    return tx.commit(what);
}

CloudError LessonStore::deleteClassroom(const QString &name)
{
    Statement st(m_database, QStringLiteral("DELETE FROM classrooms WHERE scope = ? AND name = ?"));
    st.bind(0, m_scope).bind(1, name);
    if (const CloudError e = st.exec(tr("Could not delete the classroom %1.").arg(name)))
        return e;
    if (st.numRowsAffected() == 0)
        return CloudError::config(tr("There is no classroom %1.").arg(name));
    return {};
}

Result<QList<Period>> LessonStore::periods() const
{
    Statement st(m_database, QStringLiteral("SELECT name, starts, ends FROM periods WHERE scope = ?"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the periods.")))
        return e;
    QList<Period> out;
    while (st.next())
        out << Period{st.value(0).toString(), QTime::fromString(st.value(1).toString(), QStringLiteral("HH:mm")),
                      QTime::fromString(st.value(2).toString(), QStringLiteral("HH:mm"))};
    if (out.isEmpty())
        return Timetable::defaultPeriods();
    std::sort(out.begin(), out.end(), [](const Period &a, const Period &b) { return a.start < b.start; });
    return out;
}

CloudError LessonStore::replacePeriods(const QList<Period> &periods)
{
    QList<Period> checked = periods;
    const QStringList problems = Timetable::normalizePeriods(&checked);
    if (!problems.isEmpty())
        return CloudError::config(problems.join(QLatin1Char(' ')));
    const QString what = tr("Could not save the periods.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM periods WHERE scope = ?"));
    del.bind(0, m_scope);
    if (const CloudError e = del.exec(what))
        return e;
    for (const Period &p : std::as_const(checked)) {
        Statement st(m_database, QStringLiteral("INSERT INTO periods (scope, name, starts, ends) VALUES (?, ?, ?, ?)"));
        st.bind(0, m_scope).bind(1, p.name).bind(2, p.start.toString(QStringLiteral("HH:mm")))
            .bind(3, p.end.toString(QStringLiteral("HH:mm")));
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}

// --- lessons ---------------------------------------------------------------------------------

Result<QList<Lesson>> LessonStore::lessons(const QString &courseCode) const
{
    QString sql = QStringLiteral(
        "SELECT l.id, c.code, l.starts_at, l.ends_at, l.recurrence, l.until_date, l.classroom, l.start_period,"
        " l.end_period, l.manual FROM lessons l JOIN courses c ON c.id = l.course_id WHERE c.scope = ?");
    if (!courseCode.isEmpty())
        sql += QStringLiteral(" AND c.code = ?");
    sql += QStringLiteral(" ORDER BY l.starts_at, c.code");
    Statement st(m_database, sql);
    st.bind(0, m_scope);
    if (!courseCode.isEmpty())
        st.bind(1, courseCode);
    if (const CloudError e = st.exec(tr("Could not read the lessons.")))
        return e;
    QList<Lesson> out;
    while (st.next()) {
        Lesson l;
        l.id = st.value(0).toString();
        l.course = st.value(1).toString();
        l.start = timeFrom(st.value(2));
        l.end = timeFrom(st.value(3));
        l.recurrence = LessonText::recurrenceFromKey(st.value(4).toString()).value_or(Recurrence::Once);
        l.until = dateFrom(st.value(5));
        l.classroom = st.value(6).toString();
        l.startPeriod = st.value(7).toString();
        l.endPeriod = st.value(8).toString();
        l.manual = st.value(9).toInt() != 0;
        out << l;
    }
    return out;
}

CloudError LessonStore::addLessons(QList<Lesson> *lessons, const QString &user)
{
    const QString what = tr("Could not save the lesson.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    for (Lesson &l : *lessons) {
        Result<QString> id = courseId(l.course);
        if (!id)
            return id.error();
        if (l.id.isEmpty())
            l.id = newId();
        Statement st(m_database, QStringLiteral(
            "INSERT INTO lessons (id, course_id, starts_at, ends_at, classroom, recurrence, until_date, start_period,"
            " end_period, manual, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        st.bind(0, l.id).bind(1, id.value()).bind(2, timeValue(l.start)).bind(3, timeValue(l.end))
            .bind(4, optionalText(l.classroom)).bind(5, LessonText::recurrenceKey(l.recurrence)).bind(6, dateValue(l.until))
            .bind(7, optionalText(l.startPeriod)).bind(8, optionalText(l.endPeriod)).bind(9, boolValue(l.manual))
            .bind(10, optionalText(user));
        if (const CloudError e = st.exec(what))
            return e;
    }
    return tx.commit(what);
}

CloudError LessonStore::addLesson(Lesson *lesson, const QString &user)
{
    QList<Lesson> one{*lesson};
    const CloudError e = addLessons(&one, user);
    if (!e)
        *lesson = one.constFirst();
    return e;
}

CloudError LessonStore::deleteLesson(const QString &id)
{
    const QString what = tr("Could not delete the lesson.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement ch(m_database, QStringLiteral("DELETE FROM lesson_changes WHERE lesson_id = ?"));
    ch.bind(0, id);
    if (const CloudError e = ch.exec(what))
        return e;
    Statement st(m_database, QStringLiteral(
        "DELETE FROM lessons WHERE id = ? AND course_id IN (SELECT id FROM courses WHERE scope = ?)"));
    st.bind(0, id).bind(1, m_scope);
    if (const CloudError e = st.exec(what))
        return e;
    if (st.numRowsAffected() == 0)
        return CloudError::config(tr("There is no lesson %1.").arg(id));
    return tx.commit(what);
}

Result<QList<LessonChange>> LessonStore::changes() const
{
    Statement st(m_database, QStringLiteral(
        "SELECT ch.lesson_id, ch.occurrence_start, ch.ends_at, ch.cancelled, ch.stopped, ch.extra_desktops"
        " FROM lesson_changes ch JOIN lessons l ON l.id = ch.lesson_id JOIN courses c ON c.id = l.course_id"
        " WHERE c.scope = ?"));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the lesson changes.")))
        return e;
    QList<LessonChange> out;
    while (st.next()) {
        LessonChange c;
        c.lessonId = st.value(0).toString();
        c.occurrenceStart = timeFrom(st.value(1));
        c.end = timeFrom(st.value(2));
        c.cancelled = st.value(3).toInt() != 0;
        c.stopped = st.value(4).toInt() != 0;
        c.extraDesktops = st.value(5).toInt();
        out << c;
    }
    return out;
}

CloudError LessonStore::saveChange(const LessonChange &change, const QString &user)
{
    const QString what = tr("Could not change the lesson.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM lesson_changes WHERE lesson_id = ? AND occurrence_start = ?"));
    del.bind(0, change.lessonId).bind(1, timeValue(change.occurrenceStart));
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral(
        "INSERT INTO lesson_changes (lesson_id, occurrence_start, ends_at, cancelled, stopped, extra_desktops, changed_by,"
        " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind(0, change.lessonId).bind(1, timeValue(change.occurrenceStart)).bind(2, timeValue(change.end))
        .bind(3, boolValue(change.cancelled)).bind(4, boolValue(change.stopped)).bind(5, change.extraDesktops)
        .bind(6, optionalText(user)).bind(7, timeValue(QDateTime::currentDateTimeUtc()));
    if (const CloudError e = st.exec(what))
        return e;
    return tx.commit(what);
}

// --- calendar --------------------------------------------------------------------------------

Result<SchoolCalendar> LessonStore::calendar() const
{
    SchoolCalendar cal;
    const QString what = tr("Could not read the school calendar.");
    {
        Statement st(m_database, QStringLiteral("SELECT name, starts_on, ends_on FROM school_terms WHERE scope = ? ORDER BY starts_on"));
        st.bind(0, m_scope);
        if (const CloudError e = st.exec(what))
            return e;
        while (st.next())
            cal.terms << Term{st.value(0).toString(), dateFrom(st.value(1)), dateFrom(st.value(2))};
    }
    {
        Statement st(m_database, QStringLiteral("SELECT starts_on, ends_on, name FROM holidays WHERE scope = ? ORDER BY starts_on"));
        st.bind(0, m_scope);
        if (const CloudError e = st.exec(what))
            return e;
        while (st.next())
            cal.holidays << Holiday{dateFrom(st.value(0)), dateFrom(st.value(1)), st.value(2).toString()};
    }
    {
        Statement st(m_database, QStringLiteral("SELECT day, as_weekday, name FROM makeup_days WHERE scope = ? ORDER BY day"));
        st.bind(0, m_scope);
        if (const CloudError e = st.exec(what))
            return e;
        while (st.next())
            cal.makeups << MakeupDay{dateFrom(st.value(0)), st.value(1).toInt(), st.value(2).toString()};
    }
    return cal;
}

CloudError LessonStore::addHoliday(const Holiday &h)
{
    if (!h.from.isValid() || !h.to.isValid() || h.to < h.from)
        return CloudError::config(tr("A holiday needs a first day and a last day not before it."));
    const QString what = tr("Could not save the holiday.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM holidays WHERE scope = ? AND starts_on = ?"));
    del.bind(0, m_scope).bind(1, dateValue(h.from));
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral("INSERT INTO holidays (scope, starts_on, ends_on, name) VALUES (?, ?, ?, ?)"));
    st.bind(0, m_scope).bind(1, dateValue(h.from)).bind(2, dateValue(h.to)).bind(3, optionalText(h.name));
    if (const CloudError e = st.exec(what))
        return e;
    return tx.commit(what);
}

CloudError LessonStore::removeHoliday(const QDate &from)
{
    Statement st(m_database, QStringLiteral("DELETE FROM holidays WHERE scope = ? AND starts_on = ?"));
    st.bind(0, m_scope).bind(1, dateValue(from));
    return st.exec(tr("Could not remove the holiday."));
}

CloudError LessonStore::addMakeup(const MakeupDay &day)
{
    if (!day.date.isValid() || day.asWeekday < 1 || day.asWeekday > 7)
        return CloudError::config(tr("A make-up day needs a date and the weekday it is taught as."));
    const QString what = tr("Could not save the make-up day.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM makeup_days WHERE scope = ? AND day = ?"));
    del.bind(0, m_scope).bind(1, dateValue(day.date));
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral("INSERT INTO makeup_days (scope, day, as_weekday, name) VALUES (?, ?, ?, ?)"));
    st.bind(0, m_scope).bind(1, dateValue(day.date)).bind(2, day.asWeekday).bind(3, optionalText(day.name));
    if (const CloudError e = st.exec(what))
        return e;
    return tx.commit(what);
}

CloudError LessonStore::removeMakeup(const QDate &day)
{
    Statement st(m_database, QStringLiteral("DELETE FROM makeup_days WHERE scope = ? AND day = ?"));
    st.bind(0, m_scope).bind(1, dateValue(day));
    return st.exec(tr("Could not remove the make-up day."));
}

CloudError LessonStore::addTerm(const Term &term)
{
    if (term.name.isEmpty() || !term.from.isValid() || !term.to.isValid() || term.to < term.from)
        return CloudError::config(tr("A term needs a name, a first day and a last day not before it."));
    const QString what = tr("Could not save the term.");
    WriteTransaction tx(m_database);
    if (tx.beginError())
        return tx.beginError();
    Statement del(m_database, QStringLiteral("DELETE FROM school_terms WHERE scope = ? AND name = ?"));
    del.bind(0, m_scope).bind(1, term.name);
    if (const CloudError e = del.exec(what))
        return e;
    Statement st(m_database, QStringLiteral("INSERT INTO school_terms (scope, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"));
    st.bind(0, m_scope).bind(1, term.name).bind(2, dateValue(term.from)).bind(3, dateValue(term.to));
    if (const CloudError e = st.exec(what))
        return e;
    return tx.commit(what);
}

// --- the scheduler ---------------------------------------------------------------------------

CloudError LessonStore::recordTask(const QString &taskId, const QString &course, TaskKind kind, const QString &image,
                                   const QString &flavor, const QString &why, const QDateTime &lessonStart)
{
    Statement st(m_database, QStringLiteral(
        "INSERT INTO scheduler_tasks (task_id, scope, course, kind, image, flavor, why, lesson_start, submitted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bind(0, taskId).bind(1, m_scope).bind(2, optionalText(course)).bind(3, TaskText::kindKey(kind))
        .bind(4, optionalText(image)).bind(5, optionalText(flavor)).bind(6, optionalText(why))
        .bind(7, timeValue(lessonStart)).bind(8, timeValue(QDateTime::currentDateTimeUtc()));
    return st.exec(tr("Could not record the scheduler's task."));
}

Result<QList<PrepSample>> LessonStore::prepSamples(int limit) const
{
    // The preparation time of a task: its first stage's start to its last stage's end, for the
    // scheduler's finished tasks (the journal's own stage times).
    Statement st(m_database, QStringLiteral(
        "SELECT s.kind, s.image, s.flavor, MIN(r.started_at), MAX(r.finished_at), s.submitted_at"
        " FROM scheduler_tasks s JOIN tasks t ON t.id = s.task_id JOIN stage_results r ON r.task_id = s.task_id"
        " WHERE s.scope = ? AND t.state = 'done'"
        " GROUP BY s.task_id, s.kind, s.image, s.flavor, s.submitted_at"
        " ORDER BY s.submitted_at DESC LIMIT %1").arg(limit));
    st.bind(0, m_scope);
    if (const CloudError e = st.exec(tr("Could not read the scheduler's task history.")))
        return e;
    QList<PrepSample> out;
    while (st.next()) {
        const std::optional<TaskKind> kind = TaskText::kindFromKey(st.value(0).toString());
        const QDateTime started = timeFrom(st.value(3));
        const QDateTime finished = timeFrom(st.value(4));
        if (!kind || !started.isValid() || !finished.isValid())
            continue;
        out.prepend(PrepSample{*kind, st.value(1).toString(), st.value(2).toString(), started.secsTo(finished)});
    }
    return out;
}
