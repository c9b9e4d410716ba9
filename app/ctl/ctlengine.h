#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudsession.h"
#include "models/engine/taskengine.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class AppSettings;
class Database;
class Inventory;
class InventoryCache;
class StoreJournal;
class TaskJournal;

/**
 * phoenixctl's composition of the task machinery, the same parts the window uses: the Phoenix
 * database, the Inventory (with the database cache) that every waiting task reads, the
 * StoreJournal (journal + audit log, scoped to this cloud and project) and the TaskEngine.
 * Wiring only. The database alone is enough for the commands that only read the journal.
 */
class CtlEngine
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    explicit CtlEngine(CloudSessionPtr session);
    ~CtlEngine();

    // url: --db (sqlite:FILE, a plain file path, postgresql://...); empty: the settings' database.
    // PostgreSQL takes its password from PGPASSWORD. A translated error when it cannot be opened.
    CloudError openDatabase(const QString &url, const AppSettings &settings);
    // After openDatabase(): the inventory (polling from now on), the journal and the engine.
    // listing: every server of the project, fetched just now (the names were resolved against it);
    // the inventory starts from it instead of the cache and a listing of its own.
    void startEngine(const EngineSettings &engineSettings, const AppSettings &settings,
                     const std::optional<QList<Server>> &listing = std::nullopt);

    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] Database *database() const { return m_database.get(); }
    [[nodiscard]] TaskJournal *records() const { return m_records.get(); }
    [[nodiscard]] StoreJournal *journal() const { return m_journal.get(); }
    [[nodiscard]] Inventory *inventory() const { return m_inventory.get(); }
    [[nodiscard]] TaskEngine *engine() const { return m_engine.get(); }

    // --db as Database::open() wants it: a bare path becomes "sqlite:PATH".
    static QString databaseUrl(const QString &option, const AppSettings &settings);

private:
    CloudSessionPtr m_session;
    QString m_scope;
    // Destroyed bottom-up: the engine's workers stop before what they use goes away.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InventoryCache> m_cache;
    std::unique_ptr<TaskJournal> m_records;
    std::unique_ptr<StoreJournal> m_journal;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<TaskEngine> m_engine;
};
