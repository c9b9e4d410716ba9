// The administrator's window against the real OpenStack test bed (tests/openstack/up.sh): sign in
// as lab-school's labadmin, create a batch of desktops with the create dialog, suspend and resume
// them with the window's actions while the task panel follows, find every item in the task
// console and the audit log, and delete them with the confirmed Delete action.

#include "models/settings/appsettings.h"
#include "models/store/auditlog.h"
#include "ui/auditlogview.h"
#include "models/items/batchlistmodel.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/session/connectionmanager.h"
#include "ui/createdesktopdialog.h"
#include "models/store/database.h"
#include "ui/desktopactions.h"
#include "ui/desktoptab.h"
#include "models/items/desktoptablemodel.h"
#include "ui/desktopviews.h"
#include "models/engine/inventory.h"
#include "ui/mainwindow.h"
#include "models/items/recordtablemodel.h"
#include "models/session/secretstore.h"
#include "models/engine/storejournal.h"
#include "ui/taskconsole.h"
#include "models/engine/taskengine.h"
#include "models/engine/taskhistory.h"
#include "ui/taskpanel.h"
#include "models/items/tasktablemodel.h"
#include "testenv.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWindowLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createSuspendResumeDelete();
    void cleanupTestCase();

private:
    BatchSnapshot waitForBatch(const QString &batchId, int timeoutMs);
    QList<Server> ours() const;
    bool allIn(const QString &status) const;
    int selectOurs();

    CloudConfig m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    Database m_database;
    std::unique_ptr<AuditLog> m_audit;
    SecretStore m_secrets{QStringLiteral("phoenix-test")};
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<MainWindow> m_window;
    QString m_course;
    QList<BatchSnapshot> m_finished;
};

void TestWindowLab::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-school", m_config);
    m_course = QStringLiteral("phx-window-%1").arg(QRandomGenerator::global()->bounded(0x100000, 0xFFFFFF), 0, 16);
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("phoenix.ini")));
    const CloudError db = m_database.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("phoenix.sqlite")));
    QVERIFY2(!db, qPrintable(db.detail()));
    m_audit = std::make_unique<AuditLog>(&m_database);
    m_connections = std::make_unique<ConnectionManager>(m_settings->raw(), &m_secrets, [this](const CloudConfig &c, QObject *parent) {
        return new CloudConnection(c, nullptr,
                                   std::make_unique<StoreJournal>(&m_database, Inventory::scopeFor(c), c.projectName), parent);
    });
    m_window = std::make_unique<MainWindow>(*m_settings, m_connections.get());
    m_window->setAuditView(new AuditLogView(m_audit.get()));
    m_window->setTaskHistoryLoader([this](const CloudConfig &c) { return TaskHistory::load(&m_database, Inventory::scopeFor(c)); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    SavedConnection saved;
    saved.name = QStringLiteral("lab-school");
    saved.cloudName = QStringLiteral("lab-school");
    m_connections->open(saved, m_config, false);
    CloudConnection *c = m_connections->current();
    QVERIFY(c);
    QTRY_VERIFY_WITH_TIMEOUT(c->state() == CloudConnection::State::Ready, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!c->inventory()->isFromCache(), 60000);
    QVERIFY(c->isAdmin());
    EngineSettings s;
    s.concurrency = 4;
    s.actionRetryDelayMs = 2000;
    s.waitPollMs = 1000;
    s.waitTimeoutSeconds = 240;
    s.detectTimeoutSeconds = 2; // the bed's addresses are not routable from here: DETECT warns
    s.detectIntervalSeconds = 1;
    s.detectConnectTimeoutMs = 500;
    c->setEngineSettings(s);
    c->inventory()->setPollIntervals(1, 5);
    connect(c->engine(), &TaskEngine::batchFinished, this, [this](const BatchSnapshot &b) { m_finished << b; });
    QTRY_VERIFY_WITH_TIMEOUT(!c->catalog()->images().isEmpty() && !c->catalog()->flavors().isEmpty()
                                 && !c->catalog()->networks().isEmpty() && c->catalog()->hasLimits(),
                             60000);
    QVERIFY(m_window->connectionLabel()->text().contains(QStringLiteral("lab-school")));
}

BatchSnapshot TestWindowLab::waitForBatch(const QString &batchId, int timeoutMs)
{
    auto found = [this, &batchId]() -> std::optional<BatchSnapshot> {
        for (const BatchSnapshot &b : std::as_const(m_finished)) {
            if (b.id == batchId)
                return b;
        }
        return std::nullopt;
    };
    (void)QTest::qWaitFor([&] { return found().has_value(); }, timeoutMs);
    return found().value_or(BatchSnapshot{});
}

QList<Server> TestWindowLab::ours() const
{
    QList<Server> out;
    if (CloudConnection *c = m_connections->current()) {
        for (const Server &s : c->inventory()->servers()) {
            if (s.meta(PhoenixMeta::Course) == m_course && !s.isDeleted())
                out << s;
        }
    }
    return out;
}

bool TestWindowLab::allIn(const QString &status) const
{
    const QList<Server> servers = ours();
    return servers.size() == 2
        && std::all_of(servers.cbegin(), servers.cend(), [&status](const Server &s) { return s.status == status; });
}

int TestWindowLab::selectOurs()
{
    m_window->showTab(MainWindow::StudentsTab);
    DesktopTab *tab = m_window->desktops()->tab(DesktopViews::Students);
    tab->view()->clearSelection();
    int n = 0;
    for (int r = 0; r < tab->proxy()->rowCount(); ++r) {
        const QModelIndex i = tab->proxy()->index(r, 0);
        if (i.siblingAtColumn(DesktopTableModel::Course).data().toString() == m_course) {
            tab->view()->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++n;
        }
    }
    return n;
}

void TestWindowLab::createSuspendResumeDelete()
{
    CloudConnection *c = m_connections->current();
    QVERIFY(c);

    // 1. Create two student desktops for a fresh course with the dialog.
    m_window->desktops()->setCourseFilter(m_course);
    m_window->openCreateDialog();
    auto *dialog = qobject_cast<CreateDesktopDialog *>(m_window->lastDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->request().course, m_course);
    auto pick = [dialog](const char *combo, const QString &text) {
        auto *box = dialog->findChild<QComboBox *>(QString::fromLatin1(combo));
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemText(i).startsWith(text)) {
                box->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    };
    QVERIFY(pick("image", QStringLiteral("ubuntu-22.04-desktop")));
    QVERIFY(pick("flavor", QStringLiteral("desk.tiny")));
    QVERIFY(pick("network", QStringLiteral("lab-net")));
    dialog->setTemplate(QStringLiteral("{course}-{seat:02}"));
    dialog->setCount(2);
    dialog->updatePreview();
    QCOMPARE(dialog->plan().count(PlannedDesktop::Outcome::Create), 2);
    QVERIFY2(dialog->quotaText().contains(QStringLiteral("2 new")), qPrintable(dialog->quotaText()));
    QSignalSpy submitted(dialog, &CreateDesktopDialog::batchSubmitted);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(submitted.size(), 1);
    const QString createBatch = submitted.first().first().toString();
    TaskPanel *panel = m_window->taskPanel();
    QTRY_COMPARE(panel->currentBatchId(), createBatch);
    QTRY_COMPARE(panel->taskView()->model()->rowCount(), 2);
    const BatchSnapshot created = waitForBatch(createBatch, 600000);
    QCOMPARE(created.id, createBatch);
    QVERIFY2(created.done == 2, qPrintable(BatchListModel::summary(created)));
    QTRY_VERIFY_WITH_TIMEOUT(ours().size() == 2, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(selectOurs(), 2, 30000);

    // 2. Suspend both from the toolbar action (no confirmation for suspend).
    DesktopActions *actions = m_window->desktopActions();
    QTRY_VERIFY_WITH_TIMEOUT(actions->action(DesktopCommand::Suspend)->isEnabled(), 30000);
    QSignalSpy batches(actions, &DesktopActions::batchSubmitted);
    actions->action(DesktopCommand::Suspend)->trigger();
    QCOMPARE(batches.size(), 1);
    const BatchSnapshot suspended = waitForBatch(batches.first().first().toString(), 300000);
    QCOMPARE(suspended.done, 2);
    QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("SUSPENDED")), 60000);
    const QModelIndex batchRow = m_window->batchModel()->index(m_window->batchModel()->rowOf(suspended.id));
    QTRY_COMPARE(batchRow.data(BatchListModel::SummaryRole).toString(), QStringLiteral("2 of 2 done"));

    // 3. Resume them again: the same selection, now Resume is the enabled command.
    QTRY_COMPARE_WITH_TIMEOUT(selectOurs(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->action(DesktopCommand::Resume)->isEnabled(), 30000);
    QVERIFY(!actions->action(DesktopCommand::Suspend)->isEnabled());
    batches.clear();
    actions->action(DesktopCommand::Resume)->trigger();
    QCOMPARE(batches.size(), 1);
    const BatchSnapshot resumed = waitForBatch(batches.first().first().toString(), 300000);
    QCOMPARE(resumed.done, 2);
    QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("ACTIVE")), 60000);

    // 4. The task console holds every item (2 create + 2 suspend + 2 resume) ...
    m_window->showTab(MainWindow::TasksTab);
    TaskConsole *console = m_window->taskConsole();
    console->textFilter()->setText(m_course);
    QTRY_COMPARE(console->view()->model()->rowCount(), 6);
    // ... and so does the audit log, from the database, with their results.
    m_window->showTab(MainWindow::AuditTab);
    auto *audit = m_window->findChild<AuditLogView *>();
    QVERIFY(audit);
    QSignalSpy loaded(audit, &AuditLogView::loaded);
    audit->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !audit->isLoading(), 10000);
    int entries = 0;
    for (int r = 0; r < audit->model()->rowCount(); ++r) {
        const auto e = audit->model()->recordAt(r).value<AuditEntry>();
        if (e.targetName.startsWith(m_course)) {
            ++entries;
            QCOMPARE(e.result, QStringLiteral("done"));
            QCOMPARE(e.user, QStringLiteral("labadmin"));
        }
    }
    if (entries != 6) {
        const auto all = m_audit->query(AuditFilter());
        qWarning() << "audit rows in the database:" << (all ? all.value().size() : -1) << "in the view:" << audit->model()->rowCount()
                   << "filter" << audit->filter().from << audit->filter().to;
        if (all)
            for (const AuditEntry &e : all.value())
                qWarning() << e.at << e.action << e.targetName << e.result;
    }
    QCOMPARE(entries, 6);

    // 5. Delete them with the confirmed Delete command.
    QTRY_COMPARE_WITH_TIMEOUT(selectOurs(), 2, 30000);
    QTRY_VERIFY(actions->action(DesktopCommand::Delete)->isEnabled());
    actions->action(DesktopCommand::Delete)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("confirm-delete"))) != nullptr);
    QCOMPARE(box->text(), QStringLiteral("Delete 2 desktop(s)?"));
    batches.clear();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    }
    QTRY_COMPARE(batches.size(), 1);
    const BatchSnapshot deleted = waitForBatch(batches.first().first().toString(), 300000);
    QCOMPARE(deleted.done, 2);
    QTRY_VERIFY_WITH_TIMEOUT(ours().isEmpty(), 60000);
    QTRY_COMPARE(m_window->desktops()->tab(DesktopViews::Students)->proxy()->rowCount(), 0);
}

void TestWindowLab::cleanupTestCase()
{
    // Whatever a failed run left behind: delete by course, through the same client.
    CloudConnection *c = m_connections ? m_connections->current() : nullptr;
    if (!c)
        return;
    const QList<Server> left = ours();
    for (const Server &s : left)
        c->compute()->deleteServer(s.id, this, [](Result<bool>) {});
    if (!left.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(ours().isEmpty(), 120000);
    m_window.reset();
    m_connections.reset();
}

QTEST_MAIN(TestWindowLab)
#include "tst_windowlab.moc"
