#pragma once

#include "models/session/connectionplan.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

/**
 * Starts a remote-desktop client from a LaunchPlan: writes the connection file (0600, in
 * Phoenix's private runtime folder), starts the client detached (it outlives the tray and
 * phoenixctl) and removes the file once the client has had time to read it — removeAfterMs, or
 * when the launcher is destroyed, whichever comes first. Never puts a password on a command line
 * (the plans carry none). GUI-thread object; start() does not block.
 */
class ClientLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ClientLauncher(int removeAfterMs = 30000, QObject *parent = nullptr);
    ~ClientLauncher() override;

    /** Writes the file and starts the client; false with *error (plain words) when it cannot. */
    bool start(const LaunchPlan &plan, QString *error = nullptr);
    /** The connection files written and not yet removed. */
    [[nodiscard]] QStringList pendingFiles() const { return m_files.keys(); }
    /** The command line of the latest start (the file's path in place of %f): for tests and logs. */
    [[nodiscard]] QStringList lastCommand() const { return m_lastCommand; }
    [[nodiscard]] qint64 lastPid() const { return m_lastPid; }
    /** Where connection files go (tests point it elsewhere). */
    void setFolder(const QString &folder) { m_folder = folder; }

Q_SIGNALS:
    void fileRemoved(const QString &path);

private:
    void removeFile(const QString &path);

    int m_removeAfterMs;
    QString m_folder;
    QHash<QString, QTimer *> m_files;
    QStringList m_lastCommand;
    qint64 m_lastPid = 0;
};
