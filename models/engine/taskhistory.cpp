#include "models/engine/taskhistory.h"

#include "models/engine/storejournal.h"
#include "models/store/taskjournal.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHistory, "phoenix.models.history")

QList<TaskSnapshot> TaskHistory::load(Database *database, const QString &scope, int limit)
{
    TaskJournal journal(database);
    TaskFilter filter;
    filter.scope = scope;
    filter.limit = limit;
    filter.newestFirst = true;
    const Result<QList<TaskRecord>> records = journal.tasks(filter);
    if (!records) {
        qCWarning(lcHistory) << "could not read the task history:" << records.error().detail();
        return {};
    }
    QList<TaskSnapshot> out;
    out.reserve(records.value().size());
    for (const TaskRecord &r : records.value()) {
        const Result<QList<StageResult>> stages = journal.stageResults(r.id);
        out << StoreJournal::fromRecord(r, stages ? stages.value() : QList<StageResult>());
    }
    return out;
}
