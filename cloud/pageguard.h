#pragma once

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QUrl>

/**
 * Keeps a paged list from running forever: a marker (Nova) or next link (Glance) seen before means
 * the pages run in a circle (A → B → A), and more than maxPages pages means a server that never
 * ends its list. Either stops the paging with a plain error carrying the request ID. Pure; fuzzed
 * (tests/fuzz/fuzz_paging.cpp).
 */
class PageGuard
{
    Q_DECLARE_TR_FUNCTIONS(PageGuard)

public:
    // what names the list in messages ("server list"); firstMarker: the marker of the first page, if any.
    PageGuard(QString what, int maxPages, const QString &firstMarker = {});

    // Before fetching the page that `next` points to: an error when it must not be fetched.
    [[nodiscard]] CloudError follow(const QString &next, const QString &requestId);
    // Whether follow(next) would allow it, without counting it (for a request sent early).
    [[nodiscard]] bool allows(const QString &next) const { return !m_seen.contains(next) && m_pages < m_maxPages; }
    [[nodiscard]] int pages() const { return m_pages; }

    // Whether two URLs have the same origin (scheme, host and port, default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QString m_what;
    int m_maxPages;
    int m_pages = 1; // the first page is being read
    QSet<QString> m_seen;
};
