#pragma once

#include "models/lessons/lessonbook.h"

#include <QAbstractTableModel>
#include <QHash>

/**
 * The Courses table: one row per course of a LessonBook snapshot. Updated by diff (rows of
 * vanished courses removed, new ones inserted, changed ones dataChanged), never reset, so
 * selection and scroll survive a save.
 */
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TeacherColumn,
        StudentsColumn,
        DatesColumn,
        ClassroomColumn,
        ImageColumn,
        FlavorColumn,
        PolicyColumn,
        LessonsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        CodeRole
    };

    explicit CourseTableModel(QObject *parent = nullptr);

    void setSnapshot(const SchoolSnapshot &snapshot);
    [[nodiscard]] int rowOf(const QString &code) const { return m_rows.value(code, -1); }
    [[nodiscard]] QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Course course;
        int students = 0;
        int lessons = 0;
        bool operator==(const Row &o) const;
    };
    void reindex();

    QList<Row> m_data;
    QHash<QString, int> m_rows; // code → row
};
