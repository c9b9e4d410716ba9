#include "cloud/demo/demonetwork.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
QString errorType(int status)
{
    switch (status) {
    case 400: return QStringLiteral("HTTPBadRequest");
    case 403: return QStringLiteral("HTTPForbidden");
    case 404: return QStringLiteral("HTTPNotFound");
    case 409: return QStringLiteral("HTTPConflict");
    case 413: return QStringLiteral("HTTPRequestEntityTooLarge");
    case 429: return QStringLiteral("HTTPTooManyRequests");
    case 503: return QStringLiteral("HTTPServiceUnavailable");
    default: return QStringLiteral("HTTPInternalServerError");
    }
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull())
        return QString();
    return v.toString();
}

QJsonArray fixedIpsJson(const QList<DemoFixedIp> &ips)
{
    QJsonArray out;
    for (const DemoFixedIp &ip : ips)
        out.append(QJsonObject{{QStringLiteral("ip_address"), ip.address}, {QStringLiteral("subnet_id"), ip.subnetId}});
    return out;
}
} // namespace

DemoHttpResponse DemoNetworkService::errorReply(int status, const DemoHttpRequest &, const QString &message)
{
    if (status == 401)
        return DemoErrors::unauthorized(m_state->baseUrl + QStringLiteral("/identity/"));
    QString m = message;
    if (m.isEmpty()) {
        m = status >= 500 ? QStringLiteral("Request Failed: internal server error while processing your request.")
                          : QString::fromLatin1(DemoHttpServer::reasonPhrase(status));
    }
    return DemoErrors::neutron(status, errorType(status), m);
}

// ---------------------------------------------------------------------------------------------
QJsonObject DemoNetworkService::networkJson(const DemoNetwork &n, const DemoCaller &caller) const
{
    QJsonObject o{{QStringLiteral("admin_state_up"), true},
                  {QStringLiteral("availability_zone_hints"), QJsonArray()},
                  {QStringLiteral("availability_zones"), QJsonArray()},
                  {QStringLiteral("created_at"), DemoTime::seconds(n.created)},
                  {QStringLiteral("description"), n.description},
                  {QStringLiteral("id"), n.id},
                  {QStringLiteral("ipv4_address_scope"), QJsonValue::Null},
                  {QStringLiteral("ipv6_address_scope"), QJsonValue::Null},
                  {QStringLiteral("mtu"), n.mtu},
                  {QStringLiteral("name"), n.name},
                  {QStringLiteral("port_security_enabled"), true},
                  {QStringLiteral("project_id"), n.projectId},
                  {QStringLiteral("revision_number"), 2},
                  {QStringLiteral("router:external"), n.external},
                  {QStringLiteral("shared"), n.shared},
                  {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                  {QStringLiteral("subnets"), QJsonArray::fromStringList(n.subnetIds)},
                  {QStringLiteral("tags"), QJsonArray()},
                  {QStringLiteral("tenant_id"), n.projectId},
                  {QStringLiteral("updated_at"), DemoTime::seconds(n.updated)}};
    if (n.external)
        o.insert(QStringLiteral("is_default"), false);
    if (caller.isAdmin()) {
        o.insert(QStringLiteral("provider:network_type"), n.external ? QStringLiteral("flat") : QStringLiteral("vxlan"));
        o.insert(QStringLiteral("provider:physical_network"), n.external ? QJsonValue(QStringLiteral("public")) : QJsonValue());
        o.insert(QStringLiteral("provider:segmentation_id"), n.external ? QJsonValue() : QJsonValue(1001));
    }
    return o;
}

QJsonObject DemoNetworkService::subnetJson(const DemoSubnet &s) const
{
    return {{QStringLiteral("allocation_pools"), QJsonArray{QJsonObject{{QStringLiteral("end"), s.poolEnd},
                                                                       {QStringLiteral("start"), s.poolStart}}}},
            {QStringLiteral("cidr"), s.cidr},
            {QStringLiteral("created_at"), DemoTime::seconds(s.created)},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("dns_nameservers"), QJsonArray()},
            {QStringLiteral("enable_dhcp"), s.dhcp},
            {QStringLiteral("gateway_ip"), nullable(s.gatewayIp)},
            {QStringLiteral("host_routes"), QJsonArray()},
            {QStringLiteral("id"), s.id},
            {QStringLiteral("ip_version"), 4},
            {QStringLiteral("ipv6_address_mode"), QJsonValue::Null},
            {QStringLiteral("ipv6_ra_mode"), QJsonValue::Null},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("network_id"), s.networkId},
            {QStringLiteral("project_id"), s.projectId},
            {QStringLiteral("revision_number"), 0},
            {QStringLiteral("service_types"), QJsonArray()},
            {QStringLiteral("subnetpool_id"), QJsonValue::Null},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("tenant_id"), s.projectId},
            {QStringLiteral("updated_at"), DemoTime::seconds(s.updated)}};
}

QJsonObject DemoNetworkService::portJson(const DemoPort &p, const DemoCaller &caller) const
{
    QJsonObject o{{QStringLiteral("admin_state_up"), true},
                  {QStringLiteral("allowed_address_pairs"), QJsonArray()},
                  {QStringLiteral("binding:vnic_type"), QStringLiteral("normal")},
                  {QStringLiteral("created_at"), DemoTime::seconds(p.created)},
                  {QStringLiteral("description"), QString()},
                  {QStringLiteral("device_id"), p.deviceId},
                  {QStringLiteral("device_owner"), p.deviceOwner},
                  {QStringLiteral("extra_dhcp_opts"), QJsonArray()},
                  {QStringLiteral("fixed_ips"), fixedIpsJson(p.fixedIps)},
                  {QStringLiteral("id"), p.id},
                  {QStringLiteral("mac_address"), p.mac},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("network_id"), p.networkId},
                  {QStringLiteral("port_security_enabled"), true},
                  {QStringLiteral("project_id"), p.projectId},
                  {QStringLiteral("revision_number"), p.revision},
                  {QStringLiteral("security_groups"), p.deviceOwner.startsWith(QLatin1String("compute:"))
                                                          ? QJsonArray{QStringLiteral("3b5e7c2a-1f4d-4e8b-9a6c-5d0e2f1a7b93")}
                                                          : QJsonArray()},
                  {QStringLiteral("status"), p.deviceId.isEmpty() ? QStringLiteral("DOWN") : p.status},
                  {QStringLiteral("tags"), QJsonArray()},
                  {QStringLiteral("tenant_id"), p.projectId},
                  {QStringLiteral("updated_at"), DemoTime::seconds(p.updated)}};
    if (caller.isAdmin()) {
        const DemoServer server = m_state->servers.value(p.deviceId);
        o.insert(QStringLiteral("binding:host_id"), server.host);
        o.insert(QStringLiteral("binding:profile"), QJsonObject());
        o.insert(QStringLiteral("binding:vif_details"), QJsonObject());
        o.insert(QStringLiteral("binding:vif_type"), server.host.isEmpty() ? QStringLiteral("unbound") : QStringLiteral("ovs"));
    }
    return o;
}

QJsonObject DemoNetworkService::routerJson(const DemoRouter &r, const DemoCaller &caller) const
{
    QJsonValue gateway;
    if (!r.externalNetworkId.isEmpty()) {
        gateway = QJsonObject{{QStringLiteral("enable_snat"), true},
                              {QStringLiteral("external_fixed_ips"),
                               QJsonArray{QJsonObject{{QStringLiteral("ip_address"), r.externalIp},
                                                      {QStringLiteral("subnet_id"), r.externalSubnetId}}}},
                              {QStringLiteral("network_id"), r.externalNetworkId}};
    }
    QJsonObject o{{QStringLiteral("admin_state_up"), true},
                  {QStringLiteral("availability_zone_hints"), QJsonArray()},
                  {QStringLiteral("availability_zones"), QJsonArray()},
                  {QStringLiteral("created_at"), DemoTime::seconds(r.created)},
                  {QStringLiteral("description"), QString()},
                  {QStringLiteral("external_gateway_info"), gateway},
                  {QStringLiteral("flavor_id"), QJsonValue::Null},
                  {QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("project_id"), r.projectId},
                  {QStringLiteral("revision_number"), r.revision},
                  {QStringLiteral("routes"), QJsonArray()},
                  {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                  {QStringLiteral("tags"), QJsonArray()},
                  {QStringLiteral("tenant_id"), r.projectId},
                  {QStringLiteral("updated_at"), DemoTime::seconds(r.updated)}};
    if (caller.isAdmin()) {
        o.insert(QStringLiteral("distributed"), false);
        o.insert(QStringLiteral("ha"), false);
    }
    return o;
}

QJsonObject DemoNetworkService::floatingIpJson(const DemoFloatingIp &f) const
{
    QJsonValue portDetails;
    const auto port = m_state->ports.constFind(f.portId);
    if (port != m_state->ports.constEnd()) {
        portDetails = QJsonObject{{QStringLiteral("admin_state_up"), true},
                                  {QStringLiteral("device_id"), port->deviceId},
                                  {QStringLiteral("device_owner"), port->deviceOwner},
                                  {QStringLiteral("mac_address"), port->mac},
                                  {QStringLiteral("name"), port->name},
                                  {QStringLiteral("network_id"), port->networkId},
                                  {QStringLiteral("status"), port->status}};
    }
    const bool associated = !f.portId.isEmpty();
    return {{QStringLiteral("created_at"), DemoTime::seconds(f.created)},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("fixed_ip_address"), nullable(f.fixedIp)},
            {QStringLiteral("floating_ip_address"), f.address},
            {QStringLiteral("floating_network_id"), f.networkId},
            {QStringLiteral("id"), f.id},
            {QStringLiteral("port_details"), portDetails},
            {QStringLiteral("port_id"), nullable(f.portId)},
            {QStringLiteral("project_id"), f.projectId},
            {QStringLiteral("revision_number"), f.revision},
            {QStringLiteral("router_id"), nullable(f.routerId)},
            {QStringLiteral("status"), associated ? QStringLiteral("ACTIVE") : QStringLiteral("DOWN")},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("tenant_id"), f.projectId},
            {QStringLiteral("updated_at"), DemoTime::seconds(f.updated)}};
}

// ---------------------------------------------------------------------------------------------
DemoHttpResponse DemoNetworkService::collection(const DemoHttpRequest &request, const QString &name,
                                                const QList<QJsonObject> &items) const
{
    static const QStringList paging = {QStringLiteral("limit"), QStringLiteral("marker"), QStringLiteral("fields"),
                                       QStringLiteral("sort_key"), QStringLiteral("sort_dir"), QStringLiteral("page_reverse")};
    QMultiHash<QString, QString> filters;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!paging.contains(item.first))
            filters.insert(item.first, item.second);
    }
    QList<QJsonObject> matching;
    for (const QJsonObject &o : items) {
        bool ok = true;
        for (const QString &key : filters.uniqueKeys()) {
            if (!o.contains(key))
                continue; // Neutron would refuse an unknown filter; the demo ignores it
            const QStringList wanted = filters.values(key);
            const QString have = valueText(o.value(key));
            ok = std::any_of(wanted.begin(), wanted.end(),
                             [&have](const QString &w) { return w.compare(have, Qt::CaseInsensitive) == 0; });
            if (!ok)
                break;
        }
        if (ok)
            matching.append(o);
    }
    const QString marker = request.queryValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(),
                                     [&marker](const QJsonObject &o) { return o.value(QLatin1String("id")).toString() == marker; });
        matching = it == matching.cend() ? QList<QJsonObject>() : matching.mid((it - matching.cbegin()) + 1);
    }
    const int limit = request.queryValue(QStringLiteral("limit")).toInt();
    const bool paged = limit > 0 && matching.size() > limit;
    if (limit > 0)
        matching = matching.mid(0, limit);
    const QStringList fields = request.query.allQueryItemValues(QStringLiteral("fields"), QUrl::FullyDecoded);
    QJsonArray out;
    for (QJsonObject o : std::as_const(matching)) {
        if (!fields.isEmpty()) {
            for (const QString &key : o.keys()) {
                if (!fields.contains(key))
                    o.remove(key);
            }
        }
        out.append(o);
    }
    QJsonObject body{{name, out}};
    if (paged) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        next.addQueryItem(QStringLiteral("marker"), matching.last().value(QLatin1String("id")).toString());
        body.insert(name + QStringLiteral("_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("href"), QString(m_state->baseUrl + QStringLiteral("/network/v2.0/") + name
                                                                        + QLatin1Char('?') + next.toString(QUrl::FullyEncoded))},
                                           {QStringLiteral("rel"), QStringLiteral("next")}}});
    }
    return DemoHttpResponse::json(200, body);
}

DemoHttpResponse DemoNetworkService::handle(DemoHttpRequest &request, const QString &path)
{
    QStringList seg = segments(path);
    const QByteArray &m = request.method;
    if (seg.isEmpty() && m == "GET") {
        return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("versions"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("v2.0")},
                                                                               {QStringLiteral("status"), QStringLiteral("CURRENT")},
                                                                               {QStringLiteral("links"), QJsonArray{QJsonObject{
                                                                                    {QStringLiteral("href"), QString(m_state->baseUrl + QStringLiteral("/network/v2.0/"))},
                                                                                    {QStringLiteral("rel"), QStringLiteral("self")}}}}}}}});
    }
    if (seg.value(0) != QLatin1String("v2.0"))
        return errorReply(404, request, QStringLiteral("The resource could not be found."));
    const DemoCaller caller = m_state->caller(request);
    if (!caller.token)
        return errorReply(401, request, {});
    seg.removeFirst();
    if (!seg.isEmpty() && seg.last().endsWith(QLatin1String(".json")))
        seg.last().chop(5);
    const QString kind = seg.value(0);
    const QString id = seg.value(1);

    if (kind == QLatin1String("networks") && m == "GET") {
        QList<QJsonObject> items;
        for (const DemoNetwork &n : std::as_const(m_state->networks)) {
            if (owns(caller, n.projectId) || n.shared || n.external)
                items.append(networkJson(n, caller));
        }
        if (seg.size() == 1)
            return collection(request, QStringLiteral("networks"), items);
        for (const QJsonObject &o : std::as_const(items)) {
            if (o.value(QLatin1String("id")).toString() == id)
                return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("network"), o}});
        }
        return DemoErrors::neutron(404, QStringLiteral("NetworkNotFound"), QStringLiteral("Network %1 could not be found.").arg(id));
    }
    if (kind == QLatin1String("subnets") && m == "GET") {
        QList<QJsonObject> items;
        for (const DemoSubnet &s : std::as_const(m_state->subnets)) {
            const DemoNetwork n = m_state->networks.value(s.networkId);
            if (owns(caller, s.projectId) || n.shared || n.external)
                items.append(subnetJson(s));
        }
        if (seg.size() == 1)
            return collection(request, QStringLiteral("subnets"), items);
        for (const QJsonObject &o : std::as_const(items)) {
            if (o.value(QLatin1String("id")).toString() == id)
                return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("subnet"), o}});
        }
        return DemoErrors::neutron(404, QStringLiteral("SubnetNotFound"), QStringLiteral("Subnet %1 could not be found.").arg(id));
    }
    if (kind == QLatin1String("ports")) {
        if (seg.size() == 1 && m == "POST")
            return createPort(request, caller);
        const auto port = m_state->ports.constFind(id);
        const bool visible = port != m_state->ports.constEnd() && owns(caller, port->projectId);
        if (seg.size() == 1 && m == "GET") {
            QList<QJsonObject> items;
            for (const DemoPort &p : std::as_const(m_state->ports)) {
                if (owns(caller, p.projectId))
                    items.append(portJson(p, caller));
            }
            return collection(request, QStringLiteral("ports"), items);
        }
        if (seg.size() == 2 && !visible)
            return DemoErrors::neutron(404, QStringLiteral("PortNotFound"), QStringLiteral("Port %1 could not be found.").arg(id));
        if (seg.size() == 2 && m == "GET")
            return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("port"), portJson(*port, caller)}});
        if (seg.size() == 2 && m == "DELETE") {
            if (port->deviceOwner.startsWith(QLatin1String("network:")))
                return DemoErrors::neutron(409, QStringLiteral("PortInUse"),
                                           QStringLiteral("Port %1 cannot be deleted directly via the port API: has device owner %2.")
                                               .arg(id, port->deviceOwner));
            if (DemoServer *s = m_state->server(port->deviceId))
                s->portIds.removeAll(id);
            m_state->deletePort(id);
            return DemoHttpResponse::empty(204);
        }
    }
    if (kind == QLatin1String("routers") && m == "GET") {
        QList<QJsonObject> items;
        for (const DemoRouter &r : std::as_const(m_state->routers)) {
            if (owns(caller, r.projectId))
                items.append(routerJson(r, caller));
        }
        if (seg.size() == 1)
            return collection(request, QStringLiteral("routers"), items);
        for (const QJsonObject &o : std::as_const(items)) {
            if (o.value(QLatin1String("id")).toString() == id)
                return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("router"), o}});
        }
        return DemoErrors::neutron(404, QStringLiteral("RouterNotFound"), QStringLiteral("Router %1 could not be found.").arg(id));
    }
    if (kind == QLatin1String("floatingips")) {
        if (seg.size() == 1 && m == "GET") {
            QList<QJsonObject> items;
            for (const DemoFloatingIp &f : std::as_const(m_state->floatingIps)) {
                if (owns(caller, f.projectId))
                    items.append(floatingIpJson(f));
            }
            return collection(request, QStringLiteral("floatingips"), items);
        }
        if (seg.size() == 1 && m == "POST")
            return createFloatingIp(request, caller);
        const auto fip = m_state->floatingIps.constFind(id);
        if (seg.size() != 2 || fip == m_state->floatingIps.constEnd() || !owns(caller, fip->projectId))
            return DemoErrors::neutron(404, QStringLiteral("FloatingIPNotFound"), QStringLiteral("Floating IP %1 could not be found").arg(id));
        if (m == "GET")
            return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("floatingip"), floatingIpJson(*fip)}});
        if (m == "PUT")
            return updateFloatingIp(request, caller, id);
        if (m == "DELETE") {
            qCInfo(lcDemo) << "floating IP" << fip->address << "released";
            m_state->floatingIps.remove(id);
            return DemoHttpResponse::empty(204);
        }
    }
    if (kind == QLatin1String("quotas") && m == "GET" && seg.size() >= 2)
        return quota(request, caller, id, seg.value(2) == QLatin1String("details"));
    return errorReply(404, request, QStringLiteral("The resource could not be found."));
}

DemoHttpResponse DemoNetworkService::createFloatingIp(const DemoHttpRequest &request, const DemoCaller &caller)
{
    QJsonObject body;
    if (!jsonBody(request, &body) || !body.value(QLatin1String("floatingip")).isObject())
        return errorReply(400, request, QStringLiteral("Bad floatingip request: Resource body required."));
    const QJsonObject spec = body.value(QLatin1String("floatingip")).toObject();
    const QString networkId = spec.value(QLatin1String("floating_network_id")).toString();
    const auto network = m_state->networks.constFind(networkId);
    if (network == m_state->networks.constEnd())
        return DemoErrors::neutron(404, QStringLiteral("NetworkNotFound"), QStringLiteral("Network %1 could not be found.").arg(networkId));
    if (!network->external)
        return DemoErrors::neutron(400, QStringLiteral("BadRequest"),
                                   QStringLiteral("Bad floatingip request: Network %1 is not a valid external network.").arg(networkId));
    const QString projectId = caller.isAdmin() && spec.contains(QLatin1String("project_id"))
        ? spec.value(QLatin1String("project_id")).toString()
        : caller.project->id;
    const int allowed = m_state->networkQuota(projectId).floatingip;
    const auto used = std::count_if(m_state->floatingIps.cbegin(), m_state->floatingIps.cend(),
                                    [&projectId](const DemoFloatingIp &f) { return f.projectId == projectId; });
    if (allowed >= 0 && used >= allowed)
        return DemoErrors::neutron(409, QStringLiteral("OverQuota"), QStringLiteral("Quota exceeded for resources: ['floatingip']."));
    const QString address = network->subnetIds.isEmpty() ? QString() : m_state->allocateAddress(network->subnetIds.first());
    if (address.isEmpty())
        return DemoErrors::neutron(409, QStringLiteral("IpAddressGenerationFailure"),
                                   QStringLiteral("No more IP addresses available on network %1.").arg(networkId));
    DemoFloatingIp f;
    f.id = m_state->newUuid();
    f.address = address;
    f.networkId = networkId;
    f.projectId = projectId;
    f.description = spec.value(QLatin1String("description")).toString();
    f.created = f.updated = DemoState::now();
    const QString portId = spec.value(QLatin1String("port_id")).toString();
    if (!portId.isEmpty()) {
        const DemoHttpResponse error = associate(f, portId, spec.value(QLatin1String("fixed_ip_address")).toString());
        if (error.status)
            return error;
        f.revision = 0;
    }
    m_state->floatingIps.insert(f.id, f);
    qCInfo(lcDemo) << "floating IP" << f.address << "allocated";
    return DemoHttpResponse::json(201, QJsonObject{{QStringLiteral("floatingip"), floatingIpJson(f)}});
}

DemoHttpResponse DemoNetworkService::associate(DemoFloatingIp &fip, const QString &portId, const QString &fixedIp)
{
    if (portId.isEmpty()) {
        fip.portId.clear();
        fip.fixedIp.clear();
        fip.routerId.clear();
    } else {
        const auto port = m_state->ports.constFind(portId);
        if (port == m_state->ports.constEnd() || port->fixedIps.isEmpty())
            return DemoErrors::neutron(404, QStringLiteral("PortNotFound"), QStringLiteral("Port %1 could not be found.").arg(portId));
        const QString ip = fixedIp.isEmpty() ? port->fixedIps.first().address : fixedIp;
        for (const DemoFloatingIp &other : std::as_const(m_state->floatingIps)) {
            if (other.id != fip.id && other.portId == portId && other.fixedIp == ip)
                return DemoErrors::neutron(409, QStringLiteral("FloatingIPPortAlreadyAssociated"),
                                           QStringLiteral("Cannot associate floating IP %1 (%2) with port %3 using fixed IP %4, "
                                                          "as that fixed IP already has a floating IP on external network %5.")
                                               .arg(fip.address, fip.id, portId, ip, other.networkId));
        }
        const QString routerId = m_state->routerFor(portId, fip.networkId);
        if (routerId.isEmpty())
            return DemoErrors::neutron(404, QStringLiteral("ExternalGatewayForFloatingIPNotFound"),
                                       QStringLiteral("External network %1 is not reachable from subnet %2.  Therefore, cannot "
                                                      "associate Port %3 with a Floating IP.")
                                           .arg(fip.networkId, port->fixedIps.first().subnetId, portId));
        fip.portId = portId;
        fip.fixedIp = ip;
        fip.routerId = routerId;
    }
    fip.updated = DemoState::now();
    ++fip.revision;
    if (DemoServer *s = m_state->server(m_state->ports.value(portId).deviceId))
        m_state->touch(*s); // the addresses of the server changed
    return DemoHttpResponse::empty(0);
}

DemoHttpResponse DemoNetworkService::updateFloatingIp(const DemoHttpRequest &request, const DemoCaller &, const QString &id)
{
    QJsonObject body;
    if (!jsonBody(request, &body) || !body.value(QLatin1String("floatingip")).isObject())
        return errorReply(400, request, QStringLiteral("Bad floatingip request: Resource body required."));
    const QJsonObject spec = body.value(QLatin1String("floatingip")).toObject();
    DemoFloatingIp &fip = m_state->floatingIps[id];
    DemoFloatingIp changed = fip;
    const QString formerPort = fip.portId;
    if (spec.contains(QLatin1String("port_id"))) {
        const DemoHttpResponse error = associate(changed, spec.value(QLatin1String("port_id")).toString(),
                                                 spec.value(QLatin1String("fixed_ip_address")).toString());
        if (error.status)
            return error;
    }
    if (spec.contains(QLatin1String("description"))) {
        changed.description = spec.value(QLatin1String("description")).toString();
        changed.updated = DemoState::now();
        ++changed.revision;
    }
    fip = changed;
    if (DemoServer *s = m_state->server(m_state->ports.value(formerPort).deviceId))
        m_state->touch(*s);
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("floatingip"), floatingIpJson(fip)}});
}

DemoHttpResponse DemoNetworkService::createPort(const DemoHttpRequest &request, const DemoCaller &caller)
{
    QJsonObject body;
    if (!jsonBody(request, &body) || !body.value(QLatin1String("port")).isObject())
        return errorReply(400, request, QStringLiteral("Bad port request: Resource body required."));
    const QJsonObject spec = body.value(QLatin1String("port")).toObject();
    const QString networkId = spec.value(QLatin1String("network_id")).toString();
    const auto network = m_state->networks.constFind(networkId);
    if (network == m_state->networks.constEnd() || (!owns(caller, network->projectId) && !network->shared))
        return DemoErrors::neutron(404, QStringLiteral("NetworkNotFound"), QStringLiteral("Network %1 could not be found.").arg(networkId));
    const QString portId = m_state->createPort(networkId, caller.project->id, QString(), QString(),
                                               spec.value(QLatin1String("name")).toString());
    if (portId.isEmpty())
        return DemoErrors::neutron(409, QStringLiteral("IpAddressGenerationFailure"),
                                   QStringLiteral("No more IP addresses available on network %1.").arg(networkId));
    return DemoHttpResponse::json(201, QJsonObject{{QStringLiteral("port"), portJson(m_state->ports.value(portId), caller)}});
}

DemoHttpResponse DemoNetworkService::quota(const DemoHttpRequest &, const DemoCaller &caller, const QString &projectId, bool details)
{
    if (!owns(caller, projectId))
        return DemoErrors::neutron(403, QStringLiteral("HTTPForbidden"), QStringLiteral("Non-admin is not authorized to access quotas for another project"));
    const DemoNetworkQuota q = m_state->networkQuota(projectId);
    auto count = [&projectId](const auto &map) {
        return int(std::count_if(map.cbegin(), map.cend(), [&projectId](const auto &x) { return x.projectId == projectId; }));
    };
    const QList<std::tuple<QString, int, int>> rows = {
        {QStringLiteral("floatingip"), q.floatingip, count(m_state->floatingIps)},
        {QStringLiteral("network"), q.network, count(m_state->networks)},
        {QStringLiteral("port"), q.port, count(m_state->ports)},
        {QStringLiteral("rbac_policy"), q.rbacPolicy, 0},
        {QStringLiteral("router"), q.router, count(m_state->routers)},
        {QStringLiteral("security_group"), q.securityGroup, 1},
        {QStringLiteral("security_group_rule"), q.securityGroupRule, 4},
        {QStringLiteral("subnet"), q.subnet, count(m_state->subnets)},
        {QStringLiteral("subnetpool"), q.subnetpool, 0},
    };
    QJsonObject out;
    for (const auto &[name, limit, used] : rows) {
        if (details)
            out.insert(name, QJsonObject{{QStringLiteral("limit"), limit}, {QStringLiteral("reserved"), 0}, {QStringLiteral("used"), used}});
        else
            out.insert(name, limit);
    }
    return DemoHttpResponse::json(200, QJsonObject{{QStringLiteral("quota"), out}});
}
