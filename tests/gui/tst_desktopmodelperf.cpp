// The desktop tables at school scale (10,000 desktops, the three sorted, filtered tab proxies
// attached): the first listing arrives in chunks, a 1 % refresh and a churn of new and deleted
// desktops are applied as diffs, never as a reset. The times are printed, not asserted: the
// figures of record (and their targets) are tests/bench/bench_desktops (./dev.sh bench).

#include "models/items/desktopfilterproxy.h"
#include "models/items/desktoptablemodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestDesktopModelPerf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshOf10000WithOnePercentChanged();

private:
    static Server make(int i);
};

Server TestDesktopModelPerf::make(int i)
{
    Server s;
    s.id = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
    const int course = i / 40;
    s.name = QStringLiteral("c%1-stu%2").arg(course).arg(i % 40 + 1, 2, 10, QLatin1Char('0'));
    s.status = i % 3 ? QStringLiteral("SUSPENDED") : QStringLiteral("ACTIVE");
    s.imageId = QStringLiteral("img-%1").arg(i % 4);
    s.flavorName = QStringLiteral("desk.small");
    s.created = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()).addSecs(i);
    s.metadata.insert(QStringLiteral("phoenix:role"), i % 40 == 0 ? QStringLiteral("teacher") : QStringLiteral("student"));
    s.metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("c%1").arg(course));
    s.metadata.insert(QStringLiteral("phoenix:owner"), QStringLiteral("user%1").arg(i));
    s.metadata.insert(QStringLiteral("phoenix:seat"), QString::number(i % 40 + 1));
    s.addresses << ServerAddress{QStringLiteral("lab-net"),
                                 QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg(i / 256 % 256).arg(i % 256), 4,
                                 QStringLiteral("fixed"), {}};
    return s;
}

void TestDesktopModelPerf::refreshOf10000WithOnePercentChanged()
{
    constexpr int N = 10000;
    QList<Server> servers;
    servers.reserve(N);
    for (int i = 0; i < N; ++i)
        servers << make(i);

    DesktopTableModel model;
    DesktopFilterProxy teachers(DesktopFilterProxy::RoleFilter::Teacher);
    DesktopFilterProxy students(DesktopFilterProxy::RoleFilter::Student);
    DesktopFilterProxy others(DesktopFilterProxy::RoleFilter::Other);
    for (DesktopFilterProxy *p : {&teachers, &students, &others}) {
        p->setSourceModel(&model);
        p->sort(DesktopTableModel::Name, Qt::AscendingOrder);
    }

    // The first listing arrives as one diff; the model inserts it a chunk per event-loop turn.
    QElapsedTimer t;
    t.start();
    QElapsedTimer r;
    r.start();
    model.applyDiff(servers, {});
    qint64 worstChunkMs = r.elapsed();
    QList<qint64> steps = {worstChunkMs};
    int chunks = 1;
    while (model.hasPendingInserts()) {
        r.start();
        model.insertPendingChunk();
        worstChunkMs = qMax(worstChunkMs, r.elapsed());
        steps << r.elapsed();
        ++chunks;
    }
    qInfo() << "steps (ms):" << steps;
    const qint64 firstFillMs = t.elapsed();
    QCOMPARE(students.rowCount() + teachers.rowCount(), N);

    // one poll: 1 % changed (state), a few new, a few gone
    QList<Server> changed;
    for (int i = 0; i < N; i += 100) {
        Server s = servers.at(i);
        s.status = s.status == QLatin1String("ACTIVE") ? QStringLiteral("SUSPENDED") : QStringLiteral("ACTIVE");
        changed << s;
    }
    for (int i = N; i < N + 10; ++i)
        changed << make(i);
    QStringList removed;
    for (int i = 5; i < 5 + 10 * 97; i += 97)
        removed << servers.at(i).id;
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);

    // 10 new and 10 deleted desktops (scattered) in one poll
    r.start();
    model.applyDiff(changed.mid(changed.size() - 10), removed);
    const double churnMs = r.nsecsElapsed() / 1e6;
    changed.resize(changed.size() - 10);

    QList<qint64> samples;
    for (int round = 0; round < 7; ++round) {
        // flip the same servers back and forth so that every round changes 1 %
        for (Server &s : changed)
            s.status = s.status == QLatin1String("ACTIVE") ? QStringLiteral("SUSPENDED") : QStringLiteral("ACTIVE");
        r.start();
        model.applyDiff(changed, {});
        samples << r.nsecsElapsed() / 1000;
    }
    std::sort(samples.begin(), samples.end());
    const double medianMs = samples.at(samples.size() / 2) / 1000.0;
    qInfo("desktop tables, %d desktops, 3 sorted proxies: first listing %lld ms in %d chunks (longest GUI-thread step "
          "%lld ms); refresh with 1%% changed: median %.2f ms (min %.2f, max %.2f); 10 new + 10 deleted: %.1f ms",
          N, firstFillMs, chunks, worstChunkMs, medianMs, samples.first() / 1000.0, samples.last() / 1000.0, churnMs);
    QVERIFY2(chunks > 1, "the first listing must arrive in chunks, not in one long GUI-thread step");
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), N + 10 - 10);
}

QTEST_MAIN(TestDesktopModelPerf)
#include "tst_desktopmodelperf.moc"
