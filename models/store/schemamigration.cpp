#include "models/store/schemamigration.h"

#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace
{
QString s(const char *sql)
{
    return QString::fromLatin1(sql);
}

// Version 1: inventory cache, task journal, audit log.
QList<SchemaMigration::Step> buildSteps()
{
    QList<SchemaMigration::Step> steps;

    steps.append({1, "inventory cache, task journal, audit log", {
        // --- inventory cache: every row belongs to one cloud identity (scope) ---
        s("CREATE TABLE cache_state ("
          " scope TEXT NOT NULL, kind TEXT NOT NULL, fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, kind))"),
        s("CREATE TABLE servers ("
          " scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT, task_state TEXT, vm_state TEXT,"
          " power_state INTEGER NOT NULL DEFAULT 0, image_id TEXT, flavor_id TEXT, flavor_name TEXT,"
          " user_id TEXT, project_id TEXT, key_name TEXT,"
          " created_at BIGINT, updated_at BIGINT, launched_at BIGINT,"
          " metadata TEXT, tags TEXT, addresses TEXT, fault_message TEXT,"
          " progress INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0,"
          " phoenix_owner TEXT, phoenix_course TEXT, phoenix_role TEXT,"
          " fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, id))"),
        s("CREATE INDEX servers_owner ON servers (scope, phoenix_owner)"),
        s("CREATE INDEX servers_course ON servers (scope, phoenix_course)"),
        s("CREATE TABLE images ("
          " scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT, visibility TEXT,"
          " disk_format TEXT, container_format TEXT, owner_id TEXT, os_type TEXT,"
          " size_bytes BIGINT NOT NULL DEFAULT 0, min_disk_gb INTEGER NOT NULL DEFAULT 0,"
          " min_ram_mb INTEGER NOT NULL DEFAULT 0, is_protected INTEGER NOT NULL DEFAULT 0,"
          " created_at BIGINT, updated_at BIGINT, tags TEXT, properties TEXT,"
          " fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, id))"),
        s("CREATE TABLE flavors ("
          " scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT,"
          " vcpus INTEGER NOT NULL DEFAULT 0, ram_mb INTEGER NOT NULL DEFAULT 0,"
          " disk_gb INTEGER NOT NULL DEFAULT 0, ephemeral_gb INTEGER NOT NULL DEFAULT 0,"
          " is_public INTEGER NOT NULL DEFAULT 1, description TEXT,"
          " fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, id))"),
        s("CREATE TABLE networks ("
          " scope TEXT NOT NULL, id TEXT NOT NULL, name TEXT, status TEXT, project_id TEXT,"
          " is_external INTEGER NOT NULL DEFAULT 0, is_shared INTEGER NOT NULL DEFAULT 0,"
          " admin_state_up INTEGER NOT NULL DEFAULT 1, mtu INTEGER NOT NULL DEFAULT 0, subnet_ids TEXT,"
          " fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, id))"),
        s("CREATE TABLE floating_ips ("
          " scope TEXT NOT NULL, id TEXT NOT NULL, floating_ip_address TEXT, fixed_ip_address TEXT,"
          " port_id TEXT, floating_network_id TEXT, router_id TEXT, status TEXT, project_id TEXT,"
          " description TEXT,"
          " fetched_at BIGINT NOT NULL,"
          " PRIMARY KEY (scope, id))"),
        s("CREATE TABLE compute_limits ("
          " scope TEXT NOT NULL PRIMARY KEY,"
          " max_instances INTEGER NOT NULL, used_instances INTEGER NOT NULL,"
          " max_cores INTEGER NOT NULL, used_cores INTEGER NOT NULL,"
          " max_ram_mb INTEGER NOT NULL, used_ram_mb INTEGER NOT NULL,"
          " max_keypairs INTEGER NOT NULL, max_server_groups INTEGER NOT NULL,"
          " fetched_at BIGINT NOT NULL)"),

        // --- task journal: no foreign keys on purpose, a journal row must never be refused ---
        s("CREATE TABLE batches ("
          " id TEXT NOT NULL PRIMARY KEY, kind TEXT NOT NULL, title TEXT, created_at BIGINT NOT NULL,"
          " created_by TEXT, scope TEXT)"),
        s("CREATE INDEX batches_created ON batches (created_at)"),
        s("CREATE TABLE tasks ("
          " id TEXT NOT NULL PRIMARY KEY, batch_id TEXT, scope TEXT, kind TEXT NOT NULL,"
          " target_id TEXT, target_name TEXT, params TEXT, state TEXT NOT NULL,"
          " stage_index INTEGER NOT NULL DEFAULT 0, attempt INTEGER NOT NULL DEFAULT 0,"
          " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, finished_at BIGINT,"
          " error TEXT, request_id TEXT, user_name TEXT)"),
        s("CREATE INDEX tasks_batch ON tasks (batch_id, created_at)"),
        s("CREATE INDEX tasks_state ON tasks (state)"),
        s("CREATE INDEX tasks_updated ON tasks (updated_at)"),
        s("CREATE TABLE stage_results ("
          " id {{AUTOID}}, task_id TEXT NOT NULL, stage_index INTEGER NOT NULL, stage TEXT NOT NULL,"
          " attempt INTEGER NOT NULL DEFAULT 1, started_at BIGINT, finished_at BIGINT,"
          " ok INTEGER NOT NULL DEFAULT 0, warning INTEGER NOT NULL DEFAULT 0,"
          " error TEXT, request_id TEXT, detail TEXT)"),
        s("CREATE INDEX stage_results_task ON stage_results (task_id, id)"),

        // --- audit log ---
        s("CREATE TABLE audit_log ("
          " id {{AUTOID}}, at BIGINT NOT NULL, user_name TEXT, project TEXT, action TEXT NOT NULL,"
          " target_id TEXT, target_name TEXT, result TEXT, request_id TEXT, detail TEXT,"
          " batch_id TEXT, task_id TEXT)"),
        s("CREATE INDEX audit_log_at ON audit_log (at)"),
        s("CREATE INDEX audit_log_user ON audit_log (user_name, at)"),
        s("CREATE INDEX audit_log_target ON audit_log (target_id)"),
    }});

    // Version 2: courses, rosters and lessons (filled by the courses/timetable features).
    steps.append({2, "courses, course members, lessons", {
        s("CREATE TABLE courses ("
          " id TEXT NOT NULL PRIMARY KEY, code TEXT, name TEXT NOT NULL, teacher TEXT, term TEXT,"
          " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        s("CREATE TABLE course_members ("
          " course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,"
          " user_name TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'student', seat TEXT,"
          " PRIMARY KEY (course_id, user_name))"),
        s("CREATE TABLE lessons ("
          " id TEXT NOT NULL PRIMARY KEY,"
          " course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,"
          " starts_at BIGINT NOT NULL, ends_at BIGINT NOT NULL, classroom TEXT,"
          " CHECK (ends_at > starts_at))"),
        s("CREATE INDEX lessons_course ON lessons (course_id, starts_at)"),
        s("CREATE INDEX lessons_starts ON lessons (starts_at)"),
    }});
    // Version 3: leases, so that one process runs a task at a time — across the processes of one
    // computer (window, phoenixctl) and the workstations that share a PostgreSQL journal.
    steps.append({3, "task leases", {
        s("ALTER TABLE tasks ADD COLUMN runner TEXT"),
        s("ALTER TABLE tasks ADD COLUMN lease_until BIGINT"),
    }});
    // Version 4: the school timetable (issue 12): course details, classrooms, periods, recurring
    // lessons and their per-occurrence changes, the school calendar, the scheduler's leader row and
    // what the scheduler submitted (for learning lead times from the journal).
    steps.append({4, "courses, classrooms, periods, calendar, scheduler", {
        s("ALTER TABLE courses ADD COLUMN scope TEXT NOT NULL DEFAULT ''"),
        s("ALTER TABLE courses ADD COLUMN starts_on TEXT"),
        s("ALTER TABLE courses ADD COLUMN ends_on TEXT"),
        s("ALTER TABLE courses ADD COLUMN capacity INTEGER NOT NULL DEFAULT 0"),
        s("ALTER TABLE courses ADD COLUMN image TEXT"),
        s("ALTER TABLE courses ADD COLUMN flavor TEXT"),
        s("ALTER TABLE courses ADD COLUMN network TEXT"),
        s("ALTER TABLE courses ADD COLUMN protocol TEXT"),
        s("ALTER TABLE courses ADD COLUMN name_template TEXT"),
        s("ALTER TABLE courses ADD COLUMN end_policy TEXT NOT NULL DEFAULT 'suspend'"),
        s("ALTER TABLE courses ADD COLUMN classroom TEXT"),
        s("ALTER TABLE courses ADD COLUMN grace_minutes INTEGER NOT NULL DEFAULT 5"),
        s("CREATE UNIQUE INDEX courses_scope_code ON courses (scope, code)"),
        s("ALTER TABLE lessons ADD COLUMN recurrence TEXT NOT NULL DEFAULT 'once'"),
        s("ALTER TABLE lessons ADD COLUMN until_date TEXT"),
        s("ALTER TABLE lessons ADD COLUMN start_period TEXT"),
        s("ALTER TABLE lessons ADD COLUMN end_period TEXT"),
        s("ALTER TABLE lessons ADD COLUMN manual INTEGER NOT NULL DEFAULT 0"),
        s("ALTER TABLE lessons ADD COLUMN created_by TEXT"),
        s("CREATE TABLE lesson_changes ("
          " lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,"
          " occurrence_start BIGINT NOT NULL, ends_at BIGINT, cancelled INTEGER NOT NULL DEFAULT 0,"
          " stopped INTEGER NOT NULL DEFAULT 0, extra_desktops INTEGER NOT NULL DEFAULT 0,"
          " changed_by TEXT, changed_at BIGINT,"
          " PRIMARY KEY (lesson_id, occurrence_start))"),
        s("CREATE TABLE classrooms ("
          " scope TEXT NOT NULL, name TEXT NOT NULL, seats INTEGER NOT NULL DEFAULT 0,"
          " PRIMARY KEY (scope, name))"),
        s("CREATE TABLE periods ("
          " scope TEXT NOT NULL, name TEXT NOT NULL, starts TEXT NOT NULL, ends TEXT NOT NULL,"
          " PRIMARY KEY (scope, name))"),
        s("CREATE TABLE school_terms ("
          " scope TEXT NOT NULL, name TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL,"
          " PRIMARY KEY (scope, name))"),
        s("CREATE TABLE holidays ("
          " scope TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, name TEXT,"
          " PRIMARY KEY (scope, starts_on))"),
        s("CREATE TABLE makeup_days ("
          " scope TEXT NOT NULL, day TEXT NOT NULL, as_weekday INTEGER NOT NULL, name TEXT,"
          " PRIMARY KEY (scope, day))"),
        s("CREATE TABLE scheduler_leader ("
          " scope TEXT NOT NULL PRIMARY KEY, holder TEXT NOT NULL, lease_until BIGINT NOT NULL,"
          " taken_at BIGINT NOT NULL)"),
        s("CREATE TABLE scheduler_tasks ("
          " task_id TEXT NOT NULL PRIMARY KEY, scope TEXT NOT NULL, course TEXT, kind TEXT NOT NULL,"
          " image TEXT, flavor TEXT, why TEXT, lesson_start BIGINT, submitted_at BIGINT NOT NULL)"),
        s("CREATE INDEX scheduler_tasks_scope ON scheduler_tasks (scope, submitted_at)"),
    }});
    // Version 5: classroom seating plans (issue 13): the grid of seats (rows x columns, the aisles
    // after some columns, cells without a seat). Its own table, so that saving a classroom's seat
    // count never touches it. Seats are numbered row by row from the front, left to right.
    steps.append({5, "classroom seating plans", {
        s("CREATE TABLE classroom_layouts ("
          " scope TEXT NOT NULL, classroom TEXT NOT NULL, seat_rows INTEGER NOT NULL DEFAULT 0,"
          " seat_columns INTEGER NOT NULL DEFAULT 0, aisles TEXT, no_seat TEXT, updated_at BIGINT,"
          " PRIMARY KEY (scope, classroom))"),
    }});
    return steps;
}

CloudError sqlFailure(const QSqlError &error, SchemaMigration::Dialect dialect)
{
    return Database::describeError(error, SchemaMigration::tr("Could not update the structure of the Phoenix database."),
                                   dialect == SchemaMigration::Dialect::SQLite ? Database::Backend::SQLite
                                                                               : Database::Backend::PostgreSQL);
}

bool run(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError();
        qCWarning(lcStore).noquote() << "schema statement failed:" << sql.left(120) << "→" << error->text();
        return false;
    }
    return true;
}

Result<int> readVersion(QSqlDatabase &db, SchemaMigration::Dialect dialect)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")))
        return sqlFailure(q.lastError(), dialect);
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

const QList<SchemaMigration::Step> &SchemaMigration::steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int SchemaMigration::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().constLast().version;
}

QStringList SchemaMigration::statementsFor(const Step &step, Dialect dialect)
{
    const QString autoId = dialect == Dialect::SQLite
        ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
        : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    QStringList out;
    out.reserve(step.statements.size());
    for (QString sql : step.statements)
        out << sql.replace(QLatin1String("{{AUTOID}}"), autoId);
    return out;
}

Result<int> SchemaMigration::currentVersion(QSqlDatabase &db)
{
    const Dialect dialect = db.driverName() == QLatin1String("QSQLITE") ? Dialect::SQLite : Dialect::PostgreSQL;
    // Not QSqlDatabase::tables(): QPSQL qualifies names outside "public", and we honour search_path.
    QSqlQuery q(db);
    const bool ok = q.exec(dialect == Dialect::SQLite
                               ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                                " AND name = 'schema_version'")
                               : QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') IS NULL"
                                                " THEN 0 ELSE 1 END"));
    if (!ok || !q.next())
        return sqlFailure(q.lastError(), dialect);
    if (q.value(0).toInt() == 0)
        return 0;
    q.finish();
    return readVersion(db, dialect);
}

Result<int> SchemaMigration::migrate(QSqlDatabase &db, Dialect dialect)
{
    QSqlError error;
    // The version table itself is the only thing created outside a step.
    if (!run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                " id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)"), &error))
        return sqlFailure(error, dialect);

    Result<int> before = readVersion(db, dialect);
    if (!before)
        return before.error();
    const int latest = latestVersion();
    if (before.value() > latest) {
        qCWarning(lcStore) << "database schema" << before.value() << "is newer than this build's" << latest;
        return CloudError::local(
            tr("This Phoenix database was written by a newer version of Phoenix (database version %1, this "
               "version understands up to %2). Update Phoenix, or choose another database; nothing was changed.")
                .arg(before.value())
                .arg(latest));
    }

    int applied = 0;
    for (const Step &step : steps()) {
        if (step.version <= before.value())
            continue;
        const QString begin = dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        if (!run(db, begin, &error))
            return sqlFailure(error, dialect);
        auto fail = [&](const QSqlError &e) -> Result<int> {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return sqlFailure(e, dialect);
        };
        // Serialise with other processes migrating the same PostgreSQL database; then re-read, as
        // one of them may have done this step meanwhile.
        if (dialect == Dialect::PostgreSQL
            && !run(db, QStringLiteral("SELECT pg_advisory_xact_lock(7411001)"), &error))
            return fail(error);
        Result<int> now = readVersion(db, dialect);
        if (!now) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return now.error();
        }
        if (now.value() >= step.version) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        for (const QString &sql : statementsFor(step, dialect)) {
            if (!run(db, sql, &error))
                return fail(error);
        }
        const QString setVersion = now.value() == 0
            ? QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, %1)").arg(step.version)
            : QStringLiteral("UPDATE schema_version SET version = %1 WHERE id = 1").arg(step.version);
        if (!run(db, setVersion, &error))
            return fail(error);
        if (!run(db, QStringLiteral("COMMIT"), &error))
            return fail(error);
        qCInfo(lcStore) << "schema migrated to version" << step.version << "-" << step.summary;
        ++applied;
    }
    return applied;
}
