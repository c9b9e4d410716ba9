#include "enginefixture.h"

#include "models/engine/inventory.h"
#include "models/engine/storejournal.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/store/taskjournal.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

EngineFixture::EngineFixture() = default;

EngineFixture::~EngineFixture()
{
    stop();
}

bool EngineFixture::start(const CloudConfig &config, const EngineSettings &settings, bool journal, int firstPollTimeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_session = std::make_shared<CloudSession>(config);
    m_inventory = std::make_unique<Inventory>(m_session, nullptr);
    m_inventory->setPollIntervals(1, 5);
    QSignalSpy first(m_inventory.get(), &Inventory::refreshed);
    m_inventory->start();
    if (!first.wait(firstPollTimeoutMs)) {
        m_error = QStringLiteral("the inventory's first listing did not come within %1 ms").arg(firstPollTimeoutMs);
        return false;
    }
    if (journal) {
        m_db = std::make_unique<Database>();
        if (const CloudError e = m_db->open(QStringLiteral("sqlite:") + databaseFile())) {
            m_error = QStringLiteral("journal database: ") + e.detail();
            return false;
        }
        m_journal = std::make_unique<StoreJournal>(m_db.get(), m_inventory->scope(), config.projectName);
    }
    m_engine = std::make_unique<TaskEngine>(m_session, m_inventory.get(), m_journal.get());
    m_engine->setSettings(settings);
    return true;
}

QString EngineFixture::databaseFile() const
{
    return m_dir.filePath(QStringLiteral("phoenix.sqlite"));
}

void EngineFixture::stop()
{
    m_engine.reset();
    m_journal.reset();
    m_inventory.reset();
    m_session.reset();
    m_db.reset();
}

BatchSnapshot EngineFixture::runBatch(TaskKind kind, const QList<TaskSpec> &specs, int timeoutMs, const QString &title)
{
    return waitBatch(m_engine->submitBatch(title, kind, specs), timeoutMs);
}

BatchSnapshot EngineFixture::waitBatch(const QString &batchId, int timeoutMs)
{
    // batchChanged is emitted on worker threads, and a QSignalSpy records a signal on the
    // emitting thread (a direct connection) while this thread reads it: poll the engine's state
    // instead, as QTRY does, with the event loop running.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const std::optional<BatchSnapshot> b = m_engine->batch(batchId);
        if ((b && b->isFinished()) || deadline.hasExpired())
            return b.value_or(BatchSnapshot{});
        QTest::qWait(20);
    }
}

QList<TaskRecord> EngineFixture::journaledTasks(const QString &batchId) const
{
    if (!m_db)
        return {};
    TaskJournal journal(m_db.get());
    TaskFilter filter;
    filter.batchId = batchId;
    const Result<QList<TaskRecord>> rows = journal.tasks(filter);
    if (!rows) {
        qWarning("journal: %s", qPrintable(rows.error().detail()));
        return {};
    }
    return rows.value();
}

int EngineFixture::auditCount(const QString &batchId, const QString &action, const QString &result) const
{
    if (!m_db)
        return 0;
    AuditLog audit(m_db.get());
    const auto entries = audit.query();
    if (!entries) {
        qWarning("audit: %s", qPrintable(entries.error().detail()));
        return 0;
    }
    int n = 0;
    for (const AuditEntry &e : entries.value())
        n += (e.batchId == batchId && e.action == action && e.result == result) ? 1 : 0;
    return n;
}
