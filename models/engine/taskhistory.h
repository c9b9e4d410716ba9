#pragma once

#include "models/domain/tasktypes.h"

class Database;

/** Past tasks of one cloud scope from the task journal, as engine snapshots (for the task console). */
class TaskHistory
{
public:
    /** Newest first, at most `limit`, each with its stage history. Blocks: call it on a worker thread. */
    static QList<TaskSnapshot> load(Database *database, const QString &scope, int limit = 500);
};
