<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>--db is empty: give a database file or URL, or leave --db out to use the default database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs the name or e-mail address of a person; &apos;commdesk people list&apos; shows who exists.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>In the demo, everyone&apos;s passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server database you are {name}, signed in with your server login {login}. To work as someone else, start commdesk with their login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; the previous state was saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is damaged (SQLite cannot read it): restore a backup into a new file with &apos;commdesk --db NEW-FILE restore BACKUP&apos; and work with that one; keep the damaged file as it is.</source>
        <extracomment>the server could not be reached and its offline snapshot on this computer was opened instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (not a SQLite file); check the file given with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the network and that the server runs. Working offline needs one connection first: commdesk then keeps a copy of your coming meetings on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. This computer has an offline copy taken {when} UTC: add --offline-ok to work on it (minutes and planning a meeting; the rest waits for the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {db} is read-only and needs an upgrade to this commdesk&apos;s schema first; open a copy you may write to, or ask its owner to make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {db} did not accept the password (or wants one and none was given): {reason}. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot open the database file {db}: {reason}. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the network and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {db} needs an upgrade to this commdesk&apos;s version, which only its owner login may make: ask an administrator to run &apos;commdesk db upgrade&apos; as the owner, or use the commdesk version the office uses until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next procedure review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker may approve own minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log&apos;s last entry (record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity}: {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at entry {end}, but this computer saw it reach entry {seen}: the newest {n} entries were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {seen} is not the one this computer saw there: the log was cut back and written again from there or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact up to entry {n} ({erased} with erased personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no record of its last entry yet (it is kept from the next change on), so a cut of the newest entries could not be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s record of its last entry agrees: entry {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was restored from a backup (entry {n}, {at}) after this computer last saw it at entry {seen}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer had not verified or opened this database before, so it has no head of its own to compare with; it remembers this one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer had not verified or opened this database before, so it has no head of its own to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last head this computer saw was entry {n} ({at}){agree}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the log reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {id} ({at}, {actor}: {action} {entity} #{entity_id})</source>
        <extracomment>PostgreSQL advisory lock that serialises sealing (any fixed number; &quot;cdaudit1&quot;). ``conn.info`` key: (txn, the chain&apos;s head before that transaction&apos;s first seal) when a transaction sealed ahead (``ChainTail``), so the head watchers learn where its seals began Entries sealed per batch (a bulk import writes a million entries in one transaction). Execution option of the statement that records the chain&apos;s head in ``settings``: what changed is the audit log&apos;s end (announced with ``audit_log``), not the organisation&apos;s settings, which desks keep while nobody changes them (``ServiceContext.cached``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} was added outside commdesk (it has no place in the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries before {entry} were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} repeats a place in the chain (copied or re-numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} was changed after it was written (its old or new value or note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} was changed after it was written (its time, person, record or action), or an entry before it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s record of the log&apos;s last entry was edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest {n} entries were deleted: the log ends at entry {end}, but the database recorded {recorded} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log from entry {n} on is not the one commdesk wrote (it differs from the database&apos;s record of its last entry)</source>
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
        <source>Ve&amp;rify the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was deleted, added or changed since it was written (each entry carries a hash of the one before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since ({zone}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {n} entries; narrow the search to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the administrator; a backup made before the change holds the original log.</source>
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
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ({zone})</source>
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
        <source>Times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not empty; restoring would replace its content. Make a backup of it first, then run the restore again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not restored: its audit log was altered after it was written ({problem}). Use a backup nobody has edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not restored: its audit log differs from this database&apos;s from entry {n} on, so it is not an earlier state of this database, or its log was rewritten. To look at it, restore it into a new file: commdesk --db NEW-FILE restore {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored {file} (SHA-256 {sha}); replaced a log of {entries} entries ending in {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replaced log had been tampered with: {problem}</source>
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
        <source>Only an administrator may back up the database: a backup holds every contact and the whole audit log. Ask an administrator, or switch person.</source>
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
        <source>--db is empty: give a database file or URL, or leave --db out to use the default database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs the name or e-mail address of a person; &apos;commdesk people list&apos; shows who exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {db} needs a password and none is in the keyring; run commdesk once in a terminal to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {db}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, the person remembered on this computer, has a passphrase: type it in a terminal, give it with --passphrase-stdin, or say who you are with --as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, … (&apos;commdesk people list&apos; shows everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who you are with --as NAME; people: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached; working on this computer&apos;s offline copy taken {when} UTC (minutes and planning a meeting are kept and sent later; the rest waits for the server).</source>
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
        <source>act as this person (name or e-mail; their passphrase is asked, or read from the keyring if they chose to remember it on this computer); default: the person remembered on this computer for this database (the last one signed in to the window here, or set with &apos;people remember&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase of the --as person from the first line of standard input (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the database server cannot be reached, work on this computer&apos;s offline copy of it (minutes and planning a meeting are kept and sent later with &apos;offline sync&apos;)</source>
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
        <source>database schema and health: upgrade, check, repair; copy a database</source>
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
        <source>rebuild what can be rebuilt: the contacts search index, indexes and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a whole database into an empty one: a desk&apos;s file onto a server, or a server into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row of SOURCE into TARGET, all or nothing, and compare the rows of every table (the audit log row for row, its hash chain verified on TARGET). TARGET is an empty PostgreSQL database or a file that does not exist yet. Passwords: leave them out of the URLs; commdesk asks for them and keeps them in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or URL to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty server database URL, or a new file</source>
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
        <source>the audit log was tampered with: {problem}. Restore a backup made before the change, or keep this database as evidence.</source>
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
        <source>integrity check failed; see above for what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged, which a repair cannot mend; restore the latest backup with &apos;commdesk restore FILE --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (not part of commdesk): {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index rebuilt for {n} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index rebuilt for {n} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;db copy&apos; takes the two databases as its arguments (SOURCE TARGET); leave out --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {source} into {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made again for the target&apos;s search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: {n} entries copied; their hash chain verifies on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index made for {n} contacts. Schema revision: {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the search index of {total} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the hash chain of {total} audit entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying {table}: {done} of {total} rows</source>
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
        <source>check that no entry was deleted, added or changed (the log&apos;s hash chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the audit log (--json, --pdf), or check it (--verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new database at FILE full of sample data (everyone&apos;s passphrase: demo)</source>
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
        <source>Times in {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was tampered with: {problem}. The chain is intact up to entry {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database created at {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with: commdesk --db {path}</source>
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
        <source>people who use commdesk and their roles: list, add, passphrase, whoami, remember, forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new person&apos;s passphrase from standard input (after the acting person&apos;s, when --passphrase-stdin is given too); in a terminal it is asked without echo. On a computer others use, everyone who can approve anything needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set or change the passphrase of the acting person, or of NAME (administrators), which switching person asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose passphrase (name or e-mail); yours if left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from standard input (after the acting person&apos;s, when --passphrase-stdin is given too); in a terminal it is asked twice without echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the passphrase (refused for someone who can approve while others use this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember the --as person on this computer for this database: commands without --as act as them (as after signing in to the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also keep their passphrase in the operating system&apos;s keyring, so it is not asked on this computer (as &apos;Remember on this computer&apos; in the window); without it, a kept one is forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who commands act as here: the --as person, the remembered one, or your server login&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember no one on this computer for this database, nor a kept passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can approve {what}, and on a computer others use everyone who can approve needs a passphrase: give it on standard input with --new-passphrase-stdin (or run the command in a terminal to be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who you are with --as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no passphrase any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new passphrase on standard input with --new-passphrase-stdin (or run the command in a terminal to be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {name} is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whom to remember with --as NAME (their passphrase is checked first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is remembered on this computer for this database; commands without --as act as them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no keyring to keep the passphrase in; it is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was remembered on this computer for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one: say who you are with --as NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server login {login})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; give a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too small; give a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This record was changed on another desk while you were saving it; nothing of yours was saved. Reload it to see the stored version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the stored version</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Contacts</name>
    <message>
        <source>{other} merged into {keep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>table</source>
        <extracomment>Objects that are made from other data: a problem with one of them is fixed by ``db repair``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &apos;commdesk db repair&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the latest backup with &apos;commdesk restore FILE --force&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{object} is missing (schema revision {rev}); {fix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{object} differs from schema revision {rev}; {fix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{object} is not part of commdesk (schema revision {rev}); run &apos;commdesk db repair&apos; to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table {name} is missing; restore the latest backup with &apos;commdesk restore FILE --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {table}.{name} is missing; restore the latest backup with &apos;commdesk restore FILE --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index {name} is missing; run &apos;commdesk db repair&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was tampered with: {problem}; the {n} entries before it are intact. Restore a backup made before the change, or keep this database as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another commdesk is writing to the database; retrying…</source>
        <extracomment>How long one SQLite statement waits for another writer before it is retried (milliseconds). How long a statement keeps retrying before it gives up with a clear error (seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another commdesk saved changes while this one was working; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stayed locked by another commdesk for {seconds} seconds; nothing was saved. Try again when the other commdesk has finished (a long import, a restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be saved; open a copy you may write to, or ask its owner to make it writable.</source>
        <extracomment>Listener of a context: called with the names of the tables a commit changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached; nothing was saved. What you typed is still here: save again once the server answers (commdesk keeps trying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login has no right to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused this for your login ({rule}); nothing was saved. An administrator decides who may do what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than the database allows (at most {n} characters); shorten it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged ({kind}), so commdesk cannot read it; restore the latest backup into a new file with &apos;commdesk --db NEW-FILE restore BACKUP&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error ({kind}); nothing was saved. If this happens again, run &apos;commdesk db check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database {path}. Check the path given with --db (or COMMDESK_DB), or create the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, this one has {n}. Shorten it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema upgrade was undone: it would have left rows of {tables} referring to rows that do not exist. The database is as it was; report this to commdesk&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (no commdesk schema), so there is nothing to copy; check the source you named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} was written by a newer commdesk than this one; copy it with that commdesk, or update this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} has an older schema than this commdesk; upgrade it first with &apos;commdesk --db {db} db upgrade&apos; (or open it once with this commdesk), then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is damaged, so it was not copied; run &apos;commdesk --db {db} db check&apos; to see what is wrong, and copy a restored backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is not empty: it holds tables that are not commdesk&apos;s ({tables}); copy into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} holds the schema of a newer commdesk; copy into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is not empty: it holds {tables}; copy into a new, empty database (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: this login may not create tables in {db}. Ask the server&apos;s administrator to create the database with this login as its OWNER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the target refused rows of {table} ({kind}); run &apos;commdesk --db {db} db check&apos;, and report this to commdesk&apos;s makers if it finds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: {table}.{column} of row {id} is {length} characters long, more than the server allows ({n}); shorten it in the source and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: {table}.{column} of row {id} holds a NUL character, which the server does not store; remove it in the source and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the audit log of {db} was tampered with ({problem}); run &apos;commdesk --db {db} audit --verify&apos;, and copy a backup made before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the copied audit log did not verify on the target ({problem}); report this to commdesk&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the row counts of {tables} differ between the source and {db} after copying; report this to commdesk&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same database ({db}); name another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory database cannot be copied from or into; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (not a SQLite file); check the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} exists already; a copy into a file always makes a new file, so name one that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} was created by someone else while copying; nothing was overwritten. Name another file.</source>
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
    <name>DeskNotifier</name>
    <message numerus="yes">
        <source>%n press release(s) waiting for your review</source>
        <translation>
            <numerusform>%n press release waiting for your review</numerusform>
            <numerusform>%n press releases waiting for your review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press release(s) returned to you</source>
        <translation>
            <numerusform>%n press release returned to you</numerusform>
            <numerusform>%n press releases returned to you</numerusform>
        </translation>
    </message>
    <message>
        <source>Show commdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>there is no such file or folder; check the name and the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied; check who may open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file; give a file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; make room on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long; choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused; check the server&apos;s name and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time; check the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached; check the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network cannot be reached; check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name is not known; check its spelling and the network</source>
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
    <name>Labels</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
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
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Each area&apos;s labels module: ``register_labels(register)`` hands its tables&apos; words to the registry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline change dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any one chosen reviewer approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every chosen reviewer approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language (zh or en) of release template names to show</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) voided by an edit</source>
        <translation>
            <numerusform>%n approval voided by an edit</numerusform>
            <numerusform>%n approvals voided by an edit</numerusform>
        </translation>
    </message>
    <message>
        <source>sent again after an interrupted attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This database is open read-only: you can read and export; changes cannot be saved. Why: the file {db} may not be written (its file permissions). To make changes, ask whoever manages it to allow writing, or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>&quot;Another commdesk is writing…&quot; from whichever thread waits; shown in the status bar (queued).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
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
        <source>This server database is reached through one shared login, so the server cannot tell who is who: anyone here can choose to act as anyone. An administrator gives each person a login of their own with &apos;commdesk team init --existing&apos; (see docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers again; what others changed meanwhile is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing can be saved or loaded for now; commdesk keeps trying by itself. What you have typed stays in its window (press releases and minutes are also kept on this computer) until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pane} could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can back up the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and my profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;settings (read only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases &amp;desk settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases &amp;desk settings (read only)…</source>
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
        <source>Cases</source>
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
        <source>Staff directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Try the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work offline</source>
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
        <source>Four eyes: normally someone other than the note-taker approves the minutes. Allow this only when the team is too small for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s zone ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time zone; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now there: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese public holidays and make-up working days (调休) are counted for {years}.</source>
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
        <source>C&amp;hoose…</source>
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
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that is not a meeting is shown and entered in this zone; a meeting keeps its own. Type part of a name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office c&amp;losed days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, e.g. company anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small team: the note-taker may a&amp;pprove their own minutes</source>
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
        <source>, </source>
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
        <source>Several people are called &apos;{name}&apos;; use their e-mail address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is inactive and cannot sign in; an administrator can make them active again under People and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is called &apos;{name}&apos;; &apos;commdesk people list&apos; shows who exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server login {login} belongs to no one in this office&apos;s commdesk; an administrator adds you with &apos;commdesk team add-person NAME --login {login}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (server login {login}) no longer works with commdesk here; an administrator can make them active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server database you act as {name}, the person of your login {login}; to act as {other}, connect with their login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a passphrase; type it when asked (or give it with --passphrase-stdin).</source>
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
        <source>Before anyone else is added, everyone who can approve needs a passphrase, so that no one approves in their name at this computer. No passphrase yet: {names}. Set one under People and roles (Edit…) or with &apos;commdesk people passphrase NAME&apos;, then add the new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can approve {what}, and while others use this computer everyone who can approve keeps a passphrase, so that no one approves in their name. Change it instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a second person at this computer, everyone who can approve needs a passphrase, so that no one approves in their name. No passphrase yet: {names}. Set one under People and roles (Edit…) or with &apos;commdesk people passphrase NAME&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (approves {what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can approve {what}, and on a computer others use everyone who can approve needs a passphrase, so that no one approves in their name. Give one with this change (they can change it later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new person</source>
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
    <message>
        <source>press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge-base answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts, announcements, invitations and procedure versions</source>
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
        <source>needed: this person can approve {what}</source>
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
        <source>Repea&amp;t passphrase:</source>
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
        <source>Communication procedure, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the procedure, or a rule ID such as PC-2 (Enter for next)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This record was changed by someone else while yours was being saved; nothing was saved. Open it again to see the stored version, then make your change again.</source>
        <extracomment>The tables this unit of work wrote (so far; complete once it committed). Tables committed by units opened inside this one: announced when this one ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&apos;{zone}&apos; is not a time zone commdesk knows; choose one from the list, such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is listed twice as a closed day; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of a closed day is one line of at most 80 characters ({date}).</source>
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
        <source>Sign in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase in this computer&apos;s keyring, so commdesk signs you in here without asking (the window and the command line). Leave it off on a computer others use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep a passphrase in; it is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
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
    <name>WorkCalendar</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public holidays of {years} are not known to this copy of commdesk; deadlines in that year count Monday to Friday as working days. Update commdesk (chinese-calendar) or add the holidays as closed days in the organisation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
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
