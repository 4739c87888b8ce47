<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Social media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM-1 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by, when (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;usual platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a &amp;week (SM-2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand check (SM-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me as the brand&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vatar is the current logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file text matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked or is to be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetLibraryDialog</name>
    <message>
        <source>Choose files for the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights &amp;end on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to the asset library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is in the library already as %1; it was not copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>list posts planned or published, by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to this day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this account (id, name or platform/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one post with its review and length check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a new post (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, name or platform/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned time, YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the text from this file (UTF-8 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the platform has titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a post&apos;s text, title, planned time or campaign (officers); a change of its text or title after approval voids the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post&apos;s new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new text from this file (UTF-8 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new title (an empty one removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new planned time, YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new campaign or topic (an empty one removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version you saw (from --json); refused if someone saved a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a post for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a post in review (reviewers, four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note for the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a post back to its author with a note on what should change (reviewers, four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what should change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an approved post&apos;s final text to paste on its platform and record where it was published (refused unless approved in its current version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post&apos;s address on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it went out (default now), YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts with their weekly target and SM-1 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import an account&apos;s monthly figures from the platform&apos;s CSV export (UTF-8 or GB18030; all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month&apos;s report per account (SM-6): followers, growth, engagement, posts, weeks off target, comments open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also save it as CSV (UTF-8 for Excel) to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON (times as UTC instants, planned_local in the organisation&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a time; write YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a day; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); check the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GB18030 text; save it as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s); times in {zone}.</source>
        <translation>
            <numerusform>%n post; times in {zone}.</numerusform>
            <numerusform>%n posts; times in {zone}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new text with --text or --text-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --text, --text-file, --title, --planned or --campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored post (&apos;commdesk posts show {id}&apos;) and edit again with --expect-version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} saved: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval by {names} is void: the post changed after it. It is published only once a reviewer approved it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n month(s) imported for {account} ({used} rows, {blank} blank).</source>
        <translation>
            <numerusform>{file}: %n month imported for {account} ({used} rows, {blank} blank).</numerusform>
            <numerusform>{file}: %n months imported for {account} ({used} rows, {blank} blank).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media posts on the publishing calendar: list, show, new, edit, submit, approve, return, publish, accounts, metrics-import, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {when} {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: {length} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the post&apos;s text with --text or --text-file (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to upload: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} recorded as published at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM-1: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month &apos;{text}&apos; is not a month; write YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Comments and messages (SM-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only those needing an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer &amp;needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a comment or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and messages (SM-3): post %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment cannot be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is logged as a complaint on the cases desk, with its clocks running from when it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is now case %1 on the cases desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment cannot be logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <source>Monthly figures (SM-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nteractions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s report as a spreadsheet file (opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: engagement by account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the month&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-report-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers and interactions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the platform&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 month(s) imported from %3 rows (%4 blank).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <extracomment>How often what is typed is copied to the drafts store (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign or topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotes &amp;release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which channel? (P-4, IM-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first (Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On other platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this post is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostView</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a post in the calendar, or double-click a day&apos;s date to plan one. Re-plan a post by dragging it to another day, or with Alt+Left/Right (a day) and Alt+Up/Down (an hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet: everything in the post is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsPane</name>
    <message>
        <source>◀ Earlier</source>
        <extracomment>How often the reminder looks for posts whose time came (milliseconds). At start-up, posts whose time came this long ago and are not out are told once. (title, text, post id): the main window tells it in the notification area.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke off plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social media accounts yet: add the platforms and the office&apos;s accounts with Accounts….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account is within its weekly target in these weeks (SM-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) off the weekly target (SM-2):</source>
        <translation>
            <numerusform>%n week off the weekly target (SM-2):</numerusform>
            <numerusform>%n weeks off the weekly target (SM-2):</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the post is %1 (or not yours to do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published post is kept as it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote or last edited this post: another reviewer approves it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a post approved in its current version can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published post cannot be taken off the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step cannot be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the post off the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer counts for the weekly target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot be taken off the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover an unsaved post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post “%1” was not saved when commdesk stopped (copy from %2). Recover it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
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
        <source>The post could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved copy of “%1” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved text is on the clipboard. Paste it on %1, upload the files, then record the post&apos;s address here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;files folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It counts in the week of %1, not the week of %2 it was planned for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without recording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you typed is not recorded, and the post stays unpublished. Leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialAccounts</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fix: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialAssets</name>
    <message>
        <source>add to and keep the asset library</source>
        <extracomment>rights that end within this many days of a post&apos;s planned time are worth a warning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the asset library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is no longer in the asset library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was copied; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not in this computer&apos;s asset library (it was added on another desk, or removed from the data folder); add it again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its usage rights are not recorded; check them before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its usage rights end on {day}, before the post goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its usage rights end on {day}, soon after the post; the post may have to come down then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCadence</name>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, {missing} short of the target of {low}-{high} (SM-2); the week is over.</source>
        <translation>
            <numerusform>{account}: %n post in the week of {monday}, {missing} short of the target of {low}-{high} (SM-2); the week is over.</numerusform>
            <numerusform>{account}: %n posts in the week of {monday}, {missing} short of the target of {low}-{high} (SM-2); the week is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, {missing} over the target of {low}-{high} (SM-2); the week is over.</source>
        <translation>
            <numerusform>{account}: %n post in the week of {monday}, {missing} over the target of {low}-{high} (SM-2); the week is over.</numerusform>
            <numerusform>{account}: %n posts in the week of {monday}, {missing} over the target of {low}-{high} (SM-2); the week is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, below the target of {low}-{high} (SM-2); plan {missing} more.</source>
        <translation>
            <numerusform>{account}: %n post in the week of {monday}, below the target of {low}-{high} (SM-2); plan {missing} more.</numerusform>
            <numerusform>{account}: %n posts in the week of {monday}, below the target of {low}-{high} (SM-2); plan {missing} more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, above the target of {low}-{high} (SM-2); move {missing} to another week.</source>
        <translation>
            <numerusform>{account}: %n post in the week of {monday}, above the target of {low}-{high} (SM-2); move {missing} to another week.</numerusform>
            <numerusform>{account}: %n posts in the week of {monday}, above the target of {low}-{high} (SM-2); move {missing} to another week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, within the target of {low}-{high}.</source>
        <translation>
            <numerusform>{account}: %n post in the week of {monday}, within the target of {low}-{high}.</numerusform>
            <numerusform>{account}: %n posts in the week of {monday}, within the target of {low}-{high}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialLabels</name>
    <message>
        <source>Social platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset of a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How length is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a week, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a week, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Weibo counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As X counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialMessages</name>
    <message>
        <source>answer comments and messages on the office&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy in what the comment or message says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether it is a comment or a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time it came in (not in the future, with its time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account it came in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post is not one of this account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That comment or message is no longer logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer that was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is already a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint on {where}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the post: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the post “{title}” (no link recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the template&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialMetrics</name>
    <message numerus="yes">
        <source>%n totals row(s) (合计/Total) left out: the months are summed from the days.</source>
        <extracomment>A figure&apos;s columns: alternatives, the first whose columns are all in the file wins; the columns of one alternative are added up.</extracomment>
        <translation>
            <numerusform>%n totals row (合计/Total) left out: the months are summed from the days.</numerusform>
            <numerusform>%n totals rows (合计/Total) left out: the months are summed from the days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; export the figures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s columns ({found}) hold no date and no figure commdesk knows; it needs a date or month column and at least one of followers, reach, reads, interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column}: &apos;{value}&apos; is no date or month; write it as 2026-11-30 or 2026-11 and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column}: &apos;{value}&apos; is not a count (such as 12345, 12,345 or 1.2万); correct it or empty the cell, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows of figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the accounts&apos; monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the accounts&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure is a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export one account&apos;s months only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not there: check its folder and name ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder: choose the file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not be read by this account: copy it somewhere you can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} was not imported: %n row(s) cannot be read. {rows}</source>
        <translation>
            <numerusform>{name} was not imported: %n row cannot be read. {rows}</numerusform>
            <numerusform>{name} was not imported: %n rows cannot be read. {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>And {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialPosts</name>
    <message>
        <source>plan and write social media posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the publishing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the list of social platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the platform a short code of letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the platform a name, in Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the platform counts a post&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A length limit is at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform with the code {code} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That platform is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &apos;{key}&apos;; the accounts are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s name as the platform shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly target runs from a lower number of posts to a higher one (e.g. 3-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} has an account named {name} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>SM-4&apos;s calendar entry types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the post&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the entry is: a post, a topic, a poll or a Q&amp;A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the planned time with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the post goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image or video chosen is no longer in the asset library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was published; it is kept as it went out. Make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotes release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was published; its time is the time it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published post cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was published already ({url}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was cancelled; save it again to plan it before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the post&apos;s address on the platform, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post cannot have been published in the future; give the time it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; nothing was done. It is shown again as stored: look at it, then do the step again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
