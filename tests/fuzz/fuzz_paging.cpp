// libFuzzer target: paging and same-origin handling. The input is a small "cloud": pages separated
// by a line "--", the first line an optional byte that picks Nova (servers, markers) or Glance
// (images, next links). The cloud answers a marker or link with the page its hash picks, so it can
// run in circles or forever. Checked on every input:
//  - paging ends within ReplyLimits::maxPages pages (never an endless loop);
//  - no marker or link is followed twice;
//  - a next link is followed only to the image endpoint's own scheme, host and port (checked
//    against an independent comparison), and never carries user info;
//  - a redirect target (the page text as a Location header) is judged the same way.
#include "cloud/apiparsers.h"
#include "cloud/imageapi.h"
#include "cloud/pageguard.h"
#include "fuzzsupport.h"

#include <QSet>

#include <cstdlib>

namespace
{
const QUrl Endpoint(QStringLiteral("https://cloud.school.example:9292/image"));
constexpr int MaxPages = 40;

void check(bool ok)
{
    if (!ok)
        abort(); // libFuzzer keeps the input as a crash
}

// Independent of PageGuard::sameOrigin: what "the token may go there" means.
bool sameServer(const QUrl &url)
{
    const int port = url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && url.host().compare(QStringLiteral("cloud.school.example"), Qt::CaseInsensitive) == 0 && port == 9292;
}

QList<QByteArray> pagesOf(const QByteArray &input)
{
    QList<QByteArray> pages = input.split('\n');
    QList<QByteArray> out;
    QByteArray current;
    for (const QByteArray &line : pages) {
        if (line == "--") {
            out << current;
            current.clear();
        } else {
            current += line + '\n';
        }
    }
    out << current;
    return out;
}

const QByteArray &pageFor(const QList<QByteArray> &pages, const QString &key)
{
    return pages.at(int(qHash(key) % uint(pages.size())));
}

void novaPaging(const QList<QByteArray> &pages)
{
    PageGuard guard(QStringLiteral("server list"), MaxPages);
    QSet<QString> followed;
    QByteArray body = pages.first();
    for (int steps = 0;; ++steps) {
        check(steps <= MaxPages);
        Result<ServerPage> page = ApiParsers::parseServerPage(body);
        if (!page || page.value().nextMarker.isEmpty() || page.value().servers.isEmpty())
            return;
        const QString next = page.value().nextMarker;
        if (guard.follow(next, QString()))
            return;
        check(!followed.contains(next));
        followed.insert(next);
        check(guard.pages() <= MaxPages);
        body = pageFor(pages, next);
    }
}

void glancePaging(const QList<QByteArray> &pages)
{
    PageGuard guard(QStringLiteral("image list"), MaxPages);
    QSet<QString> followed;
    QByteArray body = pages.first();
    for (int steps = 0;; ++steps) {
        check(steps <= MaxPages);
        QString next;
        Result<QList<Image>> images = ApiParsers::parseImages(body, &next);
        if (!images || next.isEmpty())
            return;
        const Result<QUrl> url = ImageApi::nextPageUrl(Endpoint, next);
        if (!url)
            return;
        check(sameServer(url.value()));
        check(url.value().userInfo().isEmpty());
        const QString key = url.value().toString(QUrl::FullyEncoded);
        if (guard.follow(key, QString()))
            return;
        check(!followed.contains(key));
        followed.insert(key);
        body = pageFor(pages, key);
    }
}

void redirects(const QList<QByteArray> &pages)
{
    for (const QByteArray &location : pages) {
        const QUrl target = Endpoint.resolved(QUrl::fromEncoded(location.trimmed()));
        if (PageGuard::sameOrigin(Endpoint, target))
            check(sameServer(target));
        if (sameServer(target) && !target.host().isEmpty())
            check(PageGuard::sameOrigin(Endpoint, target));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 200000)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    const QList<QByteArray> pages = pagesOf(input);
    if (data[0] & 1)
        glancePaging(pages);
    else
        novaPaging(pages);
    redirects(pages);
    return 0;
}
