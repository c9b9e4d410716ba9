#include "benchsupport.h"

#include <QFile>

#include <cstdio>

namespace
{
const char *const States[] = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "SHUTOFF", "ACTIVE", "SHELVED_OFFLOADED"};

double statusField(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return -1;
}
} // namespace

QList<Server> Bench::makeServers(int n)
{
    QList<Server> out;
    out.reserve(n);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < n; ++i) {
        Server s;
        const int course = i / 250;
        const int seat = i % 250;
        const bool other = i % 97 == 13; // ~1 %: servers without Phoenix metadata
        s.id = QStringLiteral("%1-0000-4000-8000-%2").arg(i, 8, 16, QLatin1Char('0')).arg(i * 7919, 12, 16, QLatin1Char('0'));
        if (other) {
            s.name = QStringLiteral("infra-%1").arg(i);
        } else if (seat == 0) {
            s.name = QStringLiteral("c%1-teacher").arg(course, 2, 10, QLatin1Char('0'));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("teacher"));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("teacher%1").arg(course));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("c%1").arg(course, 2, 10, QLatin1Char('0')));
        } else {
            s.name = QStringLiteral("c%1-%2-stu%3").arg(course, 2, 10, QLatin1Char('0')).arg(seat, 3, 10, QLatin1Char('0')).arg(i);
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), QStringLiteral("student"));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), QStringLiteral("student%1").arg(i));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), QStringLiteral("c%1").arg(course, 2, 10, QLatin1Char('0')));
            s.metadata.insert(QString::fromLatin1(PhoenixMeta::Seat), QString::number(seat));
        }
        if (!other)
            s.tags << QString::fromLatin1(PhoenixMeta::Tag);
        s.status = QString::fromLatin1(States[i % 8]);
        s.vmState = s.status.toLower();
        s.powerState = s.status == QLatin1String("ACTIVE") ? 1 : 4;
        s.imageId = QStringLiteral("img-%1").arg(i % 3);
        s.flavorId = QStringLiteral("desk.small");
        s.flavorName = QStringLiteral("desk.small");
        s.userId = QStringLiteral("u-labadmin");
        s.projectId = QStringLiteral("p-school");
        s.created = base.addSecs(i * 60);
        s.updated = s.created.addSecs(3600);
        s.launchedAt = s.created.addSecs(30);
        ServerAddress fixed;
        fixed.network = QStringLiteral("lab-net");
        fixed.address = QStringLiteral("10.%1.%2.%3").arg(20 + i / 65536).arg((i / 256) % 256).arg(i % 256);
        fixed.type = QStringLiteral("fixed");
        fixed.mac = QStringLiteral("fa:16:3e:%1:%2:%3").arg((i >> 16) & 255, 2, 16, QLatin1Char('0')).arg((i >> 8) & 255, 2, 16, QLatin1Char('0')).arg(i & 255, 2, 16, QLatin1Char('0'));
        s.addresses << fixed;
        if (i % 4 == 0) {
            ServerAddress floating = fixed;
            floating.address = QStringLiteral("203.0.%1.%2").arg((i / 250) % 256).arg(10 + i % 240);
            floating.type = QStringLiteral("floating");
            s.addresses << floating;
        }
        out << s;
    }
    return out;
}

Server Bench::changedServer(const Server &s, int generation)
{
    Server c = s;
    c.status = s.status == QLatin1String("ACTIVE") ? QStringLiteral("SUSPENDED") : QStringLiteral("ACTIVE");
    c.vmState = c.status.toLower();
    c.updated = s.updated.addSecs(60 * (generation + 1));
    return c;
}

void Bench::figure(const QString &issue, const QString &name, double value, const QString &unit, const QString &target,
                   const QString &verdict, const QString &note)
{
    const QString v = value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3);
    std::printf("FIGURE\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", qPrintable(issue), qPrintable(name), qPrintable(v),
                qPrintable(unit), qPrintable(target.isEmpty() ? QStringLiteral("-") : target),
                qPrintable(verdict.isEmpty() ? QStringLiteral("-") : verdict),
                qPrintable(note.isEmpty() ? QStringLiteral("-") : note));
    std::fflush(stdout);
}

QString Bench::verdict(double value, double limit, bool atLeast)
{
    return (atLeast ? value >= limit : value <= limit) ? QStringLiteral("met") : QStringLiteral("missed");
}

void Bench::note(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

double Bench::rssMb()
{
    return statusField("VmRSS");
}

double Bench::peakRssMb()
{
    return statusField("VmHWM");
}

double Bench::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double Bench::maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}
