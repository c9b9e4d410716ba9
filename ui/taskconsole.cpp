#include "ui/taskconsole.h"

#include "models/session/cloudconnection.h"
#include "ui/progressdelegate.h"
#include "ui/taskdetails.h"
#include "models/engine/taskengine.h"
#include "models/items/tasktablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TaskConsole::TaskConsole(TaskTableModel *tasks, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_proxy(new TaskFilterProxy(this))
    , m_text(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_details(new TaskDetails(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this))
    , m_rerun(new QPushButton(QIcon(QStringLiteral(":/icons/rerun.svg")), QString(), this))
{
    setObjectName(QStringLiteral("taskConsole"));
    m_proxy->setSourceModel(tasks);
    m_view->setObjectName(QStringLiteral("taskConsoleView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::Started, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(TaskTableModel::Progress, new ProgressDelegate(TaskTableModel::ProgressRole, m_view));
    const int widths[TaskTableModel::ColumnCount] = {140, 100, 100, 120, 130, 260, 200, 120, 120, 90};
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);
    m_view->hideColumn(TaskTableModel::Stage); // the progress bar names the stage

    m_text->setObjectName(QStringLiteral("taskFilter"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_cancel->setObjectName(QStringLiteral("consoleCancel"));
    m_rerun->setObjectName(QStringLiteral("consoleRerun"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_cancel);
    filters->addWidget(m_rerun);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::textChanged, this, &TaskConsole::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TaskConsole::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaskConsole::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskConsole::onCurrentChanged);
    connect(tasks, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(TaskTableModel::TaskIdRole) == m_view->currentIndex().data(TaskTableModel::TaskIdRole))
            onCurrentChanged();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_connection)
            m_connection->engine()->cancelTask(m_view->currentIndex().data(TaskTableModel::TaskIdRole).toString());
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (m_connection)
            m_connection->engine()->rerunFromFailedStage(m_view->currentIndex().data(TaskTableModel::TaskIdRole).toString());
    });
    retranslate();
    onCurrentChanged();
}

void TaskConsole::setConnection(CloudConnection *connection)
{
    m_connection = connection;
    onCurrentChanged();
}

void TaskConsole::applyFilters()
{
    m_proxy->setText(m_text->text());
    m_proxy->setStateFilter(TaskFilterProxy::StateFilter(m_state->currentData().toInt()));
    const int kind = m_kind->currentData().toInt();
    m_proxy->setKindFilter(kind < 0 ? std::nullopt : std::optional(TaskKind(kind)));
}

void TaskConsole::onCurrentChanged()
{
    const QString id = m_view->currentIndex().data(TaskTableModel::TaskIdRole).toString();
    const std::optional<TaskSnapshot> task = id.isEmpty() ? std::nullopt : m_tasks->task(id);
    m_details->setTask(task);
    const bool connected = !m_connection.isNull();
    m_cancel->setEnabled(connected && task && !task->isFinished());
    m_rerun->setEnabled(connected && task && (task->state == TaskState::Failed || task->state == TaskState::Cancelled));
}

void TaskConsole::retranslate()
{
    m_text->setPlaceholderText(tr("Filter tasks by desktop, error, request ID…"));
    m_text->setAccessibleName(tr("Task filter"));
    m_state->setAccessibleName(tr("Task state filter"));
    m_state->setToolTip(tr("Show only tasks in this state"));
    m_kind->setAccessibleName(tr("Task action filter"));
    m_kind->setToolTip(tr("Show only tasks of this action"));
    m_cancel->setText(tr("Cancel task"));
    m_rerun->setText(tr("Re-run from failed stage"));
    m_view->setAccessibleName(tr("All tasks"));

    const int state = qMax(0, m_state->currentIndex());
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("All tasks"), int(TaskFilterProxy::StateFilter::Any));
    m_state->addItem(tr("Unfinished"), int(TaskFilterProxy::StateFilter::Unfinished));
    m_state->addItem(tr("Failed or cancelled"), int(TaskFilterProxy::StateFilter::Failed));
    m_state->addItem(tr("Done"), int(TaskFilterProxy::StateFilter::Done));
    m_state->setCurrentIndex(state);
    m_state->blockSignals(false);

    const int kind = qMax(0, m_kind->currentIndex());
    m_kind->blockSignals(true);
    m_kind->clear();
    m_kind->addItem(tr("All actions"), -1);
    for (int k = int(TaskKind::Create); k <= int(TaskKind::OpenDesktop); ++k)
        m_kind->addItem(TaskText::kindName(TaskKind(k)), k);
    m_kind->setCurrentIndex(kind);
    m_kind->blockSignals(false);
}

void TaskConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
