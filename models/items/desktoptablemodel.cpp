#include "models/items/desktoptablemodel.h"

#include "models/domain/desktoprole.h"
#include "cloud/reachabilityprobe.h"
#include "models/items/taskoutcome.h"

#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <limits>

Q_LOGGING_CATEGORY(lcDesktopModel, "phoenix.models.desktops", QtInfoMsg)

namespace
{
const QList<int> &changedRoles()
{
    static const QList<int> roles = {Qt::DisplayRole,
                                     Qt::DecorationRole,
                                     Qt::ForegroundRole,
                                     Qt::ToolTipRole,
                                     Qt::AccessibleTextRole,
                                     DesktopTableModel::SortRole,
                                     DesktopTableModel::RawValueRole,
                                     DesktopTableModel::StateKindRole,
                                     DesktopTableModel::DesktopRoleRole,
                                     DesktopTableModel::ProgressRole,
                                     DesktopTableModel::TaskFailedRole,
                                     DesktopTableModel::BusyRole,
                                     DesktopTableModel::ReachabilityRole};
    return roles;
}

// One QIcon per state (made on first use; data() runs for every painted cell).
QIcon stateIcon(DesktopState::Kind kind)
{
    static std::array<QIcon, DesktopState::Unknown + 1> icons;
    QIcon &icon = icons[size_t(kind)];
    if (icon.isNull())
        icon = QIcon(DesktopState::iconPath(kind));
    return icon;
}

QIcon outcomeIcon(TaskOutcome::Kind kind)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(kind));
    if (it == icons.end())
        it = icons.insert(int(kind), QIcon(TaskOutcome::iconPath(kind)));
    return *it;
}

} // namespace

DesktopTableModel::DesktopTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_collator(NaturalSortKey::makeCollator(m_locale))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_loader(this)
{
    m_probeTimer.setInterval(1000);
    connect(&m_probeTimer, &QTimer::timeout, this, &DesktopTableModel::onProbeTick);
}

DesktopTableModel::~DesktopTableModel() = default;

int DesktopTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DesktopTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DesktopTableModel::columnName(Column column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Course:
        return tr("Course");
    case Seat:
        return tr("Seat");
    case State:
        return tr("State");
    case Task:
        return tr("Task");
    case Reachable:
        return tr("Reachable", "column: does the desktop answer on its remote-desktop port");
    case FixedAddress:
        return tr("Address");
    case FloatingAddress:
        return tr("Floating IP");
    case Image:
        return tr("Image");
    case Flavor:
        return tr("Flavor");
    case Age:
        return tr("Age");
    case Expires:
        return tr("Expires");
    case ColumnCount:
        break;
    }
    return {};
}

QString DesktopTableModel::columnKey(Column column)
{
    static const char *const keys[] = {"name", "owner", "course", "seat", "state", "task", "reachable",
                                       "fixed", "floating", "image", "flavor", "age", "expires"};
    static_assert(std::size(keys) == size_t(ColumnCount));
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant DesktopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    if (role == RawValueRole)
        return columnKey(Column(section));
    return {};
}

QHash<int, QByteArray> DesktopTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServerIdRole, "serverId");
    names.insert(SortRole, "sortValue");
    names.insert(RawValueRole, "rawValue");
    names.insert(StateKindRole, "stateKind");
    names.insert(DesktopRoleRole, "desktopRole");
    names.insert(ProgressRole, "progress");
    names.insert(TaskFailedRole, "taskFailed");
    names.insert(BusyRole, "busy");
    names.insert(ReachabilityRole, "reachability");
    return names;
}

QVariant DesktopTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const DesktopState::Kind kind = row.kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::AccessibleTextRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (column == State)
            return stateIcon(kind);
        if (column == Reachable) {
            switch (reachability(index.row())) {
            case Reachability::Probing:
                return outcomeIcon(TaskOutcome::Running);
            case Reachability::Reachable:
                return outcomeIcon(TaskOutcome::Done);
            case Reachability::Unreachable:
                return outcomeIcon(TaskOutcome::DoneWithWarnings);
            case Reachability::Unknown:
                break;
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (column == State)
            return DesktopState::color(kind);
        if (column == Reachable && reachability(index.row()) == Reachability::Unreachable)
            return TaskOutcome::color(TaskOutcome::DoneWithWarnings);
        if (column == Task && row.task && row.task->state == TaskState::Failed)
            return DesktopState::color(DesktopState::Error);
        if (column == Expires) {
            const QDateTime expires = parseOpenStackTime(row.server.meta(PhoenixMeta::Expires));
            if (expires.isValid() && expires < m_clock())
                return DesktopState::color(DesktopState::Error);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == State) {
            QString tip = tr("Nova status %1").arg(row.server.status);
            if (!row.server.taskState.isEmpty())
                tip += QLatin1Char('\n') + tr("Task state %1").arg(row.server.taskState);
            if (!row.server.faultMessage.isEmpty())
                tip += QLatin1Char('\n') + row.server.faultMessage;
            return tip;
        }
        if (column == Task && row.task && !row.task->error.isEmpty())
            return row.task->error;
        if (column == Reachable && row.reach && !row.reach->detail.isEmpty())
            return row.reach->detail;
        if (column == Name)
            return row.server.id;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Seat)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ServerIdRole:
        return row.server.id;
    case SortRole:
        return sortData(row, column);
    case RawValueRole:
        return rawData(row, column);
    case StateKindRole:
        return int(kind);
    case DesktopRoleRole:
        return row.role < 0 ? QString() : DesktopRoles::key(DesktopRole(row.role));
    case ProgressRole:
        return row.task && row.task->active() ? row.task->progress : -1;
    case TaskFailedRole:
        return row.task && row.task->state == TaskState::Failed;
    case BusyRole:
        return row.task && row.task->active() && !row.task->probing();
    case ReachabilityRole:
        return int(reachability(index.row()));
    default:
        return {};
    }
}

QVariant DesktopTableModel::displayData(const Row &row, int column) const
{
    const Server &s = row.server;
    switch (column) {
    case Name:
        return s.name;
    case Owner:
        return s.meta(PhoenixMeta::Owner);
    case Course:
        return s.meta(PhoenixMeta::Course);
    case Seat:
        return s.meta(PhoenixMeta::Seat);
    case State:
        return DesktopState::text(s);
    case Task:
        return row.task ? taskText(*row.task) : QString();
    case Reachable:
        return reachText(row);
    case FixedAddress:
        return s.fixedAddress();
    case FloatingAddress:
        return s.floatingAddress();
    case Image:
        return imageName(s);
    case Flavor:
        return flavorName(s);
    case Age:
        return ageText(s.created);
    case Expires: {
        const QDateTime expires = parseOpenStackTime(s.meta(PhoenixMeta::Expires));
        return expires.isValid() ? QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QVariant DesktopTableModel::sortData(const Row &row, int column) const
{
    const Server &s = row.server;
    switch (column) {
    case Seat: {
        bool ok = false;
        const int seat = s.meta(PhoenixMeta::Seat).toInt(&ok);
        return ok ? seat : std::numeric_limits<int>::max();
    }
    case State:
        return DesktopState::sortRank(row.kind);
    case Task:
        return row.task ? (row.task->state == TaskState::Failed ? -1 : row.task->progress) : 1000;
    case Reachable: // problems first, then the checks running, then the good ones
        if (row.task && row.task->probing())
            return 1;
        return row.reach ? (row.reach->reachable ? 2 : 0) : 3;
    case Age:
        return s.created.isValid() ? s.created.secsTo(m_clock()) : std::numeric_limits<qint64>::max();
    case Expires: {
        const QDateTime expires = parseOpenStackTime(s.meta(PhoenixMeta::Expires));
        return expires.isValid() ? expires.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    default:
        return displayData(row, column);
    }
}

QVariant DesktopTableModel::rawData(const Row &row, int column) const
{
    const Server &s = row.server;
    switch (column) {
    case Name:
        return s.name;
    case State:
        return s.status;
    case Task:
        return row.task ? TaskText::kindKey(row.task->kind) : QString();
    case Reachable:
        if (row.task && row.task->probing())
            return QStringLiteral("probing");
        return row.reach ? QString::fromLatin1(row.reach->reachable ? "reachable" : "unreachable") : QString();
    case Image:
        return s.imageId;
    case Flavor:
        return s.flavorId.isEmpty() ? s.flavorName : s.flavorId;
    case Age:
        return formatOpenStackTime(s.created);
    case Expires:
        return s.meta(PhoenixMeta::Expires);
    default:
        return displayData(row, column);
    }
}

QString DesktopTableModel::taskText(const TaskInfo &task) const
{
    const QString kind = TaskText::kindName(task.kind);
    switch (task.state) {
    case TaskState::Failed:
        return tr("%1 failed").arg(kind);
    case TaskState::Cancelled:
        return tr("%1 cancelled").arg(kind);
    case TaskState::Done:
        return tr("%1 done").arg(kind);
    case TaskState::Pending:
        return tr("%1 queued").arg(kind);
    case TaskState::Running:
    case TaskState::Waiting:
        break;
    }
    return tr("%1: %2 (%3/%4)", "task kind: stage (step/steps)")
        .arg(kind, TaskText::stageName(task.stage))
        .arg(task.stageIndex + 1)
        .arg(qMax(task.stageCount, 1));
}

QString DesktopTableModel::probeElapsedText(const TaskInfo &task) const
{
    const qint64 secs = task.stageStartedAt.isValid() ? qMax<qint64>(0, task.stageStartedAt.secsTo(m_clock())) : 0;
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString DesktopTableModel::reachText(const Row &row) const
{
    if (row.task && row.task->probing()) {
        const QString protocol = ReachabilityProbe::protocolName(ReachabilityProbe::protocolForPort(m_probePort));
        return tr("Waiting for %1 (%2)", "protocol (minutes:seconds)").arg(protocol, probeElapsedText(*row.task));
    }
    if (!row.reach)
        return {};
    if (row.reach->reachable)
        return tr("Reachable", "the desktop answers");
    // the stage's note already says why ("Not reachable from this computer after 300 s: …")
    return row.reach->detail.isEmpty() ? tr("Not reachable") : row.reach->detail;
}

DesktopTableModel::Reachability DesktopTableModel::reachability(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.task && r.task->probing())
        return Reachability::Probing;
    if (!r.reach)
        return Reachability::Unknown;
    return r.reach->reachable ? Reachability::Reachable : Reachability::Unreachable;
}

void DesktopTableModel::setProbePort(int port)
{
    if (port == m_probePort)
        return;
    m_probePort = port;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Reachable), index(rowCount() - 1, Reachable), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void DesktopTableModel::onProbeTick()
{
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).task && m_rows.at(row).task->probing()) {
            any = true;
            Q_EMIT dataChanged(index(row, Reachable), index(row, Reachable), {Qt::DisplayRole, Qt::AccessibleTextRole});
        }
    }
    if (!any)
        m_probeTimer.stop();
}

QString DesktopTableModel::imageName(const Server &server) const
{
    if (server.imageId.isEmpty())
        return tr("(volume)", "server booted from a volume, no image");
    return m_imageNames.value(server.imageId, server.imageId);
}

QString DesktopTableModel::flavorName(const Server &server) const
{
    if (!server.flavorName.isEmpty())
        return server.flavorName;
    return m_flavorNames.value(server.flavorId, server.flavorId);
}

QString DesktopTableModel::ageText(const QDateTime &created) const
{
    if (!created.isValid())
        return {};
    const qint64 secs = qMax<qint64>(0, created.secsTo(m_clock()));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min", "age", int(secs / 60));
    if (secs < 86400)
        return tr("%n h", "age", int(secs / 3600));
    return tr("%n d", "age", int(secs / 86400));
}

// ---------------------------------------------------------------------------------------------
void DesktopTableModel::setServers(const QList<Server> &servers)
{
    beginResetModel();
    m_rows.clear();
    m_loader.clear();
    m_rows.reserve(qMin<qsizetype>(servers.size(), InsertChunk));
    qsizetype i = 0;
    for (; i < servers.size() && m_rows.size() < InsertChunk; ++i) {
        if (!servers.at(i).isDeleted())
            m_rows.append(makeRow(servers.at(i)));
    }
    rebuildIndex();
    for (Row &row : m_rows)
        row.task = takePendingTask(row.server);
    endResetModel();
    if (i < servers.size())
        m_loader.addListing(servers, i); // the rest follows in chunks, after the reset, sorted by a worker
}

void DesktopTableModel::applyDiff(const QList<Server> &changed, const QStringList &removedIds)
{
    if (m_loader.takeDiff(changed, removedIds))
        return; // a listing of new desktops for the worker, or news that waits for one
    QSet<QString> consumed; // servers still waiting for their insertion take the news there
    m_loader.updateWaiting(removedIds, changed, &consumed);
    removeRows(removedIds, changed);
    const int fresh = updateOrQueue(changed, consumed);
    if (fresh > InsertChunk || (fresh > 0 && m_loader.isBusy()))
        m_loader.startTimer(); // a big listing: the chunks start at the next turn of the event loop
    else if (fresh > 0)
        m_loader.insertChunk(); // a few new desktops (they are at the back): in now
    qCDebug(lcDesktopModel) << "diff applied:" << changed.size() << "changed," << removedIds.size() << "removed,"
                            << fresh << "new; rows" << m_rows.size();
}

// Vanished servers (and those the delta reports as deleted), bottom-up in contiguous ranges.
void DesktopTableModel::removeRows(const QStringList &removedIds, const QList<Server> &changed)
{
    QList<int> doomed;
    for (const QString &id : removedIds) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            doomed << row;
    }
    for (const Server &s : changed) {
        const int row = s.isDeleted() ? m_rowById.value(s.id, -1) : -1;
        if (row >= 0)
            doomed << row;
    }
    if (doomed.isEmpty())
        return;
    std::sort(doomed.begin(), doomed.end(), std::greater<int>());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    for (int row : std::as_const(doomed))
        m_rowById.remove(m_rows.at(row).server.id);
    int i = 0;
    while (i < doomed.size()) {
        const int last = doomed.at(i);
        int first = last;
        while (i + 1 < doomed.size() && doomed.at(i + 1) == first - 1)
            first = doomed.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    // rows above the first removal keep their number; only those below it moved up
    for (int row = doomed.last(); row < m_rows.size(); ++row)
        m_rowById[m_rows.at(row).server.id] = row;
}

// Known servers change in place; new ones are queued for insertion. Returns how many are new.
int DesktopTableModel::updateOrQueue(const QList<Server> &changed, const QSet<QString> &consumed)
{
    int fresh = 0;
    QSet<QString> freshIds;
    QList<Change> changes;
    for (const Server &s : changed) {
        if (s.isDeleted() || consumed.contains(s.id))
            continue;
        const int row = m_rowById.value(s.id, -1);
        if (row >= 0) {
            if (const std::optional<Change> c = updateRow(row, s))
                changes << *c;
        } else if (!freshIds.contains(s.id)) {
            freshIds.insert(s.id);
            m_loader.queue(DesktopRowLoader::bareRow(s));
            ++fresh;
        }
    }
    m_loader.queued(fresh);
    emitChanges(changes);
    return fresh;
}

// One dataChanged per run of adjacent changed rows (their columns joined), top to bottom: each
// signal goes through three proxies and their views.
void DesktopTableModel::emitChanges(QList<Change> &changes)
{
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.row < b.row; });
    qsizetype i = 0;
    while (i < changes.size()) {
        const int top = changes.at(i).row;
        int bottom = top;
        int first = changes.at(i).first;
        int last = changes.at(i).last;
        while (++i < changes.size() && changes.at(i).row <= bottom + 1) {
            bottom = changes.at(i).row;
            first = qMin(first, changes.at(i).first);
            last = qMax(last, changes.at(i).last);
        }
        Q_EMIT dataChanged(index(top, first), index(bottom, last), changedRoles());
    }
}

std::optional<DesktopTableModel::Change> DesktopTableModel::updateRow(int row, const Server &server)
{
    Row &r = m_rows[row];
    if (r.server == server)
        return std::nullopt;
    const Row before = r;
    r.server = server;
    r.kind = DesktopState::kindOf(server);
    const std::optional<DesktopRole> role = DesktopRoles::of(server);
    r.role = role ? qint8(*role) : qint8(-1);
    if (server.name != before.server.name)
        r.nameKey = NaturalSortKey(server.name, m_collator);
    if (r.reach && server.status != QLatin1String("ACTIVE"))
        r.reach.reset(); // a desktop that stopped running answers nobody: the old check is void
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (displayData(before, c) != displayData(r, c) || rawData(before, c) != rawData(r, c)
            || (c == State && before.kind != r.kind)) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (first < 0) { // only fields no column shows (tooltips, fault text): refresh the row
        first = 0;
        last = ColumnCount - 1;
    }
    return Change{row, first, last};
}

void DesktopTableModel::derive(Row &row) const
{
    DesktopRowLoader::deriveRow(row, m_collator);
}

DesktopTableModel::Row DesktopTableModel::makeRow(const Server &server) const
{
    Row row = DesktopRowLoader::bareRow(server);
    derive(row);
    return row;
}

std::optional<DesktopRole> DesktopTableModel::roleAt(int row) const
{
    const qint8 role = m_rows.at(row).role;
    return role < 0 ? std::nullopt : std::optional<DesktopRole>(DesktopRole(role));
}

// A task reported before its server was listed (a create's BUILD, a resume before the first
// poll) waits by server id, or by name while the server has none yet.
std::optional<DesktopTableModel::TaskInfo> DesktopTableModel::takePendingTask(const Server &server)
{
    if (m_pendingTasks.isEmpty())
        return std::nullopt;
    auto it = m_pendingTasks.find(server.id);
    if (it == m_pendingTasks.end())
        it = m_pendingTasks.find(QStringLiteral("name:") + server.name);
    if (it == m_pendingTasks.end())
        return std::nullopt;
    TaskInfo info = *it;
    m_pendingTasks.erase(it);
    if (info.probing())
        m_probeTimer.start();
    return info;
}

QString DesktopTableModel::taskKey(const TaskSnapshot &task)
{
    return task.spec.serverId.isEmpty() ? QStringLiteral("name:") + task.spec.serverName : task.spec.serverId;
}

void DesktopTableModel::applyTask(const TaskSnapshot &task)
{
    TaskInfo info;
    info.taskId = task.id;
    info.kind = task.spec.kind;
    info.state = task.state;
    info.stage = task.currentStage();
    info.stageIndex = task.stageIndex;
    info.stageCount = int(task.chain.size());
    info.progress = task.progress();
    info.error = task.error;
    info.stageStartedAt = task.stageStartedAt;
    const bool keep = info.active() || info.state == TaskState::Failed;

    const QString key = taskKey(task);
    int row = m_rowById.value(key, -1);
    if (row < 0 && !task.spec.serverId.isEmpty()) {
        m_pendingTasks.remove(QStringLiteral("name:") + task.spec.serverName); // BUILD found its server
        for (int i = 0; i < m_rows.size() && row < 0; ++i) {
            if (m_rows.at(i).task && m_rows.at(i).task->taskId == task.id)
                row = i;
        }
    }
    if (row < 0) {
        if (keep)
            m_pendingTasks.insert(key, info);
        else
            m_pendingTasks.remove(key);
        return;
    }
    Row &r = m_rows[row];
    // An older task's late update must not hide the newer task on the same desktop.
    if (r.task && r.task->taskId != task.id && r.task->active() && !info.active())
        return;
    const bool wasActive = r.task && r.task->taskId == task.id && r.task->active();
    if (keep)
        r.task = info;
    else
        r.task.reset();
    updateReach(r, task);
    if (info.probing() && !m_probeTimer.isActive())
        m_probeTimer.start();
    emitRowChanged(row, Task, Reachable);
    if (wasActive && task.isFinished())
        Q_EMIT desktopTaskEnded(r.server.id, task);
}

// The desktop's reachability follows the task's DETECT stage: a new task that will check it again
// voids the old result; a finished check (reached, or not under the warn or fail policy) sets it.
void DesktopTableModel::updateReach(Row &row, const TaskSnapshot &task)
{
    const int detect = int(task.chain.indexOf(Stage::Detect));
    if (detect < 0)
        return;
    for (auto it = task.history.crbegin(); it != task.history.crend(); ++it) {
        if (it->index != detect)
            continue;
        if (!it->ok && task.state != TaskState::Failed)
            break; // a try that will be repeated
        if (row.reach && row.reach->at == it->finishedAt)
            return;
        row.reach = DesktopReachability{it->ok && !it->warning, it->message, it->finishedAt};
        return;
    }
    if (task.isFinished())
        return; // cancelled or failed before the check: what was known stays
    row.reach.reset();
}

void DesktopTableModel::clearTasks()
{
    m_pendingTasks.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).task || m_rows.at(row).reach) {
            m_rows[row].task.reset();
            m_rows[row].reach.reset();
            emitRowChanged(row, Task, Reachable);
        }
    }
}

void DesktopTableModel::setImageNames(const QHash<QString, QString> &names)
{
    if (names == m_imageNames)
        return;
    m_imageNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Image), index(rowCount() - 1, Image), {Qt::DisplayRole, Qt::AccessibleTextRole, SortRole});
}

void DesktopTableModel::setFlavorNames(const QHash<QString, QString> &names)
{
    if (names == m_flavorNames)
        return;
    m_flavorNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Flavor), index(rowCount() - 1, Flavor), {Qt::DisplayRole, Qt::AccessibleTextRole, SortRole});
}

void DesktopTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void DesktopTableModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    const QList<int> roles = {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ForegroundRole, SortRole};
    Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age), roles);
    Q_EMIT dataChanged(index(0, Expires), index(rowCount() - 1, Expires), roles);
}

void DesktopTableModel::retranslate()
{
    if (QLocale() != m_locale) { // the name keys follow the language's collation
        m_locale = QLocale();
        m_collator = NaturalSortKey::makeCollator(m_locale);
        for (Row &r : m_rows)
            r.nameKey = NaturalSortKey(r.server.name, m_collator);
        m_loader.invalidateKeys();
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, SortRole});
}

int DesktopTableModel::rowOf(const QString &serverId) const
{
    return m_rowById.value(serverId, -1);
}

const Server &DesktopTableModel::serverAt(int row) const
{
    return m_rows.at(row).server;
}

QList<Server> DesktopTableModel::servers() const
{
    QList<Server> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out << r.server;
    m_loader.appendServers(out);
    return out;
}

QSet<QString> DesktopTableModel::busyIds() const
{
    QSet<QString> ids;
    for (const Row &r : m_rows) {
        if (r.task && r.task->active() && !r.task->probing())
            ids.insert(r.server.id);
    }
    return ids;
}

void DesktopTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).server.id, i);
}

void DesktopTableModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn), changedRoles());
}
