#include "models/lessons/lessonscheduler.h"

#include "cloud/cloudlookup.h"
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"
#include "models/engine/inventory.h"
#include "models/engine/taskengine.h"
#include "models/lessons/capacityaudit.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schedulerleader.h"
#include "models/lessons/timetable.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScheduler, "phoenix.models.scheduler")

struct LessonScheduler::Run
{
    TickOptions options;
    TickReport report;
    QDateTime startedAt; // real time, for the inventory's freshness
    QList<Course> courses;
    QHash<QString, QList<RosterSeat>> rosters;
    QList<Occurrence> occurrences;
    QList<PrepSample> samples;
    QList<Image> images;
    QList<Flavor> flavors;
    QList<Network> networks;
    QList<FloatingIp> floatingIps;
    ComputeLimits limits;
    NetworkQuota networkQuota;
    QMetaObject::Connection inventoryConnection;
    int pendingWrites = 0;
};

LessonScheduler::LessonScheduler(LessonStore *store, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                                 RestClient *client, const QString &holder, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_inventory(inventory)
    , m_journal(journal)
    , m_client(client)
    , m_leader(std::make_unique<SchedulerLeader>(store->database(), store->scope(), holder))
{
    qRegisterMetaType<TickReport>();
}

LessonScheduler::~LessonScheduler() = default;

Result<QList<Occurrence>> LessonScheduler::occurrences(LessonStore *store, const QDateTime &from, const QDateTime &to,
                                                       const QTimeZone &zone)
{
    Result<QList<Course>> courses = store->courses();
    if (!courses)
        return courses.error();
    Result<QList<Lesson>> lessons = store->lessons();
    if (!lessons)
        return lessons.error();
    Result<QList<LessonChange>> changes = store->changes();
    if (!changes)
        return changes.error();
    Result<SchoolCalendar> calendar = store->calendar();
    if (!calendar)
        return calendar.error();
    QHash<QString, Course> byCode;
    for (const Course &c : courses.value())
        byCode.insert(c.code, c);
    return Timetable::expand(lessons.value(), byCode, calendar.value(), changes.value(), from, to, zone);
}

void LessonScheduler::tick(const TickOptions &options)
{
    auto run = std::make_shared<Run>();
    run->options = options;
    run->startedAt = QDateTime::currentDateTimeUtc();
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : run->startedAt;
    run->options.now = now;
    run->report.now = now;
    m_running = true;

    auto failNow = [this, run](const CloudError &e) {
        run->report.error = e;
        QTimer::singleShot(0, this, [this, run] { finish(run); });
    };
    if (!options.dryRun) {
        const Result<bool> lead = m_leader->acquire();
        if (!lead)
            return failNow(lead.error());
        if (!lead.value()) {
            run->report.leader = false;
            QTimer::singleShot(0, this, [this, run] { finish(run); });
            return;
        }
    }
    Result<QList<Course>> courses = m_store->courses();
    if (!courses)
        return failNow(courses.error());
    run->courses = courses.take();
    if (run->courses.isEmpty()) { // no timetable: nothing to plan, nothing to read (the window ticks every minute)
        QTimer::singleShot(0, this, [this, run] { finish(run); });
        return;
    }
    Result<QHash<QString, QList<RosterSeat>>> rosters = m_store->rosters();
    if (!rosters)
        return failNow(rosters.error());
    run->rosters = rosters.take();
    // From a few days back (the last lesson of each course, for its policy) to a day ahead.
    QDateTime from = now.addDays(-7);
    QDateTime to = now.addDays(1);
    if (options.from.isValid() && options.from < from)
        from = options.from;
    if (options.to.isValid() && options.to > to)
        to = options.to;
    Result<QList<Occurrence>> occ = occurrences(m_store, from, to, options.zone);
    if (!occ)
        return failNow(occ.error());
    run->occurrences = occ.take();
    Result<QList<PrepSample>> samples = m_store->prepSamples();
    if (!samples)
        return failNow(samples.error());
    run->samples = samples.take();
    loadCatalog(run);
}

// Reads only: images → flavors → networks → floating IPs, then the inventory.
void LessonScheduler::loadCatalog(const std::shared_ptr<Run> &run)
{
    if (run->courses.isEmpty()) {
        waitForInventory(run);
        return;
    }
    ImageApi(m_client).listImages(this, [this, run](Result<QList<Image>> images) {
        if (!images) {
            run->report.error = images.error();
            finish(run);
            return;
        }
        run->images = images.take();
        ComputeApi(m_client).listFlavors(this, [this, run](Result<QList<Flavor>> flavors) {
            if (!flavors) {
                run->report.error = flavors.error();
                finish(run);
                return;
            }
            run->flavors = flavors.take();
            NetworkApi(m_client).listNetworks(this, [this, run](Result<QList<Network>> networks) {
                if (!networks) {
                    run->report.error = networks.error();
                    finish(run);
                    return;
                }
                run->networks = networks.take();
                NetworkApi(m_client).listFloatingIps(this, [this, run](Result<QList<FloatingIp>> fips) {
                    if (fips)
                        run->floatingIps = fips.take(); // without it, addresses come from Nova alone
                    waitForInventory(run);
                });
            });
        });
    });
}

void LessonScheduler::waitForInventory(const std::shared_ptr<Run> &run)
{
    // One fresh listing of the shared inventory, newer than this tick.
    if (!m_inventory->isFromCache() && m_inventory->fetchedAt() >= run->startedAt) {
        planAndAct(run);
        return;
    }
    auto done = std::make_shared<bool>(false);
    run->inventoryConnection = connect(m_inventory, &Inventory::refreshed, this, [this, run, done](const QDateTime &at) {
        if (*done || m_inventory->isFromCache() || at < run->startedAt)
            return;
        *done = true;
        disconnect(run->inventoryConnection);
        planAndAct(run);
    });
    connect(m_inventory, &Inventory::errorOccurred, this, [this, run, done](const CloudError &error) {
        if (*done)
            return;
        *done = true;
        disconnect(run->inventoryConnection);
        run->report.error = error;
        finish(run);
    }, Qt::SingleShotConnection);
    m_inventory->refreshNow();
}

void LessonScheduler::planAndAct(const std::shared_ptr<Run> &run)
{
    PlanInput in;
    in.now = run->options.now;
    in.courses = run->courses;
    in.rosters = run->rosters;
    in.occurrences = run->occurrences;
    in.lead = LeadTime(run->options.aheadSeconds);
    in.lead.addAll(run->samples);
    in.tickSeconds = run->options.tickSeconds;
    for (const Course &c : std::as_const(run->courses)) {
        CourseCloud cloud;
        const Result<Image> image = ImageApi::findImage(run->images, c.image);
        const Result<Flavor> flavor = CloudLookup::byNameOrId(run->flavors, c.flavor, tr("flavor"));
        const Result<Network> network = CloudLookup::byNameOrId(run->networks, c.network, tr("network"));
        QStringList problems;
        if (image) {
            cloud.imageId = image.value().id;
            cloud.imageName = image.value().name;
        } else {
            problems << image.error().userMessage();
        }
        if (flavor)
            cloud.flavorId = flavor.value().id;
        else
            problems << flavor.error().userMessage();
        if (network)
            cloud.networkId = network.value().id;
        else
            problems << network.error().userMessage();
        cloud.problem = problems.join(QLatin1Char(' '));
        in.cloud.insert(c.code, cloud);
    }
    // Desktops: the inventory, with floating addresses Nova may not show yet (Neutron knows).
    QHash<QString, QString> floatingByFixed;
    for (const FloatingIp &f : std::as_const(run->floatingIps)) {
        if (f.isAssociated() && !f.fixedIpAddress.isEmpty())
            floatingByFixed.insert(f.fixedIpAddress, f.floatingIpAddress);
    }
    for (Server s : m_inventory->servers()) {
        if (s.floatingAddress().isEmpty() && floatingByFixed.contains(s.fixedAddress()))
            s.addresses << ServerAddress{QString(), floatingByFixed.value(s.fixedAddress()), 4, QStringLiteral("floating"), QString()};
        in.servers << s;
    }
    // Desktops with an unfinished task (this process's or any other's, from the journal).
    if (m_journal) {
        const QList<TaskSnapshot> unfinished = m_journal->loadUnfinished();
        for (const TaskSnapshot &t : unfinished) {
            if (!t.spec.serverId.isEmpty())
                in.busy.insert(t.spec.serverId);
            if (!t.spec.serverName.isEmpty())
                in.busy.insert(t.spec.serverName);
        }
        // The leader continues what nobody runs any more: the tasks of a scheduler (or any Phoenix)
        // that died mid-tick, whose desktops would otherwise stay "busy" for good. The engine
        // leaves tasks alone that it runs already or that a live process holds (journal leases).
        if (m_engine && !run->options.dryRun && !unfinished.isEmpty()) {
            const QStringList resumed = m_engine->resumeTasks(unfinished);
            if (!resumed.isEmpty()) {
                QSet<QString> batches;
                for (const QString &id : resumed) {
                    if (const std::optional<TaskSnapshot> t = m_engine->task(id))
                        batches.insert(t->batchId);
                }
                run->report.taskIds += resumed;
                run->report.notes << tr("Continued %n unfinished task(s) that no running Phoenix held.", nullptr,
                                        int(resumed.size()));
                for (const QString &b : std::as_const(batches))
                    Q_EMIT batchSubmitted(b);
            }
        }
    }
    if (m_engine) {
        for (const BatchSnapshot &b : m_engine->batches()) {
            for (const TaskSnapshot &t : m_engine->tasksOfBatch(b.id)) {
                if (t.isFinished())
                    continue;
                in.busy.insert(t.spec.serverId);
                in.busy.insert(t.spec.serverName);
            }
        }
        in.busy.remove(QString());
    }
    run->report.plan = LessonPlanner::plan(in);
    // schedule plan lists the lessons of its window only.
    if (run->options.from.isValid() || run->options.to.isValid()) {
        const QDateTime from = run->options.from.isValid() ? run->options.from : run->options.now;
        const QDateTime to = run->options.to.isValid() ? run->options.to : run->options.now.addDays(1);
        QList<LessonStatus> kept;
        for (const LessonStatus &l : std::as_const(run->report.plan.lessons)) {
            if (l.occurrence.overlaps(from, to))
                kept << l;
        }
        run->report.plan.lessons = kept;
    }
    const bool creates = std::any_of(run->report.plan.actions.cbegin(), run->report.plan.actions.cend(), [](const PlannedAction &a) {
        return a.why != PlannedAction::Why::Retag && a.kind == TaskKind::Create;
    });
    if (creates)
        checkQuota(run);
    else if (run->options.dryRun)
        finish(run);
    else
        submit(run);
}

// The capacity audit before a start: what the planned creates add, against Nova's and Neutron's
// quota. A course whose desktops do not fit gets none, and the refusal says what is short.
void LessonScheduler::checkQuota(const std::shared_ptr<Run> &run)
{
    ComputeApi(m_client).limits(this, [this, run](Result<ComputeLimits> limits) {
        if (limits)
            run->limits = limits.value();
        auto afterQuota = [this, run] {
            // Allocated floating IPs count against Neutron's quota whether bound or not.
            const ResourceAmounts standing{run->limits.usedInstances, run->limits.usedCores, run->limits.usedRamMb, 0,
                                           run->floatingIps.size()};
            const ResourceAmounts cap{run->limits.maxInstances, run->limits.maxCores, run->limits.maxRamMb, -1,
                                      run->networkQuota.floatingIps};
            QHash<QString, Flavor> flavors;
            for (const Flavor &f : std::as_const(run->flavors))
                flavors.insert(f.id, f);
            // Course by course, in the order of their lessons: each one that fits adds to the next.
            QList<PlannedAction> kept;
            QSet<QString> refused;
            QHash<QString, ResourceAmounts> adding;
            for (const PlannedAction &a : std::as_const(run->report.plan.actions)) {
                if (a.why == PlannedAction::Why::Retag || a.kind != TaskKind::Create)
                    continue;
                const Flavor f = flavors.value(a.flavorId);
                ResourceAmounts &r = adding[a.course];
                r += ResourceAmounts{1, f.vcpus, f.ramMb, f.diskGb, 1};
            }
            ResourceAmounts total = standing;
            QHash<QString, QDateTime> startOf;
            for (const PlannedAction &a : std::as_const(run->report.plan.actions))
                startOf.insert(a.course, a.lessonStart);
            for (auto it = adding.cbegin(); it != adding.cend(); ++it) {
                ResourceAmounts next = total;
                next += it.value();
                Occurrence o{QString(), it.key(), startOf.value(it.key()), startOf.value(it.key()).addSecs(1), QString()};
                const CapacityVerdict v = CapacityAudit::audit({o}, {{it.key(), CourseDemand{0, 0, 0, 0, false}}}, next, cap);
                if (!v.fits) {
                    refused.insert(it.key());
                    run->report.notes << tr("%1: no desktops created: %2").arg(it.key(), v.text());
                } else {
                    total = next;
                }
            }
            for (const PlannedAction &a : std::as_const(run->report.plan.actions)) {
                if (a.kind == TaskKind::Create && a.why != PlannedAction::Why::Retag && refused.contains(a.course))
                    continue;
                kept << a;
            }
            run->report.plan.actions = kept;
            if (run->options.dryRun)
                finish(run);
            else
                submit(run);
        };
        NetworkApi(m_client).quota(m_client->session()->auth().projectId, this, [run, afterQuota](Result<NetworkQuota> q) {
            if (q)
                run->networkQuota = q.value();
            afterQuota();
        });
    });
}

void LessonScheduler::submit(const std::shared_ptr<Run> &run)
{
    // One batch per course, reason and operation: "PY101: prepare — create (6)".
    struct Group
    {
        QString course;
        PlannedAction::Why why;
        TaskKind kind;
        QList<PlannedAction> actions;
    };
    QList<Group> groups;
    for (const PlannedAction &a : std::as_const(run->report.plan.actions)) {
        if (a.why == PlannedAction::Why::Retag)
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&a](const Group &g) {
            return g.course == a.course && g.why == a.why && g.kind == a.kind;
        });
        if (it == groups.end()) {
            groups << Group{a.course, a.why, a.kind, {}};
            it = groups.end() - 1;
        }
        it->actions << a;
    }
    for (const Group &g : std::as_const(groups)) {
        QList<TaskSpec> specs;
        for (const PlannedAction &a : g.actions) {
            TaskSpec spec;
            spec.kind = a.kind;
            spec.serverId = a.serverId;
            spec.serverName = a.serverName;
            if (a.kind == TaskKind::Create)
                spec.create = a.create;
            specs << spec;
        }
        const QString why = g.why == PlannedAction::Why::Prepare ? tr("prepare")
                          : g.why == PlannedAction::Why::Repair  ? tr("repair")
                                                                 : tr("lesson over");
        const QString title = tr("scheduler: %1 %2 — %3 (%4)").arg(g.course, why, TaskText::kindName(g.kind)).arg(specs.size());
        const QString batchId = m_engine->submitBatch(title, g.kind, specs);
        run->report.batchIds << batchId;
        Q_EMIT batchSubmitted(batchId);
        run->report.writeRequests += int(specs.size());
        const QString whyKey = g.why == PlannedAction::Why::Prepare ? QStringLiteral("prepare")
                             : g.why == PlannedAction::Why::Repair  ? QStringLiteral("repair")
                                                                    : QStringLiteral("policy");
        for (const TaskSnapshot &t : m_engine->tasksOfBatch(batchId)) {
            run->report.taskIds << t.id;
            const PlannedAction &a = g.actions.first();
            if (const CloudError e = m_store->recordTask(t.id, g.course, g.kind, a.imageId, a.flavorId, whyKey, a.lessonStart))
                qCWarning(lcScheduler).noquote() << e.detail();
        }
        if (g.why == PlannedAction::Why::Repair) {
            for (const PlannedAction &a : g.actions)
                run->report.notes << a.text();
        }
        qCInfo(lcScheduler).noquote() << title;
    }
    // phoenix:expires on desktops that say another time.
    for (const PlannedAction &a : std::as_const(run->report.plan.actions)) {
        if (a.why != PlannedAction::Why::Retag)
            continue;
        ++run->pendingWrites;
        ++run->report.writeRequests;
        ComputeApi(m_client).setMetadata(a.serverId, a.metadata, this, [this, run, a](Result<bool> r) {
            if (r)
                ++run->report.retagged;
            else
                run->report.notes << tr("%1: could not set phoenix:expires: %2").arg(a.serverName, r.error().userMessage());
            if (--run->pendingWrites == 0)
                finish(run);
        });
    }
    if (run->pendingWrites == 0)
        finish(run);
}

void LessonScheduler::finish(const std::shared_ptr<Run> &run)
{
    m_running = false;
    Q_EMIT tickFinished(run->report);
}
