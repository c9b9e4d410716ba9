#include "app/ctl/ctlbatchlocks.h"

#include "models/settings/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

CtlBatchLocks::CtlBatchLocks(QString directory)
    : m_directory(std::move(directory))
{
}

CtlBatchLocks::~CtlBatchLocks() = default; // unlocks what this process holds

QString CtlBatchLocks::directoryFor(const QString &sqlitePath, const QString &displayUrl)
{
    if (!sqlitePath.isEmpty()) {
        const QFileInfo file(sqlitePath);
        return file.absolutePath() + QLatin1Char('/') + file.fileName() + QStringLiteral(".locks");
    }
    const QByteArray hash = QCryptographicHash::hash(displayUrl.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    // Not a predictable path in the shared /tmp (issue 9): this user's own runtime folder.
    return PrivateFiles::runtimeFolder() + QStringLiteral("/locks-") + QString::fromLatin1(hash);
}

QString CtlBatchLocks::path(const QString &batchId) const
{
    // Batch ids are UUIDs; keep anything else from escaping the folder.
    QString safe = batchId;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return m_directory + QLatin1Char('/') + safe + QStringLiteral(".lock");
}

bool CtlBatchLocks::acquire(const QString &batchId, qint64 *holderPid)
{
    if (m_held.count(batchId))
        return true;
    PrivateFiles::makeFolder(m_directory, /*tighten=*/false); // 0700
    auto lock = std::make_unique<QLockFile>(path(batchId));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)) {
        if (holderPid) {
            QString host;
            QString app;
            lock->getLockInfo(holderPid, &host, &app);
        }
        return false;
    }
    m_held.emplace(batchId, std::move(lock));
    return true;
}

bool CtlBatchLocks::heldElsewhere(const QString &batchId, qint64 *holderPid)
{
    if (m_held.count(batchId))
        return false;
    if (!QFileInfo::exists(path(batchId)))
        return false;
    QLockFile probe(path(batchId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    if (probe.error() != QLockFile::LockFailedError)
        return false; // cannot tell (permissions): do not block the user
    if (holderPid) {
        QString host;
        QString app;
        probe.getLockInfo(holderPid, &host, &app);
    }
    return true;
}

void CtlBatchLocks::release(const QString &batchId)
{
    m_held.erase(batchId);
}
