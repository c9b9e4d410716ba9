#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslation, "phoenix.models.translation")

namespace
{
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
} // namespace

QStringList Translation::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translation::resolve(const QString &requested)
{
    if (availableLanguages().contains(requested))
        return requested;
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString Translation::apply(const QString &requested)
{
    const QString language = resolve(requested);
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_app = new QTranslator(app);
    if (s_app->load(QStringLiteral(":/i18n/phoenix_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s_app);
    else
        qCWarning(lcTranslation) << "no translation for" << language;
    s_qt = new QTranslator(app);
    if (s_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    QLocale::setDefault(QLocale(language));
    return language;
}
