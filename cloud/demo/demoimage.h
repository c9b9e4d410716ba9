#pragma once

#include "cloud/demo/demoservice.h"

// Glance v2 under /image: list (limit/marker, "next"), show, JSON-patch update, delete, and the
// snapshots Nova's createImage makes (queued → saving → active).
class DemoImageService : public DemoService
{
public:
    using DemoService::DemoService;

    DemoHttpResponse handle(DemoHttpRequest &request, const QString &path) override;
    DemoHttpResponse errorReply(int status, const DemoHttpRequest &request, const QString &message) override;

    [[nodiscard]] const DemoImage *image(const QString &id) const; // null when unknown or deleted
    // A queued private snapshot of the server, owned by its project; returns the image id.
    QString createSnapshot(const DemoServer &server, const QString &name, const QJsonObject &metadata,
                           const QString &userName, const QString &projectName);
    void setStatus(const QString &imageId, const QString &status);

    static constexpr int DefaultPageSize = 25; // Glance's limit_param_default

private:
    QJsonObject imageJson(const DemoImage &image) const;
    [[nodiscard]] bool isVisible(const DemoImage &image, const DemoCaller &caller) const;
    DemoHttpResponse listImages(const DemoHttpRequest &request, const DemoCaller &caller);
    DemoHttpResponse patchImage(const DemoHttpRequest &request, const DemoCaller &caller, const QString &id);
    DemoHttpResponse deleteImage(const DemoHttpRequest &request, const DemoCaller &caller, const QString &id);
};
