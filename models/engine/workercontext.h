#pragma once

#include "cloud/cloudsession.h"
#include "cloud/computeapi.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"
#include "cloud/restclient.h"

#include <QNetworkAccessManager>

// What a task-engine worker thread owns to talk to one cloud: its own QNetworkAccessManager and
// RestClient (sharing the session's token with every other thread) and the service APIs.
class WorkerContext
{
public:
    explicit WorkerContext(CloudSessionPtr session)
        : m_session(std::move(session))
        , m_client(m_session, &m_nam)
        , m_compute(&m_client)
        , m_image(&m_client)
        , m_network(&m_client)
    {
        QObject::connect(&m_client, &RestClient::requestSucceeded, &m_client,
                         [this](const QByteArray &method, const QString &requestId) {
                             if (method != "GET" && method != "HEAD" && !requestId.isEmpty())
                                 m_lastWriteRequestId = requestId;
                         });
    }

    // The calling worker thread's context for session (created on first use, deleted with the thread).
    static WorkerContext &forCurrentThread(const CloudSessionPtr &session);

    [[nodiscard]] const CloudSessionPtr &session() const { return m_session; }
    RestClient &client() { return m_client; }
    ComputeApi &compute() { return m_compute; }
    ImageApi &image() { return m_image; }
    NetworkApi &network() { return m_network; }
    // The request ID of the last successful call that changed something (POST, PUT, DELETE, ...)
    // since clearRequestId(): what a successful stage records.
    [[nodiscard]] QString lastWriteRequestId() const { return m_lastWriteRequestId; }
    void clearRequestId() { m_lastWriteRequestId.clear(); }

private:
    CloudSessionPtr m_session;
    QNetworkAccessManager m_nam;
    RestClient m_client;
    ComputeApi m_compute;
    ImageApi m_image;
    NetworkApi m_network;
    QString m_lastWriteRequestId;
};
