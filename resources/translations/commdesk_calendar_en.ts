<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the publishing calendar of every kind of item: list, export (PDF or .ics feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD; default: the quarter&apos;s first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to this day, included (default: the quarter&apos;s last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this kind (release, embargo, post, announcement, event, meeting); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this channel: a social account (Weibo · 华信科技), a subscription list, a release&apos;s channel; part of its name is enough; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this campaign or topic (part of its name is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what this person owns or wrote (part of the name is enough, e.g. Emma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the calendar&apos;s entries by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON (times as UTC instants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the calendar to a PDF (month grids and list) or an .ics feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf or ics (default: from the file&apos;s name, .pdf or .ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF as a list only, without month grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a date like 2027-01-04, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to ({last}) is before --from ({first}); give the earlier day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} “{typed}” could be any of: {names}. Write more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period matches {option} “{typed}”; the period has: {names}. Check the name or the period (--from, --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) from {first} to {last}; times in {zone}.</source>
        <translation>
            <numerusform>%n entry from {first} to {last}; times in {zone}.</numerusform>
            <numerusform>%n entries from {first} to {last}; times in {zone}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which format “{name}” is to be: name the file .pdf or .ics, or add --format pdf or --format ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is named as a .{named} file but --format says {format}: a calendar program would not open it. Change the file&apos;s name or the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Mon</source>
        <extracomment>entries written in a day&apos;s cell of the month grid; the rest are counted (&quot;+3 more&quot;), and titles cut to ``CELL_TITLE`` characters: a month fits a page or two, the list has everything</extracomment>
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
        <source>{year}-{month:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more (see the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence (SM-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a kind of calendar entry; choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went out at this time; what was published stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; give the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a release&apos;s embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release that is “{state}” can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo ends ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent at this time; a sent announcement stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is over; it stays when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was cancelled; plan a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new time with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo moved on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as “pdf” or “ics”, not “{format}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer on the calendar in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Month</source>
        <extracomment>the pane that opens an entry of each kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List (quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan: drag to another day, or Alt+Left/Right (a day), Alt+Up/Down (an hour), Move to…; double-click opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {monday} (week {week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks off the posting target (SM-2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more week(s).</source>
        <translation>
            <numerusform>… and %n more week.</numerusform>
            <numerusform>… and %n more weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account&apos;s weeks are on their posting target (SM-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to {when}? Its time is part of what its reviewers approve: if it was approved, it is reviewed again, as an edit in its editor would make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed “{title}” meanwhile; the calendar shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar as .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo is part of what reviewers approve: once moved, an approved release goes back to review, as an edit in its editor would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is part of the invitation: once moved, an approved invitation is reviewed again, as an edit in the event&apos;s editor would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post&apos;s time is not part of what was approved: its review stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those invited are told only when the invitation is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
