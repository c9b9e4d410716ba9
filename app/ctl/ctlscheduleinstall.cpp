#include "app/ctl/ctlscheduleinstall.h"

#include "app/ctl/ctlrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <functional>
#include <memory>

namespace
{
const QString Marker = QStringLiteral("# phoenix-scheduler");

// Runs a program without blocking; `done` gets the exit code (-1: could not start) and output.
void runAsync(CtlRunner *r, const QString &program, const QStringList &args, const QByteArray &input,
              const std::function<void(int, const QString &)> &done)
{
    auto *p = new QProcess(r);
    QObject::connect(p, &QProcess::finished, r, [p, done](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromLocal8Bit(p->readAllStandardOutput() + p->readAllStandardError());
        p->deleteLater();
        done(status == QProcess::NormalExit ? code : -1, out);
    });
    QObject::connect(p, &QProcess::errorOccurred, r, [p, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        p->deleteLater();
        done(-1, p->errorString());
    });
    p->start(program, args);
    if (!input.isNull()) {
        p->write(input);
        p->closeWriteChannel();
    }
}

QString unitDir()
{
    // $XDG_CONFIG_HOME/systemd/user, where the user's units replace the package's of the same name
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}
} // namespace

QStringList CtlScheduleInstall::tickCommand(const QString &program, const QString &cloud, const QString &database)
{
    QStringList out{program};
    if (!cloud.isEmpty())
        out << QStringLiteral("--os-cloud") << cloud;
    out << QStringLiteral("schedule") << QStringLiteral("run") << QStringLiteral("--once");
    if (!database.isEmpty())
        out << QStringLiteral("--db") << database;
    return out;
}

QString CtlScheduleInstall::shellQuote(const QString &argument)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,");
    if (!argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) { return safe.contains(c); }))
        return argument;
    return QLatin1Char('\'') + QString(argument).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString CtlScheduleInstall::windowsQuote(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('"')))
        return argument;
    return QLatin1Char('"') + QString(argument).replace(QStringLiteral("\""), QStringLiteral("\\\"")) + QLatin1Char('"');
}

QString CtlScheduleInstall::systemdService(const QStringList &command)
{
    QStringList quoted;
    for (const QString &a : command)
        quoted << shellQuote(a);
    return QStringLiteral("[Unit]\nDescription=Phoenix lesson scheduler (one tick)\n\n"
                          "[Service]\nType=oneshot\nExecStart=%1\n")
        .arg(quoted.join(QLatin1Char(' ')));
}

QString CtlScheduleInstall::systemdTimer(int intervalSeconds)
{
    return QStringLiteral("[Unit]\nDescription=Phoenix lesson scheduler every %1 s\n\n"
                          "[Timer]\nOnBootSec=30\nOnUnitActiveSec=%1\nAccuracySec=5\n\n"
                          "[Install]\nWantedBy=timers.target\n")
        .arg(intervalSeconds);
}

QString CtlScheduleInstall::crontabLine(const QStringList &command)
{
    QStringList quoted;
    for (const QString &a : command)
        quoted << shellQuote(a);
    return QStringLiteral("* * * * * %1 >/dev/null 2>&1 %2").arg(quoted.join(QLatin1Char(' ')), Marker);
}

QString CtlScheduleInstall::crontabWith(const QString &current, const QString &line)
{
    QStringList kept;
    for (const QString &l : current.split(QLatin1Char('\n'))) {
        if (!l.contains(Marker) && !(l.isEmpty() && kept.isEmpty()))
            kept << l;
    }
    while (!kept.isEmpty() && kept.constLast().isEmpty())
        kept.removeLast();
    if (!line.isEmpty())
        kept << line;
    return kept.isEmpty() ? QString() : kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList CtlScheduleInstall::schtasksCreate(const QStringList &command)
{
    QStringList quoted;
    for (const QString &a : command)
        quoted << windowsQuote(a);
    return {QStringLiteral("/Create"), QStringLiteral("/F"), QStringLiteral("/SC"), QStringLiteral("MINUTE"),
            QStringLiteral("/MO"), QStringLiteral("1"), QStringLiteral("/TN"), QString::fromLatin1(Name),
            QStringLiteral("/TR"), quoted.join(QLatin1Char(' '))};
}

QStringList CtlScheduleInstall::schtasksDelete()
{
    return {QStringLiteral("/Delete"), QStringLiteral("/F"), QStringLiteral("/TN"), QString::fromLatin1(Name)};
}

void CtlScheduleInstall::install(CtlRunner *r)
{
    const CtlCommand &c = r->command();
    QString db = c.database;
    if (!db.isEmpty() && !db.contains(QStringLiteral("://")) && !db.startsWith(QStringLiteral("sqlite:")))
        db = QFileInfo(db).absoluteFilePath();
    const QStringList command = tickCommand(QCoreApplication::applicationFilePath(), c.cloud.isEmpty() ? qEnvironmentVariable("OS_CLOUD") : c.cloud, db);
    auto ok = [r](const QString &how) {
        r->print(how + QLatin1Char('\n'));
        r->finish(0);
    };
    auto failed = [r](const QString &why) {
        r->report(why);
        r->finish(1);
    };
#ifdef Q_OS_WIN
    runAsync(r, QStringLiteral("schtasks"), schtasksCreate(command), QByteArray(), [ok, failed](int code, const QString &out) {
        code == 0 ? ok(tr("Installed: the Task Scheduler runs the scheduler every minute (task %1).").arg(QLatin1String(Name)))
                  : failed(tr("schtasks failed: %1").arg(out.trimmed()));
    });
#else
    // systemd user timer when there is a user manager, else crontab.
    runAsync(r, QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("is-system-running")}, QByteArray(),
             [r, command, ok, failed](int, const QString &state) {
        const QString s = state.trimmed();
        if (s == QLatin1String("running") || s == QLatin1String("degraded") || s == QLatin1String("starting")) {
            QDir().mkpath(unitDir());
            for (const auto &[file, text] : {std::pair{QStringLiteral("/phoenix-scheduler.service"), systemdService(command)},
                                             std::pair{QStringLiteral("/phoenix-scheduler.timer"), systemdTimer(60)}}) {
                QSaveFile f(unitDir() + file);
                if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
                    return failed(tr("Cannot write %1: %2").arg(unitDir() + file, f.errorString()));
            }
            runAsync(r, QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"),
                                                      QStringLiteral("phoenix-scheduler.timer")}, QByteArray(),
                     [ok, failed](int code, const QString &out) {
                code == 0 ? ok(tr("Installed: a systemd user timer runs the scheduler every minute (phoenix-scheduler.timer)."))
                          : failed(tr("systemctl failed: %1").arg(out.trimmed()));
            });
            return;
        }
        runAsync(r, QStringLiteral("crontab"), {QStringLiteral("-l")}, QByteArray(), [r, command, ok, failed](int code, const QString &current) {
            if (code < 0)
                return failed(tr("Neither a systemd user session nor crontab is available; run \"phoenixctl schedule run\" as a service instead."));
            const QString table = crontabWith(code == 0 ? current : QString(), crontabLine(command));
            runAsync(r, QStringLiteral("crontab"), {QStringLiteral("-")}, table.toUtf8(), [ok, failed](int c2, const QString &out) {
                c2 == 0 ? ok(tr("Installed: a crontab line runs the scheduler every minute."))
                        : failed(tr("crontab failed: %1").arg(out.trimmed()));
            });
        });
    });
#endif
}

void CtlScheduleInstall::uninstall(CtlRunner *r)
{
    auto ok = [r](const QString &how) {
        r->print(how + QLatin1Char('\n'));
        r->finish(0);
    };
#ifdef Q_OS_WIN
    runAsync(r, QStringLiteral("schtasks"), schtasksDelete(), QByteArray(), [ok](int, const QString &) {
        ok(tr("Uninstalled: the Task Scheduler task is gone."));
    });
#else
    runAsync(r, QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"),
                                              QStringLiteral("phoenix-scheduler.timer")}, QByteArray(), [r, ok](int, const QString &) {
        QFile::remove(unitDir() + QStringLiteral("/phoenix-scheduler.service"));
        QFile::remove(unitDir() + QStringLiteral("/phoenix-scheduler.timer"));
        runAsync(r, QStringLiteral("crontab"), {QStringLiteral("-l")}, QByteArray(), [r, ok](int code, const QString &current) {
            if (code != 0 || !current.contains(Marker))
                return ok(tr("Uninstalled."));
            runAsync(r, QStringLiteral("crontab"), {QStringLiteral("-")}, crontabWith(current, QString()).toUtf8(),
                     [ok](int, const QString &) { ok(tr("Uninstalled.")); });
        });
    });
#endif
}
