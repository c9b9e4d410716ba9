#include "models/lessons/rostercsv.h"

#include "models/domain/desktopnaming.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <iconv.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace
{
#ifdef Q_OS_UNIX
// Converts with iconv(3); *ok false on an invalid or incomplete sequence.
QByteArray iconvConvert(const QByteArray &in, const char *from, const char *to, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return {};
    QByteArray out;
    out.resize(in.size() * 4 + 16);
    char *inPtr = const_cast<char *>(in.constData());
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1) || inLeft != 0)
        return {};
    out.resize(out.size() - qsizetype(outLeft));
    *ok = true;
    return out;
}
#endif

QString cleanCell(const QString &cell)
{
    return cell.trimmed();
}

int columnOf(const QStringList &header, std::initializer_list<const char16_t *> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        for (const char16_t *n : names) {
            if (h == QString::fromUtf16(n))
                return i;
        }
    }
    return -1;
}

QString csvCell(const QString &cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}
} // namespace

QString RosterImport::report() const
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << (p.line > 0 ? RosterCsv::tr("line %1: %2").arg(p.line).arg(p.message) : p.message);
    return lines.join(QLatin1Char('\n'));
}

QString RosterCsv::decode(const QByteArray &bytes, QString *encoding, bool *ok)
{
    *ok = true;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    *encoding = QStringLiteral("GBK");
#ifdef Q_OS_UNIX
    bool converted = false;
    const QByteArray out = iconvConvert(body, "GB18030", "UTF-8", &converted);
    if (converted)
        return QString::fromUtf8(out);
#elif defined(Q_OS_WIN)
    const int n = MultiByteToWideChar(936, MB_ERR_INVALID_CHARS, body.constData(), int(body.size()), nullptr, 0);
    if (n > 0) {
        QString wide(n, Qt::Uninitialized);
        MultiByteToWideChar(936, MB_ERR_INVALID_CHARS, body.constData(), int(body.size()),
                            reinterpret_cast<wchar_t *>(wide.data()), n);
        return wide;
    }
#endif
    *ok = false;
    return {};
}

QByteArray RosterCsv::encodeGbk(const QString &text)
{
#ifdef Q_OS_UNIX
    bool ok = false;
    const QByteArray out = iconvConvert(text.toUtf8(), "UTF-8", "GBK", &ok);
    return ok ? out : QByteArray();
#elif defined(Q_OS_WIN)
    const QByteArray wide(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const int n = WideCharToMultiByte(936, 0, reinterpret_cast<const wchar_t *>(text.utf16()), int(text.size()), nullptr, 0,
                                      nullptr, nullptr);
    QByteArray out(n, Qt::Uninitialized);
    WideCharToMultiByte(936, 0, reinterpret_cast<const wchar_t *>(text.utf16()), int(text.size()), out.data(), n, nullptr,
                        nullptr);
    return out;
#else
    return {};
#endif
}

bool RosterCsv::validOwner(const QString &owner, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (owner.isEmpty())
        return fail(tr("the owner is empty"));
    if (owner.size() > 255)
        return fail(tr("the owner \"%1…\" is longer than 255 characters").arg(owner.left(20)));
    for (const QChar c : owner) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(tr("the owner \"%1\" contains spaces or control characters").arg(owner));
    }
    return true;
}

RosterImport RosterCsv::parse(const QByteArray &bytes, const Rules &rules)
{
    RosterImport result;
    bool ok = false;
    const QString text = decode(bytes, &result.encoding, &ok);
    if (!ok) {
        result.problems << RosterImport::Problem{0, tr("The file is neither UTF-8 nor GBK text.")};
        return result;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    int headerLine = 0;
    int ownerCol = -1;
    int seatCol = -1;
    QChar separator = QLatin1Char(',');
    struct Row
    {
        int line;
        QString owner;
        int seat;
    };
    QList<Row> rows;
    QHash<QString, int> ownerLine;
    QHash<int, int> seatLine;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int lineNo = i + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (headerLine == 0) {
            if (!line.contains(QLatin1Char(',')) && line.contains(QLatin1Char(';')))
                separator = QLatin1Char(';');
            else if (!line.contains(QLatin1Char(',')) && line.contains(QLatin1Char('\t')))
                separator = QLatin1Char('\t');
            const QStringList header = DesktopNaming::splitCsvLine(line, separator);
            ownerCol = columnOf(header, {u"owner", u"user", u"username", u"用户名", u"学号"});
            seatCol = columnOf(header, {u"seat", u"座位", u"座位号"});
            headerLine = lineNo;
            if (ownerCol < 0 || seatCol < 0) {
                result.problems << RosterImport::Problem{
                    lineNo, tr("the first line must be the header \"owner,seat\" (found \"%1\")").arg(line.left(60))};
                return result;
            }
            continue;
        }
        bool quotesOk = true;
        const QStringList cells = DesktopNaming::splitCsvLine(line, separator, &quotesOk);
        if (!quotesOk) {
            result.problems << RosterImport::Problem{lineNo, tr("a quote is not closed")};
            continue;
        }
        if (cells.size() > std::max(ownerCol, seatCol) + 1 && !cells.mid(std::max(ownerCol, seatCol) + 1).join(QString()).trimmed().isEmpty()) {
            result.problems << RosterImport::Problem{lineNo, tr("more columns than the header names")};
            continue;
        }
        const QString owner = cleanCell(cells.value(ownerCol));
        const QString seatText = cleanCell(cells.value(seatCol));
        QString why;
        if (!validOwner(owner, &why)) {
            result.problems << RosterImport::Problem{lineNo, why};
            continue;
        }
        int seat = 0;
        if (!seatText.isEmpty()) {
            bool isNumber = false;
            seat = seatText.toInt(&isNumber);
            if (!isNumber || seat < 1) {
                result.problems << RosterImport::Problem{lineNo, tr("the seat \"%1\" is not a positive number").arg(seatText)};
                continue;
            }
            if (rules.classroomSeats > 0 && seat > rules.classroomSeats) {
                result.problems << RosterImport::Problem{
                    lineNo, tr("seat %1 is beyond the classroom's %2 seats").arg(seat).arg(rules.classroomSeats)};
                continue;
            }
        }
        if (!rules.teacher.isEmpty() && owner == rules.teacher) {
            result.problems << RosterImport::Problem{lineNo, tr("%1 teaches this course").arg(owner)};
            continue;
        }
        if (ownerLine.contains(owner)) {
            result.problems << RosterImport::Problem{lineNo, tr("%1 is listed already on line %2").arg(owner).arg(ownerLine.value(owner))};
            continue;
        }
        if (seat > 0 && seatLine.contains(seat)) {
            result.problems << RosterImport::Problem{lineNo, tr("seat %1 is given already on line %2").arg(seat).arg(seatLine.value(seat))};
            continue;
        }
        ownerLine.insert(owner, lineNo);
        if (seat > 0)
            seatLine.insert(seat, lineNo);
        rows << Row{lineNo, owner, seat};
    }
    if (headerLine == 0) {
        result.problems << RosterImport::Problem{0, tr("The file is empty: it needs the header \"owner,seat\" and one line per student.")};
        return result;
    }
    if (rules.capacity > 0 && rows.size() > rules.capacity) {
        result.problems << RosterImport::Problem{
            rows.at(rules.capacity).line,
            tr("the course takes %1 students; %n line(s) from here on are too many", nullptr,
               int(rows.size()) - rules.capacity)
                .arg(rules.capacity)};
    }
    // Seats left empty: the next free numbers after the highest given one, in file order.
    int next = seatLine.isEmpty() ? 1 : *std::max_element(seatLine.keyBegin(), seatLine.keyEnd()) + 1;
    for (Row &r : rows) {
        if (r.seat > 0)
            continue;
        r.seat = next++;
        if (rules.classroomSeats > 0 && r.seat > rules.classroomSeats)
            result.problems << RosterImport::Problem{r.line, tr("no seat left in the classroom's %1 seats").arg(rules.classroomSeats)};
    }
    if (!result.problems.isEmpty())
        return result;
    for (const Row &r : std::as_const(rows))
        result.seats << RosterSeat{r.owner, r.seat};
    std::sort(result.seats.begin(), result.seats.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    return result;
}

QString RosterCsv::toCsv(const QList<RosterSeat> &seats)
{
    QList<RosterSeat> sorted = seats;
    std::sort(sorted.begin(), sorted.end(), [](const RosterSeat &a, const RosterSeat &b) { return a.seat < b.seat; });
    QString out = QStringLiteral("owner,seat\n");
    for (const RosterSeat &s : std::as_const(sorted))
        out += csvCell(s.owner) + QLatin1Char(',') + QString::number(s.seat) + QLatin1Char('\n');
    return out;
}
