// phoenixctl: the command line over the same core as the window, for automation and scheduling.
// Wiring only: parse (ctl/ctlcommand), run (ctl/ctlrunner), exit with the runner's code.
#include "appsettings.h"
#include "ctlcommand.h"
#include "ctlrunner.h"
#include "translation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setApplicationName(QStringLiteral("phoenix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
    AppSettings settings;
    Translation::apply(settings.language());
    // The user reads one plain sentence per problem; the cloud layer's log lines stay quiet unless
    // QT_LOGGING_RULES (which takes precedence) asks for them, e.g. "phoenix.cloud.http.debug=true".
    QLoggingCategory::setFilterRules(QStringLiteral("phoenix.*.debug=false\nphoenix.*.info=false\nphoenix.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CtlParseResult parsed = CtlCommandLine::parse(QCoreApplication::arguments());
    switch (parsed.outcome) {
    case CtlParseResult::Outcome::Help:
    case CtlParseResult::Outcome::Version:
        out << parsed.text << (parsed.text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        return 0;
    case CtlParseResult::Outcome::UsageError:
        err << "phoenixctl: " << parsed.text << '\n'
            << QCoreApplication::translate("phoenixctl", "Run \"phoenixctl --help\" for the commands.") << '\n';
        return 2;
    case CtlParseResult::Outcome::Run:
        break;
    }

    CtlRunner runner(parsed.command, out, err);
    QObject::connect(&runner, &CtlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}
