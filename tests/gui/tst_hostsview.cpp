// The Hosts view (issue 16), offscreen, fed with host records and a desktop model (no cloud):
// the host table with health and why, a selected host's desktops in the usual desktop table,
// diff updates (no reset), the drain plan and target choice, the plain refusal of evacuating a
// host that is up, and the confirmation before a reset of state. On the demo cloud (its two
// compute hosts): the desktop table's Live-migrate… / Migrate… with a target host or the
// scheduler's choice, as tasks through the migration stages (administrators only); a host's
// disable (with its reason), enable and drain in the audit log. With PHOENIX_SCREENSHOTS=DIR:
// DIR/<lang>-hosts.png.
#include "demowindow.h"
#include "models/domain/hosthealth.h"
#include "models/engine/taskengine.h"
#include "models/session/cloudcatalog.h"
#include "models/settings/translation.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/recordtablemodel.h"
#include "ui/desktopactions.h"
#include "ui/desktoptab.h"
#include "ui/hostsview.h"

#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QMenu>
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
    void migrateFromTheDesktopTable();
    void membersCannotMigrate();
    void maintenanceIsAudited();
    void screenshots();

private:
    QList<HostRecord> records(const char *statusB = "enabled", const QString &reason = {}) const
    {
        return HostRules::build({service(QStringLiteral("host-a")), service(QStringLiteral("host-b"), statusB, reason)},
                                {capacity(QStringLiteral("host-a")), capacity(QStringLiteral("host-b"))}, m_servers);
    }
    static QWidget *lastDialog(QSignalSpy &spy)
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

namespace
{
// An idle student desktop of the demo in this state, on a compute host.
auto idle(const char *status)
{
    return [status](const Server &s) {
        return s.status == QLatin1String(status) && s.taskState.isEmpty() && !s.host.isEmpty()
            && s.meta(PhoenixMeta::Role) == QLatin1String("student");
    };
}

QString otherHost(const QString &host)
{
    return host == QLatin1String("demo-compute1") ? QStringLiteral("demo-compute2") : QStringLiteral("demo-compute1");
}
} // namespace

void TestHostsView::migrateFromTheDesktopTable()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::StudentsTab);
    DesktopActions *actions = d.window->desktopActions();
    QAction *live = actions->action(DesktopCommand::LiveMigrate);
    QAction *cold = actions->action(DesktopCommand::Migrate);

    // A running desktop: both moves are in its menu.
    QCOMPARE(d.select(DesktopViews::Students, idle("ACTIVE"), 1), 1);
    QTRY_VERIFY(live->isEnabled());
    QVERIFY(cold->isEnabled() && live->isVisible() && cold->isVisible());
    QMenu menu;
    actions->populateMenu(&menu);
    QVERIFY(menu.actions().contains(live) && menu.actions().contains(cold));
    const Server running = actions->selection().first();
    const QString target = otherHost(running.host);

    // Live-migrate… asks for the target: the scheduler or the other host (up and enabled).
    QSignalSpy dialogs(actions, &DesktopActions::dialogOpened);
    QSignalSpy batches(actions, &DesktopActions::batchSubmitted);
    live->trigger();
    auto *dialog = qobject_cast<QInputDialog *>(lastDialog(dialogs));
    QVERIFY(dialog);
    QCOMPARE(dialog->comboBoxItems(), (QStringList{QStringLiteral("Let the scheduler choose"), target}));
    QVERIFY2(dialog->labelText().contains(running.name), qPrintable(dialog->labelText()));
    dialog->setTextValue(target);
    dialog->accept();
    QCOMPARE(batches.size(), 1);
    TaskEngine *engine = d.connection()->engine();
    const QList<TaskSnapshot> liveTasks = engine->tasksOfBatch(batches.takeFirst().at(0).toString());
    QCOMPARE(liveTasks.size(), 1);
    QCOMPARE(liveTasks.first().spec.kind, TaskKind::LiveMigrate);
    QCOMPARE(liveTasks.first().spec.targetHost, target);
    const QString liveId = liveTasks.first().id;
    QTRY_VERIFY_WITH_TIMEOUT(engine->task(liveId)->isFinished(), 20000);
    QVERIFY2(engine->task(liveId)->state == TaskState::Done, qPrintable(engine->task(liveId)->error));
    QCOMPARE(engine->task(liveId)->spec.sourceHost, running.host); // read from Nova by the first step
    QTRY_COMPARE(d.connection()->inventory()->server(running.id)->host, target);
    QCOMPARE(d.connection()->inventory()->server(running.id)->status, QStringLiteral("ACTIVE"));

    // Migrate… a shut-down desktop where the scheduler likes: cold, confirmed, still shut down.
    d.tab(DesktopViews::Students)->view()->clearSelection();
    QCOMPARE(d.select(DesktopViews::Students, idle("SHUTOFF"), 1), 1);
    QTRY_VERIFY(cold->isEnabled());
    QVERIFY(!live->isEnabled()); // Nova live-migrates no shut-down desktop
    const Server off = actions->selection().first();
    cold->trigger();
    dialog = qobject_cast<QInputDialog *>(lastDialog(dialogs));
    QVERIFY(dialog);
    QVERIFY2(dialog->labelText().contains(QLatin1String("shut down for the move")), qPrintable(dialog->labelText()));
    dialog->accept(); // the first item: the scheduler's choice
    QCOMPARE(batches.size(), 1);
    const QList<TaskSnapshot> coldTasks = engine->tasksOfBatch(batches.takeFirst().at(0).toString());
    QCOMPARE(coldTasks.size(), 1);
    QCOMPARE(coldTasks.first().spec.kind, TaskKind::ColdMigrate);
    QVERIFY(coldTasks.first().spec.targetHost.isEmpty());
    const QString coldId = coldTasks.first().id;
    QTRY_VERIFY_WITH_TIMEOUT(engine->task(coldId)->isFinished(), 20000);
    QVERIFY2(engine->task(coldId)->state == TaskState::Done, qPrintable(engine->task(coldId)->error));
    QTRY_COMPARE(d.connection()->inventory()->server(off.id)->status, QStringLiteral("SHUTOFF")); // confirmed
    QCOMPARE(d.connection()->inventory()->server(off.id)->host, otherHost(off.host));
}

void TestHostsView::membersCannotMigrate()
{
    DemoWindow d;
    d.window->show();
    const QString teacher = d.demo.school().teachers.first();
    QVERIFY(d.open(teacher));
    d.window->showTab(MainWindow::TeachersTab);
    DesktopActions *actions = d.window->desktopActions();
    QCOMPARE(d.select(DesktopViews::Teachers, [&teacher](const Server &s) { return s.meta(PhoenixMeta::Owner) == teacher; }, 1), 1);
    QTRY_VERIFY(actions->action(DesktopCommand::Delete)->isEnabled()); // the member's own desktop: the actor is set
    for (DesktopCommand c : {DesktopCommand::LiveMigrate, DesktopCommand::Migrate}) {
        QVERIFY(!actions->action(c)->isVisible());
        QVERIFY(!actions->action(c)->isEnabled());
    }
    QMenu menu;
    actions->populateMenu(&menu);
    QVERIFY(!menu.actions().contains(actions->action(DesktopCommand::LiveMigrate)));
    QVERIFY(!menu.actions().contains(actions->action(DesktopCommand::Migrate)));
    QVERIFY(menu.actions().contains(actions->action(DesktopCommand::Delete)));
}

void TestHostsView::maintenanceIsAudited()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(!database.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("audit.sqlite"))));
    AuditLog log(&database);
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.connection()->catalog()->setAuditLog(&log);
    HostsView *view = d.window->hostsView();
    d.window->tabs()->setCurrentWidget(view);
    const QString host = QStringLiteral("demo-compute2");
    QTRY_VERIFY(view->hostRecord(host).has_value());
    view->selectHost(host);
    QSignalSpy dialogs(view, &HostsView::dialogOpened);
    QSignalSpy messages(view, &HostsView::message);

    view->disableSelected();
    auto *reason = qobject_cast<QInputDialog *>(lastDialog(dialogs));
    QVERIFY(reason);
    reason->setTextValue(QStringLiteral("new disks"));
    reason->accept();
    QVERIFY(messages.wait(10000));
    QCOMPARE(messages.takeFirst().at(0).toString(), QStringLiteral("demo-compute2 disabled."));
    QTRY_VERIFY(!view->hostRecord(host)->service.isEnabled()); // the monitor reads Nova again
    QCOMPARE(view->hostRecord(host)->service.disabledReason, QStringLiteral("new disks"));

    view->enableSelected();
    QVERIFY(messages.wait(10000));
    QCOMPARE(messages.takeFirst().at(0).toString(), QStringLiteral("demo-compute2 enabled."));
    QTRY_VERIFY(view->hostRecord(host)->service.isEnabled());

    // Drain: one batch, its tasks move the desktops (live; cold for shut-down ones).
    QStringList batches; // recorded on this thread: batchChanged comes from workers
    QObject sink;
    connect(d.connection()->engine(), &TaskEngine::batchChanged, &sink,
            [&batches](const BatchSnapshot &b) { batches << b.id; }, Qt::QueuedConnection);
    view->drainSelected();
    auto *target = qobject_cast<QInputDialog *>(lastDialog(dialogs));
    QVERIFY(target);
    target->setTextValue(QStringLiteral("demo-compute1"));
    target->accept();
    QTRY_VERIFY(!batches.isEmpty());
    const QString batchId = batches.first();
    QTRY_VERIFY_WITH_TIMEOUT(d.connection()->engine()->batch(batchId)->isFinished(), 30000);
    for (const TaskSnapshot &t : d.connection()->engine()->tasksOfBatch(batchId))
        QVERIFY2(t.state == TaskState::Done, qPrintable(t.spec.serverName + QStringLiteral(": ") + t.error));

    // The audit log (written on a worker thread): who did what to the host, why, and the batch.
    AuditFilter filter;
    filter.target = host;
    filter.newestFirst = false;
    QList<AuditEntry> entries;
    QTRY_VERIFY((entries = log.query(filter).value()).size() == 3);
    QCOMPARE(entries.at(0).action, QStringLiteral("disable-host"));
    QCOMPARE(entries.at(0).detail, QStringLiteral("new disks"));
    QCOMPARE(entries.at(0).result, QStringLiteral("done"));
    QCOMPARE(entries.at(0).user, QStringLiteral("labadmin"));
    QCOMPARE(entries.at(0).targetId, view->hostRecord(host)->service.id);
    QCOMPARE(entries.at(1).action, QStringLiteral("enable-host"));
    QCOMPARE(entries.at(2).action, QStringLiteral("drain-host"));
    QCOMPARE(entries.at(2).result, QStringLiteral("started"));
    QCOMPARE(entries.at(2).batchId, batchId);
    QVERIFY2(entries.at(2).detail.contains(QLatin1String("demo-compute1")), qPrintable(entries.at(2).detail));
    QVERIFY(!CloudCatalog::auditActionName(entries.at(2).action).isEmpty()); // named in the audit view
}

void TestHostsView::screenshots()
{
    const QString dir = qEnvironmentVariable("PHOENIX_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("PHOENIX_SCREENSHOTS is not set");
    const QString lang = qEnvironmentVariable("PHOENIX_SCREENSHOT_LANG", QStringLiteral("en"));
    Translation::apply(lang);
    // A school's three hosts: one healthy, one disabled for maintenance, one dead.
    auto svc = [](const char *host, const char *status, const char *state, const QString &reason, bool forced) {
        ComputeService s = service(QLatin1String(host), status, reason);
        s.state = QLatin1String(state);
        s.forcedDown = forced;
        return s;
    };
    auto cap = [](const char *host, qint64 vcpuUsed, qint64 ramUsed, qint64 diskUsed) {
        HostCapacity c;
        c.name = QLatin1String(host);
        c.vcpu = {64, 4, 4.0, vcpuUsed};
        c.ramMb = {524288, 8192, 1.5, ramUsed};
        c.diskGb = {8000, 100, 1.0, diskUsed};
        return c;
    };
    QList<Server> servers;
    const char *states[] = {"ACTIVE", "ACTIVE", "SUSPENDED", "SHUTOFF", "ACTIVE", "PAUSED"};
    for (int i = 0; i < 18; ++i) {
        const char *host = i < 9 ? "compute-01" : i < 15 ? "compute-02" : "compute-03";
        Server s = desktop(QStringLiteral("py-01-stu%1").arg(i + 1, 2, 10, QLatin1Char('0')), QLatin1String(host), states[i % 6]);
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("py-01"));
        s.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("zhang.wei"));
        servers << s;
    }
    m_model->setServers(servers);
    QTRY_COMPARE(m_model->rowCount(), 18);
    m_view->setHosts(HostRules::build({svc("compute-01", "enabled", "up", {}, false),
                                       svc("compute-02", "disabled", "up", QStringLiteral("new disks on Friday"), false),
                                       svc("compute-03", "disabled", "down", QStringLiteral("power supply failed"), true)},
                                      {cap("compute-01", 38, 180224, 2160), cap("compute-02", 24, 98304, 1440),
                                       cap("compute-03", 12, 49152, 720)},
                                      servers));
    m_view->resize(1366, 768);
    m_view->selectHost(QStringLiteral("compute-01"));
    m_view->desktopTab()->view()->selectRow(1);
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/%1-hosts.png").arg(lang)));
    Translation::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestHostsView)
#include "tst_hostsview.moc"
