<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>media events: list, show, new, invite, submit, approve, send, rsvp, checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list media events, the latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only events not yet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, place or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one event with its review, invitees and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id or reference such as EV-2026-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a media event (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock time where the event takes place (the zone goes in --tz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: two hours after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s time zone, e.g. Asia/Shanghai (default: the organisation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda; \n starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation&apos;s subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation&apos;s text; \n starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the press release the event accompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the members of contact lists on the invitation list (who may not be mailed is left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distribution list by name or id (may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the invitation for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the invitation (reviewers; not its author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the approved invitation to everyone not yet invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send it to those invited before too (an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send despite warnings, for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an answer by hand, or read one from a saved reply (--reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitee: name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many people they bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to an invitation, saved as .eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an invitee in at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, pinyin, initials or outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back a check-in made by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs the clock time where the event takes place, like &apos;2026-12-18 14:00&apos;, not “{value}” (the zone goes in --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the invitation list matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invitees match “{text}” (listed above); type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accepted} accepted, {checked} checked in of {invited} invited; {expected} people expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned {ref}: {title}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {already} on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  left out: {name} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) queued; send them with &apos;commdesk outbox send&apos;.</source>
        <translation>
            <numerusform>%n invitation queued; send it with &apos;commdesk outbox send&apos;.</numerusform>
            <numerusform>%n invitations queued; send them with &apos;commdesk outbox send&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the event, the invitee and --answer; or give a saved reply with --reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: check-in taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin, initials or RSVP reference, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} checked in; {expected} expected ({accepted} accepted), {invited} invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the invitation list matches that; check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(had not accepted: a walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of {name} taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press re&amp;lease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation s&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Media event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone commdesk knows; use a name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the times with their time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event must end after it starts; check the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is longer than {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s subject is longer than {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people they bring must be between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than {max} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitation&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitation&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the event takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact no longer kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the invitation list is waiting for an invitation that can be mailed: add invitees from contact lists (those already invited: {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was changed meanwhile; look at it again and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation sent by e-mail: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an answer to an event invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSVP reference {ref} belongs to no invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to an event invitation whose answer commdesk cannot read for sure; read it and record the answer by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by e-mail from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answered: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media event {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact by e-mail</source>
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
        <source>plan media events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no press release {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person {id} to own the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build invitation lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invitee {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s invitation is already on its way; record their answer as declined instead of taking them off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record answers to invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check people in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {time} by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not checked in; there is no check-in to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact no longer kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in opens on the day of the event, at {opens}; the event is on {when}. Nobody can be checked in before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in closed at {closes}; the event was on {when}. Write who else came in the event&apos;s follow-up notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>When (the event&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited/yes/in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invited} invited, {accepted} accepted, {checked} checked in</source>
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
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, place or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event and invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-in at the door…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with &amp;comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its &amp;members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bringing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last approved invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation against the last approved version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing approved yet: everything is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, version {revision}, {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the no&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes after the event (what to send to whom):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invited} invited ({asked} sent): {accepted} accepted ({expected} people with those they bring), {declined} declined, {tentative} tentative, {no_answer} without an answer; {checked} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has not begun: {accepted} accepted so far, {expected} people expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} came of {accepted} who accepted ({walk_ins} without having accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted but did not come: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of {ref} by those who came: {items} (of {total} in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new event: fill in the form and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the invitation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {already} on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, they may not be mailed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the invitation to %n invitee(s) through the outbox?</source>
        <translation>
            <numerusform>Send the invitation to %n invitee through the outbox?</numerusform>
            <numerusform>Send the invitation to %n invitees through the outbox?</numerusform>
        </translation>
    </message>
    <message>
        <source>Already invited (not sent again): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
