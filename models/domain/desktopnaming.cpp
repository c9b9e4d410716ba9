#include "models/domain/desktopnaming.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace
{
bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// "-01--x-" → "01-x": drops separators left at the ends or doubled by empty fields.
QString tidy(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (isSeparator(c) && (out.isEmpty() || isSeparator(out.back())))
            continue;
        out += c;
    }
    while (!out.isEmpty() && isSeparator(out.back()))
        out.chop(1);
    return out;
}

QString normaliseHeader(const QString &cell)
{
    return cell.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
}

enum class Column {
    Owner,
    Seat,
    Ignored
};

std::optional<Column> headerColumn(const QString &cell)
{
    static const QStringList owners = {QStringLiteral("owner"), QStringLiteral("user"), QStringLiteral("username"),
                                       QStringLiteral("login"), QStringLiteral("student"), QStringLiteral("teacher"),
                                       QStringLiteral("用户名"), QStringLiteral("用户"), QStringLiteral("学号"),
                                       QStringLiteral("账号")};
    static const QStringList seats = {QStringLiteral("seat"), QStringLiteral("seatnumber"), QStringLiteral("座位"),
                                      QStringLiteral("座位号")};
    const QString h = normaliseHeader(cell);
    if (owners.contains(h))
        return Column::Owner;
    if (seats.contains(h))
        return Column::Seat;
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("姓名"),
                                      QStringLiteral("email"), QStringLiteral("course"), QStringLiteral("课程"),
                                      QStringLiteral("class"), QStringLiteral("班级")};
    if (known.contains(h))
        return Column::Ignored;
    return std::nullopt;
}
} // namespace

QuotaForecast QuotaForecast::of(const ComputeLimits &limits, const Flavor &flavor, int count)
{
    QuotaForecast f;
    f.instances = {limits.usedInstances, count, limits.maxInstances};
    f.cores = {limits.usedCores, qint64(count) * flavor.vcpus, limits.maxCores};
    f.ramMb = {limits.usedRamMb, qint64(count) * flavor.ramMb, limits.maxRamMb};
    return f;
}

int DesktopBatchPlan::count(PlannedDesktop::Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [outcome](const PlannedDesktop &d) { return d.outcome == outcome; }));
}

QList<ServerCreateSpec> DesktopBatchPlan::specsToCreate() const
{
    QList<ServerCreateSpec> specs;
    for (const PlannedDesktop &d : items) {
        if (d.outcome == PlannedDesktop::Outcome::Create)
            specs << d.spec;
    }
    return specs;
}

QString DesktopNaming::validateTemplate(const QString &nameTemplate)
{
    if (nameTemplate.trimmed().isEmpty())
        return tr("The naming template is empty.");
    QString error;
    NamingFields probe;
    probe.course = QStringLiteral("c");
    probe.owner = QStringLiteral("o");
    probe.role = DesktopRoles::key(DesktopRole::Student);
    probe.image = QStringLiteral("i");
    probe.seat = 1;
    probe.index = 1;
    expand(nameTemplate, probe, &error);
    if (!error.isEmpty())
        return error;
    const bool distinguishes = nameTemplate.contains(QLatin1String("{seat")) || nameTemplate.contains(QLatin1String("{owner"))
        || nameTemplate.contains(QLatin1String("{index")) || nameTemplate.contains(QLatin1String("{n}"))
        || nameTemplate.contains(QLatin1String("{n:"));
    if (!distinguishes)
        return tr("The template needs {seat}, {owner}, {n} or {index}, or every desktop would get the same name.");
    return {};
}

QString DesktopNaming::expand(const QString &nameTemplate, const NamingFields &fields, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (error)
        error->clear();
    QString out;
    for (qsizetype i = 0; i < nameTemplate.size(); ++i) {
        const QChar c = nameTemplate.at(i);
        if (c == QLatin1Char('}')) {
            if (i + 1 < nameTemplate.size() && nameTemplate.at(i + 1) == QLatin1Char('}')) {
                out += QLatin1Char('}');
                ++i;
                continue;
            }
            return fail(tr("Unmatched \"}\" at position %1 of the template.").arg(i + 1));
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        if (i + 1 < nameTemplate.size() && nameTemplate.at(i + 1) == QLatin1Char('{')) {
            out += QLatin1Char('{');
            ++i;
            continue;
        }
        const qsizetype close = nameTemplate.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return fail(tr("Unmatched \"{\" at position %1 of the template.").arg(i + 1));
        const QString field = nameTemplate.mid(i + 1, close - i - 1);
        i = close;
        const qsizetype colon = field.indexOf(QLatin1Char(':'));
        const QString key = (colon < 0 ? field : field.left(colon)).trimmed();
        const QString format = colon < 0 ? QString() : field.mid(colon + 1).trimmed();
        int width = 0;
        if (!format.isEmpty()) {
            bool ok = false;
            width = format.toInt(&ok);
            if (!ok || width < 0 || width > 9)
                return fail(tr("\"%1\" is not a number format; write e.g. {seat:02}.").arg(format));
        }
        auto number = [width](int n) { return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')); };
        if (key == QLatin1String("course"))
            out += fields.course;
        else if (key == QLatin1String("owner"))
            out += fields.owner;
        else if (key == QLatin1String("role"))
            out += fields.role;
        else if (key == QLatin1String("image"))
            out += fields.image;
        else if (key == QLatin1String("seat"))
            out += number(fields.seat);
        else if (key == QLatin1String("index") || key == QLatin1String("n"))
            out += number(fields.index);
        else
            return fail(tr("Unknown field {%1}; use {course}, {seat}, {owner}, {role}, {image}, {n} or {index}.").arg(key));
        if (!format.isEmpty() && key != QLatin1String("seat") && key != QLatin1String("index") && key != QLatin1String("n"))
            return fail(tr("Only {seat}, {n} and {index} take a number format."));
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out = tidy(out.trimmed().replace(spaces, QStringLiteral("-")));
    if (out.isEmpty())
        return fail(tr("The template gives an empty name."));
    return out.left(MaxNameLength);
}

QStringList DesktopNaming::splitCsvLine(const QString &line, QChar separator, bool *ok)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            cells << (wasQuoted ? cell : cell.trimmed());
            cell.clear();
            wasQuoted = false;
        } else {
            cell += c;
        }
    }
    cells << (wasQuoted ? cell : cell.trimmed());
    if (ok)
        *ok = !quoted;
    return cells;
}

Roster DesktopNaming::parseRoster(const QString &text)
{
    Roster roster;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.startsWith(QChar(0xfeff)))
        normalised.remove(0, 1);
    const QStringList lines = normalised.split(QLatin1Char('\n'));

    QChar separator = QLatin1Char(',');
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1Char('#')))
            continue;
        static const QRegularExpression quotedText(QStringLiteral("\"[^\"]*\"?"));
        const QString bare = QString(l).remove(quotedText); // separators inside quotes do not count
        if (bare.contains(QLatin1Char('\t')))
            separator = QLatin1Char('\t');
        else if (bare.contains(QLatin1Char(';')) && !bare.contains(QLatin1Char(',')))
            separator = QLatin1Char(';');
        break;
    }

    int ownerColumn = 0;
    int seatColumn = 1;
    bool headerSeen = false;
    QHash<QString, int> ownerLines;
    QHash<int, int> seatLines;
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        const QString line = lines.at(n);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        bool ok = true;
        const QStringList cells = splitCsvLine(line, separator, &ok);
        if (!ok) {
            roster.problems << RosterProblem{lineNo, tr("Line %1: a quote is not closed.").arg(lineNo)};
            continue;
        }
        if (!headerSeen) {
            headerSeen = true;
            int owner = -1;
            int seat = -1;
            bool allKnown = true;
            for (int c = 0; c < cells.size(); ++c) {
                const auto col = headerColumn(cells.at(c));
                if (!col)
                    allKnown = false;
                else if (*col == Column::Owner && owner < 0)
                    owner = c;
                else if (*col == Column::Seat && seat < 0)
                    seat = c;
            }
            if (owner >= 0 && allKnown) {
                ownerColumn = owner;
                seatColumn = seat;
                continue; // a header row
            }
        }
        const QString owner = cells.value(ownerColumn).trimmed();
        if (owner.isEmpty()) {
            roster.problems << RosterProblem{lineNo, tr("Line %1: no owner.").arg(lineNo)};
            continue;
        }
        if (owner.contains(QLatin1Char('/')) || owner.contains(QLatin1Char('{')) || owner.contains(QLatin1Char('}'))
            || std::any_of(owner.cbegin(), owner.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            roster.problems << RosterProblem{lineNo, tr("Line %1: \"%2\" is not a valid user name.").arg(lineNo).arg(owner)};
            continue;
        }
        RosterEntry entry;
        entry.line = lineNo;
        entry.owner = owner;
        const QString seatText = seatColumn >= 0 ? cells.value(seatColumn).trimmed() : QString();
        if (!seatText.isEmpty()) {
            bool isNumber = false;
            entry.seat = seatText.toInt(&isNumber);
            if (!isNumber || entry.seat <= 0) {
                roster.problems << RosterProblem{lineNo, tr("Line %1: seat \"%2\" is not a positive number.").arg(lineNo).arg(seatText)};
                continue;
            }
        }
        if (ownerLines.contains(owner.toCaseFolded())) {
            roster.problems << RosterProblem{lineNo, tr("Line %1: %2 is already on line %3.").arg(lineNo).arg(owner).arg(ownerLines.value(owner.toCaseFolded()))};
            continue;
        }
        if (entry.seat > 0 && seatLines.contains(entry.seat)) {
            roster.problems << RosterProblem{lineNo, tr("Line %1: seat %2 is already taken on line %3.").arg(lineNo).arg(entry.seat).arg(seatLines.value(entry.seat))};
            continue;
        }
        ownerLines.insert(owner.toCaseFolded(), lineNo);
        if (entry.seat > 0)
            seatLines.insert(entry.seat, lineNo);
        roster.entries << entry;
    }
    return roster;
}

DesktopBatchPlan DesktopNaming::plan(const DesktopBatchRequest &request, const QList<Server> &existing)
{
    DesktopBatchPlan plan;
    plan.templateError = validateTemplate(request.nameTemplate);
    if (!plan.templateError.isEmpty())
        return plan;

    QHash<QString, QString> existingNames; // folded name → name
    QHash<QString, QString> ownerDesktops; // owner → name, for this role and course
    for (const Server &s : existing) {
        if (s.isDeleted())
            continue;
        existingNames.insert(s.name.toCaseFolded(), s.name);
        const QString owner = s.meta(PhoenixMeta::Owner);
        if (!owner.isEmpty() && DesktopRoles::of(s) == request.role && s.meta(PhoenixMeta::Course) == request.course)
            ownerDesktops.insert(owner.toCaseFolded(), s.name);
    }

    // Seats: explicit ones are kept; the others are numbered from firstSeat, skipping taken seats.
    QSet<int> taken;
    for (const RosterEntry &e : request.owners) {
        if (e.seat > 0)
            taken.insert(e.seat);
    }
    int nextSeat = qMax(1, request.firstSeat);
    auto allocateSeat = [&] {
        while (taken.contains(nextSeat))
            ++nextSeat;
        taken.insert(nextSeat);
        return nextSeat++;
    };

    QList<RosterEntry> rows = request.owners;
    if (rows.isEmpty()) {
        for (int i = 0; i < request.count; ++i)
            rows << RosterEntry{};
    }
    QHash<QString, int> batchNames;
    int index = 0;
    for (const RosterEntry &row : std::as_const(rows)) {
        ++index;
        PlannedDesktop d;
        d.owner = row.owner;
        d.seat = row.seat > 0 ? row.seat : allocateSeat();
        NamingFields f;
        f.course = request.course;
        f.seat = d.seat;
        f.owner = row.owner;
        f.role = DesktopRoles::key(request.role);
        f.index = index;
        f.image = request.imageName;
        QString error;
        d.name = expand(request.nameTemplate, f, &error);
        const QString folded = d.name.toCaseFolded();
        if (!error.isEmpty()) {
            d.outcome = PlannedDesktop::Outcome::Invalid;
            d.note = error;
        } else if (batchNames.contains(folded)) {
            d.outcome = PlannedDesktop::Outcome::Invalid;
            d.note = tr("Same name as row %1; add {seat} or {owner} to the template.").arg(batchNames.value(folded));
        } else if (existingNames.contains(folded)) {
            d.outcome = PlannedDesktop::Outcome::SkipExists;
            d.note = tr("Exists already; skipped.");
        } else if (!row.owner.isEmpty() && ownerDesktops.contains(row.owner.toCaseFolded())) {
            d.outcome = PlannedDesktop::Outcome::SkipOwnerHasOne;
            d.note = tr("%1 already has %2; skipped.").arg(row.owner, ownerDesktops.value(row.owner.toCaseFolded()));
        }
        if (!d.name.isEmpty() && !batchNames.contains(folded))
            batchNames.insert(folded, index);

        ServerCreateSpec &spec = d.spec;
        spec.name = d.name;
        spec.imageId = request.imageId;
        spec.flavorId = request.flavorId;
        spec.networkId = request.networkId;
        spec.tags = {QString::fromLatin1(PhoenixMeta::Tag)};
        spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Type),
                             !request.type.isEmpty()   ? request.type
                             : request.course.isEmpty() ? QStringLiteral("static")
                                                        : QStringLiteral("course"));
        spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Role), DesktopRoles::key(request.role));
        if (!row.owner.isEmpty())
            spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Owner), row.owner);
        if (!request.course.isEmpty())
            spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Course), request.course);
        spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Seat), QString::number(d.seat));
        if (request.expires.isValid())
            spec.metadata.insert(QString::fromLatin1(PhoenixMeta::Expires), formatOpenStackTime(request.expires));
        plan.items << d;
    }
    return plan;
}
