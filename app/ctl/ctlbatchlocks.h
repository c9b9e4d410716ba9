#pragma once

#include <QString>

#include <map>
#include <memory>

class QLockFile;

/**
 * Which journaled batches a live phoenixctl on this computer is running: one QLockFile per batch
 * in a folder that belongs to the database. "tasks resume", "tasks retry" and "tasks cancel"
 * leave a locked batch alone. A lock left by a process that died (kill -9, a crash) is stale and
 * taken over. Processes on other computers sharing a PostgreSQL journal are not seen.
 */
class CtlBatchLocks
{
public:
    explicit CtlBatchLocks(QString directory);
    ~CtlBatchLocks();

    // Takes the batch's lock for this process (true when it already holds it). False when a live
    // process holds it; *holderPid is then that process.
    bool acquire(const QString &batchId, qint64 *holderPid = nullptr);
    // True when another live process holds the batch's lock.
    bool heldElsewhere(const QString &batchId, qint64 *holderPid = nullptr);
    void release(const QString &batchId);

    // The lock folder of a database: next to a SQLite file, else in PrivateFiles::runtimeFolder().
    static QString directoryFor(const QString &sqlitePath, const QString &displayUrl);

private:
    QString path(const QString &batchId) const;

    QString m_directory;
    std::map<QString, std::unique_ptr<QLockFile>> m_held;
};
