#pragma once

#include "clouderror.h"
#include "cloudtypes.h"
#include "desktopaction.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

class CtlRunner;
class ServerWaiter;

/**
 * `phoenixctl desktops VERB NAME... [--wait]`: resolves the names with one server list, sends the
 * verb to every desktop at once, then (with --wait) follows all of them with one shared poll,
 * printing a line per desktop as its state changes. Ends the runner with 0 only if every desktop
 * succeeded. Execution only: the command line was parsed before.
 */
class DesktopBatch : public QObject
{
    Q_OBJECT

public:
    explicit DesktopBatch(CtlRunner *runner);
    void start();

private:
    struct Item
    {
        Server server;
        QString state = QStringLiteral("pending"); // pending, requested, skipped, done, failed
        QString error;
    };

    void onResolved(const QList<Server> &servers);
    void sendAll(const QString &imageId);
    void onSent(const QString &id, const Result<DesktopAction::Outcome> &outcome);
    void startWaiting();
    void fail(const QString &id, const CloudError &error);
    void line(const QString &text); // progress: stdout, or stderr when the output is JSON
    void end();

    CtlRunner *m_runner;
    DesktopVerb m_verb = DesktopVerb::Start;
    QList<QString> m_order; // ids, in the order given
    QHash<QString, Item> m_items;
    QPointer<ServerWaiter> m_waiter;
    int m_outstanding = 0;
    bool m_failed = false;
};
