#include "models/engine/hostmonitor.h"

#include "cloud/hostsapi.h"
#include "cloud/restclient.h"
#include "models/engine/inventory.h"

HostMonitor::HostMonitor(RestClient *client, Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_inventory(inventory)
{
    connect(&m_timer, &QTimer::timeout, this, &HostMonitor::refreshNow);
    if (inventory)
        connect(inventory, &Inventory::serversChanged, this, [this] {
            if (m_loaded)
                rebuild();
        });
}

void HostMonitor::start(int intervalSeconds)
{
    m_timer.start(qMax(5, intervalSeconds) * 1000);
    refreshNow();
}

void HostMonitor::stop()
{
    m_timer.stop();
}

std::optional<HostRecord> HostMonitor::host(const QString &name) const
{
    for (const HostRecord &r : m_hosts)
        if (r.host() == name)
            return r;
    return std::nullopt;
}

void HostMonitor::refreshNow()
{
    if (!m_client || m_busy)
        return;
    m_busy = true;
    HostsApi(m_client).listComputeServices(this, [this](Result<QList<ComputeService>> services) {
        if (!services || !m_client) {
            m_busy = false;
            m_error = services ? CloudError() : services.error();
            if (m_error)
                Q_EMIT errorOccurred(m_error);
            return;
        }
        HostsApi(m_client).listHostCapacities(this, [this, services](Result<QList<HostCapacity>> capacities) {
            m_busy = false;
            m_services = services.value();
            // Placement may be unreachable while Nova answers: hosts without capacity, and the error.
            m_capacities = capacities ? capacities.value() : QList<HostCapacity>();
            m_error = capacities ? CloudError() : capacities.error();
            m_loaded = true;
            rebuild();
            if (m_error)
                Q_EMIT errorOccurred(m_error);
        });
    });
}

void HostMonitor::rebuild()
{
    const QList<HostRecord> next
        = HostRules::build(m_services, m_capacities, m_inventory ? m_inventory->servers() : QList<Server>());
    if (next == m_hosts && m_hosts.size() == next.size() && !next.isEmpty())
        return;
    m_hosts = next;
    Q_EMIT hostsChanged();
}
