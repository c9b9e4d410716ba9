#pragma once

#include <QCoreApplication>

class CtlArgs;
struct CtlCommand;

class CtlRunner;

/**
 * `phoenixctl desktops create`: names from a template (models/desktopnaming), image, flavor and
 * network by name or ID, Phoenix metadata, then one batch of Create tasks. A desktop whose
 * generated name exists already is skipped ("skipped: exists"), never made twice; --dry-run
 * prints the plan and creates nothing.
 */
class CtlCreate
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    // Reads create's options (the table's reader for "desktops create"); a usage error or empty.
    static QString read(const CtlArgs &args, CtlCommand &command);
    static void run(CtlRunner *runner);
};
