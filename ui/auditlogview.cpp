#include "ui/auditlogview.h"

#include "models/session/cloudcatalog.h"
#include "models/domain/desktopstate.h"
#include "models/items/recordtablemodel.h"
#include "models/items/tableexport.h"
#include "ui/recordviews.h"
#include "models/domain/tasktypes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

AuditLogView::AuditLogView(AuditLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_proxy(RecordViews::makeProxy(this))
    , m_user(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogView"));
    using Col = RecordTableModel::Column;
    auto e = [](const QVariant &v) { return v.value<AuditEntry>(); };
    auto text = [](auto getter) {
        return [getter](const QVariant &v, int role) -> QVariant { return role == Qt::DisplayRole ? QVariant(getter(v)) : QVariant(); };
    };
    m_model = new RecordTableModel(
        [e](const QVariant &v) { return QString::number(e(v).id); },
        {Col{[] { return tr("Time"); }, [e](const QVariant &v, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return QLocale().toString(e(v).at.toLocalTime(), QLocale::ShortFormat);
                 if (role == RecordTableModel::SortRole)
                     return e(v).at;
                 return {};
             }},
         Col{[] { return tr("User"); }, text([e](const QVariant &v) { return e(v).user; })},
         Col{[] { return tr("Action"); }, text([e](const QVariant &v) {
                 const auto kind = TaskText::kindFromKey(e(v).action);
                 if (kind)
                     return TaskText::kindName(*kind);
                 const QString other = CloudCatalog::auditActionName(e(v).action);
                 return other.isEmpty() ? e(v).action : other;
             })},
         Col{[] { return tr("Desktop"); }, text([e](const QVariant &v) { return e(v).targetName.isEmpty() ? e(v).targetId : e(v).targetName; })},
         Col{[] { return tr("Result"); }, [e](const QVariant &v, int role) -> QVariant {
                 const QString result = e(v).result;
                 const auto state = TaskText::stateFromKey(result);
                 if (role == Qt::DisplayRole)
                     return state ? TaskText::stateName(*state) : result;
                 if (role == Qt::ForegroundRole && state == TaskState::Failed)
                     return DesktopState::color(DesktopState::Error);
                 return {};
             }},
         Col{[] { return tr("Request ID"); }, text([e](const QVariant &v) { return e(v).requestId; })},
         Col{[] { return tr("Detail"); }, [e](const QVariant &v, int role) -> QVariant {
                 return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(e(v).detail) : QVariant();
             }}},
        this);
    m_view = RecordViews::makeTable(m_model, m_proxy, QStringLiteral("auditTable"), this);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    const int widths[] = {140, 110, 120, 160, 90, 230};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);

    m_user->setObjectName(QStringLiteral("auditUser"));
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    for (QLineEdit *l : {m_user, m_target})
        l->setClearButtonEnabled(true);
    for (QDateEdit *d : {m_from, m_to})
        d->setCalendarPopup(true);
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_to->setDate(QDate::currentDate());

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_user, m_target, m_action, m_from, m_to})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &AuditLogView::onLoaded);
    m_autoRefresh.setInterval(5000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &AuditLogView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogView::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditLogView::exportCsv);
    for (QLineEdit *l : {m_user, m_target})
        connect(l, &QLineEdit::returnPressed, this, &AuditLogView::refresh);
    connect(m_action, &QComboBox::activated, this, &AuditLogView::refresh);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::editingFinished, this, &AuditLogView::refresh);
    retranslate();
}

AuditFilter AuditLogView::filter() const
{
    AuditFilter f;
    f.user = m_user->text().trimmed();
    f.target = m_target->text().trimmed();
    f.action = m_action->currentData().toString();
    f.from = m_from->date().startOfDay().toUTC();
    f.to = m_to->date().addDays(1).startOfDay().toUTC();
    f.limit = 5000;
    return f;
}

bool AuditLogView::isLoading() const
{
    return m_loading; // until the answer is in the table, not just computed
}

void AuditLogView::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true; // run once more with the newest filter when this one answers
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading…"));
    AuditLog *log = m_log;
    const AuditFilter f = filter();
    m_watcher.setFuture(QtConcurrent::run([log, f] {
        Result<QList<AuditEntry>> r = log->query(f);
        return r ? Loaded{r.take(), {}} : Loaded{{}, r.error()};
    }));
}

void AuditLogView::onLoaded()
{
    const Loaded result = m_watcher.result();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    m_loading = false;
    if (result.error) {
        m_status->setText(tr("Could not read the audit log: %1").arg(result.error.userMessage()));
        return;
    }
    m_model->setValues(result.entries);
    m_status->setText(tr("%n entr(ies)", nullptr, int(result.entries.size())));
    Q_EMIT loaded(int(result.entries.size()));
}

void AuditLogView::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        AuditLog *log = m_log;
        const AuditFilter f = [this] {
            AuditFilter all = filter();
            all.limit = 0;
            return all;
        }();
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            Q_EMIT message(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([log, f, path] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return tr("Could not save %1: %2").arg(path, file.errorString());
            const Result<int> rows = TableExport::writeAuditLog(*log, &file, f);
            if (!rows)
                return tr("Could not export the audit log: %1").arg(rows.error().userMessage());
            if (!file.commit())
                return tr("Could not save %1: %2").arg(path, file.errorString());
            return tr("Saved %n audit entr(ies) to %1.", nullptr, rows.value()).arg(path);
        }));
    });
    dialog->open();
}

void AuditLogView::retranslate()
{
    m_user->setPlaceholderText(tr("User"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_target->setPlaceholderText(tr("Desktop name or ID"));
    m_target->setAccessibleName(tr("Filter by desktop"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setToolTip(tr("From this day"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setToolTip(tr("Up to and including this day"));
    m_action->setAccessibleName(tr("Filter by action"));
    for (QDateEdit *d : {m_from, m_to}) { // the chosen language's dates, as in the table
        d->setLocale(QLocale());
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the entries the filter selects as a CSV file"));
    m_view->setAccessibleName(tr("Audit log"));
    const QString current = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (int k = int(TaskKind::Create); k <= int(TaskKind::OpenDesktop); ++k)
        m_action->addItem(TaskText::kindName(TaskKind(k)), TaskText::kindKey(TaskKind(k)));
    for (const char *key : {"adopt", "rename-image", "image-visibility", "delete-image", "release-floating-ip", "disable-host",
                            "enable-host", "drain-host", "evacuate-host", "reset-state"})
        m_action->addItem(CloudCatalog::auditActionName(QString::fromLatin1(key)), QString::fromLatin1(key));
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    m_model->refreshAll();
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditLogView::showEvent(QShowEvent *event)
{
    refresh();
    m_autoRefresh.start();
    QWidget::showEvent(event);
}

void AuditLogView::hideEvent(QHideEvent *event)
{
    m_autoRefresh.stop();
    QWidget::hideEvent(event);
}
