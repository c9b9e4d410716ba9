#include "models/lessons/schedulerservice.h"

#include "cloud/restclient.h"
#include "models/engine/taskengine.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schedulerleader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcSchedulerService, "phoenix.models.schedulerservice")

namespace
{
QString hhmm(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

QString SchedulerStatus::text() const
{
    switch (leadership) {
    case Leadership::Off:
        return SchedulerService::tr("Scheduler: off");
    case Leadership::Starting:
        return SchedulerService::tr("Scheduler: starting…");
    case Leadership::Follower: {
        const QString host = leaderName.section(QLatin1Char(':'), 0, -3); // runner ids are host:pid:random
        if (!host.isEmpty() && host == QSysInfo::machineHostName())
            return SchedulerService::tr("Scheduler: phoenixctl on this computer leads");
        return SchedulerService::tr("Scheduler: another workstation leads");
    }
    case Leadership::Error:
        return SchedulerService::tr("Scheduler: error — %1").arg(error);
    case Leadership::Leader:
        break;
    }
    if (!upcoming.isEmpty()) {
        const SchedulerUpcoming &next = upcoming.first();
        if (!next.at.isValid() || next.at <= lastTick)
            return SchedulerService::tr("Scheduler: on — now: %1").arg(next.what);
        return SchedulerService::tr("Scheduler: on — next: %1 at %2").arg(next.what, hhmm(next.at));
    }
    return SchedulerService::tr("Scheduler: on — nothing planned");
}

/** Lives on the service's thread: owns everything a tick touches there. */
class SchedulerWorker : public QObject
{
public:
    SchedulerWorker(SchedulerService *service, CloudSessionPtr session, TaskEngine *engine, Inventory *inventory,
                    EngineJournal *journal, Database *database, QString scope, SchedulerService::Options options)
        : m_service(service)
        , m_session(std::move(session))
        , m_engine(engine)
        , m_inventory(inventory)
        , m_journal(journal)
        , m_database(database)
        , m_scope(std::move(scope))
        , m_options(std::move(options))
    {
    }

    // On the scheduler's thread.
    void begin()
    {
        if (!m_scheduler) {
            m_nam = std::make_unique<QNetworkAccessManager>();
            m_client = std::make_unique<RestClient>(m_session, m_nam.get());
            m_store = std::make_unique<LessonStore>(m_database, m_scope);
            m_scheduler = std::make_unique<LessonScheduler>(m_store.get(), m_engine, m_inventory, m_journal, m_client.get(),
                                                            m_engine->runnerId());
            QObject::connect(m_scheduler.get(), &LessonScheduler::tickFinished, this,
                             [this](const TickReport &report) { onTickFinished(report); });
            m_timer = std::make_unique<QTimer>();
            QObject::connect(m_timer.get(), &QTimer::timeout, this, [this] { tick(); });
        }
        m_timer->start(std::max(1, m_options.intervalSeconds) * 1000);
        tick();
    }

    // On the scheduler's thread (also from QThread::finished): hands over leadership.
    void end()
    {
        m_timer.reset();
        m_scheduler.reset(); // ~SchedulerLeader releases on this thread's connection
        m_store.reset();
        m_client.reset();
        m_nam.reset();
        m_again = false;
    }

    void tick()
    {
        if (!m_scheduler)
            return;
        if (m_scheduler->isRunning()) {
            m_again = true;
            return;
        }
        Q_EMIT m_service->tickStarted();
        TickOptions o;
        o.now = m_options.clock ? m_options.clock() : QDateTime();
        o.aheadSeconds = m_options.aheadSeconds;
        o.tickSeconds = std::max(1, m_options.intervalSeconds);
        m_scheduler->tick(o);
    }

private:
    void onTickFinished(const TickReport &report)
    {
        SchedulerStatus s;
        s.lastTick = report.now;
        if (report.error) {
            s.leadership = SchedulerStatus::Leadership::Error;
            s.error = report.error.userMessage();
            s.lastTickSummary = s.error;
        } else if (!report.leader) {
            s.leadership = SchedulerStatus::Leadership::Follower;
            const Result<QString> holder = m_scheduler->leader()->currentHolder();
            s.leaderName = holder ? holder.value() : QString();
            s.lastTickSummary = SchedulerService::tr("another scheduler leads; nothing done");
        } else {
            s.leadership = SchedulerStatus::Leadership::Leader;
            s.lastTickTasks = int(report.taskIds.size());
            s.lastTickWrites = report.writeRequests;
            QStringList parts;
            if (!report.taskIds.isEmpty())
                parts << SchedulerService::tr("%n task(s) started", nullptr, int(report.taskIds.size()));
            if (report.retagged > 0)
                parts << SchedulerService::tr("phoenix:expires updated on %n desktop(s)", nullptr, report.retagged);
            parts << report.notes;
            parts << report.plan.problems;
            s.lastTickSummary = parts.isEmpty() ? SchedulerService::tr("nothing to do") : parts.join(QStringLiteral("; "));
            // What the tick started, then what comes: preparations of lessons to come, ends of lessons.
            QHash<QString, int> startedByCourse;
            for (const PlannedAction &a : report.plan.actions) {
                if (a.why != PlannedAction::Why::Retag)
                    ++startedByCourse[a.course];
            }
            for (auto it = startedByCourse.cbegin(); it != startedByCourse.cend(); ++it)
                s.upcoming << SchedulerUpcoming{report.now, it.key(),
                                                SchedulerService::tr("%n desktop(s) of %1", nullptr, it.value()).arg(it.key()),
                                                it.value()};
            for (const LessonStatus &l : report.plan.lessons) {
                if (l.warmAt.isValid() && l.warmAt > report.now && l.ready < l.wanted)
                    s.upcoming << SchedulerUpcoming{l.warmAt, l.occurrence.course,
                                                    SchedulerService::tr("prepare %1").arg(l.occurrence.course), l.wanted};
                else if (l.occurrence.start <= report.now && l.occurrence.end > report.now)
                    s.upcoming << SchedulerUpcoming{l.occurrence.end, l.occurrence.course,
                                                    SchedulerService::tr("end of %1").arg(l.occurrence.course), l.wanted};
            }
            std::stable_sort(s.upcoming.begin(), s.upcoming.end(),
                             [](const SchedulerUpcoming &a, const SchedulerUpcoming &b) { return a.at < b.at; });
            if (s.upcoming.size() > 10)
                s.upcoming.resize(10);
        }
        if (report.error)
            qCWarning(lcSchedulerService).noquote() << "tick failed:" << report.error.detail();
        QPointer<SchedulerService> service = m_service;
        QMetaObject::invokeMethod(m_service, [service, s] {
            if (service)
                service->onReport(s);
        }, Qt::QueuedConnection);
        if (std::exchange(m_again, false))
            QTimer::singleShot(0, this, [this] { tick(); });
    }

    SchedulerService *m_service;
    CloudSessionPtr m_session;
    TaskEngine *m_engine;
    Inventory *m_inventory;
    EngineJournal *m_journal;
    Database *m_database;
    QString m_scope;
    SchedulerService::Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<LessonStore> m_store;
    std::unique_ptr<LessonScheduler> m_scheduler;
    std::unique_ptr<QTimer> m_timer;
    bool m_again = false;
};

SchedulerService::SchedulerService(CloudSessionPtr session, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                                   Database *database, QString scope, QObject *parent)
    : SchedulerService(std::move(session), engine, inventory, journal, database, std::move(scope), Options(), parent)
{
}

SchedulerService::SchedulerService(CloudSessionPtr session, TaskEngine *engine, Inventory *inventory, EngineJournal *journal,
                                   Database *database, QString scope, Options options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SchedulerStatus>();
    qRegisterMetaType<SchedulerUpcoming>();
    m_thread.setObjectName(QStringLiteral("phoenix-scheduler"));
    m_worker = new SchedulerWorker(this, std::move(session), engine, inventory, journal, database, std::move(scope),
                                   std::move(options));
    m_worker->moveToThread(&m_thread);
    // Before the Database's own hook (connected later, on first use): leadership is handed over
    // on the scheduler thread's connection while it still exists.
    connect(&m_thread, &QThread::finished, m_worker, [w = m_worker] { w->end(); }, Qt::DirectConnection);
}

SchedulerService::~SchedulerService()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SchedulerService::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_thread.isRunning())
        m_thread.start();
    SchedulerStatus s;
    s.leadership = SchedulerStatus::Leadership::Starting;
    setStatus(s);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

void SchedulerService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->end(); }, Qt::QueuedConnection);
    setStatus(SchedulerStatus());
}

void SchedulerService::tickNow()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->tick(); }, Qt::QueuedConnection);
}

void SchedulerService::onReport(const SchedulerStatus &status)
{
    if (!m_running) // stopped meanwhile: the report of a tick that was in flight
        return;
    ++m_ticks;
    setStatus(status);
    Q_EMIT tickFinished(status.lastTick, status.lastTickSummary);
    if (!status.error.isEmpty())
        Q_EMIT errorOccurred(status.error);
}

void SchedulerService::setStatus(const SchedulerStatus &status)
{
    const SchedulerStatus old = std::exchange(m_status, status);
    if (old.leadership != status.leadership)
        Q_EMIT leadershipChanged(status.leadership);
    bool changedUpcoming = old.upcoming.size() != status.upcoming.size();
    for (qsizetype i = 0; !changedUpcoming && i < status.upcoming.size(); ++i)
        changedUpcoming = old.upcoming.at(i).at != status.upcoming.at(i).at || old.upcoming.at(i).what != status.upcoming.at(i).what;
    if (changedUpcoming)
        Q_EMIT upcomingChanged(status.upcoming);
    Q_EMIT statusChanged(status);
}
