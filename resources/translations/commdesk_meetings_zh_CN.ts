<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Title</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加议程(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Open actions of the series are reviewed under this item.</source>
        <translation>系列会议中未完成的行动项在此议程下回顾。</translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <source>Series backlog: {topic}</source>
        <translation>系列待议事项：{topic}</translation>
    </message>
    <message>
        <source>A topic for a later meeting of the series</source>
        <translation>留待本系列以后会议讨论的议题</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>To next meeting's a&amp;genda</source>
        <translation>移入下次会议议程(&amp;G)</translation>
    </message>
    <message>
        <source>The series has no meeting ahead.</source>
        <translation>本系列之后没有安排会议。</translation>
    </message>
    <message>
        <source>Next meeting: {when} {topic}</source>
        <translation>下次会议：{when} {topic}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have changed the backlog. Close without saving and lose the changes?</source>
        <translation>待议事项已有改动。不保存就关闭，改动将丢失，确定吗？</translation>
    </message>
    <message>
        <source>Showing the stored backlog; your changes were discarded.</source>
        <translation>显示的是已保存的待议事项，您的修改已放弃。</translation>
    </message>
    <message>
        <source>The backlog was not saved</source>
        <translation>待议事项未保存</translation>
    </message>
    <message>
        <source>Backlog saved.</source>
        <translation>待议事项已保存。</translation>
    </message>
    <message>
        <source>Select a backlog item first.</source>
        <translation>请先选择一条待议事项。</translation>
    </message>
    <message>
        <source>Someone else changed the backlog; here is the stored list. Try again.</source>
        <translation>其他人修改了待议事项，现显示已保存的列表，请重试。</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>该事项未移动</translation>
    </message>
    <message>
        <source>“{item}” is now on the agenda of {topic}.</source>
        <translation>“{item}”已列入{topic}的议程。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>meetings: list, add, edit, minutes, export (invitations, agendas, minutes)</source>
        <translation>会议：list、add、edit、minutes、export（邀请、议程、纪要）</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>列出会议</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD), in the organisation's time zone</source>
        <translation>第一天（YYYY-MM-DD），按机构时区</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD), included, in the organisation's time zone</source>
        <translation>最后一天（YYYY-MM-DD，含当天），按机构时区</translation>
    </message>
    <message>
        <source>plan a meeting (officers and administrators)</source>
        <translation>安排会议（传播专员和管理员）</translation>
    </message>
    <message>
        <source>change a meeting; only the options given change</source>
        <translation>修改会议；只改动所给出的选项</translation>
    </message>
    <message>
        <source>the meeting's topic</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>conference (phone or video call) or in_person</source>
        <translation>conference（电话或视频会议）或 in_person（现场会议）</translation>
    </message>
    <message>
        <source>the start as the clocks show it in the meeting's zone</source>
        <translation>开始时间，按会议所在时区的当地时间</translation>
    </message>
    <message>
        <source>the meeting's time zone, e.g. Asia/Shanghai (default: the organisation's)</source>
        <translation>会议时区，例如 Asia/Shanghai（默认：单位所在时区）</translation>
    </message>
    <message>
        <source>the meeting's time zone; without --start the clock time stays and now means that time in the new zone</source>
        <translation>会议时区；不给 --start 时钟点不变，改为新时区的同一钟点</translation>
    </message>
    <message>
        <source>duration in minutes (default: 60)</source>
        <translation>时长（分钟，默认 60）</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>a participant: a person in commdesk (name or e-mail), or 'Name &lt;e-mail&gt;'; repeatable</source>
        <translation>参会人：commdesk 中的人员（姓名或邮箱），或“姓名 &lt;邮箱&gt;”；可重复</translation>
    </message>
    <message>
        <source>a participant (replaces the list; repeatable)</source>
        <translation>参会人（替换原名单；可重复）</translation>
    </message>
    <message>
        <source>an agenda item with its time box and presenter if any; repeatable</source>
        <translation>议程项，可附时长和报告人；可重复</translation>
    </message>
    <message>
        <source>an agenda item (replaces the agenda; repeatable)</source>
        <translation>议程项（替换原议程；可重复）</translation>
    </message>
    <message>
        <source>material to bring (FM-1); repeatable</source>
        <translation>需携带的材料（FM-1）；可重复</translation>
    </message>
    <message>
        <source>room or address</source>
        <translation>会议室或地址</translation>
    </message>
    <message>
        <source>empty this field ({fields}); repeatable</source>
        <translation>清空此字段（{fields}）；可重复</translation>
    </message>
    <message>
        <source>the version you edited (from --json); refused if someone saved a newer one</source>
        <translation>您所修改的版本号（见 --json 输出）；如已有人保存了更新的版本则拒绝保存</translation>
    </message>
    <message>
        <source>also issue the invitation now (every procedure warning needs --override)</source>
        <translation>同时立即发出邀请（每条规程警告都需用 --override 说明理由）</translation>
    </message>
    <message>
        <source>why the invitation goes out despite a warning (kept in the audit log); RULE= for one rule only; repeatable</source>
        <translation>有警告仍发出邀请的理由（记入审计日志）；加 RULE= 只针对该条规则；可重复</translation>
    </message>
    <message>
        <source>show or write a meeting's minutes, circulate them or approve them (four eyes)</source>
        <translation>查看或撰写会议纪要，分发征求意见或审批（四眼原则）</translation>
    </message>
    <message>
        <source>replace the notes with this UTF-8 text file (Markdown)</source>
        <translation>用此 UTF-8 文本文件（Markdown）替换纪要正文</translation>
    </message>
    <message>
        <source>add a decision; repeatable</source>
        <translation>添加一项决定；可重复</translation>
    </message>
    <message>
        <source>add an action item with its owner and deadline if any; repeatable</source>
        <translation>添加行动项，可附负责人和截止日期；可重复</translation>
    </message>
    <message>
        <source>send the draft round for comments (counts as distributed for PC-5)</source>
        <translation>分发草稿征求意见（按 PC-5 计为已分发）</translation>
    </message>
    <message>
        <source>approve and lock circulated minutes (not by whoever wrote them)</source>
        <translation>审批并锁定已分发的纪要（撰写人本人不能审批）</translation>
    </message>
    <message>
        <source>write a meeting's invitation (.ics), agenda (.pdf) or, with --minutes, its minutes (.pdf)</source>
        <translation>导出会议邀请（.ics）、议程（.pdf），或用 --minutes 导出会议纪要（.pdf）</translation>
    </message>
    <message>
        <source>the minutes PDF</source>
        <translation>会议纪要 PDF</translation>
    </message>
    <message>
        <source>action items from all meetings: list</source>
        <translation>所有会议的待办事项：list</translation>
    </message>
    <message>
        <source>list action items</source>
        <translation>列出待办事项</translation>
    </message>
    <message>
        <source>only overdue ones</source>
        <translation>仅显示逾期事项</translation>
    </message>
    <message>
        <source>part of the owner's name or e-mail</source>
        <translation>负责人姓名或邮箱的一部分</translation>
    </message>
    <message>
        <source>{option} needs a date like 2026-12-01, not '{value}'.</source>
        <translation>{option} 需要形如 2026-12-01 的日期，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Days in {zone} (the organisation's time zone); each meeting at its own time, with the organisation's beside it when they differ.</source>
        <translation>日期按 {zone}（机构时区）计；每个会议显示其本身时区的时间，与机构时间不同时在旁边注明机构时间。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Minutes are exported as PDF; give a file name ending in .pdf.</source>
        <translation>会议纪要导出为 PDF，请使用以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>warning: {rule}: {message}</source>
        <translation>警告：{rule}：{message}</translation>
    </message>
    <message>
        <source>Give a file name ending in .ics (invitation) or .pdf (agenda; with --minutes the minutes).</source>
        <translation>请使用以 .ics（邀请）或 .pdf（议程；配合 --minutes 为纪要）结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>--tz: '{zone}' is not a time zone; give an IANA name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation>--tz：“{zone}”不是时区，请给出 IANA 时区名，例如 Asia/Shanghai 或 Europe/Berlin。</translation>
    </message>
    <message>
        <source>--start needs the clock time in the meeting's zone like '2026-12-10 14:30', not '{value}' (the zone goes in --tz).</source>
        <translation>--start 需要会议时区的当地时间，形如“2026-12-10 14:30”，而不是“{value}”（时区用 --tz 给出）。</translation>
    </message>
    <message>
        <source>--agenda takes TITLE, TITLE|MINUTES or TITLE|MINUTES|PRESENTER, not '{value}'.</source>
        <translation>--agenda 的格式为 标题、标题|分钟 或 标题|分钟|报告人，而不是“{value}”。</translation>
    </message>
    <message>
        <source>--agenda: the time box of '{title}' must be a whole number of minutes, not '{value}'.</source>
        <translation>--agenda：“{title}”的时长必须是整数分钟，而不是“{value}”。</translation>
    </message>
    <message>
        <source>--override gives the reason for issuing the invitation despite a warning; add --invite.</source>
        <translation>--override 是有警告仍发出邀请的理由，请同时加上 --invite。</translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored meeting (commdesk meetings list --json) and edit again with --expect-version {version}.</source>
        <translation>未保存任何内容；请查看已保存的会议（commdesk meetings list --json），再用 --expect-version {version} 重新修改。</translation>
    </message>
    <message>
        <source>fix it with 'commdesk meetings edit {id}'</source>
        <translation>请用“commdesk meetings edit {id}”修正</translation>
    </message>
    <message>
        <source>give the reason with --override REASON (or RULE=REASON) and run 'commdesk meetings edit {id} --invite'</source>
        <translation>请用 --override 理由（或 规则=理由）说明理由，并运行“commdesk meetings edit {id} --invite”</translation>
    </message>
    <message>
        <source>Meeting {id} was saved but its invitation was not issued: {findings} — {hint}.</source>
        <translation>会议 {id} 已保存，但邀请未发出：{findings} —— {hint}。</translation>
    </message>
    <message>
        <source>override: {rule}: {reason}</source>
        <translation>已说明理由：{rule}：{reason}</translation>
    </message>
    <message>
        <source>Meeting {id} saved: {topic}, {when}.</source>
        <translation>会议 {id} 已保存：{topic}，{when}。</translation>
    </message>
    <message>
        <source>Invitation issued; write it with: commdesk meetings export {id} FILE.ics</source>
        <translation>邀请已发出；导出邀请文件：commdesk meetings export {id} 文件.ics</translation>
    </message>
    <message>
        <source>--action takes TEXT, TEXT|OWNER or TEXT|OWNER|YYYY-MM-DD, not '{value}'.</source>
        <translation>--action 的格式为 内容、内容|负责人 或 内容|负责人|YYYY-MM-DD，而不是“{value}”。</translation>
    </message>
    <message>
        <source>--notes-file: cannot read {file} as UTF-8 text ({error}).</source>
        <translation>--notes-file：无法以 UTF-8 文本读取 {file}（{error}）。</translation>
    </message>
    <message>
        <source>Meeting {id} has no minutes yet.</source>
        <translation>会议 {id} 还没有纪要。</translation>
    </message>
    <message>
        <source>Minutes of meeting {id}, version {number}: {state}</source>
        <translation>会议 {id} 的纪要，第 {number} 版：{state}</translation>
    </message>
    <message>
        <source>decision: {text}</source>
        <translation>决定：{text}</translation>
    </message>
    <message>
        <source>action: {text} ({owner}, {due}, {status})</source>
        <translation>行动项：{text}（{owner}，{due}，{status}）</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 向前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>向后 ▶</translation>
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
    <message>
        <source>{first} – {last} (days in {zone})</source>
        <translation>{first} – {last}（按 {zone} 时区的日期）</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Add participants</source>
        <translation>添加参会人</translation>
    </message>
    <message>
        <source>Search colleagues and contacts by name, outlet or e-mail</source>
        <translation>按姓名、媒体或邮箱搜索同事和联系人</translation>
    </message>
    <message>
        <source>Check everyone to invite; contacts are added with their primary e-mail.</source>
        <translation>勾选要邀请的人；联系人使用其主邮箱添加。</translation>
    </message>
    <message>
        <source>&amp;Add checked</source>
        <translation>添加已勾选(&amp;A)</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>目的：{purpose}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>拨入方式</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>sent with the calendar invitation</source>
        <translation>随日历邀请发送</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>This meeting is cancelled.</source>
        <translation>本次会议已取消。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>尚无议程。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须参加</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选参加</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>会前准备</translation>
    </message>
    <message>
        <source>Invitation and agenda</source>
        <translation>会议邀请及议程</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>截止日期：{date}</translation>
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
        <source>Attendance not recorded</source>
        <translation>未记录出席情况</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>讨论要点</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved by {name} on {when}.</source>
        <translation>由 {name} 于 {when} 批准。</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>Action items by owner</source>
        <translation>按负责人列出的待办事项</translation>
    </message>
    <message>
        <source>Action items by meeting</source>
        <translation>按会议列出的待办事项</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>逾期待办事项</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <source>{count} action items are overdue.</source>
        <translation>有 {count} 项待办事项已逾期。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Join: {link}</source>
        <translation>加入会议：{link}</translation>
    </message>
    <message>
        <source>Dial-in: {number}</source>
        <translation>电话接入：{number}</translation>
    </message>
    <message>
        <source>Place: {room}</source>
        <translation>地点：{room}</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>密码：{password}</translation>
    </message>
    <message>
        <source>Please bring: {materials}</source>
        <translation>请携带：{materials}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation>主持人：{name}</translation>
    </message>
    <message>
        <source>Note-taker: {name}</source>
        <translation>记录人：{name}</translation>
    </message>
    <message>
        <source>An invitation needs a start time; enter one.</source>
        <translation>邀请需要开始时间，请填写。</translation>
    </message>
    <message>
        <source>An invitation needs a duration; enter one in minutes.</source>
        <translation>邀请需要时长，请以分钟填写。</translation>
    </message>
    <message>
        <source>An invitation needs the organiser's e-mail address, to which answers go; enter it.</source>
        <translation>邀请需要组织者的邮箱地址（回复发往此处），请填写。</translation>
    </message>
    <message>
        <source>The series ends before its first meeting; choose a later end date.</source>
        <translation>系列会议在第一次会议之前就结束了，请选择更晚的结束日期。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Conference call / video</source>
        <translation>电话 / 视频会议</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场会议</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Circulated for comments</source>
        <translation>已传阅征求意见</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Meeting not over yet</source>
        <translation>会议尚未结束</translation>
    </message>
    <message>
        <source>Minutes due</source>
        <translation>纪要待发</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>纪要逾期</translation>
    </message>
    <message>
        <source>Minutes distributed</source>
        <translation>纪要已分发</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>the topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>the duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>a link or dial-in number</source>
        <translation>会议链接或接入号码</translation>
    </message>
    <message>
        <source>the meeting password</source>
        <translation>会议密码</translation>
    </message>
    <message>
        <source>the place (room)</source>
        <translation>地点（会议室）</translation>
    </message>
    <message>
        <source>the agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>the materials to bring</source>
        <translation>需携带的材料</translation>
    </message>
    <message>
        <source>The invitation lacks {field}, which {rule} requires; fill it in or give a reason to send without it.</source>
        <translation>邀请缺少{field}，而 {rule} 要求填写；请补充，或说明不填写就发送的理由。</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Only {count} person takes part in this call; PC-1 plans conference calls for 3-10 people. Invite the participants or give a reason.</source>
        <translation>此电话会议仅有 {count} 人参加；PC-1 规定电话会议一般为 3-10 人。请邀请参会人或说明理由。</translation>
    </message>
    <message>
        <source>{count} people are invited to this call; PC-1 plans conference calls for 3-10 people. Invite fewer people, split the call, or use an announcement; or give a reason.</source>
        <translation>此电话会议邀请了 {count} 人；PC-1 规定电话会议一般为 3-10 人。请减少人数、拆分会议或改用通知，或说明理由。</translation>
    </message>
    <message>
        <source>The call has already started or is over; PC-2 asks for the invitation 24 hours ahead. Check the start time or give a reason.</source>
        <translation>该电话会议已开始或已结束；PC-2 要求提前 24 小时发出邀请。请检查开始时间或说明理由。</translation>
    </message>
    <message>
        <source>The invitation goes out {lead} before the call; PC-2 asks for at least 24 hours. Move the call later or give a reason.</source>
        <translation>邀请在会议前 {lead} 发出；PC-2 要求至少提前 24 小时。请推迟会议或说明理由。</translation>
    </message>
    <message>
        <source>The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. Move the meeting later or give a reason.</source>
        <translation>邀请在会议前 {days} 天发出；FM-1 要求提前 3 至 7 天。请推迟会议或说明理由。</translation>
    </message>
    <message>
        <source>The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. Send it later (people forget) or give a reason.</source>
        <translation>邀请在会议前 {days} 天发出；FM-1 要求提前 3 至 7 天。请晚些再发（太早容易忘记）或说明理由。</translation>
    </message>
    <message>
        <source>The agenda's time boxes add up to {total} minutes but the meeting lasts {duration} ({rule}: end on time). Shorten the items, drop one, or make the meeting longer.</source>
        <translation>议程时间合计 {total} 分钟，但会议只有 {duration} 分钟（{rule}：按时结束）。请缩短议题、删去一项或延长会议。</translation>
    </message>
    <message>
        <source>The minutes were due by {due} (PC-5: the same working day); send them out now.</source>
        <translation>会议纪要应在 {due} 前发出（PC-5：当个工作日内）；请立即发出。</translation>
    </message>
    <message>
        <source>There is no action item with id {id}.</source>
        <translation>没有编号为 {id} 的待办事项。</translation>
    </message>
    <message>
        <source>change action items they do not own</source>
        <translation>修改不属于自己的待办事项</translation>
    </message>
    <message>
        <source>{name} may not change this action item: only its owner, officers and administrators can.</source>
        <translation>{name} 不能修改此待办事项：只有负责人、传播专员和管理员可以修改。</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>plan meetings</source>
        <translation>安排会议</translation>
    </message>
    <message>
        <source>link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <source>dial-in</source>
        <translation>拨入号码</translation>
    </message>
    <message>
        <source>room or address</source>
        <translation>会议室或地址</translation>
    </message>
    <message>
        <source>organiser's e-mail</source>
        <translation>组织者的电子邮箱</translation>
    </message>
    <message>
        <source>participant's e-mail address</source>
        <translation>参会人的电子邮箱</translation>
    </message>
    <message>
        <source>The {field} contains a line break; it must be one line. Remove the break (it often comes with copying from a mail) and save again.</source>
        <translation>{field}中含有换行，只能是一行。请删除换行（常因从邮件复制而带入）后再保存。</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>没有编号为 {id} 的会议。</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Enter the meeting's topic.</source>
        <translation>请填写会议主题。</translation>
    </message>
    <message>
        <source>The duration must be a number of minutes above zero.</source>
        <translation>时长必须是大于零的分钟数。</translation>
    </message>
    <message>
        <source>Every agenda item needs a title; fill it in or remove the item.</source>
        <translation>每个议程项都需要标题；请填写或删除该项。</translation>
    </message>
    <message>
        <source>An agenda item's time box cannot be negative.</source>
        <translation>议程项的时间不能为负数。</translation>
    </message>
    <message>
        <source>Every participant needs a name or an e-mail address; fill it in or remove the line.</source>
        <translation>每位参会人都需要姓名或邮箱；请填写或删除该行。</translation>
    </message>
    <message>
        <source>given separately (never written into files)</source>
        <translation>另行告知（不写入任何文件）</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation>请说明取消会议的原因。</translation>
    </message>
    <message>
        <source>A series needs the first meeting's start time.</source>
        <translation>系列会议需要第一次会议的开始时间。</translation>
    </message>
    <message>
        <source>A series needs a number of meetings (1 to 520) or an end date.</source>
        <translation>系列会议需要会议次数（1 至 520）或结束日期。</translation>
    </message>
    <message>
        <source>There is no meeting series with id {id}.</source>
        <translation>没有编号为 {id} 的系列会议。</translation>
    </message>
    <message>
        <source>series backlog</source>
        <translation>系列待议事项</translation>
    </message>
    <message>
        <source>The series has no meeting ahead; add one before moving backlog items.</source>
        <translation>本系列之后没有安排会议；请先添加会议，再移入待议事项。</translation>
    </message>
    <message>
        <source>That backlog item no longer exists.</source>
        <translation>该待议事项已不存在。</translation>
    </message>
    <message>
        <source>That meeting is not part of this series.</source>
        <translation>该会议不属于本系列。</translation>
    </message>
    <message>
        <source>write minutes</source>
        <translation>撰写会议纪要</translation>
    </message>
    <message>
        <source>Every action item needs a description; fill it in or remove the item.</source>
        <translation>每个待办事项都需要描述；请填写或删除该项。</translation>
    </message>
    <message>
        <source>A cancelled action needs a note saying why; enter one.</source>
        <translation>取消的待办事项需要注明原因，请填写。</translation>
    </message>
    <message>
        <source>These minutes are approved and locked; the organiser can re-open them with a reason as a new version.</source>
        <translation>此纪要已批准并锁定；组织者可以说明理由后重新打开为新版本。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>There are no minutes for this meeting yet; write and save them first.</source>
        <translation>此会议还没有纪要，请先撰写并保存。</translation>
    </message>
    <message>
        <source>The minutes are {state}; that step is not possible now.</source>
        <translation>纪要当前状态为“{state}”，现在不能执行此操作。</translation>
    </message>
    <message>
        <source>{name} took these minutes and cannot approve them too (four eyes). Ask another officer to approve them, or an administrator can allow self-approval for small teams in the organisation settings.</source>
        <translation>{name} 是本纪要的记录人，不能同时批准（四眼原则）。请另一位传播专员批准；小团队也可由管理员在机构设置中允许记录人自行批准。</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved.</source>
        <translation>只有已分发征求意见的纪要才能批准。</translation>
    </message>
    <message>
        <source>re-open minutes</source>
        <translation>重新打开会议纪要</translation>
    </message>
    <message>
        <source>Say why the approved minutes are re-opened.</source>
        <translation>请说明重新打开已批准纪要的原因。</translation>
    </message>
    <message>
        <source>Only the organiser ({name}) can re-open approved minutes.</source>
        <translation>只有组织者（{name}）可以重新打开已批准的纪要。</translation>
    </message>
    <message>
        <source>Only approved minutes are re-opened.</source>
        <translation>只能重新打开已批准的纪要。</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>待办事项回顾</translation>
    </message>
</context>
<context>
    <name>MeetingsModels</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Minutes due by {due} (PC-5).</source>
        <translation>会议纪要须在 {due} 前发出（PC-5）。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>{description} ({note})</source>
        <translation>{description}（{note}）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Minutes / live mode</source>
        <translation>纪要 / 现场模式(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport invitation</source>
        <translation>导出邀请(&amp;X)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>编辑(&amp;I)</translation>
    </message>
    <message>
        <source>Sen&amp;d invitation</source>
        <translation>发送邀请(&amp;D)</translation>
    </message>
    <message>
        <source>Send minu&amp;tes</source>
        <translation>发送纪要(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Circulate minutes</source>
        <translation>传阅纪要(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve minutes</source>
        <translation>批准纪要(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Re-open minutes</source>
        <translation>重新打开纪要(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <source>Series &amp;backlog…</source>
        <translation>系列待议事项(&amp;B)…</translation>
    </message>
    <message>
        <source>Search topic, purpose, room</source>
        <translation>搜索主题、目的、会议室</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>未完成和进行中</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Action report PDF</source>
        <translation>待办事项报告 PDF</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>请先选择一个会议。</translation>
    </message>
    <message>
        <source>Only draft minutes are circulated.</source>
        <translation>只有草稿状态的纪要才能传阅。</translation>
    </message>
    <message>
        <source>Only approved minutes are re-opened.</source>
        <translation>只能重新打开已批准的纪要。</translation>
    </message>
    <message>
        <source>The meeting is already cancelled.</source>
        <translation>该会议已取消。</translation>
    </message>
    <message>
        <source>This meeting is not part of a series.</source>
        <translation>该会议不属于任何系列会议。</translation>
    </message>
    <message>
        <source>Select an action item first.</source>
        <translation>请先选择一个待办事项。</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>操作未成功</translation>
    </message>
    <message>
        <source>Export invitation</source>
        <translation>导出邀请</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>日历邀请 (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>已写入 {file}。</translation>
    </message>
    <message>
        <source>Invitation and agenda</source>
        <translation>邀请函和议程</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Send despite {rule}?</source>
        <translation>不顾 {rule} 仍要发送？</translation>
    </message>
    <message>
        <source>{message}

Reason for sending anyway (kept in the audit log):</source>
        <translation>{message}

仍要发送的理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <source>Send minutes</source>
        <translation>发送纪要</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>批准纪要</translation>
    </message>
    <message>
        <source>Approve the minutes of “{topic}” as {name}? They are then locked and signed off in your name; only the organiser can re-open them, with a reason.</source>
        <translation>以 {name} 的身份批准“{topic}”的会议纪要？批准后纪要将锁定并以您的名义签批；之后只有组织者可以说明理由后重新打开。</translation>
    </message>
    <message>
        <source>Re-open approved minutes</source>
        <translation>重新打开已批准的纪要</translation>
    </message>
    <message>
        <source>Why are the approved minutes re-opened? (kept in the audit log)</source>
        <translation>为什么要重新打开已批准的纪要？（记入审计日志）</translation>
    </message>
    <message>
        <source>Select a meeting of a series first.</source>
        <translation>请先选择一个系列会议。</translation>
    </message>
    <message>
        <source>Why is the meeting cancelled?</source>
        <translation>为什么取消会议？</translation>
    </message>
    <message>
        <source>Cancel action item</source>
        <translation>取消待办事项</translation>
    </message>
    <message>
        <source>Why is this action cancelled?</source>
        <translation>为什么取消此待办事项？</translation>
    </message>
    <message>
        <source>The action item was not changed</source>
        <translation>待办事项未修改</translation>
    </message>
    <message>
        <source>Action report</source>
        <translation>待办事项报告</translation>
    </message>
    <message>
        <source>The minutes of “{topic}” were not saved when commdesk stopped (copy from {time}). Recover them now, with the agenda item and timer where they were?</source>
        <translation>commdesk 停止时，“{topic}”的会议纪要尚未保存（副本时间：{time}）。现在恢复吗？议程项和计时器也将恢复到当时的位置。</translation>
    </message>
    <message>
        <source>Recover unsaved minutes</source>
        <translation>恢复未保存的纪要</translation>
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
        <source>The minutes could not be restored</source>
        <translation>无法恢复纪要</translation>
    </message>
    <message>
        <source>Discard unsaved minutes</source>
        <translation>丢弃未保存的纪要</translation>
    </message>
    <message>
        <source>Delete the unsaved copy of the minutes of “{topic}” for good?</source>
        <translation>永久删除“{topic}”会议纪要的未保存副本吗？</translation>
    </message>
    <message>
        <source>Due today: {items}</source>
        <translation>今天到期：{items}</translation>
    </message>
    <message>
        <source>commdesk: action items due today</source>
        <translation>commdesk：今天到期的待办事项</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Agenda (Ctrl+Up / Ctrl+Down)</source>
        <translation>议程（Ctrl+↑ / Ctrl+↓）</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>开始计时（Ctrl+T）</translation>
    </message>
    <message>
        <source>Attendance (Ctrl+Shift+A, Space ticks)</source>
        <translation>出席（Ctrl+Shift+A，空格勾选）</translation>
    </message>
    <message>
        <source>Captured for this meeting</source>
        <translation>本次会议记录</translation>
    </message>
    <message>
        <source>Agenda item / entry</source>
        <translation>议程项 / 记录</translation>
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
        <source>Type, then Ctrl+1 point · Ctrl+2 decision · Ctrl+3 action (@owner !2026-12-08)</source>
        <translation>输入后按 Ctrl+1 要点 · Ctrl+2 决定 · Ctrl+3 待办（@负责人 !2026-12-08）</translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation>备注（Markdown）</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Minutes v{number}: {state}</source>
        <translation>纪要 v{number}：{state}</translation>
    </message>
    <message>
        <source>Minutes v{number}: approved by {name} on {when}</source>
        <translation>纪要第 {number} 版：由 {name} 于 {when} 批准</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>决定：{text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>待办：{text}</translation>
    </message>
    <message>
        <source>Review: {text}</source>
        <translation>回顾：{text}</translation>
    </message>
    <message>
        <source>Pause timer (Ctrl+T)</source>
        <translation>暂停计时（Ctrl+T）</translation>
    </message>
    <message>
        <source>Time box of {minutes} min is over: wrap up or move on.</source>
        <translation>{minutes} 分钟的时间已到：请收尾或进入下一项。</translation>
    </message>
    <message>
        <source>One minute left for this item.</source>
        <translation>本项还剩一分钟。</translation>
    </message>
    <message>
        <source>Kept safe on this computer at {time}.</source>
        <translation>已于 {time} 保存在本机。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MinutesWindow</name>
    <message>
        <source>Minutes: {topic}</source>
        <translation>会议纪要：{topic}</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The minutes were not saved</source>
        <translation>纪要未保存</translation>
    </message>
    <message>
        <source>Save the minutes?</source>
        <translation>保存纪要？</translation>
    </message>
    <message>
        <source>Save the minutes to the database now? (A copy stays on this computer either way.)</source>
        <translation>现在把纪要保存到数据库吗？（无论如何本机都会保留一份副本。）</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add from &amp;contacts…</source>
        <translation>从联系人添加(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>PlanningDialog</name>
    <message>
        <source>Plan meeting</source>
        <translation>安排会议</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving and lose the changes?</source>
        <translation>此会议已有改动。不保存就关闭，改动将丢失，确定吗？</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The meeting is planned, shown and sent in this zone; type part of a name to find it.</source>
        <translation>会议按此时区安排、显示和发送；输入时区名称的一部分即可查找。</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>保存在系统钥匙串中，绝不存入数据库</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会议室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ial-in</source>
        <translation>电话接入(&amp;I)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主持人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation>记录人(&amp;N)</translation>
    </message>
    <message>
        <source>Repeat as a series</source>
        <translation>设为系列会议</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>[ ] projector
[ ] whiteboard
[ ] pens
[ ] screen-share test</source>
        <translation>[ ] 投影仪
[ ] 白板
[ ] 白板笔
[ ] 屏幕共享测试</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>需携带的材料</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>准备工作</translation>
    </message>
    <message>
        <source>Procedure checks</source>
        <translation>规程检查</translation>
    </message>
    <message>
        <source>Save and issue in&amp;vitation</source>
        <translation>保存并发出邀请(&amp;V)</translation>
    </message>
    <message>
        <source>✓ No procedure warnings.</source>
        <translation>✓ 没有规程警告。</translation>
    </message>
    <message>
        <source>'{zone}' is not a time zone; choose one from the list (type part of its name, e.g. Shanghai).</source>
        <translation>“{zone}”不是有效的时区；请从列表中选择（输入名称的一部分，例如 Shanghai）。</translation>
    </message>
    <message>
        <source>Send despite {rule}?</source>
        <translation>不顾 {rule} 仍然发送？</translation>
    </message>
    <message>
        <source>{message}

Reason for sending anyway (kept in the audit log):</source>
        <translation>{message}

仍然发送的理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation>会议未保存</translation>
    </message>
</context>
</TS>
