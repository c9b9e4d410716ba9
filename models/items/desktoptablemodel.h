#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/desktoprole.h"
#include "models/domain/desktopstate.h"
#include "models/domain/tasktypes.h"
#include "models/items/desktoprow.h"
#include "models/items/desktoprowloader.h"
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
     * first listing of thousands, or a page of the cache) go in in chunks, sorted by name on a
     * worker first (DesktopRowLoader, issue 18). Changed rows get one dataChanged per run of
     * adjacent rows, removals one signal per run of adjacent rows.
     */
    void applyDiff(const QList<Server> &changed, const QStringList &removedIds);
    static constexpr int InsertChunk = DesktopRowLoader::InsertChunk;
    static constexpr double InsertBudgetMs = DesktopRowLoader::InsertBudgetMs;
    [[nodiscard]] bool hasPendingInserts() const { return !m_loader.isEmpty(); }
    /** Inserts the next chunk now (the timer does this by itself; tests and benchmarks call it). */
    void insertPendingChunk() { m_loader.insertChunk(); }
    /** Rows inserted per chunk at the moment (adapts to InsertBudgetMs). */
    [[nodiscard]] int chunkSize() const { return m_loader.chunkSize(); }
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
    void removeRows(const QStringList &removedIds, const QList<Server> &changed);
    int updateOrQueue(const QList<Server> &changed, const QSet<QString> &consumed);
    struct Change // one changed row's columns (updateRow), emitted in runs of adjacent rows
    {
        int row = 0;
        int first = 0;
        int last = 0;
    };
    [[nodiscard]] std::optional<Change> updateRow(int row, const Server &server);
    void emitChanges(QList<Change> &changes);
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

    friend class DesktopRowLoader; // inserts the rows it made into m_rows
    QList<Row> m_rows;
    QLocale m_locale;
    QCollator m_collator;
    QHash<QString, int> m_rowById;
    QHash<QString, TaskInfo> m_pendingTasks; // tasks whose server is not (yet) in the list, by id or "name:"
    QHash<QString, QString> m_imageNames;
    QHash<QString, QString> m_flavorNames;
    std::function<QDateTime()> m_clock;
    QTimer m_probeTimer; // while a probe runs, its "waiting for …" cell counts the seconds
    int m_probePort = 3389;
    DesktopRowLoader m_loader; // last: its destructor stops the workers' hand-back first
};
