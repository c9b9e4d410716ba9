#include "cloud/cloudtypes.h"

#include <QHostAddress>

namespace
{
// Only a well-formed IP address (canonical text) leaves here: these end up on the remote-desktop
// client's command line, and a server's addresses may come from a cache file as well as from Nova.
QString ipText(const QString &text)
{
    return isPlainIpAddress(text) ? QHostAddress(text).toString() : QString();
}

QString firstAddressOfType(const QList<ServerAddress> &addresses, QLatin1String type)
{
    for (const ServerAddress &a : addresses) {
        if (a.type == type && a.version == 4 && !ipText(a.address).isEmpty())
            return ipText(a.address);
    }
    for (const ServerAddress &a : addresses) {
        if (a.type == type && !ipText(a.address).isEmpty())
            return ipText(a.address);
    }
    return {};
}
} // namespace

bool isPlainIpAddress(const QString &text)
{
    // QHostAddress forgives surrounding blanks and takes a "%scope" suffix of any text: allow
    // neither, only what an address is made of.
    if (text.isEmpty() || text.size() > 45)
        return false;
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
              || c == QLatin1Char('.') || c == QLatin1Char(':')))
            return false;
    }
    const QHostAddress address(text);
    return address.protocol() == QAbstractSocket::IPv4Protocol || address.protocol() == QAbstractSocket::IPv6Protocol;
}

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
