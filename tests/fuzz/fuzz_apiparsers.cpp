// libFuzzer target: every JSON reply parser of the cloud layer (Nova, Glance, Neutron) on one input.
// Each input goes through all of them, so a seed of any response kind also exercises the others'
// "missing key" and "wrong type" paths, and seeds need no selector byte.
#include "cloud/apiparsers.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
using Fuzz::Sink;

void touchServer(const Server &s, Sink &k)
{
    k(s.id), k(s.name), k(s.status), k(s.taskState), k(s.vmState), k(s.imageId), k(s.flavorId), k(s.flavorName);
    k(s.userId), k(s.projectId), k(s.keyName), k(s.created), k(s.updated), k(s.launchedAt), k(s.metadata);
    k(s.tags), k(s.faultMessage), k(s.fixedAddress()), k(s.floatingAddress()), k(s.meta(PhoenixMeta::Role));
    for (const ServerAddress &a : s.addresses)
        k(a.network), k(a.address), k(a.type), k(a.mac);
    k(qint64(s.isDeleted() + s.isTransitional() + s.isPhoenixDesktop() + s.powerState + s.progress + s.locked));
}

void touchImage(const Image &i, Sink &k)
{
    k(i.id), k(i.name), k(i.status), k(i.visibility), k(i.diskFormat), k(i.containerFormat), k(i.owner);
    k(i.osType), k(i.size), k(i.created), k(i.updated), k(i.tags), k(i.properties);
}

template<typename T, typename F>
void touchList(const QList<T> &list, Sink &k, F each)
{
    for (const T &item : list)
        each(item, k);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    Sink k;

    // --- Nova
    Fuzz::touch(ApiParsers::parseServer(body), k, touchServer);
    Fuzz::touch(ApiParsers::parseServerPage(body), k, [](const ServerPage &p, Sink &s) {
        touchList(p.servers, s, touchServer);
        s(p.nextMarker);
    });
    k(ApiParsers::peekNextMarker(body)); // the early guess at the next page: any bytes, never past the end
    Fuzz::touch(ApiParsers::parseFlavors(body), k, [](const QList<Flavor> &l, Sink &s) {
        touchList(l, s, [](const Flavor &f, Sink &t) { t(f.id), t(f.name), t(f.description), t(qint64(f.vcpus + f.ramMb)); });
    });
    Fuzz::touch(ApiParsers::parseLimits(body), k, [](const ComputeLimits &l, Sink &s) {
        s(qint64(l.maxInstances) + l.usedInstances + l.maxCores + l.usedCores + l.maxRamMb + l.usedRamMb);
    });
    Fuzz::touch(ApiParsers::parseInstanceActions(body), k, [](const QList<InstanceAction> &l, Sink &s) {
        touchList(l, s, [](const InstanceAction &a, Sink &t) {
            t(a.action), t(a.requestId), t(a.userId), t(a.message), t(a.startTime), t(a.updatedTime);
        });
    });
    Fuzz::touch(ApiParsers::parseHypervisors(body), k, [](const QList<Hypervisor> &l, Sink &s) {
        touchList(l, s, [](const Hypervisor &h, Sink &t) { t(h.id), t(h.hostname), t(h.state), t(h.status), t(h.type); });
    });
    Fuzz::touch(ApiParsers::parseRemoteConsole(body), k, [](const RemoteConsole &c, Sink &s) {
        s(c.protocol), s(c.type), s(c.url);
    });

    // --- Glance
    Fuzz::touch(ApiParsers::parseImage(body), k, touchImage);
    QString next;
    Fuzz::touch(ApiParsers::parseImages(body, &next), k, [](const QList<Image> &l, Sink &s) {
        touchList(l, s, touchImage);
    });
    k(next);
    Fuzz::touch(ApiParsers::parseImages(body, nullptr), k, [](const QList<Image> &, Sink &) {});

    // --- Neutron
    Fuzz::touch(ApiParsers::parseNetworks(body), k, [](const QList<Network> &l, Sink &s) {
        touchList(l, s, [](const Network &n, Sink &t) { t(n.id), t(n.name), t(n.status), t(n.projectId), t(n.subnetIds); });
    });
    Fuzz::touch(ApiParsers::parseSubnets(body), k, [](const QList<Subnet> &l, Sink &s) {
        touchList(l, s, [](const Subnet &n, Sink &t) { t(n.id), t(n.name), t(n.networkId), t(n.cidr), t(n.gatewayIp); });
    });
    Fuzz::touch(ApiParsers::parsePorts(body), k, [](const QList<Port> &l, Sink &s) {
        touchList(l, s, [](const Port &p, Sink &t) {
            t(p.id), t(p.name), t(p.networkId), t(p.deviceId), t(p.deviceOwner), t(p.macAddress), t(p.status);
            for (const FixedIp &ip : p.fixedIps)
                t(ip.subnetId), t(ip.ipAddress);
        });
    });
    Fuzz::touch(ApiParsers::parseRouters(body), k, [](const QList<Router> &l, Sink &s) {
        touchList(l, s, [](const Router &r, Sink &t) { t(r.id), t(r.name), t(r.status), t(r.projectId), t(r.externalNetworkId); });
    });
    auto touchFip = [](const FloatingIp &f, Sink &t) {
        t(f.id), t(f.floatingIpAddress), t(f.fixedIpAddress), t(f.portId), t(f.floatingNetworkId), t(f.routerId);
        t(f.status), t(f.projectId), t(f.description);
    };
    Fuzz::touch(ApiParsers::parseFloatingIps(body), k, [&](const QList<FloatingIp> &l, Sink &s) { touchList(l, s, touchFip); });
    Fuzz::touch(ApiParsers::parseFloatingIp(body), k, touchFip);
    Fuzz::touch(ApiParsers::parseNetworkQuota(body), k, [](const NetworkQuota &q, Sink &s) {
        s(qint64(q.floatingIps) + q.networks + q.ports + q.routers + q.subnets + q.securityGroups);
    });

    // --- the lenient readers the inventory uses on single objects, and the createImage reply
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        touchServer(ApiParsers::serverFromJson(doc.object()), k);
        touchImage(ApiParsers::imageFromJson(doc.object()), k);
    }
    k(ComputeApi::imageIdFromCreateImageReply(body, body.left(200)));
    return k.n < 0 ? 1 : 0; // never: keeps the sink alive
}
