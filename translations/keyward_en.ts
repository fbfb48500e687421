<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>UsageMatchModel</name>
    <message numerus="yes">
        <source>%1 (%n occurrence(s) on this line)</source>
        <translation>
            <numerusform>%1 (%n occurrence on this line)</numerusform>
            <numerusform>%1 (%n occurrences on this line)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageScanDialog</name>
    <message numerus="yes">
        <source>Counting files… %n found</source>
        <translation>
            <numerusform>Counting files… %n found</numerusform>
            <numerusform>Counting files… %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search stopped after %n file(s).</source>
        <translation>
            <numerusform>Search stopped after %n file.</numerusform>
            <numerusform>Search stopped after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n file(s).</source>
        <translation>
            <numerusform>Searched %n file.</numerusform>
            <numerusform>Searched %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token appears on %n line(s) listed above.</source>
        <translation>
            <numerusform>The token appears on %n line listed above.</numerusform>
            <numerusform>The token appears on %n lines listed above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s)</source>
        <translation>
            <numerusform>%n binary file</numerusform>
            <numerusform>%n binary files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) larger than %1 MiB</source>
        <translation>
            <numerusform>%n file larger than %1 MiB</numerusform>
            <numerusform>%n files larger than %1 MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version-control or dependency folder(s)</source>
        <translation>
            <numerusform>%n version-control or dependency folder</numerusform>
            <numerusform>%n version-control or dependency folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read.</source>
        <translation>
            <numerusform>%n file or folder could not be read.</numerusform>
            <numerusform>%n files or folders could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::AuditPanel</name>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n audit event to %1.</numerusform>
            <numerusform>Exported %n audit events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n audit event(s) as JSON.</source>
        <translation>
            <numerusform>Copied %n audit event as JSON.</numerusform>
            <numerusform>Copied %n audit events as JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::JournalDialog</name>
    <message numerus="yes">
        <source>Verified: the journal is intact. %n entry(s), each linked to the one before.</source>
        <translation>
            <numerusform>Verified: the journal is intact. %n entry, linked to the journal&apos;s start.</numerusform>
            <numerusform>Verified: the journal is intact. %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message numerus="yes">
        <source>Stopped waiting for %n request(s). Press F5 to load again.</source>
        <translation>
            <numerusform>Stopped waiting for %n request. Press F5 to load again.</numerusform>
            <numerusform>Stopped waiting for %n requests. Press F5 to load again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::MembersPanel</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::OverviewPanel</name>
    <message numerus="yes">
        <source>%1 still has %n teams.</source>
        <translation>
            <numerusform>%1 still has %n team.</numerusform>
            <numerusform>%1 still has %n teams.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::PendingCallsIndicator</name>
    <message numerus="yes">
        <source>Waiting %n s for the server: %1</source>
        <translation>
            <numerusform>Waiting %n s for the server: %1</numerusform>
            <numerusform>Waiting %n s for the server: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::RelativeTime</name>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReminderPlanner</name>
    <message numerus="yes">
        <source>%n token(s) have expired</source>
        <translation>
            <numerusform>%n token has expired</numerusform>
            <numerusform>%n tokens have expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 7 days</source>
        <translation>
            <numerusform>%n token expires within 7 days</numerusform>
            <numerusform>%n tokens expire within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 30 days</source>
        <translation>
            <numerusform>%n token expires within 30 days</numerusform>
            <numerusform>%n tokens expire within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are due for rotation</source>
        <translation>
            <numerusform>%n token is due for rotation</numerusform>
            <numerusform>%n tokens are due for rotation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n token needs attention</numerusform>
            <numerusform>%n tokens need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire soon</source>
        <translation>
            <numerusform>%n token expires soon</numerusform>
            <numerusform>%n tokens expire soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::RotationNewTokenPage</name>
    <message numerus="yes">
        <source>New value copied; the clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>New value copied; the clipboard is cleared in %n second.</numerusform>
            <numerusform>New value copied; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::RotationSlotsPage</name>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team; the successor needs a free slot while the old token still works.</source>
        <translation>
            <numerusform>The server keeps at most %n token per organization and per team; the successor needs a free slot while the old token still works.</numerusform>
            <numerusform>The server keeps at most %n tokens per organization and per team; the successor needs a free slot while the old token still works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::TeamListModel</name>
    <message numerus="yes">
        <source>Team %1 has %n of its %2 token slots in use.</source>
        <translation>
            <numerusform>Team %1 has %n of its %2 token slots in use.</numerusform>
            <numerusform>Team %1 has %n of its %2 token slots in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::TeamsPanel</name>
    <message numerus="yes">
        <source>%n teams</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teams</source>
        <translation>
            <numerusform>%1 of %n team</numerusform>
            <numerusform>%1 of %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team %1 and its %n tokens will be deleted.</source>
        <translation>
            <numerusform>Team %1 and its %n token will be deleted.</numerusform>
            <numerusform>Team %1 and its %n tokens will be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::TokenListModel</name>
    <message numerus="yes">
        <source>%1 of %n tokens</source>
        <translation>
            <numerusform>%1 of %n token</numerusform>
            <numerusform>%1 of %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::TokensPanel</name>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team.</source>
        <translation>
            <numerusform>The server keeps at most %n token per organization and per team.</numerusform>
            <numerusform>The server keeps at most %n tokens per organization and per team.</numerusform>
        </translation>
    </message>
</context>
</TS>
