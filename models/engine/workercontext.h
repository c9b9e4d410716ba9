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
    }

    // The calling worker thread's context for session (created on first use, deleted with the thread).
    static WorkerContext &forCurrentThread(const CloudSessionPtr &session);

    [[nodiscard]] const CloudSessionPtr &session() const { return m_session; }
    RestClient &client() { return m_client; }
    ComputeApi &compute() { return m_compute; }
    ImageApi &image() { return m_image; }
    NetworkApi &network() { return m_network; }

private:
    CloudSessionPtr m_session;
    QNetworkAccessManager m_nam;
    RestClient m_client;
    ComputeApi m_compute;
    ImageApi m_image;
    NetworkApi m_network;
};
