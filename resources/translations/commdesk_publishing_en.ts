<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Edit announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is about, e.g. 办公室搬迁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【重要通知】 an &amp;important notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n} subscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned to send (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements go only to the subscribed members of the lists chosen, after a reviewer approved this exact text. Saving a change voids an approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementsModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementsPane</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
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
        <source>&amp;Return with comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;wers needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment on this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Announcements&lt;/b&gt; to the staff subscription lists (AN-1..4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No announcement chosen. Write one with New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{state}&lt;/b&gt; · owner {owner} · approved by: {who} (%n reviewer(s) needed)</source>
        <translation>
            <numerusform>&lt;b&gt;{state}&lt;/b&gt; · owner {owner} · approved by: {who} (%n reviewer needed)</numerusform>
            <numerusform>&lt;b&gt;{state}&lt;/b&gt; · owner {owner} · approved by: {who} (%n reviewers needed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the lists at {time}, then edited: the copies not yet out are held in the Outbox. Once it is approved again, send it again: the held copies are cancelled and the new text goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who a send would reach now (never the unsubscribed, bounced or unconfirmed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back by the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the review settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is {state}: a change voids the approval, and copies not yet sent are held. Edit it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {n} copies in the outbox for {lists}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) in the outbox; the outbox sends them.</source>
        <translation>
            <numerusform>%n copy in the outbox; the outbox sends it.</numerusform>
            <numerusform>%n copies in the outbox; the outbox sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copies of this text were in the outbox already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>the staff directory and its subscription lists (announcements): import, list, lists, add-list, unsubscribe, hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import staff members from a CSV (UTF-8 or GB18030) or .xlsx file: columns name, email, department, phone, lists (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe every row to this list too (may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the good rows even when others are rejected (default: all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding, if not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list staff members, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only members of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only members in this status on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription lists with their subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a subscription list (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members confirm by mail before they receive anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N mails from the list per period and member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap&apos;s period (default 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a member off a list (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list-hygiene report: bounced and long-inactive addresses (AN-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report as CSV to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the CSV in GB18030 (older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who had unsubscribed or whose mail bounced not subscribed again.</source>
        <translation>
            <numerusform>%n person who had unsubscribed or whose mail bounced was not subscribed again.</numerusform>
            <numerusform>%n people who had unsubscribed or whose mail bounced were not subscribed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation mail(s) in the outbox (double opt-in).</source>
        <translation>
            <numerusform>%n confirmation mail is in the outbox (double opt-in).</numerusform>
            <numerusform>%n confirmation mails are in the outbox (double opt-in).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved because rows were rejected: correct them and import again, or import the good rows with --partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs --list: a status is a member&apos;s on one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {n} in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {id} added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is unsubscribed from {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced: {bounced}; inactive for {months} months or more: {inactive}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal announcements to the staff subscription lists, reviewed before they are sent: list, show, new, submit, approve, return, send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list announcements, newest first, with their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show an announcement: text, audience, review, comments, changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a new announcement (a draft; officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the announcement&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subscription list it goes to (name or id; may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an important notice: the subject starts with 【重要通知】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it is meant to go out, in the organisation&apos;s time zone (shown on the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit an announcement for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve an announcement&apos;s current text (reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return an announcement to its author with a comment (reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what should change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue an approved announcement in the outbox: one copy per subscribed member (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send despite the mail checks&apos; warnings, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No announcements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}  Audience: {lists}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last approved version: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--planned needs a day and a time on the organisation&apos;s clock ({zone}), like &apos;2027-01-08 09:00&apos;, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement {id} saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement {id} is now {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --override REASON to send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies of this text were in the outbox already; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) queued in the outbox; send them with commdesk outbox send.</source>
        <translation>
            <numerusform>%n copy queued in the outbox; send it with commdesk outbox send.</numerusform>
            <numerusform>%n copies queued in the outbox; send them with commdesk outbox send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) held back by a list&apos;s frequency cap.</source>
        <translation>
            <numerusform>%n member held back by a list&apos;s frequency cap.</numerusform>
            <numerusform>%n members held back by a list&apos;s frequency cap.</numerusform>
        </translation>
    </message>
    <message>
        <source>the review of posts, announcements, invitations and procedure versions: reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show how many reviewers each kind needs, or set it for one kind (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of reviewers too: 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Important notice 【重要通知】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority is normal or important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the announcement is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than 200 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the announcement&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than 50,000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one subscription list: announcements go only to subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An important notice (【重要通知】) to staff goes out only as an announcement approved by a reviewer: write it in Announcements (it is sent to the subscription lists from there).</source>
        <extracomment>outbox kinds whose messages come from a reviewed item (checked by the gate when they leave)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewed item&apos;s content is text per field; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is withdrawn: it cannot leave the organisation.</source>
        <extracomment>kind -&gt; the states in which it passed the four-eyes review of its current text states after which an item never leaves again kind -&gt; its own wording of the rule (``core.releases.gate`` registers releases&apos;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {state}: only what was reviewed and approved in its current version may leave the organisation. It can leave once a reviewer has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {state}: only what was reviewed and approved in its current version may leave the organisation. Submit it for review and have it approved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed after this message was made; the message holds a version that is no longer approved. Have the new version approved, then send it again (and cancel this one).</source>
        <extracomment>the outbox&apos;s held_reason of a reviewed kind&apos;s message: &quot;review_&lt;reason&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was withdrawn; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer approved (it was returned). Have it approved again, then send it again (and cancel this message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was archived; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists; cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An important notice (【重要通知】) goes out only as an announcement approved by a reviewer. Cancel this message and write it in Announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message does not record which version of the item it carries, so it cannot be checked against the approved one. Cancel it and send the approved version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social post {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation to event {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure version {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it approved again (Submit for review, then a reviewer approves), then send it again: “Send to the lists…” in Announcements, or commdesk announcements send {item}; that cancels the held copies. To drop them instead: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it approved again (Submit for review, then a reviewer approves), then send it again: “Send invitations…” in Media events, or commdesk events send {item} --again; and cancel the held copies: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it approved again and send it again from its own window; cancel this copy: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed after this copy was made: the copy carries a version that is no longer approved, so it is held and never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is no longer approved (it was returned or reopened), so this copy is held and never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy does not record which version of {what} it carries, so it cannot be checked against the approved one and is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was withdrawn; this copy is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was archived; this copy is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} no longer exists; this copy is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review a social post</source>
        <extracomment>kind -&gt; its reviewer&apos;s step in words (approve or return), one line a kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review an announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review an event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review a procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on a social post in review</source>
        <extracomment>kind -&gt; commenting on it in review, in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on an announcement in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on an event invitation in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on a procedure version in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>kind -&gt; () -&gt; {field: label}, in display order (registered by the kind&apos;s own module) kind -&gt; the field diffed paragraph by paragraph (a body), if any</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
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
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
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
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or publish</source>
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
        <source>“{action}” is not possible while the {kind} is {state}.</source>
        <extracomment>action -&gt; the states it may start from, the roles of which the actor needs one, where it leads (an approval: ``after_approve``; finishing: the kind&apos;s finished state, ``after_finish``) the number of reviewers a kind may ask for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” needs the role {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this {kind}: someone else reviews it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited this {kind} last: someone else reviews it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved this text already; a second reviewer must be someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} has not been approved in its current version; have it reviewed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {state} item can no longer be edited; make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the planned time with its time zone.</source>
        <extracomment>``save(planned_at=KEEP)``: the planned time stays as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write and send announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement {number} “{subject}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no announcement {number}.</source>
        <extracomment>the lines under each copy (AN-2) in the announcement&apos;s own language, as an event&apos;s invitation words follow the invitation: the office writes the text, the words around it follow it, not the language of whoever sends it (the command line&apos;s English under a Chinese notice)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription list {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list {list} is no longer in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the announcement&apos;s owner: a person of this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement {number} was sent; it stays at the time it went out. Write a new announcement to plan another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on {lists} receives announcements now (no one subscribed, or the frequency cap holds everyone back). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} was changed after it was approved; what would leave is not the approved text. Have the new version approved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was never submitted for review, so it cannot leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of item called “{kind}” to review.</source>
        <extracomment>Settings: how many distinct reviewers each kind needs (1 or 2): ``review.reviewers.&lt;kind&gt;``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is reviewed by one or two reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} has not been saved yet, so it cannot be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person of this desk edits what is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: approvals voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or publish the item from its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first: what should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than 10,000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
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
        <source>Text fingerprint</source>
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
        <source>Reviewer</source>
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
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
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
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewers needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind is approved by one reviewer, or by two different reviewers, before it may leave the organisation. The author and the last editor never approve their own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the member (mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing: write the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {n} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is longer than {n} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is missing: announcements go by mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address {address} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {number} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>What a column&apos;s header may say for each field (compared case-insensitively, spaces removed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed to: {lists}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left unsubscribed from {lists}: an import never subscribes them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription list &apos;{name}&apos;; add it first or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same e-mail address as row {row}; keep one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no e-mail column; name one column &apos;email&apos; (or &apos;邮箱&apos;) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no name column; name one column &apos;name&apos; (or &apos;姓名&apos;) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the staff directory and its subscription lists</source>
        <extracomment>Settings: months without activity after which the hygiene report names an address (AN-3), and the address unsubscribe and confirmation mails go to (else the mail account&apos;s reply-to, else its sender address: the mailbox the intake reads). Who records what members&apos; mail says and who hands out recipients: the intake and the sender.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the staff directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle the subscription lists&apos; mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member {key} in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is already in the staff directory; edit that member instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} belongs to another member of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription list &apos;{key}&apos;; the lists are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the list a name, in Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frequency cap is the most mails per period: at least 1, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap&apos;s period is at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list named {name} exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {status} on {list}: they are not put back on it unless they ask; if they did, subscribe them again on purpose (--resubscribe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a subscription waiting for confirmation gets a confirmation mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【订阅确认】{list}: confirm {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:

You were put on the list &quot;{list}&quot; for the organisation&apos;s internal announcements. To receive them, reply to this mail without changing its subject, or send a mail to {address} with the subject:

confirm {token}

If you do not want them, ignore this mail: nothing will be sent to you from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on the list {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no address for unsubscribe and confirmation replies: set up the mail account (its sender or reply-to address is the mailbox the intake reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail carries no unsubscribe or confirmation token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail carries no unsubscribe token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail carries no confirmation token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not belong to any subscription (mistyped or made up); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already unsubscribed; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is {status}, not waiting for a confirmation; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list {list} is no longer in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-inactive means at least one month without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
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
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Import staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also subscribe every row &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the good rows even when some are re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, nothing is saved when any row is rejected: fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file: its columns name, email, department, phone, lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report of every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}: choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: some rows are rejected (see why below). Fix the file and import it again, or tick the box to save the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The good rows were saved; the rejected ones were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} confirmation mails are in the outbox (double opt-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel came too late: the import had already been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe token key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member&apos;s last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from a list</source>
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
        <source>E-mail (for matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
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
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most mails per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions of the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double opt-in: members confirm by mail before they get anything</source>
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
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent anything from this list; only an administrator on purpose puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mails &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GB18030 (for older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>{bounced} bounced, {inactive} without activity for {months} months or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member to see their subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions of {name} &lt;{email}&gt; (last activity: {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off the list {list}? Nothing from it will be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is unsubscribed from {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left the list {list} (or their mail bounced). Put them back only if they asked for it or their address was corrected. Resubscribe them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is waiting to confirm {list}: a confirmation mail is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is subscribed to {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list {name} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list-hygiene report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
