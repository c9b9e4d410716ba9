#include "models/lessons/coursetablemodel.h"

#include <QLocale>

bool CourseTableModel::Row::operator==(const Row &o) const
{
    const Course &a = course;
    const Course &b = o.course;
    return students == o.students && lessons == o.lessons && a.code == b.code && a.name == b.name
        && a.teacher == b.teacher && a.from == b.from && a.to == b.to && a.capacity == b.capacity && a.image == b.image
        && a.flavor == b.flavor && a.network == b.network && a.protocol == b.protocol && a.nameTemplate == b.nameTemplate
        && a.policy == b.policy && a.classroom == b.classroom && a.graceMinutes == b.graceMinutes;
}

CourseTableModel::CourseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CourseTableModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_data.size(); ++i)
        m_rows.insert(m_data.at(i).course.code, i);
}

void CourseTableModel::setSnapshot(const SchoolSnapshot &snapshot)
{
    QHash<QString, int> lessons;
    for (const Lesson &l : snapshot.lessons)
        ++lessons[l.course];
    QHash<QString, Row> incoming;
    QStringList order;
    for (const Course &c : snapshot.courses) {
        incoming.insert(c.code, Row{c, int(snapshot.rosters.value(c.code).size()), lessons.value(c.code)});
        order << c.code;
    }
    // Removed rows, from the bottom up.
    for (int i = int(m_data.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_data.at(i).course.code)) {
            beginRemoveRows({}, i, i);
            m_data.removeAt(i);
            endRemoveRows();
        }
    }
    reindex();
    // Changed rows.
    for (int i = 0; i < m_data.size(); ++i) {
        const Row &now = incoming.value(m_data.at(i).course.code);
        if (!(now == m_data.at(i))) {
            m_data[i] = now;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    // New rows, in one batch at the end (the view sorts).
    QList<Row> added;
    for (const QString &code : std::as_const(order)) {
        if (!m_rows.contains(code))
            added << incoming.value(code);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_data.size()), int(m_data.size() + added.size() - 1));
        m_data += added;
        reindex();
        endInsertRows();
    }
}

QString CourseTableModel::codeAt(int row) const
{
    return row >= 0 && row < m_data.size() ? m_data.at(row).course.code : QString();
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.size())
        return {};
    const Row &r = m_data.at(index.row());
    const Course &c = r.course;
    if (role == CodeRole)
        return c.code;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case CodeColumn:
            return c.code;
        case NameColumn:
            return c.name;
        case TeacherColumn:
            return c.teacher;
        case StudentsColumn:
            if (sort)
                return r.students;
            return c.capacity > 0 ? tr("%1 of %2").arg(r.students).arg(c.capacity) : QString::number(r.students);
        case DatesColumn: {
            if (sort)
                return c.from.isValid() ? c.from.toString(Qt::ISODate) : QString();
            if (!c.from.isValid() && !c.to.isValid())
                return tr("always");
            const QLocale locale;
            const QString a = c.from.isValid() ? locale.toString(c.from, QLocale::ShortFormat) : QStringLiteral("…");
            const QString b = c.to.isValid() ? locale.toString(c.to, QLocale::ShortFormat) : QStringLiteral("…");
            return QStringLiteral("%1 – %2").arg(a, b);
        }
        case ClassroomColumn:
            return c.classroom;
        case ImageColumn:
            return c.image;
        case FlavorColumn:
            return c.flavor;
        case PolicyColumn:
            return sort ? QVariant(int(c.policy)) : QVariant(LessonText::policyName(c.policy));
        case LessonsColumn:
            return r.lessons;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PolicyColumn)
        return tr("After each lesson (plus %n minute(s) of grace) the desktops are: %1", nullptr, c.graceMinutes)
            .arg(LessonText::policyName(c.policy));
    if (role == Qt::TextAlignmentRole && (index.column() == StudentsColumn || index.column() == LessonsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case TeacherColumn:
        return tr("Teacher");
    case StudentsColumn:
        return tr("Students");
    case DatesColumn:
        return tr("Dates");
    case ClassroomColumn:
        return tr("Classroom");
    case ImageColumn:
        return tr("Image");
    case FlavorColumn:
        return tr("Flavor");
    case PolicyColumn:
        return tr("After lessons");
    case LessonsColumn:
        return tr("Lessons");
    case ColumnCount:
        break;
    }
    return {};
}
