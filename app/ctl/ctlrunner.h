#pragma once

#include "cloud/clouderror.h"
#include "cloud/cloudsession.h"
#include "cloud/cloudtypes.h"
#include "app/ctl/ctlcommand.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>
#include <optional>

class AppSettings;
class CtlEngine;
class CtlTaskWatch;
class RestClient;

/**
 * Runs one parsed phoenixctl command against the cloud, asynchronously on the caller's event
 * loop, and ends with exactly one finished(exitCode): 0 on success, 1 when a cloud operation or a
 * task failed (the plain message, with its request ID, went to the error stream).
 *
 * The runner owns the connection (CloudSession + RestClient), the task machinery when the
 * command needs it (CtlEngine) and the two output streams; the command implementations
 * (CtlDesktops, CtlCreate, CtlInventory, CtlTasks) print through it.
 */
class CtlRunner : public QObject
{
    Q_OBJECT

public:
    CtlRunner(CtlCommand command, const AppSettings &settings, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CtlRunner() override;

    // Starts from the event loop, so finished() never fires before the caller's exec().
    void start();
    // Ctrl+C / SIGTERM: cancels the tasks this process runs (they end Cancelled in the journal).
    void interrupt();

    [[nodiscard]] const CtlCommand &command() const { return m_command; }
    [[nodiscard]] const AppSettings &settings() const { return m_settings; }
    [[nodiscard]] RestClient *client() const { return m_client; }
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }

    // The database and journal (opened on first use); null after reporting why it cannot be.
    CtlEngine *journal();
    // journal() plus the inventory and the task engine, set up from the settings and options.
    CtlEngine *engine();
    // Every server of the project, listed just now (to resolve names): the engine's inventory
    // starts from it, so the tasks neither ask Nova for each desktop nor wait for a listing.
    void noteListing(const QList<Server> &servers) { m_listing = servers; }
    // Follows tasks to their end (created on first use; prints through this runner).
    CtlTaskWatch *watch();

    void print(const QString &text);         // standard output, as is
    void printJson(const QJsonValue &value); // standard output, indented JSON
    void report(const QString &text);        // error stream, one line
    // Progress: standard output, or the error stream when standard output carries JSON.
    void progress(const QString &text);
    void fail(const CloudError &error, const QString &subject = {}); // report + finish(1)
    void finish(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();

    CtlCommand m_command;
    const AppSettings &m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    CloudSessionPtr m_session;
    RestClient *m_client = nullptr;
    std::unique_ptr<CtlEngine> m_engine;
    QPointer<CtlTaskWatch> m_watch;
    std::optional<QList<Server>> m_listing;
    bool m_journalFailed = false;
    bool m_finished = false;
};
