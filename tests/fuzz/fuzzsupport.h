#pragma once

// Shared by the libFuzzer targets: quiet Qt logging (a warning per input would slow fuzzing to a
// crawl) and a few helpers that touch every field of a parse result, so that a result built from
// freed or uninitialised memory is noticed by AddressSanitizer at once.

#include "cloud/clouderror.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstddef>
#include <cstdint>

namespace Fuzz
{
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // a deep copy: fromRawData would let Qt keep pointers into libFuzzer's buffer
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Sums lengths so the compiler cannot drop the reads.
struct Sink
{
    qsizetype n = 0;
    void operator()(const QString &s) { n += s.size(); }
    void operator()(const QStringList &l)
    {
        for (const QString &s : l)
            n += s.size();
    }
    void operator()(const QDateTime &t) { n += t.isValid() ? t.toString(Qt::ISODate).size() : 0; }
    void operator()(qint64 v) { n += v & 1; }
    void operator()(const QMap<QString, QString> &m)
    {
        for (auto it = m.begin(); it != m.end(); ++it)
            n += it.key().size() + it.value().size();
    }
    void operator()(const QVariantMap &m)
    {
        for (auto it = m.begin(); it != m.end(); ++it)
            n += it.key().size() + it.value().toString().size();
    }
};

inline void touch(const CloudError &e, Sink &sink)
{
    sink(e.userMessage());
    sink(e.detail());
    sink(e.fault());
    sink(e.message());
}

template<typename T, typename Touch>
void touch(const Result<T> &r, Sink &sink, Touch touchValue)
{
    if (r.ok())
        touchValue(r.value(), sink);
    else
        touch(r.error(), sink);
}

void installQuietMessageHandler();
} // namespace Fuzz
