#include "cloud/pageguard.h"

#include "cloud/retrypolicy.h"

PageGuard::PageGuard(QString what, int maxPages, const QString &firstMarker)
    : m_what(std::move(what))
    , m_maxPages(qMax(1, maxPages))
{
    if (!firstMarker.isEmpty())
        m_seen.insert(firstMarker);
}

CloudError PageGuard::follow(const QString &next, const QString &requestId)
{
    CloudError error;
    if (m_seen.contains(next)) {
        error = CloudError::malformed(tr("the %1 runs in a circle: after page %2 it points back to an earlier page "
                                         "(\"%3\"); Phoenix stopped reading it")
                                          .arg(m_what)
                                          .arg(m_pages)
                                          .arg(next.left(200)),
                                      requestId);
    } else if (m_pages >= m_maxPages) {
        error = CloudError::malformed(
            tr("the %1 has more than %2 pages; Phoenix stopped reading it").arg(m_what).arg(m_maxPages), requestId);
    } else {
        m_seen.insert(next);
        ++m_pages;
        return {};
    }
    error.setRetryLevel(RetryPolicy::Level::Never); // the same pages would come again
    return error;
}

bool PageGuard::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower() || a.host().compare(b.host(), Qt::CaseInsensitive) != 0 || a.host().isEmpty())
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return a.port(defaultPort) == b.port(defaultPort);
}
