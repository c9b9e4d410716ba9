#include "cloud/demo/demoimage.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

DemoHttpResponse DemoImageService::errorReply(int status, const DemoHttpRequest &, const QString &message)
{
    if (status == 401) {
        // keystonemiddleware in Glance's pipeline answers in webob's form, not Keystone's
        DemoHttpResponse r = DemoErrors::glance(401, QStringLiteral("This server could not verify that you are authorized to access "
                                                                    "the document you requested. Either you supplied the wrong "
                                                                    "credentials (e.g., bad password), or your browser does not "
                                                                    "understand how to supply the credentials required."));
        r.setHeader("WWW-Authenticate", "Keystone uri=\"" + m_state->baseUrl.toUtf8() + "/identity/\"");
        return r;
    }
    QString m = message;
    if (m.isEmpty()) {
        switch (status) {
        case 404: m = QStringLiteral("The resource could not be found."); break;
        case 409: m = QStringLiteral("The request could not be completed due to a conflict with the current state of the resource."); break;
        case 413:
        case 429: m = QStringLiteral("The request returned a 413 Request Entity Too Large. This generally means that rate "
                                     "limiting or a quota threshold was breached."); break;
        case 503: m = QStringLiteral("The server is currently unavailable. Please try again at a later time."); break;
        default: m = QStringLiteral("The server has either erred or is incapable of performing the requested operation.");
        }
    }
    return DemoErrors::glance(status, m);
}

const DemoImage *DemoImageService::image(const QString &id) const
{
    const auto it = m_state->images.constFind(id);
    if (it == m_state->images.constEnd() || it->status == QLatin1String("deleted"))
        return nullptr;
    return &*it;
}

bool DemoImageService::isVisible(const DemoImage &image, const DemoCaller &caller) const
{
    return image.visibility == QLatin1String("public") || image.visibility == QLatin1String("community")
        || image.ownerProjectId == caller.project->id || caller.isAdmin();
}

QJsonObject DemoImageService::imageJson(const DemoImage &i) const
{
    const bool hasData = i.status == QLatin1String("active");
    QJsonObject o = i.properties;
    o.insert(QStringLiteral("checksum"), hasData ? QJsonValue(i.checksum) : QJsonValue());
    o.insert(QStringLiteral("container_format"), i.containerFormat.isEmpty() ? QJsonValue() : QJsonValue(i.containerFormat));
    o.insert(QStringLiteral("created_at"), DemoTime::seconds(i.created));
    o.insert(QStringLiteral("disk_format"), i.diskFormat.isEmpty() ? QJsonValue() : QJsonValue(i.diskFormat));
    o.insert(QStringLiteral("file"), QStringLiteral("/v2/images/%1/file").arg(i.id));
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("min_disk"), i.minDiskGb);
    o.insert(QStringLiteral("min_ram"), i.minRamMb);
    o.insert(QStringLiteral("name"), nullable(i.name));
    o.insert(QStringLiteral("os_hash_algo"), hasData ? QJsonValue(QStringLiteral("sha512")) : QJsonValue());
    o.insert(QStringLiteral("os_hash_value"), hasData ? QJsonValue(i.hashValue) : QJsonValue());
    o.insert(QStringLiteral("os_hidden"), false);
    o.insert(QStringLiteral("owner"), i.ownerProjectId);
    o.insert(QStringLiteral("protected"), i.isProtected);
    o.insert(QStringLiteral("schema"), QStringLiteral("/v2/schemas/image"));
    o.insert(QStringLiteral("self"), QStringLiteral("/v2/images/%1").arg(i.id));
    o.insert(QStringLiteral("size"), hasData ? QJsonValue(i.size) : QJsonValue());
    o.insert(QStringLiteral("status"), i.status);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(i.tags));
    o.insert(QStringLiteral("updated_at"), DemoTime::seconds(i.updated));
    o.insert(QStringLiteral("virtual_size"), hasData ? QJsonValue(qMax(i.size, qint64(i.minDiskGb) << 30)) : QJsonValue());
    o.insert(QStringLiteral("visibility"), i.visibility);
    return o;
}

DemoHttpResponse DemoImageService::handle(DemoHttpRequest &request, const QString &path)
{
    const QStringList seg = segments(path);
    const QByteArray &m = request.method;
    if (seg.isEmpty() && m == "GET") {
        QJsonArray versions;
        for (const char *v : {"v2.9", "v2.8", "v2.7", "v2.6", "v2.5", "v2.4", "v2.3", "v2.2", "v2.1", "v2.0"}) {
            const QString id = QString::fromLatin1(v);
            versions.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("status"), id == QLatin1String("v2.9") ? QStringLiteral("CURRENT")
                                                                                              : QStringLiteral("SUPPORTED")},
                                        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                                                                         {QStringLiteral("href"), QString(m_state->baseUrl + QStringLiteral("/image/v2/"))}}}}});
        }
        return DemoHttpResponse::json(300, QJsonObject{{QStringLiteral("versions"), versions}});
    }
    if (seg.value(0) != QLatin1String("v2") || seg.size() < 2 || seg.at(1) != QLatin1String("images"))
        return errorReply(404, request, {});
    const DemoCaller caller = m_state->caller(request);
    if (!caller.token)
        return errorReply(401, request, {});
    if (seg.size() == 2 && m == "GET")
        return listImages(request, caller);
    if (seg.size() != 3)
        return errorReply(404, request, {});
    const QString id = seg.at(2);
    const DemoImage *img = image(id);
    if (!img || !isVisible(*img, caller))
        return errorReply(404, request, QStringLiteral("No image found with ID %1").arg(id));
    if (m == "GET")
        return DemoHttpResponse::json(200, imageJson(*img));
    if (m == "PATCH")
        return patchImage(request, caller, id);
    if (m == "DELETE")
        return deleteImage(request, caller, id);
    return errorReply(405, request, QStringLiteral("The method is not allowed for this resource."));
}

DemoHttpResponse DemoImageService::listImages(const DemoHttpRequest &request, const DemoCaller &caller)
{
    int limit = DefaultPageSize;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return errorReply(400, request, QStringLiteral("limit param must be an integer"));
        limit = qMin(limit, 1000);
    }
    const QString name = request.queryValue(QStringLiteral("name"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString visibility = request.queryValue(QStringLiteral("visibility"));
    const QString owner = request.queryValue(QStringLiteral("owner"));

    QList<const DemoImage *> matching;
    for (const DemoImage &i : std::as_const(m_state->images)) {
        if (i.status == QLatin1String("deleted") || !isVisible(i, caller))
            continue;
        if (visibility.isEmpty() && i.visibility == QLatin1String("community") && i.ownerProjectId != caller.project->id)
            continue;
        if ((!name.isEmpty() && i.name != name) || (!status.isEmpty() && i.status != status)
            || (!visibility.isEmpty() && i.visibility != visibility) || (!owner.isEmpty() && i.ownerProjectId != owner))
            continue;
        matching.append(&i);
    }
    std::sort(matching.begin(), matching.end(), [](const DemoImage *a, const DemoImage *b) {
        return a->created != b->created ? a->created > b->created : a->id > b->id;
    });
    const QString marker = request.queryValue(QStringLiteral("marker"));
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(), [&marker](const DemoImage *i) { return i->id == marker; });
        if (it == matching.cend())
            return errorReply(400, request, QStringLiteral("Invalid marker. Image %1 could not be found.").arg(marker));
        start = (it - matching.cbegin()) + 1;
    }
    const QList<const DemoImage *> page = matching.mid(start, limit);
    QJsonArray images;
    for (const DemoImage *i : page)
        images.append(imageJson(*i));

    QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
    items.removeIf([](const QPair<QString, QString> &i) { return i.first == QLatin1String("marker"); });
    QUrlQuery firstQuery;
    firstQuery.setQueryItems(items);
    const QString firstQueryText = firstQuery.toString(QUrl::FullyEncoded);
    QJsonObject out{{QStringLiteral("images"), images},
                    {QStringLiteral("first"), QString(QStringLiteral("/v2/images") + (firstQueryText.isEmpty() ? QString() : QString(QLatin1Char('?') + firstQueryText)))},
                    {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")}};
    if (!page.isEmpty() && page.size() == limit) {
        QUrlQuery next = firstQuery;
        next.addQueryItem(QStringLiteral("marker"), page.last()->id);
        out.insert(QStringLiteral("next"), QString(QStringLiteral("/v2/images?") + next.toString(QUrl::FullyEncoded)));
    }
    return DemoHttpResponse::json(200, out);
}

DemoHttpResponse DemoImageService::patchImage(const DemoHttpRequest &request, const DemoCaller &caller, const QString &id)
{
    const QByteArray type = request.header("content-type").split(';').value(0).trimmed();
    if (type != "application/openstack-images-v2.1-json-patch" && type != "application/openstack-images-v2.0-json-patch")
        return errorReply(415, request, QStringLiteral("Unsupported Content-Type"));
    DemoImage &img = m_state->images[id];
    if (img.ownerProjectId != caller.project->id && !caller.isAdmin())
        return errorReply(403, request, QStringLiteral("You are not permitted to modify this image."));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isArray())
        return errorReply(400, request, QStringLiteral("Request body must be a JSON array of operation objects."));
    DemoImage changed = img;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject op = v.toObject();
        const QString kind = op.value(QLatin1String("op")).toString();
        const QString path = op.value(QLatin1String("path")).toString();
        const QJsonValue value = op.value(QLatin1String("value"));
        if (kind != QLatin1String("replace") && kind != QLatin1String("add") && kind != QLatin1String("remove"))
            return errorReply(400, request, QStringLiteral("Operation objects must contain exactly one member named \"add\", \"remove\", or \"replace\"."));
        const QString field = path.mid(1);
        if (field == QLatin1String("name")) {
            changed.name = value.toString();
        } else if (field == QLatin1String("visibility")) {
            const QString vis = value.toString();
            if (!QStringList{QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("shared"), QStringLiteral("community")}.contains(vis))
                return errorReply(400, request, QStringLiteral("Invalid visibility value: %1").arg(vis));
            if (vis == QLatin1String("public") && !caller.isAdmin())
                return errorReply(403, request, QStringLiteral("You are not authorized to complete publicize_image action."));
            changed.visibility = vis;
        } else if (field == QLatin1String("protected")) {
            if (!value.isBool())
                return errorReply(400, request, QStringLiteral("Invalid value for protected: must be a boolean"));
            changed.isProtected = value.toBool();
        } else if (field == QLatin1String("min_disk") || field == QLatin1String("min_ram")) {
            (field == QLatin1String("min_disk") ? changed.minDiskGb : changed.minRamMb) = value.toInt();
        } else if (field == QLatin1String("tags")) {
            changed.tags = value.toVariant().toStringList();
        } else if (QStringList{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("size"),
                               QStringLiteral("checksum"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                               QStringLiteral("file"), QStringLiteral("self"), QStringLiteral("schema")}.contains(field)) {
            return errorReply(403, request, QStringLiteral("Attribute '%1' is read-only.").arg(field));
        } else if (kind == QLatin1String("remove")) {
            if (!changed.properties.contains(field))
                return errorReply(409, request, QStringLiteral("Property %1 does not exist.").arg(field));
            changed.properties.remove(field);
        } else {
            changed.properties.insert(field, value.toString());
        }
    }
    changed.updated = DemoState::now();
    img = changed;
    return DemoHttpResponse::json(200, imageJson(img));
}

DemoHttpResponse DemoImageService::deleteImage(const DemoHttpRequest &request, const DemoCaller &caller, const QString &id)
{
    DemoImage &img = m_state->images[id];
    if (img.ownerProjectId != caller.project->id && !caller.isAdmin())
        return errorReply(403, request, QStringLiteral("You are not permitted to delete this image."));
    if (img.isProtected)
        return errorReply(403, request, QStringLiteral("Image %1 is protected and cannot be deleted.").arg(id));
    img.status = QStringLiteral("deleted");
    img.updated = DemoState::now();
    qCInfo(lcDemo) << "image" << img.name << "deleted";
    DemoHttpResponse r = DemoHttpResponse::empty(204);
    r.contentType = "text/html; charset=UTF-8"; // what Glance's webob sends with its empty 204
    return r;
}

QString DemoImageService::createSnapshot(const DemoServer &server, const QString &name, const QJsonObject &metadata,
                                         const QString &userName, const QString &projectName)
{
    DemoImage snap;
    snap.id = m_state->newUuid();
    snap.name = name;
    snap.status = QStringLiteral("queued");
    snap.visibility = QStringLiteral("private");
    snap.ownerProjectId = server.projectId;
    snap.diskFormat.clear();
    snap.containerFormat.clear();
    snap.minDiskGb = m_state->flavors.value(server.flavorId).diskGb;
    snap.created = snap.updated = DemoState::now();
    const DemoImage base = m_state->images.value(server.imageId);
    for (const char *key : {"os_type", "os_distro", "os_version", "os_admin_user", "hw_qemu_guest_agent"}) {
        const QString k = QString::fromLatin1(key);
        if (base.properties.contains(k))
            snap.properties.insert(k, base.properties.value(k));
    }
    snap.properties.insert(QStringLiteral("base_image_ref"), server.imageId);
    snap.properties.insert(QStringLiteral("boot_roles"), QStringLiteral("member,reader"));
    snap.properties.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    snap.properties.insert(QStringLiteral("instance_uuid"), server.id);
    snap.properties.insert(QStringLiteral("owner_project_name"), projectName);
    snap.properties.insert(QStringLiteral("owner_user_name"), userName);
    snap.properties.insert(QStringLiteral("user_id"), server.userId);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        snap.properties.insert(it.key(), it.value().toString());
    snap.size = base.size > 0 ? base.size : qint64(4) << 30;
    m_state->images.insert(snap.id, snap);
    return snap.id;
}

void DemoImageService::setStatus(const QString &imageId, const QString &status)
{
    auto it = m_state->images.find(imageId);
    if (it == m_state->images.end() || it->status == QLatin1String("deleted"))
        return;
    it->status = status;
    it->updated = DemoState::now();
    if (status == QLatin1String("active")) {
        it->diskFormat = QStringLiteral("qcow2");
        it->containerFormat = QStringLiteral("bare");
        it->checksum = QString::fromLatin1(QCryptographicHash::hash(it->id.toLatin1(), QCryptographicHash::Md5).toHex());
        it->hashValue = QString::fromLatin1(QCryptographicHash::hash(it->id.toLatin1(), QCryptographicHash::Sha512).toHex());
    }
}
