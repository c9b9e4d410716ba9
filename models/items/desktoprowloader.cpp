#include "models/items/desktoprowloader.h"

#include "models/domain/desktoprole.h"
#include "models/items/desktoptablemodel.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <numeric>
#include <vector>

namespace
{
// The worker's part of a big listing: keys made, rows sorted by name, descending (the model
// takes chunks from the back). Ties by id, so that the order is the same every time.
QList<DesktopRow> sortRows(QList<DesktopRow> rows, const QLocale &locale)
{
    const QCollator collator = NaturalSortKey::makeCollator(locale);
    for (DesktopRow &r : rows) {
        if (!r.derived)
            DesktopRowLoader::deriveRow(r, collator);
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

// Rows of the servers in pages (the first page from `from` on), each id once in its latest
// version, merged into `rows` (the rows of an earlier listing still waiting): ids the table shows
// (`known`) or that wait on the GUI thread (`skip`) go to `updates` as they are, to be applied as
// a diff; a deleted server drops its row. Runs on a worker, or on the GUI thread in takeOver().
void mergeListing(const QList<QList<Server>> &pages, qsizetype from, const QHash<QString, int> &known,
                  const QSet<QString> &skip, QList<DesktopRow> &rows, QList<Server> &updates)
{
    qsizetype total = rows.size();
    for (const QList<Server> &page : pages)
        total += page.size();
    QHash<QString, qsizetype> at;
    at.reserve(total);
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows.at(i).server.id, i);
    rows.reserve(total);
    bool dropped = false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QList<Server> &page = pages.at(p);
        for (qsizetype i = p == 0 ? from : 0; i < page.size(); ++i) {
            const Server &s = page.at(i);
            if (known.contains(s.id) || skip.contains(s.id)) {
                updates << s;
                continue;
            }
            const auto it = at.constFind(s.id);
            if (it != at.cend()) {
                rows[*it] = DesktopRowLoader::bareRow(s); // (a deleted one is dropped below)
                dropped = dropped || s.isDeleted();
            } else if (!s.isDeleted()) {
                at.insert(s.id, rows.size());
                rows.append(DesktopRowLoader::bareRow(s));
            }
        }
    }
    if (dropped)
        rows.removeIf([](const DesktopRow &r) { return r.server.isDeleted(); });
}

// Lets go of a big list on a worker: 50,000 servers' reference counting is a few ms.
template<typename T>
void releaseOnWorker(QList<T> &list)
{
    if (list.size() > 1000)
        QThreadPool::globalInstance()->start([gone = std::exchange(list, {})]() mutable { gone = {}; });
    else
        list.clear();
}
} // namespace

// Lets a worker hand its result back only while the model lives.
struct DesktopRowLoader::Guard
{
    QMutex mutex;
    DesktopTableModel *model = nullptr;
    DesktopRowLoader *loader = nullptr;

    template<typename F>
    static void handBack(const std::shared_ptr<Guard> &guard, F apply)
    {
        QMutexLocker lock(&guard->mutex);
        if (guard->model) {
            QMetaObject::invokeMethod(
                guard->model, [loader = guard->loader, apply = std::move(apply)]() mutable { apply(*loader); },
                Qt::QueuedConnection);
        }
    }
};

DesktopRowLoader::DesktopRowLoader(DesktopTableModel *model)
    : m_model(model)
    , m_guard(std::make_shared<Guard>())
{
    m_guard->model = model;
    m_guard->loader = this;
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, model, [this] { onTimer(); });
}

DesktopRowLoader::~DesktopRowLoader()
{
    QMutexLocker lock(&m_guard->mutex); // a worker still sorting keeps its result to itself
    m_guard->model = nullptr;
    m_guard->loader = nullptr;
}

DesktopRow DesktopRowLoader::bareRow(const Server &server)
{
    DesktopRow row;
    row.server = server;
    return row;
}

void DesktopRowLoader::deriveRow(DesktopRow &row, const QCollator &collator)
{
    row.kind = DesktopState::kindOf(row.server);
    const std::optional<DesktopRole> role = DesktopRoles::of(row.server);
    row.role = role ? qint8(*role) : qint8(-1);
    row.nameKey = NaturalSortKey(row.server.name, collator);
    row.derived = true;
}

bool DesktopRowLoader::takeDiff(const QList<Server> &changed, const QStringList &removedIds)
{
    const bool listing = removedIds.isEmpty() && changed.size() > InsertChunk && looksNew(changed);
    if (m_working || m_sorting) {
        // A page of the same listing joins it, unless older news waits (it must not come later).
        // News waits while a worker reads the rows: changing them now would make this thread
        // copy all of them first.
        if (listing && m_working && m_deferred.isEmpty())
            m_pages << changed;
        else
            m_deferred.append({changed, removedIds});
        return true;
    }
    if (!listing)
        return false;
    addListing(changed, 0);
    return true;
}

// A big diff of servers the table does not show yet (16 of them spread over it, none shown): a
// first listing or a page of the cache. The sampling keeps this test cheap on the GUI thread;
// the worker sorts the known ones out anyway.
bool DesktopRowLoader::looksNew(const QList<Server> &changed) const
{
    const qsizetype step = qMax<qsizetype>(1, changed.size() / 16);
    for (qsizetype i = 0; i < changed.size(); i += step) {
        if (m_model->m_rowById.contains(changed.at(i).id))
            return false;
    }
    return true;
}

void DesktopRowLoader::addListing(const QList<Server> &servers, qsizetype from)
{
    if (m_working) { // (setServers() after a clear() never gets here)
        m_pages << servers.mid(from);
        return;
    }
    m_pages << servers;
    m_firstFrom = from;
    if (from == 0 && m_model->m_rows.isEmpty() && m_pending.isEmpty()) {
        // the first chunk as it comes, for the first paint (an empty table takes it cheaply)
        for (; m_firstFrom < servers.size() && m_pending.size() < InsertChunk; ++m_firstFrom) {
            if (!servers.at(m_firstFrom).isDeleted())
                m_pending.append(bareRow(servers.at(m_firstFrom)));
        }
        changed();
        m_timer.start();
    }
    launch();
}

// Hands the queued pages to a worker, with the rows of an earlier listing still waiting (they go
// in again merged and sorted with the new ones, so that one name order holds for all of them).
void DesktopRowLoader::launch()
{
    m_working = true;
    m_inFlight = std::exchange(m_pages, {});
    m_inFlightFrom = std::exchange(m_firstFrom, 0);
    QSet<QString> skip;
    if (m_pending.size() > InsertChunk) {
        m_inFlightRows = std::exchange(m_pending, {});
        m_sortedCount = 0;
        changed();
    } else {
        skip = waitingIds();
    }
    if (m_model->m_rows.size() <= InsertChunk)
        m_model->m_rows.reserve(m_model->m_rows.size() + m_inFlightRows.size() + m_inFlight.first().size()); // once
    const quint64 generation = ++m_listingGeneration;
    QThreadPool::globalInstance()->start([guard = m_guard, pages = m_inFlight, from = m_inFlightFrom, rows = m_inFlightRows,
                                          known = m_model->m_rowById, skip = std::move(skip), locale = m_model->m_locale,
                                          generation]() mutable {
        QList<Server> updates;
        mergeListing(pages, from, known, skip, rows, updates);
        // let go of the GUI thread's data before handing back: it must not have to copy its index
        known = {};
        pages = {};
        QList<DesktopRow> sorted = sortRows(std::move(rows), locale);
        // (moved all the way: a copy still alive in this functor would make the GUI thread copy
        // 50,000 rows on its first change of them — 6 ms measured)
        Guard::handBack(guard, [sorted = std::move(sorted), updates = std::move(updates), generation](DesktopRowLoader &l) mutable {
            l.onListingSorted(std::move(sorted), std::move(updates), generation);
        });
    });
}

void DesktopRowLoader::onListingSorted(QList<DesktopRow> sorted, QList<Server> updates, quint64 generation)
{
    if (generation != m_listingGeneration)
        return; // reset, or taken over by insertChunk() meanwhile
    m_working = false;
    releaseOnWorker(m_inFlight);
    releaseOnWorker(m_inFlightRows);
    // The sorted rows go in front of what still waits (the first chunk's rest, taken first).
    QList<DesktopRow> tail = std::exchange(m_pending, std::move(sorted));
    m_sortedCount = m_pending.size();
    m_pending.append(std::move(tail));
    changed();
    if (!updates.isEmpty())
        m_model->applyDiff(updates, {});
    if (!m_pages.isEmpty())
        launch(); // pages that came meanwhile, merged with these rows
    else
        applyDeferred();
    if (!m_pending.isEmpty())
        m_timer.start();
}

// insertChunk() called while the worker runs (tests and benchmarks drain the model in a loop):
// the listing becomes unsorted waiting rows here, as before the worker existed.
void DesktopRowLoader::takeOver()
{
    ++m_listingGeneration;
    m_working = false;
    Pages pages = std::exchange(m_inFlight, {});
    pages += std::exchange(m_pages, {});
    QList<DesktopRow> rows = std::exchange(m_inFlightRows, {});
    QList<Server> updates;
    mergeListing(pages, std::exchange(m_inFlightFrom, 0), m_model->m_rowById, waitingIds(), rows, updates);
    rows.append(std::move(m_pending));
    m_pending = std::move(rows);
    m_sortedCount = 0;
    changed();
    if (!updates.isEmpty())
        m_model->applyDiff(updates, {});
    applyDeferred();
}

void DesktopRowLoader::applyDeferred()
{
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &[changed, removed] : deferred)
        m_model->applyDiff(changed, removed);
}

QSet<QString> DesktopRowLoader::waitingIds() const
{
    QSet<QString> ids;
    ids.reserve(m_pending.size());
    for (const DesktopRow &r : m_pending)
        ids.insert(r.server.id);
    return ids;
}

void DesktopRowLoader::clear()
{
    m_pending.clear();
    m_sortedCount = 0;
    changed();
    m_pages.clear();
    m_firstFrom = 0;
    m_inFlight.clear();
    m_inFlightRows.clear();
    m_inFlightFrom = 0;
    m_working = false;
    ++m_listingGeneration; // a worker's rows for the old data are not wanted
    m_deferred.clear();
    m_timer.stop();
}

void DesktopRowLoader::queue(DesktopRow row)
{
    m_pending.append(std::move(row));
}

void DesktopRowLoader::queued(int fresh)
{
    if (fresh > 0)
        changed();
}

bool DesktopRowLoader::isEmpty() const
{
    return m_pending.isEmpty() && !m_working;
}

void DesktopRowLoader::invalidateKeys()
{
    for (DesktopRow &r : m_pending)
        r.derived = false;
    m_sortedCount = 0;
    changed();
}

void DesktopRowLoader::appendServers(QList<Server> &out) const
{
    for (const DesktopRow &r : m_pending)
        out << r.server;
    for (const DesktopRow &r : m_inFlightRows)
        out << r.server;
    for (const Pages *pages : {&m_inFlight, &m_pages}) {
        for (qsizetype p = 0; p < pages->size(); ++p) {
            const QList<Server> &page = pages->at(p);
            for (qsizetype i = pages == &m_inFlight && p == 0 ? m_inFlightFrom : 0; i < page.size(); ++i) {
                if (!page.at(i).isDeleted())
                    out << page.at(i);
            }
        }
    }
}

// Servers not yet inserted: updated or dropped where they wait. Only ids the table does not show
// can wait here, and a poll's diff has a few of them: the waiting rows (up to 50,000 during a first
// load) are scanned once against those, not indexed (that took 15 ms of the GUI thread per poll).
void DesktopRowLoader::updateWaiting(const QStringList &removedIds, const QList<Server> &changedServers, QSet<QString> *consumed)
{
    if (m_pending.isEmpty())
        return;
    QSet<QString> wanted;
    for (const QString &id : removedIds) {
        if (!m_model->m_rowById.contains(id))
            wanted.insert(id);
    }
    for (const Server &s : changedServers) {
        if (!m_model->m_rowById.contains(s.id))
            wanted.insert(s.id);
    }
    if (wanted.isEmpty())
        return;
    QHash<QString, qsizetype> pendingIndex;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (wanted.contains(m_pending.at(i).server.id))
            pendingIndex.insert(m_pending.at(i).server.id, i);
    }
    if (pendingIndex.isEmpty())
        return;
    QSet<qsizetype> drop;
    for (const QString &id : removedIds) {
        if (pendingIndex.contains(id))
            drop.insert(pendingIndex.value(id));
    }
    for (const Server &s : changedServers) {
        const qsizetype i = pendingIndex.value(s.id, -1);
        if (i < 0)
            continue;
        consumed->insert(s.id);
        if (s.isDeleted()) {
            drop.insert(i);
        } else {
            // where it waits (a new name may put it a little out of order: that costs a few
            // scattered inserts, never a wrong view; the proxies sort)
            m_pending[i] = m_model->makeRow(s);
            changed();
        }
    }
    if (drop.isEmpty())
        return;
    // compacted in place from the first dropped row on
    qsizetype w = *std::min_element(drop.cbegin(), drop.cend());
    qsizetype sortedKept = qMin(w, m_sortedCount);
    for (qsizetype i = w; i < m_pending.size(); ++i) {
        if (drop.contains(i))
            continue;
        if (i < m_sortedCount)
            ++sortedKept;
        m_pending[w++] = std::move(m_pending[i]);
    }
    m_pending.resize(w);
    m_sortedCount = sortedKept;
    changed();
}

void DesktopRowLoader::insertChunk()
{
    if (m_working && m_pending.isEmpty())
        takeOver();
    if (m_pending.isEmpty())
        return;
    // Taken from the back: no shifting of the remaining thousands. The unsorted tail (a few new
    // desktops, or the first rows of a listing) goes first, InsertChunk at most; then the sorted
    // rows, m_chunkSize at a time, in name order.
    const qsizetype tail = m_pending.size() - m_sortedCount;
    const qsizetype count = tail > 0 ? qMin<qsizetype>(tail, InsertChunk) : qMin<qsizetype>(m_pending.size(), m_chunkSize);
    const qsizetype from = m_pending.size() - count;
    QList<DesktopRow> &rows = m_model->m_rows;
    const int first = int(rows.size());
    m_model->beginInsertRows({}, first, first + int(count) - 1);
    const qsizetype size = m_pending.size();
    for (qsizetype k = 0; k < count; ++k) {
        // the unsorted tail in arrival order; the sorted rows from the back (ascending names)
        DesktopRow &r = m_pending[tail > 0 ? from + k : size - 1 - k];
        if (!r.derived)
            m_model->derive(r);
        r.task = m_model->takePendingTask(r.server);
        m_model->m_rowById.insert(r.server.id, int(rows.size()));
        rows.append(std::move(r));
    }
    m_pending.resize(from);
    m_sortedCount = qMin(m_sortedCount, from);
    changed();
    m_model->endInsertRows();
    if (!m_pending.isEmpty())
        m_timer.start(); // the next chunk after the event loop has breathed
}

// One turn of the event loop's share of a big listing.
void DesktopRowLoader::onTimer()
{
    if (m_pending.isEmpty() || m_sorting)
        return; // (the sorted rows restart the timer)
    if (m_working && m_model->m_rows.size() > InsertChunk)
        return; // (inserting now would make this thread copy the index the worker reads)
    const qsizetype tail = m_pending.size() - m_sortedCount;
    if (tail > InsertChunk && m_model->m_rows.size() >= InsertChunk) {
        startSorting(); // scattered inserts into a big table are dear: sort them first
        return;
    }
    const bool sortedChunk = tail == 0;
    QElapsedTimer t;
    t.start();
    insertChunk();
    if (sortedChunk) {
        // next chunk: about InsertBudgetMs of this thread; shrinking at once after a slow chunk,
        // growing by a quarter at most after a quick one (one lucky chunk doubled the next, and a
        // chunk of 1,500 rows into 50,000 then held the thread for 14 ms)
        const double ms = qMax(0.05, double(t.nsecsElapsed()) / 1.0e6);
        const double next = m_chunkSize * InsertBudgetMs / ms;
        m_chunkSize = int(qBound(double(m_chunkSize) / 4, next, double(m_chunkSize) * 1.25));
        m_chunkSize = qBound(50, m_chunkSize, 2000);
    }
}

void DesktopRowLoader::startSorting()
{
    m_sorting = true;
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([guard = m_guard, rows = m_pending, locale = m_model->m_locale, generation]() mutable {
        QList<DesktopRow> sorted = sortRows(std::move(rows), locale);
        Guard::handBack(guard, [sorted = std::move(sorted), generation](DesktopRowLoader &l) mutable {
            l.onSorted(std::move(sorted), generation);
        });
    });
}

void DesktopRowLoader::onSorted(QList<DesktopRow> sorted, quint64 generation)
{
    m_sorting = false;
    if (generation == m_generation && sorted.size() == m_pending.size()) {
        QList<DesktopRow> unsorted = std::exchange(m_pending, std::move(sorted));
        m_sortedCount = m_pending.size();
        releaseOnWorker(unsorted);
    } // else the waiting rows changed meanwhile: the timer sorts them again
    if (!m_working)
        applyDeferred();
    if (!m_pending.isEmpty())
        m_timer.start();
}
