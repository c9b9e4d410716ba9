#pragma once

#include "cloud/clouderror.h"

#include <QUrl>

/**
 * Where the console's WebSocket is: Nova's noVNC URL (POST /servers/{id}/remote-consoles,
 * protocol vnc, type novnc) turned into the proxy's ws:// or wss:// URL that carries the token.
 * Nova (Rocky and later) hands out http(s)://proxy/vnc_auto.html?path=%3Ftoken%3D<token> (or
 * vnc_lite.html; a path with a prefix such as "novnc/websockify?token=…"); older clouds put
 * ?token=<token> on the page itself. The proxy reads the token from the WebSocket URL's query.
 */
struct RfbEndpoint
{
    QUrl webSocketUrl;
    QString token;

    static Result<RfbEndpoint> fromNovncUrl(const QString &url);
    /** The token for logs: its first 4 characters and the length, never the whole secret. */
    [[nodiscard]] QString redactedToken() const;
};
