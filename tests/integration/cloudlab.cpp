#include "cloudlab.h"

#include "cloud/imageapi.h"
#include "cloud/networkapi.h"

#include <QRandomGenerator>
#include <QSignalSpy>

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

bool CloudLab::waitUntil(const QList<Server> &servers, ServerGoal goal, int timeoutMs, QString *why)
{
    ServerWaiter waiter(m_client);
    waiter.setPollInterval(1000);
    waiter.setTimeout(timeoutMs);
    for (const Server &s : servers)
        waiter.add(s, goal);
    QStringList failures;
    QObject::connect(&waiter, &ServerWaiter::failed, &waiter, [&failures](const Server &s, const CloudError &e) {
        failures << QStringLiteral("%1: %2").arg(s.name, e.userMessage());
    });
    QSignalSpy finished(&waiter, &ServerWaiter::finished);
    waiter.start();
    if (!finished.wait(timeoutMs + 10000)) {
        *why = QStringLiteral("the waiter never finished");
        return false;
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
