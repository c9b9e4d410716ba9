#include "vnclab.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace
{
int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool portOpen(int port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(port));
    return s.waitForConnected(200);
}

// The helper's window: a picture with sharp edges, flat areas, text and a gradient (so that
// every encoding has something to do), and a text field.
class HelperWindow : public QWidget
{
public:
    HelperWindow()
    {
        setWindowFlag(Qt::FramelessWindowHint);
        m_field = new QLineEdit(this);
        m_field->setGeometry(20, 400, 300, 30);
        connect(m_field, &QLineEdit::textChanged, this, [](const QString &t) { say("TEXT:" + t.toUtf8()); });
        auto *clip = QGuiApplication::clipboard();
        connect(clip, &QClipboard::dataChanged, this, [clip] { say("CLIP:" + clip->text(QClipboard::Clipboard).toUtf8()); });
        connect(clip, &QClipboard::selectionChanged, this,
                [clip] { say("SEL:" + clip->text(QClipboard::Selection).toUtf8()); });
        m_video.setInterval(33); // ~30 frames a second
        connect(&m_video, &QTimer::timeout, this, [this] {
            ++m_frame;
            update(m_videoRect);
        });
        auto *in = new QSocketNotifier(0, QSocketNotifier::Read, this);
        connect(in, &QSocketNotifier::activated, this, [this] { command(); });
    }
    static void say(const QByteArray &line)
    {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QLinearGradient g(0, 0, width(), height());
        g.setColorAt(0, QColor::fromHsv((m_variant * 70) % 360, 160, 200));
        g.setColorAt(1, QColor::fromHsv((m_variant * 70 + 120) % 360, 200, 90));
        p.fillRect(rect(), g);
        const QColor blocks[] = {Qt::red, Qt::green, Qt::blue, Qt::white, Qt::black, Qt::yellow};
        for (int i = 0; i < 6; ++i)
            p.fillRect(40 + i * 110, 40 + (i % 2) * 30, 90, 90, blocks[(i + m_variant) % 6]);
        for (int x = 0; x < 256; ++x) // a hard case for palettes: every grey level
            p.fillRect(40 + x * 2, 200, 2, 40, QColor(x, x, x));
        p.setPen(Qt::white);
        QFont f = font();
        f.setPixelSize(28);
        p.setFont(f);
        p.drawText(QRect(40, 260, 700, 60), Qt::AlignLeft, QStringLiteral("Phoenix console test desktop #%1").arg(m_variant));
        f.setPixelSize(16);
        p.setFont(f);
        p.drawText(QRect(40, 330, 700, 60), Qt::AlignLeft,
                   QStringLiteral("Xvfb + x11vnc + websockify, or nova-novncproxy. 中文 测试"));
        p.drawText(QRect(20, 376, 400, 20), Qt::AlignLeft, QStringLiteral("Type here:"));
        if (m_video.isActive())
            paintVideo(p);
    }
    // A stand-in for a video: every pixel of the area changes every frame (moving colour fields,
    // moving discs and a band of fine detail), which is what a film costs a VNC server and client.
    void paintVideo(QPainter &p)
    {
        const QRect r = m_videoRect;
        QLinearGradient g(r.topLeft(), r.bottomRight());
        g.setColorAt(0, QColor::fromHsv((m_frame * 5) % 360, 200, 220));
        g.setColorAt(1, QColor::fromHsv((m_frame * 5 + 180) % 360, 220, 120));
        p.fillRect(r, g);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 12; ++i) {
            const int x = r.x() + (i * 97 + m_frame * (3 + i)) % r.width();
            const int y = r.y() + (i * 53 + m_frame * (2 + i % 5)) % r.height();
            p.setBrush(QColor::fromHsv((i * 30 + m_frame * 3) % 360, 255, 255, 200));
            p.drawEllipse(QPoint(x, y), 30 + i * 6, 20 + i * 4);
        }
        QImage band(r.width(), std::min(48, r.height()), QImage::Format_RGB32);
        quint32 seed = 2654435761u * quint32(m_frame + 1);
        for (int y = 0; y < band.height(); ++y) {
            auto *row = reinterpret_cast<quint32 *>(band.scanLine(y));
            for (int x = 0; x < band.width(); ++x) {
                seed = seed * 1664525u + 1013904223u;
                row[x] = 0xff000000u | (seed >> 8);
            }
        }
        p.drawImage(r.x(), r.y() + (m_frame * 4) % std::max(1, r.height() - band.height()), band);
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        say(QByteArray("CLICK:") + QByteArray::number(int(e->position().x())) + ','
            + QByteArray::number(int(e->position().y())) + ',' + QByteArray::number(int(e->button())));
    }

private:
    void command()
    {
        char buf[4096];
        if (!std::fgets(buf, sizeof buf, stdin)) {
            QApplication::quit();
            return;
        }
        const QByteArray line = QByteArray(buf).trimmed();
        if (line.startsWith("SHOW ")) {
            m_variant = line.mid(5).toInt();
            update();
        } else if (line.startsWith("SETCLIP ")) {
            QGuiApplication::clipboard()->setText(QString::fromUtf8(line.mid(8)), QClipboard::Clipboard);
            QGuiApplication::clipboard()->setText(QString::fromUtf8(line.mid(8)), QClipboard::Selection);
        } else if (line.startsWith("PLAY ")) { // PLAY x y w h
            const QList<QByteArray> v = line.mid(5).split(' ');
            if (v.size() == 4)
                m_videoRect = QRect(v[0].toInt(), v[1].toInt(), v[2].toInt(), v[3].toInt());
            m_video.start();
        } else if (line == "STOP") {
            m_video.stop();
            update();
        } else if (line == "CLEAR") {
            m_field->clear();
        } else if (line == "QUIT") {
            QApplication::quit();
        }
    }

    QLineEdit *m_field;
    int m_variant = 0;
    QTimer m_video;
    QRect m_videoRect{0, 0, 640, 360};
    int m_frame = 0;
};
} // namespace

int VncLab::runHelper(int argc, char **argv)
{
    QApplication app(argc, argv);
    HelperWindow w;
    const QSize screen = QGuiApplication::primaryScreen()->size();
    w.setGeometry(0, 0, screen.width(), screen.height());
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 2;
    HelperWindow::say("READY");
    return app.exec();
}

VncLab::VncLab() = default;

namespace
{
// websockify serves each connection from a child process of its own: those go first.
void killChildren(QProcess *p)
{
    if (p && p->state() == QProcess::Running)
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-P"), QString::number(p->processId())});
}
} // namespace

VncLab::~VncLab()
{
    if (const QString path = qEnvironmentVariable("PHOENIX_VNC_LOG"); !path.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(m_vncLog.toUtf8());
    }
    killChildren(m_ws.get());
    for (auto *p : {m_ws.get(), m_vnc.get(), m_helper.get(), m_xvfb.get()}) {
        if (p && p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
    }
}

bool VncLab::startProcess(QProcess *p, const QString &program, const QStringList &args, QString *why)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        *why = program + QStringLiteral(" is not installed (tests/setup/install-deps.sh test)");
        return false;
    }
    p->start(program, args);
    if (!p->waitForStarted(10000)) {
        *why = program + QStringLiteral(" did not start: ") + p->errorString();
        return false;
    }
    return true;
}

bool VncLab::start(const Options &options, QString *why)
{
    // Xvfb picks a free display itself and tells which on stdout
    m_xvfb = std::make_unique<QProcess>();
    if (!startProcess(m_xvfb.get(), QStringLiteral("Xvfb"),
                      {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                       QStringLiteral("%1x%2x24").arg(options.screen.width()).arg(options.screen.height()),
                       QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-ac")},
                      why))
        return false;
    if (!QTest::qWaitFor([this] { return m_xvfb->canReadLine() || m_xvfb->state() != QProcess::Running; }, 15000)
        || !m_xvfb->canReadLine()) {
        *why = QStringLiteral("Xvfb did not report its display: ") + QString::fromLocal8Bit(m_xvfb->readAllStandardError());
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(m_xvfb->readLine().trimmed());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("XAUTHORITY"));
    m_helper = std::make_unique<QProcess>();
    m_helper->setProcessEnvironment(env);
    m_helper->setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(m_helper.get(), &QProcess::readyReadStandardOutput, m_helper.get(), [this] { readHelper(); });
    if (!startProcess(m_helper.get(), QCoreApplication::applicationFilePath(), {QStringLiteral("--vnc-helper")}, why))
        return false;
    QString ready;
    if (!waitForHelper(QStringLiteral("READY"), &ready, 20000)) {
        *why = QStringLiteral("the helper window did not come up: ") + QString::fromLocal8Bit(m_helper->readAllStandardError());
        return false;
    }

    m_vncPort = options.vncPort ? options.vncPort : freePort();
    QStringList args{QStringLiteral("-display"), m_display, QStringLiteral("-rfbport"), QString::number(m_vncPort),
                     QStringLiteral("-localhost"), QStringLiteral("-forever"), QStringLiteral("-shared"),
                     QStringLiteral("-noxdamage"), QStringLiteral("-wait"), QStringLiteral("5"),
                     QStringLiteral("-defer"), QStringLiteral("5"), QStringLiteral("-nossl"), QStringLiteral("-norc")};
    if (options.password.isEmpty())
        args << QStringLiteral("-nopw");
    else
        args << QStringLiteral("-passwd") << QString::fromLatin1(options.password);
    m_vnc = std::make_unique<QProcess>();
    m_vnc->setProcessEnvironment(env);
    QObject::connect(m_vnc.get(), &QProcess::readyReadStandardError, m_vnc.get(),
                     [this] { m_vncLog += QString::fromLocal8Bit(m_vnc->readAllStandardError()); });
    if (!startProcess(m_vnc.get(), QStringLiteral("x11vnc"), args, why))
        return false;
    if (!QTest::qWaitFor([this] { return m_vnc->state() != QProcess::Running || portOpen(m_vncPort); }, 20000)
        || m_vnc->state() != QProcess::Running) {
        *why = QStringLiteral("x11vnc did not listen on %1: %2").arg(m_vncPort).arg(m_vncLog.right(2000));
        return false;
    }
    if (!options.websockify)
        return true;
    m_wsPort = freePort();
    return startWebsockify(why);
}

bool VncLab::startWebsockify(QString *why)
{
    m_ws = std::make_unique<QProcess>();
    if (!startProcess(m_ws.get(), QStringLiteral("websockify"),
                      {QStringLiteral("127.0.0.1:%1").arg(m_wsPort), QStringLiteral("127.0.0.1:%1").arg(m_vncPort)}, why))
        return false;
    if (!QTest::qWaitFor([this] { return m_ws->state() != QProcess::Running || portOpen(m_wsPort); }, 20000)
        || m_ws->state() != QProcess::Running) {
        *why = QStringLiteral("websockify did not listen: ") + QString::fromLocal8Bit(m_ws->readAllStandardError());
        return false;
    }
    return true;
}

void VncLab::dropConnections()
{
    killChildren(m_ws.get()); // the listener stays
}

QUrl VncLab::webSocketUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_wsPort));
}

QImage VncLab::screenshot() const
{
    QProcess import;
    import.start(QStringLiteral("import"), {QStringLiteral("-display"), m_display, QStringLiteral("-window"),
                                             QStringLiteral("root"), QStringLiteral("png:-")});
    if (!import.waitForFinished(20000))
        return {};
    return QImage::fromData(import.readAllStandardOutput(), "PNG").convertToFormat(QImage::Format_RGB32);
}

void VncLab::helper(const QByteArray &line)
{
    m_helper->write(line + '\n');
}

void VncLab::readHelper()
{
    m_helperBuffer += m_helper->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_helperBuffer.indexOf('\n')) >= 0) {
        m_helperLines << QString::fromUtf8(m_helperBuffer.left(nl));
        m_helperBuffer.remove(0, nl + 1);
    }
}

bool VncLab::waitForHelper(const QString &prefix, QString *value, int timeoutMs)
{
    auto take = [this, &prefix, value] {
        for (qsizetype i = 0; i < m_helperLines.size(); ++i) {
            if (m_helperLines[i].startsWith(prefix)) {
                *value = m_helperLines[i].mid(prefix.size());
                m_helperLines.remove(0, i + 1);
                return true;
            }
        }
        return false;
    };
    return QTest::qWaitFor(take, timeoutMs);
}

QString VncLab::last(const QString &prefix)
{
    readHelper();
    for (qsizetype i = m_helperLines.size() - 1; i >= 0; --i)
        if (m_helperLines[i].startsWith(prefix))
            return m_helperLines[i].mid(prefix.size());
    return {};
}
