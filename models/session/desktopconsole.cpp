#include "models/session/desktopconsole.h"

#include "cloud/computeapi.h"
#include "cloud/restclient.h"

#include <QPointer>

void DesktopConsole::request(RestClient *client, const QString &serverId, QObject *context, ApiCallback<RemoteConsole> callback)
{
    QPointer<RestClient> guard(client);
    ComputeApi(client).remoteConsole(serverId, QStringLiteral("vnc"), QStringLiteral("novnc"), context,
                                     [guard, serverId, context, callback](Result<RemoteConsole> vnc) {
        if (vnc) {
            callback(std::move(vnc));
            return;
        }
        if (!guard)
            return;
        ComputeApi(guard.data()).remoteConsole(serverId, QStringLiteral("spice"), QStringLiteral("spice-html5"), context,
                                               [callback, first = vnc.error()](Result<RemoteConsole> spice) {
            callback(spice ? std::move(spice) : Result<RemoteConsole>(first));
        });
    });
}
