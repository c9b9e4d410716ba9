// phoenix-democloud: serves the demo cloud's seeded school on 127.0.0.1 and writes a clouds.yaml,
// so phoenixctl and the openstack CLI can be tried without an OpenStack:
//
//   phoenix-democloud --port 8950 --clouds-yaml /tmp/demo-clouds.yaml &
//   OS_CLIENT_CONFIG_FILE=/tmp/demo-clouds.yaml openstack --os-cloud phoenix-demo server list
#include "cloud/demo/democloud.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phoenix-democloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves Phoenix's demo cloud (an OpenStack simulator: Keystone, Nova, Glance, Neutron) with a seeded "
        "school on 127.0.0.1. Every user's password is \"%1\".").arg(QLatin1String(DemoCloud::Password)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."), QStringLiteral("port"),
                                        QStringLiteral("8950"));
    const QCommandLineOption yamlOption(QStringLiteral("clouds-yaml"),
                                        QStringLiteral("Where to write the clouds.yaml (default ./phoenix-demo-clouds.yaml; "
                                                       "\"-\" for none)."),
                                        QStringLiteral("file"), QStringLiteral("phoenix-demo-clouds.yaml"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Time factor: 1 = realistic delays (BUILD 4-10 s), 100 = test speed."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (ids, delays)."),
                                        QStringLiteral("n"), QStringLiteral("20240901"));
    const QCommandLineOption failOption(QStringLiteral("build-failure-rate"),
                                        QStringLiteral("Probability that a new server goes to ERROR during BUILD."),
                                        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Inject a fault (repeatable), e.g. \"http-error:status=503,method=GET,"
                                                        "path=^/compute/,probability=0.1\" or \"delay:ms=8000,method=POST,"
                                                        "path=/action$,next=6\"; add \",after\" to let the cloud act first. "
                                                        "See cloud/demo/README.md."),
                                         QStringLiteral("spec"));
    const QCommandLineOption desktopsOption(QStringLiteral("desktops"),
                                            QStringLiteral("Grow the school to this many desktops (several schools on one campus; "
                                                           "copies of a student desktop, without addresses)."),
                                            QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({portOption, yamlOption, speedOption, seedOption, failOption, faultOption, desktopsOption});
    parser.process(app);

    QTextStream err(stderr);
    DemoCloud demo;
    demo.setRandomSeed(parser.value(seedOption).toUInt());
    demo.setSpeed(parser.value(speedOption).toDouble());
    demo.setBuildFailureRate(parser.value(failOption).toDouble());
    for (const QString &spec : parser.values(faultOption)) {
        QString why;
        const std::optional<DemoFault> fault = DemoFault::parse(spec, &why);
        if (!fault) {
            err << "phoenix-democloud: " << why << Qt::endl;
            return 2;
        }
        demo.addFault(*fault);
    }
    const DemoSchool school = demo.seedSchool();
    if (parser.value(desktopsOption).toInt() > 0)
        demo.growSchool(parser.value(desktopsOption).toInt());
    const quint16 port = demo.start(quint16(parser.value(portOption).toUInt()));
    if (port == 0) {
        err << "phoenix-democloud: cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
    const QString yamlPath = parser.value(yamlOption);
    if (yamlPath != QLatin1String("-")) {
        QSaveFile file(yamlPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(demo.cloudsYaml()) < 0 || !file.commit()) {
            err << "phoenix-democloud: cannot write " << yamlPath << ": " << file.errorString() << Qt::endl;
            return 1;
        }
    }
    QTextStream out(stdout);
    out << "Phoenix demo cloud on " << demo.baseUrl() << " (auth_url " << demo.authUrl() << ")\n"
        << "  project " << school.projectName << ", admin " << school.adminUser << ", teachers " << school.teachers.join(QStringLiteral(", "))
        << "\n  password of every user: " << DemoCloud::Password << "\n";
    if (yamlPath != QLatin1String("-"))
        out << "  clouds.yaml: " << yamlPath << " (clouds phoenix-demo, phoenix-demo-<teacher>, phoenix-demo-appcred)\n"
            << "  try: OS_CLIENT_CONFIG_FILE=" << yamlPath << " openstack --os-cloud phoenix-demo server list\n";
    out << "Ctrl+C stops it." << Qt::endl;

#ifdef Q_OS_UNIX
    // Quit cleanly on SIGINT/SIGTERM (Windows: Ctrl+C ends the process).
    static int signalPipe[2];
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        auto handler = [](int) {
            const char c = 1;
            [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
        };
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
    }
#endif
    return app.exec();
}
