#include "models/items/batchlistmodel.h"
#include "demowindow.h"
#include "ui/desktopactions.h"
#include "models/items/desktoptablemodel.h"
#include "ui/taskconsole.h"
#include "ui/taskdetails.h"
#include "models/engine/taskengine.h"
#include "ui/taskpanel.h"
#include "models/items/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

class TestTaskPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchShowsItemsProgressAndErrors();
    void confirmationSaysWhatAndHowMany();
    void consoleFiltersAndDetails();

private:
    static QList<Server> running(DemoWindow &d, int n);
};

QList<Server> TestTaskPanel::running(DemoWindow &d, int n)
{
    QList<Server> out;
    for (const Server &s : d.connection()->inventory()->servers()) {
        if (out.size() < n && s.status == QLatin1String("ACTIVE") && s.taskState.isEmpty()
            && s.meta(PhoenixMeta::Role) == QLatin1String("student"))
            out << s;
    }
    return out;
}

void TestTaskPanel::batchShowsItemsProgressAndErrors()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QAbstractItemModelTester batchTester(d.window->batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester taskTester(d.window->taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Server> three = running(d, 3);
    QCOMPARE(three.size(), 3);
    // the second desktop's suspend fails at Nova with a 500 (and a request ID)
    const int fault = d.demo.addFault(DemoFault::httpError(500, "POST", QStringLiteral("/servers/%1/action$").arg(three.at(1).id)));

    QSignalSpy finished(d.connection()->engine(), &TaskEngine::batchFinished);
    const QString batchId = d.window->desktopActions()->submit(DesktopCommand::Suspend, three);
    QVERIFY(!batchId.isEmpty());
    QVERIFY(d.window->taskDock()->isVisible());
    TaskPanel *panel = d.window->taskPanel();
    QTRY_COMPARE(panel->currentBatchId(), batchId);
    QTRY_COMPARE(panel->taskView()->model()->rowCount(), 3);

    // while it runs, the desktop table shows the task and its progress on the rows
    const int row = d.window->desktops()->model()->rowOf(three.at(0).id);
    QVERIFY(row >= 0);
    // >= 1: the engine may report the end twice when the last two items finish together
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
    const auto batch = finished.first().first().value<BatchSnapshot>();
    QCOMPARE(batch.id, batchId);
    QCOMPARE(batch.total, 3);
    QCOMPARE(batch.done, 2);
    QCOMPARE(batch.failed, 1);

    const QModelIndex b = d.window->batchModel()->index(d.window->batchModel()->rowOf(batchId));
    QTRY_COMPARE(b.data(BatchListModel::SummaryRole).toString(), QStringLiteral("2 of 3 done, 1 failed"));
    QCOMPARE(b.data(BatchListModel::ProgressRole).toInt(), 100);

    // the failed item: state, error text with the request ID in the table and in the details
    QTableView *items = panel->taskView();
    QModelIndex failed;
    for (int r = 0; r < items->model()->rowCount(); ++r) {
        const QModelIndex i = items->model()->index(r, TaskTableModel::State);
        if (TaskState(i.data(TaskTableModel::TaskStateRole).toInt()) == TaskState::Failed)
            failed = i;
    }
    QVERIFY(failed.isValid());
    QCOMPARE(failed.siblingAtColumn(TaskTableModel::Desktop).data().toString(), three.at(1).name);
    const QString error = failed.siblingAtColumn(TaskTableModel::Error).data().toString();
    QVERIFY2(!error.isEmpty(), "no error text");
    const QString requestId = failed.siblingAtColumn(TaskTableModel::RequestId).data().toString();
    QVERIFY2(requestId.startsWith(QStringLiteral("req-")), qPrintable(requestId));
    items->setCurrentIndex(failed);
    QTRY_VERIFY(panel->details()->text().contains(requestId));
    QVERIFY(panel->details()->text().contains(three.at(1).name));
    QVERIFY(panel->details()->text().contains(QStringLiteral("failed")));
    // the desktop row says the task failed, with the error as tooltip
    const QModelIndex taskCell = d.window->desktops()->model()->index(d.window->desktops()->model()->rowOf(three.at(1).id),
                                                                    DesktopTableModel::Task);
    QTRY_VERIFY(taskCell.data(DesktopTableModel::TaskFailedRole).toBool());
    QVERIFY(!taskCell.data(Qt::ToolTipRole).toString().isEmpty());

    // retry failed: the fault is gone, the item runs again from its failed stage and succeeds
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("retryFailed"));
    QVERIFY(retry);
    QTRY_VERIFY(retry->isEnabled());
    d.demo.removeFault(fault);
    finished.clear();
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
    const auto again = finished.first().first().value<BatchSnapshot>();
    QCOMPARE(again.done, 3);
    QCOMPARE(again.failed, 0);
    QTRY_COMPARE(b.data(BatchListModel::SummaryRole).toString(), QStringLiteral("3 of 3 done"));
    QTRY_VERIFY(!taskCell.data(DesktopTableModel::TaskFailedRole).toBool());
    // and the desktops end suspended
    QTRY_VERIFY_WITH_TIMEOUT(d.connection()->inventory()->server(three.at(1).id)->status == QLatin1String("SUSPENDED"), 20000);
}

void TestTaskPanel::confirmationSaysWhatAndHowMany()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::StudentsTab);
    QCOMPARE(d.select(DesktopViews::Students, [](const Server &s) { return s.status == QLatin1String("ACTIVE"); }, 3), 3);
    QTRY_VERIFY(d.window->desktopActions()->action(DesktopCommand::Delete)->isEnabled());
    d.window->desktopActions()->action(DesktopCommand::Delete)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = d.window->findChild<QMessageBox *>(QStringLiteral("confirm-delete"))) != nullptr);
    QCOMPARE(box->text(), QStringLiteral("Delete 3 desktop(s)?")); // source text: tests load no translation
    for (const Server &s : d.window->desktopActions()->selection())
        QVERIFY2(box->informativeText().contains(s.name), qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // destructive: Cancel is the default
    const int batchesBefore = int(d.connection()->engine()->batches().size());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!d.window->findChild<QMessageBox *>(QStringLiteral("confirm-delete")));
    QCOMPARE(int(d.connection()->engine()->batches().size()), batchesBefore); // cancelled: nothing submitted
}

void TestTaskPanel::consoleFiltersAndDetails()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    const QList<Server> two = running(d, 2);
    QSignalSpy finished(d.connection()->engine(), &TaskEngine::batchFinished);
    d.window->desktopActions()->submit(DesktopCommand::RebootSoft, two);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
    d.window->showTab(MainWindow::TasksTab);
    TaskConsole *console = d.window->taskConsole();
    QTRY_COMPARE(console->view()->model()->rowCount(), 2);
    QTest::keyClicks(console->textFilter(), two.at(1).name);
    QTRY_COMPARE(console->view()->model()->rowCount(), 1);
    console->view()->setCurrentIndex(console->view()->model()->index(0, 0));
    auto *details = console->findChild<TaskDetails *>();
    QVERIFY(details);
    QTRY_VERIFY(details->text().contains(two.at(1).name));
    QVERIFY(details->text().contains(QStringLiteral("Reboot")));
    QVERIFY(details->text().contains(QStringLiteral("History")));
}

QTEST_MAIN(TestTaskPanel)
#include "tst_taskpanel.moc"
