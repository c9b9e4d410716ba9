#pragma once

#include "cloud/cloudtypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/**
 * How a desktop's Nova state is shown: one of a few display states, each with a translated
 * label, a colour and an icon, so that state never rests on colour alone. Pure; no widgets.
 */
class DesktopState
{
    Q_DECLARE_TR_FUNCTIONS(DesktopState)

public:
    enum Kind {
        Creating,
        Active,
        Suspended,
        Paused,
        Shutoff,
        Shelved,
        Busy,   // a Nova task is running (suspending, rebooting, ...) or a Phoenix task is on it
        Error,
        Deleted,
        Unknown
    };

    // The display state of a server: its status, refined by OS-EXT-STS:task_state.
    static Kind kindOf(const Server &server);
    // "Running", "Suspended", "Suspending…" (task_state wins while it is set), translated.
    static QString text(const Server &server);
    static QString kindText(Kind kind);
    // Translated text for a Nova task_state ("suspending" → "Suspending…"); empty if unknown.
    static QString taskStateText(const QString &taskState);
    static QColor color(Kind kind);
    // Resource path of the state's icon (":/icons/state-*.svg").
    static QString iconPath(Kind kind);
    // Order used when sorting by state: problems first, then running, then the rest.
    static int sortRank(Kind kind);
};
