#include "models/lessons/lessonbook.h"

#include "models/lessons/lessonstore.h"
#include "models/store/database.h"
#include "models/store/storeutil.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace
{
struct Loaded
{
    SchoolSnapshot snapshot;
    CloudError error;
};

Loaded load(Database *database, const QString &scope)
{
    Loaded out;
    out.snapshot.scope = scope;
    LessonStore store(database, scope);
    auto take = [&out](auto result, auto *into) {
        if (out.error)
            return;
        if (!result)
            out.error = result.error();
        else
            *into = result.take();
    };
    take(store.courses(), &out.snapshot.courses);
    take(store.rosters(), &out.snapshot.rosters);
    take(store.classrooms(), &out.snapshot.classrooms);
    take(store.periods(), &out.snapshot.periods);
    take(store.lessons(), &out.snapshot.lessons);
    take(store.changes(), &out.snapshot.changes);
    take(store.calendar(), &out.snapshot.calendar);
    return out;
}
} // namespace

std::optional<Course> SchoolSnapshot::course(const QString &code) const
{
    for (const Course &c : courses) {
        if (c.code == code)
            return c;
    }
    return std::nullopt;
}

QHash<QString, Course> SchoolSnapshot::coursesByCode() const
{
    QHash<QString, Course> out;
    for (const Course &c : courses)
        out.insert(c.code, c);
    return out;
}

int SchoolSnapshot::classroomSeats(const QString &name) const
{
    for (const Classroom &r : classrooms) {
        if (r.name == name)
            return r.seats;
    }
    return 0;
}

LessonBook::LessonBook(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

LessonBook::~LessonBook() = default;

bool LessonBook::isAvailable() const
{
    return !m_scope.isEmpty() && m_database && m_database->isOpen();
}

void LessonBook::setScope(const QString &scope)
{
    m_scope = scope;
    m_snapshot = SchoolSnapshot();
    m_snapshot.scope = scope;
    m_loaded = false;
    ++m_generation;
    Q_EMIT changed();
    reload();
}

void LessonBook::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void LessonBook::reload()
{
    if (!isAvailable())
        return;
    const int generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Loaded result = watcher->result();
        if (generation == m_generation) { // a later read or another cloud wins
            if (result.error) {
                m_error = result.error;
                Q_EMIT loadFailed(result.error);
            } else {
                m_error = CloudError();
                m_snapshot = result.snapshot;
                m_loaded = true;
                Q_EMIT changed();
            }
        }
        finishOne();
    });
    Database *database = m_database;
    const QString scope = m_scope;
    watcher->setFuture(QtConcurrent::run([database, scope] { return load(database, scope); }));
}

void LessonBook::write(Write write, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    if (!isAvailable()) {
        const CloudError e = CloudError::config(
            tr("The courses and the timetable are kept in the Phoenix database, which is not open (Settings › Database)."));
        if (done && guard)
            done(e);
        return;
    }
    ++m_pending;
    const QString scope = m_scope;
    Database *database = m_database;
    auto *watcher = new QFutureWatcher<CloudError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, done, scope] {
        watcher->deleteLater();
        const CloudError error = watcher->result();
        if (scope != m_scope) { // the cloud changed meanwhile: nothing to show
            finishOne();
            return;
        }
        if (error) {
            if (done && guard)
                done(error);
            finishOne();
            return;
        }
        // Answer once the snapshot holds the write.
        auto conn = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        auto answer = [guard, done, conn, failed](const CloudError &e) {
            QObject::disconnect(*conn);
            QObject::disconnect(*failed);
            if (done && guard)
                done(e);
        };
        *conn = connect(this, &LessonBook::changed, this, [answer] { answer(CloudError()); });
        *failed = connect(this, &LessonBook::loadFailed, this, [answer](const CloudError &e) { answer(e); });
        reload();
        finishOne();
    });
    watcher->setFuture(QtConcurrent::run([database, scope, write] {
        LessonStore store(database, scope);
        return write(store);
    }));
}

CloudError LessonBook::removeTerm(LessonStore &store, const QString &name)
{
    Statement st(store.database(), QStringLiteral("DELETE FROM school_terms WHERE scope = ? AND name = ?"));
    st.bind(0, store.scope()).bind(1, name);
    if (const CloudError e = st.exec(tr("Could not delete the term %1.").arg(name)))
        return e;
    if (st.numRowsAffected() == 0)
        return CloudError::config(tr("There is no term %1.").arg(name));
    return {};
}
