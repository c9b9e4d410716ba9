#include "models/items/desktoptablemodel.h"

#include "models/domain/desktoprole.h"
#include "cloud/reachabilityprobe.h"
#include "models/items/taskoutcome.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <numeric>

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

// The derived fields of a row (DesktopRow::nameKey, kind, role); thread-safe, the worker uses it.
void deriveRow(DesktopRow &row, const QCollator &collator)
{
    row.kind = DesktopState::kindOf(row.server);
    const std::optional<DesktopRole> role = DesktopRoles::of(row.server);
    row.role = role ? qint8(*role) : qint8(-1);
    row.nameKey = NaturalSortKey(row.server.name, collator);
    row.derived = true;
}

// The worker's part of a big listing: keys made, rows sorted by name, descending (the model
// takes chunks from the back). Ties by id, so that the order is the same every time.
QList<DesktopRow> sortRows(QList<DesktopRow> rows, const QLocale &locale)
{
    const QCollator collator = NaturalSortKey::makeCollator(locale);
    for (DesktopRow &r : rows) {
        if (!r.derived)
            deriveRow(r, collator);
    }
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = rows.at(a).nameKey.compare(rows.at(b).nameKey, collator);
        return c != 0 ? c > 0 : rows.at(a).server.id > rows.at(b).server.id;
    });
    QList<DesktopRow> sorted;
    sorted.reserve(rows.size());
    for (int i : order)
        sorted.append(std::move(rows[i]));
    return sorted;
}

// A row not derived yet (a pending one: the worker or the chunk derives it).
DesktopRow bareRow(const Server &server)
{
    DesktopRow row;
    row.server = server;
    return row;
}

// Rows for batch[from...]: each server once, deleted ones and those in `seen` left out.
void appendNewRows(const QList<Server> &batch, qsizetype from, QSet<QString> &seen, QList<DesktopRow> &out)
{
    for (qsizetype i = from; i < batch.size(); ++i) {
        const Server &s = batch.at(i);
        if (s.isDeleted() || seen.contains(s.id))
            continue;
        seen.insert(s.id);
        out.append(bareRow(s));
    }
}
} // namespace

// Lets a sorting worker hand its result back only while the model lives.
struct DesktopTableModel::SortGuard
{
    QMutex mutex;
    DesktopTableModel *model = nullptr;
};

DesktopTableModel::DesktopTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_sortGuard(std::make_shared<SortGuard>())
    , m_collator(NaturalSortKey::makeCollator(m_locale))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_sortGuard->model = this;
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    connect(&m_insertTimer, &QTimer::timeout, this, &DesktopTableModel::onInsertTimer);
    m_probeTimer.setInterval(1000);
    connect(&m_probeTimer, &QTimer::timeout, this, &DesktopTableModel::onProbeTick);
}

DesktopTableModel::~DesktopTableModel()
{
    QMutexLocker lock(&m_sortGuard->mutex); // a worker still sorting keeps its result to itself
    m_sortGuard->model = nullptr;
}

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
    m_pendingInsert.clear();
    m_sortedCount = 0;
    pendingChanged();
    m_batch.clear();
    m_deferred.clear();
    ++m_batchGeneration; // a worker's rows for the old data are not wanted
    m_insertTimer.stop();
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
        startBatch(servers, i); // the rest follows in chunks, after the reset, sorted by a worker
}

void DesktopTableModel::applyDiff(const QList<Server> &changed, const QStringList &removedIds)
{
    if (!m_batch.isEmpty()) { // a first listing is being sorted: this news applies after it
        m_deferred.append({changed, removedIds});
        return;
    }
    if (changed.size() > InsertChunk && m_rows.isEmpty() && m_pendingInsert.isEmpty()) {
        // A first listing (start-up from the cache, or the first poll): no row to update, so
        // the list goes to a worker as it is. Copying 50,000 servers into rows here would hold
        // this thread for 50-500 ms (mostly page faults of the new memory on these machines).
        startBatch(changed, 0);
        return;
    }
    QSet<QString> consumed; // servers still waiting for their insertion take the news there
    if (!m_pendingInsert.isEmpty())
        dropPendingRows(removedIds, changed, &consumed);
    removeRows(removedIds, changed);
    const int fresh = updateOrQueue(changed, consumed);
    if (fresh > InsertChunk || (fresh > 0 && m_sorting))
        m_insertTimer.start(); // a big listing: the chunks start at the next turn of the event loop
    else if (fresh > 0)
        insertPendingChunk(); // a few new desktops (they are at the back): in now
    qCDebug(lcDesktopModel) << "diff applied:" << changed.size() << "changed," << removedIds.size() << "removed,"
                            << fresh << "new; rows" << m_rows.size() << "pending" << m_pendingInsert.size();
}

// Servers not yet inserted (a chunked first listing): updated or dropped where they wait.
void DesktopTableModel::dropPendingRows(const QStringList &removedIds, const QList<Server> &changed, QSet<QString> *consumed)
{
    QHash<QString, int> pendingIndex;
    pendingIndex.reserve(m_pendingInsert.size());
    for (int i = 0; i < m_pendingInsert.size(); ++i)
        pendingIndex.insert(m_pendingInsert.at(i).server.id, i);
    QSet<int> drop;
    for (const QString &id : removedIds) {
        if (pendingIndex.contains(id))
            drop.insert(pendingIndex.value(id));
    }
    for (const Server &s : changed) {
        const int i = pendingIndex.value(s.id, -1);
        if (i < 0)
            continue;
        consumed->insert(s.id);
        if (s.isDeleted()) {
            drop.insert(i);
        } else {
            // where it waits (a new name may put it a little out of order: that costs a few
            // scattered inserts, never a wrong view; the proxies sort)
            m_pendingInsert[i] = makeRow(s);
            pendingChanged();
        }
    }
    if (drop.isEmpty())
        return;
    QList<Row> kept;
    kept.reserve(m_pendingInsert.size() - drop.size());
    qsizetype sortedKept = 0;
    for (int i = 0; i < m_pendingInsert.size(); ++i) {
        if (drop.contains(i))
            continue;
        kept << m_pendingInsert.at(i);
        if (i < m_sortedCount)
            ++sortedKept;
    }
    m_pendingInsert = kept;
    m_sortedCount = sortedKept;
    pendingChanged();
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
    if (changed.size() > InsertChunk) {
        freshIds.reserve(changed.size());
        m_pendingInsert.reserve(m_pendingInsert.size() + changed.size());
    }
    for (const Server &s : changed) {
        if (s.isDeleted() || consumed.contains(s.id))
            continue;
        const int row = m_rowById.value(s.id, -1);
        if (row >= 0) {
            updateRow(row, s);
        } else if (!freshIds.contains(s.id)) {
            freshIds.insert(s.id);
            m_pendingInsert.append(bareRow(s));
            ++fresh;
        }
    }
    if (fresh > 0)
        pendingChanged();
    return fresh;
}

void DesktopTableModel::updateRow(int row, const Server &server)
{
    Row &r = m_rows[row];
    if (r.server == server)
        return;
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
    emitRowChanged(row, first, last);
}

void DesktopTableModel::insertPendingChunk()
{
    if (!m_batch.isEmpty() && m_pendingInsert.isEmpty())
        takeOverBatch();
    if (m_pendingInsert.isEmpty())
        return;
    // Taken from the back: no shifting of the remaining thousands. The unsorted tail (a few new
    // desktops, or the first rows of a listing) goes first, InsertChunk at most; then the sorted
    // rows, m_chunkSize at a time, in name order.
    const qsizetype tail = m_pendingInsert.size() - m_sortedCount;
    const qsizetype count = tail > 0 ? qMin<qsizetype>(tail, InsertChunk) : qMin<qsizetype>(m_pendingInsert.size(), m_chunkSize);
    const qsizetype from = m_pendingInsert.size() - count;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(count) - 1);
    const qsizetype size = m_pendingInsert.size();
    for (qsizetype k = 0; k < count; ++k) {
        // the unsorted tail in arrival order; the sorted rows from the back (ascending names)
        Row &r = m_pendingInsert[tail > 0 ? from + k : size - 1 - k];
        if (!r.derived)
            derive(r);
        r.task = takePendingTask(r.server);
        m_rowById.insert(r.server.id, int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    m_pendingInsert.resize(from);
    m_sortedCount = qMin(m_sortedCount, from);
    pendingChanged();
    endInsertRows();
    if (!m_pendingInsert.isEmpty())
        m_insertTimer.start(); // the next chunk after the event loop has breathed
}

// One turn of the event loop's share of a big listing.
void DesktopTableModel::onInsertTimer()
{
    if (m_pendingInsert.isEmpty() || m_sorting)
        return; // (the sorted rows restart the timer)
    const qsizetype tail = m_pendingInsert.size() - m_sortedCount;
    if (tail > InsertChunk && m_rows.size() >= InsertChunk) {
        startSorting(); // scattered inserts into a big table are dear: sort them first
        return;
    }
    const bool sortedChunk = tail == 0;
    QElapsedTimer t;
    t.start();
    insertPendingChunk();
    if (sortedChunk) {
        // next chunk: about InsertBudgetMs of this thread, growing or shrinking at most 2x a turn
        const double ms = qMax(0.05, double(t.nsecsElapsed()) / 1.0e6);
        const double next = m_chunkSize * InsertBudgetMs / ms;
        m_chunkSize = int(qBound(double(m_chunkSize) / 2, next, double(m_chunkSize) * 2));
        m_chunkSize = qBound(50, m_chunkSize, 5000);
    }
}

// From a worker: hands sorted rows to the model's thread, unless the model is gone meanwhile.
void DesktopTableModel::handBack(const std::shared_ptr<SortGuard> &guard, QList<Row> sorted, quint64 generation,
                                 void (DesktopTableModel::*slot)(QList<Row>, quint64))
{
    QMutexLocker lock(&guard->mutex);
    if (DesktopTableModel *model = guard->model) {
        QMetaObject::invokeMethod(
            model, [model, sorted = std::move(sorted), generation, slot]() { (model->*slot)(sorted, generation); }, Qt::QueuedConnection);
    }
}

void DesktopTableModel::startSorting()
{
    m_sorting = true;
    const quint64 generation = m_pendingGeneration;
    QThreadPool::globalInstance()->start([guard = m_sortGuard, rows = m_pendingInsert, locale = m_locale, generation]() mutable {
        handBack(guard, sortRows(std::move(rows), locale), generation, &DesktopTableModel::onSorted);
    });
}

void DesktopTableModel::onSorted(QList<Row> sorted, quint64 generation)
{
    m_sorting = false;
    if (generation == m_pendingGeneration && sorted.size() == m_pendingInsert.size()) {
        QList<Row> unsorted = std::exchange(m_pendingInsert, std::move(sorted));
        m_sortedCount = m_pendingInsert.size();
        // 50,000 rows let go of: a few ms of reference counting, done on a worker too
        QThreadPool::globalInstance()->start([unsorted = std::move(unsorted)]() mutable { unsorted = {}; });
    } // else the pending rows changed meanwhile: the timer sorts them again
    if (!m_pendingInsert.isEmpty())
        m_insertTimer.start();
}

void DesktopTableModel::startBatch(const QList<Server> &servers, qsizetype from)
{
    m_batch = servers;
    m_batchFrom = from;
    // the first chunk as it comes, for the first paint (an empty table takes it cheaply)
    if (m_rows.isEmpty()) {
        for (; m_batchFrom < m_batch.size() && m_pendingInsert.size() < InsertChunk; ++m_batchFrom) {
            if (!m_batch.at(m_batchFrom).isDeleted())
                m_pendingInsert.append(bareRow(m_batch.at(m_batchFrom)));
        }
        pendingChanged();
        m_insertTimer.start();
    }
    const quint64 generation = ++m_batchGeneration;
    QThreadPool::globalInstance()->start([guard = m_sortGuard, batch = m_batch, from = m_batchFrom, locale = m_locale, generation]() {
        // rows of the servers not shown yet (each id once, deleted ones left out), sorted
        QSet<QString> seen;
        seen.reserve(batch.size());
        for (qsizetype i = 0; i < from; ++i)
            seen.insert(batch.at(i).id);
        QList<Row> rows;
        rows.reserve(batch.size() - from);
        appendNewRows(batch, from, seen, rows);
        handBack(guard, sortRows(std::move(rows), locale), generation, &DesktopTableModel::onBatchSorted);
    });
}

void DesktopTableModel::onBatchSorted(QList<Row> sorted, quint64 generation)
{
    if (generation != m_batchGeneration || m_batch.isEmpty())
        return; // reset, or taken over by insertPendingChunk meanwhile
    // The sorted rows go in front of what still waits (the first chunk's rest, taken first).
    QList<Row> tail = std::exchange(m_pendingInsert, std::move(sorted));
    m_sortedCount = m_pendingInsert.size();
    m_pendingInsert.append(std::move(tail));
    pendingChanged();
    m_rows.reserve(m_rows.size() + m_pendingInsert.size()); // once, not per chunk
    // the list as it came is let go of on a worker too (the last reference, 50,000 servers)
    QThreadPool::globalInstance()->start([batch = std::exchange(m_batch, {})]() mutable { batch = {}; });
    m_batchFrom = 0;
    applyDeferred();
    if (!m_pendingInsert.isEmpty())
        m_insertTimer.start();
}

// insertPendingChunk() called while the worker sorts (tests and benchmarks drain the model in a
// loop): the batch becomes unsorted pending rows here, as before the worker existed.
void DesktopTableModel::takeOverBatch()
{
    ++m_batchGeneration;
    QSet<QString> seen;
    for (const Row &r : std::as_const(m_rows))
        seen.insert(r.server.id);
    for (const Row &r : std::as_const(m_pendingInsert))
        seen.insert(r.server.id);
    appendNewRows(std::exchange(m_batch, {}), m_batchFrom, seen, m_pendingInsert);
    m_batchFrom = 0;
    pendingChanged();
    applyDeferred();
}

void DesktopTableModel::applyDeferred()
{
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &[changed, removed] : deferred)
        applyDiff(changed, removed);
}

void DesktopTableModel::pendingChanged()
{
    ++m_pendingGeneration;
}

void DesktopTableModel::derive(Row &row) const
{
    deriveRow(row, m_collator);
}

DesktopTableModel::Row DesktopTableModel::makeRow(const Server &server) const
{
    Row row = bareRow(server);
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
        for (Row &r : m_pendingInsert)
            r.derived = false;
        m_sortedCount = 0;
        pendingChanged();
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
    out.reserve(m_rows.size() + m_pendingInsert.size());
    for (const Row &r : m_rows)
        out << r.server;
    for (const Row &r : m_pendingInsert)
        out << r.server;
    for (qsizetype i = m_batchFrom; i < m_batch.size(); ++i) {
        if (!m_batch.at(i).isDeleted())
            out << m_batch.at(i);
    }
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
