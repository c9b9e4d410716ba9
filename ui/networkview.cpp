#include "ui/networkview.h"

#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/domain/desktopstate.h"
#include "models/engine/inventory.h"
#include "models/items/recordtablemodel.h"
#include "ui/recordviews.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>


namespace
{
QWidget *section(QLabel *label, QTableView *view, QWidget *parent, QWidget *extra = nullptr)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(label, 1);
        row->addWidget(extra);
        layout->addLayout(row);
    } else {
        layout->addWidget(label);
    }
    layout->addWidget(view, 1);
    return w;
}

// Neutron's status words in the user's language; a word not listed here is shown as sent.
QString statusWord(const QString &status)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("NetworkView", "ACTIVE"), QT_TRANSLATE_NOOP("NetworkView", "DOWN"),
                                        QT_TRANSLATE_NOOP("NetworkView", "BUILD"), QT_TRANSLATE_NOOP("NetworkView", "ERROR")};
    for (const char *w : words) {
        if (status == QLatin1String(w))
            return NetworkView::tr(w);
    }
    return status;
}
} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QWidget(parent)
    , m_networkLabel(new QLabel(this))
    , m_routerLabel(new QLabel(this))
    , m_fipLabel(new QLabel(this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_release(new QPushButton(QIcon(QStringLiteral(":/icons/fip-release.svg")), QString(), this))
    , m_releaseOrphans(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), this))
{
    setObjectName(QStringLiteral("networkView"));
    using Col = RecordTableModel::Column;
    auto text = [](auto getter) {
        return [getter](const QVariant &v, int role) -> QVariant { return role == Qt::DisplayRole ? QVariant(getter(v)) : QVariant(); };
    };
    auto net = [](const QVariant &v) { return v.value<Network>(); };
    m_networks = new RecordTableModel(
        [net](const QVariant &v) { return net(v).id; },
        {Col{[] { return tr("Name"); }, text([net](const QVariant &v) { return net(v).name; })},
         Col{[] { return tr("Status"); }, text([net](const QVariant &v) { return statusWord(net(v).status); })},
         Col{[] { return tr("External"); }, text([net](const QVariant &v) { return net(v).external ? tr("yes") : tr("no"); })},
         Col{[] { return tr("Shared"); }, text([net](const QVariant &v) { return net(v).shared ? tr("yes") : tr("no"); })},
         Col{[] { return tr("Subnets"); }, text([net](const QVariant &v) { return QString::number(net(v).subnetIds.size()); })},
         Col{[] { return tr("ID"); }, text([net](const QVariant &v) { return net(v).id; })}},
        this);
    auto router = [](const QVariant &v) { return v.value<Router>(); };
    m_routers = new RecordTableModel(
        [router](const QVariant &v) { return router(v).id; },
        {Col{[] { return tr("Name"); }, text([router](const QVariant &v) { return router(v).name; })},
         Col{[] { return tr("Status"); }, text([router](const QVariant &v) { return statusWord(router(v).status); })},
         Col{[] { return tr("External network"); }, text([this, router](const QVariant &v) {
                 const QString id = router(v).externalNetworkId;
                 return m_networkNames.value(id, id);
             })},
         Col{[] { return tr("ID"); }, text([router](const QVariant &v) { return router(v).id; })}},
        this);
    auto fip = [](const QVariant &v) { return v.value<FloatingIp>(); };
    m_fips = new RecordTableModel(
        [fip](const QVariant &v) { return fip(v).id; },
        {Col{[] { return tr("Address"); }, text([fip](const QVariant &v) { return fip(v).floatingIpAddress; })},
         Col{[] { return tr("Desktop"); }, [this, fip](const QVariant &v, int role) -> QVariant {
                 const FloatingIp f = fip(v);
                 const QString desktop = boundDesktop(f.floatingIpAddress, f.fixedIpAddress);
                 if (role == Qt::DisplayRole) {
                     if (!desktop.isEmpty())
                         return desktop;
                     return f.isAssociated() ? tr("(another port)") : tr("— not bound —");
                 }
                 if (role == Qt::ForegroundRole && !f.isAssociated())
                     return DesktopState::color(DesktopState::Suspended);
                 return {};
             }},
         Col{[] { return tr("Fixed address"); }, text([fip](const QVariant &v) { return fip(v).fixedIpAddress; })},
         Col{[] { return tr("Status"); }, text([fip](const QVariant &v) { return statusWord(fip(v).status); })},
         Col{[] { return tr("Pool"); }, text([this, fip](const QVariant &v) {
                 const QString id = fip(v).floatingNetworkId;
                 return m_networkNames.value(id, id);
             })},
         Col{[] { return tr("Description"); }, text([fip](const QVariant &v) { return fip(v).description; })}},
        this);
    m_networkView = RecordViews::makeTable(m_networks, RecordViews::makeProxy(this), QStringLiteral("networkTable"), this);
    m_routerView = RecordViews::makeTable(m_routers, RecordViews::makeProxy(this), QStringLiteral("routerTable"), this);
    m_fipView = RecordViews::makeTable(m_fips, RecordViews::makeProxy(this), QStringLiteral("floatingIpTable"), this);
    m_refresh->setObjectName(QStringLiteral("refreshNetwork"));
    m_release->setObjectName(QStringLiteral("releaseFloatingIp"));
    m_releaseOrphans->setObjectName(QStringLiteral("releaseOrphans"));

    auto *fipButtons = new QWidget(this);
    auto *fipButtonsLayout = new QHBoxLayout(fipButtons);
    fipButtonsLayout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_refresh, m_release, m_releaseOrphans})
        fipButtonsLayout->addWidget(b);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(section(m_networkLabel, m_networkView, this));
    top->addWidget(section(m_routerLabel, m_routerView, this));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(m_fipLabel, m_fipView, this, fipButtons));
    splitter->addWidget(top);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_reindex.setSingleShot(true);
    m_reindex.setInterval(500);
    connect(&m_reindex, &QTimer::timeout, this, &NetworkView::reindexServers);
    connect(m_fipView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NetworkView::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_connection)
            m_connection->catalog()->refreshNetworks();
    });
    connect(m_release, &QPushButton::clicked, this, &NetworkView::releaseSelected);
    connect(m_releaseOrphans, &QPushButton::clicked, this, &NetworkView::releaseOrphans);
    retranslate();
}

void NetworkView::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    m_networks->clear();
    m_routers->clear();
    m_fips->clear();
    if (connection) {
        connect(connection->catalog(), &CloudCatalog::networksChanged, this, &NetworkView::reload);
        connect(connection->inventory(), &Inventory::serversChanged, this, [this] { m_reindex.start(); });
        reindexServers();
        reload();
    }
    updateButtons();
}

void NetworkView::reload()
{
    if (!m_connection)
        return;
    const CloudCatalog *catalog = m_connection->catalog();
    m_networkNames.clear();
    for (const Network &n : catalog->networks())
        m_networkNames.insert(n.id, n.name);
    m_networks->setValues(catalog->networks());
    m_routers->setValues(catalog->routers());
    m_fips->setValues(catalog->floatingIps());
    m_routers->refreshAll();
    m_fips->refreshAll();
    updateButtons();
}

void NetworkView::reindexServers()
{
    m_serverByAddress.clear();
    if (m_connection) {
        for (const Server &s : m_connection->inventory()->servers()) {
            for (const ServerAddress &a : s.addresses)
                m_serverByAddress.insert(a.address, s.name);
        }
    }
    m_fips->refreshAll();
}

QString NetworkView::boundDesktop(const QString &floatingAddress, const QString &fixedAddress) const
{
    const QString byFloating = m_serverByAddress.value(floatingAddress);
    if (!byFloating.isEmpty() || fixedAddress.isEmpty())
        return byFloating;
    return m_serverByAddress.value(fixedAddress);
}

QStringList NetworkView::orphanIds() const
{
    QStringList ids;
    for (int r = 0; r < m_fips->rowCount(); ++r) {
        const FloatingIp f = m_fips->valueAt<FloatingIp>(r);
        if (!f.isAssociated())
            ids << f.id;
    }
    return ids;
}

void NetworkView::updateButtons()
{
    bool anyOrphanSelected = false;
    for (const QModelIndex &i : m_fipView->selectionModel()->selectedRows())
        anyOrphanSelected |= !i.data(RecordTableModel::RecordRole).value<FloatingIp>().isAssociated();
    const int orphans = int(orphanIds().size());
    m_release->setEnabled(m_connection && anyOrphanSelected);
    m_releaseOrphans->setEnabled(m_connection && orphans > 0);
    m_releaseOrphans->setText(tr("Release all %n unbound", nullptr, orphans));
    m_networkLabel->setText(tr("<b>Networks</b> (%1)").arg(m_networks->rowCount()));
    m_routerLabel->setText(tr("<b>Routers</b> (%1)").arg(m_routers->rowCount()));
    m_fipLabel->setText(tr("<b>Floating IPs</b> (%1, %n not bound)", nullptr, orphans).arg(m_fips->rowCount()));
}

void NetworkView::releaseSelected()
{
    QStringList ids;
    QStringList addresses;
    for (const QModelIndex &i : m_fipView->selectionModel()->selectedRows()) {
        const FloatingIp f = i.data(RecordTableModel::RecordRole).value<FloatingIp>();
        if (!f.isAssociated()) {
            ids << f.id;
            addresses << f.floatingIpAddress;
        }
    }
    release(ids, addresses);
}

void NetworkView::releaseOrphans()
{
    QStringList ids;
    QStringList addresses;
    for (int r = 0; r < m_fips->rowCount(); ++r) {
        const FloatingIp f = m_fips->valueAt<FloatingIp>(r);
        if (!f.isAssociated()) {
            ids << f.id;
            addresses << f.floatingIpAddress;
        }
    }
    release(ids, addresses);
}

void NetworkView::release(const QStringList &ids, const QStringList &addresses)
{
    if (ids.isEmpty() || !m_connection)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Release floating IPs"),
                                tr("Release %n floating IP(s) bound to no desktop?", nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(addresses.join(QStringLiteral(", "))
                            + QStringLiteral("\n\n") + tr("The addresses go back to the pool; another project may get them."));
    QPushButton *yes = box->addButton(tr("Release %n address(es)", nullptr, int(ids.size())), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids] {
        if (box->clickedButton() != yes || !m_connection)
            return;
        auto left = std::make_shared<int>(int(ids.size()));
        auto failures = std::make_shared<QStringList>();
        for (const QString &id : ids) {
            m_connection->catalog()->releaseFloatingIp(id, this, [this, left, failures, total = int(ids.size())](Result<bool> r) {
                if (!r)
                    *failures << r.error().userMessage();
                if (--*left > 0)
                    return;
                if (failures->isEmpty())
                    Q_EMIT message(tr("Released %n floating IP(s).", nullptr, total));
                else
                    Q_EMIT message(tr("%1 of %2 floating IPs could not be released: %3")
                                       .arg(failures->size())
                                       .arg(total)
                                       .arg(failures->first()));
            });
        }
    });
    box->open();
}

void NetworkView::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Load networks, routers and floating IPs again"));
    m_release->setText(tr("Re&lease selected"));
    m_release->setToolTip(tr("Give the selected unbound floating IPs back to the pool"));
    m_releaseOrphans->setToolTip(tr("Give every floating IP that is bound to no desktop back to the pool"));
    m_fipView->setAccessibleName(tr("Floating IPs"));
    m_networkView->setAccessibleName(tr("Networks"));
    m_routerView->setAccessibleName(tr("Routers"));
    for (RecordTableModel *m : {m_networks, m_routers, m_fips})
        m->refreshAll();
    updateButtons();
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
