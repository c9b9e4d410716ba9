#include "mainwindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phoenix.svg")));
    m_tabs->setObjectName(QStringLiteral("desktopTabs"));
    for (int i = 0; i < 3; ++i)
        m_tabs->addTab(new QWidget(m_tabs), QString());
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_connectionLabel);
    resize(1200, 720);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Phoenix — Cloud Classroom"));
    m_tabs->setTabText(0, tr("Teacher desktops"));
    m_tabs->setTabText(1, tr("Student desktops"));
    m_tabs->setTabText(2, tr("Other servers"));
    m_connectionLabel->setText(tr("Not connected"));
}
