#pragma once

#include "cloud/clouderror.h"

struct DemoSchool;
class LessonStore;

/**
 * The demo school's timetable in the Phoenix store (issue 12): its classrooms, the three courses
 * with their rosters (the seeded desktops' owners and seats), teachers, images and flavors, the
 * lessons of the next two weeks (the first starts 15 minutes after seeding) and a holiday, so that
 * `phoenix --demo` (and phoenixctl against phoenix-democloud) show the scheduler at work.
 * Idempotent: courses that exist already are updated, lessons are added only to an empty timetable.
 */
class DemoTimetable
{
public:
    static CloudError seed(LessonStore *store, const DemoSchool &school);
};
