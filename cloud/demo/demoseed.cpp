// The seeded school of the demo cloud: users, images, flavors, networks, ~75 servers in mixed
// states, floating IPs and a timetable. Deterministic for a given random seed (ids, MACs) and
// relative to the time of seeding (creation times, lessons).
#include "cloud/demo/democloud.h"

#include "cloud/cloudtypes.h"
#include "cloud/demo/demoidentity.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace
{
struct SeatState
{
    const char *vmState;
    int powerState;
};

// Roster names for the students (surname + given name, common in Chinese schools).
QStringList rosterNames(int count, int offset)
{
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                                         QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
                                         QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
                                         QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭"),
                                         QStringLiteral("何"), QStringLiteral("林"), QStringLiteral("高"), QStringLiteral("罗")};
    static const QStringList given = {QStringLiteral("子涵"), QStringLiteral("欣怡"), QStringLiteral("浩然"), QStringLiteral("梓萱"),
                                      QStringLiteral("宇轩"), QStringLiteral("雨桐"), QStringLiteral("俊杰"), QStringLiteral("诗涵"),
                                      QStringLiteral("明轩"), QStringLiteral("思彤"), QStringLiteral("博文"), QStringLiteral("佳怡"),
                                      QStringLiteral("天佑"), QStringLiteral("可馨"), QStringLiteral("一鸣"), QStringLiteral("紫琪"),
                                      QStringLiteral("嘉懿"), QStringLiteral("若曦"), QStringLiteral("泽宇"), QStringLiteral("晨阳"),
                                      QStringLiteral("雅琪"), QStringLiteral("皓轩"), QStringLiteral("梦瑶"), QStringLiteral("志强")};
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const int n = offset + i;
        out << surnames.at((n * 7) % surnames.size()) + given.at((n * 5 + n / 3) % given.size());
    }
    return out;
}
} // namespace

void DemoCloud::ensureSeedBase()
{
    DemoState &s = *m_state;
    if (!s.roleIds.isEmpty())
        return;
    for (const char *role : {"admin", "member", "reader", "service"})
        s.roleIds.insert(QString::fromLatin1(role), s.newHexId());
}

DemoSchool DemoCloud::seedSchool()
{
    ensureSeedBase();
    DemoState &st = *m_state;
    const QDateTime now = DemoState::now();
    DemoSchool school;

    // --- identity
    auto project = [&st](const QString &name, const QString &description) {
        DemoProject p{st.newHexId(), name, description};
        st.projects.insert(p.id, p);
        st.computeQuotas.insert(p.id, DemoComputeQuota{});
        st.networkQuotas.insert(p.id, DemoNetworkQuota{});
        return p.id;
    };
    const QString adminProject = project(QStringLiteral("admin"), QStringLiteral("Cloud operators"));
    const QString schoolProject = project(QString::fromLatin1(ProjectName), QStringLiteral("凤凰实验中学 信息技术组 (Phoenix demo school)"));
    const QString opsProject = project(QStringLiteral("it-services"), QStringLiteral("School IT services"));
    auto user = [&st](const QString &name, const QString &projectId, const QStringList &roles) {
        DemoUser u{st.newHexId(), name, QString::fromLatin1(Password), name + QStringLiteral("@school.example"), projectId, roles};
        st.users.insert(u.id, u);
        return u.id;
    };
    user(QStringLiteral("admin"), adminProject, {QStringLiteral("admin")});
    const QString labadmin = user(QString::fromLatin1(AdminUser), schoolProject, {QStringLiteral("admin"), QStringLiteral("member")});
    const QStringList teachers = {QStringLiteral("zhang.wei"), QStringLiteral("li.na"), QStringLiteral("wang.fang"),
                                  QStringLiteral("liu.yang"), QStringLiteral("chen.jing")};
    QHash<QString, QString> teacherIds;
    for (const QString &t : teachers)
        teacherIds.insert(t, user(t, schoolProject, {QStringLiteral("member")}));
    const QString opsUser = user(QStringLiteral("ops"), opsProject, {QStringLiteral("member")});
    DemoAppCredential cred{st.newHexId(), QStringLiteral("phoenix-demo"), QString::fromLatin1(AppCredentialSecret), labadmin};
    st.appCredentials.insert(cred.id, cred);

    // --- flavors
    auto flavor = [&st](const QString &name, int vcpus, int ram, int disk, const QString &description) {
        DemoFlavor f{st.newUuid(), name, vcpus, ram, disk, 0, description};
        st.flavors.insert(f.id, f);
        return f.id;
    };
    const QString small = flavor(QStringLiteral("desk.small"), 2, 4096, 40, QStringLiteral("Student desktop"));
    const QString medium = flavor(QStringLiteral("desk.medium"), 4, 8192, 60, QStringLiteral("Teacher / Windows desktop"));
    flavor(QStringLiteral("desk.large"), 8, 16384, 100, QStringLiteral("Image making"));
    const QString server = flavor(QStringLiteral("m1.server"), 2, 2048, 20, QString());
    QHash<QString, QString> flavorNames;
    for (const DemoFlavor &f : std::as_const(st.flavors))
        flavorNames.insert(f.id, f.name);

    // --- images
    auto image = [&st, &now](const QString &name, const QString &owner, const QString &visibility, int minDisk, qint64 size,
                             const QJsonObject &properties, int ageDays) {
        DemoImage i;
        i.id = st.newUuid();
        i.name = name;
        i.ownerProjectId = owner;
        i.visibility = visibility;
        i.minDiskGb = minDisk;
        i.size = size;
        i.properties = properties;
        i.created = i.updated = now.addDays(-ageDays);
        i.checksum = st.newHexId();
        i.hashValue = st.newHexId() + st.newHexId() + st.newHexId() + st.newHexId();
        st.images.insert(i.id, i);
        return i.id;
    };
    const QString windows = image(QStringLiteral("Windows 10 Edu 22H2"), adminProject, QStringLiteral("public"), 40, 9'871'234'048LL,
                                  {{QStringLiteral("os_type"), QStringLiteral("windows")},
                                   {QStringLiteral("os_distro"), QStringLiteral("windows")},
                                   {QStringLiteral("os_version"), QStringLiteral("10")},
                                   {QStringLiteral("hw_qemu_guest_agent"), QStringLiteral("yes")}},
                                  120);
    const QString ubuntu = image(QStringLiteral("Ubuntu 22.04 Desktop"), adminProject, QStringLiteral("public"), 20, 4'102'352'896LL,
                                 {{QStringLiteral("os_type"), QStringLiteral("linux")},
                                  {QStringLiteral("os_distro"), QStringLiteral("ubuntu")},
                                  {QStringLiteral("os_version"), QStringLiteral("22.04")},
                                  {QStringLiteral("hw_qemu_guest_agent"), QStringLiteral("yes")}},
                                 90);
    image(QStringLiteral("CirrOS 0.6.2"), adminProject, QStringLiteral("public"), 0, 21'430'272LL,
          {{QStringLiteral("os_type"), QStringLiteral("linux")}, {QStringLiteral("os_distro"), QStringLiteral("cirros")}}, 200);

    // --- networks: external "public", the school's network behind a router, the IT network
    auto network = [&st, &now](const QString &name, const QString &projectId, bool external, const QString &prefix,
                               const QString &subnetName) {
        DemoNetwork n;
        n.id = st.newUuid();
        n.name = name;
        n.projectId = projectId;
        n.external = external;
        n.mtu = external ? 1500 : 1450;
        n.created = n.updated = now.addDays(-200);
        DemoSubnet sub;
        sub.id = st.newUuid();
        sub.name = subnetName;
        sub.networkId = n.id;
        sub.projectId = projectId;
        sub.cidr = prefix + QStringLiteral("0/24");
        sub.gatewayIp = prefix + QStringLiteral("1");
        sub.poolStart = prefix + QStringLiteral("10");
        sub.poolEnd = prefix + QStringLiteral("250");
        sub.dhcp = !external;
        sub.created = sub.updated = n.created;
        n.subnetIds << sub.id;
        st.networks.insert(n.id, n);
        st.subnets.insert(sub.id, sub);
        return n.id;
    };
    const QString publicNet = network(QStringLiteral("public"), adminProject, true, QStringLiteral("203.0.113."),
                                      QStringLiteral("public-subnet"));
    const QString schoolNet = network(QStringLiteral("school-net"), schoolProject, false, QStringLiteral("10.20.0."),
                                      QStringLiteral("school-subnet"));
    const QString opsNet = network(QStringLiteral("it-net"), opsProject, false, QStringLiteral("10.30.0."), QStringLiteral("it-subnet"));
    auto router = [&](const QString &name, const QString &projectId, const QString &netId) {
        DemoRouter r;
        r.id = st.newUuid();
        r.name = name;
        r.projectId = projectId;
        r.externalNetworkId = publicNet;
        r.externalSubnetId = st.networks.value(publicNet).subnetIds.first();
        r.externalIp = st.allocateAddress(r.externalSubnetId);
        r.created = r.updated = now.addDays(-200);
        st.routers.insert(r.id, r);
        DemoPort gw; // the gateway port holds the router's external address
        gw.id = st.newUuid();
        gw.networkId = publicNet;
        gw.deviceId = r.id;
        gw.deviceOwner = QStringLiteral("network:router_gateway");
        gw.mac = st.newMac();
        gw.fixedIps = {{r.externalSubnetId, r.externalIp}};
        gw.created = gw.updated = r.created;
        st.ports.insert(gw.id, gw);
        const DemoSubnet sub = st.subnets.value(st.networks.value(netId).subnetIds.first());
        DemoPort itf;
        itf.id = st.newUuid();
        itf.networkId = netId;
        itf.projectId = projectId;
        itf.deviceId = r.id;
        itf.deviceOwner = QStringLiteral("network:router_interface");
        itf.mac = st.newMac();
        itf.fixedIps = {{sub.id, sub.gatewayIp}};
        itf.created = itf.updated = r.created;
        st.ports.insert(itf.id, itf);
    };
    router(QStringLiteral("school-router"), schoolProject, schoolNet);
    router(QStringLiteral("it-router"), opsProject, opsNet);

    // --- servers
    int serial = 0;
    auto addServer = [&](const QString &name, const QString &projectId, const QString &userId, const QString &imageId,
                         const QString &flavorId, const QString &netId, const SeatState &state, const QDateTime &created,
                         const QMap<QString, QString> &metadata) -> DemoServer & {
        DemoServer s;
        s.id = st.newUuid();
        s.name = name;
        s.projectId = projectId;
        s.userId = userId;
        s.imageId = imageId;
        s.flavorId = flavorId;
        s.vmState = QString::fromLatin1(state.vmState);
        s.powerState = state.powerState;
        s.metadata = metadata;
        if (metadata.contains(QString::fromLatin1(PhoenixMeta::Role)))
            s.tags = {QString::fromLatin1(PhoenixMeta::Tag)};
        s.created = created;
        s.updated = created.addSecs(3600 + 97 * (serial % 40));
        s.instanceName = QStringLiteral("instance-%1").arg(++st.instanceCounter, 8, 16, QLatin1Char('0'));
        s.reservationId = QStringLiteral("r-") + st.newHexId().left(8);
        s.availabilityZone = QStringLiteral("nova");
        DemoInstanceAction create{QStringLiteral("create"), QStringLiteral("req-") + st.newUuid(), userId, projectId,
                                  created, created.addSecs(8), {}};
        s.actions << create;
        if (s.vmState == QLatin1String("error")) {
            s.availabilityZone.clear();
            s.fault = QJsonObject{{QStringLiteral("code"), 500},
                                  {QStringLiteral("created"), DemoTime::seconds(created.addSecs(3))},
                                  {QStringLiteral("message"), QStringLiteral("No valid host was found. There are not enough hosts available.")}};
            s.actions.last().message = QStringLiteral("Error");
        } else {
            s.host = serial % 2 ? QStringLiteral("demo-compute1") : QStringLiteral("demo-compute2");
            s.launchedAt = created.addSecs(7);
            if (s.vmState != QLatin1String("shelved_offloaded"))
                s.portIds << st.createPort(netId, projectId, s.id, QStringLiteral("compute:nova"));
            else
                s.host.clear();
            static const QHash<QString, QString> lastAction = {
                {QStringLiteral("stopped"), QStringLiteral("stop")}, {QStringLiteral("suspended"), QStringLiteral("suspend")},
                {QStringLiteral("paused"), QStringLiteral("pause")}, {QStringLiteral("shelved_offloaded"), QStringLiteral("shelve")}};
            if (lastAction.contains(s.vmState))
                s.actions << DemoInstanceAction{lastAction.value(s.vmState), QStringLiteral("req-") + st.newUuid(), userId,
                                                projectId, s.updated, s.updated.addSecs(3), {}};
        }
        ++serial;
        st.servers.insert(s.id, s);
        return st.servers[s.id];
    };
    const SeatState active{"active", 1};
    const SeatState suspended{"suspended", 4};
    const SeatState shutoff{"stopped", 4};
    const SeatState error{"error", 0};
    const SeatState shelved{"shelved_offloaded", 4};
    const SeatState paused{"paused", 3};

    auto phoenixMeta = [](const QString &type, const QString &role, const QString &owner, const QString &course,
                          const QString &seat, const QDateTime &expires, const QString &task) {
        QMap<QString, QString> m{{QString::fromLatin1(PhoenixMeta::Type), type},
                                 {QString::fromLatin1(PhoenixMeta::Role), role},
                                 {QString::fromLatin1(PhoenixMeta::Owner), owner},
                                 {QString::fromLatin1(PhoenixMeta::Task), task}};
        if (!course.isEmpty())
            m.insert(QString::fromLatin1(PhoenixMeta::Course), course);
        if (!seat.isEmpty())
            m.insert(QString::fromLatin1(PhoenixMeta::Seat), seat);
        if (expires.isValid())
            m.insert(QString::fromLatin1(PhoenixMeta::Expires), formatOpenStackTime(expires));
        return m;
    };

    // The timetable: 45-minute lessons, the first one 15 minutes from now.
    const QDateTime firstLesson = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 300 + 3) * 300, Qt::UTC);
    school.courses = {
        {QStringLiteral("py-01"), QStringLiteral("Python 入门"), QStringLiteral("zhang.wei"), QStringLiteral("Ubuntu 22.04 Desktop"),
         QStringLiteral("desk.small"), rosterNames(24, 0)},
        {QStringLiteral("net-01"), QStringLiteral("网络基础"), QStringLiteral("li.na"), QStringLiteral("Windows 10 Edu 22H2"),
         QStringLiteral("desk.medium"), rosterNames(20, 24)},
        {QStringLiteral("db-01"), QStringLiteral("数据库原理"), QStringLiteral("wang.fang"), QStringLiteral("数据库原理 课程镜像 2024-09"),
         QStringLiteral("desk.small"), rosterNames(16, 44)},
    };
    const QStringList rooms = {QStringLiteral("机房 A301"), QStringLiteral("机房 A302"), QStringLiteral("机房 B105")};
    for (int day = 0; day < 14; ++day) {
        for (int c = 0; c < school.courses.size(); ++c) {
            const QDateTime start = firstLesson.addDays(day).addSecs(c * 2 * 3600);
            const bool weekend = start.date().dayOfWeek() > 5;
            const bool first = day == 0 && c == 0; // always: the lesson that starts soon
            if (!first && (weekend || (day + c) % 3 != 0))
                continue;
            school.lessons.append({school.courses.at(c).code, start, start.addSecs(45 * 60), rooms.at(c)});
        }
    }
    std::sort(school.lessons.begin(), school.lessons.end(),
              [](const DemoLesson &a, const DemoLesson &b) { return a.start < b.start; });
    auto lessonEnd = [&school](const QString &code) {
        for (const DemoLesson &l : std::as_const(school.lessons)) {
            if (l.courseCode == code)
                return l.end;
        }
        return QDateTime();
    };

    // Template desktop of the database course and the snapshot made from it.
    DemoServer &tpl = addServer(QStringLiteral("T-db-01-template"), schoolProject, teacherIds.value(QStringLiteral("wang.fang")), ubuntu,
                                small, schoolNet, shutoff, now.addDays(-30),
                                phoenixMeta(QStringLiteral("template"), QStringLiteral("teacher"), QStringLiteral("wang.fang"),
                                            QStringLiteral("db-01"), {}, {}, QStringLiteral("demo-seed-0001")));
    const QString snapshot = image(QStringLiteral("数据库原理 课程镜像 2024-09"), schoolProject, QStringLiteral("private"), 40,
                                   6'442'450'944LL,
                                   {{QStringLiteral("os_type"), QStringLiteral("linux")},
                                    {QStringLiteral("os_distro"), QStringLiteral("ubuntu")},
                                    {QStringLiteral("os_version"), QStringLiteral("22.04")},
                                    {QStringLiteral("image_type"), QStringLiteral("snapshot")},
                                    {QStringLiteral("base_image_ref"), ubuntu},
                                    {QStringLiteral("instance_uuid"), tpl.id},
                                    {QStringLiteral("owner_project_name"), QString::fromLatin1(ProjectName)},
                                    {QStringLiteral("owner_user_name"), QStringLiteral("wang.fang")},
                                    {QStringLiteral("user_id"), teacherIds.value(QStringLiteral("wang.fang"))}},
                                   29);
    st.images[snapshot].isProtected = true;

    // Teacher desktops (static).
    const QList<SeatState> teacherStates = {active, suspended, shutoff, active, shelved};
    QHash<QString, QString> teacherDesktops;
    for (int i = 0; i < teachers.size(); ++i) {
        const QString &t = teachers.at(i);
        DemoServer &s = addServer(QStringLiteral("desk-") + t, schoolProject, labadmin, i % 2 ? windows : ubuntu, medium, schoolNet,
                                  teacherStates.at(i), now.addDays(-60 + i),
                                  phoenixMeta(QStringLiteral("static"), QStringLiteral("teacher"), t, {}, {}, {},
                                              QStringLiteral("demo-seed-%1").arg(10 + i, 4, 10, QLatin1Char('0'))));
        teacherDesktops.insert(t, s.id);
    }

    // Student desktops: mostly suspended or shut off between lessons, a few running, one failed.
    const QHash<QString, QString> courseImage = {{QStringLiteral("py-01"), ubuntu}, {QStringLiteral("net-01"), windows},
                                                 {QStringLiteral("db-01"), snapshot}};
    const QHash<QString, QString> courseFlavor = {{QStringLiteral("py-01"), small}, {QStringLiteral("net-01"), medium},
                                                  {QStringLiteral("db-01"), small}};
    QStringList studentDesktops;
    int task = 100;
    for (int c = 0; c < school.courses.size(); ++c) {
        const DemoCourse &course = school.courses.at(c);
        const QDateTime created = now.addDays(-(7 + c * 3)).addSecs(-3600 * c);
        for (int seat = 1; seat <= course.students.size(); ++seat) {
            SeatState state = c == 1 ? shutoff : suspended;
            if (seat <= (c == 2 ? 2 : 3))
                state = active;
            else if (c == 0 && seat >= 21 && seat <= 23)
                state = shutoff;
            else if (c == 1 && seat >= 15 && seat <= 17)
                state = suspended;
            else if (c == 2 && seat == 9)
                state = paused;
            if (c == 0 && seat == course.students.size())
                state = error;
            const QString seatText = QStringLiteral("%1").arg(seat, 2, 10, QLatin1Char('0'));
            DemoServer &s = addServer(course.code + QStringLiteral("-stu") + seatText, schoolProject, labadmin,
                                      courseImage.value(course.code), courseFlavor.value(course.code), schoolNet, state,
                                      created.addSecs(seat * 11),
                                      phoenixMeta(QStringLiteral("course"), QStringLiteral("student"), course.students.at(seat - 1),
                                                  course.code, seatText, lessonEnd(course.code),
                                                  QStringLiteral("demo-seed-%1").arg(task++, 4, 10, QLatin1Char('0'))));
            studentDesktops << s.id;
        }
    }

    // Servers that are not Phoenix desktops.
    const QString moodle = addServer(QStringLiteral("moodle"), schoolProject, labadmin, ubuntu, server, schoolNet, active,
                                     now.addDays(-180), {{QStringLiteral("purpose"), QStringLiteral("learning platform")}}).id;
    addServer(QStringLiteral("gitlab-runner"), schoolProject, labadmin, ubuntu, server, schoolNet, active, now.addDays(-150), {});
    addServer(QStringLiteral("backup-01"), opsProject, opsUser, ubuntu, server, opsNet, active, now.addDays(-300), {});
    addServer(QStringLiteral("monitor-01"), opsProject, opsUser, ubuntu, server, opsNet, shutoff, now.addDays(-250), {});

    // Floating IPs: teachers' running desktops, the learning platform, two students; one orphan.
    auto floating = [&](const QString &serverId, const QString &projectId, const QString &description) {
        DemoFloatingIp f;
        f.id = st.newUuid();
        f.networkId = publicNet;
        f.address = st.allocateAddress(st.networks.value(publicNet).subnetIds.first());
        f.projectId = projectId;
        f.description = description;
        f.created = f.updated = now.addDays(-5);
        if (!serverId.isEmpty()) {
            const DemoServer srv = st.servers.value(serverId);
            const DemoPort port = st.ports.value(srv.portIds.value(0));
            f.portId = port.id;
            f.fixedIp = port.fixedIps.value(0).address;
            f.routerId = st.routerFor(port.id, publicNet);
            f.revision = 1;
        }
        st.floatingIps.insert(f.id, f);
    };
    floating(teacherDesktops.value(QStringLiteral("zhang.wei")), schoolProject, QString());
    floating(teacherDesktops.value(QStringLiteral("wang.fang")), schoolProject, QString());
    floating(teacherDesktops.value(QStringLiteral("liu.yang")), schoolProject, QString());
    floating(moodle, schoolProject, QStringLiteral("moodle.school.example"));
    floating(studentDesktops.value(0), schoolProject, QString());
    floating(studentDesktops.value(1), schoolProject, QString());
    floating(QString(), schoolProject, QStringLiteral("left over from the 2023 open day"));

    school.projectName = QString::fromLatin1(ProjectName);
    school.adminUser = QString::fromLatin1(AdminUser);
    school.teachers = teachers;
    school.appCredentialId = cred.id;
    school.appCredentialSecret = QString::fromLatin1(AppCredentialSecret);
    m_school = school;
    qCInfo(lcDemo) << "seeded the demo school:" << st.servers.size() << "servers," << st.images.size() << "images,"
                   << st.floatingIps.size() << "floating IPs";
    return school;
}

int DemoCloud::growSchool(int total)
{
    DemoState &st = *m_state;
    QString projectId;
    for (const DemoProject &p : std::as_const(st.projects)) {
        if (p.name == QLatin1String(ProjectName))
            projectId = p.id;
    }
    const DemoServer *model = nullptr;
    int have = 0;
    for (const DemoServer &s : std::as_const(st.servers)) {
        if (s.deleted || s.projectId != projectId)
            continue;
        ++have;
        if (!model && s.metadata.value(QStringLiteral("phoenix:role")) == QLatin1String("student") && s.status() == QLatin1String("ACTIVE"))
            model = &s;
    }
    if (!model || have >= total)
        return have;
    const DemoServer tmpl = *model;
    DemoComputeQuota &quota = st.computeQuotas[projectId];
    quota.instances = qMax(quota.instances, total + 100);
    quota.cores = qMax(quota.cores, 4 * (total + 100));
    quota.ramMb = qMax(quota.ramMb, 4096 * (total + 100));
    for (int i = 0; have < total; ++i, ++have) {
        DemoServer s = tmpl;
        const int course = i / 30 + 1;
        const int seat = i % 30 + 1;
        s.id = st.newUuid();
        s.name = QStringLiteral("campus-c%1-s%2").arg(course, 4, 10, QLatin1Char('0')).arg(seat, 2, 10, QLatin1Char('0'));
        s.metadata.insert(QStringLiteral("phoenix:owner"), QStringLiteral("c%1s%2").arg(course).arg(seat));
        s.metadata.insert(QStringLiteral("phoenix:course"), QStringLiteral("campus-c%1").arg(course, 4, 10, QLatin1Char('0')));
        s.metadata.insert(QStringLiteral("phoenix:seat"), QString::number(seat));
        s.instanceName = QStringLiteral("instance-%1").arg(0x10000 + i, 8, 16, QLatin1Char('0'));
        s.portIds.clear();
        s.preservedPortIds.clear();
        s.requestedNetworks.clear();
        s.actions.clear();
        if (i % 10 == 9) {
            s.vmState = QStringLiteral("suspended");
            s.powerState = 4;
        }
        st.servers.insert(s.id, s);
    }
    qCInfo(lcDemo) << "grew the demo school to" << have << "desktops";
    return have;
}
