#include "ui/coursesview.h"

#include "models/engine/inventory.h"
#include "models/lessons/coursetablemodel.h"
#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"
#include "models/session/cloudcatalog.h"
#include "models/session/cloudconnection.h"
#include "ui/courseeditor.h"
#include "ui/rostereditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

CoursesView::CoursesView(LessonBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new CourseTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_rosterButton(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_roomsTitle(new QLabel(this))
    , m_rooms(new QTableWidget(0, 2, this))
    , m_roomName(new QLineEdit(this))
    , m_roomSeats(new QSpinBox(this))
    , m_addRoom(new QPushButton(this))
    , m_deleteRoom(new QPushButton(this))
{
    setObjectName(QStringLiteral("coursesView"));
    m_table->setObjectName(QStringLiteral("courseTable"));
    m_filter->setObjectName(QStringLiteral("courseFilter"));
    m_new->setObjectName(QStringLiteral("newCourse"));
    m_edit->setObjectName(QStringLiteral("editCourse"));
    m_rosterButton->setObjectName(QStringLiteral("courseRoster"));
    m_delete->setObjectName(QStringLiteral("deleteCourse"));
    m_message->setObjectName(QStringLiteral("courseMessage"));
    m_rooms->setObjectName(QStringLiteral("classroomTable"));
    m_roomName->setObjectName(QStringLiteral("classroomName"));
    m_roomSeats->setObjectName(QStringLiteral("classroomSeats"));
    m_addRoom->setObjectName(QStringLiteral("addClassroom"));
    m_deleteRoom->setObjectName(QStringLiteral("deleteClassroom"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CourseTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CourseTableModel::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_message->setWordWrap(true);
    m_message->hide();

    m_rooms->verticalHeader()->hide();
    m_rooms->horizontalHeader()->setStretchLastSection(true);
    m_rooms->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rooms->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roomSeats->setRange(1, 1000);
    m_roomSeats->setValue(30);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    for (QPushButton *b : {m_new, m_edit, m_rosterButton, m_delete})
        buttons->addWidget(b);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_table, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_roomsTitle);
    rightLayout->addWidget(m_rooms, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_roomName, 1);
    addRow->addWidget(m_roomSeats);
    addRow->addWidget(m_addRoom);
    rightLayout->addLayout(addRow);
    rightLayout->addWidget(m_deleteRoom, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_new, &QPushButton::clicked, this, &CoursesView::newCourse);
    connect(m_edit, &QPushButton::clicked, this, &CoursesView::editCourse);
    connect(m_rosterButton, &QPushButton::clicked, this, &CoursesView::openRoster);
    connect(m_delete, &QPushButton::clicked, this, &CoursesView::deleteCourse);
    connect(m_table, &QTableView::activated, this, &CoursesView::editCourse);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CoursesView::updateButtons);
    connect(m_addRoom, &QPushButton::clicked, this, [this] { addClassroom(m_roomName->text().trimmed(), m_roomSeats->value()); });
    connect(m_roomName, &QLineEdit::returnPressed, m_addRoom, &QPushButton::click);
    connect(m_deleteRoom, &QPushButton::clicked, this, &CoursesView::deleteClassroom);
    connect(m_rooms, &QTableWidget::cellChanged, this, &CoursesView::onRoomEdited);
    connect(m_book, &LessonBook::changed, this, &CoursesView::onSchoolChanged);
    connect(m_book, &LessonBook::loadFailed, this, [this](const CloudError &e) { showMessage(e.userMessage(), true); });

    retranslate();
    onSchoolChanged();
}

CourseEditor *CoursesView::editor() const
{
    return m_editor;
}

RosterEditor *CoursesView::rosterEditor() const
{
    return m_roster;
}

void CoursesView::setConnection(CloudConnection *connection)
{
    m_connection = connection;
}

CloudCapacity CoursesView::capacity() const
{
    CloudCapacity out;
    if (!m_connection)
        return out;
    const CloudCatalog *catalog = m_connection->catalog();
    out.flavors = catalog->flavors();
    out.servers = m_connection->inventory()->servers();
    if (catalog->hasLimits())
        out.limits = catalog->limits();
    // Floating IPs that stand: those not on a course's desktop (the audit counts those per lesson).
    QSet<QString> courseAddresses;
    for (const Server &s : std::as_const(out.servers)) {
        if (!s.meta(PhoenixMeta::Course).isEmpty())
            courseAddresses.insert(s.fixedAddress());
    }
    for (const FloatingIp &f : catalog->floatingIps()) {
        if (f.fixedIpAddress.isEmpty() || !courseAddresses.contains(f.fixedIpAddress))
            ++out.floatingIpsInUse;
    }
    return out;
}

QString CoursesView::selectedCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(CourseTableModel::CodeRole).toString();
}

void CoursesView::selectCourse(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(i);
}

void CoursesView::onSchoolChanged()
{
    m_model->setSnapshot(m_book->snapshot());
    m_fillingRooms = true;
    const QList<Classroom> &rooms = m_book->snapshot().classrooms;
    m_rooms->setRowCount(int(rooms.size()));
    for (int i = 0; i < rooms.size(); ++i) {
        auto *name = new QTableWidgetItem(rooms.at(i).name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, rooms.at(i).name);
        m_rooms->setItem(i, 0, name);
        auto *seats = new QTableWidgetItem;
        seats->setData(Qt::EditRole, rooms.at(i).seats);
        m_rooms->setItem(i, 1, seats);
    }
    m_fillingRooms = false;
    const bool available = m_book->isAvailable();
    m_new->setEnabled(available);
    m_addRoom->setEnabled(available);
    if (!available)
        showMessage(tr("Courses, rosters and the timetable are kept in the Phoenix database of a connected cloud."), false);
    else if (!m_book->lastError())
        m_message->hide();
    updateButtons();
}

void CoursesView::updateButtons()
{
    const bool one = !selectedCode().isEmpty();
    m_edit->setEnabled(one);
    m_rosterButton->setEnabled(one);
    m_delete->setEnabled(one);
    m_deleteRoom->setEnabled(m_book->isAvailable() && m_rooms->rowCount() > 0);
}

void CoursesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CoursesView::newCourse()
{
    m_editor = new CourseEditor(m_book, m_connection, [this] { return capacity(); }, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &CourseEditor::saved, this, [this](const QString &code) {
        showMessage(tr("Course %1 saved.").arg(code), false);
        selectCourse(code);
    });
    m_editor->open();
}

void CoursesView::editCourse()
{
    const auto course = m_book->snapshot().course(selectedCode());
    if (!course)
        return;
    newCourse();
    m_editor->setCourse(*course, false);
}

void CoursesView::openRoster()
{
    const auto course = m_book->snapshot().course(selectedCode());
    if (!course)
        return;
    m_roster = new RosterEditor(m_book, course->code, this);
    m_roster->setAttribute(Qt::WA_DeleteOnClose);
    m_roster->open();
}

void CoursesView::deleteCourse()
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    const QList<Server> servers = m_connection ? m_connection->inventory()->servers() : QList<Server>();
    const QString refusal = CourseCheck::deleteRefusal(code, m_book->snapshot(), servers, QDateTime::currentDateTimeUtc());
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete course"),
                                tr("Delete the course %1 with its roster and lessons?").arg(code), QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Delete course"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, code] {
        if (box->clickedButton() == yes)
            deleteCourseNow(code);
    });
    box->open();
}

void CoursesView::deleteCourseNow(const QString &code)
{
    const QList<Server> servers = m_connection ? m_connection->inventory()->servers() : QList<Server>();
    const QString refusal = CourseCheck::deleteRefusal(code, m_book->snapshot(), servers, QDateTime::currentDateTimeUtc());
    if (!refusal.isEmpty())
        return showMessage(refusal, true);
    m_book->write([code](LessonStore &store) { return store.deleteCourse(code); }, this, [this, code](const CloudError &e) {
        showMessage(e ? e.userMessage() : tr("Course %1 deleted with its roster and lessons.").arg(code), bool(e));
    });
}

void CoursesView::addClassroom(const QString &name, int seats)
{
    if (name.isEmpty()) {
        showMessage(tr("A classroom needs a name."), true);
        return;
    }
    m_book->write([room = Classroom{name, seats}](LessonStore &store) { return store.saveClassroom(room); }, this,
                  [this, name](const CloudError &e) {
                      if (!e)
                          m_roomName->clear();
                      showMessage(e ? e.userMessage() : tr("Classroom %1 saved.").arg(name), bool(e));
                  });
}

void CoursesView::onRoomEdited(int row, int column)
{
    if (m_fillingRooms || column != 1)
        return;
    const QString name = m_rooms->item(row, 0)->data(Qt::UserRole).toString();
    const int seats = m_rooms->item(row, 1)->data(Qt::EditRole).toInt();
    if (seats < 1) {
        showMessage(tr("A classroom has at least one seat."), true);
        onSchoolChanged();
        return;
    }
    addClassroom(name, seats);
}

void CoursesView::deleteClassroom()
{
    const int row = m_rooms->currentRow();
    if (row < 0)
        return;
    const QString name = m_rooms->item(row, 0)->data(Qt::UserRole).toString();
    QStringList users;
    for (const Course &c : m_book->snapshot().courses) {
        if (c.classroom == name)
            users << c.code;
    }
    if (!users.isEmpty())
        return showMessage(tr("Classroom %1 is the classroom of %2; choose another classroom for them first.")
                               .arg(name, users.join(QStringLiteral(", "))),
                           true);
    m_book->write([name](LessonStore &store) { return store.deleteClassroom(name); }, this, [this, name](const CloudError &e) {
        showMessage(e ? e.userMessage() : tr("Classroom %1 deleted.").arg(name), bool(e));
    });
}

void CoursesView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter courses"));
    m_filter->setAccessibleName(tr("Filter courses"));
    m_new->setText(tr("&New course…"));
    m_edit->setText(tr("&Edit…"));
    m_rosterButton->setText(tr("&Roster…"));
    m_delete->setText(tr("&Delete"));
    m_table->setAccessibleName(tr("Courses"));
    m_roomsTitle->setText(tr("Classrooms"));
    m_rooms->setHorizontalHeaderLabels({tr("Classroom"), tr("Seats")});
    m_rooms->setAccessibleName(tr("Classrooms; edit the seats in place"));
    m_roomName->setPlaceholderText(tr("New classroom"));
    m_roomName->setAccessibleName(tr("New classroom name"));
    m_roomSeats->setAccessibleName(tr("Seats of the new classroom"));
    m_roomSeats->setSuffix(tr(" seats"));
    m_addRoom->setText(tr("&Add"));
    m_deleteRoom->setText(tr("Delete classroom"));
}

void CoursesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
