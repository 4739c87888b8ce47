<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>media events: list, show, new, invite, submit, approve, send, rsvp, checkin</source>
        <translation>媒体活动：list（列表）、show（查看）、new（新建）、invite（邀请名单）、submit（提交审核）、approve（批准）、send（发送邀请）、rsvp（回复）、checkin（签到）</translation>
    </message>
    <message>
        <source>list media events, the latest first</source>
        <translation>列出媒体活动，最新的在前</translation>
    </message>
    <message>
        <source>only events not yet over</source>
        <translation>只列出尚未结束的活动</translation>
    </message>
    <message>
        <source>title, place or reference</source>
        <translation>标题、地点或编号</translation>
    </message>
    <message>
        <source>one event with its review, invitees and attendance</source>
        <translation>查看一场活动及其审核、受邀人和出席情况</translation>
    </message>
    <message>
        <source>id or reference such as EV-2026-001</source>
        <translation>编号或 ID，例如 EV-2026-001</translation>
    </message>
    <message>
        <source>plan a media event (officers)</source>
        <translation>策划一场媒体活动（传播专员）</translation>
    </message>
    <message>
        <source>the clock time where the event takes place (the zone goes in --tz)</source>
        <translation>活动举办地的当地时间（时区用 --tz 指定）</translation>
    </message>
    <message>
        <source>default: two hours after the start</source>
        <translation>默认：开始后两小时</translation>
    </message>
    <message>
        <source>the event's time zone, e.g. Asia/Shanghai (default: the organisation's)</source>
        <translation>活动的时区，例如 Asia/Shanghai（默认：本机构的时区）</translation>
    </message>
    <message>
        <source>the agenda; \n starts a new line</source>
        <translation>议程；\n 表示换行</translation>
    </message>
    <message>
        <source>the invitation's subject</source>
        <translation>邀请函的邮件主题</translation>
    </message>
    <message>
        <source>the invitation's text; \n starts a new line</source>
        <translation>邀请函正文；\n 表示换行</translation>
    </message>
    <message>
        <source>the press release the event accompanies</source>
        <translation>活动配套的新闻稿</translation>
    </message>
    <message>
        <source>put the members of contact lists on the invitation list (who may not be mailed is left out)</source>
        <translation>把联系人名单的成员加入邀请名单（不可发邮件的人会被排除）</translation>
    </message>
    <message>
        <source>a distribution list by name or id (may be repeated)</source>
        <translation>分发名单的名称或 ID（可重复）</translation>
    </message>
    <message>
        <source>submit the invitation for review</source>
        <translation>提交邀请函审核</translation>
    </message>
    <message>
        <source>approve the invitation (reviewers; not its author)</source>
        <translation>批准邀请函（审核人；不能是撰写人）</translation>
    </message>
    <message>
        <source>queue the approved invitation to everyone not yet invited</source>
        <translation>把已批准的邀请函放入发件箱，发给尚未邀请的每个人</translation>
    </message>
    <message>
        <source>send it to those invited before too (an update)</source>
        <translation>也发给之前已邀请的人（更新通知）</translation>
    </message>
    <message>
        <source>send despite warnings, for this reason</source>
        <translation>仍要发送，并注明理由</translation>
    </message>
    <message>
        <source>record an answer by hand, or read one from a saved reply (--reply)</source>
        <translation>手工登记回复，或从保存的回复邮件中读取（--reply）</translation>
    </message>
    <message>
        <source>the invitee: name, pinyin or initials</source>
        <translation>受邀人：姓名、拼音或首字母</translation>
    </message>
    <message>
        <source>how many people they bring</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>a reply to an invitation, saved as .eml</source>
        <translation>保存为 .eml 的邀请回复邮件</translation>
    </message>
    <message>
        <source>check an invitee in at the door</source>
        <translation>在入口为受邀人签到</translation>
    </message>
    <message>
        <source>name, pinyin, initials or outlet</source>
        <translation>姓名、拼音、首字母或所在媒体</translation>
    </message>
    <message>
        <source>take back a check-in made by mistake</source>
        <translation>撤销误操作的签到</translation>
    </message>
    <message>
        <source>{option} needs the clock time where the event takes place, like '2026-12-18 14:00', not “{value}” (the zone goes in --tz).</source>
        <translation>{option} 需要活动举办地的当地时间，例如“2026-12-18 14:00”，而不是“{value}”（时区用 --tz 指定）。</translation>
    </message>
    <message>
        <source>Nobody on the invitation list matches “{text}”.</source>
        <translation>邀请名单中没有与“{text}”匹配的人。</translation>
    </message>
    <message>
        <source>{count} invitees match “{text}” (listed above); type more of the name.</source>
        <translation>有 {count} 位受邀人与“{text}”匹配（见上方列表）；请输入更完整的姓名。</translation>
    </message>
    <message>
        <source>No media events.</source>
        <translation>没有媒体活动。</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>审核：{state}</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>{accepted} accepted, {checked} checked in of {invited} invited; {expected} people expected.</source>
        <translation>共邀请 {invited} 人，{accepted} 人接受，{checked} 人已签到；预计到场 {expected} 人。</translation>
    </message>
    <message>
        <source>Planned {ref}: {title}, {when}.</source>
        <translation>已创建 {ref}：{title}，{when}。</translation>
    </message>
    <message>
        <source>{added} added, {already} on the list already.</source>
        <translation>新增 {added} 人，{already} 人已在名单中。</translation>
    </message>
    <message>
        <source>  left out: {name} ({why})</source>
        <translation>  已排除：{name}（{why}）</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) queued; send them with 'commdesk outbox send'.</source>
        <translation>
            <numerusform>已将 %n 封邀请放入发件箱；请用“commdesk outbox send”发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the event, the invitee and --answer; or give a saved reply with --reply.</source>
        <translation>请指定活动、受邀人和 --answer；或用 --reply 提供保存的回复邮件。</translation>
    </message>
    <message>
        <source>{name}: check-in taken back.</source>
        <translation>{name}：签到已撤销。</translation>
    </message>
    <message>
        <source>{name} checked in at {time}.</source>
        <translation>{name} 已于 {time} 签到。</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in: {title}</source>
        <translation>签到：{title}</translation>
    </message>
    <message>
        <source>Check-in not open</source>
        <translation>签到未开放</translation>
    </message>
    <message>
        <source>Name, pinyin, initials or RSVP reference, then Enter</source>
        <translation>输入姓名、拼音、首字母或回执编号，然后按回车</translation>
    </message>
    <message>
        <source>Who arrived</source>
        <translation>到场人员</translation>
    </message>
    <message>
        <source>&amp;Who arrived:</source>
        <translation>到场人员(&amp;W)：</translation>
    </message>
    <message>
        <source>Matching invitees</source>
        <translation>匹配的受邀人</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>签到结果</translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation>撤销上一次签到(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>{checked} checked in; {expected} expected ({accepted} accepted), {invited} invited.</source>
        <translation>已签到 {checked} 人；预计到场 {expected} 人（{accepted} 人接受），共邀请 {invited} 人。</translation>
    </message>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
    <message>
        <source>✓ in at {time}</source>
        <translation>✓ {time} 已签到</translation>
    </message>
    <message>
        <source>Nobody on the invitation list matches that; check the spelling.</source>
        <translation>邀请名单中没有匹配的人；请检查输入。</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <source>(had not accepted: a walk-in)</source>
        <translation>（未回复接受：临时到场）</translation>
    </message>
    <message>
        <source>✓ {name} checked in.</source>
        <translation>✓ {name} 已签到。</translation>
    </message>
    <message>
        <source>Check-in of {name} taken back.</source>
        <translation>{name} 的签到已撤销。</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <source>En&amp;ds:</source>
        <translation>结束(&amp;D)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>议程(&amp;G)：</translation>
    </message>
    <message>
        <source>Press re&amp;lease:</source>
        <translation>新闻稿(&amp;L)：</translation>
    </message>
    <message>
        <source>Invitation s&amp;ubject:</source>
        <translation>邀请函主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Invitation te&amp;xt:</source>
        <translation>邀请函正文(&amp;X)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Media event</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>Event invitee</source>
        <translation>活动受邀人</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Invitation subject</source>
        <translation>邀请函主题</translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation>邀请函正文</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>会后跟进</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Bringing</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Answer came</source>
        <translation>回复方式</translation>
    </message>
    <message>
        <source>RSVP reference</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Invitation queued</source>
        <translation>邀请放入发件箱</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>签到经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>not answered yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>谢绝</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回音</translation>
    </message>
    <message>
        <source>recorded by hand</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <source>from a reply</source>
        <translation>来自回复邮件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Invitation text</source>
        <translation>邀请函正文</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Notes after the event</source>
        <translation>会后记录</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>请填写活动标题。</translation>
    </message>
    <message>
        <source>The title is longer than {max} characters; shorten it.</source>
        <translation>标题超过 {max} 个字符；请缩短。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone commdesk knows; use a name such as Asia/Shanghai.</source>
        <translation>“{zone}”不是 commdesk 认识的时区；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>Give the times with their time zone.</source>
        <translation>请给出带时区的时间。</translation>
    </message>
    <message>
        <source>The event must end after it starts; check the end time.</source>
        <translation>活动的结束时间必须晚于开始时间；请检查结束时间。</translation>
    </message>
    <message>
        <source>The place is longer than {max} characters; shorten it.</source>
        <translation>地点超过 {max} 个字符；请缩短。</translation>
    </message>
    <message>
        <source>The invitation's subject is longer than {max} characters; shorten it.</source>
        <translation>邀请函主题超过 {max} 个字符；请缩短。</translation>
    </message>
    <message>
        <source>The number of people they bring must be between 0 and {max}.</source>
        <translation>同行人数必须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters; shorten it.</source>
        <translation>备注超过 {max} 个字符；请缩短。</translation>
    </message>
    <message>
        <source>Write the invitation's subject.</source>
        <translation>请填写邀请函主题。</translation>
    </message>
    <message>
        <source>Write the invitation's text.</source>
        <translation>请填写邀请函正文。</translation>
    </message>
    <message>
        <source>Say where the event takes place.</source>
        <translation>请填写活动地点。</translation>
    </message>
    <message>
        <source>contact no longer kept</source>
        <translation>联系人已不再保存</translation>
    </message>
    <message>
        <source>Nobody on the invitation list is waiting for an invitation that can be mailed: add invitees from contact lists (those already invited: {count}).</source>
        <translation>邀请名单中没有待发送且可发邮件的人：请从联系人名单添加受邀人（已邀请：{count} 人）。</translation>
    </message>
    <message>
        <source>The invitation was changed meanwhile; look at it again and send.</source>
        <translation>邀请函在此期间被修改过；请重新查看后再发送。</translation>
    </message>
    <message>
        <source>Event invitation sent by e-mail: {subject}</source>
        <translation>已通过邮件发送活动邀请：{subject}</translation>
    </message>
    <message>
        <source>Not an answer to an event invitation.</source>
        <translation>这不是对活动邀请的回复。</translation>
    </message>
    <message>
        <source>The RSVP reference {ref} belongs to no invitation.</source>
        <translation>回执编号 {ref} 不属于任何邀请。</translation>
    </message>
    <message>
        <source>A reply to an event invitation whose answer commdesk cannot read for sure; read it and record the answer by hand.</source>
        <translation>这是对活动邀请的回复，但 commdesk 无法确定其答复；请阅读后手工登记。</translation>
    </message>
    <message>
        <source>Answer by e-mail from {sender}</source>
        <translation>{sender} 通过邮件回复</translation>
    </message>
    <message>
        <source>{name} answered: {answer}.</source>
        <translation>{name} 回复：{answer}。</translation>
    </message>
    <message>
        <source>There is no media event {id}.</source>
        <translation>没有媒体活动 {id}。</translation>
    </message>
    <message>
        <source>do not contact by e-mail</source>
        <translation>勿通过电子邮件联系</translation>
    </message>
    <message>
        <source>e-mail bounced</source>
        <translation>邮件被退回</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>没有电子邮件地址</translation>
    </message>
    <message>
        <source>plan media events</source>
        <translation>策划媒体活动</translation>
    </message>
    <message>
        <source>There is no press release {id}.</source>
        <translation>没有新闻稿 {id}。</translation>
    </message>
    <message>
        <source>There is no person {id} to own the event.</source>
        <translation>没有 ID 为 {id} 的人员可以负责此活动。</translation>
    </message>
    <message>
        <source>media event</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>build invitation lists</source>
        <translation>编制邀请名单</translation>
    </message>
    <message>
        <source>There is no invitee {id}.</source>
        <translation>没有受邀人 {id}。</translation>
    </message>
    <message>
        <source>This person's invitation is already on its way; record their answer as declined instead of taking them off the list.</source>
        <translation>此人的邀请已在发送中；请将其回复登记为谢绝，而不是从名单中删除。</translation>
    </message>
    <message>
        <source>record answers to invitations</source>
        <translation>登记邀请回复</translation>
    </message>
    <message>
        <source>invitee</source>
        <translation>受邀人</translation>
    </message>
    <message>
        <source>check people in</source>
        <translation>办理签到</translation>
    </message>
    <message>
        <source>Already checked in at {time} by {name}.</source>
        <translation>已于 {time} 由 {name} 办理签到。</translation>
    </message>
    <message>
        <source>{name} is not checked in; there is no check-in to take back.</source>
        <translation>{name} 尚未签到，没有可撤销的签到。</translation>
    </message>
    <message>
        <source>(contact no longer kept)</source>
        <translation>（联系人已不再保存）</translation>
    </message>
    <message>
        <source>Check-in opens on the day of the event, at {opens}; the event is on {when}. Nobody can be checked in before then.</source>
        <translation>签到在活动当天 {opens} 开放；活动时间为 {when}。在此之前无法为任何人签到。</translation>
    </message>
    <message>
        <source>Check-in closed at {closes}; the event was on {when}. Write who else came in the event's follow-up notes.</source>
        <translation>签到已于 {closes} 结束；活动时间为 {when}。其他到场人员请写入活动的会后跟进记录。</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>When (the event's zone)</source>
        <translation>时间（活动所在时区）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <source>Invited/yes/in</source>
        <translation>邀请/接受/到场</translation>
    </message>
    <message>
        <source>{invited} invited, {accepted} accepted, {checked} checked in</source>
        <translation>邀请 {invited} 人，接受 {accepted} 人，已签到 {checked} 人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Bringing</source>
        <translation>同行</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>queued {time}</source>
        <translation>{time} 已放入发件箱</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Title, place or reference</source>
        <translation>标题、地点或编号</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>Media events</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Event and invitation</source>
        <translation>活动与邀请函</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>受邀人</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>会后跟进</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>发送邀请(&amp;I)…</translation>
    </message>
    <message>
        <source>Chec&amp;k-in at the door…</source>
        <translation>入口签到(&amp;K)…</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>批准(&amp;O)</translation>
    </message>
    <message>
        <source>Return with &amp;comments…</source>
        <translation>退回并附意见(&amp;C)…</translation>
    </message>
    <message>
        <source>Add its &amp;members</source>
        <translation>添加其成员(&amp;M)</translation>
    </message>
    <message>
        <source>Contact &amp;list:</source>
        <translation>联系人名单(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>谢绝(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tentative</source>
        <translation>待定(&amp;T)</translation>
    </message>
    <message>
        <source>No ans&amp;wer</source>
        <translation>无回音(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bringing:</source>
        <translation>同行人数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>从名单中删除(&amp;R)</translation>
    </message>
    <message>
        <source>Changes since the last approved invitation</source>
        <translation>与上次批准的邀请函相比的改动</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Add a co&amp;mment…</source>
        <translation>添加意见(&amp;M)…</translation>
    </message>
    <message>
        <source>The invitation against the last approved version:</source>
        <translation>邀请函与上次批准版本的对比：</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Nothing approved yet: everything is new.</source>
        <translation>尚无批准的版本：全部内容都是新的。</translation>
    </message>
    <message>
        <source>{name}, version {revision}, {time}: {text}</source>
        <translation>{name}，第 {revision} 版，{time}：{text}</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>没有意见。</translation>
    </message>
    <message>
        <source>Comment on the invitation</source>
        <translation>对邀请函提意见</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>您的意见：</translation>
    </message>
    <message>
        <source>Save the no&amp;tes</source>
        <translation>保存记录(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes after the event (what to send to whom):</source>
        <translation>会后记录（给谁发什么）(&amp;O)：</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>{invited} invited ({asked} sent): {accepted} accepted ({expected} people with those they bring), {declined} declined, {tentative} tentative, {no_answer} without an answer; {checked} checked in.</source>
        <translation>共邀请 {invited} 人（已发送 {asked} 封）：{accepted} 人接受（连同行共 {expected} 人），{declined} 人谢绝，{tentative} 人待定，{no_answer} 人未回复；{checked} 人已签到。</translation>
    </message>
    <message>
        <source>The event has not begun: {accepted} accepted so far, {expected} people expected.</source>
        <translation>活动尚未开始：目前 {accepted} 人接受，预计到场 {expected} 人。</translation>
    </message>
    <message>
        <source>{checked} came of {accepted} who accepted ({walk_ins} without having accepted).</source>
        <translation>接受邀请的 {accepted} 人中到场 {checked} 人（其中 {walk_ins} 人未回复接受而到场）。</translation>
    </message>
    <message>
        <source>Came: {names}</source>
        <translation>到场：{names}</translation>
    </message>
    <message>
        <source>Accepted but did not come: {names}</source>
        <translation>接受但未到场：{names}</translation>
    </message>
    <message>
        <source>Coverage of {ref} by those who came: {items} (of {total} in all).</source>
        <translation>到场记者对 {ref} 的报道：{items}（共 {total} 篇）。</translation>
    </message>
    <message>
        <source>Invitation: not saved yet.</source>
        <translation>邀请函：尚未保存。</translation>
    </message>
    <message>
        <source>Invitation: {state}.</source>
        <translation>邀请函：{state}。</translation>
    </message>
    <message>
        <source>Approved by {names}.</source>
        <translation>批准人：{names}。</translation>
    </message>
    <message>
        <source>A new event: fill in the form and save it.</source>
        <translation>新活动：请填写表单并保存。</translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation>退回并附意见</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>Add to the invitation list</source>
        <translation>加入邀请名单</translation>
    </message>
    <message>
        <source>{added} added, {already} on the list already.</source>
        <translation>新增 {added} 人，{already} 人已在名单中。</translation>
    </message>
    <message>
        <source>Left out, they may not be mailed: {names}.</source>
        <translation>以下人员不可发邮件，已排除：{names}。</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从名单中删除</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>发送邀请</translation>
    </message>
    <message numerus="yes">
        <source>Send the invitation to %n invitee(s) through the outbox?</source>
        <translation>
            <numerusform>通过发件箱向 %n 位受邀人发送邀请函？</numerusform>
        </translation>
    </message>
    <message>
        <source>Already invited (not sent again): {count}.</source>
        <translation>已邀请（不再重复发送）：{count} 人。</translation>
    </message>
</context>
</TS>
