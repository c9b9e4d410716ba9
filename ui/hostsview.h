#pragma once

#include "models/domain/hosthealth.h"
#include "models/domain/tasktypes.h"
#include "models/items/desktopfilterproxy.h"

#include <functional>

#include <QPointer>
#include <QSet>
#include <QWidget>

class CloudConnection;
class DesktopTab;
class DesktopTableModel;
class HostMonitor;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;

/** The desktops of one compute host: the usual desktop filter, narrowed to a set of server ids. */
class HostDesktopProxy : public DesktopFilterProxy
{
    Q_OBJECT

public:
    explicit HostDesktopProxy(QObject *parent = nullptr);
    void setServerIds(const QStringList &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_ids;
};

/**
 * Hosts (administrators): every compute host with its state, status and reason, forced down,
 * vCPU / RAM / disk used of total (Placement), its desktops and a health verdict with why —
 * live from the HostMonitor and the shared inventory. Selecting a host shows its desktops in the
 * usual desktop table below. Disable (with a reason) / enable, Drain… (live migration; cold for
 * shut-down desktops; a target host or the scheduler's choice) and Evacuate… (a dead host;
 * refused plainly when the host is up or the others lack room) run as batches on the task
 * engine; Reset state… clears a stuck desktop's state after a confirmation. Each of these is
 * audited (the reason of a disable with it; a drain or evacuation as "started" with its batch).
 */
class HostsView : public QWidget
{
    Q_OBJECT

public:
    HostsView(DesktopTableModel *desktops, QWidget *parent = nullptr);

    void setConnection(CloudConnection *connection);
    [[nodiscard]] QTableView *hostView() const { return m_hostView; }
    [[nodiscard]] RecordTableModel *hostModel() const { return m_hosts; }
    [[nodiscard]] DesktopTab *desktopTab() const { return m_desktopTab; }
    [[nodiscard]] HostMonitor *monitor() const { return m_monitor; }
    /** The selected host's name, or "". */
    [[nodiscard]] QString selectedHost() const;
    void selectHost(const QString &host);
    /** What the table shows (the monitor's records; tests give their own). */
    void setHosts(const QList<HostRecord> &hosts);
    [[nodiscard]] std::optional<HostRecord> hostRecord(const QString &host) const;

    // The actions (also the buttons' slots); each answers through message() or a dialog.
    void disableSelected();
    void enableSelected();
    void drainSelected();
    void evacuateSelected();
    void resetSelectedDesktop();

Q_SIGNALS:
    void message(const QString &text);
    /** A dialog was opened (tests close it). */
    void dialogOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onHostsChanged();
    void updateDesktops();
    void updateButtons();
    void submitMoves(const QString &host, TaskKind kind, const QList<Server> &servers, const QString &target);
    // In the audit log (the connection's catalog writes it): who did what to which host, and why.
    void audit(const QString &action, const QString &targetId, const QString &targetName, const CloudError &error,
               const QString &detail);
    void chooseTarget(const QString &host, const QString &label, const std::function<void(const QString &)> &then);

    QPointer<CloudConnection> m_connection;
    DesktopTableModel *m_desktops;
    HostMonitor *m_monitor = nullptr;
    RecordTableModel *m_hosts;
    QSortFilterProxyModel *m_hostSort;
    QTableView *m_hostView;
    HostDesktopProxy *m_desktopProxy;
    DesktopTab *m_desktopTab;
    QLabel *m_hostsLabel;
    QLabel *m_desktopsLabel;
    QPushButton *m_refresh;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_drain;
    QPushButton *m_evacuate;
    QPushButton *m_reset;
    QList<HostRecord> m_records;
    bool m_loaded = false;
};
