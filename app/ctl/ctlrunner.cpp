#include "app/ctl/ctlrunner.h"

#include "models/settings/appsettings.h"
#include "cloud/cloudconfig.h"
#include "models/session/cloudconnection.h"
#include "models/session/databasesecret.h"
#include "app/ctl/ctlengine.h"
#include "app/ctl/ctltaskwatch.h"
#include "models/store/database.h"
#include "cloud/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCtl, "phoenix.app.ctl")

CtlRunner::CtlRunner(CtlCommand command, const AppSettings &settings, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{
}

CtlRunner::~CtlRunner()
{
    delete m_watch; // before the engine it follows
    m_engine.reset();
}

void CtlRunner::start()
{
    QTimer::singleShot(0, this, &CtlRunner::run);
}

void CtlRunner::interrupt()
{
    if (m_watch && m_watch->cancelAll() > 0)
        return;
    report(tr("Interrupted."));
    finish(130);
}

void CtlRunner::print(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void CtlRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CtlRunner::report(const QString &text)
{
    m_err << text << QLatin1Char('\n');
    m_err.flush();
}

void CtlRunner::progress(const QString &text)
{
    if (m_command.json)
        report(text);
    else
        print(text + QLatin1Char('\n'));
}

void CtlRunner::fail(const CloudError &error, const QString &subject)
{
    report(subject.isEmpty() ? error.userMessage() : QStringLiteral("%1: %2").arg(subject, error.userMessage()));
    finish(1);
}

void CtlRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

CtlEngine *CtlRunner::journal()
{
    if (m_engine)
        return m_engine.get();
    if (m_journalFailed)
        return nullptr;
    // A password in --db is visible to every user of the computer (ps, /proc): say so (issue 9).
    if (const QString warning = DatabaseSecret::commandLineWarning(m_command.database); !warning.isEmpty())
        report(warning);
    auto engine = std::make_unique<CtlEngine>(m_session);
    const CloudError error = engine->openDatabase(m_command.database, m_settings);
    if (error) {
        m_journalFailed = true;
        fail(error);
        return nullptr;
    }
    if (!engine->database()->recoveryNotice().isEmpty())
        report(engine->database()->recoveryNotice());
    qCInfo(lcCtl).noquote() << "journal in" << engine->database()->displayUrl() << "scope" << engine->scope();
    m_engine = std::move(engine);
    return m_engine.get();
}

CtlEngine *CtlRunner::engine()
{
    CtlEngine *e = journal();
    if (!e || e->engine())
        return e;
    const CtlTaskOptions options = m_command.tasks.value_or(CtlTaskOptions());
    EngineSettings s = CloudConnection::engineSettings(m_settings);
    if (options.concurrency > 0)
        s.concurrency = options.concurrency;
    if (options.detectTimeoutSeconds >= 0)
        s.detectTimeoutSeconds = options.detectTimeoutSeconds;
    // Probe at least once more before a short timeout runs out, at most every 20 s.
    s.detectIntervalSeconds = qBound(1, s.detectTimeoutSeconds, s.detectIntervalSeconds);
    s.waitTimeoutSeconds = options.timeoutSeconds;
    e->startEngine(s, m_settings, m_listing);
    m_listing.reset();
    return e;
}

CtlTaskWatch *CtlRunner::watch()
{
    if (!m_watch) {
        CtlEngine *e = engine();
        if (!e)
            return nullptr;
        m_watch = new CtlTaskWatch(this, e->engine());
    }
    return m_watch;
}

void CtlRunner::run()
{
    const CloudConfigLoader loader;
    Result<CloudConfig> config = loader.load(m_command.cloud);
    if (!config) {
        fail(config.error());
        return;
    }
    CloudConfig cloud = config.take();
    cloud.requireTls = m_command.requireTls || m_settings.requireTls();
    m_session = std::make_shared<CloudSession>(cloud);
    m_client = new RestClient(m_session, nullptr, this);
    // Plain http:// is said on stderr before the password is sent, and again when the sign-in
    // shows http:// endpoints (with --require-tls the first request fails instead).
    if (!cloud.requireTls) {
        const QString atStart = m_session->transportWarning();
        if (!atStart.isEmpty())
            report(tr("Warning: %1").arg(atStart));
        else
            connect(m_session.get(), &CloudSession::transportWarningChanged, this, [this](const QString &warning) {
                if (!warning.isEmpty())
                    report(tr("Warning: %1").arg(warning));
            });
    }

    m_command.run(this);
}
