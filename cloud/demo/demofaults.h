#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

/**
 * One fault-injection rule of the demo cloud: which requests it applies to (HTTP method and a
 * regular expression on the path, e.g. "^/compute/v2\\.1/servers/[^/]+/action$"), how often (a
 * probability, optionally only for the next N matching requests) and what happens instead of a
 * normal reply — before the cloud acts (the default: nothing happened) or after it (afterHandling:
 * the server was created, the address allocated, and then the reply is lost or replaced by an
 * error). Rules are checked in the order they were added; Delay rules add up and the reply goes
 * on, the first other rule that fires decides the reply. Each rule draws from its own random
 * sequence (seeded from the injector's seed and the rule id), so the k-th request a rule sees
 * gets the same draw whatever other rules and threads do meanwhile.
 *
 *   demo.addFault(DemoFault::httpError(503, "GET", "^/compute/").forNext(3));
 *   demo.addFault(DemoFault::httpError(429).withRetryAfter(1).withProbability(0.1));
 *   demo.addFault(DemoFault::reset("POST", "/servers$").afterHandling()); // created, reply lost
 *   demo.addFault(DemoFault::httpError(500, "POST", "/servers$").afterHandling()); // created, 500
 *
 * Text form (phoenix-democloud --fault, see parse(); the path may not contain a comma):
 *   "http-error:status=503,method=GET,path=^/compute/,next=3"
 *   "reset:method=POST,path=/servers$,after,probability=0.05"   (or rate=0.05: exactly 1 in 20)
 *   "delay:ms=8000,method=POST,path=/action$,next=6"
 */
struct DemoFault
{
    enum class Kind {
        HttpError,     // the status with the service's own error body (Nova, Neutron, Keystone, Glance form)
        Delay,         // the reply comes delayMs later, otherwise unchanged
        Reset,         // the connection is closed without any reply (TCP RST)
        CloseMidBody,  // status line, headers and half of the body, then the connection closes
        TruncatedJson, // the real status with the JSON body cut in half (Content-Length matches)
        MalformedJson, // 200 with a body that is not JSON at all (an HTML error page)
        ExpireToken    // the request's token expires just before it is handled (→ 401)
    };
    enum class When {
        BeforeHandling, // the cloud does nothing (the default)
        AfterHandling   // the cloud carries the request out, then the reply is replaced or lost
    };

    Kind kind = Kind::HttpError;
    QByteArray method;       // empty: any method
    QRegularExpression path; // searched in the request path (without the query); empty: any path
    double probability = 1.0;
    int everyN = 0;          // > 0: fires exactly once in every block of N matching requests (withRate)
    int remaining = -1;      // fires for the next N matching requests only; -1: unlimited
    int status = 500;
    int retryAfterSeconds = -1; // Retry-After header when >= 0
    int delayMs = 0;         // Delay: the delay; other kinds: sent after this delay
    QByteArray body;         // HttpError: this body instead of the service's own
    When when = When::BeforeHandling;

    static DemoFault httpError(int status, const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault delay(int ms, const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault reset(const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault closeMidBody(const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault truncatedJson(const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault malformedJson(const QByteArray &method = {}, const QString &pathPattern = {});
    static DemoFault expireToken(const QByteArray &method = {}, const QString &pathPattern = {});

    DemoFault &forNext(int n)
    {
        remaining = n;
        return *this;
    }
    DemoFault &withProbability(double p)
    {
        probability = p;
        return *this;
    }
    // Exactly the rate p of the matching requests: one in every block of round(1/p), at a random
    // place in the block. Unlike withProbability, the rate injected does not depend on luck.
    DemoFault &withRate(double p)
    {
        everyN = p > 0 ? qMax(1, qRound(1.0 / p)) : 0;
        probability = p > 0 ? 1.0 : 0.0;
        return *this;
    }
    DemoFault &withRetryAfter(int seconds)
    {
        retryAfterSeconds = seconds;
        return *this;
    }
    DemoFault &withBody(const QByteArray &b)
    {
        body = b;
        return *this;
    }
    DemoFault &withDelay(int ms)
    {
        delayMs = ms;
        return *this;
    }
    DemoFault &afterHandling()
    {
        when = When::AfterHandling;
        return *this;
    }

    [[nodiscard]] bool matches(const QByteArray &requestMethod, const QString &requestPath) const;

    // The text form above: KIND[:key=value,...] with KIND one of http-error, delay, reset,
    // close-mid-body, truncated-json, malformed-json, expire-token and the keys status, ms, method,
    // path, probability, rate, next, retry-after, after (no value). nullopt with *error set when invalid.
    static std::optional<DemoFault> parse(const QString &text, QString *error);
    static QString kindName(Kind kind);
};

/**
 * The rule set and its random source (seedable, so a failing run can be repeated). Thread-safe:
 * tests may change the rules from any thread while the cloud serves in its own.
 */
class DemoFaultInjector
{
public:
    struct Decision
    {
        int delayMs = 0;
        bool fires = false; // a non-Delay rule fired: see fault
        DemoFault fault;
        int ruleId = 0;
    };

    explicit DemoFaultInjector(quint32 seed = 1);

    int add(const DemoFault &fault); // returns the rule id (> 0)
    void remove(int ruleId);
    void clear();
    void setSeed(quint32 seed);

    [[nodiscard]] int firedCount(int ruleId) const; // how often the rule fired (also after removal)
    // How many requests matched the rule (method and path, while it was active): with firedCount,
    // the rate the rule actually injected.
    [[nodiscard]] int matchedCount(int ruleId) const;
    [[nodiscard]] int totalFired() const;           // every rule, Delay rules included
    [[nodiscard]] bool isEmpty() const;

    Decision decide(const QByteArray &method, const QString &path);

private:
    struct Rule
    {
        int id;
        DemoFault fault;
        QRandomGenerator random;
        int blockPos = 0; // withRate: place of the next request in its block
        int fireAt = 0;   // withRate: the place in the block that fires
        bool pending = false; // withRate: its place came while another rule fired: fire at the next
    };
    static quint32 ruleSeed(quint32 seed, int ruleId);

    mutable QMutex m_mutex;
    QList<Rule> m_rules;
    QHash<int, int> m_fired;
    QHash<int, int> m_matched;
    int m_nextId = 1;
    int m_totalFired = 0;
    quint32 m_seed;
};
