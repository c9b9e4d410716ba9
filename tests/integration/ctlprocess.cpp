#include "ctlprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonParseError>
#include <QSettings>

QJsonDocument CtlRun::json() const
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(pe.errorString()), qPrintable(out.left(500)));
    return doc;
}

CtlProcess::CtlProcess(QString program, QString cloudsFile, QString cloud)
    : m_program(std::move(program))
    , m_cloudsFile(std::move(cloudsFile))
    , m_cloud(std::move(cloud))
{
    QDir(m_home.path()).mkpath(QStringLiteral("config/Phoenix"));
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
}

void CtlProcess::setSetting(const QString &key, const QVariant &value)
{
    QSettings settings(m_home.filePath(QStringLiteral("config/Phoenix/phoenix.conf")), QSettings::IniFormat);
    settings.setValue(key, value);
}

QString CtlProcess::database(const QString &name) const
{
    return m_home.filePath(name);
}

QProcessEnvironment CtlProcess::environment() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_cloudsFile);
    e.insert(QStringLiteral("OS_CLOUD"), m_cloud);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.remove(QStringLiteral("QT_LOGGING_RULES"));
    return e;
}

CtlRun CtlProcess::run(const QStringList &arguments, int timeoutMs) const
{
    return run(arguments, environment(), timeoutMs);
}

CtlRun CtlProcess::run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(m_program, arguments);
    CtlRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("phoenixctl did not finish: ") + arguments.join(QLatin1Char(' '));
        return r;
    }
    r.seconds = double(clock.elapsed()) / 1000.0;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::unique_ptr<QProcess> CtlProcess::start(const QStringList &arguments) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(m_program, arguments);
    return p;
}
