<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the communication procedure: show, versions, diff, acknowledge, who-acknowledged, review-record, reviews, import, export, draft, submit, approve, return, adopt, department-rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure in force (or one version), rule by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier or later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Chinese text (default) or the English one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this rule, e.g. PC-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every version, its state and effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules added, changed or removed between two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm you have read the version in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who has and who has not acknowledged it (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the yearly review with its findings (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it was held (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yearly reviews recorded, the latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the shipped procedure version 1 (administrators, once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force from (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a version&apos;s two texts to files, to edit them into the next draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the version in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a new version from two text files (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule IDs retired on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a draft version to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a version in review (reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a version in review back with a comment (reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a department&apos;s implementation rules to a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approved version takes effect on a day (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Chinese text, each rule&apos;s line starting with its ID in 【】 (e.g. 【PC-5】)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English rule list, one &apos;| ID | rule | in commdesk |&apos; table row a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} “{value}” is not a date; write it as 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as UTF-8 text ({why}); check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} has no rule {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication procedure, version {n}, in force from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft ({review})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the procedure yet: commdesk procedure import makes the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule differs between versions {a} and {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} acknowledged version {n} of the procedure ({at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly review of {day} is recorded (version {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No yearly review is recorded yet (AP-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, by {name} (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure is version {n}, in force from {day}, with {count} rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written ({why}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} written to {zh} and {en}; edit them (keep every rule ID) and draft the next version: commdesk procedure draft --zh-file {zh} --en-file {en} --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is drafted; submit it for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} takes effect on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{department}: “{title}” is attached to version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveDayDialog</name>
    <message>
        <source>Version {n} takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day version {n} is the procedure in force; the version before stays readable. Everyone is asked on Home to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>{message} (procedure version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the communication procedure, version {n} (AP-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force now; you have not confirmed reading it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{items}” is not a rule ID; write rule IDs such as PC-5, separated by commas.</source>
        <extracomment>a heading of the Chinese document (一、 / (一) / 1. / (1) without a rule mark): a rule ends there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version drops or renames the rules {ids}. Keep their IDs in the text (a renamed rule keeps its old ID), or mark them as retired on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules {ids} are in only one of the two texts. Each rule ID is in both the Chinese text (【ID】 at the start of its line) and the English list (| ID | rule |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rule of the previous version that the new text no longer holds can be retired; not {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules retired on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English rule list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version {n} of the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the procedure is in force yet. An administrator imports the shipped procedure (commdesk procedure import) or adopts a reviewed version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure is already in commdesk; a change is a new version (draft it, have it reviewed and adopt it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English rule list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft a procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is still a draft; edit it, or adopt it before drafting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is adopted and is not changed any more; draft a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed version {n} meanwhile; open it again and redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt a procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} can be adopted only once its review approved it as it reads now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} cannot take effect on {day}, before the version adopted last (in force from {latest}); choose {latest} or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add department rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not one of the organisation&apos;s departments ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person of this desk acknowledges the procedure; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the procedure is in force yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who acknowledged the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is recorded once it was held; {day} is still ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePane</name>
    <message>
        <source>中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ID such as PC-5, or words of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versi&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set effective &amp;day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, in force from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the procedure is in commdesk yet. An administrator imports the shipped procedure: commdesk procedure import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintained by {owner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In commdesk: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read version {n} of the procedure and confirm that you have (AP-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has acknowledged version {n}, the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No yearly review is recorded yet (AP-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, by {name} (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it draft version {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers and administrators of the owner department write new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer other than the author of the version approves or returns it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator sets the day a version takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is a draft ({state}): choose it under Version to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is in force since {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} took effect on {day}; a later version replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} takes effect on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is in review: a reviewer other than its author approves or returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is approved by {names}; an administrator sets the day it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} was returned with comments: change the draft and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is a draft: submit it for review when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} of the procedure is saved as a draft; submit it for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change before it is approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} is returned to its author with your comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have acknowledged version {n} of the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureVersionDialog</name>
    <message>
        <source>New version of the procedure (from version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft version {n} of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rules in both texts. In the Chinese text a rule starts its line with its ID in 【】, such as 【PC-5】; in the English list it is a table row | PC-5 | rule |. Keep every ID, or name the rules you retire below. Saved, the version waits for review by a second person; an administrator then sets the day it takes effect, and everyone is asked to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department that maintains the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in a sentence (shown with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule IDs no longer in the text, e.g. SM-7 MD-2 (usually none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired &amp;rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nglish text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule ID such as PC-5, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule {rule} in either text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away your changes to the procedure? Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
