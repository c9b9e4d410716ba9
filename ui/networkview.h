#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class CloudConnection;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;

/**
 * Network: Neutron networks, routers and floating IPs, each floating IP with the desktop it is
 * bound to. Orphans (allocated, bound to nothing) can be released, one by one or all at once.
 */
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(QWidget *parent = nullptr);

    void setConnection(CloudConnection *connection);
    [[nodiscard]] QTableView *floatingIpView() const { return m_fipView; }
    [[nodiscard]] RecordTableModel *floatingIpModel() const { return m_fips; }
    [[nodiscard]] QString boundDesktop(const QString &floatingAddress, const QString &fixedAddress) const;
    /** The floating IPs bound to nothing. */
    [[nodiscard]] QStringList orphanIds() const;

Q_SIGNALS:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void reindexServers();
    void updateButtons();
    void release(const QStringList &ids, const QStringList &addresses);
    void releaseSelected();
    void releaseOrphans();

    QPointer<CloudConnection> m_connection;
    RecordTableModel *m_networks;
    RecordTableModel *m_routers;
    RecordTableModel *m_fips;
    QTableView *m_networkView;
    QTableView *m_routerView;
    QTableView *m_fipView;
    QLabel *m_networkLabel;
    QLabel *m_routerLabel;
    QLabel *m_fipLabel;
    QPushButton *m_refresh;
    QPushButton *m_release;
    QPushButton *m_releaseOrphans;
    QHash<QString, QString> m_serverByAddress; // floating or fixed address → desktop name
    QHash<QString, QString> m_networkNames;
    QTimer m_reindex;
};
