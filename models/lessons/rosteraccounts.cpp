#include "models/lessons/rosteraccounts.h"

#include "cloud/restclient.h"
#include "cloud/retrypolicy.h"
#include "models/lessons/lessonstore.h"
#include "models/store/auditlog.h"

#include <QLoggingCategory>
#include <QMap>

#include <utility>

Q_LOGGING_CATEGORY(lcAccounts, "phoenix.lessons.accounts")

Result<RosterBook> RosterBook::load(const LessonStore &store)
{
    Result<QList<Course>> courses = store.courses();
    if (!courses)
        return courses.error();
    Result<QHash<QString, QList<RosterSeat>>> rosters = store.rosters();
    if (!rosters)
        return rosters.error();
    return RosterBook{courses.take(), rosters.take()};
}

QList<RosterAccount> RosterAccounts::people(const QList<Course> &courses, const QHash<QString, QList<RosterSeat>> &rosters,
                                            const QString &courseCode)
{
    QMap<QString, RosterAccount> byName;
    auto add = [&byName](const QString &name, const QString &course, bool teacher) {
        const QString n = name.trimmed();
        if (n.isEmpty())
            return;
        RosterAccount &a = byName[n];
        a.name = n;
        a.teacher = a.teacher || teacher;
        if (!a.courses.contains(course))
            a.courses << course;
    };
    for (const Course &c : courses) {
        if (!courseCode.isEmpty() && c.code != courseCode)
            continue;
        add(c.teacher, c.code, true);
        for (const RosterSeat &s : rosters.value(c.code))
            add(s.owner, c.code, false);
    }
    QList<RosterAccount> out;
    out.reserve(byName.size());
    for (RosterAccount &a : byName) {
        a.courses.sort();
        out << a;
    }
    return out;
}

void RosterAccounts::applyUsers(QList<RosterAccount> *accounts, const QHash<QString, KeystoneUser> &users)
{
    for (RosterAccount &a : *accounts) {
        const auto it = users.constFind(a.name);
        if (it == users.cend()) {
            a.state = AccountState::Missing;
            a.userId.clear();
        } else {
            a.state = it->enabled ? AccountState::Exists : AccountState::Disabled;
            a.userId = it->id;
        }
    }
}

QString RosterAccounts::stateKey(AccountState state)
{
    switch (state) {
    case AccountState::Exists:
        return QStringLiteral("exists");
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    case AccountState::Missing:
        return QStringLiteral("missing");
    case AccountState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString RosterAccounts::stateText(AccountState state)
{
    switch (state) {
    case AccountState::Exists:
        return QCoreApplication::translate("RosterAccounts", "Exists");
    case AccountState::Disabled:
        return QCoreApplication::translate("RosterAccounts", "Disabled");
    case AccountState::Missing:
        return QCoreApplication::translate("RosterAccounts", "Missing");
    case AccountState::Unknown:
        break;
    }
    return QCoreApplication::translate("RosterAccounts", "Unknown");
}

// ---------------------------------------------------------------------------------------------

UserOperations::UserOperations(RestClient *client, UserAdminCapability capability, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_capability(std::move(capability))
{
    qRegisterMetaType<UserOpResult>();
}

QString UserOperations::opKey(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("user-create");
    case Op::Disable:
        return QStringLiteral("user-disable");
    case Op::Enable:
        return QStringLiteral("user-enable");
    case Op::ResetPassword:
        return QStringLiteral("user-reset-password");
    case Op::Delete:
        return QStringLiteral("user-delete");
    }
    return {};
}

QString UserOperations::opText(Op op)
{
    switch (op) {
    case Op::Create:
        return tr("Create account");
    case Op::Disable:
        return tr("Disable account");
    case Op::Enable:
        return tr("Enable account");
    case Op::ResetPassword:
        return tr("Reset password");
    case Op::Delete:
        return tr("Delete account");
    }
    return {};
}

void UserOperations::lookup(const QStringList &names)
{
    if (!m_client)
        return;
    QPointer<UserOperations> self(this);
    IdentityApi(m_client).listUsers(m_capability.domainId, QString(), this, [this, names](Result<KeystoneUserList> list) {
        if (!list) {
            Q_EMIT lookupFailed(list.error());
            return;
        }
        auto found = std::make_shared<QHash<QString, KeystoneUser>>();
        for (const KeystoneUser &u : list.value().users)
            found->insert(u.name, u);
        if (!list.value().truncated) {
            Q_EMIT lookedUp(*found);
            return;
        }
        // Keystone cut the list at its list_limit: the names not in it are asked for one by one.
        QStringList rest;
        for (const QString &n : names) {
            if (!found->contains(n))
                rest << n;
        }
        qCInfo(lcAccounts) << "user list truncated by Keystone; looking up" << rest.size() << "names one by one";
        lookupNames(rest, found);
    });
}

void UserOperations::lookupNames(const QStringList &names, std::shared_ptr<QHash<QString, KeystoneUser>> found)
{
    if (names.isEmpty()) {
        Q_EMIT lookedUp(*found);
        return;
    }
    if (!m_client)
        return;
    const QString name = names.first();
    IdentityApi(m_client).listUsers(m_capability.domainId, name, this, [this, names, found](Result<KeystoneUserList> list) {
        if (!list) {
            Q_EMIT lookupFailed(list.error());
            return;
        }
        for (const KeystoneUser &u : list.value().users)
            found->insert(u.name, u);
        lookupNames(names.mid(1), found);
    });
}

void UserOperations::run(Op op, const QList<Target> &targets)
{
    Q_ASSERT(!m_running);
    m_op = op;
    m_queue = targets;
    m_results.clear();
    m_inFlight = 0;
    m_running = true;
    if (op == Op::Create && m_roleId.isEmpty() && !m_queue.isEmpty() && m_client) {
        IdentityApi(m_client).findRole(m_roleName, this, [this](Result<QString> role) {
            if (!role) {
                const QList<Target> all = std::exchange(m_queue, {});
                for (const Target &t : all) {
                    UserOpResult r;
                    r.name = t.name;
                    r.course = t.course;
                    r.error = role.error();
                    r.requestId = role.error().requestId();
                    audit(r);
                    m_results << r;
                    Q_EMIT itemFinished(r);
                }
                next(); // nothing in flight, nothing queued: finished()
                return;
            }
            m_roleId = role.value();
            next();
        });
        return;
    }
    next();
}

void UserOperations::next()
{
    while (m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        ++m_inFlight;
        startItem(m_queue.takeFirst());
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished(m_results);
    }
}

void UserOperations::startItem(const Target &target)
{
    if (!m_client)
        return;
    if (m_op == Op::Create) {
        create(target, false);
        return;
    }
    if (!target.userId.isEmpty()) {
        KeystoneUser u;
        u.id = target.userId;
        u.name = target.name;
        resolved(target, u);
        return;
    }
    IdentityApi(m_client).listUsers(m_capability.domainId, target.name, this, [this, target](Result<KeystoneUserList> list) {
        UserOpResult r;
        r.name = target.name;
        r.course = target.course;
        if (!list) {
            r.error = list.error();
            finishItem(r);
            return;
        }
        if (list.value().users.isEmpty()) {
            r.error = CloudError::config(tr("There is no account named \"%1\" in the project's domain.").arg(target.name));
            r.error.setRequestId(list.value().requestId);
            finishItem(r);
            return;
        }
        resolved(target, list.value().users.first());
    });
}

void UserOperations::resolved(const Target &target, const KeystoneUser &user)
{
    auto done = [this, target, user](const CloudError &error, const QString &requestId, const QString &password) {
        UserOpResult r;
        r.name = target.name;
        r.course = target.course;
        r.userId = user.id;
        r.ok = !error;
        r.error = error;
        r.requestId = error ? error.requestId() : requestId;
        if (!error)
            r.password = password;
        finishItem(r);
    };
    IdentityApi api(m_client);
    switch (m_op) {
    case Op::Disable:
    case Op::Enable:
        api.setEnabled(user.id, m_op == Op::Enable, this, [done](Result<KeystoneUser> u) {
            done(u ? CloudError() : u.error(), u ? u.value().requestId : QString(), QString());
        });
        return;
    case Op::ResetPassword: {
        const QString password = IdentityApi::generatePassword();
        api.setPassword(user.id, password, this, [done, password](Result<KeystoneUser> u) {
            done(u ? CloudError() : u.error(), u ? u.value().requestId : QString(), password);
        });
        return;
    }
    case Op::Delete:
        api.deleteUser(user.id, this, [done](Result<QString> id) {
            done(id ? CloudError() : id.error(), id ? id.value() : QString(), QString());
        });
        return;
    case Op::Create:
        break;
    }
}

void UserOperations::create(const Target &target, bool afterLostReply)
{
    const QString password = IdentityApi::generatePassword();
    IdentityApi api(m_client);
    auto fail = [this, target](const CloudError &error) {
        UserOpResult r;
        r.name = target.name;
        r.course = target.course;
        r.error = error;
        r.requestId = error.requestId();
        finishItem(r);
    };
    api.createUser(target.name, password, m_capability.domainId, m_capability.projectId, this,
                   [this, target, password, fail, afterLostReply](Result<KeystoneUser> user) {
        if (user) {
            grant(target, user.value(), password);
            return;
        }
        const CloudError error = user.error();
        if (error.isConflict()) {
            CloudError e = CloudError::config(tr("An account named \"%1\" exists already.").arg(target.name));
            e.setRequestId(error.requestId());
            fail(e);
            return;
        }
        if (afterLostReply || !RetryPolicy::retriedByStep(error)) {
            fail(error);
            return;
        }
        // The reply was lost: did the account appear? Then it gets this password again.
        IdentityApi(m_client).listUsers(m_capability.domainId, target.name, this,
                                        [this, target, password, fail](Result<KeystoneUserList> list) {
            if (!list) {
                fail(list.error());
                return;
            }
            if (list.value().users.isEmpty()) {
                create(target, true);
                return;
            }
            const KeystoneUser found = list.value().users.first();
            IdentityApi(m_client).setPassword(found.id, password, this, [this, target, found, password, fail](Result<KeystoneUser> u) {
                if (!u) {
                    fail(u.error());
                    return;
                }
                grant(target, found, password);
            });
        });
    });
}

void UserOperations::grant(const Target &target, const KeystoneUser &user, const QString &password)
{
    IdentityApi(m_client).grantProjectRole(m_capability.projectId, user.id, m_roleId, this,
                                           [this, target, user, password](Result<QString> granted) {
        UserOpResult r;
        r.name = target.name;
        r.course = target.course;
        r.userId = user.id;
        r.password = password; // the account exists with it, whether or not the role came
        r.ok = granted.ok();
        r.requestId = user.requestId;
        if (!granted) {
            r.error = CloudError::config(tr("The account was created, but the %1 role on the project could not be "
                                            "given: %2").arg(m_roleName, granted.error().userMessage()));
            r.error.setRequestId(granted.error().requestId());
        }
        finishItem(r);
    });
}

void UserOperations::finishItem(UserOpResult result)
{
    --m_inFlight;
    audit(result);
    m_results << result;
    Q_EMIT itemFinished(result);
    next();
}

void UserOperations::audit(const UserOpResult &result)
{
    if (!m_audit || !m_client)
        return;
    const AuthState auth = m_client->session()->auth();
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.user = auth.userName;
    e.project = auth.projectName;
    e.action = opKey(m_op);
    e.targetId = result.userId;
    e.targetName = result.name;
    e.result = result.ok ? QStringLiteral("done") : QStringLiteral("failed");
    e.requestId = result.requestId;
    // Never the password: the course, or what went wrong.
    e.detail = result.ok ? (result.course.isEmpty() ? QString() : tr("course %1").arg(result.course))
                         : result.error.userMessage();
    m_audit(e);
}
