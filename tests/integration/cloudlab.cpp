#include "cloudlab.h"

#include "cloud/imageapi.h"
#include "cloud/networkapi.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

CloudLab::CloudLab(const QString &testName)
{
    // Unique per run, so that parallel runs and leftovers of a crashed run never collide.
    m_prefix = QStringLiteral("phx-%1-%2-").arg(testName).arg(QRandomGenerator::global()->bounded(0x100000, 0xFFFFFF), 0, 16);
}

CloudLab::~CloudLab()
{
    delete m_client;
}

bool CloudLab::connect(const CloudConfig &config, QString *why)
{
    m_session = std::make_shared<CloudSession>(config);
    m_client = new RestClient(m_session);
    m_client->setRetryBaseDelay(500);

    Result<QList<Image>> images = call<QList<Image>>([this](QObject *ctx, ApiCallback<QList<Image>> cb) {
        ImageApi(m_client).listImages(ctx, cb);
    });
    Result<QList<Flavor>> flavors = call<QList<Flavor>>([this](QObject *ctx, ApiCallback<QList<Flavor>> cb) {
        compute().listFlavors(ctx, cb);
    });
    Result<QList<Network>> networks = call<QList<Network>>([this](QObject *ctx, ApiCallback<QList<Network>> cb) {
        NetworkApi(m_client).listNetworks(ctx, cb);
    });
    for (const auto *e : {&images.error(), &flavors.error(), &networks.error()}) {
        if (e->isError()) {
            *why = e->userMessage();
            return false;
        }
    }
    for (const Image &i : images.value()) {
        if (i.name == QLatin1String("ubuntu-22.04-desktop"))
            imageId = i.id;
        if (i.name == QLatin1String("win10-edu"))
            altImageId = i.id;
    }
    for (const Flavor &f : flavors.value()) {
        if (f.name == QLatin1String("desk.tiny"))
            flavorId = f.id;
    }
    for (const Network &n : networks.value()) {
        if (n.name == QLatin1String("lab-net"))
            networkId = n.id;
        if (n.name == QLatin1String("public"))
            externalNetworkId = n.id;
    }
    if (imageId.isEmpty() || altImageId.isEmpty() || flavorId.isEmpty() || networkId.isEmpty() || externalNetworkId.isEmpty()) {
        *why = QStringLiteral("the test bed lacks its seed (images %1/%2, flavor %3, networks %4/%5)")
                   .arg(imageId, altImageId, flavorId, networkId, externalNetworkId);
        return false;
    }
    return true;
}

Result<Server> CloudLab::createServer(const QString &suffix, const QMap<QString, QString> &metadata, const QStringList &tags)
{
    ServerCreateSpec spec;
    spec.name = name(suffix);
    spec.imageId = imageId;
    spec.flavorId = flavorId;
    spec.networkId = networkId;
    spec.metadata = metadata;
    spec.tags = tags;
    spec.userData = "#cloud-config\n# Phoenix integration test\n";
    return call<Server>([this, spec](QObject *ctx, ApiCallback<Server> cb) { compute().createServer(spec, ctx, cb); });
}

bool CloudLab::reached(const Server &server, ServerGoal goal)
{
    if (goal == ServerGoal::Gone)
        return server.isDeleted();
    if (!server.taskState.isEmpty())
        return false;
    switch (goal) {
    case ServerGoal::Active:
        return server.status == QLatin1String("ACTIVE");
    case ServerGoal::Shutoff:
        return server.status == QLatin1String("SHUTOFF");
    case ServerGoal::Suspended:
        return server.status == QLatin1String("SUSPENDED");
    case ServerGoal::Paused:
        return server.status == QLatin1String("PAUSED");
    case ServerGoal::Shelved:
        return server.status == QLatin1String("SHELVED_OFFLOADED") || server.status == QLatin1String("SHELVED");
    case ServerGoal::Gone:
        break;
    }
    return false;
}

bool CloudLab::waitUntil(const QList<Server> &servers, ServerGoal goal, int timeoutMs, QString *why)
{
    QDeadlineTimer deadline(timeoutMs);
    QHash<QString, QString> pending; // id → name
    for (const Server &s : servers)
        pending.insert(s.id, s.name);
    QStringList failures;
    while (!pending.isEmpty()) {
        const QStringList ids = pending.keys();
        for (const QString &id : ids) {
            const Result<Server> s = server(id);
            if (!s) {
                if (s.error().isNotFound()) {
                    if (goal != ServerGoal::Gone)
                        failures << QStringLiteral("%1: it was deleted").arg(pending.value(id));
                    pending.remove(id);
                }
                continue; // a passing error: ask again next round
            }
            if (reached(s.value(), goal)) {
                pending.remove(id);
            } else if (goal != ServerGoal::Gone && (s.value().status == QLatin1String("ERROR") || s.value().isDeleted())) {
                failures << QStringLiteral("%1: %2 %3").arg(s.value().name, s.value().status, s.value().faultMessage);
                pending.remove(id);
            }
        }
        if (pending.isEmpty())
            break;
        if (deadline.hasExpired()) {
            failures << QStringLiteral("not in time: %1").arg(pending.values().join(QStringLiteral(", ")));
            break;
        }
        QTest::qWait(1000); // the poll interval against the real cloud
    }
    *why = failures.join(QStringLiteral("; "));
    return failures.isEmpty();
}

Result<Server> CloudLab::server(const QString &id)
{
    return call<Server>([this, id](QObject *ctx, ApiCallback<Server> cb) { compute().getServer(id, ctx, cb); });
}

void CloudLab::cleanUp()
{
    if (!m_client)
        return;
    Result<QList<FloatingIp>> ips = call<QList<FloatingIp>>([this](QObject *ctx, ApiCallback<QList<FloatingIp>> cb) {
        NetworkApi(m_client).listFloatingIps(ctx, cb);
    });
    if (ips) {
        for (const FloatingIp &ip : ips.value()) {
            if (ip.description.startsWith(QStringLiteral("phoenix:") + m_prefix)) {
                call<bool>([this, ip](QObject *ctx, ApiCallback<bool> cb) { NetworkApi(m_client).deleteFloatingIp(ip.id, ctx, cb); });
            }
        }
    }
    Result<QList<Server>> servers = call<QList<Server>>([this](QObject *ctx, ApiCallback<QList<Server>> cb) {
        compute().listAllServers({}, ctx, cb);
    });
    if (!servers)
        return;
    QList<Server> mine;
    for (const Server &s : servers.value()) {
        if (s.name.startsWith(m_prefix) && !s.isDeleted())
            mine << s;
    }
    for (const Server &s : std::as_const(mine))
        call<bool>([this, s](QObject *ctx, ApiCallback<bool> cb) { compute().deleteServer(s.id, ctx, cb); });
    QString why;
    if (!mine.isEmpty() && !waitUntil(mine, ServerGoal::Gone, 90000, &why))
        qWarning("cleanup: %s", qPrintable(why));
}
