#include "cloud/rfbendpoint.h"

#include <QUrlQuery>

Result<RfbEndpoint> RfbEndpoint::fromNovncUrl(const QString &url)
{
    const QUrl page(url, QUrl::StrictMode);
    const QString scheme = page.scheme().toLower();
    if (!page.isValid() || page.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return CloudError::malformed(QCoreApplication::translate("RfbEndpoint", "The console address is not a web address: %1")
                                         .arg(page.toDisplayString(QUrl::RemoveQuery)));
    const QUrlQuery query(page);
    QString wsPath = QStringLiteral("websockify");
    QString token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("path"))) {
        // path is noVNC's WebSocket path relative to the host: "?token=…" or "websockify?token=…"
        const QString path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        wsPath = q < 0 ? path : path.left(q);
        if (q >= 0) {
            const QUrlQuery inner(path.mid(q + 1));
            const QString innerToken = inner.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
            if (!innerToken.isEmpty())
                token = innerToken;
        }
    }
    if (token.isEmpty())
        return CloudError::malformed(QCoreApplication::translate("RfbEndpoint", "The console address carries no token: %1")
                                         .arg(page.toDisplayString(QUrl::RemoveQuery)));
    RfbEndpoint e;
    e.token = token;
    QUrl ws;
    ws.setScheme(scheme == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    ws.setHost(page.host());
    ws.setPort(page.port());
    ws.setPath(QLatin1Char('/') + (wsPath.startsWith(QLatin1Char('/')) ? wsPath.mid(1) : wsPath));
    QUrlQuery wsQuery;
    wsQuery.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    ws.setQuery(wsQuery);
    e.webSocketUrl = ws;
    return e;
}

QString RfbEndpoint::redactedToken() const
{
    return token.left(4) + QStringLiteral("…(%1)").arg(token.size());
}
