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

QString DemoFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::HttpError: return QStringLiteral("http-error");
    case Kind::Delay: return QStringLiteral("delay");
    case Kind::Reset: return QStringLiteral("reset");
    case Kind::CloseMidBody: return QStringLiteral("close-mid-body");
    case Kind::TruncatedJson: return QStringLiteral("truncated-json");
    case Kind::MalformedJson: return QStringLiteral("malformed-json");
    case Kind::ExpireToken: return QStringLiteral("expire-token");
    }
    return {};
}

std::optional<DemoFault> DemoFault::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kindText = text.left(colon).trimmed();
    std::optional<Kind> kind;
    for (Kind k : {Kind::HttpError, Kind::Delay, Kind::Reset, Kind::CloseMidBody, Kind::TruncatedJson, Kind::MalformedJson,
                   Kind::ExpireToken}) {
        if (kindName(k) == kindText)
            kind = k;
    }
    if (!kind) {
        *error = QStringLiteral("unknown fault kind \"%1\"").arg(kindText);
        return std::nullopt;
    }
    DemoFault f = make(*kind, {}, {});
    const QStringList items = colon < 0 ? QStringList() : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("after") && eq < 0) {
            f.when = When::AfterHandling;
        } else if (key == QLatin1String("method")) {
            f.method = value.toLatin1().toUpper();
        } else if (key == QLatin1String("path")) {
            f.path = QRegularExpression(value);
            ok = f.path.isValid();
        } else if (key == QLatin1String("status")) {
            f.status = value.toInt(&ok);
        } else if (key == QLatin1String("ms")) {
            f.delayMs = value.toInt(&ok);
        } else if (key == QLatin1String("probability")) {
            f.probability = value.toDouble(&ok);
            ok = ok && f.probability >= 0 && f.probability <= 1;
        } else if (key == QLatin1String("rate")) {
            const double rate = value.toDouble(&ok);
            ok = ok && rate > 0 && rate <= 1;
            f.withRate(rate);
        } else if (key == QLatin1String("next")) {
            f.remaining = value.toInt(&ok);
            ok = ok && f.remaining > 0;
        } else if (key == QLatin1String("retry-after")) {
            f.retryAfterSeconds = value.toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok) {
            *error = QStringLiteral("invalid \"%1\" in fault \"%2\"").arg(item, text);
            return std::nullopt;
        }
    }
    return f;
}

// ---------------------------------------------------------------------------------------------
DemoFaultInjector::DemoFaultInjector(quint32 seed)
    : m_seed(seed)
{
}

quint32 DemoFaultInjector::ruleSeed(quint32 seed, int ruleId)
{
    return seed ^ (quint32(ruleId) * 0x9e3779b9u);
}

int DemoFaultInjector::add(const DemoFault &fault)
{
    QMutexLocker lock(&m_mutex);
    const int id = m_nextId++;
    m_rules.append({id, fault, QRandomGenerator(ruleSeed(m_seed, id))});
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
    m_seed = seed;
    for (Rule &rule : m_rules)
        rule.random.seed(ruleSeed(seed, rule.id));
}

int DemoFaultInjector::firedCount(int ruleId) const
{
    QMutexLocker lock(&m_mutex);
    return m_fired.value(ruleId);
}

int DemoFaultInjector::matchedCount(int ruleId) const
{
    QMutexLocker lock(&m_mutex);
    return m_matched.value(ruleId);
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
        ++m_matched[rule.id];
        // Every matching request draws from the rule's own sequence, whether or not an earlier
        // rule fired, so that the k-th request a rule sees always gets the same draw.
        bool drawn = false;
        if (f.everyN > 0) {
            if (rule.blockPos == 0)
                rule.fireAt = int(rule.random.bounded(quint32(f.everyN)));
            rule.pending = rule.pending || rule.blockPos == rule.fireAt;
            rule.blockPos = (rule.blockPos + 1) % f.everyN;
            drawn = rule.pending;
        } else {
            drawn = f.probability >= 1.0 || rule.random.generateDouble() < f.probability;
        }
        if (!drawn || (f.kind != DemoFault::Kind::Delay && d.fires))
            continue; // a withRate rule stays pending: the rate it injects is exact
        rule.pending = false;
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
