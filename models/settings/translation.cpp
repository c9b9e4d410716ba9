#include "models/settings/translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
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

QString Translation::withoutMnemonic(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s?[(\\x{FF08}]&[^&\\s][)\\x{FF09}]"));
    QString out = text;
    out.remove(bracketed);
    QString plain;
    plain.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('&')) {
            if (i + 1 < out.size() && out.at(i + 1) == QLatin1Char('&'))
                plain += out.at(++i);
            continue;
        }
        plain += out.at(i);
    }
    return plain;
}
