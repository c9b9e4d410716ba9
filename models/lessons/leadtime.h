#pragma once

#include "models/domain/tasktypes.h"

#include <QHash>
#include <QList>
#include <QString>

/** How long one finished preparation took, from the journal's stage times. */
struct PrepSample
{
    TaskKind kind = TaskKind::Create;
    QString image;  // image ID (or name) of the desktop
    QString flavor; // flavor ID (or name)
    qint64 seconds = 0;
};

/**
 * "Ready by the bell": how early to start preparing a desktop, learned per image, flavor and
 * operation from how long the same preparation took before (the task journal's first stage start
 * to last stage end). With no history for that operation a fixed `ahead` is used.
 *
 * The lead time is the slowest of the recent samples (the newest `window`) plus a quarter, at
 * least 20 s (the tick interval adds its own margin); a desktop is then expected ready `typical` (the median) after preparation
 * starts. Falls back from (kind, image, flavor) to (kind, image) to (kind) before `ahead`.
 */
class LeadTime
{
public:
    static constexpr qint64 MinimumLeadSeconds = 20;
    explicit LeadTime(int aheadSeconds = 600, int window = 20);

    void add(const PrepSample &sample); // in journal order, oldest first
    void addAll(const QList<PrepSample> &samples);

    struct Estimate
    {
        qint64 leadSeconds = 0;    // start preparing this long before the lesson
        qint64 typicalSeconds = 0; // expected preparation time
        int samples = 0;           // 0: the fixed ahead
        QString basis;             // "create/img/flavor", "create", "fixed"
    };
    [[nodiscard]] Estimate estimate(TaskKind kind, const QString &image, const QString &flavor) const;
    [[nodiscard]] int aheadSeconds() const { return m_ahead; }

private:
    static QString key(TaskKind kind, const QString &image = {}, const QString &flavor = {});
    int m_ahead;
    int m_window;
    QHash<QString, QList<qint64>> m_samples;
};
