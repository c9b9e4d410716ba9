<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>MainWindow</name>
    <message>
        <source>Phoenix — Cloud Classroom</source>
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
    <message>
        <source>Not connected</source>
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
    <name>main</name>
    <message>
        <source>Cloud classroom desktops on OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
