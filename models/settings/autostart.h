#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * The teacher's tray at log-in (issue 14): on Linux an XDG autostart entry
 * ($XDG_CONFIG_HOME/autostart/org.phoenix.PhoenixTray.desktop) that runs `phoenix --tray`; on
 * Windows the current user's Run key. Settings turns it on and off.
 */
namespace Autostart
{
/** The autostart entry's text for the given program (its absolute path). */
QString desktopEntry(const QString &program);
/** The application's own desktop entry: registers the phoenix:// URL scheme. */
QString applicationEntry(const QString &program);
/** Where the autostart entry lives on this system (Linux). */
QString entryPath();
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
