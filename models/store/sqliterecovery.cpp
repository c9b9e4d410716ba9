#include "models/store/sqliterecovery.h"

#include "models/store/storeutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace
{
bool isDamageCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == 11 || code == 26)) // SQLITE_CORRUPT, SQLITE_NOTADB
        return true;
    const QString text = e.databaseText().toLower();
    return text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database"));
}

QStringList columnsOf(QSqlDatabase &db, const QString &table, bool *ok)
{
    QStringList columns;
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    while (*ok && q.next())
        columns << q.value(1).toString();
    if (q.lastError().type() != QSqlError::NoError)
        *ok = false;
    return columns;
}

QString tableLabel(const QString &table, int n)
{
    if (table == QLatin1String("tasks"))
        return SqliteRecovery::tr("tasks: %1").arg(n);
    if (table == QLatin1String("batches"))
        return SqliteRecovery::tr("batches: %1").arg(n);
    if (table == QLatin1String("stage_results"))
        return SqliteRecovery::tr("stage results: %1").arg(n);
    if (table == QLatin1String("audit_log"))
        return SqliteRecovery::tr("audit log entries: %1").arg(n);
    if (table == QLatin1String("courses"))
        return SqliteRecovery::tr("courses: %1").arg(n);
    if (table == QLatin1String("course_members"))
        return SqliteRecovery::tr("course members: %1").arg(n);
    if (table == QLatin1String("lessons"))
        return SqliteRecovery::tr("lessons: %1").arg(n);
    if (table == QLatin1String("lesson_changes"))
        return SqliteRecovery::tr("lesson changes: %1").arg(n);
    if (table == QLatin1String("classrooms"))
        return SqliteRecovery::tr("classrooms: %1").arg(n);
    if (table == QLatin1String("periods"))
        return SqliteRecovery::tr("periods: %1").arg(n);
    if (table == QLatin1String("school_terms"))
        return SqliteRecovery::tr("terms: %1").arg(n);
    if (table == QLatin1String("holidays"))
        return SqliteRecovery::tr("holidays: %1").arg(n);
    if (table == QLatin1String("makeup_days"))
        return SqliteRecovery::tr("make-up days: %1").arg(n);
    if (table == QLatin1String("scheduler_tasks"))
        return SqliteRecovery::tr("scheduler records: %1").arg(n);
    return QStringLiteral("%1: %2").arg(table).arg(n);
}

QString tableUnknownLoss(const QString &table)
{
    if (table == QLatin1String("tasks"))
        return SqliteRecovery::tr("some tasks");
    if (table == QLatin1String("batches"))
        return SqliteRecovery::tr("some batches");
    if (table == QLatin1String("stage_results"))
        return SqliteRecovery::tr("some stage results");
    if (table == QLatin1String("audit_log"))
        return SqliteRecovery::tr("some audit log entries");
    if (table == QLatin1String("courses"))
        return SqliteRecovery::tr("some courses");
    if (table == QLatin1String("course_members"))
        return SqliteRecovery::tr("some course members");
    if (table == QLatin1String("lessons"))
        return SqliteRecovery::tr("some lessons");
    if (table == QLatin1String("lesson_changes"))
        return SqliteRecovery::tr("some lesson changes");
    if (table == QLatin1String("classrooms"))
        return SqliteRecovery::tr("some classrooms");
    if (table == QLatin1String("periods"))
        return SqliteRecovery::tr("some periods");
    if (table == QLatin1String("school_terms"))
        return SqliteRecovery::tr("some terms");
    if (table == QLatin1String("holidays"))
        return SqliteRecovery::tr("some holidays");
    if (table == QLatin1String("makeup_days"))
        return SqliteRecovery::tr("some make-up days");
    if (table == QLatin1String("scheduler_tasks"))
        return SqliteRecovery::tr("some scheduler records");
    return table;
}

// Copies the readable rows of one table. Reads in rowid order; when SQLite hits a damaged page it
// skips ahead (doubling the gap) and goes on reading behind it.
void salvageTable(QSqlDatabase &src, QSqlDatabase &target, const QString &table, RecoveryReport::Table *out)
{
    bool ok = false;
    const QStringList srcColumns = columnsOf(src, table, &ok);
    if (!ok) {
        out->incomplete = true;
        out->lost = -1;
        return;
    }
    const QStringList targetColumns = columnsOf(target, table, &ok);
    QStringList columns;
    for (const QString &c : srcColumns) {
        if (targetColumns.contains(c))
            columns << c;
    }
    if (columns.isEmpty()) {
        out->incomplete = true;
        out->lost = -1;
        return;
    }

    qint64 expected = -1;
    {
        QSqlQuery count(src);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && count.next())
            expected = count.value(0).toLongLong();
    }

    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(target);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
                       .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    QSqlQuery(target).exec(QStringLiteral("BEGIN IMMEDIATE"));

    const QString select = QStringLiteral("SELECT rowid, %1 FROM \"%2\" WHERE rowid > ? ORDER BY rowid")
                               .arg(columns.join(QLatin1Char(',')), table);
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 gap = 1;
    int failures = 0;
    int insertFailures = 0;
    while (failures < 200) {
        QSqlQuery read(src);
        read.setForwardOnly(true);
        bool clean = read.prepare(select);
        if (clean) {
            read.bindValue(0, from);
            clean = read.exec();
        }
        while (clean && read.next()) {
            from = read.value(0).toLongLong();
            gap = 1;
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i + 1));
            if (insert.exec() && insert.numRowsAffected() > 0)
                ++out->saved;
            else if (insert.lastError().type() != QSqlError::NoError)
                ++insertFailures;
        }
        if (clean && read.lastError().type() == QSqlError::NoError)
            break; // read to the end
        out->incomplete = true;
        ++failures;
        if (from == std::numeric_limits<qint64>::min())
            from = 0;
        if (from > std::numeric_limits<qint64>::max() - gap)
            break;
        from += gap;
        gap *= 2;
    }
    QSqlQuery(target).exec(QStringLiteral("COMMIT"));

    if (insertFailures > 0)
        out->incomplete = true;
    if (!out->incomplete)
        out->lost = expected >= 0 ? int(qMax<qint64>(0, expected - out->saved)) : 0;
    else
        out->lost = (expected > out->saved) ? int(expected - out->saved) : -1;
}
} // namespace

SqliteRecovery::Health SqliteRecovery::check(QSqlDatabase &db, QString *detail)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().databaseText();
        return isDamageCode(q.lastError()) ? Health::Damaged : Health::Failed;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().type() != QSqlError::NoError) {
        *detail = q.lastError().databaseText();
        return isDamageCode(q.lastError()) ? Health::Damaged : Health::Failed;
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return Health::Sound;
    *detail = problems.isEmpty() ? QStringLiteral("integrity check failed") : problems.mid(0, 3).join(QStringLiteral("; "));
    return Health::Damaged;
}

SqliteRecovery::Health SqliteRecovery::checkFile(const QString &path, QString *detail)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Health::Sound;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *detail = tr("the file cannot be read: %1").arg(file.errorString());
            return Health::Damaged;
        }
    }
    Health health = Health::Sound;
    const QString name = QStringLiteral("phoenix-check-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            *detail = db.lastError().databaseText();
            health = isDamageCode(db.lastError()) ? Health::Damaged : Health::Failed;
        } else {
            health = check(db, detail);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return health;
}

Result<QString> SqliteRecovery::moveAside(const QString &path, const QDateTime &now)
{
    const QString stem = path + QStringLiteral(".corrupt-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target) && n < 1000; ++n)
        target = stem + QLatin1Char('-') + QString::number(n);
    if (QFileInfo::exists(path) && !QFile::rename(path, target)) {
        return CloudError::local(tr("The Phoenix database %1 is damaged and could not be moved aside. Move or "
                                    "rename it yourself (nothing has been deleted), then start Phoenix again.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (!QFileInfo::exists(side))
            continue;
        if (!QFile::rename(side, target + QLatin1String(suffix))) {
            // A stale side file must not meet the new database.
            qCWarning(lcStore) << "could not move" << side << "aside; removing it";
            QFile::remove(side);
        }
    }
    qCWarning(lcStore) << "moved the damaged database" << path << "to" << target;
    return target;
}

QStringList SqliteRecovery::salvageTables()
{
    // The journal, the audit log and the school timetable (schema 4: a whole term of lessons,
    // rosters and calendar typed in by hand; the scheduler's record of its tasks, from which lead
    // times are learned). Caches and the scheduler's leader row are rebuilt from the cloud.
    return {QStringLiteral("batches"), QStringLiteral("tasks"), QStringLiteral("stage_results"),
            QStringLiteral("audit_log"), QStringLiteral("courses"), QStringLiteral("course_members"),
            QStringLiteral("lessons"), QStringLiteral("lesson_changes"), QStringLiteral("classrooms"),
            QStringLiteral("periods"), QStringLiteral("school_terms"), QStringLiteral("holidays"),
            QStringLiteral("makeup_days"), QStringLiteral("scheduler_tasks")};
}

void SqliteRecovery::salvage(const QString &damagedPath, QSqlDatabase &target, RecoveryReport *report)
{
    report->tables.clear();
    const QString name = QStringLiteral("phoenix-salvage-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase src = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        src.setDatabaseName(damagedPath);
        src.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSet<QString> present;
        bool schemaReadable = QFileInfo(damagedPath).isReadable() && src.open();
        if (schemaReadable) {
            QSqlQuery q(src);
            schemaReadable = q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            while (schemaReadable && q.next())
                present.insert(q.value(0).toString());
            if (q.lastError().type() != QSqlError::NoError) {
                qCWarning(lcStore).noquote() << "salvage: schema unreadable:" << q.lastError().text();
                schemaReadable = false;
            }
        }
        QSqlQuery(target).exec(QStringLiteral("PRAGMA foreign_keys = OFF")); // keep rows whose parent is lost
        for (const QString &table : salvageTables()) {
            RecoveryReport::Table t;
            t.name = table;
            if (!schemaReadable) {
                t.incomplete = true;
                t.lost = -1;
            } else if (present.contains(table)) {
                salvageTable(src, target, table, &t);
            }
            qCInfo(lcStore) << "salvage" << table << "saved" << t.saved << "lost" << t.lost
                            << (t.incomplete ? "(incomplete)" : "");
            report->tables << t;
        }
        QSqlQuery(target).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        src.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString SqliteRecovery::notice(const RecoveryReport &report)
{
    if (!report.happened)
        return {};
    QStringList parts;
    parts << tr("Phoenix's local database could not be read (%1), so it was set aside and a new one was "
                "created. The damaged file is kept as %2.")
                 .arg(report.reason, QDir::toNativeSeparators(report.damagedPath));

    QStringList saved;
    QStringList lost;
    bool unreadable = false;
    for (const RecoveryReport::Table &t : report.tables) {
        if (t.saved > 0)
            saved << tableLabel(t.name, t.saved);
        if (t.lost > 0)
            lost << tableLabel(t.name, t.lost);
        else if (t.lost < 0 || t.incomplete)
            lost << tableUnknownLoss(t.name);
        unreadable = unreadable || (t.incomplete && t.saved == 0);
    }
    if (!saved.isEmpty())
        parts << tr("Recovered from it: %1.").arg(saved.join(QStringLiteral(", ")));
    if (!lost.isEmpty())
        parts << tr("Could not be recovered: %1.").arg(lost.join(QStringLiteral(", ")));
    if (saved.isEmpty() && lost.isEmpty())
        parts << tr("It held no task journal, audit log or course entries, so nothing was lost.");
    else if (saved.isEmpty() && unreadable)
        parts << tr("Nothing could be read from it; it is kept so that it can be examined.");
    parts << tr("The cached cloud inventory will be fetched again.");
    return parts.join(QLatin1Char(' '));
}
