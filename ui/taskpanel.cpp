#include "ui/taskpanel.h"

#include "ui/batchdelegate.h"
#include "models/items/batchlistmodel.h"
#include "models/session/cloudconnection.h"
#include "ui/progressdelegate.h"
#include "ui/taskdetails.h"
#include "models/engine/taskengine.h"
#include "models/items/tasktablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TaskPanel::TaskPanel(BatchListModel *batches, TaskTableModel *tasks, QWidget *parent)
    : QWidget(parent)
    , m_batches(batches)
    , m_tasks(tasks)
    , m_items(new TaskFilterProxy(this))
    , m_batchView(new QListView(this))
    , m_taskView(new QTableView(this))
    , m_details(new TaskDetails(this))
    , m_itemsLabel(new QLabel(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), QString(), this))
    , m_rerun(new QPushButton(QIcon(QStringLiteral(":/icons/rerun.svg")), QString(), this))
{
    setObjectName(QStringLiteral("taskPanel"));
    m_batchView->setObjectName(QStringLiteral("batchView"));
    m_batchView->setModel(batches);
    m_batchView->setItemDelegate(new BatchDelegate(m_batchView));
    m_batchView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchView->setUniformItemSizes(true);

    m_items->setSourceModel(tasks);
    m_items->setBatchId(QStringLiteral("\x01none")); // nothing until a batch is selected
    m_taskView->setObjectName(QStringLiteral("batchTaskView"));
    m_taskView->setModel(m_items);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskView->setSortingEnabled(true);
    m_taskView->sortByColumn(TaskTableModel::Desktop, Qt::AscendingOrder);
    m_taskView->verticalHeader()->hide();
    m_taskView->setWordWrap(false);
    m_taskView->setTabKeyNavigation(false);
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    m_taskView->setItemDelegateForColumn(TaskTableModel::Progress,
                                         new ProgressDelegate(TaskTableModel::ProgressRole, m_taskView));
    // compact: the desktop, a progress bar that names the stage, and the error (details below)
    for (int c : {TaskTableModel::Action, TaskTableModel::State, TaskTableModel::Stage, TaskTableModel::RequestId,
                  TaskTableModel::Started, TaskTableModel::Updated, TaskTableModel::User})
        m_taskView->hideColumn(c);
    m_taskView->verticalHeader()->setDefaultSectionSize(m_taskView->fontMetrics().height() + 8);
    m_taskView->horizontalHeader()->resizeSection(TaskTableModel::Desktop, 120);
    m_taskView->horizontalHeader()->resizeSection(TaskTableModel::Progress, 120);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_rerun);
    buttons->addStretch(1);
    m_cancel->setObjectName(QStringLiteral("cancelBatch"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_rerun->setObjectName(QStringLiteral("rerunTask"));

    auto *itemsBox = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemsLabel);
    itemsLayout->addWidget(m_taskView, 1);
    itemsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batchView);
    splitter->addWidget(itemsBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_batchView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskPanel::onBatchSelected);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskPanel::onTaskSelected);
    connect(batches, &QAbstractItemModel::dataChanged, this, &TaskPanel::updateButtons);
    connect(batches, &QAbstractItemModel::rowsInserted, this, &TaskPanel::updateButtons);
    connect(tasks, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(TaskTableModel::TaskIdRole).toString() == currentTaskId())
            onTaskSelected();
    });
    connect(m_cancel, &QPushButton::clicked, this, &TaskPanel::cancelBatch);
    connect(m_retry, &QPushButton::clicked, this, &TaskPanel::retryFailed);
    connect(m_rerun, &QPushButton::clicked, this, &TaskPanel::rerunTask);
    retranslate();
    updateButtons();
}

void TaskPanel::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    m_items->setBatchId(QStringLiteral("\x01none"));
    m_details->setTask(std::nullopt);
    updateButtons();
}

void TaskPanel::selectBatch(const QString &batchId)
{
    const int row = m_batches->rowOf(batchId);
    if (row < 0)
        return;
    const QModelIndex index = m_batches->index(row);
    m_batchView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_batchView->scrollTo(index);
}

QString TaskPanel::currentBatchId() const
{
    return m_batchView->currentIndex().data(BatchListModel::BatchIdRole).toString();
}

QString TaskPanel::currentTaskId() const
{
    return m_taskView->currentIndex().data(TaskTableModel::TaskIdRole).toString();
}

void TaskPanel::onBatchSelected()
{
    const QModelIndex index = m_batchView->currentIndex();
    m_items->setBatchId(index.isValid() ? currentBatchId() : QStringLiteral("\x01none"));
    m_itemsLabel->setText(index.isValid() ? tr("<b>%1</b> — %2")
                                                .arg(index.data().toString().toHtmlEscaped(),
                                                     index.data(BatchListModel::SummaryRole).toString())
                                          : tr("Select a batch to see its desktops."));
    // show the first failure straight away, else the first item
    QModelIndex pick;
    for (int r = 0; r < m_items->rowCount() && !pick.isValid(); ++r) {
        const QModelIndex i = m_items->index(r, 0);
        if (TaskState(i.data(TaskTableModel::TaskStateRole).toInt()) == TaskState::Failed)
            pick = i;
    }
    if (!pick.isValid())
        pick = m_items->index(0, 0);
    if (pick.isValid())
        m_taskView->selectionModel()->setCurrentIndex(pick, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_details->setTask(std::nullopt);
    updateButtons();
}

void TaskPanel::onTaskSelected()
{
    const QString id = currentTaskId();
    m_details->setTask(id.isEmpty() ? std::nullopt : m_tasks->task(id));
    updateButtons();
}

void TaskPanel::updateButtons()
{
    const QModelIndex batch = m_batchView->currentIndex();
    const bool connected = !m_connection.isNull();
    const bool running = batch.isValid() && !batch.data(BatchListModel::FinishedRole).toBool();
    const int failed = batch.isValid() ? batch.data(BatchListModel::FailedRole).toInt() : 0;
    m_cancel->setEnabled(connected && running);
    m_retry->setEnabled(connected && failed > 0);
    const QModelIndex task = m_taskView->currentIndex();
    const auto state = TaskState(task.data(TaskTableModel::TaskStateRole).toInt());
    m_rerun->setEnabled(connected && task.isValid() && (state == TaskState::Failed || state == TaskState::Cancelled));
    if (batch.isValid())
        m_itemsLabel->setText(tr("<b>%1</b> — %2")
                                  .arg(batch.data().toString().toHtmlEscaped(), batch.data(BatchListModel::SummaryRole).toString()));
}

void TaskPanel::cancelBatch()
{
    if (m_connection && !currentBatchId().isEmpty())
        m_connection->engine()->cancelBatch(currentBatchId());
}

void TaskPanel::retryFailed()
{
    if (!m_connection || currentBatchId().isEmpty())
        return;
    // Only the failures: a task the user cancelled stays cancelled (its own outcome, not a failure).
    for (const TaskSnapshot &t : m_connection->engine()->tasksOfBatch(currentBatchId())) {
        if (t.state == TaskState::Failed)
            m_connection->engine()->rerunFromFailedStage(t.id);
    }
}

void TaskPanel::rerunTask()
{
    if (m_connection && !currentTaskId().isEmpty())
        m_connection->engine()->rerunFromFailedStage(currentTaskId());
}

void TaskPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the batch's tasks that have not finished"));
    m_retry->setText(tr("Retry failed"));
    m_retry->setToolTip(tr("Run the failed tasks of this batch again, each from the stage where it failed"));
    m_rerun->setText(tr("Re-run from failed stage"));
    m_rerun->setToolTip(tr("Run the selected failed or cancelled task again from the stage where it stopped"));
    m_batchView->setAccessibleName(tr("Batches"));
    m_taskView->setAccessibleName(tr("Desktops of the selected batch"));
    onBatchSelected();
}

void TaskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
