// The admin views against the demo cloud: adopting "other servers", images & flavors (use counts,
// rename, delete only when unused), network (floating IPs with their desktops, releasing orphans).

#include "ui/adoptdialog.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/session/cloudcatalog.h"
#include "demowindow.h"
#include "ui/desktopactions.h"
#include "models/items/desktoptablemodel.h"
#include "ui/imagesview.h"
#include "ui/networkview.h"
#include "models/items/recordtablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adoptMovesAServerToItsTab();
    void imagesShowUseAndRename();
    void networkShowsBindingsAndReleasesOrphans();

private:
    static int rowWhere(QAbstractItemModel *model, int column, const QString &text);
};

int TestViews::rowWhere(QAbstractItemModel *model, int column, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

void TestViews::adoptMovesAServerToItsTab()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::OthersTab);
    QCOMPARE(d.select(DesktopViews::Others, [](const Server &s) { return s.name == QLatin1String("moodle"); }), 1);
    QAction *adopt = d.window->desktopActions()->action(DesktopCommand::Adopt);
    QTRY_VERIFY(adopt->isEnabled());
    adopt->trigger();
    AdoptDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = d.window->findChild<AdoptDialog *>()) != nullptr);
    auto *role = dialog->findChildren<QComboBox *>().first();
    role->setCurrentIndex(role->findData(QStringLiteral("teacher")));
    dialog->findChild<QLineEdit *>()->setText(QStringLiteral("zhang.wei"));
    const auto meta = dialog->metadata();
    QCOMPARE(meta.size(), 1);
    QCOMPARE(meta.first().second.value(QStringLiteral("phoenix:role")), QStringLiteral("teacher"));
    QCOMPARE(meta.first().second.value(QStringLiteral("phoenix:owner")), QStringLiteral("zhang.wei"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // the next poll brings the metadata: the server leaves "other servers" for the teacher tab
    DesktopFilterProxy *teachers = d.tab(DesktopViews::Teachers)->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(teachers, DesktopTableModel::Name, QStringLiteral("moodle")) >= 0, 20000);
    QCOMPARE(rowWhere(d.tab(DesktopViews::Others)->proxy(), DesktopTableModel::Name, QStringLiteral("moodle")), -1);
}

void TestViews::imagesShowUseAndRename()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::ImagesTab);
    ImagesView *view = d.window->imagesView();
    QTableView *table = view->imageView();
    QTRY_VERIFY(table->model()->rowCount() >= 3);
    // CirrOS is used by no desktop: deletable; a course image is in use: not
    const int cirros = rowWhere(table->model(), 0, QStringLiteral("CirrOS 0.6.2"));
    const int ubuntu = rowWhere(table->model(), 0, QStringLiteral("Ubuntu 22.04 Desktop"));
    QVERIFY(cirros >= 0 && ubuntu >= 0);
    QTRY_VERIFY(table->model()->index(ubuntu, 4).data().toInt() > 0); // "Desktops" column
    QCOMPARE(table->model()->index(cirros, 4).data().toInt(), 0);
    auto *remove = view->findChild<QPushButton *>(QStringLiteral("deleteImage"));
    table->setCurrentIndex(table->model()->index(ubuntu, 0));
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QStringLiteral("use this image")));
    table->setCurrentIndex(table->model()->index(cirros, 0));
    QVERIFY(remove->isEnabled());

    // rename through the dialog; the list follows Glance and the audit log records it
    QTemporaryDir dir;
    Database database;
    QVERIFY(!database.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("audit.sqlite"))));
    AuditLog audit(&database);
    d.connection()->catalog()->setAuditLog(&audit);
    view->findChild<QPushButton *>(QStringLiteral("renameImage"))->click();
    QInputDialog *input = nullptr;
    QTRY_VERIFY((input = view->findChild<QInputDialog *>()) != nullptr);
    input->setTextValue(QStringLiteral("CirrOS test image"));
    input->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(table->model(), 0, QStringLiteral("CirrOS test image")) >= 0, 20000);
    QCOMPARE(rowWhere(table->model(), 0, QStringLiteral("CirrOS 0.6.2")), -1);
    auto entries = [&audit] {
        const auto r = audit.query(AuditFilter());
        return r ? r.value() : QList<AuditEntry>();
    };
    QTRY_COMPARE(entries().size(), 1);
    const AuditEntry e = entries().first();
    QCOMPARE(e.action, QStringLiteral("rename-image"));
    QCOMPARE(e.targetName, QStringLiteral("CirrOS 0.6.2"));
    QCOMPARE(e.result, QStringLiteral("done"));
    QCOMPARE(e.user, QStringLiteral("labadmin"));
    QVERIFY(e.detail.contains(QStringLiteral("CirrOS test image")));
    d.connection()->catalog()->setAuditLog(nullptr);
}

void TestViews::networkShowsBindingsAndReleasesOrphans()
{
    DemoWindow d;
    d.window->show();
    QVERIFY(d.open());
    d.window->showTab(MainWindow::NetworkTab);
    NetworkView *view = d.window->networkView();
    QTableView *table = view->floatingIpView();
    QTRY_VERIFY(table->model()->rowCount() >= 3);
    // a floating IP names its desktop
    QTRY_VERIFY(rowWhere(table->model(), 1, QStringLiteral("moodle")) >= 0);
    const QStringList orphans = view->orphanIds();
    QCOMPARE(orphans.size(), 1); // the seed leaves one over from an open day
    auto *release = view->findChild<QPushButton *>(QStringLiteral("releaseOrphans"));
    QTRY_VERIFY(release->isEnabled());
    release->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = view->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("1")));
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    }
    QTRY_VERIFY_WITH_TIMEOUT(view->orphanIds().isEmpty(), 20000);
    QVERIFY(!release->isEnabled());
    QTRY_VERIFY(d.connection()->catalog()->floatingIps().size() == table->model()->rowCount());
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
