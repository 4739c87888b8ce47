<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>every figure of the KPI catalogue for a period, with the period before</source>
        <translation>某一期间 KPI 目录中的全部指标，并与上一期间对比</translation>
    </message>
    <message>
        <source>the review meeting the decisions were taken at, whose action items they become (default: the period's record of decisions, which is not a meeting held and asks for no minutes)</source>
        <translation>作出这些决定的评估会议，决定即成为该会议的待办事项（默认：记入该期间的决定记录；决定记录不算已召开的会议，也不要求会议纪要）</translation>
    </message>
    <message>
        <source>a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026)</source>
        <translation>月（2026-11）、季度（2026Q4）、半年（2026H2）或年（2026）</translation>
    </message>
    <message>
        <source>the figures as JSON</source>
        <translation>以 JSON 输出指标</translation>
    </message>
    <message>
        <source>evaluation (EV-1 to EV-8): figures, report, import-coverage, survey-import, surveys, interview, training</source>
        <translation>评估（EV-1 至 EV-8）：figures 指标、report 报告、import-coverage 导入报道、survey-import 导入问卷、surveys 问卷列表、interview 访谈、training 培训</translation>
    </message>
    <message>
        <source>the evaluation report as PDF, its decisions recorded as action items</source>
        <translation>生成评估报告 PDF，并将其中的决定记为待办事项</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>a decision: its text, its owner (name or e-mail) and deadline (YYYY-MM-DD)</source>
        <translation>一项决定：内容、负责人（姓名或电子邮箱）和截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a text file of decisions, one text;owner;deadline a line</source>
        <translation>决定清单文本文件，每行一项：内容;负责人;截止日期</translation>
    </message>
    <message>
        <source>import stories from a media-monitoring CSV export (all or nothing)</source>
        <translation>从舆情监测服务导出的 CSV 导入报道（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8 or GB18030)</source>
        <translation>CSV 文件（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>read a field (day, outlet, headline, url, outlet_kind, tone, reach, subject, journalist) from this column</source>
        <translation>指定字段（day、outlet、headline、url、outlet_kind、tone、reach、subject、journalist）读取的列</translation>
    </message>
    <message>
        <source>Evaluation {period}, compared with {previous} (times in {zone})</source>
        <translation>评估 {period}，与 {previous} 对比（时间按 {zone}）</translation>
    </message>
    <message>
        <source>{name}: {value} ({previous}: {before}; {change}, {trend})</source>
        <translation>{name}：{value}（{previous}：{before}；{change}，{trend}）</translation>
    </message>
    <message>
        <source>{name}: {value} ({previous}: {before})</source>
        <translation>{name}：{value}（{previous}：{before}）</translation>
    </message>
    <message>
        <source>{name} cannot be read as UTF-8 text; choose the file again.</source>
        <translation>无法以 UTF-8 文本读取 {name}；请重新选择文件。</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Action item #{id}: {text} ({owner}, by {deadline})</source>
        <translation>待办事项 #{id}：{text}（{owner}，{deadline} 前完成）</translation>
    </message>
    <message>
        <source>Action item #{id}, recorded before: {text} ({owner}, by {deadline})</source>
        <translation>待办事项 #{id}（此前已记录）：{text}（{owner}，{deadline} 前完成）</translation>
    </message>
    <message>
        <source>'{value}' is not FIELD=HEADER (e.g. outlet=媒体).</source>
        <translation>“{value}”不是 字段=列名 的格式（例如 outlet=媒体）。</translation>
    </message>
    <message>
        <source>Imported {count} stories from {name} ({encoding}): {ours} about the organisation, {theirs} about competitors; {blank} blank rows skipped.</source>
        <translation>已从 {name}（{encoding}）导入 {count} 篇报道：关于本单位 {ours} 篇，关于竞争对手 {theirs} 篇；跳过空行 {blank} 行。</translation>
    </message>
    <message>
        <source>import a staff survey's answers from a survey tool's CSV or xlsx export (all or nothing)</source>
        <translation>从问卷工具导出的 CSV 或 xlsx 文件导入员工调查答卷（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>the CSV (UTF-8 or GB18030) or .xlsx file</source>
        <translation>CSV 文件（UTF-8 或 GB18030）或 .xlsx 文件</translation>
    </message>
    <message>
        <source>the survey's title</source>
        <translation>调查标题</translation>
    </message>
    <message>
        <source>the period the survey asked about (2026H2, 2026Q4, 2026-11; default: this quarter)</source>
        <translation>调查所针对的期间（2026H2、2026Q4、2026-11；默认：本季度）</translation>
    </message>
    <message>
        <source>an anonymous survey: no name, e-mail, phone, IP, respondent ID, answering time or place is stored</source>
        <translation>匿名调查：不保存姓名、电子邮箱、电话、IP、答卷编号、答题时间或地点</translation>
    </message>
    <message>
        <source>the survey tool (e.g. 问卷星); its mapping is kept for its next export</source>
        <translation>问卷工具（如问卷星）；其列映射会保存，供下次导出时使用</translation>
    </message>
    <message>
        <source>read a column as this question ('-' leaves the column out)</source>
        <translation>将某列作为此题读取（“-”表示忽略该列）</translation>
    </message>
    <message>
        <source>the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>the surveys with each question's result</source>
        <translation>列出调查及每道题的结果</translation>
    </message>
    <message>
        <source>only the surveys ending in this period</source>
        <translation>仅列出在此期间结束的调查</translation>
    </message>
    <message>
        <source>the surveys as JSON</source>
        <translation>以 JSON 输出调查</translation>
    </message>
    <message>
        <source>managers' interviews (EV-3): add, edit, list</source>
        <translation>管理人员访谈（EV-3）：add 新增、edit 修改、list 列出</translation>
    </message>
    <message>
        <source>record an interview with its themes</source>
        <translation>记录一次访谈及其主题</translation>
    </message>
    <message>
        <source>the day of the interview</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <source>whom you interviewed: a role is enough (e.g. 部门经理)</source>
        <translation>访谈对象：写明职务即可（如部门经理）</translation>
    </message>
    <message>
        <source>the themes, separated by commas (e.g. 跨部门沟通,信息获取)</source>
        <translation>主题，用逗号分隔（如 跨部门沟通,信息获取）</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>访谈内容</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>后续跟进事项</translation>
    </message>
    <message>
        <source>correct an interview; what you leave out stays as it is</source>
        <translation>修改一次访谈；未给出的内容保持不变</translation>
    </message>
    <message>
        <source>the interview's number (see 'interview list')</source>
        <translation>访谈编号（见“interview list”）</translation>
    </message>
    <message>
        <source>the version you read ('interview list --json'); refused if someone saved it since</source>
        <translation>您读取时的版本（见“interview list --json”）；如有他人在此后保存过，则拒绝修改</translation>
    </message>
    <message>
        <source>the interviews, newest first</source>
        <translation>访谈列表，最新的在前</translation>
    </message>
    <message>
        <source>only the interviews of this period</source>
        <translation>仅列出此期间的访谈</translation>
    </message>
    <message>
        <source>the interviews as JSON</source>
        <translation>以 JSON 输出访谈</translation>
    </message>
    <message>
        <source>training (EV-4): add, attend, list</source>
        <translation>培训（EV-4）：add 新增、attend 记录出勤、list 列表</translation>
    </message>
    <message>
        <source>record a training session</source>
        <translation>记录一场培训</translation>
    </message>
    <message>
        <source>the day of the session</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>what it taught</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>who gave it</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>record who attended a session (or was expected and absent)</source>
        <translation>记录培训出勤（或应到未到）</translation>
    </message>
    <message>
        <source>the session's number</source>
        <translation>培训场次编号</translation>
    </message>
    <message>
        <source>the people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>they were expected but did not attend</source>
        <translation>应到但未出席</translation>
    </message>
    <message>
        <source>the training sessions with their attendance</source>
        <translation>列出培训场次及出勤情况</translation>
    </message>
    <message>
        <source>only the sessions of this period</source>
        <translation>仅列出此期间的培训</translation>
    </message>
    <message>
        <source>the sessions, who was marked, and who came to none</source>
        <translation>各场培训、登记的出勤情况，以及一场都未参加的人员</translation>
    </message>
    <message>
        <source>'{value}' is not a day; write it as 2026-11-03.</source>
        <translation>“{value}”不是有效日期；请写成 2026-11-03。</translation>
    </message>
    <message>
        <source>'{value}' is not COLUMN=QUESTION (e.g. Q1=渠道满意度, or Q9=-).</source>
        <translation>“{value}”不是“列=题目”格式（如 Q1=渠道满意度，或 Q9=-）。</translation>
    </message>
    <message>
        <source>Survey #{id} '{title}' ({period}): {responses} responses to {questions} questions from {name} ({encoding}); {blank} blank rows skipped.</source>
        <translation>调查 #{id}“{title}”（{period}）：从 {name}（{encoding}）导入 {responses} 份答卷，共 {questions} 道题；跳过 {blank} 个空行。</translation>
    </message>
    <message>
        <source>Anonymous: these identifying columns were not stored: {columns}</source>
        <translation>匿名调查：以下可识别身份的列未保存：{columns}</translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}</source>
        <translation>未保存（仅保留姓名和邮箱）：{columns}</translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation>已忽略：{columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped by the respondent: read as no answer.</source>
        <translation>
            <numerusform>%n 处题目被填写人跳过：按未作答计。</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey.</source>
        <translation>暂无调查。</translation>
    </message>
    <message>
        <source>#{id} {title} ({period}, {how}): {count} responses</source>
        <translation>#{id} {title}（{period}，{how}）：{count} 份答卷</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>named</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>{question}: average {mean} of {top}, {satisfied} of {answered} satisfied</source>
        <translation>{question}：平均 {mean}（满分 {top}），{answered} 份中 {satisfied} 份满意</translation>
    </message>
    <message>
        <source>{question}: {answered} answers</source>
        <translation>{question}：{answered} 条回答</translation>
    </message>
    <message>
        <source>Interview #{id} on {day} with {role}: {themes}</source>
        <translation>访谈 #{id}，{day}，对象 {role}：{themes}</translation>
    </message>
    <message>
        <source>Interview #{id} on {day} with {role}: {themes} (version {version})</source>
        <translation>访谈 #{id}，{day}，对象 {role}：{themes}（第 {version} 版）</translation>
    </message>
    <message>
        <source>No interview.</source>
        <translation>暂无访谈。</translation>
    </message>
    <message>
        <source>Training session #{id} on {day}: {topic}</source>
        <translation>培训 #{id}，{day}：{topic}</translation>
    </message>
    <message>
        <source>Training session #{id} {topic}: {present} of {expected} attended</source>
        <translation>培训 #{id} {topic}：应到 {expected} 人，实到 {present} 人</translation>
    </message>
    <message>
        <source>No training session.</source>
        <translation>暂无培训。</translation>
    </message>
    <message>
        <source>#{id} {day} {topic} ({trainer}): {present} of {expected} attended</source>
        <translation>#{id} {day} {topic}（{trainer}）：应到 {expected} 人，实到 {present} 人</translation>
    </message>
    <message>
        <source>Not at any session ({n}): {names}</source>
        <translation>一场都未参加（{n} 人）：{names}</translation>
    </message>
    <message>
        <source>Everyone was at a session.</source>
        <translation>每人都至少参加了一场。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>篇/月</translation>
    </message>
    <message>
        <source>score 1-5</source>
        <translation>评分 1-5</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meetings and actions</source>
        <translation>会议与待办事项</translation>
    </message>
    <message>
        <source>Releases and coverage</source>
        <translation>新闻稿与媒体报道</translation>
    </message>
    <message>
        <source>Media inquiries</source>
        <translation>媒体问询</translation>
    </message>
    <message>
        <source>Cases desk</source>
        <translation>受理台</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>What people say</source>
        <translation>员工与管理者意见</translation>
    </message>
    <message>
        <source>Outbox (mail sent by commdesk)</source>
        <translation>发件箱（commdesk 发出的邮件）</translation>
    </message>
    <message>
        <source>Meetings, their minutes and action items</source>
        <translation>会议、会议纪要与待办事项</translation>
    </message>
    <message>
        <source>Press releases and their workflow steps</source>
        <translation>新闻稿及其流程步骤</translation>
    </message>
    <message>
        <source>Coverage log (with or without a release)</source>
        <translation>媒体报道记录（有无新闻稿均可）</translation>
    </message>
    <message>
        <source>Cases desk (cases received in the period)</source>
        <translation>受理台（本期间受理的案件）</translation>
    </message>
    <message>
        <source>Staff surveys imported (those whose period ends in this one)</source>
        <translation>已导入的员工调查（调查期间在本期结束的）</translation>
    </message>
    <message>
        <source>Managers' interviews recorded</source>
        <translation>已记录的管理者访谈</translation>
    </message>
    <message>
        <source>Training sessions and their attendance</source>
        <translation>培训场次及出勤</translation>
    </message>
    <message>
        <source>Publishing calendar: posts, cadence targets, monthly figures</source>
        <translation>发布日历：帖子、发布频率目标、月度数据</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>已发邮件</translation>
    </message>
    <message>
        <source>Messages the outbox sent in the period (sent time).</source>
        <translation>本期间发件箱发出的邮件（按发送时间）。</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成跟进</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>已召开会议</translation>
    </message>
    <message>
        <source>Meetings not cancelled that started in the period, before the report was made.</source>
        <translation>本期间内开始、未取消且在报告生成前已开始的会议。</translation>
    </message>
    <message>
        <source>Average meeting length</source>
        <translation>平均会议时长</translation>
    </message>
    <message>
        <source>The average planned length of the meetings held.</source>
        <translation>已召开会议的平均计划时长。</translation>
    </message>
    <message>
        <source>Minutes on time</source>
        <translation>会议纪要按时发出</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>待办事项按时完成</translation>
    </message>
    <message>
        <source>Of the sent messages whose follow-up date falls in the period and has passed, the share whose follow-up is marked done.</source>
        <translation>本期间内跟进日期已过的已发邮件中，跟进已标记完成的比例。</translation>
    </message>
    <message>
        <source>Of the meetings held whose minutes are due by now (or out already), the share whose minutes were distributed by the end of the working day the meeting ended (the working calendar's hours and holidays).</source>
        <translation>已召开且纪要现已到期（或已分发）的会议中，纪要在会议结束当个工作日下班前分发的比例（按工作日历的工作时间和节假日）。</translation>
    </message>
    <message>
        <source>Of the action items due in the period whose deadline has passed or that are done (not cancelled), the share marked done whose last change was on or before their deadline day.</source>
        <translation>本期间内到期、且截止日期已过或已完成的待办事项中（不含已取消），已标记完成且最后一次修改不晚于截止日的比例。</translation>
    </message>
    <message>
        <source>Releases per month</source>
        <translation>每月新闻稿数</translation>
    </message>
    <message>
        <source>Releases published in the period, divided by its months.</source>
        <translation>本期间发布的新闻稿数除以期间月数。</translation>
    </message>
    <message>
        <source>Review turnaround (median)</source>
        <translation>审核周转时间（中位数）</translation>
    </message>
    <message>
        <source>For each approval in the period, the hours since the release was last submitted for review; the median.</source>
        <translation>本期间每次批准距该新闻稿最近一次提交审核的小时数，取中位数。</translation>
    </message>
    <message>
        <source>Coverage about us</source>
        <translation>关于本单位的报道</translation>
    </message>
    <message>
        <source>Stories about the organisation that appeared in the period (not competitors').</source>
        <translation>本期间刊出的关于本单位的报道（不含竞争对手）。</translation>
    </message>
    <message>
        <source>Coverage reach</source>
        <translation>报道覆盖人数</translation>
    </message>
    <message>
        <source>The reach of the stories about the organisation, added up.</source>
        <translation>关于本单位的报道的覆盖人数合计。</translation>
    </message>
    <message>
        <source>Positive tone</source>
        <translation>正面报道</translation>
    </message>
    <message>
        <source>Of the stories about the organisation, the share with a positive tone.</source>
        <translation>关于本单位的报道中，正面报道的比例。</translation>
    </message>
    <message>
        <source>Negative tone</source>
        <translation>负面报道</translation>
    </message>
    <message>
        <source>Of the stories about the organisation, the share with a negative tone.</source>
        <translation>关于本单位的报道中，负面报道的比例。</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>声量份额</translation>
    </message>
    <message>
        <source>Stories about the organisation out of all logged stories about it and the named competitors.</source>
        <translation>关于本单位的报道占本单位及所列竞争对手全部已记录报道的比例。</translation>
    </message>
    <message>
        <source>Media inquiries received in the period.</source>
        <translation>本期间收到的媒体问询。</translation>
    </message>
    <message>
        <source>Inquiry response time (median)</source>
        <translation>问询响应时间（中位数）</translation>
    </message>
    <message>
        <source>Hours from an inquiry's arrival to its first answer, over the answered inquiries; the median.</source>
        <translation>已答复的问询从收到到首次答复的小时数，取中位数。</translation>
    </message>
    <message>
        <source>Inquiries answered by the deadline</source>
        <translation>按期答复的问询</translation>
    </message>
    <message>
        <source>Of the inquiries whose first-answer clock is decided, the share answered by its due time.</source>
        <translation>首次答复时限已有结果的问询中，在时限内答复的比例。</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Cases of every channel received in the period.</source>
        <translation>本期间各渠道受理的案件。</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>首次响应及时</translation>
    </message>
    <message>
        <source>Of the decided first-response clocks, the share stopped by their due time.</source>
        <translation>已有结果的首次响应时限中，在到期前完成的比例。</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Of the decided resolution clocks, the share stopped by their due time.</source>
        <translation>已有结果的办结时限中，在到期前完成的比例。</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次接触解决率</translation>
    </message>
    <message>
        <source>Of the calls answered, the share resolved on first contact.</source>
        <translation>已接听的来电中，首次接触即解决的比例。</translation>
    </message>
    <message>
        <source>Satisfied (CSAT 4-5)</source>
        <translation>满意（满意度 4-5 分）</translation>
    </message>
    <message>
        <source>Of the cases with a satisfaction score, the share scoring 4 or 5.</source>
        <translation>有满意度评分的案件中，评 4 分或 5 分的比例。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Cases received in the period marked as complaints.</source>
        <translation>本期间受理并标记为投诉的案件。</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>已发布帖子</translation>
    </message>
    <message>
        <source>Social posts published in the period.</source>
        <translation>本期间发布的社交媒体帖子。</translation>
    </message>
    <message>
        <source>Weeks on cadence</source>
        <translation>达到发布频率的周</translation>
    </message>
    <message>
        <source>Of the active accounts' weeks in the period (from each account's first post), the share whose posts met the account's target (published, or planned and not cancelled).</source>
        <translation>本期间各活跃账号的周（自该账号第一条帖子所在周起算）中，帖子数达到账号目标的比例（已发布，或已计划且未取消）。</translation>
    </message>
    <message>
        <source>Social reach</source>
        <translation>社交媒体覆盖人数</translation>
    </message>
    <message>
        <source>The accounts' monthly reach for the period's months, added up.</source>
        <translation>各账号在本期间各月的覆盖人数合计。</translation>
    </message>
    <message>
        <source>Social interactions</source>
        <translation>社交媒体互动数</translation>
    </message>
    <message>
        <source>The accounts' monthly interactions for the period's months, added up.</source>
        <translation>各账号在本期间各月的互动数合计。</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷数</translation>
    </message>
    <message>
        <source>Responses to the staff surveys whose period ends in this period (blank rows left out).</source>
        <translation>调查期间在本期结束的员工调查的答卷数（不含空行）。</translation>
    </message>
    <message>
        <source>Survey average score</source>
        <translation>调查平均分</translation>
    </message>
    <message>
        <source>The average of every scale answer of those surveys, a 1-10 scale brought to 1-5.</source>
        <translation>这些调查中所有量表题答案的平均分，1-10 分量表折算为 1-5 分。</translation>
    </message>
    <message>
        <source>Survey answers satisfied</source>
        <translation>调查满意率</translation>
    </message>
    <message>
        <source>Of the scale answers of those surveys, the share in the top two steps (4-5 of 5, 8-10 of 10).</source>
        <translation>这些调查的量表题答案中，落在最高两档的比例（5 分制为 4-5 分，10 分制为 8-10 分）。</translation>
    </message>
    <message>
        <source>Managers' interviews</source>
        <translation>管理者访谈</translation>
    </message>
    <message>
        <source>Interviews held in the period (their day).</source>
        <translation>本期内进行的访谈（按访谈日期）。</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Communication training sessions held in the period.</source>
        <translation>本期内举办的沟通培训场次。</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训出勤率</translation>
    </message>
    <message>
        <source>Of the people expected at the period's sessions, the share who attended.</source>
        <translation>本期培训应到人员中实际出席的比例。</translation>
    </message>
    <message>
        <source>{code} ({first} to {last})</source>
        <translation>{code}（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>'{value}' is not a period; give a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026).</source>
        <translation>“{value}”不是有效期间；请填写月（2026-11）、季度（2026Q4）、半年（2026H2）或年（2026）。</translation>
    </message>
    <message>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>{sign}{value} points</source>
        <translation>{sign}{value} 个百分点</translation>
    </message>
    <message>
        <source>'{value}' is not a decision; write it as text;owner;deadline (2027-01-31).</source>
        <translation>“{value}”不是有效的决定；请写成 内容;负责人;截止日期（2027-01-31）。</translation>
    </message>
    <message>
        <source>The deadline '{value}' is not a date; write it as YYYY-MM-DD.</source>
        <translation>截止日期“{value}”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>{group} (%)</source>
        <translation>{group}（%）</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Evaluation {period}</source>
        <translation>评估 {period}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Communication figures from the records</source>
        <translation>基于记录的沟通工作指标</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比期间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>Every figure is counted from commdesk's records of the period; 'no records' means its source holds nothing for the period, which is not the same as 0.</source>
        <translation>每项指标均根据 commdesk 在该期间的记录统计；“无记录”表示该来源在该期间没有任何记录，与 0 不同。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Stories by outlet kind</source>
        <translation>按媒体类型统计的报道</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Coverage by outlet kind (MD-6, EV-7)</source>
        <translation>按媒体类型统计的报道（MD-6、EV-7）</translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>报道数</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Outlets with the most stories</source>
        <translation>报道最多的媒体</translation>
    </message>
    <message>
        <source>No story about the organisation in the period.</source>
        <translation>本期间没有关于本单位的报道。</translation>
    </message>
    <message>
        <source>Share of voice (EV-6)</source>
        <translation>声量份额（EV-6）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>报道对象</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>No story about a named competitor was logged in the period: no share of voice.</source>
        <translation>本期间未记录关于所列竞争对手的报道，无法计算声量份额。</translation>
    </message>
    <message>
        <source>Decisions (EV-8)</source>
        <translation>决定（EV-8）</translation>
    </message>
    <message>
        <source>Each decision is an action item of the meeting '{topic}' in the action tracker.</source>
        <translation>每项决定都是待办事项跟踪中会议“{topic}”的一项待办事项。</translation>
    </message>
    <message>
        <source>Each decision is an action item in the action tracker.</source>
        <translation>每项决定都是待办事项跟踪中的一项待办事项。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No decision was recorded with this report.</source>
        <translation>本报告未记录任何决定。</translation>
    </message>
    <message>
        <source>What each figure counts</source>
        <translation>各项指标的统计口径</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Issues and crises (EV-7)</source>
        <translation>议题与危机（EV-7）</translation>
    </message>
    <message>
        <source>No issue or crisis was opened or closed in the period.</source>
        <translation>本期间没有开启或关闭的议题或危机。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Issue or crisis</source>
        <translation>议题或危机</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{title} (drill)</source>
        <translation>{title}（演练）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>The post-crisis review is not recorded yet.</source>
        <translation>尚未记录危机后复盘。</translation>
    </message>
    <message>
        <source>What people say (EV-1, EV-3, EV-4)</source>
        <translation>员工与管理者意见（EV-1、EV-3、EV-4）</translation>
    </message>
    <message>
        <source>Staff surveys (EV-1)</source>
        <translation>员工调查（EV-1）</translation>
    </message>
    <message>
        <source>No staff survey ends in the period.</source>
        <translation>本期没有结束的员工调查。</translation>
    </message>
    <message>
        <source>{title} ({period}, {anonymous}): {count} responses.</source>
        <translation>{title}（{period}，{anonymous}）：{count} 份答卷。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>named</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Answers by score</source>
        <translation>各分值回答数</translation>
    </message>
    <message>
        <source>text answers</source>
        <translation>文字回答</translation>
    </message>
    <message>
        <source>Managers' interviews: themes named (EV-3)</source>
        <translation>管理者访谈：提及的主题（EV-3）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈数</translation>
    </message>
    <message>
        <source>No interview was recorded in the period.</source>
        <translation>本期没有记录访谈。</translation>
    </message>
    <message>
        <source>Training (EV-4)</source>
        <translation>培训（EV-4）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Present / marked</source>
        <translation>出席 / 已登记</translation>
    </message>
    <message>
        <source>attendance not recorded</source>
        <translation>未登记出勤</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部场次</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 场</numerusform>
        </translation>
    </message>
    <message>
        <source>No training session was held in the period.</source>
        <translation>本期没有举办培训。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>调性</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>outlet kind</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>The file is empty; export the stories with a header row.</source>
        <translation>文件为空；请导出带表头行的报道。</translation>
    </message>
    <message>
        <source>The file has no column '{column}' (mapped to {field}); check the mapping.</source>
        <translation>文件中没有列“{column}”（对应 {field}）；请检查列映射。</translation>
    </message>
    <message>
        <source>The file has no column for: {fields}; map them to the file's headers ({headers}).</source>
        <translation>文件中缺少以下字段的列：{fields}；请将其映射到文件的列名（{headers}）。</translation>
    </message>
    <message>
        <source>the date '{value}' is not a day (write 2026-11-03)</source>
        <translation>日期“{value}”不是有效日期（请写成 2026-11-03）</translation>
    </message>
    <message>
        <source>the outlet is empty</source>
        <translation>媒体为空</translation>
    </message>
    <message>
        <source>the tone '{value}' is not positive, neutral or negative</source>
        <translation>调性“{value}”不是正面、中性或负面</translation>
    </message>
    <message>
        <source>the outlet kind '{value}' is not one of: {kinds}</source>
        <translation>媒体类型“{value}”不在以下范围内：{kinds}</translation>
    </message>
    <message>
        <source>the reach '{value}' is not a whole number</source>
        <translation>覆盖人数“{value}”不是整数</translation>
    </message>
    <message>
        <source>the link must start with http:// or https://</source>
        <translation>链接须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Line {line}: {problems}.</source>
        <extracomment>the headers a field is found under, compared without case what follows a company's own name: its legal form, longest first (compared without case) what may come before a Chinese company's own name: where it is registered the shortest short name: two Chinese characters (华信), or one Latin word of three letters</extracomment>
        <translation>第 {line} 行：{problems}。</translation>
    </message>
    <message>
        <source>The file holds no story; export some rows with the header.</source>
        <translation>文件中没有报道；请导出带表头的数据行。</translation>
    </message>
    <message>
        <source>log coverage</source>
        <translation>记录媒体报道</translation>
    </message>
    <message>
        <source>Nothing was imported; fix these lines and import the file again:
{lines}</source>
        <translation>未导入任何内容；请修正以下各行后重新导入：
{lines}</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export a shorter stretch of time.</source>
        <translation>{name} 超过 20 MB；请导出较短时间段的数据。</translation>
    </message>
    <message>
        <source>{name} cannot be read; choose the file again.</source>
        <translation>无法读取 {name}；请重新选择文件。</translation>
    </message>
    <message>
        <source>record the evaluation's decisions</source>
        <translation>记录评估决定</translation>
    </message>
    <message>
        <source>Evaluation review {period}: record of decisions</source>
        <translation>评估会议 {period}：决定记录</translation>
    </message>
    <message>
        <source>There is no meeting {id} to record the decisions on.</source>
        <translation>没有可记录决定的会议 {id}。</translation>
    </message>
    <message>
        <source>Decision of the evaluation {period} (EV-8)</source>
        <translation>评估 {period} 的决定（EV-8）</translation>
    </message>
    <message>
        <source>The decisions of the evaluation {period} (EV-8), recorded with its report without naming the review meeting they were taken at. This entry has no time: it is not a meeting held, no minutes are due for it, and the evaluation does not count it.</source>
        <translation>{period} 评估的决定（EV-8），随评估报告记录，未指明作出决定的评估会议。本条目没有时间：不算已召开的会议，无需会议纪要，评估统计也不计入。</translation>
    </message>
    <message>
        <source>Every decision needs a text and an owner.</source>
        <translation>每项决定都需要内容和负责人。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}); save the file again as CSV.</source>
        <extracomment>identifying columns: (what it is, words found in Chinese headers, whole words in other headers) what still asks who answered inside a whole question ("5、请留下您的手机号码以便回访"); a question that merely mentions e-mail, the phone or WeChat ("您每天处理多少封邮件？", "How much time do you spend on e-mail?") is a question. The words above identify a column only in a short label. a label, not a question: at most this many Chinese characters or words once "1、", "您的", "Your" and the closing colon are left off the traces a survey tool keeps of each answering, by what they tell: (what, headers). A header is compared as ``_plain`` writes it: without case, bracketed notes ("(UTC)", "（省）"), punctuation or spaces, "StartDate" split into words; so "Start Date (UTC)" is "start date" and "地理位置（省）" is "地理位置". the tools' own columns that say nothing of who answered, compared as ``_plain`` writes them SurveyMonkey's second header row names each column's kind of answer under the question what the tools write in a question the respondent skipped (问卷星: "(跳过)" by skip logic, "(空)" for an empty text; -3 and -2 in its numeric export), compared without case or spaces satisfaction and agreement words on a 1-5 scale</extracomment>
        <translation>第 {line} 行无法按 CSV 读取（{reason}）；请重新另存为 CSV。</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook ({reason}); save it again as .xlsx.</source>
        <translation>{file} 不是可读取的 Excel 工作簿（{reason}）；请重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is empty; export the answers with a header row.</source>
        <translation>文件为空；请导出带表头行的答卷。</translation>
    </message>
    <message>
        <source>The file has no column '{column}' (in the mapping); the columns are: {headers}.</source>
        <translation>文件中没有映射里的列“{column}”；文件的列为：{headers}。</translation>
    </message>
    <message>
        <source>The file has no question column (only: {headers}); map a column to a question.</source>
        <translation>文件中没有题目列（只有：{headers}）；请把某列映射为题目。</translation>
    </message>
    <message>
        <source>it has {count} cells but the header has {width}; put answers with commas in quotes</source>
        <translation>该行有 {count} 个单元格，而表头只有 {width} 列；含逗号的回答请加引号</translation>
    </message>
    <message>
        <source>'{value}' in '{question}' is not on its 1-{top} scale (write a number or a word such as 满意, or leave it empty)</source>
        <translation>“{question}”中的“{value}”不在 1-{top} 分量表内（请填写数字或“满意”等选项，或留空）</translation>
    </message>
    <message>
        <source>The file holds no answer; export the responses with the header.</source>
        <translation>文件中没有任何回答；请连同表头导出答卷。</translation>
    </message>
    <message>
        <source>record what people say</source>
        <translation>记录员工与管理者意见</translation>
    </message>
    <message>
        <source>{name} is an old Excel workbook (.xls); open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{name} 是旧版 Excel 工作簿（.xls）；请用 Excel 打开，另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation>请填写调查标题。</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>Say whom you interviewed (a role is enough, e.g. 部门经理).</source>
        <translation>请写明访谈对象（写职务即可，如部门经理）。</translation>
    </message>
    <message>
        <source>Name at least one theme (e.g. 跨部门沟通, 信息获取).</source>
        <translation>请至少填写一个主题（如 跨部门沟通、信息获取）。</translation>
    </message>
    <message>
        <source>There is no interview #{id}; list them with 'evaluation interview list'.</source>
        <translation>没有编号为 #{id} 的访谈；可用“evaluation interview list”列出全部访谈。</translation>
    </message>
    <message>
        <source>Interviewee (role)</source>
        <translation>受访者职务</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Give the training a topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>请至少填写一位人员。</translation>
    </message>
    <message>
        <source>There is no training session #{id}; list them with 'evaluation training list'.</source>
        <translation>没有编号为 #{id} 的培训；可用“evaluation training list”查看。</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export the survey's answers only.</source>
        <translation>{name} 超过 20 MB；请只导出调查答卷。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or cannot be written; choose another one.</source>
        <translation>文件夹 {folder} 不存在或无法写入，请另选一个。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>The decisions were recorded as action items {ids} of the meeting “{topic}”, but the PDF could not be written: {error}. Choose another folder and make the report again: it lists them and does not record them twice.</source>
        <translation>决定已记为会议“{topic}”的待办事项 {ids}，但 PDF 未能写入：{error}。请另选文件夹后重新生成报告：报告会列出这些决定，且不会重复记录。</translation>
    </message>
    <message>
        <source>The report was not made, nothing was recorded: {error}</source>
        <translation>报告未生成，也未记录任何内容：{error}</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was recorded and no file was written.</source>
        <translation>报告已取消；未记录任何内容，也未写入文件。</translation>
    </message>
    <message>
        <source>Making the evaluation report {period}…</source>
        <translation>正在生成 {period} 评估报告…</translation>
    </message>
    <message>
        <source>The evaluation report {period} was saved as {path}.</source>
        <translation>{period} 评估报告已保存为 {path}。</translation>
    </message>
    <message>
        <source>{count} action items made ({ids}) under the meeting “{topic}”: see {where}.</source>
        <translation>已新建 {count} 项待办事项（{ids}），归入会议“{topic}”：见{where}。</translation>
    </message>
    <message>
        <source>Already recorded with an earlier report of the period, so not made twice: action items {ids}.</source>
        <translation>本期较早的报告已记录，不重复新建：待办事项 {ids}。</translation>
    </message>
    <message>
        <source>Cancel came after the decisions were recorded, so the PDF listing them was made all the same.</source>
        <translation>点击取消时决定已经记录，因此仍生成了列出这些决定的 PDF。</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <extracomment>the columns of the columns table</extracomment>
        <translation>问卷导出文件 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Survey “{title}” ({period}) imported: {responses} responses to {questions} questions.</source>
        <translation>问卷“{title}”（{period}）已导入：{questions} 道题，{responses} 份答卷。</translation>
    </message>
    <message>
        <source>Not stored, as the survey is anonymous: {columns}.</source>
        <translation>问卷为匿名，以下列未保存：{columns}。</translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}.</source>
        <translation>以下列未保存（只保留姓名和邮箱）：{columns}。</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>Procedure version</source>
        <translation>规程版本</translation>
    </message>
    <message>
        <source>Department implementation rules</source>
        <translation>部门实施细则</translation>
    </message>
    <message>
        <source>Procedure acknowledgement</source>
        <translation>规程阅读确认</translation>
    </message>
    <message>
        <source>Yearly procedure review</source>
        <translation>规程年度审视</translation>
    </message>
    <message>
        <source>Survey column mapping</source>
        <translation>问卷列对应关系</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>问卷答案</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训出勤</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired rules</source>
        <translation>废止的条款</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Top of the scale</source>
        <translation>量表最高分</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <source>Respondent's e-mail</source>
        <translation>答卷人邮箱</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewee's role</source>
        <translation>受访者职务</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>EvaluationPane</name>
    <message>
        <source>Quarter</source>
        <extracomment>the tables the figures are counted from: a commit to any of them counts the period again</extracomment>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>2026Q4, 2026-11, 2026H2 or 2026</source>
        <translation>2026Q4、2026-11、2026H2 或 2026</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>显示指标(&amp;S)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation>评估报告 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>The evaluation report of the period as PDF, with the decisions taken on it (EV-8).</source>
        <translation>生成本期评估报告 PDF，并记录据此作出的决定（EV-8）。</translation>
    </message>
    <message>
        <source>&amp;Import survey…</source>
        <translation>导入问卷(&amp;I)…</translation>
    </message>
    <message>
        <source>A staff survey from a survey tool's CSV or Excel export (EV-1).</source>
        <translation>从问卷工具导出的 CSV 或 Excel 文件导入员工问卷（EV-1）。</translation>
    </message>
    <message>
        <source>I&amp;nterviews…</source>
        <translation>访谈(&amp;N)…</translation>
    </message>
    <message>
        <source>Managers' interviews and their themes (EV-3).</source>
        <translation>管理人员访谈及其主题（EV-3）。</translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation>培训(&amp;T)…</translation>
    </message>
    <message>
        <source>The training plan: sessions and who attended (EV-4).</source>
        <translation>培训计划：各场培训及出席人员（EV-4）。</translation>
    </message>
    <message>
        <source>Survey and its questions</source>
        <translation>问卷及题目</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>S&amp;urveys of the period:</source>
        <translation>本期问卷(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Show figures counts the period.</source>
        <translation>点击“显示指标”统计该期间。</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计指标…</translation>
    </message>
    <message>
        <source>{period}, compared with {previous}; counted at {at}.</source>
        <translation>{period}，与 {previous} 对比；统计于 {at}。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>named</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>{mean} of {top}</source>
        <translation>{mean} / {top}</translation>
    </message>
    <message>
        <source>{satisfied} of {answered}</source>
        <translation>{satisfied} / {answered}</translation>
    </message>
    <message>
        <source>text answers</source>
        <translation>文字回答</translation>
    </message>
    <message>
        <source>No survey ends in this period.</source>
        <translation>本期没有结束的问卷。</translation>
    </message>
    <message>
        <source>Making the evaluation report {period}…</source>
        <translation>正在生成 {period} 评估报告…</translation>
    </message>
</context>
<context>
    <name>EvaluationReportDialog</name>
    <message>
        <source>What was decided, e.g. a monthly internal newsletter</source>
        <extracomment>how long after the period a review meeting may be chosen from (it is held once the period ended) a new decision's deadline, from today</extracomment>
        <translation>决定了什么，例如：每月发布一次内部通讯</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>选择负责人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Decision {n}</source>
        <translation>第 {n} 项决定</translation>
    </message>
    <message>
        <source>Owner of decision {n}</source>
        <translation>第 {n} 项决定的负责人</translation>
    </message>
    <message>
        <source>Deadline of decision {n}</source>
        <translation>第 {n} 项决定的截止日期</translation>
    </message>
    <message>
        <source>Remove decision {n}</source>
        <translation>删除第 {n} 项决定</translation>
    </message>
    <message>
        <source>Evaluation report {period}</source>
        <translation>{period} 评估报告</translation>
    </message>
    <message>
        <source>The report for {period}: every figure beside the previous period's, what people said, the crises and the decisions below. Each decision becomes an action item in the action tracker.</source>
        <translation>{period} 的报告：各项指标及上期对比、各方反馈、危机事件和下面的决定。每项决定都会成为“会议 › 待办事项”中的一项待办事项。</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>添加决定(&amp;A)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No decision yet: the report says none was recorded.</source>
        <translation>尚无决定：报告将注明未记录任何决定。</translation>
    </message>
    <message>
        <source>No meeting: the record of decisions of {period} (not a meeting held, no minutes)</source>
        <translation>不指定会议：记入 {period} 的决定记录（不算已召开的会议，无需纪要）</translation>
    </message>
    <message>
        <source>Review &amp;meeting of the action items:</source>
        <translation>待办事项所属的复盘会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Make the &amp;PDF…</source>
        <translation>生成 &amp;PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Throw away the decisions you entered? Nothing was recorded yet.</source>
        <translation>放弃已填写的决定吗？目前尚未记录任何内容。</translation>
    </message>
    <message>
        <source>Decision {n} has no text: write what was decided, or remove it.</source>
        <translation>第 {n} 项决定没有内容：请写明决定了什么，或删除这一项。</translation>
    </message>
    <message>
        <source>Decision {n} has no owner: choose who sees to it.</source>
        <translation>第 {n} 项决定没有负责人：请选择由谁负责。</translation>
    </message>
    <message>
        <source>Save the evaluation report as PDF</source>
        <translation>将评估报告保存为 PDF</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>新增访谈</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>修改访谈</translation>
    </message>
    <message>
        <source>A role is enough, e.g. Head of Sales; no name is kept</source>
        <translation>填写职务即可，如“部门经理”；不保存姓名</translation>
    </message>
    <message>
        <source>Themes already used (Space ticks)</source>
        <translation>已用过的主题（空格键勾选）</translation>
    </message>
    <message>
        <source>Other themes, separated by 、 or commas</source>
        <translation>其他主题，用顿号或逗号分隔</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>访谈内容</translation>
    </message>
    <message>
        <source>What the office will do about it</source>
        <translation>办公室将采取的跟进措施</translation>
    </message>
    <message>
        <source>Themes &amp;used before:</source>
        <translation>已用主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Interviewee (role):</source>
        <translation>受访者职务(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Other &amp;themes:</source>
        <translation>其他主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Fo&amp;llow-ups:</source>
        <translation>跟进事项(&amp;L)：</translation>
    </message>
    <message>
        <source>Continued from the copy kept on this computer ({time}).</source>
        <translation>已从本机保存的副本继续（{time}）。</translation>
    </message>
    <message>
        <source>Discard the interview?</source>
        <translation>放弃此访谈？</translation>
    </message>
    <message>
        <source>What you typed in this interview is not saved. Discard it?</source>
        <translation>此访谈中输入的内容尚未保存。确定放弃吗？</translation>
    </message>
    <message>
        <source>A copy of what you typed is kept on this computer ({time}).</source>
        <translation>输入的内容已在本机保存副本（{time}）。</translation>
    </message>
    <message>
        <source>The interview was not saved; what you typed is kept</source>
        <translation>访谈未保存，输入的内容仍保留</translation>
    </message>
</context>
<context>
    <name>InterviewsDialog</name>
    <message>
        <source>Interviews (EV-3)</source>
        <translation>访谈（EV-3）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add interview…</source>
        <translation>新增访谈(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>修改(&amp;D)…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewee (role)</source>
        <translation>受访者职务</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>The chosen interview</source>
        <translation>所选访谈</translation>
    </message>
    <message>
        <source>Correct the chosen interview (also a double-click)</source>
        <translation>修改选中的访谈（也可双击）</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>{theme} ({n})</source>
        <translation>{theme}（{n}）</translation>
    </message>
    <message>
        <source>Interviews in {period}: {n}.</source>
        <translation>{period}的访谈：{n} 次。</translation>
    </message>
    <message>
        <source>Interviews in {period} naming this theme: {shown} of {n}.</source>
        <translation>{period}涉及此主题的访谈：{n} 次中有 {shown} 次。</translation>
    </message>
    <message>
        <source>No interview in this period yet.</source>
        <translation>本期间尚无访谈。</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>主题：{themes}</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>跟进事项：</translation>
    </message>
    <message>
        <source>(nothing typed yet)</source>
        <translation>（尚未输入内容）</translation>
    </message>
    <message>
        <source>Your corrections of the interview “{label}” were not saved (copy from {time}). Recover them now?</source>
        <translation>您对访谈“{label}”的修改尚未保存（副本时间 {time}）。现在恢复吗？</translation>
    </message>
    <message>
        <source>Recover an unsaved interview</source>
        <translation>恢复未保存的访谈</translation>
    </message>
    <message>
        <source>The interview “{label}” was not saved (copy from {time}). Recover it now?</source>
        <translation>访谈“{label}”尚未保存（副本保存于 {time}）。现在恢复吗？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Discard the unsaved interview</source>
        <translation>放弃未保存的访谈</translation>
    </message>
    <message>
        <source>Delete the unsaved copy of “{label}” for good?</source>
        <translation>永久删除“{label}”的未保存副本吗？</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>2026Q4, 2026-11, 2026H2 or 2026</source>
        <translation>2026Q4、2026-11、2026H2 或 2026</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import a survey</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>A survey tool's export: CSV (UTF-8 or GB18030) or .xlsx</source>
        <translation>问卷工具的导出文件：CSV（UTF-8 或 GB18030）或 .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>2026H2, 2026Q4 or 2026-11</source>
        <translation>2026H2、2026Q4 或 2026-11</translation>
    </message>
    <message>
        <source>The survey is counted in the periods that hold the last day of this one.</source>
        <translation>问卷计入包含该期间最后一天的各个期间。</translation>
    </message>
    <message>
        <source>e.g. Internal communication survey 2026 H2</source>
        <translation>例如：2026 下半年内部沟通调查</translation>
    </message>
    <message>
        <source>e.g. 问卷星 or Microsoft Forms; its column mapping is kept for its next export</source>
        <translation>例如：问卷星、腾讯问卷；其列对应关系会保留，供下次导出时使用</translation>
    </message>
    <message>
        <source>A&amp;nonymous: keep no name, e-mail, phone, IP, ID, answering time or place of anyone</source>
        <translation>匿名(&amp;N)：不保存任何人的姓名、邮箱、电话、IP、编号、答题时间或地点</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;eriod asked about:</source>
        <translation>调查期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Survey t&amp;ool:</source>
        <translation>问卷工具(&amp;O)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>第一条回答</translation>
    </message>
    <message>
        <source>Read as question</source>
        <translation>读作题目</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>保存情况</translation>
    </message>
    <message>
        <source>Tick a column to import it as a question, untick it to leave it out; F2 changes the question's text. Identifying columns are never read as questions.</source>
        <translation>勾选一列即作为题目导入，取消勾选则不导入；按 F2 修改题目文字。可识别身份的列一律不作为题目读取。</translation>
    </message>
    <message>
        <source>&amp;Columns and the questions they become:</source>
        <translation>各列及对应的题目(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the file: its columns are shown here before anything is imported.</source>
        <translation>请选择文件：导入前先在此显示文件的各列。</translation>
    </message>
    <message>
        <source>&amp;Rows that cannot be read (nothing is imported until they are fixed):</source>
        <translation>无法读取的行（修正前不会导入任何内容）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>There is no file {path}: choose it with Browse.</source>
        <translation>找不到文件 {path}：请点“浏览”选择。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Kept with the response (named survey)</source>
        <translation>随答卷保存（实名问卷）</translation>
    </message>
    <message>
        <source>Not stored: it says who answered</source>
        <translation>不保存：可识别答卷人</translation>
    </message>
    <message>
        <source>Question, scale 1-{top}</source>
        <translation>题目，1-{top} 分制</translation>
    </message>
    <message>
        <source>Question, text answers</source>
        <translation>题目，文字回答</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>{name} ({encoding}): {responses} responses to {questions} questions; {blank} blank rows skipped.</source>
        <translation>{name}（{encoding}）：{questions} 道题，{responses} 份答卷；跳过空行 {blank} 行。</translation>
    </message>
    <message>
        <source>Anonymous: these columns are not stored: {columns}.</source>
        <translation>匿名：以下列不保存：{columns}。</translation>
    </message>
    <message>
        <source>Not stored (only the name and e-mail are kept): {columns}.</source>
        <translation>以下列不保存（只保留姓名和邮箱）：{columns}。</translation>
    </message>
    <message>
        <source>Left out: {columns}.</source>
        <translation>不导入：{columns}。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped by the respondent: read as no answer.</source>
        <translation>
            <numerusform>%n 处题目被填写人跳过：按未作答计。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} rows cannot be read: nothing is imported until they are fixed.</source>
        <translation>有 {count} 行无法读取：修正前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation>请为问卷填写标题。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <source>The survey was not imported</source>
        <translation>问卷未导入</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training plan (EV-4)</source>
        <translation>培训计划（EV-4）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Who gives it (optional)</source>
        <translation>授课人（可不填）</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>新增培训(&amp;A)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增培训</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>Not at any session in this period</source>
        <translation>本期一场都未参加的人员</translation>
    </message>
    <message>
        <source>Part of a name or department</source>
        <translation>姓名或部门的一部分</translation>
    </message>
    <message>
        <source>People (ticked: present; Space ticks)</source>
        <translation>人员（勾选表示出席；空格键勾选）</translation>
    </message>
    <message>
        <source>Ticked people are recorded present; people unticked who were present, absent.</source>
        <translation>勾选的人员记为出席；原为出席、现取消勾选的人员记为缺席。</translation>
    </message>
    <message>
        <source>Mark chosen a&amp;bsent</source>
        <translation>所选人员记为缺席(&amp;B)</translation>
    </message>
    <message>
        <source>Expected and did not come: choose them in the list (Ctrl+click for more).</source>
        <translation>应到未到的人员：在列表中选中他们（按住 Ctrl 单击可多选）。</translation>
    </message>
    <message>
        <source>Peop&amp;le (ticked: present):</source>
        <translation>人员（勾选表示出席）(&amp;L)：</translation>
    </message>
    <message>
        <source>Everyone was at a session.</source>
        <translation>每人都至少参加了一场。</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>尚无培训场次。</translation>
    </message>
    <message>
        <source>Not at any session in this period: {n}</source>
        <translation>本期一场都未参加：{n} 人</translation>
    </message>
    <message>
        <source>Add a session first; then tick the people who came and save.</source>
        <translation>请先添加培训场次，再勾选出席人员并保存。</translation>
    </message>
    <message>
        <source>A name not in the list</source>
        <translation>名单中没有的姓名</translation>
    </message>
    <message>
        <source>e.g. Handling press interviews</source>
        <translation>如：媒体采访应对</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>加入名单(&amp;I)</translation>
    </message>
    <message>
        <source>Save atte&amp;ndance</source>
        <translation>保存出勤(&amp;N)</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <source>Someone &amp;else:</source>
        <translation>其他人员(&amp;E)：</translation>
    </message>
    <message>
        <source>{person} (absent)</source>
        <translation>{person}（缺席）</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>{present} of {expected} ({share})</source>
        <translation>{expected} 人中 {present} 人（{share}）</translation>
    </message>
    <message>
        <source>Sessions in {period}: {n}; {present} of {expected} people expected attended ({share}).</source>
        <translation>{period}的培训：{n} 场；应到 {expected} 人次，实到 {present} 人次（{share}）。</translation>
    </message>
    <message>
        <source>Choose a session in the list.</source>
        <translation>请在列表中选择一场培训。</translation>
    </message>
    <message>
        <source>Session: {day} {topic} — {present} of {expected} present.</source>
        <translation>培训：{day} {topic}——{expected} 人中 {present} 人出席。</translation>
    </message>
    <message>
        <source>Ticks changed and not saved yet: {n}.</source>
        <translation>已改动、尚未保存的勾选：{n} 处。</translation>
    </message>
    <message>
        <source>Not saved at other sessions: {n}.</source>
        <translation>其他场次尚未保存的改动：{n} 处。</translation>
    </message>
    <message>
        <source>The session was not added</source>
        <translation>培训未能新增</translation>
    </message>
    <message>
        <source>Session “{topic}” added.</source>
        <translation>已新增培训“{topic}”。</translation>
    </message>
    <message>
        <source>The attendance was not recorded</source>
        <translation>出席情况未能登记</translation>
    </message>
    <message>
        <source>Recorded present at “{topic}”: {names}.</source>
        <translation>“{topic}”已登记出席：{names}。</translation>
    </message>
    <message>
        <source>Recorded absent at “{topic}”: {names}.</source>
        <translation>“{topic}”已登记缺席：{names}。</translation>
    </message>
    <message>
        <source>Close the training plan?</source>
        <translation>关闭培训计划？</translation>
    </message>
    <message>
        <source>What you typed or ticked is not recorded yet. Close anyway?</source>
        <translation>输入或勾选的内容尚未登记。仍要关闭吗？</translation>
    </message>
</context>
</TS>
