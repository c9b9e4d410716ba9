#include "cloud/demo/democompute.h"

#include "cloud/demo/demoimage.h"

#include <QRegularExpression>
#include <QUrl>

DemoComputeService::DemoComputeService(DemoState *state, DemoImageService *images)
    : DemoService(state)
    , m_images(images)
{
}

QString DemoComputeService::url(const QString &path) const
{
    return m_state->baseUrl + QStringLiteral("/compute") + path;
}

DemoHttpResponse DemoComputeService::errorReply(int status, const DemoHttpRequest &request, const QString &message)
{
    if (status == 401)
        return DemoErrors::unauthorized(m_state->baseUrl + QStringLiteral("/identity/"));
    QString m = message;
    if (m.isEmpty()) {
        switch (status) {
        case 404: m = QStringLiteral("The resource could not be found."); break;
        case 409: {
            // What Nova says when the server is busy: the one conflict a client should retry.
            const QStringList seg = segments(request.path);
            const QString id = seg.size() > 3 && seg.at(2) == QLatin1String("servers") ? seg.at(3) : QString();
            QJsonObject body;
            QString action = QStringLiteral("update");
            if (jsonBody(request, &body) && !body.isEmpty())
                action = body.keys().constFirst();
            m = QStringLiteral("Cannot '%1' instance %2 while it is in task_state powering-off").arg(action, id);
            break;
        }
        case 413:
        case 429: m = QStringLiteral("This request was rate-limited."); break;
        case 503: m = QStringLiteral("The server is currently unavailable. Please try again at a later time."); break;
        default:
            m = status >= 500 ? QStringLiteral("Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ "
                                               "and attach the Nova API log if possible.\n<class 'oslo_db.exception.DBConnectionError'>")
                              : QString::fromLatin1(DemoHttpServer::reasonPhrase(status));
        }
    }
    return DemoErrors::nova(status, m);
}

bool DemoComputeService::parseMicroversion(const DemoHttpRequest &request, int *minor, DemoHttpResponse *error) const
{
    QString text;
    const QString header = QString::fromLatin1(request.header("openstack-api-version"));
    for (const QString &part : header.split(QLatin1Char(','))) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        if (words.size() == 2 && words.at(0).compare(QLatin1String("compute"), Qt::CaseInsensitive) == 0)
            text = words.at(1);
    }
    if (text.isEmpty())
        text = QString::fromLatin1(request.header("x-openstack-nova-api-version")).trimmed();
    if (text.isEmpty()) {
        *minor = 1;
        return true;
    }
    if (text == QLatin1String("latest")) {
        *minor = MaxMinor;
        return true;
    }
    static const QRegularExpression format(QStringLiteral("^([1-9]\\d*)\\.([1-9]\\d*|0)$"));
    const QRegularExpressionMatch m = format.match(text);
    if (!m.hasMatch()) {
        *error = DemoErrors::nova(400, QStringLiteral("API Version String %1 is of invalid format. Must be of format "
                                                      "MajorNum.MinorNum.").arg(text));
        return false;
    }
    const int major = m.captured(1).toInt();
    const int requested = m.captured(2).toInt();
    if (major != 2 || requested < 1 || requested > MaxMinor) {
        *error = DemoErrors::nova(406, QStringLiteral("Version %1 is not supported by the API. Minimum is 2.1 and maximum "
                                                      "is 2.%2.").arg(text).arg(MaxMinor));
        error->setHeader("OpenStack-API-Version", "compute " + text.toLatin1());
        error->setHeader("Vary", "OpenStack-API-Version");
        return false;
    }
    *minor = requested;
    return true;
}

DemoHttpResponse DemoComputeService::versionDocument(bool root) const
{
    const QJsonObject v21{
        {QStringLiteral("id"), QStringLiteral("v2.1")},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/v2.1/"))},
                                                         {QStringLiteral("rel"), QStringLiteral("self")}},
                                             QJsonObject{{QStringLiteral("href"), QStringLiteral("http://docs.openstack.org/")},
                                                         {QStringLiteral("rel"), QStringLiteral("describedby")},
                                                         {QStringLiteral("type"), QStringLiteral("text/html")}}}},
        {QStringLiteral("media-types"),
         QJsonArray{QJsonObject{{QStringLiteral("base"), QStringLiteral("application/json")},
                                {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.compute+json;version=2.1")}}}},
        {QStringLiteral("min_version"), QStringLiteral("2.1")},
        {QStringLiteral("status"), QStringLiteral("CURRENT")},
        {QStringLiteral("updated"), QStringLiteral("2013-07-23T11:33:21Z")},
        {QStringLiteral("version"), QStringLiteral("2.%1").arg(MaxMinor)},
    };
    if (!root)
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("version"), v21}});
    const QJsonObject v20{
        {QStringLiteral("id"), QStringLiteral("v2.0")},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/v2/"))},
                                                         {QStringLiteral("rel"), QStringLiteral("self")}}}},
        {QStringLiteral("min_version"), QString()},
        {QStringLiteral("status"), QStringLiteral("SUPPORTED")},
        {QStringLiteral("updated"), QStringLiteral("2011-01-21T11:33:21Z")},
        {QStringLiteral("version"), QString()},
    };
    QJsonObject v21short = v21;
    v21short.remove(QStringLiteral("media-types"));
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("versions"), QJsonArray{v20, v21short}}});
}

DemoHttpResponse DemoComputeService::handle(DemoHttpRequest &request, const QString &path)
{
    const QStringList seg = segments(path);
    if (seg.isEmpty() && request.method == "GET")
        return versionDocument(true);
    if (seg.value(0) != QLatin1String("v2.1"))
        return errorReply(404, request, {});

    Context c;
    c.request = &request;
    DemoHttpResponse error;
    if (!parseMicroversion(request, &c.minor, &error))
        return error;
    DemoHttpResponse r;
    if (seg.size() == 1 && request.method == "GET") {
        r = versionDocument(false); // the version document needs no token
    } else {
        c.caller = m_state->caller(request);
        if (!c.caller.token)
            return errorReply(401, request, {});
        r = route(c, seg.mid(1));
    }
    if (r.status >= 400 && r.contentType == "application/json")
        r.contentType = "application/json; charset=UTF-8";
    if (r.status == 204)
        r.contentType = "application/json";
    r.setHeader("OpenStack-API-Version", "compute 2." + QByteArray::number(c.minor));
    r.setHeader("Vary", "OpenStack-API-Version");
    return r;
}

DemoHttpResponse DemoComputeService::route(Context &c, const QStringList &seg)
{
    const QByteArray &m = c.request->method;
    const QString first = seg.value(0);
    if (first == QLatin1String("servers")) {
        if (seg.size() == 1 && m == "GET")
            return listServers(c, false);
        if (seg.size() == 1 && m == "POST")
            return createServer(c);
        if (seg.size() == 2 && seg.at(1) == QLatin1String("detail") && m == "GET")
            return listServers(c, true);
        const QString id = seg.value(1);
        if (seg.size() == 2) {
            if (m == "GET")
                return showServer(c, id);
            if (m == "PUT")
                return updateServer(c, id);
            if (m == "DELETE")
                return deleteServer(c, id);
            return errorReply(405, *c.request, {});
        }
        if (seg.at(2) == QLatin1String("os-instance-actions"))
            return instanceActions(c, id, seg.mid(3));
        DemoServer *s = visibleServer(c, id);
        if (!s)
            return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
        const QString sub = seg.at(2);
        if (sub == QLatin1String("action") && m == "POST" && seg.size() == 3)
            return serverAction(c, id);
        if (sub == QLatin1String("metadata"))
            return metadata(c, *s, seg.mid(3));
        if (sub == QLatin1String("tags"))
            return tags(c, *s, seg.mid(3));
        if (sub == QLatin1String("remote-consoles") && m == "POST")
            return remoteConsole(c, *s);
        return errorReply(404, *c.request, {});
    }
    if (first == QLatin1String("flavors"))
        return flavors(c, seg.mid(1));
    if (first == QLatin1String("limits") && m == "GET")
        return limits(c);
    if (first == QLatin1String("os-quota-sets") && seg.size() == 2 && m == "GET")
        return quotaSet(c, seg.at(1));
    if (first == QLatin1String("os-hypervisors") && m == "GET" && seg.size() <= 2)
        return hypervisors(c, seg.value(1) == QLatin1String("detail"));
    if (first == QLatin1String("os-services") && seg.size() <= 2)
        return services(c, seg.mid(1));
    return errorReply(404, *c.request, {});
}

DemoHttpResponse DemoComputeService::checkState(const DemoServer &s, const QString &action, const QStringList &vmStates,
                                                const QStringList &taskStates)
{
    QString attr;
    QString state;
    if (!vmStates.isEmpty() && !vmStates.contains(s.vmState)) {
        attr = QStringLiteral("vm_state");
        state = s.vmState;
    } else if (!taskStates.contains(s.taskState)) {
        attr = QStringLiteral("task_state");
        state = s.taskState;
    }
    if (attr.isEmpty())
        return DemoHttpResponse::empty(0);
    return DemoErrors::nova(409, QStringLiteral("Cannot '%1' instance %2 while it is in %3 %4").arg(action, s.id, attr, state));
}

// ---------------------------------------------------------------------------------------------
DemoHttpResponse DemoComputeService::metadata(Context &c, DemoServer &s, const QStringList &seg)
{
    const QByteArray &m = c.request->method;
    const QStringList writable = {QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("suspended"),
                                  QStringLiteral("stopped")};
    auto all = [&s] {
        QJsonObject o;
        for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
            o.insert(it.key(), it.value());
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("metadata"), o}});
    };
    auto validItems = [&](const QJsonObject &items, QString *why) {
        for (auto it = items.begin(); it != items.end(); ++it) {
            if (!it.value().isString() || it.key().isEmpty() || it.key().size() > 255 || it.value().toString().size() > 255) {
                *why = QStringLiteral("Invalid input for field/attribute metadata. Value: %1.").arg(it.key());
                return false;
            }
        }
        return true;
    };
    if (seg.isEmpty() && m == "GET")
        return all();
    if (seg.isEmpty() && (m == "POST" || m == "PUT")) {
        QJsonObject body;
        QString why;
        if (!jsonBody(*c.request, &body) || !body.value(QLatin1String("metadata")).isObject())
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute metadata."));
        const QJsonObject items = body.value(QLatin1String("metadata")).toObject();
        if (!validItems(items, &why))
            return DemoErrors::nova(400, why);
        const DemoHttpResponse conflict = checkState(s, QStringLiteral("update metadata"), writable);
        if (conflict.status)
            return conflict;
        if (m == "PUT")
            s.metadata.clear();
        for (auto it = items.begin(); it != items.end(); ++it)
            s.metadata.insert(it.key(), it.value().toString());
        if (s.metadata.size() > m_state->computeQuota(s.projectId).metadataItems)
            return DemoErrors::nova(403, QStringLiteral("Quota exceeded for metadata_items: Requested %1, but already used 0 of %2 metadata_items")
                                             .arg(s.metadata.size()).arg(m_state->computeQuota(s.projectId).metadataItems));
        m_state->touch(s);
        return all();
    }
    if (seg.size() != 1)
        return errorReply(404, *c.request, {});
    const QString key = seg.at(0);
    if (m == "GET") {
        if (!s.metadata.contains(key))
            return DemoErrors::nova(404, QStringLiteral("Metadata item was not found"));
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("meta"), QJsonObject{{key, s.metadata.value(key)}}}});
    }
    if (m == "PUT") {
        QJsonObject body;
        QString why;
        const QJsonObject meta = jsonBody(*c.request, &body) ? body.value(QLatin1String("meta")).toObject() : QJsonObject();
        if (meta.size() != 1 || !meta.contains(key))
            return DemoErrors::nova(400, QStringLiteral("Request body and URI mismatch"));
        if (!validItems(meta, &why))
            return DemoErrors::nova(400, why);
        const DemoHttpResponse conflict = checkState(s, QStringLiteral("update metadata"), writable);
        if (conflict.status)
            return conflict;
        s.metadata.insert(key, meta.value(key).toString());
        m_state->touch(s);
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("meta"), meta}});
    }
    if (m == "DELETE") {
        if (!s.metadata.contains(key))
            return DemoErrors::nova(404, QStringLiteral("Metadata item was not found"));
        const DemoHttpResponse conflict = checkState(s, QStringLiteral("delete metadata"), writable);
        if (conflict.status)
            return conflict;
        s.metadata.remove(key);
        m_state->touch(s);
        return DemoHttpResponse::empty(204);
    }
    return errorReply(405, *c.request, {});
}

DemoHttpResponse DemoComputeService::tags(Context &c, DemoServer &s, const QStringList &seg)
{
    const QByteArray &m = c.request->method;
    if (c.minor < 26)
        return errorReply(404, *c.request, {});
    if (seg.isEmpty() && m == "GET")
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)}});
    if (seg.isEmpty() && m == "PUT") {
        QJsonObject body;
        if (!jsonBody(*c.request, &body) || !body.value(QLatin1String("tags")).isArray())
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute tags."));
        s.tags = body.value(QLatin1String("tags")).toVariant().toStringList();
        m_state->touch(s);
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)}});
    }
    if (seg.isEmpty() && m == "DELETE") {
        s.tags.clear();
        m_state->touch(s);
        return DemoHttpResponse::empty(204);
    }
    if (seg.size() != 1)
        return errorReply(404, *c.request, {});
    const QString tag = seg.at(0);
    if (m == "GET") {
        if (!s.tags.contains(tag))
            return DemoErrors::nova(404, QStringLiteral("Tag '%1' could not be found.").arg(tag));
        return DemoHttpResponse::empty(204);
    }
    if (m == "PUT") {
        if (tag.contains(QLatin1Char(',')) || tag.size() > 60)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute tag."));
        if (s.tags.contains(tag))
            return DemoHttpResponse::empty(204);
        if (s.tags.size() >= 50)
            return DemoErrors::nova(400, QStringLiteral("The number of tags exceeded the per-server limit 50"));
        s.tags.append(tag);
        m_state->touch(s);
        DemoHttpResponse r = DemoHttpResponse::empty(201);
        r.setHeader("Location", url(QStringLiteral("/v2.1/servers/%1/tags/%2").arg(s.id, tag)).toUtf8());
        return r;
    }
    if (m == "DELETE") {
        if (!s.tags.removeOne(tag))
            return DemoErrors::nova(404, QStringLiteral("Tag '%1' could not be found.").arg(tag));
        m_state->touch(s);
        return DemoHttpResponse::empty(204);
    }
    return errorReply(405, *c.request, {});
}

DemoHttpResponse DemoComputeService::remoteConsole(Context &c, DemoServer &s)
{
    QJsonObject body;
    if (!jsonBody(*c.request, &body) || !body.value(QLatin1String("remote_console")).isObject())
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute remote_console."));
    const QJsonObject rc = body.value(QLatin1String("remote_console")).toObject();
    const QString protocol = rc.value(QLatin1String("protocol")).toString();
    const QString type = rc.value(QLatin1String("type")).toString();
    const bool supported = (protocol == QLatin1String("vnc") && type == QLatin1String("novnc"))
        || (protocol == QLatin1String("spice") && type == QLatin1String("spice-html5"));
    if (!supported)
        return DemoErrors::nova(400, QStringLiteral("Unavailable console type %1.").arg(type));
    if (s.vmState != QLatin1String("active"))
        return DemoErrors::nova(409, QStringLiteral("Instance %1 is not ready").arg(s.id));
    const QString token = m_state->newUuid();
    m_consoleTokens.insert(token, s.id);
    const QString page = protocol == QLatin1String("vnc") ? QStringLiteral("/novnc/vnc_auto.html")
                                                          : QStringLiteral("/spice/spice_auto.html");
    const QString consoleUrl = m_state->baseUrl + page + QStringLiteral("?path=%3Ftoken%3D") + token;
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("remote_console"),
                                                    QJsonObject{{QStringLiteral("protocol"), protocol},
                                                                {QStringLiteral("type"), type},
                                                                {QStringLiteral("url"), consoleUrl}}}});
}

DemoHttpResponse DemoComputeService::consolePage(const DemoHttpRequest &request) const
{
    const QString path = request.queryValue(QStringLiteral("path"));
    const QString token = QUrlQuery(path.mid(path.indexOf(QLatin1Char('?')) + 1)).queryItemValue(QStringLiteral("token"));
    const DemoServer s = m_state->servers.value(m_consoleTokens.value(token));
    if (s.id.isEmpty())
        return DemoHttpResponse::text(404, "<html><body><h1>404 Not Found</h1>The console token is invalid or has expired.</body></html>",
                                      "text/html; charset=UTF-8");
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1 - Phoenix demo console</title></head>"
        "<body style=\"background:#1e1e1e;color:#ddd;font-family:sans-serif\"><h2>%1</h2>"
        "<p>This is the demo cloud: a real cloud shows the desktop here (noVNC).</p>"
        "<p>Status: %2 &middot; Owner: %3</p></body></html>")
                             .arg(s.name.toHtmlEscaped(), s.status(), s.metadata.value(QStringLiteral("phoenix:owner")).toHtmlEscaped());
    return DemoHttpResponse::text(200, html.toUtf8(), "text/html; charset=UTF-8");
}

DemoHttpResponse DemoComputeService::instanceActions(Context &c, const QString &id, const QStringList &seg)
{
    auto it = m_state->servers.constFind(id);
    const bool visible = it != m_state->servers.constEnd() && (it->projectId == c.caller.project->id || c.caller.isAdmin())
        && (!it->deleted || c.minor >= 21);
    if (!visible)
        return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
    auto actionJson = [&](const DemoInstanceAction &a) {
        QJsonObject o{{QStringLiteral("action"), a.action},
                      {QStringLiteral("instance_uuid"), id},
                      {QStringLiteral("message"), nullable(a.message)},
                      {QStringLiteral("project_id"), a.projectId},
                      {QStringLiteral("request_id"), a.requestId},
                      {QStringLiteral("start_time"), DemoTime::micro(a.startTime)},
                      {QStringLiteral("user_id"), a.userId}};
        if (c.minor >= 58)
            o.insert(QStringLiteral("updated_at"), DemoTime::micro(a.updatedTime));
        return o;
    };
    if (seg.isEmpty() && c.request->method == "GET") {
        QJsonArray list;
        for (auto a = it->actions.crbegin(); a != it->actions.crend(); ++a)
            list.append(actionJson(*a));
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("instanceActions"), list}});
    }
    if (seg.size() == 1 && c.request->method == "GET") {
        for (const DemoInstanceAction &a : it->actions) {
            if (a.requestId == seg.at(0)) {
                QJsonObject o = actionJson(a);
                o.insert(QStringLiteral("events"), QJsonArray());
                return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("instanceAction"), o}});
            }
        }
        return DemoErrors::nova(404, QStringLiteral("Action %1 not found").arg(seg.at(0)));
    }
    return errorReply(404, *c.request, {});
}

// ---------------------------------------------------------------------------------------------
QJsonObject DemoComputeService::flavorJson(const DemoFlavor &f, const Context &c, bool detail) const
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/v2.1/flavors/") + f.id)},
                                                                   {QStringLiteral("rel"), QStringLiteral("self")}},
                                                       QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/flavors/") + f.id)},
                                                                   {QStringLiteral("rel"), QStringLiteral("bookmark")}}}},
                  {QStringLiteral("name"), f.name}};
    if (c.minor >= 55)
        o.insert(QStringLiteral("description"), nullable(f.description));
    if (!detail)
        return o;
    o.insert(QStringLiteral("OS-FLV-DISABLED:disabled"), false);
    o.insert(QStringLiteral("OS-FLV-EXT-DATA:ephemeral"), f.ephemeralGb);
    o.insert(QStringLiteral("disk"), f.diskGb);
    o.insert(QStringLiteral("os-flavor-access:is_public"), true);
    o.insert(QStringLiteral("ram"), f.ramMb);
    o.insert(QStringLiteral("rxtx_factor"), 1.0);
    o.insert(QStringLiteral("swap"), c.minor >= 75 ? QJsonValue(0) : QJsonValue(QString()));
    o.insert(QStringLiteral("vcpus"), f.vcpus);
    if (c.minor >= 61)
        o.insert(QStringLiteral("extra_specs"), QJsonObject());
    return o;
}

DemoHttpResponse DemoComputeService::flavors(Context &c, const QStringList &seg)
{
    if (c.request->method != "GET")
        return errorReply(405, *c.request, {});
    const bool detail = seg.value(0) == QLatin1String("detail");
    if (seg.isEmpty() || (detail && seg.size() == 1)) {
        QList<DemoFlavor> list = m_state->flavors.values();
        std::sort(list.begin(), list.end(), [](const DemoFlavor &a, const DemoFlavor &b) { return a.name < b.name; });
        QJsonArray out;
        for (const DemoFlavor &f : list)
            out.append(flavorJson(f, c, detail));
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("flavors"), out}});
    }
    if (seg.size() == 1) {
        const auto f = m_state->flavors.constFind(seg.at(0));
        if (f == m_state->flavors.constEnd())
            return DemoErrors::nova(404, QStringLiteral("Flavor %1 could not be found.").arg(seg.at(0)));
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("flavor"), flavorJson(*f, c, true)}});
    }
    return errorReply(404, *c.request, {});
}

DemoHttpResponse DemoComputeService::limits(Context &c)
{
    const DemoComputeQuota q = m_state->computeQuota(c.caller.project->id);
    const DemoState::Usage u = m_state->computeUsage(c.caller.project->id);
    QJsonObject absolute{{QStringLiteral("maxServerGroupMembers"), q.serverGroupMembers},
                         {QStringLiteral("maxServerGroups"), q.serverGroups},
                         {QStringLiteral("maxServerMeta"), q.metadataItems},
                         {QStringLiteral("maxTotalCores"), q.cores},
                         {QStringLiteral("maxTotalInstances"), q.instances},
                         {QStringLiteral("maxTotalKeypairs"), q.keypairs},
                         {QStringLiteral("maxTotalRAMSize"), q.ramMb},
                         {QStringLiteral("totalCoresUsed"), u.cores},
                         {QStringLiteral("totalInstancesUsed"), u.instances},
                         {QStringLiteral("totalRAMUsed"), u.ramMb},
                         {QStringLiteral("totalServerGroupsUsed"), 0}};
    if (c.minor < 36) {
        absolute.insert(QStringLiteral("maxSecurityGroups"), 10);
        absolute.insert(QStringLiteral("maxSecurityGroupRules"), 20);
        absolute.insert(QStringLiteral("maxTotalFloatingIps"), 10);
        absolute.insert(QStringLiteral("totalFloatingIpsUsed"), 0);
        absolute.insert(QStringLiteral("totalSecurityGroupsUsed"), 1);
    }
    if (c.minor < 39)
        absolute.insert(QStringLiteral("maxImageMeta"), 128);
    if (c.minor < 57) {
        absolute.insert(QStringLiteral("maxPersonality"), 5);
        absolute.insert(QStringLiteral("maxPersonalitySize"), 10240);
    }
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("limits"), QJsonObject{{QStringLiteral("absolute"), absolute},
                                                                                          {QStringLiteral("rate"), QJsonArray()}}}});
}

DemoHttpResponse DemoComputeService::quotaSet(Context &c, const QString &projectId)
{
    if (projectId != c.caller.project->id && !c.caller.isAdmin())
        return DemoErrors::nova(403, QStringLiteral("Policy doesn't allow os_compute_api:os-quota-sets:show to be performed."));
    const DemoComputeQuota q = m_state->computeQuota(projectId);
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("quota_set"),
                                                    QJsonObject{{QStringLiteral("id"), projectId},
                                                                {QStringLiteral("cores"), q.cores},
                                                                {QStringLiteral("instances"), q.instances},
                                                                {QStringLiteral("key_pairs"), q.keypairs},
                                                                {QStringLiteral("metadata_items"), q.metadataItems},
                                                                {QStringLiteral("ram"), q.ramMb},
                                                                {QStringLiteral("server_group_members"), q.serverGroupMembers},
                                                                {QStringLiteral("server_groups"), q.serverGroups}}}});
}

DemoHttpResponse DemoComputeService::hypervisors(Context &c, bool detail)
{
    if (!c.caller.isAdmin())
        return DemoErrors::nova(403, QStringLiteral("Policy doesn't allow os_compute_api:os-hypervisors:%1 to be performed.")
                                         .arg(detail ? QStringLiteral("list-detail") : QStringLiteral("list")));
    QJsonArray out;
    const QStringList hosts = {QStringLiteral("demo-compute1"), QStringLiteral("demo-compute2")};
    for (int i = 0; i < hosts.size(); ++i) {
        const QString &host = hosts.at(i);
        int vms = 0;
        int vcpus = 0;
        int ram = 0;
        int disk = 0;
        for (const DemoServer &s : std::as_const(m_state->servers)) {
            if (s.deleted || s.host != host)
                continue;
            const DemoFlavor f = m_state->flavors.value(s.flavorId);
            ++vms;
            vcpus += f.vcpus;
            ram += f.ramMb;
            disk += f.diskGb;
        }
        QJsonObject o{{QStringLiteral("hypervisor_hostname"), host},
                      {QStringLiteral("id"), QStringLiteral("5b0c3f7e-8d9a-4c1e-9f00-00000000000%1").arg(i + 1)},
                      {QStringLiteral("state"), QStringLiteral("up")},
                      {QStringLiteral("status"), QStringLiteral("enabled")}};
        if (detail) {
            const int totalRam = 512 * 1024;
            const int totalDisk = 8000;
            o.insert(QStringLiteral("host_ip"), QStringLiteral("10.0.0.%1").arg(11 + i));
            o.insert(QStringLiteral("hypervisor_type"), QStringLiteral("QEMU"));
            o.insert(QStringLiteral("hypervisor_version"), 7002000);
            o.insert(QStringLiteral("service"), QJsonObject{{QStringLiteral("disabled_reason"), QJsonValue::Null},
                                                            {QStringLiteral("host"), host},
                                                            {QStringLiteral("id"), QStringLiteral("6c1d4a8f-9e0b-4d2f-a011-00000000000%1").arg(i + 1)}});
            if (c.minor < 88) {
                o.insert(QStringLiteral("cpu_info"), QJsonObject{{QStringLiteral("arch"), QStringLiteral("x86_64")},
                                                                 {QStringLiteral("features"), QJsonArray{QStringLiteral("avx2"), QStringLiteral("sse4.2")}},
                                                                 {QStringLiteral("model"), QStringLiteral("Cascadelake-Server")},
                                                                 {QStringLiteral("topology"), QJsonObject{{QStringLiteral("cores"), 16},
                                                                                                          {QStringLiteral("sockets"), 2},
                                                                                                          {QStringLiteral("threads"), 2}}},
                                                                 {QStringLiteral("vendor"), QStringLiteral("Intel")}});
                o.insert(QStringLiteral("current_workload"), 0);
                o.insert(QStringLiteral("disk_available_least"), totalDisk - disk);
                o.insert(QStringLiteral("free_disk_gb"), totalDisk - disk);
                o.insert(QStringLiteral("free_ram_mb"), totalRam - ram);
                o.insert(QStringLiteral("local_gb"), totalDisk);
                o.insert(QStringLiteral("local_gb_used"), disk);
                o.insert(QStringLiteral("memory_mb"), totalRam);
                o.insert(QStringLiteral("memory_mb_used"), ram);
                o.insert(QStringLiteral("running_vms"), vms);
                o.insert(QStringLiteral("vcpus"), 64);
                o.insert(QStringLiteral("vcpus_used"), vcpus);
            } else {
                o.insert(QStringLiteral("uptime"), QStringLiteral(" 08:32:11 up 41 days, 2:19, 0 users, load average: 0.8, 0.7, 0.7"));
            }
        }
        out.append(o);
    }
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("hypervisors"), out}});
}

DemoHttpResponse DemoComputeService::services(Context &c, const QStringList &seg)
{
    const QByteArray &m = c.request->method;
    const bool update = seg.size() == 1 && m == "PUT";
    if (!(seg.isEmpty() && m == "GET") && !update)
        return errorReply(seg.isEmpty() || seg.size() == 1 ? 405 : 404, *c.request, {});
    if (!c.caller.isAdmin())
        return DemoErrors::nova(403, QStringLiteral("Policy doesn't allow os_compute_api:os-services:%1 to be performed.")
                                         .arg(update ? QStringLiteral("update") : QStringLiteral("list")));
    auto json = [&c](const DemoState::ComputeService &s) {
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("binary"), QStringLiteral("nova-compute")},
                      {QStringLiteral("host"), s.host},
                      {QStringLiteral("zone"), QStringLiteral("nova")},
                      {QStringLiteral("status"), s.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")},
                      {QStringLiteral("state"), s.forcedDown ? QStringLiteral("down") : QStringLiteral("up")},
                      {QStringLiteral("disabled_reason"), s.disabledReason.isEmpty() ? QJsonValue() : QJsonValue(s.disabledReason)},
                      {QStringLiteral("updated_at"), DemoTime::seconds(DemoState::now())}};
        if (c.minor >= 11)
            o.insert(QStringLiteral("forced_down"), s.forcedDown);
        return o;
    };
    if (!update) {
        const QString binary = c.request->queryValue(QStringLiteral("binary"));
        QJsonArray out;
        if (binary.isEmpty() || binary == QLatin1String("nova-compute"))
            for (const DemoState::ComputeService &s : std::as_const(m_state->computeServices))
                out.append(json(s));
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("services"), out}});
    }
    if (c.minor < 53)
        return errorReply(404, *c.request, {});
    QJsonObject body;
    if (!jsonBody(*c.request, &body))
        return DemoErrors::nova(400, QStringLiteral("Malformed request body"));
    for (DemoState::ComputeService &s : m_state->computeServices) {
        if (s.id != seg.at(0))
            continue;
        const QString status = body.value(QLatin1String("status")).toString();
        if (status == QLatin1String("enabled")) {
            s.enabled = true;
            s.disabledReason.clear();
        } else if (status == QLatin1String("disabled")) {
            s.enabled = false;
            s.disabledReason = body.value(QLatin1String("disabled_reason")).toString();
        } else if (!status.isEmpty()) {
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute status. Value: %1.").arg(status));
        }
        if (body.value(QLatin1String("forced_down")).isBool())
            s.forcedDown = body.value(QLatin1String("forced_down")).toBool();
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("service"), json(s)}});
    }
    return DemoErrors::nova(404, QStringLiteral("Service %1 could not be found.").arg(seg.at(0)));
}
