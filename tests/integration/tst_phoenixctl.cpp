// phoenixctl as a user runs it, against the real test bed: exit codes, tables, --json output,
// the power verbs (journaled tasks of the engine) with and without --wait, floating IPs, and plain
// errors carrying the request ID. The batch, create, kill -9 and tasks commands are in
// tst_phoenixctl_tasks.
#include "cloudlab.h"
#include "ctlprocess.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

class TestPhoenixctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndUsageErrors();
    void unknownCloudIsAPlainError();
    void inventoryAsJson();
    void inventoryTables();
    void environmentVariablesInsteadOfCloudsYaml();
    void desktopsListFilters();
    void desktopsShow();
    void stopAndStartWithWait();
    void floatingIpAssignListRelease();
    void failuresExitNonZeroWithRequestId();
    void deleteWithWait();
    void cleanupTestCase();

private:
    CtlRun ctl(const QStringList &arguments, const QProcessEnvironment &env = {}, int timeoutMs = 180000);
    static QJsonDocument json(const CtlRun &run) { return run.json(); }

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("ctl")};
    std::unique_ptr<CtlProcess> m_ctl;
    QString m_course;
    Server m_desktop;
};

CtlRun TestPhoenixctl::ctl(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    return env.isEmpty() ? m_ctl->run(arguments, timeoutMs) : m_ctl->run(arguments, env, timeoutMs);
}

void TestPhoenixctl::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PHOENIXCTL_PATH)), PHOENIXCTL_PATH);
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    // A member (teacher1), not an admin: everything here works with a member's rights. The
    // private home keeps the developer's settings out; the desktops are not reachable from here,
    // so the reachability check (DETECT) looks once and warns.
    m_ctl = std::make_unique<CtlProcess>(QStringLiteral(PHOENIXCTL_PATH), TestEnv::labCloudsFile(), QStringLiteral("lab-teacher"));
    QVERIFY(m_ctl->isValid());
    m_ctl->setSetting(QStringLiteral("poll/fastSeconds"), 2);
    m_ctl->setSetting(QStringLiteral("detect/timeoutSeconds"), 0);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    m_course = m_lab.name(QStringLiteral("course"));
    const QMap<QString, QString> meta{{QString::fromLatin1(PhoenixMeta::Type), QStringLiteral("course")},
                                      {QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student")},
                                      {QString::fromLatin1(PhoenixMeta::Course), m_course},
                                      {QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("student2")}};
    Result<Server> created = m_lab.createServer(QStringLiteral("stu01"), meta, {QString::fromLatin1(PhoenixMeta::Tag)});
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    QVERIFY2(m_lab.waitUntil({created.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));
    m_desktop = m_lab.server(created.value().id).value();
}

void TestPhoenixctl::helpAndUsageErrors()
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("desktops list")));
    QVERIFY(help.out.contains(QLatin1String("floating-ips assign")));

    const CtlRun unknown = ctl({QStringLiteral("teleport")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("Unknown command \"teleport\"")), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());

    const CtlRun misplaced = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), QStringLiteral("x"), QStringLiteral("--hard")});
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY2(misplaced.err.contains(QLatin1String("--hard")), qPrintable(misplaced.err));

    const CtlRun noTarget = ctl({QStringLiteral("desktops"), QStringLiteral("suspend")});
    QCOMPARE(noTarget.exitCode, 2);
}

void TestPhoenixctl::unknownCloudIsAPlainError()
{
    const CtlRun r = ctl({QStringLiteral("--os-cloud"), QStringLiteral("no-such-cloud"), QStringLiteral("limits")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no-such-cloud")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one plain line, no log noise
}

void TestPhoenixctl::inventoryAsJson()
{
    const CtlRun flavors = ctl({QStringLiteral("flavors"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(flavors.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : json(flavors).array())
        names << v[QLatin1String("name")].toString();
    QVERIFY2(names.contains(QLatin1String("desk.tiny")) && names.contains(QLatin1String("desk.large")), qPrintable(names.join(QLatin1Char(','))));

    const CtlRun images = ctl({QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(images.exitCode, 0);
    QStringList imageNames;
    for (const QJsonValue &v : json(images).array())
        imageNames << v[QLatin1String("name")].toString();
    QVERIFY(imageNames.contains(QLatin1String("win10-edu")));
    QVERIFY(imageNames.contains(QLatin1String("ubuntu-22.04-desktop")));

    const CtlRun networks = ctl({QStringLiteral("networks"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(networks.exitCode, 0);
    bool publicExternal = false;
    bool labSubnet = false;
    for (const QJsonValue &v : json(networks).array()) {
        if (v[QLatin1String("name")].toString() == QLatin1String("public"))
            publicExternal = v[QLatin1String("external")].toBool();
        if (v[QLatin1String("name")].toString() == QLatin1String("lab-net"))
            labSubnet = v[QLatin1String("subnets")][0][QLatin1String("cidr")].toString() == QLatin1String("10.20.0.0/24");
    }
    QVERIFY(publicExternal);
    QVERIFY(labSubnet);

    const CtlRun limits = ctl({QStringLiteral("limits"), QStringLiteral("--json")});
    QCOMPARE(limits.exitCode, 0);
    const QJsonObject l = json(limits).object();
    QVERIFY(l[QLatin1String("instances")][QLatin1String("used")].toInt() >= 1);
    QVERIFY(l[QLatin1String("instances")][QLatin1String("limit")].toInt() != 0);
    QVERIFY(l.contains(QLatin1String("floating_ips")));
}

void TestPhoenixctl::inventoryTables()
{
    const CtlRun flavors = ctl({QStringLiteral("flavors"), QStringLiteral("list")});
    QCOMPARE(flavors.exitCode, 0);
    const QStringList lines = flavors.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5); // header, rule, 3 flavors
    QVERIFY(lines.at(0).startsWith(QLatin1String("NAME")));
    // Aligned: every row has its second column where the header's starts.
    const int vcpuColumn = int(lines.at(0).indexOf(QLatin1String("VCPUS")));
    for (int i = 2; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).at(vcpuColumn - 1) == QLatin1Char(' ') && lines.at(i).at(vcpuColumn) != QLatin1Char(' '),
                 qPrintable(lines.at(i)));
    const CtlRun limits = ctl({QStringLiteral("limits")});
    QCOMPARE(limits.exitCode, 0);
    QVERIFY(limits.out.contains(QLatin1String("floating IPs")));
}

void TestPhoenixctl::environmentVariablesInsteadOfCloudsYaml()
{
    QProcessEnvironment env = m_ctl->environment();
    env.remove(QStringLiteral("OS_CLOUD"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/nonexistent/clouds.yaml"));
    env.insert(QStringLiteral("OS_AUTH_URL"), m_config.authUrl);
    env.insert(QStringLiteral("OS_USERNAME"), m_config.username);
    env.insert(QStringLiteral("OS_PASSWORD"), m_config.password);
    env.insert(QStringLiteral("OS_PROJECT_NAME"), m_config.projectName);
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), m_config.userDomainName);
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), m_config.projectDomainName);
    env.insert(QStringLiteral("OS_REGION_NAME"), m_config.regionName);
    const CtlRun r = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);

    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("wrong"));
    const CtlRun denied = ctl({QStringLiteral("limits")}, env);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(QLatin1String("Request ID:")), qPrintable(denied.err));
}

void TestPhoenixctl::desktopsListFilters()
{
    const CtlRun mine = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(mine.exitCode, 0);
    const QJsonArray list = json(mine).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject d = list.first().toObject();
    QCOMPARE(d[QLatin1String("name")].toString(), m_desktop.name);
    QCOMPARE(d[QLatin1String("id")].toString(), m_desktop.id);
    QCOMPARE(d[QLatin1String("role")].toString(), QStringLiteral("student"));
    QCOMPARE(d[QLatin1String("owner")].toString(), QStringLiteral("student2"));
    QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(d[QLatin1String("fixed_ip")].toString(), m_desktop.fixedAddress());
    QVERIFY(d[QLatin1String("tags")].toArray().contains(QJsonValue(QStringLiteral("phoenix"))));

    const CtlRun teachers = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--role"), QStringLiteral("teacher"),
                              QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(teachers.exitCode, 0);
    QCOMPARE(json(teachers).array().size(), 0);

    const CtlRun table = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(QLatin1String("NAME")));
    QVERIFY2(table.out.contains(m_desktop.name) && table.out.contains(m_desktop.fixedAddress()), qPrintable(table.out));

    const CtlRun badRole = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--role"), QStringLiteral("janitor")});
    QCOMPARE(badRole.exitCode, 2);
}

void TestPhoenixctl::desktopsShow()
{
    const CtlRun byName = ctl({QStringLiteral("desktops"), QStringLiteral("show"), m_desktop.name, QStringLiteral("--json")});
    QCOMPARE(byName.exitCode, 0);
    const QJsonObject d = json(byName).object();
    QCOMPARE(d[QLatin1String("id")].toString(), m_desktop.id);
    QCOMPARE(d[QLatin1String("course")].toString(), m_course);
    QCOMPARE(d[QLatin1String("metadata")][QLatin1String("phoenix:type")].toString(), QStringLiteral("course"));
    QCOMPARE(d[QLatin1String("actions")][0][QLatin1String("action")].toString(), QStringLiteral("create"));

    const CtlRun byId = ctl({QStringLiteral("desktops"), QStringLiteral("show"), m_desktop.id});
    QCOMPARE(byId.exitCode, 0);
    QVERIFY(byId.out.contains(m_desktop.name));
    QVERIFY(byId.out.contains(QLatin1String("create")));
}

void TestPhoenixctl::stopAndStartWithWait()
{
    const QString n = m_desktop.name;
    const CtlRun stop = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), n, QStringLiteral("--wait"),
                             QStringLiteral("--timeout"), QStringLiteral("150")});
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.both()));
    // --wait: every stage of the task as it starts and ends, then the end of the task.
    QVERIFY2(stop.out.contains(n + QStringLiteral(": Shut down…")), qPrintable(stop.out));
    QVERIFY2(stop.out.contains(n + QStringLiteral(": Wait for SHUTOFF done")), qPrintable(stop.out));
    QVERIFY2(stop.out.contains(n + QStringLiteral(": done (SHUTOFF)")), qPrintable(stop.out));
    const QString last = stop.out.trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(last.startsWith(QLatin1String("1 done, 0 failed, 0 cancelled in")), qPrintable(stop.out));
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("SHUTOFF"));

    // Stopping a stopped desktop is not an error: the task reads the state and does nothing.
    const CtlRun again = ctl({QStringLiteral("desktops"), QStringLiteral("stop"), m_desktop.id});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(n + QStringLiteral(": done (SHUTOFF) - Already SHUTOFF")), qPrintable(again.out));

    const CtlRun start = ctl({QStringLiteral("desktops"), QStringLiteral("start"), n, QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.both()));
    const QJsonObject result = json(start).object();
    QCOMPARE(result[QLatin1String("done")].toInt(), 1);
    const QJsonObject task = result[QLatin1String("tasks")][0].toObject();
    QCOMPARE(task[QLatin1String("state")].toString(), QStringLiteral("done"));
    QCOMPARE(task[QLatin1String("action")].toString(), QStringLiteral("start"));
    QCOMPARE(task[QLatin1String("goal")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(task[QLatin1String("server_id")].toString(), m_desktop.id);
    QCOMPARE(task[QLatin1String("stages")].toArray().size(), 3); // START, WAIT, DETECT
    QVERIFY2(start.err.contains(n + QStringLiteral(": Wait for ACTIVE…")), qPrintable(start.err)); // progress: stderr with --json
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("ACTIVE"));
}

void TestPhoenixctl::floatingIpAssignListRelease()
{
    const CtlRun assign = ctl({QStringLiteral("floating-ips"), QStringLiteral("assign"), m_desktop.name, QStringLiteral("--json")});
    QVERIFY2(assign.exitCode == 0, qPrintable(assign.both()));
    const QJsonObject ip = json(assign).object();
    const QString address = ip[QLatin1String("address")].toString();
    QVERIFY2(address.startsWith(QLatin1String("203.0.113.")), qPrintable(assign.out));
    QCOMPARE(ip[QLatin1String("fixed_ip")].toString(), m_desktop.fixedAddress());

    const CtlRun list = ctl({QStringLiteral("floating-ips"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QString desktopOfAddress;
    for (const QJsonValue &v : json(list).array()) {
        if (v[QLatin1String("address")].toString() == address)
            desktopOfAddress = v[QLatin1String("desktop")].toString();
    }
    QCOMPARE(desktopOfAddress, m_desktop.name);

    // Assigning again keeps the address the desktop has.
    const CtlRun again = ctl({QStringLiteral("floating-ips"), QStringLiteral("assign"), m_desktop.name});
    QVERIFY2(again.exitCode == 0, qPrintable(again.both()));
    QCOMPARE(again.out.trimmed(), m_desktop.name + QStringLiteral(": ") + address);

    const CtlRun release = ctl({QStringLiteral("floating-ips"), QStringLiteral("release"), m_desktop.name});
    QVERIFY2(release.exitCode == 0, qPrintable(release.both()));
    QVERIFY2(release.out.contains(m_desktop.name + QStringLiteral(": released ") + address), qPrintable(release.out));
    const CtlRun after = ctl({QStringLiteral("floating-ips"), QStringLiteral("list")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(!after.out.contains(address));
}

void TestPhoenixctl::failuresExitNonZeroWithRequestId()
{
    const QString missing = m_lab.name(QStringLiteral("nobody"));
    const CtlRun byName = ctl({QStringLiteral("desktops"), QStringLiteral("suspend"), missing, QStringLiteral("--wait")});
    QCOMPARE(byName.exitCode, 1);
    QVERIFY2(byName.err.contains(missing), qPrintable(byName.err));
    QVERIFY2(byName.err.contains(QLatin1String("Request ID: req-")), qPrintable(byName.err));

    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CtlRun show = ctl({QStringLiteral("desktops"), QStringLiteral("show"), uuid});
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.err.contains(QLatin1String("Request ID: req-")), qPrintable(show.err));

    // One good and one bad name: the good one is done, the exit code still reports the failure.
    const CtlRun mixed = ctl({QStringLiteral("desktops"), QStringLiteral("resume"), m_desktop.name, missing});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY2(mixed.out.contains(m_desktop.name + QStringLiteral(": done (ACTIVE) - Already ACTIVE")), qPrintable(mixed.out));
    QVERIFY(mixed.err.contains(missing));

    // A real 409 from Nova, with Nova's request ID: "start" on a SUSPENDED desktop is refused
    // (three tries, as conflicts may pass), and the task ends FAILED at its START stage.
    const CtlRun suspend = ctl({QStringLiteral("desktops"), QStringLiteral("suspend"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(suspend.exitCode == 0, qPrintable(suspend.both()));
    QVERIFY2(suspend.out.contains(m_desktop.name + QStringLiteral(": done (SUSPENDED)")), qPrintable(suspend.out));
    const CtlRun refused = ctl({QStringLiteral("desktops"), QStringLiteral("start"), m_desktop.name});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(m_desktop.name + QStringLiteral(": failed at Start: ")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("vm_state suspended")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("Request ID: req-")), qPrintable(refused.err));
    QVERIFY2(refused.out.contains(QLatin1String("0 done, 1 failed")), qPrintable(refused.out));
    const CtlRun resume = ctl({QStringLiteral("desktops"), QStringLiteral("resume"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.both()));
    QCOMPARE(m_lab.server(m_desktop.id).value().status, QStringLiteral("ACTIVE"));
}

void TestPhoenixctl::deleteWithWait()
{
    const CtlRun assign = ctl({QStringLiteral("floating-ips"), QStringLiteral("assign"), m_desktop.name});
    QCOMPARE(assign.exitCode, 0);
    const CtlRun del = ctl({QStringLiteral("desktops"), QStringLiteral("delete"), m_desktop.name, QStringLiteral("--wait")});
    QVERIFY2(del.exitCode == 0, qPrintable(del.both()));
    QVERIFY2(del.out.contains(QLatin1String("Released 203.0.113.")), qPrintable(del.out)); // no leaked address
    QVERIFY2(del.out.contains(m_desktop.name + QStringLiteral(": done (gone)")), qPrintable(del.out));
    const CtlRun list = ctl({QStringLiteral("desktops"), QStringLiteral("list"), QStringLiteral("--course"), m_course, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(json(list).array().size(), 0);
    // Every operation above is in the journal (the private home's default database) and audited.
    const CtlRun tasks = ctl({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(tasks.exitCode, 0);
    QStringList actions;
    for (const QJsonValue &v : json(tasks).array())
        actions << v[QLatin1String("action")].toString();
    for (const char *a : {"stop", "start", "assign-floating-ip", "release-floating-ip", "suspend", "resume", "delete"})
        QVERIFY2(actions.contains(QLatin1String(a)), a);
}

void TestPhoenixctl::cleanupTestCase()
{
    // phoenixctl's delete also releases the floating IPs its tasks allocated; then the rest.
    if (m_ctl && m_lab.client()) {
        const Result<QList<Server>> all = m_lab.call<QList<Server>>(
            [this](QObject *ctx, ApiCallback<QList<Server>> cb) { m_lab.compute().listAllServers({}, ctx, cb); });
        QStringList mine;
        for (const Server &s : all ? all.value() : QList<Server>()) {
            if (s.name.startsWith(m_lab.prefix()))
                mine << s.id;
        }
        if (!mine.isEmpty())
            ctl(QStringList{QStringLiteral("desktops"), QStringLiteral("delete")} + mine);
    }
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestPhoenixctl)
#include "tst_phoenixctl.moc"
