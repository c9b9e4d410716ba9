#pragma once

#include "cloud/cloudtypes.h"

#include <QList>
#include <QString>

#include <optional>

/** Whom a Phoenix desktop is for, as its metadata `phoenix:role` says. */
enum class DesktopRole {
    Teacher,
    Student
};

/**
 * The role's metadata value ("teacher", "student"), parsed in one place, and its translated
 * names. A server whose `phoenix:role` is missing or another word has no role.
 */
namespace DesktopRoles
{
QList<DesktopRole> all();
QString key(DesktopRole role);                            // the metadata value: "teacher"
std::optional<DesktopRole> fromKey(const QString &key);   // "teacher" → Teacher; else nullopt
std::optional<DesktopRole> of(const Server &server);      // from the server's phoenix:role
QString desktopName(DesktopRole role);                    // translated: "Teacher desktop"
QString desktopsName(DesktopRole role);                   // translated: "Teacher desktops"
} // namespace DesktopRoles
