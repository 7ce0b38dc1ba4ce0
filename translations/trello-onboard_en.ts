<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CredentialFormat</name>
    <message numerus="yes">
        <location filename="../src/core/trello/CredentialFormat.cpp" line="+29"/>
        <source>The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n character(s) or other letters.</source>
        <translation>
            <numerusform>The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n character or other letters.</numerusform>
            <numerusform>The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n characters or other letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n character(s)).</source>
        <translation>
            <numerusform>That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n character).</numerusform>
            <numerusform>That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::AccountsWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/AccountsWindow.cpp" line="+61"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The access token renews itself when it is used; the grant lapses if it is not used for %n day(s).</source>
        <translation>
            <numerusform>The access token renews itself when it is used; the grant lapses if it is not used for %n day.</numerusform>
            <numerusform>The access token renews itself when it is used; the grant lapses if it is not used for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::ApiCall</name>
    <message numerus="yes">
        <location filename="../src/core/trello/ApiCall.cpp" line="+196"/>
        <source>Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retries; try again in a few seconds.</source>
        <translation>
            <numerusform>Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retry; try again in a few seconds.</numerusform>
            <numerusform>Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retries; try again in a few seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::LoopbackReceiver</name>
    <message numerus="yes">
        <location filename="../src/core/signin/LoopbackReceiver.cpp" line="+76"/>
        <source>No answer came from your browser within %n minute(s).</source>
        <translation>
            <numerusform>No answer came from your browser within %n minute.</numerusform>
            <numerusform>No answer came from your browser within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::SecretService</name>
    <message numerus="yes">
        <location filename="../src/core/keychain/SecretService.cpp" line="+222"/>
        <source>%1 did not answer within %n second(s); it may be hung. Restarting it (or logging in again) usually helps; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT sets how long to wait.</source>
        <translation>
            <numerusform>%1 did not answer within %n second; it may be hung. Restarting it (or logging in again) usually helps; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT sets how long to wait.</numerusform>
            <numerusform>%1 did not answer within %n seconds; it may be hung. Restarting it (or logging in again) usually helps; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT sets how long to wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::TestCallPage</name>
    <message numerus="yes">
        <location filename="../src/gui/TestCallPage.cpp" line="+117"/>
        <source>the access token renews itself; the grant lapses if unused for %n day(s)</source>
        <translation>
            <numerusform>the access token renews itself; the grant lapses if unused for %n day</numerusform>
            <numerusform>the access token renews itself; the grant lapses if unused for %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
