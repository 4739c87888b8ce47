<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>list press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only releases in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only releases awaiting my review (with --as)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one release as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id or reference such as PR-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s state, version, embargo, reviewers and approvals as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a release to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the file name (.pdf, .txt, .html); other names need --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage of all releases in a period as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one unsent .eml file per recipient, for mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient, e.g. &quot;张伟 &lt;zhang@example.com&gt;&quot;; repeat for several (default: the release&apos;s distribution lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue an approved release to its distribution lists in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this distribution list (name or id); repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message per contact, addressed by name (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message with everyone in Bcc (default: one per contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also send to people who already received it (or have it waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send despite the mail checks&apos; warnings, for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press releases: list, show, export, coverage-report, eml, send, new, edit, submit, request-changes, approve, schedule, publish, comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release templates: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the release templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no press release “{ref}”; &apos;commdesk releases list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No press releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk cannot write “{name}”: it exports .pdf, .txt and .html files. Name the file accordingly, or give --format (pdf, txt, html, review, coverage).</source>
        <extracomment>What a file name says about the format it is written in (``releases export`` without --format).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage report is a PDF: name the file “{name}.pdf”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>Wrote %n file.</numerusform>
            <numerusform>Wrote %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of the recipients already have {ref} (listed above); add --again to send it to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued; send them with &apos;commdesk outbox send&apos;.</source>
        <translation>
            <numerusform>%n message queued; send it with &apos;commdesk outbox send&apos;.</numerusform>
            <numerusform>%n messages queued; send them with &apos;commdesk outbox send&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited v{n} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the release as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft a new release from a template (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s key (&apos;commdesk templates list&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s language (and the template&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a placeholder of the template, e.g. city=Shenzhen or 产品名称=H5; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a release&apos;s title, body or embargo; an edit after approval voids the approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the body with this UTF-8 text file (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embargo as the clocks show it in its zone (--tz; default: the organisation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embargo&apos;s time zone, e.g. Asia/Shanghai; alone, the embargo keeps its clock time in the new zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version you edited (from --json); refused if someone saved a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a release for review (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer (name or e-mail); repeatable; replaces the reviewers chosen before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the reviewers should look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a release back to its author (chosen reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what should change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve this version of a release (chosen reviewers; not its author or last editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule an approved release to go out at its embargo (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish an approved release and record where it went out (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the review comments of a release, or add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a comment on the whole release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --add: answer this comment (its number in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo: {moment} {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, such as city=Shenzhen, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field: “{name}” is not a placeholder; &apos;commdesk templates list --json&apos; shows each template&apos;s placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “{name}” in {language}; &apos;commdesk templates list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz: “{zone}” is not a time zone; give an IANA name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embargo needs the clock time like &apos;2026-12-10 09:00&apos;, not “{value}” (the zone goes in --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-embargo removes the embargo; give it without --embargo and --tz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body-file: cannot read {file} as UTF-8 text ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} has no embargo; give --embargo with --tz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored release (&apos;commdesk releases show {id}&apos;) and edit again with --expect-version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {ref} as v{n}; the approvals are void and it is back in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {ref} as v{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: {action} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-to answers a comment; give the answer with --add TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} has no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original report (not a reprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journalist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-ups per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the published release (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pick-up(s), reach {reach}</source>
        <translation>
            <numerusform>%n pick-up, reach {reach}</numerusform>
            <numerusform>%n pick-ups, reach {reach}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportDialog</name>
    <message>
        <source>Coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-ups of every release in this period, with charts, as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start {start} is after the end {end}; swap them or choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <source>New press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 上海 or Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>“{zone}” is not a time zone; choose one from the list, such as Asia/Shanghai or Europe/Berlin.</source>
        <extracomment>Offered first in the embargo&apos;s time zone list; every other IANA zone follows, alphabetically.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one chosen reviewer approves</source>
        <extracomment>the organisation&apos;s zone (the pane sets it): a new embargo starts in it, and an empty dateline is today there, not in the process&apos;s zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chosen reviewer approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the embargo: pick one or type a name such as Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo {time} is already past: the release would not be embargoed. Choose a later time or untick “Embargo until”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseEditorForm</name>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same release in the other language (zh/en); the link is kept on both releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the linked release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists with -, links [text](https://...); a blank line starts a new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One quote per line: the quote | who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media liaison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo un&amp;til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the embargo, as clocks show it in the zone chosen beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;wers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dist&amp;ribution lists:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseMailing</name>
    <message>
        <source>Only officers and administrators send mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseMailingDialog</name>
    <message>
        <source>Send {ref} to lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution lists of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How recipients receive it (EM-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (they receive nothing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;personalised message per contact (尊敬的… / Dear …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message, everyone in &amp;Bcc (nobody sees the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;in outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .&amp;eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account is set up (Outbox &gt; Account…): save the messages as .eml files for any mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one personalised message each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message in Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), {mode}; {left} left out.</source>
        <translation>
            <numerusform>%n recipient, {mode}; {left} left out.</numerusform>
            <numerusform>%n recipients, {mode}; {left} left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have it (you are asked before it goes again).</source>
        <translation>
            <numerusform>%n of them already has it (you are asked before it goes again).</numerusform>
            <numerusform>%n of them already have it (you are asked before it goes again).</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) already received {ref} or have it waiting in the outbox:</source>
        <translation>
            <numerusform>%n recipient already received {ref} or has it waiting in the outbox:</numerusform>
            <numerusform>%n recipients already received {ref} or have it waiting in the outbox:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseModels</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Releases</name>
    <message>
        <source>Review record: {title}</source>
        <extracomment>States in which a copy must say it is not the approved text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The releases area&apos;s audited tables (their audit ``entity`` names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current content hash (SHA-256): {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire service</source>
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
        <source>Mailing to lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage report: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-ups over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release, headline and link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline and link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage has been logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n paragraph changed</numerusform>
            <numerusform>%n paragraphs changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>%n paragraph added</numerusform>
            <numerusform>%n paragraphs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) removed</source>
        <translation>
            <numerusform>%n paragraph removed</numerusform>
            <numerusform>%n paragraphs removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation (from settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the release, written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person quoted or speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the spokesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main quotation of the spokesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence on what the product does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and from when the product is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, with currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and address of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and until when to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a statement or response is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short, factual description of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation is doing about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next update will be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number for the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“About us” text (from settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media contact block (from settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: templates cannot include, import or extend other templates, or define macros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: names starting with “_” are not available in templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: templates cannot call functions or methods; use a filter such as “|upper”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown placeholder “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “{name}” is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “{name}” is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “{name}” must be text, a number, a date or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder names must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does too much work ({reason}); simplify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template tries something templates may not do: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be filled in: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for the placeholder “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to</source>
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
        <source>Outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release that is “{state}” cannot be given the action “{action}”.</source>
        <extracomment>action -&gt; (states it may start from, roles of which the actor needs at least one) States in which the content may still be edited. Roles that may edit a release&apos;s content.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can submit a release for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer can request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer can approve a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can schedule a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can unschedule a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can publish a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can archive a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer or an administrator can withdraw a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can reopen a withdrawn release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reviewers chosen for this release can review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this release; another reviewer has to review it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited this release last; another reviewer has to review it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the reviewers: what should they look at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reviewer before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reviewer other than the author and the last editor; they cannot approve their own work (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already approved this version of the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an embargo time to schedule the release, or publish it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo ({embargo}) has passed; publish the release now instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release is under embargo until {embargo}; it cannot be published before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved version has changed; the release needs to be approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release that is “{state}” can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can edit a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 500 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the embargo&apos;s time zone, for example Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone commdesk knows; use a name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rule must be “any” or “all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quote needs an attribution: who said it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no press release with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no press release {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no press release with id {id} to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is in the same language; link the release in the other language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is already linked to {other}; unlink it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} cannot review releases (no reviewer role, or no longer active). Choose reviewers who hold the role, or ask an administrator to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id} to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content changed in v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after approval; the approvals are void.</source>
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
        <source>Restored from v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should change: write a note for the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record where a release went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the release first; then record where it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is before the embargo ({embargo}); check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release has no version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo ends soon: {embargo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the outlet that picked the release up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tone must be positive, neutral or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of outlet from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coverage entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “{fmt}”; use pdf, txt, html, review or coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one recipient, or distribution lists with members who have an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than 10,000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the release&apos;s reviewers, its author and officers can comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment you answer does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That paragraph has changed since; reload the release and comment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the commenter, the author or a reviewer can resolve a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “{key}” in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit release templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach files to releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size:.1f} MB; attachments may be at most 10 MB. Compress it or share a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is damaged (its content hash differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is withdrawn: it cannot leave the organisation.</source>
        <extracomment>States in which a release has passed the four-eyes review of its current text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is archived: it no longer leaves the organisation by mail, .eml, text or HTML; its PDF is still available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {state}: only approved, scheduled or published releases may leave the organisation (mail, .eml, text or HTML). Have it reviewed and approved first; a PDF for internal review is still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was changed after this message was made; the message holds a version that is no longer approved. Approve the new version, then rebuild the message (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was withdrawn; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is no longer approved (changes were requested). Approve it again, then rebuild the message (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was archived; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release no longer exists; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message does not record which version of the release it carries, so it cannot be checked against the approved one. Rebuild it from the approved version (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasesPane</name>
    <message>
        <source>Search title or reference</source>
        <extracomment>The shown release holds every commit this desk heard of up to this number (-1: not known).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the release templates (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of every release in a period, with charts, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review record as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail files (.eml) for the distribution lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Awaiting my review (%n)</source>
        <translation>
            <numerusform>Awaiting my review (%n)</numerusform>
            <numerusform>Awaiting my review (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned to me (%n)</source>
        <translation>
            <numerusform>Returned to me (%n)</numerusform>
            <numerusform>Returned to me (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only officers write press releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to {ref}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a release on the left, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as v{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers edit a release, and only before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the release to its distribution lists through the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes (kept safe while you type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk kept edits of {ref} that were not saved ({time}). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
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
        <source>Discard unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved edits of {ref} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text of v{n} the current text of {ref}? It is saved as v{next}; every revision stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval is void after this change and the release goes back to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes in the editor are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored v{n} as v{new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the reviewers: what should they look at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the release withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish {ref} now? It becomes public: the embargo notice and the draft mark are dropped from everything that goes out from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an earlier version of {ref} are held in the outbox. An officer rebuilds them from the approved version or cancels them (Outbox, or the box on Home).</source>
        <translation>
            <numerusform>%n message with an earlier version of {ref} is held in the outbox. An officer rebuilds it from the approved version or cancels it (Outbox, or the box on Home).</numerusform>
            <numerusform>%n messages with an earlier version of {ref} are held in the outbox. An officer rebuilds them from the approved version or cancels them (Outbox, or the box on Home).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an earlier version of {ref} are held in the outbox. Rebuild them from the version just approved (new PDF, new embargo notice) and queue them (Yes), cancel them (No), or leave them held (Cancel)?</source>
        <translation>
            <numerusform>%n message with an earlier version of {ref} is held in the outbox. Rebuild it from the version just approved (new PDF, new embargo notice) and queue it (Yes), cancel it (No), or leave it held (Cancel)?</numerusform>
            <numerusform>%n messages with an earlier version of {ref} are held in the outbox. Rebuild them from the version just approved (new PDF, new embargo notice) and queue them (Yes), cancel them (No), or leave them held (Cancel)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt and queued.</source>
        <translation>
            <numerusform>%n message rebuilt and queued.</numerusform>
            <numerusform>%n messages rebuilt and queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n message cancelled.</numerusform>
            <numerusform>%n messages cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pick-up by {outlet}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage report {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the mail files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n mail file(s).</source>
        <translation>
            <numerusform>Wrote %n mail file.</numerusform>
            <numerusform>Wrote %n mail files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an earlier revision to see how it differs from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment, or select a comment and answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;olve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{n} · {who} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen revision&apos;s text the current text (a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an officer can restore a revision, and only before the release is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this revision (v{n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested by {who} ({when}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s) below.</source>
        <translation>
            <numerusform>%n open comment below.</numerusform>
            <numerusform>%n open comments below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note for reviewers: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{n} has the same text as the current revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been approved yet. The current text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first version. The current text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from v{n} to the current text: struck out is only in v{n}, underlined only in the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Template: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
