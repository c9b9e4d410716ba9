#pragma once

#include <QCoreApplication>

class CtlRunner;
class LessonStore;
struct AuditEntry;

/**
 * phoenixctl's timetable commands (issue 12): courses and their rosters, classrooms, periods,
 * lessons and the school calendar, in the Phoenix database of --db (scoped to the cloud project
 * as the journal is). Saving a lesson checks conflicts (classroom, teacher, students) and the
 * capacity audit against the project's quotas; --force saves anyway.
 */
class CtlCourses
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static void run(CtlRunner *runner);
    /** The runner's timetable store (opens the database); null after reporting why not. */
    static LessonStore *store(CtlRunner *runner);
    /** Appends to the audit log with the runner's user and project. */
    static void audit(CtlRunner *runner, const QString &action, const QString &target, const QString &detail);
};
