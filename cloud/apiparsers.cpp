// Nova and Glance replies → value types. Neutron's are in apiparsersnetwork.cpp.
#include "cloud/apiparsers.h"

#include "cloud/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace
{
QString quoted(const QString &id)
{
    return QLatin1Char('"') + id + QLatin1Char('"');
}

// Nova's "addresses": {"<network>": [{"addr", "version", "OS-EXT-IPS:type", "OS-EXT-IPS-MAC:mac_addr"}]}
void readAddresses(JsonReader &r, Server &s)
{
    const QJsonObject networks = r.object("addresses");
    for (auto it = networks.begin(); it != networks.end() && !r.failed(); ++it) {
        if (!it.value().isArray()) {
            r.fail(JsonReader::tr("%1: addresses of network \"%2\" are %3, expected a list")
                       .arg(r.where(), it.key(), JsonReader::typeName(it.value())));
            return;
        }
        const QJsonArray list = it.value().toArray();
        for (int i = 0; i < list.size() && !r.failed(); ++i) {
            const QJsonObject a = r.element(list, i, r.where() + QStringLiteral(": addresses.") + it.key());
            JsonReader ar(a, r.where() + QStringLiteral(": addresses.%1[%2]").arg(it.key()).arg(i));
            ServerAddress address;
            address.network = it.key();
            address.address = ar.ipAddress("addr", JsonReader::Required);
            address.version = ar.integer("version", 4);
            address.type = ar.string("OS-EXT-IPS:type");
            address.mac = ar.string("OS-EXT-IPS-MAC:mac_addr");
            if (ar.failed()) {
                r.fail(ar.errorText());
                return;
            }
            s.addresses << address;
        }
    }
}

// Reads a server; the reader fails on a field of the wrong type. Only "id" is required because
// the create reply carries little more than the id.
Server readServer(JsonReader &r)
{
    Server s;
    s.id = r.string("id", JsonReader::Required);
    s.name = r.string("name");
    s.status = r.string("status");
    s.taskState = r.string("OS-EXT-STS:task_state");
    s.vmState = r.string("OS-EXT-STS:vm_state");
    s.powerState = r.integer("OS-EXT-STS:power_state");
    s.host = r.string("OS-EXT-SRV-ATTR:host");
    // "image" is "" for volume-backed servers, else {"id": ..., "links": [...]}
    const QJsonValue image = r.json().value(QLatin1String("image"));
    if (image.isObject()) {
        JsonReader ir(image.toObject(), r.where() + QStringLiteral(": image"));
        s.imageId = ir.string("id");
        if (ir.failed())
            r.fail(ir.errorText());
    } else if (image.isString()) {
        s.imageId = image.toString();
    } else if (!image.isNull() && !image.isUndefined() && !r.failed()) {
        r.fail(JsonReader::tr("%1: \"image\" is %2, expected an object").arg(r.where(), JsonReader::typeName(image)));
    }
    // "flavor": {"id", "links"} before 2.47; {"original_name", "vcpus", "ram", ...} from 2.47
    const QJsonObject flavor = r.object("flavor");
    if (!flavor.isEmpty()) {
        JsonReader fr(flavor, r.where() + QStringLiteral(": flavor"));
        s.flavorId = fr.idOrString("id");
        s.flavorName = fr.string("original_name");
        if (fr.failed())
            r.fail(fr.errorText());
    }
    s.userId = r.string("user_id");
    s.projectId = r.string("tenant_id");
    if (s.projectId.isEmpty())
        s.projectId = r.string("project_id");
    s.keyName = r.string("key_name");
    s.created = r.time("created");
    s.updated = r.time("updated");
    s.launchedAt = r.time("OS-SRV-USG:launched_at");
    s.metadata = r.stringMap("metadata");
    s.tags = r.stringList("tags");
    readAddresses(r, s);
    const QJsonObject fault = r.object("fault");
    if (!fault.isEmpty()) {
        JsonReader fr(fault, r.where() + QStringLiteral(": fault"));
        s.faultMessage = fr.string("message");
        if (fr.failed())
            r.fail(fr.errorText());
    }
    s.progress = r.integer("progress");
    // "locked" is a boolean from 2.9; some proxies render it as text
    s.locked = r.boolean("locked");
    return s;
}

using JsonDocumentReader::parseList;
using JsonDocumentReader::parseOne;

Flavor readFlavor(JsonReader &r)
{
    Flavor f;
    f.id = r.idOrString("id");
    if (f.id.isEmpty() && !r.failed())
        r.fail(JsonReader::tr("%1: the field \"%2\" is missing").arg(r.where(), QStringLiteral("id")));
    f.name = r.string("name");
    f.vcpus = r.integer("vcpus");
    f.ramMb = r.integer("ram");
    f.diskGb = r.integer("disk");
    f.ephemeralGb = r.integer("OS-FLV-EXT-DATA:ephemeral");
    f.isPublic = r.boolean("os-flavor-access:is_public", true);
    f.description = r.string("description");
    return f;
}

InstanceAction readInstanceAction(JsonReader &r)
{
    InstanceAction a;
    a.action = r.string("action", JsonReader::Required);
    a.requestId = r.string("request_id");
    a.userId = r.string("user_id");
    a.message = r.string("message");
    a.startTime = r.time("start_time");
    a.updatedTime = r.time("updated_at");
    return a;
}

Hypervisor readHypervisor(JsonReader &r)
{
    Hypervisor h;
    h.id = r.idOrString("id"); // integer before 2.53, UUID after
    h.hostname = r.string("hypervisor_hostname");
    h.state = r.string("state");
    h.status = r.string("status");
    h.type = r.string("hypervisor_type");
    h.runningVms = r.integer("running_vms", -1);
    return h;
}

const QSet<QString> &knownImageFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("status"),
        QStringLiteral("visibility"), QStringLiteral("disk_format"),  QStringLiteral("container_format"),
        QStringLiteral("owner"),      QStringLiteral("os_type"),      QStringLiteral("size"),
        QStringLiteral("min_disk"),   QStringLiteral("min_ram"),      QStringLiteral("protected"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),   QStringLiteral("tags")};
    return fields;
}

Image readImage(JsonReader &r)
{
    Image i;
    i.id = r.string("id", JsonReader::Required);
    i.name = r.string("name");
    i.status = r.string("status");
    i.visibility = r.string("visibility");
    i.diskFormat = r.string("disk_format");
    i.containerFormat = r.string("container_format");
    i.owner = r.string("owner");
    i.osType = r.string("os_type");
    i.size = r.int64("size");
    i.minDiskGb = r.integer("min_disk");
    i.minRamMb = r.integer("min_ram");
    i.isProtected = r.boolean("protected");
    i.created = r.time("created_at");
    i.updated = r.time("updated_at");
    i.tags = r.stringList("tags");
    const QJsonObject &o = r.json();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownImageFields().contains(it.key()))
            i.properties.insert(it.key(), it.value().toVariant());
    }
    return i;
}
} // namespace

namespace ApiParsers
{
Server serverFromJson(const QJsonObject &o)
{
    JsonReader r(o, QStringLiteral("server"));
    return readServer(r); // lenient: whatever could be read before a problem
}

Result<Server> parseServer(const QByteArray &body)
{
    return parseOne<Server>(body, "server", JsonReader::tr("server"), readServer);
}

Result<ServerPage> parseServerPage(const QByteArray &body)
{
    const QString what = JsonReader::tr("server list");
    const Result<QJsonObject> root = JsonDocumentReader::parseObject(body, what); // one parse for the list and its links
    if (!root)
        return root.error();
    Result<QList<Server>> servers = JsonDocumentReader::readList<Server>(root.value(), "servers", what, readServer);
    if (!servers)
        return servers.error();
    ServerPage page;
    page.servers = servers.take();
    // {"servers_links": [{"href": ".../servers/detail?limit=2&marker=<id>", "rel": "next"}]}
    JsonReader top(root.value(), what);
    const QJsonArray links = top.array("servers_links");
    for (int i = 0; i < links.size() && !top.failed(); ++i) {
        JsonReader lr(top.element(links, i, QStringLiteral("servers_links")), QStringLiteral("servers_links[%1]").arg(i));
        if (lr.string("rel") != QLatin1String("next"))
            continue;
        const QString href = lr.string("href", JsonReader::Required);
        if (lr.failed())
            return lr.error();
        page.nextMarker = QUrlQuery(QUrl(href).query()).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
        if (page.nextMarker.isEmpty())
            return CloudError::malformed(
                JsonReader::tr("the server list's next link has no marker: %1").arg(quoted(href.left(200))));
    }
    if (top.failed())
        return top.error();
    return page;
}

QString peekNextMarker(const QByteArray &body)
{
    // Nova ends a page with "servers_links": [{"href": ".../servers/detail?...marker=<id>", "rel": "next"}]}
    // A server's own fields could hold the same text, but they come before the top-level links.
    static const QByteArray key = QByteArrayLiteral("\"servers_links\"");
    static const QByteArray markerKey = QByteArrayLiteral("marker=");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0 || body.size() - at > 4096)
        return {};
    const QByteArrayView tail = QByteArrayView(body).sliced(at);
    if (!tail.contains(QByteArrayView("\"next\"")))
        return {};
    const qsizetype m = tail.indexOf(markerKey);
    if (m < 0)
        return {};
    qsizetype end = m + markerKey.size();
    while (end < tail.size() && tail.at(end) != '&' && tail.at(end) != '"' && tail.at(end) != '#' && tail.at(end) != '\\')
        ++end;
    const QByteArray encoded = tail.sliced(m + markerKey.size(), end - m - markerKey.size()).toByteArray();
    if (encoded.isEmpty() || encoded.size() > 255)
        return {};
    return QUrl::fromPercentEncoding(encoded);
}

Result<QList<Flavor>> parseFlavors(const QByteArray &body)
{
    return parseList<Flavor>(body, "flavors", JsonReader::tr("flavor list"), readFlavor);
}

Result<ComputeLimits> parseLimits(const QByteArray &body)
{
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, JsonReader::tr("limits"));
    if (!root)
        return root.error();
    JsonReader top(root.value(), JsonReader::tr("limits"));
    JsonReader r(top.object("limits", JsonReader::Required), QStringLiteral("limits"));
    JsonReader a(r.object("absolute", JsonReader::Required), QStringLiteral("limits.absolute"));
    if (top.failed())
        return top.error();
    if (r.failed())
        return r.error();
    ComputeLimits l;
    l.maxInstances = a.integer("maxTotalInstances", -1);
    l.usedInstances = a.integer("totalInstancesUsed");
    l.maxCores = a.integer("maxTotalCores", -1);
    l.usedCores = a.integer("totalCoresUsed");
    l.maxRamMb = a.integer("maxTotalRAMSize", -1);
    l.usedRamMb = a.integer("totalRAMUsed");
    l.maxKeypairs = a.integer("maxTotalKeypairs", -1);
    l.maxServerGroups = a.integer("maxServerGroups", -1);
    if (a.failed())
        return a.error();
    return l;
}

Result<QList<InstanceAction>> parseInstanceActions(const QByteArray &body)
{
    return parseList<InstanceAction>(body, "instanceActions", JsonReader::tr("instance action list"),
                                     readInstanceAction);
}

Result<QList<Hypervisor>> parseHypervisors(const QByteArray &body)
{
    return parseList<Hypervisor>(body, "hypervisors", JsonReader::tr("hypervisor list"), readHypervisor);
}

Result<RemoteConsole> parseRemoteConsole(const QByteArray &body)
{
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, JsonReader::tr("remote console"));
    if (!root)
        return root.error();
    // 2.6+: {"remote_console": {"protocol", "type", "url"}}; the older actions: {"console": {"type", "url"}}
    const bool legacy = !root.value().contains(QLatin1String("remote_console"))
        && root.value().contains(QLatin1String("console"));
    JsonReader top(root.value(), JsonReader::tr("remote console"));
    JsonReader r(top.object(legacy ? "console" : "remote_console", JsonReader::Required),
                 legacy ? QStringLiteral("console") : QStringLiteral("remote_console"));
    if (top.failed())
        return top.error();
    RemoteConsole c;
    c.protocol = r.string("protocol");
    c.type = r.string("type");
    c.url = r.string("url", JsonReader::Required);
    if (r.failed())
        return r.error();
    const QUrl url(c.url);
    if (!url.isValid() || url.scheme().isEmpty())
        return CloudError::malformed(JsonReader::tr("the console address is not a URL: %1").arg(quoted(c.url.left(200))));
    // It is handed to the desktop's browser: only web addresses, never file:, javascript: or a
    // custom scheme that would start another program.
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return CloudError::malformed(
            JsonReader::tr("the console address is not an http or https address: %1").arg(quoted(c.url.left(200))));
    if (c.protocol.isEmpty() && c.type.startsWith(QLatin1String("spice")))
        c.protocol = QStringLiteral("spice");
    else if (c.protocol.isEmpty())
        c.protocol = QStringLiteral("vnc");
    return c;
}

Image imageFromJson(const QJsonObject &o)
{
    JsonReader r(o, QStringLiteral("image"));
    return readImage(r);
}

Result<Image> parseImage(const QByteArray &body)
{
    // Glance v2 answers with the image object itself, without a wrapper.
    Result<QJsonObject> root = JsonDocumentReader::parseObject(body, JsonReader::tr("image"));
    if (!root)
        return root.error();
    JsonReader r(root.value(), JsonReader::tr("image"));
    Image image = readImage(r);
    if (r.failed())
        return r.error();
    return image;
}

Result<QList<Image>> parseImages(const QByteArray &body, QString *next)
{
    if (next)
        next->clear();
    const QString what = JsonReader::tr("image list");
    const Result<QJsonObject> root = JsonDocumentReader::parseObject(body, what); // one parse for the list and its link
    if (!root)
        return root.error();
    Result<QList<Image>> images = JsonDocumentReader::readList<Image>(root.value(), "images", what, readImage);
    if (!images)
        return images;
    JsonReader top(root.value(), what);
    const QString link = top.string("next");
    if (top.failed())
        return top.error();
    if (!link.isEmpty() && !QUrl(link).isValid())
        return CloudError::malformed(JsonReader::tr("the image list's next link is not a URL: %1").arg(quoted(link.left(200))));
    if (next)
        *next = link;
    return images;
}
} // namespace ApiParsers
