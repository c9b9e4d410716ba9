// Issue 11: the window's state as a new administrator meets it — signed in or not, loading or
// empty, sized to the screen, a tab strip that stays put, texts and dates that follow the language,
// the settings in force, status messages that fit, and sort arrows that point the right way.
#include "demowindow.h"
#include "ui/bannerwidget.h"
#include "ui/createdesktopdialog.h"
#include "ui/desktopactions.h"
#include "ui/phoenixstyle.h"
#include "ui/settingsdialog.h"
#include "ui/taskpanel.h"
#include "models/items/batchlistmodel.h"
#include "models/items/taskoutcome.h"
#include "models/engine/taskengine.h"
#include "ui/welcomepage.h"
#include "models/settings/translation.h"

#include <QAction>
#include <QCommonStyle>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

namespace
{
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QByteArray(context) == "MainWindow" ? QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(sourceText)) : QString();
    }
    bool isEmpty() const override { return false; }
};

// Records the sort indicator the header view hands the style.
class RecordingStyle : public QCommonStyle
{
public:
    mutable QList<QStyleOptionHeader::SortIndicator> seen;
    void drawPrimitive(PrimitiveElement pe, const QStyleOption *opt, QPainter *p, const QWidget *w) const override
    {
        if (pe == PE_IndicatorHeaderArrow)
            seen << qstyleoption_cast<const QStyleOptionHeader *>(opt)->sortIndicator;
        QCommonStyle::drawPrimitive(pe, opt, p, w);
    }
};
} // namespace

static QSize defaultSize(const QRect &available)
{
    return QSize(1280, 760).boundedTo(available.size() - QSize(16, 48));
}

class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPasswordShowsSignInNotTheTables();
    void loadingIsNotEmpty();
    void windowFitsTheScreenAndRemembersItsSize();
    void tabStripStaysPut();
    void textsAndDatesFollowTheLanguage();
    void settingsShowWhatIsInForce();
    void longStatusMessagesAreElided();
    void sortArrowPointsTheWayTheListRuns();
    void cancelledBatchIsNotAFailure();
    void journalErrorsReachTheBanner();
};

void TestWindowState::wrongPasswordShowsSignInNotTheTables()
{
    DemoWindow d;
    d.window->show();
    CloudConfig config = d.demo.cloudConfig(QStringLiteral("labadmin"));
    config.password = QStringLiteral("not-the-password");
    d.connections.open(SavedConnection{}, config, false, true);
    CloudConnection *c = d.connection();
    QVERIFY(c);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), CloudConnection::State::Failed, 20000);
    // the sign-in page, saying what is wrong in plain words, with the request ID
    QTRY_VERIFY(d.window->welcomePage()->isVisible());
    QVERIFY(!d.window->desktopArea()->isVisible());
    const QString status = d.window->welcomePage()->status();
    QVERIFY2(status.contains(QStringLiteral("user name or password is wrong")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Request ID")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("requires authentication")), qPrintable(status)); // not Keystone's English
    // nothing that needs a cloud is enabled
    QVERIFY(!d.window->hasSession());
    QVERIFY(!d.window->newDesktopsAction()->isEnabled());
    for (int a = 0; a < int(DesktopCommand::ActionCount); ++a)
        QVERIFY(!d.window->desktopActions()->action(DesktopCommand(a))->isEnabled());
    QVERIFY(!d.window->taskDock()->isVisible());
    QVERIFY(!d.window->ageLabel()->isVisible() || d.window->ageLabel()->text() != QStringLiteral("Loading…"));
    d.window->openCreateDialog();
    QVERIFY(!qobject_cast<CreateDesktopDialog *>(d.window->lastDialog()));

    // the right password: the tables, and the commands
    d.connections.open(SavedConnection{}, d.demo.cloudConfig(QStringLiteral("labadmin")), false, true);
    QTRY_VERIFY_WITH_TIMEOUT(d.window->hasSession(), 20000);
    QVERIFY(d.window->desktopArea()->isVisible());
    QVERIFY(d.window->newDesktopsAction()->isEnabled());
}

void TestWindowState::loadingIsNotEmpty()
{
    DemoWindow d;
    d.window->show();
    d.connections.open(SavedConnection{}, d.demo.cloudConfig(QStringLiteral("labadmin")), false, true);
    DesktopTab *students = d.tab(DesktopViews::Students);
    // the first listing has not come: the table says so, not "No student desktops"
    QCOMPARE(students->placeholderText(), QStringLiteral("Loading…"));
    QVERIFY(d.open());
    QTRY_VERIFY(students->placeholderText() != QStringLiteral("Loading…"));
    QVERIFY(students->placeholderText().startsWith(QStringLiteral("No student desktops")));
}

void TestWindowState::windowFitsTheScreenAndRemembersItsSize()
{
    DemoWindow d;
    QSize chosen;
    {
        MainWindow w(d.settings, &d.connections);
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(available.contains(w.geometry()), qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                                                   .arg(w.width()).arg(w.height())
                                                                   .arg(available.width()).arg(available.height())));
        QVERIFY(w.height() <= available.height() - 40); // room for a title bar
        chosen = QSize(qMin(640, available.width() - 60), qMin(420, available.height() - 80));
        w.resize(chosen);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.size() != defaultSize(available)); // a size of its own, not the default
        chosen = w.size(); // no smaller than the window's minimum
    } // the size is remembered even without a close event (quit)
    MainWindow again(d.settings, &d.connections);
    QCOMPARE(again.size(), chosen);
}

void TestWindowState::tabStripStaysPut()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QTabBar *bar = d.window->tabs()->tabBar();
    d.window->showTab(MainWindow::StudentsTab);
    QTRY_VERIFY(d.window->desktops()->filterBar()->isVisible());
    const int withFilter = bar->mapTo(d.window.get(), QPoint(0, 0)).y();
    d.window->showTab(MainWindow::ImagesTab);
    QTRY_VERIFY(!d.window->desktops()->filterBar()->isVisible());
    QCOMPARE(bar->mapTo(d.window.get(), QPoint(0, 0)).y(), withFilter);
    d.window->showTab(MainWindow::TeachersTab);
    QTRY_VERIFY(d.window->desktops()->filterBar()->isVisible()); // the filter bar follows the desktop tabs
    QCOMPARE(bar->mapTo(d.window.get(), QPoint(0, 0)).y(), withFilter);
}

void TestWindowState::textsAndDatesFollowTheLanguage()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QVERIFY(d.window->demoBanner()->isVisible());
    const QString before = d.window->demoBanner()->text();
    QVERIFY(before.contains(QStringLiteral("Demo cloud")));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    // the banner made before the switch is made again in the new language
    QTRY_VERIFY(d.window->demoBanner()->text().startsWith(QStringLiteral("⟦")));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(d.window->demoBanner()->text(), before);

    // the date editor of a dialog that is already open follows the language's date form
    d.window->openCreateDialog();
    auto *dialog = qobject_cast<CreateDesktopDialog *>(d.window->lastDialog());
    QVERIFY(dialog);
    auto *expires = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expires"));
    QVERIFY(expires);
    Translation::apply(QStringLiteral("zh_CN"));
    const QString chinese = QLocale(QStringLiteral("zh_CN")).dateTimeFormat(QLocale::ShortFormat);
    QTRY_COMPARE(expires->displayFormat(), chinese);
    QCOMPARE(d.window->locale(), QLocale(QStringLiteral("zh_CN")));
    Translation::apply(QStringLiteral("en"));
    QTRY_COMPARE(expires->displayFormat(), QLocale(QStringLiteral("en")).dateTimeFormat(QLocale::ShortFormat));
}

void TestWindowState::settingsShowWhatIsInForce()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    // what the window applies: the user's 300 s, which the demo connection shortens
    d.connection()->setEngineSettings(CloudConnection::engineSettings(d.settings));
    QCOMPARE(d.settings.detectTimeoutSeconds(), 300);
    QCOMPARE(d.connection()->engine()->settings().detectTimeoutSeconds, CloudConnection::DemoDetectTimeoutSeconds);
    d.window->openSettings();
    auto *dialog = qobject_cast<SettingsDialog *>(d.window->lastDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->detectTimeoutNote().contains(QStringLiteral("5 s")), qPrintable(dialog->detectTimeoutNote()));
    // the wrapped notes are no taller than their text (there was a gap under Database)
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    for (QLabel *note : dialog->findChildren<QLabel *>()) {
        if (note->wordWrap() && note->isVisible() && note->buddy() == nullptr && !note->text().isEmpty())
            QTRY_VERIFY2(note->height() <= note->heightForWidth(note->width()) + 2, qPrintable(note->text()));
    }
    // and applying the settings keeps the demo's timeout (it used to fall back to 300 s)
    dialog->save();
    QCOMPARE(d.connection()->engine()->settings().detectTimeoutSeconds, CloudConnection::DemoDetectTimeoutSeconds);
}

void TestWindowState::longStatusMessagesAreElided()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QVERIFY(QTest::qWaitForWindowExposed(d.window.get()));
    const QString longText = QStringLiteral("Could not load the images: ") + QString(QStringLiteral("very long detail ")).repeated(40);
    Q_EMIT d.window->desktopActions()->message(longText);
    QStatusBar *bar = d.window->statusBar();
    const QString shown = bar->currentMessage();
    QVERIFY(shown != longText);
    QVERIFY(shown.endsWith(QStringLiteral("…")));
    int permanent = 0;
    for (QWidget *w : {static_cast<QWidget *>(d.window->connectionLabel()), static_cast<QWidget *>(d.window->ageLabel())})
        permanent += w->isVisible() ? w->sizeHint().width() : 0;
    QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= bar->width() - permanent);
    QCOMPARE(bar->toolTip(), longText);
}

void TestWindowState::sortArrowPointsTheWayTheListRuns()
{
    QStandardItemModel model(3, 1);
    QHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    header.setSortIndicatorShown(true);
    header.resize(200, 30);
    auto *recording = new RecordingStyle;
    PhoenixStyle style(recording); // takes ownership of the base style
    header.setStyle(&style);
    header.setSortIndicator(0, Qt::DescendingOrder);
    header.grab();
    QVERIFY(!recording->seen.isEmpty());
    QCOMPARE(recording->seen.last(), QStyleOptionHeader::SortDown); // newest first: the arrow points down
    header.setSortIndicator(0, Qt::AscendingOrder);
    header.grab();
    QCOMPARE(recording->seen.last(), QStyleOptionHeader::SortUp);
}

void TestWindowState::cancelledBatchIsNotAFailure()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QList<Server> two;
    for (const Server &s : d.connection()->inventory()->servers()) {
        if (two.size() < 2 && s.status == QLatin1String("ACTIVE") && s.taskState.isEmpty()
            && s.meta(PhoenixMeta::Role) == QLatin1String("student"))
            two << s;
    }
    QCOMPARE(two.size(), 2);
    QSignalSpy finished(d.connection()->engine(), &TaskEngine::batchFinished);
    QList<TaskSpec> specs;
    for (const Server &s : two) {
        TaskSpec spec;
        spec.kind = TaskKind::Reboot;
        spec.serverId = s.id;
        spec.serverName = s.name;
        specs << spec;
    }
    // journaled but not started, then cancelled: nothing is sent, both end Cancelled
    const QString batchId = d.connection()->engine()->submitBatch(QStringLiteral("Reboot 2 desktops"), TaskKind::Reboot, specs, false);
    d.connection()->engine()->cancelBatch(batchId);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
    const auto batch = finished.last().first().value<BatchSnapshot>();
    QCOMPARE(batch.cancelled, 2);
    QCOMPARE(batch.failed, 0);
    const QModelIndex b = d.window->batchModel()->index(d.window->batchModel()->rowOf(batchId));
    QTRY_COMPARE(TaskOutcome::Kind(b.data(BatchListModel::OutcomeRole).toInt()), TaskOutcome::Cancelled);
    QCOMPARE(b.data(BatchListModel::FailedRole).toInt(), 0);
    d.window->taskPanel()->selectBatch(batchId);
    auto *retry = d.window->taskPanel()->findChild<QPushButton *>(QStringLiteral("retryFailed"));
    QVERIFY(retry);
    QVERIFY(!retry->isEnabled()); // nothing failed: nothing to retry
    // the desktops' rows do not say "failed"
    for (const Server &s : two) {
        const QModelIndex task = d.window->desktops()->model()->index(d.window->desktops()->model()->rowOf(s.id),
                                                                    DesktopTableModel::Task);
        QVERIFY(!task.data(DesktopTableModel::TaskFailedRole).toBool());
    }
}

void TestWindowState::journalErrorsReachTheBanner()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    QVERIFY(!d.window->banner()->isVisible());
    const QString message = QStringLiteral("The task journal cannot be reached: database is locked");
    // the engine reports from its own threads; the window shows it in the banner and the status bar
    QMetaObject::invokeMethod(d.connection()->engine(), [engine = d.connection()->engine(), message] {
        Q_EMIT engine->journalError(message);
    }, Qt::QueuedConnection);
    QTRY_VERIFY(d.window->banner()->isVisible());
    QCOMPARE(d.window->banner()->text(), message);
    QVERIFY(d.window->statusBar()->currentMessage().startsWith(QStringLiteral("The task journal")));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
