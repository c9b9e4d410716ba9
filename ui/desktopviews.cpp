#include "ui/desktopviews.h"

#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "models/items/desktopfilterproxy.h"
#include "ui/desktoptab.h"
#include "models/items/desktoptablemodel.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>

namespace
{
const QString AnyValue = QStringLiteral("\x01any");

// A filter combo lists at most this many values; beyond that the quick filter finds the rest.
constexpr int MaxChoices = 400;

void fillCombo(QComboBox *combo, const QString &anyText, QStringList values, const QString &moreText)
{
    const QString current = combo->currentData().toString();
    values.sort(Qt::CaseInsensitive);
    QStringList shown = values.mid(0, MaxChoices);
    if (!current.isEmpty() && current != AnyValue && !shown.contains(current)) // the chosen one stays
        shown << current;
    // unchanged: leave the combo alone (this runs after every poll)
    QStringList before;
    for (int i = 1; i < combo->count(); ++i)
        before << combo->itemData(i).toString();
    if (combo->count() > 0 && combo->itemText(0) == anyText && before == shown)
        return;
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(anyText, AnyValue);
    for (const QString &v : std::as_const(shown))
        combo->addItem(v, v);
    if (values.size() > shown.size()) {
        combo->addItem(moreText.arg(values.size() - shown.size()));
        qobject_cast<QStandardItemModel *>(combo->model())->item(combo->count() - 1)->setEnabled(false);
    }
    const int i = combo->findData(current.isEmpty() ? AnyValue : current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
    combo->blockSignals(false);
}
} // namespace

DesktopViews::DesktopViews(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_model(new DesktopTableModel(this))
    , m_filterBar(new QWidget(parentWidget))
    , m_quickFilter(new QLineEdit(m_filterBar))
    , m_state(new QComboBox(m_filterBar))
    , m_course(new QComboBox(m_filterBar))
    , m_owner(new QComboBox(m_filterBar))
{
    const DesktopFilterProxy::RoleFilter roles[TabCount] = {DesktopFilterProxy::RoleFilter::Teacher,
                                                            DesktopFilterProxy::RoleFilter::Student,
                                                            DesktopFilterProxy::RoleFilter::Other};
    const char *keys[TabCount] = {"teacherDesktops", "studentDesktops", "otherServers"};
    for (int t = 0; t < TabCount; ++t) {
        m_proxies[t] = new DesktopFilterProxy(roles[t], this);
        m_proxies[t]->setSourceModel(m_model);
        m_tabs[t] = new DesktopTab(m_proxies[t], QString::fromLatin1(keys[t]), parentWidget);
    }
    m_tabs[Teachers]->setDefaultHiddenColumns({DesktopTableModel::Seat, DesktopTableModel::Flavor, DesktopTableModel::Expires});
    m_tabs[Students]->setDefaultHiddenColumns({DesktopTableModel::Flavor, DesktopTableModel::Expires});
    m_tabs[Others]->setDefaultHiddenColumns({DesktopTableModel::Owner, DesktopTableModel::Course, DesktopTableModel::Seat,
                                             DesktopTableModel::Expires});

    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_quickFilter->setMinimumWidth(260);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_course->setObjectName(QStringLiteral("courseFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    for (QComboBox *c : {m_state, m_course, m_owner})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(m_filterBar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_quickFilter, 2);
    layout->addWidget(m_state);
    layout->addWidget(m_course);
    layout->addWidget(m_owner);
    layout->addStretch(1);

    connect(m_quickFilter, &QLineEdit::textChanged, this, &DesktopViews::applyFilters);
    for (QComboBox *c : {m_state, m_course, m_owner})
        connect(c, &QComboBox::currentIndexChanged, this, &DesktopViews::applyFilters);

    // Age and expiry move with the clock; the filter choices follow the data, at most once a second.
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, m_model, &DesktopTableModel::refreshTimes);
    m_clock.start();
    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(1000);
    connect(&m_choicesTimer, &QTimer::timeout, this, &DesktopViews::updateFilterChoices);
    retranslate();
}

void DesktopViews::setConnection(CloudConnection *connection)
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->inventory()->disconnect(this);
        m_connection->inventory()->disconnect(m_model);
        m_connection->engine()->disconnect(m_model);
        m_connection->catalog()->disconnect(m_model);
    }
    m_connection = connection;
    m_model->clearTasks();
    if (!connection) {
        m_model->setServers({});
        updateActor();
        updateFilterChoices();
        updateEmptyTexts();
        return;
    }
    Inventory *inventory = connection->inventory();
    m_model->setServers(inventory->servers()); // the one reset: a new data source
    m_model->setImageNames(connection->catalog()->imageNames());
    m_model->setFlavorNames(connection->catalog()->flavorNames());
    for (const TaskSnapshot &t : [connection] {
             QList<TaskSnapshot> all;
             for (const BatchSnapshot &b : connection->engine()->batches())
                 all << connection->engine()->tasksOfBatch(b.id);
             return all;
         }())
        m_model->applyTask(t);

    connect(inventory, &Inventory::serversChanged, m_model, &DesktopTableModel::applyDiff);
    connect(inventory, &Inventory::serversChanged, this, &DesktopViews::onServersChanged);
    connect(connection->engine(), &TaskEngine::taskChanged, m_model, &DesktopTableModel::applyTask);
    connect(connection->catalog(), &CloudCatalog::imagesChanged, m_model,
            [this, connection] { m_model->setImageNames(connection->catalog()->imageNames()); });
    connect(connection->catalog(), &CloudCatalog::flavorsChanged, m_model,
            [this, connection] { m_model->setFlavorNames(connection->catalog()->flavorNames()); });
    connect(connection, &CloudConnection::ready, this, &DesktopViews::updateActor);
    connect(connection, &CloudConnection::stateChanged, this, &DesktopViews::updateEmptyTexts);
    connect(inventory, &Inventory::refreshed, this, &DesktopViews::updateEmptyTexts);
    updateActor();
    updateFilterChoices();
    updateEmptyTexts();
}

void DesktopViews::onServersChanged()
{
    if (m_connection && !m_actor.admin)
        updateActor(); // what a member teaches can change with the data
    if (!m_choicesTimer.isActive())
        m_choicesTimer.start();
}

void DesktopViews::updateActor()
{
    Actor actor;
    if (m_connection) {
        const AuthState auth = m_connection->auth();
        // Until Keystone has answered, the roles are unknown: show the cache as it is (the
        // cloud still enforces its own policy on every call).
        const bool admin = auth.token.isEmpty() || auth.isAdmin();
        actor = Actor::fromServers(admin, auth.userName, auth.userId, m_model->servers());
    }
    const bool changed = actor.admin != m_actor.admin || actor.userName != m_actor.userName
        || actor.taughtCourses != m_actor.taughtCourses || actor.userId != m_actor.userId;
    if (!changed)
        return;
    m_actor = actor;
    for (DesktopFilterProxy *p : m_proxies)
        p->setActor(actor);
    Q_EMIT actorChanged();
}

void DesktopViews::updateFilterChoices()
{
    QSet<QString> courses;
    QSet<QString> owners;
    for (const Server &s : m_model->servers()) {
        const QString course = s.meta(PhoenixMeta::Course);
        const QString owner = s.meta(PhoenixMeta::Owner);
        if (!course.isEmpty())
            courses.insert(course);
        if (!owner.isEmpty())
            owners.insert(owner);
    }
    const QString more = tr("(%1 more: use the quick filter)");
    fillCombo(m_course, tr("All courses"), QStringList(courses.cbegin(), courses.cend()), more);
    fillCombo(m_owner, tr("All owners"), QStringList(owners.cbegin(), owners.cend()), more);
}

void DesktopViews::applyFilters()
{
    const QVariant state = m_state->currentData();
    const std::optional<DesktopState::Kind> kind =
        state.isValid() && state.toInt() >= 0 ? std::optional(DesktopState::Kind(state.toInt())) : std::nullopt;
    const QString course = m_course->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    for (DesktopFilterProxy *p : m_proxies) {
        p->setQuickFilter(m_quickFilter->text());
        p->setStateFilter(kind);
        p->setCourseFilter(course == AnyValue ? QString() : course);
        p->setOwnerFilter(owner == AnyValue ? QString() : owner);
    }
}

void DesktopViews::clearFilters()
{
    m_quickFilter->clear();
    m_state->setCurrentIndex(0);
    m_course->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
}

QString DesktopViews::courseFilter() const
{
    const QString course = m_course->currentData().toString();
    return course == AnyValue ? QString() : course;
}

void DesktopViews::setCourseFilter(const QString &course)
{
    updateFilterChoices();
    const int i = m_course->findData(course);
    if (i < 0) // not (yet) among the data: remember it as a choice anyway
        m_course->addItem(course, course);
    m_course->setCurrentIndex(m_course->findData(course));
}

void DesktopViews::retranslate()
{
    m_quickFilter->setPlaceholderText(tr("Filter by name, owner, course, address… (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setToolTip(tr("Shows only desktops whose columns contain every word typed here"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->setToolTip(tr("Show only desktops in this state"));
    m_course->setAccessibleName(tr("Course filter"));
    m_course->setToolTip(tr("Show only desktops of this course"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->setToolTip(tr("Show only desktops of this owner"));

    const int stateIndex = qMax(0, m_state->currentIndex());
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("All states"), -1);
    for (DesktopState::Kind k : {DesktopState::Active, DesktopState::Suspended, DesktopState::Shutoff, DesktopState::Shelved,
                                 DesktopState::Busy, DesktopState::Creating, DesktopState::Error, DesktopState::Paused})
        m_state->addItem(QIcon(DesktopState::iconPath(k)), DesktopState::kindText(k), int(k));
    m_state->setCurrentIndex(stateIndex);
    m_state->blockSignals(false);
    updateFilterChoices();

    updateEmptyTexts();
    m_tabs[Teachers]->view()->setAccessibleName(tr("Teacher desktops"));
    m_tabs[Students]->view()->setAccessibleName(tr("Student desktops"));
    m_tabs[Others]->view()->setAccessibleName(tr("Other servers"));
    m_model->retranslate();
    for (DesktopFilterProxy *p : m_proxies)
        p->updateLocale();
}

// "Loading" is not "empty": until the first listing of this run is in, the tables say so.
void DesktopViews::updateEmptyTexts()
{
    const bool loading = m_connection && m_connection->inventory()->isFromCache()
        && m_connection->state() != CloudConnection::State::Failed;
    if (loading) {
        for (DesktopTab *t : m_tabs)
            t->setEmptyText(tr("Loading…"));
        return;
    }
    if (m_connection && m_connection->state() == CloudConnection::State::Failed && m_connection->inventory()->isFromCache()) {
        for (DesktopTab *t : m_tabs)
            t->setEmptyText(tr("Not signed in: nothing could be listed."));
        return;
    }
    m_tabs[Teachers]->setEmptyText(tr("No teacher desktops. Create them with Desktops › New desktops…"));
    m_tabs[Students]->setEmptyText(tr("No student desktops. Create a class's desktops with Desktops › New desktops…"));
    m_tabs[Others]->setEmptyText(tr("No other servers in this project."));
}

void DesktopViews::saveState(QSettings &settings) const
{
    for (DesktopTab *t : m_tabs)
        t->saveState(settings);
}

void DesktopViews::restoreState(QSettings &settings)
{
    for (DesktopTab *t : m_tabs)
        t->restoreState(settings);
}
