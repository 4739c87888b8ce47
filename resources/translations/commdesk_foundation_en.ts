<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {db} (kept in the system keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; the previous state was saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot open the database file {db}: {reason}. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Search old and new values, fields and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {n} entries; narrow the search to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning overridden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a commdesk backup (not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a commdesk backup (no commdesk schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not empty; restoring would replace its content. Make a backup of it first, then run the restore again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to {path} ({rows} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The database server {db} needs a password and none is in the keyring; run commdesk once in a terminal to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {db}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk: the communications office&apos;s desk. Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or URL (default: COMMDESK_DB, else the file in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages and UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as this person (name or e-mail); default: the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbose log and tracebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {error} (run again with --debug for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database schema and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the schema up to date (backup first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check and schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded {db} to revision {rev}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the previous state: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is up to date (revision {rev}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema is behind this commdesk ({heads}); run &apos;commdesk db upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed; restore the latest backup with &apos;commdesk restore FILE --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent online backup to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup (verified first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the content of a non-empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the log as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new database at FILE full of sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path} ({rows} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {path} into {db} ({rows} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database created at {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with: commdesk --db {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who use commdesk and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role; repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine (replace the stored version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs (discard my changes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} exists already; the demo only creates new databases. Choose another file name or delete that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication &amp;procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About commdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About commdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk {version}

The desk of a communications office: media contacts, press releases and meetings, run according to the office&apos;s own communication procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettingsForm</name>
    <message>
        <source>Organisation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours (IM-1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure &amp;owner (AP-1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next yearly &amp;review (AP-2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About us (boilerplate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media contact block:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintains contact lists, people and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes releases and plans meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active person is called &apos;{name}&apos;; &apos;commdesk people list&apos; shows who exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile exists already; an administrator adds further people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk needs at least one active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person no longer exists or is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for {name} is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer be chosen when switching person; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Create your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (a passphrase is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator: maintains contact lists, people and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer: writes releases and plans meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer: approves releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for a shared office computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureViewer</name>
    <message>
        <source>Communication procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the procedure (Enter for next)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not {action}: this needs the role {roles}. Ask an administrator to grant it, or switch person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} was changed by someone else while you were editing it (your copy is version {mine}, the stored one version {theirs}). Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&apos;{code}&apos; is not a country code commdesk knows; use two letters such as CN, HK, US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchPersonDialog</name>
    <message>
        <source>Switch person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to commdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk keeps your office&apos;s media contacts, press releases and meetings, and checks them against your communication procedure.

Create your profile to start with an empty desk: you become its first administrator. Or look around a demo desk full of sample contacts, releases and meetings first; your own desk stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>org</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
