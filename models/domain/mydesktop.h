#pragma once

#include "cloud/cloudtypes.h"
#include "models/domain/tasktypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/** How a teacher's own desktop looks from the tray (issue 14). */
enum class MyDesktopState {
    None,      // signed in, but no desktop of theirs
    Ready,     // ACTIVE
    Starting,  // an "Open my desktop" task runs, or Nova is in a transition
    Suspended, // SUSPENDED, SHUTOFF, SHELVED(_OFFLOADED), PAUSED: one click brings it back
    Failed,    // ERROR, or the latest "Open my desktop" failed
    Offline    // not signed in / the cloud cannot be reached
};

/**
 * The rules of "my desktop": which desktops are the signed-in user's (`phoenix:owner` is their
 * Keystone user name or id), what state the tray shows, what the menu enables, and how long
 * opening usually takes (learned from the journal). Pure functions, table-tested.
 */
class MyDesktop
{
    Q_DECLARE_TR_FUNCTIONS(MyDesktop)

public:
    /** The user's own desktops (owner = user name or id; deleted ones left out), sorted by name. */
    static QList<Server> owned(const QList<Server> &servers, const QString &userName, const QString &userId);
    /** One desktop's state; openTask = the latest OpenDesktop task of it, if any. */
    static MyDesktopState stateOf(const Server &server, const std::optional<TaskSnapshot> &openTask = std::nullopt);
    /** The tray icon's state for several desktops: the one that needs attention most
     *  (Starting, then Failed, then Ready, then Suspended). */
    static MyDesktopState combined(const QList<MyDesktopState> &states);

    /** "Open my desktop" makes sense (not already running a task, not ACTIVE-and-nothing-to-do is fine too). */
    static bool canOpen(MyDesktopState state);
    static bool canSuspend(MyDesktopState state);
    static bool canRestart(MyDesktopState state);

    static QString stateKey(MyDesktopState state);  // "ready", stable, for --json
    static QString stateText(MyDesktopState state); // translated: "Ready", "Suspended"…
    /** The tooltip: "Phoenix — lab-t1: Ready (203.0.113.12)". */
    static QString toolTip(MyDesktopState state, const QString &desktopName, const QString &address,
                           const QString &progress = {});

    /** Seconds "Open my desktop" usually takes: the median of the last (up to 10) successful
     *  OpenDesktop tasks of the journal, from their first stage's start to their last stage's end;
     *  nullopt without any. */
    static std::optional<int> expectedSeconds(const QList<TaskSnapshot> &history);
    /** "usually 40 s" / "usually 2 min" (translated); empty without a figure. */
    static QString expectedText(std::optional<int> seconds);
    /** The progress line: "Waiting for ACTIVE (step 2 of 4, usually 40 s)". */
    static QString progressText(const TaskSnapshot &task, std::optional<int> expected);
};
