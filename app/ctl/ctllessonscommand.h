#pragma once

#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

/**
 * The command lines of the school timetable and the scheduler (issue 12): courses, classrooms,
 * periods, lessons, calendar, schedule — rows of phoenixctl's command table, run by CtlCourses and
 * CtlSchedule. Their own options arrive as CtlLessonOptions (group, verb, the options given).
 */
class CtlLessonsLine
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QList<CtlSubcommand> commands();
    static QString section();
    /** "2026-12-07T08:00" (school time) or with Z/offset; "now" = `now`. Invalid when not a time. */
    static QDateTime parseTime(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QDate parseDate(const QString &text);
    /** A time of day, "08:00" or "8:00" (periods). */
    static QTime parseClock(const QString &text);
};
