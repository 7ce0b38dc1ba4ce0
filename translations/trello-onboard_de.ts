<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/accounts/Account.cpp" line="+39"/>
        <source>The member id of an account is empty.</source>
        <translation>Die Mitglieds-ID eines Kontos ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The member id of an account is longer than %1 characters.</source>
        <translation>Die Mitglieds-ID eines Kontos ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member id of an account may contain only letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Die Mitglieds-ID eines Kontos darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The username of account %1 is empty.</source>
        <translation>Der Benutzername des Kontos %1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username of account %1 is too long or contains a control character.</source>
        <translation>Der Benutzername des Kontos %1 ist zu lang oder enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full name of account %1 is too long or contains a control character.</source>
        <translation>Der vollständige Name des Kontos %1 ist zu lang oder enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scope of account %1 contains a comma; list each scope on its own.</source>
        <translation>Eine Berechtigung des Kontos %1 enthält ein Komma; führen Sie jede Berechtigung einzeln auf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The scopes of account %1 are not valid.</source>
        <translation>Die Berechtigungen des Kontos %1 sind ungültig.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../src/core/accounts/AccountJson.cpp" line="+188"/>
        <source>Account %1 has more than %2 custom headers.</source>
        <translation>Das Konto %1 hat mehr als %2 eigene Header.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file name of account %1 is too long or contains a control character.</source>
        <translation>Der Name der CA-Datei des Kontos %1 ist zu lang oder enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountJson.cpp" line="-100"/>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a date and time in ISO 8601 form, or null</source>
        <translation>ein Datum mit Uhrzeit im ISO-8601-Format oder null</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The header &quot;%1&quot; of account %2 is marked secret but its name is not a secret header&apos;s.</source>
        <translation>Der Header &quot;%1&quot; des Kontos %2 ist als geheim markiert, sein Name ist aber nicht der eines geheimen Headers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>authorize URL</source>
        <translation>Die Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>return URL</source>
        <translation>Die Rücksprung-URL</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/Account.cpp" line="-25"/>
        <source>An account has either an API key or an OAuth 2.0 client id, and this one has %1.</source>
        <translation>Ein Konto hat entweder einen API-Schlüssel oder eine OAuth-2.0-Client-ID; dieses hat %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither</source>
        <translation>keins von beiden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The scopes of account %1 are not valid: %2</source>
        <translation>Die Berechtigungen des Kontos %1 sind ungültig: %2</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountJson.cpp" line="-145"/>
        <source>The field &quot;%1&quot; of an account must be %2.</source>
        <translation>Das Feld „%1“ eines Kontos muss %2 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An account has no &quot;%1&quot; field.</source>
        <translation>Einem Konto fehlt das Feld „%1“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The field &quot;%1&quot; of an account is not a date and time in ISO 8601 form.</source>
        <translation>Das Feld „%1“ eines Kontos ist kein Datum mit Uhrzeit im ISO-8601-Format.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An account has an invalid OAuth 2.0 client id: %1</source>
        <translation>Ein Konto hat eine ungültige OAuth-2.0-Client-ID: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An account has an invalid API key: %1</source>
        <translation>Ein Konto hat einen ungültigen API-Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The id of account %1 does not match its API key and member id.</source>
        <translation>Die ID des Kontos %1 passt nicht zu seinem API-Schlüssel und seiner Mitglieds-ID.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 has no &quot;scopes&quot; field.</source>
        <translation>Dem Konto %1 fehlt das Feld „scopes“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>a list of scopes</source>
        <translation>eine Liste von Berechtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API host</source>
        <translation>Der API-Host</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation>eine Liste von {&quot;name&quot;, &quot;value&quot;}-Objekten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OAuth 2.0 token URL</source>
        <translation>OAuth-2.0-Token-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
</context>
<context>
    <name>AccountAttention</name>
    <message>
        <location filename="../src/core/operations/AccountAttention.cpp" line="+20"/>
        <source>The token of %1 expired on %2; get a new one: %3</source>
        <translation>Das Token von %1 ist am %2 abgelaufen; holen Sie ein neues: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OAuth 2.0 sign-in of %1 could not be kept alive; sign in again: %2</source>
        <translation>Die OAuth-2.0-Anmeldung von %1 konnte nicht am Leben gehalten werden; melden Sie sich erneut an: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trello refuses the token of %1; get a new one: %2</source>
        <translation>Trello lehnt das Token von %1 ab; holen Sie ein neues: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OAuth 2.0 sign-in of %1 lapses %2 (%3) unless it is used; sign in again: %4</source>
        <translation>Die OAuth-2.0-Anmeldung von %1 verfällt %2 (%3), wenn sie nicht benutzt wird; melden Sie sich erneut an: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token of %1 expires %2 (%3); get a new one: %4</source>
        <translation>Das Token von %1 läuft %2 ab (%3); holen Sie ein neues: %4</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <location filename="../ui/AccountsWindow.ui" line="+9"/>
        <source>Trello accounts</source>
        <translation>Trello-Konten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Trello tokens stored in this computer&apos;s keychain. Select one to test, rotate, revoke or forget it.</source>
        <translation>Die im Schlüsselbund dieses Computers gespeicherten Trello-Tokens. Wählen Sie eines aus, um es zu testen, zu erneuern, zu widerrufen oder zu vergessen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored Trello accounts</source>
        <translation>Gespeicherte Trello-Konten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Trello now whether the token works</source>
        <translation>Trello jetzt fragen, ob das Token funktioniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new token from Trello, store it, then revoke the old one</source>
        <translation>Ein neues Token von Trello holen, speichern und dann das alte widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the token on Trello, everywhere, and remove it here</source>
        <translation>Das Token bei Trello überall ungültig machen und hier entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the token from this computer only; it stays valid on Trello</source>
        <translation>Das Token nur von diesem Computer entfernen; bei Trello bleibt es gültig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <location filename="../src/core/trello/ApiEndpoint.cpp" line="+21"/>
        <source>API host</source>
        <translation>Der API-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host must not contain &quot;?&quot; or &quot;#&quot;; give just the root, such as https://api.trello.com/1.</source>
        <translation>Der API-Host darf kein „?“ oder „#“ enthalten; geben Sie nur die Basisadresse an, zum Beispiel https://api.trello.com/1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--credentials-in takes &quot;query&quot; or &quot;header&quot;, not &quot;%1&quot;.</source>
        <translation>--credentials-in erwartet „query“ oder „header“, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>AuthorizeRequest</name>
    <message>
        <location filename="../src/core/trello/AuthorizeRequest.cpp" line="+34"/>
        <source>Unknown scope &quot;%1&quot;; choose from read, write and account, separated by commas.</source>
        <translation>Unbekannte Berechtigung „%1“; wählen Sie aus read, write und account, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation>Die Berechtigung „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No scope was given; use read, read,write or read,write,account.</source>
        <translation>Es wurde keine Berechtigung angegeben; verwenden Sie read, read,write oder read,write,account.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown expiration &quot;%1&quot;; choose 1hour, 1day, 30days or never.</source>
        <translation>Unbekannte Gültigkeitsdauer „%1“; wählen Sie 1hour, 1day, 30days oder never.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application name that Trello shows on its consent page is empty.</source>
        <translation>Der Anwendungsname, den Trello auf seiner Zustimmungsseite anzeigt, ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application name is longer than %1 characters.</source>
        <translation>Der Anwendungsname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application name contains a control character.</source>
        <translation>Der Anwendungsname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>authorize URL</source>
        <translation>Die Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return URL</source>
        <translation>Die Rücksprung-URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The return URL must not contain a &quot;#&quot;: Trello puts the token there.</source>
        <translation>Die Rücksprung-URL darf kein „#“ enthalten: Dort übergibt Trello das Token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To sign in with your browser, the return URL must be http://localhost with a port (or 127.0.0.1 or [::1]), for example %1: trello-onboard listens there for the answer. &quot;%2&quot; is not.</source>
        <translation>Für die Anmeldung im Browser muss die Rücksprung-URL http://localhost mit einem Port sein (oder 127.0.0.1 oder [::1]), zum Beispiel %1: Dort wartet trello-onboard auf die Antwort. „%2“ ist das nicht.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../src/core/changes/ChangeJournal.cpp" line="+85"/>
        <location line="+18"/>
        <source>The record of unfinished changes</source>
        <translation>Die Aufzeichnung unvollendeter Änderungen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The record of unfinished changes %1 is not readable; move it away.</source>
        <translation>Die Aufzeichnung unvollendeter Änderungen %1 ist nicht lesbar; verschieben Sie sie an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of unfinished changes %1 was written by a newer trello-onboard; it was left as it is.</source>
        <translation>Die Aufzeichnung unvollendeter Änderungen %1 wurde von einem neueren trello-onboard geschrieben; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The record of unfinished changes %1 was not changed: the change lock is not held.</source>
        <translation>Die Aufzeichnung unvollendeter Änderungen %1 wurde nicht geändert: die Änderungssperre ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../src/app/commands/CommandRunner.cpp" line="+64"/>
        <source>waiting for %1 to be unlocked: type its password in the prompt it opened (or dismiss it to stop).</source>
        <translation>warte darauf, dass %1 entsperrt wird: geben Sie sein Passwort in der geöffneten Abfrage ein (oder schließen Sie sie, um abzubrechen).</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../src/core/setup/ConfigFile.cpp" line="+27"/>
        <source>No config file was named.</source>
        <translation>Es wurde keine Konfigurationsdatei angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The config file</source>
        <translation>Die Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The config file %1 does not exist.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: the config file contains binary data.</source>
        <translation>%1, Zeile %2: Die Konfigurationsdatei enthält Binärdaten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: the config file is not UTF-8 text.</source>
        <translation>%1, Zeile %2: Die Konfigurationsdatei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the line contains a control character (a stray carriage return?); only tabs are allowed.</source>
        <translation>%1: Die Zeile enthält ein Steuerzeichen (ein verirrter Wagenrücklauf?); erlaubt sind nur Tabulatoren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown section %2; the known ones are [trello-onboard] and [headers].</source>
        <translation>%1: unbekannter Abschnitt %2; bekannt sind [trello-onboard] und [headers].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected &quot;key = value&quot;.</source>
        <translation>%1: „Schlüssel = Wert“ erwartet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown key &quot;%2&quot;; known keys: %3.</source>
        <translation>%1: unbekannter Schlüssel „%2“; bekannte Schlüssel: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is set twice.</source>
        <translation>%1: „%2“ ist zweimal gesetzt.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/ConnectionPage.ui" line="+6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most people keep the defaults: requests go straight to Trello.</source>
        <translation>Die meisten behalten die Standardeinstellungen: Anfragen gehen direkt an Trello.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show advanced connection settings</source>
        <translation>Erweiterte Verbindungseinstellungen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>API &amp;host (a proxy or a mock may stand in for Trello):</source>
        <translation>API-&amp;Host (anstelle von Trello kann hier ein Proxy oder ein Testserver stehen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra headers sent with every API request:</source>
        <translation>Zusätzliche Header, die mit jeder API-Anfrage gesendet werden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra headers for every API request</source>
        <translation>Zusätzliche Header für jede API-Anfrage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the API key and token:</source>
        <translation>API-Schlüssel und Token senden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as query parameters, as Trello&apos;s own clients do</source>
        <translation>als Abfrageparameter, wie es Trellos eigene Clients tun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in an Authorization header, which keeps the token out of URLs and proxy logs</source>
        <translation>in einem Authorization-Header, damit das Token nicht in URLs und Proxy-Protokollen erscheint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Return URL:</source>
        <translation>&amp;Rücksprung-URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return URL</source>
        <translation>Rücksprung-URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trello sends its answer to this address; it is never loaded. Its origin must be listed among the allowed origins of your API key on the Power-Up admin page.</source>
        <translation>Trello schickt seine Antwort an diese Adresse; sie wird nie geladen. Ihr Ursprung muss unter den erlaubten Ursprüngen (Allowed origins) Ihres API-Schlüssels auf der Power-Up-Verwaltungsseite eingetragen sein.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../ui/ConsentPage.ui" line="+6"/>
        <source>Allow access on Trello</source>
        <translation>Zugriff bei Trello erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is Trello&apos;s own page. Check the address above it before you allow access.</source>
        <translation>Dies ist Trellos eigene Seite. Prüfen Sie die Adresse darüber, bevor Sie den Zugriff erlauben.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../ui/ConsentPanel.ui" line="+39"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting for your browser…</source>
        <translation>Warte auf Ihren Browser…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste a token instead</source>
        <translation>Stattdessen ein Token ein&amp;fügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show Trello&apos;s page in this wind&amp;ow</source>
        <translation>Trellos Seite in diesem &amp;Fenster zeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page not working here? Use your browser instead</source>
        <translation>Funktioniert die Seite hier nicht? Verwenden Sie stattdessen Ihren Browser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sign in with your browser</source>
        <translation>Mit Ihrem Browser &amp;anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For Google, Microsoft or Apple sign-in, passkeys and your password manager: Trello&apos;s page opens in your own browser, and its answer comes back here by itself.</source>
        <translation>Für die Anmeldung mit Google, Microsoft oder Apple, Passkeys und Ihren Passwortmanager: Trellos Seite öffnet sich in Ihrem eigenen Browser, und seine Antwort kommt von selbst hierher zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>then paste the to&amp;ken:</source>
        <translation>dann das To&amp;ken einfügen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token copied from Trello</source>
        <translation>Von Trello kopiertes Token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the token Trello shows</source>
        <translation>Fügen Sie das Token ein, das Trello anzeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use token</source>
        <translation>Token &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>CredentialFormat</name>
    <message>
        <location filename="../src/core/trello/CredentialFormat.cpp" line="+26"/>
        <source>No API key was given. Copy it from the API Key tab of your Power-Up at https://trello.com/power-ups/admin.</source>
        <translation>Es wurde kein API-Schlüssel angegeben. Kopieren Sie ihn aus dem Reiter „API Key“ Ihres Power-Ups unter https://trello.com/power-ups/admin.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n character(s) or other letters.</source>
        <translation>
            <numerusform>Der API-Schlüssel muss aus 32 Hexadezimalzeichen (0-9, a-f) bestehen; der angegebene hat %n Zeichen oder enthält andere Buchstaben.</numerusform>
            <numerusform>Der API-Schlüssel muss aus 32 Hexadezimalzeichen (0-9, a-f) bestehen; der angegebene hat %n Zeichen oder enthält andere Buchstaben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token was given.</source>
        <translation>Es wurde kein Token angegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n character(s)).</source>
        <translation>
            <numerusform>Das ist kein Trello-Token: Ein Token besteht aus 64 Hexadezimalzeichen oder aus 76 Zeichen, die mit ATTA beginnen (der angegebene Text hat %n Zeichen).</numerusform>
            <numerusform>Das ist kein Trello-Token: Ein Token besteht aus 64 Hexadezimalzeichen oder aus 76 Zeichen, die mit ATTA beginnen (der angegebene Text hat %n Zeichen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomHeader</name>
    <message>
        <location filename="../src/core/trello/CustomHeader.cpp" line="+46"/>
        <source>A header must be written as &quot;Name: value&quot;; there is no colon in the one given.</source>
        <translation>Ein Header muss als „Name: Wert“ geschrieben werden; im angegebenen fehlt der Doppelpunkt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The header &quot;%1&quot; carries a Trello token. trello-onboard sends the token itself, and keeps it out of the settings file: to send it in the Authorization header instead of the URL, use --credentials-in header.</source>
        <translation>Der Header &quot;%1&quot; enthält ein Trello-Token. trello-onboard sendet das Token selbst und hält es aus der Einstellungsdatei heraus: Um es im Authorization-Header statt in der URL zu senden, verwenden Sie --credentials-in header.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A header has an empty name.</source>
        <translation>Ein Header hat einen leeren Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header name &quot;%1&quot; may contain only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (no spaces).</source>
        <translation>Der Header-Name „%1“ darf nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ enthalten (keine Leerzeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header &quot;%1&quot; is set by the program itself and cannot be replaced.</source>
        <translation>Der Header „%1“ wird vom Programm selbst gesetzt und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of header &quot;%1&quot; contains a line break or NUL character.</source>
        <translation>Der Wert des Headers „%1“ enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of header &quot;%1&quot; may contain only printable ASCII characters.</source>
        <translation>Der Wert des Headers „%1“ darf nur druckbare ASCII-Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/DonePage.ui" line="+6"/>
        <source>All set</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is verified and stored.</source>
        <translation>Das Token ist geprüft und gespeichert.</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <location filename="../src/app/Invocation.cpp" line="+103"/>
        <source>&quot;--&quot; is only for exec: trello-onboard exec -- COMMAND [ARGS…]</source>
        <translation>„--“ gibt es nur bei exec: trello-onboard exec -- BEFEHL [ARGUMENTE…]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 takes no value.</source>
        <translation>--%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown option --%1; see trello-onboard --help.</source>
        <translation>Unbekannte Option --%1; siehe trello-onboard --help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 was given twice; give it once.</source>
        <translation>--%1 wurde zweimal angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option %1; see trello-onboard --help.</source>
        <translation>Unbekannte Option %1; siehe trello-onboard --help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;; see trello-onboard --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe trello-onboard --help.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TRELLO_ONBOARD_KEYCHAIN_TIMEOUT must be a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>TRELLO_ONBOARD_KEYCHAIN_TIMEOUT muss eine Anzahl Sekunden von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>exec needs a command after &quot;--&quot;: trello-onboard exec -- COMMAND [ARGS…]</source>
        <translation>exec braucht nach „--“ einen Befehl: trello-onboard exec -- BEFEHL [ARGUMENTE…]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>import stores an API key&apos;s token; an OAuth 2.0 account signs in with trello-onboard setup --client-id ID.</source>
        <translation>import speichert das Token eines API-Schlüssels; ein OAuth-2.0-Konto meldet sich mit trello-onboard setup --client-id ID an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import needs --key KEY: the API key the token belongs to.</source>
        <translation>import braucht --key KEY: den API-Schlüssel, zu dem das Token gehört.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: trello-onboard [COMMAND] [OPTIONS]
Gets a Trello API token into your keychain safely and keeps it healthy.

Commands:
  (none)        the setup wizard, or the accounts screen when an account is stored
  setup         the setup wizard
  manage        the accounts screen: details, test, rotate, revoke, forget
  rotate        get a new token for an account, then revoke the old one
  status        verify each stored token and print member, scopes and expiry
  token         print the token on standard output, for scripts
  exec -- CMD   run CMD with TRELLO_KEY and TRELLO_TOKEN in its environment
                (an OAuth 2.0 account: TRELLO_ACCESS_TOKEN)
  import        read a token from standard input, verify it and store it
  revoke        revoke the token on Trello, then remove it here
  forget        remove the token here only (it stays valid on Trello)
  check         the background check: expiry, validity and OAuth 2.0 grants of
                every account; with --notify, a desktop notification for each
                account that needs you

Options:
  --account A          the account (username or &lt;key&gt;:&lt;memberId&gt;)
  --key KEY            the API key (32 hexadecimal characters)
  --app-name NAME      the name Trello shows on its consent page
  --scope LIST         read, read,write or read,write,account (default: read)
  --expiration E       1hour, 1day, 30days or never (default: 30days)
  --api-host URL       where API requests go (default: https://api.trello.com/1)
  --authorize-url URL  where the consent page is loaded from
  --return-url URL     the redirect that carries the token
                       (default: http://localhost:17645/trello-onboard/callback)
  --header &apos;N: v&apos;      an extra header for every API request (repeatable)
  --credentials-in W   query or header (default: query)
  --ca-file FILE       extra trusted CA certificates (PEM)
  --sign-in W          embedded (Trello&apos;s page in this program, the default) or
                       browser (your own browser; its answer comes back by itself)
  --expiry-warnings W  on: storing an account turns on the daily check that warns
                       before tokens expire (default: off, left as it is)
  --client-id ID       an OAuth 2.0 client id: sign in with Trello&apos;s OAuth 2.0
                       instead of an API key (excludes --key)
  --oauth-scope LIST   OAuth 2.0 scopes (default: read:member:trello
                       read:board:trello offline_access)
  --oauth-authorize-url URL  the OAuth 2.0 authorization endpoint
                       (default: https://auth.atlassian.com/authorize)
  --oauth-token-url URL      the OAuth 2.0 token endpoint
                       (default: https://auth.atlassian.com/oauth/token)
  --redirect-uri URL   the OAuth 2.0 redirect URI registered for the client
                       (default: http://localhost:17645/trello-onboard/oauth)
  --config FILE        an INI file with the same keys
  --first-run          exit at once when an account exists, else open the wizard
  --close-when-done    close the wizard as soon as the outcome is final
  --json               print the outcome as one JSON object (never the token)
  --yes                revoke without asking
  --notify             check: notify on the desktop about accounts that need you
  --demo               use the built-in offline Trello sandbox
  --version, --help

Exit codes: 0 success, 1 cancelled or denied, 2 token refused by Trello,
3 keychain or settings folder unusable (locked, full, read-only),
4 network or API host failure, 5 no such account,
64 bad command line, config or input, 74 output could not be written.
</source>
        <translation>Aufruf: trello-onboard [BEFEHL] [OPTIONEN]
Bringt ein Trello-API-Token sicher in Ihren Schlüsselbund und hält es funktionsfähig.

Befehle:
  (ohne)        der Einrichtungsassistent oder, wenn ein Konto gespeichert ist, die Kontenübersicht
  setup         der Einrichtungsassistent
  manage        die Kontenübersicht: Details, Test, Erneuern, Widerrufen, Vergessen
  rotate        ein neues Token für ein Konto holen, dann das alte widerrufen
  status        jedes gespeicherte Token prüfen und Mitglied, Berechtigungen und Ablauf ausgeben
  token         das Token auf der Standardausgabe ausgeben, für Skripte
  exec -- CMD   CMD mit TRELLO_KEY und TRELLO_TOKEN in seiner Umgebung ausführen
                (ein OAuth-2.0-Konto: TRELLO_ACCESS_TOKEN)
  import        ein Token von der Standardeingabe lesen, prüfen und speichern
  revoke        das Token bei Trello widerrufen, dann hier entfernen
  forget        das Token nur hier entfernen (bei Trello bleibt es gültig)
  check         die Prüfung im Hintergrund: Ablauf, Gültigkeit und OAuth-2.0-Freigaben
                aller Konten; mit --notify eine Desktop-Benachrichtigung für jedes
                Konto, das Sie braucht

Optionen:
  --account A          das Konto (Benutzername oder &lt;key&gt;:&lt;memberId&gt;)
  --key KEY            der API-Schlüssel (32 Hexadezimalzeichen)
  --app-name NAME      der Name, den Trello auf seiner Zustimmungsseite anzeigt
  --scope LIST         read, read,write oder read,write,account (Standard: read)
  --expiration E       1hour, 1day, 30days oder never (Standard: 30days)
  --api-host URL       wohin API-Anfragen gehen (Standard: https://api.trello.com/1)
  --authorize-url URL  woher die Zustimmungsseite geladen wird
  --return-url URL     die Weiterleitung, die das Token überbringt
                       (Standard: http://localhost:17645/trello-onboard/callback)
  --header &apos;N: v&apos;      ein zusätzlicher Header für jede API-Anfrage (wiederholbar)
  --credentials-in W   query oder header (Standard: query)
  --ca-file FILE       zusätzliche vertrauenswürdige CA-Zertifikate (PEM)
  --sign-in W          embedded (Trellos Seite in diesem Programm, der Standard) oder
                       browser (Ihr eigener Browser; seine Antwort kommt von selbst zurück)
  --expiry-warnings W  on: beim Speichern eines Kontos die tägliche Prüfung
                       einschalten, die vor dem Ablauf warnt (Standard: off)
  --client-id ID       eine OAuth-2.0-Client-ID: Anmeldung mit Trellos OAuth 2.0
                       statt eines API-Schlüssels (schließt --key aus)
  --oauth-scope LIST   OAuth-2.0-Berechtigungen (Standard: read:member:trello
                       read:board:trello offline_access)
  --oauth-authorize-url URL  der OAuth-2.0-Autorisierungsendpunkt
                       (Standard: https://auth.atlassian.com/authorize)
  --oauth-token-url URL      der OAuth-2.0-Token-Endpunkt
                       (Standard: https://auth.atlassian.com/oauth/token)
  --redirect-uri URL   die für den Client eingetragene OAuth-2.0-Weiterleitungs-URI
                       (Standard: http://localhost:17645/trello-onboard/oauth)
  --config FILE        eine INI-Datei mit denselben Schlüsseln
  --first-run          sofort beenden, wenn ein Konto existiert, sonst den Assistenten öffnen
  --close-when-done    den Assistenten schließen, sobald das Ergebnis endgültig ist
  --json               das Ergebnis als ein JSON-Objekt ausgeben (niemals das Token)
  --yes                ohne Rückfrage widerrufen
  --notify             check: auf dem Desktop über Konten benachrichtigen, die Sie brauchen
  --demo               die eingebaute Offline-Sandbox von Trello verwenden
  --version, --help

Rückgabewerte: 0 Erfolg, 1 abgebrochen oder abgelehnt, 2 Token von Trello abgelehnt,
3 Schlüsselbund oder Einstellungsordner nicht nutzbar (gesperrt, voll, schreibgeschützt),
4 Fehler im Netzwerk oder beim API-Host, 5 kein solches Konto,
64 fehlerhafte Befehlszeile, Konfiguration oder Eingabe, 74 Ausgabe nicht schreibbar.
</translation>
    </message>
</context>
<context>
    <name>LockedSetting</name>
    <message>
        <location filename="../src/gui/LockedSetting.cpp" line="+15"/>
        <source>Set by your administrator (%1); it cannot be changed here.</source>
        <translation>Von Ihrem Administrator festgelegt (%1); hier nicht änderbar.</translation>
    </message>
</context>
<context>
    <name>NotificationLog</name>
    <message>
        <location filename="../src/core/desktop/NotificationLog.cpp" line="+30"/>
        <location line="+31"/>
        <source>The record of notifications</source>
        <translation>Die Aufzeichnung der Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>OAuthAttempt</name>
    <message>
        <location filename="../src/core/oauth/OAuthAttempt.cpp" line="+56"/>
        <source>The answer from the consent page is too long to be one.</source>
        <translation>Die Antwort der Zustimmungsseite ist zu lang, um eine zu sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer from the consent page does not belong to this sign-in; it was ignored. Start the sign-in again.</source>
        <translation>Die Antwort der Zustimmungsseite gehört nicht zu dieser Anmeldung; sie wurde ignoriert. Beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access was denied on the consent page.</source>
        <translation>Auf der Zustimmungsseite wurde der Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent page refused the sign-in: %1</source>
        <translation>Die Zustimmungsseite hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from the consent page carries no authorization code.</source>
        <translation>Die Antwort der Zustimmungsseite enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The authorization code in the answer from the consent page is malformed.</source>
        <translation>Der Autorisierungscode in der Antwort der Zustimmungsseite ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>OAuthGrant</name>
    <message>
        <location filename="../src/core/oauth/OAuthGrant.cpp" line="+22"/>
        <source>The keychain entry does not hold an OAuth 2.0 grant that can be read.</source>
        <translation>Der Schlüsselbundeintrag enthält keine lesbare OAuth-2.0-Freigabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain entry holds an OAuth 2.0 grant of another version of trello-onboard.</source>
        <translation>Der Schlüsselbundeintrag enthält eine OAuth-2.0-Freigabe einer anderen Version von trello-onboard.</translation>
    </message>
</context>
<context>
    <name>OAuthRequest</name>
    <message>
        <location filename="../src/core/oauth/OAuthRequest.cpp" line="+46"/>
        <source>Unknown OAuth 2.0 scope &quot;%1&quot;; Trello&apos;s are read:member:trello, read:board:trello, write:board:trello … and offline_access (see --help).</source>
        <translation>Unbekannte OAuth-2.0-Berechtigung „%1“; die von Trello sind read:member:trello, read:board:trello, write:board:trello … und offline_access (siehe --help).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth 2.0 scope &quot;%1&quot; is listed twice.</source>
        <translation>Die OAuth-2.0-Berechtigung „%1“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No OAuth 2.0 scope was given; the default is %1.</source>
        <translation>Es wurde keine OAuth-2.0-Berechtigung angegeben; der Standard ist %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The OAuth 2.0 client id is empty.</source>
        <translation>Die OAuth-2.0-Client-ID ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an OAuth 2.0 client id: those are letters and digits (Atlassian&apos;s are 32 of them), as shown in the app&apos;s settings in the developer console.</source>
        <translation>„%1“ ist keine OAuth-2.0-Client-ID: Diese bestehen aus Buchstaben und Ziffern (bei Atlassian 32 davon), wie in den Einstellungen der App in der Developer Console angezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth 2.0 authorize URL</source>
        <translation>OAuth-2.0-Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth 2.0 token URL</source>
        <translation>OAuth-2.0-Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 must not have a fragment (#…).</source>
        <translation>Die %1 darf kein Fragment (#…) haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OAuth 2.0 token URL must not have a query (?…).</source>
        <translation>Die OAuth-2.0-Token-URL darf keine Abfrage (?…) haben.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../ui/PermissionsPage.ui" line="+6"/>
        <source>What may it do?</source>
        <translation>Was darf die Anwendung tun?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant only what your tools need; you can always ask for more later.</source>
        <translation>Erlauben Sie nur, was Ihre Werkzeuge brauchen; mehr können Sie später jederzeit anfordern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name Trello shows on its consent page:</source>
        <translation>&amp;Name, den Trello auf seiner Zustimmungsseite anzeigt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application name shown by Trello</source>
        <translation>Anwendungsname, den Trello anzeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: see your boards, lists, cards, comments and member details.</source>
        <translation>Lesen: Ihre Boards, Listen, Karten, Kommentare und Mitgliedsdaten sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write: create and change boards, lists, cards and comments.</source>
        <translation>Schreiben: Boards, Listen, Karten und Kommentare anlegen und ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account: change your own member details, such as name, avatar and notifications.</source>
        <translation>Konto: Ihre eigenen Mitgliedsdaten ändern, etwa Name, Avatar und Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth 2.0 scopes</source>
        <translation>OAuth-2.0-Berechtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No lifetime to choose: the access token lasts about an hour and renews itself; the grant lapses only when it is not used for 90 days.</source>
        <translation>Keine Laufzeit zu wählen: Das Zugriffstoken gilt etwa eine Stunde und erneuert sich selbst; die Freigabe verfällt nur, wenn sie 90 Tage lang nicht benutzt wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Token lifetime:</source>
        <translation>&amp;Gültigkeitsdauer des Tokens:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token lifetime</source>
        <translation>Gültigkeitsdauer des Tokens</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/gui_main.cpp" line="+128"/>
        <source>Trello Onboard</source>
        <translation>Trello Onboard</translation>
    </message>
</context>
<context>
    <name>RedirectReader</name>
    <message>
        <location filename="../src/core/trello/RedirectReader.cpp" line="+45"/>
        <source>The answer from the consent page is too long to be Trello&apos;s.</source>
        <translation>Die Antwort der Zustimmungsseite ist zu lang, um von Trello zu stammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer from the consent page carries no token.</source>
        <translation>Die Antwort der Zustimmungsseite enthält kein Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer from the consent page carries more than one token.</source>
        <translation>Die Antwort der Zustimmungsseite enthält mehr als ein Token.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was denied on the consent page.</source>
        <translation>Der Zugriff wurde auf der Zustimmungsseite verweigert.</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/core/signin/RelayPage.cpp" line="+120"/>
        <source>Sign in to Trello for trello-onboard</source>
        <translation>Bei Trello für trello-onboard anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trello-onboard asks Trello for a token. Press the button to open Trello&apos;s page, sign in there if you need to, and choose Allow. The token comes back to trello-onboard directly; it is not shown here.</source>
        <translation>trello-onboard bittet Trello um ein Token. Drücken Sie die Schaltfläche, um Trellos Seite zu öffnen, melden Sie sich dort bei Bedarf an und wählen Sie „Allow“. Das Token geht direkt an trello-onboard zurück; es wird hier nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue to Trello</source>
        <translation>Weiter zu Trello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for your answer in Trello&apos;s window…</source>
        <translation>Warte auf Ihre Antwort in Trellos Fenster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. You can close this tab and return to trello-onboard.</source>
        <translation>Fertig. Sie können diesen Tab schließen und zu trello-onboard zurückkehren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access was not granted. You can close this tab and return to trello-onboard.</source>
        <translation>Der Zugriff wurde nicht gewährt. Sie können diesen Tab schließen und zu trello-onboard zurückkehren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trello&apos;s window was closed without an answer. Return to trello-onboard to try again.</source>
        <translation>Trellos Fenster wurde ohne Antwort geschlossen. Kehren Sie zu trello-onboard zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your browser blocked Trello&apos;s window. Allow pop-ups for this page, then press the button again.</source>
        <translation>Ihr Browser hat Trellos Fenster blockiert. Erlauben Sie Pop-ups für diese Seite und drücken Sie die Schaltfläche dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trello-onboard did not take this answer; it may have stopped waiting. Return to it and try again.</source>
        <translation>trello-onboard hat diese Antwort nicht angenommen; vielleicht wartet es nicht mehr. Kehren Sie zurück und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <location filename="../ui/RotateDialog.ui" line="+9"/>
        <source>Rotate a Trello token</source>
        <translation>Trello-Token erneuern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the new token may do</source>
        <translation>Was das neue Token darf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifetime of the new token</source>
        <translation>Gültigkeitsdauer des neuen Tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API &amp;host:</source>
        <translation>API-&amp;Host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>H&amp;eaders:</source>
        <translation>H&amp;eader:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra headers, one &quot;Name: value&quot; a line</source>
        <translation>Zusätzliche Header, einer pro Zeile als &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &quot;Name: value&quot; a line</source>
        <translation>Einer pro Zeile als &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return &amp;URL:</source>
        <translation>Rücksprung-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return URL</source>
        <translation>Rücksprung-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue to &amp;Trello</source>
        <translation>Weiter zu &amp;Trello</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../src/core/common/SafeFile.cpp" line="+94"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder is read-only or not yours</source>
        <translation>der Ordner ist schreibgeschützt oder gehört Ihnen nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Free some space on the disk and try again.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the folder %1 writable and try again.</source>
        <translation>Machen Sie den Ordner %1 beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 could not be read: %3.</source>
        <translation>%1 %2 konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 could not be written: %3. It was left as it was. %4</source>
        <translation>%1 %2 konnte nicht geschrieben werden: %3. Sie blieb unverändert. %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 could not be removed: %3. %4</source>
        <translation>%1 %2 konnte nicht entfernt werden: %3. %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2 is a link to nothing.</source>
        <translation>%1 %2 ist ein Verweis ins Leere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+44"/>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1 %2 is larger than %3 KiB, which no file of this kind is.</source>
        <translation>%1 %2 ist größer als %3 KiB, was keine Datei dieser Art ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>The folder %1 could not be created: %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the way of the settings folder: it is not a folder.</source>
        <translation>%1 steht dem Einstellungsordner im Weg: es ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 is read-only, so it was not changed. Make it writable and try again.</source>
        <translation>%1 %2 ist schreibgeschützt und wurde daher nicht geändert. Machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SecretHeaders</name>
    <message>
        <location filename="../src/core/accounts/SecretHeaders.cpp" line="+52"/>
        <source>The value of the header %1 is not in the keychain; run trello-onboard setup again for this account to add it.</source>
        <translation>Der Wert des Headers %1 ist nicht im Schlüsselbund; führen Sie trello-onboard setup für dieses Konto erneut aus, um ihn hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../src/core/accounts/SettingsFile.cpp" line="+64"/>
        <location line="+102"/>
        <location line="+15"/>
        <source>The settings file</source>
        <translation>Die Einstellungsdatei</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>It was left as it is: fix it, or move it away to start with no accounts.</source>
        <translation>Sie wurde nicht verändert: Beheben Sie den Fehler oder verschieben Sie die Datei an einen anderen Ort, um ohne Konten zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 is not valid JSON (%2 at byte %3). %4</source>
        <translation>Die Einstellungsdatei %1 ist kein gültiges JSON (%2 bei Byte %3). %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 does not hold a JSON object. %2</source>
        <translation>Die Einstellungsdatei %1 enthält kein JSON-Objekt. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 has no valid &quot;version&quot; number. %2</source>
        <translation>Die Einstellungsdatei %1 hat keine gültige Versionsnummer („version“). %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 was written by a newer trello-onboard (format version %2); this version reads version %3 only. It was left as it is.</source>
        <translation>Die Einstellungsdatei %1 wurde von einem neueren trello-onboard geschrieben (Formatversion %2); diese Version liest nur Version %3. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 has an unknown format version. %2</source>
        <translation>Die Einstellungsdatei %1 hat eine unbekannte Formatversion. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 has no &quot;accounts&quot; list. %2</source>
        <translation>Die Einstellungsdatei %1 hat keine Liste „accounts“. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 of the accounts in the settings file %2 is not a JSON object. %3</source>
        <translation>Eintrag %1 der Konten in der Einstellungsdatei %2 ist kein JSON-Objekt. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 of the accounts in the settings file %2 is not valid: %3 %4</source>
        <translation>Eintrag %1 der Konten in der Einstellungsdatei %2 ist ungültig: %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 lists account %2 twice. %3</source>
        <translation>Die Einstellungsdatei %1 führt das Konto %2 zweimal auf. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account %1 is not saved: %2</source>
        <translation>Das Konto %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 is listed twice; nothing was saved.</source>
        <translation>Das Konto %1 ist zweimal aufgeführt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file %1 could not be read, so it is not overwritten. Fix it, or move it away to start with no accounts, then try again.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden und wird daher nicht überschrieben. Beheben Sie den Fehler oder verschieben Sie die Datei an einen anderen Ort, um ohne Konten zu beginnen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings file %1 was not changed: the change lock is not held.</source>
        <translation>Die Einstellungsdatei %1 wurde nicht geändert: die Änderungssperre ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No account is stored; run trello-onboard setup.</source>
        <translation>Es ist kein Konto gespeichert; führen Sie trello-onboard setup aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several accounts are stored; choose one with --account and a username or account id: %1.</source>
        <translation>Es sind mehrere Konten gespeichert; wählen Sie eines mit --account und einem Benutzernamen oder einer Konto-ID: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The username %1 belongs to several stored accounts (one per API key); give the account id with --account instead: %2.</source>
        <translation>Der Benutzername %1 gehört zu mehreren gespeicherten Konten (eines je API-Schlüssel); geben Sie stattdessen die Konto-ID mit --account an: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account &quot;%1&quot; is stored; no account is stored at all. Run trello-onboard setup.</source>
        <translation>Es ist kein Konto „%1“ gespeichert; es ist überhaupt kein Konto gespeichert. Führen Sie trello-onboard setup aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored account has the username or id &quot;%1&quot;. Stored accounts: %2.</source>
        <translation>Kein gespeichertes Konto hat den Benutzernamen oder die ID „%1“. Gespeicherte Konten: %2.</translation>
    </message>
</context>
<context>
    <name>SetupOptions</name>
    <message>
        <location filename="../src/core/setup/SetupOptions.cpp" line="+51"/>
        <source>API host</source>
        <translation>Der API-Host</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>authorize URL</source>
        <translation>Die Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>return URL</source>
        <translation>Die Rücksprung-URL</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--expiry-warnings must be &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation>--expiry-warnings muss „on“ oder „off“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--sign-in must be &quot;embedded&quot; or &quot;browser&quot;, not &quot;%1&quot;.</source>
        <translation>--sign-in muss „embedded“ oder „browser“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The %1 must not have a fragment (#…).</source>
        <translation>Die %1 darf kein Fragment (#…) haben.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>OAuth 2.0 authorize URL</source>
        <translation>OAuth-2.0-Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth 2.0 token URL</source>
        <translation>OAuth-2.0-Token-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of --%1 is not valid for it; it looks like a Trello token, which is not repeated here.</source>
        <translation>Der Wert von --%1 ist dafür ungültig; er sieht aus wie ein Trello-Token, das hier nicht wiederholt wird.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--key and --client-id exclude each other: an account uses either an API key and token, or Trello&apos;s OAuth 2.0 with a client id.</source>
        <translation>--key und --client-id schließen einander aus: Ein Konto verwendet entweder einen API-Schlüssel und ein Token oder Trellos OAuth 2.0 mit einer Client-ID.</translation>
    </message>
</context>
<context>
    <name>SetupSources</name>
    <message>
        <location filename="../src/core/setup/SetupSources.cpp" line="+47"/>
        <source>%1: only the system-wide config (%2) may lock options.</source>
        <translation>%1: Nur die systemweite Konfiguration (%2) darf Optionen sperren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;locked&quot; names an unknown option &quot;%2&quot;.</source>
        <translation>%1: „locked“ nennt eine unbekannte Option „%2“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is locked by your administrator in %2; %3 cannot change it.</source>
        <translation>„%1“ wurde von Ihrem Administrator in %2 gesperrt; %3 kann die Einstellung nicht ändern.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>StandardStreams</name>
    <message>
        <location filename="../src/app/StandardStreams.cpp" line="+56"/>
        <source>standard output is closed</source>
        <translation>die Standardausgabe ist geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program reading it has gone</source>
        <translation>das lesende Programm ist beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output could not be written: %1.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>TestCallPage</name>
    <message>
        <location filename="../ui/TestCallPage.ui" line="+6"/>
        <source>Testing the token</source>
        <translation>Token wird getestet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is tried once against the API and, only if that works, stored in your keychain and read back.</source>
        <translation>Das Token wird einmal an der API ausprobiert und nur, wenn das klappt, in Ihrem Schlüsselbund gespeichert und wieder ausgelesen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Change connection settings</source>
        <translation>&amp;Verbindungseinstellungen ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member:</source>
        <translation>Mitglied:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
</context>
<context>
    <name>TokenAnswer</name>
    <message>
        <location filename="../src/core/oauth/TokenAnswer.cpp" line="+27"/>
        <source>The token endpoint refused the request (HTTP %1) without saying why in OAuth 2.0&apos;s form.</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (HTTP %1), ohne in der Form von OAuth 2.0 zu sagen, warum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token endpoint answered HTTP %1; check the OAuth 2.0 token URL.</source>
        <translation>Der Token-Endpunkt antwortete mit HTTP %1; prüfen Sie die OAuth-2.0-Token-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token endpoint&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Token-Endpunkts ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token endpoint&apos;s answer holds no usable access token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein brauchbares Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token endpoint&apos;s answer holds a malformed refresh token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält ein fehlerhaftes Aktualisierungstoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token endpoint handed out a token that is not a Bearer token.</source>
        <translation>Der Token-Endpunkt hat ein Token ausgegeben, das kein Bearer-Token ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token endpoint&apos;s answer has no usable lifetime (expires_in).</source>
        <translation>Die Antwort des Token-Endpunkts hat keine brauchbare Laufzeit (expires_in).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token endpoint&apos;s answer names too many scopes.</source>
        <translation>Die Antwort des Token-Endpunkts nennt zu viele Berechtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token endpoint&apos;s answer has a malformed scope.</source>
        <translation>Die Antwort des Token-Endpunkts enthält eine fehlerhafte Berechtigung.</translation>
    </message>
</context>
<context>
    <name>TrelloResponse</name>
    <message>
        <location filename="../src/core/trello/TrelloResponse.cpp" line="+91"/>
        <source>The API host&apos;s answer about the member is not the JSON object Trello sends.</source>
        <translation>Die Antwort des API-Hosts zum Mitglied ist nicht das JSON-Objekt, das Trello sendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has no valid member id.</source>
        <translation>Die Antwort des API-Hosts zum Mitglied enthält keine gültige Mitglieds-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has no username.</source>
        <translation>Die Antwort des API-Hosts zum Mitglied enthält keinen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has a full name that is not text.</source>
        <translation>Die Antwort des API-Hosts zum Mitglied enthält einen vollständigen Namen, der kein Text ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API host&apos;s answer about the token is not the JSON object Trello sends.</source>
        <translation>Die Antwort des API-Hosts zum Token ist nicht das JSON-Objekt, das Trello sendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the token does not say whose token it is.</source>
        <translation>Die Antwort des API-Hosts zum Token sagt nicht, wem das Token gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API host&apos;s answer about the token has a date Trello would not send.</source>
        <translation>Die Antwort des API-Hosts zum Token enthält ein Datum, das Trello nicht senden würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host&apos;s answer about the token lists no permissions.</source>
        <translation>Die Antwort des API-Hosts zum Token nennt keine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API host&apos;s answer about the token has a permission that is not an object.</source>
        <translation>Die Antwort des API-Hosts zum Token enthält eine Berechtigung, die kein Objekt ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API host&apos;s list of the token&apos;s webhooks is not the JSON array Trello sends.</source>
        <translation>Die Liste der Webhooks des Tokens vom API-Host ist nicht das JSON-Array, das Trello sendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API host&apos;s list of the token&apos;s webhooks has an entry Trello would not send.</source>
        <translation>Die Liste der Webhooks des Tokens vom API-Host enthält einen Eintrag, den Trello nicht senden würde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API host&apos;s answer about a webhook is not the JSON object Trello sends.</source>
        <translation>Die Antwort des API-Hosts zu einem Webhook ist nicht das JSON-Objekt, das Trello sendet.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../src/core/trello/UrlPolicy.cpp" line="+37"/>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>The %1 &quot;%2&quot; is not a URL; write it in full, for example https://api.trello.com/1.</source>
        <translation>%1 „%2“ ist keine URL; schreiben Sie sie vollständig aus, zum Beispiel https://api.trello.com/1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 &quot;%2&quot; must start with https:// (or http:// to this machine).</source>
        <translation>%1 „%2“ muss mit https:// beginnen (oder mit http://, wenn das Ziel dieser Rechner ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 &quot;%2&quot; has no host name.</source>
        <translation>%1 „%2“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 must not contain a user name or password before the host (&quot;…@host&quot;).</source>
        <translation>%1 darf vor dem Host keinen Benutzernamen und kein Passwort enthalten („…@host“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 &quot;%2&quot; uses plain http to another machine; use https (plain http is allowed only to this machine).</source>
        <translation>%1 „%2“ verwendet unverschlüsseltes http zu einem anderen Rechner; verwenden Sie https (unverschlüsseltes http ist nur zu diesem Rechner erlaubt).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.ui" line="+6"/>
        <source>Connect Trello to this computer</source>
        <translation>Trello mit diesem Computer verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trello asks you once whether this program may use your account; the answer, a token, is then kept in your keychain.</source>
        <translation>Trello fragt Sie einmal, ob dieses Programm Ihr Konto verwenden darf; die Antwort, ein Token, wird dann in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First you tell Trello which application asks (its API key) and what it may do. Then Trello shows its own consent page; when you allow access, the token is tested and stored in your system keychain, never in a file.</source>
        <translation>Zuerst teilen Sie Trello mit, welche Anwendung anfragt (ihren API-Schlüssel) und was sie darf. Dann zeigt Trello seine eigene Zustimmungsseite; wenn Sie den Zugriff erlauben, wird das Token getestet und im Schlüsselbund Ihres Systems gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An API &amp;key and a token (Trello&apos;s own way)</source>
        <translation>Ein API-&amp;Schlüssel und ein Token (Trellos eigener Weg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>32 hexadecimal characters</source>
        <translation>32 Hexadezimalzeichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the Power-Up admin page to find or create a key</source>
        <translation>Öffnen Sie die Power-Up-Verwaltungsseite, um einen Schlüssel zu finden oder anzulegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An &amp;OAuth 2.0 client id (Atlassian&apos;s sign-in; the access renews itself)</source>
        <translation>Eine &amp;OAuth-2.0-Client-ID (Anmeldung bei Atlassian; der Zugriff erneuert sich selbst)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth 2.0 client id</source>
        <translation>OAuth-2.0-Client-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As shown in the app&apos;s settings in Atlassian&apos;s developer console</source>
        <translation>Wie in den Einstellungen der App in Atlassians Developer Console angezeigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key is public: it only names the application. The token you grant on the next pages is secret, like a password; it goes straight into your keychain.</source>
        <translation>Der API-Schlüssel ist öffentlich: Er benennt nur die Anwendung. Das Token, das Sie auf den nächsten Seiten gewähren, ist geheim wie ein Passwort; es kommt direkt in Ihren Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>onboard::AccessTokenJob</name>
    <message>
        <location filename="../src/core/operations/AccessTokenJob.cpp" line="+51"/>
        <source>The access token of %1 has expired, and the grant has no refresh token (offline_access was not granted); sign in again with trello-onboard rotate.</source>
        <translation>Das Zugriffstoken von %1 ist abgelaufen, und die Freigabe hat kein Aktualisierungstoken (offline_access wurde nicht gewährt); melden Sie sich mit trello-onboard rotate erneut an.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Trello ended the OAuth 2.0 sign-in of %1; sign in again with trello-onboard rotate --account %1. (%2)</source>
        <translation>Trello hat die OAuth-2.0-Anmeldung von %1 beendet; melden Sie sich mit trello-onboard rotate --account %1 erneut an. (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The renewed OAuth 2.0 grant of %1 could not be kept in the keychain: %2 The one stored before may no longer refresh; if so, sign in again with trello-onboard rotate.</source>
        <translation>Die erneuerte OAuth-2.0-Freigabe von %1 konnte nicht im Schlüsselbund abgelegt werden: %2 Die zuvor gespeicherte lässt sich womöglich nicht mehr erneuern; melden Sie sich dann mit trello-onboard rotate erneut an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain gave back something else than the renewed grant of %1 just written.</source>
        <translation>Der Schlüsselbund gab etwas anderes zurück als die soeben geschriebene erneuerte Freigabe von %1.</translation>
    </message>
</context>
<context>
    <name>onboard::AccountsWindow</name>
    <message>
        <location filename="../src/gui/AccountsWindow.cpp" line="+34"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refused by Trello — rotate it</source>
        <translation>Von Trello abgelehnt – bitte erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired — rotate it</source>
        <translation>Abgelaufen – bitte erneuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>API key or client id</source>
        <translation>API-Schlüssel oder Client-ID</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Refused — sign in again (Rotate)</source>
        <translation>Abgelehnt – erneut anmelden (Erneuern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant lapsed — sign in again (Rotate)</source>
        <translation>Freigabe verfallen – erneut anmelden (Erneuern)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access token %1; grant lapses %2 (%3)</source>
        <translation>Zugriffstoken %1; Freigabe verfällt am %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet fetched</source>
        <translation>noch nicht geholt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>OAuth 2.0: %1</source>
        <translation>OAuth 2.0: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth 2.0 client id %1</source>
        <translation>OAuth-2.0-Client-ID %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The access token renews itself when it is used; the grant lapses if it is not used for %n day(s).</source>
        <translation>
            <numerusform>Das Zugriffstoken erneuert sich bei Benutzung selbst; die Freigabe verfällt, wenn sie %n Tag lang nicht benutzt wird.</numerusform>
            <numerusform>Das Zugriffstoken erneuert sich bei Benutzung selbst; die Freigabe verfällt, wenn sie %n Tage lang nicht benutzt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Asking Trello whether the OAuth 2.0 grant of %1 works…</source>
        <translation>Trello wird gefragt, ob die OAuth-2.0-Freigabe von %1 funktioniert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Trello whether the token of %1 works…</source>
        <translation>Trello wird gefragt, ob das Token von %1 funktioniert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test of %1: %2 Press Rotate to sign in again.</source>
        <translation>Test von %1: %2 Klicken Sie auf „Erneuern“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test of %1: %2 Press Rotate to get a new token.</source>
        <translation>Test von %1: %2 Klicken Sie auf „Erneuern“, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test of %1 did not finish: %2</source>
        <translation>Der Test von %1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token of %1 works (scopes: %2), but the time of this test was not recorded: %3</source>
        <translation>Das Token von %1 funktioniert (Berechtigungen: %2), aber der Zeitpunkt dieses Tests wurde nicht festgehalten: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth 2.0 grant of %1 works (scopes: %2).</source>
        <translation>Die OAuth-2.0-Freigabe von %1 funktioniert (Berechtigungen: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of %1 works (scopes: %2).</source>
        <translation>Das Token von %1 funktioniert (Berechtigungen: %2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The token was rotated.</source>
        <translation>Das Token wurde erneuert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was not rotated: %1</source>
        <translation>Das Token wurde nicht erneuert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking Trello how many webhooks the token of %1 has…</source>
        <translation>Trello wird gefragt, wie viele Webhooks das Token von %1 hat …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke the token?</source>
        <translation>Token widerrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token of %1 on Trello?</source>
        <translation>Das Token von %1 bei Trello widerrufen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its webhooks could not be counted (%1); any it has stop with it.</source>
        <translation>Seine Webhooks konnten nicht gezählt werden (%1); alle, die es hat, enden mit ihm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no webhooks.</source>
        <translation>Es hat keine Webhooks.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n webhook(s) stop with it: whatever they feed receives no more events from Trello.</source>
        <translation>
            <numerusform>Sein %n Webhook endet mit ihm: Was er beliefert, erhält keine Ereignisse mehr von Trello.</numerusform>
            <numerusform>Seine %n Webhooks enden mit ihm: Was sie beliefern, erhält keine Ereignisse mehr von Trello.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token stops working everywhere: in this program, in scripts and on every computer that uses it. It is then removed from this computer. This cannot be undone; to use Trello again here, add the account again.</source>
        <translation>Das Token funktioniert dann nirgends mehr: weder in diesem Programm noch in Skripten noch auf einem anderen Computer, der es verwendet. Anschließend wird es von diesem Computer entfernt. Dies kann nicht rückgängig gemacht werden; um Trello hier wieder zu verwenden, fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoking the token of %1 on Trello…</source>
        <translation>Das Token von %1 wird bei Trello widerrufen…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Its %n webhook(s) stopped with it.</source>
        <translation>
            <numerusform>Sein %n Webhook endete mit ihm.</numerusform>
            <numerusform>Seine %n Webhooks endeten mit ihm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trello no longer accepted the token of %1, so it was already dead; it was removed here.</source>
        <translation>Trello hat das Token von %1 nicht mehr akzeptiert, es war also bereits ungültig; es wurde hier entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of %1 was revoked on Trello and removed here.</source>
        <translation>Das Token von %1 wurde bei Trello widerrufen und hier entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget the OAuth 2.0 grant?</source>
        <translation>OAuth-2.0-Freigabe vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trello cannot revoke the OAuth 2.0 grant of %1 for this program: it has no revocation endpoint. The grant can only be forgotten here.</source>
        <translation>Trello kann die OAuth-2.0-Freigabe von %1 für dieses Programm nicht widerrufen: Es gibt keinen Endpunkt zum Widerrufen. Die Freigabe kann hier nur vergessen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is removed from this computer&apos;s keychain; scripts here stop getting access tokens. %1</source>
        <translation>Sie wird aus dem Schlüsselbund dieses Computers entfernt; Skripte hier erhalten dann keine Zugriffstoken mehr. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget it here</source>
        <translation>Hier vergessen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The OAuth 2.0 grant of %1 was forgotten on this computer; Trello has no way for a program to revoke it. %2</source>
        <translation>Die OAuth-2.0-Freigabe von %1 wurde auf diesem Computer vergessen; Trello bietet Programmen keinen Weg, sie zu widerrufen. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forget removes this computer&apos;s copy of the OAuth 2.0 grant of %1; the grant itself stays until it lapses or you remove the app&apos;s access. Press Forget again to forget it.</source>
        <translation>„Vergessen“ entfernt die Kopie der OAuth-2.0-Freigabe von %1 auf diesem Computer; die Freigabe selbst bleibt bestehen, bis sie verfällt oder Sie der App den Zugriff entziehen. Klicken Sie erneut auf „Vergessen“, um sie zu vergessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget removes only this computer&apos;s copy of the token of %1: the token stays valid on Trello until it expires, and anyone who has a copy can still use it. To end it everywhere, press Revoke instead. Press Forget again to forget it.</source>
        <translation>„Vergessen“ entfernt nur die Kopie des Tokens von %1 auf diesem Computer: Bei Trello bleibt das Token gültig, bis es abläuft, und jeder, der eine Kopie besitzt, kann es weiterhin verwenden. Um es überall ungültig zu machen, klicken Sie stattdessen auf „Widerrufen“. Klicken Sie erneut auf „Vergessen“, um es zu vergessen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The OAuth 2.0 grant of %1 was removed from this computer. %2</source>
        <translation>Die OAuth-2.0-Freigabe von %1 wurde von diesem Computer entfernt. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of %1 was removed from this computer. It is still valid on Trello until it expires. %2</source>
        <translation>Das Token von %1 wurde von diesem Computer entfernt. Bei Trello bleibt es gültig, bis es abläuft. %2</translation>
    </message>
</context>
<context>
    <name>onboard::ApiCall</name>
    <message>
        <location filename="../src/core/trello/ApiCall.cpp" line="+78"/>
        <source>The API host %1 announced an answer of %2 bytes; Trello&apos;s answers are a few kilobytes, so it was not read.</source>
        <translation>Der API-Host %1 hat eine Antwort von %2 Bytes angekündigt; Antworten von Trello sind nur wenige Kilobyte groß, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The API host %1 sent more than %2 KiB; that is not an answer Trello sends, so it was cut off.</source>
        <translation>Der API-Host %1 hat mehr als %2 KiB gesendet; eine solche Antwort sendet Trello nicht, daher wurde sie abgeschnitten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API host %1 did not answer within %2 seconds.</source>
        <translation>Der API-Host %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The API host %1 answered with a redirect (HTTP %2) but named no target.</source>
        <translation>Der API-Host %1 hat mit einer Weiterleitung (HTTP %2) geantwortet, aber kein Ziel genannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with a redirect (HTTP %2); it was not followed, because the request carries a secret.</source>
        <translation>%1 antwortete mit einer Weiterleitung (HTTP %2); ihr wurde nicht gefolgt, weil die Anfrage ein Geheimnis enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API host %1 redirected to another origin, %2; the request was not sent there. Configure that host as the API host if it is the right one.</source>
        <translation>Der API-Host %1 hat auf einen anderen Ursprung weitergeleitet (%2); die Anfrage wurde nicht dorthin gesendet. Richten Sie diesen Host als API-Host ein, wenn er der richtige ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API host %1 redirected more than %2 times.</source>
        <translation>Der API-Host %1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retries; try again in a few seconds.</source>
        <translation>
            <numerusform>Trello begrenzt die Anzahl der Anfragen für diesen Schlüssel oder dieses Token (HTTP 429) und tat das auch nach %n erneuten Versuch noch; versuchen Sie es in ein paar Sekunden erneut.</numerusform>
            <numerusform>Trello begrenzt die Anzahl der Anfragen für diesen Schlüssel oder dieses Token (HTTP 429) und tat das auch nach %n erneuten Versuchen noch; versuchen Sie es in ein paar Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 had a server error (HTTP %2); try again later.</source>
        <translation>Der API-Host %1 hatte einen Serverfehler (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API host answered HTTP %1 for %2; check that the API host is right (Trello&apos;s is https://api.trello.com/1).</source>
        <translation>Der API-Host hat für %2 mit HTTP %1 geantwortet; prüfen Sie, ob der API-Host stimmt (der von Trello ist https://api.trello.com/1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trello does not recognise the API key.</source>
        <translation>Trello erkennt den API-Schlüssel nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trello refused the token: it is not valid, or it was revoked.</source>
        <translation>Trello hat das Token abgelehnt: Es ist ungültig oder wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired; get a new one with trello-onboard rotate or setup.</source>
        <translation>Das Token ist abgelaufen; holen Sie sich mit trello-onboard rotate oder setup ein neues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token does not have the permission this request needs.</source>
        <translation>Dem Token fehlt die Berechtigung, die diese Anfrage braucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host refused the credentials (HTTP %1).</source>
        <translation>Der API-Host hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not connect to the API host %1: the connection was refused.</source>
        <translation>Keine Verbindung zum API-Host %1 möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host name in %1 could not be found; check the address and your network.</source>
        <translation>Der Name des API-Hosts in %1 wurde nicht gefunden; prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 did not answer in time.</source>
        <translation>Der API-Host %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed: %2. If your network uses its own certificate authority, name its certificate with --ca-file.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Wenn Ihr Netzwerk eine eigene Zertifizierungsstelle verwendet, geben Sie deren Zertifikat mit --ca-file an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 closed the connection without answering.</source>
        <translation>Der API-Host %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the API host %1: %2</source>
        <translation>Der API-Host %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>onboard::ApiClient</name>
    <message>
        <location filename="../src/core/trello/ApiClient.cpp" line="+92"/>
        <source>The CA file</source>
        <translation>Die CA-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The value of the header %1 is kept in the keychain and was not read, so nothing was sent.</source>
        <translation>Der Wert des Headers %1 liegt im Schlüsselbund und wurde nicht gelesen; daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>onboard::ChangeLock</name>
    <message>
        <location filename="../src/core/accounts/ChangeLock.cpp" line="+43"/>
        <source>The change lock was dropped while it was awaited.</source>
        <translation>Die Änderungssperre wurde aufgegeben, während auf sie gewartet wurde.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The lock file %1 could not be created%2, so the stored tokens were not changed.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden%2; die gespeicherten Tokens wurden daher nicht geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another copy of trello-onboard (process %1) is changing the stored tokens and did not finish within %2 seconds; nothing was changed here. Try again when it has finished.</source>
        <translation>Eine andere Instanz von trello-onboard (Prozess %1) ändert gerade die gespeicherten Token und ist nach %2 Sekunden nicht fertig geworden; hier wurde nichts geändert. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>onboard::ChangeRecovery</name>
    <message>
        <location filename="../src/core/changes/ChangeRecovery.cpp" line="+131"/>
        <source>A refresh of the OAuth 2.0 sign-in of %1 was interrupted before the new grant was kept; if Trello ends the grant for it, sign in again with trello-onboard rotate.</source>
        <translation>Eine Erneuerung der OAuth-2.0-Anmeldung von %1 wurde unterbrochen, bevor die neue Freigabe abgelegt war; falls Trello die Freigabe deshalb beendet, melden Sie sich mit trello-onboard rotate erneut an.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>An interrupted setup of %1 could not be completed: %2 It is tried again at the next start.</source>
        <translation>Eine unterbrochene Einrichtung von %1 konnte nicht abgeschlossen werden: %2 Beim nächsten Start wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An interrupted setup of %1 was completed: the token is stored and recorded.</source>
        <translation>Eine unterbrochene Einrichtung von %1 wurde abgeschlossen: Das Token ist gespeichert und eingetragen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An interrupted removal of %1 could not be completed: %2 It is tried again at the next start.</source>
        <translation>Ein unterbrochenes Entfernen von %1 konnte nicht abgeschlossen werden: %2 Beim nächsten Start wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An interrupted removal of %1 was completed: the token and the account record are gone from this computer.</source>
        <translation>Ein unterbrochenes Entfernen von %1 wurde abgeschlossen: Token und Kontoeintrag sind von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An interrupted rotation of %1 could not be checked: %2 It is tried again at the next start.</source>
        <translation>Eine unterbrochene Erneuerung von %1 konnte nicht überprüft werden: %2 Beim nächsten Start wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>An interrupted rotation of %1 was finished: the new token is stored and works. %2</source>
        <translation>Eine unterbrochene Erneuerung von %1 wurde abgeschlossen: Das neue Token ist gespeichert und funktioniert. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An interrupted rotation of %1 was finished: the new token is stored and works.</source>
        <translation>Eine unterbrochene Erneuerung von %1 wurde abgeschlossen: Das neue Token ist gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The old token could not be revoked (%1); revoke it on trello.com.</source>
        <translation>Das alte Token konnte nicht widerrufen werden (%1); widerrufen Sie es auf trello.com.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An interrupted rotation of %1 could not be rolled back: %2 It is tried again at the next start.</source>
        <translation>Eine unterbrochene Erneuerung von %1 konnte nicht rückgängig gemacht werden: %2 Beim nächsten Start wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An interrupted rotation of %1 was rolled back: the old token is stored again.</source>
        <translation>Eine unterbrochene Erneuerung von %1 wurde rückgängig gemacht: Das alte Token ist wieder gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The values of the secret headers of %1 are still in the settings file: %2 They are moved to the keychain at the next start.</source>
        <translation>Die Werte der geheimen Header von %1 stehen noch in der Einstellungsdatei: %2 Sie werden beim nächsten Start in den Schlüsselbund verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The values of the secret headers of %1 were moved from the settings file to the keychain.</source>
        <translation>Die Werte der geheimen Header von %1 wurden aus der Einstellungsdatei in den Schlüsselbund verschoben.</translation>
    </message>
</context>
<context>
    <name>onboard::CheckAccountJob</name>
    <message>
        <location filename="../src/core/operations/CheckAccountJob.cpp" line="+43"/>
        <source>The token stored for %1 now belongs to another member (%2).</source>
        <translation>Das für %1 gespeicherte Token gehört jetzt einem anderen Mitglied (%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The grant stored for %1 now belongs to another member (%2).</source>
        <translation>Die für %1 gespeicherte Freigabe gehört jetzt einem anderen Mitglied (%2).</translation>
    </message>
</context>
<context>
    <name>onboard::CheckCommand</name>
    <message>
        <location filename="../src/app/commands/CheckCommand.cpp" line="+65"/>
        <source>Trello token of %1 expires soon</source>
        <translation>Trello-Token von %1 läuft bald ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trello token of %1 has expired</source>
        <translation>Das Trello-Token von %1 ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trello access of %1 has stopped working</source>
        <translation>Trello-Zugriff von %1 funktioniert nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get a new token</source>
        <translation>Neues Token holen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Not notified: %2.</source>
        <translation>%1 Nicht benachrichtigt: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When accounts were notified was not recorded: %1</source>
        <translation>Wann Konten benachrichtigt wurden, wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not start trello-onboard rotate for %1.</source>
        <translation>trello-onboard rotate konnte für %1 nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>onboard::CheckTimer</name>
    <message>
        <location filename="../src/core/desktop/CheckTimer.cpp" line="+30"/>
        <source>Warning: the daily check that warns before tokens expire is not on: %1</source>
        <translation>Warnung: Die tägliche Prüfung, die vor dem Ablauf von Tokens warnt, ist nicht eingeschaltet: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The daily check cannot be turned on or off here: %1 could not be started.</source>
        <translation>Die tägliche Prüfung kann hier nicht ein- oder ausgeschaltet werden: %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl did not answer within %1 seconds.</source>
        <translation>systemctl hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The daily check could not be turned %1: %2</source>
        <translation>Die tägliche Prüfung konnte nicht %1geschaltet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systemctl failed</source>
        <translation>systemctl ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>onboard::ConnectionPage</name>
    <message>
        <location filename="../src/gui/ConnectionPage.cpp" line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent page sends its answer to this address; it is never loaded. It must be registered exactly so in the client&apos;s settings in Atlassian&apos;s developer console.</source>
        <translation>Die Zustimmungsseite schickt ihre Antwort an diese Adresse; sie wird nie geladen. Sie muss genau so in den Einstellungen des Clients in Atlassians Developer Console eingetragen sein.</translation>
    </message>
</context>
<context>
    <name>onboard::ConsentBrowser</name>
    <message>
        <location filename="../src/gui/ConsentBrowser.cpp" line="+76"/>
        <source>Trello&apos;s consent page</source>
        <translation>Zustimmungsseite von Trello</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The embedded browser that shows the consent page stopped.</source>
        <translation>Der eingebettete Browser, der die Zustimmungsseite zeigt, wurde beendet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The connection to the consent page is not secure (%1), so it was not shown.</source>
        <translation>Die Verbindung zur Zustimmungsseite ist nicht sicher (%1), daher wurde sie nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent page at %1 could not be loaded. Check your network connection.</source>
        <translation>Die Zustimmungsseite unter %1 konnte nicht geladen werden. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
</context>
<context>
    <name>onboard::ConsentPage</name>
    <message>
        <location filename="../src/gui/ConsentPage.cpp" line="+29"/>
        <source>Trello&apos;s page opens in your own browser. Check its address there before you allow access.</source>
        <translation>Trellos Seite öffnet sich in Ihrem eigenen Browser. Prüfen Sie dort die Adresse, bevor Sie den Zugriff erlauben.</translation>
    </message>
</context>
<context>
    <name>onboard::ConsentPanel</name>
    <message>
        <location filename="../src/gui/ConsentPanel.cpp" line="+39"/>
        <source>You can also sign in with your own browser (the button below).</source>
        <translation>Sie können sich auch mit Ihrem eigenen Browser anmelden (die Schaltfläche unten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trello refused to send its answer to %1.</source>
        <translation>Trello hat sich geweigert, seine Antwort an %1 zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trello refused to send its answer to this program: the origin %1 is not among the allowed origins of your API key. Add %1 under &quot;Allowed origins&quot; on the Power-Up admin page (%2), then press &quot;Try again&quot;.</source>
        <translation>Trello hat sich geweigert, seine Antwort an dieses Programm zu senden: Der Ursprung %1 gehört nicht zu den erlaubten Ursprüngen (Allowed origins) Ihres API-Schlüssels. Fügen Sie %1 auf der Power-Up-Verwaltungsseite (%2) unter „Allowed origins“ hinzu und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copy the token Trello shows in your browser, then paste it below.</source>
        <translation>Kopieren Sie das Token, das Trello in Ihrem Browser zeigt, und fügen Sie es unten ein.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for your browser…
In the consent page it opened, sign in if asked and choose Allow (or Accept).
This window goes on by itself.</source>
        <translation>Warte auf Ihren Browser…
Melden Sie sich auf der geöffneten Zustimmungsseite an, falls Sie dazu aufgefordert werden, und wählen Sie „Allow“ (oder „Accept“).
Dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for your browser…
In the page it opened, press &quot;Continue to Trello&quot;, sign in if Trello asks,
and choose Allow. This window goes on by itself.</source>
        <translation>Warte auf Ihren Browser…
Drücken Sie auf der geöffneten Seite „Weiter zu Trello“, melden Sie sich an, falls Trello fragt,
und wählen Sie „Allow“. Dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Falls sich keine Browserseite geöffnet hat, öffnen Sie diese Adresse in Ihrem Browser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser could be started. Open this address in your browser:</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie diese Adresse in Ihrem Browser:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your browser has the page.
Press &quot;Continue to Trello&quot; there, sign in if Trello asks, and choose Allow.
This window goes on by itself.</source>
        <translation>Ihr Browser hat die Seite geöffnet.
Drücken Sie dort „Weiter zu Trello“, melden Sie sich an, falls Trello fragt, und wählen Sie „Allow“.
Dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your browser brought the consent page&apos;s answer back.</source>
        <translation>Ihr Browser hat die Antwort der Zustimmungsseite zurückgebracht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your browser brought Trello&apos;s answer back.</source>
        <translation>Ihr Browser hat Trellos Antwort zurückgebracht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was stored. Press &quot;Try again&quot; if that was a mistake.</source>
        <translation>Es wurde nichts gespeichert. Drücken Sie „Erneut versuchen“, falls das ein Versehen war.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access was not granted on the consent page (it said: &quot;%1&quot;). Nothing was stored. Press &quot;Try again&quot; if that was a mistake.</source>
        <translation>Auf der Zustimmungsseite wurde der Zugriff nicht gewährt (sie meldete: „%1“). Es wurde nichts gespeichert. Klicken Sie auf „Erneut versuchen“, falls das ein Versehen war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You denied access on Trello&apos;s page (Trello said: &quot;%1&quot;). Nothing was stored. Press &quot;Try again&quot; if that was a mistake.</source>
        <translation>Sie haben den Zugriff auf der Seite von Trello verweigert (Trello meldete: „%1“). Es wurde nichts gespeichert. Klicken Sie auf „Erneut versuchen“, falls das ein Versehen war.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>🔒 Secure connection (HTTPS):</source>
        <translation>🔒 Sichere Verbindung (HTTPS):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted, but on this computer only:</source>
        <translation>Nicht verschlüsselt, aber nur auf diesem Computer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Not secure:</source>
        <translation>⚠ Nicht sicher:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Access was granted.</source>
        <translation>Der Zugriff wurde gewährt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trello granted access.</source>
        <translation>Trello hat den Zugriff gewährt.</translation>
    </message>
</context>
<context>
    <name>onboard::DesktopNotifier</name>
    <message>
        <location filename="../src/core/desktop/DesktopNotifier.cpp" line="+73"/>
        <source>There is no D-Bus session bus, so no desktop notification can be shown.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, daher kann keine Desktop-Benachrichtigung angezeigt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No notification service answers on the session bus (org.freedesktop.Notifications).</source>
        <translation>Auf dem Sitzungsbus antwortet kein Benachrichtigungsdienst (org.freedesktop.Notifications).</translation>
    </message>
</context>
<context>
    <name>onboard::DonePage</name>
    <message>
        <location filename="../src/gui/DonePage.cpp" line="+35"/>
        <source>The OAuth 2.0 grant is verified and stored.</source>
        <translation>Die OAuth-2.0-Freigabe ist geprüft und gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;The OAuth 2.0 grant of &lt;b&gt;%1&lt;/b&gt; (@%2) works. Scopes: %3.&lt;/p&gt;&lt;p&gt;The access token renews itself; the grant lapses if unused for %4 days (next: %5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die OAuth-2.0-Freigabe von &lt;b&gt;%1&lt;/b&gt; (@%2) funktioniert. Berechtigungen: %3.&lt;/p&gt;&lt;p&gt;Das Zugriffstoken erneuert sich selbst; die Freigabe verfällt, wenn sie %4 Tage lang nicht benutzt wird (nächstes Datum: %5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;The grant is in your system keychain: service &lt;b&gt;%1&lt;/b&gt;, account &lt;b&gt;%2&lt;/b&gt;. Nothing secret was written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Freigabe liegt im Schlüsselbund Ihres Systems: Dienst &lt;b&gt;%1&lt;/b&gt;, Konto &lt;b&gt;%2&lt;/b&gt;. Nichts Geheimes wurde in eine Datei geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Scripts use it without ever seeing it in a file:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 exec -- my-script.sh&lt;/code&gt;&lt;br/&gt;runs the script with a valid access token in &lt;code&gt;TRELLO_ACCESS_TOKEN&lt;/code&gt; (send it as &lt;code&gt;Authorization: Bearer&lt;/code&gt;);&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 token&lt;/code&gt;&lt;br/&gt;prints a valid access token for a pipe.&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 status&lt;/code&gt; checks it, &lt;code&gt;trello-onboard%1 manage&lt;/code&gt; signs in again or forgets it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skripte verwenden sie, ohne sie je in einer Datei zu sehen:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 exec -- my-script.sh&lt;/code&gt;&lt;br/&gt;führt das Skript mit einem gültigen Zugriffstoken in &lt;code&gt;TRELLO_ACCESS_TOKEN&lt;/code&gt; aus (zu senden als &lt;code&gt;Authorization: Bearer&lt;/code&gt;);&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 token&lt;/code&gt;&lt;br/&gt;gibt ein gültiges Zugriffstoken für eine Pipe aus.&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 status&lt;/code&gt; prüft sie, &lt;code&gt;trello-onboard%1 manage&lt;/code&gt; meldet erneut an oder vergisst sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The token of &lt;b&gt;%1&lt;/b&gt; (@%2) works: %3 access, expires %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Token von &lt;b&gt;%1&lt;/b&gt; (@%2) funktioniert: Zugriff %3, läuft ab: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The token is in your system keychain: service &lt;b&gt;%1&lt;/b&gt;, account &lt;b&gt;%2&lt;/b&gt;. Nothing secret was written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Token liegt im Schlüsselbund Ihres Systems: Dienst &lt;b&gt;%1&lt;/b&gt;, Konto &lt;b&gt;%2&lt;/b&gt;. Es wurde nichts Geheimes in eine Datei geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Scripts use it without ever seeing it in a file:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 exec -- my-script.sh&lt;/code&gt;&lt;br/&gt;runs the script with &lt;code&gt;TRELLO_KEY&lt;/code&gt; and &lt;code&gt;TRELLO_TOKEN&lt;/code&gt; in its environment;&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 token&lt;/code&gt;&lt;br/&gt;prints the token for a pipe.&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 status&lt;/code&gt; checks it, &lt;code&gt;trello-onboard%1 manage&lt;/code&gt; rotates or revokes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Skripte verwenden es, ohne es je in einer Datei zu sehen:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 exec -- my-script.sh&lt;/code&gt;&lt;br/&gt;führt das Skript mit &lt;code&gt;TRELLO_KEY&lt;/code&gt; und &lt;code&gt;TRELLO_TOKEN&lt;/code&gt; in seiner Umgebung aus;&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 token&lt;/code&gt;&lt;br/&gt;gibt das Token für eine Pipe aus.&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 status&lt;/code&gt; prüft es, &lt;code&gt;trello-onboard%1 manage&lt;/code&gt; erneuert oder widerruft es.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onboard::ExecCommand</name>
    <message>
        <location filename="../src/app/commands/ExecCommand.cpp" line="+46"/>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>onboard::ExpiryWarningsToggle</name>
    <message>
        <location filename="../src/gui/ExpiryWarningsToggle.cpp" line="+20"/>
        <source>&amp;Warn me before tokens expire</source>
        <translation>&amp;Vor dem Ablauf von Tokens warnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A daily check in the background notifies you a week before a token expires, or when Trello stops accepting one.</source>
        <translation>Eine tägliche Prüfung im Hintergrund benachrichtigt Sie eine Woche bevor ein Token abläuft oder wenn Trello eines nicht mehr annimmt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your administrator keeps it on.</source>
        <translation>Ihre Administration hält sie eingeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To turn it off, clear this box or run: %1</source>
        <translation>Zum Ausschalten dieses Kästchen leeren oder ausführen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: trello-onboard checks your tokens once a day and notifies you a week before one expires. %1</source>
        <translation>Ein: trello-onboard prüft Ihre Tokens einmal am Tag und benachrichtigt Sie eine Woche, bevor eines abläuft. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: no daily check.</source>
        <translation>Aus: keine tägliche Prüfung.</translation>
    </message>
</context>
<context>
    <name>onboard::ForgetCommand</name>
    <message>
        <location filename="../src/app/commands/ForgetCommand.cpp" line="+20"/>
        <source>Removed the OAuth 2.0 sign-in of %1 (%2) from this computer. %3</source>
        <translation>Die OAuth-2.0-Anmeldung von %1 (%2) wurde von diesem Computer entfernt. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the token of %1 (%2) from this computer. It stays valid on Trello until it expires or is revoked. %3</source>
        <translation>Das Token von %1 (%2) wurde von diesem Computer entfernt. Bei Trello bleibt es gültig, bis es abläuft oder widerrufen wird. %3</translation>
    </message>
</context>
<context>
    <name>onboard::ImportCommand</name>
    <message>
        <location filename="../src/app/commands/ImportCommand.cpp" line="+20"/>
        <source>Paste the token (it is not shown): </source>
        <translation>Token einfügen (es wird nicht angezeigt): </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard input holds more than %1 bytes; a token is 76 characters.</source>
        <translation>Die Standardeingabe enthält mehr als %1 Bytes; ein Token hat 76 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token on standard input. Pipe it in, for example: trello-onboard import --key KEY &lt; token-file</source>
        <translation>Kein Token auf der Standardeingabe. Leiten Sie es per Pipe oder Umleitung hinein, zum Beispiel: trello-onboard import --key KEY &lt; token-file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stored the verified token of %1 (%2) in the keychain: service &quot;%3&quot;, account &quot;%4&quot;.</source>
        <translation>Das geprüfte Token von %1 (%2) wurde im Schlüsselbund gespeichert: Dienst „%3“, Konto „%4“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The daily check that warns before tokens expire is on (to turn it off: %1).</source>
        <translation>Die tägliche Prüfung, die vor dem Ablauf von Tokens warnt, ist eingeschaltet (zum Ausschalten: %1).</translation>
    </message>
</context>
<context>
    <name>onboard::KeychainJob</name>
    <message>
        <location filename="../src/core/keychain/KeychainJob.cpp" line="+78"/>
        <source>The keychain entry has no service or account name.</source>
        <translation>Dem Eintrag im Schlüsselbund fehlt der Dienst- oder Kontoname.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keychain entry of account %1 (service %2) does not hold a Trello token or grant; run trello-onboard setup again or forget the account.</source>
        <translation>Der Schlüsselbundeintrag des Kontos %1 (Dienst %2) enthält kein Trello-Token und keine Freigabe; führen Sie trello-onboard setup erneut aus oder vergessen Sie das Konto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> (The keychain said: %1)</source>
        <translation> (Der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No token is stored in the keychain for account %1 (service %2).</source>
        <translation>Im Schlüsselbund ist für das Konto %1 (Dienst %2) kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available to keep the token. Start GNOME Keyring, KWallet or another Secret Service (and unlock it), then try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Token aufzubewahren. Starten Sie GNOME Keyring, KWallet oder einen anderen Secret Service (und entsperren Sie ihn) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the keychain was denied; it may be locked. Unlock it, allow trello-onboard to use it, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert; vielleicht ist er gesperrt. Entsperren Sie ihn, erlauben Sie trello-onboard den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not remove the token of account %1.</source>
        <translation>Der Schlüsselbund konnte das Token des Kontos %1 nicht entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token of account %1 could not be read from the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation>Das Token des Kontos %1 konnte nicht aus dem Schlüsselbund gelesen werden. Stellen Sie sicher, dass GNOME Keyring, KWallet oder ein anderer Secret Service läuft und entsperrt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of account %1 could not be stored in the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation>Das Token des Kontos %1 konnte nicht im Schlüsselbund gespeichert werden. Stellen Sie sicher, dass GNOME Keyring, KWallet oder ein anderer Secret Service läuft und entsperrt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of account %1 could not be removed from the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation>Das Token des Kontos %1 konnte nicht aus dem Schlüsselbund entfernt werden. Stellen Sie sicher, dass GNOME Keyring, KWallet oder ein anderer Secret Service läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>onboard::KeychainWaitBar</name>
    <message>
        <location filename="../src/gui/KeychainWaitBar.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for %1 to be unlocked: type its password in the window it opened.</source>
        <translation>Warte darauf, dass %1 entsperrt wird: geben Sie sein Passwort in dem Fenster ein, das er geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>onboard::LoopbackReceiver</name>
    <message numerus="yes">
        <location filename="../src/core/signin/LoopbackReceiver.cpp" line="+76"/>
        <source>No answer came from your browser within %n minute(s).</source>
        <translation>
            <numerusform>Von Ihrem Browser kam innerhalb von %n Minute keine Antwort.</numerusform>
            <numerusform>Von Ihrem Browser kam innerhalb von %n Minuten keine Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To sign in with your browser, the redirect URI must be http://localhost with a port (or 127.0.0.1 or [::1]), for example %1: trello-onboard listens there for the answer. &quot;%2&quot; is not.</source>
        <translation>Für die Anmeldung mit Ihrem Browser muss die Weiterleitungs-URI http://localhost mit einem Port sein (oder 127.0.0.1 oder [::1]), zum Beispiel %1: Dort wartet trello-onboard auf die Antwort. „%2“ ist das nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signing in with the browser was cancelled.</source>
        <translation>Die Anmeldung mit dem Browser wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Port %1 on this computer is in use by another program, so trello-onboard cannot catch the browser&apos;s answer there. Close that program, or choose another port with %2 (and register that redirect URI for the client).</source>
        <translation>Port %1 dieses Computers wird von einem anderen Programm belegt, daher kann trello-onboard die Antwort des Browsers dort nicht entgegennehmen. Schließen Sie dieses Programm, oder wählen Sie mit %2 einen anderen Port (und tragen Sie diese Weiterleitungs-URI für den Client ein).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port %1 on this computer is in use by another program, so trello-onboard cannot catch the browser&apos;s answer there. Close that program, or choose another port with --return-url (and allow its origin for the API key).</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm belegt, daher kann trello-onboard die Antwort des Browsers dort nicht empfangen. Beenden Sie dieses Programm oder wählen Sie mit --return-url einen anderen Port (und erlauben Sie dessen Ursprung für den API-Schlüssel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trello-onboard cannot listen on port %1 of this computer for the browser&apos;s answer (%2). Choose another port with %3.</source>
        <translation>trello-onboard kann auf Port %1 dieses Computers nicht auf die Antwort des Browsers warten (%2). Wählen Sie mit %3 einen anderen Port.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Not this sign-in</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in trello-onboard is waiting for, so it was ignored. Return to trello-onboard and start the sign-in there again if needed.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die trello-onboard wartet, daher wurde sie ignoriert. Kehren Sie zu trello-onboard zurück und beginnen Sie die Anmeldung dort bei Bedarf erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trello-onboard has the answer. You can return to trello-onboard now and close this tab.</source>
        <translation>trello-onboard hat die Antwort. Sie können jetzt zu trello-onboard zurückkehren und diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access not granted</source>
        <translation>Zugriff nicht gewährt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access was not granted; nothing was stored. You can return to trello-onboard now and close this tab.</source>
        <translation>Der Zugriff wurde nicht gewährt; es wurde nichts gespeichert. Sie können jetzt zu trello-onboard zurückkehren und diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer could not be used</source>
        <translation>Die Antwort war nicht verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer that reached trello-onboard could not be used. Return to trello-onboard and start the sign-in again.</source>
        <translation>Die Antwort, die trello-onboard erreicht hat, war nicht verwendbar. Kehren Sie zu trello-onboard zurück und beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trello&apos;s window was closed in the browser without an answer.</source>
        <translation>Trellos Fenster wurde im Browser ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access was not granted on Trello&apos;s page.</source>
        <translation>Auf Trellos Seite wurde der Zugriff nicht gewährt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trello&apos;s page answered in the browser with something that is not a token.</source>
        <translation>Trellos Seite hat im Browser mit etwas geantwortet, das kein Token ist.</translation>
    </message>
</context>
<context>
    <name>onboard::MoveWebhooksJob</name>
    <message>
        <location filename="../src/core/trello/MoveWebhooksJob.cpp" line="+118"/>
        <source>The webhooks of the old token could not be listed: %1</source>
        <translation>Die Webhooks des alten Tokens konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhooks of the new token could not be listed: %1</source>
        <translation>Die Webhooks des neuen Tokens konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trello did not create it for the new token: %1</source>
        <translation>Trello hat ihn für das neue Token nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It was created for the new token, but could not be checked: %1</source>
        <translation>Er wurde für das neue Token angelegt, konnte aber nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was created for the new token, but Trello describes the copy differently.</source>
        <translation>Er wurde für das neue Token angelegt, aber Trello beschreibt die Kopie anders.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The old token was not revoked, because revoking it would stop its webhooks, and %1 It keeps working until it expires or is revoked. %2</source>
        <translation>Das alte Token wurde nicht widerrufen, weil das seine Webhooks beenden würde, und %1 Es funktioniert weiter, bis es abläuft oder widerrufen wird. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webhook(s) of the old token could not be moved to the new token: %1. The old token was not revoked, so they keep working until it expires or is revoked. Create them with the new token once their callback URLs answer, then revoke the old token yourself. %2</source>
        <translation>
            <numerusform>%n Webhook des alten Tokens konnte nicht auf das neue Token übertragen werden: %1. Das alte Token wurde nicht widerrufen, daher funktioniert er weiter, bis es abläuft oder widerrufen wird. Legen Sie ihn mit dem neuen Token an, sobald seine Callback-URL antwortet, und widerrufen Sie dann das alte Token selbst. %2</numerusform>
            <numerusform>%n Webhooks des alten Tokens konnten nicht auf das neue Token übertragen werden: %1. Das alte Token wurde nicht widerrufen, daher funktionieren sie weiter, bis es abläuft oder widerrufen wird. Legen Sie sie mit dem neuen Token an, sobald ihre Callback-URLs antworten, und widerrufen Sie dann das alte Token selbst. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n other webhook(s) were moved to the new token.</source>
        <translation>
            <numerusform>%n weiterer Webhook wurde auf das neue Token übertragen.</numerusform>
            <numerusform>%n weitere Webhooks wurden auf das neue Token übertragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n moved webhook(s) could not be deleted under the old token and are called twice until it is revoked.</source>
        <translation>
            <numerusform>%n übertragener Webhook konnte beim alten Token nicht gelöscht werden und wird doppelt aufgerufen, bis es widerrufen ist.</numerusform>
            <numerusform>%n übertragene Webhooks konnten beim alten Token nicht gelöscht werden und werden doppelt aufgerufen, bis es widerrufen ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::OAuthScopeChooser</name>
    <message>
        <location filename="../src/gui/OAuthScopeChooser.cpp" line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>see your name, username and profile</source>
        <translation>Ihren Namen, Benutzernamen und Ihr Profil sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change your profile</source>
        <translation>Ihr Profil ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read your boards, lists and cards</source>
        <translation>Ihre Boards, Listen und Karten lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create and change boards, lists and cards</source>
        <translation>Boards, Listen und Karten anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add and remove board members</source>
        <translation>Board-Mitglieder hinzufügen und entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read your Workspaces</source>
        <translation>Ihre Arbeitsbereiche lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create and change Workspaces</source>
        <translation>Arbeitsbereiche anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add and remove Workspace members</source>
        <translation>Mitglieder von Arbeitsbereichen hinzufügen und entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read your Enterprise&apos;s settings</source>
        <translation>die Einstellungen Ihres Enterprise lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change your Enterprise&apos;s settings</source>
        <translation>die Einstellungen Ihres Enterprise ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep access without asking you again (renews the access token)</source>
        <translation>Zugriff behalten, ohne Sie erneut zu fragen (erneuert das Zugriffstoken)</translation>
    </message>
</context>
<context>
    <name>onboard::PermissionsPage</name>
    <message>
        <location filename="../src/gui/PermissionsPage.cpp" line="+22"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The token stops working an hour from now: enough for a one-off script.</source>
        <translation>Das Token funktioniert ab jetzt eine Stunde lang: genug für ein einmaliges Skript.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token stops working tomorrow at this time.</source>
        <translation>Das Token funktioniert bis morgen um diese Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token stops working in 30 days; then you run the setup (or rotate) again.</source>
        <translation>Das Token hört in 30 Tagen auf zu funktionieren; dann führen Sie die Einrichtung (oder rotate) erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token works until you revoke it. Convenient, but a leaked token stays useful to whoever has it.</source>
        <translation>Das Token funktioniert, bis Sie es widerrufen. Bequem, aber ein in falsche Hände geratenes Token bleibt für jeden nutzbar, der es besitzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose at least one kind of access.</source>
        <translation>Wählen Sie mindestens eine Zugriffsart aus.</translation>
    </message>
</context>
<context>
    <name>onboard::ReadTokenJob</name>
    <message>
        <location filename="../src/core/accounts/ReadTokenJob.cpp" line="+34"/>
        <source>The keychain holds no token for %1 (%2); it may have been removed by another program. Run trello-onboard setup to store a new one.</source>
        <translation>Der Schlüsselbund enthält kein Token für %1 (%2); vielleicht wurde es von einem anderen Programm entfernt. Führen Sie trello-onboard setup aus, um ein neues zu speichern.</translation>
    </message>
</context>
<context>
    <name>onboard::RemoveTokenJob</name>
    <message>
        <location filename="../src/core/changes/RemoveTokenJob.cpp" line="+46"/>
        <source>The token of %1 was removed from the keychain, but its account record was not: %2 The record is removed the next time trello-onboard runs.</source>
        <translation>Das Token von %1 wurde aus dem Schlüsselbund entfernt, sein Kontoeintrag aber nicht: %2 Der Eintrag wird beim nächsten Start von trello-onboard entfernt.</translation>
    </message>
</context>
<context>
    <name>onboard::ReplaceTokenJob</name>
    <message>
        <location filename="../src/core/changes/ReplaceTokenJob.cpp" line="+94"/>
        <source>The keychain gave back something other than the token just stored.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben als das gerade gespeicherte Token.</translation>
    </message>
</context>
<context>
    <name>onboard::RevokeAccountJob</name>
    <message>
        <location filename="../src/core/operations/RevokeAccountJob.cpp" line="+68"/>
        <source>Trello did not revoke the token: %1 It is still stored here and still works. %2</source>
        <translation>Trello hat das Token nicht widerrufen: %1 Es ist hier weiterhin gespeichert und funktioniert noch. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was not revoked: %1 Nothing was removed.</source>
        <translation>Das Token wurde nicht widerrufen: %1 Es wurde nichts entfernt.</translation>
    </message>
</context>
<context>
    <name>onboard::RevokeCommand</name>
    <message>
        <location filename="../src/app/commands/RevokeCommand.cpp" line="+37"/>
        <source>Removed the OAuth 2.0 sign-in of %1 from this computer. %2</source>
        <translation>Die OAuth-2.0-Anmeldung von %1 wurde von diesem Computer entfernt. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Its %n webhook(s) stopped with it.</source>
        <translation>
            <numerusform>Sein %n Webhook wurde mit ihm beendet.</numerusform>
            <numerusform>Seine %n Webhooks wurden mit ihm beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its webhooks could not be counted (%1); any it had stopped with it.</source>
        <translation>Seine Webhooks konnten nicht gezählt werden (%1); alle, die es hatte, wurden mit ihm beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trello already considered the token of %1 invalid or expired; removed it from this computer.</source>
        <translation>Trello hielt das Token von %1 bereits für ungültig oder abgelaufen; es wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked the token of %1 on Trello and removed it from this computer.</source>
        <translation>Das Token von %1 wurde bei Trello widerrufen und von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>revoke asks for confirmation on a terminal; from a script, add --yes.</source>
        <translation>revoke fragt im Terminal nach einer Bestätigung; fügen Sie in einem Skript --yes hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the OAuth 2.0 sign-in of %1 (%2) from this computer? Trello offers no way to revoke it from here. [y/N] </source>
        <translation>Die OAuth-2.0-Anmeldung von %1 (%2) von diesem Computer entfernen? Trello bietet keinen Weg, sie von hier aus zu widerrufen. [y/N] </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not count the token&apos;s webhooks: %1
Revoke the token of %2 (%3) on Trello? It stops working everywhere it is used, and any webhooks it has stop with it. [y/N] </source>
        <translation>Die Webhooks des Tokens konnten nicht gezählt werden: %1
Das Token von %2 (%3) bei Trello widerrufen? Es funktioniert dann nirgends mehr, und alle seine Webhooks enden mit ihm. [j/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used; it has no webhooks. [y/N] </source>
        <translation>Das Token von %1 (%2) bei Trello widerrufen? Es funktioniert dann nirgends mehr; es hat keine Webhooks. [j/N] </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used, and its %n webhook(s) stop with it. [y/N] </source>
        <translation>
            <numerusform>Das Token von %1 (%2) bei Trello widerrufen? Es funktioniert dann nirgends mehr, und sein %n Webhook endet mit ihm. [j/N] </numerusform>
            <numerusform>Das Token von %1 (%2) bei Trello widerrufen? Es funktioniert dann nirgends mehr, und seine %n Webhooks enden mit ihm. [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
</context>
<context>
    <name>onboard::RevokeTokenJob</name>
    <message>
        <location filename="../src/core/trello/RevokeTokenJob.cpp" line="+16"/>
        <source>To revoke it yourself, sign in at https://trello.com, open your account settings, then Applications (&quot;Power-Ups and integrations&quot;), and revoke access for the application.</source>
        <translation>Um es selbst zu widerrufen, melden Sie sich bei https://trello.com an, öffnen Sie Ihre Kontoeinstellungen, dann den Bereich Anwendungen („Power-Ups und Integrationen“), und widerrufen Sie dort den Zugriff für die Anwendung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trello has no documented way for a program to revoke an OAuth 2.0 grant: to end it, open your Atlassian account settings, Connected apps (https://id.atlassian.com/manage-profile/apps), and remove the app&apos;s access.</source>
        <translation>Trello bietet Programmen keinen dokumentierten Weg, eine OAuth-2.0-Freigabe zu widerrufen: Um sie zu beenden, öffnen Sie die Einstellungen Ihres Atlassian-Kontos, „Verbundene Apps“ (https://id.atlassian.com/manage-profile/apps), und entziehen Sie der App den Zugriff.</translation>
    </message>
</context>
<context>
    <name>onboard::RotateDialog</name>
    <message>
        <location filename="../src/gui/RotateDialog.cpp" line="+33"/>
        <source>&lt;b&gt;Rotate the token of %1 (%2)&lt;/b&gt;&lt;br&gt;Trello asks you for a new token. It is verified and stored first; only then is the old one revoked. If anything fails before that, the old token stays stored and keeps working.</source>
        <translation>&lt;b&gt;Token von %1 (%2) erneuern&lt;/b&gt;&lt;br&gt;Trello fragt Sie nach einem neuen Token. Es wird zuerst geprüft und gespeichert; erst danach wird das alte widerrufen. Schlägt vorher etwas fehl, bleibt das alte Token gespeichert und funktioniert weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;b&gt;Sign in again for %1 (%2)&lt;/b&gt;&lt;br&gt;A new OAuth 2.0 consent replaces the stored grant once the new one is verified and stored. Trello has no way for a program to revoke the old grant: it is only forgotten here.</source>
        <translation>&lt;b&gt;Erneut anmelden für %1 (%2)&lt;/b&gt;&lt;br&gt;Eine neue OAuth-2.0-Zustimmung ersetzt die gespeicherte Freigabe, sobald die neue geprüft und gespeichert ist. Trello bietet Programmen keinen Weg, die alte Freigabe zu widerrufen: Sie wird hier nur vergessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the new grant may do</source>
        <translation>Was die neue Freigabe darf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redirect &amp;URI:</source>
        <translation>Weiterleitungs-&amp;URI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue to the &amp;consent page</source>
        <translation>Weiter zur &amp;Zustimmungsseite</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign in to Trello if asked, then press Allow to grant the new token.</source>
        <translation>Melden Sie sich bei Trello an, falls Sie dazu aufgefordert werden, und klicken Sie dann auf „Erlauben“ (Allow), um das neue Token zu gewähren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting the new grant, verifying it and storing it in place of the old one…</source>
        <translation>Die neue Freigabe wird geholt, geprüft und anstelle der alten gespeichert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new grant was not stored: %1 The old grant is still stored.</source>
        <translation>Die neue Freigabe wurde nicht gespeichert: %1 Die alte Freigabe ist weiterhin gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the new token, storing it, moving its webhooks, then revoking the old one…</source>
        <translation>Das neue Token wird geprüft und gespeichert, seine Webhooks werden übertragen, dann wird das alte widerrufen…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The new grant is stored and works; the old one was forgotten here. %1</source>
        <translation>Die neue Freigabe ist gespeichert und funktioniert; die alte wurde hier vergessen. %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Access was not granted on the consent page. The old grant is still stored.</source>
        <translation>Auf der Zustimmungsseite wurde der Zugriff nicht gewährt. Die alte Freigabe ist weiterhin gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access was denied on Trello&apos;s page. The old token is still stored and works.</source>
        <translation>Der Zugriff wurde auf der Seite von Trello verweigert. Das alte Token ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Done: Trello granted the token that was already stored; it stays stored and works.</source>
        <translation>Fertig: Trello hat das bereits gespeicherte Token erteilt; es bleibt gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: the new token is stored and works, and the old one was revoked on Trello.</source>
        <translation>Fertig: Das neue Token ist gespeichert und funktioniert, und das alte wurde bei Trello widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rotation is being finished; this takes a few seconds at most.</source>
        <translation>Die Erneuerung wird gerade abgeschlossen; das dauert höchstens ein paar Sekunden.</translation>
    </message>
</context>
<context>
    <name>onboard::RotateTokenJob</name>
    <message>
        <location filename="../src/core/operations/RotateTokenJob.cpp" line="+50"/>
        <source>A rotation keeps the account&apos;s API key (%1). To use another key, add an account instead.</source>
        <translation>Beim Erneuern bleibt der API-Schlüssel des Kontos (%1) erhalten. Um einen anderen Schlüssel zu verwenden, fügen Sie stattdessen ein Konto hinzu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 The old token is still stored and works.</source>
        <translation>%1 Das alte Token ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 Without its token, the values of the account&apos;s secret headers are not read either.</source>
        <translation>%1 Ohne sein Token werden auch die Werte der geheimen Header des Kontos nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rotation keeps the account&apos;s secret headers (%1) as they are. To change them, run trello-onboard setup again for this account. Nothing was changed.</source>
        <translation>Eine Rotation lässt die geheimen Header des Kontos (%1) unverändert. Um sie zu ändern, führen Sie trello-onboard setup für dieses Konto erneut aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An earlier rotation of %1 is not finished yet: it could not be checked because the API host or the keychain could not be reached. It is finished the next time trello-onboard starts with both reachable; rotate again after that. Nothing was changed.</source>
        <translation>Eine frühere Rotation von %1 ist noch nicht abgeschlossen: Sie konnte nicht geprüft werden, weil der API-Host oder der Schlüsselbund nicht erreichbar war. Sie wird beim nächsten Start von trello-onboard abgeschlossen, wenn beide erreichbar sind; rotieren Sie danach erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new token was not verified: %1 Nothing was changed; the old token is still stored and works.</source>
        <translation>Das neue Token konnte nicht geprüft werden: %1 Es wurde nichts geändert; das alte Token ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new token belongs to %1, not to %2: sign in to Trello as %2 and rotate again. Nothing was changed; the old token is still stored and works.</source>
        <translation>Das neue Token gehört %1, nicht %2: Melden Sie sich bei Trello als %2 an und erneuern Sie das Token noch einmal. Es wurde nichts geändert; das alte Token ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API host&apos;s answers cannot be stored: %1</source>
        <translation>Die Antworten des API-Hosts können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 Nothing was changed; the old token is still stored and works.</source>
        <translation>%1 Es wurde nichts geändert; das alte Token ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 The old token could not be put back yet; it is kept in the keychain and put back the next time trello-onboard starts.</source>
        <translation>%1 Das alte Token konnte noch nicht wiederhergestellt werden; es wird im Schlüsselbund aufbewahrt und beim nächsten Start von trello-onboard wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 The keychain may hold the new token after all; trello-onboard status checks it.</source>
        <translation>%1 Der Schlüsselbund enthält vielleicht doch das neue Token; trello-onboard status prüft das.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The old token was put back; it is still stored and works.</source>
        <translation>%1 Das alte Token wurde wiederhergestellt; es ist weiterhin gespeichert und funktioniert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The new token is stored and works. %1</source>
        <translation>Das neue Token ist gespeichert und funktioniert. %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The new token is stored and works, but Trello did not revoke the old one: %1 The old token keeps working until it expires or is revoked. %2</source>
        <translation>Das neue Token ist gespeichert und funktioniert, aber Trello hat das alte nicht widerrufen: %1 Das alte Token funktioniert weiter, bis es abläuft oder widerrufen wird. %2</translation>
    </message>
</context>
<context>
    <name>onboard::SecretService</name>
    <message>
        <location filename="../src/core/keychain/SecretService.cpp" line="+216"/>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the keychain (%1)</source>
        <translation>der Schlüsselbund (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not answer within %n second(s); it may be hung. Restarting it (or logging in again) usually helps; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT sets how long to wait.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet; er hängt vielleicht. Ein Neustart (oder eine neue Anmeldung) hilft meist; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT legt fest, wie lange gewartet wird.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet; er hängt vielleicht. Ein Neustart (oder eine neue Anmeldung) hilft meist; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT legt fest, wie lange gewartet wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stayed locked: its unlock prompt was dismissed or could not be shown. Unlock it and try again.</source>
        <translation>%1 blieb gesperrt: seine Entsperr-Abfrage wurde geschlossen oder konnte nicht angezeigt werden. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 stopped while waiting for its password. Start it again and try again.</source>
        <translation>%1 wurde beendet, während er auf sein Passwort wartete. Starten Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 stayed locked: waiting for it was stopped, and nothing was changed. If its prompt is still open, type the password there or press Cancel in it.</source>
        <translation>%1 blieb gesperrt: das Warten wurde abgebrochen, und nichts wurde geändert. Ist seine Abfrage noch offen, geben Sie dort das Passwort ein oder drücken Sie darin auf Abbrechen.</translation>
    </message>
</context>
<context>
    <name>onboard::SetupController</name>
    <message>
        <location filename="../src/gui/SetupController.cpp" line="+113"/>
        <source>You did not allow access.</source>
        <translation>Sie haben den Zugriff nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>onboard::SetupWizard</name>
    <message>
        <location filename="../src/gui/SetupWizard.cpp" line="+24"/>
        <source>Trello Onboard</source>
        <translation>Trello Onboard</translation>
    </message>
</context>
<context>
    <name>onboard::StatusCommand</name>
    <message>
        <location filename="../src/app/commands/StatusCommand.cpp" line="+57"/>
        <source>No account is stored; run trello-onboard setup to add one.</source>
        <translation>Es ist kein Konto gespeichert; führen Sie trello-onboard setup aus, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPES</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access %1, grant %2</source>
        <translation>Zugriff %1, Freigabe %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(%1 d left)</source>
        <translation>(noch %1 Tg.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain: not found on the session bus</source>
        <translation>Schlüsselbund: auf dem Sitzungsbus nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain: %1 (%2)</source>
        <translation>Schlüsselbund: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of this check was not recorded: %1</source>
        <translation>Der Zeitpunkt dieser Prüfung wurde nicht festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>onboard::StoreTokenJob</name>
    <message>
        <location filename="../src/core/operations/StoreTokenJob.cpp" line="+123"/>
        <source>You signed in as %1, not as %2; nothing was stored. Sign in as %2 and try again.</source>
        <translation>Sie haben sich als %1 angemeldet, nicht als %2; es wurde nichts gespeichert. Melden Sie sich als %2 an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API host&apos;s answers cannot be stored: %1</source>
        <translation>Die Antworten des API-Hosts können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>onboard::TestCallPage</name>
    <message>
        <location filename="../src/gui/TestCallPage.cpp" line="+57"/>
        <source>&amp;Sign in again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing the token in your keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading it back from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund zurückgelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the account…</source>
        <translation>Konto wird eingetragen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting the access token from the token endpoint and asking %1 whose it is…</source>
        <translation>Das Zugriffstoken wird vom Token-Endpunkt geholt und %1 gefragt, wem es gehört…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking %1 who the token belongs to…</source>
        <translation>%1 wird gefragt, wem das Token gehört…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the API host and headers under &quot;Change connection settings&quot;, or your network, then retry.</source>
        <translation>Prüfen Sie den API-Host und die Header unter „Verbindungseinstellungen ändern“ oder Ihr Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock or start your keychain (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>Entsperren oder starten Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make room on the disk or make the settings folder writable, then retry.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger oder machen Sie den Einstellungsordner beschreibbar, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the API key and the API host; if they are right, cancel and run the setup again for a new token.</source>
        <translation>Prüfen Sie den API-Schlüssel und den API-Host; wenn beide stimmen, brechen Sie ab und führen Sie die Einrichtung erneut aus, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the connection settings, then retry.</source>
        <translation>Ändern Sie die Verbindungseinstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was stored. The authorization code can be used only once: &quot;Sign in again&quot; asks for a new one.</source>
        <translation>Es wurde nichts gespeichert. Der Autorisierungscode ist nur einmal verwendbar: „Erneut anmelden“ fragt nach einem neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token was not stored; Trello was not asked again.</source>
        <translation>Das Token wurde nicht gespeichert; Trello wurde nicht erneut gefragt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OAuth 2.0 grant works and is stored in your keychain.</source>
        <translation>Die OAuth-2.0-Freigabe funktioniert und ist in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token works and is stored in your keychain.</source>
        <translation>Das Token funktioniert und ist in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the access token renews itself; the grant lapses if unused for %n day(s)</source>
        <translation>
            <numerusform>das Zugriffstoken erneuert sich selbst; die Freigabe verfällt, wenn sie %n Tag lang nicht benutzt wird</numerusform>
            <numerusform>das Zugriffstoken erneuert sich selbst; die Freigabe verfällt, wenn sie %n Tage lang nicht benutzt wird</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>onboard::TokenEndpointJob</name>
    <message>
        <location filename="../src/core/oauth/TokenEndpointJob.cpp" line="+51"/>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Der Token-Endpunkt antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trello ended this sign-in (%1); sign in again with trello-onboard rotate.</source>
        <translation>Trello hat diese Anmeldung beendet (%1); melden Sie sich mit trello-onboard rotate erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token endpoint refused the request (%1); check the client id, the redirect URI and the scopes registered for the app.</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (%1); prüfen Sie die Client-ID, die Weiterleitungs-URI und die für die App eingetragenen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token endpoint refused the request (%1).</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>onboard::VerifyJob</name>
    <message>
        <location filename="../src/core/trello/VerifyJob.cpp" line="+57"/>
        <source>The API host&apos;s answers disagree: the token belongs to another member than the one it reports.</source>
        <translation>Die Antworten des API-Hosts widersprechen sich: Das Token gehört einem anderen Mitglied als dem, das sie angeben.</translation>
    </message>
</context>
<context>
    <name>onboard::WelcomePage</name>
    <message>
        <location filename="../src/gui/WelcomePage.cpp" line="+65"/>
        <source>The client id is public: it only names the application. The grant you give on the next pages is secret, like a password; it goes straight into your keychain.</source>
        <translation>Die Client-ID ist öffentlich: Sie benennt nur die Anwendung. Die Freigabe, die Sie auf den nächsten Seiten erteilen, ist geheim wie ein Passwort; sie kommt direkt in Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is public: it only names the application. The token you grant on the next pages is secret, like a password; it goes straight into your keychain.</source>
        <translation>Der API-Schlüssel ist öffentlich: Er benennt nur die Anwendung. Das Token, das Sie auf den nächsten Seiten gewähren, ist geheim wie ein Passwort; es kommt direkt in Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This looks like an API key.</source>
        <translation>Das sieht wie ein API-Schlüssel aus.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This looks like a client id.</source>
        <translation>Das sieht aus wie eine Client-ID.</translation>
    </message>
</context>
</TS>
