#include "cloud/demo/demofaults.h"

#include <QMutexLocker>

namespace
{
DemoFault make(DemoFault::Kind kind, const QByteArray &method, const QString &pathPattern)
{
    DemoFault f;
    f.kind = kind;
    f.method = method.toUpper();
    if (!pathPattern.isEmpty())
        f.path = QRegularExpression(pathPattern);
    return f;
}
} // namespace

DemoFault DemoFault::httpError(int status, const QByteArray &method, const QString &pathPattern)
{
    DemoFault f = make(Kind::HttpError, method, pathPattern);
    f.status = status;
    return f;
}

DemoFault DemoFault::delay(int ms, const QByteArray &method, const QString &pathPattern)
{
    DemoFault f = make(Kind::Delay, method, pathPattern);
    f.delayMs = ms;
    return f;
}

DemoFault DemoFault::reset(const QByteArray &method, const QString &pathPattern)
{
    return make(Kind::Reset, method, pathPattern);
}

DemoFault DemoFault::closeMidBody(const QByteArray &method, const QString &pathPattern)
{
    return make(Kind::CloseMidBody, method, pathPattern);
}

DemoFault DemoFault::truncatedJson(const QByteArray &method, const QString &pathPattern)
{
    return make(Kind::TruncatedJson, method, pathPattern);
}

DemoFault DemoFault::malformedJson(const QByteArray &method, const QString &pathPattern)
{
    return make(Kind::MalformedJson, method, pathPattern);
}

DemoFault DemoFault::expireToken(const QByteArray &method, const QString &pathPattern)
{
    return make(Kind::ExpireToken, method, pathPattern);
}

bool DemoFault::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (!path.pattern().isEmpty() && !path.match(requestPath).hasMatch())
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
DemoFaultInjector::DemoFaultInjector(quint32 seed)
    : m_random(seed)
{
}

int DemoFaultInjector::add(const DemoFault &fault)
{
    QMutexLocker lock(&m_mutex);
    const int id = m_nextId++;
    m_rules.append({id, fault});
    return id;
}

void DemoFaultInjector::remove(int ruleId)
{
    QMutexLocker lock(&m_mutex);
    m_rules.removeIf([ruleId](const Rule &r) { return r.id == ruleId; });
}

void DemoFaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

void DemoFaultInjector::setSeed(quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_random.seed(seed);
}

int DemoFaultInjector::firedCount(int ruleId) const
{
    QMutexLocker lock(&m_mutex);
    return m_fired.value(ruleId);
}

int DemoFaultInjector::totalFired() const
{
    QMutexLocker lock(&m_mutex);
    return m_totalFired;
}

bool DemoFaultInjector::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules.isEmpty();
}

DemoFaultInjector::Decision DemoFaultInjector::decide(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    Decision d;
    for (Rule &rule : m_rules) {
        DemoFault &f = rule.fault;
        if (f.remaining == 0 || !f.matches(method, path))
            continue;
        if (f.kind != DemoFault::Kind::Delay && d.fires)
            continue;
        // Draw only for rules that could fire, so that adding an unrelated rule does not shift
        // the random sequence of the others.
        if (f.probability < 1.0 && m_random.generateDouble() >= f.probability)
            continue;
        if (f.remaining > 0)
            --f.remaining;
        ++m_fired[rule.id];
        ++m_totalFired;
        if (f.kind == DemoFault::Kind::Delay) {
            d.delayMs += f.delayMs;
        } else {
            d.fires = true;
            d.fault = f;
            d.ruleId = rule.id;
            d.delayMs += f.delayMs;
        }
    }
    m_rules.removeIf([](const Rule &r) { return r.fault.remaining == 0; });
    return d;
}
