#include "models/session/cloudconnection.h"

#include "models/settings/appsettings.h"
#include "models/session/cloudcatalog.h"
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "models/engine/inventory.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "phoenix.models.connection")

CloudConnection::CloudConnection(const CloudConfig &config, InventoryCacheStore *cache,
                                 std::unique_ptr<EngineJournal> journal, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_journal(std::move(journal))
    , m_session(std::make_shared<CloudSession>(config))
{
    m_client = new RestClient(m_session, nullptr, this);
    m_compute = std::make_unique<ComputeApi>(m_client);
    m_images = std::make_unique<ImageApi>(m_client);
    m_network = std::make_unique<NetworkApi>(m_client);
    m_inventory = new Inventory(m_session, cache, this);
    m_engine = new TaskEngine(m_session, m_inventory, m_journal.get(), this);
    m_catalog = new CloudCatalog(this, this);
    connect(m_session.get(), &CloudSession::transportWarningChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            Q_EMIT transportWarning(text);
    });
}

QString CloudConnection::transportWarningText() const
{
    return m_session->transportWarning();
}

CloudConnection::~CloudConnection()
{
    m_inventory->stop();
    // The engine stops its workers in its destructor; delete it before the inventory it reads.
    delete m_engine;
    m_engine = nullptr;
}

QString CloudConnection::name() const
{
    if (!m_config.name.isEmpty() && m_config.name != QLatin1String("envvars"))
        return m_config.name;
    return m_config.identity();
}

AuthState CloudConnection::auth() const
{
    return m_session->auth();
}

bool CloudConnection::isAdmin() const
{
    return m_session->auth().isAdmin();
}

void CloudConnection::setEngineSettings(const EngineSettings &settings)
{
    EngineSettings e = settings;
    if (m_demo) {
        // The demo's addresses answer nobody: its reachability check gives up after a few seconds.
        // Applied here, where every settings change reaches the engine, so the dialog shows it.
        e.detectTimeoutSeconds = qMin(e.detectTimeoutSeconds, DemoDetectTimeoutSeconds);
        e.detectIntervalSeconds = qMin(e.detectIntervalSeconds, 2);
        e.detectConnectTimeoutMs = qMin(e.detectConnectTimeoutMs, 500);
    }
    m_engine->setSettings(e);
}

EngineSettings CloudConnection::engineSettings(const AppSettings &settings)
{
    EngineSettings e;
    e.concurrency = settings.taskConcurrency();
    e.detectPort = settings.detectPort();
    e.detectTimeoutSeconds = settings.detectTimeoutSeconds();
    e.detectFailureIsFatal = settings.detectFailureIsFatal();
    return e;
}

void CloudConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CloudConnection::open()
{
    if (m_state == State::Connecting || m_state == State::Ready)
        return;
    setState(State::Connecting);
    m_error = {};
    // Plain http:// is said before the password is sent (the auth URL) and after sign-in (endpoints).
    if (const QString warning = m_session->transportWarning(); !warning.isEmpty()) {
        qCWarning(lcConnection).noquote() << warning;
        Q_EMIT transportWarning(warning);
    }
    // The cache fills the tables at once; the first poll follows as soon as the token is there.
    m_inventory->start();
    // One light call proves the credentials, the catalog and the compute endpoint.
    m_compute->limits(this, [this](Result<ComputeLimits> r) {
        if (r)
            m_catalog->setLimits(r.value());
        onVerified(r.ok() ? CloudError() : r.error());
    });
}

void CloudConnection::onVerified(const CloudError &error)
{
    if (error) {
        qCInfo(lcConnection) << "could not connect to" << name() << ':' << error.detail();
        m_error = error;
        m_inventory->stop();
        setState(State::Failed);
        Q_EMIT failed(error);
        return;
    }
    const AuthState a = auth();
    qCInfo(lcConnection) << "connected to" << name() << "as" << a.userName << "in" << a.projectName
                         << (a.isAdmin() ? "(admin)" : "(member)");
    m_engine->resumeUnfinished(); // on a worker; tasks another process runs are left to it
    m_catalog->refreshAll();
    setState(State::Ready);
    Q_EMIT ready();
}
