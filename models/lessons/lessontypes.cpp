#include "models/lessons/lessontypes.h"

bool SchoolCalendar::isHoliday(const QDate &day) const
{
    if (makeupOn(day))
        return false; // a make-up day is a school day even inside a holiday range
    for (const Holiday &h : holidays) {
        if (h.contains(day))
            return true;
    }
    return false;
}

bool SchoolCalendar::inTerm(const QDate &day) const
{
    if (terms.isEmpty())
        return true;
    for (const Term &t : terms) {
        if (day >= t.from && day <= t.to)
            return true;
    }
    return false;
}

std::optional<MakeupDay> SchoolCalendar::makeupOn(const QDate &day) const
{
    for (const MakeupDay &m : makeups) {
        if (m.date == day)
            return m;
    }
    return std::nullopt;
}

int SchoolCalendar::teachingWeekday(const QDate &day) const
{
    if (const std::optional<MakeupDay> m = makeupOn(day))
        return m->asWeekday;
    return day.dayOfWeek();
}

namespace LessonText
{
QString policyKey(EndPolicy policy)
{
    switch (policy) {
    case EndPolicy::Suspend:
        return QStringLiteral("suspend");
    case EndPolicy::Shelve:
        return QStringLiteral("shelve");
    case EndPolicy::Stop:
        return QStringLiteral("stop");
    case EndPolicy::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<EndPolicy> policyFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (EndPolicy p : {EndPolicy::Suspend, EndPolicy::Shelve, EndPolicy::Stop, EndPolicy::Delete}) {
        if (policyKey(p) == k)
            return p;
    }
    if (k == QLatin1String("shutdown") || k == QLatin1String("shut-down"))
        return EndPolicy::Stop;
    return std::nullopt;
}

QString policyName(EndPolicy policy)
{
    switch (policy) {
    case EndPolicy::Suspend:
        return QCoreApplication::translate("LessonText", "suspend");
    case EndPolicy::Shelve:
        return QCoreApplication::translate("LessonText", "shelve");
    case EndPolicy::Stop:
        return QCoreApplication::translate("LessonText", "shut down");
    case EndPolicy::Delete:
        return QCoreApplication::translate("LessonText", "delete");
    }
    return {};
}

QString recurrenceKey(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Once:
        return QStringLiteral("once");
    case Recurrence::Weekly:
        return QStringLiteral("weekly");
    case Recurrence::Daily:
        return QStringLiteral("daily");
    }
    return {};
}

std::optional<Recurrence> recurrenceFromKey(const QString &key)
{
    for (Recurrence r : {Recurrence::Once, Recurrence::Weekly, Recurrence::Daily}) {
        if (recurrenceKey(r) == key)
            return r;
    }
    return std::nullopt;
}

int weekdayFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const char *const english[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const char16_t *const chinese[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"日"};
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 7 ? n : 0;
    for (int i = 0; i < 7; ++i) {
        const QString name = QString::fromLatin1(english[i]);
        if (t.size() >= 3 && name.startsWith(t))
            return i + 1;
        const QString zh = QString::fromUtf16(chinese[i]);
        if (t == QStringLiteral("周") + zh || t == QStringLiteral("星期") + zh)
            return i + 1;
    }
    if (t == QStringLiteral("周天") || t == QStringLiteral("星期天"))
        return 7;
    return 0;
}
} // namespace LessonText
