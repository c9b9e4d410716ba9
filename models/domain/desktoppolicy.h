#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/tasktypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

/** Everything an administrator or member can do to desktops from the window. */
enum class DesktopCommand {
    Start,
    Stop,
    Suspend,
    Resume,
    RebootSoft,
    RebootHard,
    Restore,
    Shelve,
    Unshelve,
    AssignFloatingIp,
    ReleaseFloatingIp,
    OpenConsole,
    Connect,
    MakeImage,
    Adopt,
    Delete,
    ForceDelete,
    LiveMigrate, // administrators: to another compute host, running (issue 16)
    Migrate,     // administrators: cold migration + confirm
    ActionCount
};

/** Who is acting: from the Keystone token (roles) plus what the inventory says they teach. */
struct Actor
{
    bool admin = false;
    QString userName;
    QString userId;
    QSet<QString> taughtCourses; // courses in which the actor owns a teacher desktop

    /** Builds the actor from the token and the servers: a member teaches a course when they own
     *  a teacher desktop of it. */
    static Actor fromServers(bool admin, const QString &userName, const QString &userId, const QList<Server> &servers);
};

/** Result of checking an action against a selection (VMware Clarity batch rules: the action is
 *  enabled when at least one selected desktop is eligible and runs on the eligible ones only). */
struct ActionAvailability
{
    int eligible = 0;
    int selected = 0;
    QStringList eligibleIds;

    [[nodiscard]] bool enabled() const { return eligible > 0; }
    [[nodiscard]] bool partial() const { return eligible > 0 && eligible < selected; }
};

/**
 * The rules for who may see and do what, by desktop state and role. Pure functions, unit-tested;
 * the window only asks them.
 */
class DesktopPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DesktopPolicy)

public:
    /** Admins see everything; members see their own desktops and the student desktops of the
     *  courses they teach. */
    static bool canSee(const Actor &actor, const Server &server);
    /** May the actor run the action on this desktop now? busy = a Phoenix task is running on it. */
    static bool isAllowed(DesktopCommand action, const Server &server, const Actor &actor, bool busy = false);
    /** Actions shown to the actor at all (members get no force-delete, adopt, make-image or
     *  migrations). */
    static bool isOffered(DesktopCommand action, const Actor &actor);
    static ActionAvailability availability(DesktopCommand action, const QList<Server> &selection, const Actor &actor,
                                           const QSet<QString> &busyIds = {});

    /** The task the action runs as, if it is a task (console, connect and adopt are not). */
    static std::optional<TaskKind> taskKind(DesktopCommand action);
    /** Actions that destroy or interrupt work and so ask first. */
    static bool needsConfirmation(DesktopCommand action);
    static QString actionText(DesktopCommand action); // menu text, translated
    static QString actionKey(DesktopCommand action);  // stable object name ("start", ...)
};
