#pragma once

// One task engine wired as the window and phoenixctl wire it — a cloud session, the shared
// inventory poll, a journal in a fresh SQLite database of its own, the engine — for the engine
// tests (tests/integration/tst_engine on the test bed, tests/reliability/tst_engine* on the demo
// cloud). Make one per test function (init/cleanup), so that no test sees what another left.
//
//   EngineFixture f;
//   QVERIFY2(f.start(config, settings), qPrintable(f.error()));
//   const BatchSnapshot b = f.runBatch(TaskKind::Create, specs, 120000);
//   QCOMPARE(f.journaledTasks(b.id).size(), specs.size());

#include "cloud/cloudsession.h"
#include "models/domain/tasktypes.h"
#include "models/engine/taskengine.h"
#include "models/store/taskrecords.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;
class Inventory;
class StoreJournal;

class EngineFixture
{
public:
    EngineFixture();
    ~EngineFixture();

    // Opens the journal database, starts the inventory (waits for its first listing) and makes
    // the engine. With journal = false the engine runs without one. False with error() on failure.
    bool start(const CloudConfig &config, const EngineSettings &settings, bool journal = true, int firstPollTimeoutMs = 30000);
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] TaskEngine *engine() const { return m_engine.get(); }
    [[nodiscard]] Inventory *inventory() const { return m_inventory.get(); }
    [[nodiscard]] Database *database() const { return m_db.get(); }
    [[nodiscard]] StoreJournal *journal() const { return m_journal.get(); }
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }
    [[nodiscard]] QString databaseFile() const;

    // Submits a batch and waits until it has finished (the batchFinished of this batch) or the
    // time is up (then the batch as it stands: check isFinished()).
    BatchSnapshot runBatch(TaskKind kind, const QList<TaskSpec> &specs, int timeoutMs, const QString &title = QStringLiteral("test"));
    // Waits for a batch that was submitted, retried or resumed to finish (or the time to be up).
    BatchSnapshot waitBatch(const QString &batchId, int timeoutMs);

    // What the journal (the database, not the engine's memory) holds for a batch.
    [[nodiscard]] QList<TaskRecord> journaledTasks(const QString &batchId) const;
    // Audit entries of a batch (who, what, result, request ID).
    [[nodiscard]] int auditCount(const QString &batchId, const QString &action, const QString &result) const;

    // Ends the engine alone, as a process that dies (its leases stay in the journal).
    void stopEngine() { m_engine.reset(); }
    // Stops the engine, the inventory and closes the database (also done by the destructor).
    void stop();

private:
    QTemporaryDir m_dir;
    QString m_error;
    CloudSessionPtr m_session;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<StoreJournal> m_journal;
    std::unique_ptr<TaskEngine> m_engine;
};
