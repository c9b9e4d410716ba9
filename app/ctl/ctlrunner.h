#pragma once

#include "clouderror.h"
#include "cloudsession.h"
#include "ctlcommand.h"

#include <QJsonValue>
#include <QObject>
#include <QTextStream>

class RestClient;

/**
 * Runs one parsed phoenixctl command against the cloud, asynchronously on the caller's event
 * loop, and ends with exactly one finished(exitCode): 0 on success, 1 when a cloud operation
 * failed (the plain message, with its request ID, went to the error stream).
 *
 * The runner owns the connection (CloudSession + RestClient) and the two output streams; the
 * command implementations (CtlDesktops, CtlInventory, DesktopBatch) print through it.
 */
class CtlRunner : public QObject
{
    Q_OBJECT

public:
    CtlRunner(CtlCommand command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CtlRunner() override;

    // Starts from the event loop, so finished() never fires before the caller's exec().
    void start();

    [[nodiscard]] const CtlCommand &command() const { return m_command; }
    [[nodiscard]] RestClient *client() const { return m_client; }
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }

    void print(const QString &text);         // standard output, as is
    void printJson(const QJsonValue &value); // standard output, indented JSON
    void report(const QString &text);        // error stream, one line
    void fail(const CloudError &error, const QString &subject = {}); // report + finish(1)
    void finish(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();

    CtlCommand m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    CloudSessionPtr m_session;
    RestClient *m_client = nullptr;
    bool m_finished = false;
};
