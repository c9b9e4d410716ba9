#include "cloud/demo/demoservice.h"

#include <QJsonDocument>

bool DemoService::jsonBody(const DemoHttpRequest &request, QJsonObject *out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool DemoService::queryBool(const QString &value)
{
    const QString v = value.toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes")
        || v == QLatin1String("on");
}
