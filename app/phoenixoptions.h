#pragma once

// phoenix's command line: the options, parsed once. --help and --version are answered by
// answerTextOnly() before any GUI object exists, so that they work without a display.

#include <QString>

class QCoreApplication;

struct PhoenixOptions
{
    QString language;
    QString cloud;
    bool demo = false;
    double demoSpeed = 1.0;
    QString screenshot;
    int screenshotAfterMs = 3000;
    int quitAfterMs = 0;
    QString tab;
    QString open;
    QString filter;
    QString course;
    QString database; // --db: this run's database instead of the settings' (a password in it is warned about)
    bool demoBatch = false;
    bool tray = false; // --tray: the teacher's tray instead of the window (issue 14)
    QString url;       // a phoenix:// link (phoenix://open): the tray, then open my desktop

    /** Parses the application's arguments; prints usage errors and exits on them. */
    static PhoenixOptions parse(const QCoreApplication &app);
    /** With -h/--help/--help-all/-v/--version among the arguments: prints the answer on a plain
     *  QCoreApplication (no display needed) and returns the exit code; otherwise returns -1. */
    static int answerTextOnly(int argc, char *argv[]);
    /** The application's identity (name, organization, version) for settings and --version. */
    static void setIdentity();
};
