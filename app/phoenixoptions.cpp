#include "phoenixoptions.h"

#include "models/settings/appsettings.h"
#include "models/settings/translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace
{
QString text(const char *source)
{
    return QCoreApplication::translate("main", source);
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption lang{QStringLiteral("lang"), text("User interface language (en, zh_CN)."), QStringLiteral("language")};
    QCommandLineOption cloud{QStringLiteral("os-cloud"), text("Connect to this clouds.yaml entry (default: $OS_CLOUD)."),
                             QStringLiteral("name")};
    QCommandLineOption demo{QStringLiteral("demo"), text("Start the built-in demo cloud and connect to it.")};
    QCommandLineOption demoSpeed{QStringLiteral("demo-speed"), text("How much faster than real the demo cloud runs (1 = realistic)."),
                                 QStringLiteral("factor"), QStringLiteral("1")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  text("Save a picture of the window (or of --open's dialog) to this PNG file."), QStringLiteral("file")};
    QCommandLineOption screenshotAfter{QStringLiteral("screenshot-after"), text("Take the screenshot after this many milliseconds."),
                                       QStringLiteral("ms"), QStringLiteral("3000")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"), text("Quit after this many milliseconds."), QStringLiteral("ms")};
    QCommandLineOption tab{QStringLiteral("tab"), text("Show this tab: teachers, students, others, images, network, tasks, audit."),
                           QStringLiteral("name")};
    QCommandLineOption open{QStringLiteral("open"), text("Open a dialog at start: connect, create, settings."), QStringLiteral("dialog")};
    QCommandLineOption demoBatch{QStringLiteral("demo-batch"),
                                 text("With --demo: resume one course's desktops at start, one of "
                                      "them failing on purpose, to show the task panel at work.")};
    QCommandLineOption filter{QStringLiteral("filter"), text("Start with this text in the quick filter."), QStringLiteral("text")};
    QCommandLineOption course{QStringLiteral("course"), text("Start with the tables showing this course only."), QStringLiteral("code")};
    QCommandLineOption database{QStringLiteral("db"),
                                text("Use this Phoenix database for this run (sqlite:FILE or postgresql://user@host/database) "
                                     "instead of the settings'."),
                                QStringLiteral("url")};

    QCommandLineOption tray{QStringLiteral("tray"),
                            text("Start the teacher's tray: your own desktop one click away, without the window.")};

    Parser()
    {
        parser.setApplicationDescription(text("Cloud classroom desktops on OpenStack"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({lang, cloud, demo, demoSpeed, screenshot, screenshotAfter, quitAfter, tab, open, demoBatch, filter, course,
                           database, tray});
        parser.addPositionalArgument(QStringLiteral("url"), text("A phoenix://open link: open your desktop."), QStringLiteral("[url]"));
    }
};
} // namespace

void PhoenixOptions::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setApplicationName(QStringLiteral("phoenix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
}

int PhoenixOptions::answerTextOnly(int argc, char *argv[])
{
    QString language;
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            textOnly = true;
        else if (arg == "--lang" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith("--lang="))
            language = QString::fromLocal8Bit(arg.mid(7));
    }
    if (!textOnly)
        return -1;
    QCoreApplication app(argc, argv);
    setIdentity();
    AppSettings settings;
    Translation::apply(language.isEmpty() ? settings.language() : language);
    Parser p;
    p.parser.process(app); // prints the help or the version and exits
    return 0;
}

PhoenixOptions PhoenixOptions::parse(const QCoreApplication &app)
{
    Parser p;
    p.parser.process(app);
    const QCommandLineParser &parser = p.parser;
    PhoenixOptions o;
    o.language = parser.value(p.lang);
    o.cloud = parser.isSet(p.cloud) ? parser.value(p.cloud) : qEnvironmentVariable("OS_CLOUD");
    o.demo = parser.isSet(p.demo);
    o.demoSpeed = qMax(0.1, parser.value(p.demoSpeed).toDouble());
    o.screenshot = parser.value(p.screenshot);
    o.screenshotAfterMs = parser.value(p.screenshotAfter).toInt();
    o.quitAfterMs = parser.value(p.quitAfter).toInt();
    o.tab = parser.value(p.tab);
    o.open = parser.value(p.open);
    o.demoBatch = parser.isSet(p.demoBatch);
    o.filter = parser.value(p.filter);
    o.course = parser.value(p.course);
    o.database = parser.value(p.database);
    o.tray = parser.isSet(p.tray);
    o.url = parser.positionalArguments().value(0);
    return o;
}
