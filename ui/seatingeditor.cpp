#include "ui/seatingeditor.h"

#include "models/lessons/lessoncontrol.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/schooldata.h"
#include "models/session/cloudconnection.h"
#include "ui/classroomviews.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

SeatingEditor::SeatingEditor(ClassroomContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SeatingModel(this))
    , m_names(new RosterNamesModel(this))
{
    setObjectName(QStringLiteral("seatingEditor"));
    m_rooms = new QComboBox(this);
    m_rooms->setObjectName(QStringLiteral("seatingClassroom"));
    m_rooms->setMinimumContentsLength(16);
    m_courses = new QComboBox(this);
    m_courses->setObjectName(QStringLiteral("seatingCourse"));
    m_courses->setMinimumContentsLength(20);
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("seatingRows"));
    m_rows->setRange(1, 100);
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("seatingColumns"));
    m_columns->setRange(1, 100);
    m_aisles = new QLineEdit(this);
    m_aisles->setObjectName(QStringLiteral("seatingAisles"));
    m_aisles->setMaximumWidth(120);
    m_roomLabel = new QLabel(this);
    m_roomLabel->setBuddy(m_rooms);
    m_courseLabel = new QLabel(this);
    m_courseLabel->setBuddy(m_courses);
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setBuddy(m_rows);
    m_columnsLabel = new QLabel(this);
    m_columnsLabel->setBuddy(m_columns);
    m_aislesLabel = new QLabel(this);
    m_aislesLabel->setBuddy(m_aisles);
    m_listLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("seatingStatus"));
    m_status->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("seatingNames"));
    m_list->setModel(m_names);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMaximumWidth(260);
    m_listLabel->setBuddy(m_list);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("seatingGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setDragEnabled(true);
    m_grid->setAcceptDrops(true);
    m_grid->setDropIndicatorShown(true);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    m_grid->setDragDropOverwriteMode(true);
    m_grid->horizontalHeader()->setDefaultSectionSize(96);
    m_grid->verticalHeader()->setDefaultSectionSize(44);
    m_grid->installEventFilter(this);

    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("seatingToggle"));
    m_place = new QPushButton(this);
    m_place->setObjectName(QStringLiteral("seatingPlace"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("seatingSave"));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("seatingRevert"));

    auto *form = new QHBoxLayout;
    form->addWidget(m_roomLabel);
    form->addWidget(m_rooms);
    form->addWidget(m_rowsLabel);
    form->addWidget(m_rows);
    form->addWidget(m_columnsLabel);
    form->addWidget(m_columns);
    form->addWidget(m_aislesLabel);
    form->addWidget(m_aisles);
    form->addWidget(m_toggle);
    form->addStretch(1);
    auto *left = new QVBoxLayout;
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_courseLabel);
    courseRow->addWidget(m_courses, 1);
    left->addLayout(courseRow);
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_place);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_grid, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_rooms, &QComboBox::currentIndexChanged, this, &SeatingEditor::loadRoom);
    connect(m_courses, &QComboBox::currentIndexChanged, this, &SeatingEditor::loadCourse);
    connect(m_rows, &QSpinBox::valueChanged, this, &SeatingEditor::applyShape);
    connect(m_columns, &QSpinBox::valueChanged, this, &SeatingEditor::applyShape);
    connect(m_aisles, &QLineEdit::editingFinished, this, &SeatingEditor::applyShape);
    connect(m_toggle, &QPushButton::clicked, this, [this] { m_model->toggleSeat(m_grid->currentIndex()); });
    connect(m_place, &QPushButton::clicked, this, &SeatingEditor::placeSelected);
    connect(m_save, &QPushButton::clicked, this, &SeatingEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setDirty(false);
        loadRoom();
    });
    connect(m_model, &SeatingModel::edited, this, [this] {
        if (m_loading)
            return;
        m_names->setRoster(m_model->roster());
        setDirty(true);
    });
    connect(m_context->school(), &SchoolData::loaded, this, [this] {
        if (!m_dirty)
            fillRooms();
    });
    connect(m_context, &ClassroomContext::actorChanged, this, [this] {
        if (!m_dirty)
            fillRooms();
    });
    retranslate();
}

void SeatingEditor::fillRooms()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    QStringList rooms;
    for (const Classroom &r : s.classrooms)
        rooms << r.name;
    for (const SeatingPlan &p : s.plans)
        rooms << p.classroom;
    for (const Course &c : s.courses) {
        if (!c.classroom.isEmpty() && (m_context->isAdmin() || m_context->canSee(c)))
            rooms << c.classroom;
    }
    if (!m_context->isAdmin()) { // a member: the rooms of their own courses
        QStringList mine;
        for (const Course &c : s.courses) {
            if (m_context->canSee(c) && !c.classroom.isEmpty())
                mine << c.classroom;
        }
        rooms = mine;
    }
    rooms.removeDuplicates();
    std::sort(rooms.begin(), rooms.end());
    const QString keep = m_rooms->currentText();
    {
        const QSignalBlocker block(m_rooms);
        m_rooms->clear();
        m_rooms->addItems(rooms);
        const int i = m_rooms->findText(keep);
        m_rooms->setCurrentIndex(i >= 0 ? i : (rooms.isEmpty() ? -1 : 0));
    }
    loadRoom();
}

void SeatingEditor::loadRoom()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    const QString room = m_rooms->currentText();
    m_loading = true;
    SeatingPlan plan = s.plan(room).value_or(SeatingPlan());
    if (plan.isEmpty() && !room.isEmpty()) {
        int seats = 0;
        for (const Classroom &r : s.classrooms) {
            if (r.name == room)
                seats = r.seats;
        }
        for (const Course &c : s.courses) {
            if (c.classroom == room)
                seats = std::max(seats, int(s.rosters.value(c.code).size()));
        }
        plan = SeatingPlan::defaultFor(room, std::max(seats, 1));
    }
    m_model->setPlan(plan);
    {
        const QSignalBlocker b1(m_rows), b2(m_columns);
        m_rows->setValue(std::max(1, plan.rows));
        m_columns->setValue(std::max(1, plan.columns));
        m_aisles->setText(plan.aislesText());
    }
    const QString keep = m_courses->currentData().toString();
    {
        const QSignalBlocker block(m_courses);
        m_courses->clear();
        for (const Course &c : s.courses) {
            if (c.classroom == room && m_context->canSee(c))
                m_courses->addItem(c.name.isEmpty() ? c.code : QStringLiteral("%1 %2").arg(c.code, c.name), c.code);
        }
        const int i = m_courses->findData(keep);
        m_courses->setCurrentIndex(i >= 0 ? i : (m_courses->count() ? 0 : -1));
    }
    m_loading = false;
    loadCourse();
}

void SeatingEditor::loadCourse()
{
    const ClassroomSnapshot &s = m_context->school()->snapshot();
    m_loading = true;
    const QList<RosterSeat> roster = s.rosters.value(m_courses->currentData().toString());
    m_model->setRoster(roster);
    m_names->setRoster(roster);
    m_loading = false;
    setDirty(false);
}

void SeatingEditor::applyShape()
{
    if (m_loading)
        return;
    QList<int> aisles;
    for (const QString &part : m_aisles->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int a = part.trimmed().toInt(&ok);
        if (ok)
            aisles << a;
    }
    m_model->setShape(m_rows->value(), m_columns->value(), aisles);
}

void SeatingEditor::selectClassroom(const QString &room)
{
    const int i = m_rooms->findText(room);
    if (i >= 0)
        m_rooms->setCurrentIndex(i);
}

void SeatingEditor::selectCourse(const QString &code)
{
    const int i = m_courses->findData(code);
    if (i >= 0)
        m_courses->setCurrentIndex(i);
}

void SeatingEditor::placeSelected()
{
    const QString owner = m_names->ownerAt(m_list->currentIndex().row());
    if (owner.isEmpty() || !m_model->placeOwner(owner, m_grid->currentIndex()))
        m_status->setText(tr("Choose a name in the list and a seat in the plan, then Place."));
}

void SeatingEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateState();
}

void SeatingEditor::updateState()
{
    const bool admin = m_context->isAdmin();
    m_rows->setEnabled(admin);
    m_columns->setEnabled(admin);
    m_aisles->setEnabled(admin);
    m_toggle->setEnabled(admin);
    m_save->setEnabled(m_dirty && m_context->school()->hasStore());
    m_revert->setEnabled(m_dirty);
    const QStringList unplaced = m_model->unplaced();
    const int seats = m_model->plan().seatCount();
    QString text = tr("%n seat(s)", nullptr, seats);
    if (!unplaced.isEmpty())
        text += QStringLiteral(" · ") + tr("Without a seat in this plan: %1").arg(unplaced.join(QStringLiteral(", ")));
    if (m_dirty)
        text += QStringLiteral(" · ") + tr("Not saved");
    m_status->setText(text);
}

void SeatingEditor::save()
{
    const SeatingPlan plan = m_model->plan();
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        m_status->setText(invalid);
        Q_EMIT saved(false, invalid);
        return;
    }
    const QString code = m_courses->currentData().toString();
    const QList<RosterSeat> roster = m_model->roster();
    const bool admin = m_context->isAdmin();
    const LessonControl::Who who = m_context->who();
    m_save->setEnabled(false);
    QPointer<SeatingEditor> self(this);
    m_context->school()->run(
        [plan, code, roster, admin, who](Database *db, const QString &scope) -> Result<QString> {
            LessonStore store(db, scope);
            if (admin) {
                if (const CloudError e = SeatingStore::save(store, plan))
                    return e;
            }
            if (!code.isEmpty()) {
                if (const CloudError e = store.replaceRoster(code, roster))
                    return e;
            }
            LessonControl::audit(&store, who, QStringLiteral("seating plan"), plan.classroom, code);
            return tr("The seating plan of %1 is saved.").arg(plan.classroom);
        },
        [self](const Result<QString> &r) {
            if (!self)
                return;
            const QString text = r ? r.value() : r.error().userMessage();
            if (r)
                self->m_dirty = false;
            self->updateState();
            self->m_status->setText(text);
            Q_EMIT self->m_context->message(text);
            Q_EMIT self->saved(bool(r), text);
        });
}

bool SeatingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Insert) && m_context->isAdmin()) {
            m_model->toggleSeat(m_grid->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            placeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SeatingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SeatingEditor::retranslate()
{
    m_roomLabel->setText(tr("C&lassroom:"));
    m_courseLabel->setText(tr("C&ourse:"));
    m_rowsLabel->setText(tr("&Rows:"));
    m_columnsLabel->setText(tr("Colu&mns:"));
    m_aislesLabel->setText(tr("&Aisles after columns:"));
    m_aisles->setPlaceholderText(tr("e.g. 4"));
    m_aisles->setToolTip(tr("Column numbers after which an aisle runs, separated by commas"));
    m_listLabel->setText(tr("Roster — drag a &name onto a seat:"));
    m_toggle->setText(tr("&Toggle seat"));
    m_toggle->setToolTip(tr("Make the chosen cell a seat or a gap (Delete)"));
    m_place->setText(tr("&Place on the chosen seat"));
    m_place->setToolTip(tr("Seats the chosen name on the chosen cell (Enter in the plan)"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_grid->setAccessibleName(tr("Seating plan"));
    m_list->setAccessibleName(tr("Roster"));
    m_rooms->setAccessibleName(tr("Classroom"));
    m_courses->setAccessibleName(tr("Course"));
    updateState();
}
