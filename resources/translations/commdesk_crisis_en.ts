<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the issue and crisis log: list, open, show, tick, link, note, statement, review, timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every crisis and drill, the open ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a crisis (or a drill) with its kind&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the playbook its checklist comes from: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{levels} (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who owns it (default you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is known so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise, not a real crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one crisis: its checklist, links, notes and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick a step of the checklist (or --undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step&apos;s key, as shown by show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a release, post, case, coverage entry or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number ({kinds}), e.g. &apos;post 12&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an entry to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it happened, e.g. 2026-12-07T09:30+08:00 (default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft the holding statement from the crisis template (then review it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s title (default: from the crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the post-crisis review and close the crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review: coverage, tone and how the crisis was handled (EV-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the review but leave the crisis open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the crisis&apos;s timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also print the timeline&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crisis&apos;s number, as list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crisis has been logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a time; write it as 2026-12-07T09:30+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding statement {reference} drafted and linked; have it reviewed: commdesk releases submit {reference} --reviewer NAME --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked on the checklist ({count}): {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis timeline: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: an exercise, not a real crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {when} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{box} {text} ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held yet (EV-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish the facts, set the severity and name the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the crisis team together and agree one spokesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the holding statement from the crisis template and have a second person approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor coverage and social media sentiment; link what appears to this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every media inquiry as a case and answer it before its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer negative items calmly, in line with the approved statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the regulator and decide on a recall or a stop of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customers concerned what to do, on every channel they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain the leak and establish which data and whom it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the authorities and the people affected within the legal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the wording with legal counsel and the executive concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief the staff before the statement goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish status updates at fixed times until the service is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the restoration and say what was done to prevent a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the scheduled posts and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply once in the main thread; never delete criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the post-crisis review: coverage, tone and how the crisis was handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product safety</source>
        <extracomment>kind -&gt; its own steps (between the common response flow and the review)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Issue to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the issue and crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no crisis with number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the crisis a title: what is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the kinds: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity is 1 (an issue to watch) to 4 (a crisis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of this crisis has no step “{step}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number (post 12, coverage 7, meeting 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time with its zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review: what went well, what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coverage entry with number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened · owner {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked record {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: {step} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-crisis review recorded · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record linked to a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis log note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPane</name>
    <message>
        <source>Crises and drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding &amp;statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the holding statement from the crisis template; it is reviewed in Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a release, case, post, story or meeting to this crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook checklist (tick what is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crisis has been logged. New crisis… opens one, or a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: an exercise, not a real crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (PR-2026-010, CD-2026-000298) or kind and number (post 12, coverage 7, meeting 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisReviewDialog</name>
    <message>
        <source>Post-crisis review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to change: coverage, tone, how the crisis was handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What went well, what to change (saving it closes the crisis):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close the crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the review you wrote? Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <source>Open a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what is known so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;drill (an exercise, not a real crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed for this crisis?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
