#include "ui/hostsview.h"

#include "cloud/computeapi.h"
#include "cloud/hostsapi.h"
#include "cloud/restclient.h"
#include "models/engine/hostmonitor.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/recordtablemodel.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/store/auditlog.h"
#include "ui/desktoptab.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
QString usage(const HostRecord &r, const ResourceAmount HostCapacity::*field, const QString &unit)
{
    if (!r.capacity)
        return QStringLiteral("–");
    const ResourceAmount &a = (*r.capacity).*field;
    return HostsView::tr("%1 / %2 %3 (%4%)").arg(a.used).arg(a.capacity()).arg(unit).arg(HostRules::percent(a));
}

QColor healthColor(HostHealth h)
{
    switch (h) {
    case HostHealth::Ok:
        return QColor(0x1b, 0x7f, 0x3a);
    case HostHealth::Warning:
        return QColor(0xa8, 0x6a, 0x00);
    case HostHealth::Down:
        return QColor(0xc5, 0x22, 0x1f);
    }
    return {};
}

RecordTableModel::Column column(const char *title, std::function<QVariant(const HostRecord &, int)> data)
{
    return {[title] { return HostsView::tr(title); },
            [data](const QVariant &record, int role) { return data(record.value<HostRecord>(), role); }};
}

QVariant text(int role, const QString &value, const QVariant &sort = {})
{
    if (role == Qt::DisplayRole)
        return value;
    if (role == RecordTableModel::SortRole)
        return sort.isValid() ? sort : QVariant(value);
    return {};
}
} // namespace

HostDesktopProxy::HostDesktopProxy(QObject *parent)
    : DesktopFilterProxy(RoleFilter::All, parent)
{
}

void HostDesktopProxy::setServerIds(const QStringList &ids)
{
    const QSet<QString> next(ids.begin(), ids.end());
    if (next == m_ids)
        return;
    m_ids = next;
    invalidateFilter();
}

bool HostDesktopProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString id = sourceModel()->index(sourceRow, 0, sourceParent).data(DesktopTableModel::ServerIdRole).toString();
    return m_ids.contains(id) && DesktopFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

HostsView::HostsView(DesktopTableModel *desktops, QWidget *parent)
    : QWidget(parent)
    , m_desktops(desktops)
    , m_hostSort(new QSortFilterProxyModel(this))
    , m_hostView(new QTableView(this))
    , m_desktopProxy(new HostDesktopProxy(this))
    , m_hostsLabel(new QLabel(this))
    , m_desktopsLabel(new QLabel(this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_disable(new QPushButton(this))
    , m_enable(new QPushButton(this))
    , m_drain(new QPushButton(this))
    , m_evacuate(new QPushButton(this))
    , m_reset(new QPushButton(this))
{
    setObjectName(QStringLiteral("hostsView"));
    m_hostView->setObjectName(QStringLiteral("hostTable"));
    m_disable->setObjectName(QStringLiteral("hostDisable"));
    m_enable->setObjectName(QStringLiteral("hostEnable"));
    m_drain->setObjectName(QStringLiteral("hostDrain"));
    m_evacuate->setObjectName(QStringLiteral("hostEvacuate"));
    m_reset->setObjectName(QStringLiteral("hostResetState"));
    m_hosts = new RecordTableModel(
        [](const QVariant &r) { return r.value<HostRecord>().host(); },
        {column(QT_TR_NOOP("Host"), [](const HostRecord &r, int role) { return text(role, r.host()); }),
         column(QT_TR_NOOP("Health"), [](const HostRecord &r, int role) -> QVariant {
             if (role == Qt::ForegroundRole)
                 return healthColor(r.health);
             if (role == Qt::ToolTipRole)
                 return r.reasons.join(QLatin1Char('\n'));
             return text(role, HostRules::healthText(r.health), int(r.health));
         }),
         column(QT_TR_NOOP("State"), [](const HostRecord &r, int role) {
             return text(role, r.service.isUp() ? tr("Up") : tr("Down"));
         }),
         column(QT_TR_NOOP("Status"), [](const HostRecord &r, int role) {
             QString s = r.service.isEnabled() ? tr("Enabled") : tr("Disabled");
             if (!r.service.disabledReason.isEmpty())
                 s += QStringLiteral(" (%1)").arg(r.service.disabledReason);
             return text(role, s);
         }),
         column(QT_TR_NOOP("Forced down"), [](const HostRecord &r, int role) {
             return text(role, r.service.forcedDown ? tr("Yes") : tr("No"));
         }),
         column(QT_TR_NOOP("vCPU"), [](const HostRecord &r, int role) {
             return text(role, usage(r, &HostCapacity::vcpu, QString()), r.capacity ? HostRules::percent(r.capacity->vcpu) : -1);
         }),
         column(QT_TR_NOOP("RAM"), [](const HostRecord &r, int role) {
             return text(role, usage(r, &HostCapacity::ramMb, tr("MB")), r.capacity ? HostRules::percent(r.capacity->ramMb) : -1);
         }),
         column(QT_TR_NOOP("Disk"), [](const HostRecord &r, int role) {
             return text(role, usage(r, &HostCapacity::diskGb, tr("GB")), r.capacity ? HostRules::percent(r.capacity->diskGb) : -1);
         }),
         column(QT_TR_NOOP("Desktops"), [](const HostRecord &r, int role) {
             return text(role, QString::number(r.desktopIds.size()), int(r.desktopIds.size()));
         }),
         column(QT_TR_NOOP("Why"), [](const HostRecord &r, int role) { return text(role, r.reasons.join(QLatin1Char(' '))); })},
        this);
    m_hostSort->setSourceModel(m_hosts);
    m_hostSort->setSortRole(RecordTableModel::SortRole);
    m_hostView->setModel(m_hostSort);
    m_hostView->setSortingEnabled(true);
    m_hostView->sortByColumn(0, Qt::AscendingOrder);
    m_hostView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostView->verticalHeader()->hide();
    m_hostView->horizontalHeader()->setStretchLastSection(true);

    m_desktopProxy->setSourceModel(m_desktops);
    m_desktopTab = new DesktopTab(m_desktopProxy, QStringLiteral("hosts/desktopColumns"), this);
    m_desktopTab->setObjectName(QStringLiteral("hostDesktops"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hostsLabel, 1);
    for (QPushButton *b : {m_refresh, m_disable, m_enable, m_drain, m_evacuate})
        buttons->addWidget(b);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_hostView, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *desktopRow = new QHBoxLayout;
    desktopRow->addWidget(m_desktopsLabel, 1);
    desktopRow->addWidget(m_reset);
    bottomLayout->addLayout(desktopRow);
    bottomLayout->addWidget(m_desktopTab, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2); // a school has a handful of hosts, a host dozens of desktops
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDesktops();
        updateButtons();
    });
    connect(m_desktopTab, &DesktopTab::selectionChanged, this, &HostsView::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->refreshNow();
    });
    connect(m_disable, &QPushButton::clicked, this, &HostsView::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &HostsView::enableSelected);
    connect(m_drain, &QPushButton::clicked, this, &HostsView::drainSelected);
    connect(m_evacuate, &QPushButton::clicked, this, &HostsView::evacuateSelected);
    connect(m_reset, &QPushButton::clicked, this, &HostsView::resetSelectedDesktop);
    retranslate();
    updateButtons();
}

void HostsView::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    delete m_monitor;
    m_monitor = nullptr;
    m_hosts->clear();
    m_records.clear();
    m_loaded = false;
    if (connection && connection->client()) {
        m_monitor = new HostMonitor(connection->client(), connection->inventory(), this);
        connect(m_monitor, &HostMonitor::hostsChanged, this, &HostsView::onHostsChanged);
        connect(m_monitor, &HostMonitor::errorOccurred, this, [this](const CloudError &e) {
            m_hostsLabel->setText(tr("Compute hosts: %1").arg(e.userMessage()));
        });
        m_monitor->start(30);
    }
    updateDesktops();
    retranslate();
    updateButtons();
}

QString HostsView::selectedHost() const
{
    const QModelIndexList rows = m_hostView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RecordTableModel::KeyRole).toString();
}

void HostsView::selectHost(const QString &host)
{
    const int row = m_hosts->rowOf(host);
    if (row < 0)
        return;
    const QModelIndex index = m_hostSort->mapFromSource(m_hosts->index(row, 0));
    m_hostView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_hostView->setCurrentIndex(index);
}

std::optional<HostRecord> HostsView::hostRecord(const QString &host) const
{
    for (const HostRecord &r : m_records)
        if (r.host() == host)
            return r;
    return std::nullopt;
}

void HostsView::setHosts(const QList<HostRecord> &hosts)
{
    m_records = hosts;
    const bool first = !m_loaded && !hosts.isEmpty();
    m_loaded = true;
    m_hosts->setValues(m_records);
    if (first) // once: later polls keep the widths the administrator chose
        m_hostView->resizeColumnsToContents();
    if (selectedHost().isEmpty() && !m_records.isEmpty())
        selectHost(m_records.first().host());
    updateDesktops();
    retranslate();
    updateButtons();
}

void HostsView::onHostsChanged()
{
    setHosts(m_monitor->hosts());
}


void HostsView::updateDesktops()
{
    const QString host = selectedHost();
    std::optional<HostRecord> r = hostRecord(host);
    m_desktopProxy->setServerIds(r ? r->desktopIds : QStringList());
    m_desktopTab->setEmptyText(host.isEmpty() ? tr("Select a host to see its desktops.") : tr("No desktops on %1.").arg(host));
    m_desktopsLabel->setText(host.isEmpty() ? tr("Desktops") : tr("Desktops on %1").arg(host));
}

void HostsView::updateButtons()
{
    const std::optional<HostRecord> r = hostRecord(selectedHost());
    const bool busy = !m_connection;
    m_refresh->setEnabled(!busy);
    m_disable->setEnabled(r && r->service.isEnabled());
    m_enable->setEnabled(r && (!r->service.isEnabled() || r->service.forcedDown));
    m_drain->setEnabled(r && !r->desktopIds.isEmpty());
    m_evacuate->setEnabled(r && !r->desktopIds.isEmpty());
    m_reset->setEnabled(!m_desktopTab->selectedSourceRows().isEmpty());
}

void HostsView::retranslate()
{
    const int n = int(m_records.size());
    m_hostsLabel->setText(!m_loaded ? tr("Compute hosts: loading…")
                                                               : tr("%n compute host(s)", nullptr, n));
    m_refresh->setText(tr("Refresh"));
    m_disable->setText(tr("Disable…"));
    m_enable->setText(tr("Enable"));
    m_drain->setText(tr("Drain…"));
    m_evacuate->setText(tr("Evacuate…"));
    m_reset->setText(tr("Reset state…"));
    m_disable->setToolTip(tr("No new desktops are placed on the host; the ones on it keep running."));
    m_drain->setToolTip(tr("Move every desktop off the host: live migration, cold migration for shut-down ones."));
    m_evacuate->setToolTip(tr("Rebuild the desktops of a dead host on healthy ones."));
    updateDesktops();
}

void HostsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_hosts->refreshAll();
    }
    QWidget::changeEvent(event);
}

void HostsView::disableSelected()
{
    const std::optional<HostRecord> r = hostRecord(selectedHost());
    if (!r || !m_connection)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Disable %1").arg(r->host()));
    dialog->setLabelText(tr("Why is %1 disabled? (shown to other administrators)").arg(r->host()));
    const QString serviceId = r->service.id;
    const QString host = r->host();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, serviceId, host](const QString &reason) {
        if (!m_connection)
            return;
        HostsApi(m_connection->client()).setServiceEnabled(serviceId, false, reason, this, [this, serviceId, host, reason](Result<ComputeService> s) {
            audit(QStringLiteral("disable-host"), serviceId, host, s ? CloudError() : s.error(), reason.trimmed());
            Q_EMIT message(s ? tr("%1 disabled.").arg(host) : s.error().userMessage());
            if (m_monitor)
                m_monitor->refreshNow();
        });
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void HostsView::enableSelected()
{
    const std::optional<HostRecord> r = hostRecord(selectedHost());
    if (!r || !m_connection)
        return;
    const QString serviceId = r->service.id;
    const QString host = r->host();
    const bool forced = r->service.forcedDown;
    HostsApi(m_connection->client()).setServiceEnabled(serviceId, true, {}, this, [this, serviceId, host, forced](Result<ComputeService> s) {
        if (!s || !forced || !m_connection) {
            audit(QStringLiteral("enable-host"), serviceId, host, s ? CloudError() : s.error(), {});
            Q_EMIT message(s ? tr("%1 enabled.").arg(host) : s.error().userMessage());
            if (m_monitor)
                m_monitor->refreshNow();
            return;
        }
        HostsApi(m_connection->client()).setServiceForcedDown(serviceId, false, this, [this, serviceId, host](Result<ComputeService> up) {
            audit(QStringLiteral("enable-host"), serviceId, host, up ? CloudError() : up.error(), tr("No longer forced down."));
            Q_EMIT message(up ? tr("%1 enabled and no longer forced down.").arg(host) : up.error().userMessage());
            if (m_monitor)
                m_monitor->refreshNow();
        });
    });
}

void HostsView::chooseTarget(const QString &host, const QString &label, const std::function<void(const QString &)> &then)
{
    QStringList items{tr("Let the scheduler choose")};
    for (const HostRecord &r : m_records) {
        if (r.host() != host && r.service.isUp() && r.service.isEnabled() && !r.service.forcedDown)
            items << r.host();
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("hostTargetDialog"));
    dialog->setWindowTitle(tr("Move desktops off %1").arg(host));
    dialog->setLabelText(label);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    const QString scheduler = items.first();
    connect(dialog, &QInputDialog::textValueSelected, this, [then, scheduler](const QString &choice) {
        then(choice == scheduler ? QString() : choice);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void HostsView::submitMoves(const QString &host, TaskKind kind, const QList<Server> &servers, const QString &target)
{
    if (!m_connection || servers.isEmpty())
        return;
    QList<TaskSpec> specs;
    for (const Server &s : servers) {
        TaskSpec spec;
        spec.kind = kind == TaskKind::Evacuate ? kind : (s.status == QLatin1String("SHUTOFF") ? TaskKind::ColdMigrate : TaskKind::LiveMigrate);
        spec.serverId = s.id;
        spec.serverName = s.name;
        spec.sourceHost = host;
        spec.targetHost = target;
        specs << spec;
    }
    const QString title = kind == TaskKind::Evacuate ? tr("Evacuate %1: %n desktop(s)", nullptr, int(specs.size())).arg(host)
                                                     : tr("Drain %1: %n desktop(s)", nullptr, int(specs.size())).arg(host);
    const QString batchId = m_connection->engine()->submitBatch(title, kind, specs);
    // The host's entry says who started the batch and where to; each desktop's move is audited
    // by the task engine with the same batch id when it ends.
    AuditEntry entry;
    entry.action = kind == TaskKind::Evacuate ? QStringLiteral("evacuate-host") : QStringLiteral("drain-host");
    if (const std::optional<HostRecord> r = hostRecord(host))
        entry.targetId = r->service.id;
    entry.targetName = host;
    entry.result = QStringLiteral("started");
    entry.detail = tr("%n desktop(s) to %1", nullptr, int(specs.size()))
                       .arg(target.isEmpty() ? tr("a host the scheduler picks") : target);
    entry.batchId = batchId;
    m_connection->catalog()->record(entry);
    Q_EMIT message(title);
}

void HostsView::drainSelected()
{
    const std::optional<HostRecord> r = hostRecord(selectedHost());
    if (!r)
        return;
    const QString host = r->host();
    if (const HostRefusal refusal = HostRules::checkDrain(host, m_records); refusal.refused()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Drain %1").arg(host), refusal.text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT dialogOpened(box);
        return;
    }
    const QList<DrainItem> plan = HostRules::planDrain(host, m_desktops->servers());
    QList<Server> moved;
    QStringList skipped;
    int live = 0, cold = 0;
    for (const DrainItem &item : plan) {
        if (item.kind == DrainItem::Skip) {
            skipped << tr("%1: %2").arg(item.server.name, item.why);
            continue;
        }
        moved << item.server;
        (item.kind == DrainItem::Live ? live : cold)++;
    }
    QString label = tr("Move %1 desktop(s) off %2: %3 live, %4 cold (shut down).")
                        .arg(moved.size()).arg(host).arg(live).arg(cold);
    if (!skipped.isEmpty())
        label += QLatin1Char('\n') + tr("Not moved:") + QLatin1Char('\n') + skipped.join(QLatin1Char('\n'));
    label += QLatin1Char('\n') + tr("Target host:");
    chooseTarget(host, label, [this, host, moved](const QString &target) { submitMoves(host, TaskKind::LiveMigrate, moved, target); });
}

void HostsView::evacuateSelected()
{
    const std::optional<HostRecord> r = hostRecord(selectedHost());
    if (!r)
        return;
    const QString host = r->host();
    QList<Server> servers;
    for (const Server &s : m_desktops->servers())
        if (s.host == host && !s.isDeleted())
            servers << s;
    auto refuse = [this, host](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Evacuate %1").arg(host), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("evacuateRefusal"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT dialogOpened(box);
    };
    // A host that is up is refused at once (Nova would refuse it too), before any flavor lookup.
    if (const HostRefusal up = HostRules::checkEvacuate(host, m_records, {}, {}); up.refused()) {
        refuse(up.text);
        return;
    }
    if (!m_connection)
        return;
    ComputeApi(m_connection->client()).listFlavors(this, [this, host, servers, refuse](Result<QList<Flavor>> flavors) {
        const HostRefusal refusal = flavors ? HostRules::checkEvacuate(host, m_records, servers, flavors.value())
                                            : HostRefusal{flavors.error().userMessage()};
        if (refusal.refused()) {
            refuse(refusal.text);
            return;
        }
        chooseTarget(host, tr("Rebuild %n desktop(s) of the dead host %1 on another host. Target host:", nullptr, int(servers.size())).arg(host),
                     [this, host, servers](const QString &target) { submitMoves(host, TaskKind::Evacuate, servers, target); });
    });
}

void HostsView::resetSelectedDesktop()
{
    const QList<int> rows = m_desktopTab->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const Server server = m_desktops->serverAt(rows.first());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset state"),
                                tr("Reset the state of %1 (%2) to ACTIVE? Do this only for a desktop stuck in a task "
                                   "that will never finish; Nova then believes it is running.")
                                    .arg(server.name, server.status),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resetStateConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Reset state"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    const QString id = server.id, name = server.name;
    connect(box, &QMessageBox::finished, this, [this, box, yes, id, name] {
        if (box->clickedButton() != yes || !m_connection)
            return;
        HostsApi(m_connection->client()).resetState(id, QStringLiteral("active"), this, [this, id, name](Result<bool> done) {
            audit(QStringLiteral("reset-state"), id, name, done ? CloudError() : done.error(), QStringLiteral("active"));
            Q_EMIT message(done ? tr("%1: state reset to ACTIVE.").arg(name) : done.error().userMessage());
            if (m_connection)
                m_connection->inventory()->refreshNow();
        });
    });
    box->open();
    Q_EMIT dialogOpened(box);
}

void HostsView::audit(const QString &action, const QString &targetId, const QString &targetName, const CloudError &error,
                      const QString &detail)
{
    if (m_connection)
        m_connection->catalog()->record(action, targetId, targetName, error, detail);
}
