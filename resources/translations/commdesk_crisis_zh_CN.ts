<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the issue and crisis log: list, open, show, tick, link, note, statement, review, timeline</source>
        <translation>问题与危机日志：list（列表）、open（新建）、show（查看）、tick（勾选）、link（关联）、note（记录）、statement（待发声明）、review（复盘）、timeline（时间线）</translation>
    </message>
    <message>
        <source>every crisis and drill, the open ones first</source>
        <translation>所有危机和演练，未结束的在前</translation>
    </message>
    <message>
        <source>open a crisis (or a drill) with its kind's checklist</source>
        <translation>新建危机（或演练），附该类型的检查清单</translation>
    </message>
    <message>
        <source>what it is about, in a few words</source>
        <translation>简要说明事件内容</translation>
    </message>
    <message>
        <source>the playbook its checklist comes from: {kinds}</source>
        <translation>检查清单所依据的预案：{kinds}</translation>
    </message>
    <message>
        <source>{levels} (default 2)</source>
        <translation>{levels}（默认 2）</translation>
    </message>
    <message>
        <source>who owns it (default you)</source>
        <translation>负责人（默认是你）</translation>
    </message>
    <message>
        <source>what is known so far</source>
        <translation>目前掌握的情况</translation>
    </message>
    <message>
        <source>an exercise, not a real crisis</source>
        <translation>演练，并非真实危机</translation>
    </message>
    <message>
        <source>one crisis: its checklist, links, notes and review</source>
        <translation>查看一起危机：检查清单、关联记录、日志和复盘</translation>
    </message>
    <message>
        <source>tick a step of the checklist (or --undo it)</source>
        <translation>勾选检查清单中的一步（或用 --undo 取消）</translation>
    </message>
    <message>
        <source>the step's key, as shown by show</source>
        <translation>步骤代码，见 show 的输出</translation>
    </message>
    <message>
        <source>untick the step</source>
        <translation>取消勾选该步骤</translation>
    </message>
    <message>
        <source>link a release, post, case, coverage entry or meeting</source>
        <translation>关联新闻稿、社交帖子、工单、媒体报道或会议</translation>
    </message>
    <message>
        <source>the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number ({kinds}), e.g. 'post 12'</source>
        <translation>记录的编号（PR-2026-010、CD-2026-000298），或类型加序号（{kinds}），如“post 12”</translation>
    </message>
    <message>
        <source>add an entry to the log</source>
        <translation>在日志中记一笔</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>when it happened, e.g. 2026-12-07T09:30+08:00 (default now)</source>
        <translation>发生时间，例如 2026-12-07T09:30+08:00（默认现在）</translation>
    </message>
    <message>
        <source>draft the holding statement from the crisis template (then review it)</source>
        <translation>用危机回应模板起草待发声明（随后送审）</translation>
    </message>
    <message>
        <source>the statement's language</source>
        <translation>声明的语言</translation>
    </message>
    <message>
        <source>the statement's title (default: from the crisis)</source>
        <translation>声明标题（默认取危机标题）</translation>
    </message>
    <message>
        <source>record the post-crisis review and close the crisis</source>
        <translation>记录危机复盘并结束该危机</translation>
    </message>
    <message>
        <source>the review: coverage, tone and how the crisis was handled (EV-7)</source>
        <translation>复盘内容：媒体报道、舆论倾向和危机处置情况（EV-7）</translation>
    </message>
    <message>
        <source>record the review but leave the crisis open</source>
        <translation>记录复盘，但不结束该危机</translation>
    </message>
    <message>
        <source>write the crisis's timeline as PDF</source>
        <translation>将危机时间线导出为 PDF</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>also print the timeline's entries</source>
        <translation>同时输出时间线各条目</translation>
    </message>
    <message>
        <source>the crisis's number, as list shows it</source>
        <translation>危机编号（见 list 的输出）</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>已于 {when} 结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source> · drill</source>
        <translation> · 演练</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查清单：</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>关联记录：</translation>
    </message>
    <message>
        <source>Post-crisis review:</source>
        <translation>危机复盘：</translation>
    </message>
    <message>
        <source>No crisis has been logged.</source>
        <translation>尚未记录任何危机。</translation>
    </message>
    <message>
        <source>“{value}” is not a time; write it as 2026-12-07T09:30+08:00.</source>
        <translation>“{value}”不是有效时间，请写成 2026-12-07T09:30+08:00。</translation>
    </message>
    <message>
        <source>Holding statement {reference} drafted and linked; have it reviewed: commdesk releases submit {reference} --reviewer NAME --note TEXT</source>
        <translation>待发声明 {reference} 已起草并关联；请交审核人审核：commdesk releases submit {reference} --reviewer 审核人姓名 --note 说明</translation>
    </message>
    <message>
        <source>Not ticked on the checklist ({count}): {steps}</source>
        <translation>检查清单中尚未勾选的步骤（{count}）：{steps}</translation>
    </message>
    <message>
        <source>Timeline written to {path}</source>
        <translation>时间线已写入 {path}</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Crisis timeline: {title}</source>
        <translation>危机时间线：{title}</translation>
    </message>
    <message>
        <source>Crisis {id}</source>
        <translation>危机 {id}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Issue and crisis log</source>
        <translation>问题与危机日志</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未结束</translation>
    </message>
    <message>
        <source>yes: an exercise, not a real crisis</source>
        <translation>是：演练，并非真实危机</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>尚无任何事件。</translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation>预案检查清单</translation>
    </message>
    <message>
        <source>done {when} · {who}</source>
        <translation>{when} 由 {who} 完成</translation>
    </message>
    <message>
        <source>{box} {text} ({rule})</source>
        <translation>{box} {text}（{rule}）</translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation>危机复盘</translation>
    </message>
    <message>
        <source>Recorded by {who}, {when}</source>
        <translation>记录人：{who}，{when}</translation>
    </message>
    <message>
        <source>Not held yet (EV-7).</source>
        <translation>尚未复盘（EV-7）。</translation>
    </message>
    <message>
        <source>Establish the facts, set the severity and name the owner</source>
        <translation>核实事实，确定严重程度并指定负责人</translation>
    </message>
    <message>
        <source>Call the crisis team together and agree one spokesperson</source>
        <translation>召集危机小组，确定唯一发言人</translation>
    </message>
    <message>
        <source>Draft the holding statement from the crisis template and have a second person approve it</source>
        <translation>用危机回应模板起草待发声明，并由另一人审批</translation>
    </message>
    <message>
        <source>Monitor coverage and social media sentiment; link what appears to this log</source>
        <translation>监测媒体报道和社交媒体舆情，将相关内容关联到本日志</translation>
    </message>
    <message>
        <source>Log every media inquiry as a case and answer it before its deadline</source>
        <translation>每个媒体问询都登记为工单，并在截止时间前答复</translation>
    </message>
    <message>
        <source>Answer negative items calmly, in line with the approved statement</source>
        <translation>冷静回应负面信息，口径与已批准的声明一致</translation>
    </message>
    <message>
        <source>Inform the regulator and decide on a recall or a stop of sales</source>
        <translation>通报监管部门，决定是否召回或停售</translation>
    </message>
    <message>
        <source>Tell the customers concerned what to do, on every channel they use</source>
        <translation>通过客户使用的各个渠道告知受影响客户应如何处理</translation>
    </message>
    <message>
        <source>Contain the leak and establish which data and whom it concerns</source>
        <translation>控制泄露，查明涉及哪些数据、哪些人</translation>
    </message>
    <message>
        <source>Notify the authorities and the people affected within the legal deadline</source>
        <translation>在法定时限内通知主管部门和受影响的人</translation>
    </message>
    <message>
        <source>Check the wording with legal counsel and the executive concerned</source>
        <translation>与法律顾问和相关高管核对措辞</translation>
    </message>
    <message>
        <source>Brief the staff before the statement goes out</source>
        <translation>在声明发出前向员工通报</translation>
    </message>
    <message>
        <source>Publish status updates at fixed times until the service is restored</source>
        <translation>在服务恢复前定时发布进展通报</translation>
    </message>
    <message>
        <source>Confirm the restoration and say what was done to prevent a repeat</source>
        <translation>确认服务恢复，说明为防止再次发生所采取的措施</translation>
    </message>
    <message>
        <source>Pause the scheduled posts and campaigns</source>
        <translation>暂停已排期的帖子和推广活动</translation>
    </message>
    <message>
        <source>Reply once in the main thread; never delete criticism</source>
        <translation>在主帖下统一回复一次；不删除批评意见</translation>
    </message>
    <message>
        <source>Hold the post-crisis review: coverage, tone and how the crisis was handled</source>
        <translation>进行危机复盘：报道情况、舆论倾向和危机处置</translation>
    </message>
    <message>
        <source>Product safety</source>
        <extracomment>kind -&gt; its own steps (between the common response flow and the review)</extracomment>
        <translation>产品安全</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Executive statement</source>
        <translation>高管言论</translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation>服务中断</translation>
    </message>
    <message>
        <source>Social media storm</source>
        <translation>社交媒体舆情</translation>
    </message>
    <message>
        <source>1 · Issue to watch</source>
        <translation>1 · 需关注的问题</translation>
    </message>
    <message>
        <source>2 · Moderate</source>
        <translation>2 · 中等</translation>
    </message>
    <message>
        <source>3 · Serious</source>
        <translation>3 · 严重</translation>
    </message>
    <message>
        <source>4 · Crisis</source>
        <translation>4 · 危机</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>社交帖子</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Log note</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Crisis log</source>
        <translation>危机日志</translation>
    </message>
    <message>
        <source>keep the issue and crisis log</source>
        <translation>维护问题与危机日志</translation>
    </message>
    <message>
        <source>There is no crisis with number {id}.</source>
        <translation>没有编号为 {id} 的危机。</translation>
    </message>
    <message>
        <source>Give the crisis a title: what is it about?</source>
        <translation>请填写危机标题：事情是什么？</translation>
    </message>
    <message>
        <source>Choose one of the kinds: {kinds}.</source>
        <translation>请从以下类型中选择：{kinds}。</translation>
    </message>
    <message>
        <source>The severity is 1 (an issue to watch) to 4 (a crisis).</source>
        <translation>严重程度为 1（需关注的问题）到 4（危机）。</translation>
    </message>
    <message>
        <source>There is no person with that number.</source>
        <translation>没有该编号的人员。</translation>
    </message>
    <message>
        <source>The checklist of this crisis has no step “{step}”.</source>
        <translation>该危机的检查清单中没有步骤“{step}”。</translation>
    </message>
    <message>
        <source>Link one of: {kinds}.</source>
        <translation>只能关联以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>Name the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number (post 12, coverage 7, meeting 3).</source>
        <translation>请用编号（PR-2026-010、CD-2026-000298）或“类型 编号”（post 12、coverage 7、meeting 3）指明记录。</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>请写明发生了什么。</translation>
    </message>
    <message>
        <source>Give the time with its zone.</source>
        <translation>请给出带时区的时间。</translation>
    </message>
    <message>
        <source>Write the review: what went well, what to change.</source>
        <translation>请填写复盘：哪些做得好，哪些需要改进。</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>已送审</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>drafted: {title}</source>
        <translation>起草：{title}</translation>
    </message>
    <message>
        <source>revised (version {n})</source>
        <translation>修改（第 {n} 版）</translation>
    </message>
    <message>
        <source>published: {text}</source>
        <translation>已发布：{text}</translation>
    </message>
    <message>
        <source>planned: {text}</source>
        <translation>计划发布：{text}</translation>
    </message>
    <message>
        <source>received: {summary}</source>
        <translation>收到：{summary}</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>There is no coverage entry with number {id}.</source>
        <translation>没有编号为 {id} 的媒体报道记录。</translation>
    </message>
    <message>
        <source>meeting: {topic}</source>
        <translation>会议：{topic}</translation>
    </message>
    <message>
        <source>opened · owner {owner}</source>
        <translation>开始 · 负责人 {owner}</translation>
    </message>
    <message>
        <source>linked record {id} no longer exists</source>
        <translation>关联的记录 {id} 已不存在</translation>
    </message>
    <message>
        <source>done: {step} · {who}</source>
        <translation>完成：{step} · {who}</translation>
    </message>
    <message>
        <source>post-crisis review recorded · {who}</source>
        <translation>已记录危机复盘 · {who}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Crisis checklist step</source>
        <translation>危机检查清单步骤</translation>
    </message>
    <message>
        <source>Record linked to a crisis</source>
        <translation>关联到危机的记录</translation>
    </message>
    <message>
        <source>Crisis log note</source>
        <translation>危机日志记录</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation>危机复盘</translation>
    </message>
    <message>
        <source>Review recorded by</source>
        <translation>复盘记录人</translation>
    </message>
    <message>
        <source>Review recorded</source>
        <translation>复盘记录时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>关联人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>CrisisPane</name>
    <message>
        <source>Crises and drills</source>
        <translation>危机与演练</translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation>预案检查清单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;New crisis…</source>
        <translation>新建危机(&amp;N)…</translation>
    </message>
    <message>
        <source>Holding &amp;statement</source>
        <translation>待发声明(&amp;S)</translation>
    </message>
    <message>
        <source>Draft the holding statement from the crisis template; it is reviewed in Releases</source>
        <translation>用危机回应模板起草待发声明；在“新闻稿”中送审</translation>
    </message>
    <message>
        <source>&amp;Link record…</source>
        <translation>关联记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Link a release, case, post, story or meeting to this crisis</source>
        <translation>将新闻稿、工单、社交帖子、媒体报道或会议关联到该危机</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>记录日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Post-crisis &amp;review…</source>
        <translation>危机复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Timeline PDF…</source>
        <translation>时间线 PDF(&amp;T)…</translation>
    </message>
    <message>
        <source>Playbook checklist (tick what is done)</source>
        <translation>预案检查清单（勾选已完成的步骤）</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>已于 {when} 结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Drill: </source>
        <translation>演练：</translation>
    </message>
    <message>
        <source>No crisis has been logged. New crisis… opens one, or a drill.</source>
        <translation>尚未记录任何危机。点击“新建危机…”可新建危机或演练。</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未结束</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Drill: an exercise, not a real crisis</source>
        <translation>演练：并非真实危机</translation>
    </message>
    <message>
        <source>{step} ({rule})</source>
        <translation>{step}（{rule}）</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Open a crisis</source>
        <translation>新建危机</translation>
    </message>
    <message>
        <source>Tick a step</source>
        <translation>勾选步骤</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>待发声明</translation>
    </message>
    <message>
        <source>Link a record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Reference (PR-2026-010, CD-2026-000298) or kind and number (post 12, coverage 7, meeting 3):</source>
        <translation>编号（PR-2026-010、CD-2026-000298）或“类型 编号”（post 12、coverage 7、meeting 3）：</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>记录日志</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>Post-crisis review</source>
        <translation>危机复盘</translation>
    </message>
    <message>
        <source>Crisis timeline</source>
        <translation>危机时间线</translation>
    </message>
</context>
<context>
    <name>CrisisReviewDialog</name>
    <message>
        <source>Post-crisis review: {title}</source>
        <translation>危机复盘：{title}</translation>
    </message>
    <message>
        <source>What went well, what to change: coverage, tone, how the crisis was handled</source>
        <translation>哪些做得好，哪些需要改进：报道情况、舆论倾向、危机处置</translation>
    </message>
    <message>
        <source>&amp;What went well, what to change (saving it closes the crisis):</source>
        <translation>哪些做得好，哪些需要改进(&amp;W)（保存后危机结束）：</translation>
    </message>
    <message>
        <source>&amp;Save and close the crisis</source>
        <translation>保存并结束危机(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Throw away the review you wrote? Nothing was saved yet.</source>
        <translation>放弃已写的复盘吗？尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <source>Open a crisis</source>
        <translation>新建危机</translation>
    </message>
    <message>
        <source>What happened, what is known so far</source>
        <translation>发生了什么，目前掌握哪些情况</translation>
    </message>
    <message>
        <source>This is a &amp;drill (an exercise, not a real crisis)</source>
        <translation>这是演练(&amp;D)（并非真实危机）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>概述(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>新建(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Discard what you typed for this crisis?</source>
        <translation>放弃为该危机填写的内容吗？</translation>
    </message>
</context>
</TS>
