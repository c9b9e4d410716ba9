// phoenixctl: the command line over the same core as the window, for automation and scheduling.
#include "appsettings.h"
#include "translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setApplicationName(QStringLiteral("phoenix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
    AppSettings settings;
    Translation::apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("phoenixctl", "Phoenix command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
