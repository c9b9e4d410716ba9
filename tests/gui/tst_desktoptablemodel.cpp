#include "models/items/batchlistmodel.h"
#include "models/items/desktopfilterproxy.h"
#include "models/items/desktoptablemodel.h"
#include "models/items/taskoutcome.h"
#include "models/items/tasktablemodel.h"

#include <QCollator>
#include <QIcon>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestDesktopTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstFillThenDiffsNeverReset();
    void changedRowsGetExplicitRoles();
    void removalsKeepPersistentIndexes();
    void deletedInDeltaIsRemoved();
    void tasksShowProgressAndFailures();
    void taskForCreatedServerAttachesWhenItAppears();
    void imageNamesAndTimes();
    void roleProxies();
    void quickAndFieldFilters();
    void naturalSort();
    void memberSeesOwnOnly();
    void proxySurvivesRefresh();
    void largeListingsArriveInChunks();
    void bigListingIsSortedThenInsertedInNameOrder();
    void cachePagesEndCompleteInNameOrder();
    void refreshSignalsRunsOfAdjacentRows();
    void reachabilityIsADesktopProperty();
    void cancelledAndWarningsAreTheirOwnOutcomes();
    void stageHistoryShowsStartAndDuration();

private:
    DesktopTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

static Server server(const QString &id, const QString &name, const QString &role = QStringLiteral("student"),
                     const QString &status = QStringLiteral("ACTIVE"), const QString &owner = {},
                     const QString &course = QStringLiteral("math"), int seat = 0)
{
    Server s;
    s.id = id;
    s.name = name;
    s.status = status;
    s.imageId = QStringLiteral("img-1");
    s.flavorName = QStringLiteral("desk.small");
    s.created = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
    if (!role.isEmpty()) {
        s.metadata.insert(QStringLiteral("phoenix:role"), role);
        s.metadata.insert(QStringLiteral("phoenix:course"), course);
        s.metadata.insert(QStringLiteral("phoenix:owner"), owner.isEmpty() ? name : owner);
        s.metadata.insert(QStringLiteral("phoenix:seat"), QString::number(seat));
    }
    s.addresses << ServerAddress{QStringLiteral("lab-net"), QStringLiteral("10.0.0.%1").arg(seat + 10), 4,
                                 QStringLiteral("fixed"), {}};
    return s;
}

static QList<Server> classOf(int n)
{
    QList<Server> list;
    for (int i = 1; i <= n; ++i)
        list << server(QStringLiteral("id-%1").arg(i), QStringLiteral("pc-%1").arg(i), QStringLiteral("student"),
                       QStringLiteral("ACTIVE"), {}, QStringLiteral("math"), i);
    return list;
}

void TestDesktopTableModel::init()
{
    m_model = new DesktopTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestDesktopTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestDesktopTableModel::firstFillThenDiffsNeverReset()
{
    m_model->setServers(classOf(3));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(DesktopTableModel::ColumnCount));

    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // 5 new servers arrive in one poll: one batch insert
    QList<Server> more;
    for (int i = 4; i <= 8; ++i)
        more << server(QStringLiteral("id-%1").arg(i), QStringLiteral("pc-%1").arg(i));
    m_model->applyDiff(more, {});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 7);
    QCOMPARE(m_model->rowCount(), 8);

    // the same servers again: nothing changed, nothing emitted
    m_model->applyDiff(more, {});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 1);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("id-6")), 5);
    QCOMPARE(m_model->index(5, DesktopTableModel::Name).data(DesktopTableModel::ServerIdRole).toString(),
             QStringLiteral("id-6"));
}

void TestDesktopTableModel::changedRowsGetExplicitRoles()
{
    m_model->setServers(classOf(4));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    Server s = classOf(4).at(2);
    s.status = QStringLiteral("SUSPENDED");
    m_model->applyDiff({s}, {});
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(topLeft.column(), int(DesktopTableModel::State)); // only the state column changed
    QCOMPARE(bottomRight.column(), int(DesktopTableModel::State));
    QVERIFY(!roles.isEmpty());
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(DesktopTableModel::StateKindRole));
    QCOMPARE(m_model->index(2, DesktopTableModel::State).data().toString(), QStringLiteral("Suspended"));
    QCOMPARE(m_model->index(2, DesktopTableModel::State).data(DesktopTableModel::StateKindRole).toInt(),
             int(DesktopState::Suspended));
    QVERIFY(m_model->index(2, DesktopTableModel::State).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!m_model->index(2, DesktopTableModel::State).data(Qt::DecorationRole).isNull());
    QCOMPARE(m_model->index(2, DesktopTableModel::State).data(DesktopTableModel::RawValueRole).toString(),
             QStringLiteral("SUSPENDED"));

    s.taskState = QStringLiteral("resuming");
    m_model->applyDiff({s}, {});
    QCOMPARE(m_model->index(2, DesktopTableModel::State).data().toString(), QStringLiteral("Starting…"));
    QCOMPARE(reset.size(), 0);
}

void TestDesktopTableModel::removalsKeepPersistentIndexes()
{
    m_model->setServers(classOf(10));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex pc9(m_model->index(8, DesktopTableModel::Name));
    const QPersistentModelIndex pc2(m_model->index(1, DesktopTableModel::Owner));
    QCOMPARE(pc9.data().toString(), QStringLiteral("pc-9"));

    // rows 3,4,5 (one range) and 7 (another): two removals, bottom-up
    m_model->applyDiff({}, {QStringLiteral("id-3"), QStringLiteral("id-4"), QStringLiteral("id-5"),
                            QStringLiteral("id-7"), QStringLiteral("id-unknown")});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(reset.size(), 0);
    QVERIFY(pc9.isValid());
    QCOMPARE(pc9.data().toString(), QStringLiteral("pc-9"));
    QCOMPARE(pc9.row(), 4);
    QCOMPARE(pc2.data().toString(), QStringLiteral("pc-2"));
    QCOMPARE(m_model->rowOf(QStringLiteral("id-9")), 4);
    QCOMPARE(m_model->rowOf(QStringLiteral("id-4")), -1);

    // a persistent index on a removed row becomes invalid, the others stay
    const QPersistentModelIndex pc10(m_model->index(5, 0));
    m_model->applyDiff({}, {QStringLiteral("id-10")});
    QVERIFY(!pc10.isValid());
    QVERIFY(pc9.isValid());
}

void TestDesktopTableModel::deletedInDeltaIsRemoved()
{
    m_model->setServers(classOf(3));
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    Server gone = classOf(3).at(1);
    gone.status = QStringLiteral("DELETED");
    m_model->applyDiff({gone}, {});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("id-3")), 1);
}

void TestDesktopTableModel::tasksShowProgressAndFailures()
{
    m_model->setServers(classOf(2));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy ended(m_model, &DesktopTableModel::desktopTaskEnded);

    TaskSnapshot t;
    t.id = QStringLiteral("t1");
    t.spec.kind = TaskKind::Resume;
    t.spec.serverId = QStringLiteral("id-2");
    t.chain = stageChain(TaskKind::Resume);
    t.state = TaskState::Waiting;
    t.stageIndex = 1;
    m_model->applyTask(t);
    QCOMPARE(changed.size(), 1);
    const QModelIndex task = m_model->index(1, DesktopTableModel::Task);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), task);
    QCOMPARE(task.data(DesktopTableModel::ProgressRole).toInt(), t.progress());
    QVERIFY(task.data(DesktopTableModel::BusyRole).toBool());
    QVERIFY(task.data().toString().contains(QStringLiteral("Resume")));
    QCOMPARE(m_model->busyIds(), QSet<QString>({QStringLiteral("id-2")}));

    t.state = TaskState::Failed;
    t.error = QStringLiteral("No valid host was found. (request req-123)");
    m_model->applyTask(t);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(task.data().toString(), QStringLiteral("Resume failed"));
    QVERIFY(task.data(DesktopTableModel::TaskFailedRole).toBool());
    QCOMPARE(task.data(Qt::ToolTipRole).toString(), t.error);
    QCOMPARE(task.data(DesktopTableModel::ProgressRole).toInt(), -1);
    QVERIFY(m_model->busyIds().isEmpty());

    // a new task replaces the failure; when it is done the cell clears
    TaskSnapshot t2 = t;
    t2.id = QStringLiteral("t2");
    t2.state = TaskState::Running;
    t2.error.clear();
    m_model->applyTask(t2);
    QVERIFY(!task.data(DesktopTableModel::TaskFailedRole).toBool());
    t2.state = TaskState::Done;
    m_model->applyTask(t2);
    QCOMPARE(task.data().toString(), QString());
    QCOMPARE(ended.size(), 2);
}

void TestDesktopTableModel::taskForCreatedServerAttachesWhenItAppears()
{
    m_model->setServers(classOf(1));
    TaskSnapshot t;
    t.id = QStringLiteral("create-1");
    t.spec.kind = TaskKind::Create;
    t.spec.serverName = QStringLiteral("math-07-li");
    t.chain = stageChain(TaskKind::Create);
    t.state = TaskState::Running;
    m_model->applyTask(t); // no row yet: kept aside
    QCOMPARE(m_model->rowCount(), 1);

    m_model->applyDiff({server(QStringLiteral("new-id"), QStringLiteral("math-07-li"))}, {});
    const int row = m_model->rowOf(QStringLiteral("new-id"));
    QCOMPARE(row, 1);
    QVERIFY(m_model->index(row, DesktopTableModel::Task).data(DesktopTableModel::BusyRole).toBool());
}

void TestDesktopTableModel::imageNamesAndTimes()
{
    m_model->setClock([] { return QDateTime(QDate(2026, 3, 3), QTime(8, 0), QTimeZone::utc()); });
    Server s = server(QStringLiteral("a"), QStringLiteral("pc-a"));
    s.metadata.insert(QStringLiteral("phoenix:expires"), QStringLiteral("2026-03-02T10:00:00Z"));
    m_model->setServers({s});
    QCOMPARE(m_model->index(0, DesktopTableModel::Image).data().toString(), QStringLiteral("img-1"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setImageNames({{QStringLiteral("img-1"), QStringLiteral("win10-edu")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0, DesktopTableModel::Image).data().toString(), QStringLiteral("win10-edu"));
    QCOMPARE(m_model->index(0, DesktopTableModel::Age).data().toString(), QStringLiteral("2 d"));
    QCOMPARE(m_model->index(0, DesktopTableModel::Flavor).data().toString(), QStringLiteral("desk.small"));
    // expired: shown in the error colour
    QCOMPARE(m_model->index(0, DesktopTableModel::Expires).data(Qt::ForegroundRole).value<QColor>(),
             DesktopState::color(DesktopState::Error));
}

void TestDesktopTableModel::roleProxies()
{
    QList<Server> all = classOf(3);
    all << server(QStringLiteral("t1"), QStringLiteral("teacher-wang"), QStringLiteral("teacher"));
    all << server(QStringLiteral("x1"), QStringLiteral("jumphost"), QString());
    m_model->setServers(all);

    DesktopFilterProxy teachers(DesktopFilterProxy::RoleFilter::Teacher);
    DesktopFilterProxy students(DesktopFilterProxy::RoleFilter::Student);
    DesktopFilterProxy others(DesktopFilterProxy::RoleFilter::Other);
    for (DesktopFilterProxy *p : {&teachers, &students, &others}) {
        p->setSourceModel(m_model);
        new QAbstractItemModelTester(p, QAbstractItemModelTester::FailureReportingMode::QtTest, p);
    }
    QCOMPARE(teachers.rowCount(), 1);
    QCOMPARE(students.rowCount(), 3);
    QCOMPARE(others.rowCount(), 1);
    QCOMPARE(others.index(0, 0).data().toString(), QStringLiteral("jumphost"));

    // adopting the other server as a teacher desktop moves it between tabs without a reset
    QSignalSpy reset(&others, &QAbstractItemModel::modelAboutToBeReset);
    Server adopted = all.last();
    adopted.metadata.insert(QStringLiteral("phoenix:role"), QStringLiteral("teacher"));
    m_model->applyDiff({adopted}, {});
    QCOMPARE(others.rowCount(), 0);
    QCOMPARE(teachers.rowCount(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestDesktopTableModel::quickAndFieldFilters()
{
    QList<Server> all = classOf(4);
    all[1].metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("bio"));
    all[2].status = QStringLiteral("SUSPENDED");
    all[3].metadata.insert(QStringLiteral("phoenix:owner"), QStringLiteral("韩梅梅"));
    m_model->setServers(all);
    DesktopFilterProxy p(DesktopFilterProxy::RoleFilter::Student);
    p.setSourceModel(m_model);

    p.setQuickFilter(QStringLiteral("PC-2"));
    QCOMPARE(p.rowCount(), 1);
    p.setQuickFilter(QStringLiteral("math suspended")); // every word, in any column
    QCOMPARE(p.rowCount(), 1);
    QCOMPARE(p.index(0, 0).data().toString(), QStringLiteral("pc-3"));
    p.setQuickFilter(QStringLiteral("梅"));
    QCOMPARE(p.rowCount(), 1);
    p.setQuickFilter(QStringLiteral("10.0.0.12")); // an address
    QCOMPARE(p.rowCount(), 1);
    p.setQuickFilter(QString());
    QCOMPARE(p.rowCount(), 4);

    p.setCourseFilter(QStringLiteral("bio"));
    QCOMPARE(p.rowCount(), 1);
    p.setCourseFilter(QString());
    p.setStateFilter(DesktopState::Suspended);
    QCOMPARE(p.rowCount(), 1);
    p.setStateFilter(std::nullopt);
    p.setOwnerFilter(QStringLiteral("韩梅梅"));
    QCOMPARE(p.rowCount(), 1);
    p.setOwnerFilter(QString());
    QCOMPARE(p.rowCount(), 4);
}

void TestDesktopTableModel::naturalSort()
{
    QList<Server> all;
    for (int i : {10, 2, 1, 21, 3})
        all << server(QStringLiteral("id-%1").arg(i), QStringLiteral("PC-%1").arg(i), QStringLiteral("student"),
                      QStringLiteral("ACTIVE"), {}, QStringLiteral("math"), 30 - i);
    all[1].name = QStringLiteral("pc-2"); // case must not matter
    m_model->setServers(all);
    DesktopFilterProxy p(DesktopFilterProxy::RoleFilter::All);
    p.setSourceModel(m_model);
    p.sort(DesktopTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < p.rowCount(); ++r)
        names << p.index(r, DesktopTableModel::Name).data().toString();
    QCOMPARE(names, QStringList({"PC-1", "pc-2", "PC-3", "PC-10", "PC-21"}));

    p.sort(DesktopTableModel::Seat, Qt::AscendingOrder); // numeric, not "10" < "9"
    QCOMPARE(p.index(0, DesktopTableModel::Seat).data().toString(), QStringLiteral("9"));
    QCOMPARE(p.index(4, DesktopTableModel::Seat).data().toString(), QStringLiteral("29"));

    // a refresh that renames a row re-sorts it in place (dynamic sort), without a reset
    QSignalSpy reset(&p, &QAbstractItemModel::modelAboutToBeReset);
    p.sort(DesktopTableModel::Name, Qt::AscendingOrder);
    Server renamed = all.at(0); // PC-10
    renamed.name = QStringLiteral("PC-0");
    m_model->applyDiff({renamed}, {});
    QCOMPARE(p.index(0, DesktopTableModel::Name).data().toString(), QStringLiteral("PC-0"));
    QCOMPARE(reset.size(), 0);
}

void TestDesktopTableModel::memberSeesOwnOnly()
{
    QList<Server> all = classOf(3);
    all << server(QStringLiteral("t1"), QStringLiteral("t-wang"), QStringLiteral("teacher"), QStringLiteral("ACTIVE"),
                  QStringLiteral("wang"), QStringLiteral("bio"));
    all << server(QStringLiteral("s9"), QStringLiteral("bio-1"), QStringLiteral("student"), QStringLiteral("ACTIVE"),
                  QStringLiteral("s9"), QStringLiteral("bio"));
    m_model->setServers(all);
    DesktopFilterProxy p(DesktopFilterProxy::RoleFilter::All);
    p.setSourceModel(m_model);
    p.setActor(Actor::fromServers(false, QStringLiteral("wang"), QStringLiteral("uid"), all));
    QCOMPARE(p.rowCount(), 2); // her desktop and her bio student's
    p.setActor(Actor::fromServers(true, QStringLiteral("admin"), QStringLiteral("uid"), all));
    QCOMPARE(p.rowCount(), 5);
}

void TestDesktopTableModel::proxySurvivesRefresh()
{
    m_model->setServers(classOf(20));
    DesktopFilterProxy p(DesktopFilterProxy::RoleFilter::Student);
    p.setSourceModel(m_model);
    p.sort(DesktopTableModel::Name, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex selected = p.index(3, 0); // pc-17
    QCOMPARE(selected.data().toString(), QStringLiteral("pc-17"));
    QSignalSpy reset(&p, &QAbstractItemModel::modelAboutToBeReset);

    QList<Server> changed;
    Server s = classOf(20).at(4);
    s.status = QStringLiteral("SHUTOFF");
    changed << s << server(QStringLiteral("id-99"), QStringLiteral("pc-99"));
    m_model->applyDiff(changed, {QStringLiteral("id-1"), QStringLiteral("id-19")});
    QCOMPARE(reset.size(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QStringLiteral("pc-17"));
    QCOMPARE(p.rowCount(), 19);
    QCOMPARE(p.index(0, 0).data().toString(), QStringLiteral("pc-99"));
}

void TestDesktopTableModel::largeListingsArriveInChunks()
{
    const int n = DesktopTableModel::InsertChunk * 2 + 7;
    QList<Server> many;
    for (int i = 0; i < n; ++i)
        many << server(QStringLiteral("m-%1").arg(i), QStringLiteral("pc-%1").arg(i));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    m_model->applyDiff(many, {});
    QCOMPARE(m_model->rowCount(), 0); // queued: the chunks follow at the next turns of the event loop
    QVERIFY(m_model->hasPendingInserts());
    QCOMPARE(m_model->servers().size(), n); // the rest is known, only not yet shown

    // news about a row still waiting: applied to it, not inserted twice; a vanished one never shows
    Server changed = many.last();
    changed.status = QStringLiteral("SHUTOFF");
    m_model->applyDiff({changed}, {many.at(n - 2).id});
    QTRY_VERIFY(!m_model->hasPendingInserts());
    QCOMPARE(m_model->rowCount(), n - 1);
    QVERIFY(inserted.size() >= 3); // (how many: chunk sizes adapt to the time a chunk takes)
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOf(many.at(n - 2).id), -1);
    const int last = m_model->rowOf(changed.id);
    QVERIFY(last >= 0);
    QCOMPARE(m_model->index(last, DesktopTableModel::State).data(DesktopTableModel::RawValueRole).toString(),
             QStringLiteral("SHUTOFF"));
}

// Issue 18: a big listing (50,000 on a campus) is sorted by name on a worker and goes in in name
// order, a chunk per turn. Every row arrives exactly once, the proxies' order is the natural order,
// the filters still hold, and news about rows still waiting (while the worker sorts, or after) is
// not lost.
void TestDesktopTableModel::bigListingIsSortedThenInsertedInNameOrder()
{
    const int n = 4000;
    QList<Server> many;
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % n; // the names scattered over the listing
        many << server(QStringLiteral("big-%1").arg(i), QStringLiteral("pc-%1").arg(k),
                       i % 50 == 0 ? QStringLiteral("teacher") : (i % 97 == 1 ? QString() : QStringLiteral("student")),
                       i % 3 == 0 ? QStringLiteral("SHUTOFF") : QStringLiteral("ACTIVE"));
    }
    DesktopFilterProxy students(DesktopFilterProxy::RoleFilter::Student);
    DesktopFilterProxy teachers(DesktopFilterProxy::RoleFilter::Teacher);
    DesktopFilterProxy others(DesktopFilterProxy::RoleFilter::Other);
    DesktopFilterProxy shutoff(DesktopFilterProxy::RoleFilter::All);
    shutoff.setStateFilter(DesktopState::Shutoff);
    for (DesktopFilterProxy *p : {&students, &teachers, &others, &shutoff}) {
        p->setSourceModel(m_model);
        p->sort(DesktopTableModel::Name, Qt::AscendingOrder);
    }
    QAbstractItemModelTester tester(&students, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    m_model->applyDiff(many, {});
    QTRY_VERIFY(m_model->rowCount() > 0); // the first chunk, as it came; the rest is being sorted
    QVERIFY(m_model->hasPendingInserts());

    // news while the rest waits: a waiting desktop renamed and shut off, one gone, one new
    Server renamed;
    for (const Server &s : std::as_const(many)) {
        if (m_model->rowOf(s.id) < 0 && !s.metadata.value(QStringLiteral("phoenix:role")).isEmpty()
            && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("student")) {
            renamed = s;
            break;
        }
    }
    QVERIFY(!renamed.id.isEmpty());
    renamed.name = QStringLiteral("aaa-first");
    renamed.status = QStringLiteral("SHUTOFF");
    QString gone;
    for (const Server &s : std::as_const(many)) {
        if (m_model->rowOf(s.id) < 0 && s.id != renamed.id) {
            gone = s.id;
            break;
        }
    }
    const Server fresh = server(QStringLiteral("big-new"), QStringLiteral("pc-99999"));
    m_model->applyDiff({renamed, fresh}, {gone});

    QTRY_VERIFY_WITH_TIMEOUT(!m_model->hasPendingInserts(), 30000);
    QCOMPARE(m_model->rowCount(), n);
    QVERIFY(inserted.size() > 3);
    QCOMPARE(reset.size(), 0);

    // every desktop once, with its latest state
    QList<Server> expected = many;
    expected.removeIf([&](const Server &s) { return s.id == gone; });
    for (Server &s : expected) {
        if (s.id == renamed.id)
            s = renamed;
    }
    expected << fresh;
    QSet<QString> seen;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QVERIFY(!seen.contains(m_model->serverAt(r).id));
        seen.insert(m_model->serverAt(r).id);
        QCOMPARE(m_model->rowOf(m_model->serverAt(r).id), r);
    }
    QCOMPARE(seen.size(), expected.size());
    for (const Server &s : std::as_const(expected)) {
        const int row = m_model->rowOf(s.id);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->serverAt(row).name, s.name);
        QCOMPARE(m_model->kindAt(row), DesktopState::kindOf(s));
    }

    // the natural order, in each proxy
    const QCollator collator = NaturalSortKey::makeCollator(QLocale());
    for (DesktopFilterProxy *p : {&students, &teachers, &others, &shutoff}) {
        QStringList names;
        for (int r = 0; r < p->rowCount(); ++r)
            names << p->index(r, DesktopTableModel::Name).data().toString();
        for (int r = 1; r < names.size(); ++r) {
            if (NaturalSortKey::compareTexts(names.at(r - 1), names.at(r), collator) > 0)
                QFAIL(qPrintable(QStringLiteral("%1 before %2").arg(names.at(r - 1), names.at(r))));
        }
    }
    QCOMPARE(students.index(0, DesktopTableModel::Name).data().toString(), QStringLiteral("aaa-first"));
    QCOMPARE(shutoff.index(0, DesktopTableModel::Name).data().toString(), QStringLiteral("aaa-first"));

    // the filters, counted by hand
    int nStudents = 0, nTeachers = 0, nOthers = 0, nShutoff = 0;
    for (const Server &s : std::as_const(expected)) {
        const QString role = s.metadata.value(QStringLiteral("phoenix:role"));
        nStudents += role == QLatin1String("student") ? 1 : 0;
        nTeachers += role == QLatin1String("teacher") ? 1 : 0;
        nOthers += role.isEmpty() ? 1 : 0;
        nShutoff += s.status == QLatin1String("SHUTOFF") ? 1 : 0;
    }
    QCOMPARE(students.rowCount(), nStudents);
    QCOMPARE(teachers.rowCount(), nTeachers);
    QCOMPARE(others.rowCount(), nOthers);
    QCOMPARE(shutoff.rowCount(), nShutoff);
}

// Issue 18: the cache of a campus comes in pages (Inventory::loadCache): a small first one the
// table shows at once, then bigger ones, some while the worker still sorts the one before, some
// after rows of it went in, news in between. The table ends complete, each desktop once with its
// latest state, in the natural order in the proxy, and never resets.
void TestDesktopTableModel::cachePagesEndCompleteInNameOrder()
{
    const int n = 6000;
    QList<Server> all;
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % n; // names scattered over the pages
        all << server(QStringLiteral("c-%1").arg(i), QStringLiteral("pc-%1").arg(k));
    }
    QList<QList<Server>> pages = {all.mid(0, 200)};
    for (int from = 200; from < n; from += 1160)
        pages << all.mid(from, 1160);
    QCOMPARE(pages.size(), 6);
    DesktopFilterProxy proxy(DesktopFilterProxy::RoleFilter::All);
    proxy.setSourceModel(m_model);
    proxy.sort(DesktopTableModel::Name, Qt::AscendingOrder);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->applyDiff(pages.at(0), {});
    QCOMPARE(m_model->rowCount(), 200); // the first page: in at once, for the first paint
    m_model->applyDiff(pages.at(1), {});
    m_model->applyDiff(pages.at(2), {}); // (most likely while the worker sorts page 1)
    QCOMPARE(m_model->servers().size(), 200 + 2 * 1160); // waiting rows are known
    // news about a waiting desktop and a vanished one, between the pages
    Server changed = pages.at(1).at(7);
    changed.status = QStringLiteral("SHUTOFF");
    const QString gone = pages.at(2).at(3).id;
    m_model->applyDiff({changed}, {gone});
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 200 + DesktopTableModel::InsertChunk, 20000);
    QVERIFY(m_model->hasPendingInserts());
    for (int p = 3; p < pages.size(); ++p) // while rows of the first pages still go in
        m_model->applyDiff(pages.at(p), {});
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->hasPendingInserts(), 30000);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), n - 1);
    QVERIFY(inserted.size() > pages.size());
    QSet<QString> seen;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString id = m_model->serverAt(r).id;
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(m_model->rowOf(id), r);
    }
    QCOMPARE(m_model->rowOf(gone), -1);
    QCOMPARE(m_model->kindAt(m_model->rowOf(changed.id)), DesktopState::kindOf(changed));
    QCOMPARE(m_model->servers().size(), n - 1);
    const QCollator collator = NaturalSortKey::makeCollator(QLocale());
    QCOMPARE(proxy.rowCount(), n - 1);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const QString a = proxy.index(r - 1, DesktopTableModel::Name).data().toString();
        const QString b = proxy.index(r, DesktopTableModel::Name).data().toString();
        if (NaturalSortKey::compareTexts(a, b, collator) > 0)
            QFAIL(qPrintable(QStringLiteral("%1 before %2").arg(a, b)));
    }
}

// Issue 18: at 50,000 rows every signal costs its way through three proxies and their views. A
// refresh signals changed rows in runs of adjacent rows, one dataChanged per run, and removes
// and inserts adjacent rows in one go each.
void TestDesktopTableModel::refreshSignalsRunsOfAdjacentRows()
{
    const QList<Server> servers = classOf(1000);
    m_model->setServers(servers);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->hasPendingInserts(), 20000);
    QCOMPARE(m_model->rowCount(), 1000);
    QList<Server> changed;
    for (const int start : {100, 400, 700}) { // three runs of 50 adjacent rows
        for (int r = start; r < start + 50; ++r) {
            Server s = m_model->serverAt(r);
            s.status = QStringLiteral("SHUTOFF");
            changed << s;
        }
    }
    std::reverse(changed.begin(), changed.end()); // (the order of the diff does not matter)
    QStringList removed;
    for (int r = 900; r < 930; ++r)
        removed << m_model->serverAt(r).id;
    for (int i = 0; i < 20; ++i)
        changed << server(QStringLiteral("new-%1").arg(i), QStringLiteral("zz-%1").arg(i));
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removedSpy(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertedSpy(m_model, &QAbstractItemModel::rowsInserted);
    m_model->applyDiff(changed, removed);
    QCOMPARE(dataChanged.size(), 3);
    QCOMPARE(removedSpy.size(), 1);
    QCOMPARE(insertedSpy.size(), 1);
    QCOMPARE(m_model->rowCount(), 1000 - 30 + 20);
    int shutoff = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        shutoff += m_model->serverAt(r).status == QLatin1String("SHUTOFF") ? 1 : 0;
        QCOMPARE(m_model->kindAt(r), DesktopState::kindOf(m_model->serverAt(r)));
        QCOMPARE(m_model->rowOf(m_model->serverAt(r).id), r);
    }
    QCOMPARE(shutoff, 150);
}

// Issue 11: a create batch looked stuck for 5 minutes in "Check reachable" with every command
// greyed out, and the outcome hid in the stage history. Reachability is a column of its own, a
// probe blocks nothing, and the result stays on the desktop.
void TestDesktopTableModel::reachabilityIsADesktopProperty()
{
    QDateTime now(QDate(2026, 3, 3), QTime(8, 0), QTimeZone::utc());
    m_model->setClock([&now] { return now; });
    m_model->setServers(classOf(2));
    const int row = m_model->rowOf(QStringLiteral("id-1"));
    const QModelIndex reach = m_model->index(row, DesktopTableModel::Reachable);
    QCOMPARE(reach.data().toString(), QString());
    QCOMPARE(DesktopTableModel::Reachability(reach.data(DesktopTableModel::ReachabilityRole).toInt()),
             DesktopTableModel::Reachability::Unknown);

    TaskSnapshot t;
    t.id = QStringLiteral("create-1");
    t.spec.kind = TaskKind::Create;
    t.spec.serverId = QStringLiteral("id-1");
    t.spec.serverName = QStringLiteral("pc-1");
    t.chain = stageChain(TaskKind::Create);
    t.state = TaskState::Running;
    t.stageIndex = 1; // WAIT: the desktop is being worked on
    m_model->applyTask(t);
    QCOMPARE(m_model->busyIds(), QSet<QString>({QStringLiteral("id-1")}));

    // DETECT: probing for 1:23; the row is not busy for the commands
    t.stageIndex = 3;
    t.state = TaskState::Waiting;
    t.stageStartedAt = now.addSecs(-83);
    m_model->applyTask(t);
    QCOMPARE(reach.data().toString(), QStringLiteral("Waiting for RDP (1:23)"));
    QCOMPARE(DesktopTableModel::Reachability(reach.data(DesktopTableModel::ReachabilityRole).toInt()),
             DesktopTableModel::Reachability::Probing);
    QVERIFY(m_model->busyIds().isEmpty());
    QVERIFY(!reach.siblingAtColumn(DesktopTableModel::Task).data(DesktopTableModel::BusyRole).toBool());
    // the clock moves: the cell counts (one tick of the probe timer)
    now = now.addSecs(10);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(reach.data().toString(), QStringLiteral("Waiting for RDP (1:33)"));
    m_model->setProbePort(5901);
    QCOMPARE(reach.data().toString(), QStringLiteral("Waiting for VNC (1:33)"));

    // not reachable under the warn policy: done, and the desktop says why
    StageRecord detect;
    detect.index = 3;
    detect.stage = Stage::Detect;
    detect.ok = true;
    detect.warning = true;
    detect.message = QStringLiteral("Not reachable from this computer after 300 s: no answer on 10.0.0.11:5901");
    detect.startedAt = now.addSecs(-300);
    detect.finishedAt = now;
    t.history << detect;
    t.state = TaskState::Done;
    m_model->applyTask(t);
    QCOMPARE(reach.data().toString(), detect.message);
    QCOMPARE(DesktopTableModel::Reachability(reach.data(DesktopTableModel::ReachabilityRole).toInt()),
             DesktopTableModel::Reachability::Unreachable);
    QVERIFY(!reach.data(Qt::DecorationRole).value<QIcon>().isNull());

    // a later task that reaches it: "Reachable"
    TaskSnapshot r = t;
    r.id = QStringLiteral("reboot-1");
    r.spec.kind = TaskKind::Reboot;
    r.chain = stageChain(TaskKind::Reboot);
    r.history.clear();
    r.state = TaskState::Running;
    r.stageIndex = 0;
    m_model->applyTask(r);
    QCOMPARE(reach.data().toString(), QString()); // the old result is void while it reboots
    detect.index = 2;
    detect.warning = false;
    detect.message = QStringLiteral("RDP answered on 10.0.0.11:3389");
    r.history << detect;
    r.state = TaskState::Done;
    r.stageIndex = 2;
    m_model->applyTask(r);
    QCOMPARE(reach.data().toString(), QStringLiteral("Reachable"));
    QCOMPARE(reach.data(Qt::ToolTipRole).toString(), detect.message);

    // the desktop stops running: nothing is known about it any more
    Server stopped = m_model->serverAt(row);
    stopped.status = QStringLiteral("SHUTOFF");
    m_model->applyDiff({stopped}, {});
    QCOMPARE(reach.data().toString(), QString());
}

void TestDesktopTableModel::cancelledAndWarningsAreTheirOwnOutcomes()
{
    BatchListModel batches;
    QAbstractItemModelTester tester(&batches, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BatchSnapshot b;
    b.id = QStringLiteral("b1");
    b.title = QStringLiteral("Resume 3 desktops");
    b.total = 3;
    b.running = 3;
    batches.applyBatch(b);
    const QModelIndex i = batches.index(0);
    QCOMPARE(TaskOutcome::Kind(i.data(BatchListModel::OutcomeRole).toInt()), TaskOutcome::Running);

    // cancelled: not a failure, nothing to retry, and not the running icon
    b.running = 0;
    b.done = 1;
    b.cancelled = 2;
    batches.applyBatch(b);
    QCOMPARE(TaskOutcome::Kind(i.data(BatchListModel::OutcomeRole).toInt()), TaskOutcome::Cancelled);
    QCOMPARE(i.data(BatchListModel::FailedRole).toInt(), 0);
    QCOMPARE(TaskOutcome::iconPath(TaskOutcome::Cancelled), QStringLiteral(":/icons/outcome-cancelled.svg"));
    QCOMPARE(i.data(BatchListModel::SummaryRole).toString(), QStringLiteral("1 of 3 done, 2 cancelled"));

    // done with warnings: its own icon and words
    b.done = 3;
    b.cancelled = 0;
    b.warnings = 3;
    batches.applyBatch(b);
    QCOMPARE(TaskOutcome::Kind(i.data(BatchListModel::OutcomeRole).toInt()), TaskOutcome::DoneWithWarnings);
    QCOMPARE(BatchListModel::finishedText(b), QStringLiteral("Resume 3 desktops: done, 3 with warnings."));
    b.warnings = 0;
    QCOMPARE(BatchListModel::finishedText(b), QStringLiteral("Resume 3 desktops: all 3 done."));
    QSet<QString> icons;
    for (auto k : {TaskOutcome::Running, TaskOutcome::Done, TaskOutcome::DoneWithWarnings, TaskOutcome::Failed, TaskOutcome::Cancelled})
        icons.insert(TaskOutcome::iconPath(k));
    QCOMPARE(icons.size(), 5); // a distinct icon per outcome

    // a task: the warning is in the Error / note column; a cancelled task is Cancelled
    TaskTableModel tasks;
    TaskSnapshot t;
    t.id = QStringLiteral("t1");
    t.spec.kind = TaskKind::Create;
    t.chain = stageChain(TaskKind::Create);
    t.state = TaskState::Done;
    t.stageIndex = 4;
    StageRecord build;
    build.index = 0;
    build.stage = Stage::Build;
    build.ok = true;
    build.requestId = QStringLiteral("req-build-1");
    StageRecord detect;
    detect.index = 3;
    detect.stage = Stage::Detect;
    detect.ok = true;
    detect.warning = true;
    detect.message = QStringLiteral("Not reachable from this computer after 5 s: no answer");
    t.history = {build, detect};
    tasks.applyTask(t);
    QCOMPARE(tasks.index(0, TaskTableModel::Error).data().toString(), detect.message);
    QCOMPARE(tasks.index(0, TaskTableModel::RequestId).data().toString(), QStringLiteral("req-build-1"));
    QCOMPARE(TaskOutcome::of(t), TaskOutcome::DoneWithWarnings);
    t.state = TaskState::Cancelled;
    QCOMPARE(TaskOutcome::of(t), TaskOutcome::Cancelled);
}

void TestDesktopTableModel::stageHistoryShowsStartAndDuration()
{
    TaskSnapshot t;
    StageRecord wait;
    wait.stage = Stage::Wait;
    wait.ok = true;
    wait.startedAt = QDateTime(QDate(2026, 3, 3), QTime(8, 0, 1), QTimeZone::utc());
    wait.finishedAt = wait.startedAt.addSecs(18);
    t.history << wait;
    const QString text = TaskTableModel::historyText(t);
    const QString start = wait.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(text, QStringLiteral("%1 +18 s  Wait, attempt 1: done").arg(start));
    QCOMPARE(TaskTableModel::durationText(250), QStringLiteral("250 ms"));
    QCOMPARE(TaskTableModel::durationText(245000), QStringLiteral("4 min 5 s"));
}

QTEST_MAIN(TestDesktopTableModel)
#include "tst_desktoptablemodel.moc"
