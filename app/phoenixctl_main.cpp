// phoenixctl: the command line over the same core as the window, for automation and scheduling.
// Wiring only: parse (ctl/ctlcommand), run (ctl/ctlrunner), exit with the runner's code.
#include "models/settings/appsettings.h"
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctlrunner.h"
#include "models/settings/translation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace
{
#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};

// Ctrl+C (SIGINT) or SIGTERM: the first asks the runner to cancel its tasks (they end Cancelled
// in the journal); a second one is not caught any more and ends the process at once.
void onSignal(int signal)
{
    std::signal(signal, SIG_DFL);
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}

void routeSignals(CtlRunner *runner)
{
    if (::pipe(s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, runner);
    QObject::connect(notifier, &QSocketNotifier::activated, runner, [runner] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &c, 1);
        runner->interrupt();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
void routeSignals(CtlRunner *)
{
    // Windows: Ctrl+C ends the process; its unfinished tasks stay in the journal for "tasks resume".
}
#endif
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setApplicationName(QStringLiteral("phoenix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
    AppSettings settings;
    Translation::apply(settings.language());
    // The user reads one plain sentence per problem; the log lines of the cloud layer and the
    // engine stay quiet unless QT_LOGGING_RULES (which takes precedence) asks for them, e.g.
    // "phoenix.cloud.http.debug=true" or "phoenix.models.*.info=true".
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

    CtlRunner runner(parsed.command, settings, out, err);
    QObject::connect(&runner, &CtlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    if (parsed.command.runsTasks())
        routeSignals(&runner);
    runner.start();
    return QCoreApplication::exec();
}
