#include "models/items/todaymodel.h"

#include "models/domain/desktopstate.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QSet>

TodayModel::TodayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LessonPhase TodayModel::phaseOf(const QDateTime &now, const Occurrence &o, const QDateTime &warmAt, int graceMinutes,
                                int ready, int total, int stillOn)
{
    if (now >= o.end) {
        const QDateTime due = o.end.addSecs(o.stopped ? 0 : qint64(graceMinutes) * 60);
        return now >= due && stillOn == 0 ? LessonPhase::Reclaimed : LessonPhase::Over;
    }
    if (now >= o.start)
        return LessonPhase::Running;
    if (total > 0 && ready >= total)
        return LessonPhase::Ready;
    if (warmAt.isValid() && now >= warmAt)
        return LessonPhase::WarmingUp;
    return LessonPhase::Scheduled;
}

QString TodayModel::phaseName(LessonPhase phase)
{
    switch (phase) {
    case LessonPhase::Scheduled: return tr("Scheduled");
    case LessonPhase::WarmingUp: return tr("Warming up");
    case LessonPhase::Ready: return tr("Ready");
    case LessonPhase::Running: return tr("Running");
    case LessonPhase::Over: return tr("Over");
    case LessonPhase::Reclaimed: return tr("Reclaimed");
    }
    return {};
}

QString TodayModel::stateText(const TodayLesson &l)
{
    const QString counts = tr("%1 of %2 ready").arg(l.ready).arg(l.total);
    switch (l.phase) {
    case LessonPhase::Scheduled:
        return tr("Scheduled — warm-up at %1").arg(l.warmAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    case LessonPhase::WarmingUp:
        return tr("Warming up — %1").arg(counts);
    case LessonPhase::Ready:
        return tr("Ready — %1").arg(counts);
    case LessonPhase::Running:
        return l.needFix > 0 ? tr("Running — %1, %2 need a fix").arg(counts).arg(l.needFix) : tr("Running — %1").arg(counts);
    case LessonPhase::Over:
        return tr("Over — %n desktop(s) still on", nullptr, l.stillOn);
    case LessonPhase::Reclaimed:
        return tr("Reclaimed");
    }
    return {};
}

QString TodayModel::timeText(const TodayLesson &l) const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QDateTime s = l.occurrence.start.toLocalTime();
    const QString span = QStringLiteral("%1–%2").arg(s.toString(QStringLiteral("HH:mm")),
                                                     l.occurrence.end.toLocalTime().toString(QStringLiteral("HH:mm")));
    const QDate today = now.toLocalTime().date();
    if (s.date() == today)
        return span;
    if (s.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(span);
    return QLocale().toString(s.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') + span;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TodayLesson &l = m_rows.at(index.row());
    if (role == PhaseRole)
        return int(l.phase);
    if (role == CourseCodeRole)
        return l.occurrence.course;
    if (role == LessonKeyRole)
        return l.key();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return timeText(l);
        case Course:
            return l.courseName.isEmpty() ? l.occurrence.course : QStringLiteral("%1 %2").arg(l.occurrence.course, l.courseName);
        case Classroom:
            return l.classroom;
        case Teacher:
            return l.teacher;
        case State:
            return stateText(l);
        case Desktops:
            return l.phase == LessonPhase::Reclaimed || l.phase == LessonPhase::Over
                ? QVariant(tr("%1 of %2 on").arg(l.stillOn).arg(l.total))
                : QVariant(tr("%1 of %2 ready").arg(l.ready).arg(l.total));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (l.phase) {
        case LessonPhase::Ready: return QBrush(QColor(0x1e, 0x7d, 0x32));
        case LessonPhase::Running: return QBrush(l.needFix > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x1e, 0x7d, 0x32));
        case LessonPhase::WarmingUp: return QBrush(QColor(0xb2, 0x6a, 0x00));
        default: return {};
        }
    }
    return {};
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Course: return tr("Course");
    case Classroom: return tr("Classroom");
    case Teacher: return tr("Teacher");
    case State: return tr("State");
    case Desktops: return tr("Desktops");
    default: return {};
    }
}

void TodayModel::setLessons(const QList<TodayLesson> &lessons)
{
    // Remove the rows whose lesson is gone (from the bottom), then insert new ones in order and
    // update the rest: the list is sorted by start, so a merge keeps positions.
    QSet<QString> wanted;
    for (const TodayLesson &l : lessons)
        wanted.insert(l.key());
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (!wanted.contains(m_rows.at(r).key())) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (int i = 0; i < lessons.size(); ++i) {
        const TodayLesson &l = lessons.at(i);
        if (i < m_rows.size() && m_rows.at(i).key() == l.key()) {
            if (!(m_rows.at(i) == l)) {
                m_rows[i] = l;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        // Not at i: either further down (rows before it vanished from the new order) or new.
        int found = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).key() == l.key()) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            beginMoveRows({}, found, found, {}, i);
            m_rows.move(found, i);
            endMoveRows();
            m_rows[i] = l;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, l);
            endInsertRows();
        }
    }
    if (m_rows.size() > lessons.size()) {
        beginRemoveRows({}, int(lessons.size()), int(m_rows.size()) - 1);
        m_rows.resize(lessons.size());
        endRemoveRows();
    }
}

void TodayModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
