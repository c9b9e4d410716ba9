<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Identity (Keystone)</source>
        <translation>Identity (Keystone)</translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation>Compute (Nova)</translation>
    </message>
    <message>
        <source>Images (Glance)</source>
        <translation>Images (Glance)</translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation>Network (Neutron)</translation>
    </message>
    <message>
        <source>About Phoenix</source>
        <translation>About Phoenix</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phoenix %1&lt;/b&gt;&lt;br&gt;Cloud classroom desktops on OpenStack.</source>
        <translation>&lt;b&gt;Phoenix %1&lt;/b&gt;&lt;br&gt;Cloud classroom desktops on OpenStack.</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Asking the cloud…</source>
        <translation>Asking the cloud…</translation>
    </message>
    <message>
        <source>Nova microversion in use</source>
        <translation>Nova microversion in use</translation>
    </message>
    <message>
        <source>Not connected: the services&apos; versions show once a cloud is open.</source>
        <translation>Not connected: the services&apos; versions show once a cloud is open.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>not negotiated yet</source>
        <translation>not negotiated yet</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt as Phoenix desktops</source>
        <translation>Adopt as Phoenix desktops</translation>
    </message>
    <message numerus="yes">
        <source>Phoenix will manage %n server(s) as desktops: %1</source>
        <translation>
            <numerusform>Phoenix will manage %n server as a desktop: %1</numerusform>
            <numerusform>Phoenix will manage %n servers as desktops: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: nobody yet</source>
        <translation>empty: nobody yet</translation>
    </message>
    <message>
        <source>Keystone user or roster name</source>
        <translation>Keystone user or roster name</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;First seat:</source>
        <translation>&amp;First seat:</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>&amp;Seat:</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Adopt</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, expected %4</source>
        <translation>%1: &quot;%2&quot; is %3, expected %4</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1: the field &quot;%2&quot; is missing</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation>%1: the field &quot;%2&quot; is empty</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>a time</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time: &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; is not a time: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; item %3 is %4, expected text</source>
        <translation>%1: &quot;%2&quot; item %3 is %4, expected text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; entry &quot;%3&quot; is %4, expected text</source>
        <translation>%1: &quot;%2&quot; entry &quot;%3&quot; is %4, expected text</translation>
    </message>
    <message>
        <source>%1[%2] is %3, expected an object</source>
        <translation>%1[%2] is %3, expected an object</translation>
    </message>
    <message>
        <source>the %1 reply is empty</source>
        <translation>the %1 reply is empty</translation>
    </message>
    <message>
        <source>the %1 reply is not valid JSON: %2 at byte %3</source>
        <translation>the %1 reply is not valid JSON: %2 at byte %3</translation>
    </message>
    <message>
        <source>the %1 reply is not a JSON object</source>
        <translation>the %1 reply is not a JSON object</translation>
    </message>
    <message>
        <source>%1: addresses of network &quot;%2&quot; are %3, expected a list</source>
        <translation>%1: addresses of network &quot;%2&quot; are %3, expected a list</translation>
    </message>
    <message>
        <source>%1: &quot;image&quot; is %2, expected an object</source>
        <translation>%1: &quot;image&quot; is %2, expected an object</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>server list</translation>
    </message>
    <message>
        <source>the server list&apos;s next link has no marker: %1</source>
        <translation>the server list&apos;s next link has no marker: %1</translation>
    </message>
    <message>
        <source>flavor list</source>
        <translation>flavor list</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>instance action list</source>
        <translation>instance action list</translation>
    </message>
    <message>
        <source>hypervisor list</source>
        <translation>hypervisor list</translation>
    </message>
    <message>
        <source>remote console</source>
        <translation>remote console</translation>
    </message>
    <message>
        <source>the console address is not a URL: %1</source>
        <translation>the console address is not a URL: %1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>image list</translation>
    </message>
    <message>
        <source>the image list&apos;s next link is not a URL: %1</source>
        <translation>the image list&apos;s next link is not a URL: %1</translation>
    </message>
    <message>
        <source>network list</source>
        <translation>network list</translation>
    </message>
    <message>
        <source>subnet list</source>
        <translation>subnet list</translation>
    </message>
    <message>
        <source>port list</source>
        <translation>port list</translation>
    </message>
    <message>
        <source>router list</source>
        <translation>router list</translation>
    </message>
    <message>
        <source>floating IP list</source>
        <translation>floating IP list</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>floating IP</translation>
    </message>
    <message>
        <source>network quota</source>
        <translation>network quota</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (%3), expected a whole number from %4 to %5</source>
        <translation>%1: &quot;%2&quot; is out of range (%3), expected a whole number from %4 to %5</translation>
    </message>
    <message>
        <source>the console address is not an http or https address: %1</source>
        <translation>the console address is not an http or https address: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>Could not write to the audit log.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Could not read the audit log.</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Could not read the audit log: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Could not export the audit log: %1</source>
        <translation>Could not export the audit log: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entr(ies) to %1.</source>
        <translation>
            <numerusform>Saved %n audit entry to %1.</numerusform>
            <numerusform>Saved %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Desktop name or ID</source>
        <translation>Desktop name or ID</translation>
    </message>
    <message>
        <source>Filter by desktop</source>
        <translation>Filter by desktop</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>From this day</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>Up to and including this day</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save the entries the filter selects as a CSV file</source>
        <translation>Save the entries the filter selects as a CSV file</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Windows did not accept the start-up entry.</source>
        <translation>Windows did not accept the start-up entry.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Could not create the folder of %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Hide message</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n running</numerusform>
            <numerusform>, %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with warnings</source>
        <translation>
            <numerusform>, %n with a warning</numerusform>
            <numerusform>, %n with warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: all %2 done.</source>
        <translation>%1: all %2 done.</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n with warnings.</source>
        <translation>
            <numerusform>%1: done, %n with a warning.</numerusform>
            <numerusform>%1: done, %n with warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>batch title: summary</comment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Aisle</source>
        <translation>Aisle</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>No seat</translation>
    </message>
    <message>
        <source>Extra desktop</source>
        <translation>Extra desktop</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>Teacher: %1</translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>Seat %1: %2</translation>
    </message>
    <message>
        <source>Desktop: %1 (%2)</source>
        <translation>Desktop: %1 (%2)</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>not made yet</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>The Phoenix database is not open.</source>
        <translation>The Phoenix database is not open.</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>No courses yet.</translation>
    </message>
    <message>
        <source>None of your courses has a lesson.</source>
        <translation>None of your courses has a lesson.</translation>
    </message>
    <message>
        <source>No lesson in the coming week.</source>
        <translation>No lesson in the coming week.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n min</source>
        <translation>
            <numerusform>starts in %n min</numerusform>
            <numerusform>starts in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 (%4)</source>
        <translation>%1 in %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) need a fix</source>
        <translation>
            <numerusform>%n seat needs a fix</numerusform>
            <numerusform>%n seats need a fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra desktop(s) supplied</source>
        <translation>
            <numerusform>%n extra desktop supplied</numerusform>
            <numerusform>%n extra desktops supplied</numerusform>
        </translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>started by hand</translation>
    </message>
    <message>
        <source>Nothing to fix: every desktop is ready or being worked on.</source>
        <translation>Nothing to fix: every desktop is ready or being worked on.</translation>
    </message>
    <message numerus="yes">
        <source>Fix all: %n task(s) started for %1.</source>
        <translation>
            <numerusform>Fix all: %n task started for %1.</numerusform>
            <numerusform>Fix all: %n tasks started for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message numerus="yes">
        <source>Supplying %n more desktop(s)…</source>
        <translation>
            <numerusform>Supplying %n more desktop…</numerusform>
            <numerusform>Supplying %n more desktops…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>Now or next</source>
        <translation>Now or next</translation>
    </message>
    <message>
        <source>The one after</source>
        <translation>The one after</translation>
    </message>
    <message>
        <source>&amp;Fix all</source>
        <translation>&amp;Fix all</translation>
    </message>
    <message>
        <source>Create the missing desktops and start, resume or repair the others now</source>
        <translation>Create the missing desktops and start, resume or repair the others now</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Start now</translation>
    </message>
    <message>
        <source>Begin the lesson now: its desktops are prepared at once</source>
        <translation>Begin the lesson now: its desktops are prepared at once</translation>
    </message>
    <message>
        <source>&amp;Extend 10 min</source>
        <translation>&amp;Extend 10 min</translation>
    </message>
    <message>
        <source>The lesson ends 10 minutes later; its desktops stay on</source>
        <translation>The lesson ends 10 minutes later; its desktops stay on</translation>
    </message>
    <message>
        <source>Su&amp;pply 2 more</source>
        <translation>Su&amp;pply 2 more</translation>
    </message>
    <message>
        <source>Two more desktops for the lesson, for guests or broken seats</source>
        <translation>Two more desktops for the lesson, for guests or broken seats</translation>
    </message>
    <message>
        <source>Seats of the lesson</source>
        <translation>Seats of the lesson</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>A term needs a name.</source>
        <translation>A term needs a name.</translation>
    </message>
    <message>
        <source>Term %1 saved: %2 – %3.</source>
        <translation>Term %1 saved: %2 – %3.</translation>
    </message>
    <message>
        <source>The holiday ends before it starts.</source>
        <translation>The holiday ends before it starts.</translation>
    </message>
    <message>
        <source>Holiday saved: %1 – %2. No lesson runs and no desktop is warmed on these days.</source>
        <translation>Holiday saved: %1 – %2. No lesson runs and no desktop is warmed on these days.</translation>
    </message>
    <message>
        <source>Make-up day saved: %1 is taught as a %2.</source>
        <translation>Make-up day saved: %1 is taught as a %2.</translation>
    </message>
    <message>
        <source>Term %1 removed.</source>
        <translation>Term %1 removed.</translation>
    </message>
    <message>
        <source>Holiday from %1 removed.</source>
        <translation>Holiday from %1 removed.</translation>
    </message>
    <message>
        <source>Make-up day %1 removed.</source>
        <translation>Make-up day %1 removed.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Make-up days</source>
        <translation>Make-up days</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Taught as</source>
        <translation>Taught as</translation>
    </message>
    <message>
        <source>Term name</source>
        <translation>Term name</translation>
    </message>
    <message>
        <source>First day of the term</source>
        <translation>First day of the term</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>Last day of the term</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>First day of the holiday</source>
        <translation>First day of the holiday</translation>
    </message>
    <message>
        <source>Last day of the holiday</source>
        <translation>Last day of the holiday</translation>
    </message>
    <message>
        <source>Make-up day name</source>
        <translation>Make-up day name</translation>
    </message>
    <message>
        <source>Make-up day</source>
        <translation>Make-up day</translation>
    </message>
    <message>
        <source>Taught as weekday</source>
        <translation>Taught as weekday</translation>
    </message>
    <message>
        <source>The make-up day follows the timetable of this weekday.</source>
        <translation>The make-up day follows the timetable of this weekday.</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>as %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>Add make-up day</source>
        <translation>Add make-up day</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Remove holiday</translation>
    </message>
    <message>
        <source>Remove make-up day</source>
        <translation>Remove make-up day</translation>
    </message>
</context>
<context>
    <name>CapacityAudit</name>
    <message>
        <source>%1 GB RAM</source>
        <translation>%1 GB RAM</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>%1 MB RAM</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB disk</source>
        <translation>%1 GB disk</translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n floating IP</numerusform>
            <numerusform>%n floating IPs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of what is short</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 short at %2</source>
        <translation>%1 short at %2</translation>
    </message>
</context>
<context>
    <name>ClassReadiness</name>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 of %2 ready</translation>
    </message>
    <message>
        <source>Class desktops: %1 of %2 ready</source>
        <translation>Class desktops: %1 of %2 ready</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Not answering</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>No desktop yet</source>
        <translation>No desktop yet</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Being created</translation>
    </message>
    <message>
        <source>The desktop is in ERROR</source>
        <translation>The desktop is in ERROR</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>ERROR: %1</translation>
    </message>
    <message>
        <source>A task is working on it</source>
        <translation>A task is working on it</translation>
    </message>
    <message>
        <source>The cloud is busy: %1</source>
        <translation>The cloud is busy: %1</translation>
    </message>
    <message>
        <source>The desktop is %1</source>
        <translation>The desktop is %1</translation>
    </message>
    <message>
        <source>ACTIVE, but without an address</source>
        <translation>ACTIVE, but without an address</translation>
    </message>
    <message>
        <source>Its remote-desktop port did not answer</source>
        <translation>Its remote-desktop port did not answer</translation>
    </message>
</context>
<context>
    <name>ClassroomViews</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Readiness board</source>
        <translation>Readiness board</translation>
    </message>
    <message>
        <source>Seating plans</source>
        <translation>Seating plans</translation>
    </message>
    <message>
        <source>The seats of a lesson and whether their desktops are ready</source>
        <translation>The seats of a lesson and whether their desktops are ready</translation>
    </message>
</context>
<context>
    <name>ClientLauncher</name>
    <message>
        <source>No remote-desktop client to start.</source>
        <translation>No remote-desktop client to start.</translation>
    </message>
    <message>
        <source>Could not write the connection file: %1</source>
        <translation>Could not write the connection file: %1</translation>
    </message>
    <message>
        <source>Could not start the remote-desktop client “%1”. Check Settings › Remote desktop.</source>
        <translation>Could not start the remote-desktop client “%1”. Check Settings › Remote desktop.</translation>
    </message>
</context>
<context>
    <name>CloudCatalog</name>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>flavors</source>
        <translation>flavors</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>networks</translation>
    </message>
    <message>
        <source>routers</source>
        <translation>routers</translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation>floating IPs</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>New name: %1</source>
        <translation>New name: %1</translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation>Rename image</translation>
    </message>
    <message>
        <source>Change image visibility</source>
        <translation>Change image visibility</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Delete image</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>Release floating IP</translation>
    </message>
    <message>
        <source>Adopt server</source>
        <translation>Adopt server</translation>
    </message>
    <message>
        <source>Disable compute host</source>
        <translation>Disable compute host</translation>
    </message>
    <message>
        <source>Enable compute host</source>
        <translation>Enable compute host</translation>
    </message>
    <message>
        <source>Drain compute host</source>
        <translation>Drain compute host</translation>
    </message>
    <message>
        <source>Evacuate compute host</source>
        <translation>Evacuate compute host</translation>
    </message>
    <message>
        <source>Reset desktop state</source>
        <translation>Reset desktop state</translation>
    </message>
</context>
<context>
    <name>CloudConfigLoader</name>
    <message>
        <source>The cloud &quot;%1&quot; is missing %2.</source>
        <translation>The cloud &quot;%1&quot; is missing %2.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; turns TLS verification off (verify: false). Phoenix always verifies certificates: give the CA with &quot;cacert&quot; instead.</source>
        <translation>The cloud &quot;%1&quot; turns TLS verification off (verify: false). Phoenix always verifies certificates: give the CA with &quot;cacert&quot; instead.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; of cloud &quot;%2&quot; does not exist.</source>
        <translation>The CA certificate &quot;%1&quot; of cloud &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <source>clouds.yaml is not valid YAML: %1</source>
        <translation>clouds.yaml is not valid YAML: %1</translation>
    </message>
    <message>
        <source>clouds.yaml has no &quot;clouds&quot; section.</source>
        <translation>clouds.yaml has no &quot;clouds&quot; section.</translation>
    </message>
    <message>
        <source>There is no cloud named &quot;%1&quot; in clouds.yaml.</source>
        <translation>There is no cloud named &quot;%1&quot; in clouds.yaml.</translation>
    </message>
    <message>
        <source>secure.yaml is not valid YAML: %1</source>
        <translation>secure.yaml is not valid YAML: %1</translation>
    </message>
    <message>
        <source>No cloud is configured: set OS_CLOUD or choose a cloud from clouds.yaml, or set OS_AUTH_URL and the other OS_* variables.</source>
        <translation>No cloud is configured: set OS_CLOUD or choose a cloud from clouds.yaml, or set OS_AUTH_URL and the other OS_* variables.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked in %2).</source>
        <translation>The cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked in %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>There is no cloud named &quot;%1&quot; in %2 (the first clouds.yaml found; looked in %3). Clouds there: %4.</source>
        <translation>There is no cloud named &quot;%1&quot; in %2 (the first clouds.yaml found; looked in %3). Clouds there: %4.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; signs in over plain http:// (%2), and TLS is required: the password would cross the network unencrypted. Use its https:// address.</source>
        <translation>The cloud &quot;%1&quot; signs in over plain http:// (%2), and TLS is required: the password would cross the network unencrypted. Use its https:// address.</translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>The operation did not finish in time.</translation>
    </message>
    <message>
        <source>The cloud sent a reply Phoenix cannot read (%1).</source>
        <translation>The cloud sent a reply Phoenix cannot read (%1).</translation>
    </message>
    <message>
        <source>The cloud refused the connection. Check the address and that the service is running.</source>
        <translation>The cloud refused the connection. Check the address and that the service is running.</translation>
    </message>
    <message>
        <source>The cloud&apos;s host name could not be found. Check the address and your network.</source>
        <translation>The cloud&apos;s host name could not be found. Check the address and your network.</translation>
    </message>
    <message>
        <source>The cloud did not answer in time.</source>
        <translation>The cloud did not answer in time.</translation>
    </message>
    <message>
        <source>The cloud&apos;s certificate could not be verified (%1). Add its CA certificate to the connection.</source>
        <translation>The cloud&apos;s certificate could not be verified (%1). Add its CA certificate to the connection.</translation>
    </message>
    <message>
        <source>The cloud closed the connection unexpectedly.</source>
        <translation>The cloud closed the connection unexpectedly.</translation>
    </message>
    <message>
        <source>Could not reach the cloud: %1</source>
        <translation>Could not reach the cloud: %1</translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid%1.</source>
        <translation>The cloud rejected the request as invalid%1.</translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials; sign in again%1.</source>
        <translation>The cloud did not accept your credentials; sign in again%1.</translation>
    </message>
    <message>
        <source>You are not allowed to do this%1.</source>
        <translation>You are not allowed to do this%1.</translation>
    </message>
    <message>
        <source>It no longer exists in the cloud%1.</source>
        <translation>It no longer exists in the cloud%1.</translation>
    </message>
    <message>
        <source>The cloud refused because of the current state%1. Try again when it has settled.</source>
        <translation>The cloud refused because of the current state%1. Try again when it has settled.</translation>
    </message>
    <message>
        <source>The cloud is limiting requests or a quota is exhausted%1.</source>
        <translation>The cloud is limiting requests or a quota is exhausted%1.</translation>
    </message>
    <message>
        <source>The cloud failed internally%1.</source>
        <translation>The cloud failed internally%1.</translation>
    </message>
    <message>
        <source>The cloud service is unavailable right now%1.</source>
        <translation>The cloud service is unavailable right now%1.</translation>
    </message>
    <message>
        <source>The cloud answered with error %1%2.</source>
        <translation>The cloud answered with error %1%2.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong (or the application credential&apos;s secret, or the domain).</source>
        <translation>The user name or password is wrong (or the application credential&apos;s secret, or the domain).</translation>
    </message>
    <message>
        <source>The cloud redirected the request to another server (%1). Phoenix follows redirects only within the same server, so that your token and password go nowhere else.</source>
        <translation>The cloud redirected the request to another server (%1). Phoenix follows redirects only within the same server, so that your token and password go nowhere else.</translation>
    </message>
</context>
<context>
    <name>CloudLookup</name>
    <message>
        <source>No %1 is named &quot;%2&quot; or has that ID.</source>
        <translation>No %1 is named &quot;%2&quot; or has that ID.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 %3s: give the ID instead.</source>
        <translation>The name &quot;%1&quot; is used by %2 %3s: give the ID instead.</translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <source>The CA certificate file %1 holds no certificate.</source>
        <translation>The CA certificate file %1 holds no certificate.</translation>
    </message>
    <message>
        <source>This cloud is reached over plain http:// (%1): your password and the session&apos;s token cross the network unencrypted. Ask for its https:// address, or refuse plain http with &quot;Require TLS&quot;.</source>
        <translation>This cloud is reached over plain http:// (%1): your password and the session&apos;s token cross the network unencrypted. Ask for its https:// address, or refuse plain http with &quot;Require TLS&quot;.</translation>
    </message>
</context>
<context>
    <name>ComputeApi</name>
    <message>
        <source>The action needs &quot;%1&quot;.</source>
        <translation>The action needs &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the snapshot reply names no image</source>
        <translation>the snapshot reply names no image</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>server list</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>&amp;Auth URL:</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>User &amp;domain:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;roject:</translation>
    </message>
    <message>
        <source>Project d&amp;omain:</source>
        <translation>Project d&amp;omain:</translation>
    </message>
    <message>
        <source>Re&amp;gion (optional):</source>
        <translation>Re&amp;gion (optional):</translation>
    </message>
    <message>
        <source>CA certificate file (optional):</source>
        <translation>CA certificate file (optional):</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>Credential &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>No clouds.yaml found. Looked in:
%1</source>
        <translation>No clouds.yaml found. Looked in:
%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation>Enter the application credential secret.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>Asking the keyring again…</source>
        <translation>Asking the keyring again…</translation>
    </message>
    <message>
        <source>Connect to a cloud</source>
        <translation>Connect to a cloud</translation>
    </message>
    <message>
        <source>clouds.yaml</source>
        <translation>clouds.yaml</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Application credential</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>Remember the password in the system &amp;keyring</translation>
    </message>
    <message>
        <source>Stored with the operating system&apos;s keyring (GNOME Keyring, KWallet, …), never in a file</source>
        <translation>Stored with the operating system&apos;s keyring (GNOME Keyring, KWallet, …), never in a file</translation>
    </message>
    <message>
        <source>only if clouds.yaml has none</source>
        <translation>only if clouds.yaml has none</translation>
    </message>
    <message>
        <source>a name for the Cloud menu (optional)</source>
        <translation>a name for the Cloud menu (optional)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Ask the keyring for the saved password again</source>
        <translation>Ask the keyring for the saved password again</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation>There is no saved connection called “%1”.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Enter the password for %1.</translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation>Enter the application credential secret.</translation>
    </message>
</context>
<context>
    <name>ConnectionPlan</name>
    <message>
        <source>The desktop has no address yet.</source>
        <translation>The desktop has no address yet.</translation>
    </message>
    <message>
        <source>The desktop has no address this computer can reach.</source>
        <translation>The desktop has no address this computer can reach.</translation>
    </message>
    <message>
        <source>The remote-desktop command in the settings cannot be read.</source>
        <translation>The remote-desktop command in the settings cannot be read.</translation>
    </message>
    <message>
        <source>No SPICE client found: install remote-viewer (virt-viewer).</source>
        <translation>No SPICE client found: install remote-viewer (virt-viewer).</translation>
    </message>
    <message>
        <source>No remote-desktop client found: install xfreerdp (freerdp2-x11) or Remmina, or set a command in Settings › Remote desktop.</source>
        <translation>No remote-desktop client found: install xfreerdp (freerdp2-x11) or Remmina, or set a command in Settings › Remote desktop.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Esc</source>
        <translation>Ctrl+Shift+Esc</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Alt+F4</source>
        <translation>Alt+F4</translation>
    </message>
    <message>
        <source>Super (Windows key)</source>
        <translation>Super (Windows key)</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1</source>
        <translation>Ctrl+Alt+F1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F2</source>
        <translation>Ctrl+Alt+F2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F7</source>
        <translation>Ctrl+Alt+F7</translation>
    </message>
    <message>
        <source>The cloud connection is closed.</source>
        <translation>The cloud connection is closed.</translation>
    </message>
    <message>
        <source>Console — %1</source>
        <translation>Console — %1</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Send Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Sends Ctrl+Alt+Del to the desktop</source>
        <translation>Sends Ctrl+Alt+Del to the desktop</translation>
    </message>
    <message>
        <source>Send keys</source>
        <comment>console toolbar: a menu of key combinations</comment>
        <translation>Send keys</translation>
    </message>
    <message>
        <source>Scale to window</source>
        <translation>Scale to window</translation>
    </message>
    <message>
        <source>Scale the desktop&apos;s screen to the window; off: one screen pixel per pixel (1:1)</source>
        <translation>Scale the desktop&apos;s screen to the window; off: one screen pixel per pixel (1:1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Watch without sending keyboard or mouse input</source>
        <translation>Watch without sending keyboard or mouse input</translation>
    </message>
    <message>
        <source>Send clipboard</source>
        <translation>Send clipboard</translation>
    </message>
    <message>
        <source>Sends this computer&apos;s clipboard text to the desktop&apos;s clipboard</source>
        <translation>Sends this computer&apos;s clipboard text to the desktop&apos;s clipboard</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Asks the cloud for a new console token and connects again</source>
        <translation>Asks the cloud for a new console token and connects again</translation>
    </message>
    <message>
        <source>Asking the cloud for a console…</source>
        <translation>Asking the cloud for a console…</translation>
    </message>
    <message>
        <source>This console asks for a VNC password, which Nova&apos;s consoles never do; Phoenix cannot open it.</source>
        <translation>This console asks for a VNC password, which Nova&apos;s consoles never do; Phoenix cannot open it.</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>The console is closed.</translation>
    </message>
    <message>
        <source>Reconnecting with a new token in %1 s (try %2 of %3)…</source>
        <translation>Reconnecting with a new token in %1 s (try %2 of %3)…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connecting to the desktop…</source>
        <translation>Connecting to the desktop…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <comment>screen resolution</comment>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>bytes per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>view only</source>
        <translation>view only</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
</context>
<context>
    <name>CourseCheck</name>
    <message>
        <source>The course needs a code.</source>
        <translation>The course needs a code.</translation>
    </message>
    <message>
        <source>The code may not contain spaces or commas.</source>
        <translation>The code may not contain spaces or commas.</translation>
    </message>
    <message>
        <source>There is a course %1 already.</source>
        <translation>There is a course %1 already.</translation>
    </message>
    <message>
        <source>The course needs a name.</source>
        <translation>The course needs a name.</translation>
    </message>
    <message>
        <source>The course needs a teacher (a Keystone user name).</source>
        <translation>The course needs a teacher (a Keystone user name).</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <source>Choose the image, the flavor and the network of the desktops.</source>
        <translation>Choose the image, the flavor and the network of the desktops.</translation>
    </message>
    <message>
        <source>The naming template needs {owner} or {seat} so that every desktop gets its own name.</source>
        <translation>The naming template needs {owner} or {seat} so that every desktop gets its own name.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>The capacity cannot be negative.</translation>
    </message>
    <message>
        <source>There is no classroom %1.</source>
        <translation>There is no classroom %1.</translation>
    </message>
    <message>
        <source>The classroom %1 has %2 seats, fewer than the capacity %3.</source>
        <translation>The classroom %1 has %2 seats, fewer than the capacity %3.</translation>
    </message>
    <message>
        <source>The roster has %1 students, more than the capacity %2.</source>
        <translation>The roster has %1 students, more than the capacity %2.</translation>
    </message>
    <message>
        <source>The grace period cannot be negative.</source>
        <translation>The grace period cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has a lesson running until %2; stop it first.</source>
        <translation>%1 has a lesson running until %2; stop it first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n desktop(s); delete them first.</source>
        <translation>
            <numerusform>%1 still has %n desktop; delete them first.</numerusform>
            <numerusform>%1 still has %n desktops; delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not fit the project&apos;s quota: %1 (with %2).</source>
        <translation>Does not fit the project&apos;s quota: %1 (with %2).</translation>
    </message>
    <message>
        <source>No lessons yet; the quota holds what stands now (%1 desktops).</source>
        <translation>No lessons yet; the quota holds what stands now (%1 desktops).</translation>
    </message>
    <message numerus="yes">
        <source>Fits the project&apos;s quota. Busiest moment %1: %n desktop(s), %2 vCPUs, %3.</source>
        <translation>
            <numerusform>Fits the project&apos;s quota. Busiest moment %1: %n desktop, %2 vCPUs, %3.</numerusform>
            <numerusform>Fits the project&apos;s quota. Busiest moment %1: %n desktops, %2 vCPUs, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>C&amp;apacity:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>&amp;Flavor:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;work:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <source>Na&amp;ming template:</source>
        <translation>Na&amp;ming template:</translation>
    </message>
    <message>
        <source>After &amp;lessons:</source>
        <translation>After &amp;lessons:</translation>
    </message>
    <message>
        <source>Class&amp;room:</source>
        <translation>Class&amp;room:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3, %4 GB disk)</source>
        <translation>%1 (%2 vCPU, %3, %4 GB disk)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a flavor to check the quota.</source>
        <translation>Choose a flavor to check the quota.</translation>
    </message>
    <message>
        <source>Checking the quota…</source>
        <translation>Checking the quota…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Edit course %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Without dates the course runs whenever it has lessons.</source>
        <translation>Without dates the course runs whenever it has lessons.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Capacity: most students on the roster</source>
        <translation>Capacity: most students on the roster</translation>
    </message>
    <message>
        <source> min after the end</source>
        <translation> min after the end</translation>
    </message>
    <message>
        <source>Grace period in minutes</source>
        <translation>Grace period in minutes</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Fields: {course}, {seat}, {seat:02}, {owner}</source>
        <translation>Fields: {course}, {seat}, {seat:02}, {owner}</translation>
    </message>
    <message>
        <source>Keystone user name</source>
        <translation>Keystone user name</translation>
    </message>
    <message>
        <source>Capacity audit</source>
        <translation>Capacity audit</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message numerus="yes">
        <source>After each lesson (plus %n minute(s) of grace) the desktops are: %1</source>
        <translation>
            <numerusform>After each lesson (plus %n minute of grace) the desktops are: %1</numerusform>
            <numerusform>After each lesson (plus %n minutes of grace) the desktops are: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>After lessons</source>
        <translation>After lessons</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>CourseTabs</name>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <source>Courses, their rosters, and the classrooms</source>
        <translation>Courses, their rosters, and the classrooms</translation>
    </message>
    <message>
        <source>The weekly timetable of a classroom, a teacher or a course</source>
        <translation>The weekly timetable of a classroom, a teacher or a course</translation>
    </message>
    <message>
        <source>Terms, holidays and make-up days</source>
        <translation>Terms, holidays and make-up days</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Courses, rosters and the timetable are kept in the Phoenix database of a connected cloud.</source>
        <translation>Courses, rosters and the timetable are kept in the Phoenix database of a connected cloud.</translation>
    </message>
    <message>
        <source>Course %1 saved.</source>
        <translation>Course %1 saved.</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Delete the course %1 with its roster and lessons?</source>
        <translation>Delete the course %1 with its roster and lessons?</translation>
    </message>
    <message>
        <source>Course %1 deleted with its roster and lessons.</source>
        <translation>Course %1 deleted with its roster and lessons.</translation>
    </message>
    <message>
        <source>A classroom needs a name.</source>
        <translation>A classroom needs a name.</translation>
    </message>
    <message>
        <source>Classroom %1 saved.</source>
        <translation>Classroom %1 saved.</translation>
    </message>
    <message>
        <source>A classroom has at least one seat.</source>
        <translation>A classroom has at least one seat.</translation>
    </message>
    <message>
        <source>Classroom %1 is the classroom of %2; choose another classroom for them first.</source>
        <translation>Classroom %1 is the classroom of %2; choose another classroom for them first.</translation>
    </message>
    <message>
        <source>Classroom %1 deleted.</source>
        <translation>Classroom %1 deleted.</translation>
    </message>
    <message>
        <source>Filter courses</source>
        <translation>Filter courses</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>&amp;Roster…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Classrooms</source>
        <translation>Classrooms</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Classrooms; edit the seats in place</source>
        <translation>Classrooms; edit the seats in place</translation>
    </message>
    <message>
        <source>New classroom</source>
        <translation>New classroom</translation>
    </message>
    <message>
        <source>New classroom name</source>
        <translation>New classroom name</translation>
    </message>
    <message>
        <source>Seats of the new classroom</source>
        <translation>Seats of the new classroom</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Delete classroom</source>
        <translation>Delete classroom</translation>
    </message>
</context>
<context>
    <name>CreateDesktopDialog</name>
    <message>
        <source>%1 — %2 vCPU, %3 GB RAM, %4 GB disk</source>
        <translation>%1 — %2 vCPU, %3 GB RAM, %4 GB disk</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>%1: %2 in use + %3 new = %4 of %5</source>
        <translation>%1: %2 in use + %3 new = %4 of %5</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ourse:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>&amp;Flavor:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpires:</translation>
    </message>
    <message>
        <source>First &amp;seat:</source>
        <translation>First &amp;seat:</translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation>Name &amp;template:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be created</source>
        <translation>
            <numerusform>%n desktop will be created</numerusform>
            <numerusform>%n desktops will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped because they exist already</source>
        <translation>
            <numerusform>, %n skipped because it exists already</numerusform>
            <numerusform>, %n skipped because they exist already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation>
            <numerusform>, %n with errors</numerusform>
            <numerusform>, %n with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota: not known yet.</source>
        <translation>Quota: not known yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quota after creation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quota after creation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>This batch does not fit the project&apos;s quota. Create fewer desktops, pick a smaller flavor, or ask for more quota.</source>
        <translation>This batch does not fit the project&apos;s quota. Create fewer desktops, pick a smaller flavor, or ask for more quota.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n desktop(s)</source>
        <translation>
            <numerusform>&amp;Create %n desktop</numerusform>
            <numerusform>&amp;Create %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a roster</source>
        <translation>Load a roster</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt);;All files (*)</source>
        <translation>Rosters (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s)</source>
        <translation>
            <numerusform>Create %n desktop</numerusform>
            <numerusform>Create %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s) for %1</source>
        <translation>
            <numerusform>Create %n desktop for %1</numerusform>
            <numerusform>Create %n desktops for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New desktops</source>
        <translation>New desktops</translation>
    </message>
    <message>
        <source>One desktop &amp;for:</source>
        <translation>One desktop &amp;for:</translation>
    </message>
    <message>
        <source>A n&amp;umber of unowned desktops:</source>
        <translation>A n&amp;umber of unowned desktops:</translation>
    </message>
    <message>
        <source>One per user of a r&amp;oster:</source>
        <translation>One per user of a r&amp;oster:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>One user name per line, or paste CSV columns owner,seat (a header row is optional)</source>
        <translation>One user name per line, or paste CSV columns owner,seat (a header row is optional)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Load CSV…</translation>
    </message>
    <message>
        <source>Fields: {course} {seat} {seat:02} {owner} {role} {image} {index}</source>
        <translation>Fields: {course} {seat} {seat:02} {owner} {role} {image} {index}</translation>
    </message>
    <message>
        <source>Desktops past this time are reclaimed by the scheduler</source>
        <translation>Desktops past this time are reclaimed by the scheduler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Preview of the desktops to create</source>
        <translation>Preview of the desktops to create</translation>
    </message>
    <message>
        <source>Say who gets a desktop (one name, a number, or a roster): every name appears here, with what already exists and will be skipped, before anything is created.</source>
        <translation>Say who gets a desktop (one name, a number, or a roster): every name appears here, with what already exists and will be skipped, before anything is created.</translation>
    </message>
    <message>
        <source>Leave empty for personal (static) desktops</source>
        <translation>Leave empty for personal (static) desktops</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of the plan summary sentence</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>course code (desktops)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>course code — name (desktops)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No course is chosen, so {course} in the name template is empty and the names come out as “%1”. Choose a course, or a name template without {course}.</source>
        <translation>No course is chosen, so {course} in the name template is empty and the names come out as “%1”. Choose a course, or a name template without {course}.</translation>
    </message>
    <message>
        <source>Skipped: exists already</source>
        <translation>Skipped: exists already</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the file is not open for writing</source>
        <translation>the file is not open for writing</translation>
    </message>
</context>
<context>
    <name>CtlHosts</name>
    <message>
        <source>There is no compute host &quot;%1&quot; (hosts: %2).</source>
        <translation>There is no compute host &quot;%1&quot; (hosts: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FORCED DOWN</source>
        <translation>FORCED DOWN</translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation>RAM MB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>DISK GB</translation>
    </message>
    <message>
        <source>DESKTOPS</source>
        <translation>DESKTOPS</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>HEALTH</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WHY</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2%3
</source>
        <translation>%1: %2%3
</translation>
    </message>
    <message>
        <source>, forced down</source>
        <translation>, forced down</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: %1 %2, %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl: %1 %2, %n desktop</numerusform>
            <numerusform>phoenixctl: %1 %2, %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;hosts&quot; needs a subcommand: list, show, disable, enable, drain, evacuate, reset-state.</source>
        <translation>&quot;hosts&quot; needs a subcommand: list, show, disable, enable, drain, evacuate, reset-state.</translation>
    </message>
    <message>
        <source>Unknown hosts command &quot;%1&quot;.</source>
        <translation>Unknown hosts command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Compute hosts (administrators):</source>
        <translation>Compute hosts (administrators):</translation>
    </message>
    <message>
        <source>&quot;hosts list&quot; takes no names.</source>
        <translation>&quot;hosts list&quot; takes no names.</translation>
    </message>
    <message>
        <source>  hosts list [--json]             state, status, capacity, desktops and health of each host
</source>
        <translation>  hosts list [--json]             state, status, capacity, desktops and health of each host
</translation>
    </message>
    <message>
        <source>&quot;hosts show&quot; needs exactly one host.</source>
        <translation>&quot;hosts show&quot; needs exactly one host.</translation>
    </message>
    <message>
        <source>  hosts show HOST [--json]        the host and the desktops on it
</source>
        <translation>  hosts show HOST [--json]        the host and the desktops on it
</translation>
    </message>
    <message>
        <source>&quot;hosts disable&quot; needs exactly one host.</source>
        <translation>&quot;hosts disable&quot; needs exactly one host.</translation>
    </message>
    <message>
        <source>  hosts disable HOST --reason TEXT [--force-down]   no new desktops; --force-down: it is dead
</source>
        <translation>  hosts disable HOST --reason TEXT [--force-down]   no new desktops; --force-down: it is dead
</translation>
    </message>
    <message>
        <source>&quot;hosts enable&quot; needs exactly one host.</source>
        <translation>&quot;hosts enable&quot; needs exactly one host.</translation>
    </message>
    <message>
        <source>  hosts enable HOST               enabled again (and no longer forced down)
</source>
        <translation>  hosts enable HOST               enabled again (and no longer forced down)
</translation>
    </message>
    <message>
        <source>&quot;hosts %1&quot; needs exactly one host.</source>
        <translation>&quot;hosts %1&quot; needs exactly one host.</translation>
    </message>
    <message>
        <source>  hosts drain HOST [--target H]   move every desktop off (live; shut-down ones cold)
</source>
        <translation>  hosts drain HOST [--target H]   move every desktop off (live; shut-down ones cold)
</translation>
    </message>
    <message>
        <source>  hosts evacuate HOST [--target H]  rebuild the desktops of a dead host elsewhere
</source>
        <translation>  hosts evacuate HOST [--target H]  rebuild the desktops of a dead host elsewhere
</translation>
    </message>
    <message>
        <source>&quot;hosts reset-state&quot; needs exactly one desktop.</source>
        <translation>&quot;hosts reset-state&quot; needs exactly one desktop.</translation>
    </message>
    <message>
        <source>--state is active or error.</source>
        <translation>--state is active or error.</translation>
    </message>
    <message>
        <source>  hosts reset-state DESKTOP [--state active|error]  clear a stuck desktop&apos;s state (Nova os-resetState)
</source>
        <translation>  hosts reset-state DESKTOP [--state active|error]  clear a stuck desktop&apos;s state (Nova os-resetState)
</translation>
    </message>
    <message>
        <source>No compute hosts.
</source>
        <translation>No compute hosts.
</translation>
    </message>
    <message>
        <source>No desktops on %1.
</source>
        <translation>No desktops on %1.
</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: skipped: %2</translation>
    </message>
    <message>
        <source>%1 has no desktops to move.
</source>
        <translation>%1 has no desktops to move.
</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>drain</translation>
    </message>
    <message>
        <source>%1 has no desktops to evacuate.
</source>
        <translation>%1 has no desktops to evacuate.
</translation>
    </message>
    <message>
        <source>evacuate</source>
        <translation>evacuate</translation>
    </message>
    <message>
        <source>%1: state reset to %2
</source>
        <translation>%1: state reset to %2
</translation>
    </message>
    <message>
        <source>No longer forced down.</source>
        <translation>No longer forced down.</translation>
    </message>
    <message>
        <source>%1 (forced down)</source>
        <translation>%1 (forced down)</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) to %1</source>
        <translation>
            <numerusform>%n desktop to %1</numerusform>
            <numerusform>%n desktops to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>a host the scheduler picks</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>CtlTaskWatch</name>
    <message numerus="yes">
        <source>Cancelling %n task(s)… (press Ctrl+C again to quit at once; &quot;phoenixctl tasks retry&quot; runs them again)</source>
        <translation>
            <numerusform>Cancelling %n task… (press Ctrl+C again to quit at once; &quot;phoenixctl tasks retry&quot; runs it again)</numerusform>
            <numerusform>Cancelling %n tasks… (press Ctrl+C again to quit at once; &quot;phoenixctl tasks retry&quot; runs them again)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1: %2: try %3 failed, trying again: %4</source>
        <translation>%1: %2: try %3 failed, trying again: %4</translation>
    </message>
    <message>
        <source>%1: %2: warning: %3</source>
        <translation>%1: %2: warning: %3</translation>
    </message>
    <message>
        <source>%1: %2 done (%3): %4</source>
        <translation>%1: %2 done (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2 done (%3)</source>
        <translation>%1: %2 done (%3)</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: done (%2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: failed at %2: %3</source>
        <translation>%1: failed at %2: %3</translation>
    </message>
    <message>
        <source>%1: cancelled at %2</source>
        <translation>%1: cancelled at %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 cancelled in %4 s</source>
        <translation>%1 done, %2 failed, %3 cancelled in %4 s</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>(batch %1)</source>
        <translation>(batch %1)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %n task(s) journaled, not started; &quot;phoenixctl tasks resume&quot; runs them.
</source>
        <translation>
            <numerusform>batch %1: %n task journaled, not started; &quot;phoenixctl tasks resume&quot; runs it.
</numerusform>
            <numerusform>batch %1: %n tasks journaled, not started; &quot;phoenixctl tasks resume&quot; runs them.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopped at %2: %3</source>
        <translation>%1: stopped at %2: %3</translation>
    </message>
    <message>
        <source>Only %1 of %2 task(s) reached the task journal; the others will not run. Check the database and run the command again for the missing desktops.</source>
        <translation>Only %1 of %2 task(s) reached the task journal; the others will not run. Check the database and run the command again for the missing desktops.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Phoenix database is not open.</source>
        <translation>The Phoenix database is not open.</translation>
    </message>
    <message>
        <source>Could not open the Phoenix database.</source>
        <translation>Could not open the Phoenix database.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not understood. Use sqlite:FILE or postgresql://user@host:port/database.</source>
        <translation>The database address &quot;%1&quot; is not understood. Use sqlite:FILE or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The Phoenix database path %1 is a folder, not a file.</source>
        <translation>The Phoenix database path %1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the Phoenix database. Check that the disk is writable and that you have permission.</source>
        <translation>Cannot create the folder %1 for the Phoenix database. Check that the disk is writable and that you have permission.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid postgresql:// URL.</source>
        <translation>The database address &quot;%1&quot; is not a valid postgresql:// URL.</translation>
    </message>
    <message>
        <source>The database address must name a database: postgresql://user@host/database.</source>
        <translation>The database address must name a database: postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not valid (lowercase letters, digits and _ only).</source>
        <translation>The schema name &quot;%1&quot; is not valid (lowercase letters, digits and _ only).</translation>
    </message>
    <message>
        <source>The database option %1 has an invalid value.</source>
        <translation>The database option %1 has an invalid value.</translation>
    </message>
    <message>
        <source>The database option &quot;%1&quot; is not supported.</source>
        <translation>The database option &quot;%1&quot; is not supported.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing saved before was lost.</source>
        <translation>The disk holding the database is full. Free some space and try again; nothing saved before was lost.</translation>
    </message>
    <message>
        <source>The database file is read-only or you lack permission to write it. Nothing saved before was lost.</source>
        <translation>The database file is read-only or you lack permission to write it. Nothing saved before was lost.</translation>
    </message>
    <message>
        <source>The database is busy: another program is holding it. Try again in a moment.</source>
        <translation>The database is busy: another program is holding it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restart Phoenix to repair it.</source>
        <translation>The database file is damaged. Restart Phoenix to repair it.</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1). Check the path and your permissions.</source>
        <translation>The database file cannot be opened (%1). Check the path and your permissions.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1).</source>
        <translation>The disk reported an input/output error (%1).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing saved before was lost.</source>
        <translation>The database server&apos;s disk is full. Nothing saved before was lost.</translation>
    </message>
    <message>
        <source>The database server refuses to write (read-only, or your database account lacks permission). Nothing saved before was lost.</source>
        <translation>The database server refuses to write (read-only, or your database account lacks permission). Nothing saved before was lost.</translation>
    </message>
    <message>
        <source>Cannot reach the database server (%1).</source>
        <translation>Cannot reach the database server (%1).</translation>
    </message>
    <message>
        <source>The database server did not accept the user name or password (%1).</source>
        <translation>The database server did not accept the user name or password (%1).</translation>
    </message>
    <message>
        <source>The database does not exist on the server (%1).</source>
        <translation>The database does not exist on the server (%1).</translation>
    </message>
    <message>
        <source>The database server has too many connections. Try again later.</source>
        <translation>The database server has too many connections. Try again later.</translation>
    </message>
    <message>
        <source>The database reported: %1</source>
        <translation>The database reported: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Cannot create the Phoenix database %1 (%2). Check that the disk is writable and that you have permission.</source>
        <translation>Cannot create the Phoenix database %1 (%2). Check that the disk is writable and that you have permission.</translation>
    </message>
    <message>
        <source>The database server does not accept encrypted (TLS) connections, and Phoenix requires TLS with a verified certificate for a database on another computer, so that passwords and the journal do not cross the network in clear. Turn on SSL on the server (ssl = on in postgresql.conf) — or, only on a network you trust, add ?sslmode=prefer to the database address.</source>
        <translation>The database server does not accept encrypted (TLS) connections, and Phoenix requires TLS with a verified certificate for a database on another computer, so that passwords and the journal do not cross the network in clear. Turn on SSL on the server (ssl = on in postgresql.conf) — or, only on a network you trust, add ?sslmode=prefer to the database address.</translation>
    </message>
    <message>
        <source>Phoenix checks the database server&apos;s certificate (sslmode=verify-full), but no CA certificate to check it against was found (%1). Put the CA certificate that signed the server&apos;s certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.pem to the database address.</source>
        <translation>Phoenix checks the database server&apos;s certificate (sslmode=verify-full), but no CA certificate to check it against was found (%1). Put the CA certificate that signed the server&apos;s certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.pem to the database address.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate could not be verified (%1). Check that the address uses the server&apos;s name as written in its certificate and that the right CA certificate is configured (~/.postgresql/root.crt or ?sslrootcert=).</source>
        <translation>The database server&apos;s certificate could not be verified (%1). Check that the address uses the server&apos;s name as written in its certificate and that the right CA certificate is configured (~/.postgresql/root.crt or ?sslrootcert=).</translation>
    </message>
</context>
<context>
    <name>DatabaseSecret</name>
    <message>
        <source>Warning: the database address on the command line contains a password, which every user of this computer can read (for example with &quot;ps&quot;). Remove it from the address and use PGPASSWORD or ~/.pgpass, or save it in the window&apos;s settings (kept in the keyring).</source>
        <translation>Warning: the database address on the command line contains a password, which every user of this computer can read (for example with &quot;ps&quot;). Remove it from the address and use PGPASSWORD or ~/.pgpass, or save it in the window&apos;s settings (kept in the keyring).</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 of %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>verb desktop-name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n desktops</source>
        <translation>
            <numerusform>%1 %n desktop</numerusform>
            <numerusform>%1 %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)?</source>
        <translation>
            <numerusform>Delete %n desktop?</numerusform>
            <numerusform>Delete %n desktops?</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktops and everything saved on them are removed from the cloud. This cannot be undone.</source>
        <translation>The desktops and everything saved on them are removed from the cloud. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)</source>
        <translation>
            <numerusform>Delete %n desktop</numerusform>
            <numerusform>Delete %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)?</source>
        <translation>
            <numerusform>Force-delete %n desktop?</numerusform>
            <numerusform>Force-delete %n desktops?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova deletes them even while they are busy. Everything saved on them is lost. This cannot be undone.</source>
        <translation>Nova deletes them even while they are busy. Everything saved on them is lost. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)</source>
        <translation>
            <numerusform>Force-delete %n desktop</numerusform>
            <numerusform>Force-delete %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s) to a clean image?</source>
        <translation>
            <numerusform>Restore %n desktop to a clean image?</numerusform>
            <numerusform>Restore %n desktops to a clean image?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each desktop is rebuilt from its image: everything saved on it since is lost.</source>
        <translation>Each desktop is rebuilt from its image: everything saved on it since is lost.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s)</source>
        <translation>
            <numerusform>Restore %n desktop</numerusform>
            <numerusform>Restore %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)?</source>
        <translation>
            <numerusform>Shut down %n desktop?</numerusform>
            <numerusform>Shut down %n desktops?</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever works on them is disconnected and unsaved work is lost.</source>
        <translation>Whoever works on them is disconnected and unsaved work is lost.</translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)</source>
        <translation>
            <numerusform>Shut down %n desktop</numerusform>
            <numerusform>Shut down %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)?</source>
        <translation>
            <numerusform>Hard-reboot %n desktop?</numerusform>
            <numerusform>Hard-reboot %n desktops?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)?</source>
        <translation>
            <numerusform>Reboot %n desktop?</numerusform>
            <numerusform>Reboot %n desktops?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)</source>
        <translation>
            <numerusform>Hard-reboot %n desktop</numerusform>
            <numerusform>Hard-reboot %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)</source>
        <translation>
            <numerusform>Reboot %n desktop</numerusform>
            <numerusform>Reboot %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)?</source>
        <translation>
            <numerusform>Shelve %n desktop?</numerusform>
            <numerusform>Shelve %n desktops?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are shut down and stored; unshelving takes a few minutes.</source>
        <translation>They are shut down and stored; unshelving takes a few minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)</source>
        <translation>
            <numerusform>Shelve %n desktop</numerusform>
            <numerusform>Shelve %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the floating IP of %n desktop(s)?</source>
        <translation>
            <numerusform>Release the floating IP of %n desktop?</numerusform>
            <numerusform>Release the floating IP of %n desktops?</numerusform>
        </translation>
    </message>
    <message>
        <source>They can no longer be reached from outside until they get an address again.</source>
        <translation>They can no longer be reached from outside until they get an address again.</translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation>
            <numerusform>Release %n address</numerusform>
            <numerusform>Release %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected desktop(s) will be left alone: the command does not apply to their state.</source>
        <translation>
            <numerusform>%n other selected desktop will be left alone: the command does not apply to its state.</numerusform>
            <numerusform>%n other selected desktops will be left alone: the command does not apply to their state.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Make image from desktop</source>
        <translation>Make image from desktop</translation>
    </message>
    <message>
        <source>%1 is shut down, snapshotted and the new image waits until Glance reports it active.

Name of the new image:</source>
        <translation>%1 is shut down, snapshotted and the new image waits until Glance reports it active.

Name of the new image:</translation>
    </message>
    <message>
        <source>Asking Nova for the console of %1…</source>
        <translation>Asking Nova for the console of %1…</translation>
    </message>
    <message>
        <source>Opened the console of %1 in the browser.</source>
        <translation>Opened the console of %1 in the browser.</translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation>Could not open a browser for %1</translation>
    </message>
    <message>
        <source>No console for %1: %2</source>
        <translation>No console for %1: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>Connecting to %1 (%2)…</translation>
    </message>
    <message>
        <source>Not now: a task is working on the selected desktop; see the task panel.</source>
        <translation>Not now: a task is working on the selected desktop; see the task panel.</translation>
    </message>
    <message>
        <source>Opened the console of %1.</source>
        <translation>Opened the console of %1.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Live-migrate %1 to another compute host. It keeps running; its users stay connected.</source>
        <translation>Live-migrate %1 to another compute host. It keeps running; its users stay connected.</translation>
    </message>
    <message>
        <source>Migrate %1 to another compute host. A running desktop is shut down for the move and started again there: whoever works on it is disconnected.</source>
        <translation>Migrate %1 to another compute host. A running desktop is shut down for the move and started again there: whoever works on it is disconnected.</translation>
    </message>
    <message>
        <source>The compute hosts could not be read: %1</source>
        <translation>The compute hosts could not be read: %1</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Target host:</translation>
    </message>
    <message>
        <source>Let the scheduler choose</source>
        <translation>Let the scheduler choose</translation>
    </message>
    <message>
        <source>Live-migrate</source>
        <translation>Live-migrate</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
</context>
<context>
    <name>DesktopNaming</name>
    <message>
        <source>The naming template is empty.</source>
        <translation>The naming template is empty.</translation>
    </message>
    <message>
        <source>The template needs {seat}, {owner}, {n} or {index}, or every desktop would get the same name.</source>
        <translation>The template needs {seat}, {owner}, {n} or {index}, or every desktop would get the same name.</translation>
    </message>
    <message>
        <source>Unmatched &quot;}&quot; at position %1 of the template.</source>
        <translation>Unmatched &quot;}&quot; at position %1 of the template.</translation>
    </message>
    <message>
        <source>Unmatched &quot;{&quot; at position %1 of the template.</source>
        <translation>Unmatched &quot;{&quot; at position %1 of the template.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number format; write e.g. {seat:02}.</source>
        <translation>&quot;%1&quot; is not a number format; write e.g. {seat:02}.</translation>
    </message>
    <message>
        <source>Unknown field {%1}; use {course}, {seat}, {owner}, {role}, {image}, {n} or {index}.</source>
        <translation>Unknown field {%1}; use {course}, {seat}, {owner}, {role}, {image}, {n} or {index}.</translation>
    </message>
    <message>
        <source>Only {seat}, {n} and {index} take a number format.</source>
        <translation>Only {seat}, {n} and {index} take a number format.</translation>
    </message>
    <message>
        <source>The template gives an empty name.</source>
        <translation>The template gives an empty name.</translation>
    </message>
    <message>
        <source>Line %1: a quote is not closed.</source>
        <translation>Line %1: a quote is not closed.</translation>
    </message>
    <message>
        <source>Line %1: no owner.</source>
        <translation>Line %1: no owner.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid user name.</source>
        <translation>Line %1: &quot;%2&quot; is not a valid user name.</translation>
    </message>
    <message>
        <source>Line %1: seat &quot;%2&quot; is not a positive number.</source>
        <translation>Line %1: seat &quot;%2&quot; is not a positive number.</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation>Line %1: %2 is already on line %3.</translation>
    </message>
    <message>
        <source>Line %1: seat %2 is already taken on line %3.</source>
        <translation>Line %1: seat %2 is already taken on line %3.</translation>
    </message>
    <message>
        <source>Same name as row %1; add {seat} or {owner} to the template.</source>
        <translation>Same name as row %1; add {seat} or {owner} to the template.</translation>
    </message>
    <message>
        <source>Exists already; skipped.</source>
        <translation>Exists already; skipped.</translation>
    </message>
    <message>
        <source>%1 already has %2; skipped.</source>
        <translation>%1 already has %2; skipped.</translation>
    </message>
</context>
<context>
    <name>DesktopPolicy</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>Shut &amp;down</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>Sus&amp;pend</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>Re&amp;boot</translation>
    </message>
    <message>
        <source>&amp;Hard reboot</source>
        <translation>&amp;Hard reboot</translation>
    </message>
    <message>
        <source>Res&amp;tore to clean image…</source>
        <translation>Res&amp;tore to clean image…</translation>
    </message>
    <message>
        <source>She&amp;lve</source>
        <translation>She&amp;lve</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>&amp;Unshelve</translation>
    </message>
    <message>
        <source>Assign &amp;floating IP</source>
        <translation>Assign &amp;floating IP</translation>
    </message>
    <message>
        <source>Release floating I&amp;P</source>
        <translation>Release floating I&amp;P</translation>
    </message>
    <message>
        <source>Open &amp;console</source>
        <translation>Open &amp;console</translation>
    </message>
    <message>
        <source>Co&amp;nnect (remote desktop)</source>
        <translation>Co&amp;nnect (remote desktop)</translation>
    </message>
    <message>
        <source>&amp;Make image from desktop…</source>
        <translation>&amp;Make image from desktop…</translation>
    </message>
    <message>
        <source>&amp;Adopt as Phoenix desktop…</source>
        <translation>&amp;Adopt as Phoenix desktop…</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>D&amp;elete…</translation>
    </message>
    <message>
        <source>&amp;Force delete…</source>
        <translation>&amp;Force delete…</translation>
    </message>
    <message>
        <source>&amp;Live-migrate to another host…</source>
        <translation>&amp;Live-migrate to another host…</translation>
    </message>
    <message>
        <source>Mi&amp;grate to another host…</source>
        <translation>Mi&amp;grate to another host…</translation>
    </message>
</context>
<context>
    <name>DesktopRoles</name>
    <message>
        <source>Teacher desktop</source>
        <translation>Teacher desktop</translation>
    </message>
    <message>
        <source>Student desktop</source>
        <translation>Student desktop</translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation>Teacher desktops</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>Student desktops</translation>
    </message>
</context>
<context>
    <name>DesktopState</name>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>desktop state ACTIVE</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Shut down</source>
        <comment>desktop state SHUTOFF</comment>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Scheduling…</translation>
    </message>
    <message>
        <source>Preparing disks…</source>
        <translation>Preparing disks…</translation>
    </message>
    <message>
        <source>Connecting network…</source>
        <translation>Connecting network…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation>Suspending…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Shutting down…</source>
        <translation>Shutting down…</translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation>Rebooting…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Shelving…</source>
        <translation>Shelving…</translation>
    </message>
    <message>
        <source>Unshelving…</source>
        <translation>Unshelving…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <source>Unpausing…</source>
        <translation>Unpausing…</translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation>Taking snapshot…</translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation>Migrating…</translation>
    </message>
    <message>
        <source>Resizing…</source>
        <translation>Resizing…</translation>
    </message>
</context>
<context>
    <name>DesktopTab</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <source>No desktops match “%1”.</source>
        <translation>No desktops match “%1”.</translation>
    </message>
</context>
<context>
    <name>DesktopTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation>Floating IP</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Nova status %1</source>
        <translation>Nova status %1</translation>
    </message>
    <message>
        <source>Task state %1</source>
        <translation>Task state %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 queued</translation>
    </message>
    <message>
        <source>%1: %2 (%3/%4)</source>
        <comment>task kind: stage (step/steps)</comment>
        <translation>%1: %2 (%3/%4)</translation>
    </message>
    <message>
        <source>(volume)</source>
        <comment>server booted from a volume, no image</comment>
        <translation>(volume)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>column: does the desktop answer on its remote-desktop port</comment>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2)</source>
        <comment>protocol (minutes:seconds)</comment>
        <translation>Waiting for %1 (%2)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>the desktop answers</comment>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
</context>
<context>
    <name>DesktopViews</name>
    <message>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Filter by name, owner, course, address… (Ctrl+F)</source>
        <translation>Filter by name, owner, course, address… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Quick filter</translation>
    </message>
    <message>
        <source>Shows only desktops whose columns contain every word typed here</source>
        <translation>Shows only desktops whose columns contain every word typed here</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Show only desktops in this state</source>
        <translation>Show only desktops in this state</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>Course filter</translation>
    </message>
    <message>
        <source>Show only desktops of this course</source>
        <translation>Show only desktops of this course</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Owner filter</translation>
    </message>
    <message>
        <source>Show only desktops of this owner</source>
        <translation>Show only desktops of this owner</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>No teacher desktops. Create them with Desktops › New desktops…</source>
        <translation>No teacher desktops. Create them with Desktops › New desktops…</translation>
    </message>
    <message>
        <source>No student desktops. Create a class&apos;s desktops with Desktops › New desktops…</source>
        <translation>No student desktops. Create a class&apos;s desktops with Desktops › New desktops…</translation>
    </message>
    <message>
        <source>No other servers in this project.</source>
        <translation>No other servers in this project.</translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation>Teacher desktops</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>Student desktops</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>Other servers</translation>
    </message>
    <message>
        <source>(%1 more: use the quick filter)</source>
        <translation>(%1 more: use the quick filter)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not signed in: nothing could be listed.</source>
        <translation>Not signed in: nothing could be listed.</translation>
    </message>
</context>
<context>
    <name>HostRules</name>
    <message>
        <source>OK</source>
        <comment>host health</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>host health</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>host health</comment>
        <translation>Down</translation>
    </message>
    <message>
        <source>Forced down by an administrator.</source>
        <translation>Forced down by an administrator.</translation>
    </message>
    <message>
        <source>Nova has not heard from its compute service since %1 UTC.</source>
        <translation>Nova has not heard from its compute service since %1 UTC.</translation>
    </message>
    <message>
        <source>Nova reports its compute service down.</source>
        <translation>Nova reports its compute service down.</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) on it.</source>
        <translation>
            <numerusform>%n desktop on it.</numerusform>
            <numerusform>%n desktops on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled: no new desktops are placed on it.</source>
        <translation>Disabled: no new desktops are placed on it.</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Disabled: %1</translation>
    </message>
    <message>
        <source>Placement reports no resources for it.</source>
        <translation>Placement reports no resources for it.</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disk</translation>
    </message>
    <message>
        <source>%1 %2% used.</source>
        <translation>%1 %2% used.</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) on it in ERROR.</source>
        <translation>
            <numerusform>%n desktop on it in ERROR.</numerusform>
            <numerusform>%n desktops on it in ERROR.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and enabled; vCPU %1%, RAM %2%, disk %3% used.</source>
        <translation>Up and enabled; vCPU %1%, RAM %2%, disk %3% used.</translation>
    </message>
    <message>
        <source>Busy (%1); drain again when it has settled.</source>
        <translation>Busy (%1); drain again when it has settled.</translation>
    </message>
    <message>
        <source>Suspended: Nova moves no suspended desktop; resume or shelve it first.</source>
        <translation>Suspended: Nova moves no suspended desktop; resume or shelve it first.</translation>
    </message>
    <message>
        <source>In ERROR: reset its state first.</source>
        <translation>In ERROR: reset its state first.</translation>
    </message>
    <message>
        <source>%1: cannot be moved.</source>
        <translation>%1: cannot be moved.</translation>
    </message>
    <message>
        <source>The target host %1 is down or disabled.</source>
        <translation>The target host %1 is down or disabled.</translation>
    </message>
    <message>
        <source>There is no compute host %1.</source>
        <translation>There is no compute host %1.</translation>
    </message>
    <message>
        <source>No other compute host is up and enabled: the desktops have nowhere to go.</source>
        <translation>No other compute host is up and enabled: the desktops have nowhere to go.</translation>
    </message>
    <message>
        <source>%1 is still up: Nova evacuates only a host that is down. Drain it instead, or force it down if it is really dead.</source>
        <translation>%1 is still up: Nova evacuates only a host that is down. Drain it instead, or force it down if it is really dead.</translation>
    </message>
    <message>
        <source>No other compute host is up and enabled: there is nowhere to evacuate to.</source>
        <translation>No other compute host is up and enabled: there is nowhere to evacuate to.</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>%1 MB RAM</translation>
    </message>
    <message>
        <source>%1 GB disk</source>
        <translation>%1 GB disk</translation>
    </message>
    <message>
        <source>No room: the other hosts lack %1 for the desktops of %2.</source>
        <translation>No room: the other hosts lack %1 for the desktops of %2.</translation>
    </message>
</context>
<context>
    <name>HostsApi</name>
    <message>
        <source>compute service list</source>
        <translation>compute service list</translation>
    </message>
    <message>
        <source>compute service</source>
        <translation>compute service</translation>
    </message>
    <message>
        <source>resource provider list</source>
        <translation>resource provider list</translation>
    </message>
    <message>
        <source>resource provider inventories</source>
        <translation>resource provider inventories</translation>
    </message>
    <message>
        <source>inventories: &quot;%1&quot; is %2, expected an object</source>
        <translation>inventories: &quot;%1&quot; is %2, expected an object</translation>
    </message>
    <message>
        <source>%1: &quot;allocation_ratio&quot; is not a positive number</source>
        <translation>%1: &quot;allocation_ratio&quot; is not a positive number</translation>
    </message>
    <message>
        <source>resource provider usages</source>
        <translation>resource provider usages</translation>
    </message>
    <message>
        <source>migration list</source>
        <translation>migration list</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <source>%1 / %2 %3 (%4%)</source>
        <translation>%1 / %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Forced down</source>
        <translation>Forced down</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Compute hosts: %1</source>
        <translation>Compute hosts: %1</translation>
    </message>
    <message>
        <source>Select a host to see its desktops.</source>
        <translation>Select a host to see its desktops.</translation>
    </message>
    <message>
        <source>No desktops on %1.</source>
        <translation>No desktops on %1.</translation>
    </message>
    <message>
        <source>Desktops on %1</source>
        <translation>Desktops on %1</translation>
    </message>
    <message>
        <source>Compute hosts: loading…</source>
        <translation>Compute hosts: loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n compute host(s)</source>
        <translation>
            <numerusform>%n compute host</numerusform>
            <numerusform>%n compute hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drain…</translation>
    </message>
    <message>
        <source>Evacuate…</source>
        <translation>Evacuate…</translation>
    </message>
    <message>
        <source>Reset state…</source>
        <translation>Reset state…</translation>
    </message>
    <message>
        <source>No new desktops are placed on the host; the ones on it keep running.</source>
        <translation>No new desktops are placed on the host; the ones on it keep running.</translation>
    </message>
    <message>
        <source>Move every desktop off the host: live migration, cold migration for shut-down ones.</source>
        <translation>Move every desktop off the host: live migration, cold migration for shut-down ones.</translation>
    </message>
    <message>
        <source>Rebuild the desktops of a dead host on healthy ones.</source>
        <translation>Rebuild the desktops of a dead host on healthy ones.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Disable %1</translation>
    </message>
    <message>
        <source>Why is %1 disabled? (shown to other administrators)</source>
        <translation>Why is %1 disabled? (shown to other administrators)</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <source>%1 enabled and no longer forced down.</source>
        <translation>%1 enabled and no longer forced down.</translation>
    </message>
    <message>
        <source>Let the scheduler choose</source>
        <translation>Let the scheduler choose</translation>
    </message>
    <message>
        <source>Move desktops off %1</source>
        <translation>Move desktops off %1</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: %n desktop(s)</source>
        <translation>
            <numerusform>Evacuate %1: %n desktop</numerusform>
            <numerusform>Evacuate %1: %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %1: %n desktop(s)</source>
        <translation>
            <numerusform>Drain %1: %n desktop</numerusform>
            <numerusform>Drain %1: %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>Drain %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move %1 desktop(s) off %2: %3 live, %4 cold (shut down).</source>
        <translation>Move %1 desktop(s) off %2: %3 live, %4 cold (shut down).</translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>Not moved:</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Target host:</translation>
    </message>
    <message>
        <source>Evacuate %1</source>
        <translation>Evacuate %1</translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n desktop(s) of the dead host %1 on another host. Target host:</source>
        <translation>
            <numerusform>Rebuild %n desktop of the dead host %1 on another host. Target host:</numerusform>
            <numerusform>Rebuild %n desktops of the dead host %1 on another host. Target host:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset state</source>
        <translation>Reset state</translation>
    </message>
    <message>
        <source>Reset the state of %1 (%2) to ACTIVE? Do this only for a desktop stuck in a task that will never finish; Nova then believes it is running.</source>
        <translation>Reset the state of %1 (%2) to ACTIVE? Do this only for a desktop stuck in a task that will never finish; Nova then believes it is running.</translation>
    </message>
    <message>
        <source>%1: state reset to ACTIVE.</source>
        <translation>%1: state reset to ACTIVE.</translation>
    </message>
    <message>
        <source>No longer forced down.</source>
        <translation>No longer forced down.</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) to %1</source>
        <translation>
            <numerusform>%n desktop to %1</numerusform>
            <numerusform>%n desktops to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>a host the scheduler picks</translation>
    </message>
</context>
<context>
    <name>IdentityApi</name>
    <message>
        <source>Checking whether this account may manage users…</source>
        <translation>Checking whether this account may manage users…</translation>
    </message>
    <message>
        <source>This account may manage the users of the project&apos;s domain.</source>
        <translation>This account may manage the users of the project&apos;s domain.</translation>
    </message>
    <message>
        <source>This account may see users but not change them: it has no admin role. Ask whoever runs Keystone to create or change the accounts.</source>
        <translation>This account may see users but not change them: it has no admin role. Ask whoever runs Keystone to create or change the accounts.</translation>
    </message>
    <message>
        <source>This account may not manage users: Keystone refused to list them%1. Ask whoever runs Keystone to create the accounts.</source>
        <translation>This account may not manage users: Keystone refused to list them%1. Ask whoever runs Keystone to create the accounts.</translation>
    </message>
    <message>
        <source> (request ID %1)</source>
        <translation> (request ID %1)</translation>
    </message>
    <message>
        <source>Could not find out whether this account may manage users: %1</source>
        <translation>Could not find out whether this account may manage users: %1</translation>
    </message>
    <message>
        <source>the identity service&apos;s user list is not a JSON object: %1</source>
        <translation>the identity service&apos;s user list is not a JSON object: %1</translation>
    </message>
    <message>
        <source>the identity service&apos;s user reply is not a JSON object: %1</source>
        <translation>the identity service&apos;s user reply is not a JSON object: %1</translation>
    </message>
    <message>
        <source>the identity service&apos;s role list is not a JSON object: %1</source>
        <translation>the identity service&apos;s role list is not a JSON object: %1</translation>
    </message>
    <message>
        <source>Keystone has no role named &quot;%1&quot;.</source>
        <translation>Keystone has no role named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The identity service does not offer user management (%1).</source>
        <translation>The identity service does not offer user management (%1).</translation>
    </message>
</context>
<context>
    <name>ImageApi</name>
    <message>
        <source>The cloud&apos;s catalog has no image service.</source>
        <translation>The cloud&apos;s catalog has no image service.</translation>
    </message>
    <message>
        <source>No image is named &quot;%1&quot; or has that ID.</source>
        <translation>No image is named &quot;%1&quot; or has that ID.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 images (%3): give the ID instead.</source>
        <translation>The name &quot;%1&quot; is used by %2 images (%3): give the ID instead.</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>image list</translation>
    </message>
    <message>
        <source>the image list&apos;s next link is not a URL: &quot;%1&quot;</source>
        <translation>the image list&apos;s next link is not a URL: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the image list&apos;s next link points to another server (%1, the image service is %2); Phoenix does not send your token there</source>
        <translation>the image list&apos;s next link points to another server (%1, the image service is %2); Phoenix does not send your token there</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation>Make &amp;private</translation>
    </message>
    <message>
        <source>Make &amp;public</source>
        <translation>Make &amp;public</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) use this image; delete them or restore them to another image first.</source>
        <translation>
            <numerusform>%n desktop uses this image; delete it or restore it to another image first.</numerusform>
            <numerusform>%n desktops use this image; delete them or restore them to another image first.</numerusform>
        </translation>
    </message>
    <message>
        <source>This image is protected.</source>
        <translation>This image is protected.</translation>
    </message>
    <message>
        <source>Delete the selected image</source>
        <translation>Delete the selected image</translation>
    </message>
    <message>
        <source>&lt;b&gt;Images&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Images&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flavors&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Flavors&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation>Rename image</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Renamed %1 to %2.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2</source>
        <translation>Could not rename %1: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Could not change %1: %2</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Delete image</translation>
    </message>
    <message>
        <source>Delete the image %1?</source>
        <translation>Delete the image %1?</translation>
    </message>
    <message>
        <source>No desktop uses it. Glance removes the image file (%1); this cannot be undone.</source>
        <translation>No desktop uses it. Glance removes the image file (%1); this cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted the image %1.</source>
        <translation>Deleted the image %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Could not delete %1: %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load images and flavors again</source>
        <translation>Load images and flavors again</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>uploading</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importing</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>killed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>pending_delete</source>
        <translation>pending_delete</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
</context>
<context>
    <name>InventoryCache</name>
    <message>
        <source>Could not update the cached cloud inventory.</source>
        <translation>Could not update the cached cloud inventory.</translation>
    </message>
    <message>
        <source>Could not read the cached cloud inventory.</source>
        <translation>Could not read the cached cloud inventory.</translation>
    </message>
    <message>
        <source>Could not clear the cached cloud inventory.</source>
        <translation>Could not clear the cached cloud inventory.</translation>
    </message>
</context>
<context>
    <name>LessonBook</name>
    <message>
        <source>The courses and the timetable are kept in the Phoenix database, which is not open (Settings › Database).</source>
        <translation>The courses and the timetable are kept in the Phoenix database, which is not open (Settings › Database).</translation>
    </message>
    <message>
        <source>Could not delete the term %1.</source>
        <translation>Could not delete the term %1.</translation>
    </message>
    <message>
        <source>There is no term %1.</source>
        <translation>There is no term %1.</translation>
    </message>
</context>
<context>
    <name>LessonControl</name>
    <message>
        <source>No single %1 is named &quot;%2&quot;.</source>
        <translation>No single %1 is named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has a lesson until %2 already.</source>
        <translation>%1 has a lesson until %2 already.</translation>
    </message>
    <message>
        <source>%1 started: a lesson until %2. Its desktops are being prepared.</source>
        <translation>%1 started: a lesson until %2. Its desktops are being prepared.</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>%1 extended by %2 min, until %3.</source>
        <translation>%1 extended by %2 min, until %3.</translation>
    </message>
    <message>
        <source>+%1 desktops</source>
        <translation>+%1 desktops</translation>
    </message>
    <message>
        <source>%1: %2 more desktops for the lesson until %3.</source>
        <translation>%1: %2 more desktops for the lesson until %3.</translation>
    </message>
    <message>
        <source>flavor</source>
        <translation>flavor</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>Fix all: %1 — %2 (%3)</source>
        <translation>Fix all: %1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LessonPlanner</name>
    <message>
        <source>seat %1</source>
        <translation>seat %1</translation>
    </message>
    <message>
        <source>%1: %2 the desktop of %3 (%4) for the lesson at %5</source>
        <translation>%1: %2 the desktop of %3 (%4) for the lesson at %5</translation>
    </message>
    <message>
        <source>%1: repair the desktop of %2 (%3, %4): %5</source>
        <translation>%1: repair the desktop of %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1: lesson over, %2 %3 (%4)</source>
        <translation>%1: lesson over, %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 expires at %3</source>
        <translation>%1: %2 expires at %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the naming template cannot name the desktop of %2: %3</source>
        <translation>%1: the naming template cannot name the desktop of %2: %3</translation>
    </message>
</context>
<context>
    <name>LessonScheduler</name>
    <message>
        <source>flavor</source>
        <translation>flavor</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>%1: no desktops created: %2</source>
        <translation>%1: no desktops created: %2</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>prepare</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>repair</translation>
    </message>
    <message>
        <source>lesson over</source>
        <translation>lesson over</translation>
    </message>
    <message>
        <source>scheduler: %1 %2 — %3 (%4)</source>
        <translation>scheduler: %1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>%1: could not set phoenix:expires: %2</source>
        <translation>%1: could not set phoenix:expires: %2</translation>
    </message>
    <message numerus="yes">
        <source>Continued %n unfinished task(s) that no running Phoenix held.</source>
        <translation>
            <numerusform>Continued %n unfinished task that no running Phoenix held.</numerusform>
            <numerusform>Continued %n unfinished tasks that no running Phoenix held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonStore</name>
    <message>
        <source>Could not read the courses.</source>
        <translation>Could not read the courses.</translation>
    </message>
    <message>
        <source>Could not read the course %1.</source>
        <translation>Could not read the course %1.</translation>
    </message>
    <message>
        <source>There is no course %1.</source>
        <translation>There is no course %1.</translation>
    </message>
    <message>
        <source>A course needs a code.</source>
        <translation>A course needs a code.</translation>
    </message>
    <message>
        <source>Could not save the course %1.</source>
        <translation>Could not save the course %1.</translation>
    </message>
    <message>
        <source>Could not delete the course %1.</source>
        <translation>Could not delete the course %1.</translation>
    </message>
    <message>
        <source>Could not read the roster of %1.</source>
        <translation>Could not read the roster of %1.</translation>
    </message>
    <message>
        <source>Could not read the rosters.</source>
        <translation>Could not read the rosters.</translation>
    </message>
    <message>
        <source>Could not save the roster of %1.</source>
        <translation>Could not save the roster of %1.</translation>
    </message>
    <message>
        <source>Could not read the classrooms.</source>
        <translation>Could not read the classrooms.</translation>
    </message>
    <message>
        <source>A classroom needs a name and a number of seats.</source>
        <translation>A classroom needs a name and a number of seats.</translation>
    </message>
    <message>
        <source>Could not save the classroom %1.</source>
        <translation>Could not save the classroom %1.</translation>
    </message>
    <message>
        <source>Could not delete the classroom %1.</source>
        <translation>Could not delete the classroom %1.</translation>
    </message>
    <message>
        <source>There is no classroom %1.</source>
        <translation>There is no classroom %1.</translation>
    </message>
    <message>
        <source>Could not read the periods.</source>
        <translation>Could not read the periods.</translation>
    </message>
    <message>
        <source>Could not save the periods.</source>
        <translation>Could not save the periods.</translation>
    </message>
    <message>
        <source>Could not read the lessons.</source>
        <translation>Could not read the lessons.</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>Could not save the lesson.</translation>
    </message>
    <message>
        <source>Could not delete the lesson.</source>
        <translation>Could not delete the lesson.</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>There is no lesson %1.</translation>
    </message>
    <message>
        <source>Could not read the lesson changes.</source>
        <translation>Could not read the lesson changes.</translation>
    </message>
    <message>
        <source>Could not change the lesson.</source>
        <translation>Could not change the lesson.</translation>
    </message>
    <message>
        <source>Could not read the school calendar.</source>
        <translation>Could not read the school calendar.</translation>
    </message>
    <message>
        <source>A holiday needs a first day and a last day not before it.</source>
        <translation>A holiday needs a first day and a last day not before it.</translation>
    </message>
    <message>
        <source>Could not save the holiday.</source>
        <translation>Could not save the holiday.</translation>
    </message>
    <message>
        <source>Could not remove the holiday.</source>
        <translation>Could not remove the holiday.</translation>
    </message>
    <message>
        <source>A make-up day needs a date and the weekday it is taught as.</source>
        <translation>A make-up day needs a date and the weekday it is taught as.</translation>
    </message>
    <message>
        <source>Could not save the make-up day.</source>
        <translation>Could not save the make-up day.</translation>
    </message>
    <message>
        <source>Could not remove the make-up day.</source>
        <translation>Could not remove the make-up day.</translation>
    </message>
    <message>
        <source>A term needs a name, a first day and a last day not before it.</source>
        <translation>A term needs a name, a first day and a last day not before it.</translation>
    </message>
    <message>
        <source>Could not save the term.</source>
        <translation>Could not save the term.</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s task.</source>
        <translation>Could not record the scheduler&apos;s task.</translation>
    </message>
    <message>
        <source>Could not read the scheduler&apos;s task history.</source>
        <translation>Could not read the scheduler&apos;s task history.</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <source>suspend</source>
        <translation>suspend</translation>
    </message>
    <message>
        <source>shelve</source>
        <translation>shelve</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>shut down</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Teacher desktops</source>
        <translation>Teacher desktops</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>Student desktops</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>Other servers</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The password is saved in the keyring.</source>
        <translation>The password is saved in the keyring.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>The cloud cannot be reached (%1). Showing the data from %2.</source>
        <translation>The cloud cannot be reached (%1). Showing the data from %2.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Could not load the %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cloud.&lt;/b&gt; This is a simulated OpenStack running inside Phoenix with a seeded school; nothing you do here touches a real cloud.</source>
        <translation>&lt;b&gt;Demo cloud.&lt;/b&gt; This is a simulated OpenStack running inside Phoenix with a seeded school; nothing you do here touches a real cloud.</translation>
    </message>
    <message>
        <source>Phoenix — %1</source>
        <translation>Phoenix — %1</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>Demo cloud</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>The password was not saved: %1</translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation>Batch finished with failures</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Batch finished</translation>
    </message>
    <message>
        <source>Adopted; the desktop moves to its tab at the next refresh.</source>
        <translation>Adopted; the desktop moves to its tab at the next refresh.</translation>
    </message>
    <message>
        <source>Could not adopt the server: %1</source>
        <translation>Could not adopt the server: %1</translation>
    </message>
    <message>
        <source>Creating the desktops; follow them in the task panel.</source>
        <translation>Creating the desktops; follow them in the task panel.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: not connected</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation>%1 @ %2 (%3)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>No tasks running</source>
        <translation>No tasks running</translation>
    </message>
    <message>
        <source>Show or hide the task panel</source>
        <translation>Show or hide the task panel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached data from %1</source>
        <translation>Cached data from %1</translation>
    </message>
    <message>
        <source>Offline; data from %1</source>
        <translation>Offline; data from %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Images &amp;&amp; flavors</source>
        <translation>Images &amp;&amp; flavors</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Task console</source>
        <translation>Task console</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Servers without Phoenix metadata; adopt them to manage them as desktops</source>
        <translation>Servers without Phoenix metadata; adopt them to manage them as desktops</translation>
    </message>
    <message>
        <source>The audit log needs the Phoenix database.</source>
        <translation>The audit log needs the Phoenix database.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>About Phoenix</source>
        <translation>About Phoenix</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>&amp;Cloud</source>
        <translation>&amp;Cloud</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>&amp;Recent connections</translation>
    </message>
    <message>
        <source>&amp;Desktops</source>
        <translation>&amp;Desktops</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation>&amp;Connect to a cloud…</translation>
    </message>
    <message>
        <source>Connect to an OpenStack cloud</source>
        <translation>Connect to an OpenStack cloud</translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation>Open the &amp;demo cloud</translation>
    </message>
    <message>
        <source>Start the built-in demo cloud and connect to it</source>
        <translation>Start the built-in demo cloud and connect to it</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Close the connection to this cloud</source>
        <translation>Close the connection to this cloud</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Export table as CSV…</translation>
    </message>
    <message>
        <source>Save the table on screen, as filtered and sorted, as a CSV file</source>
        <translation>Save the table on screen, as filtered and sorted, as a CSV file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Phoenix</source>
        <translation>Quit Phoenix</translation>
    </message>
    <message>
        <source>&amp;New desktops…</source>
        <translation>&amp;New desktops…</translation>
    </message>
    <message>
        <source>Create one desktop or a class&apos;s desktops</source>
        <translation>Create one desktop or a class&apos;s desktops</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Refresh now</translation>
    </message>
    <message>
        <source>Ask the cloud for the latest state now</source>
        <translation>Ask the cloud for the latest state now</translation>
    </message>
    <message>
        <source>&amp;Filter desktops</source>
        <translation>&amp;Filter desktops</translation>
    </message>
    <message>
        <source>Type to filter the desktop tables</source>
        <translation>Type to filter the desktop tables</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Show every desktop again</source>
        <translation>Show every desktop again</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumns…</translation>
    </message>
    <message>
        <source>Choose the columns of this table</source>
        <translation>Choose the columns of this table</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, refresh, tasks, reachability check, database</source>
        <translation>Language, refresh, tasks, reachability check, database</translation>
    </message>
    <message>
        <source>&amp;About Phoenix</source>
        <translation>&amp;About Phoenix</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>&amp;Task panel</source>
        <translation>&amp;Task panel</translation>
    </message>
    <message>
        <source>Show or hide the task panel (%1)</source>
        <translation>Show or hide the task panel (%1)</translation>
    </message>
    <message>
        <source>the demo cloud</source>
        <translation>the demo cloud</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Could not sign in to %1: %2</translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <translation>Batch cancelled</translation>
    </message>
    <message>
        <source>Batch finished with warnings</source>
        <translation>Batch finished with warnings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>MigrationStages</name>
    <message>
        <source>The desktop is on no compute host (%1); there is nothing to move.</source>
        <translation>The desktop is on no compute host (%1); there is nothing to move.</translation>
    </message>
    <message>
        <source>Nova evacuates only running, shut-down or failed desktops; this one is %1.</source>
        <translation>Nova evacuates only running, shut-down or failed desktops; this one is %1.</translation>
    </message>
    <message>
        <source>The desktop is in ERROR; reset its state first.</source>
        <translation>The desktop is in ERROR; reset its state first.</translation>
    </message>
    <message>
        <source>Nova moves no suspended desktop; resume or shelve it first.</source>
        <translation>Nova moves no suspended desktop; resume or shelve it first.</translation>
    </message>
    <message>
        <source>A %1 desktop cannot be moved.</source>
        <translation>A %1 desktop cannot be moved.</translation>
    </message>
    <message>
        <source>Nova does not say which host the desktop is on (administrators only).</source>
        <translation>Nova does not say which host the desktop is on (administrators only).</translation>
    </message>
    <message>
        <source>Already on %1; not moved again.</source>
        <translation>Already on %1; not moved again.</translation>
    </message>
    <message>
        <source>The desktop stayed busy (%1) for %2 s.</source>
        <translation>The desktop stayed busy (%1) for %2 s.</translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>a host the scheduler picks</translation>
    </message>
    <message>
        <source>Live migration to %1 requested (block migration: auto).</source>
        <translation>Live migration to %1 requested (block migration: auto).</translation>
    </message>
    <message>
        <source>Cold migration to %1 requested.</source>
        <translation>Cold migration to %1 requested.</translation>
    </message>
    <message>
        <source>Evacuation to %1 requested.</source>
        <translation>Evacuation to %1 requested.</translation>
    </message>
    <message>
        <source>No inventory to wait on.</source>
        <translation>No inventory to wait on.</translation>
    </message>
    <message>
        <source>The desktop went into ERROR during the move%1.</source>
        <translation>The desktop went into ERROR during the move%1.</translation>
    </message>
    <message>
        <source>Now on %1 (%2).</source>
        <translation>Now on %1 (%2).</translation>
    </message>
    <message>
        <source>Nova could not move the desktop off %1 (its %2 ended &quot;%3&quot;); it is still there.</source>
        <translation>Nova could not move the desktop off %1 (its %2 ended &quot;%3&quot;); it is still there.</translation>
    </message>
    <message>
        <source>The desktop was not moved off %1 within %2 s.</source>
        <translation>The desktop was not moved off %1 within %2 s.</translation>
    </message>
</context>
<context>
    <name>MyDesktop</name>
    <message>
        <source>No desktop of yours</source>
        <translation>No desktop of yours</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>my desktop state</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Starting…</source>
        <comment>my desktop state</comment>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>my desktop state: suspended, shut down or shelved</comment>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>my desktop state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>my desktop state: the cloud cannot be reached</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phoenix — %1</source>
        <translation>Phoenix — %1</translation>
    </message>
    <message>
        <source>usually %1 s</source>
        <translation>usually %1 s</translation>
    </message>
    <message>
        <source>usually %1 min</source>
        <translation>usually %1 min</translation>
    </message>
    <message>
        <source>Waking the desktop</source>
        <translation>Waking the desktop</translation>
    </message>
    <message>
        <source>Waiting until it runs</source>
        <translation>Waiting until it runs</translation>
    </message>
    <message>
        <source>Getting an address</source>
        <translation>Getting an address</translation>
    </message>
    <message>
        <source>Waiting for the remote desktop to answer</source>
        <translation>Waiting for the remote desktop to answer</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (step %2 of %3)</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3, %4)</source>
        <translation>%1 (step %2 of %3, %4)</translation>
    </message>
</context>
<context>
    <name>MyDesktopTracker</name>
    <message>
        <source>%1 my desktop %2</source>
        <translation>%1 my desktop %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>It runs, but has no address this computer can reach.</source>
        <translation>It runs, but has no address this computer can reach.</translation>
    </message>
</context>
<context>
    <name>MyDesktopWindow</name>
    <message>
        <source>%1 is ready: connecting to %2…</source>
        <translation>%1 is ready: connecting to %2…</translation>
    </message>
    <message>
        <source>%1 is ready: connecting to %2… (it did not answer yet: %3)</source>
        <translation>%1 is ready: connecting to %2… (it did not answer yet: %3)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>My desktop — Phoenix</source>
        <translation>My desktop — Phoenix</translation>
    </message>
    <message>
        <source>Open my desktop</source>
        <translation>Open my desktop</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Open Phoenix</source>
        <translation>Open Phoenix</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 desktops: %2</source>
        <translation>%1 desktops: %2</translation>
    </message>
</context>
<context>
    <name>NetworkApi</name>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and the cloud has no external network for floating IPs.</source>
        <translation>No router connects the desktop&apos;s network to an external network, and the cloud has no external network for floating IPs.</translation>
    </message>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and there are several external networks (%1): Phoenix cannot tell which one to use.</source>
        <translation>No router connects the desktop&apos;s network to an external network, and there are several external networks (%1): Phoenix cannot tell which one to use.</translation>
    </message>
    <message>
        <source>%1 has no network port, so it cannot get a floating IP.</source>
        <translation>%1 has no network port, so it cannot get a floating IP.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnets</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External network</source>
        <translation>External network</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>(another port)</source>
        <translation>(another port)</translation>
    </message>
    <message>
        <source>— not bound —</source>
        <translation>— not bound —</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>Fixed address</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>Release all %n unbound</source>
        <translation>
            <numerusform>Release all %n unbound</numerusform>
            <numerusform>Release all %n unbound</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Networks&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Networks&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routers&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Routers&lt;/b&gt; (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Floating IPs&lt;/b&gt; (%1, %n not bound)</source>
        <translation>
            <numerusform>&lt;b&gt;Floating IPs&lt;/b&gt; (%1, %n not bound)</numerusform>
            <numerusform>&lt;b&gt;Floating IPs&lt;/b&gt; (%1, %n not bound)</numerusform>
        </translation>
    </message>
    <message>
        <source>Release floating IPs</source>
        <translation>Release floating IPs</translation>
    </message>
    <message numerus="yes">
        <source>Release %n floating IP(s) bound to no desktop?</source>
        <translation>
            <numerusform>Release %n floating IP bound to no desktop?</numerusform>
            <numerusform>Release %n floating IPs bound to no desktop?</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses go back to the pool; another project may get them.</source>
        <translation>The addresses go back to the pool; another project may get them.</translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation>
            <numerusform>Release %n address</numerusform>
            <numerusform>Release %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n floating IP(s).</source>
        <translation>
            <numerusform>Released %n floating IP.</numerusform>
            <numerusform>Released %n floating IPs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 floating IPs could not be released: %3</source>
        <translation>%1 of %2 floating IPs could not be released: %3</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load networks, routers and floating IPs again</source>
        <translation>Load networks, routers and floating IPs again</translation>
    </message>
    <message>
        <source>Re&amp;lease selected</source>
        <translation>Re&amp;lease selected</translation>
    </message>
    <message>
        <source>Give the selected unbound floating IPs back to the pool</source>
        <translation>Give the selected unbound floating IPs back to the pool</translation>
    </message>
    <message>
        <source>Give every floating IP that is bound to no desktop back to the pool</source>
        <translation>Give every floating IP that is bound to no desktop back to the pool</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>Floating IPs</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>Routers</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>BUILD</source>
        <translation>BUILD</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>the %1 runs in a circle: after page %2 it points back to an earlier page (&quot;%3&quot;); Phoenix stopped reading it</source>
        <translation>the %1 runs in a circle: after page %2 it points back to an earlier page (&quot;%3&quot;); Phoenix stopped reading it</translation>
    </message>
    <message>
        <source>the %1 has more than %2 pages; Phoenix stopped reading it</source>
        <translation>the %1 has more than %2 pages; Phoenix stopped reading it</translation>
    </message>
</context>
<context>
    <name>PasswordsFile</name>
    <message>
        <source>%1 exists already; Phoenix writes passwords only to a new file.</source>
        <translation>%1 exists already; Phoenix writes passwords only to a new file.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Could not replace %1.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The passwords file is not open.</source>
        <translation>The passwords file is not open.</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>in &amp;periods of</source>
        <translation>in &amp;periods of</translation>
    </message>
    <message>
        <source>with &amp;breaks of</source>
        <translation>with &amp;breaks of</translation>
    </message>
    <message>
        <source>No %1-minute period fits between %2 and %3; the list was not changed.</source>
        <translation>No %1-minute period fits between %2 and %3; the list was not changed.</translation>
    </message>
    <message>
        <source>A school day needs at least one period.</source>
        <translation>A school day needs at least one period.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), %1 to %2.</source>
        <translation>
            <numerusform>%n period, %1 to %2.</numerusform>
            <numerusform>%n periods, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Periods of the school day</source>
        <translation>Periods of the school day</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Double-click or type to change a time. Periods are numbered by their start when saved.</source>
        <translation>Double-click or type to change a time. Periods are numbered by their start when saved.</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Add period</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Default (06:00–20:00, 40 min)</source>
        <translation>Default (06:00–20:00, 40 min)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Replaces every period with whole periods between the two times.</source>
        <translation>Replaces every period with whole periods between the two times.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>&amp;Save periods</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>%1 does not accept connections (%2).</source>
        <translation>%1 does not accept connections (%2).</translation>
    </message>
    <message>
        <source>%1 answers (%2).</source>
        <translation>%1 answers (%2).</translation>
    </message>
    <message>
        <source>%1 accepts connections but no %2 service answers.</source>
        <translation>%1 accepts connections but no %2 service answers.</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>the identity service&apos;s token reply is not JSON: %1</source>
        <translation>the identity service&apos;s token reply is not JSON: %1</translation>
    </message>
    <message>
        <source>the identity service&apos;s reply has no token</source>
        <translation>the identity service&apos;s reply has no token</translation>
    </message>
    <message>
        <source>the identity service did not send X-Subject-Token</source>
        <translation>the identity service did not send X-Subject-Token</translation>
    </message>
    <message>
        <source>The token has no service catalog: the user has no role on the project.</source>
        <translation>The token has no service catalog: the user has no role on the project.</translation>
    </message>
    <message>
        <source>No password is known for %1.</source>
        <translation>No password is known for %1.</translation>
    </message>
    <message>
        <source>the compute service&apos;s version document has no version</source>
        <translation>the compute service&apos;s version document has no version</translation>
    </message>
    <message>
        <source>The compute service does not support microversions; Phoenix needs 2.%1.</source>
        <translation>The compute service does not support microversions; Phoenix needs 2.%1.</translation>
    </message>
    <message>
        <source>The compute service offers API 2.%1 at most; Phoenix needs 2.%2 or later.</source>
        <translation>The compute service offers API 2.%1 at most; Phoenix needs 2.%2 or later.</translation>
    </message>
    <message>
        <source>The cloud has no %1 service for interface &quot;%2&quot;%3.</source>
        <translation>The cloud has no %1 service for interface &quot;%2&quot;%3.</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> in region %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>an error reply</source>
        <translation>an error reply</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a sign-in reply</source>
        <translation>a sign-in reply</translation>
    </message>
    <message>
        <source>a single item</source>
        <translation>a single item</translation>
    </message>
    <message>
        <source>the reply from %1 is larger than %2, the most Phoenix accepts for %3; it was not read to the end</source>
        <translation>the reply from %1 is larger than %2, the most Phoenix accepts for %3; it was not read to the end</translation>
    </message>
    <message>
        <source>The cloud&apos;s %1 service is reached over plain http:// (%2), and TLS is required: the token would cross the network unencrypted.</source>
        <translation>The cloud&apos;s %1 service is reached over plain http:// (%2), and TLS is required: the token would cross the network unencrypted.</translation>
    </message>
</context>
<context>
    <name>RfbClient</name>
    <message>
        <source>This is not a VNC server (it did not greet with an RFB protocol version).</source>
        <translation>This is not a VNC server (it did not greet with an RFB protocol version).</translation>
    </message>
    <message>
        <source>The VNC server speaks RFB %1.%2, which Phoenix does not know.</source>
        <translation>The VNC server speaks RFB %1.%2, which Phoenix does not know.</translation>
    </message>
    <message>
        <source>The VNC server refused the connection.</source>
        <translation>The VNC server refused the connection.</translation>
    </message>
    <message>
        <source>The VNC server refused the connection: %1</source>
        <translation>The VNC server refused the connection: %1</translation>
    </message>
    <message>
        <source>The VNC server asks for a security type Phoenix does not support (%1).</source>
        <translation>The VNC server asks for a security type Phoenix does not support (%1).</translation>
    </message>
    <message>
        <source>The VNC server offers no security type Phoenix supports (offered: %1).</source>
        <translation>The VNC server offers no security type Phoenix supports (offered: %1).</translation>
    </message>
    <message>
        <source>The console password was not accepted.</source>
        <translation>The console password was not accepted.</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed greeting (a name of %1 bytes).</source>
        <translation>The VNC server sent a malformed greeting (a name of %1 bytes).</translation>
    </message>
    <message>
        <source>The remote screen is too large (%1×%2).</source>
        <translation>The remote screen is too large (%1×%2).</translation>
    </message>
    <message>
        <source>The VNC server sent %1 bytes of clipboard text; Phoenix takes at most %2.</source>
        <translation>The VNC server sent %1 bytes of clipboard text; Phoenix takes at most %2.</translation>
    </message>
    <message>
        <source>The VNC server sent an unknown message (type %1).</source>
        <translation>The VNC server sent an unknown message (type %1).</translation>
    </message>
    <message>
        <source>The VNC server sent an encoding Phoenix did not ask for (%1).</source>
        <translation>The VNC server sent an encoding Phoenix did not ask for (%1).</translation>
    </message>
    <message>
        <source>The VNC server sent a rectangle outside the screen (%1,%2 %3×%4 on %5×%6).</source>
        <translation>The VNC server sent a rectangle outside the screen (%1,%2 %3×%4 on %5×%6).</translation>
    </message>
    <message>
        <source>The VNC server sent an unknown encoding (%1).</source>
        <translation>The VNC server sent an unknown encoding (%1).</translation>
    </message>
    <message>
        <source>The VNC server asked to copy from outside the screen.</source>
        <translation>The VNC server asked to copy from outside the screen.</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed Hextile tile (a subrectangle outside its tile).</source>
        <translation>The VNC server sent a malformed Hextile tile (a subrectangle outside its tile).</translation>
    </message>
    <message>
        <source>The VNC server sent a ZRLE rectangle of %1 bytes; Phoenix takes at most %2.</source>
        <translation>The VNC server sent a ZRLE rectangle of %1 bytes; Phoenix takes at most %2.</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed ZRLE rectangle.</source>
        <translation>The VNC server sent a malformed ZRLE rectangle.</translation>
    </message>
    <message>
        <source>The VNC server sent a cursor of %1×%2 pixels.</source>
        <translation>The VNC server sent a cursor of %1×%2 pixels.</translation>
    </message>
</context>
<context>
    <name>RfbEndpoint</name>
    <message>
        <source>The console address is not a web address: %1</source>
        <translation>The console address is not a web address: %1</translation>
    </message>
    <message>
        <source>The console address carries no token: %1</source>
        <translation>The console address carries no token: %1</translation>
    </message>
</context>
<context>
    <name>RfbWorker</name>
    <message>
        <source>The console did not answer within %1 s.</source>
        <translation>The console did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The console connection was closed.</source>
        <translation>The console connection was closed.</translation>
    </message>
    <message>
        <source>The console connection was closed: %1</source>
        <translation>The console connection was closed: %1</translation>
    </message>
    <message>
        <source>The console proxy closed the connection before the desktop answered: the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</source>
        <translation>The console proxy closed the connection before the desktop answered: the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</translation>
    </message>
    <message>
        <source>The console proxy closed the connection before the desktop answered (%1): the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</source>
        <translation>The console proxy closed the connection before the desktop answered (%1): the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</translation>
    </message>
    <message>
        <source>The desktop closed the console during the handshake.</source>
        <translation>The desktop closed the console during the handshake.</translation>
    </message>
</context>
<context>
    <name>RosterAccounts</name>
    <message>
        <source>Exists</source>
        <translation>Exists</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the owner is empty</source>
        <translation>the owner is empty</translation>
    </message>
    <message>
        <source>the owner &quot;%1…&quot; is longer than 255 characters</source>
        <translation>the owner &quot;%1…&quot; is longer than 255 characters</translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; contains spaces or control characters</source>
        <translation>the owner &quot;%1&quot; contains spaces or control characters</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation>The file is neither UTF-8 nor GBK text.</translation>
    </message>
    <message>
        <source>the first line must be the header &quot;owner,seat&quot; (found &quot;%1&quot;)</source>
        <translation>the first line must be the header &quot;owner,seat&quot; (found &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>more columns than the header names</source>
        <translation>more columns than the header names</translation>
    </message>
    <message>
        <source>the seat &quot;%1&quot; is not a positive number</source>
        <translation>the seat &quot;%1&quot; is not a positive number</translation>
    </message>
    <message>
        <source>seat %1 is beyond the classroom&apos;s %2 seats</source>
        <translation>seat %1 is beyond the classroom&apos;s %2 seats</translation>
    </message>
    <message>
        <source>%1 teaches this course</source>
        <translation>%1 teaches this course</translation>
    </message>
    <message>
        <source>%1 is listed already on line %2</source>
        <translation>%1 is listed already on line %2</translation>
    </message>
    <message>
        <source>seat %1 is given already on line %2</source>
        <translation>seat %1 is given already on line %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header &quot;owner,seat&quot; and one line per student.</source>
        <translation>The file is empty: it needs the header &quot;owner,seat&quot; and one line per student.</translation>
    </message>
    <message>
        <source>no seat left in the classroom&apos;s %1 seats</source>
        <translation>no seat left in the classroom&apos;s %1 seats</translation>
    </message>
    <message numerus="yes">
        <source>the course takes %1 students; %n line(s) from here on are too many</source>
        <translation>
            <numerusform>the course takes %1 students; %n line from here on is too many</numerusform>
            <numerusform>the course takes %1 students; %n lines from here on are too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message numerus="yes">
        <source>%1: %n student(s) on the roster.</source>
        <translation>
            <numerusform>%1: %n student on the roster.</numerusform>
            <numerusform>%1: %n students on the roster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; a roster is a few kilobytes.</source>
        <translation>%1 is larger than 16 MB; a roster is a few kilobytes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n student(s) ready to import. Save replaces the roster of %3.</source>
        <translation>
            <numerusform>%1 (%2): %n student ready to import. Save replaces the roster of %3.</numerusform>
            <numerusform>%1 (%2): %n students ready to import. Save replaces the roster of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); nothing is imported until the file is fixed.</source>
        <translation>
            <numerusform>%1 (%2): %n problem; nothing is imported until the file is fixed.</numerusform>
            <numerusform>%1 (%2): %n problems; nothing is imported until the file is fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>unknown encoding</translation>
    </message>
    <message numerus="yes">
        <source>Roster of %1 saved: %n student(s).</source>
        <translation>
            <numerusform>Roster of %1 saved: %n student.</numerusform>
            <numerusform>Roster of %1 saved: %n students.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Roster written to %1.</source>
        <translation>Roster written to %1.</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Roster of %1</source>
        <translation>Roster of %1</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>A CSV file with the header owner,seat (UTF-8 or GBK); every line is checked before anything is saved.</source>
        <translation>A CSV file with the header owner,seat (UTF-8 or GBK); every line is checked before anything is saved.</translation>
    </message>
    <message>
        <source>&amp;Save import</source>
        <translation>&amp;Save import</translation>
    </message>
    <message>
        <source>&amp;Discard preview</source>
        <translation>&amp;Discard preview</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Problems by line</translation>
    </message>
    <message>
        <source>Roster status</source>
        <translation>Roster status</translation>
    </message>
</context>
<context>
    <name>RosterNamesModel</name>
    <message>
        <source>%1 (seat %2)</source>
        <translation>%1 (seat %2)</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>SchedulerLeader</name>
    <message>
        <source>Could not find out which scheduler leads.</source>
        <translation>Could not find out which scheduler leads.</translation>
    </message>
    <message>
        <source>Could not hand over the scheduler&apos;s leadership.</source>
        <translation>Could not hand over the scheduler&apos;s leadership.</translation>
    </message>
</context>
<context>
    <name>SchedulerService</name>
    <message>
        <source>Scheduler: off</source>
        <translation>Scheduler: off</translation>
    </message>
    <message>
        <source>Scheduler: starting…</source>
        <translation>Scheduler: starting…</translation>
    </message>
    <message>
        <source>Scheduler: phoenixctl on this computer leads</source>
        <translation>Scheduler: phoenixctl on this computer leads</translation>
    </message>
    <message>
        <source>Scheduler: another workstation leads</source>
        <translation>Scheduler: another workstation leads</translation>
    </message>
    <message>
        <source>Scheduler: error — %1</source>
        <translation>Scheduler: error — %1</translation>
    </message>
    <message>
        <source>Scheduler: on — now: %1</source>
        <translation>Scheduler: on — now: %1</translation>
    </message>
    <message>
        <source>Scheduler: on — next: %1 at %2</source>
        <translation>Scheduler: on — next: %1 at %2</translation>
    </message>
    <message>
        <source>Scheduler: on — nothing planned</source>
        <translation>Scheduler: on — nothing planned</translation>
    </message>
    <message>
        <source>another scheduler leads; nothing done</source>
        <translation>another scheduler leads; nothing done</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) started</source>
        <translation>
            <numerusform>%n task started</numerusform>
            <numerusform>%n tasks started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phoenix:expires updated on %n desktop(s)</source>
        <translation>
            <numerusform>phoenix:expires updated on %n desktop</numerusform>
            <numerusform>phoenix:expires updated on %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nothing to do</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) of %1</source>
        <translation>
            <numerusform>%n desktop of %1</numerusform>
            <numerusform>%n desktops of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>prepare %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>end of %1</translation>
    </message>
</context>
<context>
    <name>SchedulerStatusLabel</name>
    <message>
        <source>Last tick %1: %2</source>
        <translation>Last tick %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>now — %1</translation>
    </message>
    <message>
        <source>The lesson scheduler prepares desktops before each lesson (Settings turns it off).</source>
        <translation>The lesson scheduler prepares desktops before each lesson (Settings turns it off).</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>Could not update the structure of the Phoenix database.</source>
        <translation>Could not update the structure of the Phoenix database.</translation>
    </message>
    <message>
        <source>This Phoenix database was written by a newer version of Phoenix (database version %1, this version understands up to %2). Update Phoenix, or choose another database; nothing was changed.</source>
        <translation>This Phoenix database was written by a newer version of Phoenix (database version %1, this version understands up to %2). Update Phoenix, or choose another database; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SchoolData</name>
    <message>
        <source>The Phoenix database is not open: lessons cannot be changed.</source>
        <translation>The Phoenix database is not open: lessons cannot be changed.</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <source>Choose a name in the list and a seat in the plan, then Place.</source>
        <translation>Choose a name in the list and a seat in the plan, then Place.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a seat in this plan: %1</source>
        <translation>Without a seat in this plan: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The seating plan of %1 is saved.</source>
        <translation>The seating plan of %1 is saved.</translation>
    </message>
    <message>
        <source>C&amp;lassroom:</source>
        <translation>C&amp;lassroom:</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ourse:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;mns:</translation>
    </message>
    <message>
        <source>&amp;Aisles after columns:</source>
        <translation>&amp;Aisles after columns:</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>e.g. 4</translation>
    </message>
    <message>
        <source>Column numbers after which an aisle runs, separated by commas</source>
        <translation>Column numbers after which an aisle runs, separated by commas</translation>
    </message>
    <message>
        <source>Roster — drag a &amp;name onto a seat:</source>
        <translation>Roster — drag a &amp;name onto a seat:</translation>
    </message>
    <message>
        <source>&amp;Toggle seat</source>
        <translation>&amp;Toggle seat</translation>
    </message>
    <message>
        <source>Make the chosen cell a seat or a gap (Delete)</source>
        <translation>Make the chosen cell a seat or a gap (Delete)</translation>
    </message>
    <message>
        <source>&amp;Place on the chosen seat</source>
        <translation>&amp;Place on the chosen seat</translation>
    </message>
    <message>
        <source>Seats the chosen name on the chosen cell (Enter in the plan)</source>
        <translation>Seats the chosen name on the chosen cell (Enter in the plan)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Seating plan</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <source>Aisle</source>
        <translation>Aisle</translation>
    </message>
    <message>
        <source>No seat (row %1, column %2)</source>
        <translation>No seat (row %1, column %2)</translation>
    </message>
    <message>
        <source>Seat %1, empty</source>
        <translation>Seat %1, empty</translation>
    </message>
    <message>
        <source>Seat %1, %2</source>
        <translation>Seat %1, %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
</context>
<context>
    <name>SeatingPlan</name>
    <message>
        <source>The seating plan needs a classroom.</source>
        <translation>The seating plan needs a classroom.</translation>
    </message>
    <message>
        <source>A seating plan has 1 to 100 rows and 1 to 100 columns.</source>
        <translation>A seating plan has 1 to 100 rows and 1 to 100 columns.</translation>
    </message>
    <message>
        <source>An aisle must lie between two columns (after column 1 to %1).</source>
        <translation>An aisle must lie between two columns (after column 1 to %1).</translation>
    </message>
    <message>
        <source>A cell without a seat lies outside the grid.</source>
        <translation>A cell without a seat lies outside the grid.</translation>
    </message>
    <message>
        <source>The seating plan has no seat.</source>
        <translation>The seating plan has no seat.</translation>
    </message>
    <message>
        <source>Could not read the seating plans.</source>
        <translation>Could not read the seating plans.</translation>
    </message>
    <message>
        <source>Could not save the seating plan of %1.</source>
        <translation>Could not save the seating plan of %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>No password is saved for this connection.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example by logging in to your desktop session or with your keyring manager), then choose Retry.</source>
        <translation>The keyring is locked or refused access. Unlock it (for example by logging in to your desktop session or with your keyring manager), then choose Retry.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be saved. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then choose Retry — or connect without saving the password.</source>
        <translation>No keyring is available on this computer, so the password cannot be saved. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then choose Retry — or connect without saving the password.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it, then choose Retry.</source>
        <translation>The keyring is locked. Unlock it, then choose Retry.</translation>
    </message>
    <message>
        <source>The keyring could not be reached (%1). Make sure a keyring service such as GNOME Keyring is running in your session, then choose Retry — or connect without saving the password.</source>
        <translation>The keyring could not be reached (%1). Make sure a keyring service such as GNOME Keyring is running in your session, then choose Retry — or connect without saving the password.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>The keyring reported an error: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be waiting for you to unlock it; unlock it, then choose Retry.</source>
        <translation>
            <numerusform>The keyring did not answer within %n second. It may be waiting for you to unlock it; unlock it, then choose Retry.</numerusform>
            <numerusform>The keyring did not answer within %n seconds. It may be waiting for you to unlock it; unlock it, then choose Retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message>
        <source>An empty desktop name was given.</source>
        <translation>An empty desktop name was given.</translation>
    </message>
    <message>
        <source>No server in this project is named &quot;%1&quot; or has that ID.</source>
        <translation>No server in this project is named &quot;%1&quot; or has that ID.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 servers (%3): give the ID instead.</source>
        <translation>The name &quot;%1&quot; is used by %2 servers (%3): give the ID instead.</translation>
    </message>
</context>
<context>
    <name>ServiceVersions</name>
    <message>
        <source>%1 (microversions up to %2)</source>
        <translation>%1 (microversions up to %2)</translation>
    </message>
    <message>
        <source>%1 (microversions %2 to %3)</source>
        <translation>%1 (microversions %2 to %3)</translation>
    </message>
    <message>
        <source>no version named</source>
        <translation>no version named</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Refresh while desktops &amp;change:</source>
        <translation>Refresh while desktops &amp;change:</translation>
    </message>
    <message>
        <source>Refresh &amp;otherwise:</source>
        <translation>Refresh &amp;otherwise:</translation>
    </message>
    <message>
        <source>Tasks running at &amp;once:</source>
        <translation>Tasks running at &amp;once:</translation>
    </message>
    <message>
        <source>Reachability check &amp;port:</source>
        <translation>Reachability check &amp;port:</translation>
    </message>
    <message>
        <source>Reachability check &amp;timeout:</source>
        <translation>Reachability check &amp;timeout:</translation>
    </message>
    <message>
        <source>When a desktop does not &amp;answer:</source>
        <translation>When a desktop does not &amp;answer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Remote desktop client:</source>
        <translation>&amp;Remote desktop client:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Warn and carry on</source>
        <translation>Warn and carry on</translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation>Fail the task</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>empty: a SQLite file in your data folder</source>
        <translation>empty: a SQLite file in your data folder</translation>
    </message>
    <message>
        <source>In force now: %1 s. The demo cloud&apos;s desktops answer nobody, so it gives up sooner; the value above applies to real clouds.</source>
        <translation>In force now: %1 s. The demo cloud&apos;s desktops answer nobody, so it gives up sooner; the value above applies to real clouds.</translation>
    </message>
    <message>
        <source>In force now: %1 s.</source>
        <translation>In force now: %1 s.</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Database pass&amp;word:</translation>
    </message>
    <message>
        <source>The database password cannot be saved: no keyring is available. Use ~/.pgpass or PGPASSWORD instead, and leave the password out of the address.</source>
        <translation>The database password cannot be saved: no keyring is available. Use ~/.pgpass or PGPASSWORD instead, and leave the password out of the address.</translation>
    </message>
    <message>
        <source>The database password could not be saved in the keyring, so nothing was changed. %1</source>
        <translation>The database password could not be saved in the keyring, so nothing was changed. %1</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in the keyring, empty keeps the saved one</source>
        <translation>PostgreSQL only; kept in the keyring, empty keeps the saved one</translation>
    </message>
    <message>
        <source>Or a PostgreSQL URL such as postgresql://phoenix@db.school.example/phoenix. The password is kept in the keyring, never in the settings file (or comes from ~/.pgpass). A server on another computer must offer TLS with a certificate Phoenix can verify (~/.postgresql/root.crt, or ?sslrootcert=FILE). Takes effect at the next start.</source>
        <translation>Or a PostgreSQL URL such as postgresql://phoenix@db.school.example/phoenix. The password is kept in the keyring, never in the settings file (or comes from ~/.pgpass). A server on another computer must offer TLS with a certificate Phoenix can verify (~/.postgresql/root.crt, or ?sslrootcert=FILE). Takes effect at the next start.</translation>
    </message>
    <message>
        <source>Empty: xfreerdp or Remmina (mstsc on Windows) opens a generated .rdp file. In a command, %f is that file, %h the desktop&apos;s address, %p the port, %u your user name.</source>
        <translation>Empty: xfreerdp or Remmina (mstsc on Windows) opens a generated .rdp file. In a command, %f is that file, %h the desktop&apos;s address, %p the port, %u your user name.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Run the lesson &amp;scheduler while this window is open (prepares desktops before each lesson)</source>
        <translation>Run the lesson &amp;scheduler while this window is open (prepares desktops before each lesson)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Phoenix is running already but did not answer. Quit it (or end its process) and try again.</source>
        <translation>Phoenix is running already but did not answer. Quit it (or end its process) and try again.</translation>
    </message>
    <message>
        <source>Phoenix is running already and did not take the link.</source>
        <translation>Phoenix is running already and did not take the link.</translation>
    </message>
    <message>
        <source>Phoenix is running already and closed the connection: %1</source>
        <translation>Phoenix is running already and closed the connection: %1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>tasks: %1</source>
        <translation>tasks: %1</translation>
    </message>
    <message>
        <source>batches: %1</source>
        <translation>batches: %1</translation>
    </message>
    <message>
        <source>stage results: %1</source>
        <translation>stage results: %1</translation>
    </message>
    <message>
        <source>audit log entries: %1</source>
        <translation>audit log entries: %1</translation>
    </message>
    <message>
        <source>courses: %1</source>
        <translation>courses: %1</translation>
    </message>
    <message>
        <source>course members: %1</source>
        <translation>course members: %1</translation>
    </message>
    <message>
        <source>lessons: %1</source>
        <translation>lessons: %1</translation>
    </message>
    <message>
        <source>some tasks</source>
        <translation>some tasks</translation>
    </message>
    <message>
        <source>some batches</source>
        <translation>some batches</translation>
    </message>
    <message>
        <source>some stage results</source>
        <translation>some stage results</translation>
    </message>
    <message>
        <source>some audit log entries</source>
        <translation>some audit log entries</translation>
    </message>
    <message>
        <source>some courses</source>
        <translation>some courses</translation>
    </message>
    <message>
        <source>some course members</source>
        <translation>some course members</translation>
    </message>
    <message>
        <source>some lessons</source>
        <translation>some lessons</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>The Phoenix database %1 is damaged and could not be moved aside. Move or rename it yourself (nothing has been deleted), then start Phoenix again.</source>
        <translation>The Phoenix database %1 is damaged and could not be moved aside. Move or rename it yourself (nothing has been deleted), then start Phoenix again.</translation>
    </message>
    <message>
        <source>Phoenix&apos;s local database could not be read (%1), so it was set aside and a new one was created. The damaged file is kept as %2.</source>
        <translation>Phoenix&apos;s local database could not be read (%1), so it was set aside and a new one was created. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>Recovered from it: %1.</source>
        <translation>Recovered from it: %1.</translation>
    </message>
    <message>
        <source>Could not be recovered: %1.</source>
        <translation>Could not be recovered: %1.</translation>
    </message>
    <message>
        <source>It held no task journal, audit log or course entries, so nothing was lost.</source>
        <translation>It held no task journal, audit log or course entries, so nothing was lost.</translation>
    </message>
    <message>
        <source>Nothing could be read from it; it is kept so that it can be examined.</source>
        <translation>Nothing could be read from it; it is kept so that it can be examined.</translation>
    </message>
    <message>
        <source>The cached cloud inventory will be fetched again.</source>
        <translation>The cached cloud inventory will be fetched again.</translation>
    </message>
    <message>
        <source>lesson changes: %1</source>
        <translation>lesson changes: %1</translation>
    </message>
    <message>
        <source>classrooms: %1</source>
        <translation>classrooms: %1</translation>
    </message>
    <message>
        <source>periods: %1</source>
        <translation>periods: %1</translation>
    </message>
    <message>
        <source>terms: %1</source>
        <translation>terms: %1</translation>
    </message>
    <message>
        <source>holidays: %1</source>
        <translation>holidays: %1</translation>
    </message>
    <message>
        <source>make-up days: %1</source>
        <translation>make-up days: %1</translation>
    </message>
    <message>
        <source>scheduler records: %1</source>
        <translation>scheduler records: %1</translation>
    </message>
    <message>
        <source>some lesson changes</source>
        <translation>some lesson changes</translation>
    </message>
    <message>
        <source>some classrooms</source>
        <translation>some classrooms</translation>
    </message>
    <message>
        <source>some periods</source>
        <translation>some periods</translation>
    </message>
    <message>
        <source>some terms</source>
        <translation>some terms</translation>
    </message>
    <message>
        <source>some holidays</source>
        <translation>some holidays</translation>
    </message>
    <message>
        <source>some make-up days</source>
        <translation>some make-up days</translation>
    </message>
    <message>
        <source>some scheduler records</source>
        <translation>some scheduler records</translation>
    </message>
</context>
<context>
    <name>StageRunner</name>
    <message>
        <source>Unknown stage.</source>
        <translation>Unknown stage.</translation>
    </message>
    <message>
        <source>Adopted the desktop this task had already created.</source>
        <translation>Adopted the desktop this task had already created.</translation>
    </message>
    <message>
        <source>Already %1; nothing to do.</source>
        <translation>Already %1; nothing to do.</translation>
    </message>
    <message>
        <source>The desktop stayed busy (%1) for %2 s.</source>
        <translation>The desktop stayed busy (%1) for %2 s.</translation>
    </message>
    <message>
        <source>The desktop is in ERROR%1; restore or hard-reboot it.</source>
        <translation>The desktop is in ERROR%1; restore or hard-reboot it.</translation>
    </message>
    <message>
        <source>No inventory to wait on.</source>
        <translation>No inventory to wait on.</translation>
    </message>
    <message>
        <source>The desktop went into ERROR%1.</source>
        <translation>The desktop went into ERROR%1.</translation>
    </message>
    <message>
        <source>The cloud did not start the action (still %1); asking again.</source>
        <translation>The cloud did not start the action (still %1); asking again.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>The desktop did not reach %1 within %2 s (it is %3).</source>
        <translation>The desktop did not reach %1 within %2 s (it is %3).</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate(s) made by a repeated request.</source>
        <translation>
            <numerusform>Removed %n duplicate made by a repeated request.</numerusform>
            <numerusform>Removed %n duplicates made by a repeated request.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop has no network port to attach an address to.</source>
        <translation>The desktop has no network port to attach an address to.</translation>
    </message>
    <message>
        <source>Already has the address %1.</source>
        <translation>Already has the address %1.</translation>
    </message>
    <message>
        <source>Address %1.</source>
        <translation>Address %1.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>Released %1.</translation>
    </message>
    <message>
        <source>The desktop has no address.</source>
        <translation>The desktop has no address.</translation>
    </message>
    <message>
        <source>Not reachable from this computer after %1 s: %2</source>
        <translation>Not reachable from this computer after %1 s: %2</translation>
    </message>
    <message>
        <source>Image %1.</source>
        <translation>Image %1.</translation>
    </message>
    <message>
        <source>The image ended %1.</source>
        <translation>The image ended %1.</translation>
    </message>
    <message>
        <source>The image was not ready within %1 s.</source>
        <translation>The image was not ready within %1 s.</translation>
    </message>
    <message>
        <source>The cloud had already accepted this %1 (request %2); not sent again.</source>
        <translation>The cloud had already accepted this %1 (request %2); not sent again.</translation>
    </message>
    <message>
        <source>The desktop is %1; Phoenix cannot start it from there.</source>
        <translation>The desktop is %1; Phoenix cannot start it from there.</translation>
    </message>
    <message>
        <source>On the desktop&apos;s network: no floating IP needed.</source>
        <translation>On the desktop&apos;s network: no floating IP needed.</translation>
    </message>
    <message>
        <source>On the desktop&apos;s network: address %1.</source>
        <translation>On the desktop&apos;s network: address %1.</translation>
    </message>
    <message>
        <source>The desktop is %1 after all; asking again.</source>
        <translation>The desktop is %1 after all; asking again.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not write the audit log export: %1</source>
        <translation>Could not write the audit log export: %1</translation>
    </message>
</context>
<context>
    <name>TaskConsole</name>
    <message>
        <source>Filter tasks by desktop, error, request ID…</source>
        <translation>Filter tasks by desktop, error, request ID…</translation>
    </message>
    <message>
        <source>Task filter</source>
        <translation>Task filter</translation>
    </message>
    <message>
        <source>Task state filter</source>
        <translation>Task state filter</translation>
    </message>
    <message>
        <source>Show only tasks in this state</source>
        <translation>Show only tasks in this state</translation>
    </message>
    <message>
        <source>Task action filter</source>
        <translation>Task action filter</translation>
    </message>
    <message>
        <source>Show only tasks of this action</source>
        <translation>Show only tasks of this action</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation>Re-run from failed stage</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Failed or cancelled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Select a task to see its stages.</source>
        <translation>Select a task to see its stages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2: %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Stages: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Copy the error, request ID and stage history</source>
        <translation>Copy the error, request ID and stage history</translation>
    </message>
    <message>
        <source>Copy task details</source>
        <translation>Copy task details</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Task details</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The task journal could not be written: %1 The tasks wait and try again.</source>
        <translation>The task journal could not be written: %1 The tasks wait and try again.</translation>
    </message>
    <message>
        <source>Waiting for the database: %1</source>
        <translation>Waiting for the database: %1</translation>
    </message>
    <message>
        <source>The task journal cannot be reached: %1 Tasks wait for it and go on when it is back.</source>
        <translation>The task journal cannot be reached: %1 Tasks wait for it and go on when it is back.</translation>
    </message>
    <message>
        <source>Another Phoenix process (a window, phoenixctl or another workstation) holds this task; it was left to that process.</source>
        <translation>Another Phoenix process (a window, phoenixctl or another workstation) holds this task; it was left to that process.</translation>
    </message>
    <message>
        <source>The task&apos;s lease could not be checked.</source>
        <translation>The task&apos;s lease could not be checked.</translation>
    </message>
</context>
<context>
    <name>TaskJournal</name>
    <message>
        <source>A batch needs an id.</source>
        <translation>A batch needs an id.</translation>
    </message>
    <message>
        <source>Could not save the batch in the task journal.</source>
        <translation>Could not save the batch in the task journal.</translation>
    </message>
    <message>
        <source>Could not read the task journal.</source>
        <translation>Could not read the task journal.</translation>
    </message>
    <message>
        <source>Could not add the task to the task journal.</source>
        <translation>Could not add the task to the task journal.</translation>
    </message>
    <message>
        <source>Could not add the tasks to the task journal.</source>
        <translation>Could not add the tasks to the task journal.</translation>
    </message>
    <message>
        <source>Could not update the task in the task journal.</source>
        <translation>Could not update the task in the task journal.</translation>
    </message>
    <message>
        <source>The task %1 is not in the task journal.</source>
        <translation>The task %1 is not in the task journal.</translation>
    </message>
    <message>
        <source>A task needs an id.</source>
        <translation>A task needs an id.</translation>
    </message>
    <message>
        <source>Could not save the task in the task journal.</source>
        <translation>Could not save the task in the task journal.</translation>
    </message>
    <message>
        <source>Could not record the stage result in the task journal.</source>
        <translation>Could not record the stage result in the task journal.</translation>
    </message>
    <message>
        <source>The stage result %1 of task %2 is not in the task journal.</source>
        <translation>The stage result %1 of task %2 is not in the task journal.</translation>
    </message>
    <message>
        <source>A stage result needs the id of its task.</source>
        <translation>A stage result needs the id of its task.</translation>
    </message>
    <message>
        <source>Could not clean up the task journal.</source>
        <translation>Could not clean up the task journal.</translation>
    </message>
    <message>
        <source>Could not take the task in the task journal.</source>
        <translation>Could not take the task in the task journal.</translation>
    </message>
    <message>
        <source>Could not renew the task leases in the task journal.</source>
        <translation>Could not renew the task leases in the task journal.</translation>
    </message>
    <message>
        <source>Could not update the task lease in the task journal.</source>
        <translation>Could not update the task lease in the task journal.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Select a batch to see its desktops.</source>
        <translation>Select a batch to see its desktops.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the batch&apos;s tasks that have not finished</source>
        <translation>Cancel the batch&apos;s tasks that have not finished</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation>Re-run from failed stage</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Desktops of the selected batch</source>
        <translation>Desktops of the selected batch</translation>
    </message>
    <message>
        <source>Run the failed tasks of this batch again, each from the stage where it failed</source>
        <translation>Run the failed tasks of this batch again, each from the stage where it failed</translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled task again from the stage where it stopped</source>
        <translation>Run the selected failed or cancelled task again from the stage where it stopped</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>stage (step/steps)</comment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>done with a warning</source>
        <translation>done with a warning</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation>Error / note</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1  %2, attempt %3: %4</source>
        <comment>start time, stage, attempt, outcome</comment>
        <translation>%1  %2, attempt %3: %4</translation>
    </message>
    <message>
        <source>%1 +%2  %3, attempt %4: %5</source>
        <comment>start time +duration, stage, attempt, outcome</comment>
        <translation>%1 +%2  %3, attempt %4: %5</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reboot</translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <translation>Hard reboot</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Shelve</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Unshelve</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>Unpause</translation>
    </message>
    <message>
        <source>Make image</source>
        <translation>Make image</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Force delete</source>
        <translation>Force delete</translation>
    </message>
    <message>
        <source>Assign floating IP</source>
        <translation>Assign floating IP</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>Release floating IP</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation>Floating IP</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>Release address</translation>
    </message>
    <message>
        <source>Check reachable</source>
        <translation>Check reachable</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Wait for image</source>
        <translation>Wait for image</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open desktop</source>
        <translation>Open desktop</translation>
    </message>
    <message>
        <source>Live migrate</source>
        <translation>Live migrate</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translation>Evacuate</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Wait for the move</source>
        <translation>Wait for the move</translation>
    </message>
</context>
<context>
    <name>TeacherTray</name>
    <message>
        <source>Opening your desktop</source>
        <translation>Opening your desktop</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 is ready</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connecting to %1… (it did not answer yet: %2)</source>
        <translation>Connecting to %1… (it did not answer yet: %2)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>%1
Click here or choose Retry to try again.</source>
        <translation>%1
Click here or choose Retry to try again.</translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation>Could not open a browser for %1</translation>
    </message>
    <message>
        <source>Open my desktop</source>
        <translation>Open my desktop</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Address: none yet</source>
        <translation>Address: none yet</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Open Phoenix</source>
        <translation>Open Phoenix</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>%1: classroom %2 is taken by %3 at %4.</source>
        <translation>%1: classroom %2 is taken by %3 at %4.</translation>
    </message>
    <message>
        <source>%1: the teacher also teaches %2 at %3.</source>
        <translation>%1: the teacher also teaches %2 at %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n student(s) also have %2 at %3 (%4).</source>
        <translation>
            <numerusform>%1: %n student also has %2 at %3 (%4).</numerusform>
            <numerusform>%1: %n students also have %2 at %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has a lesson at %2.</source>
        <translation>%1 already has a lesson at %2.</translation>
    </message>
    <message>
        <source>Period %1 must end after it starts.</source>
        <translation>Period %1 must end after it starts.</translation>
    </message>
    <message>
        <source>Periods %1 (%2–%3) and %4 (%5–%6) overlap.</source>
        <translation>Periods %1 (%2–%3) and %4 (%5–%6) overlap.</translation>
    </message>
    <message>
        <source>A lesson needs a start and an end.</source>
        <translation>A lesson needs a start and an end.</translation>
    </message>
    <message>
        <source>A lesson must end after it starts.</source>
        <translation>A lesson must end after it starts.</translation>
    </message>
    <message>
        <source>A lesson lasts at most 24 hours.</source>
        <translation>A lesson lasts at most 24 hours.</translation>
    </message>
    <message>
        <source>A repeating lesson needs the date it repeats until.</source>
        <translation>A repeating lesson needs the date it repeats until.</translation>
    </message>
    <message>
        <source>The lesson repeats until a day before its first day.</source>
        <translation>The lesson repeats until a day before its first day.</translation>
    </message>
</context>
<context>
    <name>TimetableGridModel</name>
    <message>
        <source>− %1</source>
        <comment>lesson marked for removal</comment>
        <translation>− %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>lesson to be added</comment>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>%1, to be removed</source>
        <translation>%1, to be removed</translation>
    </message>
    <message>
        <source>%1, to be added</source>
        <translation>%1, to be added</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>%1 %2–%3, classroom %4</source>
        <translation>%1 %2–%3, classroom %4</translation>
    </message>
    <message>
        <source>%1  %2–%3</source>
        <comment>period name, start, end</comment>
        <translation>%1  %2–%3</translation>
    </message>
    <message>
        <source>as %1</source>
        <comment>make-up day taught as weekday</comment>
        <translation>as %1</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>no term</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Holiday: %1</translation>
    </message>
    <message>
        <source>Make-up day %1: taught as %2</source>
        <translation>Make-up day %1: taught as %2</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Week of:</translation>
    </message>
    <message>
        <source>&amp;Add lessons of:</source>
        <translation>&amp;Add lessons of:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>u&amp;ntil</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the course to add lessons of.</source>
        <translation>Choose the course to add lessons of.</translation>
    </message>
    <message>
        <source>Those periods have lessons already; choose free cells, or press Delete to remove a lesson.</source>
        <translation>Those periods have lessons already; choose free cells, or press Delete to remove a lesson.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or drag over free periods to add lessons of the chosen course; select a lesson and press Delete to remove it.</source>
        <translation>Click or drag over free periods to add lessons of the chosen course; select a lesson and press Delete to remove it.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) to add, %1 to remove; no conflict.</source>
        <translation>
            <numerusform>%n lesson to add, %1 to remove; no conflict.</numerusform>
            <numerusform>%n lessons to add, %1 to remove; no conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): see the list and the red periods.</source>
        <translation>
            <numerusform>%n conflict: see the list and the red periods.</numerusform>
            <numerusform>%n conflicts: see the list and the red periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n lesson(s) added, %1 removed.</source>
        <translation>
            <numerusform>Saved: %n lesson added, %1 removed.</numerusform>
            <numerusform>Saved: %n lessons added, %1 removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Which classroom, teacher or course</source>
        <translation>Which classroom, teacher or course</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>This week only</source>
        <translation>This week only</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Timetable: periods by weekday</source>
        <translation>Timetable: periods by weekday</translation>
    </message>
    <message>
        <source>Click or drag to add lessons of the chosen course (Space or Enter from the keyboard); Delete removes.</source>
        <translation>Click or drag to add lessons of the chosen course (Space or Enter from the keyboard); Delete removes.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>&amp;Save timetable</source>
        <translation>&amp;Save timetable</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
        <source>&amp;Periods…</source>
        <translation>&amp;Periods…</translation>
    </message>
    <message>
        <source>The periods of the school day: their times, or a whole day generated at once</source>
        <translation>The periods of the school day: their times, or a whole day generated at once</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Warming up</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Reclaimed</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 of %2 ready</translation>
    </message>
    <message>
        <source>Scheduled — warm-up at %1</source>
        <translation>Scheduled — warm-up at %1</translation>
    </message>
    <message>
        <source>Warming up — %1</source>
        <translation>Warming up — %1</translation>
    </message>
    <message>
        <source>Ready — %1</source>
        <translation>Ready — %1</translation>
    </message>
    <message>
        <source>Running — %1, %2 need a fix</source>
        <translation>Running — %1, %2 need a fix</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>Running — %1</translation>
    </message>
    <message numerus="yes">
        <source>Over — %n desktop(s) still on</source>
        <translation>
            <numerusform>Over — %n desktop still on</numerusform>
            <numerusform>Over — %n desktops still on</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Tomorrow %1</translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%1 of %2 on</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>seat %1</source>
        <translation>seat %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1: %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2: prepare %3 desktops for the lesson at %4</source>
        <translation>%1 %2: prepare %3 desktops for the lesson at %4</translation>
    </message>
    <message numerus="yes">
        <source>Now %1: prepare — %2 %n desktop(s)</source>
        <translation>
            <numerusform>Now %1: prepare — %2 %n desktop</numerusform>
            <numerusform>Now %1: prepare — %2 %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1: repair — %2 %n desktop(s)</source>
        <translation>
            <numerusform>Now %1: repair — %2 %n desktop</numerusform>
            <numerusform>Now %1: repair — %2 %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1: lesson over — %2 %n desktop(s)</source>
        <translation>
            <numerusform>Now %1: lesson over — %2 %n desktop</numerusform>
            <numerusform>Now %1: lesson over — %2 %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The Phoenix database is not open: there are no courses and lessons to show.</source>
        <translation>The Phoenix database is not open: there are no courses and lessons to show.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing to do now.</source>
        <translation>Nothing to do now.</translation>
    </message>
    <message>
        <source>Nothing needs a person.</source>
        <translation>Nothing needs a person.</translation>
    </message>
    <message>
        <source>No courses yet: add them under Courses or with phoenixctl courses create.</source>
        <translation>No courses yet: add them under Courses or with phoenixctl courses create.</translation>
    </message>
    <message>
        <source>No lessons today or in the coming week.</source>
        <translation>No lessons today or in the coming week.</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (no limit)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Open &amp;board</source>
        <translation>Open &amp;board</translation>
    </message>
    <message>
        <source>The readiness board of the selected lesson&apos;s course</source>
        <translation>The readiness board of the selected lesson&apos;s course</translation>
    </message>
    <message>
        <source>The scheduler&apos;s &amp;next actions</source>
        <translation>The scheduler&apos;s &amp;next actions</translation>
    </message>
    <message>
        <source>&amp;Needs a person</source>
        <translation>&amp;Needs a person</translation>
    </message>
    <message>
        <source>Quota use of the project</source>
        <translation>Quota use of the project</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>Floating IPs</translation>
    </message>
    <message>
        <source>%1 quota used</source>
        <translation>%1 quota used</translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation>Today&apos;s lessons</translation>
    </message>
    <message>
        <source>The scheduler&apos;s next actions</source>
        <translation>The scheduler&apos;s next actions</translation>
    </message>
    <message>
        <source>Failures that need a person</source>
        <translation>Failures that need a person</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show Phoenix</source>
        <translation>Show Phoenix</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Show tasks</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>TrayLauncher</name>
    <message>
        <source>Phoenix is running</source>
        <translation>Phoenix is running</translation>
    </message>
    <message>
        <source>The teacher&apos;s tray is already here.</source>
        <translation>The teacher&apos;s tray is already here.</translation>
    </message>
</context>
<context>
    <name>TraySettingsBox</name>
    <message>
        <source>“%1” is not a network segment (CIDR such as 10.20.0.0/16).</source>
        <translation>“%1” is not a network segment (CIDR such as 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>The gateway line “%1” cannot be read; write external:port=internal:port.</source>
        <translation>The gateway line “%1” cannot be read; write external:port=internal:port.</translation>
    </message>
    <message>
        <source>Teacher&apos;s tray and connections</source>
        <translation>Teacher&apos;s tray and connections</translation>
    </message>
    <message>
        <source>Start the &amp;tray when I log in</source>
        <translation>Start the &amp;tray when I log in</translation>
    </message>
    <message>
        <source>Remote desktop (RDP)</source>
        <translation>Remote desktop (RDP)</translation>
    </message>
    <message>
        <source>SPICE (remote-viewer)</source>
        <translation>SPICE (remote-viewer)</translation>
    </message>
    <message>
        <source>Browser console</source>
        <translation>Browser console</translation>
    </message>
    <message>
        <source>&amp;Connect with:</source>
        <translation>&amp;Connect with:</translation>
    </message>
    <message>
        <source>&amp;Intranet segments:</source>
        <translation>&amp;Intranet segments:</translation>
    </message>
    <message>
        <source>Desktop &amp;gateways:</source>
        <translation>Desktop &amp;gateways:</translation>
    </message>
    <message>
        <source>e.g. 10.20.0.0/16, 192.168.5.0/24</source>
        <translation>e.g. 10.20.0.0/16, 192.168.5.0/24</translation>
    </message>
    <message>
        <source>one per line: gw.school.edu:33890=10.20.0.12:3389</source>
        <translation>one per line: gw.school.edu:33890=10.20.0.12:3389</translation>
    </message>
    <message>
        <source>Inside an intranet segment Phoenix connects to a desktop&apos;s own address; outside, through the gateway for its address, else through a floating IP. A desktop&apos;s phoenix:protocol metadata overrides the protocol.</source>
        <translation>Inside an intranet segment Phoenix connects to a desktop&apos;s own address; outside, through the gateway for its address, else through a floating IP. A desktop&apos;s phoenix:protocol metadata overrides the protocol.</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; in the project&apos;s domain.</source>
        <translation>There is no account named &quot;%1&quot; in the project&apos;s domain.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>An account named &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>The account was created, but the %1 role on the project could not be given: %2</source>
        <translation>The account was created, but the %1 role on the project could not be given: %2</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>course %1</translation>
    </message>
</context>
<context>
    <name>UsersPasswordsDialog</name>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <source>New passwords</source>
        <translation>New passwords</translation>
    </message>
    <message>
        <source>These passwords are shown only now. Save them once as a CSV for the teacher: Phoenix keeps no copy, and they are gone when this window closes.</source>
        <translation>These passwords are shown only now. Save them once as a CSV for the teacher: Phoenix keeps no copy, and they are gone when this window closes.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the passwords as CSV</source>
        <translation>Save the passwords as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n password(s) to %1 (readable only by you).</source>
        <translation>
            <numerusform>Saved %n password to %1 (readable only by you).</numerusform>
            <numerusform>Saved %n passwords to %1 (readable only by you).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>The passwords were saved already; Phoenix writes them once.</source>
        <translation>The passwords were saved already; Phoenix writes them once.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). Give it to the teacher, then delete it. Phoenix keeps no copy.</source>
        <translation>Saved to %1 (readable only by you). Give it to the teacher, then delete it. Phoenix keeps no copy.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Keystone account</source>
        <translation>Keystone account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Save the names as CSV</source>
        <translation>Save the names as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved the names to %1.</source>
        <translation>Saved the names to %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Could not read the rosters: %1</source>
        <translation>Could not read the rosters: %1</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Could not read the accounts: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create %n missing account(s)</source>
        <translation>
            <numerusform>Create %n missing account</numerusform>
            <numerusform>Create %n missing accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Create missing accounts</source>
        <translation>Create missing accounts</translation>
    </message>
    <message>
        <source>Connect to a cloud to manage the accounts of the rosters.</source>
        <translation>Connect to a cloud to manage the accounts of the rosters.</translation>
    </message>
    <message>
        <source>&quot;Save names as CSV…&quot; writes the roster&apos;s names for them.</source>
        <translation>&quot;Save names as CSV…&quot; writes the roster&apos;s names for them.</translation>
    </message>
    <message>
        <source>No course has a roster yet: add courses and rosters first.</source>
        <translation>No course has a roster yet: add courses and rosters first.</translation>
    </message>
    <message>
        <source>Accounts are created in the project&apos;s domain with the member role on the project. Generated passwords are shown once and saved once to a CSV for the teacher; Phoenix keeps no copy.</source>
        <translation>Accounts are created in the project&apos;s domain with the member role on the project. Generated passwords are shown once and saved once to a CSV for the teacher; Phoenix keeps no copy.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n Keystone account(s) with generated passwords?</source>
        <translation>
            <numerusform>Create %n Keystone account with generated passwords?</numerusform>
            <numerusform>Create %n Keystone accounts with generated passwords?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)? They can no longer sign in: %1</source>
        <translation>
            <numerusform>Disable %n account? They can no longer sign in: %1</numerusform>
            <numerusform>Disable %n accounts? They can no longer sign in: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n account(s) a new generated password? The old ones stop working: %1</source>
        <translation>
            <numerusform>Give %n account a new generated password? The old ones stop working: %1</numerusform>
            <numerusform>Give %n accounts a new generated password? The old ones stop working: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 0 of %2…</source>
        <translation>%1: 0 of %2…</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1: %2 of %3…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n done.</source>
        <translation>
            <numerusform>%1: %n done.</numerusform>
            <numerusform>%1: %n done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed. %4</source>
        <translation>%1: %2 done, %3 failed. %4</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>Save names as CSV…</source>
        <translation>Save names as CSV…</translation>
    </message>
    <message>
        <source>The roster&apos;s names, roles and account states, for whoever creates the accounts</source>
        <translation>The roster&apos;s names, roles and account states, for whoever creates the accounts</translation>
    </message>
    <message>
        <source>Accounts of the roster</source>
        <translation>Accounts of the roster</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Cloud desktops for the school&apos;s labs. Connect to your OpenStack cloud to see and run the teacher and student desktops — or open the demo cloud to look around first.</source>
        <translation>Cloud desktops for the school&apos;s labs. Connect to your OpenStack cloud to see and run the teacher and student desktops — or open the demo cloud to look around first.</translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation>&amp;Connect to a cloud…</translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation>Open the &amp;demo cloud</translation>
    </message>
    <message>
        <source>A simulated OpenStack with a seeded school, running inside Phoenix; nothing real is touched</source>
        <translation>A simulated OpenStack with a seeded school, running inside Phoenix; nothing real is touched</translation>
    </message>
    <message>
        <source>Recent connections:</source>
        <translation>Recent connections:</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Could not start writing to the Phoenix database.</source>
        <translation>Could not start writing to the Phoenix database.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Phoenix database could not be opened: %1 Task history and the audit log are not kept in this session.</source>
        <translation>The Phoenix database could not be opened: %1 Task history and the audit log are not kept in this session.</translation>
    </message>
    <message>
        <source>The database password is still in the settings file: it could not be moved to the keyring. %1</source>
        <translation>The database password is still in the settings file: it could not be moved to the keyring. %1</translation>
    </message>
    <message>
        <source>The Phoenix database is not open: no rosters.</source>
        <translation>The Phoenix database is not open: no rosters.</translation>
    </message>
    <message>
        <source>Not a Phoenix link: %1</source>
        <translation>Not a Phoenix link: %1</translation>
    </message>
    <message>
        <source>Phoenix is running already: the link went to it.</source>
        <translation>Phoenix is running already: the link went to it.</translation>
    </message>
    <message>
        <source>The teacher&apos;s tray is running already.</source>
        <translation>The teacher&apos;s tray is running already.</translation>
    </message>
</context>
<context>
    <name>phoenixctl</name>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>&quot;desktops list&quot; takes no names; use --role or --course to filter.</source>
        <translation>&quot;desktops list&quot; takes no names; use --role or --course to filter.</translation>
    </message>
    <message>
        <source>&quot;desktops show&quot; needs exactly one desktop name or ID.</source>
        <translation>&quot;desktops show&quot; needs exactly one desktop name or ID.</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; takes no names; give --name-template and --count or --owners-csv.</source>
        <translation>&quot;desktops create&quot; takes no names; give --name-template and --count or --owners-csv.</translation>
    </message>
    <message>
        <source>&quot;desktops %1&quot; needs at least one desktop name or ID.</source>
        <translation>&quot;desktops %1&quot; needs at least one desktop name or ID.</translation>
    </message>
    <message>
        <source>&quot;desktops&quot; needs a subcommand: list, show, create, %1.</source>
        <translation>&quot;desktops&quot; needs a subcommand: list, show, create, %1.</translation>
    </message>
    <message>
        <source>Unknown desktops command &quot;%1&quot;.</source>
        <translation>Unknown desktops command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;%1 list&quot;.</source>
        <translation>Use &quot;%1 list&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1 list&quot; takes no further arguments.</source>
        <translation>&quot;%1 list&quot; takes no further arguments.</translation>
    </message>
    <message>
        <source>&quot;floating-ips list&quot; takes no further arguments.</source>
        <translation>&quot;floating-ips list&quot; takes no further arguments.</translation>
    </message>
    <message>
        <source>&quot;floating-ips %1&quot; needs exactly one desktop name or ID.</source>
        <translation>&quot;floating-ips %1&quot; needs exactly one desktop name or ID.</translation>
    </message>
    <message>
        <source>Use &quot;floating-ips list&quot;, &quot;floating-ips assign DESKTOP&quot; or &quot;floating-ips release DESKTOP&quot;.</source>
        <translation>Use &quot;floating-ips list&quot;, &quot;floating-ips assign DESKTOP&quot; or &quot;floating-ips release DESKTOP&quot;.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; takes no further arguments.</source>
        <translation>&quot;limits&quot; takes no further arguments.</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; needs a subcommand: list, show, retry, cancel, resume.</source>
        <translation>&quot;tasks&quot; needs a subcommand: list, show, retry, cancel, resume.</translation>
    </message>
    <message>
        <source>Unknown tasks command &quot;%1&quot;.</source>
        <translation>Unknown tasks command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;tasks list&quot; takes no IDs; use --batch or --state to filter.</source>
        <translation>&quot;tasks list&quot; takes no IDs; use --batch or --state to filter.</translation>
    </message>
    <message>
        <source>&quot;tasks resume&quot; takes no IDs: it continues every unfinished task.</source>
        <translation>&quot;tasks resume&quot; takes no IDs: it continues every unfinished task.</translation>
    </message>
    <message>
        <source>&quot;tasks %1&quot; needs exactly one task or batch ID.</source>
        <translation>&quot;tasks %1&quot; needs exactly one task or batch ID.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 does not apply to this command.</translation>
    </message>
    <message>
        <source>--role must be teacher or student.</source>
        <translation>--role must be teacher or student.</translation>
    </message>
    <message>
        <source>--wait and --no-wait exclude each other.</source>
        <translation>--wait and --no-wait exclude each other.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout needs a number of seconds.</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation>--concurrency needs a number from 1 to 64.</translation>
    </message>
    <message>
        <source>--detect-timeout needs a number of seconds (0: check once).</source>
        <translation>--detect-timeout needs a number of seconds (0: check once).</translation>
    </message>
    <message>
        <source>--limit needs a number (0: all).</source>
        <translation>--limit needs a number (0: all).</translation>
    </message>
    <message>
        <source>--state takes %1 or unfinished.</source>
        <translation>--state takes %1 or unfinished.</translation>
    </message>
    <message>
        <source>--state needs a state.</source>
        <translation>--state needs a state.</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --name-template, e.g. &quot;lab-{n:02}&quot;.</source>
        <translation>&quot;desktops create&quot; needs --name-template, e.g. &quot;lab-{n:02}&quot;.</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --image, --flavor and --network.</source>
        <translation>&quot;desktops create&quot; needs --image, --flavor and --network.</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs either --count N or --owners-csv FILE.</source>
        <translation>&quot;desktops create&quot; needs either --count N or --owners-csv FILE.</translation>
    </message>
    <message>
        <source>--count needs a number from 1 to 1000.</source>
        <translation>--count needs a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>--owner and --owners-csv exclude each other.</source>
        <translation>--owner and --owners-csv exclude each other.</translation>
    </message>
    <message>
        <source>--type must be course or static.</source>
        <translation>--type must be course or static.</translation>
    </message>
    <message>
        <source>--type course needs --course.</source>
        <translation>--type course needs --course.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>COURSE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>FIXED IP</source>
        <translation>FIXED IP</translation>
    </message>
    <message>
        <source>FLOATING IP</source>
        <translation>FLOATING IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>course</source>
        <translation>course</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>fixed IP</source>
        <translation>fixed IP</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>floating IP</translation>
    </message>
    <message>
        <source>flavor</source>
        <translation>flavor</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>metadata %1</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>STARTED</translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation>REQUEST ID</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>VISIBILITY</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation>VCPUS</translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation>RAM MB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>DISK GB</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation>EXTERNAL</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>SHARED</translation>
    </message>
    <message>
        <source>SUBNETS</source>
        <translation>SUBNETS</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>Wait for %1</source>
        <translation>Wait for %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TASK</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>BATCH</translation>
    </message>
    <message>
        <source>DESKTOP</source>
        <translation>DESKTOP</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>desktop</translation>
    </message>
    <message>
        <source>server id</source>
        <translation>server id</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>request id</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TRY</source>
        <translation>TRY</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>TOOK</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>No stage has run yet.
</source>
        <translation>No stage has run yet.
</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled, %5 unfinished</source>
        <translation>%1: %2 done, %3 failed, %4 cancelled, %5 unfinished</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: %1, %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl: %1, %n desktop</numerusform>
            <numerusform>phoenixctl: %1, %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>No servers.
</source>
        <translation>No servers.
</translation>
    </message>
    <message>
        <source>No desktops (servers with Phoenix metadata); --all lists every server.
</source>
        <translation>No desktops (servers with Phoenix metadata); --all lists every server.
</translation>
    </message>
    <message>
        <source>%1: the floating IP was assigned but is no longer attached.</source>
        <translation>%1: the floating IP was assigned but is no longer attached.</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: had no floating IP
</source>
        <translation>%1: had no floating IP
</translation>
    </message>
    <message>
        <source>%1: released %2
</source>
        <translation>%1: released %2
</translation>
    </message>
    <message>
        <source>skipped: exists</source>
        <translation>skipped: exists</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>SEAT</source>
        <translation>SEAT</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped (dry run: nothing was created)
</source>
        <translation>%1 to create, %2 skipped (dry run: nothing was created)
</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Nothing was created.</translation>
    </message>
    <message>
        <source>Nothing to create: every desktop exists already.
</source>
        <translation>Nothing to create: every desktop exists already.
</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: create %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl: create %n desktop</numerusform>
            <numerusform>phoenixctl: create %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the roster %1: %2</source>
        <translation>Cannot read the roster %1: %2</translation>
    </message>
    <message>
        <source>The roster names nobody.</source>
        <translation>The roster names nobody.</translation>
    </message>
    <message>
        <source>Fix the roster; nothing was created.</source>
        <translation>Fix the roster; nothing was created.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the start of %n IDs; give more of it.</source>
        <translation>
            <numerusform>&quot;%1&quot; is the start of %n ID; give more of it.</numerusform>
            <numerusform>&quot;%1&quot; is the start of %n IDs; give more of it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task or batch of this cloud and project has the ID &quot;%1&quot;.</source>
        <translation>No task or batch of this cloud and project has the ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch ID.</source>
        <translation>&quot;%1&quot; is not a batch ID.</translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation>No tasks.
</translation>
    </message>
    <message>
        <source>Task %1 (%2) is %3: only failed or cancelled tasks are retried.</source>
        <translation>Task %1 (%2) is %3: only failed or cancelled tasks are retried.</translation>
    </message>
    <message>
        <source>Batch %1 has no failed or cancelled task.
</source>
        <translation>Batch %1 has no failed or cancelled task.
</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation>Nothing to retry.</translation>
    </message>
    <message>
        <source>Cancelled with phoenixctl.</source>
        <translation>Cancelled with phoenixctl.</translation>
    </message>
    <message>
        <source>Task %1 is %2; nothing to cancel.
</source>
        <translation>Task %1 is %2; nothing to cancel.
</translation>
    </message>
    <message>
        <source>Batch %1 has no unfinished task; nothing to cancel.
</source>
        <translation>Batch %1 has no unfinished task; nothing to cancel.
</translation>
    </message>
    <message>
        <source>%1  %2: cancelled
</source>
        <translation>%1  %2: cancelled
</translation>
    </message>
    <message>
        <source>Nothing to resume: no unfinished task of this cloud and project.</source>
        <translation>Nothing to resume: no unfinished task of this cloud and project.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>No floating IPs.
</source>
        <translation>No floating IPs.
</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESOURCE</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USED</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>desktops (instances)</source>
        <translation>desktops (instances)</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>RAM (MB)</translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation>floating IPs</translation>
    </message>
    <message>
        <source>key pairs</source>
        <translation>key pairs</translation>
    </message>
    <message>
        <source>server groups</source>
        <translation>server groups</translation>
    </message>
    <message>
        <source>Task %1 (%2) is being run by another Phoenix process; leaving it.</source>
        <translation>Task %1 (%2) is being run by another Phoenix process; leaving it.</translation>
    </message>
    <message>
        <source>Run &quot;phoenixctl --help&quot; for the commands.</source>
        <translation>Run &quot;phoenixctl --help&quot; for the commands.</translation>
    </message>
    <message>
        <source>Desktops and inventory:</source>
        <translation>Desktops and inventory:</translation>
    </message>
    <message>
        <source>Operations (run as journaled tasks of one batch):</source>
        <translation>Operations (run as journaled tasks of one batch):</translation>
    </message>
    <message>
        <source>Tasks (the journal in the Phoenix database, this cloud and project only):</source>
        <translation>Tasks (the journal in the Phoenix database, this cloud and project only):</translation>
    </message>
    <message>
        <source>  desktops list [--role teacher|student] [--course C] [--all] [--json]
</source>
        <translation>  desktops list [--role teacher|student] [--course C] [--all] [--json]
</translation>
    </message>
    <message>
        <source>  desktops show NAME|ID [--json]
</source>
        <translation>  desktops show NAME|ID [--json]
</translation>
    </message>
    <message>
        <source>  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...
</source>
        <translation>  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops reboot [--hard] NAME|ID...
</source>
        <translation>  desktops reboot [--hard] NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops rebuild [--image NAME|ID] NAME|ID...
</source>
        <translation>  desktops rebuild [--image NAME|ID] NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops create --name-template T --count N | --owners-csv FILE
                  --image I --flavor F --network NET [--role teacher|student]
                  [--owner O] [--course C] [--type course|static] [--dry-run]
</source>
        <translation>  desktops create --name-template T --count N | --owners-csv FILE
                  --image I --flavor F --network NET [--role teacher|student]
                  [--owner O] [--course C] [--type course|static] [--dry-run]
</translation>
    </message>
    <message>
        <source>  floating-ips assign DESKTOP | floating-ips release DESKTOP
</source>
        <translation>  floating-ips assign DESKTOP | floating-ips release DESKTOP
</translation>
    </message>
    <message>
        <source>    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]
            [--detect-timeout S] [--json]
    Runs the tasks to their end and prints a line per desktop; --wait also prints
    every stage; --no-wait only journals the batch (&quot;tasks resume&quot; runs it).
    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.
</source>
        <translation>    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]
            [--detect-timeout S] [--json]
    Runs the tasks to their end and prints a line per desktop; --wait also prints
    every stage; --no-wait only journals the batch (&quot;tasks resume&quot; runs it).
    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.
</translation>
    </message>
    <message>
        <source>  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]
</source>
        <translation>  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]
</translation>
    </message>
    <message>
        <source>  tasks show ID [--json]          a task (stage results) or a batch
</source>
        <translation>  tasks show ID [--json]          a task (stage results) or a batch
</translation>
    </message>
    <message>
        <source>  tasks retry ID [--wait]         a failed task from its failed stage, or a batch&apos;s failed ones
</source>
        <translation>  tasks retry ID [--wait]         a failed task from its failed stage, or a batch&apos;s failed ones
</translation>
    </message>
    <message>
        <source>  tasks cancel ID                 a task or batch that no running process runs
</source>
        <translation>  tasks cancel ID                 a task or batch that no running process runs
</translation>
    </message>
    <message>
        <source>  tasks resume [--wait]           unfinished tasks, e.g. after a crash
</source>
        <translation>  tasks resume [--wait]           unfinished tasks, e.g. after a crash
</translation>
    </message>
    <message>
        <source>  IDs may be shortened to a unique prefix (as &quot;tasks list&quot; shows them).
</source>
        <translation>  IDs may be shortened to a unique prefix (as &quot;tasks list&quot; shows them).
</translation>
    </message>
    <message>
        <source>  images list | flavors list | networks list | floating-ips list | limits   [--json]
</source>
        <translation>  images list | flavors list | networks list | floating-ips list | limits   [--json]
</translation>
    </message>
    <message>
        <source>Courses, lessons and the scheduler:</source>
        <translation>Courses, lessons and the scheduler:</translation>
    </message>
    <message>
        <source>  courses list | courses show CODE | courses delete CODE
</source>
        <translation>  courses list | courses show CODE | courses delete CODE
</translation>
    </message>
    <message>
        <source>  courses create CODE --name N --teacher USER --image I --flavor F --network NET
                 [--policy suspend|shelve|stop|delete] [--template T] [--classroom R]
                 [--from DATE --to DATE] [--capacity N] [--protocol P] [--grace MIN]
  courses update CODE [the same options]
</source>
        <translation>  courses create CODE --name N --teacher USER --image I --flavor F --network NET
                 [--policy suspend|shelve|stop|delete] [--template T] [--classroom R]
                 [--from DATE --to DATE] [--capacity N] [--protocol P] [--grace MIN]
  courses update CODE [the same options]
</translation>
    </message>
    <message>
        <source>  courses roster import CODE FILE.csv    (header owner,seat; UTF-8 or GBK)
  courses roster export CODE [--output FILE]
</source>
        <translation>  courses roster import CODE FILE.csv    (header owner,seat; UTF-8 or GBK)
  courses roster export CODE [--output FILE]
</translation>
    </message>
    <message>
        <source>  courses start CODE [--until TIME | --minutes N]   a lesson from now on
  courses stop CODE | courses extend CODE --minutes N | courses supply CODE --count N
</source>
        <translation>  courses start CODE [--until TIME | --minutes N]   a lesson from now on
  courses stop CODE | courses extend CODE --minutes N | courses supply CODE --count N
</translation>
    </message>
    <message>
        <source>  classrooms list | classrooms add NAME --seats N | classrooms delete NAME
</source>
        <translation>  classrooms list | classrooms add NAME --seats N | classrooms delete NAME
</translation>
    </message>
    <message>
        <source>  lessons add COURSE --start TIME --end TIME [--weekly-until DATE | --daily-until DATE]
              [--classroom R] [--force]
  lessons list [--course C] [--from DATE --to DATE] | lessons delete ID
</source>
        <translation>  lessons add COURSE --start TIME --end TIME [--weekly-until DATE | --daily-until DATE]
              [--classroom R] [--force]
  lessons list [--course C] [--from DATE --to DATE] | lessons delete ID
</translation>
    </message>
    <message>
        <source>  calendar list | calendar holiday add|delete DATE [--to DATE] [--name N]
  calendar makeup add DATE --as WEEKDAY | calendar term add NAME --from DATE --to DATE
</source>
        <translation>  calendar list | calendar holiday add|delete DATE [--to DATE] [--name N]
  calendar makeup add DATE --as WEEKDAY | calendar term add NAME --from DATE --to DATE
</translation>
    </message>
    <message>
        <source>--capacity needs a number (0: no limit).</source>
        <translation>--capacity needs a number (0: no limit).</translation>
    </message>
    <message>
        <source>--grace needs a number of minutes.</source>
        <translation>--grace needs a number of minutes.</translation>
    </message>
    <message>
        <source>--minutes needs a number from 1 to 1440.</source>
        <translation>--minutes needs a number from 1 to 1440.</translation>
    </message>
    <message>
        <source>--seats needs a number.</source>
        <translation>--seats needs a number.</translation>
    </message>
    <message>
        <source>--ahead needs a number of seconds.</source>
        <translation>--ahead needs a number of seconds.</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds (at least 5).</source>
        <translation>--interval needs a number of seconds (at least 5).</translation>
    </message>
    <message>
        <source>--policy must be suspend, shelve, stop or delete.</source>
        <translation>--policy must be suspend, shelve, stop or delete.</translation>
    </message>
    <message>
        <source>--%1 needs a time such as 2026-12-07T08:00.</source>
        <translation>--%1 needs a time such as 2026-12-07T08:00.</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-12-07.</source>
        <translation>--%1 needs a date such as 2026-12-07.</translation>
    </message>
    <message>
        <source>--weekly-until and --daily-until exclude each other.</source>
        <translation>--weekly-until and --daily-until exclude each other.</translation>
    </message>
    <message>
        <source>--until and --minutes exclude each other.</source>
        <translation>--until and --minutes exclude each other.</translation>
    </message>
    <message>
        <source>--as needs a weekday: mon, tue, ... sun (or 1-7).</source>
        <translation>--as needs a weekday: mon, tue, ... sun (or 1-7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-07.</source>
        <translation>&quot;%1&quot; is not a date such as 2026-12-07.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; takes no further arguments.</source>
        <translation>&quot;%1 %2&quot; takes no further arguments.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs more arguments; see phoenixctl --help.</source>
        <translation>&quot;%1 %2&quot; needs more arguments; see phoenixctl --help.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs one of: %3.</source>
        <translation>&quot;%1 %2&quot; needs one of: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments.</source>
        <translation>&quot;%1&quot; takes no further arguments.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs %n argument(s); see phoenixctl --help.</source>
        <translation>
            <numerusform>&quot;%1&quot; needs %n argument; see phoenixctl --help.</numerusform>
            <numerusform>&quot;%1&quot; needs %n arguments; see phoenixctl --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation>&quot;%1&quot; needs --%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; needs one of: %2.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Unknown %1 command &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>    TIME: 2026-12-07T08:00 (school time) or with Z / an offset; DATE: 2026-12-07.
    --now sets the scheduler&apos;s clock (tests, rehearsals). All take [--db URL] [--json].
</source>
        <translation>    TIME: 2026-12-07T08:00 (school time) or with Z / an offset; DATE: 2026-12-07.
    --now sets the scheduler&apos;s clock (tests, rehearsals). All take [--db URL] [--json].
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>TEACHER</source>
        <translation>TEACHER</translation>
    </message>
    <message>
        <source>STUDENTS</source>
        <translation>STUDENTS</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>FLAVOR</source>
        <translation>FLAVOR</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>CLASSROOM</source>
        <translation>CLASSROOM</translation>
    </message>
    <message>
        <source>There is no course %1.</source>
        <translation>There is no course %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>%1, %2, network %3</source>
        <translation>%1, %2, network %3</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>After lessons</source>
        <translation>After lessons</translation>
    </message>
    <message>
        <source>%1 after %2 min</source>
        <translation>%1 after %2 min</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Next lessons (14 days):</source>
        <translation>Next lessons (14 days):</translation>
    </message>
    <message>
        <source>The course %1 exists already; use &quot;courses update&quot;.</source>
        <translation>The course %1 exists already; use &quot;courses update&quot;.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>The naming template needs {owner} or {seat} so that every desktop gets its own name.</source>
        <translation>The naming template needs {owner} or {seat} so that every desktop gets its own name.</translation>
    </message>
    <message>
        <source>There is no classroom %1 (phoenixctl classrooms add %1 --seats N).</source>
        <translation>There is no classroom %1 (phoenixctl classrooms add %1 --seats N).</translation>
    </message>
    <message>
        <source>Course %1 created.</source>
        <translation>Course %1 created.</translation>
    </message>
    <message>
        <source>Course %1 updated.</source>
        <translation>Course %1 updated.</translation>
    </message>
    <message>
        <source>%1 has a lesson running until %2; stop it first (courses stop %1).</source>
        <translation>%1 has a lesson running until %2; stop it first (courses stop %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n desktop(s); delete them first.</source>
        <translation>
            <numerusform>%1 still has %n desktop; delete them first.</numerusform>
            <numerusform>%1 still has %n desktops; delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1 deleted with its roster and lessons.</source>
        <translation>Course %1 deleted with its roster and lessons.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 students from %2 (%3)</source>
        <translation>%1 students from %2 (%3)</translation>
    </message>
    <message>
        <source>%1: roster of %2 students imported (%3).</source>
        <translation>%1: roster of %2 students imported (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 students written to %2.</source>
        <translation>%1 students written to %2.</translation>
    </message>
    <message>
        <source>Classroom %1 saved.</source>
        <translation>Classroom %1 saved.</translation>
    </message>
    <message>
        <source>Classroom %1 deleted.</source>
        <translation>Classroom %1 deleted.</translation>
    </message>
    <message>
        <source>SEATS</source>
        <translation>SEATS</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>END</source>
        <translation>END</translation>
    </message>
    <message>
        <source>%1 is a holiday: no desktop is prepared that day.</source>
        <translation>%1 is a holiday: no desktop is prepared that day.</translation>
    </message>
    <message>
        <source>%1 to %2 are holidays: no desktop is prepared those days.</source>
        <translation>%1 to %2 are holidays: no desktop is prepared those days.</translation>
    </message>
    <message>
        <source>Holiday from %1 removed.</source>
        <translation>Holiday from %1 removed.</translation>
    </message>
    <message>
        <source>%1 is taught as a %2.</source>
        <translation>%1 is taught as a %2.</translation>
    </message>
    <message>
        <source>Make-up day %1 removed.</source>
        <translation>Make-up day %1 removed.</translation>
    </message>
    <message>
        <source>Term %1 saved.</source>
        <translation>Term %1 saved.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>make-up day</source>
        <translation>make-up day</translation>
    </message>
    <message>
        <source>taught as %1</source>
        <translation>taught as %1</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LESSON</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>DESKTOPS</source>
        <translation>DESKTOPS</translation>
    </message>
    <message>
        <source>PREPARE FROM</source>
        <translation>PREPARE FROM</translation>
    </message>
    <message>
        <source>READY BY</source>
        <translation>READY BY</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 ready</translation>
    </message>
    <message>
        <source>ready by %1</source>
        <translation>ready by %1</translation>
    </message>
    <message>
        <source>No lessons in this window.
</source>
        <translation>No lessons in this window.
</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>Nothing to do at %1.</source>
        <translation>Nothing to do at %1.</translation>
    </message>
    <message>
        <source>No lesson falls on a school day in this range (holidays, term, course dates); nothing was saved.</source>
        <translation>No lesson falls on a school day in this range (holidays, term, course dates); nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); nothing was saved (--force saves anyway).</source>
        <translation>
            <numerusform>%n conflict; nothing was saved (--force saves anyway).</numerusform>
            <numerusform>%n conflicts; nothing was saved (--force saves anyway).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from %1</source>
        <translation>
            <numerusform>%n lesson from %1</numerusform>
            <numerusform>%n lessons from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s quota cannot hold these lessons: %1 (%2). Nothing was saved (--force saves anyway).</source>
        <translation>The project&apos;s quota cannot hold these lessons: %1 (%2). Nothing was saved (--force saves anyway).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lesson(s) saved.</source>
        <translation>
            <numerusform>%1: %n lesson saved.</numerusform>
            <numerusform>%1: %n lessons saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>LESSON ID</source>
        <translation>LESSON ID</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>There is no lesson %1.</translation>
    </message>
    <message>
        <source>%1 names %2 lessons; give more of the ID.</source>
        <translation>%1 names %2 lessons; give more of the ID.</translation>
    </message>
    <message>
        <source>Lesson %1 deleted.</source>
        <translation>Lesson %1 deleted.</translation>
    </message>
    <message>
        <source>The scheduler acts on its next tick (phoenixctl schedule run --once).</source>
        <translation>The scheduler acts on its next tick (phoenixctl schedule run --once).</translation>
    </message>
    <message>
        <source>%1 has a lesson until %2 already (use courses extend).</source>
        <translation>%1 has a lesson until %2 already (use courses extend).</translation>
    </message>
    <message>
        <source>%1 started: a lesson until %2. The scheduler prepares its desktops on its next tick.</source>
        <translation>%1 started: a lesson until %2. The scheduler prepares its desktops on its next tick.</translation>
    </message>
    <message>
        <source>%1 has no lesson now.</source>
        <translation>%1 has no lesson now.</translation>
    </message>
    <message>
        <source>%1 stopped: its desktops get the end-of-lesson policy (%2) now.</source>
        <translation>%1 stopped: its desktops get the end-of-lesson policy (%2) now.</translation>
    </message>
    <message>
        <source>%1 extended by %2 min, until %3.</source>
        <translation>%1 extended by %2 min, until %3.</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>%1: %2 more desktops for the lesson until %3.</source>
        <translation>%1: %2 more desktops for the lesson until %3.</translation>
    </message>
    <message>
        <source>+%1 desktops</source>
        <translation>+%1 desktops</translation>
    </message>
    <message>
        <source>Courses: %1
Next lesson: %2
Leader: %3
Preparations learned from: %4
Database: %5
</source>
        <translation>Courses: %1
Next lesson: %2
Leader: %3
Preparations learned from: %4
Database: %5
</translation>
    </message>
    <message>
        <source>Another scheduler leads for this project; nothing done.</source>
        <translation>Another scheduler leads for this project; nothing done.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) started; phoenix:expires updated on %2</source>
        <translation>
            <numerusform>%1: %n task started; phoenix:expires updated on %2</numerusform>
            <numerusform>%1: %n tasks started; phoenix:expires updated on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  schedule plan [--from TIME --to TIME] [--now TIME]   what the scheduler would do; sends nothing
  schedule run [--once] [--now TIME] [--ahead S] [--interval S] | schedule status
  schedule install | schedule uninstall   every minute from a systemd user timer or crontab
                                          (Windows: the Task Scheduler)
</source>
        <translation>  schedule plan [--from TIME --to TIME] [--now TIME]   what the scheduler would do; sends nothing
  schedule run [--once] [--now TIME] [--ahead S] [--interval S] | schedule status
  schedule install | schedule uninstall   every minute from a systemd user timer or crontab
                                          (Windows: the Task Scheduler)
</translation>
    </message>
    <message>
        <source>Installed: the Task Scheduler runs the scheduler every minute (task %1).</source>
        <translation>Installed: the Task Scheduler runs the scheduler every minute (task %1).</translation>
    </message>
    <message>
        <source>schtasks failed: %1</source>
        <translation>schtasks failed: %1</translation>
    </message>
    <message>
        <source>Installed: a systemd user timer runs the scheduler every minute (phoenix-scheduler.timer).</source>
        <translation>Installed: a systemd user timer runs the scheduler every minute (phoenix-scheduler.timer).</translation>
    </message>
    <message>
        <source>systemctl failed: %1</source>
        <translation>systemctl failed: %1</translation>
    </message>
    <message>
        <source>Neither a systemd user session nor crontab is available; run &quot;phoenixctl schedule run&quot; as a service instead.</source>
        <translation>Neither a systemd user session nor crontab is available; run &quot;phoenixctl schedule run&quot; as a service instead.</translation>
    </message>
    <message>
        <source>Installed: a crontab line runs the scheduler every minute.</source>
        <translation>Installed: a crontab line runs the scheduler every minute.</translation>
    </message>
    <message>
        <source>crontab failed: %1</source>
        <translation>crontab failed: %1</translation>
    </message>
    <message>
        <source>Uninstalled: the Task Scheduler task is gone.</source>
        <translation>Uninstalled: the Task Scheduler task is gone.</translation>
    </message>
    <message>
        <source>Uninstalled.</source>
        <translation>Uninstalled.</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
    </message>
    <message>
        <source>Task %1 (%2) is being run by another Phoenix process (%3); cancel it there (Ctrl+C in phoenixctl, Cancel in the window) or wait for it.</source>
        <translation>Task %1 (%2) is being run by another Phoenix process (%3); cancel it there (Ctrl+C in phoenixctl, Cancel in the window) or wait for it.</translation>
    </message>
    <message>
        <source>Usage: phoenixctl [--os-cloud NAME] [--require-tls] COMMAND [options]
</source>
        <translation>Usage: phoenixctl [--os-cloud NAME] [--require-tls] COMMAND [options]
</translation>
    </message>
    <message>
        <source>
The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is
searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).
A cloud reached over plain http:// is used with a warning; --require-tls (or the
setting security/requireTls) refuses it.
The database is --db (sqlite:FILE, a file path, or postgresql://user@host/db with
PGPASSWORD), else the one in Phoenix&apos;s settings, else the user&apos;s SQLite file.
Exit status: 0 success, 1 an operation or task failed, 2 the command line is wrong.
</source>
        <translation>
The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is
searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).
A cloud reached over plain http:// is used with a warning; --require-tls (or the
setting security/requireTls) refuses it.
The database is --db (sqlite:FILE, a file path, or postgresql://user@host/db with
PGPASSWORD), else the one in Phoenix&apos;s settings, else the user&apos;s SQLite file.
Exit status: 0 success, 1 an operation or task failed, 2 the command line is wrong.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your desktops.</source>
        <translation>&quot;%1&quot; is not one of your desktops.</translation>
    </message>
    <message>
        <source>You (%1) have no desktop: no desktop&apos;s owner (phoenix:owner) is your user name.</source>
        <translation>You (%1) have no desktop: no desktop&apos;s owner (phoenix:owner) is your user name.</translation>
    </message>
    <message>
        <source>You have %1 desktops (%2); name the one you mean.</source>
        <translation>You have %1 desktops (%2); name the one you mean.</translation>
    </message>
    <message>
        <source>Could not open a browser; the console is at %1</source>
        <translation>Could not open a browser; the console is at %1</translation>
    </message>
    <message>
        <source>Your own desktop (a teacher&apos;s, found by phoenix:owner):</source>
        <translation>Your own desktop (a teacher&apos;s, found by phoenix:owner):</translation>
    </message>
    <message>
        <source>&quot;my-desktop&quot; needs a subcommand: list, open or suspend.</source>
        <translation>&quot;my-desktop&quot; needs a subcommand: list, open or suspend.</translation>
    </message>
    <message>
        <source>Unknown my-desktop command &quot;%1&quot;.</source>
        <translation>Unknown my-desktop command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;my-desktop list&quot; takes no names.</source>
        <translation>&quot;my-desktop list&quot; takes no names.</translation>
    </message>
    <message>
        <source>&quot;my-desktop %1&quot; takes at most one desktop name.</source>
        <translation>&quot;my-desktop %1&quot; takes at most one desktop name.</translation>
    </message>
    <message>
        <source>  my-desktop list [--json]
  my-desktop open [NAME] [--no-launch] [--detect-timeout S] [--json]
  my-desktop suspend [NAME]
    open: resume / start / unshelve as needed, wait until it runs, give it a
    reachable address, wait for the remote-desktop port, print the address and
    start the client (--no-launch: print only).
</source>
        <translation>  my-desktop list [--json]
  my-desktop open [NAME] [--no-launch] [--detect-timeout S] [--json]
  my-desktop suspend [NAME]
    open: resume / start / unshelve as needed, wait until it runs, give it a
    reachable address, wait for the remote-desktop port, print the address and
    start the client (--no-launch: print only).
</translation>
    </message>
    <message>
        <source>You (%1) have no desktop.
</source>
        <translation>You (%1) have no desktop.
</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOL</translation>
    </message>
    <message>
        <source>phoenixctl: open my desktop %1</source>
        <translation>phoenixctl: open my desktop %1</translation>
    </message>
    <message>
        <source>%1 runs, but has no address this computer can reach.</source>
        <translation>%1 runs, but has no address this computer can reach.</translation>
    </message>
    <message>
        <source>phoenixctl: suspend my desktop %1</source>
        <translation>phoenixctl: suspend my desktop %1</translation>
    </message>
    <message>
        <source>&quot;desktops console&quot; needs exactly one desktop name or ID.</source>
        <translation>&quot;desktops console&quot; needs exactly one desktop name or ID.</translation>
    </message>
    <message>
        <source>  desktops console NAME|ID --url [--type novnc|spice-html5|serial] [--json]
                  prints the console&apos;s web address (for a browser), as &quot;openstack console url show&quot;
</source>
        <translation>  desktops console NAME|ID --url [--type novnc|spice-html5|serial] [--json]
                  prints the console&apos;s web address (for a browser), as &quot;openstack console url show&quot;
</translation>
    </message>
    <message>
        <source>Keystone users of the rosters:</source>
        <translation>Keystone users of the rosters:</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>COURSES</source>
        <translation>COURSES</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>disabled %1</translation>
    </message>
    <message>
        <source>enabled %1</source>
        <translation>enabled %1</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>new password for %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>deleted %1</translation>
    </message>
    <message>
        <source>%1: the password could not be written: %2</source>
        <translation>%1: the password could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) written to %1 (readable only by you). Phoenix keeps no copy: hand them out, then delete the file.</source>
        <translation>
            <numerusform>%n password written to %1 (readable only by you). Phoenix keeps no copy: hand them out, then delete the file.</numerusform>
            <numerusform>%n passwords written to %1 (readable only by you). Phoenix keeps no copy: hand them out, then delete the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account of %1 exists; nothing to create (no passwords file written).</source>
        <translation>Every account of %1 exists; nothing to create (no passwords file written).</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; takes no further arguments.</source>
        <translation>&quot;users %1&quot; takes no further arguments.</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs one course code.</source>
        <translation>&quot;users %1&quot; needs one course code.</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs at least one user name.</source>
        <translation>&quot;users %1&quot; needs at least one user name.</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs one of: list, create-missing, disable, enable, reset-password.</source>
        <translation>&quot;users&quot; needs one of: list, create-missing, disable, enable, reset-password.</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;.</source>
        <translation>Unknown users command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  users list [--course C]                 roster members and teachers: exists / missing / disabled
</source>
        <translation>  users list [--course C]                 roster members and teachers: exists / missing / disabled
</translation>
    </message>
    <message>
        <source>  users create-missing COURSE --passwords-csv FILE
                                          creates the missing accounts (member of the project);
                                          generated passwords only in FILE (new, mode 0600)
</source>
        <translation>  users create-missing COURSE --passwords-csv FILE
                                          creates the missing accounts (member of the project);
                                          generated passwords only in FILE (new, mode 0600)
</translation>
    </message>
    <message>
        <source>  users disable USER... | users enable USER...
</source>
        <translation>  users disable USER... | users enable USER...
</translation>
    </message>
    <message>
        <source>  users reset-password USER... --passwords-csv FILE
    Needs an account Keystone lets manage users; every change is in the audit log (no passwords).
</source>
        <translation>  users reset-password USER... --passwords-csv FILE
    Needs an account Keystone lets manage users; every change is in the audit log (no passwords).
</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs --passwords-csv FILE: the generated passwords go there (a new file, readable only by you), nowhere else.</source>
        <translation>&quot;users %1&quot; needs --passwords-csv FILE: the generated passwords go there (a new file, readable only by you), nowhere else.</translation>
    </message>
    <message>
        <source>  periods list | periods add --start HH:MM --end HH:MM | periods set N [--start HH:MM] [--end HH:MM]
  periods delete N | periods reset   (06:00-20:00 in 40-minute periods)
  periods generate --from HH:MM --to HH:MM --minutes N [--break N]   replaces every period
</source>
        <translation>  periods list | periods add --start HH:MM --end HH:MM | periods set N [--start HH:MM] [--end HH:MM]
  periods delete N | periods reset   (06:00-20:00 in 40-minute periods)
  periods generate --from HH:MM --to HH:MM --minutes N [--break N]   replaces every period
</translation>
    </message>
    <message>
        <source>--%1 needs a time of day such as 08:00.</source>
        <translation>--%1 needs a time of day such as 08:00.</translation>
    </message>
    <message>
        <source>--minutes needs a number from 5 to 1440.</source>
        <translation>--minutes needs a number from 5 to 1440.</translation>
    </message>
    <message>
        <source>--break needs a number of minutes from 0 to 240.</source>
        <translation>--break needs a number of minutes from 0 to 240.</translation>
    </message>
    <message>
        <source>No %1-minute period fits between %2 and %3; nothing was changed.</source>
        <translation>No %1-minute period fits between %2 and %3; nothing was changed.</translation>
    </message>
    <message>
        <source>%1-%2, %3 min, break %4 min</source>
        <translation>%1-%2, %3 min, break %4 min</translation>
    </message>
    <message>
        <source>There is no period %1 (periods list shows them).</source>
        <translation>There is no period %1 (periods list shows them).</translation>
    </message>
    <message>
        <source>The periods were not changed.</source>
        <translation>The periods were not changed.</translation>
    </message>
</context>
</TS>
