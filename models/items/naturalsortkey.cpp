#include "models/items/naturalsortkey.h"

namespace
{
// The end of the run of digits (or of non-digits) that starts at i.
qsizetype runEnd(QStringView s, qsizetype i)
{
    const bool digit = s.at(i).isDigit();
    qsizetype e = i;
    while (e < s.size() && s.at(e).isDigit() == digit)
        ++e;
    return e;
}

QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits = digits.mid(1);
    return digits;
}

int compareNumbers(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}
} // namespace

QCollator NaturalSortKey::makeCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(false);
    return collator;
}

// Digit runs compare as numbers, the text between them by the collator. QCollator's numeric mode
// is not available for every locale (e.g. "C"), so the runs are split here.
int NaturalSortKey::compareTexts(QStringView a, QStringView b, const QCollator &collator)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qsizetype ei = runEnd(a, i);
        const qsizetype ej = runEnd(b, j);
        const QStringView ra = a.mid(i, ei - i);
        const QStringView rb = b.mid(j, ej - j);
        int c = 0;
        if (ra.front().isDigit() && rb.front().isDigit())
            c = compareNumbers(withoutLeadingZeros(ra), withoutLeadingZeros(rb));
        else
            c = collator.compare(ra, rb);
        if (c != 0)
            return c;
        i = ei;
        j = ej;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

NaturalSortKey::NaturalSortKey(const QString &text, const QCollator &collator)
    : m_text(text)
{
    const QStringView s(m_text);
    const bool foldForC = collator.locale().language() == QLocale::C && collator.caseSensitivity() == Qt::CaseInsensitive;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype e = runEnd(s, i);
        Run r;
        r.start = int(i);
        r.length = int(e - i);
        if (s.at(i).isDigit()) {
            r.digitsAt = int(e - withoutLeadingZeros(s.mid(i, e - i)).size());
        } else {
            r.key = int(m_keys.size());
            // The "C" locale has no collator: QCollator compares the code points, case-insensitively
            // as asked, but its sort key is the text as it is. Fold the case here, then.
            const QString run = m_text.mid(i, e - i);
            m_keys.append(collator.sortKey(foldForC ? run.toCaseFolded() : run));
        }
        m_runs.append(r);
        i = e;
    }
}

int NaturalSortKey::compare(const NaturalSortKey &other, const QCollator &collator) const
{
    const QStringView a(m_text);
    const QStringView b(other.m_text);
    const qsizetype n = qMin(m_runs.size(), other.m_runs.size());
    for (qsizetype k = 0; k < n; ++k) {
        const Run &ra = m_runs.at(k);
        const Run &rb = other.m_runs.at(k);
        int c = 0;
        if (ra.key < 0 && rb.key < 0) {
            c = compareNumbers(a.mid(ra.digitsAt, ra.start + ra.length - ra.digitsAt),
                               b.mid(rb.digitsAt, rb.start + rb.length - rb.digitsAt));
        } else if (ra.key >= 0 && rb.key >= 0) {
            c = m_keys.at(ra.key).compare(other.m_keys.at(rb.key));
        } else { // a number against text: as compareTexts does, by the collator
            c = collator.compare(a.mid(ra.start, ra.length), b.mid(rb.start, rb.length));
        }
        if (c != 0)
            return c;
    }
    if (m_runs.size() != other.m_runs.size())
        return m_runs.size() > other.m_runs.size() ? 1 : -1;
    return 0;
}
