#include "ui/todayview.h"

#include "cloud/networkapi.h"
#include "models/items/boardmodel.h"
#include "models/lessons/classreadiness.h"
#include "models/lessons/lessonplanner.h"
#include "models/lessons/schooldata.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "ui/classroomviews.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace
{
QString hhmm(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}
constexpr int MaxLines = 50;
} // namespace

TodayView::TodayView(ClassroomContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TodayModel(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_model->setClock([this] { return m_context->school()->now(); });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("todayTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("todayStatus"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("todayRefresh"));
    m_openBoard = new QPushButton(this);
    m_openBoard->setObjectName(QStringLiteral("todayOpenBoard"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("todayLessons"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(TodayModel::State, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_actionsLabel = new QLabel(this);
    m_actions = new QListWidget(this);
    m_actions->setObjectName(QStringLiteral("todayNextActions"));
    m_actionsLabel->setBuddy(m_actions);
    m_failuresLabel = new QLabel(this);
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("todayFailures"));
    m_failuresLabel->setBuddy(m_failures);
    m_quotaLabel = new QLabel(this);

    auto *quota = new QGridLayout;
    for (int q = 0; q < QuotaCount; ++q) {
        auto *label = new QLabel(this);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("quotaBar%1").arg(q));
        bar->setTextVisible(true);
        bar->setRange(0, 100);
        bar->setValue(0);
        label->setBuddy(bar);
        m_barLabels << label;
        m_bars << bar;
        quota->addWidget(label, q, 0);
        quota->addWidget(bar, q, 1);
    }
    quota->setColumnStretch(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_openBoard);
    top->addWidget(m_refresh);
    auto *side = new QVBoxLayout;
    side->addWidget(m_quotaLabel);
    side->addLayout(quota);
    side->addSpacing(8);
    side->addWidget(m_failuresLabel);
    side->addWidget(m_failures, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_view, 3);
    left->addWidget(m_actionsLabel);
    left->addWidget(m_actions, 2);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);
    setTabOrder(m_view, m_actions);
    setTabOrder(m_actions, m_failures);
    setTabOrder(m_failures, m_openBoard);
    setTabOrder(m_openBoard, m_refresh);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_context->school()->reload();
        refreshQuota();
    });
    connect(m_openBoard, &QPushButton::clicked, this, &TodayView::openSelected);
    connect(m_view, &QTableView::activated, this, &TodayView::openSelected);
    connect(m_context->school(), &SchoolData::loaded, this, &TodayView::refresh);
    connect(m_context, &ClassroomContext::desktopsChanged, this, &TodayView::refresh);
    connect(m_context, &ClassroomContext::actorChanged, this, &TodayView::refresh);
    connect(m_context, &ClassroomContext::connectionChanged, this, [this] {
        m_networkQuota = -1;
        if (CloudConnection *c = m_context->connection()) {
            connect(c->catalog(), &CloudCatalog::limitsChanged, this, &TodayView::refreshQuota);
            connect(c->catalog(), &CloudCatalog::networksChanged, this, &TodayView::refreshQuota);
            connect(c, &CloudConnection::ready, this, [this] {
                if (CloudConnection *cc = m_context->connection()) {
                    cc->catalog()->refreshLimits();
                    cc->network()->quota(cc->auth().projectId, this, [this](Result<NetworkQuota> q) {
                        if (q)
                            m_networkQuota = q.value().floatingIps;
                        refreshQuota();
                    });
                }
            }, Qt::SingleShotConnection);
        }
        refresh();
        refreshQuota();
    });
    // The phases move with the clock.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &TodayView::refresh);
    m_tick.start();
    retranslate();
}

TodayContent TodayView::compute(const ClassroomSnapshot &school, const DesktopFacts &facts, const QDateTime &now,
                                const std::function<bool(const Course &)> &visible)
{
    TodayContent out;
    QHash<QString, Course> courses;
    for (const Course &c : school.courses) {
        if (!visible || visible(c))
            courses.insert(c.code, c);
    }
    QHash<QString, QList<Server>> byCourse;
    for (const Server &s : facts.servers) {
        const QString code = s.metadata.value(QString::fromLatin1(PhoenixMeta::Course));
        if (!code.isEmpty() && courses.contains(code))
            byCourse[code] << s;
    }
    LeadTime lead(600);
    lead.addAll(school.samples);
    const QDate today = now.toLocalTime().date();
    QSet<QString> active; // courses with a lesson being prepared or running
    QList<Occurrence> shown;
    int later = 0;
    for (const Occurrence &o : school.occurrences) {
        if (!courses.contains(o.course))
            continue;
        const bool isToday = o.start.toLocalTime().date() == today || (o.start <= now && now < o.end);
        if (isToday) {
            shown << o;
        } else if (o.start > now && later < 6) {
            shown << o;
            ++later;
        }
    }
    for (const Occurrence &o : std::as_const(shown)) {
        const Course course = courses.value(o.course);
        const LeadTime::Estimate e = lead.estimate(TaskKind::Create, QString(), QString());
        const QDateTime warmAt = o.start.addSecs(-e.leadSeconds);
        if (now >= warmAt && now < o.end)
            active.insert(o.course);
    }
    for (const Occurrence &o : std::as_const(shown)) {
        const Course course = courses.value(o.course);
        ReadinessInput in;
        in.course = course;
        in.roster = school.rosters.value(o.course);
        in.occurrence = o;
        in.now = now;
        in.servers = byCourse.value(o.course);
        in.busy = facts.busy;
        in.answers = facts.answers;
        in.failures = facts.failures;
        const ClassReadiness r = ClassReadiness::evaluate(in);
        const LeadTime::Estimate e = lead.estimate(TaskKind::Create, QString(), QString());
        TodayLesson l;
        l.occurrence = o;
        l.courseName = course.name;
        l.teacher = course.teacher;
        l.classroom = o.classroom.isEmpty() ? course.classroom : o.classroom;
        l.ready = r.ready;
        l.total = r.total;
        l.needFix = r.needingFix();
        l.warmAt = o.start.addSecs(-e.leadSeconds);
        l.readyBy = e.samples > 0 ? l.warmAt.addSecs(e.typicalSeconds) : o.start;
        if (o.end <= now && !active.contains(o.course)) {
            for (const Server &s : in.servers) {
                if (s.status == QLatin1String("ACTIVE"))
                    ++l.stillOn;
            }
        }
        l.phase = TodayModel::phaseOf(now, o, l.warmAt, course.graceMinutes, l.ready, l.total, l.stillOn);
        out.lessons << l;
        if ((l.phase == LessonPhase::Running || l.phase == LessonPhase::WarmingUp) && out.needsPerson.size() < MaxLines) {
            for (const SeatReadiness &s : r.seats) {
                if (s.state != SeatState::Failed && s.state != SeatState::NotAnswering)
                    continue;
                const QString who = s.owner.isEmpty() ? tr("seat %1").arg(s.seat) : s.owner;
                out.needsPerson << tr("%1: %2 (%3): %4").arg(o.course, who, s.serverName, s.reason);
            }
        }
        if (l.phase == LessonPhase::Scheduled)
            out.nextActions << tr("%1 %2: prepare %3 desktops for the lesson at %4").arg(hhmm(l.warmAt), o.course).arg(l.total - l.ready).arg(hhmm(o.start));
    }

    // What the scheduler does now: its own plan, grouped by course, reason and operation.
    PlanInput in;
    in.now = now;
    in.courses = courses.values();
    in.rosters = school.rosters;
    in.occurrences = school.occurrences;
    for (const Server &s : facts.servers)
        in.servers << s;
    in.busy = facts.busy;
    in.lead = lead;
    const SchedulePlan plan = LessonPlanner::plan(in);
    struct Group
    {
        QString course;
        PlannedAction::Why why;
        TaskKind kind;
        int count = 0;
    };
    QList<Group> groups;
    for (const PlannedAction &a : plan.actions) {
        if (a.why == PlannedAction::Why::Retag)
            continue;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&a](const Group &g) { return g.course == a.course && g.why == a.why && g.kind == a.kind; });
        if (it == groups.end())
            groups << Group{a.course, a.why, a.kind, 1};
        else
            ++it->count;
    }
    QStringList now_;
    for (const Group &g : std::as_const(groups)) {
        const QString what = TaskText::kindName(g.kind);
        switch (g.why) {
        case PlannedAction::Why::Prepare:
            now_ << tr("Now %1: prepare — %2 %n desktop(s)", nullptr, g.count).arg(g.course, what);
            break;
        case PlannedAction::Why::Repair:
            now_ << tr("Now %1: repair — %2 %n desktop(s)", nullptr, g.count).arg(g.course, what);
            break;
        case PlannedAction::Why::Policy:
            now_ << tr("Now %1: lesson over — %2 %n desktop(s)", nullptr, g.count).arg(g.course, what);
            break;
        case PlannedAction::Why::Retag:
            break;
        }
    }
    out.nextActions = now_ + out.nextActions;
    for (const QString &p : plan.problems) {
        if (out.needsPerson.size() < MaxLines)
            out.needsPerson << p;
    }
    return out;
}

void TodayView::refresh()
{
    if (m_computing) {
        m_again = true;
        return;
    }
    SchoolData *school = m_context->school();
    if (!m_context->connection()) {
        m_status->setText(tr("Not connected."));
        return;
    }
    if (!school->hasStore()) {
        m_status->setText(tr("The Phoenix database is not open: there are no courses and lessons to show."));
        return;
    }
    if (!school->snapshot().loaded) {
        m_status->setText(school->snapshot().error ? school->snapshot().error.userMessage() : tr("Loading…"));
        return;
    }
    m_computing = true;
    const int generation = ++m_generation;
    const ClassroomSnapshot snapshot = school->snapshot();
    const DesktopFacts facts = m_context->facts();
    const QDateTime now = school->now();
    const Actor actor = m_context->actor();
    auto visible = [actor](const Course &c) {
        return actor.admin || (!actor.userName.isEmpty() && (c.teacher == actor.userName || actor.taughtCourses.contains(c.code)));
    };
    QPointer<TodayView> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, facts, now, visible, generation] {
        TodayContent content = compute(snapshot, facts, now, visible);
        content.generation = generation;
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, content] {
            if (self)
                self->apply(content);
        }, Qt::QueuedConnection);
    });
}

void TodayView::apply(const TodayContent &content)
{
    m_computing = false;
    m_model->setLessons(content.lessons);
    auto fill = [](QListWidget *list, const QStringList &lines, const QString &none) {
        const QStringList shown = lines.isEmpty() ? QStringList{none} : lines;
        // Update in place: the list keeps its current row and scroll position.
        while (list->count() > shown.size())
            delete list->takeItem(list->count() - 1);
        for (int i = 0; i < shown.size(); ++i) {
            if (i < list->count()) {
                if (list->item(i)->text() != shown.at(i))
                    list->item(i)->setText(shown.at(i));
            } else {
                list->addItem(shown.at(i));
            }
        }
    };
    fill(m_actions, content.nextActions, tr("Nothing to do now."));
    fill(m_failures, content.needsPerson, tr("Nothing needs a person."));
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    m_status->setText(content.lessons.isEmpty()
                          ? (s.courses.isEmpty() ? tr("No courses yet: add them under Courses or with phoenixctl courses create.")
                                                 : tr("No lessons today or in the coming week."))
                          : QString());
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    Q_EMIT refreshed();
}

void TodayView::setBar(Quota q, qint64 used, qint64 max, const QString &unitText)
{
    QProgressBar *bar = m_bars.at(q);
    if (max < 0) {
        bar->setRange(0, 100);
        bar->setValue(0);
        bar->setFormat(tr("%1 (no limit)").arg(unitText));
        bar->setStyleSheet(QString());
        return;
    }
    const int percent = max > 0 ? int(std::min<qint64>(100, used * 100 / max)) : 100;
    bar->setRange(0, 100);
    bar->setValue(percent);
    bar->setFormat(tr("%1 of %2 (%3 %)").arg(unitText).arg(max).arg(percent));
    // Green below 70 %, amber below 90 %, red from there.
    const QString colour = percent >= 90 ? QStringLiteral("#c62828") : percent >= 70 ? QStringLiteral("#ef8f00") : QStringLiteral("#2e7d32");
    bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(colour));
    bar->setAccessibleDescription(bar->format());
}

void TodayView::refreshQuota()
{
    CloudConnection *c = m_context->connection();
    if (!c || !c->catalog()->hasLimits()) {
        for (QProgressBar *bar : std::as_const(m_bars)) {
            bar->setValue(0);
            bar->setFormat(tr("Unknown"));
        }
        return;
    }
    const ComputeLimits &l = c->catalog()->limits();
    setBar(Desktops, l.usedInstances, l.maxInstances, QString::number(l.usedInstances));
    setBar(Vcpus, l.usedCores, l.maxCores, QString::number(l.usedCores));
    setBar(Ram, l.usedRamMb / 1024, l.maxRamMb < 0 ? -1 : l.maxRamMb / 1024, tr("%1 GB").arg(l.usedRamMb / 1024));
    const int fips = int(c->catalog()->floatingIps().size());
    setBar(FloatingIps, fips, m_networkQuota, QString::number(fips));
}

void TodayView::openSelected()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        Q_EMIT boardRequested(i.data(TodayModel::CourseCodeRole).toString());
}

void TodayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TodayView::retranslate()
{
    m_title->setText(tr("Today, %1").arg(QLocale().toString(m_context->school()->now().toLocalTime().date(), QLocale::LongFormat)));
    m_refresh->setText(tr("&Refresh"));
    m_openBoard->setText(tr("Open &board"));
    m_openBoard->setToolTip(tr("The readiness board of the selected lesson's course"));
    m_actionsLabel->setText(tr("The scheduler's &next actions"));
    m_failuresLabel->setText(tr("&Needs a person"));
    m_quotaLabel->setText(tr("Quota use of the project"));
    const QStringList names = {tr("Desktops"), tr("vCPUs"), tr("RAM"), tr("Floating IPs")};
    for (int q = 0; q < QuotaCount; ++q) {
        m_barLabels.at(q)->setText(names.at(q));
        m_bars.at(q)->setAccessibleName(tr("%1 quota used").arg(names.at(q)));
    }
    m_view->setAccessibleName(tr("Today's lessons"));
    m_actions->setAccessibleName(tr("The scheduler's next actions"));
    m_failures->setAccessibleName(tr("Failures that need a person"));
    refreshQuota();
}
