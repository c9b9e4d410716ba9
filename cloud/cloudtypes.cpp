#include "cloud/cloudtypes.h"



namespace
{
QString firstAddressOfType(const QList<ServerAddress> &addresses, QLatin1String type)
{
    for (const ServerAddress &a : addresses) {
        if (a.type == type && a.version == 4)
            return a.address;
    }
    for (const ServerAddress &a : addresses) {
        if (a.type == type)
            return a.address;
    }
    return {};
}
} // namespace

QString Server::fixedAddress() const
{
    return firstAddressOfType(addresses, QLatin1String("fixed"));
}

QString Server::floatingAddress() const
{
    return firstAddressOfType(addresses, QLatin1String("floating"));
}

QDateTime parseOpenStackTime(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    // Keep at most milliseconds of a fractional part: Qt's ISO parser wants 0-3 digits.
    const int dot = text.indexOf(QLatin1Char('.'), 10);
    if (dot > 0) {
        int end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        text = text.left(qMin(end, dot + 4)) + text.mid(end);
    }
    const bool hasZone = text.endsWith(QLatin1Char('Z')) || text.indexOf(QLatin1Char('+'), 10) > 0
        || text.indexOf(QLatin1Char('-'), 11) > 0;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (!hasZone)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QString formatOpenStackTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}
