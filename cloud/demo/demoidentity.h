#pragma once

#include "cloud/demo/demoservice.h"

// Keystone v3 under /identity: password and application-credential tokens (project scope),
// validation and revocation of tokens, the caller's projects and catalog.
class DemoIdentityService : public DemoService
{
public:
    using DemoService::DemoService;

    DemoHttpResponse handle(DemoHttpRequest &request, const QString &path) override;
    DemoHttpResponse errorReply(int status, const DemoHttpRequest &request, const QString &message) override;

    // The catalog every token carries (public and internal interfaces, RegionOne).
    QJsonArray catalog() const;
    static constexpr auto Region = "RegionOne";

private:
    DemoHttpResponse issueToken(const DemoHttpRequest &request);
    DemoHttpResponse validateToken(const DemoHttpRequest &request, bool revoke);
    DemoHttpResponse authProjects(const DemoHttpRequest &request);
    QJsonObject tokenJson(const DemoToken &token) const;
    QStringList effectiveRoles(const DemoUser &user) const;
    QJsonObject versionJson() const;
};
