#include "app/ctl/ctlengine.h"

#include "models/settings/appsettings.h"
#include "models/store/database.h"
#include "models/engine/inventory.h"
#include "models/store/inventorycache.h"
#include "models/engine/storejournal.h"
#include "models/store/taskjournal.h"

CtlEngine::CtlEngine(CloudSessionPtr session)
    : m_session(std::move(session))
    , m_scope(Inventory::scopeFor(m_session->config()))
{
}

CtlEngine::~CtlEngine()
{
    m_engine.reset();
    if (m_inventory)
        m_inventory->stop();
    m_inventory.reset();
}

QString CtlEngine::databaseUrl(const QString &option, const AppSettings &settings)
{
    const QString url = option.trimmed();
    if (url.isEmpty())
        return settings.databaseUrl();
    if (url.startsWith(QLatin1String("sqlite:")) || url.contains(QLatin1String("://")))
        return url;
    return QStringLiteral("sqlite:") + url;
}

CloudError CtlEngine::openDatabase(const QString &url, const AppSettings &settings)
{
    m_database = std::make_unique<Database>();
    const CloudError error = m_database->open(databaseUrl(url, settings));
    if (error)
        return error;
    m_records = std::make_unique<TaskJournal>(m_database.get());
    const CloudConfig &config = m_session->config();
    m_journal = std::make_unique<StoreJournal>(m_database.get(), m_scope,
                                               config.projectName.isEmpty() ? config.projectId : config.projectName);
    return {};
}

void CtlEngine::startEngine(const EngineSettings &engineSettings, const AppSettings &settings,
                            const std::optional<QList<Server>> &listing)
{
    if (m_engine || !m_database)
        return;
    m_cache = std::make_unique<InventoryCache>(m_database.get());
    m_inventory = std::make_unique<Inventory>(m_session, m_cache.get());
    m_inventory->setPollIntervals(settings.fastPollSeconds(), settings.slowPollSeconds());
    if (listing)
        m_inventory->adoptListing(*listing, QDateTime::currentDateTimeUtc());
    m_inventory->start();
    m_engine = std::make_unique<TaskEngine>(m_session, m_inventory.get(), m_journal.get());
    m_engine->setSettings(engineSettings);
}
