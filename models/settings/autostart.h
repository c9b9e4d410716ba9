#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * The teacher's tray at log-in (issue 14): on Linux an XDG autostart entry
 * ($XDG_CONFIG_HOME/autostart/org.phoenix.PhoenixTray.desktop) that runs `phoenix --tray`; on
 * Windows the current user's Run key. Settings turns it on and off.
 *
 * The package installs the same entry, disabled (Hidden=true), in $XDG_CONFIG_DIRS/autostart
 * (/etc/xdg/autostart, issue 17). As the XDG autostart rules say, a user's file of that name
 * replaces the system's: Settings writes an enabled one to switch the tray on, and removes it to
 * switch it off — or, when an administrator enabled the system entry for everybody, writes a
 * Hidden=true one.
 */
namespace Autostart
{
/** The autostart entry's text for the given program (its absolute path). */
QString desktopEntry(const QString &program);
/** A user's entry that switches off an enabled system entry. */
QString disablingEntry(const QString &program);
/** Whether an autostart entry's text starts its program: not Hidden, not X-GNOME-Autostart-enabled=false. */
bool entryStarts(const QString &text);
/** The application's own desktop entry: registers the phoenix:// URL scheme. */
QString applicationEntry(const QString &program);
/** Where the user's autostart entry lives on this system (Linux). */
QString entryPath();
/** The entry in force: the user's when there is one, else the first of $XDG_CONFIG_DIRS; empty: none. */
QString effectiveEntryPath();
bool isEnabled();
/** Writes or removes the entry; false with *error (plain words) when it cannot. */
bool setEnabled(bool enabled, const QString &program, QString *error = nullptr);
} // namespace Autostart

/** A phoenix:// link from a timetable page or an LMS: phoenix://open[?desktop=NAME]. */
struct PhoenixUrl
{
    QString action;  // "open"
    QString desktop; // empty: the teacher's only / first desktop

    static std::optional<PhoenixUrl> parse(const QString &text);
};
