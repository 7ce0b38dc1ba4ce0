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
        <location filename="../src/gui/AccountsWindow.cpp" line="+69"/>
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
        <location line="+54"/>
        <source>The access token renews itself when it is used; the grant lapses if it is not used for %n day(s).</source>
        <translation>
            <numerusform>The access token renews itself when it is used; the grant lapses if it is not used for %n day.</numerusform>
            <numerusform>The access token renews itself when it is used; the grant lapses if it is not used for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>Its %n webhook(s) stop with it: whatever they feed receives no more events from Trello.</source>
        <translation>
            <numerusform>Its %n webhook stops with it: whatever it feeds receives no more events from Trello.</numerusform>
            <numerusform>Its %n webhooks stop with it: whatever they feed receives no more events from Trello.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Its %n webhook(s) stopped with it.</source>
        <translation>
            <numerusform>Its %n webhook stopped with it.</numerusform>
            <numerusform>Its %n webhooks stopped with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::ApiCall</name>
    <message numerus="yes">
        <location filename="../src/core/trello/ApiCall.cpp" line="+200"/>
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
    <name>onboard::MoveWebhooksJob</name>
    <message numerus="yes">
        <location filename="../src/core/trello/MoveWebhooksJob.cpp" line="+250"/>
        <source>%n webhook(s) of the old token could not be moved to the new token: %1. The old token was not revoked, so they keep working until it expires or is revoked. Create them with the new token once their callback URLs answer, then revoke the old token yourself. %2</source>
        <translation>
            <numerusform>%n webhook of the old token could not be moved to the new token: %1. The old token was not revoked, so it keeps working until the token expires or is revoked. Create it with the new token once its callback URL answers, then revoke the old token yourself. %2</numerusform>
            <numerusform>%n webhooks of the old token could not be moved to the new token: %1. The old token was not revoked, so they keep working until it expires or is revoked. Create them with the new token once their callback URLs answer, then revoke the old token yourself. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n other webhook(s) were moved to the new token.</source>
        <translation>
            <numerusform>%n other webhook was moved to the new token.</numerusform>
            <numerusform>%n other webhooks were moved to the new token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n moved webhook(s) could not be deleted under the old token and are called twice until it is revoked.</source>
        <translation>
            <numerusform>%n moved webhook could not be deleted under the old token and is called twice until it is revoked.</numerusform>
            <numerusform>%n moved webhooks could not be deleted under the old token and are called twice until it is revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onboard::RevokeCommand</name>
    <message numerus="yes">
        <location filename="../src/app/commands/RevokeCommand.cpp" line="+47"/>
        <source>Its %n webhook(s) stopped with it.</source>
        <translation>
            <numerusform>Its %n webhook stopped with it.</numerusform>
            <numerusform>Its %n webhooks stopped with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used, and its %n webhook(s) stop with it. [y/N] </source>
        <translation>
            <numerusform>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used, and its %n webhook stops with it. [y/N] </numerusform>
            <numerusform>Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used, and its %n webhooks stop with it. [y/N] </numerusform>
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
