#include "desktoppolicy.h"

namespace
{
const QString Teacher = QStringLiteral("teacher");
const QString Student = QStringLiteral("student");

bool statusIn(const Server &server, std::initializer_list<const char *> states)
{
    for (const char *s : states) {
        if (server.status == QLatin1String(s))
            return true;
    }
    return false;
}

bool ownedBy(const Actor &actor, const Server &server)
{
    const QString owner = server.meta(PhoenixMeta::Owner);
    return !owner.isEmpty() && (owner == actor.userName || owner == actor.userId);
}
} // namespace

Actor Actor::fromServers(bool admin, const QString &userName, const QString &userId, const QList<Server> &servers)
{
    Actor actor;
    actor.admin = admin;
    actor.userName = userName;
    actor.userId = userId;
    for (const Server &s : servers) {
        if (s.meta(PhoenixMeta::Role) == Teacher && ownedBy(actor, s) && !s.meta(PhoenixMeta::Course).isEmpty())
            actor.taughtCourses.insert(s.meta(PhoenixMeta::Course));
    }
    return actor;
}

bool DesktopPolicy::canSee(const Actor &actor, const Server &server)
{
    if (actor.admin)
        return true;
    if (ownedBy(actor, server))
        return true;
    if (server.meta(PhoenixMeta::Role) == Student && actor.taughtCourses.contains(server.meta(PhoenixMeta::Course)))
        return true;
    return false;
}

bool DesktopPolicy::isOffered(DesktopAction action, const Actor &actor)
{
    switch (action) {
    case DesktopAction::ForceDelete:
    case DesktopAction::Adopt:
    case DesktopAction::MakeImage:
        return actor.admin;
    default:
        return action != DesktopAction::ActionCount;
    }
}

bool DesktopPolicy::isAllowed(DesktopAction action, const Server &server, const Actor &actor, bool busy)
{
    if (!isOffered(action, actor) || !canSee(actor, server) || server.isDeleted())
        return false;
    const bool novaBusy = !server.taskState.isEmpty() || server.status == QLatin1String("BUILD");
    if (action == DesktopAction::ForceDelete)
        return true; // the way out of anything stuck, for admins
    if (action == DesktopAction::Adopt)
        return !server.isPhoenixDesktop() && !novaBusy;
    if (busy || novaBusy)
        return false;
    const bool hasFloating = !server.floatingAddress().isEmpty();
    switch (action) {
    case DesktopAction::Start:
        return statusIn(server, {"SHUTOFF"});
    case DesktopAction::Stop:
    case DesktopAction::Suspend:
    case DesktopAction::RebootSoft:
        return statusIn(server, {"ACTIVE"});
    case DesktopAction::RebootHard:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "ERROR", "PAUSED"});
    case DesktopAction::Resume:
        return statusIn(server, {"SUSPENDED"});
    case DesktopAction::Restore:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "ERROR"});
    case DesktopAction::Shelve:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "SUSPENDED", "PAUSED"});
    case DesktopAction::Unshelve:
        return statusIn(server, {"SHELVED", "SHELVED_OFFLOADED"});
    case DesktopAction::AssignFloatingIp:
        return !hasFloating && statusIn(server, {"ACTIVE", "SHUTOFF", "SUSPENDED", "PAUSED"});
    case DesktopAction::ReleaseFloatingIp:
        return hasFloating;
    case DesktopAction::OpenConsole:
        return statusIn(server, {"ACTIVE"});
    case DesktopAction::Connect:
        return statusIn(server, {"ACTIVE"}) && !(hasFloating ? server.floatingAddress() : server.fixedAddress()).isEmpty();
    case DesktopAction::MakeImage:
        return statusIn(server, {"ACTIVE", "SHUTOFF"});
    case DesktopAction::Delete:
        // Members may delete only what they own, never a class's desktops of their course.
        return actor.admin || ownedBy(actor, server);
    case DesktopAction::ForceDelete:
    case DesktopAction::Adopt:
    case DesktopAction::ActionCount:
        break;
    }
    return false;
}

ActionAvailability DesktopPolicy::availability(DesktopAction action, const QList<Server> &selection, const Actor &actor,
                                               const QSet<QString> &busyIds)
{
    ActionAvailability a;
    a.selected = int(selection.size());
    for (const Server &s : selection) {
        if (isAllowed(action, s, actor, busyIds.contains(s.id))) {
            ++a.eligible;
            a.eligibleIds << s.id;
        }
    }
    return a;
}

std::optional<TaskKind> DesktopPolicy::taskKind(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Start:
        return TaskKind::Start;
    case DesktopAction::Stop:
        return TaskKind::Stop;
    case DesktopAction::Suspend:
        return TaskKind::Suspend;
    case DesktopAction::Resume:
        return TaskKind::Resume;
    case DesktopAction::RebootSoft:
        return TaskKind::Reboot;
    case DesktopAction::RebootHard:
        return TaskKind::RebootHard;
    case DesktopAction::Restore:
        return TaskKind::Rebuild;
    case DesktopAction::Shelve:
        return TaskKind::Shelve;
    case DesktopAction::Unshelve:
        return TaskKind::Unshelve;
    case DesktopAction::AssignFloatingIp:
        return TaskKind::AssignFloatingIp;
    case DesktopAction::ReleaseFloatingIp:
        return TaskKind::ReleaseFloatingIp;
    case DesktopAction::MakeImage:
        return TaskKind::MakeImage;
    case DesktopAction::Delete:
        return TaskKind::Delete;
    case DesktopAction::ForceDelete:
        return TaskKind::ForceDelete;
    case DesktopAction::OpenConsole:
    case DesktopAction::Connect:
    case DesktopAction::Adopt:
    case DesktopAction::ActionCount:
        break;
    }
    return std::nullopt;
}

bool DesktopPolicy::needsConfirmation(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Stop:
    case DesktopAction::RebootSoft:
    case DesktopAction::RebootHard:
    case DesktopAction::Restore:
    case DesktopAction::Shelve:
    case DesktopAction::ReleaseFloatingIp:
    case DesktopAction::Delete:
    case DesktopAction::ForceDelete:
        return true;
    default:
        return false;
    }
}

QString DesktopPolicy::actionText(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Start:
        return tr("&Start");
    case DesktopAction::Stop:
        return tr("Shut &down");
    case DesktopAction::Suspend:
        return tr("Sus&pend");
    case DesktopAction::Resume:
        return tr("&Resume");
    case DesktopAction::RebootSoft:
        return tr("Re&boot");
    case DesktopAction::RebootHard:
        return tr("&Hard reboot");
    case DesktopAction::Restore:
        return tr("Res&tore to clean image…");
    case DesktopAction::Shelve:
        return tr("She&lve");
    case DesktopAction::Unshelve:
        return tr("&Unshelve");
    case DesktopAction::AssignFloatingIp:
        return tr("Assign &floating IP");
    case DesktopAction::ReleaseFloatingIp:
        return tr("Release floating I&P");
    case DesktopAction::OpenConsole:
        return tr("Open &console");
    case DesktopAction::Connect:
        return tr("Co&nnect (remote desktop)");
    case DesktopAction::MakeImage:
        return tr("&Make image from desktop…");
    case DesktopAction::Adopt:
        return tr("&Adopt as Phoenix desktop…");
    case DesktopAction::Delete:
        return tr("D&elete…");
    case DesktopAction::ForceDelete:
        return tr("&Force delete…");
    case DesktopAction::ActionCount:
        break;
    }
    return {};
}

QString DesktopPolicy::actionKey(DesktopAction action)
{
    static const char *const keys[] = {"start",   "stop",       "suspend",   "resume",      "reboot",  "reboot-hard",
                                       "restore", "shelve",     "unshelve",  "assign-fip",  "release-fip",
                                       "console", "connect",    "make-image", "adopt",      "delete",  "force-delete"};
    static_assert(std::size(keys) == size_t(DesktopAction::ActionCount));
    const int i = int(action);
    return i >= 0 && i < int(DesktopAction::ActionCount) ? QString::fromLatin1(keys[i]) : QString();
}
