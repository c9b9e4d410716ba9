#include "cloud/demo/democloud.h"

#include "cloud/demo/democompute.h"
#include "cloud/demo/demohttp.h"
#include "cloud/demo/demoidentity.h"
#include "cloud/demo/demoimage.h"
#include "cloud/demo/demonetwork.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)


DemoCloud::DemoCloud(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<DemoState>())
    , m_identity(std::make_unique<DemoIdentityService>(m_state.get()))
    , m_image(std::make_unique<DemoImageService>(m_state.get()))
    , m_compute(std::make_unique<DemoComputeService>(m_state.get(), m_image.get()))
    , m_network(std::make_unique<DemoNetworkService>(m_state.get()))
    , m_server(std::make_unique<DemoHttpServer>([this](DemoHttpRequest &r) { return handle(r); }))
{
}

DemoCloud::~DemoCloud()
{
    m_server.reset(); // no request may reach the services while they go
}

void DemoCloud::setSpeed(double speed)
{
    m_state->setSpeed(speed);
}

double DemoCloud::speed() const
{
    return m_state->speed();
}

void DemoCloud::setRandomSeed(quint32 seed)
{
    m_state->setSeed(seed);
    m_faults.setSeed(seed ^ 0x5eed5eedu);
}

quint16 DemoCloud::start(quint16 port)
{
    if (!m_server->listen(port))
        return 0;
    m_state->baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    qCInfo(lcDemo) << "demo cloud serving on" << m_state->baseUrl << "speed" << m_state->speed();
    return m_server->port();
}

void DemoCloud::stop()
{
    m_server->close();
}

bool DemoCloud::isRunning() const
{
    return m_server->isListening();
}

quint16 DemoCloud::port() const
{
    return m_server->port();
}

QString DemoCloud::baseUrl() const
{
    return m_state->baseUrl;
}

QString DemoCloud::authUrl() const
{
    return m_state->baseUrl + QStringLiteral("/identity/v3");
}

CloudConfig DemoCloud::cloudConfig(const QString &user) const
{
    CloudConfig c;
    c.name = user == QLatin1String(AdminUser) ? QStringLiteral("phoenix-demo") : QStringLiteral("phoenix-demo-") + user;
    c.authType = CloudConfig::AuthType::Password;
    c.authUrl = authUrl();
    c.username = user;
    c.password = QString::fromLatin1(Password);
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QString::fromLatin1(ProjectName);
    c.projectDomainName = QStringLiteral("Default");
    c.regionName = QString::fromLatin1(DemoIdentityService::Region);
    c.interface = QStringLiteral("public");
    return c;
}

CloudConfig DemoCloud::appCredentialConfig() const
{
    CloudConfig c;
    c.name = QStringLiteral("phoenix-demo-appcred");
    c.authType = CloudConfig::AuthType::ApplicationCredential;
    c.authUrl = authUrl();
    c.applicationCredentialId = m_school.appCredentialId;
    c.applicationCredentialSecret = QString::fromLatin1(AppCredentialSecret);
    c.regionName = QString::fromLatin1(DemoIdentityService::Region);
    c.interface = QStringLiteral("public");
    return c;
}

QByteArray DemoCloud::cloudsYaml() const
{
    QByteArray y = "# Phoenix demo cloud on " + baseUrl().toUtf8()
        + " (loopback only). Users and passwords are fixed and public:\n"
          "# every user's password is \"" + QByteArray(Password) + "\". Written by phoenix-democloud.\n"
          "clouds:\n";
    QStringList users{QString::fromLatin1(AdminUser)};
    users += m_school.teachers;
    for (const QString &user : std::as_const(users)) {
        const CloudConfig c = cloudConfig(user);
        y += "  " + c.name.toUtf8() + ":\n"
             "    auth:\n"
             "      auth_url: " + c.authUrl.toUtf8() + "\n"
             "      username: " + c.username.toUtf8() + "\n"
             "      password: " + c.password.toUtf8() + "\n"
             "      project_name: " + c.projectName.toUtf8() + "\n"
             "      user_domain_name: Default\n"
             "      project_domain_name: Default\n"
             "    region_name: " + c.regionName.toUtf8() + "\n"
             "    interface: public\n"
             "    identity_api_version: 3\n";
    }
    if (!m_school.appCredentialId.isEmpty()) {
        const CloudConfig c = appCredentialConfig();
        y += "  " + c.name.toUtf8() + ":\n"
             "    auth_type: v3applicationcredential\n"
             "    auth:\n"
             "      auth_url: " + c.authUrl.toUtf8() + "\n"
             "      application_credential_id: " + c.applicationCredentialId.toUtf8() + "\n"
             "      application_credential_secret: " + c.applicationCredentialSecret.toUtf8() + "\n"
             "    region_name: " + c.regionName.toUtf8() + "\n"
             "    interface: public\n"
             "    identity_api_version: 3\n";
    }
    return y;
}

// ---------------------------------------------------------------------------------------------
int DemoCloud::addFault(const DemoFault &fault)
{
    return m_faults.add(fault);
}

void DemoCloud::removeFault(int ruleId)
{
    m_faults.remove(ruleId);
}

void DemoCloud::clearFaults()
{
    m_faults.clear();
}

int DemoCloud::faultFiredCount(int ruleId) const
{
    return m_faults.firedCount(ruleId);
}

void DemoCloud::setBuildFailureRate(double probability)
{
    m_state->buildFailureRate = probability;
}

void DemoCloud::failNextBuilds(int count)
{
    m_state->failNextBuilds = count;
}

void DemoCloud::expireAllTokens()
{
    m_state->expireAllTokens();
}

void DemoCloud::setTokenLifetime(int seconds)
{
    m_state->tokenLifetimeSeconds = seconds;
}

void DemoCloud::dropConnections()
{
    m_server->dropConnections();
}

void DemoCloud::setLatency(int minMs, int maxMs)
{
    m_latencyMinMs = minMs;
    m_latencyMaxMs = qMax(minMs, maxMs);
}

void DemoCloud::setComputeQuota(const QString &projectName, const DemoComputeQuota &quota)
{
    if (const DemoProject *p = m_state->projectByName(projectName))
        m_state->computeQuotas.insert(p->id, quota);
}

void DemoCloud::holdTransitions(bool hold)
{
    m_state->setHold(hold);
}

void DemoCloud::setReclaimInterval(int seconds)
{
    m_state->reclaimInstanceSeconds = seconds;
}

QList<DemoRequestRecord> DemoCloud::requests() const
{
    QList<DemoRequestRecord> out;
    out.reserve(m_state->log.size());
    for (const DemoState::LogEntry &e : m_state->log)
        out.append({e.method, e.path, e.status, e.fault, e.requestId, e.faultAfterHandling});
    return out;
}

int DemoCloud::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression re(pathPattern);
    return int(std::count_if(m_state->log.cbegin(), m_state->log.cend(), [&](const DemoState::LogEntry &e) {
        return (method.isEmpty() || e.method == method) && re.match(e.path).hasMatch();
    }));
}

DemoFaultRate DemoCloud::faultRate(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression re(pathPattern);
    DemoFaultRate r;
    for (const DemoState::LogEntry &e : std::as_const(m_state->log)) {
        if ((!method.isEmpty() && e.method != method) || !re.match(e.path).hasMatch())
            continue;
        ++r.requests;
        if (!e.fault.isEmpty()) {
            ++r.faulted;
            r.afterHandling += e.faultAfterHandling ? 1 : 0;
        }
    }
    return r;
}

void DemoCloud::clearRequests()
{
    m_state->log.clear();
}

QList<DemoServer> DemoCloud::servers(bool includeDeleted) const
{
    QList<DemoServer> out;
    for (const DemoServer &s : std::as_const(m_state->servers)) {
        if (includeDeleted || !s.deleted)
            out.append(s);
    }
    return out;
}

const DemoServer *DemoCloud::serverByName(const QString &name) const
{
    for (const DemoServer &s : std::as_const(m_state->servers)) {
        if (!s.deleted && s.name == name)
            return &s;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
DemoHttpAction DemoCloud::handle(DemoHttpRequest &request)
{
    request.requestId = QStringLiteral("req-") + m_state->newUuid();
    DemoService *service = nullptr;
    QString rest;
    static const QList<QPair<QString, int>> prefixes = {{QStringLiteral("/identity"), 0},
                                                        {QStringLiteral("/compute"), 1},
                                                        {QStringLiteral("/image"), 2},
                                                        {QStringLiteral("/network"), 3}};
    for (const auto &[prefix, index] : prefixes) {
        if (request.path == prefix || request.path.startsWith(prefix + QLatin1Char('/'))) {
            rest = request.path.mid(prefix.size());
            service = index == 0 ? static_cast<DemoService *>(m_identity.get())
                : index == 1     ? static_cast<DemoService *>(m_compute.get())
                : index == 2     ? static_cast<DemoService *>(m_image.get())
                                 : static_cast<DemoService *>(m_network.get());
        }
    }

    DemoHttpAction action;
    action.delayMs = m_state->scaledDelay(m_latencyMinMs, m_latencyMaxMs);
    DemoFaultInjector::Decision decision = m_faults.decide(request.method, request.path);
    action.delayMs += decision.delayMs;
    if (decision.fires && decision.fault.kind == DemoFault::Kind::ExpireToken) {
        m_state->expireToken(request.header("x-auth-token"));
        decision.fires = false;
    }
    const DemoFault &fault = decision.fault;
    // Faults that replace the reply before anything happens; the rest let the request run.
    const bool replaceBefore = decision.fires && fault.when == DemoFault::When::BeforeHandling
        && (fault.kind == DemoFault::Kind::HttpError || fault.kind == DemoFault::Kind::Reset
            || fault.kind == DemoFault::Kind::MalformedJson);
    if (!replaceBefore) {
        if (!service) {
            if (request.path.startsWith(QLatin1String("/novnc/")) || request.path.startsWith(QLatin1String("/spice/")))
                action.response = m_compute->consolePage(request);
            else
                action.response = DemoHttpResponse::text(404, "404 Not Found: the demo cloud serves /identity, /compute, /image and /network\n",
                                                         "text/plain");
        } else {
            action.response = service->handle(request, rest);
        }
    }
    if (decision.fires) {
        if (fault.kind == DemoFault::Kind::HttpError) {
            if (!fault.body.isEmpty()) {
                action.response = DemoHttpResponse::text(fault.status, fault.body,
                                                         fault.body.startsWith('{') ? "application/json" : "text/html; charset=UTF-8");
            } else {
                action.response = service ? service->errorReply(fault.status, request, {})
                                          : DemoErrors::keystone(fault.status, QString());
            }
            if (fault.retryAfterSeconds >= 0)
                action.response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        } else {
            applyFault(fault, &action, request);
        }
    }
    action.response.setHeader("x-openstack-request-id", request.requestId.toLatin1());
    if (service == m_compute.get())
        action.response.setHeader("x-compute-request-id", request.requestId.toLatin1());

    const int status = action.delivery == DemoHttpAction::Delivery::Normal ? action.response.status : 0;
    const bool after = decision.fires && !replaceBefore;
    m_state->addLog({request.method, request.path, status, decision.fires ? DemoFault::kindName(fault.kind) : QString(),
                     request.requestId, after});
    qCDebug(lcDemo).noquote() << request.method << request.target << "->" << status
                              << (decision.fires ? DemoFault::kindName(fault.kind) : QString()) << request.requestId;
    Q_EMIT requestHandled(request.method, request.path, status);
    return action;
}

void DemoCloud::applyFault(const DemoFault &fault, DemoHttpAction *action, const DemoHttpRequest &)
{
    DemoHttpResponse &r = action->response;
    switch (fault.kind) {
    case DemoFault::Kind::Reset:
        action->delivery = DemoHttpAction::Delivery::Reset;
        break;
    case DemoFault::Kind::CloseMidBody:
        if (r.body.size() < 2)
            r.body = "{\"error\": {\"message\": \"cut\"}}";
        action->delivery = DemoHttpAction::Delivery::CloseMidBody;
        break;
    case DemoFault::Kind::TruncatedJson:
        if (r.body.size() < 2) {
            r.status = r.status == 204 ? 200 : r.status;
            r.body = "{\"truncat";
        } else {
            r.body.truncate(r.body.size() / 2);
        }
        r.contentType = "application/json";
        break;
    case DemoFault::Kind::MalformedJson:
        r = DemoHttpResponse::text(200, "<html><body><h1>502 Bad Gateway</h1>\nThe proxy server received an invalid response "
                                        "from an upstream server.\n</body></html>\n",
                                   "application/json");
        break;
    case DemoFault::Kind::HttpError:
    case DemoFault::Kind::Delay:
    case DemoFault::Kind::ExpireToken:
        break;
    }
}
