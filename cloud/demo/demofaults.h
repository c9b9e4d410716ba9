#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

/**
 * One fault-injection rule of the demo cloud: which requests it applies to (HTTP method and a
 * regular expression on the path, e.g. "^/compute/v2\\.1/servers/[^/]+/action$"), how often (a
 * probability, optionally only for the next N matching requests) and what happens instead of a
 * normal reply. Rules are checked in the order they were added; Delay rules add up and the reply
 * goes on, the first other rule that fires decides the reply.
 *
 *   demo.addFault(DemoFault::httpError(503, "GET", "^/compute/").forNext(3));
 *   demo.addFault(DemoFault::httpError(429).withRetryAfter(1).withProbability(0.1));
 *   demo.addFault(DemoFault::reset("POST", "/servers$").afterHandling()); // created, reply lost
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
    [[nodiscard]] int totalFired() const;           // every rule, Delay rules included
    [[nodiscard]] bool isEmpty() const;

    Decision decide(const QByteArray &method, const QString &path);

private:
    struct Rule
    {
        int id;
        DemoFault fault;
    };
    mutable QMutex m_mutex;
    QList<Rule> m_rules;
    QHash<int, int> m_fired;
    int m_nextId = 1;
    int m_totalFired = 0;
    QRandomGenerator m_random;
};
