// Issue 17: what the package installs says the same as the code that writes it for one user (the
// tray's autostart entry, the systemd user units of `phoenixctl schedule install`), the man
// pages name every option of --help (and no other), and the bash completion knows every command
// of phoenixctl's table.
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctlscheduleinstall.h"
#include "models/settings/autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(f.readAll());
}

QString packaged(const QString &relative)
{
    return readFile(QStringLiteral(PHOENIX_SOURCE_DIR "/packaging/") + relative);
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// A roff page as plain text: escapes and font changes gone.
QString manText(const QString &roff)
{
    QString t = roff;
    t.replace(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")), QString());
    t.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    t.replace(QRegularExpression(QStringLiteral(R"(^\.(B|I|BR|BI|IR|RB)\s+)"), QRegularExpression::MultilineOption), QString());
    t.remove(QLatin1Char('"'));
    return t;
}

QSet<QString> longOptions(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral(R"((?<![\w-])--([a-z][a-z0-9]*(?:-[a-z0-9]+)*))"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QString helpOf(const QString &program)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir config; // no user's settings: the default language
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("--help")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString bash(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(30000))
        return QStringLiteral("<bash hangs>");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

QString completionFor(const QStringList &words, const QString &env = QString())
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
    return bash((env.isEmpty() ? QString() : QStringLiteral("export ") + env + QStringLiteral(";")) + QStringLiteral(" source '" PHOENIX_COMPLETION "' && COMP_WORDS=(phoenixctl %1) && COMP_CWORD=%2 && "
                                     "_phoenixctl && printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '")
                    .arg(quoted.join(QLatin1Char(' ')))
                    .arg(words.size()));
}
} // namespace

class TestPackageFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trayEntryIsSettingsOwn();
    void applicationEntry();
    void autostartSwitchOverTheSystemEntry();
    void schedulerUnitsAreScheduleInstalls();
    void manPageFollowsHelp_data();
    void manPageFollowsHelp();
    void manPageNamesEveryCommand();
    void completionKnowsEveryCommand();
    void completionCompletes_data();
    void completionCompletes();
};

void TestPackageFiles::trayEntryIsSettingsOwn()
{
    // The package's entry is the one Settings writes, switched off.
    QCOMPARE(packaged(QStringLiteral("linux/org.phoenix.PhoenixTray.desktop")), Autostart::disablingEntry(QStringLiteral("phoenix")));
    QVERIFY(!Autostart::entryStarts(Autostart::disablingEntry(QStringLiteral("phoenix"))));
    QVERIFY(Autostart::entryStarts(Autostart::desktopEntry(QStringLiteral("/usr/bin/phoenix"))));
}

void TestPackageFiles::applicationEntry()
{
    const QStringList lines = packaged(QStringLiteral("linux/org.phoenix.Phoenix.desktop")).split(QLatin1Char('\n'));
    const QString own = Autostart::applicationEntry(QStringLiteral("phoenix")).replace(QStringLiteral("\"phoenix\""), QStringLiteral("phoenix"));
    for (const QString &line : own.split(QLatin1Char('\n')))
        QVERIFY2(lines.contains(line), qPrintable(QStringLiteral("the packaged desktop entry lacks: ") + line));
}

void TestPackageFiles::autostartSwitchOverTheSystemEntry()
{
    QTemporaryDir home;
    QTemporaryDir system;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());
    const QString systemEntry = system.filePath(QStringLiteral("autostart/org.phoenix.PhoenixTray.desktop"));
    QVERIFY(writeFile(systemEntry, packaged(QStringLiteral("linux/org.phoenix.PhoenixTray.desktop"))));
    QString error;

    // As installed: off; the user turns it on and off again.
    QCOMPARE(Autostart::effectiveEntryPath(), systemEntry);
    QVERIFY(!Autostart::isEnabled());
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/phoenix"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QCOMPARE(readFile(Autostart::entryPath()), Autostart::desktopEntry(QStringLiteral("/usr/bin/phoenix")));
    QVERIFY2(Autostart::setEnabled(false, {}, &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(!QFile::exists(Autostart::entryPath()));

    // An administrator turned it on for everybody: this user opts out with a Hidden entry.
    QVERIFY(writeFile(systemEntry, Autostart::desktopEntry(QStringLiteral("/usr/bin/phoenix"))));
    QVERIFY(Autostart::isEnabled());
    QVERIFY2(Autostart::setEnabled(false, QStringLiteral("/usr/bin/phoenix"), &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(readFile(Autostart::entryPath()).contains(QLatin1String("\nHidden=true\n")));
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/phoenix"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_DIRS");
}

void TestPackageFiles::schedulerUnitsAreScheduleInstalls()
{
    // `schedule install` writes these names to ~/.config/systemd/user with the cloud and database
    // of the user (which then take precedence); the package's are the same without them.
    const QStringList command = CtlScheduleInstall::tickCommand(QStringLiteral("phoenixctl"), QString(), QString());
    QCOMPARE(packaged(QStringLiteral("linux/phoenix-scheduler.service")), CtlScheduleInstall::systemdService(command));
    QCOMPARE(packaged(QStringLiteral("linux/phoenix-scheduler.timer")), CtlScheduleInstall::systemdTimer(60));
}

void TestPackageFiles::manPageFollowsHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("alsoAccepted"); // options the program takes that --help does not list
    QTest::newRow("phoenix") << QStringLiteral(PHOENIX_PATH) << QStringLiteral("man/phoenix.1") << QStringList();
    QTest::newRow("phoenixctl") << QStringLiteral(PHOENIXCTL_PATH) << QStringLiteral("man/phoenixctl.1")
                                << QStringList{QStringLiteral("help"), QStringLiteral("version")};
}

void TestPackageFiles::manPageFollowsHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, page);
    QFETCH(QStringList, alsoAccepted);
    const QString help = helpOf(program);
    QVERIFY2(!help.isEmpty(), qPrintable(program + QStringLiteral(" --help failed")));
    const QString man = manText(packaged(page));
    const QSet<QString> inHelp = longOptions(help);
    const QSet<QString> inMan = longOptions(man);
    QStringList missing = (inHelp - inMan).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(page + QStringLiteral(" lacks --help's: --") + missing.join(QStringLiteral(", --"))));
    QStringList unknown = (inMan - inHelp - QSet<QString>(alsoAccepted.cbegin(), alsoAccepted.cend())).values();
    unknown.sort();
    QVERIFY2(unknown.isEmpty(), qPrintable(page + QStringLiteral(" names options --help does not: --") + unknown.join(QStringLiteral(", --"))));
    QVERIFY2(man.contains(QStringLiteral("Phoenix " PHOENIX_VERSION)), "the man page's version is not the build's");
}

void TestPackageFiles::manPageNamesEveryCommand()
{
    const QString man = manText(packaged(QStringLiteral("man/phoenixctl.1")));
    for (const CtlSubcommand &row : CtlCommandLine::table()) {
        if (row.group.isEmpty())
            continue;
        // "desktops start" may be written "desktops start|stop|…": the group, then the verb's words
        const QStringList words = row.verb.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString pattern = QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(row.group);
        for (const QString &w : words)
            pattern += QStringLiteral("\\s+(?:[\\w-]+\\|)*") + QRegularExpression::escape(w) + QStringLiteral("(?![\\w-])");
        QVERIFY2(QRegularExpression(pattern).match(man).hasMatch(), qPrintable(QStringLiteral("phoenixctl.1 lacks the command ") + row.name()));
    }
}

void TestPackageFiles::completionKnowsEveryCommand()
{
    QMap<QString, QString> expected;
    for (const CtlSubcommand &row : CtlCommandLine::table()) {
        if (row.group.isEmpty())
            continue;
        QStringList options;
        for (const CtlOption &o : row.options)
            options << QStringLiteral("--") + o.name;
        expected.insert(row.name(), options.join(QLatin1Char(' ')));
    }
    const QString out = bash(QStringLiteral("source '" PHOENIX_COMPLETION "' && for k in \"${!_phoenixctl_options[@]}\"; do "
                                            "printf '%s=%s\\n' \"$k\" \"${_phoenixctl_options[$k]}\"; done"));
    QMap<QString, QString> actual;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        actual.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    QCOMPARE(actual, expected);
}

void TestPackageFiles::completionCompletes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("groups") << QStringList{QStringLiteral("des")} << QStringLiteral("desktops ");
    QTest::newRow("verbs") << QStringList{QStringLiteral("desktops"), QStringLiteral("s")}
                           << QStringLiteral("shelve show start stop suspend ");
    QTest::newRow("after --os-cloud's value") << QStringList{QStringLiteral("--os-cloud"), QStringLiteral("lab"), QStringLiteral("tasks"), QStringLiteral("re")}
                                              << QStringLiteral("resume retry ");
    QTest::newRow("options") << QStringList{QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--r")}
                             << QStringLiteral("--require-tls --role ");
    QTest::newRow("role") << QStringList{QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--role"), QString()}
                          << QStringLiteral("student teacher ");
    QTest::newRow("clouds") << QStringList{QStringLiteral("--os-cloud"), QString()} << QStringLiteral("lab-admin lab-school ");
}

void TestPackageFiles::completionCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("clouds.yaml")),
                      QStringLiteral("clouds:\n  lab-admin:\n    auth:\n      username: a\n  lab-school:\n    region_name: r\n")));
    QCOMPARE(completionFor(words, QStringLiteral("OS_CLIENT_CONFIG_FILE='%1'").arg(dir.filePath(QStringLiteral("clouds.yaml")))) + QLatin1Char(' '),
             expected);
}

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
