// The school set-up views (issue 13) on a real SQLite Phoenix database: the course editor
// validates, audits the quota while typing (off the GUI thread) and saves; delete is refused with
// the core's reason; classrooms are edited in place; the roster editor previews a CSV file (UTF-8
// and GBK) with every bad line named before anything is saved and saves all or nothing; the
// timetable grid adds, merges and removes lessons and shows conflicts before saving; the school
// calendar stores terms, holidays and make-up days (a make-up day follows the weekday it replaces).
// Runs offscreen (tst_courseviews) and on the X server (tst_courseviews_xvfb, when DISPLAY is set).

#include "models/settings/translation.h"
#include "models/lessons/coursecheck.h"
#include "models/lessons/coursetablemodel.h"
#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/timetable.h"
#include "models/store/database.h"
#include "ui/calendarview.h"
#include "ui/courseeditor.h"
#include "ui/coursesview.h"
#include "ui/rostereditor.h"
#include "ui/periodsdialog.h"
#include "ui/timetableview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace
{
const QString Scope = QStringLiteral("test|school|RegionOne");

Course course(const QString &code, const QString &teacher, const QString &classroom)
{
    Course c;
    c.code = code;
    c.name = code + QStringLiteral(" course");
    c.teacher = teacher;
    c.image = QStringLiteral("ubuntu-22.04");
    c.flavor = QStringLiteral("m1.small");
    c.network = QStringLiteral("lab");
    c.protocol = QStringLiteral("rdp");
    c.classroom = classroom;
    return c;
}

QDate nextMonday()
{
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek());
}

QDateTime at(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone::systemTimeZone()).toUTC();
}

template<typename W>
W *child(QWidget *parent, const char *name)
{
    return parent->findChild<W *>(QString::fromLatin1(name));
}
} // namespace

class TestCourseViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void courseEditorValidatesAndSaves();
    void capacityAuditAnswersWhileTyping();
    void deleteIsRefusedWithTheReason();
    void classroomsAreEditedInPlace();
    void rosterImportNamesEveryBadLine();
    void rosterImportReadsGbkAndSavesAllOrNothing();
    void rosterExport();
    void gridAddsMergesAndRemoves();
    void gridShowsConflictsBeforeSaving();
    void calendarTermsHolidaysAndMakeupDays();
    void periodsAreEditedInTheWindow();
    void aTermOfOneHundredCourses();
    void screenshots(); // only with PHOENIX_SCREENSHOT_DIR (docs/screenshots)

private:
    // Runs a write through the book and waits for it (and the reload after it).
    CloudError write(LessonBook::Write w);
    void waitIdle();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LessonBook> m_book;
};

void TestCourseViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("phoenix.sqlite"))));
    m_book = std::make_unique<LessonBook>(m_db.get());
    m_book->setScope(Scope);
    waitIdle();
    QVERIFY(m_book->isLoaded());
}

void TestCourseViews::cleanup()
{
    if (m_book)
        QTRY_COMPARE(m_book->pending(), 0);
    m_book.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCourseViews::waitIdle()
{
    QTRY_COMPARE(m_book->pending(), 0);
}

CloudError TestCourseViews::write(LessonBook::Write w)
{
    bool done = false;
    CloudError result;
    QObject context;
    m_book->write(std::move(w), &context, [&](const CloudError &e) {
        result = e;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    waitIdle();
    return result;
}

void TestCourseViews::courseEditorValidatesAndSaves()
{
    QVERIFY(!write([](LessonStore &s) { return s.saveClassroom(Classroom{QStringLiteral("A101"), 30}); }));
    CourseEditor editor(m_book.get(), nullptr, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY(editor.problems().join(QLatin1Char(' ')).contains(QStringLiteral("needs a code")));

    // Typed as a user would: every field of the core.
    QTest::keyClicks(child<QLineEdit>(&editor, "code"), QStringLiteral("PY101"));
    child<QLineEdit>(&editor, "name")->setText(QStringLiteral("Python 入门")); // keyClicks takes ASCII only
    QTest::keyClicks(child<QLineEdit>(&editor, "teacher"), QStringLiteral("zhang.wei"));
    child<QCheckBox>(&editor, "limitDates")->setChecked(true);
    child<QDateEdit>(&editor, "from")->setDate(QDate(2026, 9, 1));
    child<QDateEdit>(&editor, "to")->setDate(QDate(2027, 1, 15));
    child<QComboBox>(&editor, "image")->setEditText(QStringLiteral("ubuntu-22.04"));
    child<QComboBox>(&editor, "flavor")->setEditText(QStringLiteral("m1.small"));
    child<QComboBox>(&editor, "network")->setEditText(QStringLiteral("lab"));
    child<QComboBox>(&editor, "protocol")->setEditText(QStringLiteral("vnc"));
    auto *policy = child<QComboBox>(&editor, "policy");
    policy->setCurrentIndex(policy->findData(int(EndPolicy::Shelve)));
    child<QSpinBox>(&editor, "grace")->setValue(10);
    auto *room = child<QComboBox>(&editor, "classroom");
    room->setCurrentIndex(room->findData(QStringLiteral("A101")));
    // More students than the classroom seats: refused, with the reason.
    child<QSpinBox>(&editor, "capacity")->setValue(40);
    QVERIFY(!save->isEnabled());
    QVERIFY2(editor.problems().join(QLatin1Char(' ')).contains(QStringLiteral("30 seats")), qPrintable(editor.problems().join(QLatin1Char(' '))));
    QVERIFY(child<QLabel>(&editor, "problems")->isVisible());
    child<QSpinBox>(&editor, "capacity")->setValue(30);
    // A template that would give every desktop the same name.
    child<QLineEdit>(&editor, "template")->setText(QStringLiteral("{course}-desktop"));
    QVERIFY(!save->isEnabled());
    child<QLineEdit>(&editor, "template")->setText(QStringLiteral("{course}-{seat:02}"));
    QVERIFY2(save->isEnabled(), qPrintable(editor.problems().join(QLatin1Char(' '))));

    QSignalSpy saved(&editor, &CourseEditor::saved);
    save->click();
    QVERIFY(saved.wait());
    waitIdle();
    const auto stored = m_book->snapshot().course(QStringLiteral("PY101"));
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Python 入门"));
    QCOMPARE(stored->teacher, QStringLiteral("zhang.wei"));
    QCOMPARE(stored->from, QDate(2026, 9, 1));
    QCOMPARE(stored->to, QDate(2027, 1, 15));
    QCOMPARE(stored->capacity, 30);
    QCOMPARE(stored->protocol, QStringLiteral("vnc"));
    QCOMPARE(stored->policy, EndPolicy::Shelve);
    QCOMPARE(stored->graceMinutes, 10);
    QCOMPARE(stored->classroom, QStringLiteral("A101"));
    QCOMPARE(stored->nameTemplate, QStringLiteral("{course}-{seat:02}"));

    // The same code again is refused for a new course.
    CourseEditor second(m_book.get(), nullptr, {});
    second.setCourse(*stored, true);
    QVERIFY(second.problems().join(QLatin1Char(' ')).contains(QStringLiteral("already")));
    // Editing keeps the code and changes the rest.
    second.setCourse(*stored, false);
    QVERIFY(child<QLineEdit>(&second, "code")->isReadOnly());
    QVERIFY(second.problems().isEmpty());
}

void TestCourseViews::capacityAuditAnswersWhileTyping()
{
    Course c = course(QStringLiteral("NET1"), QStringLiteral("li.na"), QString());
    QVERIFY(!write([c](LessonStore &s) mutable { return s.saveCourse(&c); }));
    const QDate monday = nextMonday();
    Lesson l;
    l.course = c.code;
    l.start = at(monday, 8, 0);
    l.end = at(monday, 9, 30);
    l.recurrence = Recurrence::Weekly;
    l.until = monday.addDays(28);
    QVERIFY(!write([l](LessonStore &s) mutable { return s.addLesson(&l); }));

    CloudCapacity cloud;
    cloud.flavors << Flavor{QStringLiteral("f1"), QStringLiteral("m1.small"), 2, 4096, 20, 0, true, {}};
    cloud.limits.maxInstances = 10;
    cloud.limits.maxCores = 100;
    cloud.limits.maxRamMb = 1024 * 1024;
    int capacityCalls = 0;
    CourseEditor editor(m_book.get(), nullptr, [&] {
        ++capacityCalls;
        return cloud;
    });
    editor.setCourse(*m_book->snapshot().course(c.code), false);
    editor.show();
    QSignalSpy verdicts(&editor, &CourseEditor::auditFinished);
    // Typing 2, 0 (capacity 20) in quick succession: one audit after the pause, not one per key.
    auto *capacity = child<QSpinBox>(&editor, "capacity");
    capacity->setFocus();
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("20"));
    QVERIFY(editor.auditPending());
    QVERIFY(verdicts.wait());
    QTRY_VERIFY(!editor.auditPending());
    QCOMPARE(verdicts.size(), 1);
    auto verdict = verdicts.last().first().value<CapacityVerdict>();
    QVERIFY(!verdict.fits);
    QCOMPARE(verdict.short_.instances, qint64(11)); // 20 students + the teacher, 10 allowed
    QVERIFY2(editor.auditText().contains(QStringLiteral("11 desktop")), qPrintable(editor.auditText()));
    // Fewer students: it fits, and says the busiest moment.
    capacity->selectAll();
    QTest::keyClicks(capacity, QStringLiteral("5"));
    QVERIFY(verdicts.wait());
    verdict = verdicts.last().first().value<CapacityVerdict>();
    QVERIFY(verdict.fits);
    QCOMPARE(verdict.peak.instances, qint64(6));
    QVERIFY2(editor.auditText().contains(QStringLiteral("Fits")), qPrintable(editor.auditText()));
    QVERIFY(capacityCalls >= 2);
}

void TestCourseViews::deleteIsRefusedWithTheReason()
{
    Course running = course(QStringLiteral("RUN1"), QStringLiteral("wang.fang"), QString());
    Course idle = course(QStringLiteral("IDLE1"), QStringLiteral("wang.fang"), QString());
    Course withDesktops = course(QStringLiteral("DESK1"), QStringLiteral("wang.fang"), QString());
    QVERIFY(!write([=](LessonStore &s) mutable {
        if (CloudError e = s.saveCourse(&running))
            return e;
        if (CloudError e = s.saveCourse(&withDesktops))
            return e;
        return s.saveCourse(&idle);
    }));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Lesson l;
    l.course = running.code;
    l.start = now.addSecs(-600);
    l.end = now.addSecs(1800);
    l.manual = true; // runs even if today is a holiday or weekend
    QVERIFY(!write([l](LessonStore &s) mutable { return s.addLesson(&l); }));

    // Desktops: the core's rule, on the inventory's servers.
    Server desk;
    desk.id = QStringLiteral("s1");
    desk.status = QStringLiteral("ACTIVE");
    desk.metadata.insert(QStringLiteral("phoenix:course"), withDesktops.code);
    QVERIFY(CourseCheck::deleteRefusal(withDesktops.code, m_book->snapshot(), {desk}, now).contains(QStringLiteral("1 desktop")));

    CoursesView view(m_book.get());
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 3);
    view.selectCourse(running.code);
    QCOMPARE(view.selectedCode(), running.code);
    view.deleteCourse();
    QVERIFY(view.messageLabel()->isVisible());
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("lesson running")), qPrintable(view.messageLabel()->text()));
    waitIdle();
    QVERIFY(m_book->snapshot().course(running.code));

    view.deleteCourseNow(idle.code);
    QTRY_VERIFY(!m_book->snapshot().course(idle.code));
    QTRY_COMPARE(view.model()->rowCount(), 2);
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("deleted")));
}

void TestCourseViews::classroomsAreEditedInPlace()
{
    CoursesView view(m_book.get());
    view.show();
    child<QLineEdit>(&view, "classroomName")->setText(QStringLiteral("B202"));
    child<QSpinBox>(&view, "classroomSeats")->setValue(24);
    child<QPushButton>(&view, "addClassroom")->click();
    QTRY_COMPARE(view.classroomTable()->rowCount(), 1);
    waitIdle();
    QCOMPARE(m_book->snapshot().classrooms, QList<Classroom>{(Classroom{QStringLiteral("B202"), 24})});
    // Seats edited in the table are saved.
    view.classroomTable()->item(0, 1)->setData(Qt::EditRole, 36);
    QTRY_COMPARE(m_book->snapshot().classroomSeats(QStringLiteral("B202")), 36);
    // A classroom a course uses is not deleted.
    Course c = course(QStringLiteral("ART1"), QStringLiteral("chen.jie"), QStringLiteral("B202"));
    QVERIFY(!write([c](LessonStore &s) mutable { return s.saveCourse(&c); }));
    view.classroomTable()->setCurrentCell(0, 0);
    child<QPushButton>(&view, "deleteClassroom")->click();
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("ART1")));
    QCOMPARE(m_book->snapshot().classrooms.size(), 1);
}

void TestCourseViews::rosterImportNamesEveryBadLine()
{
    Course c = course(QStringLiteral("PY1"), QStringLiteral("zhang.wei"), QStringLiteral("A1"));
    c.capacity = 10;
    QVERIFY(!write([c](LessonStore &s) mutable {
        if (CloudError e = s.saveClassroom(Classroom{QStringLiteral("A1"), 12}))
            return e;
        if (CloudError e = s.saveCourse(&c))
            return e;
        return s.replaceRoster(c.code, {RosterSeat{QStringLiteral("old.one"), 1}});
    }));
    RosterEditor editor(m_book.get(), c.code);
    editor.show();
    QCOMPARE(editor.model()->rowCount(), 1);
    const QByteArray csv = "owner,seat\n"
                           "s01,1\n"
                           "s02,x\n"          // line 3: not a number
                           "s01,3\n"          // line 4: twice
                           "s04,13\n"         // line 5: beyond the 12 seats
                           "zhang.wei,6\n"    // line 6: the teacher
                           "s07,7\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    QVERIFY(editor.previewFile(path));
    // Every row shown, bad ones with their line and reason, before anything is saved.
    QCOMPARE(editor.model()->rowCount(), 6);
    QCOMPARE(editor.preview().badRows(), 4);
    QStringList problems;
    for (int i = 0; i < editor.problemList()->count(); ++i)
        problems << editor.problemList()->item(i)->text();
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("line 3:")) && problems.at(0).contains(QStringLiteral("\"x\"")), qPrintable(problems.join('|')));
    QVERIFY(problems.at(1).startsWith(QStringLiteral("line 4:")) && problems.at(1).contains(QStringLiteral("line 2")));
    QVERIFY(problems.at(2).startsWith(QStringLiteral("line 5:")) && problems.at(2).contains(QStringLiteral("12 seats")));
    QVERIFY(problems.at(3).startsWith(QStringLiteral("line 6:")) && problems.at(3).contains(QStringLiteral("teaches")));
    // The model marks the same lines.
    for (int r = 0; r < editor.model()->rowCount(); ++r) {
        const QModelIndex i = editor.model()->index(r, RosterTableModel::ProblemColumn);
        const int line = editor.model()->index(r, RosterTableModel::LineColumn).data().toInt();
        QCOMPARE(!i.data(RosterTableModel::ProblemRole).toString().isEmpty(), line >= 3 && line <= 6);
    }
    QVERIFY(!editor.saveButton()->isEnabled());
    editor.saveImport(); // refused: nothing half-imported
    waitIdle();
    QCOMPARE(m_book->snapshot().rosters.value(c.code), QList<RosterSeat>{(RosterSeat{QStringLiteral("old.one"), 1})});
}

void TestCourseViews::rosterImportReadsGbkAndSavesAllOrNothing()
{
    Course c = course(QStringLiteral("CN1"), QStringLiteral("li.lei"), QString());
    QVERIFY(!write([c](LessonStore &s) mutable { return s.saveCourse(&c); }));
    RosterEditor editor(m_book.get(), c.code);
    editor.show();
    // A GBK file as Excel writes it on a Chinese Windows, Chinese header, one bad line.
    const QByteArray bad = RosterCsv::encodeGbk(QStringLiteral("用户名,座位\r\n王芳,1\r\n李雷,一\r\n"));
    QVERIFY(!bad.isEmpty());
    editor.previewBytes(bad, QStringLiteral("名单.csv"));
    QCOMPARE(editor.preview().import.encoding, QStringLiteral("GBK"));
    QCOMPARE(editor.model()->rowCount(), 2);
    QCOMPARE(editor.model()->index(0, RosterTableModel::OwnerColumn).data().toString(), QStringLiteral("王芳"));
    QCOMPARE(editor.problemList()->count(), 1);
    QVERIFY2(editor.problemList()->item(0)->text().startsWith(QStringLiteral("line 3:")), qPrintable(editor.problemList()->item(0)->text()));
    QVERIFY(editor.statusLabel()->text().contains(QStringLiteral("GBK")));
    QVERIFY(!editor.saveButton()->isEnabled());

    const QByteArray good = RosterCsv::encodeGbk(QStringLiteral("用户名,座位\r\n王芳,1\r\n李雷,\r\n韩梅梅,5\r\n"));
    editor.previewBytes(good, QStringLiteral("名单.csv"));
    QCOMPARE(editor.problemList()->count(), 0);
    QVERIFY(editor.saveButton()->isEnabled());
    QSignalSpy saved(&editor, &RosterEditor::saved);
    editor.saveButton()->click();
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toInt(), 3);
    const QList<RosterSeat> expected{{QStringLiteral("王芳"), 1}, {QStringLiteral("韩梅梅"), 5}, {QStringLiteral("李雷"), 6}};
    QCOMPARE(m_book->snapshot().rosters.value(c.code), expected);
    QCOMPARE(editor.model()->rowCount(), 3); // back to the stored roster
    QVERIFY(!editor.model()->isPreview());
}

void TestCourseViews::rosterExport()
{
    Course c = course(QStringLiteral("EX1"), QStringLiteral("t"), QString());
    QVERIFY(!write([c](LessonStore &s) mutable {
        if (CloudError e = s.saveCourse(&c))
            return e;
        return s.replaceRoster(c.code, {{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}});
    }));
    RosterEditor editor(m_book.get(), c.code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(editor.exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("owner,seat\na,1\nb,2\n"));
}

void TestCourseViews::gridAddsMergesAndRemoves()
{
    Course c = course(QStringLiteral("PY2"), QStringLiteral("zhao.lei"), QStringLiteral("A101"));
    QVERIFY(!write([c](LessonStore &s) mutable {
        if (CloudError e = s.saveClassroom(Classroom{QStringLiteral("A101"), 30}))
            return e;
        return s.saveCourse(&c);
    }));
    TimetableView view(m_book.get());
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDate monday = nextMonday();
    view.showWeek(monday);
    view.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("A101"));
    view.setCourseToAdd(c.code);
    view.setRepeat(Recurrence::Weekly, monday.addDays(27));
    TimetableGridModel *model = view.model();
    QCOMPARE(model->monday(), monday);
    QCOMPARE(model->rowCount(), 21); // the default periods, 06:00–20:00 in 40 minutes
    QTableView *grid = view.grid();

    // A click on Monday's period 4 (08:00–08:40).
    const QModelIndex p4 = model->index(3, 0);
    grid->scrollTo(p4);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(p4).center());
    QCOMPARE(model->data(p4, TimetableGridModel::PendingRole).toString(), c.code);
    // A drag over periods 5 and 6 (as a selection), confirmed from the keyboard.
    grid->selectionModel()->select(QItemSelection(model->index(4, 0), model->index(5, 0)), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(model->data(model->index(5, 0), TimetableGridModel::PendingRole).toString(), c.code);
    // Adjacent cells are one lesson: 08:00–10:00, weekly.
    TimetableGridModel::Plan plan = view.plan();
    QCOMPARE(plan.lessons.size(), 1);
    QCOMPARE(plan.lessons.first().start, at(monday, 8, 0));
    QCOMPARE(plan.lessons.first().end, at(monday, 10, 0));
    QCOMPARE(plan.lessons.first().recurrence, Recurrence::Weekly);
    QCOMPARE(plan.lessons.first().until, monday.addDays(27));
    QCOMPARE(plan.lessons.first().startPeriod, QStringLiteral("4"));
    QCOMPARE(plan.lessons.first().endPeriod, QStringLiteral("6"));
    // A click on a picked cell unpicks it; another puts it back.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(p4).center());
    QVERIFY(model->data(p4, TimetableGridModel::PendingRole).toString().isEmpty());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(p4).center());

    QSignalSpy checked(&view, &TimetableView::checked);
    QVERIFY(checked.wait());
    QCOMPARE(checked.last().first().toInt(), 0);
    QTRY_VERIFY(view.saveButton()->isEnabled());
    QSignalSpy saved(&view, &TimetableView::saved);
    view.saveButton()->click();
    QVERIFY(saved.wait());
    QList<Lesson> lessons = m_book->snapshot().lessons;
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.first().start, at(monday, 8, 0));
    QCOMPARE(lessons.first().end, at(monday, 10, 0));
    QCOMPARE(model->data(p4, TimetableGridModel::OccurrencesRole).toStringList(), QStringList{c.code});
    // The week after shows it too (weekly).
    view.showWeek(monday.addDays(7));
    QCOMPARE(model->data(p4, TimetableGridModel::OccurrencesRole).toStringList(), QStringList{c.code});

    // A cell next to the lesson extends it: one lesson 08:00–10:40, the old one replaced.
    const QModelIndex p7 = model->index(6, 0);
    view.pickCells({p7});
    plan = view.plan();
    QCOMPARE(plan.lessons.size(), 1);
    QCOMPARE(plan.merged, QStringList{lessons.first().id});
    QCOMPARE(plan.lessons.first().start, at(monday, 8, 0)); // the series' first day kept
    QCOMPARE(plan.lessons.first().end, at(monday, 10, 40));
    QCOMPARE(plan.lessons.first().until, monday.addDays(27));
    QVERIFY(checked.wait());
    QTRY_VERIFY(view.saveButton()->isEnabled());
    view.saveButton()->click();
    QVERIFY(saved.wait());
    lessons = m_book->snapshot().lessons;
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.first().end, at(monday, 10, 40));
    QCOMPARE(lessons.first().endPeriod, QStringLiteral("7"));

    // Delete removes it (marked first, shown struck out, then saved).
    grid->selectionModel()->select(model->index(5, 0), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(model->data(model->index(5, 0), TimetableGridModel::RemovedRole).toBool());
    QCOMPARE(view.plan().removedIds, QStringList{lessons.first().id});
    QVERIFY(checked.wait());
    QTRY_VERIFY(view.saveButton()->isEnabled());
    view.saveButton()->click();
    QVERIFY(saved.wait());
    QVERIFY(m_book->snapshot().lessons.isEmpty());
    QVERIFY(model->data(p4, TimetableGridModel::OccurrencesRole).toStringList().isEmpty());
}

void TestCourseViews::gridShowsConflictsBeforeSaving()
{
    // Two courses of one teacher in two classrooms, and a third course sharing a student.
    Course math = course(QStringLiteral("MATH"), QStringLiteral("sun.li"), QStringLiteral("A101"));
    Course phys = course(QStringLiteral("PHYS"), QStringLiteral("sun.li"), QStringLiteral("B202"));
    Course art = course(QStringLiteral("ART"), QStringLiteral("zhou.yu"), QStringLiteral("C303"));
    const QDate monday = nextMonday();
    QVERIFY(!write([=](LessonStore &s) mutable {
        for (const char *room : {"A101", "B202", "C303"})
            if (CloudError e = s.saveClassroom(Classroom{QString::fromLatin1(room), 30}))
                return e;
        for (Course *c : {&math, &phys, &art})
            if (CloudError e = s.saveCourse(c))
                return e;
        if (CloudError e = s.replaceRoster(math.code, {{QStringLiteral("stu.a"), 1}}))
            return e;
        if (CloudError e = s.replaceRoster(art.code, {{QStringLiteral("stu.a"), 1}}))
            return e;
        Lesson l;
        l.course = math.code;
        l.start = at(monday, 8, 0);
        l.end = at(monday, 8, 40);
        return s.addLesson(&l);
    }));
    TimetableView view(m_book.get());
    view.resize(1200, 900);
    view.show();
    view.showWeek(monday);
    view.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("B202"));
    view.setCourseToAdd(phys.code);
    view.setRepeat(Recurrence::Once);
    QSignalSpy checked(&view, &TimetableView::checked);
    view.pickCells({view.model()->index(3, 0)}); // Monday 08:00, while sun.li teaches MATH in A101
    QVERIFY(checked.wait());
    QCOMPARE(checked.last().first().toInt(), 1);
    QVERIFY(view.conflictList()->isVisible());
    QVERIFY2(view.conflictList()->item(0)->text().contains(QStringLiteral("teacher also teaches MATH")),
             qPrintable(view.conflictList()->item(0)->text()));
    QVERIFY(!view.model()->data(view.model()->index(3, 0), TimetableGridModel::ConflictRole).toString().isEmpty());
    QVERIFY(!view.saveButton()->isEnabled()); // shown before saving; saving needs "Save anyway"
    QVERIFY(view.forceBox()->isVisible());

    // The same classroom as MATH: ART in A101 at the same time clashes on the room and a student.
    view.discard();
    view.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("C303"));
    view.setCourseToAdd(art.code);
    view.pickCells({view.model()->index(3, 0)});
    QVERIFY(checked.wait());
    QCOMPARE(checked.last().first().toInt(), 1);
    QVERIFY2(view.conflictList()->item(0)->text().contains(QStringLiteral("student")), qPrintable(view.conflictList()->item(0)->text()));

    // Another period: no conflict, saves.
    view.discard();
    view.pickCells({view.model()->index(5, 0)});
    QVERIFY(checked.wait());
    QCOMPARE(checked.last().first().toInt(), 0);
    QVERIFY(!view.conflictList()->isVisible());
    QTRY_VERIFY(view.saveButton()->isEnabled());

    // Save anyway: the conflicting edit is written once confirmed.
    view.discard();
    view.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("B202"));
    view.setCourseToAdd(phys.code);
    view.pickCells({view.model()->index(3, 0)});
    QVERIFY(checked.wait());
    QVERIFY(!view.saveButton()->isEnabled());
    view.forceBox()->setChecked(true);
    QVERIFY(view.saveButton()->isEnabled());
    QSignalSpy saved(&view, &TimetableView::saved);
    view.saveButton()->click();
    QVERIFY(saved.wait());
    QCOMPARE(m_book->snapshot().lessons.size(), 2);
}

void TestCourseViews::periodsAreEditedInTheWindow()
{
    TimetableView view(m_book.get());
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 21);
    QVERIFY(view.periodsButton()->isEnabled());
    PeriodsDialog *dialog = view.editPeriods();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->table()->rowCount(), 21); // the default day
    QVERIFY(dialog->saveButton()->isEnabled());

    // An overlap is named and blocks Save; fixing it lets Save go again.
    QTableWidget *table = dialog->table();
    table->item(1, 0)->setData(Qt::EditRole, QTime(6, 30)); // period 2 starts inside period 1
    QVERIFY(!dialog->problems().isEmpty());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("overlap")));
    QVERIFY(!dialog->saveButton()->isEnabled());
    table->item(1, 1)->setData(Qt::EditRole, QTime(6, 20)); // ends before it starts
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("must end after it starts")));
    table->item(1, 0)->setData(Qt::EditRole, QTime(6, 40));
    table->item(1, 1)->setData(Qt::EditRole, QTime(7, 20));
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(dialog->saveButton()->isEnabled());

    // Nothing fits: the list stays; a whole day: 08:00–12:00 in 45 minutes with 10-minute breaks.
    dialog->generate(QTime(8, 0), QTime(8, 30), 45, 10);
    QCOMPARE(table->rowCount(), 21);
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("No 45-minute period fits")));
    dialog->generate(QTime(8, 0), QTime(12, 0), 45, 10);
    QCOMPARE(table->rowCount(), 4); // 08:00, 08:55, 09:50, 10:45 (11:40 would end after 12:00)
    QCOMPARE(dialog->periods().last().start, QTime(10, 45));
    QCOMPARE(dialog->periods().last().end, QTime(11, 30));
    dialog->addPeriod(); // the same length after the same break
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(dialog->periods().last().start, QTime(11, 40));
    QCOMPARE(dialog->periods().last().end, QTime(12, 25));
    table->selectRow(0);
    dialog->removeSelected();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(dialog->periods().first().start, QTime(8, 55));

    QSignalSpy saved(dialog, &PeriodsDialog::saved);
    dialog->save();
    QVERIFY(saved.wait());
    waitIdle();
    const QList<Period> stored = m_book->snapshot().periods;
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.first().name, QStringLiteral("1"));
    QCOMPARE(stored.first().start, QTime(8, 55));
    QCOMPARE(stored.last().end, QTime(12, 25));
    QTRY_COMPARE(view.model()->rowCount(), 4); // the grid follows the saved day

    // From a shell the same rule holds: generate is the core's.
    QCOMPARE(Timetable::generatePeriods(QTime(8, 0), QTime(12, 0), 45, 10).size(), 4);
    QVERIFY(Timetable::generatePeriods(QTime(8, 0), QTime(12, 0), 0, 10).isEmpty());
}

void TestCourseViews::calendarTermsHolidaysAndMakeupDays()
{
    CalendarView view(m_book.get());
    view.show();
    const QDate monday = nextMonday();
    view.addTerm(Term{QStringLiteral("Autumn"), monday, monday.addDays(90)});
    QTRY_COMPARE(view.termTable()->rowCount(), 1);
    view.addHoliday(Holiday{monday.addDays(7), monday.addDays(13), QStringLiteral("National Day")});
    QTRY_COMPARE(view.holidayTable()->rowCount(), 1);
    // The Saturday after the holiday week is taught as a Monday.
    const QDate saturday = monday.addDays(12);
    view.addMakeup(MakeupDay{saturday, 1, QStringLiteral("调休")});
    QTRY_COMPARE(view.makeupTable()->rowCount(), 1);
    waitIdle();
    const SchoolCalendar cal = m_book->snapshot().calendar;
    QCOMPARE(cal.terms.size(), 1);
    QVERIFY(cal.isHoliday(monday.addDays(8)));
    QVERIFY(!cal.isHoliday(saturday)); // a make-up day inside the holiday is a school day
    QCOMPARE(cal.teachingWeekday(saturday), 1);

    // The grid follows: a weekly Monday lesson falls on the make-up Saturday, not the holiday Monday.
    Course c = course(QStringLiteral("MK1"), QStringLiteral("t"), QStringLiteral("R1"));
    QVERIFY(!write([&](LessonStore &s) {
        if (CloudError e = s.saveClassroom(Classroom{QStringLiteral("R1"), 10}))
            return e;
        if (CloudError e = s.saveCourse(&c))
            return e;
        Lesson l;
        l.course = c.code;
        l.start = at(monday, 8, 0);
        l.end = at(monday, 8, 40);
        l.recurrence = Recurrence::Weekly;
        l.until = monday.addDays(60);
        return s.addLesson(&l);
    }));
    TimetableGridModel grid;
    grid.setSchool(m_book->snapshot());
    grid.setFilter(TimetableGridModel::Filter::Course, c.code);
    grid.setWeek(monday.addDays(7));
    QVERIFY(grid.data(grid.index(3, 0), TimetableGridModel::OccurrencesRole).toStringList().isEmpty());
    QCOMPARE(grid.data(grid.index(3, 5), TimetableGridModel::OccurrencesRole).toStringList(), QStringList{c.code});
    QVERIFY(grid.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().contains(QStringLiteral("holiday")));

    // Removing them again.
    view.makeupTable()->setCurrentCell(0, 0);
    view.removeSelected(view.makeupTable());
    QTRY_COMPARE(view.makeupTable()->rowCount(), 0);
    view.holidayTable()->setCurrentCell(0, 0);
    view.removeSelected(view.holidayTable());
    QTRY_COMPARE(view.holidayTable()->rowCount(), 0);
    view.termTable()->setCurrentCell(0, 0);
    view.removeSelected(view.termTable());
    QTRY_COMPARE(view.termTable()->rowCount(), 0);
    waitIdle();
    QVERIFY(m_book->snapshot().calendar.terms.isEmpty());
}

void TestCourseViews::aTermOfOneHundredCourses()
{
    // 100 courses of 30 students, 3 weekly lessons each over a 20-week term: what the views cost.
    const QDate monday = nextMonday();
    QVERIFY(!write([&](LessonStore &s) {
        if (CloudError e = s.addTerm(Term{QStringLiteral("T"), monday, monday.addDays(7 * 20)}))
            return e;
        QList<Lesson> lessons;
        for (int i = 0; i < 100; ++i) {
            const QString room = QStringLiteral("R%1").arg(i % 20);
            if (CloudError e = s.saveClassroom(Classroom{room, 40}))
                return e;
            Course c = course(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("teacher%1").arg(i % 40), room);
            if (CloudError e = s.saveCourse(&c))
                return e;
            QList<RosterSeat> roster;
            for (int k = 0; k < 30; ++k)
                roster << RosterSeat{QStringLiteral("s%1-%2").arg(i).arg(k), k + 1};
            if (CloudError e = s.replaceRoster(c.code, roster))
                return e;
            for (int k = 0; k < 3; ++k) {
                Lesson l;
                l.course = c.code;
                const QDate day = monday.addDays((i + k * 2) % 5);
                const int hour = 8 + (i / 5) % 10;
                l.start = at(day, hour, 0);
                l.end = at(day, hour, 40);
                l.recurrence = Recurrence::Weekly;
                l.until = monday.addDays(7 * 20);
                lessons << l;
            }
        }
        return s.addLessons(&lessons);
    }));
    QElapsedTimer t;
    t.start();
    m_book->reload();
    waitIdle();
    const qint64 load = t.elapsed();
    QCOMPARE(m_book->snapshot().courses.size(), 100);

    CoursesView courses(m_book.get());
    t.restart();
    courses.model()->setSnapshot(m_book->snapshot());
    TimetableGridModel grid;
    grid.setSchool(m_book->snapshot());
    grid.setFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("R3"));
    grid.setWeek(monday.addDays(21));
    const qint64 gui = t.elapsed(); // GUI-thread work on a change

    CloudCapacity cloud;
    cloud.flavors << Flavor{QStringLiteral("f1"), QStringLiteral("m1.small"), 1, 2048, 20, 0, true, {}};
    t.restart();
    const CapacityVerdict v = CourseCheck::auditCourse(*m_book->snapshot().course(QStringLiteral("C050")), 30, m_book->snapshot(),
                                                       cloud, at(monday, 0, 0));
    const qint64 audit = t.elapsed();
    QVERIFY(v.fits);
    QVERIFY(v.peak.instances >= 31);

    TimetableView view(m_book.get());
    view.showWeek(monday);
    view.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("R3"));
    view.setCourseToAdd(QStringLiteral("C003"));
    QSignalSpy checked(&view, &TimetableView::checked);
    t.restart();
    view.pickCells({view.model()->index(20, 6)});
    const qint64 pick = t.elapsed();
    QVERIFY(checked.wait(60000));
    const qint64 check = t.elapsed();
    qInfo("100 courses, 3,000 seats, 300 weekly lessons over 20 weeks: load (worker) %lld ms, course table + week grid "
          "(GUI thread) %lld ms, course audit (worker) %lld ms, a pick (GUI thread) %lld ms, conflict check done after %lld ms",
          load, gui, audit, pick, check);
}

void TestCourseViews::screenshots()
{
    const QString out = qEnvironmentVariable("PHOENIX_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("PHOENIX_SCREENSHOT_DIR is not set");
    const QString lang = qEnvironmentVariable("PHOENIX_SCREENSHOT_LANG", QStringLiteral("en"));
    Translation::apply(lang); // the views are built below, in that language
    const QDate monday = nextMonday();
    QVERIFY(!write([&](LessonStore &s) {
        for (const Classroom &r : {Classroom{QStringLiteral("A101"), 40}, Classroom{QStringLiteral("B202"), 30},
                                   Classroom{QStringLiteral("C303"), 24}})
            if (CloudError e = s.saveClassroom(r))
                return e;
        struct C { const char16_t *code, *name, *teacher, *room; int students; EndPolicy policy; };
        const C list[] = {{u"PY101", u"Python 入门", u"zhang.wei", u"A101", 36, EndPolicy::Suspend},
                          {u"NET201", u"Computer networks", u"li.na", u"B202", 28, EndPolicy::Shelve},
                          {u"DB210", u"Databases", u"li.na", u"A101", 30, EndPolicy::Suspend},
                          {u"ART110", u"Digital art", u"wang.fang", u"C303", 20, EndPolicy::Stop},
                          {u"LNX150", u"Linux basics", u"zhang.wei", u"B202", 25, EndPolicy::Delete}};
        QList<Lesson> lessons;
        int n = 0;
        for (const C &x : list) {
            Course c = course(QString::fromUtf16(x.code), QString::fromUtf16(x.teacher), QString::fromUtf16(x.room));
            c.name = QString::fromUtf16(x.name);
            c.capacity = 40;
            c.policy = x.policy;
            c.from = monday.addDays(-21);
            c.to = monday.addDays(7 * 16);
            if (CloudError e = s.saveCourse(&c))
                return e;
            QList<RosterSeat> roster;
            for (int k = 0; k < x.students; ++k)
                roster << RosterSeat{QStringLiteral("%1.s%2").arg(c.code.toLower()).arg(k + 1, 2, 10, QLatin1Char('0')), k + 1};
            if (CloudError e = s.replaceRoster(c.code, roster))
                return e;
            for (int k = 0; k < 2; ++k) {
                Lesson l;
                l.course = c.code;
                const QDate day = monday.addDays(-21 + (n + k * 2) % 5);
                const int hour = 8 + (n * 3 + k) % 6;
                l.start = at(day, hour, 0);
                l.end = at(day, hour, 40).addSecs(40 * 60);
                l.recurrence = Recurrence::Weekly;
                l.until = c.to;
                lessons << l;
            }
            ++n;
        }
        if (CloudError e = s.addLessons(&lessons))
            return e;
        if (CloudError e = s.addTerm(Term{QStringLiteral("Autumn term"), monday.addDays(-21), monday.addDays(7 * 16)}))
            return e;
        if (CloudError e = s.addHoliday(Holiday{monday.addDays(3), monday.addDays(4), QStringLiteral("National Day")}))
            return e;
        return s.addMakeup(MakeupDay{monday.addDays(5), 4, QStringLiteral("调休")});
    }));
    auto save = [&](QWidget *w, const char *name) {
        const QString path = QStringLiteral("%1/%2-%3.png").arg(out, lang, QString::fromLatin1(name));
        QVERIFY2(w->grab().save(path), qPrintable(path));
        qInfo("%s", qPrintable(path));
    };
    CoursesView courses(m_book.get());
    courses.resize(1280, 520);
    courses.show();
    QVERIFY(QTest::qWaitForWindowExposed(&courses));
    courses.selectCourse(QStringLiteral("PY101"));
    courses.table()->resizeColumnsToContents();
    save(&courses, "courses");

    CloudCapacity cloud;
    cloud.flavors << Flavor{QStringLiteral("f1"), QStringLiteral("m1.small"), 2, 4096, 20, 0, true, {}};
    cloud.limits.maxInstances = 60;
    cloud.limits.maxCores = 200;
    cloud.limits.maxRamMb = 200 * 1024;
    CourseEditor editor(m_book.get(), nullptr, [cloud] { return cloud; });
    editor.setCourse(*m_book->snapshot().course(QStringLiteral("DB210")), false);
    child<QSpinBox>(&editor, "capacity")->setValue(40);
    editor.show();
    QSignalSpy audited(&editor, &CourseEditor::auditFinished);
    editor.auditNow();
    QVERIFY(audited.wait());
    save(&editor, "course-editor");

    RosterEditor roster(m_book.get(), QStringLiteral("ART110"));
    roster.resize(760, 520);
    roster.show();
    roster.previewBytes(RosterCsv::encodeGbk(QStringLiteral("用户名,座位\r\nart.s01,1\r\nart.s02,2\r\nart.s03,二\r\nart.s04,4\r\n"
                                                            "art.s02,5\r\nart.s06,31\r\nart.s07,\r\n")),
                        QStringLiteral("ART110-名单.csv"));
    save(&roster, "roster-import");

    TimetableView timetable(m_book.get());
    timetable.resize(1280, 760);
    timetable.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timetable));
    timetable.showWeek(monday);
    timetable.showFilter(TimetableGridModel::Filter::Classroom, QStringLiteral("A101"));
    timetable.setCourseToAdd(QStringLiteral("PY101"));
    QSignalSpy checked(&timetable, &TimetableView::checked);
    timetable.pickCells({timetable.model()->index(4, 0), timetable.model()->index(5, 0)});
    QVERIFY(checked.wait());
    timetable.grid()->scrollTo(timetable.model()->index(3, 0), QAbstractItemView::PositionAtTop);
    save(&timetable, "timetable");

    CalendarView calendar(m_book.get());
    calendar.resize(1280, 420);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    save(&calendar, "calendar");
}

int main(int argc, char **argv)
{
    // tst_courseviews_xvfb: the same tests on the X server when there is one (CI's Xvfb).
    if (qEnvironmentVariableIsSet("PHOENIX_TEST_XCB")) {
        if (!qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "xcb");
        else
            qInfo("no DISPLAY: running offscreen");
    }
    QApplication app(argc, argv);
    qRegisterMetaType<CapacityVerdict>();
    TestCourseViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_courseviews.moc"
