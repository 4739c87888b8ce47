<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the publishing calendar of every kind of item: list, export (PDF or .ics feed)</source>
        <translation>各类事项的发布日历：list（列出）、export（导出 PDF 或 .ics 日历文件）</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD; default: the quarter's first)</source>
        <translation>从这一天起（YYYY-MM-DD；默认为本季度第一天）</translation>
    </message>
    <message>
        <source>up to this day, included (default: the quarter's last)</source>
        <translation>到这一天为止，含当天（默认为本季度最后一天）</translation>
    </message>
    <message>
        <source>only this kind (release, embargo, post, announcement, event, meeting); may be repeated</source>
        <translation>只看这一类（release 新闻稿、embargo 禁发期结束、post 社交帖子、announcement 通知、event 媒体活动、meeting 会议）；可重复给出</translation>
    </message>
    <message>
        <source>only this channel: a social account (Weibo · 华信科技), a subscription list, a release's channel; part of its name is enough; may be repeated</source>
        <translation>只看此渠道：社交媒体账号（微博 · 华信科技）、订阅列表或新闻稿的发布渠道；写出名称的一部分即可；可重复</translation>
    </message>
    <message>
        <source>only this campaign or topic (part of its name is enough)</source>
        <translation>只看此专题活动或话题（写出名称的一部分即可）</translation>
    </message>
    <message>
        <source>only what this person owns or wrote (part of the name is enough, e.g. Emma)</source>
        <translation>只看此人负责或撰写的内容（写出姓名的一部分即可，例如 Emma）</translation>
    </message>
    <message>
        <source>list the calendar's entries by time</source>
        <translation>按时间列出日历上的事项</translation>
    </message>
    <message>
        <source>print JSON (times as UTC instants)</source>
        <translation>输出 JSON（时间为 UTC 时刻）</translation>
    </message>
    <message>
        <source>write the calendar to a PDF (month grids and list) or an .ics feed</source>
        <translation>把日历写成 PDF（月历和清单）或 .ics 日历文件</translation>
    </message>
    <message>
        <source>pdf or ics (default: from the file's name, .pdf or .ics)</source>
        <translation>pdf 或 ics（默认：按文件扩展名 .pdf 或 .ics 判断）</translation>
    </message>
    <message>
        <source>the PDF as a list only, without month grids</source>
        <translation>PDF 只含清单，不含月历</translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation>以 JSON 输出写入的内容</translation>
    </message>
    <message>
        <source>{option} needs a date like 2027-01-04, not '{value}'.</source>
        <translation>{option} 需要形如 2027-01-04 的日期，而不是“{value}”。</translation>
    </message>
    <message>
        <source>--to ({last}) is before --from ({first}); give the earlier day first.</source>
        <translation>--to（{last}）早于 --from（{first}）；请先给较早的日期。</translation>
    </message>
    <message>
        <source>{option} “{typed}” could be any of: {names}. Write more of the name.</source>
        <translation>{option}“{typed}”可能是以下任何一个：{names}。请写出更完整的名称。</translation>
    </message>
    <message>
        <source>Nothing in this period matches {option} “{typed}”; the period has: {names}. Check the name or the period (--from, --to).</source>
        <translation>此期间内没有与 {option}“{typed}”相符的内容；此期间内有：{names}。请检查名称或期间（--from、--to）。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) from {first} to {last}; times in {zone}.</source>
        <translation>
            <numerusform>{first} 至 {last} 共 %n 项；时间为 {zone}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which format “{name}” is to be: name the file .pdf or .ics, or add --format pdf or --format ics.</source>
        <translation>请说明“{name}”要导出为哪种格式：将文件命名为 .pdf 或 .ics，或加上 --format pdf 或 --format ics。</translation>
    </message>
    <message>
        <source>“{name}” is named as a .{named} file but --format says {format}: a calendar program would not open it. Change the file's name or the format.</source>
        <translation>“{name}”的扩展名是 .{named}，但 --format 指定的是 {format}：日历程序将无法打开该文件。请修改文件名或格式。</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>日历已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Mon</source>
        <extracomment>entries written in a day's cell of the month grid; the rest are counted ("+3 more"), and titles cut to ``CELL_TITLE`` characters: a month fits a page or two, the list has everything</extracomment>
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
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>+{count} more (see the list)</source>
        <translation>另有 {count} 项（见清单）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nothing is planned in this period.</source>
        <translation>这段时间没有安排。</translation>
    </message>
    <message>
        <source>Publishing calendar</source>
        <translation>发布日历</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Cadence (SM-2)</source>
        <translation>发布频率（SM-2）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Embargo ends</source>
        <translation>禁发期结束</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>社交帖子</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Media event</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of calendar entry; choose one of: {kinds}.</source>
        <translation>“{text}”不是日历事项的类别；请从以下选择：{kinds}。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <source>It went out at this time; what was published stays where it is.</source>
        <translation>它已在这个时间发出；已发布的内容留在原处。</translation>
    </message>
    <message>
        <source>The period ends before it starts; give the earlier date first.</source>
        <translation>结束日期早于开始日期；请先给较早的日期。</translation>
    </message>
    <message>
        <source>move a release's embargo</source>
        <translation>调整新闻稿的禁发期</translation>
    </message>
    <message>
        <source>A release that is “{state}” can no longer be edited.</source>
        <translation>处于“{state}”状态的新闻稿不能再修改。</translation>
    </message>
    <message>
        <source>Embargo ends ({zone})</source>
        <translation>禁发期结束（{zone}）</translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation>帖子 {id}</translation>
    </message>
    <message>
        <source>It was sent at this time; a sent announcement stays where it is.</source>
        <translation>该通知已于此时发出；已发出的通知不能再移动。</translation>
    </message>
    <message>
        <source>The event is over; it stays when it happened.</source>
        <translation>活动已结束，保留在举办的时间。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The meeting was cancelled; plan a new one instead.</source>
        <translation>会议已取消；请另行安排新的会议。</translation>
    </message>
    <message>
        <source>invitation sent</source>
        <translation>已发邀请</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Meeting {id}</source>
        <translation>会议 {id}</translation>
    </message>
    <message>
        <source>Give the new time with its time zone.</source>
        <translation>请给出带时区的新时间。</translation>
    </message>
    <message>
        <source>Embargo moved on the calendar</source>
        <translation>在日历上调整了禁发期</translation>
    </message>
    <message>
        <source>Export as “pdf” or “ics”, not “{format}”.</source>
        <translation>请导出为“pdf”或“ics”，而不是“{format}”。</translation>
    </message>
    <message>
        <source>That entry is no longer on the calendar in this period.</source>
        <translation>这段时间的日历上已没有该事项。</translation>
    </message>
    <message>
        <source>taken off the plan</source>
        <translation>已移出计划</translation>
    </message>
    <message>
        <source>campaign {name}</source>
        <translation>专题活动 {name}</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>负责人 {name}</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>每周帖子数</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Month</source>
        <extracomment>the pane that opens an entry of each kind</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>List (quarter)</source>
        <translation>清单（季度）</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>向后</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>专题活动(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>移到(&amp;T)…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>导出 .ics(&amp;I)…</translation>
    </message>
    <message>
        <source>P&amp;rint PDF…</source>
        <translation>打印 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-plan: drag to another day, or Alt+Left/Right (a day), Alt+Up/Down (an hour), Move to…; double-click opens.</source>
        <translation>重新安排：拖到另一天，或按 Alt+左/右（一天）、Alt+上/下（一小时），或用“移到…”；双击打开。</translation>
    </message>
    <message>
        <source>Week of {monday} (week {week})</source>
        <translation>{monday} 这一周（第 {week} 周）</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>时间为 {zone}</translation>
    </message>
    <message>
        <source>Weeks off the posting target (SM-2):</source>
        <translation>未达发布频率目标的周（SM-2）：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more week(s).</source>
        <translation>
            <numerusform>……另有 %n 周。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account's weeks are on their posting target (SM-2).</source>
        <translation>各账号每周的发布量都在目标之内（SM-2）。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>重新安排</translation>
    </message>
    <message>
        <source>Move “{title}” to {when}? Its time is part of what its reviewers approve: if it was approved, it is reviewed again, as an edit in its editor would make it.</source>
        <translation>把“{title}”移到 {when}？时间是审核人批准的内容之一：如果已经批准，将重新审核，与在编辑器里修改一样。</translation>
    </message>
    <message>
        <source>Someone changed “{title}” meanwhile; the calendar shows it as it is now.</source>
        <translation>有人刚修改了“{title}”；日历现在显示的是最新情况。</translation>
    </message>
    <message>
        <source>Publishing calendar</source>
        <translation>发布日历</translation>
    </message>
    <message>
        <source>Export the calendar as .ics</source>
        <translation>把日历导出为 .ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>日历已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>The embargo is part of what reviewers approve: once moved, an approved release goes back to review, as an edit in its editor would.</source>
        <translation>禁发期是审核人批准的内容之一：移动后，已批准的新闻稿会退回审核，与在编辑器里修改一样。</translation>
    </message>
    <message>
        <source>The time is part of the invitation: once moved, an approved invitation is reviewed again, as an edit in the event's editor would.</source>
        <translation>时间属于邀请函内容：移动后，已批准的邀请函需重新审核，与在活动编辑器里修改一样。</translation>
    </message>
    <message>
        <source>A post's time is not part of what was approved: its review stays as it is.</source>
        <translation>帖子的时间不属于审核内容：审核状态保持不变。</translation>
    </message>
    <message>
        <source>Those invited are told only when the invitation is sent again.</source>
        <translation>只有再次发送邀请后，受邀者才会得知变更。</translation>
    </message>
</context>
</TS>
