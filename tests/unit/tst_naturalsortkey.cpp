// NaturalSortKey (issue 18): keys made once must order exactly as the natural comparison does,
// in every locale the proxies may use, or the desktop tables would sort differently by key than
// by text.
#include "models/items/naturalsortkey.h"

#include <QTest>

#include <algorithm>

class TestNaturalSortKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysOrderAsTheTexts_data();
    void keysOrderAsTheTexts();
    void naturalOrder();
};

namespace
{
int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

QStringList samples()
{
    return {QStringLiteral("pc-2"), QStringLiteral("pc-10"), QStringLiteral("PC-3"), QStringLiteral("pc-02"),
            QStringLiteral("pc-002"), QStringLiteral("pc"), QStringLiteral("pc-"), QStringLiteral("a"),
            QStringLiteral(""), QStringLiteral("ä-1"), QStringLiteral("a-1"), QStringLiteral("b1"),
            QStringLiteral("b01"), QStringLiteral("b001x"), QStringLiteral("10"), QStringLiteral("9"),
            QStringLiteral("9a"), QStringLiteral("x-y"), QStringLiteral("x_y"), QStringLiteral("x y"),
            QStringLiteral("c01-teacher"), QStringLiteral("c01-001-stu1"), QStringLiteral("c01-002-stu12"),
            QStringLiteral("c1-2"), QStringLiteral("infra-13"), QStringLiteral("Straße 5"),
            QStringLiteral("strasse 5"), QStringLiteral("Zebra"), QStringLiteral("zebra"),
            QStringLiteral("服务器-3"), QStringLiteral("服务器-12"), QStringLiteral("١٢"), QStringLiteral("3"),
            QStringLiteral("00"), QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("b00-249"),
            QStringLiteral("b100-000"), QStringLiteral("B99-1")};
}
} // namespace

void TestNaturalSortKey::keysOrderAsTheTexts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("C") << QStringLiteral("C");
}

void TestNaturalSortKey::keysOrderAsTheTexts()
{
    QFETCH(QString, locale);
    const QCollator collator = NaturalSortKey::makeCollator(QLocale(locale));
    const QStringList texts = samples();
    QList<NaturalSortKey> keys;
    for (const QString &t : texts)
        keys << NaturalSortKey(t, collator);
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(keys.at(i).text(), texts.at(i));
        for (int j = 0; j < texts.size(); ++j) {
            const int byText = sign(NaturalSortKey::compareTexts(texts.at(i), texts.at(j), collator));
            const int byKey = sign(keys.at(i).compare(keys.at(j), collator));
            if (byText != byKey)
                QFAIL(qPrintable(QStringLiteral("%1 vs %2: text %3, key %4").arg(texts.at(i), texts.at(j)).arg(byText).arg(byKey)));
        }
    }
}

void TestNaturalSortKey::naturalOrder()
{
    const QCollator collator = NaturalSortKey::makeCollator(QLocale(QStringLiteral("en_US")));
    QStringList texts = {QStringLiteral("pc-10"), QStringLiteral("pc-2"), QStringLiteral("PC-1"), QStringLiteral("pc-02x"),
                         QStringLiteral("b100-000"), QStringLiteral("b99-249")};
    QList<NaturalSortKey> keys;
    for (const QString &t : texts)
        keys << NaturalSortKey(t, collator);
    std::sort(keys.begin(), keys.end(), [&](const NaturalSortKey &a, const NaturalSortKey &b) { return a.compare(b, collator) < 0; });
    QStringList sorted;
    for (const NaturalSortKey &k : keys)
        sorted << k.text();
    QCOMPARE(sorted, (QStringList{QStringLiteral("b99-249"), QStringLiteral("b100-000"), QStringLiteral("PC-1"),
                                  QStringLiteral("pc-2"), QStringLiteral("pc-02x"), QStringLiteral("pc-10")}));
}

QTEST_GUILESS_MAIN(TestNaturalSortKey)
#include "tst_naturalsortkey.moc"
