<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/Account.cpp" line="+46"/>
        <source>The member id of an account is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The member id of an account is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member id of an account may contain only letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The username of account %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The username of account %1 is too long or contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The full name of account %1 is too long or contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scope of account %1 contains a comma; list each scope on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scopes of account %1 are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+148"/>
        <source>Account %1 has more than %2 custom headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The CA file name of account %1 is too long or contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source>authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+165"/>
        <source>return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The return URL must not contain a &quot;#&quot;: Trello puts the token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The field &quot;%1&quot; of an account must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An account has no &quot;%1&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The field &quot;%1&quot; of an account is not a date and time in ISO 8601 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An account has an invalid API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The id of account %1 does not match its API key and member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 has no &quot;scopes&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>a list of scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <location filename="../src/core/AccountRegistry.cpp" line="+69"/>
        <source>The settings file %1 is not a regular file; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file %1 is larger than %2 MiB, so it is not a trello-onboard settings file; it was left as it is. Move it away and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 is too large; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was left as it is: fix it, or move it away to start with no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 is not valid JSON (%2 at byte %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 does not hold a JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 has no valid &quot;version&quot; number. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 was written by a newer trello-onboard (format version %2); this version reads version %3 only. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 has an unknown format version. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 has no &quot;accounts&quot; list. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1 of the accounts in the settings file %2 is not a JSON object. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 of the accounts in the settings file %2 is not valid: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 lists account %2 twice. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account %1 is not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 is listed twice; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file %1 could not be read, so it is not overwritten. Fix it, or move it away to start with no accounts, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder %1 for the settings file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>The settings file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The permissions of the settings file %1 could not be set; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another trello-onboard is changing the settings file %1 and did not finish within %2 seconds; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock file %1.lock for the settings file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No account is stored; run trello-onboard setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several accounts are stored; choose one with --account and a username or account id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The username %1 belongs to several stored accounts (one per API key); give the account id with --account instead: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No account &quot;%1&quot; is stored; no account is stored at all. Run trello-onboard setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored account has the username or id &quot;%1&quot;. Stored accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <location filename="../src/core/ApiEndpoint.cpp" line="+9"/>
        <source>API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host must not contain &quot;?&quot; or &quot;#&quot;; give just the root, such as https://api.trello.com/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--credentials-in takes &quot;query&quot; or &quot;header&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizeRequest</name>
    <message>
        <location filename="../src/core/AuthorizeRequest.cpp" line="+34"/>
        <source>Unknown scope &quot;%1&quot;; choose from read, write and account, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No scope was given; use read, read,write or read,write,account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown expiration &quot;%1&quot;; choose 1hour, 1day, 30days or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application name that Trello shows on its consent page is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The return URL must not contain a &quot;#&quot;: Trello puts the token there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../src/core/ConfigFile.cpp" line="+21"/>
        <source>No config file was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The config file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The config file %1 is larger than 64 KiB; it is not a trello-onboard config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: the config file contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: the config file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown section %2; the known ones are [trello-onboard] and [headers].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected &quot;key = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown key &quot;%2&quot;; known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../ui/ConnectionPage.ui" line="+6"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most people keep the defaults: requests go straight to Trello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>API &amp;host (a proxy or a mock may stand in for Trello):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extra headers sent with every API request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the API key and token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as query parameters, as Trello&apos;s own clients do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in an Authorization header, which keeps the token out of URLs and proxy logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Return URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trello sends its answer to this address; it is never loaded. Its origin must be listed among the allowed origins of your API key on the Power-Up admin page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../ui/ConsentPage.ui" line="+6"/>
        <source>Allow access on Trello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is Trello&apos;s own page. Check the address above it before you allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page not working here? Use your browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the token Trello shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFormat</name>
    <message>
        <location filename="../src/core/CredentialFormat.cpp" line="+26"/>
        <source>No API key was given. Copy it from the API Key tab of your Power-Up at https://trello.com/power-ups/admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n character(s) or other letters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n character(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomHeader</name>
    <message>
        <location filename="../src/core/CustomHeader.cpp" line="+58"/>
        <source>A header must be written as &quot;Name: value&quot;; there is no colon in the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A header has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header name &quot;%1&quot; may contain only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header &quot;%1&quot; is set by the program itself and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of header &quot;%1&quot; contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of header &quot;%1&quot; may contain only printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/DonePage.ui" line="+6"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is verified and stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <location filename="../src/app/Invocation.cpp" line="+98"/>
        <source>&quot;--&quot; is only for exec: trello-onboard exec -- COMMAND [ARGS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown option --%1; see trello-onboard --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option %1; see trello-onboard --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;; see trello-onboard --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 does not apply to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exec needs a command after &quot;--&quot;: trello-onboard exec -- COMMAND [ARGS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import needs --key KEY: the API key the token belongs to.</source>
        <translation type="unfinished"></translation>
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
  import        read a token from standard input, verify it and store it
  revoke        revoke the token on Trello, then remove it here
  forget        remove the token here only (it stays valid on Trello)

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
  --config FILE        an INI file with the same keys
  --first-run          exit at once when an account exists, else open the wizard
  --close-when-done    close the wizard as soon as the outcome is final
  --json               print the outcome as one JSON object (never the token)
  --yes                revoke without asking
  --demo               use the built-in offline Trello sandbox
  --version, --help

Exit codes: 0 success, 1 cancelled or denied, 2 token refused by Trello,
3 keychain unavailable, 4 network or API host failure, 5 no such account,
64 bad command line, config or input.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../ui/PermissionsPage.ui" line="+6"/>
        <source>What may it do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant only what your tools need; you can always ask for more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name Trello shows on its consent page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: see your boards, lists, cards, comments and member details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write: create and change boards, lists, cards and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account: change your own member details, such as name, avatar and notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Token lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/gui_main.cpp" line="+32"/>
        <location line="+27"/>
        <source>Trello Onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&lt;h2&gt;Trello Onboard&lt;/h2&gt;&lt;p&gt;The accounts screen is not built yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectReader</name>
    <message>
        <location filename="../src/core/RedirectReader.cpp" line="+70"/>
        <source>The answer from the consent page is too long to be Trello&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer from the consent page carries no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer from the consent page carries more than one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was denied on the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupOptions</name>
    <message>
        <location filename="../src/core/SetupOptions.cpp" line="+42"/>
        <source>API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API host must not contain &quot;?&quot; or &quot;#&quot;; give just the root, such as https://api.trello.com/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return URL must not contain a &quot;#&quot;: Trello puts the token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSources</name>
    <message>
        <location filename="../src/core/SetupSources.cpp" line="+47"/>
        <source>%1: only the system-wide config (%2) may lock options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;locked&quot; names an unknown option &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is locked by your administrator in %2; %3 cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCallPage</name>
    <message>
        <location filename="../ui/TestCallPage.ui" line="+6"/>
        <source>Testing the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is tried once against the API and, only if that works, stored in your keychain and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Change connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrelloResponse</name>
    <message>
        <location filename="../src/core/TrelloResponse.cpp" line="+71"/>
        <source>The API host&apos;s answer about the member is not the JSON object Trello sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has no valid member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has no username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the member has a full name that is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API host&apos;s answer about the token is not the JSON object Trello sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host&apos;s answer about the token does not say whose token it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API host&apos;s answer about the token has a date Trello would not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host&apos;s answer about the token lists no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API host&apos;s answer about the token has a permission that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../src/core/UrlPolicy.cpp" line="+47"/>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>The %1 &quot;%2&quot; is not a URL; write it in full, for example https://api.trello.com/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 &quot;%2&quot; must start with https:// (or http:// to this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 &quot;%2&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 must not contain a user name or password before the host (&quot;…@host&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 &quot;%2&quot; uses plain http to another machine; use https (plain http is allowed only to this machine).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.ui" line="+6"/>
        <source>Connect Trello to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trello asks you once whether this program may use your account; the answer, a token, is then kept in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First you tell Trello which application asks (its API key) and what it may do. Then Trello shows its own consent page; when you allow access, the token is tested and stored in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open the Power-Up admin page to find or create a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API key is public: it only names the application. The token you grant on the next pages is secret, like a password; it goes straight into your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::AccountOperation</name>
    <message>
        <location filename="../src/core/AccountOperation.cpp" line="+38"/>
        <source>The keychain holds no token for %1 (%2); it may have been removed by another program. Run trello-onboard setup to store a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ApiClient</name>
    <message>
        <location filename="../src/core/ApiClient.cpp" line="+38"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ApiReply</name>
    <message>
        <location filename="../src/core/ApiReply.cpp" line="+49"/>
        <source>The API host %1 announced an answer of %2 bytes; Trello&apos;s answers are a few kilobytes, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The API host %1 sent more than %2 KiB; that is not an answer Trello sends, so it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API host %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The API host %1 answered with a redirect (HTTP %2) but named no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API host %1 redirected to another origin, %2; the request was not sent there. Configure that host as the API host if it is the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API host %1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retries; try again in a few seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 had a server error (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API host answered HTTP %1 for %2; check that the API host is right (Trello&apos;s is https://api.trello.com/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trello does not recognise the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trello refused the token: it is not valid, or it was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired; get a new one with trello-onboard rotate or setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token does not have the permission this request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API host refused the credentials (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not connect to the API host %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API host name in %1 could not be found; check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed: %2. If your network uses its own certificate authority, name its certificate with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API host %1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the API host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::CheckAccountOperation</name>
    <message>
        <location filename="../src/core/CheckAccountOperation.cpp" line="+35"/>
        <source>The token stored for %1 now belongs to another member (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ConnectionPage</name>
    <message>
        <location filename="../src/gui/ConnectionPage.cpp" line="+18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ConsentBrowser</name>
    <message>
        <location filename="../src/gui/ConsentBrowser.cpp" line="+81"/>
        <source>The connection to the consent page is not secure (%1), so it was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent page at %1 could not be loaded. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ConsentPage</name>
    <message>
        <location filename="../src/gui/ConsentPage.cpp" line="+93"/>
        <source>🔒 Secure connection (HTTPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted, but on this computer only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Not secure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trello granted access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You denied access on Trello&apos;s page (Trello said: &quot;%1&quot;). Nothing was stored. Press &quot;Try again&quot; if that was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trello refused to send its answer to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trello refused to send its answer to this program: the origin %1 is not among the allowed origins of your API key. Add %1 under &quot;Allowed origins&quot; on the Power-Up admin page (%2), then press &quot;Try again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::DonePage</name>
    <message>
        <location filename="../src/gui/DonePage.cpp" line="+24"/>
        <source>&lt;p&gt;The token is in your system keychain: service &lt;b&gt;%1&lt;/b&gt;, account &lt;b&gt;%2&lt;/b&gt;. Nothing secret was written to a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Scripts use it without ever seeing it in a file:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 exec -- my-script.sh&lt;/code&gt;&lt;br/&gt;runs the script with &lt;code&gt;TRELLO_KEY&lt;/code&gt; and &lt;code&gt;TRELLO_TOKEN&lt;/code&gt; in its environment;&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 token&lt;/code&gt;&lt;br/&gt;prints the token for a pipe.&lt;/p&gt;&lt;p&gt;&lt;code&gt;trello-onboard%1 status&lt;/code&gt; checks it, &lt;code&gt;trello-onboard%1 manage&lt;/code&gt; rotates or revokes it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ExecCommand</name>
    <message>
        <location filename="../src/app/commands/ExecCommand.cpp" line="+35"/>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ForgetCommand</name>
    <message>
        <location filename="../src/app/commands/ForgetCommand.cpp" line="+22"/>
        <source>Removed the token of %1 (%2) from this computer. It stays valid on Trello until it expires or is revoked. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::ImportCommand</name>
    <message>
        <location filename="../src/app/commands/ImportCommand.cpp" line="+19"/>
        <source>Paste the token (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard input holds more than %1 bytes; a token is 76 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token on standard input. Pipe it in, for example: trello-onboard import --key KEY &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stored the verified token of %1 (%2) in the keychain: service &quot;%3&quot;, account &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::PermissionsPage</name>
    <message>
        <location filename="../src/gui/PermissionsPage.cpp" line="+16"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The token stops working an hour from now: enough for a one-off script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token stops working tomorrow at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token stops working in 30 days; then you run the setup (or rotate) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token works until you revoke it. Convenient, but a leaked token stays useful to whoever has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one kind of access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::Reader</name>
    <message>
        <location filename="../src/core/Account.cpp" line="-90"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a date and time in ISO 8601 form, or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::RevokeAccountOperation</name>
    <message>
        <location filename="../src/core/RevokeAccountOperation.cpp" line="+10"/>
        <source>To revoke it yourself, sign in at https://trello.com, open your account settings, then Applications (&quot;Power-Ups and integrations&quot;), and revoke access for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trello did not revoke the token: %1 It is still stored here and still works. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was not revoked: %1 Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::RevokeCommand</name>
    <message>
        <location filename="../src/app/commands/RevokeCommand.cpp" line="+25"/>
        <source>Trello already considered the token of %1 invalid or expired; removed it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked the token of %1 on Trello and removed it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revoke asks for confirmation on a terminal; from a script, add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::SetupController</name>
    <message>
        <location filename="../src/gui/SetupController.cpp" line="+70"/>
        <source>You did not allow access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::SetupWizard</name>
    <message>
        <location filename="../src/gui/SetupWizard.cpp" line="+23"/>
        <source>Trello Onboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::StatusCommand</name>
    <message>
        <location filename="../src/app/commands/StatusCommand.cpp" line="+55"/>
        <source>No account is stored; run trello-onboard setup to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(%1 d left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::StoreTokenOperation</name>
    <message>
        <location filename="../src/core/StoreTokenOperation.cpp" line="+63"/>
        <source>The API host&apos;s answers cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The keychain gave back something other than the token just stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::TestCallPage</name>
    <message>
        <location filename="../src/gui/TestCallPage.cpp" line="+49"/>
        <source>Storing the token in your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading it back from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 who the token belongs to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the API host and headers under &quot;Change connection settings&quot;, or your network, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock or start your keychain (for example GNOME Keyring or KWallet), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the API key and the API host; if they are right, cancel and run the setup again for a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the connection settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token was not stored; Trello was not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token works and is stored in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::TokenCommand</name>
    <message>
        <location filename="../src/app/commands/TokenCommand.cpp" line="+25"/>
        <source>The keychain holds no token for %1 (%2); run trello-onboard setup to store one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::TokenStoreJob</name>
    <message>
        <location filename="../src/core/TokenStoreJob.cpp" line="+57"/>
        <source>The keychain entry has no service or account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The keychain entry of account %1 (service %2) does not hold a Trello token; run trello-onboard setup again or forget the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (The keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No token is stored in the keychain for account %1 (service %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available to keep the token. Start GNOME Keyring, KWallet or another Secret Service (and unlock it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the keychain was denied; it may be locked. Unlock it, allow trello-onboard to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain could not remove the token of account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token of account %1 could not be read from the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of account %1 could not be stored in the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token of account %1 could not be removed from the keychain. Make sure GNOME Keyring, KWallet or another Secret Service is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::TokenVerifier</name>
    <message>
        <location filename="../src/core/TokenVerifier.cpp" line="+47"/>
        <source>The API host&apos;s answers disagree: the token belongs to another member than the one it reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onboard::WelcomePage</name>
    <message>
        <location filename="../src/gui/WelcomePage.cpp" line="+48"/>
        <source>This looks like an API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
