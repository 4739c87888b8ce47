<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Home</name>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communications office&apos;s day at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items due per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to answer a media inquiry: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more in commdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews awaiting me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} · {by}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release has been returned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {date} · {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} · {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings for the rest of this week.</source>
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
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the communication procedure, by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes late, were due {when} (PC-5) · met {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes due {when} (PC-5) · met {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes due or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All minutes have gone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo ends {when} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoes ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embargo ends in the next three days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · answer by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiries awaiting an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every media inquiry has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held: {subject}</source>
        <translation>
            <numerusform>%n message held: {subject}</numerusform>
            <numerusform>%n messages held: {subject}</numerusform>
        </translation>
    </message>
    <message>
        <source>to {to} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: failed or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed or held in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly review of the communication procedure (AP-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due {date} · owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} · owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure&apos;s yearly review is not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {when} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases overdue or due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is overdue or due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: acknowledgement and yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {when} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) set aside by the intake, waiting for a person</source>
        <translation>
            <numerusform>%n message set aside by the intake, waiting for a person</numerusform>
            <numerusform>%n messages set aside by the intake, waiting for a person</numerusform>
        </translation>
    </message>
    <message>
        <source>not cases yet: list them with “commdesk cases intake --set-aside”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n new case not yet acknowledged</numerusform>
            <numerusform>%n new cases not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledge or answer them in the Cases pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unanswered: {reference}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {age} of working time · received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback intake and unanswered cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits in the intake; every case has its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social post: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePane</name>
    <message>
        <source>Status report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home could not be loaded: {error}</source>
        <extracomment>an entry double-clicked or chosen with Enter, or &quot;report&quot; / &quot;refresh&quot; clicked, before the services were loaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day, {name}. {n} things need attention today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day, {name}. Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items by due week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by tone and outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered inquiries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiries: median hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
