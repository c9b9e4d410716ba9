#pragma once

#include "cloud/demo/demohttp.h"
#include "cloud/demo/demostate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Base of the four simulated services: each gets the request with the path below its prefix
// (e.g. "/v2.1/servers/detail" for "/compute/v2.1/servers/detail").
class DemoService
{
public:
    explicit DemoService(DemoState *state)
        : m_state(state)
    {
    }
    virtual ~DemoService() = default;
    DemoService(const DemoService &) = delete;
    DemoService &operator=(const DemoService &) = delete;

    virtual DemoHttpResponse handle(DemoHttpRequest &request, const QString &path) = 0;
    // The error reply of this service for a status (fault injection; message may be empty).
    virtual DemoHttpResponse errorReply(int status, const DemoHttpRequest &request, const QString &message) = 0;

    // "/v2.1/servers/x/action" -> {"v2.1", "servers", "x", "action"}
    static QStringList segments(const QString &path) { return path.split(QLatin1Char('/'), Qt::SkipEmptyParts); }
    // The request body as a JSON object; false when it is not one.
    static bool jsonBody(const DemoHttpRequest &request, QJsonObject *out);
    static QJsonValue nullable(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
    static bool queryBool(const QString &value); // "1", "true", "True", "yes"

protected:
    DemoState *m_state;
};
