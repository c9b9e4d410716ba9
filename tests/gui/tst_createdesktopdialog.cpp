#include "models/session/cloudcatalog.h"
#include "ui/createdesktopdialog.h"
#include "models/items/desktoptablemodel.h"
#include "demowindow.h"
#include "models/engine/taskengine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

class TestCreateDesktopDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewNamesAndSkipsExisting();
    void rosterProblemsWithLineNumbers();
    void quotaAfterCreation();
    void createsTheBatch();
    void courseListNamesAndEmptyCourseWarning();

private:
    static bool catalogLoaded(DemoWindow &d);
};

bool TestCreateDesktopDialog::catalogLoaded(DemoWindow &d)
{
    CloudCatalog *c = d.connection()->catalog();
    return !c->images().isEmpty() && !c->flavors().isEmpty() && !c->networks().isEmpty() && c->hasLimits();
}

void TestCreateDesktopDialog::previewNamesAndSkipsExisting()
{
    DemoWindow d;
    QVERIFY(d.open());
    QTRY_VERIFY(catalogLoaded(d));
    const DemoCourse course = d.demo.school().courses.first();
    const int seats = int(course.students.size());
    CreateDesktopDialog dialog(d.connection(), d.connection()->inventory()->servers());
    dialog.setCourse(course.code);
    dialog.setTemplate(QStringLiteral("{course}-stu{seat:02}"));
    dialog.setCount(3);
    dialog.findChild<QSpinBox *>(QStringLiteral("firstSeat"))->setValue(seats - 1);
    dialog.updatePreview();

    QTableWidget *preview = dialog.preview();
    QCOMPARE(preview->rowCount(), 3);
    auto name = [seats, &course](int seat) { return QStringLiteral("%1-stu%2").arg(course.code).arg(seat, 2, 10, QLatin1Char('0')); };
    QCOMPARE(preview->item(0, 0)->text(), name(seats - 1));
    QCOMPARE(preview->item(1, 0)->text(), name(seats));
    QCOMPARE(preview->item(2, 0)->text(), name(seats + 1));
    QVERIFY(preview->item(0, 3)->text().startsWith(QStringLiteral("Skip")));
    QVERIFY(preview->item(1, 3)->text().startsWith(QStringLiteral("Skip")));
    QCOMPARE(preview->item(2, 3)->text(), QStringLiteral("Create"));
    QCOMPARE(dialog.plan().count(PlannedDesktop::Outcome::SkipExists), 2);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text(),
             QStringLiteral("1 desktop(s) will be created, 2 skipped because they exist already."));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Create 1 desktop(s)"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    // every row already exists: nothing to create, the button says so and is off
    dialog.setCount(2);
    dialog.updatePreview();
    QCOMPARE(dialog.plan().count(PlannedDesktop::Outcome::Create), 0);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestCreateDesktopDialog::rosterProblemsWithLineNumbers()
{
    DemoWindow d;
    QVERIFY(d.open());
    QTRY_VERIFY(catalogLoaded(d));
    CreateDesktopDialog dialog(d.connection(), d.connection()->inventory()->servers());
    dialog.setCourse(QStringLiteral("art-01"));
    dialog.setRoster(QStringLiteral("owner,seat\nli.lei,1\n,2\nhan.meimei,x\nwang.wu,1\n"));
    dialog.updatePreview();
    QCOMPARE(dialog.preview()->rowCount(), 1);
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("art-01-01-li.lei"));
    const QString problems = dialog.problemsText();
    QVERIFY2(problems.contains(QStringLiteral("Line 3")), qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("Line 4")));
    QVERIFY(problems.contains(QStringLiteral("Line 5")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("rosterProblems"))->isVisibleTo(&dialog));

    dialog.setTemplate(QStringLiteral("{course}-{bogus}"));
    dialog.updatePreview();
    QVERIFY(dialog.problemsText().contains(QStringLiteral("{bogus}")));
    QCOMPARE(dialog.preview()->rowCount(), 0);
}

void TestCreateDesktopDialog::quotaAfterCreation()
{
    DemoWindow d;
    QVERIFY(d.open());
    QTRY_VERIFY(catalogLoaded(d));
    const ComputeLimits limits = d.connection()->catalog()->limits();
    CreateDesktopDialog dialog(d.connection(), d.connection()->inventory()->servers());
    dialog.setCourse(QStringLiteral("art-02"));
    dialog.setCount(2);
    dialog.updatePreview();
    QTRY_VERIFY(dialog.quotaText().contains(QStringLiteral("Quota after creation")));
    QVERIFY2(dialog.quotaText().contains(QStringLiteral("Desktops: %1 in use + 2 new").arg(limits.usedInstances)),
             qPrintable(dialog.quotaText()));

    // more than the project may have: refused before anything is sent
    if (limits.maxInstances > 0) {
        dialog.setCount(qMin(500, limits.maxInstances - limits.usedInstances + 1));
        dialog.updatePreview();
        QVERIFY(dialog.quotaText().contains(QStringLiteral("does not fit")));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
}

void TestCreateDesktopDialog::createsTheBatch()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QTRY_VERIFY(catalogLoaded(d));
    auto *dialog = new CreateDesktopDialog(d.connection(), d.connection()->inventory()->servers(), d.window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCourse(QStringLiteral("gui-test"));
    dialog->setRoster(QStringLiteral("alice\nbob\n"));
    dialog->updatePreview();
    QSignalSpy submitted(dialog, &CreateDesktopDialog::batchSubmitted);
    QSignalSpy finished(d.connection()->engine(), &TaskEngine::batchFinished);
    dialog->open();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(submitted.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 60000);
    const auto batch = finished.first().first().value<BatchSnapshot>();
    QCOMPARE(batch.total, 2);
    QCOMPARE(batch.done, 2);
    // the new desktops carry their metadata and show up in the student tab
    QTRY_VERIFY_WITH_TIMEOUT(d.connection()->inventory()->serverByName(QStringLiteral("gui-test-02-bob")).has_value(), 20000);
    const Server bob = *d.connection()->inventory()->serverByName(QStringLiteral("gui-test-02-bob"));
    QCOMPARE(bob.meta(PhoenixMeta::Owner), QStringLiteral("bob"));
    QCOMPARE(bob.meta(PhoenixMeta::Course), QStringLiteral("gui-test"));
    QCOMPARE(bob.meta(PhoenixMeta::Role), QStringLiteral("student"));
    QTRY_VERIFY(d.window->desktops()->model()->rowOf(bob.id) >= 0);
}

// Issue 11: the course list showed codes only, an empty course with the default template proposed
// desktops named "01", "02" without a word, and a skipped row said "Skip: Exists already; skipped."
void TestCreateDesktopDialog::courseListNamesAndEmptyCourseWarning()
{
    DemoWindow d;
    QVERIFY(d.open());
    QTRY_VERIFY(catalogLoaded(d));
    const DemoCourse course = d.demo.school().courses.first();
    CreateDesktopDialog dialog(d.connection(), d.connection()->inventory()->servers());
    dialog.setCourseNames({{course.code, course.name}});
    auto *courses = dialog.findChild<QComboBox *>(QStringLiteral("course"));
    const int i = courses->findData(course.code);
    QVERIFY(i >= 0);
    QVERIFY2(courses->itemText(i).contains(course.name), qPrintable(courses->itemText(i)));
    QVERIFY2(courses->itemText(i).contains(QStringLiteral("desktop")), qPrintable(courses->itemText(i)));

    // no course, default template: the names would be bare seat numbers; the dialog says so
    dialog.setCount(2);
    dialog.updatePreview();
    QCOMPARE(dialog.courseCode(), QString());
    QVERIFY2(dialog.problemsText().contains(QStringLiteral("No course is chosen")), qPrintable(dialog.problemsText()));

    // a listed course: its code goes into the names, and the warning is gone
    dialog.setCourse(course.code);
    dialog.setTemplate(QStringLiteral("{course}-stu{seat:02}"));
    dialog.findChild<QSpinBox *>(QStringLiteral("firstSeat"))->setValue(1);
    dialog.updatePreview();
    QCOMPARE(dialog.courseCode(), course.code);
    QCOMPARE(dialog.request().course, course.code);
    QVERIFY(!dialog.problemsText().contains(QStringLiteral("No course is chosen")));
    const QString skip = dialog.preview()->item(0, 3)->text();
    QCOMPARE(skip, QStringLiteral("Skipped: exists already"));
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("%1-stu01").arg(course.code));
}

QTEST_MAIN(TestCreateDesktopDialog)
#include "tst_createdesktopdialog.moc"
