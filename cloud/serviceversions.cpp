#include "cloud/serviceversions.h"

#include "cloud/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QVersionNumber>

namespace
{
QString one(const QJsonObject &v)
{
    const QString id = v.value(QLatin1String("id")).toString();
    const QString max = v.value(QLatin1String("version")).toString();
    const QString min = v.value(QLatin1String("min_version")).toString();
    if (max.isEmpty())
        return id;
    return min.isEmpty() ? ServiceVersions::tr("%1 (microversions up to %2)").arg(id, max)
                         : ServiceVersions::tr("%1 (microversions %2 to %3)").arg(id, min, max);
}

QVersionNumber number(const QJsonObject &v)
{
    QString id = v.value(QLatin1String("id")).toString();
    if (id.startsWith(QLatin1Char('v')))
        id.remove(0, 1);
    return QVersionNumber::fromString(id);
}

bool isCurrent(const QJsonObject &v)
{
    const QString status = v.value(QLatin1String("status")).toString().toLower();
    return status == QLatin1String("current") || status == QLatin1String("stable");
}
} // namespace

QStringList ServiceVersions::services()
{
    return {QStringLiteral("identity"), QStringLiteral("compute"), QStringLiteral("image"), QStringLiteral("network")};
}

QString ServiceVersions::describe(const QByteArray &document)
{
    const QJsonObject root = QJsonDocument::fromJson(document).object();
    if (root.value(QLatin1String("version")).isObject())
        return one(root.value(QLatin1String("version")).toObject());
    // A list: Glance and Neutron give an array, Keystone {"values": [...]}.
    const QJsonValue versions = root.value(QLatin1String("versions"));
    const QJsonArray list = versions.isArray() ? versions.toArray() : versions.toObject().value(QLatin1String("values")).toArray();
    QJsonObject best;
    for (const QJsonValue &value : list) {
        const QJsonObject v = value.toObject();
        if (v.value(QLatin1String("id")).toString().isEmpty())
            continue;
        const bool better = best.isEmpty() || (isCurrent(v) && !isCurrent(best))
            || (isCurrent(v) == isCurrent(best) && number(v) > number(best));
        if (better)
            best = v;
    }
    return best.isEmpty() ? QString() : one(best);
}

void ServiceVersions::request(RestClient *client, QObject *context,
                              const std::function<void(const QString &, const QString &, const QByteArray &)> &done)
{
    for (const QString &service : services()) {
        ApiRequest r = ApiRequest::get(service, QString());
        r.maxRetries = 0; // a dialog's question: one try
        ApiReply *reply = client->send(r);
        QObject::connect(reply, &ApiReply::finished, context, [reply, service, done] {
            if (reply->error()) {
                done(service, reply->error().userMessage(), {});
                return;
            }
            const QString text = describe(reply->body());
            done(service, text.isEmpty() ? tr("no version named") : text, reply->body());
        });
    }
}
