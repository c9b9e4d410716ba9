// Neutron v2.0 replies → value types (see apiparsers.h).
#include "cloud/apiparsers.h"

#include "cloud/jsonreader.h"

#include <QJsonArray>

namespace
{
// Neutron names the project "project_id" and, in older releases only, "tenant_id".
QString projectOf(JsonReader &r)
{
    const QString project = r.string("project_id");
    return project.isEmpty() ? r.string("tenant_id") : project;
}

Network readNetwork(JsonReader &r)
{
    Network n;
    n.id = r.string("id", JsonReader::Required);
    n.name = r.string("name");
    n.status = r.string("status");
    n.projectId = projectOf(r);
    n.external = r.boolean("router:external");
    n.shared = r.boolean("shared");
    n.adminStateUp = r.boolean("admin_state_up", true);
    n.mtu = r.integer("mtu");
    n.subnetIds = r.stringList("subnets");
    return n;
}

Subnet readSubnet(JsonReader &r)
{
    Subnet s;
    s.id = r.string("id", JsonReader::Required);
    s.name = r.string("name");
    s.networkId = r.string("network_id");
    s.cidr = r.string("cidr");
    s.gatewayIp = r.ipAddress("gateway_ip");
    s.ipVersion = r.integer("ip_version", 4);
    s.dhcp = r.boolean("enable_dhcp");
    return s;
}

Port readPort(JsonReader &r)
{
    Port p;
    p.id = r.string("id", JsonReader::Required);
    p.name = r.string("name");
    p.networkId = r.string("network_id");
    p.deviceId = r.string("device_id");
    p.deviceOwner = r.string("device_owner");
    p.macAddress = r.string("mac_address");
    p.status = r.string("status");
    const QJsonArray ips = r.array("fixed_ips");
    for (int i = 0; i < ips.size() && !r.failed(); ++i) {
        JsonReader ir(r.element(ips, i, r.where() + QStringLiteral(": fixed_ips")),
                      r.where() + QStringLiteral(": fixed_ips[%1]").arg(i));
        FixedIp ip;
        ip.subnetId = ir.string("subnet_id");
        ip.ipAddress = ir.ipAddress("ip_address");
        if (ir.failed())
            r.fail(ir.errorText());
        p.fixedIps << ip;
    }
    return p;
}

Router readRouter(JsonReader &r)
{
    Router router;
    router.id = r.string("id", JsonReader::Required);
    router.name = r.string("name");
    router.status = r.string("status");
    router.projectId = projectOf(r);
    // null when the router has no gateway
    const QJsonObject gateway = r.object("external_gateway_info");
    if (!gateway.isEmpty()) {
        JsonReader gr(gateway, r.where() + QStringLiteral(": external_gateway_info"));
        router.externalNetworkId = gr.string("network_id");
        if (gr.failed())
            r.fail(gr.errorText());
    }
    return router;
}

FloatingIp readFloatingIp(JsonReader &r)
{
    FloatingIp f;
    f.id = r.string("id", JsonReader::Required);
    f.floatingIpAddress = r.ipAddress("floating_ip_address");
    f.fixedIpAddress = r.ipAddress("fixed_ip_address");
    f.portId = r.string("port_id");
    f.floatingNetworkId = r.string("floating_network_id");
    f.routerId = r.string("router_id");
    f.status = r.string("status");
    f.projectId = projectOf(r);
    f.description = r.string("description");
    return f;
}

} // namespace

namespace ApiParsers
{
Result<QList<Network>> parseNetworks(const QByteArray &body)
{
    return JsonDocumentReader::parseList<Network>(body, "networks", JsonReader::tr("network list"), readNetwork);
}

Result<QList<Subnet>> parseSubnets(const QByteArray &body)
{
    return JsonDocumentReader::parseList<Subnet>(body, "subnets", JsonReader::tr("subnet list"), readSubnet);
}

Result<QList<Port>> parsePorts(const QByteArray &body)
{
    return JsonDocumentReader::parseList<Port>(body, "ports", JsonReader::tr("port list"), readPort);
}

Result<QList<Router>> parseRouters(const QByteArray &body)
{
    return JsonDocumentReader::parseList<Router>(body, "routers", JsonReader::tr("router list"), readRouter);
}

Result<QList<FloatingIp>> parseFloatingIps(const QByteArray &body)
{
    return JsonDocumentReader::parseList<FloatingIp>(body, "floatingips", JsonReader::tr("floating IP list"), readFloatingIp);
}

Result<FloatingIp> parseFloatingIp(const QByteArray &body)
{
    return JsonDocumentReader::parseOne<FloatingIp>(body, "floatingip", JsonReader::tr("floating IP"), readFloatingIp);
}

Result<NetworkQuota> parseNetworkQuota(const QByteArray &body)
{
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, JsonReader::tr("network quota"));
    if (!root)
        return root.error();
    JsonReader top(root.value(), JsonReader::tr("network quota"));
    JsonReader r(top.object("quota", JsonReader::Required), QStringLiteral("quota"));
    if (top.failed())
        return top.error();
    NetworkQuota q;
    q.floatingIps = r.integer("floatingip", -1);
    q.networks = r.integer("network", -1);
    q.ports = r.integer("port", -1);
    q.routers = r.integer("router", -1);
    q.subnets = r.integer("subnet", -1);
    q.securityGroups = r.integer("security_group", -1);
    if (r.failed())
        return r.error();
    return q;
}
} // namespace ApiParsers
