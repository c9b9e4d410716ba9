#include "models/lessons/teacherlessons.h"

#include "models/engine/inventory.h"
#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"
#include "models/store/database.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcTeacherLessons, "phoenix.lessons.teacher")

TeacherLessons::TeacherLessons(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one read at a time, on one thread (one database connection)
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &TeacherLessons::refresh);
}

TeacherLessons::~TeacherLessons()
{
    ++m_generation;
    m_pool.waitForDone();
}

void TeacherLessons::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void TeacherLessons::setSource(Inventory *inventory, const QString &scope, const QStringList &teacher)
{
    disconnect(m_inventoryLink);
    m_inventory = inventory;
    m_scope = scope;
    m_teacher = teacher;
    m_teacher.removeAll(QString());
    if (inventory)
        m_inventoryLink = connect(inventory, &Inventory::serversChanged, this, &TeacherLessons::refresh);
    ++m_generation; // a read for the previous source no longer counts
    refresh();
}

QString TeacherLessons::classLine() const
{
    return m_facts.lesson ? m_facts.lesson->trayText() : QString();
}

void TeacherLessons::refresh()
{
    const bool usable = m_database && m_database->isOpen() && m_inventory && !m_teacher.isEmpty();
    if (!usable) {
        m_timer.stop();
        if (m_facts.lesson || !m_facts.protocols.isEmpty()) {
            m_facts = TeacherLessonsFacts();
            Q_EMIT changed();
        }
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    if (m_reading) {
        m_again = true;
        return;
    }
    startRead();
}

void TeacherLessons::startRead()
{
    m_reading = true;
    m_again = false;
    const int generation = m_generation;
    Database *database = m_database;
    const QString scope = m_scope;
    const QStringList teacher = m_teacher;
    const QList<Server> servers = m_inventory->servers();
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    auto *watcher = new QFutureWatcher<Result<TeacherLessonsFacts>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        onRead(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [database, scope, teacher, servers, now] {
        LessonStore store(database, scope);
        return read(&store, teacher, servers, now);
    }));
}

void TeacherLessons::onRead(int generation, const Result<TeacherLessonsFacts> &facts)
{
    m_reading = false;
    ++m_reads;
    if (generation == m_generation) {
        TeacherLessonsFacts next;
        if (facts)
            next = facts.value();
        else
            qCInfo(lcTeacherLessons).noquote() << "lessons store not read:" << facts.error().detail();
        const bool lineChanged = (next.lesson ? next.lesson->trayText() : QString()) != classLine();
        const bool protocolsChanged = next.protocols != m_facts.protocols;
        m_facts = std::move(next);
        if (lineChanged || protocolsChanged)
            Q_EMIT changed();
    }
    if (m_again || generation != m_generation)
        refresh();
}

Result<TeacherLessonsFacts> TeacherLessons::read(LessonStore *store, const QStringList &teacher, const QList<Server> &servers,
                                                 const QDateTime &now, const QTimeZone &zone)
{
    TeacherLessonsFacts out;
    const Result<QList<Course>> courses = store->courses();
    if (!courses)
        return courses.error();
    QHash<QString, Course> taught;
    for (const Course &c : courses.value()) {
        if (!c.protocol.isEmpty())
            out.protocols.insert(c.code, c.protocol);
        if (!c.teacher.isEmpty() && teacher.contains(c.teacher))
            taught.insert(c.code, c);
    }
    if (taught.isEmpty())
        return out;
    const Result<QList<Occurrence>> occurrences = LessonScheduler::occurrences(store, now, now.addDays(7), zone);
    if (!occurrences)
        return occurrences.error();
    std::optional<Occurrence> pick; // running now, else the next to start (the earliest start wins)
    for (const Occurrence &o : occurrences.value()) {
        if (!taught.contains(o.course) || o.end <= now || o.stopped)
            continue;
        if (!pick || o.start < pick->start)
            pick = o;
    }
    if (!pick)
        return out;
    const Result<QList<RosterSeat>> roster = store->roster(pick->course);
    if (!roster)
        return roster.error();
    ReadinessInput in;
    in.course = taught.value(pick->course);
    in.roster = roster.value();
    in.occurrence = *pick;
    in.now = now;
    in.servers = servers;
    out.lesson = ClassReadiness::evaluate(in);
    return out;
}
