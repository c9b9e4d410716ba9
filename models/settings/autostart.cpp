#include "models/settings/autostart.h"

#include "models/settings/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrlQuery>

namespace
{
// Desktop Entry Exec quoting: the path in double quotes with \ " ` $ escaped.
QString quoted(const QString &program)
{
    QString p = program;
    for (const char *c : {"\\", "\"", "`", "$"})
        p.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return QLatin1Char('"') + p + QLatin1Char('"');
}

#ifdef Q_OS_WIN
QSettings runKey()
{
    return QSettings(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"), QSettings::NativeFormat);
}
#endif

// The keys of packaging/linux/org.phoenix.PhoenixTray.desktop (the package's disabled entry);
// tst_packagefiles checks that both say the same.
QString trayEntry(const QString &program, const char *switchKeys)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Phoenix tray\n"
                          "Name[zh_CN]=Phoenix 托盘\n"
                          "Comment=Open your cloud desktop from the tray\n"
                          "Exec=%1 --tray\n"
                          "Icon=org.phoenix.Phoenix\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n")
        .arg(quoted(program))
        + QLatin1String(switchKeys);
}

const QString EntryName = QStringLiteral("autostart/org.phoenix.PhoenixTray.desktop");
} // namespace

QString Autostart::desktopEntry(const QString &program)
{
    return trayEntry(program, "X-GNOME-Autostart-enabled=true\n");
}

QString Autostart::disablingEntry(const QString &program)
{
    return trayEntry(program, "X-GNOME-Autostart-enabled=false\nHidden=true\n");
}

bool Autostart::entryStarts(const QString &text)
{
    bool inMainGroup = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inMainGroup = line == QLatin1String("[Desktop Entry]");
        else if (inMainGroup && (line == QLatin1String("Hidden=true") || line == QLatin1String("X-GNOME-Autostart-enabled=false")))
            return false;
    }
    return true;
}

QString Autostart::applicationEntry(const QString &program)
{
    // The keys of packaging/linux/org.phoenix.Phoenix.desktop that matter to a user's copy.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Phoenix\n"
                          "Comment=Cloud classroom desktops on OpenStack\n"
                          "Exec=%1 %u\n"
                          "Icon=org.phoenix.Phoenix\n"
                          "Terminal=false\n"
                          "Categories=Education;Qt;\n"
                          "MimeType=x-scheme-handler/phoenix;\n"
                          "Actions=tray;\n"
                          "\n"
                          "[Desktop Action tray]\n"
                          "Name=Teacher tray\n"
                          "Exec=%1 --tray\n")
        .arg(quoted(program));
}

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(EntryName);
}

QString Autostart::effectiveEntryPath()
{
    // The user's folder comes first in GenericConfigLocation, then $XDG_CONFIG_DIRS (/etc/xdg).
    return QFile::exists(entryPath()) ? entryPath() : QStandardPaths::locate(QStandardPaths::GenericConfigLocation, EntryName);
}

bool Autostart::isEnabled()
{
#ifdef Q_OS_WIN
    return runKey().contains(QStringLiteral("PhoenixTray"));
#else
    const QString path = effectiveEntryPath();
    QFile file(path);
    return !path.isEmpty() && file.open(QIODevice::ReadOnly) && entryStarts(QString::fromUtf8(file.readAll()));
#endif
}

bool Autostart::setEnabled(bool enabled, const QString &program, QString *error)
{
#ifdef Q_OS_WIN
    QSettings key = runKey();
    if (enabled)
        key.setValue(QStringLiteral("PhoenixTray"), QStringLiteral("\"%1\" --tray").arg(QDir::toNativeSeparators(program)));
    else
        key.remove(QStringLiteral("PhoenixTray"));
    key.sync();
    if (key.status() != QSettings::NoError && error)
        *error = QCoreApplication::translate("Autostart", "Windows did not accept the start-up entry.");
    return key.status() == QSettings::NoError;
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = QCoreApplication::translate("Autostart", "Could not remove %1.").arg(path);
            return false;
        }
        if (!isEnabled())
            return true;
        // An administrator enabled the system's entry for everybody: this user opts out.
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Could not create the folder of %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    const QString text = enabled ? desktopEntry(program) : disablingEntry(program);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}

std::optional<PhoenixUrl> PhoenixUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("phoenix"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // phoenix://open (host) and phoenix:open (path) both name the action.
    QString action = url.host().isEmpty() ? url.path() : url.host();
    if (action.startsWith(QLatin1Char('/')))
        action = action.mid(1);
    if (action.endsWith(QLatin1Char('/')))
        action.chop(1);
    action = action.toLower();
    if (action != QLatin1String("open"))
        return std::nullopt;
    PhoenixUrl out;
    out.action = action;
    out.desktop = QUrlQuery(url).queryItemValue(QStringLiteral("desktop"), QUrl::FullyDecoded);
    return out;
}
