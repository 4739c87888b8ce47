<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
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
        <source>evaluation (EV-1 to EV-8): figures, report, import-coverage, survey-import, surveys, interview, training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation report as PDF, its decisions recorded as action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision: its text, its owner (name or e-mail) and deadline (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file of decisions, one text;owner;deadline a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review meeting the action items belong to (default: one made for the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import stories from a media-monitoring CSV export (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file (UTF-8 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a field (day, outlet, headline, url, outlet_kind, tone, reach, subject, journalist) from this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation {period}, compared with {previous} (times in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as UTF-8 text; choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item #{id}: {text} ({owner}, by {deadline})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not FIELD=HEADER (e.g. outlet=媒体).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} stories from {name} ({encoding}): {ours} about the organisation, {theirs} about competitors; {blank} blank rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a staff survey&apos;s answers from a survey tool&apos;s CSV or xlsx export (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV (UTF-8 or GB18030) or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period the survey asked about (2026H2, 2026Q4, 2026-11; default: this quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anonymous survey: no name, e-mail, phone or IP column is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey tool (e.g. 问卷星); its mapping is kept for its next export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a column as this question (&apos;-&apos; leaves the column out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surveys with each question&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the surveys ending in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surveys as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers&apos; interviews (EV-3): add, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an interview with its themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom you interviewed: a role is enough (e.g. 部门经理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the themes, separated by commas (e.g. 跨部门沟通,信息获取)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interviews, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the interviews of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training (EV-4): add, attend, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record who attended a session (or was expected and absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they were expected but did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training sessions with their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the sessions of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a day; write it as 2026-11-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not COLUMN=QUESTION (e.g. Q1=渠道满意度, or Q9=-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey #{id} &apos;{title}&apos; ({period}): {responses} responses to {questions} questions from {name} ({encoding}); {blank} blank rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: these identifying columns were not stored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {title} ({period}, {how}): {count} responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: average {mean} of {top}, {satisfied} of {answered} satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {answered} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview #{id} on {day} with {role}: {themes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session #{id} on {day}: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session #{id} {topic}: {present} of {expected} attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {day} {topic} ({trainer}): {present} of {expected} attended</source>
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
        <source>What people say</source>
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
        <source>Staff surveys imported (those whose period ends in this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers&apos; interviews recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions and their attendance</source>
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
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses to the staff surveys whose period ends in this period (blank rows left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of every scale answer of those surveys, a 1-10 scale brought to 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the scale answers of those surveys, the share in the top two steps (4-5 of 5, 8-10 of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers&apos; interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews held in the period (their day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication training sessions held in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the people expected at the period&apos;s sessions, the share who attended.</source>
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
    <message>
        <source>&apos;{value}&apos; is not a decision; write it as text;owner;deadline (2027-01-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication figures from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure is counted from commdesk&apos;s records of the period; &apos;no records&apos; means its source holds nothing for the period, which is not the same as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories by outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by outlet kind (MD-6, EV-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets with the most stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story about the organisation in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of voice (EV-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story about a named competitor was logged in the period: no share of voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (EV-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each decision is an action item of the meeting &apos;{topic}&apos; in the action tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
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
        <source>No decision was recorded with this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each figure counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues and crises (EV-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue or crisis was opened or closed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue or crisis</source>
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
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-crisis review is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people say (EV-1, EV-3, EV-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff surveys (EV-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff survey ends in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({period}, {anonymous}): {count} responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers&apos; interviews: themes named (EV-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview was recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (EV-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training session was held in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; export the stories with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos; (mapped to {field}); check the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for: {fields}; map them to the file&apos;s headers ({headers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &apos;{value}&apos; is not a day (write 2026-11-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone &apos;{value}&apos; is not positive, neutral or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlet kind &apos;{value}&apos; is not one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reach &apos;{value}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problems}.</source>
        <extracomment>the headers a field is found under, compared without case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no story; export some rows with the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; fix these lines and import the file again:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export a shorter stretch of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read; choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the evaluation&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation review {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the strategy and the channel mix from the evaluation (EV-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting {id} to record the decisions on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision of the evaluation {period} (EV-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision needs a text and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}); save the file again as CSV.</source>
        <extracomment>identifying columns: (what it is, words found in Chinese headers, whole words in other headers) the tools&apos; own columns, compared without case satisfaction and agreement words on a 1-5 scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook ({reason}); save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; export the answers with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos; (in the mapping); the columns are: {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no question column (only: {headers}); map a column to a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {count} cells but the header has {width}; put answers with commas in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in &apos;{question}&apos; is not on its 1-{top} scale (write a number or a word such as 满意, or leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no answer; export the responses with the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what people say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom you interviewed (a role is enough, e.g. 部门经理).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one theme (e.g. 跨部门沟通, 信息获取).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the training a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training session #{id}; list them with &apos;evaluation training list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export the survey&apos;s answers only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>Procedure version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department implementation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly procedure review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPane</name>
    <message>
        <source>Quarter</source>
        <extracomment>the tables the figures are counted from: a commit to any of them counts the period again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026Q4, 2026-11, 2026H2 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures counts the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}, compared with {previous}; counted at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
