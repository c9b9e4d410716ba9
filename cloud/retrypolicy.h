#pragma once

#include "cloud/clouderror.h"

#include <QByteArray>

/**
 * The one retry table of Phoenix (README: "Retries"). Every failure is retried at exactly one
 * level, so a failure is never retried inside a retry:
 *
 * | failure                                                      | GET HEAD PUT DELETE | POST PATCH |
 * |--------------------------------------------------------------|---------------------|------------|
 * | no answer: refused, reset, closed, transfer timeout          | Request             | Step       |
 * | 502 / 503 / 504                                              | Request             | Step       |
 * | 429; 413 with Retry-After (rate limits: nothing was done)     | Request             | Request    |
 * | 409 task_state conflict (nothing was done)                   | Request, or Step when the caller re-reads the state (CallOptions::retryConflicts = false, the engine's actions) ||
 * | 401                                                          | re-authenticate once and replay (not a try) ||
 * | 500, other 409, a 2xx reply that cannot be read, a wait that ran out | Step        | Step       |
 * | anything else (400, 403, 404, quota 413, TLS, DNS, config)   | Never               | Never      |
 *
 * Request: RestClient sends the same request again, RequestTries tries in all, waiting
 * RequestBaseDelayMs · 2^(n-1) (at most 30 s) or what Retry-After says (at most 120 s).
 * Step: the request is not repeated as it was: the caller looks at the cloud again and decides —
 * the task engine's stage try (StepTries tries, StepDelayMs apart): BUILD first looks for the server
 * carrying its task id, an action first re-reads the server's state. Callers without such a step
 * (phoenixctl lists, the window's quick calls) report the error.
 */
namespace RetryPolicy
{
enum class Level {
    Never,
    Request,
    Step
};

constexpr int RequestTries = 5;          // the first try and 4 retries
constexpr int RequestBaseDelayMs = 1000; // 1, 2, 4, 8 s
constexpr int RequestMaxDelayMs = 30000;
constexpr int RetryAfterMaxSeconds = 120;
constexpr int StepTries = 3;             // EngineSettings::actionTries
constexpr int StepDelayMs = 10000;       // EngineSettings::actionRetryDelayMs

// What the table needs to know about the request that failed.
struct Request
{
    QByteArray method = "GET";
    bool retryConflicts = true; // false: the caller re-reads the state itself (409 → Step)
    bool hasRetryAfter = false; // the reply carried Retry-After
};

[[nodiscard]] bool isIdempotent(const QByteArray &method);
// A network error that may pass by itself (no HTTP answer came).
[[nodiscard]] bool isTransientNetworkError(QNetworkReply::NetworkError code);
// The table: which level retries this failure of this request.
[[nodiscard]] Level levelFor(const CloudError &error, const Request &request);
// For an error that did not come from RestClient's table (a parser, a wait), or did: the level
// recorded in it by RestClient, else the table for an unknown (non-idempotent) request.
[[nodiscard]] Level levelOf(const CloudError &error);
[[nodiscard]] inline bool retriedByStep(const CloudError &error) { return levelOf(error) == Level::Step; }
// Delay before request try number `triesSoFar + 1` (ms): Retry-After when given, else backoff.
[[nodiscard]] int requestDelayMs(int triesSoFar, int baseMs, const QByteArray &retryAfter);
} // namespace RetryPolicy
