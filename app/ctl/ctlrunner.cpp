#include "ctlrunner.h"

#include "cloudconfig.h"
#include "ctldesktops.h"
#include "ctlinventory.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

CtlRunner::CtlRunner(CtlCommand command, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_out(out)
    , m_err(err)
{
}

CtlRunner::~CtlRunner() = default;

void CtlRunner::start()
{
    QTimer::singleShot(0, this, &CtlRunner::run);
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

void CtlRunner::run()
{
    const CloudConfigLoader loader;
    Result<CloudConfig> config = loader.load(m_command.cloud);
    if (!config) {
        fail(config.error());
        return;
    }
    m_session = std::make_shared<CloudSession>(config.take());
    m_client = new RestClient(m_session, nullptr, this);

    switch (m_command.kind) {
    case CtlCommand::Kind::DesktopsList:
        CtlDesktops::list(this);
        break;
    case CtlCommand::Kind::DesktopsShow:
        CtlDesktops::show(this);
        break;
    case CtlCommand::Kind::DesktopsAction:
        CtlDesktops::action(this);
        break;
    case CtlCommand::Kind::FloatingIpsAssign:
        CtlDesktops::assignFloatingIp(this);
        break;
    case CtlCommand::Kind::FloatingIpsRelease:
        CtlDesktops::releaseFloatingIp(this);
        break;
    case CtlCommand::Kind::ImagesList:
        CtlInventory::images(this);
        break;
    case CtlCommand::Kind::FlavorsList:
        CtlInventory::flavors(this);
        break;
    case CtlCommand::Kind::NetworksList:
        CtlInventory::networks(this);
        break;
    case CtlCommand::Kind::FloatingIpsList:
        CtlInventory::floatingIps(this);
        break;
    case CtlCommand::Kind::Limits:
        CtlInventory::limits(this);
        break;
    }
}
