#include "cloud/servicecatalog.h"

#include <QJsonObject>

namespace
{
QString normalizeInterface(QString interface)
{
    interface = interface.toLower();
    if (interface.endsWith(QLatin1String("url")))
        interface.chop(3);
    return interface.isEmpty() ? QStringLiteral("public") : interface;
}

// Service-type aliases the catalog may use for what Phoenix asks by its official type.
QStringList typeAliases(const QString &type)
{
    if (type == QLatin1String("compute"))
        return {type};
    if (type == QLatin1String("block-storage"))
        return {type, QStringLiteral("volumev3"), QStringLiteral("volume")};
    return {type};
}
} // namespace

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray &catalog)
{
    ServiceCatalog c;
    for (const QJsonValue &s : catalog) {
        const QJsonObject service = s.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        const QString name = service.value(QLatin1String("name")).toString();
        for (const QJsonValue &e : service.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject ep = e.toObject();
            Endpoint endpoint;
            endpoint.serviceType = type;
            endpoint.serviceName = name;
            endpoint.interface = normalizeInterface(ep.value(QLatin1String("interface")).toString());
            endpoint.region = ep.value(QLatin1String("region_id")).toString();
            if (endpoint.region.isEmpty())
                endpoint.region = ep.value(QLatin1String("region")).toString();
            endpoint.url = QUrl(ep.value(QLatin1String("url")).toString());
            if (endpoint.url.isValid() && !type.isEmpty())
                c.m_endpoints << endpoint;
        }
    }
    return c;
}

QUrl ServiceCatalog::endpoint(const QString &serviceType, const QString &interface, const QString &region) const
{
    const QString wanted = normalizeInterface(interface);
    for (const QString &type : typeAliases(serviceType)) {
        for (const Endpoint &e : m_endpoints) {
            if (e.serviceType == type && e.interface == wanted && (region.isEmpty() || e.region == region))
                return e.url;
        }
    }
    return {};
}

QStringList ServiceCatalog::regions() const
{
    QStringList r;
    for (const Endpoint &e : m_endpoints) {
        if (!e.region.isEmpty() && !r.contains(e.region))
            r << e.region;
    }
    return r;
}
