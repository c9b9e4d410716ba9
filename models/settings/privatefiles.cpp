#include "models/settings/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcPrivateFiles, "phoenix.models.privatefiles")

namespace
{
constexpr QFile::Permissions OwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

bool ownedByMe(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    return info.ownerId() == uint(::getuid());
#else
    Q_UNUSED(info);
    return true;
#endif
}

bool isOwnerOnly(QFile::Permissions actual, QFile::Permissions wanted)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return !(actual & others) && (actual & wanted) == wanted;
}
} // namespace

namespace PrivateFiles
{
bool makeFolder(const QString &folderIn, bool tighten, QString *error)
{
    const QString folder = QDir::cleanPath(QFileInfo(folderIn).absoluteFilePath());
    const QFileInfo info(folder);
    if (info.isDir()) {
        if (tighten && !isOwnerOnly(QFile::permissions(folder), OwnerOnlyFolder) && ownedByMe(info)) {
            if (!QFile::setPermissions(folder, OwnerOnlyFolder))
                qCWarning(lcPrivateFiles) << "could not make" << folder << "private (0700)";
        }
        return true;
    }
    // Create the missing levels one by one, each 0700 (QDir::mkpath would use the umask).
    QStringList missing;
    QString at = folder;
    while (!at.isEmpty() && !QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, OwnerOnlyFolder) && !QFileInfo(level).isDir()) {
            if (error)
                *error = QDir::toNativeSeparators(level);
            return false;
        }
    }
    return QFileInfo(folder).isDir();
}

bool makeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        // NewOnly: never follow or reuse what someone else put there meanwhile.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile) && !file.exists()) {
            if (error)
                *error = file.errorString();
            return false;
        }
        file.close();
    }
    tightenIfExists(path);
    return true;
}

void tightenIfExists(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !ownedByMe(info) || isOwnerOnly(info.permissions(), OwnerOnlyFile))
        return;
    if (!QFile::setPermissions(path, OwnerOnlyFile))
        qCWarning(lcPrivateFiles) << "could not make" << path << "private (0600)";
}

QString runtimeFolder()
{
    QString base;
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QFileInfo xdgInfo(xdg);
    // Only a runtime folder that is really this user's own (the XDG rules: owned, 0700).
    if (!xdg.isEmpty() && xdgInfo.isDir() && ownedByMe(xdgInfo)
        && isOwnerOnly(xdgInfo.permissions(), OwnerOnlyFolder)) {
        base = xdg + QStringLiteral("/phoenix");
    } else {
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/run");
    }
    makeFolder(base, /*tighten=*/true);
    return base;
}
} // namespace PrivateFiles
