#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>

class CtlRunner;

/**
 * phoenixctl's Keystone user management for rosters (issue 13, Users): `users list [--course C]`
 * (the roster members and teachers with their Keystone state), `users create-missing COURSE
 * --passwords-csv FILE`, `users disable|enable USER...` and `users reset-password USER...
 * --passwords-csv FILE`. Generated passwords go only to FILE (new, mode 0600); every change is
 * in the audit log, without passwords. When Keystone does not let the account manage users the
 * commands say so (the list still shows the names).
 */
class CtlUsers
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QList<CtlSubcommand> commands();
    static void run(CtlRunner *runner);
};
