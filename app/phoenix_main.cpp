// phoenix: the administrator's window (and later the teacher's tray). Composition root only.
#include "appsettings.h"
#include "mainwindow.h"
#include "translation.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QApplication::setApplicationName(QStringLiteral("phoenix"));
    QApplication::setApplicationVersion(QStringLiteral(PHOENIX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.phoenix.Phoenix"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cloud classroom desktops on OpenStack"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language (en, zh_CN)."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.process(app);

    AppSettings settings;
    Translation::apply(parser.isSet(langOption) ? parser.value(langOption) : settings.language());

    MainWindow window;
    window.show();
    return QApplication::exec();
}
