<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Edit announcement</source>
        <translation>编辑通知</translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation>新建通知</translation>
    </message>
    <message>
        <source>what it is about, e.g. 办公室搬迁</source>
        <translation>事项，例如：办公室搬迁</translation>
    </message>
    <message>
        <source>【重要通知】 an &amp;important notice</source>
        <translation>【重要通知】重要通知(&amp;I)</translation>
    </message>
    <message>
        <source>{name} ({n} subscribed)</source>
        <translation>{name}（{n} 人订阅）</translation>
    </message>
    <message>
        <source>&amp;Planned to send (%1):</source>
        <translation>计划发出时间（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Announcements go only to the subscribed members of the lists chosen, after a reviewer approved this exact text. Saving a change voids an approval.</source>
        <translation>通知只发给所选列表中已订阅的成员，并且须经审核人批准此版本文字后才能发送。保存修改会使已有的批准失效。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>发送对象(&amp;U)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The announcement has unsaved changes. Discard them?</source>
        <translation>这条通知有尚未保存的修改。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>AnnouncementsModel</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sent / planned</source>
        <translation>发送 / 计划时间</translation>
    </message>
    <message>
        <source>planned {time}</source>
        <translation>计划 {time}</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>退回并附意见(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send to the lists…</source>
        <translation>发送给订阅列表(&amp;S)…</translation>
    </message>
    <message>
        <source>Revie&amp;wers needed…</source>
        <translation>审核人数(&amp;W)…</translation>
    </message>
    <message>
        <source>a comment on this version</source>
        <translation>对此版本的意见</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>添加意见(&amp;M)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>批准后的改动</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>&lt;b&gt;Announcements&lt;/b&gt; to the staff subscription lists (AN-1..4)</source>
        <translation>发给员工订阅列表的&lt;b&gt;内部通知&lt;/b&gt;（AN-1..4）</translation>
    </message>
    <message>
        <source>No announcement chosen. Write one with New…</source>
        <translation>未选择通知。点击“新建…”撰写一条。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{state}&lt;/b&gt; · owner {owner} · approved by: {who} (%n reviewer(s) needed)</source>
        <translation>
            <numerusform>&lt;b&gt;{state}&lt;/b&gt; · 负责人 {owner} · 批准人：{who}（需要 %n 位审核人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>发送对象：</translation>
    </message>
    <message>
        <source>Planned to send:</source>
        <translation>计划发出：</translation>
    </message>
    <message>
        <source>Sent to the lists at {time}, then edited: the copies not yet out are held in the Outbox. Once it is approved again, send it again: the held copies are cancelled and the new text goes out.</source>
        <translation>已于 {time} 发送给订阅列表，之后又作了修改：尚未发出的邮件已在发件箱中暂扣。重新审批通过后请再次发送：暂扣的邮件会被取消，新内容随之发出。</translation>
    </message>
    <message>
        <source>Who a send would reach now (never the unsubscribed, bounced or unconfirmed):</source>
        <translation>现在发送会送达的人（不含已退订、退信或尚未确认的成员）：</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Held back by the cap</source>
        <translation>受频率上限暂不发送</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>change the review settings</source>
        <translation>更改审核设置</translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation>编辑通知</translation>
    </message>
    <message>
        <source>It is {state}: a change voids the approval, and copies not yet sent are held. Edit it?</source>
        <translation>此通知为“{state}”：修改会使批准失效，尚未发出的邮件将被暂扣。仍要编辑吗？</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>退回并附意见</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <source>Send announcement</source>
        <translation>发送通知</translation>
    </message>
    <message>
        <source>Put {n} copies in the outbox for {lists}?</source>
        <translation>为“{lists}”在发件箱中放入 {n} 封邮件？</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>仍要发送？</translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation>请说明仍要发送的理由（将记入历史记录）：</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) in the outbox; the outbox sends them.</source>
        <translation>
            <numerusform>发件箱中已有 %n 封邮件，由发件箱发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copies of this text were in the outbox already.</source>
        <translation>此版本的邮件已在发件箱中。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>the staff directory and its subscription lists (announcements): import, list, lists, add-list, unsubscribe, hygiene</source>
        <translation>员工名录及其订阅列表（通知公告）：import、list、lists、add-list、unsubscribe、hygiene</translation>
    </message>
    <message>
        <source>import staff members from a CSV (UTF-8 or GB18030) or .xlsx file: columns name, email, department, phone, lists (administrators)</source>
        <translation>从 CSV（UTF-8 或 GB18030）或 .xlsx 文件导入员工：列为姓名、邮箱、部门、电话、订阅列表（管理员）</translation>
    </message>
    <message>
        <source>subscribe every row to this list too (may be repeated)</source>
        <translation>每一行也订阅此列表（可重复给出）</translation>
    </message>
    <message>
        <source>save the good rows even when others are rejected (default: all or nothing)</source>
        <translation>即使有行被拒绝，也保存正确的行（默认：要么全部保存，要么都不保存）</translation>
    </message>
    <message>
        <source>the CSV file's encoding, if not detected</source>
        <translation>CSV 文件的编码（无法自动识别时）</translation>
    </message>
    <message>
        <source>list staff members, by name</source>
        <translation>按姓名列出员工</translation>
    </message>
    <message>
        <source>only members of this list</source>
        <translation>只列出此列表的成员</translation>
    </message>
    <message>
        <source>only members in this status on the list</source>
        <translation>只列出在该列表中处于此状态的成员</translation>
    </message>
    <message>
        <source>the subscription lists with their subscribers</source>
        <translation>订阅列表及其订阅人数</translation>
    </message>
    <message>
        <source>add a subscription list (administrators)</source>
        <translation>新增订阅列表（管理员）</translation>
    </message>
    <message>
        <source>the list's Chinese name</source>
        <translation>列表的中文名称</translation>
    </message>
    <message>
        <source>the list's English name</source>
        <translation>列表的英文名称</translation>
    </message>
    <message>
        <source>members confirm by mail before they receive anything</source>
        <translation>成员须先通过邮件确认，才会收到任何内容</translation>
    </message>
    <message>
        <source>at most N mails from the list per period and member</source>
        <translation>每位成员每个周期最多收到该列表 N 封邮件</translation>
    </message>
    <message>
        <source>the cap's period (default 7 days)</source>
        <translation>频次上限的周期（默认 7 天）</translation>
    </message>
    <message>
        <source>take a member off a list (administrators)</source>
        <translation>将成员移出列表（管理员）</translation>
    </message>
    <message>
        <source>the list-hygiene report: bounced and long-inactive addresses (AN-3)</source>
        <translation>列表清理报告：退信和长期不活跃的地址（AN-3）</translation>
    </message>
    <message>
        <source>write the report as CSV to FILE</source>
        <translation>将报告以 CSV 格式写入 FILE</translation>
    </message>
    <message>
        <source>write the CSV in GB18030 (older Excel)</source>
        <translation>以 GB18030 编码写 CSV（适用于旧版 Excel）</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{file}：新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who had unsubscribed or whose mail bounced not subscribed again.</source>
        <translation>
            <numerusform>%n 位此前已退订或邮件被退回的人员未被重新订阅。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation mail(s) in the outbox (double opt-in).</source>
        <translation>
            <numerusform>%n 封确认邮件已放入发件箱（双重确认）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved because rows were rejected: correct them and import again, or import the good rows with --partial.</source>
        <translation>由于有行被拒绝，未保存任何内容：请更正后重新导入，或用 --partial 只导入正确的行。</translation>
    </message>
    <message>
        <source>--status needs --list: a status is a member's on one list.</source>
        <translation>--status 需要同时给出 --list：状态是成员在某一列表上的状态。</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>at most {n} in {days} days</source>
        <translation>{days} 天内最多 {n} 封</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无频次上限</translation>
    </message>
    <message>
        <source>double opt-in</source>
        <translation>双重确认订阅</translation>
    </message>
    <message>
        <source>List {id} added: {name}</source>
        <translation>已新增列表 {id}：{name}</translation>
    </message>
    <message>
        <source>{name} is unsubscribed from {list}.</source>
        <translation>{name} 已退订 {list}。</translation>
    </message>
    <message>
        <source>Bounced: {bounced}; inactive for {months} months or more: {inactive}.</source>
        <translation>退信：{bounced}；{months} 个月或更久不活跃：{inactive}。</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation>长期不活跃</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
    <message>
        <source>internal announcements to the staff subscription lists, reviewed before they are sent: list, show, new, submit, approve, return, send</source>
        <translation>发给员工订阅列表的内部通知，发送前须经审核：list、show、new、submit、approve、return、send</translation>
    </message>
    <message>
        <source>list announcements, newest first, with their state</source>
        <translation>列出通知（最新在前）及其状态</translation>
    </message>
    <message>
        <source>show an announcement: text, audience, review, comments, changes</source>
        <translation>显示一条通知：正文、发送对象、审核、意见、改动</translation>
    </message>
    <message>
        <source>write a new announcement (a draft; officers)</source>
        <translation>撰写新通知（草稿；传播专员）</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>the announcement's text</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation>从 UTF-8 文件读取正文</translation>
    </message>
    <message>
        <source>a subscription list it goes to (name or id; may be repeated)</source>
        <translation>发送到的订阅列表（名称或编号；可重复）</translation>
    </message>
    <message>
        <source>an important notice: the subject starts with 【重要通知】</source>
        <translation>重要通知：主题以【重要通知】开头</translation>
    </message>
    <message>
        <source>when it is meant to go out, in the organisation's time zone (shown on the calendar)</source>
        <translation>计划发出的时间，按本单位时区（显示在日历上）</translation>
    </message>
    <message>
        <source>submit an announcement for review</source>
        <translation>提交通知审核</translation>
    </message>
    <message>
        <source>approve an announcement's current text (reviewers)</source>
        <translation>批准通知的当前文字（审核人）</translation>
    </message>
    <message>
        <source>return an announcement to its author with a comment (reviewers)</source>
        <translation>将通知附意见退回给作者（审核人）</translation>
    </message>
    <message>
        <source>what should change</source>
        <translation>需要修改的地方</translation>
    </message>
    <message>
        <source>queue an approved announcement in the outbox: one copy per subscribed member (officers)</source>
        <translation>将已批准的通知放入发件箱：每位订阅成员一封（传播专员）</translation>
    </message>
    <message>
        <source>send despite the mail checks' warnings, with why</source>
        <translation>不顾邮件检查的警告仍然发送，并说明理由</translation>
    </message>
    <message>
        <source>No announcements yet.</source>
        <translation>还没有通知。</translation>
    </message>
    <message>
        <source>Owner: {name}  Audience: {lists}</source>
        <translation>负责人：{name}  发送对象：{lists}</translation>
    </message>
    <message>
        <source>Planned for: {when}</source>
        <translation>计划发出：{when}</translation>
    </message>
    <message>
        <source>Approved by: {names}</source>
        <translation>批准人：{names}</translation>
    </message>
    <message>
        <source>Since the last approved version: {changes}</source>
        <translation>与上次批准的版本相比：{changes}</translation>
    </message>
    <message>
        <source>--planned needs a day and a time on the organisation's clock ({zone}), like '2027-01-08 09:00', not “{value}”.</source>
        <translation>--planned 需要本单位时区（{zone}）的日期和时间，例如 '2027-01-08 09:00'，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Announcement {id} saved as a draft.</source>
        <translation>通知 {id} 已保存为草稿。</translation>
    </message>
    <message>
        <source>Announcement {id} is now {state}.</source>
        <translation>通知 {id} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Give --override REASON to send anyway.</source>
        <translation>如仍要发送，请加上 --override 理由。</translation>
    </message>
    <message>
        <source>The copies of this text were in the outbox already; nothing was added.</source>
        <translation>此版本的邮件已在发件箱中，未再添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) queued in the outbox; send them with commdesk outbox send.</source>
        <translation>
            <numerusform>已在发件箱中排队 %n 封邮件；用 commdesk outbox send 发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) held back by a list's frequency cap.</source>
        <translation>
            <numerusform>%n 位成员因列表的发送频率上限而暂不发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>the review of posts, announcements, invitations and procedure versions: reviewers</source>
        <translation>帖子、内部通知、邀请和规程版本的审核：reviewers（所需审核人的人数）</translation>
    </message>
    <message>
        <source>show how many reviewers each kind needs, or set it for one kind (administrators)</source>
        <translation>显示每类内容需要几位审核人，或为某一类设置（管理员）</translation>
    </message>
    <message>
        <source>Give the number of reviewers too: 1 or 2.</source>
        <translation>请同时给出审核人数：1 或 2。</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Important notice 【重要通知】</source>
        <translation>重要通知【重要通知】</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>The priority is normal or important.</source>
        <translation>优先级只能是普通或重要。</translation>
    </message>
    <message>
        <source>Say in a few words what the announcement is about.</source>
        <translation>请用几个字说明通知的事项。</translation>
    </message>
    <message>
        <source>The subject is longer than 200 characters; shorten it.</source>
        <translation>主题超过 200 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Write the announcement's text.</source>
        <translation>请填写通知正文。</translation>
    </message>
    <message>
        <source>The text is longer than 50,000 characters; shorten it.</source>
        <translation>正文超过 50,000 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Choose at least one subscription list: announcements go only to subscribers.</source>
        <translation>请至少选择一个订阅列表：通知只发给订阅者。</translation>
    </message>
    <message>
        <source>An important notice (【重要通知】) to staff goes out only as an announcement approved by a reviewer: write it in Announcements (it is sent to the subscription lists from there).</source>
        <extracomment>outbox kinds whose messages come from a reviewed item (checked by the gate when they leave)</extracomment>
        <translation>发给员工的重要通知（【重要通知】）只能作为经审核人批准的内部通知发出：请在“内部通知”中撰写（从那里发送给订阅列表）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A reviewed item's content is text per field; this one is not.</source>
        <translation>待审核内容的每个字段都应是文字，这一条不是。</translation>
    </message>
    <message>
        <source>{ref} is withdrawn: it cannot leave the organisation.</source>
        <extracomment>kind -&gt; the states in which it passed the four-eyes review of its current text states after which an item never leaves again kind -&gt; its own wording of the rule (``core.releases.gate`` registers releases')</extracomment>
        <translation>{ref}已撤回，不能对外发出。</translation>
    </message>
    <message>
        <source>{ref} is {state}: only what was reviewed and approved in its current version may leave the organisation. It can leave once a reviewer has approved it.</source>
        <translation>{ref}当前为“{state}”：只有当前版本经审核批准的内容才能对外发出。审核人批准后即可发出。</translation>
    </message>
    <message>
        <source>{ref} is {state}: only what was reviewed and approved in its current version may leave the organisation. Submit it for review and have it approved first.</source>
        <translation>{ref}当前为“{state}”：只有当前版本经审核批准的内容才能对外发出。请先提交审核并获得批准。</translation>
    </message>
    <message>
        <source>The item was changed after this message was made; the message holds a version that is no longer approved. Have the new version approved, then send it again (and cancel this one).</source>
        <extracomment>the outbox's held_reason of a reviewed kind's message: "review_&lt;reason&gt;"</extracomment>
        <translation>此邮件生成后内容被修改过，邮件中是已不再有效的旧版本。请让新版本获得批准后重新发送（并取消这封邮件）。</translation>
    </message>
    <message>
        <source>The item was withdrawn; cancel this message.</source>
        <translation>该内容已撤回，请取消这封邮件。</translation>
    </message>
    <message>
        <source>The item is no longer approved (it was returned). Have it approved again, then send it again (and cancel this message).</source>
        <translation>该内容已不再处于批准状态（已被退回）。请重新获得批准后再次发送（并取消这封邮件）。</translation>
    </message>
    <message>
        <source>The item was archived; cancel this message.</source>
        <translation>该内容已归档，请取消这封邮件。</translation>
    </message>
    <message>
        <source>The item no longer exists; cancel this message.</source>
        <translation>该内容已不存在，请取消这封邮件。</translation>
    </message>
    <message>
        <source>An important notice (【重要通知】) goes out only as an announcement approved by a reviewer. Cancel this message and write it in Announcements.</source>
        <translation>重要通知（【重要通知】）只能作为经审核人批准的内部通知发出。请取消这封邮件，并在“内部通知”中撰写。</translation>
    </message>
    <message>
        <source>This message does not record which version of the item it carries, so it cannot be checked against the approved one. Cancel it and send the approved version again.</source>
        <translation>这封邮件没有记录所含内容的版本，无法与已批准的版本核对。请取消它并重新发送已批准的版本。</translation>
    </message>
    <message>
        <source>social post {about}</source>
        <translation>社交帖子 {about}</translation>
    </message>
    <message>
        <source>announcement {about}</source>
        <translation>内部通知 {about}</translation>
    </message>
    <message>
        <source>the invitation to event {about}</source>
        <translation>活动 {about} 的邀请函</translation>
    </message>
    <message>
        <source>procedure version {about}</source>
        <translation>规程版本 {about}</translation>
    </message>
    <message>
        <source>Have it approved again (Submit for review, then a reviewer approves), then send it again: “Send to the lists…” in Announcements, or commdesk announcements send {item}; that cancels the held copies. To drop them instead: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation>请重新送审并获批准（“提交审核”，再由审核人批准），然后重新发送：在“内部通知”中点“发送给订阅列表…”，或运行 commdesk announcements send {item}；这样会取消被暂扣的副本。如不再发送：在发件箱中点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>Have it approved again (Submit for review, then a reviewer approves), then send it again: “Send invitations…” in Media events, or commdesk events send {item} --again; and cancel the held copies: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation>请重新送审并获批准（“提交审核”，再由审核人批准），然后重新发送：在“媒体活动”中点“发送邀请…”，或运行 commdesk events send {item} --again；并取消被暂扣的副本：在发件箱中点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>Have it approved again and send it again from its own window; cancel this copy: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation>请重新送审并获批准，再从其所在窗口重新发送；并取消此副本：在发件箱中点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>Cancel it: “Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation>请取消此副本：在发件箱中点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>{what} was changed after this copy was made: the copy carries a version that is no longer approved, so it is held and never sent.</source>
        <translation>{what}在此副本生成后被修改：副本所载版本已不再处于批准状态，因此被暂扣，不会发出。</translation>
    </message>
    <message>
        <source>{what} is no longer approved (it was returned or reopened), so this copy is held and never sent.</source>
        <translation>{what}已不再处于批准状态（被退回或重新打开），因此此副本被暂扣，不会发出。</translation>
    </message>
    <message>
        <source>This copy does not record which version of {what} it carries, so it cannot be checked against the approved one and is held.</source>
        <translation>此副本未记录所载的是{what}的哪个版本，无法与批准版本核对，因此被暂扣。</translation>
    </message>
    <message>
        <source>{what} was withdrawn; this copy is never sent.</source>
        <translation>{what}已撤回；此副本不会发出。</translation>
    </message>
    <message>
        <source>{what} was archived; this copy is never sent.</source>
        <translation>{what}已归档；此副本不会发出。</translation>
    </message>
    <message>
        <source>{what} no longer exists; this copy is never sent.</source>
        <translation>{what}已不存在；此副本不会发出。</translation>
    </message>
    <message>
        <source>{said} {then}</source>
        <translation>{said}{then}</translation>
    </message>
    <message>
        <source>social post</source>
        <translation>社交媒体帖子</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>内部通知</translation>
    </message>
    <message>
        <source>event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>procedure version</source>
        <translation>规程版本</translation>
    </message>
    <message>
        <source>review a social post</source>
        <extracomment>kind -&gt; its reviewer's step in words (approve or return), one line a kind</extracomment>
        <translation>审核社交媒体帖子</translation>
    </message>
    <message>
        <source>review an announcement</source>
        <translation>审核内部通知</translation>
    </message>
    <message>
        <source>review an event invitation</source>
        <translation>审核活动邀请</translation>
    </message>
    <message>
        <source>review a procedure version</source>
        <translation>审核规程版本</translation>
    </message>
    <message>
        <source>comment on a social post in review</source>
        <extracomment>kind -&gt; commenting on it in review, in words</extracomment>
        <translation>对审核中的社交媒体帖子发表意见</translation>
    </message>
    <message>
        <source>comment on an announcement in review</source>
        <translation>对审核中的内部通知发表意见</translation>
    </message>
    <message>
        <source>comment on an event invitation in review</source>
        <translation>对审核中的活动邀请发表意见</translation>
    </message>
    <message>
        <source>comment on a procedure version in review</source>
        <translation>对审核中的规程版本发表意见</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>kind -&gt; () -&gt; {field: label}, in display order (registered by the kind's own module) kind -&gt; the field diffed paragraph by paragraph (a body), if any</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
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
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation>附意见退回</translation>
    </message>
    <message>
        <source>Send or publish</source>
        <translation>发送或发布</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>重新打开为草稿</translation>
    </message>
    <message>
        <source>“{action}” is not possible while the {kind} is {state}.</source>
        <extracomment>action -&gt; the states it may start from, the roles of which the actor needs one, where it leads (an approval: ``after_approve``; finishing: the kind's finished state, ``after_finish``) the number of reviewers a kind may ask for</extracomment>
        <translation>{kind}处于“{state}”状态时不能“{action}”。</translation>
    </message>
    <message>
        <source>“{action}” needs the role {roles}.</source>
        <translation>“{action}”需要{roles}角色。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>You wrote this {kind}: someone else reviews it (four eyes).</source>
        <translation>这条{kind}是您撰写的，须由他人审核（四眼原则）。</translation>
    </message>
    <message>
        <source>You edited this {kind} last: someone else reviews it (four eyes).</source>
        <translation>这条{kind}最后由您编辑，须由他人审核（四眼原则）。</translation>
    </message>
    <message>
        <source>You approved this text already; a second reviewer must be someone else.</source>
        <translation>您已批准过这一版本，第二位审核人须是其他人。</translation>
    </message>
    <message>
        <source>The {kind} has not been approved in its current version; have it reviewed first.</source>
        <translation>这条{kind}的当前版本尚未获批准，请先送审。</translation>
    </message>
    <message>
        <source>A {state} item can no longer be edited; make a new one.</source>
        <translation>“{state}”状态的内容不能再编辑，请新建一条。</translation>
    </message>
    <message>
        <source>Give the planned time with its time zone.</source>
        <extracomment>``save(planned_at=KEEP)``: the planned time stays as it is</extracomment>
        <translation>请给出带时区的计划时间。</translation>
    </message>
    <message>
        <source>write and send announcements</source>
        <translation>撰写和发送内部通知</translation>
    </message>
    <message>
        <source>Announcement {number} “{subject}”</source>
        <translation>通知 {number}“{subject}”</translation>
    </message>
    <message>
        <source>There is no announcement {number}.</source>
        <extracomment>the lines under each copy (AN-2) in the announcement's own language, as an event's invitation words follow the invitation: the office writes the text, the words around it follow it, not the language of whoever sends it (the command line's English under a Chinese notice)</extracomment>
        <translation>没有编号为 {number} 的通知。</translation>
    </message>
    <message>
        <source>There is no subscription list {number}.</source>
        <translation>没有编号为 {number} 的订阅列表。</translation>
    </message>
    <message>
        <source>The list {list} is no longer in use; choose another.</source>
        <translation>列表“{list}”已停用，请另选一个。</translation>
    </message>
    <message>
        <source>Name the announcement's owner: a person of this desk.</source>
        <translation>请指定通知的负责人：须是本工作台的人员。</translation>
    </message>
    <message>
        <source>Announcement {number} was sent; it stays at the time it went out. Write a new announcement to plan another.</source>
        <translation>通知 {number} 已发出，保留其实际发出时间。如需另行安排，请新建一则通知。</translation>
    </message>
    <message>
        <source>Nobody on {lists} receives announcements now (no one subscribed, or the frequency cap holds everyone back). Nothing was sent.</source>
        <translation>“{lists}”目前没有人会收到通知（无人订阅，或都受发送频率上限限制）。未发送任何邮件。</translation>
    </message>
    <message>
        <source>This {kind} was changed after it was approved; what would leave is not the approved text. Have the new version approved first.</source>
        <translation>这条{kind}在批准后被修改过，将要发出的不是已批准的文字。请先让新版本获得批准。</translation>
    </message>
    <message>
        <source>This item was never submitted for review, so it cannot leave.</source>
        <translation>此内容从未提交审核，不能发出。</translation>
    </message>
    <message>
        <source>This {kind}</source>
        <translation>此{kind}</translation>
    </message>
    <message>
        <source>There is no kind of item called “{kind}” to review.</source>
        <extracomment>Settings: how many distinct reviewers each kind needs (1 or 2): ``review.reviewers.&lt;kind&gt;``.</extracomment>
        <translation>没有名为“{kind}”的可审核内容类型。</translation>
    </message>
    <message>
        <source>An item is reviewed by one or two reviewers.</source>
        <translation>每条内容由一位或两位审核人审核。</translation>
    </message>
    <message>
        <source>This {kind} has not been saved yet, so it cannot be reviewed.</source>
        <translation>这条{kind}尚未保存，无法审核。</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>没有这个版本。</translation>
    </message>
    <message>
        <source>Only a person of this desk edits what is reviewed.</source>
        <translation>只有本工作台的人员才能编辑待审核的内容。</translation>
    </message>
    <message>
        <source>Edited: approvals voided.</source>
        <translation>已编辑：批准已失效。</translation>
    </message>
    <message>
        <source>Send or publish the item from its own window.</source>
        <translation>请在该内容自己的窗口中发送或发布。</translation>
    </message>
    <message>
        <source>Write the comment first: what should change?</source>
        <translation>请先填写意见：需要修改什么？</translation>
    </message>
    <message>
        <source>The comment is longer than 10,000 characters; shorten it.</source>
        <translation>意见超过 10,000 个字符，请缩短。</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Reviewed version</source>
        <translation>审核版本</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Review step</source>
        <translation>审核步骤</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>内部通知</translation>
    </message>
    <message>
        <source>Announcement's list</source>
        <translation>通知的订阅列表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Last editor</source>
        <translation>最后编辑人</translation>
    </message>
    <message>
        <source>Text fingerprint</source>
        <translation>文字指纹</translation>
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
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation>失效原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
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
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Subscription list</source>
        <translation>订阅列表</translation>
    </message>
    <message>
        <source>the text was edited</source>
        <translation>文字已被修改</translation>
    </message>
    <message>
        <source>returned with comments</source>
        <translation>已附意见退回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewers needed</source>
        <translation>所需审核人数</translation>
    </message>
    <message>
        <source>Each kind is approved by one reviewer, or by two different reviewers, before it may leave the organisation. The author and the last editor never approve their own text.</source>
        <translation>每类内容在对外发出前须由一位审核人批准，或由两位不同的审核人批准。作者和最后编辑人不能批准自己的文字。</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>一位审核人</translation>
    </message>
    <message>
        <source>two reviewers</source>
        <translation>两位审核人</translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation>{kind}：</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>由管理员</translation>
    </message>
    <message>
        <source>by the member (mail)</source>
        <translation>由成员本人（邮件）</translation>
    </message>
    <message>
        <source>mail bounced</source>
        <translation>邮件被退回</translation>
    </message>
    <message>
        <source>The name is missing: write the member's name.</source>
        <translation>缺少姓名：请填写成员的姓名。</translation>
    </message>
    <message>
        <source>The name is longer than {n} characters; shorten it.</source>
        <translation>姓名超过 {n} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The department is longer than {n} characters; shorten it.</source>
        <translation>部门超过 {n} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The e-mail address is missing: announcements go by mail.</source>
        <translation>缺少邮箱地址：通知公告通过邮件发送。</translation>
    </message>
    <message>
        <source>The e-mail address {address} is not valid: {reason}</source>
        <translation>邮箱地址 {address} 无效：{reason}</translation>
    </message>
    <message>
        <source>The phone number {number} is not valid: {reason}</source>
        <translation>电话号码 {number} 无效：{reason}</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>What a column's header may say for each field (compared case-insensitively, spaces removed).</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>已更改：{fields}</translation>
    </message>
    <message>
        <source>subscribed to: {lists}</source>
        <translation>已订阅：{lists}</translation>
    </message>
    <message>
        <source>left unsubscribed from {lists}: an import never subscribes them again</source>
        <translation>保持退订 {lists}：导入绝不会重新订阅</translation>
    </message>
    <message>
        <source>There is no subscription list '{name}'; add it first or correct the name.</source>
        <translation>没有名为“{name}”的订阅列表；请先新增该列表或更正名称。</translation>
    </message>
    <message>
        <source>The same e-mail address as row {row}; keep one of the two.</source>
        <translation>与第 {row} 行的邮箱地址相同；请只保留其中一行。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>import staff members</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>{file} has no e-mail column; name one column 'email' (or '邮箱') and import again.</source>
        <translation>{file} 没有邮箱列；请将一列命名为“邮箱”（或 email）后重新导入。</translation>
    </message>
    <message>
        <source>{file} has no name column; name one column 'name' (or '姓名') and import again.</source>
        <translation>{file} 没有姓名列；请将一列命名为“姓名”（或 name）后重新导入。</translation>
    </message>
    <message>
        <source>keep the staff directory and its subscription lists</source>
        <extracomment>Settings: months without activity after which the hygiene report names an address (AN-3), and the address unsubscribe and confirmation mails go to (else the mail account's reply-to, else its sender address: the mailbox the intake reads). Who records what members' mail says and who hands out recipients: the intake and the sender.</extracomment>
        <translation>维护员工名录及其订阅列表</translation>
    </message>
    <message>
        <source>read the staff directory</source>
        <translation>查看员工名录</translation>
    </message>
    <message>
        <source>handle the subscription lists' mail</source>
        <translation>处理订阅列表的邮件</translation>
    </message>
    <message>
        <source>There is no staff member {key} in the directory.</source>
        <translation>员工名录中没有 {key}。</translation>
    </message>
    <message>
        <source>{address} is already in the staff directory; edit that member instead.</source>
        <translation>{address} 已在员工名录中；请改为编辑该成员。</translation>
    </message>
    <message>
        <source>{address} belongs to another member of the directory.</source>
        <translation>{address} 属于名录中的另一位成员。</translation>
    </message>
    <message>
        <source>There is no subscription list '{key}'; the lists are: {names}.</source>
        <translation>没有订阅列表“{key}”；现有列表：{names}。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Give the list a name, in Chinese or English.</source>
        <translation>请为列表起一个中文或英文名称。</translation>
    </message>
    <message>
        <source>The frequency cap is the most mails per period: at least 1, or none.</source>
        <translation>频次上限是每个周期最多的邮件数：至少为 1，或不设上限。</translation>
    </message>
    <message>
        <source>The cap's period is at least one day.</source>
        <translation>频次上限的周期至少为一天。</translation>
    </message>
    <message>
        <source>A list named {name} exists already; choose another name.</source>
        <translation>已有名为 {name} 的列表；请换一个名称。</translation>
    </message>
    <message>
        <source>{name} is {status} on {list}: they are not put back on it unless they ask; if they did, subscribe them again on purpose (--resubscribe).</source>
        <translation>{name} 在 {list} 上的状态为{status}：除非本人要求，否则不会重新加入；若本人确有要求，请明确地重新订阅（--resubscribe）。</translation>
    </message>
    <message>
        <source>Only a subscription waiting for confirmation gets a confirmation mail.</source>
        <translation>只有待确认的订阅才会收到确认邮件。</translation>
    </message>
    <message>
        <source>【订阅确认】{list}: confirm {token}</source>
        <translation>【订阅确认】{list}：confirm {token}</translation>
    </message>
    <message>
        <source>{name}:

You were put on the list "{list}" for the organisation's internal announcements. To receive them, reply to this mail without changing its subject, or send a mail to {address} with the subject:

confirm {token}

If you do not want them, ignore this mail: nothing will be sent to you from this list.</source>
        <translation>{name}：

您已被加入本单位内部通知公告的列表“{list}”。如需接收，请直接回复本邮件（不要修改主题），或发送邮件至 {address}，主题为：

confirm {token}

如不需要，请忽略本邮件：此列表不会再向您发送任何内容。</translation>
    </message>
    <message>
        <source>{name} is not on the list {list}.</source>
        <translation>{name} 不在列表 {list} 中。</translation>
    </message>
    <message>
        <source>There is no address for unsubscribe and confirmation replies: set up the mail account (its sender or reply-to address is the mailbox the intake reads).</source>
        <translation>没有用于退订和确认回复的地址：请设置邮件账户（其发件人或回复地址即收件处理所读取的邮箱）。</translation>
    </message>
    <message>
        <source>There is no such subscription.</source>
        <translation>没有这个订阅。</translation>
    </message>
    <message>
        <source>The mail carries no unsubscribe or confirmation token.</source>
        <translation>该邮件不含退订或确认令牌。</translation>
    </message>
    <message>
        <source>The mail carries no unsubscribe token.</source>
        <translation>该邮件不含退订令牌。</translation>
    </message>
    <message>
        <source>The mail carries no confirmation token.</source>
        <translation>该邮件不含确认令牌。</translation>
    </message>
    <message>
        <source>The token does not belong to any subscription (mistyped or made up); nothing was changed.</source>
        <translation>该令牌不属于任何订阅（输错或伪造）；未做任何更改。</translation>
    </message>
    <message>
        <source>Already unsubscribed; nothing changed.</source>
        <translation>已退订；未做更改。</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>已退订。</translation>
    </message>
    <message>
        <source>The subscription is {status}, not waiting for a confirmation; nothing changed.</source>
        <translation>该订阅的状态为{status}，并非待确认；未做更改。</translation>
    </message>
    <message>
        <source>Subscription confirmed.</source>
        <translation>订阅已确认。</translation>
    </message>
    <message>
        <source>The list {list} is no longer in use; choose another.</source>
        <translation>列表 {list} 已停用；请选择其他列表。</translation>
    </message>
    <message>
        <source>Long-inactive means at least one month without activity.</source>
        <translation>长期不活跃至少指一个月没有任何活动。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>起始时间（UTC）</translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation>长期不活跃</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Import staff members</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) or .xlsx file</source>
        <translation>CSV 文件（UTF-8 或 GB18030）或 .xlsx 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Also subscribe every row &amp;to:</source>
        <translation>每一行都另订阅(&amp;T)：</translation>
    </message>
    <message>
        <source>Save the good rows even when some are re&amp;jected</source>
        <translation>即使有行被拒绝，也保存合格的行(&amp;J)</translation>
    </message>
    <message>
        <source>Unticked, nothing is saved when any row is rejected: fix the file and import it again.</source>
        <translation>不勾选时，只要有一行被拒绝就什么都不保存：请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file: its columns name, email, department, phone, lists.</source>
        <translation>请选择文件：列为姓名、邮箱、部门、手机、订阅列表。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Report of every row:</source>
        <translation>逐行报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file {path}: choose it with Browse.</source>
        <translation>找不到文件 {path}：请用“浏览”选择。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved.</source>
        <translation>导入失败，未保存任何内容。</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <source>Nothing was saved: some rows are rejected (see why below). Fix the file and import it again, or tick the box to save the good rows.</source>
        <translation>未保存任何内容：有些行被拒绝（原因见下）。请修改文件后重新导入，或勾选选项只保存合格的行。</translation>
    </message>
    <message>
        <source>The good rows were saved; the rejected ones were left out.</source>
        <translation>合格的行已保存，被拒绝的行未导入。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>{n} confirmation mails are in the outbox (double opt-in).</source>
        <translation>{n} 封订阅确认邮件已放入发件箱（双重确认）。</translation>
    </message>
    <message>
        <source>Cancel came too late: the import had already been saved.</source>
        <translation>取消得太晚：导入已经保存。</translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Subscription list</source>
        <translation>订阅列表</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Unsubscribe token key</source>
        <translation>退订令牌密钥</translation>
    </message>
    <message>
        <source>Staff member's last activity</source>
        <translation>员工最近活动</translation>
    </message>
    <message>
        <source>Mail from a list</source>
        <translation>列表发出的邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>E-mail (for matching)</source>
        <translation>邮箱（用于匹配）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>双重确认订阅</translation>
    </message>
    <message>
        <source>Most mails per period</source>
        <translation>每周期最多邮件数</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>发送内容</translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Subscription lists</source>
        <translation>订阅列表</translation>
    </message>
    <message>
        <source>List hygiene</source>
        <translation>列表清理</translation>
    </message>
    <message>
        <source>Name, e-mail or department</source>
        <translation>姓名、邮箱或部门</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Subscriptions of the member</source>
        <translation>该成员的订阅</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>退订(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>重新订阅(&amp;R)</translation>
    </message>
    <message>
        <source>Add to &amp;another list</source>
        <translation>加入另一列表(&amp;A)</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>&amp;Double opt-in: members confirm by mail before they get anything</source>
        <translation>双重确认(&amp;D)：成员通过邮件确认后才会收到邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>订阅列表</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (left)</source>
        <translation>否（已离开）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since ({zone})</source>
        <translation>起始时间（{zone}）</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Not sent anything from this list; only an administrator on purpose puts them back.</source>
        <translation>不会收到此列表的任何邮件；只有管理员明确操作才能重新订阅。</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>双重确认</translation>
    </message>
    <message>
        <source>Frequency cap</source>
        <translation>频率上限</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>at most {count} in {days} days</source>
        <translation>{days} 天内最多 {count} 封</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>long inactive</source>
        <translation>长期无活动</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <source>mails &amp;within</source>
        <translation>封，时间范围(&amp;W)</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>Fre&amp;quency cap:</source>
        <translation>频率上限(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation>保存列表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>新建列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;GB18030 (for older Excel)</source>
        <translation>&amp;GB18030（适用于旧版 Excel）</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation>只读：{reason}</translation>
    </message>
    <message>
        <source>Any list</source>
        <translation>任意列表</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>任意部门</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>{bounced} bounced, {inactive} without activity for {months} months or more.</source>
        <translation>退信 {bounced} 人，{months} 个月以上无活动 {inactive} 人。</translation>
    </message>
    <message>
        <source>Choose a member to see their subscriptions.</source>
        <translation>选择一名成员以查看其订阅。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Subscriptions of {name} &lt;{email}&gt; (last activity: {last})</source>
        <translation>{name} &lt;{email}&gt; 的订阅（最近活动：{last}）</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Take {name} off the list {list}? Nothing from it will be sent to them.</source>
        <translation>将 {name} 从列表“{list}”中退订？此后不会再向其发送该列表的邮件。</translation>
    </message>
    <message>
        <source>{name} is unsubscribed from {list}.</source>
        <translation>{name} 已从“{list}”退订。</translation>
    </message>
    <message>
        <source>Resubscribe</source>
        <translation>重新订阅</translation>
    </message>
    <message>
        <source>{name} left the list {list} (or their mail bounced). Put them back only if they asked for it or their address was corrected. Resubscribe them?</source>
        <translation>{name} 已离开列表“{list}”（或邮件被退回）。只有本人提出或地址已更正时才应重新订阅。确定重新订阅吗？</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>{name} is waiting to confirm {list}: a confirmation mail is in the outbox.</source>
        <translation>{name} 待确认订阅“{list}”：确认邮件已放入发件箱。</translation>
    </message>
    <message>
        <source>{name} is subscribed to {list}.</source>
        <translation>{name} 已订阅“{list}”。</translation>
    </message>
    <message>
        <source>The list {name}</source>
        <translation>列表“{name}”</translation>
    </message>
    <message>
        <source>A new list</source>
        <translation>新列表</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>列表未保存</translation>
    </message>
    <message>
        <source>The list {name} is saved.</source>
        <translation>列表“{name}”已保存。</translation>
    </message>
    <message>
        <source>Save the list-hygiene report</source>
        <translation>保存列表清理报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Saved the report as {path}.</source>
        <translation>报告已保存为 {path}。</translation>
    </message>
</context>
</TS>
