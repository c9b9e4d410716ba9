// DesktopConsole (models/session): the browser console of a desktop, noVNC first and SPICE when
// the cloud gives no VNC console. The demo cloud serves both kinds; its fault injection makes the
// VNC request fail (the real test bed always offers VNC).
#include "cloud/demo/democloud.h"
#include "cloud/restclient.h"
#include "demoawait.h"
#include "demoschool.h"
#include "models/session/desktopconsole.h"

#include <QTest>

using DemoAwait::await;

class TestDesktopConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void vncWhenOffered();
    void spiceWhenNoVnc();
    void firstErrorWhenNeither();

private:
    Result<RemoteConsole> console(const QString &serverName);
    [[nodiscard]] QStringList consoleRequests() const; // "vnc"/"spice" per request made, in order

    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<RestClient> m_client;
};

void TestDesktopConsole::init()
{
    m_demo = makeDemoSchool();
    QVERIFY(m_demo->start() > 0);
    m_client = std::make_unique<RestClient>(std::make_shared<CloudSession>(m_demo->cloudConfig(QStringLiteral("zhang.wei"))));
    m_client->setRetryBaseDelay(10);
}

void TestDesktopConsole::cleanup()
{
    m_client.reset();
    m_demo.reset();
}

Result<RemoteConsole> TestDesktopConsole::console(const QString &serverName)
{
    const QString id = m_demo->serverByName(serverName)->id;
    m_demo->clearRequests();
    return await<RemoteConsole>([&](QObject *ctx, ApiCallback<RemoteConsole> cb) { DesktopConsole::request(m_client.get(), id, ctx, cb); });
}

QStringList TestDesktopConsole::consoleRequests() const
{
    QStringList out;
    for (const DemoRequestRecord &r : m_demo->requests()) {
        if (r.path.endsWith(QLatin1String("/remote-consoles")))
            out << (r.fault.isEmpty() ? QStringLiteral("served") : QStringLiteral("refused"));
    }
    return out;
}

void TestDesktopConsole::vncWhenOffered()
{
    const Result<RemoteConsole> c = console(QStringLiteral("desk-zhang.wei"));
    QVERIFY2(c.ok(), qPrintable(c.error().detail()));
    QCOMPARE(c.value().protocol, QStringLiteral("vnc"));
    QCOMPARE(c.value().type, QStringLiteral("novnc"));
    QVERIFY(c.value().url.contains(QLatin1String("/novnc/vnc_auto.html")));
    QCOMPARE(consoleRequests(), QStringList{QStringLiteral("served")}); // no SPICE request after a VNC console
}

void TestDesktopConsole::spiceWhenNoVnc()
{
    m_demo->addFault(DemoFault::httpError(400, "POST", QStringLiteral("/remote-consoles$")).forNext(1));
    const Result<RemoteConsole> c = console(QStringLiteral("desk-zhang.wei"));
    QVERIFY2(c.ok(), qPrintable(c.error().detail()));
    QCOMPARE(c.value().protocol, QStringLiteral("spice"));
    QCOMPARE(c.value().type, QStringLiteral("spice-html5"));
    QVERIFY(c.value().url.contains(QLatin1String("/spice/spice_auto.html")));
    QCOMPARE(consoleRequests(), (QStringList{QStringLiteral("refused"), QStringLiteral("served")}));
}

void TestDesktopConsole::firstErrorWhenNeither()
{
    // VNC refused with 400, then SPICE with 403: the answer is the VNC error, with its request ID.
    m_demo->addFault(DemoFault::httpError(400, "POST", QStringLiteral("/remote-consoles$")).forNext(1));
    m_demo->addFault(DemoFault::httpError(403, "POST", QStringLiteral("/remote-consoles$")).forNext(1));
    const Result<RemoteConsole> c = console(QStringLiteral("desk-zhang.wei"));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().httpStatus(), 400);
    QCOMPARE(consoleRequests(), (QStringList{QStringLiteral("refused"), QStringLiteral("refused")}));
    QString vncRequestId;
    for (const DemoRequestRecord &r : m_demo->requests()) {
        if (vncRequestId.isEmpty() && r.path.endsWith(QLatin1String("/remote-consoles")))
            vncRequestId = r.requestId;
    }
    QVERIFY(!vncRequestId.isEmpty());
    QCOMPARE(c.error().requestId(), vncRequestId);
}

QTEST_GUILESS_MAIN(TestDesktopConsole)
#include "tst_desktopconsole.moc"
