#pragma once

#include <QPointer>
#include <QWidget>

class CloudConnection;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class TaskDetails;
class TaskFilterProxy;
class TaskTableModel;

/**
 * The task console: every task of this session and the journal, filtered by state, action and
 * text, with the selected task's details (stage results, error, request ID) and cancel/re-run.
 */
class TaskConsole : public QWidget
{
    Q_OBJECT

public:
    TaskConsole(TaskTableModel *tasks, QWidget *parent = nullptr);

    void setConnection(CloudConnection *connection);
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] TaskFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void onCurrentChanged();

    QPointer<CloudConnection> m_connection;
    TaskTableModel *m_tasks;
    TaskFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_state;
    QComboBox *m_kind;
    QTableView *m_view;
    TaskDetails *m_details;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
};
