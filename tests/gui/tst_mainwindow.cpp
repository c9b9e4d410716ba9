#include "mainwindow.h"

#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithDesktopTabs();
};

void TestMainWindow::opensWithDesktopTabs()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.tabs()->count(), 3);
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Teacher desktops"));
    QVERIFY(!w.windowTitle().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
