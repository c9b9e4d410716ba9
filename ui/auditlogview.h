#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include "models/store/auditlog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;

/**
 * The audit log: who did what to which desktop and when, with the result and the request ID —
 * one line per item of every batch. Filter by user, desktop, action and date; export what the
 * filter selects as CSV. Queries run on a worker thread; the table fills when they answer.
 */
class AuditLogView : public QWidget
{
    Q_OBJECT

public:
    AuditLogView(AuditLog *log, QWidget *parent = nullptr);

    void refresh();
    [[nodiscard]] AuditFilter filter() const;
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] RecordTableModel *model() const { return m_model; }
    [[nodiscard]] bool isLoading() const;

Q_SIGNALS:
    void message(const QString &text);
    void loaded(int rows);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Loaded
    {
        QList<AuditEntry> entries;
        CloudError error;
    };
    void retranslate();
    void onLoaded();
    void exportCsv();

    AuditLog *m_log;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_user;
    QLineEdit *m_target;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLabel *m_status;
    QFutureWatcher<Loaded> m_watcher;
    QTimer m_autoRefresh; // new entries come in while a batch runs
    bool m_again = false;
    bool m_loading = false;
};
