<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>evaluation (EV-2, EV-5, EV-6): figures</source>
        <translation>评估（EV-2、EV-5、EV-6）：figures（指标）</translation>
    </message>
    <message>
        <source>every figure of the KPI catalogue for a period, with the period before</source>
        <translation>某一期间 KPI 目录中的全部指标，并与上一期间对比</translation>
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
        <source>Evaluation {period}, compared with {previous} (times in {zone})</source>
        <translation>评估 {period}，与 {previous} 对比（时间按 {zone}）</translation>
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
        <translation>每月</translation>
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
        <source>Of the sent messages whose follow-up date falls in the period, the share whose follow-up is marked done.</source>
        <translation>跟进日期在本期间内的已发邮件中，跟进已标记完成的比例。</translation>
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
        <source>Of the meetings held, the share whose minutes were distributed by the end of the working day the meeting ended (the working calendar's hours and holidays).</source>
        <translation>已召开会议中，会议纪要在会议结束当个工作日下班前发出的比例（按工作日历的工作时间和节假日）。</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>待办事项按时完成</translation>
    </message>
    <message>
        <source>Of the action items due in the period (not cancelled), the share marked done whose last change was on or before their deadline day.</source>
        <translation>本期间到期（未取消）的待办事项中，已标记完成且最后一次修改不晚于截止日的比例。</translation>
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
        <source>Of the active accounts' weeks in the period, the share whose posts met the account's target (published, or planned and not cancelled).</source>
        <translation>本期间各活跃账号的周中，帖子数达到账号目标的比例（已发布，或已计划且未取消）。</translation>
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
</context>
</TS>
