<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the cases desk (hotline, feedback, complaints, media inquiries): list, show, add, grade, route, status, reply, resolve, escalate, intake, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only open cases with a clock past its due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the cases you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N cases (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case with its clocks, conversation and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case's number or reference (CD-2026-000123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a case (officers and reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category's code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-category of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media contact who raised it (name or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer's name (not a media contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer's phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer's e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was received, as clock time in the organisation's zone (letters and calls logged later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve a case with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done or answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their satisfaction, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version you saw (from --json); refused if someone saved a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer them by mail through the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer, a UTF-8 text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the case's summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send despite the mail rules' warnings, for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the owners' managers about clocks that ran out (once per clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs the clock time in the organisation's zone like '2026-12-10 14:30', not '{value}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media contact called '{name}'; give the exact name or the contact's number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several media contacts are called '{name}' ({ids}); give the contact's number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department: {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint, grade: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due time while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock {kind}: due {due}; {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (escalated {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved on first contact: {answer}</source>
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
        <source>satisfaction: {score}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{name}' is a sub-category; give it with --subcategory and its category with --category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged case {reference} (number {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to {reference} waits in the outbox (message {ids}); 'outbox send' sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {clock} ran out at {due}; told {manager}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (no manager in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock ran out since the last escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take feedback into cases: the mailbox (IMAP), .eml files or a web form's CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved messages to take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the feedback mailbox's new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web form's CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the messages set aside for a person to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file's encoding when it is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the acknowledgements through the outbox at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to take in: --imap, --csv FILE, or one or more .eml files (not several of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements sent: {sent} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgements wait in the outbox; 'commdesk outbox send' sends them (or add --send).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: {new} new cases, {joined} joined their case, {duplicate} duplicates skipped, {set_aside} set aside; {acknowledged} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} for the staff directory (unsubscribes, bounced announcements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined their case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (already taken in, skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside (see 'commdesk cases intake --set-aside'):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the staff directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to event invitations (recorded, no case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged (outbox message {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages are set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge base of answers the hotline gives: list, show, add, edit, approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the entries (latest versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries with these words or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn entries too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what the call screen offers: approved texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry with its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this version's text (default: latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a new entry (administrators); it waits for a reviewer's approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a new version of an entry (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case category's code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve an entry's latest version (a reviewer who did not write it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve this version instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {approved} approved, {latest} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read from {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, approved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  version {n}: {who}, {when}{approved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote knowledge-base entry {id}; a reviewer approves it before the hotline sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed; entry {id} stays at version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {n} of entry {id}; it waits for a reviewer's approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version {n} of entry {id}: the hotline offers it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cases desk's figures for a period, with the period before, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day counted (in the organisation's zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day counted, included (default: the last day of --period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day, a week or a calendar month from --from (names the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is a PDF: name the file “{name}.pdf”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the period ends: give --to DATE or --period day|week|month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {period} from {first} ends on {last}, not {given}; leave out --to or --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade a complaint 1 to 3, or none (not a complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2 or 3 (3 the most serious), or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a case an owner, a category or a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who owns it (name or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a case on: acknowledged, in progress, waiting ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, for the case's history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint's grade is 1, 2 or 3, or none for not a complaint; not '{value}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is not graded as a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is graded {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --owner, --category, --subcategory or --priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or name (pinyin works: wangwei, ww)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a category in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes while they talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended. Before saving it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satis&amp;faction asked? Score 1-5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the case is saved as resolved with the notes as its outcome. Not resolved: the case stays open and is shown in the pane to go on with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call {m:02d}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen: a new customer record “{text}” is made when the call is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named: the case is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a category (or fits more than one). Go back to the call and choose one from the list, or clear the field to save the case without a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved answer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} — {caller}, {m:02d}:{s:02d} on the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this call and its notes for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not saved; your notes are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Every table of the cases desk (their audit ``entity`` names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact's history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier messages of the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (working minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-level category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (for finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version</source>
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
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: default reply language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox: after a message is taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave it on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark it as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>working time left under which a clock is shown as due soon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time left before the nearest clock runs out (zone: {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}; due {due}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTextDialog</name>
    <message>
        <source>Reply to case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the case's summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes through the outbox; the case's reference is added to the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the &amp;outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and throw away what you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by:</source>
        <extracomment>the working calendar the clocks are counted on (set by the pane): for its coverage warning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, category, priority and complaint grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), or take a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock_and_state} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on first contact: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on first contact: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: {n}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation (times in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing said yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} (earlier, {n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} (current, {n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} (latest, {n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (waiting for them), {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {time} of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late, {time} of working time after the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already “{status}”; from here it can become: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from “{old}” to “{new}”; from “{old}” it can become: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1 (general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2 (serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3 (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person's problem the desk can settle; decided by an officer or a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated or costly harm, or a promise broken; decided by a reviewer, who answers for the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety, legal or media risk, or many people affected; decided by a manager named in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager named in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint's grade is 1, 2 or 3; {grade} is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint of “{grade}” is decided by {deciders}; hand it to one of them or ask them to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer, a reviewer or a manager named in the settings may grade a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the cases desk's categories, clocks and managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case category '{key}'; the categories are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a short code without spaces, such as 'billing'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a Chinese or an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{department}' is not one of the organisation's departments ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-category belongs to a top-level category; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code '{code}' is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case category with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock's target is a number of working minutes above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own manager; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on cases</source>
        <extracomment>the code of the category a media inquiry is filed under when the administrators keep one (the upgrade makes it where there were inquiries to carry over)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log or answer media inquiries (the media liaison's task: MD-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; enter it with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case '{key}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media inquiry is logged on the journalist's contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a line what the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be received in the future; give the time it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received time before 2000-01-01 cannot be right; give the time the case came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media inquiry is linked to the journalist's contact; choose the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is raised by a contact or by a customer record, not both; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number “{value}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address “{value}” is not valid; write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call ends after it starts; check the two times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer comes after the case was received; check the two times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-category belongs to another category; choose one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer record with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customer records are named {name}; give the phone number or e-mail address of the one you mean as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer's name, phone or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media inquiry with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sender not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day ({last}) comes before the first day ({first}); give a later last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month starts on the 1st; give the first day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>'{value}' is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({first}); give a later end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the cases desk's reply templates and intake rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose acknowledgement or canned response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the canned response a title people pick it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply template with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no canned response with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the rule looks at: sender, subject or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the words the rule looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intake rule with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already in a case; it is not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} has no e-mail address to answer; add one to its contact or customer record, or log the answer given another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade the complaint (1, 2 or 3) before resolving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a top-level category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} of case {reference} ran out at {due}; told: {manager}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (no manager in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation of an overdue case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <extracomment>The settings key of the language the desk writes in (acknowledgements when a message shows none, the managers' escalation mail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a placeholder is not written correctly ({reason}); write it as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: templates cannot include, import or define anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown placeholder '{name}'; known ones are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does too much work; make it simpler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template tries something templates may not do; use only placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be filled in ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new case</source>
        <extracomment>how far back a mail's own date is believed as the time the office received it (mail that sat in the mailbox over a long holiday). Older or in the future (a sender's wrong clock, a forged header), the clocks count from when it was taken in: whoever writes the Date header must not decide that a case is born overdue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the staff directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to an event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take feedback into cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kept message with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking in feedback was stopped; what was taken in is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be made a case: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({why}) that belongs to no case; it is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer to an event invitation that could not be recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the message has no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: no mail account is set up to send from (Outbox &gt; Account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: it was sent from the desk's own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: the template cannot be used ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic acknowledgement from the desk's template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged automatically (outbox message {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery failure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} came in ({why}); it was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: it is an automatic message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: the message gives no address to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write knowledge-base answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve knowledge-base answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is approved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge-base entry {id} has no version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge-base entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no knowledge-base entry with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the answer a title callers' questions would match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title has at most {n} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this version, so someone else approves it (four eyes); ask another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} {points} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or closed (of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: median working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: still running, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution (FCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT), average of 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (score 4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling time of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk: report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure counts the cases received in the period and what was done on them up to the moment of counting; times are working time on the office's calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
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
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case received before the period's end is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the staff directory (an unsubscribe or a confirmation): {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A staff announcement could not be delivered to {addresses}: %n subscription(s) marked bounced in the staff directory.</source>
        <translation>
            <numerusform>A staff announcement could not be delivered to {addresses}: %n subscription marked bounced in the staff directory.</numerusform>
            <numerusform>A staff announcement could not be delivered to {addresses}: %n subscriptions marked bounced in the staff directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>An automatic reply to a staff announcement; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to a staff announcement, not a case; noted as the member's activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to a staff announcement, not a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesAdminDialog</name>
    <message>
        <source>Cases desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategories and clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inta&amp;ke rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesDeskJobs</name>
    <message>
        <source>&amp;Hotline call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch the feedback mailbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the mailbox &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback mailbox is being fetched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off (only by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 1&amp;0 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the feedback mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case clock(s) ran out and were escalated</source>
        <translation>
            <numerusform>%n case clock ran out and was escalated</numerusform>
            <numerusform>%n case clocks ran out and were escalated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n manager(s) told</source>
        <translation>
            <numerusform>; %n manager told</numerusform>
            <numerusform>; %n managers told</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback mailbox fetched: {new} new case(s), {joined} joined to their case, {aside} set aside for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback mailbox fetched: no new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdue cases could not be escalated: {reason} commdesk tries again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback mailbox could not be fetched: {reason} Check the mailbox in Cases desk settings; commdesk tries again at the next fetch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesDialogs</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPane</name>
    <message>
        <source>Search words in the case, its person and its messages…</source>
        <extracomment>the status filter's choices: (key, status or None); "open" = every open status ``open_record``'s key for the set-aside mail window instead of a case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call screen (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounces and set-aside mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the intake set aside: unreadable messages, automatic replies and bounces of no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case after you opened it, so your step was not taken. The case now shows what is stored; look at it and take the step again if it still fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case? It can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not put in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call saved as case {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover an unsaved call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotline call “{label}” was not saved when commdesk stopped (copy from {time}). Recover it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved call for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesReportDialog</name>
    <message>
        <source>Cases report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (last day, included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oldest open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another period is chosen: Show figures counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}, compared with {previous}; counted at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received, by channel and by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases report {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short code without spaces, e.g. billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cases are &amp;complaints (graded, HL-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;glish name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock targets (working hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the top-level category's)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category (defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default ({hours:g} h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house's default: {hours:g} working hours. 0 goes back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time on the office's calendar: a working day has {hours:g} hours, so 1 working day = {hours:g} h. Waiting for them pauses every clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or pinyin of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry chosen: write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, written by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} approved {when}; the call screen offers that text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered at the call screen until a reviewer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} {offered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entry waits for a reviewer's approval once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxTab</name>
    <message>
        <source>The office's feedback mailbox, read over IMAP every working day (FB-1). Messages are only read unless you choose otherwise below. The password is kept in this computer's keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted, this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it on the server, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;taking in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the keyring; type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept only until commdesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to the feedback mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagersTab</name>
    <message>
        <source>When a case's clock runs out, its owner's manager is told (and it is in the audit log). Managers also decide grade 3 complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or answered (they are told it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on &amp;first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without resolving the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>A message from the mailbox or a web form whose sender, subject or text contains the words becomes a case of the category. The first rule that matches, by position, wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Looks at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}. {field} contains “{words}” → {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category first, then the rules that lead to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Set-aside mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as it &amp;arrived (plain text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;case of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set-aside mail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) the intake could not make a case of, or that belong to no case. Look at each: make a case of a readable one, or mark it dealt with.</source>
        <translation>
            <numerusform>%n message the intake could not make a case of, or that belongs to no case. Look at it: make a case of it if it is readable, or mark it dealt with.</numerusform>
            <numerusform>%n messages the intake could not make a case of, or that belong to no case. Look at each: make a case of a readable one, or mark it dealt with.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is set aside: every message the intake took in is accounted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this message was kept; only its line in the log is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable: it can be made a case, or marked dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not readable as a message: it can only be marked dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read these messages but not act on them: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was made of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} was made, but the message is still listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} was made of the message; it is shown in the Cases pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “{subject}” off the list? It stays in the intake's log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is still listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the list; it stays in the intake's log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement (sent at once, FB-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how people pick a canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with a sample case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview, filled in with a sample case, shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with a sample case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
