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
        <source>the review meeting the decisions were taken at, whose action items they become (default: the period&apos;s record of decisions, which is not a meeting held and asks for no minutes)</source>
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
        <source>{name}: {value} ({previous}: {before}; {change}, {trend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} ({previous}: {before})</source>
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
        <source>Action item #{id}, recorded before: {text} ({owner}, by {deadline})</source>
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
        <source>an anonymous survey: no name, e-mail, phone, IP, respondent ID, answering time or place is stored</source>
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
        <source>managers&apos; interviews (EV-3): add, edit, list</source>
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
        <source>correct an interview; what you leave out stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interview&apos;s number (see &apos;interview list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version you read (&apos;interview list --json&apos;); refused if someone saved it since</source>
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
        <source>the interviews as JSON</source>
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
        <source>the sessions, who was marked, and who came to none</source>
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
    <message numerus="yes">
        <source>%n question(s) skipped by the respondent: read as no answer.</source>
        <translation>
            <numerusform>%n question skipped by the respondent: read as no answer.</numerusform>
            <numerusform>%n questions skipped by the respondent: read as no answer.</numerusform>
        </translation>
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
        <source>Interview #{id} on {day} with {role}: {themes} (version {version})</source>
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
    <message>
        <source>Not at any session ({n}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone was at a session.</source>
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
        <source>Actions closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the sent messages whose follow-up date falls in the period and has passed, the share whose follow-up is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the meetings held whose minutes are due by now (or out already), the share whose minutes were distributed by the end of the working day the meeting ended (the working calendar&apos;s hours and holidays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the action items due in the period whose deadline has passed or that are done (not cancelled), the share marked done whose last change was on or before their deadline day.</source>
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
        <source>Of the active accounts&apos; weeks in the period (from each account&apos;s first post), the share whose posts met the account&apos;s target (published, or planned and not cancelled).</source>
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
        <source>Each decision is an action item in the action tracker.</source>
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
        <source>Present / marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
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
        <extracomment>the headers a field is found under, compared without case what follows a company&apos;s own name: its legal form, longest first (compared without case) what may come before a Chinese company&apos;s own name: where it is registered the shortest short name: two Chinese characters (华信), or one Latin word of three letters</extracomment>
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
        <source>Evaluation review {period}: record of decisions</source>
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
        <source>The decisions of the evaluation {period} (EV-8), recorded with its report without naming the review meeting they were taken at. This entry has no time: it is not a meeting held, no minutes are due for it, and the evaluation does not count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision needs a text and an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}); save the file again as CSV.</source>
        <extracomment>identifying columns: (what it is, words found in Chinese headers, whole words in other headers) what still asks who answered inside a whole question (&quot;5、请留下您的手机号码以便回访&quot;); a question that merely mentions e-mail, the phone or WeChat (&quot;您每天处理多少封邮件？&quot;, &quot;How much time do you spend on e-mail?&quot;) is a question. The words above identify a column only in a short label. a label, not a question: at most this many Chinese characters or words once &quot;1、&quot;, &quot;您的&quot;, &quot;Your&quot; and the closing colon are left off the traces a survey tool keeps of each answering, by what they tell: (what, headers). A header is compared as ``_plain`` writes it: without case, bracketed notes (&quot;(UTC)&quot;, &quot;（省）&quot;), punctuation or spaces, &quot;StartDate&quot; split into words; so &quot;Start Date (UTC)&quot; is &quot;start date&quot; and &quot;地理位置（省）&quot; is &quot;地理位置&quot;. the tools&apos; own columns that say nothing of who answered, compared as ``_plain`` writes them SurveyMonkey&apos;s second header row names each column&apos;s kind of answer under the question what the tools write in a question the respondent skipped (问卷星: &quot;(跳过)&quot; by skip logic, &quot;(空)&quot; for an empty text; -3 and -2 in its numeric export), compared without case or spaces satisfaction and agreement words on a 1-5 scale</extracomment>
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
        <source>{name} is an old Excel workbook (.xls); open it in Excel and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
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
        <source>There is no interview #{id}; list them with &apos;evaluation interview list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee (role)</source>
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
    <message>
        <source>The folder {folder} does not exist or cannot be written; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions were recorded as action items {ids} of the meeting “{topic}”, but the PDF could not be written: {error}. Choose another folder and make the report again: it lists them and does not record them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not made, nothing was recorded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was recorded and no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the evaluation report {period}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation report {period} was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} action items made ({ids}) under the meeting “{topic}”: see {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded with an earlier report of the period, so not made twice: action items {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel came after the decisions were recorded, so the PDF listing them was made all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <extracomment>the columns of the columns table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey “{title}” ({period}) imported: {responses} responses to {questions} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored, as the survey is anonymous: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}.</source>
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
        <source>&amp;Report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation report of the period as PDF, with the decisions taken on it (EV-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff survey from a survey tool&apos;s CSV or Excel export (EV-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers&apos; interviews and their themes (EV-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training plan: sessions and who attended (EV-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey and its questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
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
        <source>S&amp;urveys of the period:</source>
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
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{satisfied} of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey ends in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the evaluation report {period}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationReportDialog</name>
    <message>
        <source>What was decided, e.g. a monthly internal newsletter</source>
        <extracomment>how long after the period a review meeting may be chosen from (it is held once the period ended) a new decision&apos;s deadline, from today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of decision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of decision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation report {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for {period}: every figure beside the previous period&apos;s, what people said, the crises and the decisions below. Each decision becomes an action item in the action tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
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
        <source>No decision yet: the report says none was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting: the record of decisions of {period} (not a meeting held, no minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;meeting of the action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the decisions you entered? Nothing was recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {n} has no text: write what was decided, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {n} has no owner: choose who sees to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evaluation report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is enough, e.g. Head of Sales; no name is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes already used (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other themes, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the office will do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes &amp;used before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewee (role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;llow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the copy kept on this computer ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this interview is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of what you typed is kept on this computer ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview was not saved; what you typed is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsDialog</name>
    <message>
        <source>Interviews (EV-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the chosen interview (also a double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews in {period}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews in {period} naming this theme: {shown} of {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing typed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections of the interview “{label}” were not saved (copy from {time}). Recover them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover an unsaved interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview “{label}” was not saved (copy from {time}). Recover it now?</source>
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
        <source>Discard the unsaved interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved copy of “{label}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>2026Q4, 2026-11, 2026H2 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import a survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey tool&apos;s export: CSV (UTF-8 or GB18030) or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026H2, 2026Q4 or 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey is counted in the periods that hold the last day of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Internal communication survey 2026 H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 问卷星 or Microsoft Forms; its column mapping is kept for its next export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymous: keep no name, e-mail, phone, IP, ID, answering time or place of anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod asked about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey t&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a column to import it as a question, untick it to leave it out; F2 changes the question&apos;s text. Identifying columns are never read as questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns and the questions they become:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file: its columns are shown here before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows that cannot be read (nothing is imported until they are fixed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}: choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the response (named survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: it says who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question, scale 1-{top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question, text answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({encoding}): {responses} responses to {questions} questions; {blank} blank rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: these columns are not stored: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped by the respondent: read as no answer.</source>
        <translation>
            <numerusform>%n question skipped by the respondent: read as no answer.</numerusform>
            <numerusform>%n questions skipped by the respondent: read as no answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} rows cannot be read: nothing is imported until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training plan (EV-4)</source>
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
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at any session in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (ticked: present; Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked people are recorded present; people unticked who were present, absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark chosen a&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected and did not come: choose them in the list (Ctrl+click for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peop&amp;le (ticked: present):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone was at a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at any session in this period: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session first; then tick the people who came and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Handling press interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save atte&amp;ndance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} of {expected} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in {period}: {n}; {present} of {expected} people expected attended ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {day} {topic} — {present} of {expected} present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks changed and not saved yet: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved at other sessions: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “{topic}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded present at “{topic}”: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded absent at “{topic}”: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the training plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed or ticked is not recorded yet. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
