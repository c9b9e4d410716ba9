#include "app/ctl/ctloutput.h"

#include <QLocale>

namespace
{
// Terminal columns a cell takes: CJK (Chinese headers and names) and full-width characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF && u != 0x303F)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}
} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows << cells;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const QString &h : m_header)
        widths << displayWidth(h);
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.value(i)));
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            out += (i + 1 < widths.size()) ? cell + QString(widths[i] + 2 - displayWidth(cell), QLatin1Char(' ')) : cell;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString CtlOutput::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z') : QString();
}

QString CtlOutput::orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString CtlOutput::stateText(const Server &server)
{
    return server.taskState.isEmpty() ? server.status : QStringLiteral("%1 (%2)").arg(server.status, server.taskState);
}

QString CtlOutput::sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("-");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonObject CtlOutput::serverJson(const Server &s)
{
    QJsonObject metadata;
    for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    QJsonArray addresses;
    for (const ServerAddress &a : s.addresses) {
        addresses << QJsonObject{{QStringLiteral("network"), a.network}, {QStringLiteral("address"), a.address},
                                 {QStringLiteral("version"), a.version},  {QStringLiteral("type"), a.type},
                                 {QStringLiteral("mac"), a.mac}};
    }
    auto nullable = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    auto timeValue = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(formatOpenStackTime(t)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("task_state"), nullable(s.taskState)},
        {QStringLiteral("vm_state"), nullable(s.vmState)},
        {QStringLiteral("power_state"), s.powerState},
        {QStringLiteral("desktop"), s.isPhoenixDesktop()},
        {QStringLiteral("type"), nullable(s.meta(PhoenixMeta::Type))},
        {QStringLiteral("role"), nullable(s.meta(PhoenixMeta::Role))},
        {QStringLiteral("owner"), nullable(s.meta(PhoenixMeta::Owner))},
        {QStringLiteral("course"), nullable(s.meta(PhoenixMeta::Course))},
        {QStringLiteral("seat"), nullable(s.meta(PhoenixMeta::Seat))},
        {QStringLiteral("expires"), nullable(s.meta(PhoenixMeta::Expires))},
        {QStringLiteral("fixed_ip"), nullable(s.fixedAddress())},
        {QStringLiteral("floating_ip"), nullable(s.floatingAddress())},
        {QStringLiteral("image_id"), nullable(s.imageId)},
        {QStringLiteral("flavor"), nullable(s.flavorName.isEmpty() ? s.flavorId : s.flavorName)},
        {QStringLiteral("project_id"), s.projectId},
        {QStringLiteral("user_id"), s.userId},
        {QStringLiteral("created"), timeValue(s.created)},
        {QStringLiteral("updated"), timeValue(s.updated)},
        {QStringLiteral("launched_at"), timeValue(s.launchedAt)},
        {QStringLiteral("locked"), s.locked},
        {QStringLiteral("fault"), nullable(s.faultMessage)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("addresses"), addresses},
    };
}

QJsonObject CtlOutput::imageJson(const Image &i)
{
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("status"), i.status},
                       {QStringLiteral("visibility"), i.visibility},
                       {QStringLiteral("disk_format"), i.diskFormat},
                       {QStringLiteral("os_type"), i.osType},
                       {QStringLiteral("size"), i.size},
                       {QStringLiteral("min_disk_gb"), i.minDiskGb},
                       {QStringLiteral("min_ram_mb"), i.minRamMb},
                       {QStringLiteral("protected"), i.isProtected},
                       {QStringLiteral("owner"), i.owner},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(i.tags)},
                       {QStringLiteral("created"), i.created.isValid() ? formatOpenStackTime(i.created) : QString()}};
}

QJsonObject CtlOutput::flavorJson(const Flavor &f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},        {QStringLiteral("name"), f.name},
                       {QStringLiteral("vcpus"), f.vcpus},  {QStringLiteral("ram_mb"), f.ramMb},
                       {QStringLiteral("disk_gb"), f.diskGb}, {QStringLiteral("ephemeral_gb"), f.ephemeralGb},
                       {QStringLiteral("public"), f.isPublic}, {QStringLiteral("description"), f.description}};
}

QJsonObject CtlOutput::networkJson(const Network &n, const QList<Subnet> &subnets)
{
    QJsonArray cidrs;
    for (const Subnet &s : subnets) {
        if (s.networkId == n.id)
            cidrs << QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("cidr"), s.cidr},
                                 {QStringLiteral("gateway_ip"), s.gatewayIp}, {QStringLiteral("dhcp"), s.dhcp}};
    }
    return QJsonObject{{QStringLiteral("id"), n.id},         {QStringLiteral("name"), n.name},
                       {QStringLiteral("status"), n.status}, {QStringLiteral("external"), n.external},
                       {QStringLiteral("shared"), n.shared}, {QStringLiteral("mtu"), n.mtu},
                       {QStringLiteral("project_id"), n.projectId}, {QStringLiteral("subnets"), cidrs}};
}

QJsonObject CtlOutput::floatingIpJson(const FloatingIp &f, const QString &desktop)
{
    auto nullable = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("address"), f.floatingIpAddress},
                       {QStringLiteral("fixed_ip"), nullable(f.fixedIpAddress)},
                       {QStringLiteral("port_id"), nullable(f.portId)},
                       {QStringLiteral("network_id"), f.floatingNetworkId},
                       {QStringLiteral("status"), f.status},
                       {QStringLiteral("desktop"), nullable(desktop)},
                       {QStringLiteral("description"), f.description}};
}

QJsonObject CtlOutput::actionJson(const InstanceAction &a)
{
    return QJsonObject{{QStringLiteral("action"), a.action},
                       {QStringLiteral("request_id"), a.requestId},
                       {QStringLiteral("user_id"), a.userId},
                       {QStringLiteral("message"), a.message},
                       {QStringLiteral("start_time"), a.startTime.isValid() ? formatOpenStackTime(a.startTime) : QString()}};
}

TextTable CtlOutput::desktopTable(const QList<Server> &servers)
{
    TextTable t({tr("NAME"), tr("STATUS"), tr("ROLE"), tr("COURSE"), tr("OWNER"), tr("FIXED IP"), tr("FLOATING IP"), tr("ID")});
    for (const Server &s : servers) {
        t.addRow({s.name, stateText(s), orDash(s.meta(PhoenixMeta::Role)), orDash(s.meta(PhoenixMeta::Course)),
                  orDash(s.meta(PhoenixMeta::Owner)), orDash(s.fixedAddress()), orDash(s.floatingAddress()), s.id});
    }
    return t;
}

QString CtlOutput::desktopDetails(const Server &s, const QList<InstanceAction> &actions)
{
    TextTable t({tr("FIELD"), tr("VALUE")});
    t.addRow({tr("name"), s.name});
    t.addRow({tr("id"), s.id});
    t.addRow({tr("status"), stateText(s)});
    t.addRow({tr("role"), orDash(s.meta(PhoenixMeta::Role))});
    t.addRow({tr("course"), orDash(s.meta(PhoenixMeta::Course))});
    t.addRow({tr("owner"), orDash(s.meta(PhoenixMeta::Owner))});
    t.addRow({tr("fixed IP"), orDash(s.fixedAddress())});
    t.addRow({tr("floating IP"), orDash(s.floatingAddress())});
    t.addRow({tr("flavor"), orDash(s.flavorName.isEmpty() ? s.flavorId : s.flavorName)});
    t.addRow({tr("image"), orDash(s.imageId)});
    t.addRow({tr("created"), orDash(time(s.created))});
    t.addRow({tr("updated"), orDash(time(s.updated))});
    t.addRow({tr("tags"), orDash(s.tags.join(QStringLiteral(", ")))});
    for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
        t.addRow({tr("metadata %1").arg(it.key()), it.value()});
    if (!s.faultMessage.isEmpty())
        t.addRow({tr("fault"), s.faultMessage});
    QString out = t.render();
    if (!actions.isEmpty()) {
        TextTable history({tr("ACTION"), tr("STARTED"), tr("REQUEST ID"), tr("MESSAGE")});
        for (const InstanceAction &a : actions)
            history.addRow({a.action, time(a.startTime), a.requestId, orDash(a.message)});
        out += QLatin1Char('\n') + history.render();
    }
    return out;
}

TextTable CtlOutput::imageTable(const QList<Image> &images)
{
    TextTable t({tr("NAME"), tr("STATUS"), tr("VISIBILITY"), tr("SIZE"), tr("OS"), tr("ID")});
    for (const Image &i : images)
        t.addRow({i.name, i.status, i.visibility, sizeText(i.size), orDash(i.osType), i.id});
    return t;
}

TextTable CtlOutput::flavorTable(const QList<Flavor> &flavors)
{
    TextTable t({tr("NAME"), tr("VCPUS"), tr("RAM MB"), tr("DISK GB"), tr("PUBLIC"), tr("ID")});
    for (const Flavor &f : flavors) {
        t.addRow({f.name, QString::number(f.vcpus), QString::number(f.ramMb), QString::number(f.diskGb),
                  f.isPublic ? tr("yes") : tr("no"), f.id});
    }
    return t;
}

TextTable CtlOutput::networkTable(const QList<Network> &networks, const QList<Subnet> &subnets)
{
    TextTable t({tr("NAME"), tr("EXTERNAL"), tr("SHARED"), tr("SUBNETS"), tr("ID")});
    for (const Network &n : networks) {
        QStringList cidrs;
        for (const Subnet &s : subnets) {
            if (s.networkId == n.id)
                cidrs << s.cidr;
        }
        t.addRow({n.name, n.external ? tr("yes") : tr("no"), n.shared ? tr("yes") : tr("no"),
                  orDash(cidrs.join(QStringLiteral(", "))), n.id});
    }
    return t;
}
