<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>evaluation (EV-2, EV-5, EV-6, EV-8): figures, report, import-coverage</source>
        <translation>评估（EV-2、EV-5、EV-6、EV-8）：figures（指标）、report（报告）、import-coverage（导入报道）</translation>
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
        <source>the review meeting the action items belong to (default: one made for the period)</source>
        <translation>待办事项所属的评估会议（默认：为该期间新建一个）</translation>
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
        <source>'{value}' is not FIELD=HEADER (e.g. outlet=媒体).</source>
        <translation>“{value}”不是 字段=列名 的格式（例如 outlet=媒体）。</translation>
    </message>
    <message>
        <source>Imported {count} stories from {name} ({encoding}): {ours} about the organisation, {theirs} about competitors; {blank} blank rows skipped.</source>
        <translation>已从 {name}（{encoding}）导入 {count} 篇报道：关于本单位 {ours} 篇，关于竞争对手 {theirs} 篇；跳过空行 {blank} 行。</translation>
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
        <source>date</source>
        <extracomment>the headers a field is found under, compared without case</extracomment>
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
        <source>Evaluation review {period}</source>
        <translation>评估会议 {period}</translation>
    </message>
    <message>
        <source>Adjust the strategy and the channel mix from the evaluation (EV-8).</source>
        <translation>根据评估调整策略和渠道组合（EV-8）。</translation>
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
        <source>Every decision needs a text and an owner.</source>
        <translation>每项决定都需要内容和负责人。</translation>
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
</context>
</TS>
