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
        <translation>https://keyward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Pro&amp;file verwalten …</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain, so Keyward can log you in again when your session ends. It is never written to Keyward&apos;s settings.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, damit Keyward Sie nach Ablauf der Sitzung erneut anmelden kann. In die Einstellungen von Keyward wird es nie geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keyward</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Binnen 7 Tagen</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Binnen 30 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Hollow: rotation due (policy)</source>
        <translation>Umriss: Rotation fällig (Richtlinie)</translation>
    </message>
</context>
<context>
    <name>keyward::AddMemberDialog</name>
    <message>
        <source>Add Member to Team %1</source>
        <translation>Mitglied zu Team %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com, or type a name to search</source>
        <translation>name@example.com, oder einen Namen zum Suchen eingeben</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>If nobody has an account with this email yet, Keyward sends an invitation; they join when they register.</source>
        <translation>Falls noch niemand ein Konto mit dieser E-Mail-Adresse hat, verschickt Keyward eine Einladung; die Person wird Mitglied, sobald sie sich registriert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Searching users failed: %1</source>
        <translation>Die Benutzersuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type an email address, or part of a name to find a user.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder einen Teil eines Namens ein, um einen Benutzer zu finden.</translation>
    </message>
    <message>
        <source>Pick a suggestion, or type a complete email address.</source>
        <translation>Wählen Sie einen Vorschlag oder geben Sie eine vollständige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a complete email address, like jane@example.com.</source>
        <translation>Geben Sie eine vollständige E-Mail-Adresse ein, z. B. jane@example.com.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt …</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 ist bereits Mitglied von %2.</translation>
    </message>
</context>
<context>
    <name>keyward::AppController</name>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>keyward::AuditEventModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
</context>
<context>
    <name>keyward::AuditPanel</name>
    <message>
        <source>Load All</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren …</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>The server offers no filters: they apply to the loaded events. Use Load All to search the whole trail.</source>
        <translation>Der Server bietet keine Filter an: Die Filter hier gelten nur für die geladenen Ereignisse. Verwenden Sie „Alle laden“, um das gesamte Audit-Protokoll zu durchsuchen.</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Load all events</source>
        <translation>Alle Ereignisse laden</translation>
    </message>
    <message>
        <source>Keeps loading older events until the whole trail is loaded.</source>
        <translation>Lädt ältere Ereignisse, bis das gesamte Audit-Protokoll geladen ist.</translation>
    </message>
    <message>
        <source>Export the shown events as CSV</source>
        <translation>Die angezeigten Ereignisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the shown events as JSON</source>
        <translation>Die angezeigten Ereignisse als JSON exportieren</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>This server keeps no audit trail. Keyward&apos;s own change journal records what you change from this app.</source>
        <translation>Dieser Server führt kein Audit-Protokoll. Das eigene Änderungsjournal von Keyward zeichnet auf, was Sie mit dieser Anwendung ändern.</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <source>Actor (email or token)</source>
        <translation>Akteur (E-Mail oder Token)</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Beliebige Aktion</translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation>Nach Ziel filtern</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>Ziel enthält</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1: any time</source>
        <translation>%1: beliebige Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>Audit-Protokoll wird geladen …</translation>
    </message>
    <message>
        <source>Loading older events…</source>
        <translation>Ältere Ereignisse werden geladen …</translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events (server has %3)</source>
        <translation>%1 von %2 geladenen Ereignissen werden angezeigt (Server hat %3)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events</source>
        <translation>%1 von %2 geladenen Ereignissen werden angezeigt</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>All %1 audit events loaded.</source>
        <translation>Alle %1 Audit-Ereignisse geladen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Audit Events as JSON</source>
        <translation>Audit-Ereignisse als JSON exportieren</translation>
    </message>
    <message>
        <source>Export Audit Events as CSV</source>
        <translation>Audit-Ereignisse als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>%n Audit-Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Audit-Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Event %1</source>
        <translation>Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>Audit event as JSON</source>
        <translation>Audit-Ereignis als JSON</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n audit event(s) as JSON.</source>
        <translation>
            <numerusform>%n Audit-Ereignis als JSON kopiert.</numerusform>
            <numerusform>%n Audit-Ereignisse als JSON kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ChangeJournal</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>es ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its “hash” or “prev” is not a SHA-256 in hex</source>
        <translation>sein „hash“ oder „prev“ ist kein hexadezimaler SHA-256-Wert</translation>
    </message>
    <message>
        <source>The journal folder %1 could not be created.</source>
        <translation>Der Journalordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal folder %1 is not a folder.</source>
        <translation>Der Journalordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The journal folder %1 could not be made private.</source>
        <translation>Der Journalordner %1 konnte nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another Keyward; the change was not recorded.</source>
        <translation>Das Journal %1 ist von einer anderen Keyward-Instanz gesperrt; die Änderung wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation>Das Journal %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 ends with an incomplete line that could not be removed.</source>
        <translation>Das Journal %1 endet mit einer unvollständigen Zeile, die nicht entfernt werden konnte.</translation>
    </message>
    <message>
        <source>The last line of the journal %1 is damaged, so the change cannot be chained to it; verify the journal.</source>
        <translation>Die letzte Zeile des Journals %1 ist beschädigt, daher kann die Änderung nicht daran angehängt werden; überprüfen Sie das Journal.</translation>
    </message>
    <message>
        <source>The change could not be written to the journal %1: %2</source>
        <translation>Die Änderung konnte nicht in das Journal %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The last line (%1) is incomplete, probably because Keyward stopped while writing it; the entries before it are intact.</source>
        <translation>Die letzte Zeile (%1) ist unvollständig, vermutlich weil Keyward beim Schreiben beendet wurde; die Einträge davor sind intakt.</translation>
    </message>
    <message>
        <source>Line %1 is not a journal entry: %2.</source>
        <translation>Zeile %1 ist kein Journaleintrag: %2.</translation>
    </message>
    <message>
        <source>Line %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>Zeile %1 wurde nach dem Schreiben verändert: Ihr Inhalt passt nicht mehr zu ihrem Hash.</translation>
    </message>
    <message>
        <source>Line %1 belongs to another profile (%2); it was copied in from another journal.</source>
        <translation>Zeile %1 gehört zu einem anderen Profil (%2); sie wurde aus einem anderen Journal hineinkopiert.</translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 where entry %3 was expected, and entry %3 comes later: entries were reordered.</source>
        <translation>Zeile %1 enthält Eintrag %2, wo Eintrag %3 erwartet wurde, und Eintrag %3 folgt später: Die Einträge wurden umsortiert.</translation>
    </message>
    <message>
        <source>Entry %1 is missing before line %2: it was removed.</source>
        <translation>Eintrag %1 fehlt vor Zeile %2: Er wurde entfernt.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing before line %3: they were removed.</source>
        <translation>Die Einträge %1 bis %2 fehlen vor Zeile %3: Diese wurden entfernt.</translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 again, after entry %3: entries were duplicated or reordered.</source>
        <translation>Zeile %1 enthält Eintrag %2 erneut, nach Eintrag %3: Einträge wurden dupliziert oder umsortiert.</translation>
    </message>
    <message>
        <source>Line %1 does not continue the chain from the line before it: an entry before it was replaced or removed.</source>
        <translation>Zeile %1 setzt die Kette der vorherigen Zeile nicht fort: Ein Eintrag davor wurde ersetzt oder entfernt.</translation>
    </message>
</context>
<context>
    <name>keyward::ChangeRecorder</name>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>Das Änderungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>%1 (header)</source>
        <translation>%1 (Header)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffView</name>
    <message>
        <source>Claims compared</source>
        <translation>Verglichene Claims</translation>
    </message>
    <message>
        <source>Show &amp;unchanged claims</source>
        <translation>&amp;Unveränderte Claims anzeigen</translation>
    </message>
    <message>
        <source>Show unchanged claims</source>
        <translation>Unveränderte Claims anzeigen</translation>
    </message>
    <message>
        <source>Claim differences</source>
        <translation>Unterschiede der Claims</translation>
    </message>
    <message>
        <source>No claims changed</source>
        <translation>Keine Claims geändert</translation>
    </message>
    <message>
        <source>1 claim changed</source>
        <translation>1 Claim geändert</translation>
    </message>
    <message>
        <source>%1 claims changed</source>
        <translation>%1 Claims geändert</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsTableModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim Keyward knows.</source>
        <translation>„%1“ ist kein Claim, den Keyward kennt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsView</name>
    <message>
        <source>Token claims</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Raw header and payload JSON</source>
        <translation>Header und Payload als Roh-JSON</translation>
    </message>
    <message>
        <source>Claims and raw JSON</source>
        <translation>Claims und Roh-JSON</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Signature NOT verified: %1</source>
        <translation>Signatur NICHT geprüft: %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Token status: %1</source>
        <translation>Token-Status: %1</translation>
    </message>
    <message>
        <source>No token selected</source>
        <translation>Kein Token ausgewählt</translation>
    </message>
</context>
<context>
    <name>keyward::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Name zur Bestätigung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>This is a production environment: the change affects live systems.</source>
        <translation>Dies ist eine Produktionsumgebung: Die Änderung wirkt sich auf Live-Systeme aus.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyAsDialog</name>
    <message>
        <source>&amp;Show value</source>
        <translation>Wert an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Vorlagen verwalten …</translation>
    </message>
    <message>
        <source>Copy token “%1” as</source>
        <translation>Token „%1“ kopieren als</translation>
    </message>
    <message>
        <source>Pick a format. The value is hidden in the preview; the copied text contains it and is removed from the clipboard after a while.</source>
        <translation>Wählen Sie ein Format. Der Wert ist in der Vorschau verborgen; der kopierte Text enthält ihn und wird nach einiger Zeit aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>The server did not send this token&apos;s value: it shows values only once, when a token is created or rotated. Rotate the token to get a new value to copy.</source>
        <translation>Der Server hat den Wert dieses Tokens nicht gesendet: Er zeigt Werte nur einmal an, wenn ein Token erstellt oder rotiert wird. Rotieren Sie das Token, um einen neuen Wert zum Kopieren zu erhalten.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show value in the preview</source>
        <translation>Wert in der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Manage templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Ihre Vorlage</translation>
    </message>
    <message>
        <source>The token value is hidden; tick “Show value” to see it.</source>
        <translation>Der Token-Wert ist verborgen; aktivieren Sie „Wert anzeigen“, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is not cleared automatically.</source>
        <translation>Kopiert – die Zwischenablage wird nicht automatisch geleert.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>Kopiert – die Zwischenablage wird in %1 s geleert</translation>
    </message>
    <message>
        <source>copy as: %1</source>
        <translation>kopieren als: %1</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplate</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>{%1} is not a known placeholder; use one of %2.</source>
        <translation>{%1} ist kein bekannter Platzhalter; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>“%1” after {%2| is not a known quoting; use one of %3.</source>
        <translation>„%1“ nach {%2| ist keine bekannte Quotierung; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>The template never inserts the token; add {token} where it belongs.</source>
        <translation>Die Vorlage fügt das Token nirgends ein; ergänzen Sie {token} an der passenden Stelle.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplateEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Copy templates</source>
        <translation>Kopiervorlagen</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Vorlage entfernen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Sprache der Vorlage</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>INI / dotenv</source>
        <translation>INI / dotenv</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Placeholders: %1. Add |quoting to choose how a value is quoted, e.g. {token|shell}; quotings: %2. Without it, the template&apos;s language decides. Write {{ for a literal {.</source>
        <translation>Platzhalter: %1. Mit |Quotierung legen Sie fest, wie ein Wert maskiert wird, z. B. {token|shell}; Quotierungen: %2. Ohne Angabe entscheidet die Sprache der Vorlage. Schreiben Sie {{ für ein wörtliches {.</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Vorlagen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Another template needs attention before you can save.</source>
        <translation>Eine andere Vorlage muss korrigiert werden, bevor Sie speichern können.</translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation>Die Vorlage ist gültig.</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplates</name>
    <message>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>curl publish command</source>
        <translation>curl-Befehl zum Veröffentlichen</translation>
    </message>
    <message>
        <source>.env line</source>
        <translation>.env-Zeile</translation>
    </message>
    <message>
        <source>Shell export</source>
        <translation>Shell-Export</translation>
    </message>
    <message>
        <source>systemd EnvironmentFile line</source>
        <translation>Zeile für systemd-EnvironmentFile</translation>
    </message>
    <message>
        <source>Docker Compose environment entry</source>
        <translation>Eintrag für Docker-Compose-environment</translation>
    </message>
    <message>
        <source>Kubernetes Secret</source>
        <translation>Kubernetes-Secret</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Another template is already called “%1”.</source>
        <translation>Eine andere Vorlage heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>keyward::CreateTokenDialog</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Die ausgewählte Zeile aus %1 entfernen</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>Neues Token für %1</translation>
    </message>
    <message>
        <source>Applications present this token to publish data to team %1. Its value is shown once, right after it is created.</source>
        <translation>Anwendungen legen dieses Token vor, um Daten im Team %1 zu veröffentlichen. Sein Wert wird einmal angezeigt, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <source>Applications present this token to publish data to organization %1 and its teams. Its value is shown once, right after it is created.</source>
        <translation>Anwendungen legen dieses Token vor, um Daten in der Organisation %1 und ihren Teams zu veröffentlichen. Sein Wert wird einmal angezeigt, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What uses it, e.g. billing service in production</source>
        <translation>Wofür es verwendet wird, z. B. Abrechnungsdienst in der Produktion</translation>
    </message>
    <message>
        <source>Required. Helps you recognise the token later; applications never see it.</source>
        <translation>Erforderlich. Hilft Ihnen, das Token später wiederzuerkennen; Anwendungen sehen sie nie.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>In 90 Tagen</translation>
    </message>
    <message>
        <source>In 1 year</source>
        <translation>In 1 Jahr</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>An einem Datum …</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>A token that never expires stays valid until revoked.</source>
        <translation>Ein Token, das nie abläuft, bleibt gültig, bis es widerrufen wird.</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Läu&amp;ft ab:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Publish data points to this team.</source>
        <translation>Datenpunkte in diesem Team veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish data points to this organization and any of its teams.</source>
        <translation>Datenpunkte in dieser Organisation und jedem ihrer Teams veröffentlichen.</translation>
    </message>
    <message>
        <source>Read metrics with the token instead of a user&apos;s login.</source>
        <translation>Metriken mit dem Token statt mit der Anmeldung eines Benutzers lesen.</translation>
    </message>
    <message>
        <source>Read this team&apos;s metrics with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation>Die Metriken dieses Teams mit dem Token statt mit der Anmeldung eines Benutzers lesen; die Labels des Tokens schränken jede Abfrage ein.</translation>
    </message>
    <message>
        <source>Read the metrics of this organization and its teams with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation>Die Metriken dieser Organisation und ihrer Teams mit dem Token statt mit der Anmeldung eines Benutzers lesen; die Labels des Tokens schränken jede Abfrage ein.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Berech&amp;tigungen:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Labels are attached to every point published with this token, replacing the publisher&apos;s tags of the same name; with metrics:read they filter every query.</source>
        <translation>Labels werden an jeden mit diesem Token veröffentlichten Punkt angehängt und ersetzen gleichnamige Tags des Veröffentlichenden; mit metrics:read filtern sie jede Abfrage.</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Attributes restrict what the server accepts: max_past and max_future (seconds) refuse points whose timestamp lies further in the past or future; drop_out_of_window = true drops such points silently instead.</source>
        <translation>Attribute schränken ein, was der Server annimmt: max_past und max_future (Sekunden) lehnen Punkte ab, deren Zeitstempel weiter in der Vergangenheit bzw. Zukunft liegt; drop_out_of_window = true verwirft solche Punkte stattdessen stillschweigend.</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attribute:</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Enter a description first.</source>
        <translation>Geben Sie zuerst eine Beschreibung ein.</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Geben Sie eine Beschreibung ein.</translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation>Wählen Sie ein Ablaufdatum in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without one can do nothing.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: Ein Token ohne Berechtigung kann nichts.</translation>
    </message>
    <message>
        <source>Label “%1”: use 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; as its key.</source>
        <translation>Label „%1“: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; als Schlüssel.</translation>
    </message>
    <message>
        <source>Label “%1” needs a value of 1 to 128 characters.</source>
        <translation>Label „%1“ benötigt einen Wert mit 1 bis 128 Zeichen.</translation>
    </message>
    <message>
        <source>The label “%1” is listed twice.</source>
        <translation>Das Label „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation>Das Attribut „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The attribute “%1” takes a number of seconds (0 or more).</source>
        <translation>Das Attribut „%1“ erwartet eine Anzahl Sekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>The attribute drop_out_of_window takes true or false.</source>
        <translation>Das Attribut drop_out_of_window erwartet true oder false.</translation>
    </message>
    <message>
        <source>“%1” is not an attribute the server knows; use max_past, max_future or drop_out_of_window.</source>
        <translation>„%1“ ist kein Attribut, das der Server kennt; verwenden Sie max_past, max_future oder drop_out_of_window.</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Token wird erstellt …</translation>
    </message>
</context>
<context>
    <name>keyward::CredentialStore</name>
    <message>
        <source>Keyward needs a server address and an account to store or look up a secret in the keychain.</source>
        <translation>Keyward benötigt eine Serveradresse und ein Konto, um ein Geheimnis im Schlüsselbund zu speichern oder nachzuschlagen.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Der Schlüsselbund enthält kein solches Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example in your desktop&apos;s password manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel in der Passwortverwaltung Ihrer Arbeitsumgebung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Keyward was denied access to the keychain. Allow Keyward to use it in your desktop&apos;s password manager and try again.</source>
        <translation>Keyward wurde der Zugriff auf den Schlüsselbund verweigert. Erlauben Sie Keyward den Zugriff in der Passwortverwaltung Ihrer Arbeitsumgebung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Der Schlüsselbund hat ein Problem gemeldet: %1</translation>
    </message>
    <message>
        <source>No keychain service is available, so Keyward cannot store or read secrets. Start your desktop&apos;s keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, daher kann Keyward keine Geheimnisse speichern oder lesen. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This secret is longer than %1 bytes, more than every supported keychain can hold, so it was not stored.</source>
        <translation>Dieses Geheimnis ist länger als %1 Byte und damit größer, als jeder unterstützte Schlüsselbund aufnehmen kann; es wurde daher nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyward::Environment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>keyward::EnvironmentBadge</name>
    <message>
        <source>Environment: none</source>
        <translation>Umgebung: keine</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>%1 environment: %2 (%3)</source>
        <translation>Umgebung %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryAggregator</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not signed in: open this profile to include its tokens</source>
        <translation>Nicht angemeldet: Öffnen Sie dieses Profil, um seine Token einzubeziehen</translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Plain CAVE server: read 1 team one by one</source>
        <translation>Einfacher CAVE-Server: 1 Team einzeln gelesen</translation>
    </message>
    <message>
        <source>Plain CAVE server: read %1 teams one by one</source>
        <translation>Einfacher CAVE-Server: %1 Teams einzeln gelesen</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCollector</name>
    <message>
        <source>Token list</source>
        <translation>Token-Liste</translation>
    </message>
    <message>
        <source>Token list from entry %1</source>
        <translation>Token-Liste ab Eintrag %1</translation>
    </message>
    <message>
        <source>Could not read the token list from entry %1 on.</source>
        <translation>Die Token-Liste konnte ab Eintrag %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Teams of %1</source>
        <translation>Teams von %1</translation>
    </message>
    <message>
        <source>Could not list the teams of “%1”.</source>
        <translation>Die Teams von „%1“ konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Your teams in %1</source>
        <translation>Ihre Teams in %1</translation>
    </message>
    <message>
        <source>Could not list your teams in “%1”.</source>
        <translation>Ihre Teams in „%1“ konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Tokens of %1/%2</source>
        <translation>Token von %1/%2</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>Could not read the tokens of team “%1/%2”.</source>
        <translation>Die Token des Teams „%1/%2“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the tokens of organization “%1”.</source>
        <translation>Die Token der Organisation „%1“ konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCoordinator</name>
    <message>
        <source>To open %1, switch to this profile (Keyward → Switch Profile…).</source>
        <translation>Um %1 zu öffnen, wechseln Sie zu diesem Profil (Keyward → Profil wechseln …).</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryExport</name>
    <message>
        <source>Token “%1” of %2 expires</source>
        <translation>Token „%1“ von %2 läuft ab</translation>
    </message>
    <message>
        <source>The publishing token “%1” (id %2) of %3 on %4 (%5) stops working at this time. Rotate it before then.</source>
        <translation>Das Veröffentlichungs-Token „%1“ (ID %2) von %3 auf %4 (%5) funktioniert ab diesem Zeitpunkt nicht mehr. Rotieren Sie es vorher.</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Profile “%1” on %2</source>
        <translation>Profil „%1“ auf %2</translation>
    </message>
    <message>
        <source>An organization token</source>
        <translation>Ein Organisations-Token</translation>
    </message>
    <message>
        <source>This token has no expiry.</source>
        <translation>Dieses Token läuft nicht ab.</translation>
    </message>
    <message>
        <source>Not used since it was created, or the server does not record use.</source>
        <translation>Seit der Erstellung nicht verwendet, oder der Server erfasst die Verwendung nicht.</translation>
    </message>
    <message>
        <source>This token never expires and no rotation policy applies to it.</source>
        <translation>Dieses Token läuft nie ab und es gilt keine Rotationsrichtlinie dafür.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>No expiry; the rotation policy (%1 from creation) makes it due on %2. The server still accepts it after that.</source>
        <translation>Kein Ablauf; durch die Rotationsrichtlinie (%1 ab Erstellung) wird es am %2 fällig. Der Server akzeptiert es danach weiterhin.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryPage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Token</translation>
    </message>
    <message>
        <source>Expired or rotation overdue</source>
        <translation>Abgelaufen oder Rotation überfällig</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Fällig binnen 7 Tagen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Fällig binnen 30 Tagen</translation>
    </message>
    <message>
        <source>Without an expiry</source>
        <translation>Ohne Ablauf</translation>
    </message>
    <message>
        <source>Unused for more than</source>
        <translation>Unbenutzt seit mehr als</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Unbenutzt seit mehr als so vielen Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Tokens last used longer ago than this, or never used</source>
        <translation>Token, die zuletzt vor längerer Zeit oder nie verwendet wurden</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Token durchsuchen</translation>
    </message>
    <message>
        <source>Search profile, organization, team, description or id</source>
        <translation>Profil, Organisation, Team, Beschreibung oder ID suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the expiry review</source>
        <translation>Ablaufübersicht aktualisieren</translation>
    </message>
    <message>
        <source>Read every signed-in profile&apos;s tokens again</source>
        <translation>Die Token aller angemeldeten Profile erneut lesen</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren …</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Ausgewähltes Token rotieren</translation>
    </message>
    <message>
        <source>Rotation Policies…</source>
        <translation>Rotationsrichtlinien …</translation>
    </message>
    <message>
        <source>Edit rotation policies</source>
        <translation>Rotationsrichtlinien bearbeiten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export the shown tokens as CSV</source>
        <translation>Angezeigte Token als CSV exportieren</translation>
    </message>
    <message>
        <source>Writes the tokens shown, as filtered, to a CSV file</source>
        <translation>Schreibt die angezeigten Token, wie gefiltert, in eine CSV-Datei</translation>
    </message>
    <message>
        <source>Calendar reminder, days before the expiry</source>
        <translation>Kalendererinnerung, Tage vor dem Ablauf</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>When the calendar reminds you of each expiry</source>
        <translation>Wann der Kalender Sie an jeden Ablauf erinnert</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Kalender exportieren …</translation>
    </message>
    <message>
        <source>Export the shown expiries as a calendar</source>
        <translation>Angezeigte Abläufe als Kalender exportieren</translation>
    </message>
    <message>
        <source>Writes an iCalendar file with one event per expiry of the tokens shown</source>
        <translation>Schreibt eine iCalendar-Datei mit einem Termin pro Ablauf der angezeigten Token</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation>Fortschritt der Erfassung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel collecting tokens</source>
        <translation>Erfassen der Token abbrechen</translation>
    </message>
    <message>
        <source>Tokens by expiry</source>
        <translation>Token nach Ablauf</translation>
    </message>
    <message>
        <source>Every token you administer, across every signed-in profile, most urgent first. Tokens without an expiry are shown as due when a rotation policy applies to them.</source>
        <translation>Jedes Token, das Sie verwalten, über alle angemeldeten Profile hinweg, das dringendste zuerst. Token ohne Ablauf werden als fällig angezeigt, wenn eine Rotationsrichtlinie für sie gilt.</translation>
    </message>
    <message>
        <source>%1 of 1 token</source>
        <translation>%1 von 1 Token</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Token</translation>
    </message>
    <message>
        <source>Available once a profile&apos;s tokens are loaded</source>
        <translation>Verfügbar, sobald die Token eines Profils geladen sind</translation>
    </message>
    <message>
        <source>Rotation intervals for tokens without an expiry</source>
        <translation>Rotationsintervalle für Token ohne Ablauf</translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation>Wählen Sie ein Token aus, um es zu rotieren</translation>
    </message>
    <message>
        <source>Create a successor for the selected token and retire it</source>
        <translation>Einen Nachfolger für das ausgewählte Token erstellen und es außer Dienst stellen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported 1 token to %1</source>
        <translation>1 Token nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 tokens to %2</source>
        <translation>%1 Token nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryReviewWindow</name>
    <message>
        <source>Expiry Review — Keyward</source>
        <translation>Ablaufübersicht – Keyward</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation>Zeitraum der Zeitleiste</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Nächste 90 Tage</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 (%5)</source>
        <translation>%1
%2 · %3
%4 (%5)</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryStateText</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rotation overdue</source>
        <translation>Rotation überfällig</translation>
    </message>
    <message>
        <source>Expires within 7 days</source>
        <translation>Läuft binnen 7 Tagen ab</translation>
    </message>
    <message>
        <source>Rotation due within 7 days</source>
        <translation>Rotation binnen 7 Tagen fällig</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Läuft binnen 30 Tagen ab</translation>
    </message>
    <message>
        <source>Rotation due within 30 days</source>
        <translation>Rotation binnen 30 Tagen fällig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rotation due later</source>
        <translation>Rotation später fällig</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
</context>
<context>
    <name>keyward::ExpirySummaryBar</name>
    <message>
        <source>Review Expiries…</source>
        <translation>Abläufe prüfen …</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>Ablaufzusammenfassung</translation>
    </message>
    <message>
        <source>Review expiries</source>
        <translation>Abläufe prüfen</translation>
    </message>
    <message>
        <source>Dismiss the expiry summary</source>
        <translation>Ablaufzusammenfassung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>keyward::InlineStatus</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keyward::InspectorDialog</name>
    <message>
        <source>Inspect Token</source>
        <translation>Token untersuchen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open PEM Key</source>
        <translation>PEM-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key *.pub *.crt);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key *.pub *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open JWK or JWKS File</source>
        <translation>JWK- oder JWKS-Datei öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwk *.jwks);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jwk *.jwks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Paste a JSON Web Token to decode and verify it. Nothing you paste here leaves this computer.</source>
        <translation>Fügen Sie ein JSON Web Token ein, um es zu dekodieren und zu prüfen. Nichts, was Sie hier einfügen, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <source>Paste a token (eyJ…); a &quot;Bearer &quot; prefix is ignored</source>
        <translation>Token einfügen (eyJ…); ein Präfix &quot;Bearer &quot; wird ignoriert</translation>
    </message>
    <message>
        <source>Verify the signature with</source>
        <translation>Signatur prüfen mit</translation>
    </message>
    <message>
        <source>No verification</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>This server&apos;s published keys (JWKS)</source>
        <translation>Veröffentlichte Schlüssel dieses Servers (JWKS)</translation>
    </message>
    <message>
        <source>PEM public key</source>
        <translation>Öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>JWK or JWKS file</source>
        <translation>JWK- oder JWKS-Datei</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>No server profile is active, so there are no published keys to fetch. Connect to a server first.</source>
        <translation>Es ist kein Serverprofil aktiv, daher gibt es keine veröffentlichten Schlüssel zum Abrufen. Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>&amp;Verify with:</source>
        <translation>&amp;Prüfen mit:</translation>
    </message>
    <message>
        <source>The keys are fetched once from the active server&apos;s /.well-known/jwks.json, anonymously. The token itself is not sent.</source>
        <translation>Die Schlüssel werden einmalig und anonym von /.well-known/jwks.json des aktiven Servers abgerufen. Das Token selbst wird nicht gesendet.</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</source>
        <translation>-----BEGIN PUBLIC KEY-----
…
-----END PUBLIC KEY-----</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a PEM key file</source>
        <translation>Eine PEM-Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose a JWK or JWKS file</source>
        <translation>Eine JWK- oder JWKS-Datei wählen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Shared secret (at least 32 bytes)</source>
        <translation>Gemeinsames Geheimnis (mindestens 32 Byte)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>The secret is &amp;base64</source>
        <translation>Das Geheimnis ist &amp;Base64-kodiert</translation>
    </message>
    <message>
        <source>The secret is base64</source>
        <translation>Das Geheimnis ist Base64-kodiert</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Warnings about the token</source>
        <translation>Warnungen zum Token</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Dekodiertes Token</translation>
    </message>
    <message>
        <source>Close the inspector</source>
        <translation>Inspektor schließen</translation>
    </message>
    <message>
        <source>Fetching this server&apos;s published keys…</source>
        <translation>Veröffentlichte Schlüssel dieses Servers werden abgerufen …</translation>
    </message>
    <message>
        <source>Verifying with %1.</source>
        <translation>Prüfung mit %1.</translation>
    </message>
    <message>
        <source>Serious problem</source>
        <translation>Schwerwiegendes Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This token was issued by %1; you are not connected to a server.</source>
        <translation>Dieses Token wurde von %1 ausgestellt; Sie sind mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>This token was issued by %1, not by the server you are connected to.</source>
        <translation>Dieses Token wurde von %1 ausgestellt, nicht von dem Server, mit dem Sie verbunden sind.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>keyward::JournalDialog</name>
    <message>
        <source>&amp;Verify Journal</source>
        <translation>Journal &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Change Journal — %1</source>
        <translation>Änderungsjournal – %1</translation>
    </message>
    <message>
        <source>Every change made from Keyward on %1, kept on this computer. Each entry carries a hash of the one before it, so an edited, removed or reordered entry is detected. Tokens appear by fingerprint, never by value.</source>
        <translation>Jede Änderung, die mit Keyward auf %1 vorgenommen wurde, gespeichert auf diesem Computer. Jeder Eintrag enthält einen Hash des vorherigen, sodass ein bearbeiteter, entfernter oder umsortierter Eintrag erkannt wird. Token erscheinen mit ihrem Fingerabdruck, nie mit ihrem Wert.</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Journaleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain</source>
        <translation>Hash-Kette des Journals prüfen</translation>
    </message>
    <message>
        <source>Reload the journal</source>
        <translation>Journal neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Journal wird gelesen …</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Journal wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the journal is intact. %n entry(s), each linked to the one before.</source>
        <translation>
            <numerusform>Geprüft: Das Journal ist intakt. %n Eintrag, mit dem vorherigen verknüpft.</numerusform>
            <numerusform>Geprüft: Das Journal ist intakt. %n Einträge, jeweils mit dem vorherigen verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is damaged at line %1: %2</source>
        <translation>Das Journal ist in Zeile %1 beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>keyward::JournalEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Token fingerprint</source>
        <translation>Token-Fingerabdruck</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>keyward::LockDialog</name>
    <message>
        <source>Keyward Is Locked</source>
        <translation>Keyward ist gesperrt</translation>
    </message>
    <message>
        <source>Keyward was locked because nobody used it for a while. Enter the password for %1 on %2 to continue.</source>
        <translation>Keyward wurde gesperrt, weil es eine Weile nicht benutzt wurde. Geben Sie das Passwort für %1 auf %2 ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock with &amp;Keychain</source>
        <translation>Mit &amp;Schlüsselbund entsperren</translation>
    </message>
    <message>
        <source>Unlock with the remembered password</source>
        <translation>Mit dem gespeicherten Passwort entsperren</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
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
        <translation>Geben Sie die Adresse Ihres Keyward-Servers ein, zum Beispiel https://keyward.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Enter an http or https address such as https://keyward.example.com.</source>
        <translation>„%1“ ist keine Serveradresse, die Keyward verwenden kann. Geben Sie eine http- oder https-Adresse wie https://keyward.example.com ein.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation>Verbindungsprofile verwalten</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the address of your Keyward server and log in with your account. Keyward keeps the address as a connection profile.</source>
        <translation>Geben Sie die Adresse Ihres Keyward-Servers ein und melden Sie sich mit Ihrem Konto an. Keyward speichert die Adresse als Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Log in with your account on a Keyward server.</source>
        <translation>Melden Sie sich mit Ihrem Konto auf einem Keyward-Server an.</translation>
    </message>
    <message>
        <source>Choose a connection profile, or create one with “Manage profiles…”.</source>
        <translation>Wählen Sie ein Verbindungsprofil oder legen Sie eines mit „Profile verwalten …“ an.</translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Select an organization or a team on the left.</source>
        <translation>Wählen Sie links eine Organisation oder ein Team aus.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation>Der Server hat die letzte Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation>Organisation %1 gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Keyward</source>
        <translation>&amp;Keyward</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>Profil &amp;wechseln …</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Neue &amp;Organisation …</translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation>Neues &amp;Team …</translation>
    </message>
    <message>
        <source>New To&amp;ken…</source>
        <translation>Neues To&amp;ken …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>&amp;Über Keyward</translation>
    </message>
    <message>
        <source>%1 — %2 — Keyward</source>
        <translation>%1 – %2 – Keyward</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation>Organisation %1 mit ihrem ersten Token erstellt.</translation>
    </message>
    <message>
        <source>Team %1 created with its first token.</source>
        <translation>Team %1 mit seinem ersten Token erstellt.</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Administer organizations, teams, members and publishing tokens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Organisationen, Teams, Mitglieder und Veröffentlichungs-Token verwalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation>Das Token wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation>Token &amp;untersuchen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Expiry Review…</source>
        <translation>Ablauf&amp;übersicht …</translation>
    </message>
    <message>
        <source>Every token you administer, in every profile, by how soon it expires</source>
        <translation>Jedes Token, das Sie verwalten, in jedem Profil, sortiert nach baldigstem Ablauf</translation>
    </message>
    <message>
        <source>Change &amp;Journal…</source>
        <translation>Änderungs&amp;journal …</translation>
    </message>
    <message>
        <source>What you changed from Keyward on this profile, tamper-evident</source>
        <translation>Was Sie in diesem Profil mit Keyward geändert haben, manipulationssicher protokolliert</translation>
    </message>
    <message>
        <source>PRODUCTION — changes here affect live systems</source>
        <translation>PRODUKTION – Änderungen hier wirken sich auf Live-Systeme aus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Environment banner: %1</source>
        <translation>Umgebungsbanner: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Offline – Daten vom %1</translation>
    </message>
    <message>
        <source>Stale: the server cannot be reached; nothing here could be loaded.</source>
        <translation>Veraltet: Der Server ist nicht erreichbar; hier konnte nichts geladen werden.</translation>
    </message>
    <message>
        <source>Stale: shown as loaded at %1. Changes since then are not shown until the server answers again.</source>
        <translation>Veraltet: Stand von %1. Spätere Änderungen werden erst angezeigt, wenn der Server wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting for %n request(s). Press F5 to load again.</source>
        <translation>
            <numerusform>Warten auf %n Anfrage beendet. Drücken Sie F5, um erneut zu laden.</numerusform>
            <numerusform>Warten auf %n Anfragen beendet. Drücken Sie F5, um erneut zu laden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::MemberFilterProxy</name>
    <message>
        <source>You cannot change or remove yourself; another administrator can.</source>
        <translation>Sie können sich nicht selbst ändern oder entfernen; ein anderer Administrator kann das.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
</context>
<context>
    <name>keyward::MemberListModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>keyward::MembersPanel</name>
    <message>
        <source>Add Member…</source>
        <translation>Mitglied hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Anzahl der Mitglieder</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected members</source>
        <translation>Ausgewählte Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen …</translation>
    </message>
    <message>
        <source>Loading more members…</source>
        <translation>Weitere Mitglieder werden geladen …</translation>
    </message>
    <message>
        <source>The member list of %1 is shown to members and administrators only (your role there: %2).</source>
        <translation>Die Mitgliederliste von %1 ist nur für Mitglieder und Administratoren sichtbar (Ihre Rolle dort: %2).</translation>
    </message>
    <message>
        <source>Add a member to %1 by email</source>
        <translation>Ein Mitglied per E-Mail zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Select the members to remove.</source>
        <translation>Wählen Sie die zu entfernenden Mitglieder aus.</translation>
    </message>
    <message>
        <source>Remove the selected members from %1 (Delete)</source>
        <translation>Die ausgewählten Mitglieder aus %1 entfernen (Entf)</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>%1 shown, %2</source>
        <translation>%1 angezeigt, %2</translation>
    </message>
    <message>
        <source>%1 was added to %2 as %3.</source>
        <translation>%1 wurde als %3 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. They will appear here once they register.</source>
        <translation>Einladung an %1 gesendet. Die Person erscheint hier, sobald sie sich registriert.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>The server accepted %1; reload to see whether they were added or invited.</source>
        <translation>Der Server hat %1 angenommen; laden Sie neu, um zu sehen, ob die Person hinzugefügt oder eingeladen wurde.</translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation>Rolle von %1 wird geändert …</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>Die Rolle von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 ist jetzt %2 in %3.</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3?</source>
        <translation>%1 (%2) aus %3 entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 members from %2?</source>
        <translation>%1 Mitglieder aus %2 entfernen?</translation>
    </message>
    <message>
        <source>They lose access to the team&apos;s tokens and metrics at once; adding them again is possible.</source>
        <translation>Entfernte Mitglieder verlieren sofort den Zugriff auf die Token und Metriken des Teams; ein erneutes Hinzufügen ist möglich.</translation>
    </message>
    <message>
        <source>They lose access to %1, its members and tokens at once; adding them again is possible.</source>
        <translation>Entfernte Mitglieder verlieren sofort den Zugriff auf %1 mit allen Mitgliedern und Token; ein erneutes Hinzufügen ist möglich.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>Member removed from %1.</source>
        <translation>Mitglied aus %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 members removed from %2.</source>
        <translation>%1 Mitglieder aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Demote Administrator</source>
        <translation>Administrator herabstufen</translation>
    </message>
    <message>
        <source>%1 will be %2 instead of Administrator in %3 and can no longer manage its members and tokens.</source>
        <translation>%1 ist in %3 künftig %2 statt Administrator und kann die Mitglieder und Token dort nicht mehr verwalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demote to %1</source>
        <translation>Auf %1 herabstufen</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolle wird geändert …</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::NameDialog</name>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>New Team in %1</source>
        <translation>Neues Team in %1</translation>
    </message>
    <message>
        <source>You become the organization&apos;s administrator. It starts with one token, &quot;default&quot;, for publishing.</source>
        <translation>Sie werden Administrator der Organisation. Sie beginnt mit einem Token, &quot;default&quot;, zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Teams group members and tokens inside %1. The team starts with one token, &quot;default&quot;; administrators of %1 manage every team.</source>
        <translation>Teams fassen Mitglieder und Token innerhalb von %1 zusammen. Das Team beginnt mit einem Token, &quot;default&quot;; Administratoren von %1 verwalten jedes Team.</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Name des Teams</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>e.g. runners</source>
        <translation>z. B. runners</translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; part of every URL. Unique on the whole server; it cannot be changed later.</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;; Teil jeder URL. Eindeutig auf dem ganzen Server; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; unique within %1. It cannot be changed later.</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;; eindeutig innerhalb von %1. Kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>Benachrichtigungs-URL</translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation>https://example.com/alerts</translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation>Wohin der Server Alarmbenachrichtigungen für diese Organisation sendet; schlägt das fehl, schreibt er an die Kontakt-E-Mail.</translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation>Benachrichtigungs-&amp;URL:</translation>
    </message>
    <message>
        <source>Create Organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Create Team</source>
        <translation>Team erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the URL where alert notifications should go.</source>
        <translation>Geben Sie die URL ein, an die Alarmbenachrichtigungen gehen sollen.</translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL.</source>
        <translation>Geben Sie eine absolute http://- oder https://-URL ein.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Creating the organization…</source>
        <translation>Organisation wird erstellt …</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>Team wird erstellt …</translation>
    </message>
    <message>
        <source>An organization named %1 already exists. Names are unique across the whole server.</source>
        <translation>Eine Organisation namens %1 existiert bereits. Namen sind auf dem ganzen Server eindeutig.</translation>
    </message>
    <message>
        <source>A team named %1 already exists in %2. Team names are unique within their organization.</source>
        <translation>Ein Team namens %1 existiert bereits in %2. Teamnamen sind innerhalb ihrer Organisation eindeutig.</translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation>Organisation %1 mit ihrem ersten Token erstellt.</translation>
    </message>
    <message>
        <source>Team %1 created in %2 with its first token.</source>
        <translation>Team %1 in %2 mit seinem ersten Token erstellt.</translation>
    </message>
</context>
<context>
    <name>keyward::NavigationTree</name>
    <message>
        <source>Filter organizations and teams</source>
        <translation>Organisationen und Teams filtern</translation>
    </message>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisationen und Teams</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen …</translation>
    </message>
    <message>
        <source>You do not belong to any organization yet. Create one, or ask an administrator to add you.</source>
        <translation>Sie gehören noch keiner Organisation an. Erstellen Sie eine oder bitten Sie einen Administrator, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The teams of %1 could not be loaded: %2</source>
        <translation>Die Teams von %1 konnten nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>keyward::NewTokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>Token “%1” was created</source>
        <translation>Token „%1“ wurde erstellt</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation>Der Server hat keinen Wert zurückgegeben.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation>Token-Wert kopieren</translation>
    </message>
    <message>
        <source>This is the only time Keyward shows this value if the server keeps values hidden; copy it into your application&apos;s configuration now.</source>
        <translation>Wenn der Server Werte verborgen hält, zeigt Keyward diesen Wert nur dieses eine Mal an; kopieren Sie ihn jetzt in die Konfiguration Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never; it stays valid until revoked</source>
        <translation>Nie; es bleibt gültig, bis es widerrufen wird</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(nicht aufgeführt)</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation>Token-Wert kopiert</translation>
    </message>
    <message>
        <source>new token</source>
        <translation>neues Token</translation>
    </message>
</context>
<context>
    <name>keyward::NodePage</name>
    <message>
        <source>Organization sections</source>
        <translation>Bereiche der Organisation</translation>
    </message>
    <message>
        <source>Team sections</source>
        <translation>Bereiche des Teams</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>T&amp;eams</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Team of %1 · your role: %2</source>
        <translation>Team von %1 · Ihre Rolle: %2</translation>
    </message>
    <message>
        <source>Organization · your role: %1</source>
        <translation>Organisation · Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
</context>
<context>
    <name>keyward::OfflineBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Den Server jetzt zu erreichen versuchen, statt zu warten</translation>
    </message>
    <message>
        <source>%1 timed out (no answer in time)</source>
        <translation>Zeitüberschreitung bei %1 (keine rechtzeitige Antwort)</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source> — showing data from %1.</source>
        <translation> – Daten vom %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Neuer Versuch in %1 s.</translation>
    </message>
</context>
<context>
    <name>keyward::OrganizationTreeModel</name>
    <message>
        <source>Organization %1 (loading its teams…)</source>
        <translation>Organisation %1 (Teams werden geladen …)</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Team %1 of %2</source>
        <translation>Team %1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
</context>
<context>
    <name>keyward::OverviewPanel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <source>Delete Organization…</source>
        <translation>Organisation löschen …</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>Benachrichtigungs-URL</translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation>https://example.com/alerts</translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation>Wohin der Server Alarmbenachrichtigungen für diese Organisation sendet; schlägt das fehl, schreibt er an die Kontakt-E-Mail.</translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation>Benachrichtigungs-&amp;URL:</translation>
    </message>
    <message>
        <source>Save organization details</source>
        <translation>Angaben zur Organisation speichern</translation>
    </message>
    <message>
        <source>Revert organization details</source>
        <translation>Angaben zur Organisation zurücksetzen</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Your role — %1</source>
        <translation>Ihre Rolle – %1</translation>
    </message>
    <message>
        <source>You belong to some teams of %1, not to the organization itself. Select one of your teams in the tree to see its members and tokens.</source>
        <translation>Sie gehören einigen Teams von %1 an, nicht der Organisation selbst. Wählen Sie im Baum eines Ihrer Teams aus, um seine Mitglieder und Token zu sehen.</translation>
    </message>
    <message>
        <source>As a viewer of %1 you can read its metrics with your session, but not its contact details, members, teams or tokens. An administrator of %1 can give you the Member role if you need to see them.</source>
        <translation>Als Betrachter von %1 können Sie mit Ihrer Sitzung die Metriken lesen, aber nicht die Kontaktdaten, Mitglieder, Teams oder Token. Ein Administrator von %1 kann Ihnen die Rolle „Mitglied“ geben, wenn Sie diese sehen müssen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s contact email.</source>
        <translation>Geben Sie die Kontakt-E-Mail der Organisation ein.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Correct the highlighted fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Send the changes to the server.</source>
        <translation>Die Änderungen an den Server senden.</translation>
    </message>
    <message>
        <source>Show the values stored on the server again.</source>
        <translation>Die auf dem Server gespeicherten Werte wieder anzeigen.</translation>
    </message>
    <message>
        <source>Delete %1 and its tokens.</source>
        <translation>%1 mit allen Token löschen.</translation>
    </message>
    <message>
        <source>Deleting %1 removes it with its members and tokens for good. Applications publishing with its tokens stop working.</source>
        <translation>Wenn Sie %1 löschen, wird die Organisation mit allen Mitgliedern und Token endgültig entfernt. Anwendungen, die mit diesen Token veröffentlichen, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>%1 still has 1 team.</source>
        <translation>%1 hat noch 1 Team.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n teams.</source>
        <translation>
            <numerusform>%1 hat noch %n Team.</numerusform>
            <numerusform>%1 hat noch %n Teams.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation>Eine Organisation mit Teams kann nicht gelöscht werden: Löschen Sie zuerst ihre Teams (Reiter „Teams“), dann die Organisation.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Organization %1 saved.</source>
        <translation>Organisation %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>%1 will be deleted with its members and tokens. Applications publishing with its tokens stop working. This cannot be undone.</source>
        <translation>%1 wird mit allen Mitgliedern und Token gelöscht. Anwendungen, die mit diesen Token veröffentlichen, funktionieren nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <source>%1 still has teams. An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation>%1 hat noch Teams. Eine Organisation mit Teams kann nicht gelöscht werden: Löschen Sie zuerst ihre Teams (Reiter „Teams“), dann die Organisation.</translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation>Organisation %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>keyward::PendingCallsIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting: abort every request still waiting for the server. Nothing you entered is lost; refresh (F5) to load again.</source>
        <translation>Warten beenden: Jede Anfrage abbrechen, die noch auf den Server wartet. Ihre Eingaben gehen nicht verloren; aktualisieren Sie (F5), um erneut zu laden.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the server: %1</source>
        <translation>
            <numerusform>Warten auf den Server (%n s): %1</numerusform>
            <numerusform>Warten auf den Server (%n s): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel waiting for %1</source>
        <translation>Warten auf %1 abbrechen</translation>
    </message>
    <message>
        <source>Cancel waiting for the server</source>
        <translation>Warten auf den Server abbrechen</translation>
    </message>
</context>
<context>
    <name>keyward::Permissions</name>
    <message>
        <source>Needs the Administrator role in %1 (your role there: %2).</source>
        <translation>Erfordert die Rolle „Administrator“ in %1 (Ihre Rolle dort: %2).</translation>
    </message>
    <message>
        <source>Needs the Member or Administrator role in %1 (your role there: %2).</source>
        <translation>Erfordert die Rolle „Mitglied“ oder „Administrator“ in %1 (Ihre Rolle dort: %2).</translation>
    </message>
</context>
<context>
    <name>keyward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear copied tokens after seconds</source>
        <translation>Kopierte Token leeren nach Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Token &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Keyward removes a copied token from the clipboard after this time, unless you copied something else meanwhile. Copies are also marked so that clipboard managers do not keep them.</source>
        <translation>Keyward entfernt ein kopiertes Token nach dieser Zeit aus der Zwischenablage, sofern Sie zwischenzeitlich nichts anderes kopiert haben. Kopien werden außerdem so markiert, dass Zwischenablage-Verwaltungen sie nicht speichern.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>Sperren nach &amp;Inaktivität von:</translation>
    </message>
    <message>
        <source>Keyward hides its windows and asks for your password (or the keychain) before you can continue.</source>
        <translation>Keyward blendet seine Fenster aus und fragt nach Ihrem Passwort (oder dem Schlüsselbund), bevor Sie fortfahren können.</translation>
    </message>
    <message>
        <source>Give up on a request after seconds</source>
        <translation>Anfrage abbrechen nach Sekunden</translation>
    </message>
    <message>
        <source>&amp;Give up on a request after:</source>
        <translation>Anfrage &amp;abbrechen nach:</translation>
    </message>
    <message>
        <source>A request during which the server sends nothing for this long fails with a message saying it timed out.</source>
        <translation>Eine Anfrage, bei der der Server so lange nichts sendet, schlägt mit der Meldung einer Zeitüberschreitung fehl.</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>Ablauferinnerungen</translation>
    </message>
    <message>
        <source>While Keyward runs, it notifies you this many days before a token you administer expires or is due for rotation, once ahead and once when the day passes.</source>
        <translation>Während Keyward läuft, benachrichtigt es Sie so viele Tage, bevor ein von Ihnen verwaltetes Token abläuft oder zur Rotation fällig wird: einmal vorab und einmal, wenn der Tag verstreicht.</translation>
    </message>
    <message>
        <source>Remind days ahead for %1</source>
        <translation>Tage im Voraus erinnern für %1</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A change of language takes effect after a restart.</source>
        <translation>Eine Änderung der Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>keyward::ProfileListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2
Environment: %3</source>
        <translation>%1
%2
Umgebung: %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>keyward::ProfileManagerDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Leave the field empty or enter the address you log in with.</source>
        <translation>„%1“ sieht nicht nach einer E-Mail-Adresse aus. Lassen Sie das Feld leer oder geben Sie die Adresse ein, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Enter a name and the server address, then press Save.</source>
        <translation>Geben Sie einen Namen und die Serveradresse ein und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to “%1” cannot be saved: %2

Discard them?</source>
        <translation>Die Änderungen an „%1“ können nicht gespeichert werden: %2

Sollen sie verworfen werden?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Verbindungsprofil entfernen</translation>
    </message>
    <message>
        <source>The connection profile “%1” (%2) and the certificates trusted for it will be removed from this computer. The server and its data are not affected.</source>
        <translation>Das Verbindungsprofil „%1“ (%2) und die dafür vertrauenswürdigen Zertifikate werden von diesem Computer entfernt. Der Server und seine Daten sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Colour for this profile</source>
        <translation>Farbe für dieses Profil</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add connection profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate connection profile</source>
        <translation>Verbindungsprofil duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation>https://keyward.example.com</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>While connected, the window is marked in this colour so you always see which kind of server you are working on.</source>
        <translation>Während der Verbindung wird das Fenster in dieser Farbe markiert, damit Sie immer sehen, auf welcher Art von Server Sie arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose the colour that marks this profile</source>
        <translation>Farbe wählen, die dieses Profil kennzeichnet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the environment&apos;s default colour</source>
        <translation>Standardfarbe der Umgebung verwenden</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>E-Mail des Kontos</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Filled in on the login form; the password is never stored here</source>
        <translation>Wird im Anmeldeformular eingetragen; das Passwort wird hier nie gespeichert</translation>
    </message>
    <message>
        <source>Account e&amp;mail:</source>
        <translation>E-&amp;Mail des Kontos:</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust after a certificate warning.</source>
        <translation>SHA-256-Fingerabdrücke, denen Sie nach einer Zertifikatswarnung vertraut haben.</translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save connection profile</source>
        <translation>Verbindungsprofil speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Mit dem ausgewählten Profil verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>keyward::ProfileStore</name>
    <message>
        <source>A connection profile with this identifier exists already.</source>
        <translation>Ein Verbindungsprofil mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>Give the connection profile a name.</source>
        <translation>Geben Sie dem Verbindungsprofil einen Namen.</translation>
    </message>
    <message>
        <source>A connection profile named “%1” exists already. Choose another name.</source>
        <translation>Ein Verbindungsprofil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server address must be an http:// or https:// URL with a host name, such as https://keyward.example.com.</source>
        <translation>Die Serveradresse muss eine http://- oder https://-URL mit einem Hostnamen sein, z. B. https://keyward.example.com.</translation>
    </message>
    <message>
        <source>The server address cannot contain a query (?…) or a fragment (#…). Enter only the address, such as https://keyward.example.com.</source>
        <translation>Die Serveradresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten. Geben Sie nur die Adresse ein, z. B. https://keyward.example.com.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; you enter them when you log in.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Serveradresse; Sie geben sie bei der Anmeldung ein.</translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1e88e5.</source>
        <translation>Die Farbe muss als #rrggbb angegeben werden, zum Beispiel #1e88e5.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-256-Zertifikatsfingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written; the change lasts until Keyward is closed. Check that the file and its folder are writable.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden; die Änderung gilt nur, bis Keyward beendet wird. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>This connection profile no longer exists; it may have been removed.</source>
        <translation>Dieses Verbindungsprofil existiert nicht mehr; es wurde möglicherweise entfernt.</translation>
    </message>
</context>
<context>
    <name>keyward::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>in 1 Monat</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>in 1 Jahr</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReloginDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password for %2 to continue — your unsaved changes are kept.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Geben Sie das Passwort für %2 ein, um fortzufahren – Ihre ungespeicherten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>keyward::ReminderPlanner</name>
    <message numerus="yes">
        <source>%n token(s) have expired</source>
        <translation>
            <numerusform>%n Token ist abgelaufen</numerusform>
            <numerusform>%n Token sind abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 7 days</source>
        <translation>
            <numerusform>%n Token läuft innerhalb von 7 Tagen ab</numerusform>
            <numerusform>%n Token laufen innerhalb von 7 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 30 days</source>
        <translation>
            <numerusform>%n Token läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n Token laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are due for rotation</source>
        <translation>
            <numerusform>%n Token ist zur Rotation fällig</numerusform>
            <numerusform>%n Token sind zur Rotation fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 und %2.</translation>
    </message>
    <message>
        <source>A token is overdue for rotation</source>
        <translation>Ein Token ist zur Rotation überfällig</translation>
    </message>
    <message>
        <source>A token is due for rotation soon</source>
        <translation>Ein Token ist bald zur Rotation fällig</translation>
    </message>
    <message>
        <source>A token has expired</source>
        <translation>Ein Token ist abgelaufen</translation>
    </message>
    <message>
        <source>A token expires soon</source>
        <translation>Ein Token läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n Token erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Token erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire soon</source>
        <translation>
            <numerusform>%n Token läuft bald ab</numerusform>
            <numerusform>%n Token laufen bald ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rotation due %2</source>
        <translation>%1: Rotation %2 fällig</translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation>%1: %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation>%1: läuft %2 ab</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReminderTray</name>
    <message>
        <source>Show Keyward</source>
        <translation>Keyward anzeigen</translation>
    </message>
    <message>
        <source>Review Expiries…</source>
        <translation>Abläufe prüfen …</translation>
    </message>
    <message>
        <source>Quit Keyward</source>
        <translation>Keyward beenden</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
</context>
<context>
    <name>keyward::ReplyInterpreter</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>item %1 is not a JSON object</source>
        <translation>Element %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 could not be read (%2). Check that the server address points to a Keyward server.</source>
        <translation>Die Antwort des Servers auf %1 konnte nicht gelesen werden (%2). Prüfen Sie, ob die Serveradresse auf einen Keyward-Server verweist.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Log in again.</source>
        <translation>Der Server hat Ihre Anmeldedaten nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials: %1</source>
        <translation>Der Server hat Ihre Anmeldedaten nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>Sie dürfen dies nicht tun (%1).</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Sie dürfen dies nicht tun: %1</translation>
    </message>
    <message>
        <source>The server does not know %1.</source>
        <translation>Der Server kennt %1 nicht.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation>Dies steht im Konflikt mit etwas, das bereits existiert.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>The server refused the request %1 (HTTP %2).</source>
        <translation>Der Server hat die Anfrage %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server had an internal problem answering %1 (HTTP %2). Try again later or ask the server&apos;s administrator.</source>
        <translation>Beim Beantworten von %1 ist auf dem Server ein interner Fehler aufgetreten (HTTP %2). Versuchen Sie es später erneut oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server had an internal problem: %1</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>Die Anfrage %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>The server redirected %1 to another server. Keyward does not follow such redirects, so that your credentials stay with your server; check the server address.</source>
        <translation>Der Server hat %1 an einen anderen Server umgeleitet. Keyward folgt solchen Umleitungen nicht, damit Ihre Anmeldedaten bei Ihrem Server bleiben; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server %1 did not answer %2 in time. Check your network connection and try again.</source>
        <translation>Der Server %1 hat %2 nicht rechtzeitig beantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server address and that the server is running.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt. Prüfen Sie die Serveradresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>missing or not a known role</source>
        <translation>fehlt oder ist keine bekannte Rolle</translation>
    </message>
    <message>
        <source>missing or not a count</source>
        <translation>fehlt oder ist keine Anzahl</translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation>fehlt oder ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>expected an object with a &quot;metrics&quot; array</source>
        <translation>Objekt mit einem Array &quot;metrics&quot; erwartet</translation>
    </message>
</context>
<context>
    <name>keyward::RoleDelegate</name>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>%1 (changing…)</source>
        <translation>%1 (wird geändert …)</translation>
    </message>
</context>
<context>
    <name>keyward::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Administrator: manages members, teams and tokens.</source>
        <translation>Administrator: verwaltet Mitglieder, Teams und Token.</translation>
    </message>
    <message>
        <source>Member: sees the organization, its members and teams.</source>
        <translation>Mitglied: sieht die Organisation, ihre Mitglieder und Teams.</translation>
    </message>
    <message>
        <source>Viewer: reads metrics only.</source>
        <translation>Betrachter: liest nur Metriken.</translation>
    </message>
    <message>
        <source>Team member: belongs to a team of this organization, not to the organization itself.</source>
        <translation>Teammitglied: gehört einem Team dieser Organisation an, nicht der Organisation selbst.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationFinishPage</name>
    <message>
        <source>Revoke the old token now</source>
        <translation>Altes Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>The old token</source>
        <translation>Das alte Token</translation>
    </message>
    <message>
        <source>Revoke the old token once every application uses the new one.</source>
        <translation>Widerrufen Sie das alte Token, sobald alle Anwendungen das neue verwenden.</translation>
    </message>
    <message>
        <source>Keep the old token</source>
        <translation>Altes Token behalten</translation>
    </message>
    <message>
        <source>Keep the old token until I revoke it</source>
        <translation>Altes Token behalten, bis ich es widerrufe</translation>
    </message>
    <message>
        <source>On this server the old token keeps working until it is revoked. Revoke it from the Tokens tab once no application uses it any more.</source>
        <translation>Auf diesem Server funktioniert das alte Token, bis es widerrufen wird. Widerrufen Sie es im Reiter „Token“, sobald keine Anwendung es mehr verwendet.</translation>
    </message>
    <message>
        <source>Leave it to expire at the end of the grace period (%1)</source>
        <translation>Am Ende der Übergangsfrist ablaufen lassen (%1)</translation>
    </message>
    <message>
        <source>Until then applications still using the old token keep publishing; afterwards the server refuses it and frees its slot.</source>
        <translation>Bis dahin können Anwendungen, die noch das alte Token verwenden, weiter veröffentlichen; danach lehnt der Server es ab und gibt seinen Platz frei.</translation>
    </message>
    <message>
        <source>Leave it: with no grace period it has already stopped working</source>
        <translation>Belassen: Ohne Übergangsfrist funktioniert es bereits nicht mehr</translation>
    </message>
    <message>
        <source>The server refused the old token as soon as the successor was created.</source>
        <translation>Der Server hat das alte Token abgelehnt, sobald der Nachfolger erstellt wurde.</translation>
    </message>
    <message>
        <source>Revoking the old token…</source>
        <translation>Altes Token wird widerrufen …</translation>
    </message>
</context>
<context>
    <name>keyward::RotationNewTokenPage</name>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the new value</source>
        <translation>Neuen Wert anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new value</source>
        <translation>Neuen Wert kopieren</translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation>Kopieren als …</translation>
    </message>
    <message>
        <source>Copy the new token as a configuration snippet</source>
        <translation>Das neue Token als Konfigurationsausschnitt kopieren</translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation>Verwendungen suchen …</translation>
    </message>
    <message>
        <source>Find files that still contain the old token</source>
        <translation>Dateien suchen, die noch das alte Token enthalten</translation>
    </message>
    <message>
        <source>Check the New Token</source>
        <translation>Neues Token prüfen</translation>
    </message>
    <message>
        <source>Check the new token</source>
        <translation>Neues Token prüfen</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Put the new value into every configuration that uses the old token, then check that it works.</source>
        <translation>Tragen Sie den neuen Wert in jede Konfiguration ein, die das alte Token verwendet, und prüfen Sie dann, ob er funktioniert.</translation>
    </message>
    <message>
        <source>New token value</source>
        <translation>Wert des neuen Tokens</translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation>Der Server hat keinen Wert zurückgegeben.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the new value</source>
        <translation>Neuen Wert verbergen</translation>
    </message>
    <message>
        <source>This server has no rotate endpoint (a plain CAVE server), so Keyward created the successor as a new token. The old token keeps working until it is revoked: there is no grace period on CAVE.</source>
        <translation>Dieser Server hat keinen Rotations-Endpunkt (ein einfacher CAVE-Server), daher hat Keyward den Nachfolger als neues Token erstellt. Das alte Token funktioniert weiter, bis es widerrufen wird: CAVE kennt keine Übergangsfrist.</translation>
    </message>
    <message>
        <source>The check is not offered on this server: a plain CAVE server has no dry run and would store the test point. Watch your application&apos;s metrics instead.</source>
        <translation>Die Prüfung wird auf diesem Server nicht angeboten: Ein einfacher CAVE-Server hat keinen Probelauf und würde den Testpunkt speichern. Beobachten Sie stattdessen die Metriken Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>The check needs the new value, which the server did not return.</source>
        <translation>Die Prüfung benötigt den neuen Wert, den der Server nicht zurückgegeben hat.</translation>
    </message>
    <message>
        <source>The new token may neither publish nor read metrics, so there is nothing to check.</source>
        <translation>Das neue Token darf weder veröffentlichen noch Metriken lesen, daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Publishes one test point “%1” as a dry run: the server checks the token fully and stores nothing.</source>
        <translation>Veröffentlicht einen Testpunkt „%1“ als Probelauf: Der Server prüft das Token vollständig und speichert nichts.</translation>
    </message>
    <message>
        <source>The token may only read: queries the metric “%1” with it.</source>
        <translation>Das Token darf nur lesen: Damit wird die Metrik „%1“ abgefragt.</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>Rotation</translation>
    </message>
    <message numerus="yes">
        <source>New value copied; the clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Neuer Wert kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Neuer Wert kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New value copied.</source>
        <translation>Neuer Wert kopiert.</translation>
    </message>
    <message>
        <source>Fetching the old token&apos;s value…</source>
        <translation>Wert des alten Tokens wird abgerufen …</translation>
    </message>
    <message>
        <source>The old token is already gone from the server, so its value cannot be searched for any more.</source>
        <translation>Das alte Token existiert nicht mehr auf dem Server, daher kann nicht mehr nach seinem Wert gesucht werden.</translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created, so Keyward cannot search for the old token&apos;s value. Look for it by its description instead.</source>
        <translation>Dieser Server zeigt Token-Werte nur einmal an, beim Erstellen, daher kann Keyward nicht nach dem Wert des alten Tokens suchen. Suchen Sie stattdessen nach seiner Beschreibung.</translation>
    </message>
    <message>
        <source>The new token does not work: %1</source>
        <translation>Das neue Token funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Checking the new token…</source>
        <translation>Neues Token wird geprüft …</translation>
    </message>
    <message>
        <source>The new token works, but the server ignored the dry run and stored the test point “%1”.</source>
        <translation>Das neue Token funktioniert, aber der Server hat den Probelauf ignoriert und den Testpunkt „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The new token works: the server accepted a test point and stored nothing.</source>
        <translation>Das neue Token funktioniert: Der Server hat einen Testpunkt angenommen und nichts gespeichert.</translation>
    </message>
    <message>
        <source>The new token works: the server accepted it for a metrics query (nothing is stored under “%1” yet).</source>
        <translation>Das neue Token funktioniert: Der Server hat es für eine Metrikabfrage akzeptiert (unter „%1“ ist noch nichts gespeichert).</translation>
    </message>
    <message>
        <source>The new token works: the server answered a metrics query made with it.</source>
        <translation>Das neue Token funktioniert: Der Server hat eine damit gestellte Metrikabfrage beantwortet.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationPlan</name>
    <message>
        <source>“%1” expired %2 and no longer works, so revoking it loses nothing.</source>
        <translation>„%1“ ist %2 abgelaufen und funktioniert nicht mehr, daher geht durch das Widerrufen nichts verloren.</translation>
    </message>
    <message>
        <source>“%1” has never been used and is the oldest of the unused tokens, so it is the least likely to be needed.</source>
        <translation>„%1“ wurde nie verwendet und ist das älteste der unbenutzten Token, daher wird es am wenigsten wahrscheinlich benötigt.</translation>
    </message>
    <message>
        <source>“%1” has never been used, so no application depends on it.</source>
        <translation>„%1“ wurde nie verwendet, daher hängt keine Anwendung davon ab.</translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2) and is the oldest such token, so it is the least likely to be in use.</source>
        <translation>„%1“ wurde am längsten nicht verwendet (%2) und ist das älteste solche Token, daher ist es am wenigsten wahrscheinlich in Gebrauch.</translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2), so it is the least likely to be in use.</source>
        <translation>„%1“ wurde am längsten nicht verwendet (%2), daher ist es am wenigsten wahrscheinlich in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationPolicyDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation Policy — %1</source>
        <translation>Rotationsrichtlinie – %1</translation>
    </message>
    <message>
        <source>Tokens that carry no expiry (opaque CAVE tokens, or tokens created without one) are shown as due this many days after they were created. This is advice: the server keeps accepting them.</source>
        <translation>Token ohne Ablauf (opake CAVE-Token oder ohne Ablauf erstellte Token) werden so viele Tage nach ihrer Erstellung als fällig angezeigt. Dies ist eine Empfehlung: Der Server akzeptiert sie weiterhin.</translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry every</source>
        <translation>Token ohne Ablauf rotieren alle</translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry by default</source>
        <translation>Token ohne Ablauf standardmäßig rotieren</translation>
    </message>
    <message>
        <source>Default rotation interval in days</source>
        <translation>Standard-Rotationsintervall in Tagen</translation>
    </message>
    <message>
        <source>Organizations with their own interval:</source>
        <translation>Organisationen mit eigenem Intervall:</translation>
    </message>
    <message>
        <source>Organization rotation intervals</source>
        <translation>Rotationsintervalle der Organisationen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Organization rotation interval in days</source>
        <translation>Rotationsintervall der Organisation in Tagen</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Set the organization&apos;s interval</source>
        <translation>Intervall der Organisation festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected organization&apos;s interval</source>
        <translation>Intervall der ausgewählten Organisation entfernen</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keyward::RotationSlotsPage</name>
    <message>
        <source>Token slots</source>
        <translation>Token-Plätze</translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team; the successor needs a free slot while the old token still works.</source>
        <translation>
            <numerusform>Der Server erlaubt höchstens %n Token pro Organisation und pro Team; der Nachfolger braucht einen freien Platz, solange das alte Token noch funktioniert.</numerusform>
            <numerusform>Der Server erlaubt höchstens %n Token pro Organisation und pro Team; der Nachfolger braucht einen freien Platz, solange das alte Token noch funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation>Belegte Token-Plätze</translation>
    </message>
    <message>
        <source>Tokens of this owner</source>
        <translation>Token dieses Besitzers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Revoke the suggested token now</source>
        <translation>Vorgeschlagenes Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Token werden geladen …</translation>
    </message>
    <message>
        <source>%1 of %2 token slots used</source>
        <translation>%1 von %2 Token-Plätzen belegt</translation>
    </message>
    <message>
        <source>%1 (being rotated)</source>
        <translation>%1 (wird rotiert)</translation>
    </message>
    <message>
        <source>%1 (suggested to revoke)</source>
        <translation>%1 (zum Widerrufen vorgeschlagen)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Close the wizard and refresh the list.</source>
        <translation>Das Token „%1“ existiert nicht mehr auf dem Server; möglicherweise hat es jemand widerrufen. Schließen Sie den Assistenten und aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>All %1 slots are used: revoke one token first. Suggested: %2</source>
        <translation>Alle %1 Plätze sind belegt: Widerrufen Sie zuerst ein Token. Vorschlag: %2</translation>
    </message>
    <message>
        <source>Revoke %1 now</source>
        <translation>%1 jetzt widerrufen</translation>
    </message>
    <message>
        <source>All %1 slots are used and there is no other token to revoke.</source>
        <translation>Alle %1 Plätze sind belegt und es gibt kein anderes Token zum Widerrufen.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token “%1” (id %2)? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation>Das Token „%1“ (ID %2) widerrufen? Anwendungen, die es verwenden, können sofort nicht mehr veröffentlichen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
</context>
<context>
    <name>keyward::RotationSuccessorPage</name>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>The new token gets the same scopes, labels and attributes. The old one keeps working for the grace period, so applications can switch without downtime.</source>
        <translation>Das neue Token erhält dieselben Berechtigungen, Labels und Attribute. Das alte funktioniert während der Übergangsfrist weiter, sodass Anwendungen ohne Ausfallzeit wechseln können.</translation>
    </message>
    <message>
        <source>Description of the new token</source>
        <translation>Beschreibung des neuen Tokens</translation>
    </message>
    <message>
        <source>Scopes of the new token</source>
        <translation>Berechtigungen des neuen Tokens</translation>
    </message>
    <message>
        <source>Labels of the new token</source>
        <translation>Labels des neuen Tokens</translation>
    </message>
    <message>
        <source>Attributes of the new token</source>
        <translation>Attribute des neuen Tokens</translation>
    </message>
    <message>
        <source>Grace period for the old token</source>
        <translation>Übergangsfrist für das alte Token</translation>
    </message>
    <message>
        <source>None: the old token stops working at once</source>
        <translation>Keine: Das alte Token funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Custom grace period in hours</source>
        <translation>Benutzerdefinierte Übergangsfrist in Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>Old token works for:</source>
        <translation>Altes Token gültig für:</translation>
    </message>
    <message>
        <source>(the server&apos;s default)</source>
        <translation>(Standard des Servers)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Creating the successor…</source>
        <translation>Nachfolger wird erstellt …</translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Nothing was created. Cancel the wizard and refresh the list.</source>
        <translation>Das Token „%1“ existiert nicht mehr auf dem Server; möglicherweise hat es jemand widerrufen. Es wurde nichts erstellt. Brechen Sie den Assistenten ab und aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This server cannot rotate; creating the successor as a new token…</source>
        <translation>Dieser Server kann nicht rotieren; der Nachfolger wird als neues Token erstellt …</translation>
    </message>
</context>
<context>
    <name>keyward::RotationWizard</name>
    <message>
        <source>Rotate token “%1”</source>
        <translation>Token „%1“ rotieren</translation>
    </message>
    <message>
        <source>Create Successor</source>
        <translation>Nachfolger erstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Create the successor token</source>
        <translation>Nachfolge-Token erstellen</translation>
    </message>
    <message>
        <source>Finish the rotation</source>
        <translation>Rotation abschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keyward::SessionManager</name>
    <message>
        <source>“%1” is not a server address Keyward can use.</source>
        <translation>„%1“ ist keine Serveradresse, die Keyward verwenden kann.</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Ihre Sitzung wurde beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The remembered password was not accepted. Log in again.</source>
        <translation>Das gespeicherte Passwort wurde nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Use an http or https address such as https://keyward.example.com.</source>
        <translation>„%1“ ist keine Serveradresse, die Keyward verwenden kann. Verwenden Sie eine http- oder https-Adresse wie https://keyward.example.com.</translation>
    </message>
    <message>
        <source>The server ended your session. Log in again.</source>
        <translation>Der Server hat Ihre Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Ihre Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The remembered password was not accepted.</source>
        <translation>Das gespeicherte Passwort wurde nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>keyward::TeamListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 has %n of its %2 token slots in use.</source>
        <translation>
            <numerusform>Team %1 nutzt %n seiner %2 Token-Plätze.</numerusform>
            <numerusform>Team %1 nutzt %n seiner %2 Token-Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>keyward::TeamsPanel</name>
    <message>
        <source>&amp;New Team…</source>
        <translation>&amp;Neues Team …</translation>
    </message>
    <message>
        <source>&amp;Delete Team…</source>
        <translation>Team &amp;löschen …</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Only members and administrators of %1 can see its teams. %2</source>
        <translation>Nur Mitglieder und Administratoren von %1 können die Teams sehen. %2</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen …</translation>
    </message>
    <message>
        <source>Create a team in %1 (Ctrl+N).</source>
        <translation>Ein Team in %1 erstellen (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a team to delete.</source>
        <translation>Wählen Sie ein zu löschendes Team aus.</translation>
    </message>
    <message>
        <source>Delete team %1 (Delete).</source>
        <translation>Team %1 löschen (Entf).</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 Team</translation>
    </message>
    <message numerus="yes">
        <source>%n teams</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 team</source>
        <translation>%1 von 1 Team</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teams</source>
        <translation>
            <numerusform>%1 von %n Team</numerusform>
            <numerusform>%1 von %n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1 and its token will be deleted.</source>
        <translation>Team %1 und sein Token werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 and its %n tokens will be deleted.</source>
        <translation>
            <numerusform>Team %1 und sein einziges Token werden gelöscht.</numerusform>
            <numerusform>Team %1 und seine %n Token werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Applications publishing with them stop working. This cannot be undone.</source>
        <translation>Anwendungen, die damit veröffentlichen, funktionieren nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting team %1…</source>
        <translation>Team %1 wird gelöscht …</translation>
    </message>
    <message>
        <source>Team %1 deleted.</source>
        <translation>Team %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>keyward::TimelineView</name>
    <message>
        <source>Expiry timeline</source>
        <translation>Ablauf-Zeitleiste</translation>
    </message>
    <message>
        <source>Scroll timeline lanes</source>
        <translation>Bahnen der Zeitleiste scrollen</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 früher</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>1 token expires in the next 90 days.</source>
        <translation>1 Token läuft in den nächsten 90 Tagen ab.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the next 90 days.</source>
        <translation>%1 Token laufen in den nächsten 90 Tagen ab.</translation>
    </message>
    <message>
        <source>1 token expires in the next year.</source>
        <translation>1 Token läuft im nächsten Jahr ab.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the next year.</source>
        <translation>%1 Token laufen im nächsten Jahr ab.</translation>
    </message>
    <message>
        <source>1 token expires in the future.</source>
        <translation>1 Token läuft in der Zukunft ab.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the future.</source>
        <translation>%1 Token laufen in der Zukunft ab.</translation>
    </message>
    <message>
        <source>%1 already expired or overdue.</source>
        <translation>%1 bereits abgelaufen oder überfällig.</translation>
    </message>
    <message>
        <source>%1 earlier than the range shown.</source>
        <translation>%1 früher als der angezeigte Zeitraum.</translation>
    </message>
    <message>
        <source>%1 later than the range shown.</source>
        <translation>%1 später als der angezeigte Zeitraum.</translation>
    </message>
    <message>
        <source>%1 without a date.</source>
        <translation>%1 ohne Datum.</translation>
    </message>
    <message>
        <source>Before %2: %1</source>
        <translation>Vor %2: %1</translation>
    </message>
    <message>
        <source>After %2: %1</source>
        <translation>Nach %2: %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No tokens with an expiry or rotation date</source>
        <translation>Keine Token mit Ablauf- oder Rotationsdatum</translation>
    </message>
</context>
<context>
    <name>keyward::TlsErrorDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server of “%1” presented a certificate Keyward does not trust. The connection was stopped before anything was sent.</source>
        <translation>Der Server von „%1“ hat ein Zertifikat vorgelegt, dem Keyward nicht vertraut. Die Verbindung wurde beendet, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Why the certificate was refused</source>
        <translation>Warum das Zertifikat abgelehnt wurde</translation>
    </message>
    <message>
        <source>This certificate is self-signed: no certificate authority vouches for it. That is common for internal servers, and also what an attacker would present.</source>
        <translation>Dieses Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür. Das ist bei internen Servern üblich – aber auch genau das, was ein Angreifer vorlegen würde.</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprint above matches the one the server&apos;s administrator gave you. Keyward then accepts exactly this certificate for “%1”, and asks again when the server presents another one.</source>
        <translation>Vertrauen Sie ihm nur, wenn der Fingerabdruck oben mit dem übereinstimmt, den Ihnen der Administrator des Servers genannt hat. Keyward akzeptiert dann genau dieses Zertifikat für „%1“ und fragt erneut, wenn der Server ein anderes vorlegt.</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the server&apos;s</source>
        <translation>Ich habe den Fingerabdruck mit dem des Servers verglichen</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”</source>
        <translation>Diesem Zertifikat für „%1“ vertrauen</translation>
    </message>
    <message>
        <source>Trusting this certificate would not make the connection safe, so Keyward does not offer it. Ask the server&apos;s administrator to install a valid certificate.</source>
        <translation>Diesem Zertifikat zu vertrauen, würde die Verbindung nicht sicher machen, daher bietet Keyward es nicht an. Bitten Sie den Administrator des Servers, ein gültiges Zertifikat zu installieren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Nicht gültig vor %1.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Namen, für die das Zertifikat gültig ist</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation>SHA-256-Fingerabdruck in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>keyward::TlsTrust</name>
    <message>
        <source>The certificate of %1 is not trusted (%2), so Keyward did not connect. If you know that the server uses this certificate (fingerprint %3), you can trust it for this profile.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig (%2), daher hat Keyward keine Verbindung hergestellt. Wenn Sie wissen, dass der Server dieses Zertifikat verwendet (Fingerabdruck %3), können Sie ihm für dieses Profil vertrauen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so Keyward did not connect. Ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Das Zertifikat von %1 ist nicht gültig (%2), daher hat Keyward keine Verbindung hergestellt. Bitten Sie den Administrator des Servers, das Zertifikat zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>keyward::TokenDetailsPane</name>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>Reveal the token value</source>
        <translation>Token-Wert anzeigen</translation>
    </message>
    <message>
        <source>Select a token to see its value and claims.</source>
        <translation>Wählen Sie ein Token aus, um seinen Wert und seine Claims zu sehen.</translation>
    </message>
    <message>
        <source>Show the value (the server records that it was read)</source>
        <translation>Wert anzeigen (der Server protokolliert, dass er gelesen wurde)</translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created.</source>
        <translation>Dieser Server zeigt Token-Werte nur einmal an, beim Erstellen.</translation>
    </message>
    <message>
        <source>Not available from this server</source>
        <translation>Von diesem Server nicht verfügbar</translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation>Token-Wert wird abgerufen …</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>keyward::TokenListModel</name>
    <message numerus="yes">
        <source>%1 of %n tokens</source>
        <translation>
            <numerusform>%1 von %n Token</numerusform>
            <numerusform>%1 von %n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>Token id %1</source>
        <translation>Token-ID %1</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>Erstellt %1 (%2)</translation>
    </message>
    <message>
        <source>This token never expires.</source>
        <translation>Dieses Token läuft nie ab.</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>Abgelaufen %1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Läuft %1 ab (%2)</translation>
    </message>
    <message>
        <source>No scopes are listed for this token.</source>
        <translation>Für dieses Token sind keine Berechtigungen aufgeführt.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>No use of this token has been recorded.</source>
        <translation>Für dieses Token wurde keine Verwendung erfasst.</translation>
    </message>
    <message>
        <source>Last used %1 (%2)</source>
        <translation>Zuletzt verwendet %1 (%2)</translation>
    </message>
    <message>
        <source>The server shows a token&apos;s value only when it is created, so there is no fingerprint to show.</source>
        <translation>Der Server zeigt den Wert eines Tokens nur beim Erstellen an, daher gibt es keinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>The start of the SHA-256 hash of the token&apos;s value: compare it with a configuration file without revealing the token.</source>
        <translation>Der Anfang des SHA-256-Hashs des Token-Werts: Vergleichen Sie ihn mit einer Konfigurationsdatei, ohne das Token offenzulegen.</translation>
    </message>
    <message>
        <source>This token has expired; applications using it are refused. Create a new one or remove it.</source>
        <translation>Dieses Token ist abgelaufen; Anwendungen, die es verwenden, werden abgewiesen. Erstellen Sie ein neues oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>This token expires %1; rotate it before then.</source>
        <translation>Dieses Token läuft %1 ab; rotieren Sie es vorher.</translation>
    </message>
    <message>
        <source>This token is valid until %1.</source>
        <translation>Dieses Token ist gültig bis %1.</translation>
    </message>
    <message>
        <source>This token is valid and never expires.</source>
        <translation>Dieses Token ist gültig und läuft nie ab.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keyward::TokensPanel</name>
    <message>
        <source>This server shows token values only once, when they are created. Create a new token to get a value.</source>
        <translation>Dieser Server zeigt Token-Werte nur einmal an, beim Erstellen. Erstellen Sie ein neues Token, um einen Wert zu erhalten.</translation>
    </message>
    <message>
        <source>New Token…</source>
        <translation>Neues Token …</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen …</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Token filtern</translation>
    </message>
    <message>
        <source>Filter by description, id, scope or fingerprint</source>
        <translation>Nach Beschreibung, ID, Berechtigung oder Fingerabdruck filtern</translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation>Belegte Token-Plätze</translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team.</source>
        <translation>
            <numerusform>Der Server erlaubt höchstens %n Token pro Organisation und pro Team.</numerusform>
            <numerusform>Der Server erlaubt höchstens %n Token pro Organisation und pro Team.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Copy token value</source>
        <translation>Token-Wert kopieren</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of team %1.</source>
        <translation>Nur Administratoren sehen und verwalten die Veröffentlichungs-Token von Team %1.</translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of %1.</source>
        <translation>Nur Administratoren sehen und verwalten die Veröffentlichungs-Token von %1.</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Token werden geladen …</translation>
    </message>
    <message>
        <source>Wait until the tokens are loaded.</source>
        <translation>Warten Sie, bis die Token geladen sind.</translation>
    </message>
    <message>
        <source>The tokens could not be loaded.</source>
        <translation>Die Token konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This team already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation>Dieses Team hat bereits %1 Token, das Maximum, das der Server erlaubt. Widerrufen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>This organization already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation>Diese Organisation hat bereits %1 Token, das Maximum, das der Server erlaubt. Widerrufen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Create a token for applications (Ctrl+N)</source>
        <translation>Ein Token für Anwendungen erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a token to revoke it.</source>
        <translation>Wählen Sie ein Token aus, um es zu widerrufen.</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s value (Ctrl+C)</source>
        <translation>Wert des ausgewählten Tokens kopieren (Ctrl+C)</translation>
    </message>
    <message>
        <source>This is the only token left. Publishing must not be cut off by accident: create the successor first.</source>
        <translation>Dies ist das letzte verbleibende Token. Das Veröffentlichen darf nicht versehentlich unterbrochen werden: Erstellen Sie zuerst den Nachfolger.</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Ausgewähltes Token widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Token “%1” created.</source>
        <translation>Token „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation>Token-Wert wird abgerufen …</translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation>Token-Wert kopiert</translation>
    </message>
    <message>
        <source>the token “%1” (id %2, fingerprint %3) of %4</source>
        <translation>das Token „%1“ (ID %2, Fingerabdruck %3) von %4</translation>
    </message>
    <message>
        <source>the token “%1” (id %2) of %3</source>
        <translation>das Token „%1“ (ID %2) von %3</translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation>%1 widerrufen? Anwendungen, die es verwenden, können sofort nicht mehr veröffentlichen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
    <message>
        <source>Token “%1” revoked.</source>
        <translation>Token „%1“ widerrufen.</translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation>Kopieren als …</translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation>Verwendungen suchen …</translation>
    </message>
    <message>
        <source>Copy token as a configuration snippet</source>
        <translation>Token als Konfigurationsausschnitt kopieren</translation>
    </message>
    <message>
        <source>Find files that contain the token</source>
        <translation>Dateien suchen, die das Token enthalten</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Wählen Sie zuerst ein Token aus.</translation>
    </message>
    <message>
        <source>Copy the token as an Authorization header, a curl command, a .env line, a Kubernetes Secret…</source>
        <translation>Das Token als Authorization-Header, curl-Befehl, .env-Zeile, Kubernetes-Secret … kopieren</translation>
    </message>
    <message>
        <source>Search folders for configuration files that contain this token</source>
        <translation>Ordner nach Konfigurationsdateien durchsuchen, die dieses Token enthalten</translation>
    </message>
    <message>
        <source>Find Usages First…</source>
        <translation>Zuerst Verwendungen suchen …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the claims of two tokens</source>
        <translation>Die Claims zweier Token vergleichen</translation>
    </message>
    <message>
        <source>With “%1” (id %2)</source>
        <translation>Mit „%1“ (ID %2)</translation>
    </message>
    <message>
        <source>Compare this token&apos;s claims with another token&apos;s, e.g. before and after a rotation</source>
        <translation>Die Claims dieses Tokens mit denen eines anderen vergleichen, z. B. vor und nach einer Rotation</translation>
    </message>
    <message>
        <source>There is no other token to compare with.</source>
        <translation>Es gibt kein anderes Token zum Vergleichen.</translation>
    </message>
    <message>
        <source>Compare tokens</source>
        <translation>Token vergleichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren …</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Replace the selected token by a successor with the same settings</source>
        <translation>Das ausgewählte Token durch einen Nachfolger mit denselben Einstellungen ersetzen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Token rotated: “%1” created.</source>
        <translation>Token rotiert: „%1“ erstellt.</translation>
    </message>
</context>
<context>
    <name>keyward::UsageMatchModel</name>
    <message numerus="yes">
        <source>%1 (%n occurrence(s) on this line)</source>
        <translation>
            <numerusform>%1 (%n Vorkommen in dieser Zeile)</numerusform>
            <numerusform>%1 (%n Vorkommen in dieser Zeile)</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text (token masked)</source>
        <translation>Text (Token maskiert)</translation>
    </message>
</context>
<context>
    <name>keyward::UsageScanDialog</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Where Is This Token Used?</source>
        <translation>Wo wird dieses Token verwendet?</translation>
    </message>
    <message>
        <source>Before revoking or rotating, find configuration files that contain this token. The search runs on this computer only; the results show the token&apos;s value masked, and it is never saved.</source>
        <translation>Suchen Sie vor dem Widerrufen oder Rotieren nach Konfigurationsdateien, die dieses Token enthalten. Die Suche läuft nur auf diesem Computer; die Ergebnisse zeigen den Wert des Tokens maskiert, und er wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>&amp;Folders to search:</source>
        <translation>Zu durchsuchende &amp;Ordner:</translation>
    </message>
    <message>
        <source>Folders to search</source>
        <translation>Zu durchsuchende Ordner</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected folders</source>
        <translation>Ausgewählte Ordner entfernen</translation>
    </message>
    <message>
        <source>Search the folders for this token</source>
        <translation>Die Ordner nach diesem Token durchsuchen</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>Files that contain the token</source>
        <translation>Dateien, die das Token enthalten</translation>
    </message>
    <message>
        <source>Double-click a result to open its folder.</source>
        <translation>Doppelklicken Sie auf ein Ergebnis, um seinen Ordner zu öffnen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Choose a Folder to Search</source>
        <translation>Zu durchsuchenden Ordner wählen</translation>
    </message>
    <message>
        <source>Counting files…</source>
        <translation>Dateien werden gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>Counting files… %n found</source>
        <translation>
            <numerusform>Dateien werden gezählt … %n gefunden</numerusform>
            <numerusform>Dateien werden gezählt … %n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search stopped after %n file(s).</source>
        <translation>
            <numerusform>Suche nach %n Datei angehalten.</numerusform>
            <numerusform>Suche nach %n Dateien angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n file(s).</source>
        <translation>
            <numerusform>%n Datei durchsucht.</numerusform>
            <numerusform>%n Dateien durchsucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token appears on %n line(s) listed above.</source>
        <translation>
            <numerusform>Das Token kommt in %n oben aufgeführten Zeile vor.</numerusform>
            <numerusform>Das Token kommt in %n oben aufgeführten Zeilen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was not found.</source>
        <translation>Das Token wurde nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s)</source>
        <translation>
            <numerusform>%n Binärdatei</numerusform>
            <numerusform>%n Binärdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) larger than %1 MiB</source>
        <translation>
            <numerusform>%n Datei größer als %1 MiB</numerusform>
            <numerusform>%n Dateien größer als %1 MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version-control or dependency folder(s)</source>
        <translation>
            <numerusform>%n Versionsverwaltungs- oder Abhängigkeitsordner</numerusform>
            <numerusform>%n Versionsverwaltungs- oder Abhängigkeitsordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read.</source>
        <translation>
            <numerusform>%n Datei oder Ordner konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien oder Ordner konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read:
%1</source>
        <translation>Nicht lesbar:
%1</translation>
    </message>
</context>
<context>
    <name>keyward::UserSuggestionModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::claims::ClaimCatalog</name>
    <message>
        <source>Algorithm: how the token is signed (EdDSA, ES256, RS256 or HS256). &quot;none&quot; means unsigned and is never accepted.</source>
        <translation>Algorithmus: wie das Token signiert ist (EdDSA, ES256, RS256 oder HS256). &quot;none&quot; bedeutet unsigniert und wird nie akzeptiert.</translation>
    </message>
    <message>
        <source>Type of the token, usually &quot;JWT&quot;.</source>
        <translation>Typ des Tokens, meist &quot;JWT&quot;.</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token.</source>
        <translation>Schlüssel-ID: welcher Schlüssel des Ausstellers das Token signiert hat.</translation>
    </message>
    <message>
        <source>Content type of the payload, for nested tokens.</source>
        <translation>Inhaltstyp der Payload, für verschachtelte Token.</translation>
    </message>
    <message>
        <source>Critical extensions: header parameters a verifier must understand, or else refuse the token.</source>
        <translation>Kritische Erweiterungen: Header-Parameter, die ein Prüfer verstehen muss, sonst muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>A URL the issuer names for its keys; never fetched by the inspector.</source>
        <translation>Eine URL, die der Aussteller für seine Schlüssel angibt; wird vom Inspektor nie abgerufen.</translation>
    </message>
    <message>
        <source>A key embedded in the token itself; never trusted: anyone can embed their own key.</source>
        <translation>Ein im Token selbst eingebetteter Schlüssel; ihm wird nie vertraut: Jeder kann seinen eigenen Schlüssel einbetten.</translation>
    </message>
    <message>
        <source>Thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation>Fingerabdruck des X.509-Zertifikats des Unterzeichners.</translation>
    </message>
    <message>
        <source>Issuer: the server that created and signed the token.</source>
        <translation>Aussteller: der Server, der das Token erstellt und signiert hat.</translation>
    </message>
    <message>
        <source>Subject: who or what the token was issued for.</source>
        <translation>Subjekt: für wen oder was das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Audience: the service the token is meant for; others must refuse it.</source>
        <translation>Zielgruppe: der Dienst, für den das Token bestimmt ist; andere müssen es ablehnen.</translation>
    </message>
    <message>
        <source>Expiry: the token is refused from this moment on.</source>
        <translation>Ablauf: Ab diesem Zeitpunkt wird das Token abgelehnt.</translation>
    </message>
    <message>
        <source>Not before: the token is refused before this moment.</source>
        <translation>Nicht vor: Vor diesem Zeitpunkt wird das Token abgelehnt.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Ausgestellt am: wann das Token erstellt wurde.</translation>
    </message>
    <message>
        <source>Token ID: unique per token; revocation lists name tokens by it.</source>
        <translation>Token-ID: eindeutig pro Token; Sperrlisten benennen Token damit.</translation>
    </message>
    <message>
        <source>Organization the token belongs to; an organization token may also publish to every team of it.</source>
        <translation>Organisation, zu der das Token gehört; ein Organisations-Token darf auch in jedem ihrer Teams veröffentlichen.</translation>
    </message>
    <message>
        <source>Team the token belongs to; absent for organization tokens.</source>
        <translation>Team, zu dem das Token gehört; fehlt bei Organisations-Token.</translation>
    </message>
    <message>
        <source>Scopes: what the token may do, e.g. metrics:write to publish and metrics:read to read metrics.</source>
        <translation>Berechtigungen: was das Token darf, z. B. metrics:write zum Veröffentlichen und metrics:read zum Lesen von Metriken.</translation>
    </message>
    <message>
        <source>Labels: on a writing token stamped onto every data point it publishes; on a reading token a filter every query is held to.</source>
        <translation>Labels: bei einem schreibenden Token in jeden veröffentlichten Datenpunkt eingetragen; bei einem lesenden Token ein Filter, an den jede Abfrage gebunden ist.</translation>
    </message>
    <message>
        <source>Attributes: restrictions such as the accepted time window of data points.</source>
        <translation>Attribute: Einschränkungen wie das akzeptierte Zeitfenster von Datenpunkten.</translation>
    </message>
    <message>
        <source>Tenant (Opstrace): the unit of isolation whose data the token may reach.</source>
        <translation>Mandant (Opstrace): die Isolationseinheit, auf deren Daten das Token zugreifen darf.</translation>
    </message>
    <message>
        <source>Client ID (OAuth): the application the token was issued to.</source>
        <translation>Client-ID (OAuth): die Anwendung, für die das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>User ID (OAuth): the user the token acts for.</source>
        <translation>Benutzer-ID (OAuth): der Benutzer, für den das Token handelt.</translation>
    </message>
    <message>
        <source>User name (OAuth) of the user the token acts for.</source>
        <translation>Benutzername (OAuth) des Benutzers, für den das Token handelt.</translation>
    </message>
    <message>
        <source>E-mail address of the user the token acts for.</source>
        <translation>E-Mail-Adresse des Benutzers, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Authorized party (OAuth): the client that asked for the token.</source>
        <translation>Autorisierte Partei (OAuth): der Client, der das Token angefordert hat.</translation>
    </message>
    <message>
        <source>OAuth grant type the token was obtained with, e.g. client_credentials.</source>
        <translation>OAuth-Grant-Typ, mit dem das Token bezogen wurde, z. B. client_credentials.</translation>
    </message>
    <message>
        <source>Identity zone (Cloud Foundry UAA) that issued the token.</source>
        <translation>Identitätszone (Cloud Foundry UAA), die das Token ausgestellt hat.</translation>
    </message>
    <message>
        <source>Identity provider (Cloud Foundry UAA) the user logged in with.</source>
        <translation>Identitätsanbieter (Cloud Foundry UAA), bei dem sich der Benutzer angemeldet hat.</translation>
    </message>
    <message>
        <source>Authorities (Cloud Foundry UAA): the client&apos;s own permissions.</source>
        <translation>Authorities (Cloud Foundry UAA): die eigenen Berechtigungen des Clients.</translation>
    </message>
    <message>
        <source>When the user authenticated.</source>
        <translation>Wann sich der Benutzer authentifiziert hat.</translation>
    </message>
    <message>
        <source>may publish metrics</source>
        <translation>darf Metriken veröffentlichen</translation>
    </message>
    <message>
        <source>may read metrics</source>
        <translation>darf Metriken lesen</translation>
    </message>
    <message>
        <source>may publish metrics matching %1</source>
        <translation>darf Metriken passend zu %1 veröffentlichen</translation>
    </message>
    <message>
        <source>may read metrics matching %1</source>
        <translation>darf Metriken passend zu %1 lesen</translation>
    </message>
    <message>
        <source>may submit usage for every resource (Abacus system scope)</source>
        <translation>darf Nutzung für jede Ressource übermitteln (Abacus-Systemberechtigung)</translation>
    </message>
    <message>
        <source>may read usage of every resource (Abacus system scope)</source>
        <translation>darf Nutzung jeder Ressource lesen (Abacus-Systemberechtigung)</translation>
    </message>
    <message>
        <source>may submit usage for resource %1 (Abacus)</source>
        <translation>darf Nutzung für Ressource %1 übermitteln (Abacus)</translation>
    </message>
    <message>
        <source>may read usage reports of resource %1 (Abacus)</source>
        <translation>darf Nutzungsberichte der Ressource %1 lesen (Abacus)</translation>
    </message>
    <message>
        <source>may read Abacus health and monitoring streams</source>
        <translation>darf Abacus-Zustands- und Überwachungsdaten lesen</translation>
    </message>
    <message>
        <source>not a scope this server knows</source>
        <translation>keine Berechtigung, die dieser Server kennt</translation>
    </message>
    <message>
        <source>oldest accepted data point, in seconds before now</source>
        <translation>ältester akzeptierter Datenpunkt, in Sekunden vor jetzt</translation>
    </message>
    <message>
        <source>latest accepted data point, in seconds after now</source>
        <translation>spätester akzeptierter Datenpunkt, in Sekunden nach jetzt</translation>
    </message>
    <message>
        <source>points outside the window are dropped silently instead of refused</source>
        <translation>Punkte außerhalb des Zeitfensters werden stillschweigend verworfen statt abgelehnt</translation>
    </message>
    <message>
        <source>not an attribute this server knows</source>
        <translation>kein Attribut, das dieser Server kennt</translation>
    </message>
</context>
<context>
    <name>keyward::claims::KeySource</name>
    <message>
        <source>This is a public key, not a shared secret. Using a public key as an HS256 secret would let anyone forge tokens; verify with it as a PEM or JWK key instead.</source>
        <translation>Dies ist ein öffentlicher Schlüssel, kein gemeinsames Geheimnis. Ein öffentlicher Schlüssel als HS256-Geheimnis würde es jedem erlauben, Token zu fälschen; prüfen Sie damit stattdessen als PEM- oder JWK-Schlüssel.</translation>
    </message>
    <message>
        <source>The secret is too short: %1 of at least 32 bytes an HS256 secret needs (RFC 7518, section 3.2).</source>
        <translation>Das Geheimnis ist zu kurz: %1 Byte, ein HS256-Geheimnis benötigt mindestens 32 Byte (RFC 7518, Abschnitt 3.2).</translation>
    </message>
    <message>
        <source>Paste a PEM public key (it starts with &quot;-----BEGIN PUBLIC KEY-----&quot;).</source>
        <translation>Fügen Sie einen öffentlichen PEM-Schlüssel ein (er beginnt mit &quot;-----BEGIN PUBLIC KEY-----&quot;).</translation>
    </message>
    <message>
        <source>This is not PEM text: a PEM key starts with &quot;-----BEGIN PUBLIC KEY-----&quot;.</source>
        <translation>Dies ist kein PEM-Text: Ein PEM-Schlüssel beginnt mit &quot;-----BEGIN PUBLIC KEY-----&quot;.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; paste the public key instead.</source>
        <translation>Der private Schlüssel ist durch eine Passphrase geschützt; fügen Sie stattdessen den öffentlichen Schlüssel ein.</translation>
    </message>
    <message>
        <source>This is a PKCS#1 &quot;RSA PUBLIC KEY&quot;; convert it with &quot;openssl rsa -RSAPublicKey_in -pubout&quot; and paste the result.</source>
        <translation>Dies ist ein PKCS#1-&quot;RSA PUBLIC KEY&quot;; konvertieren Sie ihn mit &quot;openssl rsa -RSAPublicKey_in -pubout&quot; und fügen Sie das Ergebnis ein.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Das Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PEM key cannot be used: %1</source>
        <translation>Der PEM-Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The PEM text holds no public key.</source>
        <translation>Der PEM-Text enthält keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file holds no JSON object; a JWK or a key set {&quot;keys&quot;: […]} is needed.</source>
        <translation>Die Datei enthält kein JSON-Objekt; benötigt wird ein JWK oder ein Schlüsselsatz {&quot;keys&quot;: […]}.</translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not a list.</source>
        <translation>Das Element &quot;keys&quot; des Schlüsselsatzes ist keine Liste.</translation>
    </message>
    <message>
        <source>The key set cannot be used: %1</source>
        <translation>Der Schlüsselsatz kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The key set holds no key of a supported type (OKP, EC, RSA or oct).</source>
        <translation>Der Schlüsselsatz enthält keinen Schlüssel eines unterstützten Typs (OKP, EC, RSA oder oct).</translation>
    </message>
    <message>
        <source>The JSON object is neither a JWK (no &quot;kty&quot;) nor a key set (no &quot;keys&quot;).</source>
        <translation>Das JSON-Objekt ist weder ein JWK (kein &quot;kty&quot;) noch ein Schlüsselsatz (kein &quot;keys&quot;).</translation>
    </message>
    <message>
        <source>The JWK cannot be used: %1</source>
        <translation>Der JWK kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Enter the shared secret the token was signed with.</source>
        <translation>Geben Sie das gemeinsame Geheimnis ein, mit dem das Token signiert wurde.</translation>
    </message>
    <message>
        <source>Enter the shared secret in base64.</source>
        <translation>Geben Sie das gemeinsame Geheimnis in Base64 ein.</translation>
    </message>
    <message>
        <source>The secret is not valid base64 (standard or URL-safe alphabet).</source>
        <translation>Das Geheimnis ist kein gültiges Base64 (Standard- oder URL-sicheres Alphabet).</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>a key set with one key</source>
        <translation>ein Schlüsselsatz mit einem Schlüssel</translation>
    </message>
    <message>
        <source>a key set with %1 keys</source>
        <translation>ein Schlüsselsatz mit %1 Schlüsseln</translation>
    </message>
    <message>
        <source>a PEM %1 key</source>
        <translation>ein PEM-%1-Schlüssel</translation>
    </message>
    <message>
        <source>a JWK %1 key</source>
        <translation>ein JWK-%1-Schlüssel</translation>
    </message>
    <message>
        <source>an HS256 shared secret</source>
        <translation>ein gemeinsames HS256-Geheimnis</translation>
    </message>
    <message>
        <source>no key was given to check the signature</source>
        <translation>es wurde kein Schlüssel zum Prüfen der Signatur angegeben</translation>
    </message>
    <message>
        <source>no key matches the token&apos;s key id</source>
        <translation>kein Schlüssel passt zur Schlüssel-ID des Tokens</translation>
    </message>
    <message>
        <source>the signature does not match: the token was altered or signed with another key</source>
        <translation>die Signatur stimmt nicht überein: Das Token wurde verändert oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <source>the token is unsigned (&quot;alg&quot;: &quot;none&quot;) and must never be accepted</source>
        <translation>das Token ist unsigniert (&quot;alg&quot;: &quot;none&quot;) und darf nie akzeptiert werden</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not one of EdDSA, ES256, RS256 or HS256</source>
        <translation>der Algorithmus des Tokens ist keiner von EdDSA, ES256, RS256 oder HS256</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm does not match the key&apos;s type</source>
        <translation>der Algorithmus des Tokens passt nicht zum Typ des Schlüssels</translation>
    </message>
    <message>
        <source>the token is malformed, so its signature cannot be checked</source>
        <translation>das Token ist fehlerhaft, daher kann seine Signatur nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenInspection</name>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes, more than any real token.</source>
        <translation>Der Wert ist länger als %1 Byte, mehr als jedes echte Token.</translation>
    </message>
    <message>
        <source>The value has five parts: it is an encrypted token (JWE), which only its recipient can read.</source>
        <translation>Der Wert hat fünf Teile: Es ist ein verschlüsseltes Token (JWE), das nur sein Empfänger lesen kann.</translation>
    </message>
    <message>
        <source>The value has %1 dot-separated parts instead of 3.</source>
        <translation>Der Wert hat %1 durch Punkte getrennte Teile statt 3.</translation>
    </message>
    <message>
        <source>The %1 part is empty.</source>
        <translation>Der Teil „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation>Der Teil „%1“ ist kein gültiges base64url (Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, ohne Auffüllung).</translation>
    </message>
    <message>
        <source>The %1 repeats a member name, so different readers would see different values.</source>
        <translation>„%1“ wiederholt einen Elementnamen, daher würden verschiedene Leser verschiedene Werte sehen.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>„%1“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (algorithm) string.</source>
        <translation>Der Header hat keine Zeichenkette &quot;alg&quot; (Algorithmus).</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;kid&quot; (key ID) is not a string.</source>
        <translation>&quot;kid&quot; (Schlüssel-ID) im Header ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The signature part is missing.</source>
        <translation>Der Signaturteil fehlt.</translation>
    </message>
    <message>
        <source>The signature part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation>Der Signaturteil ist kein gültiges base64url (Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, ohne Auffüllung).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>The token contains invisible or control characters (shown as \uXXXX); they can make a value look like another one.</source>
        <translation>Das Token enthält unsichtbare oder Steuerzeichen (als \uXXXX dargestellt); sie können einen Wert wie einen anderen aussehen lassen.</translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation>„%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The token is unsigned (&quot;alg&quot;: &quot;none&quot;): anyone can have written it, and no verifier may accept it.</source>
        <translation>Das Token ist unsigniert (&quot;alg&quot;: &quot;none&quot;): Jeder kann es geschrieben haben, und kein Prüfer darf es akzeptieren.</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (%1) that are not understood here; a verifier must refuse the token.</source>
        <translation>Der Header kennzeichnet Erweiterungen als kritisch (%1), die hier nicht verstanden werden; ein Prüfer muss das Token ablehnen.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a whole number of seconds, so verifiers will refuse the token.</source>
        <translation>Der Claim &quot;%1&quot; ist keine ganze Zahl von Sekunden, daher werden Prüfer das Token ablehnen.</translation>
    </message>
    <message>
        <source>The token never expires: if it leaks, it works until it is revoked.</source>
        <translation>Das Token läuft nie ab: Gelangt es in falsche Hände, funktioniert es, bis es widerrufen wird.</translation>
    </message>
    <message>
        <source>The token expires more than two years from now (%1); consider a shorter lifetime and rotation.</source>
        <translation>Das Token läuft erst in mehr als zwei Jahren ab (%1); erwägen Sie eine kürzere Lebensdauer und Rotation.</translation>
    </message>
    <message>
        <source>The token names no issuer, so it cannot be tied to the active profile&apos;s server (%1).</source>
        <translation>Das Token nennt keinen Aussteller, daher kann es nicht dem Server des aktiven Profils (%1) zugeordnet werden.</translation>
    </message>
    <message>
        <source>This token belongs to another environment: it was issued by %1, the active profile&apos;s server is %2.</source>
        <translation>Dieses Token gehört zu einer anderen Umgebung: Es wurde von %1 ausgestellt, der Server des aktiven Profils ist %2.</translation>
    </message>
    <message>
        <source>Opaque token — this server issues tokens without claims</source>
        <translation>Opakes Token – dieser Server stellt Token ohne Claims aus</translation>
    </message>
    <message>
        <source>Malformed token: %1</source>
        <translation>Fehlerhaftes Token: %1</translation>
    </message>
    <message>
        <source>Signature verified (%1)</source>
        <translation>Signatur geprüft (%1)</translation>
    </message>
    <message>
        <source>Signature verified (%1, key %2)</source>
        <translation>Signatur geprüft (%1, Schlüssel %2)</translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation>Signatur nicht geprüft: %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2)</source>
        <translation>gültig bis %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>not valid before %1 (%2)</source>
        <translation>nicht gültig vor %1 (%2)</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>the expiry or start time cannot be read</source>
        <translation>die Ablauf- oder Startzeit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenSummary</name>
    <message>
        <source>Opaque token, revoked: this server issues tokens without claims, so what it allows is known only to the server.</source>
        <translation>Opakes Token, widerrufen: Dieser Server stellt Token ohne Claims aus, daher weiß nur der Server, was es erlaubt.</translation>
    </message>
    <message>
        <source>Opaque token: this server issues tokens without claims, so what it allows and until when is known only to the server.</source>
        <translation>Opakes Token: Dieser Server stellt Token ohne Claims aus, daher weiß nur der Server, was es erlaubt und bis wann.</translation>
    </message>
    <message>
        <source>Not a readable token. %1</source>
        <translation>Kein lesbares Token. %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 with scopes %2</source>
        <translation>%1 mit den Berechtigungen %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, but revoked</source>
        <translation>%1, aber widerrufen</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>publishes and reads metrics</source>
        <translation>veröffentlicht und liest Metriken</translation>
    </message>
    <message>
        <source>publishes metrics%1 and reads metrics%2</source>
        <translation>veröffentlicht Metriken%1 und liest Metriken%2</translation>
    </message>
    <message>
        <source> matching %1</source>
        <translation> passend zu %1</translation>
    </message>
    <message>
        <source>publishes metrics</source>
        <translation>veröffentlicht Metriken</translation>
    </message>
    <message>
        <source>publishes metrics matching %1</source>
        <translation>veröffentlicht Metriken passend zu %1</translation>
    </message>
    <message>
        <source>reads metrics</source>
        <translation>liest Metriken</translation>
    </message>
    <message>
        <source>reads metrics matching %1</source>
        <translation>liest Metriken passend zu %1</translation>
    </message>
    <message>
        <source>grants no known rights</source>
        <translation>gewährt keine bekannten Rechte</translation>
    </message>
    <message>
        <source>organization %1 and its teams</source>
        <translation>Organisation %1 und ihre Teams</translation>
    </message>
    <message>
        <source>team %1 of %2</source>
        <translation>Team %1 von %2</translation>
    </message>
    <message>
        <source>token for tenant %1</source>
        <translation>Token für Mandant %1</translation>
    </message>
    <message>
        <source>token for client %1</source>
        <translation>Token für Client %1</translation>
    </message>
    <message>
        <source>token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 from an unnamed issuer</source>
        <translation>%1 von einem unbenannten Aussteller</translation>
    </message>
    <message>
        <source>%1 issued by %2</source>
        <translation>%1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until %1 (expired %2)</source>
        <translation>bis %1 (abgelaufen %2)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1 and never expires</source>
        <translation>ab %1 und läuft nie ab</translation>
    </message>
    <message>
        <source>with an unreadable expiry or start time</source>
        <translation>mit unlesbarer Ablauf- oder Startzeit</translation>
    </message>
    <message>
        <source>and never expires</source>
        <translation>und läuft nie ab</translation>
    </message>
    <message>
        <source>signature verified (%1)</source>
        <translation>Signatur geprüft (%1)</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>signature not verified: %1</source>
        <translation>Signatur nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer organizations, teams, members and publishing tokens on a Keyward server.</source>
        <translation>Organisationen, Teams, Mitglieder und Veröffentlichungs-Token auf einem Keyward-Server verwalten.</translation>
    </message>
    <message>
        <source>The email address of your account.</source>
        <translation>Die E-Mail-Adresse Ihres Kontos.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Open the connection profile with this name instead of the last one used.</source>
        <translation>Das Verbindungsprofil mit diesem Namen statt des zuletzt verwendeten öffnen.</translation>
    </message>
    <message>
        <source>Log in to this server (uses its profile, or creates one after the first login).</source>
        <translation>Bei diesem Server anmelden (verwendet sein Profil oder legt nach der ersten Anmeldung eines an).</translation>
    </message>
    <message>
        <source>Log in at start with the given server or profile, email and password.</source>
        <translation>Beim Start mit dem angegebenen Server oder Profil, der E-Mail-Adresse und dem Passwort anmelden.</translation>
    </message>
    <message>
        <source>There are no settings to reset (%1 does not exist).</source>
        <translation>Es gibt keine Einstellungen zum Zurücksetzen (%1 existiert nicht).</translation>
    </message>
    <message>
        <source>This deletes %1: every connection profile and preference. Passwords and sessions in the system keychain are kept.</source>
        <translation>Dadurch wird %1 gelöscht: alle Verbindungsprofile und Einstellungen. Passwörter und Sitzungen im Schlüsselbund des Systems bleiben erhalten.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Geben Sie „ja“ ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>--inspect reads the token from standard input, which was empty.</source>
        <translation>--inspect liest das Token von der Standardeingabe, die aber leer war.</translation>
    </message>
    <message>
        <source>Read a token (JWT) from standard input and open the token inspector on it, without logging in.</source>
        <translation>Ein Token (JWT) von der Standardeingabe lesen und ohne Anmeldung im Token-Inspektor öffnen.</translation>
    </message>
    <message>
        <source>Delete the settings file (%1): connection profiles and preferences. Asks for confirmation unless --yes is given. Passwords and sessions in the system keychain are not touched.</source>
        <translation>Die Einstellungsdatei (%1) löschen: Verbindungsprofile und Einstellungen. Fragt nach einer Bestätigung, sofern nicht --yes angegeben ist. Passwörter und Sitzungen im Schlüsselbund des Systems bleiben unberührt.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (--reset-settings).</source>
        <translation>Nicht nach einer Bestätigung fragen (--reset-settings).</translation>
    </message>
    <message>
        <source>Use this language for this run, for example de, fr or en, instead of the one chosen in Preferences (by default the system&apos;s).</source>
        <translation>Diese Sprache für diesen Programmlauf verwenden, zum Beispiel de, fr oder en, statt der in den Einstellungen gewählten (standardmäßig die des Systems).</translation>
    </message>
</context>
</TS>
