<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the cases desk: hotline, feedback, complaints and media inquiries</source>
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
        <source>the case&apos;s number or reference (CD-2026-000123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a case (officers and reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category&apos;s code or name</source>
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
        <source>a customer&apos;s name (not a media contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was received, as clock time in the organisation&apos;s zone (letters and calls logged later)</source>
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
        <source>default: the case&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send despite the mail rules&apos; warnings, for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the owners&apos; managers about clocks that ran out (once per clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs the clock time in the organisation&apos;s zone like &apos;2026-12-10 14:30&apos;, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media contact called &apos;{name}&apos;; give the exact name or the contact&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several media contacts are called &apos;{name}&apos; ({ids}); give the contact&apos;s number.</source>
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
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a sub-category; give it with --subcategory and its category with --category.</source>
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
        <source>Cannot read {file}; check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to {reference} waits in the outbox (message {ids}); &apos;outbox send&apos; sends it.</source>
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
        <source>take feedback into cases: the mailbox (IMAP), .eml files or a web form&apos;s CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved messages to take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch the feedback mailbox&apos;s new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web form&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the messages set aside for a person to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding when it is not recognised</source>
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
        <source>The acknowledgements wait in the outbox; &apos;commdesk outbox send&apos; sends them (or add --send).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: {new} new cases, {joined} joined their case, {duplicate} duplicates skipped, {set_aside} set aside; {acknowledged} acknowledged.</source>
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
        <source>Set aside (see &apos;commdesk cases intake --set-aside&apos;):</source>
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
        <source>One person&apos;s problem the desk can settle; decided by an officer or a reviewer.</source>
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
        <source>A complaint&apos;s grade is 1, 2 or 3; {grade} is not one of them.</source>
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
        <source>keep the cases desk&apos;s categories, clocks and managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case category &apos;{key}&apos;; the categories are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a short code without spaces, such as &apos;billing&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a Chinese or an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{department}&apos; is not one of the organisation&apos;s departments ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-category belongs to a top-level category; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;{code}&apos; is taken; choose another.</source>
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
        <source>A clock&apos;s target is a number of working minutes above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own manager; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; enter it with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case &apos;{key}&apos;.</source>
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
        <source>A media inquiry is linked to the journalist&apos;s contact; choose the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is raised by a contact or by a customer record, not both; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call ends after it starts; check the two times.</source>
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
        <source>Give the customer&apos;s name, phone or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the cases desk&apos;s reply templates and intake rules</source>
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
        <source>[Escalation] {clock} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {clock} clock of case {reference} ran out at {due}.

{summary}

Status: {status}. Please see to it that the case is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation of an overdue case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
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
        <source>Line {line}: unknown placeholder &apos;{name}&apos;; known ones are: {known}.</source>
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
        <source>Not acknowledged: it was sent from the desk&apos;s own address.</source>
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
        <source>automatic acknowledgement from the desk&apos;s template</source>
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
</context>
</TS>
