// The translations: translations/phoenix_zh_CN.ts is complete and consistent with its sources
// (placeholders, accelerators, HTML tags), phoenix_en.ts has English plural forms, and the .qm
// files compiled into phoenix_models are the ones the .ts files describe.
#include "models/domain/desktoppolicy.h"
#include "models/domain/tasktypes.h"
#include "models/settings/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace
{
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
    qint64 line = 0;
};

QString translationsDir()
{
    // PHOENIX_TEST_DATA is tests/data; the translations are ../../translations from there.
    const QString data = qEnvironmentVariable("PHOENIX_TEST_DATA");
    if (!data.isEmpty()) {
        const QString dir = QDir(data).absoluteFilePath(QStringLiteral("../../translations"));
        if (QFileInfo::exists(dir + QStringLiteral("/phoenix_zh_CN.ts")))
            return QDir::cleanPath(dir);
    }
    // Otherwise relative to this source file (tests/unit/).
    return QDir::cleanPath(QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../../translations"));
}

bool readTs(const QString &path, QString *language, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(current);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

// %1..%99, %L1, %n, %Ln: what QString::arg() and tr()'s numerus replace
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// The accelerator letter (upper case) of a text, or a null QChar; "&&" is a literal ampersand.
QChar accelerator(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    if (at < 0 || at + 1 >= text.size() || text.at(at + 1).isSpace())
        return {};
    return text.at(at + 1).toUpper();
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z]+[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(70));
}

// Problems of one translation form against its source.
QStringList formProblems(const Message &m, const QString &form)
{
    QStringList problems;
    if (form.trimmed().isEmpty())
        return {QStringLiteral("empty translation")};
    if (placeholders(m.source) != placeholders(form)) {
        problems << QStringLiteral("placeholders %1 in the source, %2 in the translation")
                        .arg(placeholders(m.source).join(QLatin1Char(' ')), placeholders(form).join(QLatin1Char(' ')));
    }
    const QChar key = accelerator(m.source);
    if (!key.isNull() && accelerator(form) != key)
        problems << QStringLiteral("accelerator &%1 lost").arg(key);
    if (htmlTags(m.source) != htmlTags(form))
        problems << QStringLiteral("HTML tags differ");
    if (m.source.endsWith(QLatin1Char(':')) && !form.endsWith(QLatin1Char(':')) && !form.endsWith(QChar(0xFF1A)))
        problems << QStringLiteral("trailing colon lost");
    if (m.source.endsWith(QChar(0x2026)) && !form.endsWith(QChar(0x2026)))
        problems << QStringLiteral("trailing ellipsis lost");
    if (m.source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
        problems << QStringLiteral("trailing line break differs");
    return problems;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zhCnIsCompleteAndConsistent();
    void englishHasPluralForms();
    void compiledChineseMatchesTs();
    void knownStrings();
    void withoutMnemonic();
};

void TestTranslations::zhCnIsCompleteAndConsistent()
{
    const QString path = translationsDir() + QStringLiteral("/phoenix_zh_CN.ts");
    QString language, error;
    QList<Message> messages;
    QVERIFY2(readTs(path, &language, &messages, &error), qPrintable(path + QStringLiteral(": ") + error));
    QCOMPARE(language, QStringLiteral("zh_CN"));
    QVERIFY2(messages.size() > 500, qPrintable(QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(path)));

    QStringList problems;
    for (const Message &m : std::as_const(messages)) {
        if (!m.type.isEmpty()) {
            problems << describe(m) + QStringLiteral(": ") + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != 1) {
            problems << describe(m) + QStringLiteral(": %1 numerus forms, Chinese has one").arg(m.forms.size());
            continue;
        }
        for (const QString &form : m.forms) {
            for (const QString &p : formProblems(m, form))
                problems << describe(m) + QStringLiteral(": ") + p;
        }
    }
    if (!problems.isEmpty()) {
        qWarning().noquote() << problems.size() << "problem(s) in" << path << "- translate with tests/tools/ts_fill.py:\n  "
                             << problems.join(QStringLiteral("\n  "));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in phoenix_zh_CN.ts, first: %2")
                                                .arg(problems.size())
                                                .arg(problems.value(0))));
}

void TestTranslations::englishHasPluralForms()
{
    const QString path = translationsDir() + QStringLiteral("/phoenix_en.ts");
    QString language, error;
    QList<Message> messages;
    QVERIFY2(readTs(path, &language, &messages, &error), qPrintable(path + QStringLiteral(": ") + error));
    QVERIFY2(language.startsWith(QStringLiteral("en")), qPrintable(language));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : std::as_const(messages)) {
        if (!m.numerus)
            continue; // English is the source language: a missing translation shows the source
        ++numerus;
        if (!m.type.isEmpty())
            problems << describe(m) + QStringLiteral(": ") + m.type;
        else if (m.forms.size() != 2)
            problems << describe(m) + QStringLiteral(": %1 forms, English needs singular and plural").arg(m.forms.size());
        else if (!m.forms.at(0).contains(QStringLiteral("%n")) || !m.forms.at(1).contains(QStringLiteral("%n")))
            problems << describe(m) + QStringLiteral(": a form without %n");
        else if (m.forms.at(0).contains(QStringLiteral("(s)")) || m.forms.at(1).contains(QStringLiteral("(s)")))
            problems << describe(m) + QStringLiteral(": \"(s)\" left in a form");
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledChineseMatchesTs()
{
    // Every translation in the .ts is what the embedded :/i18n/phoenix_zh_CN.qm gives at run time.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/phoenix_zh_CN.qm")));
    QString language, error;
    QList<Message> messages;
    QVERIFY(readTs(translationsDir() + QStringLiteral("/phoenix_zh_CN.ts"), &language, &messages, &error));
    QCOMPARE(Translation::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QStringList stale;
    for (const Message &m : std::as_const(messages)) {
        if (!m.type.isEmpty() || m.forms.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        const int n = m.numerus ? 3 : -1;
        const QString expected = m.numerus ? QString(m.forms.first()).replace(QStringLiteral("%n"), QStringLiteral("3"))
                                           : m.forms.first();
        if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n) != expected)
            stale << describe(m);
    }
    Translation::apply(QStringLiteral("en"));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 message(s) differ from the compiled .qm (rebuild?), first: %2")
                                             .arg(stale.size())
                                             .arg(stale.value(0))));
}

void TestTranslations::knownStrings()
{
    QCOMPARE(Translation::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("CloudError", "The operation was cancelled."), QString::fromUtf8("操作已取消。"));
    QCOMPARE(TaskText::kindName(TaskKind::Resume), QString::fromUtf8("恢复"));
    QCOMPARE(TaskText::kindName(TaskKind::Suspend), QString::fromUtf8("挂起"));
    QCOMPARE(TaskText::kindName(TaskKind::Rebuild), QString::fromUtf8("还原"));
    QCOMPARE(TaskText::stateName(TaskState::Failed), QString::fromUtf8("失败"));
    QCOMPARE(DesktopPolicy::actionText(DesktopCommand::Resume), QString::fromUtf8("恢复(&R)"));
    QCOMPARE(QCoreApplication::translate("DesktopActions", "Delete %n desktop(s)?", nullptr, 12),
             QString::fromUtf8("删除 12 个桌面？"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), QString::fromUtf8("帮助(&H)"));

    QCOMPARE(Translation::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(TaskText::kindName(TaskKind::Resume), QStringLiteral("Resume"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Saved %n row(s) to %1.", nullptr, 1),
             QStringLiteral("Saved 1 row to %1."));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Saved %n row(s) to %1.", nullptr, 2),
             QStringLiteral("Saved 2 rows to %1."));
    QCOMPARE(QCoreApplication::translate("AuditLogView", "%n entr(ies)", nullptr, 1), QStringLiteral("1 entry"));
}

void TestTranslations::withoutMnemonic()
{
    QCOMPARE(Translation::withoutMnemonic(QStringLiteral("&Resume")), QStringLiteral("Resume"));
    QCOMPARE(Translation::withoutMnemonic(QStringLiteral("Re&boot")), QStringLiteral("Reboot"));
    QCOMPARE(Translation::withoutMnemonic(QStringLiteral("Images && flavors")), QStringLiteral("Images & flavors"));
    QCOMPARE(Translation::withoutMnemonic(QString::fromUtf8("恢复(&R)")), QString::fromUtf8("恢复"));
    QCOMPARE(Translation::withoutMnemonic(QString::fromUtf8("新建桌面(&N)…")), QString::fromUtf8("新建桌面…"));
    QCOMPARE(Translation::withoutMnemonic(QString::fromUtf8("导出 CSV(&X)…")), QString::fromUtf8("导出 CSV…"));
    QCOMPARE(Translation::withoutMnemonic(QString::fromUtf8("区域（可选）(&G)：")), QString::fromUtf8("区域（可选）："));
    QCOMPARE(Translation::withoutMnemonic(QStringLiteral("Plain (text)")), QStringLiteral("Plain (text)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
