#include "desktopbatch.h"

#include "ctloutput.h"
#include "ctlrunner.h"
#include "imageapi.h"
#include "serverresolver.h"
#include "serverwaiter.h"

#include <QJsonObject>

DesktopBatch::DesktopBatch(CtlRunner *runner)
    : QObject(runner)
    , m_runner(runner)
{
    const CtlCommand &c = runner->command();
    m_verb = DesktopAction::fromName(c.verb, c.hard).value_or(DesktopVerb::Start);
}

void DesktopBatch::line(const QString &text)
{
    if (m_runner->command().json)
        m_runner->report(text);
    else
        m_runner->print(text + QLatin1Char('\n'));
}

void DesktopBatch::start()
{
    ServerResolver::lookup(m_runner->client(), m_runner->command().targets, this, [this](Result<ServerResolver::Lookup> lookup) {
        if (!lookup) {
            m_runner->fail(lookup.error());
            return;
        }
        QList<Server> servers;
        for (int i = 0; i < lookup.value().resolved.size(); ++i) {
            const Result<Server> &r = lookup.value().resolved.at(i);
            if (r) {
                servers << r.value();
            } else {
                m_failed = true;
                m_runner->report(r.error().userMessage());
            }
        }
        onResolved(servers);
    });
}

void DesktopBatch::onResolved(const QList<Server> &servers)
{
    for (const Server &s : servers) {
        if (m_items.contains(s.id))
            continue; // named twice
        m_order << s.id;
        m_items.insert(s.id, Item{s, QStringLiteral("pending"), {}});
    }
    if (m_items.isEmpty()) {
        end();
        return;
    }
    const QString image = m_runner->command().image;
    if (m_verb != DesktopVerb::Rebuild || image.isEmpty()) {
        sendAll(QString());
        return;
    }
    ImageApi(m_runner->client()).listImages(this, [this, image](Result<QList<Image>> images) {
        if (!images) {
            m_runner->fail(images.error());
            return;
        }
        Result<Image> chosen = ImageApi::findImage(images.value(), image);
        if (!chosen) {
            m_runner->fail(chosen.error());
            return;
        }
        sendAll(chosen.value().id);
    });
}

void DesktopBatch::sendAll(const QString &imageId)
{
    m_outstanding = int(m_order.size());
    for (const QString &id : std::as_const(m_order)) {
        DesktopAction(m_runner->client()).run(m_items.value(id).server, m_verb, imageId, this,
                                              [this, id](Result<DesktopAction::Outcome> outcome) { onSent(id, outcome); });
    }
}

void DesktopBatch::onSent(const QString &id, const Result<DesktopAction::Outcome> &outcome)
{
    Item &item = m_items[id];
    if (!outcome) {
        fail(id, outcome.error());
    } else if (outcome.value().skipped) {
        item.state = QStringLiteral("skipped");
        line(tr("%1: already %2, nothing to do").arg(item.server.name, item.server.status));
    } else {
        item.state = QStringLiteral("requested");
        QString text = tr("%1: %2 requested").arg(item.server.name, DesktopAction::name(m_verb));
        if (!outcome.value().released.isEmpty())
            text += QLatin1Char(' ') + tr("(released %1)").arg(outcome.value().released.join(QStringLiteral(", ")));
        line(text);
    }
    if (--m_outstanding > 0)
        return;
    if (m_runner->command().wait)
        startWaiting();
    else
        end();
}

void DesktopBatch::startWaiting()
{
    m_waiter = new ServerWaiter(m_runner->client(), this);
    m_waiter->setTimeout(m_runner->command().timeoutSeconds * 1000);
    for (const QString &id : std::as_const(m_order)) {
        const Item &item = m_items.value(id);
        if (item.state == QLatin1String("requested"))
            m_waiter->add(item.server, DesktopAction::goal(m_verb));
    }
    if (m_waiter->pending() == 0) {
        end();
        return;
    }
    line(tr("waiting for %n desktop(s) to become %1…", nullptr, m_waiter->pending())
             .arg(ServerWaiter::goalName(DesktopAction::goal(m_verb))));
    connect(m_waiter, &ServerWaiter::progress, this, [this](const Server &s) {
        if (!ServerWaiter::isReached(s, DesktopAction::goal(m_verb)))
            line(QStringLiteral("%1: %2").arg(s.name, CtlOutput::stateText(s)));
    });
    connect(m_waiter, &ServerWaiter::reached, this, [this](const Server &s) {
        Item &item = m_items[s.id];
        item.state = QStringLiteral("done");
        if (!s.name.isEmpty())
            item.server = s;
        line(tr("%1: %2").arg(item.server.name, ServerWaiter::goalName(DesktopAction::goal(m_verb))));
    });
    connect(m_waiter, &ServerWaiter::failed, this, [this](const Server &s, const CloudError &e) {
        if (!s.name.isEmpty())
            m_items[s.id].server = s;
        fail(s.id, e);
    });
    connect(m_waiter, &ServerWaiter::finished, this, &DesktopBatch::end);
    m_waiter->start();
}

void DesktopBatch::fail(const QString &id, const CloudError &error)
{
    m_failed = true;
    Item &item = m_items[id];
    item.state = QStringLiteral("failed");
    item.error = error.userMessage();
    m_runner->report(QStringLiteral("%1: %2").arg(item.server.name, item.error));
}

void DesktopBatch::end()
{
    if (m_runner->command().json) {
        QJsonArray summary;
        for (const QString &id : std::as_const(m_order)) {
            const Item &item = m_items.value(id);
            QJsonObject o{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), item.server.name},
                          {QStringLiteral("action"), DesktopAction::name(m_verb)},
                          {QStringLiteral("result"), item.state},
                          {QStringLiteral("status"), item.server.status}};
            if (!item.error.isEmpty())
                o.insert(QStringLiteral("error"), item.error);
            summary << o;
        }
        m_runner->printJson(summary);
    }
    m_runner->finish(m_failed ? 1 : 0);
}
