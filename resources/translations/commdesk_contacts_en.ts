<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>media contacts: import, export, list, duplicates, add, edit, dnc, merge, undo-merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import contacts from CSV, Excel (.xlsx) or vCard; all or nothing unless --skip-invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report only; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map a column to a contact field (e.g. 手机=phone:mobile, Remarks=notes, Fax=ignore); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also put the imported contacts on this static list (made if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the stored value of this field of existing contacts (e.g. title; &apos;all&apos; for every field); repeatable; --dry-run shows each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the notes of existing contacts with the file&apos;s (default: the file&apos;s notes are appended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export contacts (format from the file name if not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this distribution list (a mailing export: do-not-contact left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only contacts matching TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding: utf-8-sig (default, for Excel) or gb18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, pinyin or initials, outlet, beat, e-mail, phone or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups of likely duplicate contacts (CR-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a contact; only the options given change (--email and --phone replace the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name, e.g. 王伟 or Anna Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address, e.g. work:wang@example.cn; the first is the primary one; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number, e.g. mobile:13800138000; the first is the primary one; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a beat (topic covered); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person in commdesk who looks after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also put the contact on this static distribution list; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty this field ({fields}); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version you edited (from --json); refused if someone saved a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a contact do-not-contact on a channel (anyone), or lift it with --off (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (required to mark), e.g. asked by phone on 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until this day (YYYY-MM-DD); default: for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift the do-not-contact on this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge OTHER into KEEP (administrators): KEEP&apos;s values unless a field is taken from OTHER; lists combined; --dry-run shows the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take this field from KEEP (left, the default) or from OTHER (right); lists: only that side&apos;s; repeatable. Fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take this field from OTHER (as --keep FIELD=right); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the merged contact, each change as field: old → new; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep {item}: no contact field is called &apos;{field}&apos;; the fields are {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep {item}: say left (KEEP&apos;s value) or right (OTHER&apos;s), e.g. title=right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose each field once, from KEEP or from OTHER; both given: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a merge (its id as printed by merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo even though the kept contact was edited after the merge (those edits are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}:{row}: the same person as row {first}; merged into row {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update #{id} {name} (rows {rows}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {other} merged into {keep} (merge {id}; undo with: commdesk contacts undo-merge {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge #{other} {other_name} into #{keep} {keep_name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field of KEEP changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The merge also moves OTHER&apos;s history, do-not-contact entries and list memberships to KEEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {id} undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list: {name} is a smart list (a saved search); its members follow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: possibly the same person as contact {id} {name} ({outlet}); see: commdesk contacts duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {id} added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored contact (commdesk contacts list --json) and edit again with --expect-version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {id} saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {id} may be contacted by {channel} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {id} is marked do-not-contact by {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a date like 2026-12-01, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was imported (fix the rows above, or use --skip-invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [do not contact: {channels}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} groups of likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators give a contact to another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this contact. Close without saving and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {name} (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person as: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>王伟 / Anna Schmidt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinyin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the name; edit if it reads differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. finance, technology (separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner (对接人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Othe&amp;r outlets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line, the first is the primary one; a label first if you like: work: name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line, the first is the primary one: mobile: 139 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mornings, not on deadline days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&amp;Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eibo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to cont&amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitching notes and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the data came from, e.g. business card, 2025 press conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactInteractionForm</name>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiry (MD-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers for us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>more rows than this: a window over the whole set (pages read where the view looks) Columns the service can sort by (header click) -&gt; ContactQuery.sort Shown when nothing was saved yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact by: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in pinyin at the same outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name at the same outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail {n} label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {n} label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not a contact field; use one of: {fields} (or ignore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not COLUMN=FIELD; write for example 手机=phone:mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column {column}; its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {value} is not known; use A, B or C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {value} is not known; use active, left or bounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>targets (contacts being planned) kept in memory; when there are more, the oldest are finished and put in a ``PlannedSpool`` (a later row of the file that belongs to one takes it back) rows planned together: their stored matches are looked up in one go (``prefetch``) from this many rows on, the rows are read into checked records in a child process too (``core.parallel.ahead``) while this one plans: on two cores that is most of the reading chunks kept behind the one being planned a row as the child process prepares it for the planner: the row&apos;s contact as ``_Planner._finish`` makes a new contact of one row (names completed, active), pickled; its e-mail keys; its numbers; its outlets; whether it has what a contact needs (a name, a way to reach the person); and the names and status the row itself gave (the record the planner merges is the row&apos;s, not the finished one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It looks like {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not UTF-8 and does not read as GB18030 either: the names would come out garbled, so nothing was read.{hint} Choose the file&apos;s encoding (e.g. --encoding {example}), or save it as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CSV, Excel (.xlsx) or vCard file; save it in one of those formats and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty; there are no contacts to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has a header row but no contacts below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <extracomment>CSV files larger than this are read row by row while they are planned and written, never held in memory whole (a million rows are a few hundred MB of text and a few GB of rows)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB; a contacts file may be at most {limit} MB, so it is refused. Split the file and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is more than {limit} MB, the most a contacts file may be; it is refused. Split the file and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) workbook; save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} contains no vCard (no BEGIN:VCARD line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News agency / wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a phone number; write digits, with the country code for numbers abroad (e.g. +44 20 7946 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such number in {region}; check the digits, or add the country code (e.g. +852 for Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address {value} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number {value} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label {label} of {field} is too long: at most {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, this one has {n}. Shorten it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is missing; enter the full name (or family and given name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to reach this person; enter an e-mail address, a phone number, a social account or a postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds a line break; a link or account name must be on one line. Remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <extracomment>The words files and people use for a phone&apos;s or e-mail&apos;s label (English and Chinese, any case) -&gt; the stored code; an import reads them without any translation installed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press conference</source>
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
        <source>edit media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a contact to another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit media contacts they do not own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the outlet&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the beat to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is not a channel; use email, phone or mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for do-not-contact (e.g. asked by phone on 3 May).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log interactions with media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not a kind of interaction; use one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; enter it with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record answers to media inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media inquiry with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a merge of media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} is not an export format; use csv, xlsx, vcf or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format from the name {file}; end it in .csv, .xlsx, .vcf or .pdf, or give the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: {rows}; {created} to create, {updated} to update, {unchanged} unchanged, {merged} merged into an earlier row of the file, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: {rows}; {created} created, {updated} updated, {unchanged} unchanged, {merged} merged into an earlier row of the file, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; columns not imported (no contact field takes them): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import media contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of {file} was recognised; map the columns to contact fields (e.g. 姓名=full_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows of {file} were rejected, so nothing was imported; fix those rows, or import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts were changed since the import was planned; plan the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a smart list (a saved search); its members follow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build distribution lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution list with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution list called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s name is too long: at most {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list called {name} exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart list cannot be made from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge choices must map contact fields to keep or other; wrong: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the contact from the trash before merging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} merged into {keep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed after the merge; undoing the merge now would lose those changes. Undo it anyway only if they may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge with id {id} that can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later merge (id {id}) involves these contacts; undo that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asked not to be contacted by {channel} ({reason}), and this {kind} uses that channel. Log it only with a reason (e.g. they called us).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in Excel, save it again as .xlsx, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {what}, not an Excel workbook; export the contacts as .xlsx, CSV or vCard and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a binary Excel workbook (.xlsb); save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} expands to more than {limit} MB when unpacked, the most a contacts workbook may take; it is refused. Save the contacts as CSV, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} expands to {size} MB when unpacked; a contacts workbook may take at most {limit} MB, so it is refused. Save the contacts as CSV, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a cell with more than {limit} characters (Excel&apos;s own limit); it is refused. Shorten that cell, or save the contacts as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells; it is refused. Remove the empty or unused columns and rows, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds more than {limit} characters; it is refused. Shorten that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK (Simplified Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsActions</name>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n contacts to the trash? They can be restored from the trash.</source>
        <translation>
            <numerusform>Move %n contact to the trash? It can be restored from the trash.</numerusform>
            <numerusform>Move %n contacts to the trash? They can be restored from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts moved to the trash.</source>
        <translation>
            <numerusform>%n contact moved to the trash.</numerusform>
            <numerusform>%n contacts moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contacts for good? Their personal data is removed and cannot be restored; the audit log keeps only that a contact was erased.</source>
        <translation>
            <numerusform>Erase %n contact for good? Their personal data is removed and cannot be restored; the audit log keeps only that a contact was erased.</numerusform>
            <numerusform>Erase %n contacts for good? Their personal data is removed and cannot be restored; the audit log keeps only that a contact was erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts erased.</source>
        <translation>
            <numerusform>%n contact erased.</numerusform>
            <numerusform>%n contacts erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owner (对接人) of %n contacts:</source>
        <translation>
            <numerusform>Owner (对接人) of %n contact:</numerusform>
            <numerusform>Owner (对接人) of %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner set for %n contacts.</source>
        <translation>
            <numerusform>Owner set for %n contact.</numerusform>
            <numerusform>Owner set for %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Beat to add to %n contacts:</source>
        <translation>
            <numerusform>Beat to add to %n contact:</numerusform>
            <numerusform>Beat to add to %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beat added to %n contacts.</source>
        <translation>
            <numerusform>Beat added to %n contact.</numerusform>
            <numerusform>Beat added to %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no static list yet; make one with &quot;New list…&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>List for %n contacts:</source>
        <translation>
            <numerusform>List for %n contact:</numerusform>
            <numerusform>List for %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts added to {list}.</source>
        <translation>
            <numerusform>%n contact added to {list}.</numerusform>
            <numerusform>%n contacts added to {list}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts removed from the list.</source>
        <translation>
            <numerusform>%n contact removed from the list.</numerusform>
            <numerusform>%n contacts removed from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {name} made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the smart list (it always holds the contacts matching the current search and filters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart list {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list {name}? The contacts stay; only the list goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {name} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search name, pinyin (wangwei or ww), outlet, beat, e-mail, phone, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;beat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set o&amp;wner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to li&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Selected (%n)</numerusform>
            <numerusform>&amp;Selected (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; the contact does not match the current search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may then be contacted by {channel} again. Lift it only when the person asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact was not lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift do-not-&amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cooperation history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, deadline {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may lift do-not-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact by {channel}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by {person} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do not contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked by phone on 3 May not to get press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this do-not-contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed a do-not-contact that is not set yet. Close without setting it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact was not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts: {reason}</source>
        <translation>
            <numerusform>%n contact: {reason}</numerusform>
            <numerusform>%n contacts: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the merged contact into the two records again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030 …; comma, semicolon or tab), Excel .xlsx, or vCard (.vcf) from a phone, Outlook or Google Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact: either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Keep existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the file&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV in GB18030 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF media list (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who asked not to be contacted are left out of a list&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this interaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed an interaction that is not logged yet. Close without logging it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for logging it anyway (kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction was not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search as list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution lists&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} list, {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not recognised (highlighted) are left out unless you choose a field: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: choose the field this column holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts will receive mailings to this list; {m} are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n)</source>
        <translation>
            <numerusform>Left out (%n)</numerusform>
            <numerusform>Left out (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will receive (%n)</source>
        <translation>
            <numerusform>Will receive (%n)</numerusform>
            <numerusform>Will receive (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge anyway and lose the later changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap which record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value to take it. Histories, lists and do-not-contact entries of both are combined; the merge can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (#{id}) is kept; the other record goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported on its own because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of &lt;b&gt;{rows}&lt;/b&gt; rows read: will create &lt;b&gt;{created}&lt;/b&gt;, update &lt;b&gt;{updated}&lt;/b&gt;, leave &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, merge &lt;b&gt;{merged}&lt;/b&gt; into an earlier row of the file (the same person), reject &lt;b&gt;{rejected}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported (no contact field takes them): {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as row {first}: merged into row {first} of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only when no row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (the rejected rows are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: put the imported contacts on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected, so an all-or-nothing import writes nothing. Fix them in the file and plan again (Back), or import the valid rows only.</source>
        <translation>
            <numerusform>%n row is rejected, so an all-or-nothing import writes nothing. Fix it in the file and plan again (Back), or import the valid rows only.</numerusform>
            <numerusform>%n rows are rejected, so an all-or-nothing import writes nothing. Fix them in the file and plan again (Back), or import the valid rows only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: every contact in the file is already stored like this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Changes to existing contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change the file makes to a contact you already have. Keep the existing value or take the new one, per field or for all. A name and its pinyin, and an outlet and the further outlets, are kept or taken together. Notes from the file are added to the existing notes unless you choose to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep existing for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take new for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n existing contacts would change.</source>
        <translation>
            <numerusform>%n existing contact would change.</numerusform>
            <numerusform>%n existing contacts would change.</numerusform>
        </translation>
    </message>
</context>
</TS>
