<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Keyward</source>
        <translation>Connexion à Keyward</translation>
    </message>
    <message>
        <source>Log in with your account on a Keyward server.</source>
        <translation>Connectez-vous avec votre compte sur un serveur Keyward.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keychain, so Keyward can log you in again when your session ends. It is never written to Keyward&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow: rotation due (policy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::AddMemberDialog</name>
    <message>
        <source>Add Member to Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, or type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;E-mail :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody has an account with this email yet, Keyward sends an invitation; they join when they register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching users failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an email address, or part of a name to find a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a suggestion, or type a complete email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete email address, like jane@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::AppController</name>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::AuditEventModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::AuditPanel</name>
    <message>
        <source>Load All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no filters: they apply to the loaded events. Use Load All to search the whole trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps loading older events until the whole trail is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown events as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server keeps no audit trail. Keyward&apos;s own change journal records what you change from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor (email or token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading older events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events (server has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 audit events loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Events as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n audit event(s) as JSON.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ChangeJournal</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “hash” or “prev” is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is locked by another Keyward; the change was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 ends with an incomplete line that could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line of the journal %1 is damaged, so the change cannot be chained to it; verify the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line (%1) is incomplete, probably because Keyward stopped while writing it; the entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a journal entry: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 belongs to another profile (%2); it was copied in from another journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 where entry %3 was expected, and entry %3 comes later: entries were reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing before line %2: it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing before line %3: they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 again, after entry %3: entries were duplicated or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not continue the chain from the line before it: an entry before it was replaced or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ChangeRecorder</name>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffView</name>
    <message>
        <source>Claims compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsTableModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim Keyward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsView</name>
    <message>
        <source>Token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw header and payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production environment: the change affects live systems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CopyAsDialog</name>
    <message>
        <source>&amp;Show value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a format. The value is hidden in the preview; the copied text contains it and is removed from the clipboard after a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send this token&apos;s value: it shows values only once, when a token is created or rotated. Rotate the token to get a new value to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show value in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token value is hidden; tick “Show value” to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — the clipboard is not cleared automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplate</name>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a known placeholder; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” after {%2| is not a known quoting; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template never inserts the token; add {token} where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplateEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI / dotenv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1. Add |quoting to choose how a value is quoted, e.g. {token|shell}; quotings: %2. Without it, the template&apos;s language decides. Write {{ for a literal {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template needs attention before you can save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplates</name>
    <message>
        <source>Raw value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl publish command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd EnvironmentFile line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose environment entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CreateTokenDialog</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications present this token to publish data to team %1. Its value is shown once, right after it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications present this token to publish data to organization %1 and its teams. Its value is shown once, right after it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses it, e.g. billing service in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. Helps you recognise the token later; applications never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token that never expires stays valid until revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish data points to this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish data points to this organization and any of its teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read metrics with the token instead of a user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this team&apos;s metrics with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the metrics of this organization and its teams with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels are attached to every point published with this token, replacing the publisher&apos;s tags of the same name; with metrics:read they filter every query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes restrict what the server accepts: max_past and max_future (seconds) refuse points whose timestamp lies further in the past or future; drop_out_of_window = true drops such points silently instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without one can do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1”: use 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; as its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1” needs a value of 1 to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” takes a number of seconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute drop_out_of_window takes true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an attribute the server knows; use max_past, max_future or drop_out_of_window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::CredentialStore</name>
    <message>
        <source>Keyward needs a server address and an account to store or look up a secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example in your desktop&apos;s password manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward was denied access to the keychain. Allow Keyward to use it in your desktop&apos;s password manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available, so Keyward cannot store or read secrets. Start your desktop&apos;s keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is longer than %1 bytes, more than every supported keychain can hold, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::Environment</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::EnvironmentBadge</name>
    <message>
        <source>Environment: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 environment: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryAggregator</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: open this profile to include its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain CAVE server: read 1 team one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain CAVE server: read %1 teams one by one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCollector</name>
    <message>
        <source>Token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token list from entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the token list from entry %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the teams of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teams in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list your teams in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tokens of team “%1/%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tokens of organization “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCoordinator</name>
    <message>
        <source>To open %1, switch to this profile (Keyward → Switch Profile…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryExport</name>
    <message>
        <source>Token “%1” of %2 expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing token “%1” (id %2) of %3 on %4 (%5) stops working at this time. Rotate it before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has no expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used since it was created, or the server does not record use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires and no rotation policy applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry; the rotation policy (%1 from creation) makes it due on %2. The server still accepts it after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryPage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or rotation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens last used longer ago than this, or never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profile, organization, team, description or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the expiry review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every signed-in profile&apos;s tokens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation Policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rotation policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown tokens as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the tokens shown, as filtered, to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar reminder, days before the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the calendar reminds you of each expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown expiries as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an iCalendar file with one event per expiry of the tokens shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel collecting tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens by expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token you administer, across every signed-in profile, most urgent first. Tokens without an expiry are shown as due when a rotation policy applies to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once a profile&apos;s tokens are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation intervals for tokens without an expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a successor for the selected token and retire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 token to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 tokens to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryReviewWindow</name>
    <message>
        <source>Expiry Review — Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryStateText</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation due later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ExpirySummaryBar</name>
    <message>
        <source>Review Expiries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the expiry summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::InlineStatus</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::InspectorDialog</name>
    <message>
        <source>Inspect Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PEM Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key *.pub *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JWK or JWKS File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwk *.jwks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JSON Web Token to decode and verify it. Nothing you paste here leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token (eyJ…); a &quot;Bearer &quot; prefix is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signature with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s published keys (JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK or JWKS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server profile is active, so there are no published keys to fetch. Connect to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are fetched once from the active server&apos;s /.well-known/jwks.json, anonymously. The token itself is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PEM key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JWK or JWKS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (at least 32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is &amp;base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching this server&apos;s published keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was issued by %1; you are not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was issued by %1, not by the server you are connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::JournalDialog</name>
    <message>
        <source>&amp;Verify Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Journal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made from Keyward on %1, kept on this computer. Each entry carries a hash of the one before it, so an edited, removed or reordered entry is detected. Tokens appear by fingerprint, never by value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: the journal is intact. %n entry(s), each linked to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is damaged at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::JournalEntryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::LockDialog</name>
    <message>
        <source>Keyward Is Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward was locked because nobody used it for a while. Enter the password for %1 on %2 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with &amp;Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the remembered password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::LoginDialog</name>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Enter the address of your Keyward server, for example https://keyward.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Enter an http or https address such as https://keyward.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Keyward server and log in with your account. Keyward keeps the address as a connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your account on a Keyward server.</source>
        <translation type="unfinished">Connectez-vous avec votre compte sur un serveur Keyward.</translation>
    </message>
    <message>
        <source>Choose a connection profile, or create one with “Manage profiles…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Select an organization or a team on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New To&amp;ken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 created with its first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Administer organizations, teams, members and publishing tokens.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token you administer, in every profile, by how soon it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you changed from Keyward on this profile, tamper-evident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — changes here affect live systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment banner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the server cannot be reached; nothing here could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: shown as loaded at %1. Changes since then are not shown until the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::MemberFilterProxy</name>
    <message>
        <source>You cannot change or remove yourself; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::MemberListModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::MembersPanel</name>
    <message>
        <source>Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member list of %1 is shown to members and administrators only (your role there: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to %1 by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the members to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members from %1 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1. They will appear here once they register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted %1; reload to see whether they were added or invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 members from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lose access to the team&apos;s tokens and metrics at once; adding them again is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lose access to %1, its members and tokens at once; adding them again is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be %2 instead of Administrator in %3 and can no longer manage its members and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::NameDialog</name>
    <message>
        <source>New Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Team in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become the organization&apos;s administrator. It starts with one token, &quot;default&quot;, for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams group members and tokens inside %1. The team starts with one token, &quot;default&quot;; administrators of %1 manage every team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; part of every URL. Unique on the whole server; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; unique within %1. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL where alert notifications should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization named %1 already exists. Names are unique across the whole server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team named %1 already exists in %2. Team names are unique within their organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 created in %2 with its first token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::NavigationTree</name>
    <message>
        <source>Filter organizations and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation type="unfinished">Chargement des organisations…</translation>
    </message>
    <message>
        <source>You do not belong to any organization yet. Create one, or ask an administrator to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams of %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::NewTokenDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time Keyward shows this value if the server keeps values hidden; copy it into your application&apos;s configuration now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never; it stays valid until revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::NodePage</name>
    <message>
        <source>Organization sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of %1 · your role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization · your role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::OfflineBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out (no answer in time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — showing data from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::OrganizationTreeModel</name>
    <message>
        <source>Organization %1 (loading its teams…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished">Votre rôle</translation>
    </message>
</context>
<context>
    <name>keyward::OverviewPanel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to some teams of %1, not to the organization itself. Select one of your teams in the tree to see its members and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a viewer of %1 you can read its metrics with your session, but not its contact details, members, teams or tokens. An administrator of %1 can give you the Member role if you need to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization&apos;s contact email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values stored on the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes it with its members and tokens for good. Applications publishing with its tokens stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has 1 team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n teams.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be deleted with its members and tokens. Applications publishing with its tokens stop working. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has teams. An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::Permissions</name>
    <message>
        <source>Needs the Administrator role in %1 (your role there: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the Member or Administrator role in %1 (your role there: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied tokens after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward removes a copied token from the clipboard after this time, unless you copied something else meanwhile. Copies are also marked so that clipboard managers do not keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward hides its windows and asks for your password (or the keychain) before you can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give up on a request after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request during which the server sends nothing for this long fails with a message saying it timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Keyward runs, it notifies you this many days before a token you administer expires or is due for rotation, once ahead and once when the day passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind days ahead for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ProfileListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Environment: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ProfileManagerDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Leave the field empty or enter the address you log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name and the server address, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” cannot be saved: %2

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile “%1” (%2) and the certificates trusted for it will be removed from this computer. The server and its data are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While connected, the window is marked in this colour so you always see which kind of server you are working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour that marks this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment&apos;s default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in on the login form; the password is never stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust after a certificate warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ProfileStore</name>
    <message>
        <source>A connection profile with this identifier exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection profile named “%1” exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be an http:// or https:// URL with a host name, such as https://keyward.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address cannot contain a query (?…) or a fragment (#…). Enter only the address, such as https://keyward.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; you enter them when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1e88e5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written; the change lasts until Keyward is closed. Check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection profile no longer exists; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReloginDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password for %2 to continue — your unsaved changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>keyward::ReminderPlanner</name>
    <message numerus="yes">
        <source>%n token(s) have expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 7 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are due for rotation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is overdue for rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is due for rotation soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rotation due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReminderTray</name>
    <message>
        <source>Show Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Expiries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ReplyInterpreter</name>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 could not be read (%2). Check that the server address points to a Keyward server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem answering %1 (HTTP %2). Try again later or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected %1 to another server. Keyward does not follow such redirects, so that your credentials stay with your server; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer %2 in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a known role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;metrics&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RoleDelegate</name>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changing…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Membre</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished">Lecteur</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: manages members, teams and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: sees the organization, its members and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer: reads metrics only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member: belongs to a team of this organization, not to the organization itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationFinishPage</name>
    <message>
        <source>Revoke the old token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old token once every application uses the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old token until I revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server the old token keeps working until it is revoked. Revoke it from the Tokens tab once no application uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it to expire at the end of the grace period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then applications still using the old token keep publishing; afterwards the server refuses it and frees its slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it: with no grace period it has already stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the old token as soon as the successor was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the old token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationNewTokenPage</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new token as a configuration snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find files that still contain the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the new value into every configuration that uses the old token, then check that it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no rotate endpoint (a plain CAVE server), so Keyward created the successor as a new token. The old token keeps working until it is revoked: there is no grace period on CAVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is not offered on this server: a plain CAVE server has no dry run and would store the test point. Watch your application&apos;s metrics instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check needs the new value, which the server did not return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token may neither publish nor read metrics, so there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes one test point “%1” as a dry run: the server checks the token fully and stores nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may only read: queries the metric “%1” with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New value copied; the clipboard is cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New value copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the old token&apos;s value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token is already gone from the server, so its value cannot be searched for any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created, so Keyward cannot search for the old token&apos;s value. Look for it by its description instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token works, but the server ignored the dry run and stored the test point “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token works: the server accepted a test point and stored nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token works: the server accepted it for a metrics query (nothing is stored under “%1” yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token works: the server answered a metrics query made with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationPlan</name>
    <message>
        <source>“%1” expired %2 and no longer works, so revoking it loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has never been used and is the oldest of the unused tokens, so it is the least likely to be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has never been used, so no application depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2) and is the oldest such token, so it is the least likely to be in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2), so it is the least likely to be in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationPolicyDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation Policy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens that carry no expiry (opaque CAVE tokens, or tokens created without one) are shown as due this many days after they were created. This is advice: the server keeps accepting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rotation interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations with their own interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization rotation intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization rotation interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the organization&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected organization&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationSlotsPage</name>
    <message>
        <source>Token slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team; the successor needs a free slot while the old token still works.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the suggested token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 token slots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (being rotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested to revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Close the wizard and refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 slots are used: revoke one token first. Suggested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 slots are used and there is no other token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token “%1” (id %2)? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationSuccessorPage</name>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token gets the same scopes, labels and attributes. The old one keeps working for the grace period, so applications can switch without downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes of the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period for the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the old token stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom grace period in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old token works for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the server&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the successor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Nothing was created. Cancel the wizard and refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot rotate; creating the successor as a new token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::RotationWizard</name>
    <message>
        <source>Rotate token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the successor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::SessionManager</name>
    <message>
        <source>“%1” is not a server address Keyward can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password was not accepted. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Use an http or https address such as https://keyward.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TeamListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team %1 has %n of its %2 token slots in use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TeamsPanel</name>
    <message>
        <source>&amp;New Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members and administrators of %1 can see its teams. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team in %1 (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team %1 (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n teams</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teams</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1 and its token will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team %1 and its %n tokens will be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications publishing with them stop working. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting team %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TimelineView</name>
    <message>
        <source>Expiry timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll timeline lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token expires in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens expire in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token expires in the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens expire in the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 token expires in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens expire in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already expired or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier than the range shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later than the range shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens with an expiry or rotation date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TlsErrorDialog</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” presented a certificate Keyward does not trust. The connection was stopped before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is self-signed: no certificate authority vouches for it. That is common for internal servers, and also what an attacker would present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if the fingerprint above matches the one the server&apos;s administrator gave you. Keyward then accepts exactly this certificate for “%1”, and asks again when the server presents another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting this certificate would not make the connection safe, so Keyward does not offer it. Ask the server&apos;s administrator to install a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TlsTrust</name>
    <message>
        <source>The certificate of %1 is not trusted (%2), so Keyward did not connect. If you know that the server uses this certificate (fingerprint %3), you can trust it for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so Keyward did not connect. Ask the server&apos;s administrator to fix the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TokenDetailsPane</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to see its value and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value (the server records that it was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available from this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TokenListModel</name>
    <message numerus="yes">
        <source>%1 of %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes are listed for this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use of this token has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows a token&apos;s value only when it is created, so there is no fingerprint to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the SHA-256 hash of the token&apos;s value: compare it with a configuration file without revealing the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has expired; applications using it are refused. Create a new one or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expires %1; rotate it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is valid and never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::TokensPanel</name>
    <message>
        <source>This server shows token values only once, when they are created. Create a new token to get a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by description, id, scope or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the tokens are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token for applications (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s value (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only token left. Publishing must not be cut off by accident: create the successor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token “%1” (id %2, fingerprint %3) of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token “%1” (id %2) of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token as a configuration snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find files that contain the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token as an Authorization header, a curl command, a .env line, a Kubernetes Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search folders for configuration files that contain this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Usages First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the claims of two tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With “%1” (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this token&apos;s claims with another token&apos;s, e.g. before and after a rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other token to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected token by a successor with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rotated: “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::UsageMatchModel</name>
    <message numerus="yes">
        <source>%1 (%n occurrence(s) on this line)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (token masked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::UsageScanDialog</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Is This Token Used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before revoking or rotating, find configuration files that contain this token. The search runs on this computer only; the results show the token&apos;s value masked, and it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders to search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the folders for this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that contain the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a result to open its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder to Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting files… %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search stopped after %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token appears on %n line(s) listed above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) larger than %1 MiB</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version-control or dependency folder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::UserSuggestionModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::claims::ClaimCatalog</name>
    <message>
        <source>Algorithm: how the token is signed (EdDSA, ES256, RS256 or HS256). &quot;none&quot; means unsigned and is never accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the token, usually &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the payload, for nested tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical extensions: header parameters a verifier must understand, or else refuse the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL the issuer names for its keys; never fetched by the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key embedded in the token itself; never trusted: anyone can embed their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: the server that created and signed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: who or what the token was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: the service the token is meant for; others must refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: the token is refused from this moment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: the token is refused before this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID: unique per token; revocation lists name tokens by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization the token belongs to; an organization token may also publish to every team of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team the token belongs to; absent for organization tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: what the token may do, e.g. metrics:write to publish and metrics:read to read metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: on a writing token stamped onto every data point it publishes; on a reading token a filter every query is held to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes: restrictions such as the accepted time window of data points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant (Opstrace): the unit of isolation whose data the token may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (OAuth): the application the token was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID (OAuth): the user the token acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (OAuth) of the user the token acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address of the user the token acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party (OAuth): the client that asked for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth grant type the token was obtained with, e.g. client_credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity zone (Cloud Foundry UAA) that issued the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider (Cloud Foundry UAA) the user logged in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities (Cloud Foundry UAA): the client&apos;s own permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may publish metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may publish metrics matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read metrics matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may submit usage for every resource (Abacus system scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read usage of every resource (Abacus system scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may submit usage for resource %1 (Abacus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read usage reports of resource %1 (Abacus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read Abacus health and monitoring streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scope this server knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest accepted data point, in seconds before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest accepted data point, in seconds after now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points outside the window are dropped silently instead of refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an attribute this server knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::claims::KeySource</name>
    <message>
        <source>This is a public key, not a shared secret. Using a public key as an HS256 secret would let anyone forge tokens; verify with it as a PEM or JWK key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too short: %1 of at least 32 bytes an HS256 secret needs (RFC 7518, section 3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a PEM public key (it starts with &quot;-----BEGIN PUBLIC KEY-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not PEM text: a PEM key starts with &quot;-----BEGIN PUBLIC KEY-----&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; paste the public key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PKCS#1 &quot;RSA PUBLIC KEY&quot;; convert it with &quot;openssl rsa -RSAPublicKey_in -pubout&quot; and paste the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds no public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no JSON object; a JWK or a key set {&quot;keys&quot;: […]} is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set holds no key of a supported type (OKP, EC, RSA or oct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON object is neither a JWK (no &quot;kty&quot;) nor a key set (no &quot;keys&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shared secret the token was signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shared secret in base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid base64 (standard or URL-safe alphabet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key set with one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key set with %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWK %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HS256 shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key was given to check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key matches the token&apos;s key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match: the token was altered or signed with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is unsigned (&quot;alg&quot;: &quot;none&quot;) and must never be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not one of EdDSA, ES256, RS256 or HS256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s algorithm does not match the key&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is malformed, so its signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenInspection</name>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes, more than any real token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has five parts: it is an encrypted token (JWE), which only its recipient can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 dot-separated parts instead of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 repeats a member name, so different readers would see different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (algorithm) string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;kid&quot; (key ID) is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature part is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains invisible or control characters (shown as \uXXXX); they can make a value look like another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsigned (&quot;alg&quot;: &quot;none&quot;): anyone can have written it, and no verifier may accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header marks extensions as critical (%1) that are not understood here; a verifier must refuse the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a whole number of seconds, so verifiers will refuse the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token never expires: if it leaks, it works until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires more than two years from now (%1); consider a shorter lifetime and rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names no issuer, so it cannot be tied to the active profile&apos;s server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to another environment: it was issued by %1, the active profile&apos;s server is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token — this server issues tokens without claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified (%1, key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid before %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry or start time cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenSummary</name>
    <message>
        <source>Opaque token, revoked: this server issues tokens without claims, so what it allows is known only to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token: this server issues tokens without claims, so what it allows and until when is known only to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with scopes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes and reads metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes metrics%1 and reads metrics%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes metrics matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads metrics matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants no known rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1 and its teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token for tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token for client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from an unnamed issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (expired %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 and never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an unreadable expiry or start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer organizations, teams, members and publishing tokens on a Keyward server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection profile with this name instead of the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to this server (uses its profile, or creates one after the first login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in at start with the given server or profile, email and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
