// The Hosts view (issue 16), offscreen, fed with host records and a desktop model (no cloud):
// the host table with health and why, a selected host's desktops in the usual desktop table,
// diff updates (no reset), the drain plan and target choice, the plain refusal of evacuating a
// host that is up, and the confirmation before a reset of state.
#include "models/domain/hosthealth.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/recordtablemodel.h"
#include "ui/desktoptab.h"
#include "ui/hostsview.h"

#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace
{
ComputeService service(const QString &host, const char *status = "enabled", const QString &reason = {})
{
    ComputeService s;
    s.id = host + QStringLiteral("-id");
    s.host = host;
    s.state = QStringLiteral("up");
    s.status = QLatin1String(status);
    s.disabledReason = reason;
    return s;
}

Server desktop(const QString &name, const QString &host, const char *status)
{
    Server s;
    s.id = name + QStringLiteral("-id");
    s.name = name;
    s.host = host;
    s.status = QLatin1String(status);
    s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
    return s;
}

HostCapacity capacity(const QString &host)
{
    HostCapacity c;
    c.name = host;
    c.vcpu = {100, 0, 1.0, 10};
    c.ramMb = {1000, 0, 1.0, 100};
    c.diskGb = {100, 0, 1.0, 1};
    return c;
}
} // namespace

class TestHostsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsHostsAndTheirDesktops();
    void refreshIsADiff();
    void drainOffersAPlanAndTargets();
    void evacuatingAnUpHostIsRefused();
    void resetStateAsksFirst();

private:
    QList<HostRecord> records(const char *statusB = "enabled", const QString &reason = {}) const
    {
        return HostRules::build({service(QStringLiteral("host-a")), service(QStringLiteral("host-b"), statusB, reason)},
                                {capacity(QStringLiteral("host-a")), capacity(QStringLiteral("host-b"))}, m_servers);
    }
    QWidget *lastDialog(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(5000))
            return nullptr;
        return spy.takeLast().at(0).value<QWidget *>();
    }

    QList<Server> m_servers;
    DesktopTableModel *m_model = nullptr;
    HostsView *m_view = nullptr;
};

void TestHostsView::init()
{
    m_servers = {desktop(QStringLiteral("pc-1"), QStringLiteral("host-a"), "ACTIVE"),
                 desktop(QStringLiteral("pc-2"), QStringLiteral("host-a"), "SUSPENDED"),
                 desktop(QStringLiteral("pc-3"), QStringLiteral("host-a"), "SHUTOFF"),
                 desktop(QStringLiteral("pc-4"), QStringLiteral("host-b"), "ACTIVE")};
    m_model = new DesktopTableModel;
    m_model->setServers(m_servers);
    QTRY_COMPARE(m_model->rowCount(), 4);
    m_view = new HostsView(m_model);
    m_view->resize(1000, 700);
    m_view->show();
    new QAbstractItemModelTester(m_view->hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view);
}

void TestHostsView::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestHostsView::showsHostsAndTheirDesktops()
{
    m_view->setHosts(records("disabled", QStringLiteral("new disks")));
    RecordTableModel *hosts = m_view->hostModel();
    QCOMPARE(hosts->rowCount(), 2);
    const int b = hosts->rowOf(QStringLiteral("host-b"));
    QCOMPARE(hosts->index(b, 1).data().toString(), QStringLiteral("Warning"));
    QVERIFY(hosts->index(b, 3).data().toString().contains(QLatin1String("new disks")));
    QVERIFY(hosts->index(b, 9).data().toString().contains(QLatin1String("Disabled: new disks")));
    QCOMPARE(hosts->index(hosts->rowOf(QStringLiteral("host-a")), 8).data().toString(), QStringLiteral("3"));
    QVERIFY(hosts->index(hosts->rowOf(QStringLiteral("host-a")), 6).data().toString().contains(QLatin1String("100 / 1000")));

    // The first host is selected: its three desktops in the desktop table.
    QCOMPARE(m_view->selectedHost(), QStringLiteral("host-a"));
    QCOMPARE(m_view->desktopTab()->proxy()->rowCount(), 3);
    m_view->selectHost(QStringLiteral("host-b"));
    QCOMPARE(m_view->desktopTab()->proxy()->rowCount(), 1);
    QCOMPARE(m_view->desktopTab()->proxy()->index(0, 0).data(DesktopTableModel::ServerIdRole).toString(), QStringLiteral("pc-4-id"));
    // Disabled host: Enable is offered, Disable is not.
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("hostEnable"))->isEnabled());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("hostDisable"))->isEnabled());
}

void TestHostsView::refreshIsADiff()
{
    m_view->setHosts(records());
    m_view->selectHost(QStringLiteral("host-b"));
    QSignalSpy reset(m_view->hostModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_view->hostModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_view->hostModel(), &QAbstractItemModel::dataChanged);
    m_view->setHosts(records("disabled", QStringLiteral("maintenance")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(changed.count() > 0);
    QCOMPARE(m_view->selectedHost(), QStringLiteral("host-b")); // selection survives
}

void TestHostsView::drainOffersAPlanAndTargets()
{
    m_view->setHosts(records());
    m_view->selectHost(QStringLiteral("host-a"));
    QSignalSpy dialogs(m_view, &HostsView::dialogOpened);
    m_view->drainSelected();
    auto *dialog = qobject_cast<QInputDialog *>(lastDialog(dialogs));
    QVERIFY(dialog);
    const QString label = dialog->labelText();
    QVERIFY2(label.contains(QLatin1String("1 live, 1 cold")), qPrintable(label));
    QVERIFY2(label.contains(QLatin1String("pc-2")) && label.contains(QLatin1String("suspended")), qPrintable(label));
    QCOMPARE(dialog->comboBoxItems(), (QStringList{QStringLiteral("Let the scheduler choose"), QStringLiteral("host-b")}));
    dialog->reject();
}

void TestHostsView::evacuatingAnUpHostIsRefused()
{
    m_view->setHosts(records());
    m_view->selectHost(QStringLiteral("host-a"));
    QSignalSpy dialogs(m_view, &HostsView::dialogOpened);
    m_view->evacuateSelected();
    auto *box = qobject_cast<QMessageBox *>(lastDialog(dialogs));
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("evacuateRefusal"));
    QVERIFY2(box->text().contains(QLatin1String("still up")), qPrintable(box->text()));
    box->reject();
}

void TestHostsView::resetStateAsksFirst()
{
    m_view->setHosts(records());
    m_view->selectHost(QStringLiteral("host-a"));
    auto *reset = m_view->findChild<QPushButton *>(QStringLiteral("hostResetState"));
    QVERIFY(!reset->isEnabled());
    QTableView *table = m_view->desktopTab()->view();
    table->selectRow(0);
    QTRY_VERIFY(reset->isEnabled());
    QSignalSpy dialogs(m_view, &HostsView::dialogOpened);
    reset->click();
    auto *box = qobject_cast<QMessageBox *>(lastDialog(dialogs));
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("resetStateConfirm"));
    QVERIFY(box->text().contains(QLatin1String("ACTIVE")));
    box->reject(); // cancelled: nothing is sent (there is no connection to send it to either)
}

QTEST_MAIN(TestHostsView)
#include "tst_hostsview.moc"
