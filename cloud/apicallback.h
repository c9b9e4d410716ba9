#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

// Every asynchronous cloud call ends in one callback with a Result<T>. The callback runs in the
// thread of the RestClient (the caller's thread) and only while `context` is alive.
template<typename T>
using ApiCallback = std::function<void(Result<T>)>;

// For task code on the engine's worker threads (never the GUI thread): start an asynchronous call
// and wait for its result in a local event loop of this worker thread.
//   Result<Server> r = waitFor<Server>([&](QObject *ctx, ApiCallback<Server> cb) { compute.getServer(id, ctx, cb); });
template<typename T>
Result<T> waitFor(const std::function<void(QObject *, ApiCallback<T>)> &start, int timeoutMs = 300000)
{
    Q_ASSERT_X(QThread::currentThread() != QCoreApplication::instance()->thread()
                   || !QCoreApplication::instance()->inherits("QGuiApplication"),
               "waitFor", "the GUI thread never waits");
    QObject context;
    QEventLoop loop;
    std::optional<Result<T>> result;
    start(&context, [&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return CloudError::timeout(QCoreApplication::translate("CloudError", "The cloud did not answer in time."));
    return std::move(*result);
}
