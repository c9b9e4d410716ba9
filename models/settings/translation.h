#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

// Loads Phoenix's and Qt's translations for a language ("" = system locale) and swaps them at
// run time. The .qm files are compiled into the binary (qt_add_translations, :/i18n/).
class Translation
{
public:
    static QStringList availableLanguages(); // {"en", "zh_CN"}
    // Resolves "" to the best available language for the system locale.
    static QString resolve(const QString &requested);
    // Installs the translators, replacing the previous ones; returns the language in effect.
    static QString apply(const QString &requested);
    // A menu text without its mnemonic, for tool tips, accessible names and tool-button text:
    // "&Resume" -> "Resume", "恢复(&R)" -> "恢复" (the Chinese style puts the key in brackets),
    // "Images && flavors" -> "Images & flavors".
    static QString withoutMnemonic(const QString &text);
};
