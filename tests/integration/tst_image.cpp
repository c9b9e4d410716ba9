// Glance against the real test bed: paging through "next" links with a small page size, show,
// a snapshot made by Nova (createImage → image id), update of name and visibility, delete.
#include "cloudlab.h"
#include "cloud/imageapi.h"
#include "testenv.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagingWithSmallPages_data();
    void pagingWithSmallPages();
    void showAndFind();
    void snapshotUpdateDelete();
    void cleanupTestCase();

private:
    ImageApi images() const { return ImageApi(m_lab.client()); }
    Result<QList<Image>> list(int pageSize);

    CloudConfig m_config;
    CloudLab m_lab{QStringLiteral("image")};
    QList<Image> m_all;
    QString m_snapshotId;
};

Result<QList<Image>> TestImage::list(int pageSize)
{
    return m_lab.call<QList<Image>>([this, pageSize](QObject *ctx, ApiCallback<QList<Image>> cb) {
        images().listImages(ctx, cb, pageSize);
    });
}

void TestImage::initTestCase()
{
    REQUIRE_LAB_CLOUD("lab-teacher", m_config);
    QString why;
    QVERIFY2(m_lab.connect(m_config, &why), qPrintable(why));
    Result<QList<Image>> all = list(0);
    QVERIFY2(all.ok(), qPrintable(all.error().userMessage()));
    m_all = all.value();
    QVERIFY(m_all.size() >= 2);
}

void TestImage::pagingWithSmallPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1 per page") << 1;
    QTest::newRow("2 per page") << 2;
}

void TestImage::pagingWithSmallPages()
{
    QFETCH(int, pageSize);
    QVERIFY(m_all.size() >= pageSize); // a full first page: Glance then sends a "next" link
    QSignalSpy requests(m_lab.client(), &RestClient::requestFinished);
    Result<QList<Image>> paged = list(pageSize);
    QVERIFY2(paged.ok(), qPrintable(paged.error().userMessage()));
    int pages = 0;
    for (const QList<QVariant> &r : std::as_const(requests)) {
        if (r.at(1).toUrl().path().endsWith(QLatin1String("/v2/images")))
            ++pages;
    }
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // followed at least one next link
    QVERIFY(pages <= paged.value().size() / pageSize + 2);
    QSet<QString> ids;
    for (const Image &i : paged.value())
        ids.insert(i.id);
    QCOMPARE(ids.size(), paged.value().size()); // no page twice
    QSet<QString> expected;
    for (const Image &i : std::as_const(m_all))
        expected.insert(i.id);
    // Other engineers' tests may add or remove a snapshot meanwhile: the seed must be in both.
    for (const Image &i : std::as_const(m_all)) {
        if (i.name == QLatin1String("ubuntu-22.04-desktop") || i.name == QLatin1String("win10-edu"))
            QVERIFY2(ids.contains(i.id), qPrintable(i.name));
    }
    QVERIFY(qAbs(ids.size() - expected.size()) <= 2);
}

void TestImage::showAndFind()
{
    Result<Image> found = ImageApi::findImage(m_all, QStringLiteral("win10-edu"));
    QVERIFY2(found.ok(), qPrintable(found.error().userMessage()));
    const QString id = found.value().id;
    Result<Image> shown = m_lab.call<Image>([this, id](QObject *ctx, ApiCallback<Image> cb) { images().getImage(id, ctx, cb); });
    QVERIFY2(shown.ok(), qPrintable(shown.error().userMessage()));
    QCOMPARE(shown.value().name, QStringLiteral("win10-edu"));
    QCOMPARE(shown.value().status, QStringLiteral("active"));
    QCOMPARE(shown.value().visibility, QStringLiteral("public"));
    QCOMPARE(shown.value().osType, QStringLiteral("windows"));
    QCOMPARE(shown.value().diskFormat, QStringLiteral("raw"));
    QVERIFY(shown.value().size > 0);
    QCOMPARE(ImageApi::findImage(m_all, id).value().id, id);
    QVERIFY(!ImageApi::findImage(m_all, m_lab.name(QStringLiteral("none"))).ok());
}

void TestImage::snapshotUpdateDelete()
{
    Result<Server> created = m_lab.createServer(QStringLiteral("snapsrc"));
    QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
    QString why;
    QVERIFY2(m_lab.waitUntil({created.value()}, ServerGoal::Active, 180000, &why), qPrintable(why));

    // createImage: the id comes from the 2.45+ body.
    const QString serverId = created.value().id;
    const QString snapName = m_lab.name(QStringLiteral("snap"));
    Result<QString> snap = m_lab.call<QString>([this, serverId, snapName](QObject *ctx, ApiCallback<QString> cb) {
        m_lab.compute().serverAction(serverId, ServerAction::CreateImage, QJsonObject{{QStringLiteral("name"), snapName}}, ctx, cb);
    });
    QVERIFY2(snap.ok(), qPrintable(snap.error().userMessage()));
    m_snapshotId = snap.value();
    QVERIFY(!m_snapshotId.isEmpty());
    const QString id = m_snapshotId;
    Result<Image> shown = m_lab.call<Image>([this, id](QObject *ctx, ApiCallback<Image> cb) { images().getImage(id, ctx, cb); });
    QVERIFY2(shown.ok(), qPrintable(shown.error().userMessage()));
    QCOMPARE(shown.value().name, snapName);
    QCOMPARE(shown.value().owner, m_lab.session()->auth().projectId);

    const QString renamed = m_lab.name(QStringLiteral("golden"));
    Result<Image> updated = m_lab.call<Image>([this, id, renamed](QObject *ctx, ApiCallback<Image> cb) {
        images().updateImage(id, renamed, QStringLiteral("shared"), ctx, cb);
    });
    QVERIFY2(updated.ok(), qPrintable(updated.error().userMessage()));
    QCOMPARE(updated.value().name, renamed);
    QCOMPARE(updated.value().visibility, QStringLiteral("shared"));

    Result<bool> deleted = m_lab.call<bool>([this, id](QObject *ctx, ApiCallback<bool> cb) { images().deleteImage(id, ctx, cb); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().userMessage()));
    Result<Image> gone = m_lab.call<Image>([this, id](QObject *ctx, ApiCallback<Image> cb) { images().getImage(id, ctx, cb); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().httpStatus(), 404);
    m_snapshotId.clear();
}

void TestImage::cleanupTestCase()
{
    if (!m_snapshotId.isEmpty()) {
        const QString id = m_snapshotId;
        m_lab.call<bool>([this, id](QObject *ctx, ApiCallback<bool> cb) { images().deleteImage(id, ctx, cb); });
    }
    m_lab.cleanUp();
}

QTEST_GUILESS_MAIN(TestImage)
#include "tst_image.moc"
