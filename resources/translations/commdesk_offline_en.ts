<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the server database's offline copy on this computer: status, refresh, sync, resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the copy was taken, and the offline changes not yet on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send what waits, then make the offline copy anew from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the offline changes to the server, then refresh the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide about an offline change that waits (a conflict or a refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change's number ('offline status')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save mine again on top of the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the stored version and drop mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save mine with the notes merged by hand in FILE (UTF-8 text) on top of the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline copy is kept only of a server database; {db} is a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached ({reason}); try again once it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline copy of this server on this computer yet; it is made when commdesk connects to it ('commdesk offline refresh').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy of {server} for {name}, taken {when} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written offline waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide with 'commdesk offline resolve ID --mine|--theirs|--merged-notes FILE'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline copy made: %n meeting(s) of the coming days for {name}.</source>
        <translation>
            <numerusform>Offline copy made: %n meeting of the coming days for {name}.</numerusform>
            <numerusform>Offline copy made: %n meetings of the coming days for {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only offline minutes can be merged by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped; the stored version was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in conflict (changed again meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline change {id}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesMergeDialog</name>
    <message>
        <source>Merge the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes (written offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merged notes (these are saved, with the rest of your minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the merged notes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>An offline copy is made for a person; sign in first, then refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is open in a commdesk that works offline; reconnect or close that window first, then refresh the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy on this computer cannot be used (it is damaged or was made by another commdesk version); connect to the server once to make it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offline change(s) sent to the server.</source>
        <translation>
            <numerusform>%n offline change sent to the server.</numerusform>
            <numerusform>%n offline changes sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline change(s) sent to the server; {k} wait for your decision ('commdesk offline status' lists them).</source>
        <translation>
            <numerusform>%n offline change sent to the server; {k} wait for your decision ('commdesk offline status' lists them).</numerusform>
            <numerusform>%n offline changes sent to the server; {k} wait for your decision ('commdesk offline status' lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline work is sent as the person who wrote it; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline work on this computer was written by {name}; it is sent only when {name} connects to the server with their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written offline at {at} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting these minutes belong to was planned offline and is not on the server yet; decide about that meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda then: {then}; now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants then: {then}; now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was changed on the server while these minutes were written offline ({changes}); the minutes refer to its agenda items and participants by their place. Compare and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried by a later save of the same minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline change {id} waits for a decision; 'commdesk offline status' lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped in favour of the stored version: {what} written offline at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: the stored version was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the merged minutes to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned meeting “{topic}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of meeting {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: only minutes and planning a meeting; the rest waits for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: the server {db} cannot be reached. You see your meetings as of {when}. You can take minutes (live mode) and plan a meeting; they are kept on this computer and sent when the server is back. Everything else is read-only until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Why: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers again. Reconnect to send what you wrote offline and to work on the server; open minutes are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can work offline on this computer's copy of your meetings (taken {when}): take minutes and plan a meeting now, they are sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written offline wait for your decision: the same record was changed on the server meanwhile, or the server refused it.</source>
        <translation>
            <numerusform>%n change written offline waits for your decision: the same record was changed on the server meanwhile, or the server refused it.</numerusform>
            <numerusform>%n changes written offline wait for your decision: the same record was changed on the server meanwhile, or the server refused it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineChangesDialog</name>
    <message>
        <source>Offline changes waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were written offline and could not simply be saved: compare each with the stored version, then keep yours (saved on top of it) or keep the stored one (yours is dropped; the audit log notes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the notes by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this offline change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused {what}: {why}. Drop it? (The audit log notes it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours was saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours was dropped; the stored version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changed again meanwhile; compare once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it; see why in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
