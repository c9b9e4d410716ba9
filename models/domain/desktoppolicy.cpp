#include "models/domain/desktoppolicy.h"

#include "models/domain/desktoprole.h"

namespace
{
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
        if (DesktopRoles::of(s) == DesktopRole::Teacher && ownedBy(actor, s) && !s.meta(PhoenixMeta::Course).isEmpty())
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
    if (DesktopRoles::of(server) == DesktopRole::Student && actor.taughtCourses.contains(server.meta(PhoenixMeta::Course)))
        return true;
    return false;
}

bool DesktopPolicy::isOffered(DesktopCommand action, const Actor &actor)
{
    switch (action) {
    case DesktopCommand::ForceDelete:
    case DesktopCommand::Adopt:
    case DesktopCommand::MakeImage:
    case DesktopCommand::LiveMigrate:
    case DesktopCommand::Migrate:
        return actor.admin;
    default:
        return action != DesktopCommand::ActionCount;
    }
}

bool DesktopPolicy::isAllowed(DesktopCommand action, const Server &server, const Actor &actor, bool busy)
{
    if (!isOffered(action, actor) || !canSee(actor, server) || server.isDeleted())
        return false;
    const bool novaBusy = !server.taskState.isEmpty() || server.status == QLatin1String("BUILD");
    if (action == DesktopCommand::ForceDelete)
        return true; // the way out of anything stuck, for admins
    if (action == DesktopCommand::Adopt)
        return !server.isPhoenixDesktop() && !novaBusy;
    if (busy || novaBusy)
        return false;
    const bool hasFloating = !server.floatingAddress().isEmpty();
    switch (action) {
    case DesktopCommand::Start:
        return statusIn(server, {"SHUTOFF"});
    case DesktopCommand::Stop:
    case DesktopCommand::Suspend:
    case DesktopCommand::RebootSoft:
        return statusIn(server, {"ACTIVE"});
    case DesktopCommand::RebootHard:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "ERROR", "PAUSED"});
    case DesktopCommand::Resume:
        return statusIn(server, {"SUSPENDED"});
    case DesktopCommand::Restore:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "ERROR"});
    case DesktopCommand::Shelve:
        return statusIn(server, {"ACTIVE", "SHUTOFF", "SUSPENDED", "PAUSED"});
    case DesktopCommand::Unshelve:
        return statusIn(server, {"SHELVED", "SHELVED_OFFLOADED"});
    case DesktopCommand::AssignFloatingIp:
        return !hasFloating && statusIn(server, {"ACTIVE", "SHUTOFF", "SUSPENDED", "PAUSED"});
    case DesktopCommand::ReleaseFloatingIp:
        return hasFloating;
    case DesktopCommand::OpenConsole:
        return statusIn(server, {"ACTIVE"});
    case DesktopCommand::Connect:
        return statusIn(server, {"ACTIVE"}) && !(hasFloating ? server.floatingAddress() : server.fixedAddress()).isEmpty();
    case DesktopCommand::MakeImage:
        return statusIn(server, {"ACTIVE", "SHUTOFF"});
    // What Nova moves (MigrationStages::decide): live a running or paused desktop, cold a running
    // or shut-down one; never one on no host (shelved offloaded, building).
    case DesktopCommand::LiveMigrate:
        return !server.host.isEmpty() && statusIn(server, {"ACTIVE", "PAUSED"});
    case DesktopCommand::Migrate:
        return !server.host.isEmpty() && statusIn(server, {"ACTIVE", "SHUTOFF"});
    case DesktopCommand::Delete:
        // Members may delete only what they own, never a class's desktops of their course.
        return actor.admin || ownedBy(actor, server);
    case DesktopCommand::ForceDelete:
    case DesktopCommand::Adopt:
    case DesktopCommand::ActionCount:
        break;
    }
    return false;
}

ActionAvailability DesktopPolicy::availability(DesktopCommand action, const QList<Server> &selection, const Actor &actor,
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

std::optional<TaskKind> DesktopPolicy::taskKind(DesktopCommand action)
{
    switch (action) {
    case DesktopCommand::Start:
        return TaskKind::Start;
    case DesktopCommand::Stop:
        return TaskKind::Stop;
    case DesktopCommand::Suspend:
        return TaskKind::Suspend;
    case DesktopCommand::Resume:
        return TaskKind::Resume;
    case DesktopCommand::RebootSoft:
        return TaskKind::Reboot;
    case DesktopCommand::RebootHard:
        return TaskKind::RebootHard;
    case DesktopCommand::Restore:
        return TaskKind::Rebuild;
    case DesktopCommand::Shelve:
        return TaskKind::Shelve;
    case DesktopCommand::Unshelve:
        return TaskKind::Unshelve;
    case DesktopCommand::AssignFloatingIp:
        return TaskKind::AssignFloatingIp;
    case DesktopCommand::ReleaseFloatingIp:
        return TaskKind::ReleaseFloatingIp;
    case DesktopCommand::MakeImage:
        return TaskKind::MakeImage;
    case DesktopCommand::Delete:
        return TaskKind::Delete;
    case DesktopCommand::ForceDelete:
        return TaskKind::ForceDelete;
    case DesktopCommand::LiveMigrate:
        return TaskKind::LiveMigrate;
    case DesktopCommand::Migrate:
        return TaskKind::ColdMigrate;
    case DesktopCommand::OpenConsole:
    case DesktopCommand::Connect:
    case DesktopCommand::Adopt:
    case DesktopCommand::ActionCount:
        break;
    }
    return std::nullopt;
}

bool DesktopPolicy::needsConfirmation(DesktopCommand action)
{
    switch (action) {
    case DesktopCommand::Stop:
    case DesktopCommand::RebootSoft:
    case DesktopCommand::RebootHard:
    case DesktopCommand::Restore:
    case DesktopCommand::Shelve:
    case DesktopCommand::ReleaseFloatingIp:
    case DesktopCommand::Delete:
    case DesktopCommand::ForceDelete:
        return true;
    default:
        return false;
    }
}

QString DesktopPolicy::actionText(DesktopCommand action)
{
    switch (action) {
    case DesktopCommand::Start:
        return tr("&Start");
    case DesktopCommand::Stop:
        return tr("Shut &down");
    case DesktopCommand::Suspend:
        return tr("Sus&pend");
    case DesktopCommand::Resume:
        return tr("&Resume");
    case DesktopCommand::RebootSoft:
        return tr("Re&boot");
    case DesktopCommand::RebootHard:
        return tr("&Hard reboot");
    case DesktopCommand::Restore:
        return tr("Res&tore to clean image…");
    case DesktopCommand::Shelve:
        return tr("She&lve");
    case DesktopCommand::Unshelve:
        return tr("&Unshelve");
    case DesktopCommand::AssignFloatingIp:
        return tr("Assign &floating IP");
    case DesktopCommand::ReleaseFloatingIp:
        return tr("Release floating I&P");
    case DesktopCommand::OpenConsole:
        return tr("Open &console");
    case DesktopCommand::Connect:
        return tr("Co&nnect (remote desktop)");
    case DesktopCommand::MakeImage:
        return tr("&Make image from desktop…");
    case DesktopCommand::Adopt:
        return tr("&Adopt as Phoenix desktop…");
    case DesktopCommand::Delete:
        return tr("D&elete…");
    case DesktopCommand::ForceDelete:
        return tr("&Force delete…");
    case DesktopCommand::LiveMigrate:
        return tr("&Live-migrate to another host…");
    case DesktopCommand::Migrate:
        return tr("Mi&grate to another host…");
    case DesktopCommand::ActionCount:
        break;
    }
    return {};
}

QString DesktopPolicy::actionKey(DesktopCommand action)
{
    static const char *const keys[] = {"start",   "stop",       "suspend",   "resume",      "reboot",  "reboot-hard",
                                       "restore", "shelve",     "unshelve",  "assign-fip",  "release-fip",
                                       "console", "connect",    "make-image", "adopt",      "delete",  "force-delete",
                                       "live-migrate", "migrate"};
    static_assert(std::size(keys) == size_t(DesktopCommand::ActionCount));
    const int i = int(action);
    return i >= 0 && i < int(DesktopCommand::ActionCount) ? QString::fromLatin1(keys[i]) : QString();
}
