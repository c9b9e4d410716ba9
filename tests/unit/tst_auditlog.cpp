#include "models/items/tableexport.h"
#include "models/store/auditlog.h"
#include "storetestutil.h"

#include <QBuffer>
#include <QTest>

using StoreTest::Fixture;

namespace
{
// A strict RFC 4180 reader for checking the export: records end in CRLF, quoted fields may hold
// , " CR LF, and "" is a quote. Returns false on anything malformed.
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return false; // quote or bare LF in an unquoted field
                field += text.at(i++);
            }
        }
        record << field;
        field.clear();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            *records << record;
            record.clear();
            continue;
        }
        return false; // a record must end in CRLF
    }
    return record.isEmpty();
}

AuditEntry entry(const QString &user, const QString &action, const QString &target, const QDateTime &at,
                 const QString &result = QStringLiteral("done"))
{
    AuditEntry e;
    e.at = at;
    e.user = user;
    e.project = QStringLiteral("school");
    e.action = action;
    e.targetId = QStringLiteral("id-") + target;
    e.targetName = target;
    e.result = result;
    e.requestId = QStringLiteral("req-") + target;
    return e;
}

const QDateTime T0 = QDateTime::fromString(QStringLiteral("2026-11-26T08:00:00.000Z"), Qt::ISODateWithMs);
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTest::addBackendRows(); }
    void init();
    void cleanup();

    void appendAndReadBack();
    void queryFilters();
    void csvQuotesCommasQuotesNewlinesAndChinese();
    void csvExportFollowsTheFilter();
    void csvOptions();

private:
    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_fx = std::make_unique<Fixture>();
    STORE_SETUP(*m_fx, backend);
    m_log = std::make_unique<AuditLog>(m_fx->db());
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_fx.reset();
}

void TestAuditLog::appendAndReadBack()
{
    AuditEntry e = entry(QStringLiteral("teacher1"), QStringLiteral("resume"), QStringLiteral("pc-01"), T0);
    e.detail = QStringLiteral("resumed for lesson 3");
    e.batchId = QStringLiteral("batch-1");
    e.taskId = QStringLiteral("task-1");
    Result<qint64> id = m_log->append(e);
    QVERIFY2(id.ok(), qPrintable(id.error().userMessage()));
    e.id = id.value();
    const QList<AuditEntry> all = m_log->query().value();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first() == e);

    // Several in one transaction; `at` defaults to now.
    QList<AuditEntry> batch{entry(QStringLiteral("admin"), QStringLiteral("suspend"), QStringLiteral("pc-02"), QDateTime()),
                            entry(QStringLiteral("admin"), QStringLiteral("suspend"), QStringLiteral("pc-03"), QDateTime())};
    QVERIFY(!m_log->append(&batch));
    QVERIFY(batch.at(0).id > e.id);
    QVERIFY(batch.at(1).id > batch.at(0).id);
    QVERIFY(qAbs(batch.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QCOMPARE(m_log->query().value().size(), 3);
}

void TestAuditLog::queryFilters()
{
    QList<AuditEntry> entries{
        entry(QStringLiteral("teacher1"), QStringLiteral("resume"), QStringLiteral("pc-01"), T0),
        entry(QStringLiteral("teacher1"), QStringLiteral("suspend"), QStringLiteral("pc-01"), T0.addSecs(3600)),
        entry(QStringLiteral("admin"), QStringLiteral("delete"), QStringLiteral("pc-02"), T0.addSecs(7200), QStringLiteral("failed")),
        entry(QStringLiteral("admin"), QStringLiteral("resume"), QStringLiteral("pc-03"), T0.addDays(1)),
    };
    QVERIFY(!m_log->append(&entries));

    auto targets = [this](const AuditFilter &f) {
        QStringList out;
        const QList<AuditEntry> rows = m_log->query(f).value(); // a copy: the Result is a temporary
        for (const AuditEntry &e : rows)
            out << e.targetName + QLatin1Char('/') + e.action;
        return out;
    };
    AuditFilter f;
    QCOMPARE(targets(f), (QStringList{QStringLiteral("pc-03/resume"), QStringLiteral("pc-02/delete"),
                                      QStringLiteral("pc-01/suspend"), QStringLiteral("pc-01/resume")}));
    f.user = QStringLiteral("teacher1");
    QCOMPARE(targets(f), (QStringList{QStringLiteral("pc-01/suspend"), QStringLiteral("pc-01/resume")}));
    f = {};
    f.target = QStringLiteral("id-pc-02"); // by id
    QCOMPARE(targets(f), QStringList{QStringLiteral("pc-02/delete")});
    f.target = QStringLiteral("pc-01"); // by name
    QCOMPARE(targets(f).size(), 2);
    f = {};
    f.action = QStringLiteral("resume");
    QCOMPARE(targets(f), (QStringList{QStringLiteral("pc-03/resume"), QStringLiteral("pc-01/resume")}));
    f = {};
    f.from = T0.addSecs(3600);
    f.to = T0.addSecs(7200); // [from, to)
    QCOMPARE(targets(f), QStringList{QStringLiteral("pc-01/suspend")});
    f = {};
    f.limit = 2;
    f.newestFirst = false;
    QCOMPARE(targets(f), (QStringList{QStringLiteral("pc-01/resume"), QStringLiteral("pc-01/suspend")}));
    f = {};
    f.user = QStringLiteral("nobody");
    QVERIFY(targets(f).isEmpty());
}

void TestAuditLog::csvQuotesCommasQuotesNewlinesAndChinese()
{
    AuditEntry tricky = entry(QStringLiteral("王老师"), QStringLiteral("create"), QStringLiteral("课堂, \"A\" 班"), T0);
    tricky.detail = QStringLiteral("line one\nline two, with \"quotes\"\r\nline three");
    tricky.project = QStringLiteral("plain");
    AuditEntry simple = entry(QStringLiteral("admin"), QStringLiteral("resume"), QStringLiteral("pc-01"), T0.addSecs(1));
    QList<AuditEntry> entries{tricky, simple};
    QVERIFY(!m_log->append(&entries));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    AuditFilter oldestFirst;
    oldestFirst.newestFirst = false;
    Result<int> written = TableExport::writeAuditLog(*m_log, &buffer, oldestFirst, /*byteOrderMark=*/false);
    QVERIFY2(written.ok(), qPrintable(written.error().userMessage()));
    QCOMPARE(written.value(), 2);
    const QByteArray bytes = buffer.data();

    QVERIFY(bytes.startsWith("id,time,user,project,action,target_id,target_name,result,request_id,detail,batch_id,task_id\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains(QStringLiteral("\"课堂, \"\"A\"\" 班\"").toUtf8()));
    QVERIFY(bytes.contains("\"line one\nline two, with \"\"quotes\"\"\r\nline three\""));
    QVERIFY(bytes.contains(QStringLiteral(",王老师,").toUtf8()));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));

    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(bytes), &records));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), AuditLog::csvColumns());
    const QStringList row = records.at(1);
    QCOMPARE(row.size(), 12);
    QCOMPARE(row.at(0), QString::number(entries.at(0).id));
    QCOMPARE(row.at(1), QStringLiteral("2026-11-26T08:00:00.000Z"));
    QCOMPARE(row.at(2), tricky.user);
    QCOMPARE(row.at(6), tricky.targetName);
    QCOMPARE(row.at(9), tricky.detail);
    QCOMPARE(records.at(2).at(6), QStringLiteral("pc-01"));
    QCOMPARE(records.at(2).at(8), QStringLiteral("req-pc-01"));
}

void TestAuditLog::csvExportFollowsTheFilter()
{
    QList<AuditEntry> entries{entry(QStringLiteral("a"), QStringLiteral("resume"), QStringLiteral("x"), T0),
                              entry(QStringLiteral("b"), QStringLiteral("resume"), QStringLiteral("y"), T0.addSecs(5)),
                              entry(QStringLiteral("a"), QStringLiteral("delete"), QStringLiteral("z"), T0.addSecs(9))};
    QVERIFY(!m_log->append(&entries));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    AuditFilter f;
    f.user = QStringLiteral("a");
    f.limit = 0;
    Result<int> written = TableExport::writeAuditLog(*m_log, &buffer, f, false);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 2);
    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(buffer.data()), &records));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).at(6), QStringLiteral("z")); // newest first by default
    QCOMPARE(records.at(2).at(6), QStringLiteral("x"));

    // Empty log part: only the header.
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::WriteOnly));
    f.user = QStringLiteral("nobody");
    QCOMPARE(TableExport::writeAuditLog(*m_log, &empty, f, false).value(), 0);
    QCOMPARE(empty.data().count("\r\n"), 1);

    // A device that is not writable is an error, not a crash.
    QBuffer closed;
    QVERIFY(TableExport::writeAuditLog(*m_log, &closed, f).error().isError());
}

void TestAuditLog::csvOptions()
{
    AuditEntry evil = entry(QStringLiteral("student"), QStringLiteral("create"), QStringLiteral("=HYPERLINK(\"http://x\")"), T0);
    QVERIFY(m_log->append(evil).ok());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(TableExport::writeAuditLog(*m_log, &buffer, {}).ok()); // BOM by default, formulas always guarded
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF" "id,time,"));
    QList<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(buffer.data().mid(3)), &records));
    QCOMPARE(records.at(1).at(6), QStringLiteral("'=HYPERLINK(\"http://x\")"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
