#include "ui/desktoptab.h"

#include "models/items/desktoptablemodel.h"
#include "ui/progressdelegate.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
int defaultWidth(int column)
{
    switch (column) {
    case DesktopTableModel::Name:
        return 150;
    case DesktopTableModel::Owner:
        return 100;
    case DesktopTableModel::Course:
        return 80;
    case DesktopTableModel::Seat:
        return 45;
    case DesktopTableModel::State:
        return 115;
    case DesktopTableModel::Task:
        return 180;
    case DesktopTableModel::Reachable:
        return 190;
    case DesktopTableModel::FixedAddress:
    case DesktopTableModel::FloatingAddress:
        return 100;
    case DesktopTableModel::Image:
        return 150;
    case DesktopTableModel::Flavor:
        return 90;
    case DesktopTableModel::Age:
        return 70;
    default:
        return 130;
    }
}
} // namespace

DesktopTab::DesktopTab(DesktopFilterProxy *proxy, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_settingsKey(settingsKey)
    , m_view(new QTableView(this))
    , m_placeholder(new QLabel(m_view->viewport()))
{
    setObjectName(settingsKey);
    m_view->setObjectName(settingsKey + QStringLiteral("View"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DesktopTableModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(DesktopTableModel::Task,
                                     new ProgressDelegate(DesktopTableModel::ProgressRole, m_view));
    m_view->installEventFilter(this);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int c = 0; c < DesktopTableModel::ColumnCount; ++c)
        header->resizeSection(c, defaultWidth(c));

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { chooseColumns(header->mapToGlobal(pos)); });
    connect(m_view, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DesktopTab::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index).row()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &DesktopTab::updatePlaceholder);
    connect(proxy, &QAbstractItemModel::modelReset, this, &DesktopTab::updatePlaceholder);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &DesktopTab::updatePlaceholder);
    updatePlaceholder();
}

QList<int> DesktopTab::selectedSourceRows() const
{
    return m_proxy->sourceRows(m_view->selectionModel()->selectedRows());
}

QList<int> DesktopTab::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void DesktopTab::selectServer(const QString &serverId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(DesktopTableModel::ServerIdRole).toString() == serverId) {
            m_view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return;
        }
    }
}

void DesktopTab::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ui/columns/") + m_settingsKey, m_view->horizontalHeader()->saveState());
}

void DesktopTab::restoreState(QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("ui/columns/") + m_settingsKey).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        for (int c : std::as_const(m_defaultHidden))
            m_view->horizontalHeader()->hideSection(c);
    }
}

void DesktopTab::setDefaultHiddenColumns(const QList<int> &columns)
{
    m_defaultHidden = columns;
}

void DesktopTab::resetColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < DesktopTableModel::ColumnCount; ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->setSectionHidden(c, m_defaultHidden.contains(c));
        header->resizeSection(c, defaultWidth(c));
    }
}

void DesktopTab::chooseColumns(const QPoint &globalPos)
{
    // popup(), not exec(): no nested event loop in the GUI thread
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    QHeaderView *header = m_view->horizontalHeader();
    int visible = 0;
    for (int c = 0; c < DesktopTableModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QAction *a = menu->addAction(DesktopTableModel::columnName(DesktopTableModel::Column(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != DesktopTableModel::Name && !(visible == 1 && a->isChecked()));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, &DesktopTab::resetColumns);
    menu->popup(globalPos);
}

QString DesktopTab::placeholderText() const
{
    return m_placeholder->text();
}

void DesktopTab::setTopBar(QWidget *bar)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    if (box->indexOf(bar) < 0)
        box->insertWidget(0, bar);
    bar->show();
}

void DesktopTab::updatePlaceholder()
{
    const bool empty = m_proxy->rowCount() == 0;
    QString text = m_emptyText;
    if (empty && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() > 0 && !m_proxy->quickFilter().isEmpty())
        text = tr("No desktops match “%1”.").arg(m_proxy->quickFilter());
    m_placeholder->setText(text);
    m_placeholder->setVisible(empty && !text.isEmpty());
    m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
}

void DesktopTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updatePlaceholder();
    QWidget::changeEvent(event);
}

bool DesktopTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            Q_EMIT activated(m_proxy->mapToSource(m_view->currentIndex()).row());
            return true;
        }
        if (key->key() == Qt::Key_Menu) {
            const QRect r = m_view->visualRect(m_view->currentIndex());
            Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(r.isValid() ? r.center() : QPoint(10, 10)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
