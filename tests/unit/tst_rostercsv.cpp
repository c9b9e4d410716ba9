// Roster CSV import (UTF-8 and GBK, header owner,seat, every bad row named with its line, all or
// nothing) and export.
#include "models/lessons/rostercsv.h"

#include <QTest>

class TestRosterCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8WithBom()
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("owner,seat\r\n王小明,1\r\nli.lei,2\r\n").toUtf8();
        const RosterImport r = RosterCsv::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.report()));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.seats, (QList<RosterSeat>{{QStringLiteral("王小明"), 1}, {QStringLiteral("li.lei"), 2}}));
    }

    void gbk()
    {
        const QString text = QStringLiteral("用户名,座位\n张三,3\n李四,1\n");
        const QByteArray gbk = RosterCsv::encodeGbk(text);
        QVERIFY(!gbk.isEmpty());
        QVERIFY(gbk != text.toUtf8()); // really another encoding
        const RosterImport r = RosterCsv::parse(gbk);
        QVERIFY2(r.ok(), qPrintable(r.report()));
        QCOMPARE(r.encoding, QStringLiteral("GBK"));
        QCOMPARE(r.seats, (QList<RosterSeat>{{QStringLiteral("李四"), 1}, {QStringLiteral("张三"), 3}}));
    }

    void emptySeatsNumberedAfterGivenOnes()
    {
        const RosterImport r = RosterCsv::parse("seat,owner\n5,a\n,b\n2,c\n,d\n");
        QVERIFY2(r.ok(), qPrintable(r.report()));
        QCOMPARE(r.seats, (QList<RosterSeat>{{QStringLiteral("c"), 2}, {QStringLiteral("a"), 5}, {QStringLiteral("b"), 6},
                                              {QStringLiteral("d"), 7}}));
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<RosterCsv::Rules>("rules");
        QTest::addColumn<QList<int>>("lines"); // every bad row, by line
        QTest::addColumn<QString>("word");     // in the first problem
        QTest::newRow("no header") << QByteArray("s1,1\ns2,2\n") << RosterCsv::Rules() << QList<int>{1}
                                   << QStringLiteral("header");
        QTest::newRow("every bad row named")
            << QByteArray("owner,seat\ns1,1\n,2\ns3,x\ns4,1\ns1,9\ns 6,4\n") << RosterCsv::Rules()
            << QList<int>{3, 4, 5, 6, 7} << QStringLiteral("empty");
        QTest::newRow("seat beyond the classroom")
            << QByteArray("owner,seat\ns1,1\ns2,31\n") << RosterCsv::Rules{0, 30, QString()} << QList<int>{3}
            << QStringLiteral("31");
        QTest::newRow("over capacity") << QByteArray("owner,seat\ns1,\ns2,\ns3,\n") << RosterCsv::Rules{2, 0, QString()}
                                       << QList<int>{4} << QStringLiteral("2 students");
        QTest::newRow("the teacher") << QByteArray("owner,seat\nzhang.wei,1\n") << RosterCsv::Rules{0, 0, QStringLiteral("zhang.wei")}
                                     << QList<int>{2} << QStringLiteral("teaches");
        QTest::newRow("open quote") << QByteArray("owner,seat\n\"s1,1\n") << RosterCsv::Rules() << QList<int>{2}
                                    << QStringLiteral("quote");
        QTest::newRow("neither UTF-8 nor GBK") << QByteArray("owner,seat\n\xff\xff\xff,1\n") << RosterCsv::Rules()
                                               << QList<int>{0} << QStringLiteral("UTF-8");
        QTest::newRow("empty file") << QByteArray("\n\n") << RosterCsv::Rules() << QList<int>{0} << QStringLiteral("empty");
    }

    void badRows()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(RosterCsv::Rules, rules);
        QFETCH(QList<int>, lines);
        QFETCH(QString, word);
        const RosterImport r = RosterCsv::parse(bytes, rules);
        QVERIFY(!r.ok());
        QVERIFY2(r.seats.isEmpty(), "nothing is half-imported");
        QList<int> got;
        for (const RosterImport::Problem &p : r.problems)
            got << p.line;
        QCOMPARE(got, lines);
        QVERIFY2(r.problems.first().message.contains(word), qPrintable(r.report()));
        if (lines.first() > 0)
            QVERIFY(r.report().startsWith(QStringLiteral("line %1: ").arg(lines.first())));
    }

    void exportRoundTrip()
    {
        const QList<RosterSeat> seats{{QStringLiteral("b,c"), 2}, {QStringLiteral("王小明"), 1}, {QStringLiteral("q\"x"), 3}};
        const QString csv = RosterCsv::toCsv(seats);
        QVERIFY(csv.startsWith(QStringLiteral("owner,seat\n王小明,1\n\"b,c\",2\n")));
        const RosterImport back = RosterCsv::parse(csv.toUtf8());
        QVERIFY2(back.ok(), qPrintable(back.report()));
        QCOMPARE(back.seats, (QList<RosterSeat>{{QStringLiteral("王小明"), 1}, {QStringLiteral("b,c"), 2}, {QStringLiteral("q\"x"), 3}}));
    }
};

Q_DECLARE_METATYPE(RosterCsv::Rules)
QTEST_GUILESS_MAIN(TestRosterCsv)
#include "tst_rostercsv.moc"
