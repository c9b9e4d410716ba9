#pragma once

#include "cloud/clouderror.h"
#include "models/domain/hosthealth.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Inventory;
class RestClient;

/**
 * The compute hosts for the administrator's Hosts view: Nova's compute services and Placement's
 * capacities, read asynchronously on the GUI thread's client every interval (and on
 * refreshNow()), combined with the shared Inventory's servers — a desktop that moves or fails
 * updates its host's row at the next inventory diff, without asking the cloud again.
 * Emits hostsChanged() only when a record changed.
 */
class HostMonitor : public QObject
{
    Q_OBJECT

public:
    HostMonitor(RestClient *client, Inventory *inventory, QObject *parent = nullptr);

    void start(int intervalSeconds = 30);
    void stop();
    void refreshNow();

    [[nodiscard]] QList<HostRecord> hosts() const { return m_hosts; }
    [[nodiscard]] std::optional<HostRecord> host(const QString &name) const;
    [[nodiscard]] CloudError lastError() const { return m_error; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void hostsChanged();
    void errorOccurred(const CloudError &error);

private:
    void rebuild();

    QPointer<RestClient> m_client;
    QPointer<Inventory> m_inventory;
    QTimer m_timer;
    QList<ComputeService> m_services;
    QList<HostCapacity> m_capacities;
    QList<HostRecord> m_hosts;
    CloudError m_error;
    bool m_loaded = false;
    bool m_busy = false;
};
