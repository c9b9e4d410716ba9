// The teacher's tray (issue 14): cold start of `phoenix --tray` to its icon, to the teacher's
// desktops shown, and its resident memory, with 1 and with 10 desktops of the teacher; then, with
// one desktop, "Open my desktop" from SUSPENDED: a second `phoenix phoenix://open` hands the link
// to the running tray (the click), and the tray's log gives click → ready by stage and click →
// client launched. Against an in-process demo cloud (test speed: its state changes are quick, so
// these are Phoenix's own costs, not a real cloud's). Prints figures, asserts nothing.
// Without a display the tray is absent and the no-tray window is what "shown" means (said so).
#include "benchsupport.h"
#include "cloud/demo/democloud.h"
#include "cloud/demo/demostate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace
{
double rssOfMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

struct Run
{
    double iconMs = -1;
    double desktopsMs = -1;
    double rssMb = -1;
    double rssIdleMb = -1;
    int desktops = 0;
    // the open (1 desktop only)
    double forwardMs = -1;  // the second phoenix: start to exit (its link handed over)
    double readyMs = -1;    // click (the tray took the link) → ready, the tray's own clock
    double taskMs = -1;     // the journaled task: created → done
    double launchedMs = -1; // click → the client started
    QHash<QString, double> stageMs;
};

Run runOnce(const QString &phoenix, int desktops, bool open)
{
    DemoCloud demo;
    demo.setSpeed(DemoCloud::TestSpeed);
    demo.seedSchool();
    // li.na owns one desktop (SUSPENDED) in the seed; give her more copies of it.
    QString seedId;
    for (const DemoServer &s : demo.servers()) {
        if (s.metadata.value(QStringLiteral("phoenix:owner")) == QLatin1String("li.na")
            && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("teacher"))
            seedId = s.id;
    }
    for (int i = 1; i < desktops; ++i) {
        DemoServer copy = *demo.state()->server(seedId);
        copy.id = QStringLiteral("bench-tray-%1").arg(i);
        copy.name = QStringLiteral("li.na-%1").arg(i, 2, 10, QLatin1Char('0'));
        copy.portIds.clear();
        demo.state()->servers.insert(copy.id, copy);
    }
    demo.start();
    QTemporaryDir home;
    QFile yaml(home.filePath(QStringLiteral("clouds.yaml")));
    if (!yaml.open(QIODevice::WriteOnly))
        return {};
    yaml.write(demo.cloudsYaml());
    yaml.close();
    // Settings: a stand-in client ("true": the launch is timed, nothing is shown) and DETECT
    // looking once (the demo's addresses do not route).
    QDir(home.path()).mkpath(QStringLiteral("config/Phoenix"));
    QFile ini(home.filePath(QStringLiteral("config/Phoenix/phoenix.conf")));
    if (ini.open(QIODevice::WriteOnly)) {
        ini.write("[remoteDesktop]\ncommand=true\n[detect]\ntimeoutSeconds=0\n");
        ini.close();
    }
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), yaml.fileName());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("phoenix.app.tray.info=true"));
    if (env.value(QStringLiteral("DISPLAY")).isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));

    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    Run r;
    QByteArray err;
    const QRegularExpression shownRe(QStringLiteral("my desktops shown: (\\d+)"));
    const QRegularExpression readyRe(QStringLiteral("my desktop ready: (\\d+) ms after the click; task (-?\\d+) ms; stages: ([^;]*);"));
    const QRegularExpression launchedRe(QStringLiteral("client launched: (\\d+) ms after the click"));
    QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
        err += p.readAllStandardError();
        const QString text = QString::fromUtf8(err);
        if (r.iconMs < 0 && (err.contains("tray icon shown") || err.contains("small window shown")))
            r.iconMs = Bench::msSince(clock);
        const QRegularExpressionMatch m = shownRe.match(text);
        if (r.desktopsMs < 0 && m.hasMatch() && m.captured(1).toInt() > 0) {
            r.desktopsMs = Bench::msSince(clock);
            r.desktops = m.captured(1).toInt();
            r.rssMb = rssOfMb(p.processId());
        }
        if (const QRegularExpressionMatch ready = readyRe.match(text); r.readyMs < 0 && ready.hasMatch()) {
            r.readyMs = ready.captured(1).toDouble();
            r.taskMs = ready.captured(2).toDouble();
            const QRegularExpression stageRe(QStringLiteral("(\\w+) (\\d+) ms"));
            for (auto it = stageRe.globalMatch(ready.captured(3)); it.hasNext();) {
                const QRegularExpressionMatch s = it.next();
                r.stageMs[s.captured(1)] += s.captured(2).toDouble(); // retries of a stage add up
            }
        }
        if (const QRegularExpressionMatch launched = launchedRe.match(text); r.launchedMs < 0 && launched.hasMatch())
            r.launchedMs = launched.captured(1).toDouble();
    });
    clock.start();
    p.start(phoenix, {QStringLiteral("--tray"), QStringLiteral("--os-cloud"), QStringLiteral("phoenix-demo-li.na")});
    (void)QTest::qWaitFor([&] { return r.desktopsMs >= 0; }, 30000);
    // Resident memory once it idles with its poll running (ten seconds later).
    QTest::qWait(10000);
    r.rssIdleMb = rssOfMb(p.processId());
    if (open && r.desktopsMs >= 0) {
        // The click: a phoenix:// link (as from a timetable page) handed to the running tray.
        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer forward;
        forward.start();
        second.start(phoenix, {QStringLiteral("phoenix://open")});
        if (second.waitForFinished(20000) && second.exitCode() == 0)
            r.forwardMs = Bench::msSince(forward);
        else
            Bench::note(QStringLiteral("the second phoenix did not hand over its link: %1")
                            .arg(QString::fromUtf8(second.readAllStandardError().right(1000))));
        (void)QTest::qWaitFor([&] { return r.launchedMs >= 0; }, 120000);
        if (r.launchedMs < 0)
            Bench::note(QStringLiteral("no launch; the tray's stderr: %1").arg(QString::fromUtf8(err.right(2000))));
    }
    p.terminate();
    p.waitForFinished(5000);
    if (r.desktopsMs < 0)
        Bench::note(QStringLiteral("phoenix --tray did not show the desktops; its stderr: %1").arg(QString::fromUtf8(err.right(2000))));
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString phoenix = app.arguments().value(1, QStringLiteral(PHOENIX_SOURCE_DIR "/build/app/phoenix"));
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY");
    Bench::note(display ? QStringLiteral("tray: xcb (a tray host must run, e.g. trayer)")
                        : QStringLiteral("tray: no display, offscreen: the no-tray window stands in for the icon"));
    const int rounds = 3;
    for (int n : {1, 10}) {
        QList<double> icon, shown, rss, idle, forward, ready, task, launched;
        QHash<QString, QList<double>> stages;
        for (int i = 0; i < rounds; ++i) {
            const Run r = runOnce(phoenix, n, n == 1);
            icon << r.iconMs;
            shown << r.desktopsMs;
            rss << r.rssMb;
            idle << r.rssIdleMb;
            if (n == 1) {
                forward << r.forwardMs;
                ready << r.readyMs;
                task << r.taskMs;
                launched << r.launchedMs;
                for (auto it = r.stageMs.cbegin(); it != r.stageMs.cend(); ++it)
                    stages[it.key()] << it.value();
            }
        }
        const QString tag = QStringLiteral("%1 desktop%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"));
        const QString median = QStringLiteral("median of %1").arg(rounds);
        Bench::figure(QStringLiteral("14"), QStringLiteral("tray cold start to icon, %1").arg(tag), Bench::median(icon), QStringLiteral("ms"),
                      QStringLiteral("< 1000"), Bench::verdict(Bench::median(icon), 1000),
                      QStringLiteral("%1; max %2 ms").arg(median).arg(Bench::maxOf(icon), 0, 'f', 0));
        Bench::figure(QStringLiteral("14"), QStringLiteral("tray cold start to desktops shown, %1").arg(tag), Bench::median(shown),
                      QStringLiteral("ms"), QString(), QStringLiteral("-"), QStringLiteral("sign-in + first listing, demo cloud"));
        Bench::figure(QStringLiteral("14"), QStringLiteral("tray resident memory, %1").arg(tag), Bench::median(idle), QStringLiteral("MiB"),
                      QString(), QStringLiteral("-"), QStringLiteral("VmRSS 10 s after start; at first show %1 MiB").arg(Bench::median(rss), 0, 'f', 1));
        if (n != 1)
            continue;
        Bench::figure(QStringLiteral("14"), QStringLiteral("phoenix://open handed to the running tray (second phoenix, start to exit)"),
                      Bench::median(forward), QStringLiteral("ms"), QString(), QStringLiteral("-"), median);
        QStringList split;
        for (const char *stage : {"action", "wait", "floating", "detect"}) {
            const QString key = QString::fromLatin1(stage);
            if (stages.contains(key))
                split << QStringLiteral("%1 %2").arg(key).arg(Bench::median(stages.value(key)), 0, 'f', 0);
        }
        Bench::figure(QStringLiteral("14"), QStringLiteral("Open my desktop from SUSPENDED, click to ready (demo cloud)"), Bench::median(ready),
                      QStringLiteral("ms"), QString(), QStringLiteral("-"),
                      QStringLiteral("stages (ms): %1; the task %2 ms; %3").arg(split.join(QStringLiteral(", "))).arg(Bench::median(task), 0, 'f', 0).arg(median));
        Bench::figure(QStringLiteral("14"), QStringLiteral("Open my desktop from SUSPENDED, click to client launched (demo cloud)"),
                      Bench::median(launched), QStringLiteral("ms"), QString(), QStringLiteral("-"), median);
    }
    return 0;
}
