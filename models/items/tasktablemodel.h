#pragma once

#include "models/domain/tasktypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

/**
 * Every task the engine knows (and, once loaded, the journal's history): one row per task with
 * its desktop, action, state, stage, progress, error and request ID. Fed by
 * TaskEngine::taskChanged through applyTask(): a new task is inserted, a known one updated with
 * dataChanged on its row; never reset except by setTasks() on a connection switch.
 */
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Desktop,
        Action,
        State,
        Stage,
        Progress,
        Error,
        RequestId,
        Started,
        Updated,
        User,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        BatchIdRole,
        SortRole,
        RawValueRole,
        TaskStateRole, // int: TaskState
        ProgressRole,  // int 0..100
        FinishedRole   // bool
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTasks(const QList<TaskSnapshot> &tasks); // reset: connection switch / first fill
    void applyTask(const TaskSnapshot &task);        // insert or update one row
    void retranslate();

    [[nodiscard]] int rowOf(const QString &taskId) const { return m_rowById.value(taskId, -1); }
    [[nodiscard]] const TaskSnapshot &taskAt(int row) const { return m_tasks.at(row); }
    [[nodiscard]] std::optional<TaskSnapshot> task(const QString &taskId) const;
    [[nodiscard]] static QString columnName(Column column);
    /** Plain text of a task's stage history, one line per attempt (for the details pane and copy). */
    [[nodiscard]] static QString historyText(const TaskSnapshot &task);
    /** "850 ms", "18 s", "4 min 5 s" */
    [[nodiscard]] static QString durationText(qint64 ms);
    /** The Error / note column: the error, or the warning a finished task ended with. */
    [[nodiscard]] static QString noteText(const TaskSnapshot &task);
    /** "Wait (2/3)" */
    [[nodiscard]] static QString stageText(const TaskSnapshot &task);

private:
    QVariant display(const TaskSnapshot &t, int column) const;

    QList<TaskSnapshot> m_tasks;
    QHash<QString, int> m_rowById;
};

/** Narrows TaskTableModel: one batch (the task panel), or by state/action/text (the console). */
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter {
        Any,
        Unfinished,
        Failed,
        Done
    };

    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setBatchId(const QString &batchId); // "" = every batch
    [[nodiscard]] QString batchId() const { return m_batchId; }
    void setStateFilter(StateFilter filter);
    void setKindFilter(std::optional<TaskKind> kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_batchId;
    StateFilter m_state = StateFilter::Any;
    std::optional<TaskKind> m_kind;
    QStringList m_words;
};
