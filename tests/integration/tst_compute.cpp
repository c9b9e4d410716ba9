// Nova against the real test bed: create with Phoenix metadata and tags, every power/lifecycle
// action on one shared server (in a sensible order), paging, changes-since deltas, consoles,
// instance actions, limits, flavors, hypervisors, 409 and 401 handling, delete.
#include "cloudlab.h"
#include "testenv.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestCompute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createdServerHasMetadataAndTags();
    void listFiltersByTag();
    void pagingAcrossPages();
    void changesSinceReturnsOnlyChangedAndDeleted();
    void metadataSetAndDelete();
    void remoteConsoleNoVnc();
    void suspendAndResume();
    void conflictWhileTransitional();
    void conflictIsRetriedByDefault();
    void stopAndStart();
    void rebootSoftAndHard();
    void rebuildWithOtherImage();
    void shelveAndUnshelve();
    void instanceActionsRecordHistory();
    void limitsAndFlavors();
    void hypervisorsNeedAdmin();
    void reauthAfterTokenRevoked();
    void deleteServer();
    void cleanupTestCase();

private:
    Result<QString> act(ServerAction action, const QJsonObject &args = {}, const CallOptions &options = {});
    void actAndWait(ServerAction action, ServerGoal goal, const QJsonObject &args = {});

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("compute")};
    QString m_tag;
    Server m_main;
    Server m_extra1;
    Server m_extra2;
};

Result<QString> TestCompute::act(ServerAction action, const QJsonObject &args, const CallOptions &options)
{
    const QString id = m_main.id;
    return m_lab.call<QString>([this, id, action, args, options](QObject *ctx, ApiCallback<QString> cb) {
        m_lab.compute().serverAction(id, action, args, ctx, cb, options);
    });
}

void TestCompute::actAndWait(ServerAction action, ServerGoal goal, const QJsonObject &args)
{
    const Result<QString> sent = act(action, args);
    QVERIFY2(sent.ok(), qPrintable(sent.error().userMessage()));
    QString why;
    QVERIFY2(m_lab.waitUntil({m_main}, goal, 120000, &why), qPrintable(why));
    const Result<Server> now = m_lab.server(m_main.id);
    QVERIFY2(now.ok(), qPrintable(now.error().userMessage()));
    m_main = now.value();
    QVERIFY2(CloudLab::reached(m_main, goal), qPrintable(m_main.status + QLatin1Char('/') + m_main.taskState));
}

void TestCompute::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    m_tag = m_lab.prefix() + QStringLiteral("tag");
    const QMap<QString, QString> meta{{QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student")},
                                      {QString::fromLatin1(PhoenixMeta::Course), m_lab.name(QStringLiteral("course"))},
                                      {QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("student1")}};
    const QStringList tags{QString::fromLatin1(PhoenixMeta::Tag), m_tag};
    Result<Server> main = m_lab.createServer(QStringLiteral("main"), meta, tags);
    Result<Server> extra1 = m_lab.createServer(QStringLiteral("extra1"), {}, tags);
    Result<Server> extra2 = m_lab.createServer(QStringLiteral("extra2"), {}, tags);
    for (const auto *r : {&main, &extra1, &extra2})
        QVERIFY2(r->ok(), qPrintable(r->error().userMessage()));
    QCOMPARE(main.value().name, m_lab.name(QStringLiteral("main")));
    QVERIFY(!main.value().id.isEmpty());
    QVERIFY2(m_lab.waitUntil({main.value(), extra1.value(), extra2.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));
    m_main = m_lab.server(main.value().id).value();
    m_extra1 = m_lab.server(extra1.value().id).value();
    m_extra2 = m_lab.server(extra2.value().id).value();
}

void TestCompute::createdServerHasMetadataAndTags()
{
    QCOMPARE(m_main.status, QStringLiteral("ACTIVE"));
    QVERIFY(m_main.taskState.isEmpty());
    QCOMPARE(m_main.powerState, 1);
    QVERIFY(m_main.isPhoenixDesktop());
    QCOMPARE(m_main.meta(PhoenixMeta::Role), QStringLiteral("student"));
    QCOMPARE(m_main.meta(PhoenixMeta::Owner), QStringLiteral("student1"));
    QCOMPARE(m_main.meta(PhoenixMeta::Course), m_lab.name(QStringLiteral("course")));
    QVERIFY(m_main.tags.contains(m_tag));
    QVERIFY(m_main.tags.contains(QLatin1String(PhoenixMeta::Tag)));
    QCOMPARE(m_main.flavorName, QStringLiteral("desk.tiny")); // 2.47+: embedded flavor
    QCOMPARE(m_main.imageId, m_lab.imageId);
    QVERIFY2(m_main.fixedAddress().startsWith(QLatin1String("10.20.0.")), qPrintable(m_main.fixedAddress()));
    QVERIFY(!m_main.addresses.first().mac.isEmpty());
    QCOMPARE(m_main.addresses.first().network, QStringLiteral("lab-net"));
    QVERIFY(m_main.created.isValid());
    QVERIFY(m_main.launchedAt.isValid());
    QCOMPARE(m_main.userId, m_lab.session()->auth().userId);
    QCOMPARE(m_main.projectId, m_lab.session()->auth().projectId);
    QVERIFY(!m_extra1.isPhoenixDesktop());
}

void TestCompute::listFiltersByTag()
{
    ServerQuery q;
    q.tags << m_tag;
    Result<QList<Server>> r = m_lab.call<QList<Server>>([this, q](QObject *ctx, ApiCallback<QList<Server>> cb) {
        m_lab.compute().listAllServers(q, ctx, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QSet<QString> names;
    for (const Server &s : r.value())
        names.insert(s.name);
    QCOMPARE(names, (QSet<QString>{m_main.name, m_extra1.name, m_extra2.name}));
}

void TestCompute::pagingAcrossPages()
{
    ServerQuery q;
    q.tags << m_tag;
    q.limit = 2;
    // Page by page by hand: 2 + 1.
    QStringList seen;
    int pages = 0;
    QString marker;
    do {
        q.marker = marker;
        Result<ServerPage> page = m_lab.call<ServerPage>([this, q](QObject *ctx, ApiCallback<ServerPage> cb) {
            m_lab.compute().listServers(q, ctx, cb);
        });
        QVERIFY2(page.ok(), qPrintable(page.error().userMessage()));
        QVERIFY(page.value().servers.size() <= 2);
        QVERIFY(page.value().requestId.startsWith(QLatin1String("req-")));
        for (const Server &s : page.value().servers)
            seen << s.id;
        marker = page.value().nextMarker;
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(seen.size(), 3);
    // listAllServers follows the same markers.
    q.marker.clear();
    Result<QList<Server>> all = m_lab.call<QList<Server>>([this, q](QObject *ctx, ApiCallback<QList<Server>> cb) {
        m_lab.compute().listAllServers(q, ctx, cb);
    });
    QVERIFY2(all.ok(), qPrintable(all.error().userMessage()));
    QStringList ids;
    for (const Server &s : all.value())
        ids << s.id;
    QCOMPARE(ids, seen);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
}

void TestCompute::changesSinceReturnsOnlyChangedAndDeleted()
{
    // The cursor comes from the cloud's own clock: one second after the newest of our servers.
    QDateTime newest;
    for (const Server *s : {&m_main, &m_extra1, &m_extra2}) {
        if (!newest.isValid() || s->updated > newest)
            newest = s->updated;
    }
    QVERIFY(newest.isValid());
    const QDateTime cursor = newest.addSecs(1);
    // The test bed runs on this machine: let its clock pass the cursor before changing anything.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > cursor.addSecs(1), 5000);

    const QString e1 = m_extra1.id;
    const QString e2 = m_extra2.id;
    Result<QString> stop = m_lab.call<QString>([this, e1](QObject *ctx, ApiCallback<QString> cb) {
        m_lab.compute().serverAction(e1, ServerAction::Stop, {}, ctx, cb);
    });
    QVERIFY2(stop.ok(), qPrintable(stop.error().userMessage()));
    Result<bool> del = m_lab.call<bool>([this, e2](QObject *ctx, ApiCallback<bool> cb) { m_lab.compute().deleteServer(e2, ctx, cb); });
    QVERIFY2(del.ok(), qPrintable(del.error().userMessage()));
    QString why;
    QVERIFY2(m_lab.waitUntil({m_extra1}, ServerGoal::Shutoff, 120000, &why), qPrintable(why));
    QVERIFY2(m_lab.waitUntil({m_extra2}, ServerGoal::Gone, 120000, &why), qPrintable(why));

    ServerQuery q;
    q.changesSince = cursor;
    Result<QList<Server>> delta = m_lab.call<QList<Server>>([this, q](QObject *ctx, ApiCallback<QList<Server>> cb) {
        m_lab.compute().listAllServers(q, ctx, cb);
    });
    QVERIFY2(delta.ok(), qPrintable(delta.error().userMessage()));
    QMap<QString, QString> ours; // name → status, only this run's servers (others share the bed)
    for (const Server &s : delta.value()) {
        QVERIFY2(s.updated >= cursor, qPrintable(s.name));
        if (s.name.startsWith(m_lab.prefix()))
            ours.insert(s.name, s.status);
    }
    QCOMPARE(ours.value(m_extra1.name), QStringLiteral("SHUTOFF"));
    QCOMPARE(ours.value(m_extra2.name), QStringLiteral("DELETED"));
    QVERIFY2(!ours.contains(m_main.name), "an unchanged server was in the delta");
    QCOMPARE(ours.size(), 2);
}

void TestCompute::metadataSetAndDelete()
{
    const QString id = m_main.id;
    const QString seat = QString::fromLatin1(PhoenixMeta::Seat);
    Result<bool> set = m_lab.call<bool>([this, id, seat](QObject *ctx, ApiCallback<bool> cb) {
        m_lab.compute().setMetadata(id, {{seat, QStringLiteral("7")}}, ctx, cb);
    });
    QVERIFY2(set.ok(), qPrintable(set.error().userMessage()));
    Result<Server> after = m_lab.server(id);
    QVERIFY(after.ok());
    QCOMPARE(after.value().meta(PhoenixMeta::Seat), QStringLiteral("7"));
    QCOMPARE(after.value().meta(PhoenixMeta::Role), QStringLiteral("student")); // merged, not replaced
    Result<bool> removed = m_lab.call<bool>([this, id, seat](QObject *ctx, ApiCallback<bool> cb) {
        m_lab.compute().deleteMetadataItem(id, seat, ctx, cb);
    });
    QVERIFY2(removed.ok(), qPrintable(removed.error().userMessage()));
    after = m_lab.server(id);
    QVERIFY(after.ok());
    QVERIFY(!after.value().metadata.contains(seat));
    QVERIFY(after.value().isPhoenixDesktop());
}

void TestCompute::remoteConsoleNoVnc()
{
    const QString id = m_main.id;
    Result<RemoteConsole> c = m_lab.call<RemoteConsole>([this, id](QObject *ctx, ApiCallback<RemoteConsole> cb) {
        m_lab.compute().remoteConsole(id, QStringLiteral("vnc"), QStringLiteral("novnc"), ctx, cb);
    });
    QVERIFY2(c.ok(), qPrintable(c.error().userMessage()));
    QCOMPARE(c.value().protocol, QStringLiteral("vnc"));
    QCOMPARE(c.value().type, QStringLiteral("novnc"));
    QVERIFY2(c.value().url.contains(QLatin1String("vnc_auto.html")), qPrintable(c.value().url));
    QVERIFY2(c.value().url.contains(QLatin1String("token")), qPrintable(c.value().url));
}

void TestCompute::suspendAndResume()
{
    actAndWait(ServerAction::Suspend, ServerGoal::Suspended);
    QCOMPARE(m_main.status, QStringLiteral("SUSPENDED"));
    QCOMPARE(m_main.vmState, QStringLiteral("suspended"));
    actAndWait(ServerAction::Resume, ServerGoal::Active);
    QCOMPARE(m_main.status, QStringLiteral("ACTIVE"));
}

void TestCompute::conflictWhileTransitional()
{
    // Reboot, and while Nova is still "rebooting", ask for another reboot with retries off: Nova
    // refuses with a task_state conflict (the vm_state would allow it).
    CloudError conflict;
    for (int attempt = 0; attempt < 3 && !conflict.isError(); ++attempt) {
        const Result<QString> first = act(ServerAction::RebootSoft);
        QVERIFY2(first.ok(), qPrintable(first.error().userMessage()));
        const Result<QString> second = act(ServerAction::RebootSoft, {}, CallOptions{0, false});
        if (!second.ok())
            conflict = second.error();
        else
            qInfo("attempt %d: the first reboot finished before the second arrived; again", attempt + 1);
        QString why;
        QVERIFY2(m_lab.waitUntil({m_main}, ServerGoal::Active, 120000, &why), qPrintable(why));
    }
    QVERIFY2(conflict.isError(), "never caught the server in a transitional state");
    QCOMPARE(conflict.httpStatus(), 409);
    QVERIFY2(conflict.isTaskStateConflict(), qPrintable(conflict.detail()));
    QCOMPARE(conflict.fault(), QStringLiteral("conflictingRequest"));
    QVERIFY(conflict.requestId().startsWith(QLatin1String("req-")));
    QVERIFY(conflict.userMessage().contains(conflict.requestId()));
}

void TestCompute::conflictIsRetriedByDefault()
{
    // The same two reboots with the default policy: the second meets the first's task_state, Nova
    // answers 409, and the REST layer retries it with backoff until Nova accepts. Every attempt is
    // seen on the wire (requestFinished): a 409 must have happened and the last answer be a 202.
    const QString actionPath = QStringLiteral("/servers/%1/action").arg(m_main.id);
    QSignalSpy wire(m_lab.client(), &RestClient::requestFinished);
    bool conflicted = false;
    for (int attempt = 0; attempt < 5 && !conflicted; ++attempt) {
        const Result<QString> first = act(ServerAction::RebootSoft);
        QVERIFY2(first.ok(), qPrintable(first.error().userMessage()));
        wire.clear();
        const Result<QString> second = act(ServerAction::RebootSoft);
        QVERIFY2(second.ok(), qPrintable(second.error().userMessage()));
        QList<int> statuses;
        for (const QList<QVariant> &args : std::as_const(wire)) {
            if (args.at(0).toString() == QLatin1String("POST") && args.at(1).toUrl().path().endsWith(actionPath))
                statuses << args.at(2).toInt();
        }
        qInfo() << "attempt" << attempt + 1 << "second reboot's answers:" << statuses;
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(statuses.last(), 202);
        conflicted = statuses.contains(409);
        QString why;
        QVERIFY2(m_lab.waitUntil({m_main}, ServerGoal::Active, 120000, &why), qPrintable(why));
    }
    QVERIFY2(conflicted, "the second reboot never met the first's task_state: no 409 was retried");
}

void TestCompute::stopAndStart()
{
    actAndWait(ServerAction::Stop, ServerGoal::Shutoff);
    QCOMPARE(m_main.status, QStringLiteral("SHUTOFF"));
    actAndWait(ServerAction::Start, ServerGoal::Active);
    QCOMPARE(m_main.status, QStringLiteral("ACTIVE"));
}

void TestCompute::rebootSoftAndHard()
{
    actAndWait(ServerAction::RebootSoft, ServerGoal::Active);
    actAndWait(ServerAction::RebootHard, ServerGoal::Active);
    QCOMPARE(m_main.status, QStringLiteral("ACTIVE"));
}

void TestCompute::rebuildWithOtherImage()
{
    actAndWait(ServerAction::Rebuild, ServerGoal::Active, QJsonObject{{QStringLiteral("imageRef"), m_lab.altImageId}});
    QCOMPARE(m_main.imageId, m_lab.altImageId);
    QVERIFY(m_main.isPhoenixDesktop()); // metadata survives a rebuild
}

void TestCompute::shelveAndUnshelve()
{
    actAndWait(ServerAction::Shelve, ServerGoal::Shelved);
    QVERIFY2(m_main.status.startsWith(QLatin1String("SHELVED")), qPrintable(m_main.status));
    actAndWait(ServerAction::Unshelve, ServerGoal::Active);
    QCOMPARE(m_main.status, QStringLiteral("ACTIVE"));
}

void TestCompute::instanceActionsRecordHistory()
{
    const QString id = m_main.id;
    Result<QList<InstanceAction>> r = m_lab.call<QList<InstanceAction>>([this, id](QObject *ctx, ApiCallback<QList<InstanceAction>> cb) {
        m_lab.compute().instanceActions(id, ctx, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
    QSet<QString> actions;
    for (const InstanceAction &a : r.value()) {
        actions.insert(a.action);
        QVERIFY(a.requestId.startsWith(QLatin1String("req-")));
        QVERIFY(a.startTime.isValid());
    }
    for (const char *expected : {"create", "suspend", "resume", "stop", "start", "reboot", "rebuild", "shelve", "unshelve"})
        QVERIFY2(actions.contains(QLatin1String(expected)), expected);
}

void TestCompute::limitsAndFlavors()
{
    Result<ComputeLimits> limits = m_lab.call<ComputeLimits>([this](QObject *ctx, ApiCallback<ComputeLimits> cb) {
        m_lab.compute().limits(ctx, cb);
    });
    QVERIFY2(limits.ok(), qPrintable(limits.error().userMessage()));
    QVERIFY(limits.value().usedInstances >= 2); // at least main and extra1
    QVERIFY(limits.value().maxInstances == -1 || limits.value().maxInstances >= limits.value().usedInstances);
    QVERIFY(limits.value().usedRamMb >= 2 * 512);
    Result<QList<Flavor>> flavors = m_lab.call<QList<Flavor>>([this](QObject *ctx, ApiCallback<QList<Flavor>> cb) {
        m_lab.compute().listFlavors(ctx, cb);
    });
    QVERIFY2(flavors.ok(), qPrintable(flavors.error().userMessage()));
    QMap<QString, Flavor> byName;
    for (const Flavor &f : flavors.value())
        byName.insert(f.name, f);
    QVERIFY(byName.contains(QStringLiteral("desk.small")));
    QVERIFY(byName.contains(QStringLiteral("desk.large")));
    QCOMPARE(byName.value(QStringLiteral("desk.tiny")).vcpus, 1);
    QCOMPARE(byName.value(QStringLiteral("desk.tiny")).ramMb, 512);
    QCOMPARE(byName.value(QStringLiteral("desk.large")).vcpus, 4);
    QVERIFY(byName.value(QStringLiteral("desk.small")).isPublic);
}

void TestCompute::hypervisorsNeedAdmin()
{
    Result<QList<Hypervisor>> denied = m_lab.call<QList<Hypervisor>>([this](QObject *ctx, ApiCallback<QList<Hypervisor>> cb) {
        m_lab.compute().listHypervisors(ctx, cb);
    });
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().httpStatus(), 403);
    QVERIFY(!denied.error().requestId().isEmpty());

    CloudConfig admin;
    REQUIRE_LAB_CLOUD("lab-school", admin);
    CloudLab adminLab(QStringLiteral("computeadmin"));
    QString why;
    QVERIFY2(adminLab.connect(admin, &why), qPrintable(why));
    QVERIFY(adminLab.session()->auth().isAdmin());
    Result<QList<Hypervisor>> list = adminLab.call<QList<Hypervisor>>([&adminLab](QObject *ctx, ApiCallback<QList<Hypervisor>> cb) {
        adminLab.compute().listHypervisors(ctx, cb);
    });
    QVERIFY2(list.ok(), qPrintable(list.error().userMessage()));
    QVERIFY(!list.value().isEmpty());
    QVERIFY(!list.value().first().hostname.isEmpty());
    QCOMPARE(list.value().first().state, QStringLiteral("up"));
}

void TestCompute::reauthAfterTokenRevoked()
{
    // A fresh session whose token no compute service has validated (and cached) yet.
    auto session = std::make_shared<CloudSession>(m_config);
    RestClient client(session);
    ApiReply *first = client.send(ApiRequest::get(QStringLiteral("identity"), QStringLiteral("/auth/projects")));
    QSignalSpy firstDone(first, &ApiReply::finished);
    QVERIFY(firstDone.wait(30000));
    QVERIFY2(!first->error(), qPrintable(first->error().userMessage()));
    const AuthState before = session->auth();
    QVERIFY(!before.token.isEmpty());

    // Revoke our own token: DELETE /v3/auth/tokens with X-Subject-Token = the token itself.
    ApiRequest revoke = ApiRequest::del(QStringLiteral("identity"), QStringLiteral("/auth/tokens"));
    revoke.headers << qMakePair(QByteArray("X-Subject-Token"), before.token);
    ApiReply *revoked = client.send(revoke);
    QSignalSpy revokedDone(revoked, &ApiReply::finished);
    QVERIFY(revokedDone.wait(30000));
    QVERIFY2(!revoked->error(), qPrintable(revoked->error().userMessage()));
    QCOMPARE(revoked->status(), 204);
    QCOMPARE(session->auth().token, before.token); // the session does not know yet

    // Two calls at once: both get 401, one re-authenticates, the other waits and is replayed.
    ComputeApi compute(&client);
    QObject context;
    QList<Result<QList<Flavor>>> results;
    for (int i = 0; i < 2; ++i)
        compute.listFlavors(&context, [&results](Result<QList<Flavor>> r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 60000);
    for (const auto &r : std::as_const(results)) {
        QVERIFY2(r.ok(), qPrintable(r.error().userMessage()));
        QVERIFY(!r.value().isEmpty());
    }
    const AuthState after = session->auth();
    QCOMPARE(after.generation, before.generation + 1);
    QVERIFY(after.token != before.token);
}

void TestCompute::deleteServer()
{
    const QString id = m_main.id;
    Result<bool> del = m_lab.call<bool>([this, id](QObject *ctx, ApiCallback<bool> cb) { m_lab.compute().deleteServer(id, ctx, cb); });
    QVERIFY2(del.ok(), qPrintable(del.error().userMessage()));
    QString why;
    QVERIFY2(m_lab.waitUntil({m_main}, ServerGoal::Gone, 120000, &why), qPrintable(why));
    const Result<Server> gone = m_lab.server(id);
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().isNotFound());
    QCOMPARE(gone.error().fault(), QStringLiteral("itemNotFound"));
    QVERIFY(gone.error().requestId().startsWith(QLatin1String("req-")));
}

void TestCompute::cleanupTestCase()
{
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
