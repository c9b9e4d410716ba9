#include "cloud/demo/demoidentity.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
QString stableId(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

const QJsonObject DefaultDomain{{QStringLiteral("id"), QStringLiteral("default")},
                                {QStringLiteral("name"), QStringLiteral("Default")}};

bool domainMatches(const QJsonObject &domain)
{
    if (domain.isEmpty())
        return true;
    if (domain.contains(QLatin1String("id")))
        return domain.value(QLatin1String("id")).toString() == QLatin1String("default");
    return domain.value(QLatin1String("name")).toString() == QLatin1String("Default");
}
} // namespace

DemoHttpResponse DemoIdentityService::errorReply(int status, const DemoHttpRequest &, const QString &message)
{
    QString m = message;
    if (m.isEmpty()) {
        switch (status) {
        case 401: m = QStringLiteral("The request you have made requires authentication."); break;
        case 404: m = QStringLiteral("The resource could not be found."); break;
        case 503: m = QStringLiteral("The service is temporarily unavailable."); break;
        default:
            m = status >= 500 ? QStringLiteral("An unexpected error prevented the server from fulfilling your request.")
                              : QString::fromLatin1(DemoHttpServer::reasonPhrase(status));
        }
    }
    DemoHttpResponse r = DemoErrors::keystone(status, m);
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Keystone uri=\"" + m_state->baseUrl.toUtf8() + "/identity/v3\"");
    return r;
}

QJsonObject DemoIdentityService::versionJson() const
{
    return {{QStringLiteral("id"), QStringLiteral("v3.14")},
            {QStringLiteral("status"), QStringLiteral("stable")},
            {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
            {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                                             {QStringLiteral("href"), QString(m_state->baseUrl + QStringLiteral("/identity/v3/"))}}}},
            {QStringLiteral("media-types"),
             QJsonArray{QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                                    {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.identity-v3+json")}}}}};
}

DemoHttpResponse DemoIdentityService::handle(DemoHttpRequest &request, const QString &path)
{
    const QStringList seg = segments(path);
    const QByteArray &m = request.method;
    DemoHttpResponse r;
    if (seg.isEmpty() && m == "GET") {
        r = DemoHttpResponse::json(300, QJsonObject{{QStringLiteral("versions"),
                                                     QJsonObject{{QStringLiteral("values"), QJsonArray{versionJson()}}}}});
    } else if (seg.value(0) != QLatin1String("v3")) {
        r = errorReply(404, request, {});
    } else if (seg.size() == 1 && m == "GET") {
        r = DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("version"), versionJson()}});
    } else if (seg.mid(1) == QStringList{QStringLiteral("auth"), QStringLiteral("tokens")}) {
        if (m == "POST")
            r = issueToken(request);
        else if (m == "GET" || m == "HEAD")
            r = validateToken(request, false);
        else if (m == "DELETE")
            r = validateToken(request, true);
        else
            r = errorReply(405, request, {});
    } else if (seg.mid(1) == QStringList{QStringLiteral("auth"), QStringLiteral("projects")} && m == "GET") {
        r = authProjects(request);
    } else if (seg.mid(1) == QStringList{QStringLiteral("auth"), QStringLiteral("catalog")} && m == "GET") {
        if (!m_state->caller(request).token)
            return DemoErrors::unauthorized(m_state->baseUrl + QStringLiteral("/identity/v3"));
        r = DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("catalog"), catalog()}});
    } else {
        r = errorReply(404, request, QStringLiteral("Could not find the resource you requested."));
    }
    r.setHeader("Vary", "X-Auth-Token");
    return r;
}

QStringList DemoIdentityService::effectiveRoles(const DemoUser &user) const
{
    // Keystone's default implied roles: admin implies member, member implies reader.
    QStringList roles = user.roles;
    if (roles.contains(QLatin1String("admin")) && !roles.contains(QLatin1String("member")))
        roles << QStringLiteral("member");
    if (roles.contains(QLatin1String("member")) && !roles.contains(QLatin1String("reader")))
        roles << QStringLiteral("reader");
    return roles;
}

QJsonArray DemoIdentityService::catalog() const
{
    struct Entry
    {
        const char *type;
        const char *name;
        QString url;
    };
    const QString base = m_state->baseUrl;
    const QList<Entry> entries = {
        {"identity", "keystone", base + QStringLiteral("/identity/v3/")},
        {"compute", "nova", base + QStringLiteral("/compute/v2.1")},
        {"image", "glance", base + QStringLiteral("/image")},
        {"network", "neutron", base + QStringLiteral("/network")},
    };
    QJsonArray out;
    for (const Entry &e : entries) {
        const QString type = QString::fromLatin1(e.type);
        QJsonArray endpoints;
        for (const char *iface : {"public", "internal"}) {
            const QString interface = QString::fromLatin1(iface);
            endpoints.append(QJsonObject{{QStringLiteral("id"), stableId(type + QLatin1Char('/') + interface)},
                                         {QStringLiteral("interface"), interface},
                                         {QStringLiteral("region"), QLatin1String(Region)},
                                         {QStringLiteral("region_id"), QLatin1String(Region)},
                                         {QStringLiteral("url"), e.url}});
        }
        out.append(QJsonObject{{QStringLiteral("endpoints"), endpoints},
                               {QStringLiteral("id"), stableId(type)},
                               {QStringLiteral("name"), QString::fromLatin1(e.name)},
                               {QStringLiteral("type"), type}});
    }
    return out;
}

QJsonObject DemoIdentityService::tokenJson(const DemoToken &token) const
{
    const DemoUser user = m_state->users.value(token.userId);
    const DemoProject project = m_state->projects.value(token.projectId);
    QJsonArray roles;
    for (const QString &role : effectiveRoles(user))
        roles.append(QJsonObject{{QStringLiteral("id"), m_state->roleIds.value(role)}, {QStringLiteral("name"), role}});
    QJsonObject t{
        {QStringLiteral("audit_ids"), QJsonArray{token.auditId}},
        {QStringLiteral("catalog"), catalog()},
        {QStringLiteral("expires_at"), DemoTime::microZ(token.expiresAt)},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("issued_at"), DemoTime::microZ(token.issuedAt)},
        {QStringLiteral("methods"), QJsonArray::fromStringList(token.methods)},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("domain"), DefaultDomain},
                                                {QStringLiteral("id"), project.id},
                                                {QStringLiteral("name"), project.name}}},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("domain"), DefaultDomain},
                                             {QStringLiteral("id"), user.id},
                                             {QStringLiteral("name"), user.name},
                                             {QStringLiteral("password_expires_at"), QJsonValue::Null}}},
    };
    if (!token.appCredentialId.isEmpty()) {
        const DemoAppCredential cred = m_state->appCredentials.value(token.appCredentialId);
        t.insert(QStringLiteral("application_credential"), QJsonObject{{QStringLiteral("id"), cred.id},
                                                                       {QStringLiteral("name"), cred.name},
                                                                       {QStringLiteral("restricted"), true}});
    }
    return QJsonObject{{QStringLiteral("token"), t}};
}

DemoHttpResponse DemoIdentityService::issueToken(const DemoHttpRequest &request)
{
    QJsonObject body;
    if (!jsonBody(request, &body) || !body.value(QLatin1String("auth")).isObject())
        return errorReply(400, request, QStringLiteral("Expecting to find auth in request body."));
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    const QJsonObject identity = auth.value(QLatin1String("identity")).toObject();
    const QStringList methods = identity.value(QLatin1String("methods")).toVariant().toStringList();
    const DemoHttpResponse denied = errorReply(401, request, {});

    DemoToken token;
    const DemoUser *user = nullptr;
    if (methods == QStringList{QStringLiteral("password")}) {
        const QJsonObject u = identity.value(QLatin1String("password")).toObject().value(QLatin1String("user")).toObject();
        if (u.contains(QLatin1String("id")))
            user = m_state->users.contains(u.value(QLatin1String("id")).toString())
                ? &*m_state->users.constFind(u.value(QLatin1String("id")).toString())
                : nullptr;
        else if (domainMatches(u.value(QLatin1String("domain")).toObject()))
            user = m_state->userByName(u.value(QLatin1String("name")).toString());
        if (!user || user->password != u.value(QLatin1String("password")).toString()) {
            qCInfo(lcDemo) << "password authentication failed for" << u.value(QLatin1String("name")).toString();
            return denied;
        }
        // Scope: the named project, or the user's default project when none is asked for.
        const QJsonObject p = auth.value(QLatin1String("scope")).toObject().value(QLatin1String("project")).toObject();
        QString projectId = user->projectId;
        if (!p.isEmpty()) {
            const DemoProject *project = p.contains(QLatin1String("id"))
                ? (m_state->projects.contains(p.value(QLatin1String("id")).toString())
                       ? &*m_state->projects.constFind(p.value(QLatin1String("id")).toString())
                       : nullptr)
                : (domainMatches(p.value(QLatin1String("domain")).toObject())
                       ? m_state->projectByName(p.value(QLatin1String("name")).toString())
                       : nullptr);
            if (!project || project->id != user->projectId)
                return denied; // Keystone: no role on that project
            projectId = project->id;
        }
        token.projectId = projectId;
    } else if (methods == QStringList{QStringLiteral("application_credential")}) {
        const QJsonObject c = identity.value(QLatin1String("application_credential")).toObject();
        const DemoAppCredential *cred = nullptr;
        for (const DemoAppCredential &candidate : std::as_const(m_state->appCredentials)) {
            const bool byId = c.value(QLatin1String("id")).toString() == candidate.id;
            const QJsonObject owner = c.value(QLatin1String("user")).toObject();
            const DemoUser ownerUser = m_state->users.value(candidate.userId);
            const bool byName = !c.contains(QLatin1String("id"))
                && c.value(QLatin1String("name")).toString() == candidate.name
                && (owner.value(QLatin1String("id")).toString() == ownerUser.id
                    || owner.value(QLatin1String("name")).toString() == ownerUser.name);
            if (byId || byName)
                cred = &candidate;
        }
        if (!cred || cred->secret != c.value(QLatin1String("secret")).toString())
            return denied;
        user = &*m_state->users.constFind(cred->userId);
        token.projectId = user->projectId;
        token.appCredentialId = cred->id;
    } else {
        return denied;
    }
    token.id = m_state->newToken();
    token.userId = user->id;
    token.methods = methods;
    token.auditId = QString::fromLatin1(m_state->newToken().mid(6, 22));
    token.issuedAt = DemoState::now();
    token.expiresAt = token.issuedAt.addSecs(m_state->tokenLifetimeSeconds);
    m_state->tokens.insert(token.id, token);
    qCDebug(lcDemo) << "token issued to" << user->name;
    DemoHttpResponse r = DemoHttpResponse::json(201, tokenJson(token));
    r.setHeader("X-Subject-Token", token.id);
    return r;
}

DemoHttpResponse DemoIdentityService::validateToken(const DemoHttpRequest &request, bool revoke)
{
    if (!m_state->caller(request).token)
        return DemoErrors::unauthorized(m_state->baseUrl + QStringLiteral("/identity/v3"));
    const QByteArray subject = request.header("x-subject-token");
    auto it = m_state->tokens.find(subject);
    if (it == m_state->tokens.end())
        return errorReply(404, request, QStringLiteral("Could not recognize Fernet token"));
    if (it->revoked || it->expiresAt <= DemoState::now())
        return errorReply(404, request, QStringLiteral("Failed to validate token"));
    if (revoke) {
        it->revoked = true;
        return DemoHttpResponse::empty(204);
    }
    DemoHttpResponse r = DemoHttpResponse::json(200, tokenJson(*it));
    r.setHeader("X-Subject-Token", subject);
    return r;
}

DemoHttpResponse DemoIdentityService::authProjects(const DemoHttpRequest &request)
{
    const DemoCaller caller = m_state->caller(request);
    if (!caller.token)
        return DemoErrors::unauthorized(m_state->baseUrl + QStringLiteral("/identity/v3"));
    const QString v3 = m_state->baseUrl + QStringLiteral("/identity/v3");
    QJsonArray projects;
    projects.append(QJsonObject{
        {QStringLiteral("description"), caller.project->description},
        {QStringLiteral("domain_id"), QStringLiteral("default")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("id"), caller.project->id},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(v3 + QStringLiteral("/projects/") + caller.project->id)}}},
        {QStringLiteral("name"), caller.project->name},
        {QStringLiteral("options"), QJsonObject()},
        {QStringLiteral("parent_id"), QStringLiteral("default")},
        {QStringLiteral("tags"), QJsonArray()},
    });
    return DemoHttpResponse::json(200, QJsonObject{
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), QJsonValue::Null},
                                              {QStringLiteral("previous"), QJsonValue::Null},
                                              {QStringLiteral("self"), QString(v3 + QStringLiteral("/auth/projects"))}}},
        {QStringLiteral("projects"), projects}});
}
