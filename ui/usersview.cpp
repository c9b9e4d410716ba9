#include "ui/usersview.h"

#include "models/items/passwordsfile.h"
#include "models/items/recordtablemodel.h"
#include "models/items/tableexport.h"
#include "models/session/cloudconnection.h"
#include "models/store/auditlog.h"

#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace
{
QString roleText(const RosterAccount &a)
{
    return a.teacher ? UsersView::tr("Teacher") : UsersView::tr("Student");
}

QVariant stateColour(AccountState state)
{
    switch (state) {
    case AccountState::Missing:
        return QColor(0xb0, 0x3a, 0x2e);
    case AccountState::Disabled:
        return QColor(0x8a, 0x6d, 0x00);
    case AccountState::Exists:
        return QColor(0x2e, 0x7d, 0x32);
    case AccountState::Unknown:
        break;
    }
    return {};
}
} // namespace

UsersView::UsersView(QWidget *parent)
    : QWidget(parent)
    , m_course(new QComboBox(this))
    , m_courseLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_view(new QTableView(this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
    , m_create(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_enable(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_exportNames(new QPushButton(this))
{
    setObjectName(QStringLiteral("usersView"));
    qRegisterMetaType<RosterAccount>();
    using Col = RecordTableModel::Column;
    auto acc = [](const QVariant &v) { return v.value<RosterAccount>(); };
    m_model = new RecordTableModel(
        [acc](const QVariant &v) { return acc(v).name; },
        {Col{[] { return tr("User"); },
             [acc](const QVariant &v, int role) -> QVariant {
                 return role == Qt::DisplayRole || role == RecordTableModel::SortRole ? QVariant(acc(v).name) : QVariant();
             }},
         Col{[] { return tr("Keystone account"); },
             [acc](const QVariant &v, int role) -> QVariant {
                 const AccountState s = acc(v).state;
                 if (role == Qt::DisplayRole)
                     return RosterAccounts::stateText(s);
                 if (role == RecordTableModel::SortRole)
                     return int(s);
                 if (role == Qt::ForegroundRole)
                     return stateColour(s);
                 return {};
             }},
         Col{[] { return tr("Role"); },
             [acc](const QVariant &v, int role) -> QVariant {
                 return role == Qt::DisplayRole || role == RecordTableModel::SortRole ? QVariant(roleText(acc(v))) : QVariant();
             }},
         Col{[] { return tr("Courses"); },
             [acc](const QVariant &v, int role) -> QVariant {
                 return role == Qt::DisplayRole || role == RecordTableModel::SortRole
                     ? QVariant(acc(v).courses.join(QStringLiteral(", ")))
                     : QVariant();
             }}},
        this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the request ID can be copied
    m_progress->setObjectName(QStringLiteral("usersProgress"));
    m_course->setObjectName(QStringLiteral("usersCourse"));
    m_courseLabel->setBuddy(m_course);
    m_create->setObjectName(QStringLiteral("usersCreateMissing"));
    m_disable->setObjectName(QStringLiteral("usersDisable"));
    m_enable->setObjectName(QStringLiteral("usersEnable"));
    m_reset->setObjectName(QStringLiteral("usersReset"));
    m_exportNames->setObjectName(QStringLiteral("usersExportNames"));
    m_refresh->setObjectName(QStringLiteral("usersRefresh"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_courseLabel);
    top->addWidget(m_course, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_disable, m_enable, m_reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_exportNames);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &UsersView::refresh);
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] { rebuildPeople(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateButtons);
    connect(m_create, &QPushButton::clicked, this, [this] { askThenRun(UserOperations::Op::Create); });
    connect(m_disable, &QPushButton::clicked, this, [this] { askThenRun(UserOperations::Op::Disable); });
    connect(m_enable, &QPushButton::clicked, this, [this] { askThenRun(UserOperations::Op::Enable); });
    connect(m_reset, &QPushButton::clicked, this, [this] { askThenRun(UserOperations::Op::ResetPassword); });
    connect(m_exportNames, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save the names as CSV"), QString(), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("accounts-%1.csv").arg(m_course->currentData().toString().isEmpty()
                                                                      ? QStringLiteral("all")
                                                                      : m_course->currentData().toString()));
        m_lastDialog = dialog;
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString error = exportNames(path);
            Q_EMIT message(error.isEmpty() ? tr("Saved the names to %1.").arg(path) : tr("Could not save %1: %2").arg(path, error));
        });
        dialog->open();
    });
    retranslate();
}

UsersView::~UsersView() = default;

void UsersView::setConnection(CloudConnection *connection)
{
    ++m_generation;
    m_connection = connection;
    m_book = {};
    m_users.clear();
    m_usersKnown = false;
    m_capability = {};
    m_lookupError.clear();
    m_busy = false;
    m_loaded = false;
    m_model->clear();
    m_accounts.clear();
    updateStatus();
    updateButtons();
    if (connection && isVisible())
        refresh();
}

void UsersView::setRosterLoader(RosterLoader loader)
{
    m_loader = std::move(loader);
    if (m_connection && isVisible())
        loadRosters();
}

void UsersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_connection && !m_loaded)
        refresh();
}

void UsersView::refresh()
{
    if (!m_connection)
        return;
    m_loaded = true;
    loadRosters();
    checkCapability();
}

void UsersView::setCourse(const QString &code)
{
    const int i = m_course->findData(code);
    if (i >= 0)
        m_course->setCurrentIndex(i);
}

void UsersView::loadRosters()
{
    if (!m_connection)
        return;
    if (!m_loader) {
        m_book = {};
        rebuildPeople();
        return;
    }
    const int mine = m_generation;
    auto *watcher = new QFutureWatcher<Result<RosterBook>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, mine] {
        watcher->deleteLater();
        if (mine != m_generation)
            return;
        const Result<RosterBook> book = watcher->result();
        if (!book) {
            Q_EMIT message(tr("Could not read the rosters: %1").arg(book.error().userMessage()));
            m_book = {};
        } else {
            m_book = book.value();
        }
        const QString current = m_course->currentData().toString();
        const QSignalBlocker block(m_course);
        m_course->clear();
        m_course->addItem(tr("All courses"), QString());
        for (const Course &c : std::as_const(m_book.courses))
            m_course->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.code);
        m_course->setCurrentIndex(qMax(0, m_course->findData(current)));
        rebuildPeople();
        lookupStates();
    });
    watcher->setFuture(QtConcurrent::run(m_loader, m_connection->config()));
}

void UsersView::checkCapability()
{
    if (!m_connection)
        return;
    const int mine = m_generation;
    m_capability = {};
    updateStatus();
    IdentityApi(m_connection->client()).checkCapability(this, [this, mine](UserAdminCapability capability) {
        if (mine != m_generation)
            return;
        m_capability = capability;
        updateStatus();
        updateButtons();
        lookupStates();
    });
}

void UsersView::lookupStates()
{
    if (!m_connection || !m_capability.canList())
        return;
    const int mine = m_generation;
    auto *ops = new UserOperations(m_connection->client(), m_capability, this);
    QStringList names;
    for (const RosterAccount &a : RosterAccounts::people(m_book.courses, m_book.rosters))
        names << a.name;
    connect(ops, &UserOperations::lookedUp, this, [this, ops, mine](const QHash<QString, KeystoneUser> &users) {
        ops->deleteLater();
        if (mine != m_generation)
            return;
        m_users = users;
        m_usersKnown = true;
        m_lookupError.clear();
        rebuildPeople();
        updateStatus();
        Q_EMIT accountsChanged();
    });
    connect(ops, &UserOperations::lookupFailed, this, [this, ops, mine](const CloudError &error) {
        ops->deleteLater();
        if (mine != m_generation)
            return;
        m_lookupError = tr("Could not read the accounts: %1").arg(error.userMessage());
        updateStatus();
        Q_EMIT accountsChanged();
    });
    ops->lookup(names);
}

void UsersView::rebuildPeople()
{
    m_accounts = RosterAccounts::people(m_book.courses, m_book.rosters, m_course->currentData().toString());
    if (m_usersKnown)
        RosterAccounts::applyUsers(&m_accounts, m_users);
    m_model->setValues(m_accounts);
    updateButtons();
    if (!m_capability.canList() && m_capability.level != UserAdminCapability::Level::Unknown)
        Q_EMIT accountsChanged(); // the names are all there is to show
}

QStringList UsersView::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        names << m_model->valueAt<RosterAccount>(m_proxy->mapToSource(i).row()).name;
    return names;
}

void UsersView::updateButtons()
{
    const bool manage = m_connection && m_capability.canManage() && m_usersKnown && !m_busy;
    int missing = 0;
    for (const RosterAccount &a : std::as_const(m_accounts))
        missing += a.state == AccountState::Missing ? 1 : 0;
    m_create->setText(missing > 0 ? tr("Create %n missing account(s)", nullptr, missing) : tr("Create missing accounts"));
    m_create->setEnabled(manage && missing > 0);
    QList<AccountState> selected;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        selected << m_model->valueAt<RosterAccount>(m_proxy->mapToSource(i).row()).state;
    m_disable->setEnabled(manage && selected.contains(AccountState::Exists));
    m_enable->setEnabled(manage && selected.contains(AccountState::Disabled));
    m_reset->setEnabled(manage && (selected.contains(AccountState::Exists) || selected.contains(AccountState::Disabled)));
    m_exportNames->setEnabled(!m_accounts.isEmpty());
    m_refresh->setEnabled(m_connection && !m_busy);
}

void UsersView::updateStatus()
{
    QString text;
    if (!m_connection)
        text = tr("Connect to a cloud to manage the accounts of the rosters.");
    else if (!m_lookupError.isEmpty())
        text = m_lookupError;
    else if (m_capability.level == UserAdminCapability::Level::Unknown)
        text = m_capability.text();
    else if (!m_capability.canManage())
        text = m_capability.text() + QLatin1Char(' ')
            + tr("\"Save names as CSV…\" writes the roster's names for them.");
    else if (m_book.courses.isEmpty() && m_loaded)
        text = tr("No course has a roster yet: add courses and rosters first.");
    else
        text = tr("Accounts are created in the project's domain with the member role on the project. Generated "
                  "passwords are shown once and saved once to a CSV for the teacher; Phoenix keeps no copy.");
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_progress->setText(m_operationText);
}

void UsersView::askThenRun(UserOperations::Op op)
{
    QStringList names;
    if (op == UserOperations::Op::Create) {
        for (const RosterAccount &a : std::as_const(m_accounts)) {
            if (a.state == AccountState::Missing)
                names << a.name;
        }
    } else {
        names = selectedNames();
    }
    if (names.isEmpty())
        return;
    QString question;
    switch (op) {
    case UserOperations::Op::Create:
        question = tr("Create %n Keystone account(s) with generated passwords?", nullptr, int(names.size()));
        break;
    case UserOperations::Op::Disable:
        question = tr("Disable %n account(s)? They can no longer sign in: %1", nullptr, int(names.size()))
                       .arg(names.mid(0, 10).join(QStringLiteral(", ")));
        break;
    case UserOperations::Op::ResetPassword:
        question = tr("Give %n account(s) a new generated password? The old ones stop working: %1", nullptr,
                      int(names.size()))
                       .arg(names.mid(0, 10).join(QStringLiteral(", ")));
        break;
    case UserOperations::Op::Enable:
    case UserOperations::Op::Delete:
        runOperation(op, names);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, UserOperations::opText(op), question,
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = box;
    connect(box, &QMessageBox::accepted, this, [this, op, names] { runOperation(op, names); });
    box->open(); // no nested event loop
}

void UsersView::runOperation(UserOperations::Op op, const QStringList &names)
{
    if (!m_connection || m_busy || names.isEmpty())
        return;
    m_busy = true;
    const int mine = m_generation;
    QHash<QString, RosterAccount> byName;
    for (const RosterAccount &a : RosterAccounts::people(m_book.courses, m_book.rosters))
        byName.insert(a.name, a);
    const QString course = m_course->currentData().toString();
    QList<UserOperations::Target> targets;
    for (const QString &n : names) {
        const RosterAccount a = byName.value(n);
        targets << UserOperations::Target{n, m_users.value(n).id,
                                          course.isEmpty() ? a.courses.join(QLatin1Char(' ')) : course};
    }
    auto *ops = new UserOperations(m_connection->client(), m_capability, this);
    ops->setAuditSink([this](const AuditEntry &e) { audit(e); });
    auto total = int(targets.size());
    auto count = std::make_shared<int>(0);
    m_operationText = tr("%1: 0 of %2…").arg(UserOperations::opText(op)).arg(total);
    updateStatus();
    updateButtons();
    connect(ops, &UserOperations::itemFinished, this, [this, op, total, count](const UserOpResult &) {
        ++*count;
        m_operationText = tr("%1: %2 of %3…").arg(UserOperations::opText(op)).arg(*count).arg(total);
        updateStatus();
    });
    connect(ops, &UserOperations::finished, this, [this, ops, op, mine](const QList<UserOpResult> &results) {
        ops->deleteLater();
        if (mine != m_generation)
            return;
        m_busy = false;
        QList<UsersPasswordsDialog::Row> rows;
        int failed = 0;
        QString firstError;
        for (const UserOpResult &r : results) {
            if (!r.password.isEmpty())
                rows << UsersPasswordsDialog::Row{r.name, r.password, r.course};
            if (!r.ok) {
                ++failed;
                if (firstError.isEmpty())
                    firstError = QStringLiteral("%1: %2").arg(r.name, r.error.userMessage());
            }
        }
        const int done = int(results.size()) - failed;
        m_operationText = failed == 0 ? tr("%1: %n done.", nullptr, done).arg(UserOperations::opText(op))
                                      : tr("%1: %2 done, %3 failed. %4")
                                            .arg(UserOperations::opText(op))
                                            .arg(done)
                                            .arg(failed)
                                            .arg(firstError);
        Q_EMIT message(m_operationText);
        if (!rows.isEmpty()) {
            if (m_passwords)
                m_passwords->close();
            m_passwords = new UsersPasswordsDialog(rows, this);
            m_passwords->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_passwords, &UsersPasswordsDialog::message, this, &UsersView::message);
            m_lastDialog = m_passwords;
            m_passwords->open();
        }
        updateStatus();
        lookupStates();
        updateButtons();
        Q_EMIT operationFinished(done, failed);
    });
    ops->run(op, targets);
}

QString UsersView::exportNames(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    CsvWriter writer(&file);
    bool ok = writer.writeRecord({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("courses"),
                                  QStringLiteral("state")});
    for (const RosterAccount &a : m_accounts) {
        if (!ok)
            break;
        ok = writer.writeRecord({a.name, a.teacher ? QStringLiteral("teacher") : QStringLiteral("student"),
                                 a.courses.join(QLatin1Char(' ')), RosterAccounts::stateKey(a.state)});
    }
    if (!ok)
        return writer.errorString();
    if (!file.commit())
        return file.errorString();
    return {};
}

void UsersView::audit(const AuditEntry &entry) const
{
    AuditLog *log = m_audit;
    if (!log)
        return;
    // the database is not the GUI thread's to wait for
    (void)QtConcurrent::run([log, entry] { (void)log->append(entry); });
}

void UsersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshAll();
    }
    QWidget::changeEvent(event);
}

void UsersView::retranslate()
{
    m_courseLabel->setText(tr("&Course:"));
    m_refresh->setText(tr("Refresh"));
    m_disable->setText(tr("&Disable"));
    m_enable->setText(tr("&Enable"));
    m_reset->setText(tr("&Reset password"));
    m_exportNames->setText(tr("Save names as CSV…"));
    m_exportNames->setToolTip(tr("The roster's names, roles and account states, for whoever creates the accounts"));
    m_view->setAccessibleName(tr("Accounts of the roster"));
    if (m_course->count() > 0)
        m_course->setItemText(0, tr("All courses"));
    else
        m_course->addItem(tr("All courses"), QString());
    updateButtons();
    updateStatus();
}

// ---------------------------------------------------------------------------------------------

UsersPasswordsDialog::UsersPasswordsDialog(QList<Row> rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(std::move(rows))
    , m_save(new QPushButton(tr("&Save as CSV…"), this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(int(m_rows.size()), 3, this))
{
    setObjectName(QStringLiteral("usersPasswordsDialog"));
    setWindowTitle(tr("New passwords"));
    m_note->setWordWrap(true);
    m_note->setText(tr("These passwords are shown only now. Save them once as a CSV for the teacher: Phoenix keeps "
                       "no copy, and they are gone when this window closes."));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Password"), tr("Course")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("New passwords"));
    for (int i = 0; i < m_rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_rows.at(i).user));
        auto *p = new QTableWidgetItem(m_rows.at(i).password);
        p->setFont(QFont(QStringLiteral("monospace")));
        m_table->setItem(i, 1, p);
        m_table->setItem(i, 2, new QTableWidgetItem(m_rows.at(i).course));
    }
    m_table->resizeColumnsToContents();
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("passwordsClose"));
    m_save->setObjectName(QStringLiteral("passwordsSave"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &UsersPasswordsDialog::chooseFile);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(520, 360);
}

UsersPasswordsDialog::~UsersPasswordsDialog()
{
    for (Row &r : m_rows)
        r.password.fill(QLatin1Char(' ')); // forget them (best effort: Qt may hold copies)
}

QString UsersPasswordsDialog::shownText() const
{
    QString out;
    for (int i = 0; i < m_table->rowCount(); ++i)
        out += m_table->item(i, 0)->text() + QLatin1Char(' ') + m_table->item(i, 1)->text() + QLatin1Char('\n');
    return out;
}

void UsersPasswordsDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Save the passwords as CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("passwords-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveTo(path);
        Q_EMIT message(error.isEmpty() ? tr("Saved %n password(s) to %1 (readable only by you).", nullptr, rowCount()).arg(path)
                                       : tr("Could not save %1: %2").arg(path, error));
    });
    dialog->open();
}

QString UsersPasswordsDialog::saveTo(const QString &path)
{
    if (m_saved)
        return tr("The passwords were saved already; Phoenix writes them once.");
    PasswordsFile file;
    CloudError e = file.open(path, true); // the file dialog asked before replacing
    for (int i = 0; !e && i < m_rows.size(); ++i)
        e = file.append(m_rows.at(i).user, m_rows.at(i).password, m_rows.at(i).course);
    if (!e)
        e = file.close();
    if (e)
        return e.userMessage();
    m_saved = true;
    m_save->setEnabled(false);
    m_note->setText(tr("Saved to %1 (readable only by you). Give it to the teacher, then delete it. Phoenix keeps no "
                       "copy.").arg(path));
    return {};
}
