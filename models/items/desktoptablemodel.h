#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/desktoprole.h"
#include "models/domain/desktopstate.h"
#include "models/domain/tasktypes.h"
#include "models/items/naturalsortkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QList>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

/** The Phoenix task on one desktop row (DesktopTableModel). */
struct DesktopTaskInfo
{
    QString taskId;
    TaskKind kind = TaskKind::Start;
    TaskState state = TaskState::Pending;
    Stage stage = Stage::Action;
    int stageIndex = 0;
    int stageCount = 0;
    int progress = 0;
    QString error;
    QDateTime stageStartedAt; // the current stage's start (the probe's "waiting for 1:23")

    [[nodiscard]] bool active() const
    {
        return state == TaskState::Pending || state == TaskState::Running || state == TaskState::Waiting;
    }
    /** The task only checks that the desktop answers: it must not keep the user from acting on it. */
    [[nodiscard]] bool probing() const { return active() && stage == Stage::Detect; }
};

/** What the last reachability check (a task's DETECT stage) found out about a desktop. */
struct DesktopReachability
{
    bool reachable = false;
    QString detail; // what answered, or why not (plain language)
    QDateTime at;
};

/** One row of DesktopTableModel. */
struct DesktopRow
{
    Server server;
    std::optional<DesktopTaskInfo> task;
    std::optional<DesktopReachability> reach; // this session's latest check; cleared when it stops running
    // Derived from server when the row is made or its server changes (issue 18), so that the
    // proxies' lessThan and filterAcceptsRow neither parse nor collate: the name's natural sort
    // key, the display state and the Phoenix role.
    NaturalSortKey nameKey;
    DesktopState::Kind kind = DesktopState::Unknown;
    qint8 role = -1;      // DesktopRole, -1 for a server without Phoenix metadata
    bool derived = false; // the three above are set
};
// Every member is an implicitly shared Qt value or plain data, so rows may be moved with memmove:
// removing rows from the middle of 10,000 then costs a memmove, not thousands of element moves.
Q_DECLARE_TYPEINFO(DesktopTaskInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DesktopReachability, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DesktopRow, Q_RELOCATABLE_TYPE);

/**
 * Every server of the project as one row: a desktop's owner, course, seat, state, the Phoenix
 * task running on it and its addresses. Fed by diffs (Inventory::serversChanged → applyDiff,
 * TaskEngine::taskChanged → applyTask): new rows are inserted in one batch, vanished rows
 * removed, changed rows get dataChanged with an explicit role list. The model is reset only when
 * the connection changes (setServers), so selections, scroll positions and sorting survive polls.
 * Sorting and filtering live in DesktopFilterProxy. GUI thread only.
 */
class DesktopTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Owner,
        Course,
        Seat,
        State,
        Task,
        Reachable,   // "Waiting for RDP (1:23)", "Reachable", "Not reachable from this computer …"
        FixedAddress,
        FloatingAddress,
        Image,
        Flavor,
        Age,
        Expires,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ServerIdRole = Qt::UserRole + 1, // QString: the Nova id (stable identity)
        SortRole,                        // typed value for sorting (int, QDateTime, QString)
        RawValueRole,                    // the untranslated value (status, ISO time, id, ...)
        StateKindRole,                   // int: DesktopState::Kind
        DesktopRoleRole,                 // QString: "teacher", "student" or "" (not a Phoenix desktop)
        ProgressRole,                    // int 0..100 of the running task, -1 when none
        TaskFailedRole,                  // bool: the last task on this desktop failed
        BusyRole,                        // bool: a Phoenix task is running on it (probes excluded)
        ReachabilityRole                 // int: Reachability
    };

    enum class Reachability {
        Unknown,   // never checked in this session, or not running since
        Probing,   // a task's DETECT stage is waiting for the desktop to answer
        Reachable,
        Unreachable
    };
    Q_ENUM(Reachability)

    explicit DesktopTableModel(QObject *parent = nullptr);
    ~DesktopTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces everything: the one reset, for a connection switch (or the first fill). */
    void setServers(const QList<Server> &servers);
    /**
     * A refresh: changed or new servers, and ids that are gone. Never resets. Many new rows (a
     * first listing of thousands) are inserted in chunks, one chunk per event-loop turn, so that
     * the sorted views never hold the GUI thread for long (issue 18, 50,000 desktops):
     *  - the first InsertChunk rows go in as they come (an empty table takes them cheaply);
     *  - the rest are sorted by name on a worker thread (QThreadPool::globalInstance()), with
     *    their sort keys made there, and go in in name order: each chunk then lands in one
     *    contiguous block of a proxy sorted by name, instead of hundreds of scattered inserts
     *    that each move the proxy's whole mapping and the view's header;
     *  - a chunk's size adapts so that one takes about InsertBudgetMs of the GUI thread.
     */
    void applyDiff(const QList<Server> &changed, const QStringList &removedIds);
    static constexpr int InsertChunk = 250;
    static constexpr double InsertBudgetMs = 3.0;
    [[nodiscard]] bool hasPendingInserts() const { return !m_pendingInsert.isEmpty() || !m_batch.isEmpty(); }
    /** Inserts the next chunk now (the timer does this by itself; tests and benchmarks call it). */
    void insertPendingChunk();
    /** Rows inserted per chunk at the moment (adapts to InsertBudgetMs). */
    [[nodiscard]] int chunkSize() const { return m_chunkSize; }
    /** A task started, moved on or ended. */
    void applyTask(const TaskSnapshot &task);
    /** Forgets all task state (connection switch). */
    void clearTasks();

    /** Image names by id (the Image column shows the name). */
    void setImageNames(const QHash<QString, QString> &names);
    /** Flavor names by id, for clouds that do not embed the flavor in the server. */
    void setFlavorNames(const QHash<QString, QString> &names);
    /** The clock for the Age and Expires columns; tests inject one. */
    void setClock(std::function<QDateTime()> clock);
    /** Time moved on: Age and Expires are recomputed (dataChanged on those columns only). */
    void refreshTimes();
    /** Language changed: header and every translated cell. */
    void retranslate();
    /** The remote-desktop port the reachability check probes (names the protocol: 3389 = RDP). */
    void setProbePort(int port);

    [[nodiscard]] int rowOf(const QString &serverId) const;
    [[nodiscard]] const Server &serverAt(int row) const;
    // What the proxies filter and sort by, computed once per change of the row's server.
    [[nodiscard]] DesktopState::Kind kindAt(int row) const { return m_rows.at(row).kind; }
    [[nodiscard]] std::optional<DesktopRole> roleAt(int row) const;
    [[nodiscard]] const NaturalSortKey &nameKeyAt(int row) const { return m_rows.at(row).nameKey; }
    /** The collator the name keys were made with (NaturalSortKey::makeCollator of the locale). */
    [[nodiscard]] const QCollator &collator() const { return m_collator; }
    [[nodiscard]] QList<Server> servers() const; // including rows still waiting to be inserted
    /** Desktops a task is working on; a task that only probes reachability does not count. */
    [[nodiscard]] QSet<QString> busyIds() const;
    [[nodiscard]] Reachability reachability(int row) const;
    [[nodiscard]] static QString columnName(Column column); // translated
    [[nodiscard]] static QString columnKey(Column column);  // stable, for settings

Q_SIGNALS:
    /** A task on a desktop finished or failed (for the status bar / tray). */
    void desktopTaskEnded(const QString &serverId, const TaskSnapshot &task);

private:
    using TaskInfo = DesktopTaskInfo;
    using Row = DesktopRow;

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    QString taskText(const TaskInfo &task) const;
    QString reachText(const Row &row) const;
    QString probeElapsedText(const TaskInfo &task) const;
    void updateReach(Row &row, const TaskSnapshot &task);
    void dropPendingRows(const QStringList &removedIds, const QList<Server> &changed, QSet<QString> *consumed);
    void removeRows(const QStringList &removedIds, const QList<Server> &changed);
    int updateOrQueue(const QList<Server> &changed, const QSet<QString> &consumed);
    void updateRow(int row, const Server &server);
    std::optional<TaskInfo> takePendingTask(const Server &server);
    void onProbeTick();
    QString imageName(const Server &server) const;
    QString flavorName(const Server &server) const;
    QString ageText(const QDateTime &created) const;
    void rebuildIndex();
    void emitRowChanged(int row, int firstColumn, int lastColumn);
    static QString taskKey(const TaskSnapshot &task);
    void derive(Row &row) const;
    Row makeRow(const Server &server) const;
    void onInsertTimer();
    void startSorting();
    void onSorted(QList<Row> sorted, quint64 generation);
    void startBatch(const QList<Server> &servers, qsizetype from);
    void onBatchSorted(QList<Row> sorted, quint64 generation);
    struct SortGuard;
    static void handBack(const std::shared_ptr<SortGuard> &guard, QList<Row> sorted, quint64 generation,
                         void (DesktopTableModel::*slot)(QList<Row>, quint64));
    void takeOverBatch();
    void applyDeferred();
    void pendingChanged();

    QList<Row> m_rows;
    // New servers not yet inserted (chunked first listings). Taken from the back: the first
    // m_sortedCount are in descending name order (sorted on a worker, keys made), the tail behind
    // them is in arrival order.
    QList<Row> m_pendingInsert;
    qsizetype m_sortedCount = 0;
    quint64 m_pendingGeneration = 0; // bumped on every change of m_pendingInsert
    bool m_sorting = false;          // a worker is sorting a copy of m_pendingInsert
    std::shared_ptr<SortGuard> m_sortGuard;
    // A first listing (the table empty): the list as it came (shared, not copied on this thread)
    // while a worker makes rows of m_batch[m_batchFrom...] and sorts them. Diffs that arrive
    // meanwhile wait in m_deferred and are applied, in order, when the rows are back.
    QList<Server> m_batch;
    qsizetype m_batchFrom = 0;
    quint64 m_batchGeneration = 0;
    QList<std::pair<QList<Server>, QStringList>> m_deferred;
    int m_chunkSize = InsertChunk;
    QLocale m_locale;
    QCollator m_collator;
    QTimer m_insertTimer;
    QHash<QString, int> m_rowById;
    QHash<QString, TaskInfo> m_pendingTasks; // tasks whose server is not (yet) in the list, by id or "name:"
    QHash<QString, QString> m_imageNames;
    QHash<QString, QString> m_flavorNames;
    std::function<QDateTime()> m_clock;
    QTimer m_probeTimer; // while a probe runs, its "waiting for …" cell counts the seconds
    int m_probePort = 3389;
};
