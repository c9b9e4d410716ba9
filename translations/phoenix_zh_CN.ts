<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt as Phoenix desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phoenix will manage %n server(s) as desktops: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Student desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystone user or roster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First seat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; item %3 is %4, expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; entry &quot;%3&quot; is %4, expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is %3, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 reply is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: addresses of network &quot;%2&quot; are %3, expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;image&quot; is %2, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server list&apos;s next link has no marker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flavor list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console address is not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image list&apos;s next link is not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IP list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the audit log: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the audit log export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entr(ies) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries the filter selects as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudCatalog</name>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flavors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change image visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudConfigLoader</name>
    <message>
        <source>The cloud &quot;%1&quot; is missing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; turns TLS verification off (verify: false). Phoenix always verifies certificates: give the CA with &quot;cacert&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; of cloud &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clouds.yaml is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clouds.yaml has no &quot;clouds&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud named &quot;%1&quot; in clouds.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure.yaml is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud is configured: set OS_CLOUD or choose a cloud from clouds.yaml, or set OS_AUTH_URL and the other OS_* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud sent a reply Phoenix cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud refused the connection. Check the address and that the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s host name could not be found. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s certificate could not be verified (%1). Add its CA certificate to the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials; sign in again%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists in the cloud%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud refused because of the current state%1. Try again when it has settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is limiting requests or a quota is exhausted%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud failed internally%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service is unavailable right now%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud answered with error %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <source>The CA certificate file %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeApi</name>
    <message>
        <source>The action needs &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot reply names no image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project d&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds.yaml found. Looked in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keyring again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored with the operating system&apos;s keyring (GNOME Keyring, KWallet, …), never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if clouds.yaml has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the Cloud menu (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keyring for the saved password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDesktopDialog</name>
    <message>
        <source>%1 — %2 vCPU, %3 GB RAM, %4 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in use + %3 new = %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;seat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped because they exist already</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quota: not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quota after creation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch does not fit the project&apos;s quota. Create fewer desktops, pick a smaller flavor, or ask for more quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One desktop &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A n&amp;umber of unowned desktops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per user of a r&amp;oster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user name per line, or paste CSV columns owner,seat (a header row is optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {course} {seat} {seat:02} {owner} {role} {image} {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops past this time are reclaimed by the scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the desktops to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who gets a desktop (one name, a number, or a roster): every name appears here, with what already exists and will be skipped, before anything is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for personal (static) desktops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlTaskWatch</name>
    <message numerus="yes">
        <source>Cancelling %n task(s)… (press Ctrl+C again to quit at once; &quot;phoenixctl tasks retry&quot; runs them again)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: try %3 failed, trying again: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 cancelled in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(batch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %n task(s) journaled, not started; &quot;phoenixctl tasks resume&quot; runs them.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Phoenix database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the Phoenix database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not understood. Use sqlite:FILE or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix database path %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the Phoenix database. Check that the disk is writable and that you have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must name a database: postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not valid (lowercase letters, digits and _ only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database option %1 has an invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database option &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing saved before was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only or you lack permission to write it. Nothing saved before was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is holding it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restart Phoenix to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1). Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing saved before was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refuses to write (read-only, or your database account lacks permission). Nothing saved before was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server did not accept the user name or password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not exist on the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server has too many connections. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>verb desktop-name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n desktops</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The desktops and everything saved on them are removed from the cloud. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nova deletes them even while they are busy. Everything saved on them is lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s) to a clean image?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each desktop is rebuilt from its image: everything saved on it since is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever works on them is disconnected and unsaved work is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are shut down and stored; unshelving takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the floating IP of %n desktop(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They can no longer be reached from outside until they get an address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected desktop(s) will be left alone: the command does not apply to their state.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make image from desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut down, snapshotted and the new image waits until Glance reports it active.

Name of the new image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Nova for the console of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the console of %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote-desktop client is set (Settings › Remote desktop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the remote-desktop client “%1”. Check Settings › Remote desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNaming</name>
    <message>
        <source>The naming template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs {seat}, {owner}, {n} or {index}, or every desktop would get the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched &quot;}&quot; at position %1 of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched &quot;{&quot; at position %1 of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number format; write e.g. {seat:02}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field {%1}; use {course}, {seat}, {owner}, {role}, {image}, {n} or {index}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {seat}, {n} and {index} take a number format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template gives an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: seat &quot;%2&quot; is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: seat %2 is already taken on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name as row %1; add {seat} or {owner} to the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists already; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopPolicy</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hard reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore to clean image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She&amp;lve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating I&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect (remote desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make image from desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt as Phoenix desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopState</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>desktop state ACTIVE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <comment>desktop state SHUTOFF</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopTab</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktops match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3/%4)</source>
        <comment>task kind: stage (step/steps)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(volume)</source>
        <comment>server booted from a volume, no image</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopViews</name>
    <message>
        <source>All courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, owner, course, address… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only desktops whose columns contain every word typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only desktops in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only desktops of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only desktops of this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher desktops. Create them with Desktops › New desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student desktops. Create a class&apos;s desktops with Desktops › New desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other servers in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloatingIpManager</name>
    <message>
        <source>%1 has no network port, so it cannot get a floating IP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageApi</name>
    <message>
        <source>The cloud&apos;s catalog has no image service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is named &quot;%1&quot; or has that ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 images (%3): give the ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;public</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) use this image; delete them or restore them to another image first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This image is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Images&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Flavors&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the image %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop uses it. Glance removes the image file (%1); this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load images and flavors again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryCache</name>
    <message>
        <source>Could not update the cached cloud inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cached cloud inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the cached cloud inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Teacher desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud cannot be reached (%1). Showing the data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cloud.&lt;/b&gt; This is a simulated OpenStack running inside Phoenix with a seeded school; nothing you do here touches a real cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted; the desktop moves to its tab at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not adopt the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the desktops; follow them in the task panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the task panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>data age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>data age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>data age</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cached data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline; data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images &amp;&amp; flavors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers without Phoenix metadata; adopt them to manage them as desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log needs the Phoenix database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phoenix %1&lt;/b&gt;&lt;br&gt;Cloud classroom desktops on OpenStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an OpenStack cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo cloud and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection to this cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table on screen, as filtered and sorted, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one desktop or a class&apos;s desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cloud for the latest state now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the desktop tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every desktop again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, refresh, tasks, reachability check, database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the task panel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkApi</name>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and the cloud has no external network for floating IPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and there are several external networks (%1): Phoenix cannot tell which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not bound —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release all %n unbound</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Networks&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Routers&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Floating IPs&lt;/b&gt; (%1, %n not bound)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Release floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n floating IP(s) bound to no desktop?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses go back to the pool; another project may get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n floating IP(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 floating IPs could not be released: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load networks, routers and floating IPs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected unbound floating IPs back to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every floating IP that is bound to no desktop back to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>%1 does not accept connections (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections but no %2 service answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>the identity service&apos;s token reply is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity service&apos;s reply has no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity service did not send X-Subject-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no service catalog: the user has no role on the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compute service&apos;s version document has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute service does not support microversions; Phoenix needs 2.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute service offers API 2.%1 at most; Phoenix needs 2.%2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud has no %1 service for interface &quot;%2&quot;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>Could not update the structure of the Phoenix database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Phoenix database was written by a newer version of Phoenix (database version %1, this version understands up to %2). Update Phoenix, or choose another database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example by logging in to your desktop session or with your keyring manager), then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be saved. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then choose Retry — or connect without saving the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be reached (%1). Make sure a keyring service such as GNOME Keyring is running in your session, then choose Retry — or connect without saving the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be waiting for you to unlock it; unlock it, then choose Retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message>
        <source>An empty desktop name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server in this project is named &quot;%1&quot; or has that ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 servers (%3): give the ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWaiter</name>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went to %2 instead of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not become %2 within %3 s (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh while desktops &amp;change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;otherwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks running at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability check &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability check &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a desktop does not &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote desktop client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn and carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a SQLite file in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a PostgreSQL URL such as postgresql://phoenix@db.school.example/phoenix (the password comes from the keyring or ~/.pgpass). Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%h is replaced by the desktop&apos;s address, %p by the port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some stage results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some course members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix database %1 is damaged and could not be moved aside. Move or rename it yourself (nothing has been deleted), then start Phoenix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix&apos;s local database could not be read (%1), so it was set aside and a new one was created. The damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be recovered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It held no task journal, audit log or course entries, so nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from it; it is kept so that it can be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached cloud inventory will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageRunner</name>
    <message>
        <source>Unknown stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted the desktop this task had already created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop stayed busy (%1) for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop is in ERROR%1; restore or hard-reboot it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inventory to wait on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop went into ERROR%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not start the action (still %1); asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not reach %1 within %2 s (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate(s) made by a repeated request.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop has no network port to attach an address to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has the address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable from this computer after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not ready within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskConsole</name>
    <message>
        <source>Filter tasks by desktop, error, request ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tasks in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tasks of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Select a task to see its stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error, request ID and stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskJournal</name>
    <message>
        <source>A batch needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the batch in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the task to the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the tasks to the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the task in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 is not in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the task in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the stage result in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage result %1 of task %2 is not in the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage result needs the id of its task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clean up the task journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the batch&apos;s tasks that have not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed and cancelled tasks of this batch again, each from the stage where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected task again from the stage where it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops of the selected batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>stage (step/steps)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, attempt %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud desktops for the school&apos;s labs. Connect to your OpenStack cloud to see and run the teacher and student desktops — or open the demo cloud to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated OpenStack with a seeded school, running inside Phoenix; nothing real is touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Could not start writing to the Phoenix database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cloud classroom desktops on OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this clouds.yaml entry (default: $OS_CLOUD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo cloud and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real the demo cloud runs (1 = realistic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window (or of --open&apos;s dialog) to this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the screenshot after this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this tab: teachers, students, others, images, network, tasks, audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dialog at start: connect, create, settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: resume one course&apos;s desktops at start, one of them failing on purpose, to show the task panel at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this text in the quick filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the tables showing this course only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phoenix database could not be opened: %1 Task history and the audit log are not kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phoenixctl</name>
    <message>
        <source>Usage: phoenixctl [--os-cloud NAME] COMMAND [options]

Desktops and inventory:
  desktops list [--role teacher|student] [--course C] [--all] [--json]
  desktops show NAME|ID [--json]
  images list | flavors list | networks list | floating-ips list | limits   [--json]

Operations (run as journaled tasks of one batch):
  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...
  desktops reboot [--hard] NAME|ID...
  desktops rebuild [--image NAME|ID] NAME|ID...
  desktops create --name-template T --count N | --owners-csv FILE
                  --image I --flavor F --network NET [--role teacher|student]
                  [--owner O] [--course C] [--type course|static] [--dry-run]
  floating-ips assign DESKTOP | floating-ips release DESKTOP
    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]
            [--detect-timeout S] [--json]
    Runs the tasks to their end and prints a line per desktop; --wait also prints
    every stage; --no-wait only journals the batch (&quot;tasks resume&quot; runs it).
    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.

Tasks (the journal in the Phoenix database, this cloud and project only):
  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]
  tasks show ID [--json]          a task (stage results) or a batch
  tasks retry ID [--wait]         a failed task from its failed stage, or a batch&apos;s failed ones
  tasks cancel ID                 a task or batch that no running process runs
  tasks resume [--wait]           unfinished tasks, e.g. after a crash
  IDs may be shortened to a unique prefix (as &quot;tasks list&quot; shows them).

The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is
searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).
The database is --db (sqlite:FILE, a file path, or postgresql://user@host/db with
PGPASSWORD), else the one in Phoenix&apos;s settings, else the user&apos;s SQLite file.
Exit status: 0 success, 1 an operation or task failed, 2 the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops list&quot; takes no names; use --role or --course to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops show&quot; needs exactly one desktop name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; takes no names; give --name-template and --count or --owners-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops %1&quot; needs at least one desktop name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops&quot; needs a subcommand: list, show, create, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown desktops command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;%1 list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 list&quot; takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;floating-ips list&quot; takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;floating-ips %1&quot; needs exactly one desktop name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;floating-ips list&quot;, &quot;floating-ips assign DESKTOP&quot; or &quot;floating-ips release DESKTOP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;limits&quot; takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; needs a subcommand: list, show, retry, cancel, resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tasks command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks list&quot; takes no IDs; use --batch or --state to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks resume&quot; takes no IDs: it continues every unfinished task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks %1&quot; needs exactly one task or batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be teacher or student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait and --no-wait exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detect-timeout needs a number of seconds (0: check once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state takes %1 or unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state needs a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --name-template, e.g. &quot;lab-{n:02}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --image, --flavor and --network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs either --count N or --owners-csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner and --owners-csv exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be course or static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type course needs --course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIXED IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOATING IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBNETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESKTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage has run yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled, %5 unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: %1, %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No servers.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktops (servers with Phoenix metadata); --all lists every server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the floating IP was assigned but is no longer attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: had no floating IP
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: released %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is named &quot;%2&quot; or has that ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 %3s: give the ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped (dry run: nothing was created)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create: every desktop exists already.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: create %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the roster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the roster; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the start of %n IDs; give more of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No task or batch of this cloud and project has the ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is being run by phoenixctl (process %2) on this computer; interrupt that process (Ctrl+C cancels its tasks) or wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2) is %3: only failed or cancelled tasks are retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no failed or cancelled task.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with phoenixctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is %2; nothing to cancel.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no unfinished task; nothing to cancel.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resume: no unfinished task of this cloud and project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floating IPs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktops (instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
