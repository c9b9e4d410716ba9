#include "cloud/identityapi.h"

#include "cloud/apicall.h"
#include "cloud/jsonreader.h"
#include "cloud/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcIdentity, "phoenix.cloud.identity")

namespace
{
const QString Identity_ = QStringLiteral("identity");

QString userPath(const QString &id)
{
    return QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString enc(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

KeystoneUser readUser(JsonReader &r)
{
    KeystoneUser u;
    u.id = r.string("id", JsonReader::Required);
    u.name = r.string("name", JsonReader::Required);
    u.domainId = r.string("domain_id");
    u.defaultProjectId = r.string("default_project_id");
    u.enabled = r.boolean("enabled", true);
    return u;
}

ApiRequest patchUser(const QString &userId, const QJsonObject &fields)
{
    return ApiRequest::patch(Identity_, userPath(userId),
                             QJsonDocument(QJsonObject{{QStringLiteral("user"), fields}}).toJson(QJsonDocument::Compact),
                             "application/json");
}

Result<KeystoneUser> userReply(const ApiReply &reply)
{
    Result<KeystoneUser> u = IdentityApi::parseUser(reply.body());
    if (u)
        u.value().requestId = reply.requestId();
    return u;
}
} // namespace

QString UserAdminCapability::text() const
{
    switch (level) {
    case Level::Unknown:
        return IdentityApi::tr("Checking whether this account may manage users…");
    case Level::Allowed:
        return IdentityApi::tr("This account may manage the users of the project's domain.");
    case Level::ListOnly:
        return IdentityApi::tr("This account may see users but not change them: it has no admin role. Ask whoever "
                               "runs Keystone to create or change the accounts.");
    case Level::NotAllowed:
        return IdentityApi::tr("This account may not manage users: Keystone refused to list them%1. Ask whoever "
                               "runs Keystone to create the accounts.")
            .arg(error.requestId().isEmpty() ? QString() : IdentityApi::tr(" (request ID %1)").arg(error.requestId()));
    case Level::Unavailable:
        return IdentityApi::tr("Could not find out whether this account may manage users: %1").arg(error.userMessage());
    }
    return {};
}

QString UserAdminCapability::key() const
{
    switch (level) {
    case Level::Unknown:
        return QStringLiteral("unknown");
    case Level::Allowed:
        return QStringLiteral("allowed");
    case Level::ListOnly:
        return QStringLiteral("list-only");
    case Level::NotAllowed:
        return QStringLiteral("not-allowed");
    case Level::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

IdentityApi::IdentityApi(RestClient *client)
    : m_client(client)
{
}

Result<KeystoneUserList> IdentityApi::parseUsers(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return CloudError::malformed(tr("the identity service's user list is not a JSON object: %1").arg(pe.errorString()));
    JsonReader top(doc.object(), QStringLiteral("users reply"));
    const QJsonArray users = top.array("users", JsonReader::Required);
    KeystoneUserList list;
    list.truncated = top.boolean("truncated", false);
    if (top.failed())
        return top.error();
    for (int i = 0; i < users.size(); ++i) {
        JsonReader r(top.element(users, i, QStringLiteral("users")), QStringLiteral("users[%1]").arg(i));
        if (top.failed())
            return top.error();
        KeystoneUser u = readUser(r);
        if (r.failed())
            return r.error();
        list.users << u;
    }
    return list;
}

Result<KeystoneUser> IdentityApi::parseUser(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return CloudError::malformed(tr("the identity service's user reply is not a JSON object: %1").arg(pe.errorString()));
    JsonReader top(doc.object(), QStringLiteral("user reply"));
    JsonReader r(top.object("user", JsonReader::Required), QStringLiteral("user"));
    if (top.failed())
        return top.error();
    KeystoneUser u = readUser(r);
    if (r.failed())
        return r.error();
    return u;
}

Result<QString> IdentityApi::parseRoleId(const QByteArray &body, const QString &name)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return CloudError::malformed(tr("the identity service's role list is not a JSON object: %1").arg(pe.errorString()));
    JsonReader top(doc.object(), QStringLiteral("roles reply"));
    const QJsonArray roles = top.array("roles", JsonReader::Required);
    if (top.failed())
        return top.error();
    for (int i = 0; i < roles.size(); ++i) {
        JsonReader r(top.element(roles, i, QStringLiteral("roles")), QStringLiteral("roles[%1]").arg(i));
        const QString id = r.string("id", JsonReader::Required);
        const QString n = r.string("name");
        if (r.failed() || top.failed())
            return r.failed() ? r.error() : top.error();
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return id;
    }
    return CloudError::config(tr("Keystone has no role named \"%1\".").arg(name));
}

QByteArray IdentityApi::createBody(const QString &name, const QString &password, const QString &domainId,
                                   const QString &defaultProjectId)
{
    QJsonObject user{{QStringLiteral("name"), name}, {QStringLiteral("password"), password},
                     {QStringLiteral("enabled"), true}};
    if (!domainId.isEmpty())
        user.insert(QStringLiteral("domain_id"), domainId);
    if (!defaultProjectId.isEmpty())
        user.insert(QStringLiteral("default_project_id"), defaultProjectId);
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), user}}).toJson(QJsonDocument::Compact);
}

QString IdentityApi::generatePassword(int length)
{
    // No look-alikes (0 O o, 1 l I), no quotes, backslash, spaces or characters a spreadsheet or a
    // shell treats specially at the start. 56 letters and digits + 8 symbols: about 6 bits each.
    static const QString lower = QStringLiteral("abcdefghijkmnpqrstuvwxyz");
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    static const QString symbols = QStringLiteral("#%*+-=?_");
    const QString all = lower + upper + digits + symbols;
    length = qMax(length, 12);
    QRandomGenerator *rng = QRandomGenerator::system();
    auto pick = [rng](const QString &from) { return from.at(int(rng->bounded(quint32(from.size())))); };
    for (;;) {
        QString p;
        p.reserve(length);
        p += pick(lower + upper); // starts with a letter
        while (p.size() < length)
            p += pick(all);
        auto has = [&p](const QString &set) {
            return std::any_of(p.cbegin(), p.cend(), [&set](QChar c) { return set.contains(c); });
        };
        if (has(lower) && has(upper) && has(digits) && has(symbols))
            return p;
    }
}

void IdentityApi::listUsers(const QString &domainId, const QString &name, QObject *context,
                            ApiCallback<KeystoneUserList> callback)
{
    QUrlQuery query;
    if (!domainId.isEmpty())
        query.addQueryItem(QStringLiteral("domain_id"), domainId);
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    ApiRequest request = ApiRequest::get(Identity_, QStringLiteral("/users"), query);
    request.replyKind = ReplyKind::List;
    ApiCall::send<KeystoneUserList>(m_client, request, context, std::move(callback), [](const ApiReply &reply) {
        Result<KeystoneUserList> r = IdentityApi::parseUsers(reply.body());
        if (r) {
            r.value().requestId = reply.requestId();
            for (KeystoneUser &u : r.value().users)
                u.requestId = reply.requestId();
        }
        return r;
    });
}

void IdentityApi::createUser(const QString &name, const QString &password, const QString &domainId,
                             const QString &defaultProjectId, QObject *context, ApiCallback<KeystoneUser> callback)
{
    qCInfo(lcIdentity) << "creating user" << name;
    ApiRequest request;
    request.method = "POST";
    request.service = Identity_;
    request.path = QStringLiteral("/users");
    request.body = createBody(name, password, domainId, defaultProjectId);
    ApiCall::send<KeystoneUser>(m_client, request, context, std::move(callback), userReply);
}

void IdentityApi::setEnabled(const QString &userId, bool enabled, QObject *context, ApiCallback<KeystoneUser> callback)
{
    qCInfo(lcIdentity) << (enabled ? "enabling user" : "disabling user") << userId;
    ApiCall::send<KeystoneUser>(m_client, patchUser(userId, QJsonObject{{QStringLiteral("enabled"), enabled}}), context,
                                std::move(callback), userReply);
}

void IdentityApi::setPassword(const QString &userId, const QString &password, QObject *context,
                              ApiCallback<KeystoneUser> callback)
{
    qCInfo(lcIdentity) << "setting a new password for user" << userId; // never the password
    ApiCall::send<KeystoneUser>(m_client, patchUser(userId, QJsonObject{{QStringLiteral("password"), password}}), context,
                                std::move(callback), userReply);
}

void IdentityApi::deleteUser(const QString &userId, QObject *context, ApiCallback<QString> callback)
{
    qCInfo(lcIdentity) << "deleting user" << userId;
    ApiCall::send<QString>(m_client, ApiRequest::del(Identity_, userPath(userId)), context, std::move(callback),
                           [](const ApiReply &reply) -> Result<QString> { return reply.requestId(); });
}

void IdentityApi::findRole(const QString &name, QObject *context, ApiCallback<QString> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    ApiRequest request = ApiRequest::get(Identity_, QStringLiteral("/roles"), query);
    request.replyKind = ReplyKind::List;
    ApiCall::send<QString>(m_client, request, context, std::move(callback),
                           [name](const ApiReply &reply) { return IdentityApi::parseRoleId(reply.body(), name); });
}

void IdentityApi::grantProjectRole(const QString &projectId, const QString &userId, const QString &roleId,
                                   QObject *context, ApiCallback<QString> callback)
{
    ApiRequest request = ApiRequest::put(
        Identity_, QStringLiteral("/projects/%1/users/%2/roles/%3").arg(enc(projectId), enc(userId), enc(roleId)),
        QJsonDocument());
    request.body.clear();
    ApiCall::send<QString>(m_client, request, context, std::move(callback),
                           [](const ApiReply &reply) -> Result<QString> { return reply.requestId(); });
}

void IdentityApi::projectDomain(const QString &projectId, QObject *context, ApiCallback<QString> callback)
{
    ApiCall::send<QString>(m_client, ApiRequest::get(Identity_, QStringLiteral("/projects/") + enc(projectId)), context,
                           std::move(callback), [](const ApiReply &reply) -> Result<QString> {
                               JsonReader top(reply.json().object(), QStringLiteral("project reply"));
                               JsonReader p(top.object("project", JsonReader::Required), QStringLiteral("project"));
                               const QString domain = p.string("domain_id", JsonReader::Required);
                               if (top.failed())
                                   return top.error();
                               if (p.failed())
                                   return p.error();
                               return domain;
                           });
}

void IdentityApi::checkCapability(QObject *context, std::function<void(UserAdminCapability)> callback)
{
    QPointer<RestClient> client = m_client;
    auto refused = [](const CloudError &e) {
        UserAdminCapability c;
        c.error = e;
        c.level = e.httpStatus() == 403 || e.httpStatus() == 401 ? UserAdminCapability::Level::NotAllowed
            : e.isNotFound() ? UserAdminCapability::Level::Unavailable
                             : UserAdminCapability::Level::Unavailable;
        if (e.isNotFound())
            c.error = CloudError::config(tr("The identity service does not offer user management (%1).").arg(e.userMessage()));
        return c;
    };
    auto withDomain = [client, context, callback, refused](const QString &projectId) {
        if (!client)
            return;
        IdentityApi(client).projectDomain(projectId, context, [client, context, callback, refused, projectId](Result<QString> domain) {
            if (!domain) {
                callback(refused(domain.error()));
                return;
            }
            if (!client)
                return;
            const AuthState auth = client->session()->auth();
            IdentityApi(client).listUsers(domain.value(), auth.userName, context,
                                          [callback, refused, auth, projectId, domainId = domain.value()](Result<KeystoneUserList> users) {
                                              UserAdminCapability c = users ? UserAdminCapability() : refused(users.error());
                                              c.domainId = domainId;
                                              c.projectId = projectId;
                                              if (users)
                                                  c.level = auth.isAdmin() ? UserAdminCapability::Level::Allowed
                                                                           : UserAdminCapability::Level::ListOnly;
                                              qCInfo(lcIdentity) << "user management:" << c.key();
                                              callback(c);
                                          });
        });
    };
    const QString projectId = m_client->session()->auth().projectId;
    if (!projectId.isEmpty()) {
        withDomain(projectId);
        return;
    }
    // Not signed in yet: any call signs in; the projects of the token are harmless to read.
    ApiCall::send<bool>(m_client, ApiRequest::get(Identity_, QStringLiteral("/auth/projects")), context,
                        [client, callback, refused, withDomain](Result<bool> r) {
                            if (!r) {
                                callback(refused(r.error()));
                                return;
                            }
                            if (client)
                                withDomain(client->session()->auth().projectId);
                        },
                        ApiCall::noBody);
}
