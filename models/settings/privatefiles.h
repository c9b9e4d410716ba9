#pragma once

#include <QString>

/**
 * Files only their owner may read (issue 9, "Files and secrets"): the settings file, the SQLite
 * database with its -wal/-shm, and Phoenix's lock and runtime files are created 0600 in folders
 * created 0700, whatever the umask. Files left by an older Phoenix with wider modes are tightened
 * when opened. On systems without POSIX permissions (Windows) these calls only create.
 */
namespace PrivateFiles
{
// Creates `folder` and any missing parent with mode 0700. With tighten, an existing `folder`
// (not its parents) is set to 0700 too — for folders that belong to Phoenix alone.
bool makeFolder(const QString &folder, bool tighten, QString *error = nullptr);
// Creates `file` empty with mode 0600 if it does not exist; otherwise sets it to 0600 (a file of
// another owner is left alone). Its folder must exist.
bool makeFile(const QString &file, QString *error = nullptr);
// Sets an existing file to 0600 (no-op when it does not exist).
void tightenIfExists(const QString &file);
// Where Phoenix keeps lock and other per-session files: $XDG_RUNTIME_DIR/phoenix (a 0700 folder
// of this user, emptied at logout), else <per-user data folder>/run — never a predictable path in
// a shared temporary folder. Created 0700.
QString runtimeFolder();
} // namespace PrivateFiles
