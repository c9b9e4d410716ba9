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
} // namespace

QString Autostart::desktopEntry(const QString &program)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Phoenix tray\n"
                          "Name[zh_CN]=Phoenix 托盘\n"
                          "Comment=Open your cloud desktop from the tray\n"
                          "Exec=%1 --tray\n"
                          "Icon=phoenix\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoted(program));
}

QString Autostart::applicationEntry(const QString &program)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Phoenix\n"
                          "Comment=Cloud classroom desktops on OpenStack\n"
                          "Exec=%1 %u\n"
                          "Icon=phoenix\n"
                          "Terminal=false\n"
                          "Categories=Education;Network;\n"
                          "MimeType=x-scheme-handler/phoenix;\n")
        .arg(quoted(program));
}

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/org.phoenix.PhoenixTray.desktop"));
}

bool Autostart::isEnabled()
{
#ifdef Q_OS_WIN
    return runKey().contains(QStringLiteral("PhoenixTray"));
#else
    return QFile::exists(entryPath());
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
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Could not create the folder of %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(desktopEntry(program).toUtf8()) < 0 || !file.commit()) {
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
