#include "ui/bannerwidget.h"
#include "models/items/batchlistmodel.h"
#include "demowindow.h"
#include "ui/hostsview.h"
#include "ui/desktopactions.h"
#include "models/items/desktoptablemodel.h"
#include "models/engine/taskengine.h"
#include "ui/welcomepage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>

#include "ui/settingsdialog.h"
#include "models/items/tableexport.h"
#include "models/engine/taskengine.h"
#include "models/settings/translation.h"

// Translates every MainWindow/DesktopViews string into a marked form, so that the test sees
// whether the window really re-reads its texts on QEvent::LanguageChange.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray ctx(context);
        if (ctx == "MainWindow" || ctx == "DesktopViews" || ctx == "DesktopPolicy")
            return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeWithoutConnection();
    void languageChangeRetranslates();
    void iconOnlyControlsHaveNamesAndTips();
    void demoConnectionFillsTablesAndStatus();
    void actionsFollowSelectionAndState();
    void refreshKeepsSelectionWithoutReset();
    void memberSeesOnlyOwnDesktops();
    void filtersNarrowEveryTab();
    void settingsApplyAtRuntime();
    void csvExportMatchesTheScreen();
};

void TestMainWindow::welcomeWithoutConnection()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.window.get()));
    QCOMPARE(d.window->tabs()->count(), int(MainWindow::TabCount) + 2); // + Users (issue 13) and Hosts (issue 16), after the enum's tabs
    QCOMPARE(d.window->tabs()->tabText(MainWindow::TeachersTab), QStringLiteral("Teacher desktops"));
    auto *welcome = d.window->findChild<WelcomePage *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(!d.window->tabs()->isVisible());
    QCOMPARE(d.window->connectionLabel()->text(), QStringLiteral("Not connected"));
    // every desktop command is disabled without a cloud
    for (int c = 0; c < int(DesktopCommand::ActionCount); ++c)
        QVERIFY(!d.window->desktopActions()->action(DesktopCommand(c))->isEnabled());
}

void TestMainWindow::languageChangeRetranslates()
{
    DemoWindow d;
    d.window->show();
    const QString before = d.window->tabs()->tabText(MainWindow::StudentsTab);
    QCOMPARE(before, QStringLiteral("Student desktops"));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    // LanguageChange is posted: the window retranslates when it arrives
    QTRY_COMPARE(d.window->tabs()->tabText(MainWindow::StudentsTab), QStringLiteral("⟦Student desktops⟧"));
    QCOMPARE(d.window->tabs()->tabText(MainWindow::ImagesTab), QStringLiteral("⟦Images && flavors⟧"));
    QCOMPARE(d.window->menuBar()->actions().first()->text(), QStringLiteral("⟦&Cloud⟧"));
    QCOMPARE(d.window->desktopActions()->action(DesktopCommand::Resume)->text(), QStringLiteral("⟦&Resume⟧"));
    QVERIFY(d.window->desktops()->quickFilter()->placeholderText().startsWith(QStringLiteral("⟦")));
    QCOMPARE(d.window->connectionLabel()->text(), QStringLiteral("⟦Not connected⟧"));
    QCOMPARE(d.window->desktops()->model()->headerData(DesktopTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name")); // other contexts keep their language
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(d.window->tabs()->tabText(MainWindow::StudentsTab), before);
}

void TestMainWindow::iconOnlyControlsHaveNamesAndTips()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.window.get()));
    const auto toolbars = d.window->findChildren<QToolBar *>();
    QVERIFY(!toolbars.isEmpty());
    int buttons = 0;
    for (QToolBar *bar : toolbars) {
        for (QToolButton *b : bar->findChildren<QToolButton *>()) {
            if (!b->defaultAction() || !b->isVisible())
                continue;
            ++buttons;
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->defaultAction()->objectName()));
            QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->defaultAction()->objectName()));
        }
    }
    QVERIFY(buttons >= 10);
    auto *status = d.window->findChild<QToolButton *>(QStringLiteral("statusRefresh"));
    QVERIFY(status);
    QVERIFY(!status->toolTip().isEmpty());
    QCOMPARE(status->accessibleName(), QStringLiteral("Refresh now"));
    QVERIFY(!d.window->desktops()->quickFilter()->accessibleName().isEmpty());
    for (int c = 0; c < int(DesktopCommand::ActionCount); ++c) {
        QAction *a = d.window->desktopActions()->action(DesktopCommand(c));
        QVERIFY2(!a->toolTip().isEmpty() && !a->text().isEmpty(), qPrintable(a->objectName()));
    }
}

void TestMainWindow::demoConnectionFillsTablesAndStatus()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QVERIFY(d.window->tabs()->isVisible());
    QVERIFY(d.window->demoBanner()->isVisible());
    QVERIFY(d.window->demoBanner()->text().contains(QStringLiteral("Demo cloud")));
    QTRY_VERIFY(d.tab(DesktopViews::Students)->proxy()->rowCount() > 10);
    QVERIFY(d.tab(DesktopViews::Teachers)->proxy()->rowCount() >= 3);
    QVERIFY(d.tab(DesktopViews::Others)->proxy()->rowCount() >= 1);
    const int total = d.window->desktops()->model()->rowCount();
    QCOMPARE(total, int(d.connection()->inventory()->servers().size()));
    QTRY_VERIFY(d.window->connectionLabel()->text().contains(QStringLiteral("Demo cloud")));
    QTRY_VERIFY(d.window->ageLabel()->text().startsWith(QStringLiteral("Updated")));
    QCOMPARE(d.window->windowTitle(), QStringLiteral("Phoenix — Demo cloud"));
    // image names come from Glance
    auto named = [&d, total] {
        for (int r = 0; r < total; ++r) {
            const Server &s = d.window->desktops()->model()->serverAt(r);
            if (!s.imageId.isEmpty() && d.window->desktops()->model()->index(r, DesktopTableModel::Image).data().toString() != s.imageId)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(named());
}

void TestMainWindow::actionsFollowSelectionAndState()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::StudentsTab);
    DesktopActions *actions = d.window->desktopActions();
    auto is = [](const char *status) { return [status](const Server &s) { return s.status == QLatin1String(status) && s.taskState.isEmpty(); }; };

    QCOMPARE(d.select(DesktopViews::Students, is("SUSPENDED"), 2), 2);
    QTRY_VERIFY(actions->action(DesktopCommand::Resume)->isEnabled());
    QVERIFY(!actions->action(DesktopCommand::Suspend)->isEnabled());
    QVERIFY(!actions->action(DesktopCommand::Start)->isEnabled());
    QVERIFY(!actions->action(DesktopCommand::OpenConsole)->isEnabled()); // console only for one running desktop
    QVERIFY(actions->action(DesktopCommand::Delete)->isEnabled());
    QVERIFY(actions->action(DesktopCommand::ForceDelete)->isVisible()); // admin

    QCOMPARE(d.select(DesktopViews::Students, is("ACTIVE"), 1), 1);
    QTRY_VERIFY(actions->action(DesktopCommand::Suspend)->isEnabled());
    QVERIFY(actions->action(DesktopCommand::RebootSoft)->isEnabled());
    QVERIFY(!actions->action(DesktopCommand::Resume)->isEnabled());
    QVERIFY(actions->action(DesktopCommand::OpenConsole)->isEnabled());

    // a mixed selection: the command runs on the eligible part and says so
    d.tab(DesktopViews::Students)->view()->clearSelection();
    int suspended = 0;
    int active = 0;
    d.select(DesktopViews::Students, [&](const Server &s) {
        if (s.taskState.isEmpty() && s.status == QLatin1String("SUSPENDED") && suspended < 2) {
            ++suspended;
            return true;
        }
        if (s.taskState.isEmpty() && s.status == QLatin1String("ACTIVE") && active < 1) {
            ++active;
            return true;
        }
        return false;
    });
    QTRY_COMPARE(actions->action(DesktopCommand::Resume)->text(), QStringLiteral("&Resume (2 of 3)"));
    QCOMPARE(actions->selection().size(), 3);
}

void TestMainWindow::refreshKeepsSelectionWithoutReset()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    DesktopTab *tab = d.tab(DesktopViews::Students);
    QAbstractItemModelTester tester(d.window->desktops()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(d.select(DesktopViews::Students, [](const Server &s) { return s.name.endsWith(QStringLiteral("stu03")); }, 1), 1);
    const QList<int> before = tab->selectedSourceRows();
    QCOMPARE(before.size(), 1);
    const QString id = d.window->desktops()->model()->serverAt(before.first()).id;

    QSignalSpy reset(d.window->desktops()->model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy proxyReset(tab->proxy(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy refreshed(d.connection()->inventory(), &Inventory::refreshed);
    d.window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(refreshed.wait(20000)); // and an incremental poll after it
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxyReset.size(), 0);
    const QList<int> after = tab->selectedSourceRows();
    QCOMPARE(after.size(), 1);
    QCOMPARE(d.window->desktops()->model()->serverAt(after.first()).id, id);
}

void TestMainWindow::memberSeesOnlyOwnDesktops()
{
    DemoWindow d;
    d.window->show();
    const QString teacher = d.demo.school().teachers.first();
    QVERIFY(d.open(teacher));
    QTRY_VERIFY(!d.window->tabs()->isTabVisible(MainWindow::OthersTab));
    QVERIFY(!d.window->tabs()->isTabVisible(MainWindow::ImagesTab));
    QVERIFY(!d.window->tabs()->isTabVisible(MainWindow::NetworkTab));
    QVERIFY(!d.window->tabs()->isTabVisible(MainWindow::AuditTab));
    QVERIFY(!d.window->tabs()->isTabVisible(d.window->tabs()->indexOf(d.window->hostsView()))); // administrators only
    QVERIFY(d.window->tabs()->isTabVisible(MainWindow::TasksTab));
    QVERIFY(!d.window->newDesktopsAction()->isVisible());
    QVERIFY(!d.window->desktopActions()->action(DesktopCommand::ForceDelete)->isVisible());

    DesktopFilterProxy *teachers = d.tab(DesktopViews::Teachers)->proxy();
    DesktopFilterProxy *students = d.tab(DesktopViews::Students)->proxy();
    QTRY_VERIFY(teachers->rowCount() >= 1);
    QSet<QString> courses;
    for (int r = 0; r < teachers->rowCount(); ++r) {
        const Server &s = d.window->desktops()->model()->serverAt(teachers->mapToSource(teachers->index(r, 0)).row());
        QCOMPARE(s.meta(PhoenixMeta::Owner), teacher);
        courses.insert(s.meta(PhoenixMeta::Course));
    }
    // The seeded teachers have personal (static) desktops and no course desktops of their own, so
    // a teacher sees no student desktop here (the courses they teach come with the course store).
    for (int r = 0; r < students->rowCount(); ++r) {
        const Server &s = d.window->desktops()->model()->serverAt(students->mapToSource(students->index(r, 0)).row());
        QVERIFY2(courses.contains(s.meta(PhoenixMeta::Course)) || s.meta(PhoenixMeta::Owner) == teacher, qPrintable(s.name));
    }
    QVERIFY(d.window->desktops()->model()->rowCount() > teachers->rowCount() + students->rowCount());
    // nothing selectable of anybody else: select all in the teacher tab, every command stays within own desktops
    d.window->showTab(MainWindow::TeachersTab);
    d.tab(DesktopViews::Teachers)->view()->selectAll();
    QTRY_COMPARE(d.window->desktopActions()->selection().size(), teachers->rowCount());
    QVERIFY(d.window->findChild<QLabel *>(QStringLiteral("userStatus"))->text().contains(QStringLiteral("member")));
}

void TestMainWindow::filtersNarrowEveryTab()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    DesktopFilterProxy *students = d.tab(DesktopViews::Students)->proxy();
    QTRY_VERIFY(students->rowCount() > 10);
    const int all = students->rowCount();
    const QString course = d.demo.school().courses.first().code;
    QTest::keyClicks(d.window->desktops()->quickFilter(), course);
    QTRY_VERIFY(students->rowCount() < all);
    for (int r = 0; r < students->rowCount(); ++r)
        QCOMPARE(students->index(r, DesktopTableModel::Course).data().toString(), course);
    // Escape in the filter box clears it
    d.window->desktops()->quickFilter()->setFocus();
    QTest::keyClick(d.window->desktops()->quickFilter(), Qt::Key_Escape);
    QTRY_COMPARE(students->rowCount(), all);
    auto *state = d.window->desktops()->filterBar()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(state);
    state->setCurrentIndex(state->findData(int(DesktopState::Suspended)));
    QVERIFY(students->rowCount() > 0 && students->rowCount() < all);
    for (int r = 0; r < students->rowCount(); ++r)
        QCOMPARE(students->index(r, DesktopTableModel::State).data(DesktopTableModel::StateKindRole).toInt(),
                 int(DesktopState::Suspended));
}

void TestMainWindow::settingsApplyAtRuntime()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    // the app switches the language when the settings say so (phoenix_main.cpp does the same)
    connect(d.window.get(), &MainWindow::settingsApplied, this, [&d](bool languageChanged) {
        if (languageChanged)
            Translation::apply(d.settings.language());
    });
    QSignalSpy applied(d.window.get(), &MainWindow::settingsApplied);
    d.window->openSettings();
    auto *dialog = qobject_cast<SettingsDialog *>(d.window->lastDialog());
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(3);
    dialog->findChild<QSpinBox *>(QStringLiteral("detectPort"))->setValue(5900);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().first().toBool(), true);
    QCOMPARE(d.settings.language(), QStringLiteral("zh_CN"));
    QCOMPARE(d.settings.taskConcurrency(), 3);
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // the real translation, switched while the window is open
    QTRY_COMPARE(d.window->tabs()->tabText(MainWindow::StudentsTab), QStringLiteral("学生桌面"));
    QTRY_COMPARE(d.window->desktopActions()->action(DesktopCommand::Suspend)->text().left(2), QStringLiteral("挂起"));
    // the running connection takes the new engine settings at once
    QCOMPARE(d.connection()->engine()->settings().concurrency, 3);
    QCOMPARE(d.connection()->engine()->settings().detectPort, 5900);
    Translation::apply(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QTRY_COMPARE(d.window->tabs()->tabText(MainWindow::StudentsTab), QStringLiteral("Student desktops"));
}

void TestMainWindow::csvExportMatchesTheScreen()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    DesktopTab *tab = d.tab(DesktopViews::Teachers);
    QTRY_VERIFY(tab->proxy()->rowCount() >= 3);
    const QList<int> columns = tab->visibleColumns();
    QVERIFY(!columns.contains(DesktopTableModel::Flavor)); // hidden by default on this tab
    const QString csv = TableExport::toCsv(tab->proxy(), columns);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), tab->proxy()->rowCount() + 1);
    QStringList header;
    for (int c : columns)
        header << DesktopTableModel::columnName(DesktopTableModel::Column(c));
    QCOMPARE(lines.first(), header.join(QLatin1Char(',')));
    QVERIFY(lines.at(1).startsWith(tab->proxy()->index(0, DesktopTableModel::Name).data().toString() + QLatin1Char(',')));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QCOMPARE(TableExport::writeFile(path, csv), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF")); // BOM for spreadsheet programs
    QCOMPARE(TableExport::quote(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
