#include "models/domain/mydesktop.h"

#include <algorithm>

QList<Server> MyDesktop::owned(const QList<Server> &servers, const QString &userName, const QString &userId)
{
    QList<Server> out;
    for (const Server &s : servers) {
        const QString owner = s.meta(PhoenixMeta::Owner);
        if (owner.isEmpty() || s.isDeleted() || !s.isPhoenixDesktop())
            continue;
        if (s.meta(PhoenixMeta::Type) == QLatin1String("template"))
            continue; // an image template is not a desktop to work on

        if ((!userName.isEmpty() && owner == userName) || (!userId.isEmpty() && owner == userId))
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Server &a, const Server &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

MyDesktopState MyDesktop::stateOf(const Server &server, const std::optional<TaskSnapshot> &openTask)
{
    if (openTask && !openTask->isFinished())
        return MyDesktopState::Starting;
    if (server.status == QLatin1String("ERROR"))
        return MyDesktopState::Failed;
    if (server.isTransitional())
        return MyDesktopState::Starting;
    if (server.status == QLatin1String("ACTIVE"))
        return openTask && openTask->state == TaskState::Failed ? MyDesktopState::Failed : MyDesktopState::Ready;
    if (openTask && openTask->state == TaskState::Failed)
        return MyDesktopState::Failed;
    return MyDesktopState::Suspended;
}

MyDesktopState MyDesktop::combined(const QList<MyDesktopState> &states)
{
    if (states.isEmpty())
        return MyDesktopState::None;
    for (MyDesktopState wanted : {MyDesktopState::Offline, MyDesktopState::Starting, MyDesktopState::Failed,
                                  MyDesktopState::Ready, MyDesktopState::Suspended}) {
        if (states.contains(wanted))
            return wanted;
    }
    return MyDesktopState::None;
}

bool MyDesktop::canOpen(MyDesktopState state)
{
    return state == MyDesktopState::Ready || state == MyDesktopState::Suspended || state == MyDesktopState::Failed;
}

bool MyDesktop::canSuspend(MyDesktopState state)
{
    return state == MyDesktopState::Ready;
}

bool MyDesktop::canRestart(MyDesktopState state)
{
    return state == MyDesktopState::Ready || state == MyDesktopState::Failed;
}

QString MyDesktop::stateKey(MyDesktopState state)
{
    switch (state) {
    case MyDesktopState::None:
        return QStringLiteral("none");
    case MyDesktopState::Ready:
        return QStringLiteral("ready");
    case MyDesktopState::Starting:
        return QStringLiteral("starting");
    case MyDesktopState::Suspended:
        return QStringLiteral("suspended");
    case MyDesktopState::Failed:
        return QStringLiteral("failed");
    case MyDesktopState::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

QString MyDesktop::stateText(MyDesktopState state)
{
    switch (state) {
    case MyDesktopState::None:
        return tr("No desktop of yours");
    case MyDesktopState::Ready:
        return tr("Ready", "my desktop state");
    case MyDesktopState::Starting:
        return tr("Starting…", "my desktop state");
    case MyDesktopState::Suspended:
        return tr("Suspended", "my desktop state: suspended, shut down or shelved");
    case MyDesktopState::Failed:
        return tr("Failed", "my desktop state");
    case MyDesktopState::Offline:
        return tr("Offline", "my desktop state: the cloud cannot be reached");
    }
    return {};
}

QString MyDesktop::toolTip(MyDesktopState state, const QString &desktopName, const QString &address, const QString &progress)
{
    QString line = desktopName.isEmpty() ? stateText(state) : tr("%1: %2").arg(desktopName, stateText(state));
    if (!address.isEmpty() && state == MyDesktopState::Ready)
        line += QStringLiteral(" (%1)").arg(address);
    if (!progress.isEmpty())
        line += QLatin1Char('\n') + progress;
    return tr("Phoenix — %1").arg(line);
}

std::optional<int> MyDesktop::expectedSeconds(const QList<TaskSnapshot> &history)
{
    QList<TaskSnapshot> done;
    for (const TaskSnapshot &t : history) {
        if (t.spec.kind == TaskKind::OpenDesktop && t.state == TaskState::Done && !t.history.isEmpty())
            done << t;
    }
    std::sort(done.begin(), done.end(), [](const TaskSnapshot &a, const TaskSnapshot &b) { return a.updatedAt > b.updatedAt; });
    QList<qint64> seconds;
    for (const TaskSnapshot &t : std::as_const(done)) {
        QDateTime first, last;
        for (const StageRecord &r : t.history) {
            if (r.startedAt.isValid() && (!first.isValid() || r.startedAt < first))
                first = r.startedAt;
            if (r.finishedAt.isValid() && (!last.isValid() || r.finishedAt > last))
                last = r.finishedAt;
        }
        if (first.isValid() && last.isValid() && last >= first)
            seconds << (first.msecsTo(last) + 500) / 1000;
        if (seconds.size() == 10)
            break;
    }
    if (seconds.isEmpty())
        return std::nullopt;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    const qint64 median = n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2) + 1) / 2;
    return int(median);
}

QString MyDesktop::expectedText(std::optional<int> seconds)
{
    if (!seconds)
        return {};
    if (*seconds < 90)
        return tr("usually %1 s").arg(qMax(1, *seconds));
    return tr("usually %1 min").arg((*seconds + 30) / 60);
}

QString MyDesktop::progressText(const TaskSnapshot &task, std::optional<int> expected)
{
    const int step = int(task.stageIndex) + 1;
    const int steps = int(task.chain.size());
    QString what;
    switch (task.currentStage()) {
    case Stage::Action:
        what = tr("Waking the desktop");
        break;
    case Stage::Wait:
        what = tr("Waiting until it runs");
        break;
    case Stage::Floating:
        what = tr("Getting an address");
        break;
    case Stage::Detect:
        what = tr("Waiting for the remote desktop to answer");
        break;
    default:
        what = TaskText::stageName(task.currentStage());
        break;
    }
    const QString usually = expectedText(expected);
    return usually.isEmpty() ? tr("%1 (step %2 of %3)").arg(what).arg(step).arg(steps)
                             : tr("%1 (step %2 of %3, %4)").arg(what).arg(step).arg(steps).arg(usually);
}
