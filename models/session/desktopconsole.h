#pragma once

#include "cloud/apicallback.h"
#include "cloud/cloudtypes.h"

#include <QString>

class QObject;
class RestClient;

/**
 * A desktop's console in the browser, with the fallback rule in one place: Nova's noVNC console
 * first; when the cloud gives none (no VNC on this cloud, or any other refusal), the SPICE
 * console (spice-html5). One answer through the callback: the console, or — when neither is
 * offered — the first (VNC) error, which is the one that explains the missing console.
 * The callback runs only while context lives; if the client is deleted between the two
 * requests, nothing more is asked and no answer comes.
 */
class DesktopConsole
{
public:
    static void request(RestClient *client, const QString &serverId, QObject *context, ApiCallback<RemoteConsole> callback);
};
