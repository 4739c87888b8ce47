<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions of the series are reviewed under this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <source>Series backlog: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic for a later meeting of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To next meeting&apos;s a&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no meeting ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting: {when} {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed the backlog. Close without saving and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the stored backlog; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a backlog item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the backlog; here is the stored list. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” is now on the agenda of {topic}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>meetings: list, add, edit, minutes, export (invitations, agendas, minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD), in the organisation&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD), included, in the organisation&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan a meeting (officers and administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a meeting; only the options given change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference (phone or video call) or in_person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start as the clocks show it in the meeting&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. Asia/Shanghai (default: the organisation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone; without --start the clock time stays and now means that time in the new zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration in minutes (default: 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant: a person in commdesk (name or e-mail), or &apos;Name &lt;e-mail&gt;&apos;; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant (replaces the list; repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item with its time box and presenter if any; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item (replaces the agenda; repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material to bring (FM-1); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room or address</source>
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
        <source>also issue the invitation now (every procedure warning needs --override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the invitation goes out despite a warning (kept in the audit log); RULE= for one rule only; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or write a meeting&apos;s minutes, circulate them or approve them (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the notes with this UTF-8 text file (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a decision; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an action item with its owner and deadline if any; repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the draft round for comments (counts as distributed for PC-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve and lock circulated minutes (not by whoever wrote them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a meeting&apos;s invitation (.ics), agenda (.pdf) or, with --minutes, its minutes (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items from all meetings: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only overdue ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the owner&apos;s name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a date like 2026-12-01, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in {zone} (the organisation&apos;s time zone); each meeting at its own time, with the organisation&apos;s beside it when they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are exported as PDF; give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {rule}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file name ending in .ics (invitation) or .pdf (agenda; with --minutes the minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz: &apos;{zone}&apos; is not a time zone; give an IANA name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs the clock time in the meeting&apos;s zone like &apos;2026-12-10 14:30&apos;, not &apos;{value}&apos; (the zone goes in --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agenda takes TITLE, TITLE|MINUTES or TITLE|MINUTES|PRESENTER, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agenda: the time box of &apos;{title}&apos; must be a whole number of minutes, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override gives the reason for issuing the invitation despite a warning; add --invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored meeting (commdesk meetings list --json) and edit again with --expect-version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix it with &apos;commdesk meetings edit {id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason with --override REASON (or RULE=REASON) and run &apos;commdesk meetings edit {id} --invite&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {id} was saved but its invitation was not issued: {findings} — {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: {rule}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {id} saved: {topic}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation issued; write it with: commdesk meetings export {id} FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action takes TEXT, TEXT|OWNER or TEXT|OWNER|YYYY-MM-DD, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-file: cannot read {file} as UTF-8 text ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {id} has no minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of meeting {id}, version {number}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: {text} ({owner}, {due}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ Earlier</source>
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
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} (days in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Add participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search colleagues and contacts by name, outlet or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everyone to invite; contacts are added with their primary e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent with the calendar invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items by meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} action items are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring: {materials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation needs a start time; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation needs a duration; enter one in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation needs the organiser&apos;s e-mail address, to which answers go; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends before its first meeting; choose a later end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference call / video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated for comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not over yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link or dial-in number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place (room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the materials to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation lacks {field}, which {rule} requires; fill it in or give a reason to send without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} person takes part in this call; PC-1 plans conference calls for 3-10 people. Invite the participants or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are invited to this call; PC-1 plans conference calls for 3-10 people. Invite fewer people, split the call, or use an announcement; or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already started or is over; PC-2 asks for the invitation 24 hours ahead. Check the start time or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation goes out {lead} before the call; PC-2 asks for at least 24 hours. Move the call later or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. Move the meeting later or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. Send it later (people forget) or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda&apos;s time boxes add up to {total} minutes but the meeting lasts {duration} ({rule}: end on time). Shorten the items, drop one, or make the meeting longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes were due by {due} (PC-5: the same working day); send them out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action item with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change action items they do not own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not change this action item: only its owner, officers and administrators can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organiser&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} contains a line break; it must be one line. Remove the break (it often comes with copying from a mail) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be a number of minutes above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agenda item needs a title; fill it in or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item&apos;s time box cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name or an e-mail address; fill it in or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given separately (never written into files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs the first meeting&apos;s start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs a number of meetings (1 to 520) or an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting series with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no meeting ahead; add one before moving backlog items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backlog item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting is not part of this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action item needs a description; fill it in or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled action needs a note saying why; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes are approved and locked; the organiser can re-open them with a reason as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no minutes for this meeting yet; write and save them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are {state}; that step is not possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} took these minutes and cannot approve them too (four eyes). Ask another officer to approve them, or an administrator can allow self-approval for small teams in the organisation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-open minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the approved minutes are re-opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organiser ({name}) can re-open approved minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved minutes are re-opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModels</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes due by {due} (PC-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes / live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send minu&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circulate minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-open minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series &amp;backlog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topic, purpose, room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action report PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft minutes are circulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved minutes are re-opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not part of a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send despite {rule}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Reason for sending anyway (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes of “{topic}” as {name}? They are then locked and signed off in your name; only the organiser can re-open them, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-open approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are the approved minutes re-opened? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting of a series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the meeting cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this action cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of “{topic}” were not saved when commdesk stopped (copy from {time}). Recover them now, with the agenda item and timer where they were?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved minutes</source>
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
        <source>The minutes could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved copy of the minutes of “{topic}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commdesk: action items due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Agenda (Ctrl+Up / Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (Ctrl+Shift+A, Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item / entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, then Ctrl+1 point · Ctrl+2 decision · Ctrl+3 action (@owner !2026-12-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes v{number}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes v{number}: approved by {name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause timer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box of {minutes} min is over: wrap up or move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One minute left for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safe on this computer at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesWindow</name>
    <message>
        <source>Minutes: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes to the database now? (A copy stays on this computer either way.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningDialog</name>
    <message>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is planned, shown and sent in this zone; type part of a name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ial-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat as a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ ] projector
[ ] whiteboard
[ ] pens
[ ] screen-share test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and issue in&amp;vitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No procedure warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone; choose one from the list (type part of its name, e.g. Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send despite {rule}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Reason for sending anyway (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
