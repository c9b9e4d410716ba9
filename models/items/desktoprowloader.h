#pragma once

#include "cloud/cloudtypes.h"
#include "models/items/desktoprow.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <utility>

class DesktopTableModel;
class QCollator;

/**
 * DesktopTableModel's intake of big listings (issue 18, 50,000 desktops): new rows go in in
 * chunks, one per event-loop turn, so that the sorted views never hold the GUI thread for long.
 *  - A listing of mostly new desktops (a first poll, or a page of the cache) goes to a worker
 *    thread (QThreadPool::globalInstance()) as it is: the worker makes the rows, their sort keys,
 *    sorts them by name and hands them back. Each chunk then lands in one contiguous block of a
 *    proxy sorted by name, instead of hundreds of scattered inserts.
 *  - Into an empty table, the first InsertChunk rows go in at once, as they come (first paint).
 *  - Pages that arrive while the worker runs are merged by the next worker run with the rows
 *    still waiting, so that several cache pages still go in in one name order.
 *  - Servers the table already shows come back from the worker and are applied as a diff; other
 *    diffs that arrive while a worker runs wait and are applied in order afterwards.
 *  - A chunk's size adapts so that one takes about InsertBudgetMs of the GUI thread.
 * Part of the model (it touches the model's rows, index and insert signals); GUI thread only.
 */
class DesktopRowLoader
{
public:
    static constexpr int InsertChunk = 250;
    static constexpr double InsertBudgetMs = 2.5;

    explicit DesktopRowLoader(DesktopTableModel *model);
    ~DesktopRowLoader();
    DesktopRowLoader(const DesktopRowLoader &) = delete;
    DesktopRowLoader &operator=(const DesktopRowLoader &) = delete;

    /** True when the diff was taken (a listing for the worker, or news that waits for it). */
    bool takeDiff(const QList<Server> &changed, const QStringList &removedIds);
    /** Servers to insert from `from` on (a reset's rest; or a listing, see takeDiff). */
    void addListing(const QList<Server> &servers, qsizetype from);
    /** Forgets everything waiting (reset). */
    void clear();
    /** Queues one new row (a few new desktops of a refresh) behind what waits. */
    void queue(DesktopRow row);
    void queued(int fresh);
    /** Servers not yet inserted updated or dropped where they wait; their ids go to consumed. */
    void updateWaiting(const QStringList &removedIds, const QList<Server> &changed, QSet<QString> *consumed);
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool isBusy() const { return m_working || m_sorting; }
    void insertChunk();
    void startTimer() { m_timer.start(); }
    [[nodiscard]] int chunkSize() const { return m_chunkSize; }
    /** The language changed: the sort keys of the rows still waiting are made again. */
    void invalidateKeys();
    void appendServers(QList<Server> &out) const;

    static DesktopRow bareRow(const Server &server);
    static void deriveRow(DesktopRow &row, const QCollator &collator);

private:
    struct Guard;
    struct Result;
    using Pages = QList<QList<Server>>;

    [[nodiscard]] bool looksNew(const QList<Server> &changed) const;
    void launch();
    void onTimer();
    void startSorting();
    void onSorted(QList<DesktopRow> sorted, quint64 generation);
    void onListingSorted(QList<DesktopRow> sorted, QList<Server> updates, quint64 generation);
    void takeOver();
    void applyDeferred();
    void changed() { ++m_generation; }
    [[nodiscard]] QSet<QString> waitingIds() const;

    DesktopTableModel *m_model;
    // Rows not yet inserted. Taken from the back: the first m_sortedCount are in descending name
    // order (sorted on a worker, keys made), the tail behind them is in arrival order.
    QList<DesktopRow> m_pending;
    qsizetype m_sortedCount = 0;
    quint64 m_generation = 0; // bumped on every change of m_pending
    bool m_sorting = false;   // a worker is sorting a copy of m_pending
    std::shared_ptr<Guard> m_guard;
    // Listings for the next worker run, and what the running one has (shown by servers(), and
    // taken back by takeOver()): its pages (the first from m_inFlightFrom) and the waiting rows.
    Pages m_pages;
    qsizetype m_firstFrom = 0; // the first page's servers before this went in as they came
    bool m_working = false;
    Pages m_inFlight;
    qsizetype m_inFlightFrom = 0;
    QList<DesktopRow> m_inFlightRows;
    quint64 m_listingGeneration = 0;
    QList<std::pair<QList<Server>, QStringList>> m_deferred;
    int m_chunkSize = InsertChunk;
    QTimer m_timer;
};
