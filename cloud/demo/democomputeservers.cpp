// Nova servers: the JSON view, list/detail with filters and paging, show, create, update, delete.
#include "cloud/demo/democompute.h"

#include "cloud/demo/demoimage.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
// Nova's status filter: the vm_states a status can come from, and whether task states narrow it.
bool statusFilterMatches(const DemoServer &s, const QString &wanted)
{
    const QString w = wanted.toUpper();
    static const QHash<QString, QString> plain = {
        {QStringLiteral("ACTIVE"), QStringLiteral("active")},       {QStringLiteral("BUILD"), QStringLiteral("building")},
        {QStringLiteral("SHUTOFF"), QStringLiteral("stopped")},     {QStringLiteral("SUSPENDED"), QStringLiteral("suspended")},
        {QStringLiteral("PAUSED"), QStringLiteral("paused")},       {QStringLiteral("SHELVED"), QStringLiteral("shelved")},
        {QStringLiteral("SHELVED_OFFLOADED"), QStringLiteral("shelved_offloaded")},
        {QStringLiteral("ERROR"), QStringLiteral("error")},         {QStringLiteral("DELETED"), QStringLiteral("deleted")},
        {QStringLiteral("SOFT_DELETED"), QStringLiteral("soft-delete")},
    };
    if (plain.contains(w))
        return s.vmState == plain.value(w);
    return s.status() == w; // REBOOT, HARD_REBOOT, REBUILD: by task state
}

QString hostIdOf(const QString &projectId, const QString &host)
{
    if (host.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash((projectId + host).toUtf8(), QCryptographicHash::Sha224).toHex());
}
} // namespace

DemoServer *DemoComputeService::visibleServer(const Context &c, const QString &id)
{
    DemoServer *s = m_state->server(id);
    if (!s || (s->projectId != c.caller.project->id && !c.caller.isAdmin()))
        return nullptr;
    return s;
}

void DemoComputeService::recordAction(DemoServer &s, const QString &action, const Context &c)
{
    DemoInstanceAction a;
    a.action = action;
    a.requestId = c.request->requestId;
    a.userId = c.caller.user->id;
    a.projectId = c.caller.project->id;
    a.startTime = a.updatedTime = DemoState::now();
    s.actions.append(a);
}

QJsonObject DemoComputeService::addressesJson(const DemoServer &s) const
{
    QJsonObject addresses;
    for (const QString &portId : s.portIds) {
        const auto port = m_state->ports.constFind(portId);
        if (port == m_state->ports.constEnd())
            continue;
        const QString network = m_state->networks.value(port->networkId).name;
        QJsonArray list = addresses.value(network).toArray();
        for (const DemoFixedIp &ip : port->fixedIps) {
            list.append(QJsonObject{{QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), port->mac},
                                    {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")},
                                    {QStringLiteral("addr"), ip.address},
                                    {QStringLiteral("version"), 4}});
        }
        for (const DemoFloatingIp &f : std::as_const(m_state->floatingIps)) {
            if (f.portId != portId)
                continue;
            list.append(QJsonObject{{QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), port->mac},
                                    {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("floating")},
                                    {QStringLiteral("addr"), f.address},
                                    {QStringLiteral("version"), 4}});
        }
        addresses.insert(network, list);
    }
    return addresses;
}

QJsonObject DemoComputeService::serverJson(const DemoServer &s, const Context &c, bool show) const
{
    const int v = c.minor;
    const bool admin = c.caller.isAdmin();
    const QString status = s.status();
    auto links = [this](const QString &kind, const QString &id, bool withSelf) {
        QJsonArray l;
        if (withSelf)
            l.append(QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/v2.1/%1/%2").arg(kind, id))},
                                 {QStringLiteral("rel"), QStringLiteral("self")}});
        l.append(QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/%1/%2").arg(kind, id))},
                             {QStringLiteral("rel"), QStringLiteral("bookmark")}});
        return l;
    };
    // A deleted server's metadata and tags are gone from the API (Nova soft-deletes their rows).
    QJsonObject metadata;
    for (auto it = s.metadata.cbegin(); it != s.metadata.cend() && !s.deleted; ++it)
        metadata.insert(it.key(), it.value());
    const DemoFlavor flavor = m_state->flavors.value(s.flavorId);

    QJsonObject o{
        {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
        {QStringLiteral("OS-EXT-AZ:availability_zone"), s.availabilityZone},
        {QStringLiteral("OS-EXT-STS:power_state"), s.powerState},
        {QStringLiteral("OS-EXT-STS:task_state"), nullable(s.taskState)},
        {QStringLiteral("OS-EXT-STS:vm_state"), s.vmState},
        {QStringLiteral("OS-SRV-USG:launched_at"), s.launchedAt.isValid() ? QJsonValue(DemoTime::micro(s.launchedAt)) : QJsonValue()},
        {QStringLiteral("OS-SRV-USG:terminated_at"), s.terminatedAt.isValid() ? QJsonValue(DemoTime::micro(s.terminatedAt)) : QJsonValue()},
        {QStringLiteral("accessIPv4"), QString()},
        {QStringLiteral("accessIPv6"), QString()},
        {QStringLiteral("addresses"), s.deleted ? QJsonObject() : addressesJson(s)},
        {QStringLiteral("config_drive"), QString()},
        {QStringLiteral("created"), DemoTime::seconds(s.created)},
        {QStringLiteral("hostId"), hostIdOf(s.projectId, s.host)},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("image"), s.imageId.isEmpty() ? QJsonValue(QString())
                                                      : QJsonValue(QJsonObject{{QStringLiteral("id"), s.imageId},
                                                                               {QStringLiteral("links"), links(QStringLiteral("images"), s.imageId, false)}})},
        {QStringLiteral("key_name"), nullable(s.keyName)},
        {QStringLiteral("links"), links(QStringLiteral("servers"), s.id, true)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("os-extended-volumes:volumes_attached"), QJsonArray()},
        {QStringLiteral("status"), status},
        {QStringLiteral("tenant_id"), s.projectId},
        {QStringLiteral("updated"), DemoTime::seconds(s.updated)},
        {QStringLiteral("user_id"), s.userId},
    };
    if (v >= 47) {
        QJsonObject f{{QStringLiteral("disk"), flavor.diskGb},
                      {QStringLiteral("ephemeral"), flavor.ephemeralGb},
                      {QStringLiteral("original_name"), flavor.name},
                      {QStringLiteral("ram"), flavor.ramMb},
                      {QStringLiteral("swap"), 0},
                      {QStringLiteral("vcpus"), flavor.vcpus}};
        f.insert(QStringLiteral("extra_specs"), QJsonObject());
        o.insert(QStringLiteral("flavor"), f);
    } else {
        o.insert(QStringLiteral("flavor"), QJsonObject{{QStringLiteral("id"), s.flavorId},
                                                       {QStringLiteral("links"), links(QStringLiteral("flavors"), s.flavorId, false)}});
    }
    static const QStringList progressStatuses = {QStringLiteral("ACTIVE"), QStringLiteral("BUILD"), QStringLiteral("REBUILD"),
                                                 QStringLiteral("RESIZE"), QStringLiteral("VERIFY_RESIZE"), QStringLiteral("MIGRATING")};
    if (progressStatuses.contains(status))
        o.insert(QStringLiteral("progress"), s.progress);
    if (!s.portIds.isEmpty() && !s.deleted)
        o.insert(QStringLiteral("security_groups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}});
    if ((s.vmState == QLatin1String("error") || s.vmState == QLatin1String("deleted")) && !s.fault.isEmpty()) {
        QJsonObject fault = s.fault;
        if (!admin && fault.value(QLatin1String("code")).toInt() == 500)
            fault.remove(QStringLiteral("details"));
        o.insert(QStringLiteral("fault"), fault);
    }
    if (v >= 9)
        o.insert(QStringLiteral("locked"), s.locked);
    if (v >= 19)
        o.insert(QStringLiteral("description"), nullable(s.description));
    if (v >= 26)
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(s.deleted ? QStringList() : s.tags));
    if (v >= 63)
        o.insert(QStringLiteral("trusted_image_certificates"), QJsonValue::Null);
    if (v >= 73)
        o.insert(QStringLiteral("locked_reason"), QJsonValue::Null);
    if (v >= 71 && show)
        o.insert(QStringLiteral("server_groups"), QJsonArray());
    if (admin) {
        o.insert(QStringLiteral("OS-EXT-SRV-ATTR:host"), nullable(s.host));
        o.insert(QStringLiteral("OS-EXT-SRV-ATTR:hypervisor_hostname"), nullable(s.host));
        o.insert(QStringLiteral("OS-EXT-SRV-ATTR:instance_name"), s.instanceName);
        if (v >= 3) {
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:kernel_id"), QString());
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:launch_index"), 0);
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:ramdisk_id"), QString());
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:reservation_id"), s.reservationId);
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:root_device_name"), s.host.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("/dev/vda")));
            o.insert(QStringLiteral("OS-EXT-SRV-ATTR:user_data"), s.userData.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(s.userData)));
        }
        if (v >= 16)
            o.insert(QStringLiteral("host_status"), s.host.isEmpty() ? QString() : QStringLiteral("UP"));
    }
    if (admin ? v >= 3 : v >= 90)
        o.insert(QStringLiteral("OS-EXT-SRV-ATTR:hostname"), s.name);
    return o;
}

// ---------------------------------------------------------------------------------------------
DemoHttpResponse DemoComputeService::listServers(Context &c, bool detail)
{
    const DemoHttpRequest &r = *c.request;
    const bool admin = c.caller.isAdmin();
    const bool allTenants = admin && r.query.hasQueryItem(QStringLiteral("all_tenants"))
        && (r.queryValue(QStringLiteral("all_tenants")).isEmpty() || queryBool(r.queryValue(QStringLiteral("all_tenants"))));
    QString projectFilter = allTenants ? QString() : c.caller.project->id;
    if (admin && r.query.hasQueryItem(QStringLiteral("project_id")))
        projectFilter = r.queryValue(QStringLiteral("project_id"));

    QDateTime since;
    if (r.query.hasQueryItem(QStringLiteral("changes-since"))) {
        const QString text = r.queryValue(QStringLiteral("changes-since"));
        since = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid())
            return DemoErrors::nova(400, QStringLiteral("Invalid input for query parameters changes-since. Value: %1. "
                                                        "'%1' is not a 'date-time'").arg(text));
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC);
    }
    const bool showDeleted = since.isValid() || (admin && queryBool(r.queryValue(QStringLiteral("deleted"))));

    int limit = 1000;
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for query parameters limit. Value: %1. "
                                                        "'%1' does not match '^[0-9]*$'").arg(r.queryValue(QStringLiteral("limit"))));
        limit = qMin(limit, 1000);
    }
    auto splitTags = [&r](const QString &key) {
        return r.queryValue(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    const QStringList tagsAll = splitTags(QStringLiteral("tags"));
    const QStringList tagsAny = splitTags(QStringLiteral("tags-any"));
    const QStringList notTags = splitTags(QStringLiteral("not-tags"));
    const QStringList notTagsAny = splitTags(QStringLiteral("not-tags-any"));
    const QString status = r.queryValue(QStringLiteral("status"));
    QRegularExpression name;
    if (r.query.hasQueryItem(QStringLiteral("name")))
        name.setPattern(r.queryValue(QStringLiteral("name")));

    QList<const DemoServer *> matching;
    for (const DemoServer &s : std::as_const(m_state->servers)) {
        if (!projectFilter.isEmpty() && s.projectId != projectFilter)
            continue;
        if (s.deleted && !showDeleted)
            continue;
        if (since.isValid() && s.updated < since)
            continue;
        if (!status.isEmpty() && !statusFilterMatches(s, status))
            continue;
        if (!name.pattern().isEmpty() && (!name.isValid() || !name.match(s.name).hasMatch()))
            continue;
        auto has = [&s](const QString &t) { return s.tags.contains(t); };
        if (!tagsAll.isEmpty() && !std::all_of(tagsAll.begin(), tagsAll.end(), has))
            continue;
        if (!tagsAny.isEmpty() && !std::any_of(tagsAny.begin(), tagsAny.end(), has))
            continue;
        if (!notTags.isEmpty() && std::all_of(notTags.begin(), notTags.end(), has))
            continue;
        if (!notTagsAny.isEmpty() && std::any_of(notTagsAny.begin(), notTagsAny.end(), has))
            continue;
        matching.append(&s);
    }
    // Nova's default order: created_at desc, id desc.
    std::sort(matching.begin(), matching.end(), [](const DemoServer *a, const DemoServer *b) {
        return a->created != b->created ? a->created > b->created : a->id > b->id;
    });
    const QString marker = r.queryValue(QStringLiteral("marker"));
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(), [&marker](const DemoServer *s) { return s->id == marker; });
        if (it == matching.cend())
            return DemoErrors::nova(400, QStringLiteral("marker [%1] not found").arg(marker));
        start = (it - matching.cbegin()) + 1;
    }
    const QList<const DemoServer *> page = matching.mid(start, limit);

    QJsonArray servers;
    for (const DemoServer *s : page) {
        if (detail) {
            servers.append(serverJson(*s, c, false));
        } else {
            servers.append(QJsonObject{{QStringLiteral("id"), s->id},
                                       {QStringLiteral("links"), serverJson(*s, c, false).value(QLatin1String("links"))},
                                       {QStringLiteral("name"), s->name}});
        }
    }
    QJsonObject out{{QStringLiteral("servers"), servers}};
    if (!page.isEmpty() && page.size() == limit) {
        // Nova: the request's parameters in sorted order, marker last
        QList<QPair<QString, QString>> items = r.query.queryItems(QUrl::FullyDecoded);
        items.removeIf([](const QPair<QString, QString> &i) { return i.first == QLatin1String("marker"); });
        std::sort(items.begin(), items.end());
        items.append({QStringLiteral("marker"), page.last()->id});
        QUrlQuery q;
        q.setQueryItems(items);
        const QString href = url(detail ? QStringLiteral("/v2.1/servers/detail") : QStringLiteral("/v2.1/servers"))
            + QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
        out.insert(QStringLiteral("servers_links"), QJsonArray{QJsonObject{{QStringLiteral("href"), href},
                                                                           {QStringLiteral("rel"), QStringLiteral("next")}}});
    }
    return DemoHttpResponse::json(200, out);
}

DemoHttpResponse DemoComputeService::showServer(Context &c, const QString &id)
{
    DemoServer *s = visibleServer(c, id);
    if (!s)
        return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("server"), serverJson(*s, c, true)}});
}

DemoHttpResponse DemoComputeService::updateServer(Context &c, const QString &id)
{
    DemoServer *s = visibleServer(c, id);
    if (!s)
        return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
    QJsonObject body;
    if (!jsonBody(*c.request, &body) || !body.value(QLatin1String("server")).isObject())
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute server."));
    const QJsonObject u = body.value(QLatin1String("server")).toObject();
    if (u.contains(QLatin1String("name"))) {
        const QString n = u.value(QLatin1String("name")).toString();
        if (n.trimmed().isEmpty() || n.size() > 255)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute name."));
        s->name = n;
    }
    if (u.contains(QLatin1String("description")) && c.minor >= 19)
        s->description = u.value(QLatin1String("description")).toString();
    m_state->touch(*s);
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("server"), serverJson(*s, c, true)}});
}

DemoHttpResponse DemoComputeService::createServer(Context &c)
{
    QJsonObject body;
    if (!jsonBody(*c.request, &body) || !body.value(QLatin1String("server")).isObject())
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute server. The request body is not a JSON object."));
    const QJsonObject spec = body.value(QLatin1String("server")).toObject();
    auto required = [](const QString &field) {
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute server. Value: {...}. "
                                                    "'%1' is a required property").arg(field));
    };
    const QString name = spec.value(QLatin1String("name")).toString();
    if (!spec.contains(QLatin1String("name")))
        return required(QStringLiteral("name"));
    if (name.trimmed().isEmpty() || name.size() > 255)
        return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute name. Value: %1.").arg(name));
    if (!spec.contains(QLatin1String("flavorRef")))
        return required(QStringLiteral("flavorRef"));
    if (c.minor >= 37 && !spec.contains(QLatin1String("networks")))
        return required(QStringLiteral("networks"));

    const QString imageId = spec.value(QLatin1String("imageRef")).toString();
    const DemoImage *image = m_images->image(imageId);
    if (!image || image->status != QLatin1String("active"))
        return DemoErrors::nova(400, QStringLiteral("Image %1 could not be found.").arg(imageId));
    const QString flavorId = spec.value(QLatin1String("flavorRef")).toString();
    if (!m_state->flavors.contains(flavorId))
        return DemoErrors::nova(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorId));
    const DemoFlavor flavor = m_state->flavors.value(flavorId);
    if (image->minDiskGb > flavor.diskGb)
        return DemoErrors::nova(400, QStringLiteral("Flavor's disk is too small for requested image. Flavor disk is %1 bytes, image is %2 bytes.")
                                         .arg(qint64(flavor.diskGb) << 30).arg(qint64(image->minDiskGb) << 30));

    // networks: [{"uuid": ...}] / [{"port": ...}] / "auto" / "none"
    QStringList networkIds;
    QStringList portIds;
    const QJsonValue networks = spec.value(QLatin1String("networks"));
    if (networks.isString()) {
        if (networks.toString() == QLatin1String("auto")) {
            for (const DemoNetwork &n : std::as_const(m_state->networks)) {
                if (!n.external && (n.projectId == c.caller.project->id || n.shared)) {
                    networkIds << n.id;
                    break;
                }
            }
        } else if (networks.toString() != QLatin1String("none")) {
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute networks."));
        }
    } else {
        for (const QJsonValue &n : networks.toArray()) {
            const QJsonObject net = n.toObject();
            if (net.contains(QLatin1String("port"))) {
                const QString portId = net.value(QLatin1String("port")).toString();
                const auto port = m_state->ports.constFind(portId);
                if (port == m_state->ports.constEnd())
                    return DemoErrors::nova(400, QStringLiteral("Port id %1 could not be found.").arg(portId));
                if (!port->deviceId.isEmpty())
                    return DemoErrors::nova(409, QStringLiteral("Port %1 is still in use.").arg(portId));
                portIds << portId;
            } else {
                const QString netId = net.value(QLatin1String("uuid")).toString();
                const auto network = m_state->networks.constFind(netId);
                if (network == m_state->networks.constEnd()
                    || (network->projectId != c.caller.project->id && !network->shared && !c.caller.isAdmin()))
                    return DemoErrors::nova(400, QStringLiteral("Network %1 could not be found.").arg(netId));
                networkIds << netId;
            }
        }
    }

    QMap<QString, QString> metadata;
    const QJsonObject meta = spec.value(QLatin1String("metadata")).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!it.value().isString() || it.key().size() > 255 || it.value().toString().size() > 255)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute metadata. Value: %1.").arg(it.key()));
        metadata.insert(it.key(), it.value().toString());
    }
    QStringList tags;
    if (spec.contains(QLatin1String("tags"))) {
        if (c.minor < 52)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute server. Additional properties are "
                                                        "not allowed ('tags' was unexpected)"));
        tags = spec.value(QLatin1String("tags")).toVariant().toStringList();
        if (tags.size() > 50)
            return DemoErrors::nova(400, QStringLiteral("Invalid input for field/attribute tags."));
    }
    const QByteArray userData = spec.value(QLatin1String("user_data")).toString().toLatin1();
    if (!userData.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(userData, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || userData.size() > 65535)
            return DemoErrors::nova(400, QStringLiteral("User data needs to be valid base 64."));
    }

    const DemoComputeQuota quota = m_state->computeQuota(c.caller.project->id);
    const DemoState::Usage used = m_state->computeUsage(c.caller.project->id);
    auto over = [](const QString &what, int req, int usedNow, int allowed) {
        return DemoErrors::nova(403, QStringLiteral("Quota exceeded for %1: Requested %2, but already used %3 of %4 %1")
                                         .arg(what).arg(req).arg(usedNow).arg(allowed));
    };
    if (quota.instances >= 0 && used.instances + 1 > quota.instances)
        return over(QStringLiteral("instances"), 1, used.instances, quota.instances);
    if (quota.cores >= 0 && used.cores + flavor.vcpus > quota.cores)
        return over(QStringLiteral("cores"), flavor.vcpus, used.cores, quota.cores);
    if (quota.ramMb >= 0 && used.ramMb + flavor.ramMb > quota.ramMb)
        return over(QStringLiteral("ram"), flavor.ramMb, used.ramMb, quota.ramMb);

    DemoServer s;
    s.id = m_state->newUuid();
    s.name = name;
    s.projectId = c.caller.project->id;
    s.userId = c.caller.user->id;
    s.imageId = imageId;
    s.flavorId = flavorId;
    s.keyName = spec.value(QLatin1String("key_name")).toString();
    s.userData = userData;
    s.description = spec.value(QLatin1String("description")).toString();
    s.metadata = metadata;
    s.tags = tags;
    s.taskState = QStringLiteral("scheduling");
    s.created = s.updated = DemoState::now();
    s.instanceName = QStringLiteral("instance-%1").arg(++m_state->instanceCounter, 8, 16, QLatin1Char('0'));
    s.reservationId = QStringLiteral("r-") + m_state->newHexId().left(8);
    s.requestedNetworks = networkIds;
    for (const QString &portId : std::as_const(portIds)) {
        DemoPort &p = m_state->ports[portId];
        p.deviceId = s.id;
        p.deviceOwner = QStringLiteral("compute:nova");
        s.portIds << portId;
        s.preservedPortIds << portId;
    }
    m_state->servers.insert(s.id, s);
    recordAction(m_state->servers[s.id], QStringLiteral("create"), c);
    qCInfo(lcDemo) << "server" << s.name << s.id << "created by" << c.caller.user->name;
    startBuild(s.id);

    const QString self = url(QStringLiteral("/v2.1/servers/") + s.id);
    DemoHttpResponse r = DemoHttpResponse::json(
        202, QJsonObject{{QStringLiteral("server"),
                          QJsonObject{{QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
                                      {QStringLiteral("adminPass"), m_state->newHexId().left(12)},
                                      {QStringLiteral("id"), s.id},
                                      {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), self},
                                                                                       {QStringLiteral("rel"), QStringLiteral("self")}},
                                                                           QJsonObject{{QStringLiteral("href"), url(QStringLiteral("/servers/") + s.id)},
                                                                                       {QStringLiteral("rel"), QStringLiteral("bookmark")}}}},
                                      {QStringLiteral("security_groups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}}}}}});
    r.setHeader("Location", self.toUtf8());
    return r;
}

DemoHttpResponse DemoComputeService::deleteServer(Context &c, const QString &id)
{
    DemoServer *s = visibleServer(c, id);
    if (!s)
        return DemoErrors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
    if (s->locked && !c.caller.isAdmin())
        return DemoErrors::nova(409, QStringLiteral("Instance %1 is locked").arg(id));
    if (s->taskState == QLatin1String("deleting"))
        return DemoHttpResponse::empty(204);
    recordAction(*s, QStringLiteral("delete"), c);
    ++s->epoch; // abandon whatever transition was under way
    if (m_state->reclaimInstanceSeconds > 0 && !s->host.isEmpty() && s->vmState != QLatin1String("soft-delete")) {
        // deferred delete: SOFT_DELETED now, reclaimed after the interval unless restored
        runSteps(id, {{QStringLiteral("soft-deleting"), 500, 1500}}, [this](DemoServer &server) {
            server.vmState = QStringLiteral("soft-delete");
            server.powerState = 4;
            m_state->afterDelay(server.id, m_state->scaledDelay(m_state->reclaimInstanceSeconds * 1000,
                                                                m_state->reclaimInstanceSeconds * 1000),
                                [this](DemoServer &reclaimed) { finishDelete(reclaimed.id); });
        });
        return DemoHttpResponse::empty(204);
    }
    s->taskState = QStringLiteral("deleting");
    m_state->touch(*s);
    const int delay = s->host.isEmpty() ? m_state->scaledDelay(200, 600) : m_state->scaledDelay(1000, 3000);
    m_state->afterDelay(id, delay, [this](DemoServer &server) { finishDelete(server.id); });
    return DemoHttpResponse::empty(204);
}

void DemoComputeService::finishDelete(const QString &serverId)
{
    DemoServer *s = m_state->server(serverId);
    if (!s)
        return;
    for (const QString &portId : std::as_const(s->portIds)) {
        if (s->preservedPortIds.contains(portId) && m_state->ports.contains(portId)) {
            m_state->ports[portId].deviceId.clear(); // a port passed in by the user survives the server
            m_state->ports[portId].deviceOwner.clear();
        } else {
            m_state->deletePort(portId);
        }
    }
    s->portIds.clear();
    s->deleted = true;
    s->vmState = QStringLiteral("deleted");
    s->taskState.clear();
    s->powerState = 0;
    s->terminatedAt = DemoState::now();
    ++s->epoch;
    m_state->touch(*s);
    qCInfo(lcDemo) << "server" << s->name << s->id << "deleted";
}
