#pragma once

#include "cloud/demo/demoservice.h"

// Neutron v2.0 under /network: networks (router:external), subnets, ports (one per server, with a
// fixed IP), routers (gateway and interfaces), floating IPs (create, associate, disassociate,
// delete; they show up in the server's addresses) and quotas. List filters on any attribute.
class DemoNetworkService : public DemoService
{
public:
    using DemoService::DemoService;

    DemoHttpResponse handle(DemoHttpRequest &request, const QString &path) override;
    DemoHttpResponse errorReply(int status, const DemoHttpRequest &request, const QString &message) override;

private:
    QJsonObject networkJson(const DemoNetwork &n, const DemoCaller &caller) const;
    QJsonObject subnetJson(const DemoSubnet &s) const;
    QJsonObject portJson(const DemoPort &p, const DemoCaller &caller) const;
    QJsonObject routerJson(const DemoRouter &r, const DemoCaller &caller) const;
    QJsonObject floatingIpJson(const DemoFloatingIp &f) const;

    // Filters by the query (attribute=value, repeated = any of), applies limit/marker and fields.
    DemoHttpResponse collection(const DemoHttpRequest &request, const QString &name, const QList<QJsonObject> &items) const;

    DemoHttpResponse createFloatingIp(const DemoHttpRequest &request, const DemoCaller &caller);
    DemoHttpResponse updateFloatingIp(const DemoHttpRequest &request, const DemoCaller &caller, const QString &id);
    // Associates (portId non-empty) or disassociates; an error response or status 0 when done.
    DemoHttpResponse associate(DemoFloatingIp &fip, const QString &portId, const QString &fixedIp);
    DemoHttpResponse createPort(const DemoHttpRequest &request, const DemoCaller &caller);
    DemoHttpResponse quota(const DemoHttpRequest &request, const DemoCaller &caller, const QString &projectId, bool details);
    [[nodiscard]] bool owns(const DemoCaller &caller, const QString &projectId) const
    {
        return caller.isAdmin() || caller.project->id == projectId;
    }
};
