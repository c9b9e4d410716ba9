#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

// The Keystone v3 service catalog and the endpoint choice by service type, interface and region.
class ServiceCatalog
{
public:
    struct Endpoint
    {
        QString serviceType;
        QString serviceName;
        QString interface;
        QString region;
        QUrl url;
    };

    ServiceCatalog() = default;
    static ServiceCatalog fromJson(const QJsonArray &catalog); // token body's "catalog"

    // The endpoint for serviceType on interface ("public", "internal", "admin"; "publicURL" forms
    // accepted) in region (any region when empty). Empty URL when there is none.
    [[nodiscard]] QUrl endpoint(const QString &serviceType, const QString &interface, const QString &region) const;
    [[nodiscard]] QStringList regions() const;
    [[nodiscard]] const QList<Endpoint> &endpoints() const { return m_endpoints; }
    [[nodiscard]] bool isEmpty() const { return m_endpoints.isEmpty(); }

private:
    QList<Endpoint> m_endpoints;
};
