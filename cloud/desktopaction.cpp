#include "desktopaction.h"

#include "floatingipmanager.h"
#include "restclient.h"

#include <QPointer>

DesktopAction::DesktopAction(RestClient *client)
    : m_client(client)
{
}

ServerGoal DesktopAction::goal(DesktopVerb verb)
{
    switch (verb) {
    case DesktopVerb::Stop:
        return ServerGoal::Shutoff;
    case DesktopVerb::Suspend:
        return ServerGoal::Suspended;
    case DesktopVerb::Shelve:
        return ServerGoal::Shelved;
    case DesktopVerb::Delete:
        return ServerGoal::Gone;
    case DesktopVerb::Start:
    case DesktopVerb::Resume:
    case DesktopVerb::Reboot:
    case DesktopVerb::RebootHard:
    case DesktopVerb::Rebuild:
    case DesktopVerb::Unshelve:
        break;
    }
    return ServerGoal::Active;
}

std::optional<ServerAction> DesktopAction::serverAction(DesktopVerb verb)
{
    switch (verb) {
    case DesktopVerb::Start:
        return ServerAction::Start;
    case DesktopVerb::Stop:
        return ServerAction::Stop;
    case DesktopVerb::Suspend:
        return ServerAction::Suspend;
    case DesktopVerb::Resume:
        return ServerAction::Resume;
    case DesktopVerb::Reboot:
        return ServerAction::RebootSoft;
    case DesktopVerb::RebootHard:
        return ServerAction::RebootHard;
    case DesktopVerb::Rebuild:
        return ServerAction::Rebuild;
    case DesktopVerb::Shelve:
        return ServerAction::Shelve;
    case DesktopVerb::Unshelve:
        return ServerAction::Unshelve;
    case DesktopVerb::Delete:
        break;
    }
    return std::nullopt;
}

bool DesktopAction::alreadyDone(const Server &server, DesktopVerb verb)
{
    switch (verb) {
    case DesktopVerb::Reboot:
    case DesktopVerb::RebootHard:
    case DesktopVerb::Rebuild:
        return false;
    case DesktopVerb::Delete:
        return server.isDeleted();
    case DesktopVerb::Start:
    case DesktopVerb::Stop:
    case DesktopVerb::Suspend:
    case DesktopVerb::Resume:
    case DesktopVerb::Shelve:
    case DesktopVerb::Unshelve:
        break;
    }
    return ServerWaiter::isReached(server, goal(verb));
}

QString DesktopAction::name(DesktopVerb verb)
{
    switch (verb) {
    case DesktopVerb::Start:
        return QStringLiteral("start");
    case DesktopVerb::Stop:
        return QStringLiteral("stop");
    case DesktopVerb::Suspend:
        return QStringLiteral("suspend");
    case DesktopVerb::Resume:
        return QStringLiteral("resume");
    case DesktopVerb::Reboot:
        return QStringLiteral("reboot");
    case DesktopVerb::RebootHard:
        return QStringLiteral("reboot --hard");
    case DesktopVerb::Rebuild:
        return QStringLiteral("rebuild");
    case DesktopVerb::Shelve:
        return QStringLiteral("shelve");
    case DesktopVerb::Unshelve:
        return QStringLiteral("unshelve");
    case DesktopVerb::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<DesktopVerb> DesktopAction::fromName(const QString &name, bool hard)
{
    static const QList<DesktopVerb> all{DesktopVerb::Start,   DesktopVerb::Stop,    DesktopVerb::Suspend,
                                        DesktopVerb::Resume,  DesktopVerb::Reboot,  DesktopVerb::Rebuild,
                                        DesktopVerb::Shelve,  DesktopVerb::Unshelve, DesktopVerb::Delete};
    for (DesktopVerb v : all) {
        if (DesktopAction::name(v) == name)
            return (v == DesktopVerb::Reboot && hard) ? DesktopVerb::RebootHard : v;
    }
    return std::nullopt;
}

void DesktopAction::run(const Server &server, DesktopVerb verb, const QString &imageId, QObject *context,
                        ApiCallback<Outcome> callback, const CallOptions &options)
{
    QPointer<RestClient> client = m_client;
    if (alreadyDone(server, verb)) {
        QMetaObject::invokeMethod(context ? context : m_client, [callback] { callback(Outcome{true, {}}); },
                                  Qt::QueuedConnection);
        return;
    }
    if (verb == DesktopVerb::Delete) {
        FloatingIpManager(client).release(server, context, [=](Result<QList<FloatingIp>> released) {
            if (!released) {
                callback(released.error());
                return;
            }
            if (!client)
                return;
            QStringList addresses;
            for (const FloatingIp &ip : released.value())
                addresses << ip.floatingIpAddress;
            ComputeApi(client).deleteServer(server.id, context, [callback, addresses](Result<bool> deleted) {
                if (!deleted) {
                    callback(deleted.error());
                    return;
                }
                callback(Outcome{false, addresses});
            }, options);
        });
        return;
    }
    QJsonObject args;
    if (verb == DesktopVerb::Rebuild) {
        const QString image = imageId.isEmpty() ? server.imageId : imageId;
        if (image.isEmpty()) {
            QMetaObject::invokeMethod(context ? context : m_client, [callback, server] {
                callback(CloudError::config(tr("%1 was not started from an image: name the image to rebuild it with.")
                                                .arg(server.name)));
            }, Qt::QueuedConnection);
            return;
        }
        args.insert(QStringLiteral("imageRef"), image);
    }
    ComputeApi(client).serverAction(server.id, *serverAction(verb), args, context, [callback](Result<QString> done) {
        if (!done) {
            callback(done.error());
            return;
        }
        callback(Outcome{});
    }, options);
}
