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
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation>https://keyward.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>C&amp;onnexion :</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>Mémo&amp;riser le mot de passe</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain, so Keyward can log you in again when your session ends. It is never written to Keyward&apos;s settings.</source>
        <translation>Conserver le mot de passe dans le trousseau du système, afin que Keyward puisse vous reconnecter à la fin de votre session. Il n’est jamais écrit dans les paramètres de Keyward.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>keyward</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Hollow: rotation due (policy)</source>
        <translation>Marqueur vide : rotation requise (politique)</translation>
    </message>
</context>
<context>
    <name>keyward::AddMemberDialog</name>
    <message>
        <source>Add Member to Team %1</source>
        <translation>Ajouter un membre à l’équipe %1</translation>
    </message>
    <message>
        <source>Add Member to %1</source>
        <translation>Ajouter un membre à %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com, or type a name to search</source>
        <translation>nom@example.com, ou saisissez un nom pour rechercher</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>If nobody has an account with this email yet, Keyward sends an invitation; they join when they register.</source>
        <translation>Si personne n’a encore de compte avec cette adresse e-mail, Keyward envoie une invitation ; la personne rejoint l’équipe lors de son inscription.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Searching users failed: %1</source>
        <translation>La recherche d’utilisateurs a échoué : %1</translation>
    </message>
    <message>
        <source>Type an email address, or part of a name to find a user.</source>
        <translation>Saisissez une adresse e-mail, ou une partie d’un nom pour trouver un utilisateur.</translation>
    </message>
    <message>
        <source>Pick a suggestion, or type a complete email address.</source>
        <translation>Choisissez une suggestion, ou saisissez une adresse e-mail complète.</translation>
    </message>
    <message>
        <source>Enter a complete email address, like jane@example.com.</source>
        <translation>Saisissez une adresse e-mail complète, par exemple jeanne@example.com.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 est déjà membre de %2.</translation>
    </message>
</context>
<context>
    <name>keyward::AppController</name>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>Il n’existe aucun profil de connexion nommé « %1 ».</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconnexion à %1…</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Adresse distante</translation>
    </message>
</context>
<context>
    <name>keyward::AuditPanel</name>
    <message>
        <source>Load All</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Nombre d’événements</translation>
    </message>
    <message>
        <source>The server offers no filters: they apply to the loaded events. Use Load All to search the whole trail.</source>
        <translation>Le serveur ne propose aucun filtre : ils s’appliquent aux événements chargés. Utilisez Tout charger pour rechercher dans toute la piste d’audit.</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Load all events</source>
        <translation>Charger tous les événements</translation>
    </message>
    <message>
        <source>Keeps loading older events until the whole trail is loaded.</source>
        <translation>Continue de charger les événements plus anciens jusqu’à ce que toute la piste d’audit soit chargée.</translation>
    </message>
    <message>
        <source>Export the shown events as CSV</source>
        <translation>Exporter les événements affichés en CSV</translation>
    </message>
    <message>
        <source>Export the shown events as JSON</source>
        <translation>Exporter les événements affichés en JSON</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>This server keeps no audit trail. Keyward&apos;s own change journal records what you change from this app.</source>
        <translation>Ce serveur ne conserve aucune piste d’audit. Le journal des modifications de Keyward enregistre ce que vous modifiez depuis cette application.</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par acteur</translation>
    </message>
    <message>
        <source>Actor (email or token)</source>
        <translation>Acteur (e-mail ou jeton)</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation>Filtrer par cible</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>La cible contient</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>%1: any time</source>
        <translation>%1 : toute date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>Chargement de la piste d’audit…</translation>
    </message>
    <message>
        <source>Loading older events…</source>
        <translation>Chargement des événements plus anciens…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events (server has %3)</source>
        <translation>%1 événements affichés sur %2 chargés (le serveur en a %3)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded events</source>
        <translation>%1 événements affichés sur %2 chargés</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>All %1 audit events loaded.</source>
        <translation>Les %1 événements d’audit sont chargés.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export Audit Events as JSON</source>
        <translation>Exporter les événements d’audit en JSON</translation>
    </message>
    <message>
        <source>Export Audit Events as CSV</source>
        <translation>Exporter les événements d’audit en CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>%n événement d’audit exporté vers %1.</numerusform>
            <numerusform>%n événements d’audit exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Event %1</source>
        <translation>Événement d’audit %1</translation>
    </message>
    <message>
        <source>Audit event as JSON</source>
        <translation>Événement d’audit en JSON</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n audit event(s) as JSON.</source>
        <translation>
            <numerusform>%n événement d’audit copié en JSON.</numerusform>
            <numerusform>%n événements d’audit copiés en JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ChangeJournal</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>its “hash” or “prev” is not a SHA-256 in hex</source>
        <translation>son « hash » ou son « prev » n’est pas un SHA-256 en hexadécimal</translation>
    </message>
    <message>
        <source>The journal folder %1 could not be created.</source>
        <translation>Le dossier du journal %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The journal folder %1 is not a folder.</source>
        <translation>Le dossier du journal %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The journal folder %1 could not be made private.</source>
        <translation>Le dossier du journal %1 n’a pas pu être rendu privé.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another Keyward; the change was not recorded.</source>
        <translation>Le journal %1 est verrouillé par une autre instance de Keyward ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Le journal %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation>Le journal %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The journal %1 ends with an incomplete line that could not be removed.</source>
        <translation>Le journal %1 se termine par une ligne incomplète qui n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The last line of the journal %1 is damaged, so the change cannot be chained to it; verify the journal.</source>
        <translation>La dernière ligne du journal %1 est endommagée : la modification ne peut pas y être chaînée ; vérifiez le journal.</translation>
    </message>
    <message>
        <source>The change could not be written to the journal %1: %2</source>
        <translation>La modification n’a pas pu être écrite dans le journal %1 : %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The last line (%1) is incomplete, probably because Keyward stopped while writing it; the entries before it are intact.</source>
        <translation>La dernière ligne (%1) est incomplète, probablement parce que Keyward s’est arrêté pendant son écriture ; les entrées précédentes sont intactes.</translation>
    </message>
    <message>
        <source>Line %1 is not a journal entry: %2.</source>
        <translation>La ligne %1 n’est pas une entrée du journal : %2.</translation>
    </message>
    <message>
        <source>Line %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>La ligne %1 a été modifiée après son écriture : son contenu ne correspond plus à son hash.</translation>
    </message>
    <message>
        <source>Line %1 belongs to another profile (%2); it was copied in from another journal.</source>
        <translation>La ligne %1 appartient à un autre profil (%2) ; elle a été copiée depuis un autre journal.</translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 where entry %3 was expected, and entry %3 comes later: entries were reordered.</source>
        <translation>La ligne %1 contient l’entrée %2 alors que l’entrée %3 était attendue, et l’entrée %3 vient plus loin : des entrées ont été réordonnées.</translation>
    </message>
    <message>
        <source>Entry %1 is missing before line %2: it was removed.</source>
        <translation>L’entrée %1 manque avant la ligne %2 : elle a été supprimée.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing before line %3: they were removed.</source>
        <translation>Les entrées %1 à %2 manquent avant la ligne %3 : elles ont été supprimées.</translation>
    </message>
    <message>
        <source>Line %1 holds entry %2 again, after entry %3: entries were duplicated or reordered.</source>
        <translation>La ligne %1 contient de nouveau l’entrée %2, après l’entrée %3 : des entrées ont été dupliquées ou réordonnées.</translation>
    </message>
    <message>
        <source>Line %1 does not continue the chain from the line before it: an entry before it was replaced or removed.</source>
        <translation>La ligne %1 ne prolonge pas la chaîne de la ligne précédente : une entrée antérieure a été remplacée ou supprimée.</translation>
    </message>
</context>
<context>
    <name>keyward::ChangeRecorder</name>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>Le journal des modifications n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffModel</name>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>%1 (header)</source>
        <translation>%1 (en-tête)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsDiffView</name>
    <message>
        <source>Claims compared</source>
        <translation>Revendications comparées</translation>
    </message>
    <message>
        <source>Show &amp;unchanged claims</source>
        <translation>Afficher les revendications &amp;inchangées</translation>
    </message>
    <message>
        <source>Show unchanged claims</source>
        <translation>Afficher les revendications inchangées</translation>
    </message>
    <message>
        <source>Claim differences</source>
        <translation>Différences de revendications</translation>
    </message>
    <message>
        <source>No claims changed</source>
        <translation>Aucune revendication modifiée</translation>
    </message>
    <message>
        <source>1 claim changed</source>
        <translation>1 revendication modifiée</translation>
    </message>
    <message>
        <source>%1 claims changed</source>
        <translation>%1 revendications modifiées</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsTableModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim Keyward knows.</source>
        <translation>« %1 » n’est pas une revendication connue de Keyward.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
</context>
<context>
    <name>keyward::ClaimsView</name>
    <message>
        <source>Token claims</source>
        <translation>Revendications du jeton</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Raw header and payload JSON</source>
        <translation>JSON brut de l’en-tête et de la charge utile</translation>
    </message>
    <message>
        <source>Claims and raw JSON</source>
        <translation>Revendications et JSON brut</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Signature NOT verified: %1</source>
        <translation>Signature NON vérifiée : %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Token status: %1</source>
        <translation>État du jeton : %1</translation>
    </message>
    <message>
        <source>No token selected</source>
        <translation>Aucun jeton sélectionné</translation>
    </message>
</context>
<context>
    <name>keyward::ConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Nom à confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>This is a production environment: the change affects live systems.</source>
        <translation>Ceci est un environnement de production : la modification affecte des systèmes en service.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyAsDialog</name>
    <message>
        <source>&amp;Show value</source>
        <translation>&amp;Afficher la valeur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>Copy token “%1” as</source>
        <translation>Copier le jeton « %1 » en tant que</translation>
    </message>
    <message>
        <source>Pick a format. The value is hidden in the preview; the copied text contains it and is removed from the clipboard after a while.</source>
        <translation>Choisissez un format. La valeur est masquée dans l’aperçu ; le texte copié la contient et est effacé du presse-papiers au bout d’un moment.</translation>
    </message>
    <message>
        <source>The server did not send this token&apos;s value: it shows values only once, when a token is created or rotated. Rotate the token to get a new value to copy.</source>
        <translation>Le serveur n’a pas envoyé la valeur de ce jeton : il n’affiche les valeurs qu’une seule fois, à la création ou à la rotation d’un jeton. Effectuez la rotation du jeton pour obtenir une nouvelle valeur à copier.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show value in the preview</source>
        <translation>Afficher la valeur dans l’aperçu</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Manage templates</source>
        <translation>Gérer les modèles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été effacé.</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>The token value is hidden; tick “Show value” to see it.</source>
        <translation>La valeur du jeton est masquée ; cochez « Afficher la valeur » pour la voir.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is not cleared automatically.</source>
        <translation>Copié — le presse-papiers n’est pas effacé automatiquement.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>Copié — le presse-papiers sera effacé dans %1 s</translation>
    </message>
    <message>
        <source>copy as: %1</source>
        <translation>copier en tant que : %1</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplate</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>{%1} is not a known placeholder; use one of %2.</source>
        <translation>{%1} n’est pas un paramètre fictif connu ; utilisez l’un des suivants : %2.</translation>
    </message>
    <message>
        <source>“%1” after {%2| is not a known quoting; use one of %3.</source>
        <translation>« %1 » après {%2| n’est pas un mode de citation connu ; utilisez l’un des suivants : %3.</translation>
    </message>
    <message>
        <source>The template never inserts the token; add {token} where it belongs.</source>
        <translation>Le modèle n’insère jamais le jeton ; ajoutez {token} à l’endroit voulu.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplateEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Copy templates</source>
        <translation>Modèles de copie</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Langage du modèle</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders: %1. Add |quoting to choose how a value is quoted, e.g. {token|shell}; quotings: %2. Without it, the template&apos;s language decides. Write {{ for a literal {.</source>
        <translation>Paramètres fictifs : %1. Ajoutez |citation pour choisir comment une valeur est citée, par exemple {token|shell} ; modes de citation : %2. Sans cela, le langage du modèle décide. Écrivez {{ pour obtenir un { littéral.</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Enregistrer les modèles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langage :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Another template needs attention before you can save.</source>
        <translation>Un autre modèle doit être corrigé avant de pouvoir enregistrer.</translation>
    </message>
    <message>
        <source>The template is valid.</source>
        <translation>Le modèle est valide.</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Corrigez d’abord les problèmes indiqués.</translation>
    </message>
</context>
<context>
    <name>keyward::CopyTemplates</name>
    <message>
        <source>Raw value</source>
        <translation>Valeur brute</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>En-tête Authorization</translation>
    </message>
    <message>
        <source>curl publish command</source>
        <translation>Commande curl de publication</translation>
    </message>
    <message>
        <source>.env line</source>
        <translation>Ligne .env</translation>
    </message>
    <message>
        <source>Shell export</source>
        <translation>Export shell</translation>
    </message>
    <message>
        <source>systemd EnvironmentFile line</source>
        <translation>Ligne EnvironmentFile systemd</translation>
    </message>
    <message>
        <source>Docker Compose environment entry</source>
        <translation>Entrée environment Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes Secret</source>
        <translation>Secret Kubernetes</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Another template is already called “%1”.</source>
        <translation>Un autre modèle s’appelle déjà « %1 ».</translation>
    </message>
</context>
<context>
    <name>keyward::CreateTokenDialog</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Supprimer la ligne sélectionnée de %1</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>Nouveau jeton pour %1</translation>
    </message>
    <message>
        <source>Applications present this token to publish data to team %1. Its value is shown once, right after it is created.</source>
        <translation>Les applications présentent ce jeton pour publier des données dans l’équipe %1. Sa valeur n’est affichée qu’une fois, juste après sa création.</translation>
    </message>
    <message>
        <source>Applications present this token to publish data to organization %1 and its teams. Its value is shown once, right after it is created.</source>
        <translation>Les applications présentent ce jeton pour publier des données dans l’organisation %1 et ses équipes. Sa valeur n’est affichée qu’une fois, juste après sa création.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What uses it, e.g. billing service in production</source>
        <translation>Ce qui l’utilise, par exemple le service de facturation en production</translation>
    </message>
    <message>
        <source>Required. Helps you recognise the token later; applications never see it.</source>
        <translation>Obligatoire. Vous aide à reconnaître le jeton plus tard ; les applications ne la voient jamais.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>Dans 7 jours</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Dans 30 jours</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>Dans 90 jours</translation>
    </message>
    <message>
        <source>In 1 year</source>
        <translation>Dans 1 an</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>A token that never expires stays valid until revoked.</source>
        <translation>Un jeton qui n’expire jamais reste valide jusqu’à sa révocation.</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Publish data points to this team.</source>
        <translation>Publier des points de données dans cette équipe.</translation>
    </message>
    <message>
        <source>Publish data points to this organization and any of its teams.</source>
        <translation>Publier des points de données dans cette organisation et dans n’importe laquelle de ses équipes.</translation>
    </message>
    <message>
        <source>Read metrics with the token instead of a user&apos;s login.</source>
        <translation>Lire les métriques avec le jeton au lieu de la connexion d’un utilisateur.</translation>
    </message>
    <message>
        <source>Read this team&apos;s metrics with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation>Lire les métriques de cette équipe avec le jeton au lieu de la connexion d’un utilisateur ; les libellés du jeton restreignent chaque requête.</translation>
    </message>
    <message>
        <source>Read the metrics of this organization and its teams with the token instead of a user&apos;s login; the token&apos;s labels narrow every query.</source>
        <translation>Lire les métriques de cette organisation et de ses équipes avec le jeton au lieu de la connexion d’un utilisateur ; les libellés du jeton restreignent chaque requête.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <source>Labels are attached to every point published with this token, replacing the publisher&apos;s tags of the same name; with metrics:read they filter every query.</source>
        <translation>Les libellés sont attachés à chaque point publié avec ce jeton et remplacent les étiquettes de l’éditeur portant le même nom ; avec metrics:read, ils filtrent chaque requête.</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Libellés :</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attributes restrict what the server accepts: max_past and max_future (seconds) refuse points whose timestamp lies further in the past or future; drop_out_of_window = true drops such points silently instead.</source>
        <translation>Les attributs restreignent ce que le serveur accepte : max_past et max_future (en secondes) refusent les points dont l’horodatage est plus éloigné dans le passé ou le futur ; drop_out_of_window = true ignore ces points silencieusement à la place.</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attributs :</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>Enter a description first.</source>
        <translation>Saisissez d’abord une description.</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Saisissez une description.</translation>
    </message>
    <message>
        <source>Choose an expiry date in the future.</source>
        <translation>Choisissez une date d’expiration dans le futur.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without one can do nothing.</source>
        <translation>Choisissez au moins une portée : un jeton sans portée ne peut rien faire.</translation>
    </message>
    <message>
        <source>Label “%1”: use 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; as its key.</source>
        <translation>Libellé « %1 » : utilisez comme clé 1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Label “%1” needs a value of 1 to 128 characters.</source>
        <translation>Le libellé « %1 » nécessite une valeur de 1 à 128 caractères.</translation>
    </message>
    <message>
        <source>The label “%1” is listed twice.</source>
        <translation>Le libellé « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The attribute “%1” is listed twice.</source>
        <translation>L’attribut « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The attribute “%1” takes a number of seconds (0 or more).</source>
        <translation>L’attribut « %1 » attend un nombre de secondes (0 ou plus).</translation>
    </message>
    <message>
        <source>The attribute drop_out_of_window takes true or false.</source>
        <translation>L’attribut drop_out_of_window attend true ou false.</translation>
    </message>
    <message>
        <source>“%1” is not an attribute the server knows; use max_past, max_future or drop_out_of_window.</source>
        <translation>« %1 » n’est pas un attribut connu du serveur ; utilisez max_past, max_future ou drop_out_of_window.</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Création du jeton…</translation>
    </message>
</context>
<context>
    <name>keyward::CredentialStore</name>
    <message>
        <source>Keyward needs a server address and an account to store or look up a secret in the keychain.</source>
        <translation>Keyward a besoin d’une adresse de serveur et d’un compte pour enregistrer ou rechercher un secret dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Le trousseau ne contient pas ce secret.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example in your desktop&apos;s password manager) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple dans le gestionnaire de mots de passe de votre bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Keyward was denied access to the keychain. Allow Keyward to use it in your desktop&apos;s password manager and try again.</source>
        <translation>L’accès au trousseau a été refusé à Keyward. Autorisez Keyward à l’utiliser dans le gestionnaire de mots de passe de votre bureau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Le trousseau a signalé un problème : %1</translation>
    </message>
    <message>
        <source>No keychain service is available, so Keyward cannot store or read secrets. Start your desktop&apos;s keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun service de trousseau n’est disponible : Keyward ne peut donc ni enregistrer ni lire de secrets. Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>This secret is longer than %1 bytes, more than every supported keychain can hold, so it was not stored.</source>
        <translation>Ce secret dépasse %1 octets, plus que ce que peuvent contenir tous les trousseaux pris en charge : il n’a donc pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>keyward::Environment</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>keyward::EnvironmentBadge</name>
    <message>
        <source>Environment: none</source>
        <translation>Environnement : aucun</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>%1 environment: %2 (%3)</source>
        <translation>Environnement %1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryAggregator</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not signed in: open this profile to include its tokens</source>
        <translation>Non connecté : ouvrez ce profil pour inclure ses jetons</translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Plain CAVE server: read 1 team one by one</source>
        <translation>Serveur CAVE standard : lecture de 1 équipe, une par une</translation>
    </message>
    <message>
        <source>Plain CAVE server: read %1 teams one by one</source>
        <translation>Serveur CAVE standard : lecture de %1 équipes, une par une</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCollector</name>
    <message>
        <source>Token list</source>
        <translation>Liste des jetons</translation>
    </message>
    <message>
        <source>Token list from entry %1</source>
        <translation>Liste des jetons à partir de l’entrée %1</translation>
    </message>
    <message>
        <source>Could not read the token list from entry %1 on.</source>
        <translation>Impossible de lire la liste des jetons à partir de l’entrée %1.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Teams of %1</source>
        <translation>Équipes de %1</translation>
    </message>
    <message>
        <source>Could not list the teams of “%1”.</source>
        <translation>Impossible de lister les équipes de « %1 ».</translation>
    </message>
    <message>
        <source>Your teams in %1</source>
        <translation>Vos équipes dans %1</translation>
    </message>
    <message>
        <source>Could not list your teams in “%1”.</source>
        <translation>Impossible de lister vos équipes dans « %1 ».</translation>
    </message>
    <message>
        <source>Tokens of %1/%2</source>
        <translation>Jetons de %1/%2</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>Jetons de %1</translation>
    </message>
    <message>
        <source>Could not read the tokens of team “%1/%2”.</source>
        <translation>Impossible de lire les jetons de l’équipe « %1/%2 ».</translation>
    </message>
    <message>
        <source>Could not read the tokens of organization “%1”.</source>
        <translation>Impossible de lire les jetons de l’organisation « %1 ».</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryCoordinator</name>
    <message>
        <source>To open %1, switch to this profile (Keyward → Switch Profile…).</source>
        <translation>Pour ouvrir %1, passez à ce profil (Keyward → Changer de profil…).</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryExport</name>
    <message>
        <source>Token “%1” of %2 expires</source>
        <translation>Le jeton « %1 » de %2 expire</translation>
    </message>
    <message>
        <source>The publishing token “%1” (id %2) of %3 on %4 (%5) stops working at this time. Rotate it before then.</source>
        <translation>Le jeton de publication « %1 » (id %2) de %3 sur %4 (%5) cesse de fonctionner à ce moment. Effectuez sa rotation avant.</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Profile “%1” on %2</source>
        <translation>Profil « %1 » sur %2</translation>
    </message>
    <message>
        <source>An organization token</source>
        <translation>Un jeton d’organisation</translation>
    </message>
    <message>
        <source>This token has no expiry.</source>
        <translation>Ce jeton n’a pas d’expiration.</translation>
    </message>
    <message>
        <source>Not used since it was created, or the server does not record use.</source>
        <translation>Non utilisé depuis sa création, ou le serveur n’enregistre pas l’utilisation.</translation>
    </message>
    <message>
        <source>This token never expires and no rotation policy applies to it.</source>
        <translation>Ce jeton n’expire jamais et aucune politique de rotation ne s’y applique.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
    <message>
        <source>No expiry; the rotation policy (%1 from creation) makes it due on %2. The server still accepts it after that.</source>
        <translation>Pas d’expiration ; la politique de rotation (%1 à partir de la création) fixe sa rotation au %2. Le serveur l’accepte encore après cette date.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryPage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source>Expired or rotation overdue</source>
        <translation>Expirés ou rotation en retard</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Without an expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Unused for more than</source>
        <translation>Inutilisés depuis plus de</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Inutilisés depuis plus de ce nombre de jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Tokens last used longer ago than this, or never used</source>
        <translation>Jetons utilisés pour la dernière fois il y a plus longtemps, ou jamais utilisés</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>Search profile, organization, team, description or id</source>
        <translation>Rechercher un profil, une organisation, une équipe, une description ou un id</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the expiry review</source>
        <translation>Actualiser la revue des expirations</translation>
    </message>
    <message>
        <source>Read every signed-in profile&apos;s tokens again</source>
        <translation>Relire les jetons de chaque profil connecté</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotation…</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Effectuer la rotation du jeton sélectionné</translation>
    </message>
    <message>
        <source>Rotation Policies…</source>
        <translation>Politiques de rotation…</translation>
    </message>
    <message>
        <source>Edit rotation policies</source>
        <translation>Modifier les politiques de rotation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the shown tokens as CSV</source>
        <translation>Exporter les jetons affichés en CSV</translation>
    </message>
    <message>
        <source>Writes the tokens shown, as filtered, to a CSV file</source>
        <translation>Écrit les jetons affichés, tels que filtrés, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Calendar reminder, days before the expiry</source>
        <translation>Rappel de calendrier, en jours avant l’expiration</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source>When the calendar reminds you of each expiry</source>
        <translation>Quand le calendrier vous rappelle chaque expiration</translation>
    </message>
    <message>
        <source>Export Calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Export the shown expiries as a calendar</source>
        <translation>Exporter les expirations affichées sous forme de calendrier</translation>
    </message>
    <message>
        <source>Writes an iCalendar file with one event per expiry of the tokens shown</source>
        <translation>Écrit un fichier iCalendar avec un événement par expiration des jetons affichés</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation>Progression de la collecte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel collecting tokens</source>
        <translation>Annuler la collecte des jetons</translation>
    </message>
    <message>
        <source>Tokens by expiry</source>
        <translation>Jetons par expiration</translation>
    </message>
    <message>
        <source>Every token you administer, across every signed-in profile, most urgent first. Tokens without an expiry are shown as due when a rotation policy applies to them.</source>
        <translation>Tous les jetons que vous administrez, dans tous les profils connectés, les plus urgents en premier. Les jetons sans expiration sont affichés comme à renouveler lorsqu’une politique de rotation s’y applique.</translation>
    </message>
    <message>
        <source>%1 of 1 token</source>
        <translation>%1 jeton sur 1</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 jetons sur %2</translation>
    </message>
    <message>
        <source>Available once a profile&apos;s tokens are loaded</source>
        <translation>Disponible une fois les jetons d’un profil chargés</translation>
    </message>
    <message>
        <source>Rotation intervals for tokens without an expiry</source>
        <translation>Intervalles de rotation des jetons sans expiration</translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation>Sélectionnez un jeton pour effectuer sa rotation</translation>
    </message>
    <message>
        <source>Create a successor for the selected token and retire it</source>
        <translation>Créer un successeur pour le jeton sélectionné et le retirer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exported 1 token to %1</source>
        <translation>1 jeton exporté vers %1</translation>
    </message>
    <message>
        <source>Exported %1 tokens to %2</source>
        <translation>%1 jetons exportés vers %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>keyward::ExpiryReviewWindow</name>
    <message>
        <source>Expiry Review — Keyward</source>
        <translation>Revue des expirations — Keyward</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Timeline range</source>
        <translation>Période de la chronologie</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>90 prochains jours</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Année à venir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
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
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Rotation overdue</source>
        <translation>Rotation en retard</translation>
    </message>
    <message>
        <source>Expires within 7 days</source>
        <translation>Expire sous 7 jours</translation>
    </message>
    <message>
        <source>Rotation due within 7 days</source>
        <translation>Rotation à faire sous 7 jours</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>Expire sous 30 jours</translation>
    </message>
    <message>
        <source>Rotation due within 30 days</source>
        <translation>Rotation à faire sous 30 jours</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Rotation due later</source>
        <translation>Rotation à faire plus tard</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
</context>
<context>
    <name>keyward::ExpirySummaryBar</name>
    <message>
        <source>Review Expiries…</source>
        <translation>Revoir les expirations…</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>Résumé des expirations</translation>
    </message>
    <message>
        <source>Review expiries</source>
        <translation>Revoir les expirations</translation>
    </message>
    <message>
        <source>Dismiss the expiry summary</source>
        <translation>Masquer le résumé des expirations</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>keyward::InlineStatus</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>keyward::InspectorDialog</name>
    <message>
        <source>Inspect Token</source>
        <translation>Inspecter un jeton</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Open PEM Key</source>
        <translation>Ouvrir une clé PEM</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key *.pub *.crt);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key *.pub *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open JWK or JWKS File</source>
        <translation>Ouvrir un fichier JWK ou JWKS</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwk *.jwks);;All files (*)</source>
        <translation>Fichiers JSON (*.json *.jwk *.jwks);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Paste a JSON Web Token to decode and verify it. Nothing you paste here leaves this computer.</source>
        <translation>Collez un JSON Web Token pour le décoder et le vérifier. Rien de ce que vous collez ici ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Jeton à inspecter</translation>
    </message>
    <message>
        <source>Paste a token (eyJ…); a &quot;Bearer &quot; prefix is ignored</source>
        <translation>Collez un jeton (eyJ…) ; un préfixe « Bearer » est ignoré</translation>
    </message>
    <message>
        <source>Verify the signature with</source>
        <translation>Vérifier la signature avec</translation>
    </message>
    <message>
        <source>No verification</source>
        <translation>Aucune vérification</translation>
    </message>
    <message>
        <source>This server&apos;s published keys (JWKS)</source>
        <translation>Les clés publiées par ce serveur (JWKS)</translation>
    </message>
    <message>
        <source>PEM public key</source>
        <translation>Clé publique PEM</translation>
    </message>
    <message>
        <source>JWK or JWKS file</source>
        <translation>Fichier JWK ou JWKS</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secret HMAC</translation>
    </message>
    <message>
        <source>No server profile is active, so there are no published keys to fetch. Connect to a server first.</source>
        <translation>Aucun profil de serveur n’est actif : il n’y a donc aucune clé publiée à récupérer. Connectez-vous d’abord à un serveur.</translation>
    </message>
    <message>
        <source>&amp;Verify with:</source>
        <translation>&amp;Vérifier avec :</translation>
    </message>
    <message>
        <source>The keys are fetched once from the active server&apos;s /.well-known/jwks.json, anonymously. The token itself is not sent.</source>
        <translation>Les clés sont récupérées une seule fois, anonymement, depuis /.well-known/jwks.json sur le serveur actif. Le jeton lui-même n’est pas envoyé.</translation>
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
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a PEM key file</source>
        <translation>Ouvrir un fichier de clé PEM</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose a JWK or JWKS file</source>
        <translation>Choisir un fichier JWK ou JWKS</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Shared secret (at least 32 bytes)</source>
        <translation>Secret partagé (au moins 32 octets)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>The secret is &amp;base64</source>
        <translation>Le secret est en &amp;base64</translation>
    </message>
    <message>
        <source>The secret is base64</source>
        <translation>Le secret est en base64</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Warnings about the token</source>
        <translation>Avertissements concernant le jeton</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Jeton décodé</translation>
    </message>
    <message>
        <source>Close the inspector</source>
        <translation>Fermer l’inspecteur</translation>
    </message>
    <message>
        <source>Fetching this server&apos;s published keys…</source>
        <translation>Récupération des clés publiées par ce serveur…</translation>
    </message>
    <message>
        <source>Verifying with %1.</source>
        <translation>Vérification avec %1.</translation>
    </message>
    <message>
        <source>Serious problem</source>
        <translation>Problème grave</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
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
        <translation>Ce jeton a été émis par %1 ; vous n’êtes connecté à aucun serveur.</translation>
    </message>
    <message>
        <source>This token was issued by %1, not by the server you are connected to.</source>
        <translation>Ce jeton a été émis par %1, et non par le serveur auquel vous êtes connecté.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>keyward::JournalDialog</name>
    <message>
        <source>&amp;Verify Journal</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Change Journal — %1</source>
        <translation>Journal des modifications — %1</translation>
    </message>
    <message>
        <source>Every change made from Keyward on %1, kept on this computer. Each entry carries a hash of the one before it, so an edited, removed or reordered entry is detected. Tokens appear by fingerprint, never by value.</source>
        <translation>Chaque modification effectuée depuis Keyward sur %1, conservée sur cet ordinateur. Chaque entrée porte un hash de la précédente : une entrée modifiée, supprimée ou déplacée est donc détectée. Les jetons apparaissent par leur empreinte, jamais par leur valeur.</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Entrées du journal, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Verify the journal&apos;s hash chain</source>
        <translation>Vérifier la chaîne de hash du journal</translation>
    </message>
    <message>
        <source>Reload the journal</source>
        <translation>Recharger le journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Vérification du journal…</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the journal is intact. %n entry(s), each linked to the one before.</source>
        <translation>
            <numerusform>Vérifié : le journal est intact. %n entrée, liée à la précédente.</numerusform>
            <numerusform>Vérifié : le journal est intact. %n entrées, chacune liée à la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is damaged at line %1: %2</source>
        <translation>Le journal est endommagé à la ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyward::JournalEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Token fingerprint</source>
        <translation>Empreinte du jeton</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>keyward::LockDialog</name>
    <message>
        <source>Keyward Is Locked</source>
        <translation>Keyward est verrouillé</translation>
    </message>
    <message>
        <source>Keyward was locked because nobody used it for a while. Enter the password for %1 on %2 to continue.</source>
        <translation>Keyward a été verrouillé car personne ne l’a utilisé depuis un moment. Saisissez le mot de passe de %1 sur %2 pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock with &amp;Keychain</source>
        <translation>Déverrouiller avec le &amp;trousseau</translation>
    </message>
    <message>
        <source>Unlock with the remembered password</source>
        <translation>Déverrouiller avec le mot de passe mémorisé</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
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
        <translation>Saisissez l’adresse de votre serveur Keyward, par exemple https://keyward.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Enter an http or https address such as https://keyward.example.com.</source>
        <translation>« %1 » n’est pas une adresse de serveur utilisable par Keyward. Saisissez une adresse http ou https, par exemple https://keyward.example.com.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation>Gérer les profils de connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the address of your Keyward server and log in with your account. Keyward keeps the address as a connection profile.</source>
        <translation>Saisissez l’adresse de votre serveur Keyward et connectez-vous avec votre compte. Keyward conserve l’adresse comme profil de connexion.</translation>
    </message>
    <message>
        <source>Log in with your account on a Keyward server.</source>
        <translation>Connectez-vous avec votre compte sur un serveur Keyward.</translation>
    </message>
    <message>
        <source>Choose a connection profile, or create one with “Manage profiles…”.</source>
        <translation>Choisissez un profil de connexion, ou créez-en un avec « Gérer les profils… ».</translation>
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
        <translation>Sélectionnez une organisation ou une équipe à gauche.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation>Le serveur a répondu à la dernière requête.</translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation>Organisation %1 supprimée.</translation>
    </message>
    <message>
        <source>&amp;Keyward</source>
        <translation>&amp;Keyward</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation>Nouvelle é&amp;quipe…</translation>
    </message>
    <message>
        <source>New To&amp;ken…</source>
        <translation>Nouveau &amp;jeton…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>À &amp;propos de Keyward</translation>
    </message>
    <message>
        <source>%1 — %2 — Keyward</source>
        <translation>%1 — %2 — Keyward</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation>Organisation %1 créée avec son premier jeton.</translation>
    </message>
    <message>
        <source>Team %1 created with its first token.</source>
        <translation>Équipe %1 créée avec son premier jeton.</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Administer organizations, teams, members and publishing tokens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Administrez les organisations, les équipes, les membres et les jetons de publication.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Presse-papiers effacé dans %1 s</translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation>Le jeton a été retiré du presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ou&amp;tils</translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation>&amp;Inspecter un jeton…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Expiry Review…</source>
        <translation>Revue des &amp;expirations…</translation>
    </message>
    <message>
        <source>Every token you administer, in every profile, by how soon it expires</source>
        <translation>Tous les jetons que vous administrez, dans tous les profils, selon leur proximité d’expiration</translation>
    </message>
    <message>
        <source>Change &amp;Journal…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>What you changed from Keyward on this profile, tamper-evident</source>
        <translation>Ce que vous avez modifié depuis Keyward dans ce profil, avec détection des altérations</translation>
    </message>
    <message>
        <source>PRODUCTION — changes here affect live systems</source>
        <translation>PRODUCTION — les modifications ici affectent des systèmes en service</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Environment banner: %1</source>
        <translation>Bannière d’environnement : %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline — data from %1</source>
        <translation>Hors ligne — données du %1</translation>
    </message>
    <message>
        <source>Stale: the server cannot be reached; nothing here could be loaded.</source>
        <translation>Périmé : le serveur est injoignable ; rien n’a pu être chargé ici.</translation>
    </message>
    <message>
        <source>Stale: shown as loaded at %1. Changes since then are not shown until the server answers again.</source>
        <translation>Périmé : affiché tel que chargé à %1. Les modifications depuis ne sont pas affichées tant que le serveur ne répond pas de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting for %n request(s). Press F5 to load again.</source>
        <translation>
            <numerusform>Attente de %n requête arrêtée. Appuyez sur F5 pour recharger.</numerusform>
            <numerusform>Attente de %n requêtes arrêtée. Appuyez sur F5 pour recharger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::MemberFilterProxy</name>
    <message>
        <source>You cannot change or remove yourself; another administrator can.</source>
        <translation>Vous ne pouvez ni modifier ni retirer votre propre compte ; un autre administrateur le peut.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>keyward::MembersPanel</name>
    <message>
        <source>Add Member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>Filtrer par nom ou e-mail</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove selected members</source>
        <translation>Retirer les membres sélectionnés</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <source>Loading more members…</source>
        <translation>Chargement d’autres membres…</translation>
    </message>
    <message>
        <source>The member list of %1 is shown to members and administrators only (your role there: %2).</source>
        <translation>La liste des membres de %1 n’est visible que par les membres et les administrateurs (votre rôle : %2).</translation>
    </message>
    <message>
        <source>Add a member to %1 by email</source>
        <translation>Ajouter un membre à %1 par e-mail</translation>
    </message>
    <message>
        <source>Select the members to remove.</source>
        <translation>Sélectionnez les membres à retirer.</translation>
    </message>
    <message>
        <source>Remove the selected members from %1 (Delete)</source>
        <translation>Retirer les membres sélectionnés de %1 (Suppr)</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>%1 shown, %2</source>
        <translation>%1 affichés, %2</translation>
    </message>
    <message>
        <source>%1 was added to %2 as %3.</source>
        <translation>%1 a été ajouté à %2 en tant que %3.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. They will appear here once they register.</source>
        <translation>Invitation envoyée à %1. La personne apparaîtra ici après son inscription.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation envoyée à %1.</translation>
    </message>
    <message>
        <source>The server accepted %1; reload to see whether they were added or invited.</source>
        <translation>Le serveur a accepté %1 ; rechargez pour savoir si la personne a été ajoutée ou invitée.</translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation>Modification du rôle de %1…</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>Impossible de modifier le rôle de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 est désormais %2 dans %3.</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3?</source>
        <translation>Retirer %1 (%2) de %3 ?</translation>
    </message>
    <message>
        <source>Remove %1 members from %2?</source>
        <translation>Retirer %1 membres de %2 ?</translation>
    </message>
    <message>
        <source>They lose access to the team&apos;s tokens and metrics at once; adding them again is possible.</source>
        <translation>Ils perdent immédiatement l’accès aux jetons et aux métriques de l’équipe ; il est possible de les ajouter à nouveau.</translation>
    </message>
    <message>
        <source>They lose access to %1, its members and tokens at once; adding them again is possible.</source>
        <translation>Ils perdent immédiatement l’accès à %1, à ses membres et à ses jetons ; il est possible de les ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Retirer les membres</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Retirer les membres</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <source>Member removed from %1.</source>
        <translation>Membre retiré de %1.</translation>
    </message>
    <message>
        <source>%1 members removed from %2.</source>
        <translation>%1 membres retirés de %2.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de retirer %1 : %2</translation>
    </message>
    <message>
        <source>Demote Administrator</source>
        <translation>Rétrograder l’administrateur</translation>
    </message>
    <message>
        <source>%1 will be %2 instead of Administrator in %3 and can no longer manage its members and tokens.</source>
        <translation>%1 sera %2 au lieu d’Administrateur dans %3 et ne pourra plus gérer ses membres ni ses jetons.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demote to %1</source>
        <translation>Rétrograder en %1</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Modification du rôle…</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::NameDialog</name>
    <message>
        <source>New Organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New Team in %1</source>
        <translation>Nouvelle équipe dans %1</translation>
    </message>
    <message>
        <source>You become the organization&apos;s administrator. It starts with one token, &quot;default&quot;, for publishing.</source>
        <translation>Vous devenez administrateur de l’organisation. Elle démarre avec un jeton, « default », pour la publication.</translation>
    </message>
    <message>
        <source>Teams group members and tokens inside %1. The team starts with one token, &quot;default&quot;; administrators of %1 manage every team.</source>
        <translation>Les équipes regroupent des membres et des jetons au sein de %1. L’équipe démarre avec un jeton, « default » ; les administrateurs de %1 gèrent toutes les équipes.</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nom de l’équipe</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ex. acme</translation>
    </message>
    <message>
        <source>e.g. runners</source>
        <translation>p. ex. runners</translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; part of every URL. Unique on the whole server; it cannot be changed later.</source>
        <translation>1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; ; fait partie de chaque URL. Unique sur tout le serveur ; il ne peut pas être modifié ultérieurement.</translation>
    </message>
    <message>
        <source>1–64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; unique within %1. It cannot be changed later.</source>
        <translation>1 à 64 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; ; unique au sein de %1. Il ne peut pas être modifié ultérieurement.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail de contact :</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>URL de notification</translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation>https://example.com/alerts</translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation>Adresse à laquelle le serveur envoie les notifications d’alerte de cette organisation ; en cas d’échec, il écrit à l’e-mail de contact.</translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation>&amp;URL de notification :</translation>
    </message>
    <message>
        <source>Create Organization</source>
        <translation>Créer l’organisation</translation>
    </message>
    <message>
        <source>Create Team</source>
        <translation>Créer l’équipe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the URL where alert notifications should go.</source>
        <translation>Saisissez l’URL à laquelle envoyer les notifications d’alerte.</translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL.</source>
        <translation>Saisissez une URL absolue en http:// ou https://.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Creating the organization…</source>
        <translation>Création de l’organisation…</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>Création de l’équipe…</translation>
    </message>
    <message>
        <source>An organization named %1 already exists. Names are unique across the whole server.</source>
        <translation>Une organisation nommée %1 existe déjà. Les noms sont uniques sur tout le serveur.</translation>
    </message>
    <message>
        <source>A team named %1 already exists in %2. Team names are unique within their organization.</source>
        <translation>Une équipe nommée %1 existe déjà dans %2. Les noms d’équipe sont uniques au sein de leur organisation.</translation>
    </message>
    <message>
        <source>Organization %1 created with its first token.</source>
        <translation>Organisation %1 créée avec son premier jeton.</translation>
    </message>
    <message>
        <source>Team %1 created in %2 with its first token.</source>
        <translation>Équipe %1 créée dans %2 avec son premier jeton.</translation>
    </message>
</context>
<context>
    <name>keyward::NavigationTree</name>
    <message>
        <source>Filter organizations and teams</source>
        <translation>Filtrer les organisations et les équipes</translation>
    </message>
    <message>
        <source>Organizations and teams</source>
        <translation>Organisations et équipes</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Chargement des organisations…</translation>
    </message>
    <message>
        <source>You do not belong to any organization yet. Create one, or ask an administrator to add you.</source>
        <translation>Vous n’appartenez encore à aucune organisation. Créez-en une, ou demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>The teams of %1 could not be loaded: %2</source>
        <translation>Les équipes de %1 n’ont pas pu être chargées : %2</translation>
    </message>
</context>
<context>
    <name>keyward::NewTokenDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>Token “%1” was created</source>
        <translation>Le jeton « %1 » a été créé</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation>Le serveur n’a renvoyé aucune valeur.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation>Copier la valeur du jeton</translation>
    </message>
    <message>
        <source>This is the only time Keyward shows this value if the server keeps values hidden; copy it into your application&apos;s configuration now.</source>
        <translation>C’est la seule fois où Keyward affiche cette valeur si le serveur masque les valeurs ; copiez-la dès maintenant dans la configuration de votre application.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never; it stays valid until revoked</source>
        <translation>Jamais ; il reste valide jusqu’à sa révocation</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, empreinte %2</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation>Valeur du jeton copiée</translation>
    </message>
    <message>
        <source>new token</source>
        <translation>nouveau jeton</translation>
    </message>
</context>
<context>
    <name>keyward::NodePage</name>
    <message>
        <source>Organization sections</source>
        <translation>Sections de l’organisation</translation>
    </message>
    <message>
        <source>Team sections</source>
        <translation>Sections de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>Team of %1 · your role: %2</source>
        <translation>Équipe de %1 · votre rôle : %2</translation>
    </message>
    <message>
        <source>Organization · your role: %1</source>
        <translation>Organisation · votre rôle : %1</translation>
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
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Essayer de joindre le serveur maintenant au lieu d’attendre</translation>
    </message>
    <message>
        <source>%1 timed out (no answer in time)</source>
        <translation>%1 : délai dépassé (pas de réponse à temps)</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>Impossible de joindre %1</translation>
    </message>
    <message>
        <source> — showing data from %1.</source>
        <translation> — affichage des données du %1.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Nouvelle tentative dans %1 s.</translation>
    </message>
</context>
<context>
    <name>keyward::OrganizationTreeModel</name>
    <message>
        <source>Organization %1 (loading its teams…)</source>
        <translation>Organisation %1 (chargement de ses équipes…)</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Team %1 of %2</source>
        <translation>Équipe %1 de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
</context>
<context>
    <name>keyward::OverviewPanel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zone de danger</translation>
    </message>
    <message>
        <source>Delete Organization…</source>
        <translation>Supprimer l’organisation…</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail de contact :</translation>
    </message>
    <message>
        <source>Notification URL</source>
        <translation>URL de notification</translation>
    </message>
    <message>
        <source>https://example.com/alerts</source>
        <translation>https://example.com/alerts</translation>
    </message>
    <message>
        <source>Where the server posts alert notifications for this organization; when that fails it mails the contact email.</source>
        <translation>Adresse à laquelle le serveur envoie les notifications d’alerte de cette organisation ; en cas d’échec, il écrit à l’e-mail de contact.</translation>
    </message>
    <message>
        <source>Notification &amp;URL:</source>
        <translation>&amp;URL de notification :</translation>
    </message>
    <message>
        <source>Save organization details</source>
        <translation>Enregistrer les informations de l’organisation</translation>
    </message>
    <message>
        <source>Revert organization details</source>
        <translation>Rétablir les informations de l’organisation</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Your role — %1</source>
        <translation>Votre rôle — %1</translation>
    </message>
    <message>
        <source>You belong to some teams of %1, not to the organization itself. Select one of your teams in the tree to see its members and tokens.</source>
        <translation>Vous appartenez à certaines équipes de %1, mais pas à l’organisation elle-même. Sélectionnez l’une de vos équipes dans l’arborescence pour voir ses membres et ses jetons.</translation>
    </message>
    <message>
        <source>As a viewer of %1 you can read its metrics with your session, but not its contact details, members, teams or tokens. An administrator of %1 can give you the Member role if you need to see them.</source>
        <translation>En tant que lecteur de %1, vous pouvez lire ses métriques avec votre session, mais pas ses coordonnées, ses membres, ses équipes ni ses jetons. Un administrateur de %1 peut vous attribuer le rôle Membre si vous devez les voir.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s contact email.</source>
        <translation>Saisissez l’e-mail de contact de l’organisation.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Correct the highlighted fields first.</source>
        <translation>Corrigez d’abord les champs mis en évidence.</translation>
    </message>
    <message>
        <source>Send the changes to the server.</source>
        <translation>Envoyer les modifications au serveur.</translation>
    </message>
    <message>
        <source>Show the values stored on the server again.</source>
        <translation>Afficher de nouveau les valeurs enregistrées sur le serveur.</translation>
    </message>
    <message>
        <source>Delete %1 and its tokens.</source>
        <translation>Supprimer %1 et ses jetons.</translation>
    </message>
    <message>
        <source>Deleting %1 removes it with its members and tokens for good. Applications publishing with its tokens stop working.</source>
        <translation>La suppression de %1 l’efface définitivement avec ses membres et ses jetons. Les applications qui publient avec ses jetons cessent de fonctionner.</translation>
    </message>
    <message>
        <source>%1 still has 1 team.</source>
        <translation>%1 a encore 1 équipe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n teams.</source>
        <translation>
            <numerusform>%1 a encore %n équipe.</numerusform>
            <numerusform>%1 a encore %n équipes.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation>Une organisation qui a des équipes ne peut pas être supprimée : supprimez d’abord ses équipes (onglet Équipes), puis l’organisation.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Organization %1 saved.</source>
        <translation>Organisation %1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>%1 will be deleted with its members and tokens. Applications publishing with its tokens stop working. This cannot be undone.</source>
        <translation>%1 sera supprimée avec ses membres et ses jetons. Les applications qui publient avec ses jetons cessent de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>%1 still has teams. An organization with teams cannot be deleted: delete its teams first (Teams tab), then the organization.</source>
        <translation>%1 a encore des équipes. Une organisation qui a des équipes ne peut pas être supprimée : supprimez d’abord ses équipes (onglet Équipes), puis l’organisation.</translation>
    </message>
    <message>
        <source>Organization %1 deleted.</source>
        <translation>Organisation %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>keyward::PendingCallsIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting: abort every request still waiting for the server. Nothing you entered is lost; refresh (F5) to load again.</source>
        <translation>Arrêter d’attendre : interrompt toutes les requêtes qui attendent encore le serveur. Rien de ce que vous avez saisi n’est perdu ; actualisez (F5) pour recharger.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the server: %1</source>
        <translation>
            <numerusform>Attente du serveur depuis %n s : %1</numerusform>
            <numerusform>Attente du serveur depuis %n s : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel waiting for %1</source>
        <translation>Annuler l’attente de %1</translation>
    </message>
    <message>
        <source>Cancel waiting for the server</source>
        <translation>Annuler l’attente du serveur</translation>
    </message>
</context>
<context>
    <name>keyward::Permissions</name>
    <message>
        <source>Needs the Administrator role in %1 (your role there: %2).</source>
        <translation>Nécessite le rôle Administrateur dans %1 (votre rôle : %2).</translation>
    </message>
    <message>
        <source>Needs the Member or Administrator role in %1 (your role there: %2).</source>
        <translation>Nécessite le rôle Membre ou Administrateur dans %1 (votre rôle : %2).</translation>
    </message>
</context>
<context>
    <name>keyward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clear copied tokens after seconds</source>
        <translation>Effacer les jetons copiés après (secondes)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Effacer les jetons copiés après :</translation>
    </message>
    <message>
        <source>Keyward removes a copied token from the clipboard after this time, unless you copied something else meanwhile. Copies are also marked so that clipboard managers do not keep them.</source>
        <translation>Keyward retire un jeton copié du presse-papiers après ce délai, sauf si vous avez copié autre chose entre-temps. Les copies sont aussi marquées pour que les gestionnaires de presse-papiers ne les conservent pas.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Verrouiller après (minutes sans activité)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source>Keyward hides its windows and asks for your password (or the keychain) before you can continue.</source>
        <translation>Keyward masque ses fenêtres et demande votre mot de passe (ou le trousseau) avant que vous puissiez continuer.</translation>
    </message>
    <message>
        <source>Give up on a request after seconds</source>
        <translation>Abandonner une requête après (secondes)</translation>
    </message>
    <message>
        <source>&amp;Give up on a request after:</source>
        <translation>&amp;Abandonner une requête après :</translation>
    </message>
    <message>
        <source>A request during which the server sends nothing for this long fails with a message saying it timed out.</source>
        <translation>Une requête pendant laquelle le serveur n’envoie rien pendant ce délai échoue avec un message indiquant que le délai est dépassé.</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>Rappels d’expiration</translation>
    </message>
    <message>
        <source>While Keyward runs, it notifies you this many days before a token you administer expires or is due for rotation, once ahead and once when the day passes.</source>
        <translation>Tant que Keyward est lancé, il vous avertit ce nombre de jours avant qu’un jeton que vous administrez expire ou doive faire l’objet d’une rotation, une fois à l’avance et une fois le jour venu.</translation>
    </message>
    <message>
        <source>Remind days ahead for %1</source>
        <translation>Jours de rappel à l’avance pour %1</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>A change of language takes effect after a restart.</source>
        <translation>Un changement de langue prend effet au prochain démarrage.</translation>
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
Environnement : %3</translation>
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
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address. Leave the field empty or enter the address you log in with.</source>
        <translation>« %1 » ne ressemble pas à une adresse e-mail. Laissez le champ vide ou saisissez l’adresse avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Enter a name and the server address, then press Save.</source>
        <translation>Saisissez un nom et l’adresse du serveur, puis appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>le nouveau profil</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>The changes to “%1” cannot be saved: %2

Discard them?</source>
        <translation>Les modifications de « %1 » ne peuvent pas être enregistrées : %2

Les abandonner ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Remove connection profile</source>
        <translation>Supprimer le profil de connexion</translation>
    </message>
    <message>
        <source>The connection profile “%1” (%2) and the certificates trusted for it will be removed from this computer. The server and its data are not affected.</source>
        <translation>Le profil de connexion « %1 » (%2) et les certificats approuvés pour ce profil seront supprimés de cet ordinateur. Le serveur et ses données ne sont pas affectés.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Colour for this profile</source>
        <translation>Couleur de ce profil</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add connection profile</source>
        <translation>Ajouter un profil de connexion</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate connection profile</source>
        <translation>Dupliquer le profil de connexion</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://keyward.example.com</source>
        <translation>https://keyward.example.com</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>While connected, the window is marked in this colour so you always see which kind of server you are working on.</source>
        <translation>Pendant la connexion, la fenêtre est marquée de cette couleur pour que vous voyiez toujours sur quel type de serveur vous travaillez.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Choose the colour that marks this profile</source>
        <translation>Choisir la couleur qui marque ce profil</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use the environment&apos;s default colour</source>
        <translation>Utiliser la couleur par défaut de l’environnement</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>E-mail du compte</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Filled in on the login form; the password is never stored here</source>
        <translation>Prérempli dans le formulaire de connexion ; le mot de passe n’est jamais enregistré ici</translation>
    </message>
    <message>
        <source>Account e&amp;mail:</source>
        <translation>E-&amp;mail du compte :</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust after a certificate warning.</source>
        <translation>Empreintes SHA-256 que vous avez choisi d’approuver après un avertissement de certificat.</translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation>Supprimer le certificat approuvé</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificats approuvés :</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save connection profile</source>
        <translation>Enregistrer le profil de connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Se connecter avec le profil sélectionné</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>keyward::ProfileStore</name>
    <message>
        <source>A connection profile with this identifier exists already.</source>
        <translation>Un profil de connexion avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>Give the connection profile a name.</source>
        <translation>Donnez un nom au profil de connexion.</translation>
    </message>
    <message>
        <source>A connection profile named “%1” exists already. Choose another name.</source>
        <translation>Un profil de connexion nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The server address must be an http:// or https:// URL with a host name, such as https://keyward.example.com.</source>
        <translation>L’adresse du serveur doit être une URL http:// ou https:// avec un nom d’hôte, par exemple https://keyward.example.com.</translation>
    </message>
    <message>
        <source>The server address cannot contain a query (?…) or a fragment (#…). Enter only the address, such as https://keyward.example.com.</source>
        <translation>L’adresse du serveur ne peut pas contenir de requête (?…) ni de fragment (#…). Saisissez uniquement l’adresse, par exemple https://keyward.example.com.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; you enter them when you log in.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’adresse du serveur ; vous les saisissez à la connexion.</translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1e88e5.</source>
        <translation>La couleur doit être écrite sous la forme #rrggbb, par exemple #1e88e5.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</source>
        <translation>« %1 » n’est pas une empreinte de certificat SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written; the change lasts until Keyward is closed. Check that the file and its folder are writable.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être écrit ; la modification dure jusqu’à la fermeture de Keyward. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>This connection profile no longer exists; it may have been removed.</source>
        <translation>Ce profil de connexion n’existe plus ; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>keyward::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>dans 1 minute</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>dans 1 heure</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>dans 1 mois</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>il y a 1 mois</translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>dans 1 an</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>il y a 1 an</translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReloginDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Enter the password for %2 to continue — your unsaved changes are kept.</source>
        <translation>Votre session sur %1 est terminée. Saisissez le mot de passe de %2 pour continuer — vos modifications non enregistrées sont conservées.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>keyward::ReminderPlanner</name>
    <message numerus="yes">
        <source>%n token(s) have expired</source>
        <translation>
            <numerusform>%n jeton a expiré</numerusform>
            <numerusform>%n jetons ont expiré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 7 days</source>
        <translation>
            <numerusform>%n jeton expire sous 7 jours</numerusform>
            <numerusform>%n jetons expirent sous 7 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within 30 days</source>
        <translation>
            <numerusform>%n jeton expire sous 30 jours</numerusform>
            <numerusform>%n jetons expirent sous 30 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are due for rotation</source>
        <translation>
            <numerusform>%n jeton doit faire l’objet d’une rotation</numerusform>
            <numerusform>%n jetons doivent faire l’objet d’une rotation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 et %2.</translation>
    </message>
    <message>
        <source>A token is overdue for rotation</source>
        <translation>La rotation d’un jeton est en retard</translation>
    </message>
    <message>
        <source>A token is due for rotation soon</source>
        <translation>Un jeton devra bientôt faire l’objet d’une rotation</translation>
    </message>
    <message>
        <source>A token has expired</source>
        <translation>Un jeton a expiré</translation>
    </message>
    <message>
        <source>A token expires soon</source>
        <translation>Un jeton expire bientôt</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n jeton requiert votre attention</numerusform>
            <numerusform>%n jetons requièrent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire soon</source>
        <translation>
            <numerusform>%n jeton expire bientôt</numerusform>
            <numerusform>%n jetons expirent bientôt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rotation due %2</source>
        <translation>%1 : rotation prévue %2</translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation>%1 : expiré %2</translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation>%1 : expire %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ReminderTray</name>
    <message>
        <source>Show Keyward</source>
        <translation>Afficher Keyward</translation>
    </message>
    <message>
        <source>Review Expiries…</source>
        <translation>Revoir les expirations…</translation>
    </message>
    <message>
        <source>Quit Keyward</source>
        <translation>Quitter Keyward</translation>
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
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>un tableau JSON était attendu</translation>
    </message>
    <message>
        <source>item %1 is not a JSON object</source>
        <translation>l’élément %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 could not be read (%2). Check that the server address points to a Keyward server.</source>
        <translation>La réponse du serveur à %1 n’a pas pu être lue (%2). Vérifiez que l’adresse du serveur désigne un serveur Keyward.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Log in again.</source>
        <translation>Le serveur n’a pas accepté vos identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials: %1</source>
        <translation>Le serveur n’a pas accepté vos identifiants : %1</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action (%1).</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action : %1</translation>
    </message>
    <message>
        <source>The server does not know %1.</source>
        <translation>Le serveur ne connaît pas %1.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation>Ceci entre en conflit avec un élément existant.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message>
        <source>The server refused the request %1 (HTTP %2).</source>
        <translation>Le serveur a refusé la requête %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The server had an internal problem answering %1 (HTTP %2). Try again later or ask the server&apos;s administrator.</source>
        <translation>Le serveur a rencontré un problème interne en répondant à %1 (HTTP %2). Réessayez plus tard ou contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server had an internal problem: %1</source>
        <translation>Le serveur a rencontré un problème interne : %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>code d’état HTTP inattendu %1</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>La requête %1 a été annulée.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>The server redirected %1 to another server. Keyward does not follow such redirects, so that your credentials stay with your server; check the server address.</source>
        <translation>Le serveur a redirigé %1 vers un autre serveur. Keyward ne suit pas ce type de redirection, afin que vos identifiants restent sur votre serveur ; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server %1 did not answer %2 in time. Check your network connection and try again.</source>
        <translation>Le serveur %1 n’a pas répondu à %2 à temps. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server address and that the server is running.</source>
        <translation>Le serveur %1 a refusé la connexion. Vérifiez l’adresse du serveur et que le serveur est en cours d’exécution.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation>Le serveur %1 n’a pas pu être joint : %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>missing or not a known role</source>
        <translation>absent ou n’est pas un rôle connu</translation>
    </message>
    <message>
        <source>missing or not a count</source>
        <translation>absent ou n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation>absent ou n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>absent ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>expected an object with a &quot;metrics&quot; array</source>
        <translation>un objet avec un tableau « metrics » était attendu</translation>
    </message>
</context>
<context>
    <name>keyward::RoleDelegate</name>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>%1 (changing…)</source>
        <translation>%1 (modification…)</translation>
    </message>
</context>
<context>
    <name>keyward::RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre d’équipe</translation>
    </message>
    <message>
        <source>Administrator: manages members, teams and tokens.</source>
        <translation>Administrateur : gère les membres, les équipes et les jetons.</translation>
    </message>
    <message>
        <source>Member: sees the organization, its members and teams.</source>
        <translation>Membre : voit l’organisation, ses membres et ses équipes.</translation>
    </message>
    <message>
        <source>Viewer: reads metrics only.</source>
        <translation>Lecteur : lit uniquement les métriques.</translation>
    </message>
    <message>
        <source>Team member: belongs to a team of this organization, not to the organization itself.</source>
        <translation>Membre d’équipe : appartient à une équipe de cette organisation, mais pas à l’organisation elle-même.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationFinishPage</name>
    <message>
        <source>Revoke the old token now</source>
        <translation>Révoquer l’ancien jeton maintenant</translation>
    </message>
    <message>
        <source>The old token</source>
        <translation>L’ancien jeton</translation>
    </message>
    <message>
        <source>Revoke the old token once every application uses the new one.</source>
        <translation>Révoquez l’ancien jeton dès que toutes les applications utilisent le nouveau.</translation>
    </message>
    <message>
        <source>Keep the old token</source>
        <translation>Conserver l’ancien jeton</translation>
    </message>
    <message>
        <source>Keep the old token until I revoke it</source>
        <translation>Conserver l’ancien jeton jusqu’à ce que je le révoque</translation>
    </message>
    <message>
        <source>On this server the old token keeps working until it is revoked. Revoke it from the Tokens tab once no application uses it any more.</source>
        <translation>Sur ce serveur, l’ancien jeton continue de fonctionner jusqu’à sa révocation. Révoquez-le depuis l’onglet Jetons dès qu’aucune application ne l’utilise plus.</translation>
    </message>
    <message>
        <source>Leave it to expire at the end of the grace period (%1)</source>
        <translation>Le laisser expirer à la fin de la période de grâce (%1)</translation>
    </message>
    <message>
        <source>Until then applications still using the old token keep publishing; afterwards the server refuses it and frees its slot.</source>
        <translation>D’ici là, les applications qui utilisent encore l’ancien jeton continuent de publier ; ensuite, le serveur le refuse et libère son emplacement.</translation>
    </message>
    <message>
        <source>Leave it: with no grace period it has already stopped working</source>
        <translation>Le laisser : sans période de grâce, il a déjà cessé de fonctionner</translation>
    </message>
    <message>
        <source>The server refused the old token as soon as the successor was created.</source>
        <translation>Le serveur a refusé l’ancien jeton dès la création du successeur.</translation>
    </message>
    <message>
        <source>Revoking the old token…</source>
        <translation>Révocation de l’ancien jeton…</translation>
    </message>
</context>
<context>
    <name>keyward::RotationNewTokenPage</name>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Reveal the new value</source>
        <translation>Révéler la nouvelle valeur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the new value</source>
        <translation>Copier la nouvelle valeur</translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation>Copier en tant que…</translation>
    </message>
    <message>
        <source>Copy the new token as a configuration snippet</source>
        <translation>Copier le nouveau jeton sous forme d’extrait de configuration</translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation>Rechercher les utilisations…</translation>
    </message>
    <message>
        <source>Find files that still contain the old token</source>
        <translation>Rechercher les fichiers qui contiennent encore l’ancien jeton</translation>
    </message>
    <message>
        <source>Check the New Token</source>
        <translation>Vérifier le nouveau jeton</translation>
    </message>
    <message>
        <source>Check the new token</source>
        <translation>Vérifier le nouveau jeton</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Put the new value into every configuration that uses the old token, then check that it works.</source>
        <translation>Placez la nouvelle valeur dans chaque configuration qui utilise l’ancien jeton, puis vérifiez qu’elle fonctionne.</translation>
    </message>
    <message>
        <source>New token value</source>
        <translation>Valeur du nouveau jeton</translation>
    </message>
    <message>
        <source>The server did not return a value.</source>
        <translation>Le serveur n’a renvoyé aucune valeur.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the new value</source>
        <translation>Masquer la nouvelle valeur</translation>
    </message>
    <message>
        <source>This server has no rotate endpoint (a plain CAVE server), so Keyward created the successor as a new token. The old token keeps working until it is revoked: there is no grace period on CAVE.</source>
        <translation>Ce serveur n’a pas de point de terminaison de rotation (serveur CAVE standard) : Keyward a donc créé le successeur comme un nouveau jeton. L’ancien jeton continue de fonctionner jusqu’à sa révocation : il n’y a pas de période de grâce sur CAVE.</translation>
    </message>
    <message>
        <source>The check is not offered on this server: a plain CAVE server has no dry run and would store the test point. Watch your application&apos;s metrics instead.</source>
        <translation>La vérification n’est pas proposée sur ce serveur : un serveur CAVE standard n’a pas de mode d’essai et enregistrerait le point de test. Surveillez plutôt les métriques de votre application.</translation>
    </message>
    <message>
        <source>The check needs the new value, which the server did not return.</source>
        <translation>La vérification nécessite la nouvelle valeur, que le serveur n’a pas renvoyée.</translation>
    </message>
    <message>
        <source>The new token may neither publish nor read metrics, so there is nothing to check.</source>
        <translation>Le nouveau jeton ne peut ni publier ni lire de métriques : il n’y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>Publishes one test point “%1” as a dry run: the server checks the token fully and stores nothing.</source>
        <translation>Publie un point de test « %1 » en mode d’essai : le serveur vérifie entièrement le jeton et n’enregistre rien.</translation>
    </message>
    <message>
        <source>The token may only read: queries the metric “%1” with it.</source>
        <translation>Le jeton ne peut que lire : interroge la métrique « %1 » avec ce jeton.</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message numerus="yes">
        <source>New value copied; the clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Nouvelle valeur copiée ; le presse-papiers sera effacé dans %n seconde.</numerusform>
            <numerusform>Nouvelle valeur copiée ; le presse-papiers sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>New value copied.</source>
        <translation>Nouvelle valeur copiée.</translation>
    </message>
    <message>
        <source>Fetching the old token&apos;s value…</source>
        <translation>Récupération de la valeur de l’ancien jeton…</translation>
    </message>
    <message>
        <source>The old token is already gone from the server, so its value cannot be searched for any more.</source>
        <translation>L’ancien jeton n’existe plus sur le serveur : sa valeur ne peut donc plus être recherchée.</translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created, so Keyward cannot search for the old token&apos;s value. Look for it by its description instead.</source>
        <translation>Ce serveur n’affiche les valeurs des jetons qu’une seule fois, à leur création : Keyward ne peut donc pas rechercher la valeur de l’ancien jeton. Recherchez-le plutôt par sa description.</translation>
    </message>
    <message>
        <source>The new token does not work: %1</source>
        <translation>Le nouveau jeton ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>Checking the new token…</source>
        <translation>Vérification du nouveau jeton…</translation>
    </message>
    <message>
        <source>The new token works, but the server ignored the dry run and stored the test point “%1”.</source>
        <translation>Le nouveau jeton fonctionne, mais le serveur a ignoré le mode d’essai et a enregistré le point de test « %1 ».</translation>
    </message>
    <message>
        <source>The new token works: the server accepted a test point and stored nothing.</source>
        <translation>Le nouveau jeton fonctionne : le serveur a accepté un point de test et n’a rien enregistré.</translation>
    </message>
    <message>
        <source>The new token works: the server accepted it for a metrics query (nothing is stored under “%1” yet).</source>
        <translation>Le nouveau jeton fonctionne : le serveur l’a accepté pour une requête de métriques (rien n’est encore enregistré sous « %1 »).</translation>
    </message>
    <message>
        <source>The new token works: the server answered a metrics query made with it.</source>
        <translation>Le nouveau jeton fonctionne : le serveur a répondu à une requête de métriques effectuée avec ce jeton.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationPlan</name>
    <message>
        <source>“%1” expired %2 and no longer works, so revoking it loses nothing.</source>
        <translation>« %1 » a expiré %2 et ne fonctionne plus : le révoquer ne fait rien perdre.</translation>
    </message>
    <message>
        <source>“%1” has never been used and is the oldest of the unused tokens, so it is the least likely to be needed.</source>
        <translation>« %1 » n’a jamais été utilisé et est le plus ancien des jetons inutilisés : c’est donc le moins susceptible d’être nécessaire.</translation>
    </message>
    <message>
        <source>“%1” has never been used, so no application depends on it.</source>
        <translation>« %1 » n’a jamais été utilisé : aucune application n’en dépend.</translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2) and is the oldest such token, so it is the least likely to be in use.</source>
        <translation>« %1 » est celui dont la dernière utilisation est la plus ancienne (%2) et est le plus ancien de ces jetons : c’est donc le moins susceptible d’être utilisé.</translation>
    </message>
    <message>
        <source>“%1” was used least recently (%2), so it is the least likely to be in use.</source>
        <translation>« %1 » est celui dont la dernière utilisation est la plus ancienne (%2) : c’est donc le moins susceptible d’être utilisé.</translation>
    </message>
</context>
<context>
    <name>keyward::RotationPolicyDialog</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rotation Policy — %1</source>
        <translation>Politique de rotation — %1</translation>
    </message>
    <message>
        <source>Tokens that carry no expiry (opaque CAVE tokens, or tokens created without one) are shown as due this many days after they were created. This is advice: the server keeps accepting them.</source>
        <translation>Les jetons sans expiration (jetons CAVE opaques, ou jetons créés sans expiration) sont affichés comme à renouveler ce nombre de jours après leur création. Il s’agit d’un conseil : le serveur continue de les accepter.</translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry every</source>
        <translation>Rotation des jetons sans expiration tous les</translation>
    </message>
    <message>
        <source>Rotate tokens without an expiry by default</source>
        <translation>Effectuer par défaut la rotation des jetons sans expiration</translation>
    </message>
    <message>
        <source>Default rotation interval in days</source>
        <translation>Intervalle de rotation par défaut, en jours</translation>
    </message>
    <message>
        <source>Organizations with their own interval:</source>
        <translation>Organisations avec leur propre intervalle :</translation>
    </message>
    <message>
        <source>Organization rotation intervals</source>
        <translation>Intervalles de rotation des organisations</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Organization rotation interval in days</source>
        <translation>Intervalle de rotation de l’organisation, en jours</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set the organization&apos;s interval</source>
        <translation>Définir l’intervalle de l’organisation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected organization&apos;s interval</source>
        <translation>Supprimer l’intervalle de l’organisation sélectionnée</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>keyward::RotationSlotsPage</name>
    <message>
        <source>Token slots</source>
        <translation>Emplacements de jetons</translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team; the successor needs a free slot while the old token still works.</source>
        <translation>
            <numerusform>Le serveur conserve au plus %n jeton par organisation et par équipe ; le successeur a besoin d’un emplacement libre tant que l’ancien jeton fonctionne encore.</numerusform>
            <numerusform>Le serveur conserve au plus %n jetons par organisation et par équipe ; le successeur a besoin d’un emplacement libre tant que l’ancien jeton fonctionne encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation>Emplacements de jetons utilisés</translation>
    </message>
    <message>
        <source>Tokens of this owner</source>
        <translation>Jetons de ce propriétaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Revoke the suggested token now</source>
        <translation>Révoquer maintenant le jeton suggéré</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>%1 of %2 token slots used</source>
        <translation>%1 emplacements de jetons utilisés sur %2</translation>
    </message>
    <message>
        <source>%1 (being rotated)</source>
        <translation>%1 (en cours de rotation)</translation>
    </message>
    <message>
        <source>%1 (suggested to revoke)</source>
        <translation>%1 (révocation suggérée)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Close the wizard and refresh the list.</source>
        <translation>Le jeton « %1 » n’existe plus sur le serveur ; quelqu’un l’a peut-être révoqué. Fermez l’assistant et actualisez la liste.</translation>
    </message>
    <message>
        <source>All %1 slots are used: revoke one token first. Suggested: %2</source>
        <translation>Les %1 emplacements sont tous utilisés : révoquez d’abord un jeton. Suggestion : %2</translation>
    </message>
    <message>
        <source>Revoke %1 now</source>
        <translation>Révoquer %1 maintenant</translation>
    </message>
    <message>
        <source>All %1 slots are used and there is no other token to revoke.</source>
        <translation>Les %1 emplacements sont tous utilisés et il n’y a aucun autre jeton à révoquer.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token “%1” (id %2)? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation>Révoquer le jeton « %1 » (id %2) ? Les applications qui l’utilisent cessent immédiatement de publier. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
</context>
<context>
    <name>keyward::RotationSuccessorPage</name>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>The new token gets the same scopes, labels and attributes. The old one keeps working for the grace period, so applications can switch without downtime.</source>
        <translation>Le nouveau jeton reçoit les mêmes portées, libellés et attributs. L’ancien continue de fonctionner pendant la période de grâce : les applications peuvent ainsi basculer sans interruption.</translation>
    </message>
    <message>
        <source>Description of the new token</source>
        <translation>Description du nouveau jeton</translation>
    </message>
    <message>
        <source>Scopes of the new token</source>
        <translation>Portées du nouveau jeton</translation>
    </message>
    <message>
        <source>Labels of the new token</source>
        <translation>Libellés du nouveau jeton</translation>
    </message>
    <message>
        <source>Attributes of the new token</source>
        <translation>Attributs du nouveau jeton</translation>
    </message>
    <message>
        <source>Grace period for the old token</source>
        <translation>Période de grâce de l’ancien jeton</translation>
    </message>
    <message>
        <source>None: the old token stops working at once</source>
        <translation>Aucune : l’ancien jeton cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Custom grace period in hours</source>
        <translation>Période de grâce personnalisée, en heures</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés :</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs :</translation>
    </message>
    <message>
        <source>Old token works for:</source>
        <translation>L’ancien jeton fonctionne pendant :</translation>
    </message>
    <message>
        <source>(the server&apos;s default)</source>
        <translation>(valeur par défaut du serveur)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Creating the successor…</source>
        <translation>Création du successeur…</translation>
    </message>
    <message>
        <source>The token “%1” no longer exists on the server; someone may have revoked it. Nothing was created. Cancel the wizard and refresh the list.</source>
        <translation>Le jeton « %1 » n’existe plus sur le serveur ; quelqu’un l’a peut-être révoqué. Rien n’a été créé. Annulez l’assistant et actualisez la liste.</translation>
    </message>
    <message>
        <source>This server cannot rotate; creating the successor as a new token…</source>
        <translation>Ce serveur ne sait pas effectuer de rotation ; création du successeur comme nouveau jeton…</translation>
    </message>
</context>
<context>
    <name>keyward::RotationWizard</name>
    <message>
        <source>Rotate token “%1”</source>
        <translation>Rotation du jeton « %1 »</translation>
    </message>
    <message>
        <source>Create Successor</source>
        <translation>Créer le successeur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Create the successor token</source>
        <translation>Créer le jeton successeur</translation>
    </message>
    <message>
        <source>Finish the rotation</source>
        <translation>Terminer la rotation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>keyward::SessionManager</name>
    <message>
        <source>“%1” is not a server address Keyward can use.</source>
        <translation>« %1 » n’est pas une adresse de serveur utilisable par Keyward.</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Votre session est terminée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The remembered password was not accepted. Log in again.</source>
        <translation>Le mot de passe mémorisé n’a pas été accepté. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>“%1” is not a server address Keyward can use. Use an http or https address such as https://keyward.example.com.</source>
        <translation>« %1 » n’est pas une adresse de serveur utilisable par Keyward. Utilisez une adresse http ou https, par exemple https://keyward.example.com.</translation>
    </message>
    <message>
        <source>The server ended your session. Log in again.</source>
        <translation>Le serveur a mis fin à votre session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Votre session est terminée.</translation>
    </message>
    <message>
        <source>The remembered password was not accepted.</source>
        <translation>Le mot de passe mémorisé n’a pas été accepté.</translation>
    </message>
</context>
<context>
    <name>keyward::TeamListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 has %n of its %2 token slots in use.</source>
        <translation>
            <numerusform>L’équipe %1 utilise %n de ses %2 emplacements de jetons.</numerusform>
            <numerusform>L’équipe %1 utilise %n de ses %2 emplacements de jetons.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>keyward::TeamsPanel</name>
    <message>
        <source>&amp;New Team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>&amp;Delete Team…</source>
        <translation>&amp;Supprimer l’équipe…</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Only members and administrators of %1 can see its teams. %2</source>
        <translation>Seuls les membres et les administrateurs de %1 peuvent voir ses équipes. %2</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>Create a team in %1 (Ctrl+N).</source>
        <translation>Créer une équipe dans %1 (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a team to delete.</source>
        <translation>Sélectionnez une équipe à supprimer.</translation>
    </message>
    <message>
        <source>Delete team %1 (Delete).</source>
        <translation>Supprimer l’équipe %1 (Suppr).</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n teams</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 team</source>
        <translation>%1 équipe sur 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n teams</source>
        <translation>
            <numerusform>%1 équipe sur %n</numerusform>
            <numerusform>%1 équipes sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Team %1 and its token will be deleted.</source>
        <translation>L’équipe %1 et son jeton seront supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 and its %n tokens will be deleted.</source>
        <translation>
            <numerusform>L’équipe %1 et %n jeton seront supprimés.</numerusform>
            <numerusform>L’équipe %1 et ses %n jetons seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <source>Applications publishing with them stop working. This cannot be undone.</source>
        <translation>Les applications qui publient avec ces jetons cessent de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting team %1…</source>
        <translation>Suppression de l’équipe %1…</translation>
    </message>
    <message>
        <source>Team %1 deleted.</source>
        <translation>Équipe %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>keyward::TimelineView</name>
    <message>
        <source>Expiry timeline</source>
        <translation>Chronologie des expirations</translation>
    </message>
    <message>
        <source>Scroll timeline lanes</source>
        <translation>Faire défiler les lignes de la chronologie</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 après</translation>
    </message>
    <message>
        <source>1 token expires in the next 90 days.</source>
        <translation>1 jeton expire dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the next 90 days.</source>
        <translation>%1 jetons expirent dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>1 token expires in the next year.</source>
        <translation>1 jeton expire dans l’année à venir.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the next year.</source>
        <translation>%1 jetons expirent dans l’année à venir.</translation>
    </message>
    <message>
        <source>1 token expires in the future.</source>
        <translation>1 jeton expire dans le futur.</translation>
    </message>
    <message>
        <source>%1 tokens expire in the future.</source>
        <translation>%1 jetons expirent dans le futur.</translation>
    </message>
    <message>
        <source>%1 already expired or overdue.</source>
        <translation>Déjà expirés ou en retard : %1.</translation>
    </message>
    <message>
        <source>%1 earlier than the range shown.</source>
        <translation>Avant la période affichée : %1.</translation>
    </message>
    <message>
        <source>%1 later than the range shown.</source>
        <translation>Après la période affichée : %1.</translation>
    </message>
    <message>
        <source>%1 without a date.</source>
        <translation>Sans date : %1.</translation>
    </message>
    <message>
        <source>Before %2: %1</source>
        <translation>Avant le %2 : %1</translation>
    </message>
    <message>
        <source>After %2: %1</source>
        <translation>Après le %2 : %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>No tokens with an expiry or rotation date</source>
        <translation>Aucun jeton avec une date d’expiration ou de rotation</translation>
    </message>
</context>
<context>
    <name>keyward::TlsErrorDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server of “%1” presented a certificate Keyward does not trust. The connection was stopped before anything was sent.</source>
        <translation>Le serveur de « %1 » a présenté un certificat que Keyward n’approuve pas. La connexion a été interrompue avant tout envoi.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Why the certificate was refused</source>
        <translation>Pourquoi le certificat a été refusé</translation>
    </message>
    <message>
        <source>This certificate is self-signed: no certificate authority vouches for it. That is common for internal servers, and also what an attacker would present.</source>
        <translation>Ce certificat est auto-signé : aucune autorité de certification ne s’en porte garante. C’est courant pour les serveurs internes, mais c’est aussi ce que présenterait un attaquant.</translation>
    </message>
    <message>
        <source>Trust it only if the fingerprint above matches the one the server&apos;s administrator gave you. Keyward then accepts exactly this certificate for “%1”, and asks again when the server presents another one.</source>
        <translation>Ne l’approuvez que si l’empreinte ci-dessus correspond à celle que vous a donnée l’administrateur du serveur. Keyward acceptera alors exactement ce certificat pour « %1 », et vous redemandera si le serveur en présente un autre.</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the server&apos;s</source>
        <translation>J’ai comparé l’empreinte avec celle du serveur</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”</source>
        <translation>Approuver ce certificat pour « %1 »</translation>
    </message>
    <message>
        <source>Trusting this certificate would not make the connection safe, so Keyward does not offer it. Ask the server&apos;s administrator to install a valid certificate.</source>
        <translation>Approuver ce certificat ne rendrait pas la connexion sûre : Keyward ne le propose donc pas. Demandez à l’administrateur du serveur d’installer un certificat valide.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Non valide avant le %1.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Noms pour lesquels le certificat est valide</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Valide pour :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation>Copier l’empreinte SHA-256 dans le presse-papiers</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
</context>
<context>
    <name>keyward::TlsTrust</name>
    <message>
        <source>The certificate of %1 is not trusted (%2), so Keyward did not connect. If you know that the server uses this certificate (fingerprint %3), you can trust it for this profile.</source>
        <translation>Le certificat de %1 n’est pas approuvé (%2) : Keyward ne s’est donc pas connecté. Si vous savez que le serveur utilise ce certificat (empreinte %3), vous pouvez l’approuver pour ce profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2), so Keyward did not connect. Ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Le certificat de %1 n’est pas valide (%2) : Keyward ne s’est donc pas connecté. Demandez à l’administrateur du serveur de corriger le certificat.</translation>
    </message>
</context>
<context>
    <name>keyward::TokenDetailsPane</name>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <source>Reveal the token value</source>
        <translation>Révéler la valeur du jeton</translation>
    </message>
    <message>
        <source>Select a token to see its value and claims.</source>
        <translation>Sélectionnez un jeton pour voir sa valeur et ses revendications.</translation>
    </message>
    <message>
        <source>Show the value (the server records that it was read)</source>
        <translation>Afficher la valeur (le serveur enregistre qu’elle a été lue)</translation>
    </message>
    <message>
        <source>This server shows token values only once, when they are created.</source>
        <translation>Ce serveur n’affiche les valeurs des jetons qu’une seule fois, à leur création.</translation>
    </message>
    <message>
        <source>Not available from this server</source>
        <translation>Non disponible sur ce serveur</translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation>Récupération de la valeur du jeton…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>keyward::TokenListModel</name>
    <message numerus="yes">
        <source>%1 of %n tokens</source>
        <translation>
            <numerusform>%1 sur %n jeton</numerusform>
            <numerusform>%1 sur %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>Token id %1</source>
        <translation>Id du jeton %1</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>Créé %1 (%2)</translation>
    </message>
    <message>
        <source>This token never expires.</source>
        <translation>Ce jeton n’expire jamais.</translation>
    </message>
    <message>
        <source>Expired %1 (%2)</source>
        <translation>Expiré %1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Expire %1 (%2)</translation>
    </message>
    <message>
        <source>No scopes are listed for this token.</source>
        <translation>Aucune portée n’est indiquée pour ce jeton.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>No use of this token has been recorded.</source>
        <translation>Aucune utilisation de ce jeton n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Last used %1 (%2)</source>
        <translation>Dernière utilisation %1 (%2)</translation>
    </message>
    <message>
        <source>The server shows a token&apos;s value only when it is created, so there is no fingerprint to show.</source>
        <translation>Le serveur n’affiche la valeur d’un jeton qu’à sa création : il n’y a donc aucune empreinte à afficher.</translation>
    </message>
    <message>
        <source>The start of the SHA-256 hash of the token&apos;s value: compare it with a configuration file without revealing the token.</source>
        <translation>Le début du hash SHA-256 de la valeur du jeton : comparez-le avec un fichier de configuration sans révéler le jeton.</translation>
    </message>
    <message>
        <source>This token has expired; applications using it are refused. Create a new one or remove it.</source>
        <translation>Ce jeton a expiré ; les applications qui l’utilisent sont refusées. Créez-en un nouveau ou supprimez-le.</translation>
    </message>
    <message>
        <source>This token expires %1; rotate it before then.</source>
        <translation>Ce jeton expire %1 ; effectuez sa rotation avant.</translation>
    </message>
    <message>
        <source>This token is valid until %1.</source>
        <translation>Ce jeton est valide jusqu’au %1.</translation>
    </message>
    <message>
        <source>This token is valid and never expires.</source>
        <translation>Ce jeton est valide et n’expire jamais.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>keyward::TokensPanel</name>
    <message>
        <source>This server shows token values only once, when they are created. Create a new token to get a value.</source>
        <translation>Ce serveur n’affiche les valeurs des jetons qu’une seule fois, à leur création. Créez un nouveau jeton pour obtenir une valeur.</translation>
    </message>
    <message>
        <source>New Token…</source>
        <translation>Nouveau jeton…</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrer les jetons</translation>
    </message>
    <message>
        <source>Filter by description, id, scope or fingerprint</source>
        <translation>Filtrer par description, id, portée ou empreinte</translation>
    </message>
    <message>
        <source>Token slots used</source>
        <translation>Emplacements de jetons utilisés</translation>
    </message>
    <message numerus="yes">
        <source>The server keeps at most %n tokens per organization and per team.</source>
        <translation>
            <numerusform>Le serveur conserve au plus %n jeton par organisation et par équipe.</numerusform>
            <numerusform>Le serveur conserve au plus %n jetons par organisation et par équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Copy token value</source>
        <translation>Copier la valeur du jeton</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of team %1.</source>
        <translation>Seuls les administrateurs voient et gèrent les jetons de publication de l’équipe %1.</translation>
    </message>
    <message>
        <source>Only administrators see and manage the publishing tokens of %1.</source>
        <translation>Seuls les administrateurs voient et gèrent les jetons de publication de %1.</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>Wait until the tokens are loaded.</source>
        <translation>Attendez que les jetons soient chargés.</translation>
    </message>
    <message>
        <source>The tokens could not be loaded.</source>
        <translation>Les jetons n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>This team already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation>Cette équipe possède déjà %1 jetons, le maximum autorisé par le serveur. Révoquez-en d’abord un.</translation>
    </message>
    <message>
        <source>This organization already has %1 tokens, the most the server allows. Revoke one first.</source>
        <translation>Cette organisation possède déjà %1 jetons, le maximum autorisé par le serveur. Révoquez-en d’abord un.</translation>
    </message>
    <message>
        <source>Create a token for applications (Ctrl+N)</source>
        <translation>Créer un jeton pour les applications (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a token to revoke it.</source>
        <translation>Sélectionnez un jeton pour le révoquer.</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s value (Ctrl+C)</source>
        <translation>Copier la valeur du jeton sélectionné (Ctrl+C)</translation>
    </message>
    <message>
        <source>This is the only token left. Publishing must not be cut off by accident: create the successor first.</source>
        <translation>C’est le dernier jeton restant. La publication ne doit pas être interrompue par accident : créez d’abord le successeur.</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Révoquer le jeton sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Token “%1” created.</source>
        <translation>Jeton « %1 » créé.</translation>
    </message>
    <message>
        <source>Fetching the token value…</source>
        <translation>Récupération de la valeur du jeton…</translation>
    </message>
    <message>
        <source>Token value copied</source>
        <translation>Valeur du jeton copiée</translation>
    </message>
    <message>
        <source>the token “%1” (id %2, fingerprint %3) of %4</source>
        <translation>le jeton « %1 » (id %2, empreinte %3) de %4</translation>
    </message>
    <message>
        <source>the token “%1” (id %2) of %3</source>
        <translation>le jeton « %1 » (id %2) de %3</translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it stop publishing immediately. This cannot be undone.</source>
        <translation>Révoquer %1 ? Les applications qui l’utilisent cessent immédiatement de publier. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Token “%1” revoked.</source>
        <translation>Jeton « %1 » révoqué.</translation>
    </message>
    <message>
        <source>Copy As…</source>
        <translation>Copier en tant que…</translation>
    </message>
    <message>
        <source>Find Usages…</source>
        <translation>Rechercher les utilisations…</translation>
    </message>
    <message>
        <source>Copy token as a configuration snippet</source>
        <translation>Copier le jeton sous forme d’extrait de configuration</translation>
    </message>
    <message>
        <source>Find files that contain the token</source>
        <translation>Rechercher les fichiers qui contiennent le jeton</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Sélectionnez d’abord un jeton.</translation>
    </message>
    <message>
        <source>Copy the token as an Authorization header, a curl command, a .env line, a Kubernetes Secret…</source>
        <translation>Copier le jeton sous forme d’en-tête Authorization, de commande curl, de ligne .env, de Secret Kubernetes…</translation>
    </message>
    <message>
        <source>Search folders for configuration files that contain this token</source>
        <translation>Rechercher dans des dossiers les fichiers de configuration qui contiennent ce jeton</translation>
    </message>
    <message>
        <source>Find Usages First…</source>
        <translation>Rechercher d’abord les utilisations…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the claims of two tokens</source>
        <translation>Comparer les revendications de deux jetons</translation>
    </message>
    <message>
        <source>With “%1” (id %2)</source>
        <translation>Avec « %1 » (id %2)</translation>
    </message>
    <message>
        <source>Compare this token&apos;s claims with another token&apos;s, e.g. before and after a rotation</source>
        <translation>Comparer les revendications de ce jeton avec celles d’un autre, par exemple avant et après une rotation</translation>
    </message>
    <message>
        <source>There is no other token to compare with.</source>
        <translation>Il n’y a aucun autre jeton avec lequel comparer.</translation>
    </message>
    <message>
        <source>Compare tokens</source>
        <translation>Comparer des jetons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotation…</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Rotation du jeton</translation>
    </message>
    <message>
        <source>Replace the selected token by a successor with the same settings</source>
        <translation>Remplacer le jeton sélectionné par un successeur avec les mêmes paramètres</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Token rotated: “%1” created.</source>
        <translation>Rotation effectuée : « %1 » créé.</translation>
    </message>
</context>
<context>
    <name>keyward::UsageMatchModel</name>
    <message numerus="yes">
        <source>%1 (%n occurrence(s) on this line)</source>
        <translation>
            <numerusform>%1 (%n occurrence sur cette ligne)</numerusform>
            <numerusform>%1 (%n occurrences sur cette ligne)</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text (token masked)</source>
        <translation>Texte (jeton masqué)</translation>
    </message>
</context>
<context>
    <name>keyward::UsageScanDialog</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Where Is This Token Used?</source>
        <translation>Où ce jeton est-il utilisé ?</translation>
    </message>
    <message>
        <source>Before revoking or rotating, find configuration files that contain this token. The search runs on this computer only; the results show the token&apos;s value masked, and it is never saved.</source>
        <translation>Avant de révoquer ou d’effectuer une rotation, trouvez les fichiers de configuration qui contiennent ce jeton. La recherche s’effectue uniquement sur cet ordinateur ; les résultats affichent la valeur du jeton masquée, et elle n’est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton : %1</translation>
    </message>
    <message>
        <source>&amp;Folders to search:</source>
        <translation>&amp;Dossiers à parcourir :</translation>
    </message>
    <message>
        <source>Folders to search</source>
        <translation>Dossiers à parcourir</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Remove selected folders</source>
        <translation>Retirer les dossiers sélectionnés</translation>
    </message>
    <message>
        <source>Search the folders for this token</source>
        <translation>Rechercher ce jeton dans les dossiers</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <source>Files that contain the token</source>
        <translation>Fichiers qui contiennent le jeton</translation>
    </message>
    <message>
        <source>Double-click a result to open its folder.</source>
        <translation>Double-cliquez sur un résultat pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Choose a Folder to Search</source>
        <translation>Choisir un dossier à parcourir</translation>
    </message>
    <message>
        <source>Counting files…</source>
        <translation>Comptage des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>Counting files… %n found</source>
        <translation>
            <numerusform>Comptage des fichiers… %n trouvé</numerusform>
            <numerusform>Comptage des fichiers… %n trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search stopped after %n file(s).</source>
        <translation>
            <numerusform>Recherche arrêtée après %n fichier.</numerusform>
            <numerusform>Recherche arrêtée après %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n file(s).</source>
        <translation>
            <numerusform>%n fichier examiné.</numerusform>
            <numerusform>%n fichiers examinés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token appears on %n line(s) listed above.</source>
        <translation>
            <numerusform>Le jeton apparaît sur %n ligne listée ci-dessus.</numerusform>
            <numerusform>Le jeton apparaît sur %n lignes listées ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was not found.</source>
        <translation>Le jeton est introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s)</source>
        <translation>
            <numerusform>%n fichier binaire</numerusform>
            <numerusform>%n fichiers binaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) larger than %1 MiB</source>
        <translation>
            <numerusform>%n fichier de plus de %1 Mio</numerusform>
            <numerusform>%n fichiers de plus de %1 Mio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version-control or dependency folder(s)</source>
        <translation>
            <numerusform>%n dossier de gestion de versions ou de dépendances</numerusform>
            <numerusform>%n dossiers de gestion de versions ou de dépendances</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignorés : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be read.</source>
        <translation>
            <numerusform>%n fichier ou dossier n’a pas pu être lu.</numerusform>
            <numerusform>%n fichiers ou dossiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read:
%1</source>
        <translation>Lecture impossible :
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
        <translation>Algorithme : la façon dont le jeton est signé (EdDSA, ES256, RS256 ou HS256). « none » signifie non signé et n’est jamais accepté.</translation>
    </message>
    <message>
        <source>Type of the token, usually &quot;JWT&quot;.</source>
        <translation>Type du jeton, généralement « JWT ».</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token.</source>
        <translation>ID de clé : laquelle des clés de l’émetteur a signé le jeton.</translation>
    </message>
    <message>
        <source>Content type of the payload, for nested tokens.</source>
        <translation>Type de contenu de la charge utile, pour les jetons imbriqués.</translation>
    </message>
    <message>
        <source>Critical extensions: header parameters a verifier must understand, or else refuse the token.</source>
        <translation>Extensions critiques : paramètres d’en-tête qu’un vérificateur doit comprendre, sans quoi il doit refuser le jeton.</translation>
    </message>
    <message>
        <source>A URL the issuer names for its keys; never fetched by the inspector.</source>
        <translation>Une URL que l’émetteur indique pour ses clés ; jamais récupérée par l’inspecteur.</translation>
    </message>
    <message>
        <source>A key embedded in the token itself; never trusted: anyone can embed their own key.</source>
        <translation>Une clé intégrée au jeton lui-même ; jamais approuvée : n’importe qui peut y intégrer sa propre clé.</translation>
    </message>
    <message>
        <source>Thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation>Empreinte du certificat X.509 du signataire.</translation>
    </message>
    <message>
        <source>Issuer: the server that created and signed the token.</source>
        <translation>Émetteur : le serveur qui a créé et signé le jeton.</translation>
    </message>
    <message>
        <source>Subject: who or what the token was issued for.</source>
        <translation>Sujet : la personne ou l’entité pour laquelle le jeton a été émis.</translation>
    </message>
    <message>
        <source>Audience: the service the token is meant for; others must refuse it.</source>
        <translation>Audience : le service auquel le jeton est destiné ; les autres doivent le refuser.</translation>
    </message>
    <message>
        <source>Expiry: the token is refused from this moment on.</source>
        <translation>Expiration : le jeton est refusé à partir de ce moment.</translation>
    </message>
    <message>
        <source>Not before: the token is refused before this moment.</source>
        <translation>Pas avant : le jeton est refusé avant ce moment.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Émis le : date de création du jeton.</translation>
    </message>
    <message>
        <source>Token ID: unique per token; revocation lists name tokens by it.</source>
        <translation>ID du jeton : unique pour chaque jeton ; les listes de révocation désignent les jetons par cet ID.</translation>
    </message>
    <message>
        <source>Organization the token belongs to; an organization token may also publish to every team of it.</source>
        <translation>Organisation à laquelle appartient le jeton ; un jeton d’organisation peut aussi publier dans chacune de ses équipes.</translation>
    </message>
    <message>
        <source>Team the token belongs to; absent for organization tokens.</source>
        <translation>Équipe à laquelle appartient le jeton ; absente pour les jetons d’organisation.</translation>
    </message>
    <message>
        <source>Scopes: what the token may do, e.g. metrics:write to publish and metrics:read to read metrics.</source>
        <translation>Portées : ce que le jeton peut faire, par exemple metrics:write pour publier et metrics:read pour lire les métriques.</translation>
    </message>
    <message>
        <source>Labels: on a writing token stamped onto every data point it publishes; on a reading token a filter every query is held to.</source>
        <translation>Libellés : sur un jeton d’écriture, apposés sur chaque point de données qu’il publie ; sur un jeton de lecture, un filtre imposé à chaque requête.</translation>
    </message>
    <message>
        <source>Attributes: restrictions such as the accepted time window of data points.</source>
        <translation>Attributs : restrictions telles que la fenêtre temporelle acceptée pour les points de données.</translation>
    </message>
    <message>
        <source>Tenant (Opstrace): the unit of isolation whose data the token may reach.</source>
        <translation>Locataire (Opstrace) : l’unité d’isolation dont le jeton peut atteindre les données.</translation>
    </message>
    <message>
        <source>Client ID (OAuth): the application the token was issued to.</source>
        <translation>ID client (OAuth) : l’application à laquelle le jeton a été émis.</translation>
    </message>
    <message>
        <source>User ID (OAuth): the user the token acts for.</source>
        <translation>ID utilisateur (OAuth) : l’utilisateur pour le compte duquel le jeton agit.</translation>
    </message>
    <message>
        <source>User name (OAuth) of the user the token acts for.</source>
        <translation>Nom (OAuth) de l’utilisateur pour le compte duquel le jeton agit.</translation>
    </message>
    <message>
        <source>E-mail address of the user the token acts for.</source>
        <translation>Adresse e-mail de l’utilisateur pour le compte duquel le jeton agit.</translation>
    </message>
    <message>
        <source>Authorized party (OAuth): the client that asked for the token.</source>
        <translation>Partie autorisée (OAuth) : le client qui a demandé le jeton.</translation>
    </message>
    <message>
        <source>OAuth grant type the token was obtained with, e.g. client_credentials.</source>
        <translation>Type d’autorisation OAuth avec lequel le jeton a été obtenu, par exemple client_credentials.</translation>
    </message>
    <message>
        <source>Identity zone (Cloud Foundry UAA) that issued the token.</source>
        <translation>Zone d’identité (Cloud Foundry UAA) qui a émis le jeton.</translation>
    </message>
    <message>
        <source>Identity provider (Cloud Foundry UAA) the user logged in with.</source>
        <translation>Fournisseur d’identité (Cloud Foundry UAA) avec lequel l’utilisateur s’est connecté.</translation>
    </message>
    <message>
        <source>Authorities (Cloud Foundry UAA): the client&apos;s own permissions.</source>
        <translation>Autorités (Cloud Foundry UAA) : les permissions propres du client.</translation>
    </message>
    <message>
        <source>When the user authenticated.</source>
        <translation>Moment où l’utilisateur s’est authentifié.</translation>
    </message>
    <message>
        <source>may publish metrics</source>
        <translation>peut publier des métriques</translation>
    </message>
    <message>
        <source>may read metrics</source>
        <translation>peut lire des métriques</translation>
    </message>
    <message>
        <source>may publish metrics matching %1</source>
        <translation>peut publier les métriques correspondant à %1</translation>
    </message>
    <message>
        <source>may read metrics matching %1</source>
        <translation>peut lire les métriques correspondant à %1</translation>
    </message>
    <message>
        <source>may submit usage for every resource (Abacus system scope)</source>
        <translation>peut soumettre l’utilisation de toutes les ressources (portée système Abacus)</translation>
    </message>
    <message>
        <source>may read usage of every resource (Abacus system scope)</source>
        <translation>peut lire l’utilisation de toutes les ressources (portée système Abacus)</translation>
    </message>
    <message>
        <source>may submit usage for resource %1 (Abacus)</source>
        <translation>peut soumettre l’utilisation de la ressource %1 (Abacus)</translation>
    </message>
    <message>
        <source>may read usage reports of resource %1 (Abacus)</source>
        <translation>peut lire les rapports d’utilisation de la ressource %1 (Abacus)</translation>
    </message>
    <message>
        <source>may read Abacus health and monitoring streams</source>
        <translation>peut lire les flux d’état et de surveillance d’Abacus</translation>
    </message>
    <message>
        <source>not a scope this server knows</source>
        <translation>portée inconnue de ce serveur</translation>
    </message>
    <message>
        <source>oldest accepted data point, in seconds before now</source>
        <translation>point de données accepté le plus ancien, en secondes avant maintenant</translation>
    </message>
    <message>
        <source>latest accepted data point, in seconds after now</source>
        <translation>point de données accepté le plus récent, en secondes après maintenant</translation>
    </message>
    <message>
        <source>points outside the window are dropped silently instead of refused</source>
        <translation>les points hors de la fenêtre sont ignorés silencieusement au lieu d’être refusés</translation>
    </message>
    <message>
        <source>not an attribute this server knows</source>
        <translation>attribut inconnu de ce serveur</translation>
    </message>
</context>
<context>
    <name>keyward::claims::KeySource</name>
    <message>
        <source>This is a public key, not a shared secret. Using a public key as an HS256 secret would let anyone forge tokens; verify with it as a PEM or JWK key instead.</source>
        <translation>Ceci est une clé publique, pas un secret partagé. Utiliser une clé publique comme secret HS256 permettrait à n’importe qui de falsifier des jetons ; utilisez-la plutôt pour vérifier en tant que clé PEM ou JWK.</translation>
    </message>
    <message>
        <source>The secret is too short: %1 of at least 32 bytes an HS256 secret needs (RFC 7518, section 3.2).</source>
        <translation>Le secret est trop court : %1 sur les 32 octets minimum nécessaires à un secret HS256 (RFC 7518, section 3.2).</translation>
    </message>
    <message>
        <source>Paste a PEM public key (it starts with &quot;-----BEGIN PUBLIC KEY-----&quot;).</source>
        <translation>Collez une clé publique PEM (elle commence par « -----BEGIN PUBLIC KEY----- »).</translation>
    </message>
    <message>
        <source>This is not PEM text: a PEM key starts with &quot;-----BEGIN PUBLIC KEY-----&quot;.</source>
        <translation>Ce n’est pas du texte PEM : une clé PEM commence par « -----BEGIN PUBLIC KEY----- ».</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; paste the public key instead.</source>
        <translation>La clé privée est protégée par une phrase secrète ; collez plutôt la clé publique.</translation>
    </message>
    <message>
        <source>This is a PKCS#1 &quot;RSA PUBLIC KEY&quot;; convert it with &quot;openssl rsa -RSAPublicKey_in -pubout&quot; and paste the result.</source>
        <translation>Ceci est une « RSA PUBLIC KEY » PKCS#1 ; convertissez-la avec « openssl rsa -RSAPublicKey_in -pubout » et collez le résultat.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Le certificat ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PEM key cannot be used: %1</source>
        <translation>La clé PEM est inutilisable : %1</translation>
    </message>
    <message>
        <source>The PEM text holds no public key.</source>
        <translation>Le texte PEM ne contient aucune clé publique.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Le fichier n’est pas du JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The file holds no JSON object; a JWK or a key set {&quot;keys&quot;: […]} is needed.</source>
        <translation>Le fichier ne contient aucun objet JSON ; un JWK ou un jeu de clés {&quot;keys&quot;: […]} est nécessaire.</translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not a list.</source>
        <translation>Le membre « keys » du jeu de clés n’est pas une liste.</translation>
    </message>
    <message>
        <source>The key set cannot be used: %1</source>
        <translation>Le jeu de clés est inutilisable : %1</translation>
    </message>
    <message>
        <source>The key set holds no key of a supported type (OKP, EC, RSA or oct).</source>
        <translation>Le jeu de clés ne contient aucune clé d’un type pris en charge (OKP, EC, RSA ou oct).</translation>
    </message>
    <message>
        <source>The JSON object is neither a JWK (no &quot;kty&quot;) nor a key set (no &quot;keys&quot;).</source>
        <translation>L’objet JSON n’est ni un JWK (pas de « kty ») ni un jeu de clés (pas de « keys »).</translation>
    </message>
    <message>
        <source>The JWK cannot be used: %1</source>
        <translation>Le JWK est inutilisable : %1</translation>
    </message>
    <message>
        <source>Enter the shared secret the token was signed with.</source>
        <translation>Saisissez le secret partagé avec lequel le jeton a été signé.</translation>
    </message>
    <message>
        <source>Enter the shared secret in base64.</source>
        <translation>Saisissez le secret partagé en base64.</translation>
    </message>
    <message>
        <source>The secret is not valid base64 (standard or URL-safe alphabet).</source>
        <translation>Le secret n’est pas du base64 valide (alphabet standard ou compatible URL).</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>a key set with one key</source>
        <translation>un jeu de clés contenant une clé</translation>
    </message>
    <message>
        <source>a key set with %1 keys</source>
        <translation>un jeu de clés contenant %1 clés</translation>
    </message>
    <message>
        <source>a PEM %1 key</source>
        <translation>une clé PEM %1</translation>
    </message>
    <message>
        <source>a JWK %1 key</source>
        <translation>une clé JWK %1</translation>
    </message>
    <message>
        <source>an HS256 shared secret</source>
        <translation>un secret partagé HS256</translation>
    </message>
    <message>
        <source>no key was given to check the signature</source>
        <translation>aucune clé n’a été fournie pour vérifier la signature</translation>
    </message>
    <message>
        <source>no key matches the token&apos;s key id</source>
        <translation>aucune clé ne correspond à l’ID de clé du jeton</translation>
    </message>
    <message>
        <source>the signature does not match: the token was altered or signed with another key</source>
        <translation>la signature ne correspond pas : le jeton a été modifié ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>the token is unsigned (&quot;alg&quot;: &quot;none&quot;) and must never be accepted</source>
        <translation>le jeton n’est pas signé (&quot;alg&quot;: &quot;none&quot;) et ne doit jamais être accepté</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not one of EdDSA, ES256, RS256 or HS256</source>
        <translation>l’algorithme du jeton n’est ni EdDSA, ni ES256, ni RS256, ni HS256</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm does not match the key&apos;s type</source>
        <translation>l’algorithme du jeton ne correspond pas au type de la clé</translation>
    </message>
    <message>
        <source>the token is malformed, so its signature cannot be checked</source>
        <translation>le jeton est mal formé : sa signature ne peut donc pas être vérifiée</translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenInspection</name>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes, more than any real token.</source>
        <translation>La valeur dépasse %1 octets, plus que n’importe quel jeton réel.</translation>
    </message>
    <message>
        <source>The value has five parts: it is an encrypted token (JWE), which only its recipient can read.</source>
        <translation>La valeur comporte cinq parties : c’est un jeton chiffré (JWE), que seul son destinataire peut lire.</translation>
    </message>
    <message>
        <source>The value has %1 dot-separated parts instead of 3.</source>
        <translation>La valeur comporte %1 parties séparées par des points au lieu de 3.</translation>
    </message>
    <message>
        <source>The %1 part is empty.</source>
        <translation>La partie « %1 » est vide.</translation>
    </message>
    <message>
        <source>The %1 part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation>La partie « %1 » n’est pas du base64url valide (lettres, chiffres, &apos;-&apos; et &apos;_&apos;, sans remplissage).</translation>
    </message>
    <message>
        <source>The %1 repeats a member name, so different readers would see different values.</source>
        <translation>Un nom de membre est répété (%1) : des lecteurs différents verraient des valeurs différentes.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>La partie « %1 » n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (algorithm) string.</source>
        <translation>L’en-tête ne contient pas de chaîne « alg » (algorithme).</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;kid&quot; (key ID) is not a string.</source>
        <translation>Le « kid » (ID de clé) de l’en-tête n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The signature part is missing.</source>
        <translation>La partie signature est absente.</translation>
    </message>
    <message>
        <source>The signature part is not valid base64url (letters, digits, &apos;-&apos; and &apos;_&apos;, no padding).</source>
        <translation>La partie signature n’est pas du base64url valide (lettres, chiffres, &apos;-&apos; et &apos;_&apos;, sans remplissage).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC : %1</translation>
    </message>
    <message>
        <source>The token contains invisible or control characters (shown as \uXXXX); they can make a value look like another one.</source>
        <translation>Le jeton contient des caractères invisibles ou de contrôle (affichés sous la forme \uXXXX) ; ils peuvent faire ressembler une valeur à une autre.</translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation>Format incorrect (%1) : %2</translation>
    </message>
    <message>
        <source>The token is unsigned (&quot;alg&quot;: &quot;none&quot;): anyone can have written it, and no verifier may accept it.</source>
        <translation>Le jeton n’est pas signé (&quot;alg&quot;: &quot;none&quot;) : n’importe qui a pu l’écrire, et aucun vérificateur ne doit l’accepter.</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (%1) that are not understood here; a verifier must refuse the token.</source>
        <translation>L’en-tête marque comme critiques des extensions (%1) qui ne sont pas comprises ici ; un vérificateur doit refuser le jeton.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucune nommée</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a whole number of seconds, so verifiers will refuse the token.</source>
        <translation>La revendication « %1 » n’est pas un nombre entier de secondes : les vérificateurs refuseront donc le jeton.</translation>
    </message>
    <message>
        <source>The token never expires: if it leaks, it works until it is revoked.</source>
        <translation>Le jeton n’expire jamais : s’il fuite, il fonctionne jusqu’à sa révocation.</translation>
    </message>
    <message>
        <source>The token expires more than two years from now (%1); consider a shorter lifetime and rotation.</source>
        <translation>Le jeton expire dans plus de deux ans (%1) ; envisagez une durée de vie plus courte et une rotation.</translation>
    </message>
    <message>
        <source>The token names no issuer, so it cannot be tied to the active profile&apos;s server (%1).</source>
        <translation>Le jeton n’indique aucun émetteur : il ne peut donc pas être rattaché au serveur du profil actif (%1).</translation>
    </message>
    <message>
        <source>This token belongs to another environment: it was issued by %1, the active profile&apos;s server is %2.</source>
        <translation>Ce jeton appartient à un autre environnement : il a été émis par %1, le serveur du profil actif est %2.</translation>
    </message>
    <message>
        <source>Opaque token — this server issues tokens without claims</source>
        <translation>Jeton opaque — ce serveur émet des jetons sans revendications</translation>
    </message>
    <message>
        <source>Malformed token: %1</source>
        <translation>Jeton mal formé : %1</translation>
    </message>
    <message>
        <source>Signature verified (%1)</source>
        <translation>Signature vérifiée (%1)</translation>
    </message>
    <message>
        <source>Signature verified (%1, key %2)</source>
        <translation>Signature vérifiée (%1, clé %2)</translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation>Signature non vérifiée : %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2)</source>
        <translation>valide jusqu’au %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>expiré le %1 (%2)</translation>
    </message>
    <message>
        <source>not valid before %1 (%2)</source>
        <translation>non valide avant le %1 (%2)</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <source>the expiry or start time cannot be read</source>
        <translation>la date d’expiration ou de début ne peut pas être lue</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
</context>
<context>
    <name>keyward::claims::TokenSummary</name>
    <message>
        <source>Opaque token, revoked: this server issues tokens without claims, so what it allows is known only to the server.</source>
        <translation>Jeton opaque, révoqué : ce serveur émet des jetons sans revendications ; seul le serveur sait donc ce qu’il autorise.</translation>
    </message>
    <message>
        <source>Opaque token: this server issues tokens without claims, so what it allows and until when is known only to the server.</source>
        <translation>Jeton opaque : ce serveur émet des jetons sans revendications ; seul le serveur sait donc ce qu’il autorise et jusqu’à quand.</translation>
    </message>
    <message>
        <source>Not a readable token. %1</source>
        <translation>Jeton illisible. %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 with scopes %2</source>
        <translation>%1 avec les portées %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, but revoked</source>
        <translation>%1, mais révoqué</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>publishes and reads metrics</source>
        <translation>publie et lit des métriques</translation>
    </message>
    <message>
        <source>publishes metrics%1 and reads metrics%2</source>
        <translation>publie des métriques%1 et lit des métriques%2</translation>
    </message>
    <message>
        <source> matching %1</source>
        <translation> correspondant à %1</translation>
    </message>
    <message>
        <source>publishes metrics</source>
        <translation>publie des métriques</translation>
    </message>
    <message>
        <source>publishes metrics matching %1</source>
        <translation>publie des métriques correspondant à %1</translation>
    </message>
    <message>
        <source>reads metrics</source>
        <translation>lit des métriques</translation>
    </message>
    <message>
        <source>reads metrics matching %1</source>
        <translation>lit des métriques correspondant à %1</translation>
    </message>
    <message>
        <source>grants no known rights</source>
        <translation>n’accorde aucun droit connu</translation>
    </message>
    <message>
        <source>organization %1 and its teams</source>
        <translation>l’organisation %1 et ses équipes</translation>
    </message>
    <message>
        <source>team %1 of %2</source>
        <translation>l’équipe %1 de %2</translation>
    </message>
    <message>
        <source>token for tenant %1</source>
        <translation>jeton pour le locataire %1</translation>
    </message>
    <message>
        <source>token for client %1</source>
        <translation>jeton pour le client %1</translation>
    </message>
    <message>
        <source>token for %1</source>
        <translation>jeton pour %1</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>%1 from an unnamed issuer</source>
        <translation>%1 d’un émetteur sans nom</translation>
    </message>
    <message>
        <source>%1 issued by %2</source>
        <translation>%1 émis par %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>until %1 (expired %2)</source>
        <translation>jusqu’au %1 (expiré %2)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1 and never expires</source>
        <translation>à partir du %1 et n’expire jamais</translation>
    </message>
    <message>
        <source>with an unreadable expiry or start time</source>
        <translation>avec une date d’expiration ou de début illisible</translation>
    </message>
    <message>
        <source>and never expires</source>
        <translation>et n’expire jamais</translation>
    </message>
    <message>
        <source>signature verified (%1)</source>
        <translation>signature vérifiée (%1)</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>signé par la clé %1</translation>
    </message>
    <message>
        <source>signature not verified: %1</source>
        <translation>signature non vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer organizations, teams, members and publishing tokens on a Keyward server.</source>
        <translation>Administrer les organisations, les équipes, les membres et les jetons de publication sur un serveur Keyward.</translation>
    </message>
    <message>
        <source>The email address of your account.</source>
        <translation>L’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe depuis la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Open the connection profile with this name instead of the last one used.</source>
        <translation>Ouvrir le profil de connexion portant ce nom au lieu du dernier utilisé.</translation>
    </message>
    <message>
        <source>Log in to this server (uses its profile, or creates one after the first login).</source>
        <translation>Se connecter à ce serveur (utilise son profil, ou en crée un après la première connexion).</translation>
    </message>
    <message>
        <source>Log in at start with the given server or profile, email and password.</source>
        <translation>Se connecter au démarrage avec le serveur ou le profil, l’e-mail et le mot de passe indiqués.</translation>
    </message>
    <message>
        <source>There are no settings to reset (%1 does not exist).</source>
        <translation>Il n’y a aucun paramètre à réinitialiser (%1 n’existe pas).</translation>
    </message>
    <message>
        <source>This deletes %1: every connection profile and preference. Passwords and sessions in the system keychain are kept.</source>
        <translation>Ceci supprime %1 : tous les profils de connexion et toutes les préférences. Les mots de passe et les sessions du trousseau du système sont conservés.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Tapez « oui » pour continuer : </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>--inspect reads the token from standard input, which was empty.</source>
        <translation>--inspect lit le jeton sur l’entrée standard, qui était vide.</translation>
    </message>
    <message>
        <source>Read a token (JWT) from standard input and open the token inspector on it, without logging in.</source>
        <translation>Lire un jeton (JWT) sur l’entrée standard et ouvrir l’inspecteur de jetons, sans se connecter.</translation>
    </message>
    <message>
        <source>Delete the settings file (%1): connection profiles and preferences. Asks for confirmation unless --yes is given. Passwords and sessions in the system keychain are not touched.</source>
        <translation>Supprimer le fichier de paramètres (%1) : profils de connexion et préférences. Demande une confirmation, sauf avec --yes. Les mots de passe et les sessions du trousseau du système ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (--reset-settings).</source>
        <translation>Ne pas demander de confirmation (--reset-settings).</translation>
    </message>
    <message>
        <source>Use this language for this run, for example de, fr or en, instead of the one chosen in Preferences (by default the system&apos;s).</source>
        <translation>Utiliser cette langue pour cette exécution, par exemple de, fr ou en, au lieu de celle choisie dans les préférences (par défaut celle du système).</translation>
    </message>
</context>
</TS>
