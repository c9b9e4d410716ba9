#pragma once

// JSON → value types for every response kind Phoenix reads. Pure functions: table-tested and fuzzed.
// A reply that is not what the API documents gives a MalformedReply error naming what is wrong.

#include "cloud/cloudtypes.h"
#include "cloud/clouderror.h"
#include "cloud/computeapi.h"

namespace ApiParsers
{
Server serverFromJson(const QJsonObject &o);
Result<Server> parseServer(const QByteArray &body);          // {"server": {...}}
Result<ServerPage> parseServerPage(const QByteArray &body);  // {"servers": [...], "servers_links": [...]}
// A guess at a server page's next marker from the end of the raw body, without parsing it: the
// marker of the last "servers_links" entry Nova writes after the list; empty when there is none.
// Only for sending the next request early: parseServerPage's nextMarker is what counts.
QString peekNextMarker(const QByteArray &body);
Result<QList<Flavor>> parseFlavors(const QByteArray &body);
Result<ComputeLimits> parseLimits(const QByteArray &body);
Result<QList<InstanceAction>> parseInstanceActions(const QByteArray &body);
Result<QList<Hypervisor>> parseHypervisors(const QByteArray &body);
Result<RemoteConsole> parseRemoteConsole(const QByteArray &body);

Image imageFromJson(const QJsonObject &o);
Result<Image> parseImage(const QByteArray &body);
// {"images": [...], "next": "/v2/images?marker=..."}; *next gets the next link (relative) or ""
Result<QList<Image>> parseImages(const QByteArray &body, QString *next);

Result<QList<Network>> parseNetworks(const QByteArray &body);
Result<QList<Subnet>> parseSubnets(const QByteArray &body);
Result<QList<Port>> parsePorts(const QByteArray &body);
Result<QList<Router>> parseRouters(const QByteArray &body);
Result<QList<FloatingIp>> parseFloatingIps(const QByteArray &body);
Result<FloatingIp> parseFloatingIp(const QByteArray &body);
Result<NetworkQuota> parseNetworkQuota(const QByteArray &body);
} // namespace ApiParsers
