#pragma once

#include <QtGlobal>

// What a reply may hold before Phoenix stops reading it (a broken or hostile server must not fill
// the memory of every workstation), and how many pages a paged list may have. The defaults are
// far above what a school cloud sends: a Nova page of 1000 servers is about 3 MiB.
enum class ReplyKind {
    Object, // one server, image, action reply, version document, ...
    List,   // a page of a list (Nova, Glance) or a whole Neutron list
    Auth    // Keystone's token reply (the service catalog)
};

struct ReplyLimits
{
    qint64 objectBytes = 8ll << 20;
    qint64 listBytes = 64ll << 20;
    qint64 authBytes = 8ll << 20;
    qint64 errorBytes = 1ll << 20; // any 4xx/5xx body, whatever the request
    int maxPages = 1000;           // pages of one paged list (1000 × 1000 servers)

    [[nodiscard]] qint64 bytesFor(ReplyKind kind, int httpStatus) const
    {
        if (httpStatus >= 400)
            return errorBytes;
        switch (kind) {
        case ReplyKind::List:
            return listBytes;
        case ReplyKind::Auth:
            return authBytes;
        case ReplyKind::Object:
            break;
        }
        return objectBytes;
    }
};
