#include "models/session/clientlauncher.h"

#include "models/settings/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLauncher, "phoenix.models.launcher")

ClientLauncher::ClientLauncher(int removeAfterMs, QObject *parent)
    : QObject(parent)
    , m_removeAfterMs(removeAfterMs)
{
}

ClientLauncher::~ClientLauncher()
{
    for (const QString &path : m_files.keys())
        QFile::remove(path);
}

bool ClientLauncher::start(const LaunchPlan &plan, QString *error)
{
    auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!plan.ok())
        return failWith(plan.error);
    if (plan.program.isEmpty())
        return failWith(tr("No remote-desktop client to start."));
    QString path;
    if (!plan.fileSuffix.isEmpty()) {
        const QString folder = m_folder.isEmpty() ? PrivateFiles::runtimeFolder() : m_folder;
        QString why;
        if (!PrivateFiles::makeFolder(folder, false, &why))
            return failWith(tr("Could not write the connection file: %1").arg(why));
        // QTemporaryFile: an unpredictable name, created 0600.
        QTemporaryFile file(QDir(folder).filePath(QStringLiteral("desktop-XXXXXX") + plan.fileSuffix));
        file.setAutoRemove(false);
        if (!file.open() || file.write(plan.fileContent) != plan.fileContent.size() || !file.flush())
            return failWith(tr("Could not write the connection file: %1").arg(file.errorString()));
        path = file.fileName();
        file.close();
        PrivateFiles::tightenIfExists(path);
    }
    const QString placeholder = QString::fromLatin1(LaunchPlan::FilePlaceholder);
    QString program = plan.program;
    program.replace(placeholder, path);
    QStringList arguments;
    for (QString a : plan.arguments)
        arguments << a.replace(placeholder, path);
    qint64 pid = 0;
    if (!QProcess::startDetached(program, arguments, QString(), &pid)) {
        if (!path.isEmpty())
            QFile::remove(path);
        return failWith(tr("Could not start the remote-desktop client “%1”. Check Settings › Remote desktop.").arg(program));
    }
    m_lastCommand = QStringList{program} + arguments;
    m_lastPid = pid;
    qCInfo(lcLauncher).noquote() << "started" << program << "pid" << pid;
    if (!path.isEmpty()) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, path] { removeFile(path); });
        timer->start(m_removeAfterMs);
        m_files.insert(path, timer);
    }
    return true;
}

void ClientLauncher::removeFile(const QString &path)
{
    if (QTimer *timer = m_files.take(path))
        timer->deleteLater();
    QFile::remove(path);
    Q_EMIT fileRemoved(path);
}
