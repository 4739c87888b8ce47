<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the cases desk (hotline, feedback, complaints, media inquiries): list, show, add, grade, route, status, reply, resolve, escalate, intake, report</source>
        <translation>案件台（热线、意见反馈、投诉、媒体问询）：list, show, add, grade, route, status, reply, resolve, escalate, intake, report</translation>
    </message>
    <message>
        <source>list cases, soonest due first</source>
        <translation>列出案件，最先到期的在前</translation>
    </message>
    <message>
        <source>only cases in this status</source>
        <translation>只列出处于此状态的案件</translation>
    </message>
    <message>
        <source>only open cases with a clock past its due time</source>
        <translation>只列出有时限已超期的未结案件</translation>
    </message>
    <message>
        <source>only the cases you own</source>
        <translation>只列出您负责的案件</translation>
    </message>
    <message>
        <source>at most N cases (default 200)</source>
        <translation>最多 N 件（默认 200）</translation>
    </message>
    <message>
        <source>a case with its clocks, conversation and history</source>
        <translation>一个案件及其时限、往来记录和历史</translation>
    </message>
    <message>
        <source>the case&apos;s number or reference (CD-2026-000123)</source>
        <translation>案件编号或案件号（CD-2026-000123）</translation>
    </message>
    <message>
        <source>log a case (officers and reviewers)</source>
        <translation>登记案件（传播专员和审核人）</translation>
    </message>
    <message>
        <source>the category&apos;s code or name</source>
        <translation>类别的代码或名称</translation>
    </message>
    <message>
        <source>a sub-category of it</source>
        <translation>其下的子类别</translation>
    </message>
    <message>
        <source>the media contact who raised it (name or number)</source>
        <translation>提出案件的媒体联系人（姓名或编号）</translation>
    </message>
    <message>
        <source>a customer&apos;s name (not a media contact)</source>
        <translation>客户姓名（非媒体联系人）</translation>
    </message>
    <message>
        <source>the customer&apos;s phone number</source>
        <translation>客户电话号码</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>客户电子邮件地址</translation>
    </message>
    <message>
        <source>when it was received, as clock time in the organisation&apos;s zone (letters and calls logged later)</source>
        <translation>收到的时间，按机构时区的钟点时间（事后登记的来信和来电）</translation>
    </message>
    <message>
        <source>resolve a case with its outcome</source>
        <translation>以处理结果办结案件</translation>
    </message>
    <message>
        <source>what was done or answered</source>
        <translation>所做的处理或答复</translation>
    </message>
    <message>
        <source>resolved on first contact</source>
        <translation>首次接触即解决</translation>
    </message>
    <message>
        <source>their satisfaction, 1 to 5</source>
        <translation>对方的满意度，1 至 5</translation>
    </message>
    <message>
        <source>the version you saw (from --json); refused if someone saved a newer one</source>
        <translation>您看到的版本（来自 --json）；如有人已保存更新的版本则拒绝</translation>
    </message>
    <message>
        <source>answer them by mail through the outbox</source>
        <translation>通过发件箱以邮件答复对方</translation>
    </message>
    <message>
        <source>the answer, a UTF-8 text file</source>
        <translation>答复内容，UTF-8 文本文件</translation>
    </message>
    <message>
        <source>default: the case&apos;s summary</source>
        <translation>默认：案件摘要</translation>
    </message>
    <message>
        <source>send despite the mail rules&apos; warnings, for this reason</source>
        <translation>不顾邮件规则的警告发送，理由如下</translation>
    </message>
    <message>
        <source>tell the owners&apos; managers about clocks that ran out (once per clock)</source>
        <translation>将已超时的时限告知负责人的上级（每个时限一次）</translation>
    </message>
    <message>
        <source>--at needs the clock time in the organisation&apos;s zone like &apos;2026-12-10 14:30&apos;, not &apos;{value}&apos;.</source>
        <translation>--at 需要机构时区的钟点时间，如 &apos;2026-12-10 14:30&apos;，而不是 &apos;{value}&apos;。</translation>
    </message>
    <message>
        <source>There is no media contact called &apos;{name}&apos;; give the exact name or the contact&apos;s number.</source>
        <translation>没有名为 &apos;{name}&apos; 的媒体联系人；请给出准确的姓名或联系人编号。</translation>
    </message>
    <message>
        <source>Several media contacts are called &apos;{name}&apos; ({ids}); give the contact&apos;s number.</source>
        <translation>有多位媒体联系人名为 &apos;{name}&apos;（{ids}）；请给出联系人编号。</translation>
    </message>
    <message>
        <source>summary: {text}</source>
        <translation>摘要：{text}</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>类别：{category}</translation>
    </message>
    <message>
        <source>department: {department}</source>
        <translation>部门：{department}</translation>
    </message>
    <message>
        <source>owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>raised by: {name}</source>
        <translation>提出人：{name}</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>received: {when}</source>
        <translation>收到时间：{when}</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>complaint, grade: {grade}</source>
        <translation>投诉，级别：{grade}</translation>
    </message>
    <message>
        <source>no due time while paused</source>
        <translation>暂停期间无到期时间</translation>
    </message>
    <message>
        <source>clock {kind}: due {due}; {state}</source>
        <translation>时限 {kind}：到期 {due}；{state}</translation>
    </message>
    <message>
        <source> (escalated {when})</source>
        <translation>（已于 {when} 升级）</translation>
    </message>
    <message>
        <source>resolved: {when}</source>
        <translation>办结时间：{when}</translation>
    </message>
    <message>
        <source>outcome: {text}</source>
        <translation>处理结果：{text}</translation>
    </message>
    <message>
        <source>resolved on first contact: {answer}</source>
        <translation>首次接触即解决：{answer}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>satisfaction: {score}/5</source>
        <translation>满意度：{score}/5</translation>
    </message>
    <message>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>message from them</source>
        <translation>对方来信</translation>
    </message>
    <message>
        <source>our answer</source>
        <translation>我方答复</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>{author}: {text}</source>
        <translation>{author}：{text}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a sub-category; give it with --subcategory and its category with --category.</source>
        <translation>&apos;{name}&apos; 是子类别；请用 --subcategory 给出它，并用 --category 给出其所属类别。</translation>
    </message>
    <message>
        <source>Logged case {reference} (number {id}).</source>
        <translation>已登记案件 {reference}（编号 {id}）。</translation>
    </message>
    <message>
        <source>Case {reference} is resolved.</source>
        <translation>案件 {reference} 已办结。</translation>
    </message>
    <message>
        <source>The answer to {reference} waits in the outbox (message {ids}); &apos;outbox send&apos; sends it.</source>
        <translation>对 {reference} 的答复已在发件箱中等待（邮件 {ids}）；&apos;outbox send&apos; 将其发出。</translation>
    </message>
    <message>
        <source>{reference}: {clock} ran out at {due}; told {manager}</source>
        <translation>{reference}：{clock}已于 {due} 超时；已告知 {manager}</translation>
    </message>
    <message>
        <source>nobody (no manager in the settings)</source>
        <translation>无人（设置中未指定上级）</translation>
    </message>
    <message>
        <source>No clock ran out since the last escalation.</source>
        <translation>自上次升级以来没有时限超时。</translation>
    </message>
    <message>
        <source>take feedback into cases: the mailbox (IMAP), .eml files or a web form&apos;s CSV</source>
        <translation>将反馈转为案件：邮箱（IMAP）、.eml 文件或网页表单的 CSV</translation>
    </message>
    <message>
        <source>saved messages to take in</source>
        <translation>要导入的已保存邮件</translation>
    </message>
    <message>
        <source>fetch the feedback mailbox&apos;s new messages</source>
        <translation>收取反馈邮箱的新邮件</translation>
    </message>
    <message>
        <source>a web form&apos;s CSV export</source>
        <translation>网页表单导出的 CSV 文件</translation>
    </message>
    <message>
        <source>list the messages set aside for a person to look at</source>
        <translation>列出搁置待人工查看的邮件</translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding when it is not recognised</source>
        <translation>无法识别时指定 CSV 文件的编码</translation>
    </message>
    <message>
        <source>send the acknowledgements through the outbox at once</source>
        <translation>立即通过发件箱发送回执</translation>
    </message>
    <message>
        <source>Say what to take in: --imap, --csv FILE, or one or more .eml files (not several of them).</source>
        <translation>请指明要导入的内容：--imap、--csv FILE，或一个或多个 .eml 文件（只能选其一）。</translation>
    </message>
    <message>
        <source>Acknowledgements sent: {sent} of {total}.</source>
        <translation>已发送回执：{sent} / {total}。</translation>
    </message>
    <message>
        <source>The acknowledgements wait in the outbox; &apos;commdesk outbox send&apos; sends them (or add --send).</source>
        <translation>回执已在发件箱等待发送；用 &apos;commdesk outbox send&apos; 发送（或加上 --send）。</translation>
    </message>
    <message>
        <source>Taken in: {new} new cases, {joined} joined their case, {duplicate} duplicates skipped, {set_aside} set aside; {acknowledged} acknowledged.</source>
        <translation>已导入：新案件 {new} 件，并入已有案件 {joined} 件，跳过重复 {duplicate} 件，搁置 {set_aside} 件；已回执 {acknowledged} 件。</translation>
    </message>
    <message>
        <source>{staff} for the staff directory (unsubscribes, bounced announcements).</source>
        <translation>{staff} 封交由员工名录处理（退订、退信的员工通知）。</translation>
    </message>
    <message>
        <source>New cases:</source>
        <translation>新案件：</translation>
    </message>
    <message>
        <source>Joined their case:</source>
        <translation>并入已有案件：</translation>
    </message>
    <message>
        <source>Duplicates (already taken in, skipped):</source>
        <translation>重复（已导入过，已跳过）：</translation>
    </message>
    <message>
        <source>Set aside (see &apos;commdesk cases intake --set-aside&apos;):</source>
        <translation>已搁置（见 &apos;commdesk cases intake --set-aside&apos;）：</translation>
    </message>
    <message>
        <source>For the staff directory:</source>
        <translation>交由员工名录处理：</translation>
    </message>
    <message>
        <source>Answers to event invitations (recorded, no case):</source>
        <translation>活动邀请的回复（已登记，不建案件）：</translation>
    </message>
    <message>
        <source>acknowledged (outbox message {id})</source>
        <translation>已回执（发件箱邮件 {id}）</translation>
    </message>
    <message>
        <source>No messages are set aside.</source>
        <translation>没有搁置的邮件。</translation>
    </message>
    <message>
        <source>the knowledge base of answers the hotline gives: list, show, add, edit, approve</source>
        <translation>热线答复所用的知识库：list, show, add, edit, approve</translation>
    </message>
    <message>
        <source>list the entries (latest versions)</source>
        <translation>列出条目（最新版本）</translation>
    </message>
    <message>
        <source>only entries with these words or pinyin</source>
        <translation>只列出含这些词语或拼音的条目</translation>
    </message>
    <message>
        <source>withdrawn entries too</source>
        <translation>也列出已撤下的条目</translation>
    </message>
    <message>
        <source>only what the call screen offers: approved texts</source>
        <translation>只列出来电界面提供的内容：已审核的文本</translation>
    </message>
    <message>
        <source>an entry with its versions</source>
        <translation>显示一个条目及其各个版本</translation>
    </message>
    <message>
        <source>show this version&apos;s text (default: latest)</source>
        <translation>显示该版本的文本（默认：最新版本）</translation>
    </message>
    <message>
        <source>write a new entry (administrators); it waits for a reviewer&apos;s approval</source>
        <translation>撰写新条目（管理员）；须经审核人审核</translation>
    </message>
    <message>
        <source>save a new version of an entry (administrators)</source>
        <translation>保存条目的新版本（管理员）</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>the case category&apos;s code or name</source>
        <translation>案件类别的代码或名称</translation>
    </message>
    <message>
        <source>approve an entry&apos;s latest version (a reviewer who did not write it)</source>
        <translation>审核通过条目的最新版本（须由非撰写者的审核人）</translation>
    </message>
    <message>
        <source>approve this version instead</source>
        <translation>改为审核通过该版本</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤下</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>version {approved} approved, {latest} waiting</source>
        <translation>第 {approved} 版已审核，第 {latest} 版待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>The answer could not be read from {file}: {reason}</source>
        <translation>无法从 {file} 读取答复：{reason}</translation>
    </message>
    <message>
        <source>, approved {when}</source>
        <translation>，{when} 审核通过</translation>
    </message>
    <message>
        <source>  version {n}: {who}, {when}{approved}</source>
        <translation>  第 {n} 版：{who}，{when}{approved}</translation>
    </message>
    <message>
        <source>Version {n}: {title}</source>
        <translation>第 {n} 版：{title}</translation>
    </message>
    <message>
        <source>Wrote knowledge-base entry {id}; a reviewer approves it before the hotline sees it.</source>
        <translation>已撰写知识库条目 {id}；经审核人审核后热线才会看到它。</translation>
    </message>
    <message>
        <source>Nothing changed; entry {id} stays at version {n}.</source>
        <translation>没有改动；条目 {id} 仍为第 {n} 版。</translation>
    </message>
    <message>
        <source>Saved version {n} of entry {id}; it waits for a reviewer&apos;s approval.</source>
        <translation>已保存条目 {id} 的第 {n} 版；等待审核人审核。</translation>
    </message>
    <message>
        <source>Approved version {n} of entry {id}: the hotline offers it now.</source>
        <translation>已审核通过条目 {id} 的第 {n} 版：热线现在会提供它。</translation>
    </message>
    <message>
        <source>the cases desk&apos;s figures for a period, with the period before, as PDF</source>
        <translation>案件台某一期间的数据及上期对比，输出为 PDF</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>the first day counted (in the organisation&apos;s zone)</source>
        <translation>统计的第一天（按机构时区）</translation>
    </message>
    <message>
        <source>the last day counted, included (default: the last day of --period)</source>
        <translation>统计的最后一天，含当日（默认：--period 的最后一天）</translation>
    </message>
    <message>
        <source>a day, a week or a calendar month from --from (names the report)</source>
        <translation>从 --from 起的一天、一周或一个自然月（决定报告名称）</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} 不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The report is a PDF: name the file “{name}.pdf”.</source>
        <translation>报告是 PDF 文件：请将文件命名为“{name}.pdf”。</translation>
    </message>
    <message>
        <source>Say where the period ends: give --to DATE or --period day|week|month.</source>
        <translation>请说明期间在哪天结束：给出 --to 日期或 --period day|week|month。</translation>
    </message>
    <message>
        <source>A {period} from {first} ends on {last}, not {given}; leave out --to or --period.</source>
        <translation>从 {first} 起的一个 {period} 截至 {last}，而不是 {given}；请去掉 --to 或 --period。</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>grade a complaint 1 to 3, or none (not a complaint)</source>
        <translation>为投诉定级 1 至 3，或 none（不是投诉）</translation>
    </message>
    <message>
        <source>1, 2 or 3 (3 the most serious), or none</source>
        <translation>1、2 或 3（3 最严重），或 none</translation>
    </message>
    <message>
        <source>give a case an owner, a category or a priority</source>
        <translation>为案件指定负责人、类别或优先级</translation>
    </message>
    <message>
        <source>the person who owns it (name or e-mail)</source>
        <translation>负责人（姓名或电子邮件地址）</translation>
    </message>
    <message>
        <source>move a case on: acknowledged, in progress, waiting ...</source>
        <translation>推进案件状态：已确认、处理中、等待对方……</translation>
    </message>
    <message>
        <source>why, for the case&apos;s history</source>
        <translation>原因，记入案件历史</translation>
    </message>
    <message>
        <source>A complaint&apos;s grade is 1, 2 or 3, or none for not a complaint; not &apos;{value}&apos;.</source>
        <translation>投诉等级为 1、2 或 3，不是投诉则为 none；不能是 &apos;{value}&apos;。</translation>
    </message>
    <message>
        <source>Case {reference} is not graded as a complaint.</source>
        <translation>案件 {reference} 不再按投诉定级。</translation>
    </message>
    <message>
        <source>Case {reference} is graded {grade}.</source>
        <translation>案件 {reference} 已定为 {grade} 级。</translation>
    </message>
    <message>
        <source>Say what to change: --owner, --category, --subcategory or --priority.</source>
        <translation>请说明要更改什么：--owner、--category、--subcategory 或 --priority。</translation>
    </message>
    <message>
        <source>Case {reference} is routed.</source>
        <translation>案件 {reference} 已分派。</translation>
    </message>
    <message>
        <source>Case {reference} is now {status}.</source>
        <translation>案件 {reference} 现为“{status}”。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Phone number or name (pinyin works: wangwei, ww)</source>
        <translation>电话号码或姓名（可用拼音：wangwei、ww）</translation>
    </message>
    <message>
        <source>Callers found</source>
        <translation>找到的来电人</translation>
    </message>
    <message>
        <source>Type a category in Chinese or English</source>
        <translation>输入类别的中文或英文名称</translation>
    </message>
    <message>
        <source>What the call is about, in a line</source>
        <translation>一句话说明来电事由</translation>
    </message>
    <message>
        <source>Notes while they talk</source>
        <translation>通话时的记录</translation>
    </message>
    <message>
        <source>Search the approved answers</source>
        <translation>搜索已审核的答复</translation>
    </message>
    <message>
        <source>Answers found</source>
        <translation>找到的答复</translation>
    </message>
    <message>
        <source>&amp;Insert answer (Ctrl+Enter)</source>
        <translation>插入答复(&amp;I)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>结束通话(&amp;E)（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>来电人(&amp;C)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>事由(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resolved on first contact</source>
        <translation>首次接触即解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation>保存案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back to the call</source>
        <translation>返回通话(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Discard the call…</source>
        <translation>放弃本次来电(&amp;D)…</translation>
    </message>
    <message>
        <source>The call has ended. Before saving it:</source>
        <translation>通话已结束。保存之前：</translation>
    </message>
    <message>
        <source>Satis&amp;faction asked? Score 1-5:</source>
        <translation>是否询问了满意度(&amp;F)？评分 1-5：</translation>
    </message>
    <message>
        <source>Resolved: the case is saved as resolved with the notes as its outcome. Not resolved: the case stays open and is shown in the pane to go on with.</source>
        <translation>已解决：案件保存为已解决，记录作为处理结果。未解决：案件保持未结，并在窗格中打开以便继续处理。</translation>
    </message>
    <message>
        <source>On the call {m:02d}:{s:02d}</source>
        <translation>通话中 {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Caller: {name}</source>
        <translation>来电人：{name}</translation>
    </message>
    <message>
        <source>Nobody chosen: a new customer record “{text}” is made when the call is saved.</source>
        <translation>未选择任何人：保存来电时将新建客户记录“{text}”。</translation>
    </message>
    <message>
        <source>Nobody named: the case is anonymous.</source>
        <translation>未提供姓名：案件为匿名。</translation>
    </message>
    <message>
        <source>“{text}” is not a category (or fits more than one). Go back to the call and choose one from the list, or clear the field to save the case without a category.</source>
        <translation>“{text}”不是类别（或同时符合多个类别）。请回到通话页面从列表中选择一个类别，或清空该栏以不带类别保存案件。</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>类别：{name}</translation>
    </message>
    <message>
        <source>No category.</source>
        <translation>未选类别。</translation>
    </message>
    <message>
        <source>No approved answer matches.</source>
        <translation>没有匹配的已审核答复。</translation>
    </message>
    <message>
        <source>{summary} — {caller}, {m:02d}:{s:02d} on the call.</source>
        <translation>{summary} — {caller}，通话 {m:02d}:{s:02d}。</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>（无事由）</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>{clock} due {due}</source>
        <translation>{clock}截止于 {due}</translation>
    </message>
    <message>
        <source>Discard the call</source>
        <translation>放弃来电</translation>
    </message>
    <message>
        <source>Throw away this call and its notes for good?</source>
        <translation>彻底放弃本次来电及其记录吗？</translation>
    </message>
    <message>
        <source>The call was not saved; your notes are kept</source>
        <translation>来电未保存；您的记录已保留</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case entry</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <source>Case status change</source>
        <translation>案件状态变更</translation>
    </message>
    <message>
        <source>Case clock</source>
        <translation>案件时限</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>案件类别</translation>
    </message>
    <message>
        <source>Clock target</source>
        <translation>时限目标</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>客户记录</translation>
    </message>
    <message>
        <source>Case reference counter</source>
        <translation>案件编号计数器</translation>
    </message>
    <message>
        <source>Feedback mailbox position</source>
        <translation>反馈邮箱读取位置</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>答复模板</translation>
    </message>
    <message>
        <source>Intake rule</source>
        <translation>收件规则</translation>
    </message>
    <message>
        <source>Message taken in</source>
        <translation>已收取的邮件</translation>
    </message>
    <message>
        <source>Knowledge base entry</source>
        <translation>知识库条目</translation>
    </message>
    <message>
        <source>Knowledge base version</source>
        <translation>知识库版本</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Every table of the cases desk (their audit ``entity`` names).</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint grade</source>
        <translation>投诉等级</translation>
    </message>
    <message>
        <source>Grade decided by</source>
        <translation>定级人</translation>
    </message>
    <message>
        <source>Grade decided</source>
        <translation>定级时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认收到时间</translation>
    </message>
    <message>
        <source>First response given</source>
        <translation>首次答复时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Resolved on first contact</source>
        <translation>首次接触即解决</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>Contact&apos;s history entry</source>
        <translation>联系人合作记录条目</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一到期时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>邮件标识</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>回复的邮件</translation>
    </message>
    <message>
        <source>Earlier messages of the thread</source>
        <translation>同一会话的先前邮件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation>发件箱邮件</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Target (working minutes)</source>
        <translation>目标（工作分钟）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止时间</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级时间</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>升级给</translation>
    </message>
    <message>
        <source>Top-level category</source>
        <translation>上级类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>E-mail (for finding)</source>
        <translation>电子邮件（查找用）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Last number given</source>
        <translation>最后发出的序号</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Folder identity</source>
        <translation>文件夹标识</translation>
    </message>
    <message>
        <source>Last message fetched</source>
        <translation>最后收取的邮件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Looks at</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Message fingerprint</source>
        <translation>邮件指纹</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What was repaired</source>
        <translation>修复内容</translation>
    </message>
    <message>
        <source>Message as it arrived</source>
        <translation>原始邮件</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>已发送的确认函</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <source>Taken in by</source>
        <translation>收取人</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>已批准版本</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>我方答复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>确认函</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <source>Being taken in</source>
        <translation>正在收取</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>Joined its case</source>
        <translation>并入原案件</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>普通邮件</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Cases desk: managers</source>
        <translation>案件台：主管</translation>
    </message>
    <message>
        <source>Cases desk: default reply language</source>
        <translation>案件台：默认答复语言</translation>
    </message>
    <message>
        <source>Feedback mailbox: server</source>
        <translation>反馈邮箱：服务器</translation>
    </message>
    <message>
        <source>Feedback mailbox: port</source>
        <translation>反馈邮箱：端口</translation>
    </message>
    <message>
        <source>Feedback mailbox: security</source>
        <translation>反馈邮箱：安全方式</translation>
    </message>
    <message>
        <source>Feedback mailbox: user name</source>
        <translation>反馈邮箱：用户名</translation>
    </message>
    <message>
        <source>Feedback mailbox: folder</source>
        <translation>反馈邮箱：文件夹</translation>
    </message>
    <message>
        <source>Feedback mailbox: after a message is taken in</source>
        <translation>反馈邮箱：收取邮件之后</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>leave it on the server</source>
        <translation>保留在服务器上</translation>
    </message>
    <message>
        <source>mark it as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>delete it from the server</source>
        <translation>从服务器删除</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>complaint graded</source>
        <translation>投诉已定级</translation>
    </message>
    <message>
        <source>new version written</source>
        <translation>已写新版本</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>working time left under which a clock is shown as due soon</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Overdue {time}</source>
        <translation>已超时 {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Working time left before the nearest clock runs out (zone: {zone})</source>
        <translation>距最近的时限到期还剩的工作时间（时区：{zone}）</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>{state}; due {due}</source>
        <translation>{state}；到期 {due}</translation>
    </message>
</context>
<context>
    <name>CaseTextDialog</name>
    <message>
        <source>Reply to case {reference}</source>
        <translation>答复案件 {reference}</translation>
    </message>
    <message>
        <source>Note on case {reference}</source>
        <translation>案件 {reference} 的备注</translation>
    </message>
    <message>
        <source>Default: the case&apos;s summary</source>
        <translation>默认：案件事由</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Goes through the outbox; the case&apos;s reference is added to the subject.</source>
        <translation>经发件箱发出；主题中会加上案件编号。</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message>
        <source>Put in the &amp;outbox</source>
        <translation>放入发件箱(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>放弃文字</translation>
    </message>
    <message>
        <source>Close and throw away what you wrote?</source>
        <translation>关闭并放弃您写的内容吗？</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} 分 {s:02d} 秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认收到(&amp;A)</translation>
    </message>
    <message>
        <source>Work on &amp;it</source>
        <translation>开始处理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Wait for them</source>
        <translation>等待对方(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <extracomment>the working calendar the clocks are counted on (set by the pane): for its coverage warning</extracomment>
        <translation>提出人：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>投诉：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Repl&amp;y…</source>
        <translation>答复(&amp;Y)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Ro&amp;ute…</source>
        <translation>分派(&amp;U)…</translation>
    </message>
    <message>
        <source>Owner, category, priority and complaint grade</source>
        <translation>负责人、类别、优先级和投诉等级</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Choose a case in the list (Enter opens it), or take a call.</source>
        <translation>在列表中选择一个案件（按 Enter 打开），或接听来电。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>{clock_and_state} (due {due})</source>
        <translation>{clock_and_state}（{due} 到期）</translation>
    </message>
    <message>
        <source>{start}–{end}, {length}</source>
        <translation>{start}–{end}，{length}</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation>{clock}：{state}</translation>
    </message>
    <message>
        <source>Resolved on first contact: yes</source>
        <translation>首次接触即解决：是</translation>
    </message>
    <message>
        <source>Resolved on first contact: no</source>
        <translation>首次接触即解决：否</translation>
    </message>
    <message>
        <source>Satisfaction: {n}/5</source>
        <translation>满意度：{n}/5</translation>
    </message>
    <message>
        <source>Conversation (times in {zone})</source>
        <translation>往来记录（时间为 {zone}）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Message from them</source>
        <translation>对方来信</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>我方答复</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Nothing said yet.</source>
        <translation>尚无往来记录。</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>下次进展告知</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超时达成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{clock} (earlier, {n} of {count})</source>
        <translation>{clock}（前一次，第 {n} 次，共 {count} 次）</translation>
    </message>
    <message>
        <source>{clock} (current, {n} of {count})</source>
        <translation>{clock}（当前，第 {n} 次，共 {count} 次）</translation>
    </message>
    <message>
        <source>{clock} (latest, {n} of {count})</source>
        <translation>{clock}（最近一次，第 {n} 次，共 {count} 次）</translation>
    </message>
    <message>
        <source>Overdue since {due}</source>
        <translation>自 {due} 起已超时</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Paused (waiting for them), {time} left</source>
        <translation>已暂停（等待对方），剩余 {time}</translation>
    </message>
    <message>
        <source>Overdue by {time} of working time</source>
        <translation>已超时 {time}（工作时间）</translation>
    </message>
    <message>
        <source>Met late, {time} of working time after the due time</source>
        <translation>超时达成，晚于期限 {time}（工作时间）</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Feedback mailbox</source>
        <translation>反馈邮箱</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>在线表单</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation>媒体问询</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for them</source>
        <translation>等待对方</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The case is already “{status}”; from here it can become: {choices}.</source>
        <translation>该事项已是“{status}”；现在可改为：{choices}。</translation>
    </message>
    <message>
        <source>A case cannot go from “{old}” to “{new}”; from “{old}” it can become: {choices}.</source>
        <translation>事项不能从“{old}”改为“{new}”；“{old}”可改为：{choices}。</translation>
    </message>
    <message>
        <source>Grade 1 (general)</source>
        <translation>一级（一般）</translation>
    </message>
    <message>
        <source>Grade 2 (serious)</source>
        <translation>二级（较大）</translation>
    </message>
    <message>
        <source>Grade 3 (major)</source>
        <translation>三级（重大）</translation>
    </message>
    <message>
        <source>One person&apos;s problem the desk can settle; decided by an officer or a reviewer.</source>
        <translation>个人问题，窗口即可解决；由传播专员或审核人决定。</translation>
    </message>
    <message>
        <source>Repeated or costly harm, or a promise broken; decided by a reviewer, who answers for the organisation.</source>
        <translation>反复发生或损失较大，或未兑现承诺；由代表组织表态的审核人决定。</translation>
    </message>
    <message>
        <source>Safety, legal or media risk, or many people affected; decided by a manager named in the settings.</source>
        <translation>涉及安全、法律或媒体风险，或影响人数众多；由设置中指定的负责人决定。</translation>
    </message>
    <message>
        <source>an officer</source>
        <translation>传播专员</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>a manager named in the settings</source>
        <translation>设置中指定的负责人</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>A complaint&apos;s grade is 1, 2 or 3; {grade} is not one of them.</source>
        <translation>投诉等级只能是 1、2 或 3；{grade} 不在其中。</translation>
    </message>
    <message>
        <source>A complaint of “{grade}” is decided by {deciders}; hand it to one of them or ask them to decide.</source>
        <translation>“{grade}”投诉由{deciders}决定；请转交给他们，或请他们决定。</translation>
    </message>
    <message>
        <source>Only an officer, a reviewer or a manager named in the settings may grade a complaint.</source>
        <translation>只有传播专员、审核人或设置中指定的负责人可以为投诉定级。</translation>
    </message>
    <message>
        <source>keep the cases desk&apos;s categories, clocks and managers</source>
        <translation>维护案件台的类别、时限和上级</translation>
    </message>
    <message>
        <source>There is no case category &apos;{key}&apos;; the categories are: {names}.</source>
        <translation>没有案件类别 &apos;{key}&apos;；现有类别为：{names}。</translation>
    </message>
    <message>
        <source>Give the category a short code without spaces, such as &apos;billing&apos;.</source>
        <translation>请给类别一个不含空格的简短代码，例如 &apos;billing&apos;。</translation>
    </message>
    <message>
        <source>Give the category a Chinese or an English name.</source>
        <translation>请给类别一个中文或英文名称。</translation>
    </message>
    <message>
        <source>&apos;{department}&apos; is not one of the organisation&apos;s departments ({known}).</source>
        <translation>&apos;{department}&apos; 不是本机构的部门（{known}）。</translation>
    </message>
    <message>
        <source>A sub-category belongs to a top-level category; choose one.</source>
        <translation>子类别须属于一个顶级类别；请选择一个。</translation>
    </message>
    <message>
        <source>The code &apos;{code}&apos; is taken; choose another.</source>
        <translation>代码 &apos;{code}&apos; 已被占用；请另选一个。</translation>
    </message>
    <message>
        <source>There is no case category with id {id}.</source>
        <translation>没有编号为 {id} 的案件类别。</translation>
    </message>
    <message>
        <source>case category</source>
        <translation>案件类别</translation>
    </message>
    <message>
        <source>A clock&apos;s target is a number of working minutes above zero.</source>
        <translation>时限的目标是大于零的工作分钟数。</translation>
    </message>
    <message>
        <source>A person cannot be their own manager; choose someone else.</source>
        <translation>一个人不能是自己的上级；请另选他人。</translation>
    </message>
    <message>
        <source>work on cases</source>
        <extracomment>the code of the category a media inquiry is filed under when the administrators keep one (the upgrade makes it where there were inquiries to carry over)</extracomment>
        <translation>处理案件</translation>
    </message>
    <message>
        <source>There is no case with id {id}.</source>
        <translation>没有编号为 {id} 的案件。</translation>
    </message>
    <message>
        <source>log or answer media inquiries (the media liaison&apos;s task: MD-5)</source>
        <translation>登记或答复媒体问询（媒体联络人的职责：MD-5）</translation>
    </message>
    <message>
        <source>The time has no time zone; enter it with one.</source>
        <translation>该时间没有时区；请带时区输入。</translation>
    </message>
    <message>
        <source>There is no case &apos;{key}&apos;.</source>
        <translation>没有案件 &apos;{key}&apos;。</translation>
    </message>
    <message>
        <source>A media inquiry is logged on the journalist&apos;s contact.</source>
        <translation>媒体问询记录在该记者的联系人名下。</translation>
    </message>
    <message>
        <source>Say in a line what the case is about.</source>
        <translation>请用一句话说明案件内容。</translation>
    </message>
    <message>
        <source>A case cannot be received in the future; give the time it came in.</source>
        <translation>案件不能在将来收到；请给出实际收到的时间。</translation>
    </message>
    <message>
        <source>A received time before 2000-01-01 cannot be right; give the time the case came in.</source>
        <translation>早于 2000-01-01 的接收时间不可能正确；请填写案件实际到达的时间。</translation>
    </message>
    <message>
        <source>A media inquiry is linked to the journalist&apos;s contact; choose the contact.</source>
        <translation>媒体问询须关联记者的联系人；请选择联系人。</translation>
    </message>
    <message>
        <source>A case is raised by a contact or by a customer record, not both; choose one.</source>
        <translation>案件由联系人或客户记录提出，不能两者兼有；请选择其一。</translation>
    </message>
    <message>
        <source>Phone number “{value}”: {reason}.</source>
        <translation>电话号码“{value}”：{reason}。</translation>
    </message>
    <message>
        <source>E-mail address “{value}” is not valid; write it as name@example.org.</source>
        <translation>电子邮件地址“{value}”无效；请写成 name@example.org 的形式。</translation>
    </message>
    <message>
        <source>A call ends after it starts; check the two times.</source>
        <translation>通话结束时间应晚于开始时间；请检查这两个时间。</translation>
    </message>
    <message>
        <source>An answer comes after the case was received; check the two times.</source>
        <translation>答复应在收到案件之后；请检查这两个时间。</translation>
    </message>
    <message>
        <source>The sub-category belongs to another category; choose one of its own.</source>
        <translation>该子类别属于其他类别；请选择本类别下的子类别。</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>没有编号为 {id} 的联系人。</translation>
    </message>
    <message>
        <source>There is no customer record with id {id}.</source>
        <translation>没有编号为 {id} 的客户记录。</translation>
    </message>
    <message>
        <source>{count} customer records are named {name}; give the phone number or e-mail address of the one you mean as well.</source>
        <translation>有 {count} 条客户记录名为 {name}；请同时给出您所指客户的电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name, phone or e-mail address.</source>
        <translation>请给出客户的姓名、电话或电子邮件地址。</translation>
    </message>
    <message>
        <source>There is no media inquiry with id {id}.</source>
        <translation>没有编号为 {id} 的媒体问询。</translation>
    </message>
    <message>
        <source>(sender not known)</source>
        <translation>（发件人不详）</translation>
    </message>
    <message>
        <source>The last day ({last}) comes before the first day ({first}); give a later last day.</source>
        <translation>最后一天（{last}）早于第一天（{first}）；请给出更晚的最后一天。</translation>
    </message>
    <message>
        <source>A month starts on the 1st; give the first day of the month.</source>
        <translation>一个月从 1 日开始；请给出该月的第一天。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>&apos;{value}&apos; 不是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({first}); give a later end.</source>
        <translation>期间的结束日（{end}）早于开始日（{first}）；请给出更晚的结束日。</translation>
    </message>
    <message>
        <source>keep the cases desk&apos;s reply templates and intake rules</source>
        <translation>维护案件台的回复模板和导入规则</translation>
    </message>
    <message>
        <source>Choose zh_CN or en.</source>
        <translation>请选择 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Choose acknowledgement or canned response.</source>
        <translation>请选择回执或常用回复。</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <source>Give the canned response a title people pick it by.</source>
        <translation>请为常用回复填写一个便于选用的标题。</translation>
    </message>
    <message>
        <source>There is no reply template with id {id}.</source>
        <translation>没有编号为 {id} 的回复模板。</translation>
    </message>
    <message>
        <source>reply template</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>There is no canned response with id {id}.</source>
        <translation>没有编号为 {id} 的常用回复。</translation>
    </message>
    <message>
        <source>Choose what the rule looks at: sender, subject or text.</source>
        <translation>请选择规则查看的内容：发件人、主题或正文。</translation>
    </message>
    <message>
        <source>Give the words the rule looks for.</source>
        <translation>请填写规则要查找的词语。</translation>
    </message>
    <message>
        <source>There is no intake rule with id {id}.</source>
        <translation>没有编号为 {id} 的导入规则。</translation>
    </message>
    <message>
        <source>intake rule</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <source>This message is already in a case; it is not added twice.</source>
        <translation>此邮件已在某个案件中；不会重复添加。</translation>
    </message>
    <message>
        <source>Case {reference} has no e-mail address to answer; add one to its contact or customer record, or log the answer given another way.</source>
        <translation>案件 {reference} 没有可答复的电子邮件地址；请在其联系人或客户记录中添加，或登记以其他方式给出的答复。</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>请说明重新打开案件的原因。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 至 5 分。</translation>
    </message>
    <message>
        <source>Grade the complaint (1, 2 or 3) before resolving it.</source>
        <translation>办结前请先为投诉定级（1、2 或 3）。</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>没有编号为 {id} 的人员。</translation>
    </message>
    <message>
        <source>Choose a top-level category.</source>
        <translation>请选择一个顶级类别。</translation>
    </message>
    <message>
        <source>{clock} of case {reference} ran out at {due}; told: {manager}</source>
        <translation>案件 {reference} 的{clock}已于 {due} 超时；已告知：{manager}</translation>
    </message>
    <message>
        <source>nobody (no manager in the settings)</source>
        <translation>无人（设置中未指定上级）</translation>
    </message>
    <message>
        <source>escalation of an overdue case</source>
        <translation>超期案件的升级</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <extracomment>The settings key of the language the desk writes in (acknowledgements when a message shows none, the managers&apos; escalation mail).</extracomment>
        <translation>文字太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>Line {line}: a placeholder is not written correctly ({reason}); write it as {example}.</source>
        <translation>第 {line} 行：占位符写法有误（{reason}）；请写成 {example}。</translation>
    </message>
    <message>
        <source>The text is nested too deeply.</source>
        <translation>文字嵌套层次太深。</translation>
    </message>
    <message>
        <source>Line {line}: templates cannot include, import or define anything.</source>
        <translation>第 {line} 行：模板不能包含、导入或定义任何内容。</translation>
    </message>
    <message>
        <source>Line {line}: unknown placeholder &apos;{name}&apos;; known ones are: {known}.</source>
        <translation>第 {line} 行：未知占位符“{name}”；可用的有：{known}。</translation>
    </message>
    <message>
        <source>The template does too much work; make it simpler.</source>
        <translation>模板运算量过大，请简化。</translation>
    </message>
    <message>
        <source>The template tries something templates may not do; use only placeholders.</source>
        <translation>模板尝试了不允许的操作；请只使用占位符。</translation>
    </message>
    <message>
        <source>The template could not be filled in ({reason}).</source>
        <translation>模板无法填写（{reason}）。</translation>
    </message>
    <message>
        <source>new case</source>
        <extracomment>how far back a mail&apos;s own date is believed as the time the office received it (mail that sat in the mailbox over a long holiday). Older or in the future (a sender&apos;s wrong clock, a forged header), the clocks count from when it was taken in: whoever writes the Date header must not decide that a case is born overdue.</extracomment>
        <translation>新案件</translation>
    </message>
    <message>
        <source>joined its case</source>
        <translation>并入已有案件</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>for the staff directory</source>
        <translation>交由员工名录处理</translation>
    </message>
    <message>
        <source>an answer to an event invitation</source>
        <translation>活动邀请的回复</translation>
    </message>
    <message>
        <source>take feedback into cases</source>
        <translation>将反馈转为案件</translation>
    </message>
    <message>
        <source>There is no kept message with id {id}.</source>
        <translation>没有编号为 {id} 的保留邮件。</translation>
    </message>
    <message>
        <source>Taking in feedback was stopped; what was taken in is kept.</source>
        <translation>反馈导入已停止；已导入的内容均已保存。</translation>
    </message>
    <message>
        <source>It could not be made a case: {reason}</source>
        <translation>无法建立案件：{reason}</translation>
    </message>
    <message>
        <source>{kind} ({why}) that belongs to no case; it is not answered.</source>
        <translation>{kind}（{why}），不属于任何案件；不予答复。</translation>
    </message>
    <message>
        <source>An answer to an event invitation that could not be recorded: {reason}</source>
        <translation>一封活动邀请的回复未能登记：{reason}</translation>
    </message>
    <message>
        <source>(the message has no text)</source>
        <translation>（邮件没有正文）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Not acknowledged: no mail account is set up to send from (Outbox &gt; Account).</source>
        <translation>未回执：尚未设置发信邮箱账户（发件箱 &gt; 账户）。</translation>
    </message>
    <message>
        <source>Not acknowledged: it was sent from the desk&apos;s own address.</source>
        <translation>未回执：这封邮件来自案件台自己的地址。</translation>
    </message>
    <message>
        <source>Not acknowledged: {reason}</source>
        <translation>未回执：{reason}</translation>
    </message>
    <message>
        <source>Not acknowledged: the template cannot be used ({reason}).</source>
        <translation>未回执：模板无法使用（{reason}）。</translation>
    </message>
    <message>
        <source>automatic acknowledgement from the desk&apos;s template</source>
        <translation>按案件台模板自动发送的回执</translation>
    </message>
    <message>
        <source>acknowledged automatically (outbox message {id})</source>
        <translation>已自动回执（发件箱邮件 {id}）</translation>
    </message>
    <message>
        <source>A delivery failure report</source>
        <translation>一封退信报告</translation>
    </message>
    <message>
        <source>An automatic reply</source>
        <translation>一封自动回复</translation>
    </message>
    <message>
        <source>{kind} came in ({why}); it was not answered.</source>
        <translation>收到{kind}（{why}）；未予答复。</translation>
    </message>
    <message>
        <source>Not acknowledged: it is an automatic message.</source>
        <translation>未回执：这是一封自动邮件。</translation>
    </message>
    <message>
        <source>Not acknowledged: the message gives no address to answer.</source>
        <translation>未回执：邮件没有可答复的地址。</translation>
    </message>
    <message>
        <source>write knowledge-base answers</source>
        <translation>撰写知识库答复</translation>
    </message>
    <message>
        <source>approve knowledge-base answers</source>
        <translation>审核知识库答复</translation>
    </message>
    <message>
        <source>This version is approved already.</source>
        <translation>该版本已审核通过。</translation>
    </message>
    <message>
        <source>The knowledge-base entry {id} has no version {number}.</source>
        <translation>知识库条目 {id} 没有第 {number} 版。</translation>
    </message>
    <message>
        <source>knowledge-base entry</source>
        <translation>知识库条目</translation>
    </message>
    <message>
        <source>There is no knowledge-base entry with id {id}.</source>
        <translation>没有编号为 {id} 的知识库条目。</translation>
    </message>
    <message>
        <source>Give the answer a title callers&apos; questions would match.</source>
        <translation>请为答复起一个与来电人问题相符的标题。</translation>
    </message>
    <message>
        <source>A title has at most {n} characters; shorten it.</source>
        <translation>标题最多 {n} 个字符；请缩短。</translation>
    </message>
    <message>
        <source>Write the answer itself.</source>
        <translation>请写出答复内容。</translation>
    </message>
    <message>
        <source>The language is zh or en.</source>
        <translation>语言为 zh 或 en。</translation>
    </message>
    <message>
        <source>You wrote this version, so someone else approves it (four eyes); ask another reviewer.</source>
        <translation>该版本由您撰写，须由他人审核（四眼原则）；请另一位审核人审核。</translation>
    </message>
    <message>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} 分 {seconds:02d} 秒</translation>
    </message>
    <message>
        <source>{arrow} {points} pts</source>
        <translation>{arrow} {points} 个百分点</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>收到的案件</translation>
    </message>
    <message>
        <source>Resolved or closed (of them)</source>
        <translation>其中已解决或已关闭</translation>
    </message>
    <message>
        <source>{clock}: within target</source>
        <translation>{clock}：按时达成率</translation>
    </message>
    <message>
        <source>{clock}: median working time</source>
        <translation>{clock}：工作时间中位数</translation>
    </message>
    <message>
        <source>{clock}: 90th percentile</source>
        <translation>{clock}：第 90 百分位</translation>
    </message>
    <message>
        <source>{clock}: still running, overdue</source>
        <translation>{clock}：仍在计时且已超时</translation>
    </message>
    <message>
        <source>First-contact resolution (FCR)</source>
        <translation>首次联系解决率（FCR）</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT), average of 1–5</source>
        <translation>满意度（CSAT），1–5 分平均</translation>
    </message>
    <message>
        <source>Satisfied (score 4 or 5)</source>
        <translation>满意（4 分或 5 分）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Average handling time of calls</source>
        <translation>来电平均处理时长</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} 级</translation>
    </message>
    <message>
        <source>Cases desk: daily report</source>
        <translation>案件台：日报</translation>
    </message>
    <message>
        <source>Cases desk: weekly report</source>
        <translation>案件台：周报</translation>
    </message>
    <message>
        <source>Cases desk: monthly report</source>
        <translation>案件台：月报</translation>
    </message>
    <message>
        <source>Cases desk: report</source>
        <translation>案件台：报告</translation>
    </message>
    <message>
        <source>Cases {period}</source>
        <translation>案件 {period}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Cases desk figures</source>
        <translation>案件台数据</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
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
        <source>Every figure counts the cases received in the period and what was done on them up to the moment of counting; times are working time on the office&apos;s calendar.</source>
        <translation>各项数据统计本期收到的案件及截至统计时对其所做的处理；时长均按本办公室工作日历计算的工作时间。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
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
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cases by channel</source>
        <translation>各渠道案件数</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Complaints by grade</source>
        <translation>投诉按等级</translation>
    </message>
    <message>
        <source>Clocks within target (%)</source>
        <translation>时限按时率（%）</translation>
    </message>
    <message>
        <source>Cases received in the period</source>
        <translation>本期收到的案件</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>各类别案件数</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Oldest open cases</source>
        <translation>最早的未结案件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未结天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No case received before the period&apos;s end is open.</source>
        <translation>本期结束前收到的案件均已办结。</translation>
    </message>
    <message>
        <source>For the staff directory (an unsubscribe or a confirmation): {result}</source>
        <translation>交由员工名录处理（退订或订阅确认）：{result}</translation>
    </message>
    <message numerus="yes">
        <source>A staff announcement could not be delivered to {addresses}: %n subscription(s) marked bounced in the staff directory.</source>
        <translation>
            <numerusform>一封员工通知无法投递到 {addresses}：员工名录中已有 %n 项订阅标记为退信。</numerusform>
        </translation>
    </message>
    <message>
        <source>An automatic reply to a staff announcement; nothing to do.</source>
        <translation>对员工通知的自动回复；无需处理。</translation>
    </message>
    <message>
        <source>A reply to a staff announcement, not a case; noted as the member&apos;s activity.</source>
        <translation>对员工通知的回复，不是案件；已记为该员工的活动。</translation>
    </message>
    <message>
        <source>A reply to a staff announcement, not a case.</source>
        <translation>对员工通知的回复，不是案件。</translation>
    </message>
</context>
<context>
    <name>CasesAdminDialog</name>
    <message>
        <source>Cases desk settings</source>
        <translation>案件台设置</translation>
    </message>
    <message>
        <source>C&amp;ategories and clocks</source>
        <translation>类别与时限(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Managers</source>
        <translation>主管(&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;eply templates</source>
        <translation>答复模板(&amp;E)</translation>
    </message>
    <message>
        <source>Inta&amp;ke rules</source>
        <translation>收件规则(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Feedback mailbox</source>
        <translation>反馈邮箱(&amp;F)</translation>
    </message>
</context>
<context>
    <name>CasesDeskJobs</name>
    <message>
        <source>&amp;Hotline call…</source>
        <translation>热线来电(&amp;H)…</translation>
    </message>
    <message>
        <source>Hotline call (Ctrl+Shift+H)</source>
        <translation>热线来电（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>&amp;Fetch the feedback mailbox now</source>
        <translation>立即收取意见邮箱(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the mailbox &amp;automatically</source>
        <translation>自动收取邮箱(&amp;A)</translation>
    </message>
    <message>
        <source>The feedback mailbox is being fetched already.</source>
        <translation>意见邮箱正在收取中。</translation>
    </message>
    <message>
        <source>&amp;Off (only by hand)</source>
        <translation>关闭（仅手动）(&amp;O)</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>每 5 分钟(&amp;5)</translation>
    </message>
    <message>
        <source>Every 1&amp;0 minutes</source>
        <translation>每 10 分钟(&amp;0)</translation>
    </message>
    <message>
        <source>Every &amp;30 minutes</source>
        <translation>每 30 分钟(&amp;3)</translation>
    </message>
    <message>
        <source>Every &amp;60 minutes</source>
        <translation>每 60 分钟(&amp;6)</translation>
    </message>
    <message>
        <source>Fetching the feedback mailbox…</source>
        <translation>正在收取意见邮箱…</translation>
    </message>
    <message numerus="yes">
        <source>%n case clock(s) ran out and were escalated</source>
        <translation>
            <numerusform>%n 个案件时限已到期并已升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n manager(s) told</source>
        <translation>
            <numerusform>；已通知 %n 位主管</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback mailbox fetched: {new} new case(s), {joined} joined to their case, {aside} set aside for a person.</source>
        <translation>意见邮箱已收取：新案件 {new} 个，并入原案件 {joined} 封，搁置待人处理 {aside} 封。</translation>
    </message>
    <message>
        <source>Feedback mailbox fetched: no new messages.</source>
        <translation>意见邮箱已收取：没有新邮件。</translation>
    </message>
    <message>
        <source>The overdue cases could not be escalated: {reason} commdesk tries again in a few minutes.</source>
        <translation>超时案件未能升级：{reason} commdesk 会在几分钟后再试。</translation>
    </message>
    <message>
        <source>The feedback mailbox could not be fetched: {reason} Check the mailbox in Cases desk settings; commdesk tries again at the next fetch.</source>
        <translation>意见邮箱未能收取：{reason} 请在“案件台设置”中检查邮箱；commdesk 会在下次收取时再试。</translation>
    </message>
</context>
<context>
    <name>CasesDialogs</name>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>CasesPane</name>
    <message>
        <source>Search words in the case, its person and its messages…</source>
        <extracomment>the status filter&apos;s choices: (key, status or None); &quot;open&quot; = every open status ``open_record``&apos;s key for the set-aside mail window instead of a case</extracomment>
        <translation>搜索案件、当事人及往来消息中的词语…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation>已超时(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take a call…</source>
        <translation>接听来电(&amp;T)…</translation>
    </message>
    <message>
        <source>Hotline call screen (Ctrl+Shift+H)</source>
        <translation>热线来电界面（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Bounces and set-aside mail…</source>
        <translation>退信和搁置邮件(&amp;B)…</translation>
    </message>
    <message>
        <source>Mail the intake set aside: unreadable messages, automatic replies and bounces of no case</source>
        <translation>收件时搁置的邮件：无法读取的邮件、不属于任何案件的自动回复和退信</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>渠道(&amp;L)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Take a hotline call</source>
        <translation>接听热线来电</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>The case was changed meanwhile</source>
        <translation>案件已被他人修改</translation>
    </message>
    <message>
        <source>Someone else changed this case after you opened it, so your step was not taken. The case now shows what is stored; look at it and take the step again if it still fits.</source>
        <translation>您打开此案件后，有人修改了它，因此您的操作未执行。现在显示的是已保存的内容；请查看后，如仍合适，再执行一次。</translation>
    </message>
    <message>
        <source>The case was not resolved</source>
        <translation>案件未能解决</translation>
    </message>
    <message>
        <source>Reopen case {reference}</source>
        <translation>重新打开案件 {reference}</translation>
    </message>
    <message>
        <source>Why is it reopened?</source>
        <translation>为何重新打开？</translation>
    </message>
    <message>
        <source>The case was not reopened</source>
        <translation>案件未能重新打开</translation>
    </message>
    <message>
        <source>Close case {reference}</source>
        <translation>结案 {reference}</translation>
    </message>
    <message>
        <source>Close the case? It can be reopened later.</source>
        <translation>结案吗？以后仍可重新打开。</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>The answer was not put in the outbox</source>
        <translation>答复未能放入发件箱</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <source>The case was not routed</source>
        <translation>案件未能分派</translation>
    </message>
    <message>
        <source>Call saved as case {reference}.</source>
        <translation>来电已保存为案件 {reference}。</translation>
    </message>
    <message>
        <source>Recover an unsaved call</source>
        <translation>恢复未保存的来电</translation>
    </message>
    <message>
        <source>A hotline call “{label}” was not saved when commdesk stopped (copy from {time}). Recover it now?</source>
        <translation>commdesk 停止时，热线来电“{label}”尚未保存（副本时间 {time}）。现在恢复吗？</translation>
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
        <source>Discard the call</source>
        <translation>放弃来电</translation>
    </message>
    <message>
        <source>Delete the unsaved call for good?</source>
        <translation>彻底删除这条未保存的来电吗？</translation>
    </message>
</context>
<context>
    <name>CasesReportDialog</name>
    <message>
        <source>Cases report</source>
        <translation>案件报告</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>显示数据(&amp;S)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To (last day, included):</source>
        <translation>至(&amp;T)（最后一天，含当日）：</translation>
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
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Channel or category</source>
        <translation>渠道或类别</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未结天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>关键指标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Volumes</source>
        <translation>数量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Oldest open cases</source>
        <translation>最早的未结案件(&amp;O)</translation>
    </message>
    <message>
        <source>Another period is chosen: Show figures counts it.</source>
        <translation>已选择另一时段：按“显示数据”进行统计。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>正在统计案件…</translation>
    </message>
    <message>
        <source>{period}, compared with {previous}; counted at {at}.</source>
        <translation>{period}，对比 {previous}；统计于 {at}。</translation>
    </message>
    <message>
        <source>Cases received, by channel and by category</source>
        <translation>收到的案件：按渠道和按类别</translation>
    </message>
    <message>
        <source>Cases report {period}</source>
        <translation>案件报告 {period}</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ne&amp;w category</source>
        <translation>新建类别(&amp;W)</translation>
    </message>
    <message>
        <source>a short code without spaces, e.g. billing</source>
        <translation>不含空格的简短代码，例如 billing</translation>
    </message>
    <message>
        <source>Its cases are &amp;complaints (graded, HL-4)</source>
        <translation>此类案件为投诉（需定级，HL-4）(&amp;C)</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>En&amp;glish name:</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation>上级类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Routed to:</source>
        <translation>分派给(&amp;R)：</translation>
    </message>
    <message>
        <source>Clock targets (working hours)</source>
        <translation>时限目标（工作小时）</translation>
    </message>
    <message>
        <source>House default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>保存类别(&amp;S)</translation>
    </message>
    <message>
        <source>(the top-level category&apos;s)</source>
        <translation>（沿用上级类别的）</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>Every category (defaults)</source>
        <translation>所有类别（默认值）</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation>（未启用）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>default ({hours:g} h)</source>
        <translation>默认（{hours:g} 小时）</translation>
    </message>
    <message>
        <source>The house&apos;s default: {hours:g} working hours. 0 goes back to it.</source>
        <translation>系统默认值：{hours:g} 个工作小时。设为 0 即恢复默认。</translation>
    </message>
    <message>
        <source>{values} h</source>
        <translation>{values} 小时</translation>
    </message>
    <message>
        <source>Working time on the office&apos;s calendar: a working day has {hours:g} hours, so 1 working day = {hours:g} h. Waiting for them pauses every clock.</source>
        <translation>按办公室工作日历计算工作时间：一个工作日有 {hours:g} 小时，即 1 个工作日 = {hours:g} 小时。等待对方回复期间所有时限暂停。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Words or pinyin of the title</source>
        <translation>标题中的词语或拼音</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>新建条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve this version</source>
        <translation>审核通过此版本(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>答复(&amp;W)：</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>version {n} waiting</source>
        <translation>第 {n} 版待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>No entry chosen: write a new one.</source>
        <translation>未选择条目：可撰写新条目。</translation>
    </message>
    <message>
        <source>Version {n}, written by {who}.</source>
        <translation>第 {n} 版，撰写人 {who}。</translation>
    </message>
    <message>
        <source>Version {n} approved {when}; the call screen offers that text.</source>
        <translation>第 {n} 版于 {when} 审核通过；来电界面提供该文本。</translation>
    </message>
    <message>
        <source>Not offered at the call screen until a reviewer approves it.</source>
        <translation>经审核人审核通过前，来电界面不会提供。</translation>
    </message>
    <message>
        <source>{written} {offered}</source>
        <translation>{written}{offered}</translation>
    </message>
    <message>
        <source>A new entry waits for a reviewer&apos;s approval once saved.</source>
        <translation>新条目保存后须等待审核人审核。</translation>
    </message>
    <message>
        <source>The entry was not saved</source>
        <translation>条目未保存</translation>
    </message>
    <message>
        <source>The entry was not approved</source>
        <translation>条目未能审核通过</translation>
    </message>
    <message>
        <source>Discard the edit</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close without saving the entry?</source>
        <translation>不保存条目就关闭吗？</translation>
    </message>
</context>
<context>
    <name>MailboxTab</name>
    <message>
        <source>The office&apos;s feedback mailbox, read over IMAP every working day (FB-1). Messages are only read unless you choose otherwise below. The password is kept in this computer&apos;s keyring.</source>
        <translation>办公室的反馈邮箱，每个工作日通过 IMAP 读取（FB-1）。除非在下方另行选择，邮件只读取、不改动。密码保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted, this computer only)</source>
        <translation>无（不加密，仅限本机服务器）</translation>
    </message>
    <message>
        <source>Leave it on the server, unchanged</source>
        <translation>保留在服务器上，不作改动</translation>
    </message>
    <message>
        <source>Mark it as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Delete it from the server</source>
        <translation>从服务器删除</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>安全方式(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>After &amp;taking in:</source>
        <translation>收取之后(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save mailbox</source>
        <translation>保存邮箱(&amp;S)</translation>
    </message>
    <message>
        <source>(kept in the keyring; type to replace)</source>
        <translation>（已存于密钥环；输入即可替换）</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>（尚未输入）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept only until commdesk is closed.</source>
        <translation>本机没有密钥环：密码只保留到 commdesk 关闭为止。</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>Testing the connection to the feedback mailbox…</source>
        <translation>正在测试与反馈邮箱的连接…</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>测试已停止。</translation>
    </message>
</context>
<context>
    <name>ManagersTab</name>
    <message>
        <source>When a case&apos;s clock runs out, its owner&apos;s manager is told (and it is in the audit log). Managers also decide grade 3 complaints.</source>
        <translation>案件时限超时后，会通知负责人的主管（并记入审计日志）。三级投诉也由主管决定。</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>&amp;Save managers</source>
        <translation>保存主管(&amp;S)</translation>
    </message>
    <message>
        <source>Manager of {name}</source>
        <translation>{name} 的主管</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve case {reference}</source>
        <translation>解决案件 {reference}</translation>
    </message>
    <message>
        <source>What was done or answered (they are told it)</source>
        <translation>做了什么或答复了什么（会告知对方）</translation>
    </message>
    <message>
        <source>Resolved on &amp;first contact</source>
        <translation>首次接触即解决(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>满意度(&amp;S)（1-5）：</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the outcome</source>
        <translation>放弃处理结果</translation>
    </message>
    <message>
        <source>Close without resolving the case?</source>
        <translation>不解决案件就关闭吗？</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route case {reference}</source>
        <translation>分派案件 {reference}</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>Not a complaint</source>
        <translation>不是投诉</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>子类别(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Complaint &amp;grade:</source>
        <translation>投诉等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>A message from the mailbox or a web form whose sender, subject or text contains the words becomes a case of the category. The first rule that matches, by position, wins.</source>
        <translation>来自邮箱或网页表单的消息，若发件人、主题或正文包含指定词语，即成为该类别的案件。按排序第一条匹配的规则生效。</translation>
    </message>
    <message>
        <source>Intake rules</source>
        <translation>收件规则</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Looks at:</source>
        <translation>检查项(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontains:</source>
        <translation>包含(&amp;O)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>排序(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>删除规则(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>{position}. {field} contains “{words}” → {category}</source>
        <translation>{position}. {field}包含“{words}” → {category}</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation>（未启用）</translation>
    </message>
    <message>
        <source>Add a category first, then the rules that lead to it.</source>
        <translation>请先添加类别，再添加指向它的规则。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Set-aside mail</source>
        <translation>搁置的邮件</translation>
    </message>
    <message>
        <source>Set-aside messages</source>
        <translation>搁置的邮件列表</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>The message as it arrived</source>
        <translation>邮件原文</translation>
    </message>
    <message>
        <source>The message as it &amp;arrived (plain text):</source>
        <translation>邮件原文（纯文本）(&amp;A)：</translation>
    </message>
    <message>
        <source>Make a &amp;case of it</source>
        <translation>立为案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dealt with</source>
        <translation>已处理(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The set-aside mail could not be read</source>
        <translation>无法读取搁置的邮件</translation>
    </message>
    <message>
        <source>Taken in ({zone})</source>
        <translation>收取时间（{zone}）</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>搁置原因</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) the intake could not make a case of, or that belong to no case. Look at each: make a case of a readable one, or mark it dealt with.</source>
        <translation>
            <numerusform>有 %n 封邮件无法立为案件，或不属于任何案件。请逐一查看：可读的可立为案件，否则标记为已处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is set aside: every message the intake took in is accounted for.</source>
        <translation>没有搁置的邮件：收取的每封邮件都已有着落。</translation>
    </message>
    <message>
        <source>Nothing of this message was kept; only its line in the log is left.</source>
        <translation>此邮件的原文未保留，只剩日志中的一行记录。</translation>
    </message>
    <message>
        <source>Readable: it can be made a case, or marked dealt with.</source>
        <translation>可读：可立为案件，或标记为已处理。</translation>
    </message>
    <message>
        <source>Not readable as a message: it can only be marked dealt with.</source>
        <translation>无法作为邮件读取：只能标记为已处理。</translation>
    </message>
    <message>
        <source>You can read these messages but not act on them: {why}</source>
        <translation>您可以查看这些邮件，但不能处理：{why}</translation>
    </message>
    <message>
        <source>No case was made of the message</source>
        <translation>未能将邮件立为案件</translation>
    </message>
    <message>
        <source>Case {reference} was made, but the message is still listed</source>
        <translation>已立案 {reference}，但邮件仍在列表中</translation>
    </message>
    <message>
        <source>Case {reference} was made of the message; it is shown in the Cases pane.</source>
        <translation>已将邮件立为案件 {reference}，可在案件窗格中查看。</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Take “{subject}” off the list? It stays in the intake&apos;s log.</source>
        <translation>将“{subject}”移出列表？它仍保留在收件日志中。</translation>
    </message>
    <message>
        <source>The message is still listed</source>
        <translation>邮件仍在列表中</translation>
    </message>
    <message>
        <source>Taken off the list; it stays in the intake&apos;s log.</source>
        <translation>已移出列表；它仍保留在收件日志中。</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>Acknowledgement (sent at once, FB-2)</source>
        <translation>确认函（立即发送，FB-2）</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <source>how people pick a canned response</source>
        <translation>选用常用答复时看到的名称</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <source>Kin&amp;d:</source>
        <translation>类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>占位符：{names}</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Preview with a sample case</source>
        <translation>用示例案件预览</translation>
    </message>
    <message>
        <source>The preview, filled in with a sample case, shows here.</source>
        <translation>用示例案件填写后的预览显示在这里。</translation>
    </message>
    <message>
        <source>(every category)</source>
        <translation>（所有类别）</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>确认函</translation>
    </message>
    <message>
        <source>Canned</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation>（未启用）</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>主题：{subject}</translation>
    </message>
    <message>
        <source>Filled in with a sample case.</source>
        <translation>已用示例案件填写。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>
