#pragma once

// The journal of a phoenixctl run, read as any SQLite client reads it while phoenixctl writes it,
// and the one moment a crash test must hit: the cloud has made a create's server, the journal
// does not name it yet. Used by the kill -9 tests (tests/reliability/tst_ctlresume on the demo
// cloud, tests/integration/tst_phoenixctl_tasks on the test bed).

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QProcess;

struct JournalTask
{
    QString id;
    QString batch;
    QString kind;
    QString state;
    int stageIndex = 0;
    QString targetId; // the server id the journal knows (BUILD writes it once Nova answered)
    QString targetName;
};

struct JournalStage
{
    int stageIndex = 0;
    QString stage;
    bool ok = false;
    bool finished = false;
    QString detail; // the message of a successful stage ("Adopted …"), the error of a failed one
};

class JournalProbe
{
public:
    explicit JournalProbe(QString file);
    ~JournalProbe();
    JournalProbe(const JournalProbe &) = delete;
    JournalProbe &operator=(const JournalProbe &) = delete;

    [[nodiscard]] QList<JournalTask> tasks() const; // empty until phoenixctl made its tables
    [[nodiscard]] JournalTask task(const QString &id) const;
    [[nodiscard]] QList<JournalStage> stages(const QString &taskId) const;

    // Takes SQLite's write lock (BEGIN IMMEDIATE): phoenixctl's journal writes wait (its busy
    // timeout is 15 s) until release(); its cloud calls go on. Reads of this probe see the
    // journal as it is while held.
    bool holdWrites(QString *error);
    void release();

private:
    bool open() const;

    QString m_file;
    QString m_connection;
    bool m_holding = false;
};

// Where a kill in BUILD's crash window landed.
struct BuildWindowKill
{
    QString taskId;    // the create task whose server the journal did not know
    QString serverId;  // that server, as the cloud listed it
    int attempts = 0;  // holds of the journal that found no create in flight
    QString why;       // when not hit: what happened instead
    [[nodiscard]] bool hit() const { return !taskId.isEmpty(); }
};

// Kills `process` (SIGKILL) in the window where a create's server exists in the cloud and the
// journal does not name it yet. Waits for a create task whose BUILD is journaled as running
// without a server id, holds the journal's writes (so that phoenixctl cannot record the server
// meanwhile), and asks the cloud (`serversByTask`: phoenix:task → server id of the batch's
// servers) until one of those tasks has a server; then kills and releases the journal. A hold
// that finds no create in flight is released at once and the wait goes on.
BuildWindowKill killInBuildWindow(QProcess &process, JournalProbe &journal,
                                  const std::function<QHash<QString, QString>()> &serversByTask, int timeoutMs);
