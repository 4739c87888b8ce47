<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>evaluation (EV-2, EV-5, EV-6): figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every figure of the KPI catalogue for a period, with the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation {period}, compared with {previous} (times in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (mail sent by commdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, their minutes and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press releases and their workflow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage log (with or without a release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases desk (cases received in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing calendar: posts, cadence targets, monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages the outbox sent in the period (sent time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the sent messages whose follow-up date falls in the period, the share whose follow-up is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings not cancelled that started in the period, before the report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average planned length of the meetings held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the meetings held, the share whose minutes were distributed by the end of the working day the meeting ended (the working calendar&apos;s hours and holidays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the action items due in the period (not cancelled), the share marked done whose last change was on or before their deadline day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases published in the period, divided by its months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review turnaround (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each approval in the period, the hours since the release was last submitted for review; the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage about us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories about the organisation that appeared in the period (not competitors&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reach of the stories about the organisation, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the stories about the organisation, the share with a positive tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the stories about the organisation, the share with a negative tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories about the organisation out of all logged stories about it and the named competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media inquiries received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry response time (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours from an inquiry&apos;s arrival to its first answer, over the answered inquiries; the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries answered by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the inquiries whose first-answer clock is decided, the share answered by its due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of every channel received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the decided first-response clocks, the share stopped by their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the decided resolution clocks, the share stopped by their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the calls answered, the share resolved on first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (CSAT 4-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the cases with a satisfaction score, the share scoring 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received in the period marked as complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social posts published in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks on cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the active accounts&apos; weeks in the period, the share whose posts met the account&apos;s target (published, or planned and not cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts&apos; monthly reach for the period&apos;s months, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts&apos; monthly interactions for the period&apos;s months, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} ({first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period; give a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}{value} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
