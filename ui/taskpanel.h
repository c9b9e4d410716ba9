#pragma once

#include <QPointer>
#include <QWidget>

class BatchListModel;
class CloudConnection;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class TaskDetails;
class TaskFilterProxy;
class TaskTableModel;

/**
 * The task panel (a dock): the session's batches with their progress, the items of the selected
 * batch with per-item state, stage and progress, and the selected item's details (error text with
 * request ID, stage history). Cancel, retry failed and re-run from the failed stage go straight
 * to the connection's TaskEngine.
 */
class TaskPanel : public QWidget
{
    Q_OBJECT

public:
    TaskPanel(BatchListModel *batches, TaskTableModel *tasks, QWidget *parent = nullptr);

    void setConnection(CloudConnection *connection);
    void selectBatch(const QString &batchId);
    [[nodiscard]] QString currentBatchId() const;
    [[nodiscard]] QListView *batchView() const { return m_batchView; }
    [[nodiscard]] QTableView *taskView() const { return m_taskView; }
    [[nodiscard]] TaskDetails *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onBatchSelected();
    void onTaskSelected();
    void updateButtons();
    void cancelBatch();
    void retryFailed();
    void rerunTask();
    [[nodiscard]] QString currentTaskId() const;

    QPointer<CloudConnection> m_connection;
    BatchListModel *m_batches;
    TaskTableModel *m_tasks;
    TaskFilterProxy *m_items;
    QListView *m_batchView;
    QTableView *m_taskView;
    TaskDetails *m_details;
    QLabel *m_itemsLabel;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_rerun;
};
