<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Keyward</source>
        <translation>Bei Keyward anmelden</translation>
    </message>
    <message>
        <source>Log in with your account on a Keyward server.</source>
        <translation>Melden Sie sich mit Ihrem Konto auf einem Keyward-Server an.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organizations</source>
        <translation>Ihre Organisationen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
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
    <name>keyward::LoginDialog</name>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
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
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Saving your session in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>The server ended your session. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen …</translation>
    </message>
    <message>
        <source>You do not belong to any organization yet.</source>
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
    <name>keyward::OrganizationListModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
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
        <translation type="unfinished">Ihre Rolle</translation>
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
    <name>keyward::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Mitglied</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished">Betrachter</translation>
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
    <name>main</name>
    <message>
        <source>Administer organizations, teams, members and publishing tokens on a Keyward server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to log in to.</source>
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
        <source>Log in at start with the given server, email and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
