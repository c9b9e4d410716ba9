#include "models/lessons/schooldata.h"

#include "models/lessons/lessonscheduler.h"
#include "models/lessons/lessonstore.h"

#include <QPointer>
#include <QThreadPool>

std::optional<Course> ClassroomSnapshot::course(const QString &code) const
{
    for (const Course &c : courses) {
        if (c.code == code)
            return c;
    }
    return std::nullopt;
}

std::optional<SeatingPlan> ClassroomSnapshot::plan(const QString &classroom) const
{
    for (const SeatingPlan &p : plans) {
        if (p.classroom == classroom)
            return p;
    }
    return std::nullopt;
}

std::optional<Occurrence> ClassroomSnapshot::currentOrNext(const QString &code, const QDateTime &now) const
{
    for (const Occurrence &o : occurrences) {
        if (o.course == code && o.end > now)
            return o;
    }
    return std::nullopt;
}

std::optional<Occurrence> ClassroomSnapshot::following(const Occurrence &after) const
{
    for (const Occurrence &o : occurrences) {
        if (o.course == after.course && o.start >= after.end)
            return o;
    }
    return std::nullopt;
}

ClassroomSnapshot ClassroomSnapshot::load(Database *database, const QString &scope, const QDateTime &now, const QTimeZone &zone)
{
    ClassroomSnapshot s;
    s.loadedAt = now;
    LessonStore store(database, scope);
    auto take = [&s](auto result, auto *into) {
        if (!result) {
            if (!s.error)
                s.error = result.error();
            return;
        }
        *into = result.take();
    };
    take(store.courses(), &s.courses);
    take(store.rosters(), &s.rosters);
    take(LessonScheduler::occurrences(&store, now.addDays(-7), now.addDays(7), zone), &s.occurrences);
    take(store.prepSamples(), &s.samples);
    take(store.classrooms(), &s.classrooms);
    take(SeatingStore::plans(store), &s.plans);
    s.loaded = !s.error;
    return s;
}

SchoolData::SchoolData(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1); // the same threads, so the same database connections
}

SchoolData::~SchoolData()
{
    m_pool.waitForDone();
}

void SchoolData::setStore(Database *database, const QString &scope)
{
    m_database = database;
    m_scope = scope;
    ++m_generation;
    m_snapshot = ClassroomSnapshot();
    m_loading = false;
    m_again = false;
    Q_EMIT loaded();
    reload();
}

void SchoolData::reload()
{
    if (!m_database)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    const int generation = m_generation;
    QPointer<SchoolData> self(this);
    Database *db = m_database;
    const QString scope = m_scope;
    const QDateTime now = this->now();
    m_pool.start([self, db, scope, now, generation] {
        ClassroomSnapshot snapshot = ClassroomSnapshot::load(db, scope, now);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, generation, snapshot = std::move(snapshot)]() mutable {
            if (!self || generation != self->m_generation)
                return;
            self->m_loading = false;
            self->m_snapshot = std::move(snapshot);
            Q_EMIT self->loaded();
            if (self->m_again) {
                self->m_again = false;
                self->reload();
            }
        }, Qt::QueuedConnection);
    });
}

void SchoolData::run(std::function<Result<QString>(Database *, const QString &)> work,
                     std::function<void(const Result<QString> &)> done)
{
    if (!m_database) {
        done(CloudError::config(tr("The Phoenix database is not open: lessons cannot be changed.")));
        return;
    }
    QPointer<SchoolData> self(this);
    Database *db = m_database;
    const QString scope = m_scope;
    m_pool.start([self, db, scope, work = std::move(work), done = std::move(done)] {
        Result<QString> result = work(db, scope);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, result, done] {
            if (!self)
                return;
            done(result);
            self->reload();
        }, Qt::QueuedConnection);
    });
}
