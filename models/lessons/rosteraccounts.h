#pragma once

#include "cloud/identityapi.h"
#include "models/lessons/lessontypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class LessonStore;
class RestClient;
struct AuditEntry;

/** A roster member's Keystone account as Phoenix sees it. */
enum class AccountState {
    Unknown,  // not looked up yet
    Exists,   // a user with this name exists and is enabled
    Disabled, // exists, disabled
    Missing   // no user with this name in the project's domain
};

/** One person of one or more courses (a rostered student or a course's teacher). */
struct RosterAccount
{
    QString name;        // Keystone user name
    QStringList courses; // codes, sorted
    bool teacher = false;
    AccountState state = AccountState::Unknown;
    QString userId;

    friend bool operator==(const RosterAccount &, const RosterAccount &) = default;
};

/** Every course and roster of one cloud project, read together (any thread). */
struct RosterBook
{
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters;

    static Result<RosterBook> load(const LessonStore &store);
};

/**
 * Pure rules of user management for rosters (issue 13, Users): who the people of a course are,
 * and their Keystone state from a user list.
 */
namespace RosterAccounts
{
/** Roster owners and teachers of courseCode (every course when empty), by name, deduplicated. */
QList<RosterAccount> people(const QList<Course> &courses, const QHash<QString, QList<RosterSeat>> &rosters,
                            const QString &courseCode = {});
/** Sets state and userId from Keystone's users (names compare exactly, as Keystone's do). */
void applyUsers(QList<RosterAccount> *accounts, const QHash<QString, KeystoneUser> &users);
QString stateKey(AccountState state); // "exists", "missing", "disabled", "unknown"
QString stateText(AccountState state); // translated
} // namespace RosterAccounts

/** The outcome of one user operation. */
struct UserOpResult
{
    QString name;
    QString userId;
    QString course;
    bool ok = false;
    CloudError error;
    QString requestId;
    QString password; // create / reset only; handed to the caller once, never logged or stored
};

/**
 * Runs user operations on many accounts asynchronously in the RestClient's thread (the GUI thread
 * never waits; phoenixctl runs it on its event loop), a few at a time: look up states, create the
 * missing accounts (a generated password, the project as default project, the member role on
 * it), disable, enable, reset passwords, delete. Every change is audited (without passwords)
 * through the audit sink. A creation whose reply was lost (a network error or a 5xx: the retry
 * table leaves a POST to its caller) is checked by name: an account that did appear gets the
 * generated password set again, so the password handed out is the one that works.
 */
class UserOperations : public QObject
{
    Q_OBJECT

public:
    enum class Op {
        Create,
        Disable,
        Enable,
        ResetPassword,
        Delete
    };
    Q_ENUM(Op)

    struct Target
    {
        QString name;
        QString userId; // empty: looked up by name first
        QString course;
    };

    UserOperations(RestClient *client, UserAdminCapability capability, QObject *parent = nullptr);

    /** Where audit entries go (phoenixctl: the audit log at once; the window: a worker thread). */
    void setAuditSink(std::function<void(const AuditEntry &)> sink) { m_audit = std::move(sink); }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setRoleName(const QString &role) { m_roleName = role; }

    /** Looks up the users with these names in the domain; ends with lookedUp() or lookupFailed(). */
    void lookup(const QStringList &names);
    /** Runs op on targets; itemFinished() per target, then finished() once. */
    void run(Op op, const QList<Target> &targets);
    [[nodiscard]] bool isRunning() const { return m_running; }

    static QString opKey(Op op);  // audit action: "user-create", "user-disable", ...
    static QString opText(Op op); // translated verb phrase: "Create", ...

Q_SIGNALS:
    void lookedUp(const QHash<QString, KeystoneUser> &users);
    void lookupFailed(const CloudError &error);
    void itemFinished(const UserOpResult &result);
    void finished(const QList<UserOpResult> &results);

private:
    void next();
    void startItem(const Target &target);
    void resolved(const Target &target, const KeystoneUser &user);
    void create(const Target &target, bool afterLostReply);
    void grant(const Target &target, const KeystoneUser &user, const QString &password);
    void finishItem(UserOpResult result);
    void audit(const UserOpResult &result);
    void lookupNames(const QStringList &names, std::shared_ptr<QHash<QString, KeystoneUser>> found);

    QPointer<RestClient> m_client;
    UserAdminCapability m_capability;
    std::function<void(const AuditEntry &)> m_audit;
    int m_concurrency = 4;
    QString m_roleName = QStringLiteral("member");
    QString m_roleId;
    Op m_op = Op::Create;
    QList<Target> m_queue;
    QList<UserOpResult> m_results;
    int m_inFlight = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(UserOpResult)
Q_DECLARE_METATYPE(RosterAccount)
