<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Home</name>
    <message>
        <source>Status report</source>
        <translation>工作状态报告</translation>
    </message>
    <message>
        <source>Status {date}</source>
        <translation>状态 {date}</translation>
    </message>
    <message>
        <source>The communications office&apos;s day at a glance</source>
        <translation>传播部门当日工作一览</translation>
    </message>
    <message>
        <source>Releases by state</source>
        <translation>各状态新闻稿</translation>
    </message>
    <message>
        <source>Coverage by tone</source>
        <translation>报道倾向</translation>
    </message>
    <message>
        <source>Action items due per week</source>
        <translation>每周到期的待办事项</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>其中已逾期</translation>
    </message>
    <message>
        <source>Median hours to answer a media inquiry: {values}</source>
        <translation>答复媒体问询的中位用时（小时）：{values}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>… and {n} more in commdesk.</source>
        <translation>……另有 {n} 项，请在 commdesk 中查看。</translation>
    </message>
    <message>
        <source>{reference}, by {author}</source>
        <translation>{reference}，作者：{author}</translation>
    </message>
    <message>
        <source>Reviews awaiting me</source>
        <translation>待我审核</translation>
    </message>
    <message>
        <source>{reference} · {by}: {note}</source>
        <translation>{reference} · {by}：{note}</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（无说明）</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n 条未解决的评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>退回给我的新闻稿</translation>
    </message>
    <message>
        <source>No release has been returned to you.</source>
        <translation>没有退回给您的新闻稿。</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>overdue since {date} · {meeting}</source>
        <translation>自 {date} 起逾期 · {meeting}</translation>
    </message>
    <message>
        <source>due {date} · {meeting}</source>
        <translation>{date} 到期 · {meeting}</translation>
    </message>
    <message>
        <source>My open and overdue actions</source>
        <translation>我的未完成和逾期待办</translation>
    </message>
    <message>
        <source>You have no open action items.</source>
        <translation>您没有未完成的待办事项。</translation>
    </message>
    <message>
        <source>Meetings today and this week</source>
        <translation>今天和本周的会议</translation>
    </message>
    <message>
        <source>No meetings for the rest of this week.</source>
        <translation>本周余下时间没有会议。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>Procedure version {n}</source>
        <translation>规程第 {n} 版</translation>
    </message>
    <message>
        <source>New version of the communication procedure, by {author}</source>
        <translation>沟通渠道管理规程新版本，起草人：{author}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>目前没有等待您审核的内容。</translation>
    </message>
    <message>
        <source>{when} · {place}</source>
        <translation>{when} · {place}</translation>
    </message>
    <message>
        <source>minutes late, were due {when} (PC-5) · met {day}</source>
        <translation>纪要已逾期，应于 {when} 前发出（PC-5）· 会议时间 {day}</translation>
    </message>
    <message>
        <source>minutes due {when} (PC-5) · met {day}</source>
        <translation>纪要应于 {when} 前发出（PC-5）· 会议时间 {day}</translation>
    </message>
    <message>
        <source>Minutes due or late</source>
        <translation>待发或逾期的会议纪要</translation>
    </message>
    <message>
        <source>All minutes have gone out.</source>
        <translation>所有会议纪要均已发出。</translation>
    </message>
    <message>
        <source>embargo ends {when} · {state}</source>
        <translation>禁发期 {when} 结束 · {state}</translation>
    </message>
    <message>
        <source>Embargoes ending soon</source>
        <translation>即将解禁的新闻稿</translation>
    </message>
    <message>
        <source>No embargo ends in the next three days.</source>
        <translation>未来三天内没有新闻稿解禁。</translation>
    </message>
    <message>
        <source>{name} · answer by {deadline}</source>
        <translation>{name} · 请于 {deadline} 前答复</translation>
    </message>
    <message>
        <source>Media inquiries awaiting an answer</source>
        <translation>待答复的媒体问询</translation>
    </message>
    <message>
        <source>Every media inquiry has been answered.</source>
        <translation>所有媒体问询均已答复。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held: {subject}</source>
        <translation>
            <numerusform>%n 封邮件被扣留：{subject}</numerusform>
        </translation>
    </message>
    <message>
        <source>to {to} · {reason}</source>
        <translation>收件人 {to} · {reason}</translation>
    </message>
    <message>
        <source>Outbox: failed or held</source>
        <translation>发件箱：发送失败或被扣留</translation>
    </message>
    <message>
        <source>Nothing failed or held in the outbox.</source>
        <translation>发件箱中没有发送失败或被扣留的邮件。</translation>
    </message>
    <message>
        <source>Yearly review of the communication procedure (AP-2)</source>
        <translation>沟通渠道管理规程年度审视（AP-2）</translation>
    </message>
    <message>
        <source>was due {date} · owner: {owner}</source>
        <translation>应于 {date} 完成 · 负责部门：{owner}</translation>
    </message>
    <message>
        <source>due {date} · owner: {owner}</source>
        <translation>{date} 到期 · 负责部门：{owner}</translation>
    </message>
    <message>
        <source>The procedure&apos;s yearly review is not due yet.</source>
        <translation>规程的年度审视尚未到期。</translation>
    </message>
    <message>
        <source>overdue since {when} · {owner}</source>
        <translation>自 {when} 起超时 · {owner}</translation>
    </message>
    <message>
        <source>Cases overdue or due today</source>
        <translation>已逾期或今日到期的案件</translation>
    </message>
    <message>
        <source>No case is overdue or due today.</source>
        <translation>没有已逾期或今日到期的案件。</translation>
    </message>
    <message>
        <source>{reference}: {summary}</source>
        <translation>{reference}：{summary}</translation>
    </message>
    <message>
        <source>Procedure: acknowledgement and yearly review</source>
        <translation>规程：阅读确认与年度审视</translation>
    </message>
    <message>
        <source>due {when} · {owner}</source>
        <translation>{when} 到期 · {owner}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) set aside by the intake, waiting for a person</source>
        <translation>
            <numerusform>接收时搁置的 %n 封邮件，等人处理</numerusform>
        </translation>
    </message>
    <message>
        <source>not cases yet: list them with “commdesk cases intake --set-aside”</source>
        <translation>尚未成为案件：用“commdesk cases intake --set-aside”列出</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n 个新案件尚未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledge or answer them in the Cases pane</source>
        <translation>在“案件”窗格中确认或答复</translation>
    </message>
    <message>
        <source>Oldest unanswered: {reference}: {summary}</source>
        <translation>最久未答复：{reference}：{summary}</translation>
    </message>
    <message>
        <source>waiting {age} of working time · received {when}</source>
        <translation>已等待 {age}（工作时间）· 收到于 {when}</translation>
    </message>
    <message>
        <source>Feedback intake and unanswered cases</source>
        <translation>意见接收与未答复案件</translation>
    </message>
    <message>
        <source>Nothing waits in the intake; every case has its answer.</source>
        <translation>接收中没有待处理的内容；每个案件都已答复。</translation>
    </message>
    <message>
        <source>Social post: {title}</source>
        <translation>社交媒体帖子：{title}</translation>
    </message>
    <message>
        <source>Announcement: {title}</source>
        <translation>内部通知：{title}</translation>
    </message>
    <message>
        <source>Event invitation: {title}</source>
        <translation>活动邀请：{title}</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>作者：{author}</translation>
    </message>
</context>
<context>
    <name>HomePane</name>
    <message>
        <source>Status report (PDF)…</source>
        <translation>状态报告（PDF）…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Home could not be loaded: {error}</source>
        <extracomment>an entry double-clicked or chosen with Enter, or &quot;report&quot; / &quot;refresh&quot; clicked, before the services were loaded</extracomment>
        <translation>无法加载首页：{error}</translation>
    </message>
    <message>
        <source>Good day, {name}. {n} things need attention today.</source>
        <translation>{name}，您好！今天有 {n} 项事务需要处理。</translation>
    </message>
    <message>
        <source>Good day, {name}. Nothing is overdue.</source>
        <translation>{name}，您好！目前没有逾期事项。</translation>
    </message>
    <message>
        <source>Releases by state</source>
        <translation>各状态新闻稿</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Action items by due week</source>
        <translation>按到期周统计的待办事项</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Coverage by tone and outlet kind</source>
        <translation>按倾向和媒体类型统计的报道</translation>
    </message>
    <message>
        <source>no answered inquiries yet</source>
        <translation>尚无已答复的问询</translation>
    </message>
    <message>
        <source>Media inquiries: median hours to answer</source>
        <translation>媒体问询：答复中位用时（小时）</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>状态报告</translation>
    </message>
</context>
</TS>
