#pragma once

// A real VNC desktop for the console tests (issue 15): Xvfb on a free display, a helper window
// on it (this test binary started with --vnc-helper: a known picture, a text field that reports
// what is typed, clicks and clipboard changes on stdout), x11vnc on it and, when asked,
// websockify in front — the same path nova-novncproxy takes. Everything on 127.0.0.1.

#include <QByteArray>
#include <QImage>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class VncLab
{
public:
    struct Options
    {
        int vncPort = 0;       // 0: any free port
        QByteArray password;   // empty: security None
        bool websockify = true;
        QSize screen{800, 600};
    };

    VncLab();
    ~VncLab();

    /** Starts everything; false with *why when a program is missing or does not come up. */
    bool start(const Options &options, QString *why);
    [[nodiscard]] QUrl webSocketUrl() const;
    /** Every console connection through websockify drops (as when a desktop reboots); new ones work. */
    void dropConnections();
    [[nodiscard]] int vncPort() const { return m_vncPort; }
    [[nodiscard]] QString display() const { return m_display; }

    /** The whole X screen as the X server has it (ImageMagick's import), RGB32. */
    [[nodiscard]] QImage screenshot() const;
    /** A line to the helper window: "SHOW <n>" (another picture), "SETCLIP <text>", "CLEAR",
     *  "PLAY <x> <y> <w> <h>" (a video-like picture changing 30 times a second there), "STOP". */
    void helper(const QByteArray &line);
    /** Waits for the helper's next line starting with prefix ("TEXT:", "CLICK:", "CLIP:"); its rest. */
    bool waitForHelper(const QString &prefix, QString *value, int timeoutMs = 15000);
    /** The newest helper line starting with prefix, without the prefix (empty: none yet). */
    [[nodiscard]] QString last(const QString &prefix);
    /** What x11vnc printed so far (stderr). */
    [[nodiscard]] QString vncLog() const { return m_vncLog; }
    /** Where the helper's text field is, in screen coordinates. */
    static QPoint textFieldCentre() { return {170, 415}; }

    /** Runs the helper window (argv[1] == "--vnc-helper"); returns the exit code. */
    static int runHelper(int argc, char **argv);

private:
    bool startWebsockify(QString *why);
    bool startProcess(QProcess *p, const QString &program, const QStringList &args, QString *why);
    void readHelper();

    std::unique_ptr<QProcess> m_xvfb, m_helper, m_vnc, m_ws;
    QString m_display;
    int m_vncPort = 0;
    int m_wsPort = 0;
    QStringList m_helperLines;
    QByteArray m_helperBuffer;
    QString m_vncLog;
};
