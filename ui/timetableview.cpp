#include "ui/timetableview.h"

#include "ui/periodsdialog.h"

#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace
{
/** The grid: a release after a click or a drag picks the selected cells; Delete removes. */
class TimetableGrid : public QTableView
{
public:
    using Cells = std::function<void(const QModelIndexList &)>;
    TimetableGrid(QWidget *parent, Cells pick, Cells remove)
        : QTableView(parent)
        , m_pick(std::move(pick))
        , m_remove(std::move(remove))
    {
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QTableView::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton && indexAt(event->position().toPoint()).isValid())
            m_pick(selectionModel()->selectedIndexes());
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Insert:
            m_pick(selectionModel()->selectedIndexes());
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_remove(selectionModel()->selectedIndexes());
            return;
        default:
            QTableView::keyPressEvent(event);
        }
    }

private:
    Cells m_pick;
    Cells m_remove;
};

struct CheckInput
{
    SchoolSnapshot school;
    TimetableGridModel::Plan plan;
};

QList<LessonConflict> runCheck(const CheckInput &in)
{
    if (in.plan.lessons.isEmpty())
        return {};
    const QHash<QString, Course> courses = in.school.coursesByCode();
    QDateTime from = in.plan.lessons.first().start;
    QDateTime to = in.plan.lessons.first().end;
    for (const Lesson &l : in.plan.lessons) {
        from = std::min(from, l.start);
        const QDate last = l.recurrence == Recurrence::Once ? l.end.toLocalTime().date() : l.until;
        to = std::max(to, QDateTime(last.addDays(1), QTime(0, 0)).toUTC());
    }
    const QSet<QString> removed(in.plan.removedIds.cbegin(), in.plan.removedIds.cend());
    QList<Lesson> kept;
    for (const Lesson &l : in.school.lessons) {
        if (!removed.contains(l.id))
            kept << l;
    }
    QList<Lesson> candidates = in.plan.lessons;
    for (int i = 0; i < candidates.size(); ++i)
        candidates[i].id = QStringLiteral("new-%1").arg(i); // each its own lesson
    const QList<Occurrence> mine = Timetable::expand(candidates, courses, in.school.calendar, {}, from, to);
    const QList<Occurrence> existing = Timetable::expand(kept, courses, in.school.calendar, in.school.changes, from, to);
    QHash<QString, CourseFacts> facts;
    for (const Course &c : in.school.courses) {
        CourseFacts f{c.teacher, c.classroom, {}};
        for (const RosterSeat &s : in.school.rosters.value(c.code))
            f.students.insert(s.owner);
        facts.insert(c.code, f);
    }
    // New lessons against each other too (two picked runs of one teacher at the same time).
    QList<LessonConflict> out = Timetable::conflicts(mine, existing, facts);
    for (int i = 0; i < mine.size(); ++i) {
        const QList<LessonConflict> among = Timetable::conflicts({mine.at(i)}, mine.mid(i + 1), facts);
        for (const LessonConflict &c : among) {
            if (c.candidate.lessonId != c.existing.lessonId)
                out << c;
        }
    }
    return out;
}
} // namespace

TimetableView::TimetableView(LessonBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new TimetableGridModel(this))
    , m_filterKind(new QComboBox(this))
    , m_filterValue(new QComboBox(this))
    , m_prev(new QToolButton(this))
    , m_week(new QDateEdit(this))
    , m_next(new QToolButton(this))
    , m_today(new QPushButton(this))
    , m_periods(new QPushButton(this))
    , m_course(new QComboBox(this))
    , m_repeat(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_grid(new TimetableGrid(this, [this](const QModelIndexList &c) { pickCells(c); },
                               [this](const QModelIndexList &c) { removeCells(c); }))
    , m_conflicts(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_force(new QCheckBox(this))
    , m_save(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("timetableView"));
    m_filterKind->setObjectName(QStringLiteral("timetableFilterKind"));
    m_filterValue->setObjectName(QStringLiteral("timetableFilterValue"));
    m_week->setObjectName(QStringLiteral("timetableWeek"));
    m_course->setObjectName(QStringLiteral("timetableCourse"));
    m_repeat->setObjectName(QStringLiteral("timetableRepeat"));
    m_until->setObjectName(QStringLiteral("timetableUntil"));
    m_grid->setObjectName(QStringLiteral("timetableGrid"));
    m_conflicts->setObjectName(QStringLiteral("timetableConflicts"));
    m_status->setObjectName(QStringLiteral("timetableStatus"));
    m_force->setObjectName(QStringLiteral("timetableForce"));
    m_save->setObjectName(QStringLiteral("timetableSave"));
    m_discard->setObjectName(QStringLiteral("timetableDiscard"));

    m_filterKind->addItem(QString(), int(TimetableGridModel::Filter::Classroom));
    m_filterKind->addItem(QString(), int(TimetableGridModel::Filter::Teacher));
    m_filterKind->addItem(QString(), int(TimetableGridModel::Filter::Course));
    m_repeat->addItem(QString(), int(Recurrence::Weekly));
    m_repeat->addItem(QString(), int(Recurrence::Once));
    for (QDateEdit *d : {m_week, m_until}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_week->setDate(QDate::currentDate());
    m_prev->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflicts->setMaximumHeight(110);
    m_conflicts->hide();
    m_status->setWordWrap(true);

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << qMakePair(l, text);
        return l;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(label(m_filterKind, QT_TR_NOOP("S&how:")));
    top->addWidget(m_filterKind);
    top->addWidget(m_filterValue, 1);
    top->addSpacing(12);
    top->addWidget(label(m_week, QT_TR_NOOP("&Week of:")));
    top->addWidget(m_prev);
    top->addWidget(m_week);
    top->addWidget(m_next);
    top->addWidget(m_today);
    top->addStretch(1);
    top->addWidget(m_periods);
    auto *edit = new QHBoxLayout;
    edit->addWidget(label(m_course, QT_TR_NOOP("&Add lessons of:")));
    edit->addWidget(m_course, 1);
    edit->addWidget(label(m_repeat, QT_TR_NOOP("&Repeat:")));
    edit->addWidget(m_repeat);
    edit->addWidget(label(m_until, QT_TR_NOOP("u&ntil")));
    edit->addWidget(m_until);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_force);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(edit);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_conflicts);
    layout->addLayout(bottom);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(150);
    connect(&m_checkTimer, &QTimer::timeout, this, &TimetableView::check);
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, &TimetableView::fillValues);
    connect(m_filterValue, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(TimetableGridModel::Filter(m_filterKind->currentData().toInt()), m_filterValue->currentData().toString());
        if (m_model->filter() == TimetableGridModel::Filter::Course)
            setCourseToAdd(m_model->filterValue());
        onEdited();
    });
    connect(m_week, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->setWeek(d);
        if (!m_untilTouched)
            m_until->setDate(defaultUntil());
        onEdited();
    });
    connect(m_prev, &QToolButton::clicked, this, [this] { m_week->setDate(m_week->date().addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_week->setDate(m_week->date().addDays(7)); });
    connect(m_today, &QPushButton::clicked, this, [this] { m_week->setDate(QDate::currentDate()); });
    connect(m_periods, &QPushButton::clicked, this, &TimetableView::editPeriods);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        m_until->setEnabled(Recurrence(m_repeat->currentData().toInt()) != Recurrence::Once);
        onEdited();
    });
    connect(m_until, &QDateEdit::editingFinished, this, [this] { m_untilTouched = true; });
    connect(m_until, &QDateEdit::dateChanged, this, &TimetableView::onEdited);
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_untilTouched)
            m_until->setDate(defaultUntil());
    });
    connect(m_force, &QCheckBox::toggled, this, &TimetableView::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &TimetableView::save);
    connect(m_discard, &QPushButton::clicked, this, &TimetableView::discard);
    connect(m_book, &LessonBook::changed, this, &TimetableView::onSchoolChanged);

    retranslate();
    m_model->setWeek(m_week->date());
    onSchoolChanged();
}

QDate TimetableView::defaultUntil() const
{
    const QDate monday = m_model->monday();
    for (const Term &t : m_book->snapshot().calendar.terms) {
        if (monday.addDays(6) >= t.from && monday <= t.to)
            return t.to;
    }
    if (const auto c = m_book->snapshot().course(m_course->currentData().toString()); c && c->to.isValid())
        return c->to;
    return monday.addDays(7 * 16 + 6);
}

void TimetableView::onSchoolChanged()
{
    const QString course = m_course->currentData().toString();
    {
        const QSignalBlocker block(m_course);
        m_course->clear();
        for (const Course &c : m_book->snapshot().courses)
            m_course->addItem(tr("%1 — %2").arg(c.code, c.name), c.code);
        m_course->setCurrentIndex(std::max(0, m_course->findData(course)));
    }
    m_model->setSchool(m_book->snapshot());
    fillValues();
    if (!m_untilTouched)
        m_until->setDate(defaultUntil());
    onEdited();
}

void TimetableView::fillValues()
{
    const auto kind = TimetableGridModel::Filter(m_filterKind->currentData().toInt());
    const QString current = m_model->filter() == kind ? m_model->filterValue() : QString();
    QStringList values;
    const SchoolSnapshot &s = m_book->snapshot();
    for (const Course &c : s.courses) {
        if (kind == TimetableGridModel::Filter::Teacher && !c.teacher.isEmpty())
            values << c.teacher;
        else if (kind == TimetableGridModel::Filter::Course)
            values << c.code;
        else if (kind == TimetableGridModel::Filter::Classroom && !c.classroom.isEmpty())
            values << c.classroom;
    }
    if (kind == TimetableGridModel::Filter::Classroom) {
        for (const Classroom &r : s.classrooms)
            values << r.name;
    }
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_filterValue);
    m_filterValue->clear();
    for (const QString &v : std::as_const(values)) {
        QString text = v;
        if (kind == TimetableGridModel::Filter::Course)
            if (const auto c = s.course(v))
                text = tr("%1 — %2").arg(c->code, c->name);
        m_filterValue->addItem(text, v);
    }
    m_filterValue->setCurrentIndex(std::max(0, m_filterValue->findData(current)));
    m_model->setFilter(kind, m_filterValue->currentData().toString());
    updateButtons();
}

void TimetableView::showFilter(TimetableGridModel::Filter filter, const QString &value)
{
    m_filterKind->setCurrentIndex(m_filterKind->findData(int(filter)));
    m_filterValue->setCurrentIndex(m_filterValue->findData(value));
}

void TimetableView::showWeek(const QDate &day)
{
    m_week->setDate(day);
}

void TimetableView::setCourseToAdd(const QString &code)
{
    const int i = m_course->findData(code);
    if (i >= 0)
        m_course->setCurrentIndex(i);
}

void TimetableView::setRepeat(Recurrence recurrence, const QDate &until)
{
    m_repeat->setCurrentIndex(m_repeat->findData(int(recurrence)));
    if (until.isValid()) {
        m_untilTouched = true;
        m_until->setDate(until);
    }
}

void TimetableView::pickCells(const QModelIndexList &cells)
{
    const QString course = m_course->currentData().toString();
    if (course.isEmpty()) {
        m_status->setText(tr("Choose the course to add lessons of."));
        return;
    }
    if (m_model->pick(cells, course) == 0 && !cells.isEmpty())
        m_status->setText(tr("Those periods have lessons already; choose free cells, or press Delete to remove a lesson."));
    onEdited();
}

void TimetableView::removeCells(const QModelIndexList &cells)
{
    m_model->markRemoval(cells);
    onEdited();
}

TimetableGridModel::Plan TimetableView::plan() const
{
    return m_model->plan(Recurrence(m_repeat->currentData().toInt()), m_until->date());
}

void TimetableView::onEdited()
{
    m_checkTimer.start();
    updateButtons();
}

void TimetableView::check()
{
    m_checkTimer.stop();
    const int generation = ++m_checkGeneration;
    const CheckInput in{m_book->snapshot(), plan()};
    m_checking = true;
    updateButtons();
    auto *watcher = new QFutureWatcher<QList<LessonConflict>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, in] {
        watcher->deleteLater();
        if (generation != m_checkGeneration)
            return;
        m_checking = false;
        const QList<LessonConflict> conflicts = watcher->result();
        m_conflictCount = int(conflicts.size());
        m_model->setConflicts(conflicts);
        m_conflicts->clear();
        for (const LessonConflict &c : conflicts.mid(0, 200))
            m_conflicts->addItem(c.text());
        if (conflicts.size() > 200)
            m_conflicts->addItem(tr("… and %n more.", nullptr, int(conflicts.size() - 200)));
        m_conflicts->setVisible(!conflicts.isEmpty());
        if (!m_model->hasEdits())
            m_status->setText(tr("Click or drag over free periods to add lessons of the chosen course; select a lesson and press Delete to remove it."));
        else if (conflicts.isEmpty())
            m_status->setText(tr("%n lesson(s) to add, %1 to remove; no conflict.", nullptr, int(in.plan.lessons.size()))
                                  .arg(in.plan.removedIds.size() - in.plan.merged.size()));
        else
            m_status->setText(tr("%n conflict(s): see the list and the red periods.", nullptr, int(conflicts.size())));
        updateButtons();
        Q_EMIT checked(int(conflicts.size()));
    });
    watcher->setFuture(QtConcurrent::run(runCheck, in));
}

void TimetableView::updateButtons()
{
    const bool edits = m_model->hasEdits();
    const bool ready = edits && !checking() && m_book->isAvailable();
    m_force->setVisible(m_conflictCount > 0 && edits);
    m_save->setEnabled(ready && (m_conflictCount == 0 || m_force->isChecked()));
    m_discard->setEnabled(edits);
}

void TimetableView::save()
{
    if (!m_save->isEnabled())
        return;
    const TimetableGridModel::Plan p = plan();
    m_save->setEnabled(false);
    // Adds first (one transaction), then the removals: a failure never loses a lesson.
    m_book->write(
        [p](LessonStore &store) {
            QList<Lesson> lessons = p.lessons;
            if (!lessons.isEmpty())
                if (const CloudError e = store.addLessons(&lessons))
                    return e;
            for (const QString &id : p.removedIds)
                if (const CloudError e = store.deleteLesson(id))
                    return e;
            return CloudError();
        },
        this, [this, p](const CloudError &e) {
            if (e) {
                m_status->setText(e.userMessage());
                updateButtons();
                return;
            }
            m_model->clearEdits();
            m_force->setChecked(false);
            m_conflictCount = 0;
            m_status->setText(tr("Saved: %n lesson(s) added, %1 removed.", nullptr, int(p.lessons.size()))
                                  .arg(p.removedIds.size() - p.merged.size()));
            onEdited();
            Q_EMIT saved();
        });
}

void TimetableView::discard()
{
    m_model->clearEdits();
    m_force->setChecked(false);
    onEdited();
}

void TimetableView::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_filterKind->setItemText(0, tr("Classroom"));
    m_filterKind->setItemText(1, tr("Teacher"));
    m_filterKind->setItemText(2, tr("Course"));
    m_filterValue->setAccessibleName(tr("Which classroom, teacher or course"));
    m_repeat->setItemText(0, tr("Weekly"));
    m_repeat->setItemText(1, tr("This week only"));
    m_prev->setToolTip(tr("Previous week"));
    m_prev->setAccessibleName(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_today->setText(tr("This week"));
    m_periods->setText(tr("&Periods…"));
    m_periods->setToolTip(tr("The periods of the school day: their times, or a whole day generated at once"));
    m_grid->setAccessibleName(tr("Timetable: periods by weekday"));
    m_grid->setToolTip(tr("Click or drag to add lessons of the chosen course (Space or Enter from the keyboard); Delete removes."));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_force->setText(tr("Save anyway"));
    m_save->setText(tr("&Save timetable"));
    m_discard->setText(tr("Disc&ard changes"));
}

PeriodsDialog *TimetableView::editPeriods()
{
    auto *dialog = new PeriodsDialog(m_book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void TimetableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
