// Issue 3 figure: parsing a Nova server detail page of 1,000 servers (and 10,000 servers in ten
// such pages, what a first load of the inventory parses). The servers are copies of a reply
// recorded from the test bed (microversion 2.79) with their own ids, names and addresses.
#include "cloud/apiparsers.h"
#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Bench;

namespace
{
QByteArray serverPage(const QJsonObject &tmpl, int first, int count)
{
    QJsonArray servers;
    for (int i = first; i < first + count; ++i) {
        QJsonObject s = tmpl;
        const QString id = QStringLiteral("%1-0000-4000-8000-%2").arg(i, 8, 16, QLatin1Char('0')).arg(i, 12, 16, QLatin1Char('0'));
        s.insert(QStringLiteral("id"), id);
        s.insert(QStringLiteral("name"), QStringLiteral("c%1-stu%2").arg(i / 250, 2, 10, QLatin1Char('0')).arg(i));
        QJsonObject meta = s.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("phoenix:owner"), QStringLiteral("student%1").arg(i));
        meta.insert(QStringLiteral("phoenix:seat"), QString::number(i % 250));
        s.insert(QStringLiteral("metadata"), meta);
        QJsonArray addrs = s.value(QStringLiteral("addresses")).toObject().value(QStringLiteral("lab-net")).toArray();
        QJsonObject fixed = addrs.at(0).toObject();
        fixed.insert(QStringLiteral("addr"), QStringLiteral("10.%1.%2.%3").arg(20 + i / 65536).arg((i / 256) % 256).arg(i % 256));
        addrs.replace(0, fixed);
        if (i % 4)
            addrs.removeAt(1); // a quarter have a floating address
        s.insert(QStringLiteral("addresses"), QJsonObject{{QStringLiteral("lab-net"), addrs}});
        servers.append(s);
    }
    const QString last = servers.last().toObject().value(QStringLiteral("id")).toString();
    QJsonArray links{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                 {QStringLiteral("href"), QStringLiteral("http://127.0.0.1:8774/v2.1/servers/detail?limit=%1&marker=%2").arg(count).arg(last)}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("servers"), servers}, {QStringLiteral("servers_links"), links}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile f(QStringLiteral(PHOENIX_SOURCE_DIR "/tests/data/openstack-recorded/nova-server-show-floating.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_parse: cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    const QJsonObject tmpl = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("body")).toObject()
                                 .value(QStringLiteral("server")).toObject();
    std::printf("bench_parse: Nova server detail pages (2.79), template %s\n", qPrintable(f.fileName()));

    const QByteArray page = serverPage(tmpl, 0, 1000);
    QList<double> parseMs;
    QList<double> jsonOnlyMs;
    int parsed = 0;
    for (int run = 0; run < 30; ++run) {
        QElapsedTimer t;
        t.start();
        const Result<ServerPage> r = ApiParsers::parseServerPage(page);
        parseMs << msSince(t);
        parsed = r.ok() ? int(r.value().servers.size()) : -1;
        t.restart();
        const QJsonDocument doc = QJsonDocument::fromJson(page);
        jsonOnlyMs << msSince(t);
        Q_UNUSED(doc)
    }
    const double med = median(parseMs);
    note(QStringLiteral("page: %1 bytes, %2 servers parsed; QJsonDocument::fromJson alone: %3 ms (median)")
             .arg(page.size()).arg(parsed).arg(median(jsonOnlyMs), 0, 'f', 2));
    figure(QStringLiteral("3"), QStringLiteral("parse a 1,000-server detail page (parseServerPage), median of 30"), med,
           QStringLiteral("ms"), QString(), QStringLiteral("-"),
           QStringLiteral("%1 MB/s; max %2 ms").arg(double(page.size()) / 1.0e3 / med, 0, 'f', 1).arg(maxOf(parseMs), 0, 'f', 2));

    QList<QByteArray> pages;
    for (int p = 0; p < 10; ++p)
        pages << serverPage(tmpl, p * 1000, 1000);
    QList<double> tenK;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        int n = 0;
        for (const QByteArray &p : std::as_const(pages)) {
            const Result<ServerPage> r = ApiParsers::parseServerPage(p);
            n += r.ok() ? int(r.value().servers.size()) : 0;
        }
        tenK << msSince(t);
        Q_UNUSED(n)
    }
    figure(QStringLiteral("5"), QStringLiteral("parse 10,000 servers (10 pages), on the inventory thread, median of 5"),
           median(tenK), QStringLiteral("ms"), QString(), QStringLiteral("-"), QStringLiteral("off the GUI thread"));
    return 0;
}
