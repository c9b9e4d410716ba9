#include "models/lessons/timetablegridmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace
{
quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}
} // namespace

TimetableGridModel::TimetableGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const QDate today = QDate::currentDate();
    m_monday = today.addDays(1 - today.dayOfWeek());
}

void TimetableGridModel::setSchool(const SchoolSnapshot &school)
{
    const bool reshaped = school.periods != m_school.periods;
    if (reshaped)
        beginResetModel();
    m_school = school;
    m_courses = school.coursesByCode();
    // Edits of lessons that are gone are dropped.
    QSet<QString> ids;
    for (const Lesson &l : school.lessons)
        ids.insert(l.id);
    m_removed.intersect(ids);
    recompute();
    if (reshaped)
        endResetModel();
    else
        emitAll();
}

void TimetableGridModel::setWeek(const QDate &anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    m_picked.clear(); // picks belong to the week they were made in
    m_conflicts.clear();
    recompute();
    emitAll();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 6);
}

void TimetableGridModel::setFilter(Filter filter, const QString &value)
{
    m_filter = filter;
    m_value = value;
    m_conflicts.clear();
    recompute();
    emitAll();
}

void TimetableGridModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    recompute();
    emitAll();
}

bool TimetableGridModel::matches(const Occurrence &o) const
{
    if (m_value.isEmpty())
        return false;
    switch (m_filter) {
    case Filter::Classroom:
        return o.classroom == m_value;
    case Filter::Teacher:
        return m_courses.value(o.course).teacher == m_value;
    case Filter::Course:
        return o.course == m_value;
    }
    return false;
}

void TimetableGridModel::recompute()
{
    // Only the lessons that can show: a term of 100 courses expands a handful here.
    QList<Lesson> lessons;
    for (const Lesson &l : std::as_const(m_school.lessons)) {
        const Course c = m_courses.value(l.course);
        const bool keep = m_filter == Filter::Course ? l.course == m_value
            : m_filter == Filter::Teacher            ? c.teacher == m_value
                                                     : (l.classroom.isEmpty() ? c.classroom : l.classroom) == m_value;
        if (keep)
            lessons << l;
    }
    const QDateTime from(m_monday, QTime(0, 0), m_zone);
    const QDateTime to(m_monday.addDays(7), QTime(0, 0), m_zone);
    m_week.clear();
    for (const Occurrence &o : Timetable::expand(lessons, m_courses, m_school.calendar, m_school.changes, from, to, m_zone)) {
        if (matches(o))
            m_week << o;
    }
}

void TimetableGridModel::emitAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QDateTime TimetableGridModel::cellStart(int row, int column) const
{
    return QDateTime(dayOf(column), m_school.periods.value(row).start, m_zone);
}

QDateTime TimetableGridModel::cellEnd(int row, int column) const
{
    return QDateTime(dayOf(column), m_school.periods.value(row).end, m_zone);
}

QList<Occurrence> TimetableGridModel::occurrencesAt(int row, int column) const
{
    QList<Occurrence> out;
    if (row < 0 || row >= m_school.periods.size() || column < 0 || column > 6)
        return out;
    const QDateTime a = cellStart(row, column);
    const QDateTime b = cellEnd(row, column);
    for (const Occurrence &o : m_week) {
        if (o.overlaps(a, b))
            out << o;
    }
    return out;
}

int TimetableGridModel::pick(const QModelIndexList &cells, const QString &course)
{
    if (course.isEmpty())
        return 0;
    QList<QPair<int, int>> free;
    bool allPicked = true;
    for (const QModelIndex &i : cells) {
        if (!i.isValid() || !occurrencesAt(i.row(), i.column()).isEmpty())
            continue;
        free << qMakePair(i.row(), i.column());
        allPicked = allPicked && m_picked.value(i.column()).value(i.row()) == course;
    }
    if (free.isEmpty())
        return 0;
    for (const auto &[row, column] : std::as_const(free)) {
        if (allPicked) {
            m_picked[column].remove(row);
            if (m_picked[column].isEmpty())
                m_picked.remove(column);
        } else {
            m_picked[column][row] = course;
        }
        Q_EMIT dataChanged(index(row, column), index(row, column));
    }
    return int(free.size());
}

int TimetableGridModel::markRemoval(const QModelIndexList &cells)
{
    QSet<QString> ids;
    int changed = 0;
    for (const QModelIndex &i : cells) {
        if (!i.isValid())
            continue;
        if (m_picked.value(i.column()).contains(i.row())) {
            m_picked[i.column()].remove(i.row());
            if (m_picked[i.column()].isEmpty())
                m_picked.remove(i.column());
            ++changed;
        }
        for (const Occurrence &o : occurrencesAt(i.row(), i.column()))
            ids.insert(o.lessonId);
    }
    if (!ids.isEmpty()) {
        const bool allMarked = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) { return m_removed.contains(id); });
        for (const QString &id : std::as_const(ids)) {
            if (allMarked)
                m_removed.remove(id);
            else
                m_removed.insert(id);
        }
        changed += int(ids.size());
    }
    if (changed)
        emitAll();
    return changed;
}

void TimetableGridModel::clearEdits()
{
    m_picked.clear();
    m_removed.clear();
    m_conflicts.clear();
    emitAll();
}

TimetableGridModel::Plan TimetableGridModel::plan(Recurrence recurrence, const QDate &until) const
{
    Plan out;
    QHash<QString, Lesson> byId;
    for (const Lesson &l : m_school.lessons)
        byId.insert(l.id, l);
    for (auto col = m_picked.cbegin(); col != m_picked.cend(); ++col) {
        const int column = col.key();
        const QMap<int, QString> &rows = col.value();
        // Runs of adjacent rows of one course.
        auto it = rows.cbegin();
        while (it != rows.cend()) {
            const int first = it.key();
            const QString course = it.value();
            int last = first;
            auto next = std::next(it);
            while (next != rows.cend() && next.key() == last + 1 && next.value() == course) {
                last = next.key();
                ++next;
            }
            it = next;
            const Course c = m_courses.value(course);
            Lesson lesson;
            lesson.course = course;
            lesson.start = cellStart(first, column).toUTC();
            lesson.end = cellEnd(last, column).toUTC();
            lesson.recurrence = recurrence;
            lesson.until = recurrence == Recurrence::Once ? QDate() : until;
            lesson.startPeriod = m_school.periods.value(first).name;
            lesson.endPeriod = m_school.periods.value(last).name;
            if (m_filter == Filter::Classroom && m_value != c.classroom)
                lesson.classroom = m_value;
            // Next to a lesson of the same course: extend that lesson (its series) instead.
            QDateTime runStart = lesson.start;
            QDateTime runEnd = lesson.end;
            std::optional<Lesson> base;
            for (const int neighbour : {first - 1, last + 1}) {
                for (const Occurrence &o : occurrencesAt(neighbour, column)) {
                    if (o.course != course || m_removed.contains(o.lessonId) || out.merged.contains(o.lessonId)
                        || !byId.contains(o.lessonId))
                        continue;
                    runStart = std::min(runStart, o.start);
                    runEnd = std::max(runEnd, o.end);
                    if (neighbour < first)
                        lesson.startPeriod = byId.value(o.lessonId).startPeriod;
                    else
                        lesson.endPeriod = byId.value(o.lessonId).endPeriod;
                    if (!base)
                        base = byId.value(o.lessonId);
                    out.merged << o.lessonId;
                    break;
                }
            }
            if (base) {
                // This week's day → the series' first day, keeping the times of day.
                const QDateTime localStart = runStart.toTimeZone(m_zone);
                const QDateTime localEnd = runEnd.toTimeZone(m_zone);
                const qint64 shift = dayOf(column).daysTo(base->start.toTimeZone(m_zone).date());
                Lesson merged = *base;
                merged.id.clear();
                merged.start = QDateTime(localStart.date().addDays(shift), localStart.time(), m_zone).toUTC();
                merged.end = QDateTime(localEnd.date().addDays(shift), localEnd.time(), m_zone).toUTC();
                merged.startPeriod = lesson.startPeriod;
                merged.endPeriod = lesson.endPeriod;
                lesson = merged;
            }
            out.lessons << lesson;
        }
    }
    out.removedIds = QStringList(m_removed.cbegin(), m_removed.cend()) + out.merged;
    std::sort(out.removedIds.begin(), out.removedIds.end());
    return out;
}

void TimetableGridModel::setConflicts(const QList<LessonConflict> &conflicts)
{
    m_conflicts.clear();
    for (const LessonConflict &c : conflicts) {
        const QDateTime start = c.candidate.start.toTimeZone(m_zone);
        const qint64 column = m_monday.daysTo(start.date());
        if (column < 0 || column > 6)
            continue;
        for (int row = 0; row < m_school.periods.size(); ++row) {
            if (c.candidate.overlaps(cellStart(row, int(column)), cellEnd(row, int(column)))) {
                QStringList &texts = m_conflicts[cellKey(row, int(column))];
                if (!texts.contains(c.text()))
                    texts << c.text();
            }
        }
    }
    emitAll();
}

int TimetableGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_school.periods.size());
}

int TimetableGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

Qt::ItemFlags TimetableGridModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant TimetableGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const QList<Occurrence> here = occurrencesAt(row, column);
    const QString picked = m_picked.value(column).value(row);
    bool removed = false;
    for (const Occurrence &o : here)
        removed = removed || m_removed.contains(o.lessonId);
    const QStringList conflicts = m_conflicts.value(cellKey(row, column));
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        for (const Occurrence &o : here) {
            QString line = o.course;
            if (m_filter != Filter::Classroom && !o.classroom.isEmpty())
                line += QStringLiteral(" · ") + o.classroom;
            lines << (m_removed.contains(o.lessonId) ? tr("− %1", "lesson marked for removal").arg(line) : line);
        }
        if (!picked.isEmpty())
            lines << tr("+ %1", "lesson to be added").arg(picked);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString when = QLocale().dayName(column + 1) + QLatin1Char(' ')
            + tr("period %1").arg(m_school.periods.value(row).name);
        QStringList parts{when};
        for (const Occurrence &o : here)
            parts << (m_removed.contains(o.lessonId) ? tr("%1, to be removed").arg(o.course) : o.course);
        if (!picked.isEmpty())
            parts << tr("%1, to be added").arg(picked);
        if (here.isEmpty() && picked.isEmpty())
            parts << tr("free");
        if (!conflicts.isEmpty())
            parts << tr("conflict");
        return parts.join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Occurrence &o : here)
            lines << tr("%1 %2–%3, classroom %4")
                         .arg(o.course, o.start.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")),
                              o.end.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")), o.classroom);
        lines += conflicts;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole: {
        if (!conflicts.isEmpty())
            return QBrush(QColor(0xf8, 0xc8, 0xc8));
        if (removed)
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        if (!picked.isEmpty())
            return QBrush(QColor(0xc8, 0xf0, 0xc8));
        if (!here.isEmpty())
            return QBrush(QColor(0xd4, 0xe4, 0xf8));
        const QDate day = dayOf(column);
        if (m_school.calendar.isHoliday(day) || !m_school.calendar.inTerm(day))
            return QBrush(QColor(0xf0, 0xf0, 0xf0));
        return {};
    }
    case Qt::FontRole:
        if (removed) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case OccurrencesRole: {
        QStringList codes;
        for (const Occurrence &o : here)
            codes << o.course;
        return codes;
    }
    case PendingRole:
        return picked;
    case RemovedRole:
        return removed;
    case ConflictRole:
        return conflicts.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant TimetableGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_school.periods.size())
            return {};
        const Period &p = m_school.periods.at(section);
        if (role == Qt::DisplayRole)
            return tr("%1  %2–%3", "period name, start, end")
                .arg(p.name, p.start.toString(QStringLiteral("HH:mm")), p.end.toString(QStringLiteral("HH:mm")));
        return {};
    }
    if (section < 0 || section > 6)
        return {};
    const QDate day = dayOf(section);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        QString text = locale.dayName(section + 1, QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(day, QStringLiteral("MM-dd"));
        if (const auto m = m_school.calendar.makeupOn(day))
            text += QLatin1Char('\n') + tr("as %1", "make-up day taught as weekday").arg(locale.dayName(m->asWeekday, QLocale::ShortFormat));
        else if (m_school.calendar.isHoliday(day))
            text += QLatin1Char('\n') + tr("holiday");
        else if (!m_school.calendar.inTerm(day))
            text += QLatin1Char('\n') + tr("no term");
        return text;
    }
    if (role == Qt::ToolTipRole) {
        for (const Holiday &h : m_school.calendar.holidays) {
            if (h.contains(day) && !m_school.calendar.makeupOn(day))
                return tr("Holiday: %1").arg(h.name);
        }
        if (const auto m = m_school.calendar.makeupOn(day))
            return tr("Make-up day %1: taught as %2").arg(m->name, locale.dayName(m->asWeekday));
    }
    return {};
}
