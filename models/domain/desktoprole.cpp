#include "models/domain/desktoprole.h"

#include <QCoreApplication>

QList<DesktopRole> DesktopRoles::all()
{
    return {DesktopRole::Teacher, DesktopRole::Student};
}

QString DesktopRoles::key(DesktopRole role)
{
    return role == DesktopRole::Teacher ? QStringLiteral("teacher") : QStringLiteral("student");
}

std::optional<DesktopRole> DesktopRoles::fromKey(const QString &key)
{
    for (DesktopRole role : all()) {
        if (key == DesktopRoles::key(role))
            return role;
    }
    return std::nullopt;
}

std::optional<DesktopRole> DesktopRoles::of(const Server &server)
{
    return fromKey(server.meta(PhoenixMeta::Role));
}

QString DesktopRoles::desktopName(DesktopRole role)
{
    return role == DesktopRole::Teacher ? QCoreApplication::translate("DesktopRoles", "Teacher desktop")
                                        : QCoreApplication::translate("DesktopRoles", "Student desktop");
}

QString DesktopRoles::desktopsName(DesktopRole role)
{
    return role == DesktopRole::Teacher ? QCoreApplication::translate("DesktopRoles", "Teacher desktops")
                                        : QCoreApplication::translate("DesktopRoles", "Student desktops");
}
