#include "models/lessons/leadtime.h"

#include <algorithm>

LeadTime::LeadTime(int aheadSeconds, int window)
    : m_ahead(aheadSeconds)
    , m_window(std::max(1, window))
{
}

QString LeadTime::key(TaskKind kind, const QString &image, const QString &flavor)
{
    return TaskText::kindKey(kind) + QLatin1Char('/') + image + QLatin1Char('/') + flavor;
}

void LeadTime::add(const PrepSample &sample)
{
    if (sample.seconds <= 0)
        return;
    for (const QString &k : {key(sample.kind, sample.image, sample.flavor), key(sample.kind, sample.image),
                             key(sample.kind)}) {
        QList<qint64> &list = m_samples[k];
        list << sample.seconds;
        if (list.size() > m_window)
            list.removeFirst();
    }
}

void LeadTime::addAll(const QList<PrepSample> &samples)
{
    for (const PrepSample &s : samples)
        add(s);
}

LeadTime::Estimate LeadTime::estimate(TaskKind kind, const QString &image, const QString &flavor) const
{
    for (const QString &k : {key(kind, image, flavor), key(kind, image), key(kind)}) {
        const auto it = m_samples.constFind(k);
        if (it == m_samples.cend() || it->isEmpty())
            continue;
        QList<qint64> sorted = *it;
        std::sort(sorted.begin(), sorted.end());
        Estimate e;
        e.samples = int(sorted.size());
        e.typicalSeconds = sorted.at(sorted.size() / 2);
        // At least 20 s: the scheduler also starts what falls due before its next tick, which
        // adds up to one tick interval of margin on top (PlanInput::tickSeconds).
        e.leadSeconds = std::max<qint64>(MinimumLeadSeconds, sorted.constLast() + (sorted.constLast() + 3) / 4);
        e.basis = k;
        while (e.basis.endsWith(QLatin1Char('/')))
            e.basis.chop(1);
        return e;
    }
    Estimate e;
    e.leadSeconds = m_ahead;
    e.typicalSeconds = m_ahead;
    e.basis = QStringLiteral("fixed");
    return e;
}
