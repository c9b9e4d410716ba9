#include "cloud/demo/demotimetable.h"

#include "cloud/demo/democloud.h"
#include "models/lessons/lessonstore.h"

CloudError DemoTimetable::seed(LessonStore *store, const DemoSchool &school)
{
    QStringList rooms;
    for (const DemoLesson &l : school.lessons) {
        if (!l.room.isEmpty() && !rooms.contains(l.room))
            rooms << l.room;
    }
    for (const QString &room : std::as_const(rooms)) {
        if (const CloudError e = store->saveClassroom({room, 40}))
            return e;
    }
    const QDate today = QDate::currentDate();
    for (const DemoCourse &dc : school.courses) {
        Course c;
        c.code = dc.code;
        c.name = dc.name;
        c.teacher = dc.teacher;
        c.image = dc.imageName;
        c.flavor = dc.flavorName;
        c.network = QStringLiteral("school-net");
        c.protocol = QStringLiteral("rdp");
        c.nameTemplate = QStringLiteral("{course}-stu{seat:02}");
        c.policy = EndPolicy::Suspend;
        c.from = today.addDays(-30);
        c.to = today.addDays(120);
        c.capacity = 40;
        c.graceMinutes = 5;
        for (const DemoLesson &l : school.lessons) {
            if (l.courseCode == dc.code) {
                c.classroom = l.room;
                break;
            }
        }
        if (const CloudError e = store->saveCourse(&c))
            return e;
        QList<RosterSeat> roster;
        for (int i = 0; i < dc.students.size(); ++i)
            roster << RosterSeat{dc.students.at(i), i + 1};
        if (const CloudError e = store->replaceRoster(dc.code, roster))
            return e;
    }
    Result<QList<Lesson>> existing = store->lessons();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return {};
    QList<Lesson> lessons;
    for (const DemoLesson &dl : school.lessons) {
        Lesson l;
        l.course = dl.courseCode;
        l.start = dl.start;
        l.end = dl.end;
        l.classroom = dl.room;
        lessons << l;
    }
    if (!lessons.isEmpty()) {
        if (const CloudError e = store->addLessons(&lessons, school.adminUser))
            return e;
    }
    // A holiday three weeks ahead, to show that nothing is prepared then.
    return store->addHoliday({today.addDays(21), today.addDays(23), QStringLiteral("运动会")});
}
