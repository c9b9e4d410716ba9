#include "ui/boardview.h"

#include "models/engine/taskengine.h"
#include "models/lessons/lessoncontrol.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schooldata.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "ui/classroomviews.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
constexpr int TileWidth = 128;
constexpr int TileHeight = 58;
constexpr int AisleWidth = 18;

QString hhmm(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

// --- TileDelegate ---------------------------------------------------------------------------------

QColor TileDelegate::colour(SeatState state)
{
    switch (state) {
    case SeatState::Ready: return QColor(0xc8, 0xe6, 0xc9);
    case SeatState::Preparing: return QColor(0xff, 0xec, 0xb3);
    case SeatState::Waiting: return QColor(0xe0, 0xe0, 0xe0);
    case SeatState::Missing:
    case SeatState::Off:
    case SeatState::NoAddress:
    case SeatState::NotAnswering:
    case SeatState::Failed: return QColor(0xff, 0xcd, 0xd2);
    }
    return Qt::white;
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto kind = BoardModel::CellKind(index.data(BoardModel::KindRole).toInt());
    return {kind == BoardModel::CellKind::Aisle ? AisleWidth : TileWidth, TileHeight};
}

void TileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = BoardModel::CellKind(index.data(BoardModel::KindRole).toInt());
    if (kind != BoardModel::CellKind::Seat && kind != BoardModel::CellKind::Teacher)
        return;
    const auto state = SeatState(index.data(BoardModel::StateRole).toInt());
    const bool fix = index.data(BoardModel::NeedsFixRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    painter->setBrush(colour(state));
    QPen pen(fix ? QColor(0xc6, 0x28, 0x28) : QColor(0x9e, 0x9e, 0x9e), fix ? 2.5 : 1.0);
    if (kind == BoardModel::CellKind::Teacher)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawRoundedRect(r, 6, 6);
    if (option.state & QStyle::State_HasFocus || option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(1, 1, -1, -1), 5, 5);
    }
    painter->setPen(Qt::black);
    const QRectF text = r.adjusted(6, 3, -6, -3);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const int seat = index.data(BoardModel::SeatRole).toInt();
    const QString head = kind == BoardModel::CellKind::Teacher ? BoardView::tr("Teacher") : QString::number(seat);
    const QFontMetrics fm(bold);
    const QString name = fm.elidedText(head + QLatin1Char(' ') + index.data(Qt::DisplayRole).toString(), Qt::ElideRight, int(text.width()));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, name);
    painter->setFont(option.font);
    const QFontMetrics small(option.font);
    const QString address = index.data(BoardModel::AddressRole).toString();
    const QString second = state == SeatState::Ready ? (address.isEmpty() ? ClassReadiness::stateName(state) : address)
                                                     : ClassReadiness::stateName(state);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(second, Qt::ElideRight, int(text.width())));
    const QString reason = index.data(BoardModel::ReasonRole).toString();
    if (fix && !reason.isEmpty()) {
        painter->setPen(QColor(0x8e, 0x00, 0x00));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, small.elidedText(reason, Qt::ElideRight, int(text.width())));
    }
    painter->restore();
}

// --- BoardView ------------------------------------------------------------------------------------

BoardView::BoardView(ClassroomContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BoardModel(this))
{
    setObjectName(QStringLiteral("boardView"));
    m_courses = new QComboBox(this);
    m_courses->setObjectName(QStringLiteral("boardCourse"));
    m_courses->setMinimumContentsLength(24);
    m_lesson = new QComboBox(this);
    m_lesson->setObjectName(QStringLiteral("boardLesson"));
    m_courseLabel = new QLabel(this);
    m_courseLabel->setBuddy(m_courses);
    m_lessonLabel = new QLabel(this);
    m_lessonLabel->setBuddy(m_lesson);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("boardTitle"));
    m_title->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("boardCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_count->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("boardDetail"));
    m_detail->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("boardTiles"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TileDelegate(m_view));
    m_view->horizontalHeader()->hide();
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(TileWidth);
    m_view->verticalHeader()->setDefaultSectionSize(TileHeight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_fixAll = new QPushButton(this);
    m_fixAll->setObjectName(QStringLiteral("boardFixAll"));
    m_startNow = new QPushButton(this);
    m_startNow->setObjectName(QStringLiteral("boardStartNow"));
    m_extend = new QPushButton(this);
    m_extend->setObjectName(QStringLiteral("boardExtend"));
    m_supply = new QPushButton(this);
    m_supply->setObjectName(QStringLiteral("boardSupply"));

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_courseLabel);
    chooser->addWidget(m_courses, 1);
    chooser->addWidget(m_lessonLabel);
    chooser->addWidget(m_lesson);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_detail);
    header->addWidget(m_count);
    header->addSpacing(16);
    header->addLayout(titles, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fixAll);
    buttons->addWidget(m_startNow);
    buttons->addWidget(m_extend);
    buttons->addWidget(m_supply);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addLayout(header);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_courses, &QComboBox::currentIndexChanged, this, [this] {
        if (m_courses->currentIndex() >= 0)
            m_wantedCourse = m_courses->currentData().toString();
        rebuild();
    });
    connect(m_lesson, &QComboBox::currentIndexChanged, this, &BoardView::rebuild);
    connect(m_fixAll, &QPushButton::clicked, this, &BoardView::fixAll);
    connect(m_startNow, &QPushButton::clicked, this, &BoardView::startNow);
    connect(m_extend, &QPushButton::clicked, this, [this] { extend(10); });
    connect(m_supply, &QPushButton::clicked, this, [this] { supply(2); });
    connect(m_context->school(), &SchoolData::loaded, this, [this] {
        fillCourses();
        rebuild();
    });
    connect(m_context, &ClassroomContext::actorChanged, this, [this] {
        fillCourses();
        rebuild();
    });
    connect(m_context, &ClassroomContext::desktopsChanged, this, &BoardView::updateLive);
    retranslate();
}

QString BoardView::course() const
{
    return m_courses->currentIndex() >= 0 ? m_courses->currentData().toString() : QString();
}

void BoardView::showCourse(const QString &courseCode)
{
    m_wantedCourse = courseCode;
    const int i = m_courses->findData(courseCode);
    if (i >= 0)
        m_courses->setCurrentIndex(i);
    if (m_lesson->currentIndex() != 0)
        m_lesson->setCurrentIndex(0);
    rebuild();
}

void BoardView::fillCourses()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    const QSignalBlocker block(m_courses);
    const QString keep = m_wantedCourse.isEmpty() ? course() : m_wantedCourse;
    m_courses->clear();
    const QDateTime now = m_context->school()->now();
    // Courses with a lesson soonest first: the board a teacher wants is the one about to start.
    QList<std::pair<QDateTime, Course>> shown;
    for (const Course &c : s.courses) {
        if (!m_context->canSee(c))
            continue;
        const std::optional<Occurrence> o = s.currentOrNext(c.code, now);
        shown.append({o ? o->start : QDateTime(), c});
    }
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
        if (a.first.isValid() != b.first.isValid())
            return a.first.isValid();
        return a.first < b.first;
    });
    for (const auto &[start, c] : shown)
        m_courses->addItem(c.name.isEmpty() ? c.code : QStringLiteral("%1 %2").arg(c.code, c.name), c.code);
    const int i = m_courses->findData(keep);
    m_courses->setCurrentIndex(i >= 0 ? i : (m_courses->count() > 0 ? 0 : -1));
}

ClassReadiness BoardView::evaluate() const
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    ReadinessInput in;
    if (!m_occurrence)
        return {};
    in.course = s.course(m_occurrence->course).value_or(Course());
    in.roster = s.rosters.value(m_occurrence->course);
    in.occurrence = *m_occurrence;
    in.now = m_context->school()->now();
    m_context->facts().fill(&in);
    return ClassReadiness::evaluate(in);
}

void BoardView::rebuild()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    const QString code = course();
    const std::optional<Course> c = s.course(code);
    m_occurrence.reset();
    if (c) {
        const QDateTime now = m_context->school()->now();
        std::optional<Occurrence> o = s.currentOrNext(code, now);
        if (o && m_lesson->currentIndex() == 1)
            o = s.following(*o);
        m_occurrence = o;
    }
    if (!m_occurrence) {
        m_model->clear();
        updateHeader();
        return;
    }
    const QString room = m_occurrence->classroom.isEmpty() ? c->classroom : m_occurrence->classroom;
    SeatingPlan plan = s.plan(room).value_or(SeatingPlan());
    if (plan.isEmpty()) {
        int seats = int(s.rosters.value(code).size());
        for (const Classroom &r : s.classrooms) {
            if (r.name == room)
                seats = std::max(seats, r.seats);
        }
        plan = SeatingPlan::defaultFor(room, seats);
    }
    // The same lesson on the same plan (the store was read again): the tiles change, the grid stays.
    const ClassReadiness &shown = m_model->readiness();
    if (m_model->rowCount() > 0 && m_model->plan() == plan && shown.occurrence.lessonId == m_occurrence->lessonId
        && shown.occurrence.start == m_occurrence->start && m_model->update(evaluate())) {
        updateHeader();
        return;
    }
    m_model->setLesson(evaluate(), plan);
    for (int col = 0; col < m_model->columnCount(); ++col)
        m_view->setColumnWidth(col, m_model->index(0, col).data(BoardModel::KindRole).toInt() == int(BoardModel::CellKind::Aisle)
                                          ? AisleWidth
                                          : TileWidth);
    updateHeader();
}

void BoardView::updateLive()
{
    if (!m_occurrence) {
        updateHeader();
        return;
    }
    if (!m_model->update(evaluate())) {
        rebuild(); // other seats: lay the grid out anew (column widths too)
        return;
    }
    updateHeader();
}

void BoardView::updateHeader()
{
    const bool connected = m_context->connection() != nullptr;
    if (!m_occurrence) {
        const ClassroomSnapshot &s = m_context->school()->snapshot();
        m_count->setText(QString());
        m_title->setText(!m_context->school()->hasStore() ? tr("The Phoenix database is not open.")
                         : m_courses->count() == 0       ? (s.courses.isEmpty() ? tr("No courses yet.") : tr("None of your courses has a lesson."))
                                                          : tr("No lesson in the coming week."));
        m_detail->setText(QString());
    } else {
        const ClassReadiness &r = m_model->readiness();
        const QDateTime now = m_context->school()->now();
        const Occurrence &o = *m_occurrence;
        const QString when = o.start.toLocalTime().date() == now.toLocalTime().date()
            ? QStringLiteral("%1–%2").arg(hhmm(o.start), hhmm(o.end))
            : QLocale().toString(o.start.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")) + QStringLiteral("–") + hhmm(o.end);
        const QString phase = now >= o.start ? tr("running") : tr("starts in %n min", nullptr, int((now.secsTo(o.start) + 59) / 60));
        m_title->setText(tr("%1 in %2, %3 (%4)").arg(m_courses->currentText(), o.classroom, when, phase));
        m_count->setText(r.countText());
        const int fix = r.needingFix();
        QStringList detail;
        if (fix > 0)
            detail << tr("%n seat(s) need a fix", nullptr, fix);
        if (o.extraDesktops > 0)
            detail << tr("%n extra desktop(s) supplied", nullptr, o.extraDesktops);
        if (o.manual)
            detail << tr("started by hand");
        m_detail->setText(detail.join(QStringLiteral(" · ")));
        m_view->setAccessibleDescription(r.countText());
    }
    const bool running = m_occurrence && m_occurrence->start <= m_context->school()->now();
    const bool canWrite = connected && m_context->school()->hasStore() && !m_working;
    m_fixAll->setEnabled(canWrite && m_occurrence && m_model->readiness().ready < m_model->readiness().total);
    m_startNow->setEnabled(canWrite && !course().isEmpty() && !running);
    m_extend->setEnabled(canWrite && m_occurrence.has_value());
    m_supply->setEnabled(canWrite && m_occurrence.has_value());
}

void BoardView::fixAll()
{
    CloudConnection *c = m_context->connection();
    if (!c || !m_occurrence)
        return;
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    const std::optional<Course> course = s.course(m_occurrence->course);
    if (!course)
        return;
    CloudCatalog *catalog = c->catalog();
    const CourseCloud cloud = LessonControl::resolve(*course, catalog->images(), catalog->flavors(), catalog->networks());
    const DesktopFacts facts = m_context->facts();
    const SchedulePlan plan = LessonControl::fixPlan(*course, s.rosters.value(course->code), *m_occurrence,
                                                     m_context->school()->now(), cloud, facts.servers, facts.busy);
    QString text;
    QStringList batches;
    if (plan.actions.isEmpty()) {
        text = plan.problems.isEmpty() ? tr("Nothing to fix: every desktop is ready or being worked on.")
                                       : plan.problems.join(QLatin1Char(' '));
    } else {
        batches = LessonControl::submit(c->engine(), plan);
        text = tr("Fix all: %n task(s) started for %1.", nullptr, int(plan.actions.size())).arg(course->code);
        if (!plan.problems.isEmpty())
            text += QLatin1Char(' ') + plan.problems.join(QLatin1Char(' '));
        const LessonControl::Who who = m_context->who();
        const QString code = course->code;
        const QString detail = tr("%n task(s)", nullptr, int(plan.actions.size()));
        m_context->school()->run([who, code, detail](Database *db, const QString &scope) -> Result<QString> {
            LessonStore store(db, scope);
            if (const CloudError e = LessonControl::audit(&store, who, QStringLiteral("course fix"), code, detail))
                return e;
            return QString();
        }, [](const Result<QString> &) {});
        if (!batches.isEmpty())
            Q_EMIT m_context->batchSubmitted(batches.first());
    }
    Q_EMIT m_context->message(text);
    Q_EMIT operationDone(text, !batches.isEmpty());
    Q_EMIT fixSubmitted(batches);
    updateLive();
}

void BoardView::runStore(const QString &busyText, std::function<Result<QString>(LessonStore *)> work)
{
    m_working = true;
    updateHeader();
    Q_EMIT m_context->message(busyText);
    QPointer<BoardView> self(this);
    m_context->school()->run(
        [work](Database *db, const QString &scope) {
            LessonStore store(db, scope);
            return work(&store);
        },
        [self](const Result<QString> &r) {
            if (!self)
                return;
            self->m_working = false;
            const QString text = r ? r.value() : r.error().userMessage();
            Q_EMIT self->m_context->message(text);
            Q_EMIT self->operationDone(text, bool(r));
            self->updateHeader();
            if (r) {
                // The scheduler acts on its next tick; the board does not wait for it: once the
                // store is read again, the new lesson's (or the new seats') desktops are prepared.
                QObject *once = new QObject(self);
                connect(self->m_context->school(), &SchoolData::loaded, once, [self, once] {
                    once->deleteLater();
                    if (self)
                        self->fixAll();
                });
            }
        });
}

void BoardView::startNow()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    const std::optional<Course> c = s.course(course());
    if (!c)
        return;
    const std::optional<Occurrence> lesson = m_occurrence;
    const QDateTime now = m_context->school()->now();
    const LessonControl::Who who = m_context->who();
    m_lesson->setCurrentIndex(0);
    runStore(tr("Starting %1…").arg(c->code), [c, lesson, now, who](LessonStore *store) {
        return LessonControl::startNow(store, *c, lesson, now, who);
    });
}

void BoardView::extend(int minutes)
{
    if (!m_occurrence)
        return;
    const Occurrence o = *m_occurrence;
    const LessonControl::Who who = m_context->who();
    m_working = true;
    updateHeader();
    QPointer<BoardView> self(this);
    m_context->school()->run(
        [o, minutes, who](Database *db, const QString &scope) {
            LessonStore store(db, scope);
            return LessonControl::extend(&store, o, minutes, who);
        },
        [self](const Result<QString> &r) {
            if (!self)
                return;
            self->m_working = false;
            const QString text = r ? r.value() : r.error().userMessage();
            Q_EMIT self->m_context->message(text);
            Q_EMIT self->operationDone(text, bool(r));
            self->updateHeader();
        });
}

void BoardView::supply(int count)
{
    if (!m_occurrence)
        return;
    const Occurrence o = *m_occurrence;
    const LessonControl::Who who = m_context->who();
    runStore(tr("Supplying %n more desktop(s)…", nullptr, count),
             [o, count, who](LessonStore *store) { return LessonControl::supply(store, o, count, who); });
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void BoardView::retranslate()
{
    m_courseLabel->setText(tr("&Course:"));
    m_lessonLabel->setText(tr("&Lesson:"));
    {
        const QSignalBlocker block(m_lesson);
        const int i = std::max(0, m_lesson->currentIndex());
        m_lesson->clear();
        m_lesson->addItem(tr("Now or next"));
        m_lesson->addItem(tr("The one after"));
        m_lesson->setCurrentIndex(i);
    }
    m_fixAll->setText(tr("&Fix all"));
    m_fixAll->setToolTip(tr("Create the missing desktops and start, resume or repair the others now"));
    m_startNow->setText(tr("&Start now"));
    m_startNow->setToolTip(tr("Begin the lesson now: its desktops are prepared at once"));
    m_extend->setText(tr("&Extend 10 min"));
    m_extend->setToolTip(tr("The lesson ends 10 minutes later; its desktops stay on"));
    m_supply->setText(tr("Su&pply 2 more"));
    m_supply->setToolTip(tr("Two more desktops for the lesson, for guests or broken seats"));
    m_view->setAccessibleName(tr("Seats of the lesson"));
    m_courses->setAccessibleName(tr("Course"));
    m_lesson->setAccessibleName(tr("Lesson"));
    updateHeader();
}
