<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>list press releases</source>
        <translation>列出新闻稿</translation>
    </message>
    <message>
        <source>only releases in this state</source>
        <translation>只列出处于此状态的新闻稿</translation>
    </message>
    <message>
        <source>only releases awaiting my review (with --as)</source>
        <translation>只列出等待我审核的新闻稿（配合 --as）</translation>
    </message>
    <message>
        <source>show one release as plain text</source>
        <translation>以纯文本显示一篇新闻稿</translation>
    </message>
    <message>
        <source>id or reference such as PR-2026-014</source>
        <translation>编号或文号，例如 PR-2026-014</translation>
    </message>
    <message>
        <source>the release&apos;s state, version, embargo, reviewers and approvals as JSON</source>
        <translation>以 JSON 输出新闻稿的状态、版本号、禁发时间、审核人和批准记录</translation>
    </message>
    <message>
        <source>export a release to a file</source>
        <translation>将新闻稿导出为文件</translation>
    </message>
    <message>
        <source>default: from the file name (.pdf, .txt, .html); other names need --format</source>
        <translation>默认按文件扩展名（.pdf、.txt、.html）确定；其他文件名需指定 --format</translation>
    </message>
    <message>
        <source>coverage of all releases in a period as PDF</source>
        <translation>某一时段内所有新闻稿的媒体报道，导出为 PDF</translation>
    </message>
    <message>
        <source>one unsent .eml file per recipient, for mailing</source>
        <translation>为每位收件人生成一个未发送的 .eml 文件，用于邮寄</translation>
    </message>
    <message>
        <source>a recipient, e.g. &quot;张伟 &lt;zhang@example.com&gt;&quot;; repeat for several (default: the release&apos;s distribution lists)</source>
        <translation>一位收件人，例如 &quot;张伟 &lt;zhang@example.com&gt;&quot;；多位请重复填写（默认：新闻稿的分发名单）</translation>
    </message>
    <message>
        <source>queue an approved release to its distribution lists in the outbox</source>
        <translation>将已批准的新闻稿按分发名单放入发件箱</translation>
    </message>
    <message>
        <source>only this distribution list (name or id); repeat for several</source>
        <translation>只发给这个分发名单（名称或编号）；可重复以指定多个</translation>
    </message>
    <message>
        <source>one message per contact, addressed by name (the default)</source>
        <translation>每位联系人一封邮件，按姓名称呼（默认）</translation>
    </message>
    <message>
        <source>one message with everyone in Bcc (default: one per contact)</source>
        <translation>一封邮件，所有收件人均为密送（默认：每位联系人一封）</translation>
    </message>
    <message>
        <source>also send to people who already received it (or have it waiting)</source>
        <translation>也发送给已收到（或在发件箱中等待发送）的人</translation>
    </message>
    <message>
        <source>send despite the mail checks&apos; warnings, for this reason</source>
        <translation>不顾邮件检查的警告仍然发送，并注明理由</translation>
    </message>
    <message>
        <source>press releases: list, show, export, coverage-report, eml, send, new, edit, submit, request-changes, approve, schedule, publish, comments</source>
        <translation>新闻稿：list、show、export、coverage-report、eml、send、new、edit、submit、request-changes、approve、schedule、publish、comments</translation>
    </message>
    <message>
        <source>press release templates: list</source>
        <translation>新闻稿模板：list</translation>
    </message>
    <message>
        <source>list the release templates</source>
        <translation>列出新闻稿模板</translation>
    </message>
    <message>
        <source>There is no press release “{ref}”; &apos;commdesk releases list&apos; shows them.</source>
        <translation>没有新闻稿“{ref}”；&apos;commdesk releases list&apos; 可列出所有新闻稿。</translation>
    </message>
    <message>
        <source>No press releases.</source>
        <translation>没有新闻稿。</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>commdesk cannot write “{name}”: it exports .pdf, .txt and .html files. Name the file accordingly, or give --format (pdf, txt, html, review, coverage).</source>
        <extracomment>What a file name says about the format it is written in (``releases export`` without --format).</extracomment>
        <translation>无法写入“{name}”：commdesk 只能导出 .pdf、.txt 和 .html 文件。请相应修改文件名，或指定 --format（pdf、txt、html、review、coverage）。</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} 不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The coverage report is a PDF: name the file “{name}.pdf”.</source>
        <translation>报道汇总是 PDF 文件：请将文件命名为“{name}.pdf”。</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}”不是电子邮件地址。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} of the recipients already have {ref} (listed above); add --again to send it to them again.</source>
        <translation>有 {count} 位收件人已收到 {ref}（见上方列表）；如确需再次发送，请加上 --again。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued; send them with &apos;commdesk outbox send&apos;.</source>
        <translation>
            <numerusform>已放入发件箱 %n 封邮件；请用 &apos;commdesk outbox send&apos; 发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>edited v{n} by {name}</source>
        <translation>由 {name} 修改，第 {n} 版</translation>
    </message>
    <message>
        <source>print the release as JSON</source>
        <translation>以 JSON 输出新闻稿</translation>
    </message>
    <message>
        <source>draft a new release from a template (officers)</source>
        <translation>按模板起草新的新闻稿（传播专员）</translation>
    </message>
    <message>
        <source>the template&apos;s key (&apos;commdesk templates list&apos; shows them)</source>
        <translation>模板的标识（用 &apos;commdesk templates list&apos; 查看）</translation>
    </message>
    <message>
        <source>the release&apos;s language (and the template&apos;s)</source>
        <translation>新闻稿的语言（也是模板的语言）</translation>
    </message>
    <message>
        <source>a placeholder of the template, e.g. city=Shenzhen or 产品名称=H5; repeatable</source>
        <translation>模板中的占位符，例如 city=深圳 或 产品名称=H5；可重复</translation>
    </message>
    <message>
        <source>change a release&apos;s title, body or embargo; an edit after approval voids the approvals</source>
        <translation>修改新闻稿的标题、正文或禁发时间；批准后再修改会使批准作废</translation>
    </message>
    <message>
        <source>replace the body with this UTF-8 text file (Markdown)</source>
        <translation>用这个 UTF-8 文本文件（Markdown）替换正文</translation>
    </message>
    <message>
        <source>the embargo as the clocks show it in its zone (--tz; default: the organisation&apos;s)</source>
        <translation>禁发时间，按其时区的钟点填写（--tz；默认：机构所在时区）</translation>
    </message>
    <message>
        <source>the embargo&apos;s time zone, e.g. Asia/Shanghai; alone, the embargo keeps its clock time in the new zone</source>
        <translation>禁发时间的时区，例如 Asia/Shanghai；单独使用时，禁发时间保持原钟点，改按新时区计算</translation>
    </message>
    <message>
        <source>remove the embargo</source>
        <translation>取消禁发时间</translation>
    </message>
    <message>
        <source>the version you edited (from --json); refused if someone saved a newer one</source>
        <translation>你修改所依据的版本号（见 --json 输出）；如有人已保存更新的版本，则拒绝保存</translation>
    </message>
    <message>
        <source>submit a release for review (officers)</source>
        <translation>提交新闻稿审核（传播专员）</translation>
    </message>
    <message>
        <source>a reviewer (name or e-mail); repeatable; replaces the reviewers chosen before</source>
        <translation>审核人（姓名或邮箱）；可重复；替换之前选定的审核人</translation>
    </message>
    <message>
        <source>what the reviewers should look at</source>
        <translation>请审核人重点查看的内容</translation>
    </message>
    <message>
        <source>send a release back to its author (chosen reviewers)</source>
        <translation>将新闻稿退回作者修改（选定的审核人）</translation>
    </message>
    <message>
        <source>what should change</source>
        <translation>需要修改的地方</translation>
    </message>
    <message>
        <source>approve this version of a release (chosen reviewers; not its author or last editor)</source>
        <translation>批准新闻稿的当前版本（选定的审核人；作者和最后修改人不可批准）</translation>
    </message>
    <message>
        <source>schedule an approved release to go out at its embargo (officers)</source>
        <translation>将已批准的新闻稿安排在禁发时间到期时发布（传播专员）</translation>
    </message>
    <message>
        <source>publish an approved release and record where it went out (officers)</source>
        <translation>发布已批准的新闻稿，并记录发布渠道（传播专员）</translation>
    </message>
    <message>
        <source>where it can be read</source>
        <translation>可阅读该稿件的网址</translation>
    </message>
    <message>
        <source>list the review comments of a release, or add one</source>
        <translation>列出新闻稿的审核意见，或添加一条</translation>
    </message>
    <message>
        <source>add a comment on the whole release</source>
        <translation>对整篇新闻稿添加意见</translation>
    </message>
    <message>
        <source>with --add: answer this comment (its number in the list)</source>
        <translation>与 --add 一起使用：回复这条意见（列表中的编号）</translation>
    </message>
    <message>
        <source>Embargo: {moment} {zone}</source>
        <translation>禁发至：{moment} {zone}</translation>
    </message>
    <message>
        <source>Approved by: {names}</source>
        <translation>批准人：{names}</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, such as city=Shenzhen, not “{value}”.</source>
        <translation>--field 的格式是 名称=值，例如 city=深圳，而不是“{value}”。</translation>
    </message>
    <message>
        <source>--field: “{name}” is not a placeholder; &apos;commdesk templates list --json&apos; shows each template&apos;s placeholders.</source>
        <translation>--field：“{name}”不是占位符；用 &apos;commdesk templates list --json&apos; 可查看各模板的占位符。</translation>
    </message>
    <message>
        <source>There is no template “{name}” in {language}; &apos;commdesk templates list&apos; shows them.</source>
        <translation>没有语言为 {language} 的模板“{name}”；用 &apos;commdesk templates list&apos; 可查看全部模板。</translation>
    </message>
    <message>
        <source>Drafted {ref}.</source>
        <translation>已起草 {ref}。</translation>
    </message>
    <message>
        <source>--tz: “{zone}” is not a time zone; give an IANA name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation>--tz：“{zone}”不是时区；请填写 IANA 时区名称，例如 Asia/Shanghai 或 Europe/Berlin。</translation>
    </message>
    <message>
        <source>--embargo needs the clock time like &apos;2026-12-10 09:00&apos;, not “{value}” (the zone goes in --tz).</source>
        <translation>--embargo 需要填写钟点时间，例如 &apos;2026-12-10 09:00&apos;，而不是“{value}”（时区请用 --tz 指定）。</translation>
    </message>
    <message>
        <source>--no-embargo removes the embargo; give it without --embargo and --tz.</source>
        <translation>--no-embargo 用于取消禁发时间，不能与 --embargo 或 --tz 同时使用。</translation>
    </message>
    <message>
        <source>--body-file: cannot read {file} as UTF-8 text ({error}).</source>
        <translation>--body-file：无法以 UTF-8 文本读取 {file}（{error}）。</translation>
    </message>
    <message>
        <source>{ref} has no embargo; give --embargo with --tz.</source>
        <translation>{ref} 没有禁发时间；请用 --embargo 和 --tz 一起设置。</translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored release (&apos;commdesk releases show {id}&apos;) and edit again with --expect-version {version}.</source>
        <translation>未保存任何内容；请查看已保存的新闻稿（&apos;commdesk releases show {id}&apos;），然后用 --expect-version {version} 重新修改。</translation>
    </message>
    <message>
        <source>{ref}: nothing changed.</source>
        <translation>{ref}：没有任何改动。</translation>
    </message>
    <message>
        <source>Saved {ref} as v{n}; the approvals are void and it is back in review.</source>
        <translation>已将 {ref} 保存为 v{n}；原有批准已作废，稿件重新进入审核。</translation>
    </message>
    <message>
        <source>Saved {ref} as v{n}.</source>
        <translation>已将 {ref} 保存为 v{n}。</translation>
    </message>
    <message>
        <source>{ref}: {action} done.</source>
        <translation>{ref}：已完成“{action}”。</translation>
    </message>
    <message>
        <source>--reply-to answers a comment; give the answer with --add TEXT.</source>
        <translation>--reply-to 用于回复意见；请用 --add 文本 写出回复内容。</translation>
    </message>
    <message>
        <source>{ref} has no comments.</source>
        <translation>{ref} 还没有审核意见。</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>（已解决）</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Original report (not a reprint)</source>
        <translation>原创报道（非转载）</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Journalist:</source>
        <translation>记者(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>覆盖人数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>倾向(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Tone</source>
        <translation>报道倾向</translation>
    </message>
    <message>
        <source>Pick-ups per day</source>
        <translation>每日报道数</translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>Where it went out</source>
        <translation>发布渠道记录</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Link to the published release (optional)</source>
        <translation>已发布新闻稿的链接（可选）</translation>
    </message>
    <message>
        <source>&amp;Record publication</source>
        <translation>记录发布(&amp;R)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>&amp;Log coverage…</source>
        <translation>登记报道(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Coverage report (PDF)…</source>
        <translation>报道汇总（PDF）(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n pick-up(s), reach {reach}</source>
        <translation>
            <numerusform>%n 篇报道，覆盖 {reach} 人次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageReportDialog</name>
    <message>
        <source>Coverage report</source>
        <translation>报道汇总</translation>
    </message>
    <message>
        <source>Pick-ups of every release in this period, with charts, as PDF.</source>
        <translation>此期间所有新闻稿的报道情况（含图表），生成 PDF。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>The start {start} is after the end {end}; swap them or choose another day.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}；请对调或另选日期。</translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <source>New press release</source>
        <translation>新建新闻稿</translation>
    </message>
    <message>
        <source>Headline of the release</source>
        <translation>新闻稿标题</translation>
    </message>
    <message>
        <source>e.g. 上海 or Shanghai</source>
        <translation>例如 上海 或 Shanghai</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>Preview with sample data:</source>
        <translation>示例数据预览：</translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation>请为新闻稿填写标题。</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>“{zone}” is not a time zone; choose one from the list, such as Asia/Shanghai or Europe/Berlin.</source>
        <extracomment>Offered first in the embargo&apos;s time zone list; every other IANA zone follows, alphabetically.</extracomment>
        <translation>“{zone}”不是有效的时区；请从列表中选择，例如 Asia/Shanghai 或 Europe/Berlin。</translation>
    </message>
    <message>
        <source>Any one chosen reviewer approves</source>
        <extracomment>the organisation&apos;s zone (the pane sets it): a new embargo starts in it, and an empty dateline is today there, not in the process&apos;s zone</extracomment>
        <translation>任一指定审核人批准即可</translation>
    </message>
    <message>
        <source>Every chosen reviewer approves</source>
        <translation>所有指定审核人都须批准</translation>
    </message>
    <message>
        <source>Time zone of the embargo: pick one or type a name such as Asia/Shanghai</source>
        <translation>禁发时间的时区：从列表中选择，或输入名称，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>The embargo {time} is already past: the release would not be embargoed. Choose a later time or untick “Embargo until”.</source>
        <translation>禁发时间 {time} 已经过去：新闻稿将不再处于禁发状态。请选择更晚的时间，或取消勾选“禁发至”。</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未关联）</translation>
    </message>
</context>
<context>
    <name>ReleaseEditorForm</name>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>电头(&amp;D)：</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The same release in the other language (zh/en); the link is kept on both releases</source>
        <translation>同一新闻稿的另一语言版本（中文/英文）；两篇新闻稿都会记录此关联</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Other language:</source>
        <translation>另一语言版本(&amp;O)：</translation>
    </message>
    <message>
        <source>Show the linked release</source>
        <translation>显示关联的新闻稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists with -, links [text](https://...); a blank line starts a new paragraph</source>
        <translation>Markdown：**粗体**、*斜体*、以 - 开头的列表、链接 [文字](https://...)；空一行即开始新段落</translation>
    </message>
    <message>
        <source>&amp;Quotes:</source>
        <translation>引语(&amp;Q)：</translation>
    </message>
    <message>
        <source>One quote per line: the quote | who said it</source>
        <translation>每行一条引语：引语内容 | 说话人</translation>
    </message>
    <message>
        <source>&amp;About us:</source>
        <translation>关于我们(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Media liaison:</source>
        <translation>媒体联络(&amp;M)：</translation>
    </message>
    <message>
        <source>Embargo un&amp;til:</source>
        <translation>禁发至(&amp;J)：</translation>
    </message>
    <message>
        <source>Date and time of the embargo, as clocks show it in the zone chosen beside it</source>
        <translation>禁发的日期和时间，按右侧所选时区的当地时间填写</translation>
    </message>
    <message>
        <source>Revie&amp;wers:</source>
        <translation>审核人(&amp;K)：</translation>
    </message>
    <message>
        <source>Review rule:</source>
        <translation>审核规则(&amp;W)：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>发布渠道：</translation>
    </message>
    <message>
        <source>Dist&amp;ribution lists:</source>
        <translation>分发名单(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReleaseMailing</name>
    <message>
        <source>Only officers and administrators send mail.</source>
        <translation>只有传播专员和管理员可以发送邮件。</translation>
    </message>
</context>
<context>
    <name>ReleaseMailingDialog</name>
    <message>
        <source>Send {ref} to lists</source>
        <translation>将 {ref} 发送给分发名单</translation>
    </message>
    <message>
        <source>Distribution lists of the release</source>
        <translation>新闻稿的分发名单</translation>
    </message>
    <message>
        <source>How recipients receive it (EM-2)</source>
        <translation>收件人如何收到（EM-2）</translation>
    </message>
    <message>
        <source>Left out (they receive nothing):</source>
        <translation>被排除（不会收到任何邮件）：</translation>
    </message>
    <message>
        <source>One &amp;personalised message per contact (尊敬的… / Dear …)</source>
        <translation>每位联系人一封个性化邮件（尊敬的… / Dear …）(&amp;P)</translation>
    </message>
    <message>
        <source>One message, everyone in &amp;Bcc (nobody sees the others)</source>
        <translation>一封邮件，所有人密送（互相看不到）(&amp;B)</translation>
    </message>
    <message>
        <source>Put &amp;in outbox</source>
        <translation>放入发件箱(&amp;I)</translation>
    </message>
    <message>
        <source>Save .&amp;eml files…</source>
        <translation>保存 .eml 文件(&amp;E)…</translation>
    </message>
    <message>
        <source>No mail account is set up (Outbox &gt; Account…): save the messages as .eml files for any mail program.</source>
        <translation>尚未设置邮箱账户（发件箱 &gt; 账户…）：可将邮件保存为 .eml 文件，用任意邮件程序发送。</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>主题：{subject}</translation>
    </message>
    <message>
        <source>one personalised message each</source>
        <translation>每人一封个性化邮件</translation>
    </message>
    <message>
        <source>one message in Bcc</source>
        <translation>一封密送邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), {mode}; {left} left out.</source>
        <translation>
            <numerusform>%n 位收件人，{mode}；{left} 人被排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have it (you are asked before it goes again).</source>
        <translation>
            <numerusform>其中 %n 位已收到（再次发送前会先询问您）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: ready to send.</source>
        <translation>未发现问题：可以发送。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>再次发送？</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) already received {ref} or have it waiting in the outbox:</source>
        <translation>
            <numerusform>%n 位收件人已收到 {ref}，或该稿已在发件箱中等待发给他们：</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to them again?</source>
        <translation>是否再次发送给他们？</translation>
    </message>
</context>
<context>
    <name>ReleaseModels</name>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Embargo until {time}</source>
        <translation>禁发至 {time}</translation>
    </message>
    <message>
        <source>Awaiting your review</source>
        <translation>等待您审核</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人次</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>报道倾向</translation>
    </message>
    <message>
        <source>Original / reprint</source>
        <translation>原创 / 转载</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原创</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>转载</translation>
    </message>
</context>
<context>
    <name>Releases</name>
    <message>
        <source>Review record: {title}</source>
        <extracomment>States in which a copy must say it is not the approved text.</extracomment>
        <translation>审核记录：{title}</translation>
    </message>
    <message>
        <source>review record</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>any one reviewer</source>
        <translation>任一审核人</translation>
    </message>
    <message>
        <source>every reviewer</source>
        <translation>全部审核人</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The releases area&apos;s audited tables (their audit ``entity`` names).</extracomment>
        <translation>文号</translation>
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
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review rule</source>
        <translation>审核规则</translation>
    </message>
    <message>
        <source>Current content hash (SHA-256): {hash}</source>
        <translation>当前内容哈希值（SHA-256）：{hash}</translation>
    </message>
    <message>
        <source>Note for reviewers</source>
        <translation>给审核人的说明</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准记录</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Content hash approved</source>
        <translation>所批准内容的哈希值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation>尚无批准。</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>流程记录</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>评论人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希值</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>whole release</source>
        <translation>整篇新闻稿</translation>
    </message>
    <message>
        <source>resolved by {name}</source>
        <translation>已由 {name} 解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>On</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>没有评论。</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>官网新闻中心</translation>
    </message>
    <message>
        <source>Wire service</source>
        <translation>通讯社通稿</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Mailing to lists</source>
        <translation>邮寄给名单</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网络媒体</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>电视</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>news agency</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <source>magazine</source>
        <translation>杂志</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Coverage report: {title}</source>
        <translation>媒体报道汇总：{title}</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>Total reach</source>
        <translation>总覆盖人次</translation>
    </message>
    <message>
        <source>Original / reprint</source>
        <translation>原创 / 转载</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>报道倾向</translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Pick-ups over time</source>
        <translation>报道数量走势</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原创</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>转载</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Release, headline and link</source>
        <translation>新闻稿、标题和链接</translation>
    </message>
    <message>
        <source>Headline and link</source>
        <translation>标题和链接</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人次</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>No coverage has been logged.</source>
        <translation>尚未登记媒体报道。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>电头城市</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>电头日期</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>关于我们</translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation>媒体联络</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n 段有改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>新增 %n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) removed</source>
        <translation>
            <numerusform>删除 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: {parts}.</source>
        <translation>改动：{parts}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name of the organisation (from settings)</source>
        <translation>机构名称（来自设置）</translation>
    </message>
    <message>
        <source>Short name of the organisation</source>
        <translation>机构简称</translation>
    </message>
    <message>
        <source>Date of the release, written out</source>
        <translation>新闻稿日期（完整写法）</translation>
    </message>
    <message>
        <source>City of the dateline</source>
        <translation>电头城市</translation>
    </message>
    <message>
        <source>Headline of the release</source>
        <translation>新闻稿标题</translation>
    </message>
    <message>
        <source>Name of the person quoted or speaking</source>
        <translation>被引述者或发言人姓名</translation>
    </message>
    <message>
        <source>Position of the spokesperson</source>
        <translation>发言人职务</translation>
    </message>
    <message>
        <source>Main quotation of the spokesperson</source>
        <translation>发言人的主要引语</translation>
    </message>
    <message>
        <source>Name of the product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>One sentence on what the product does</source>
        <translation>用一句话说明产品用途</translation>
    </message>
    <message>
        <source>Where and from when the product is available</source>
        <translation>产品的上市地点与时间</translation>
    </message>
    <message>
        <source>Price, with currency</source>
        <translation>价格（含币种）</translation>
    </message>
    <message>
        <source>Name of the event</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Date and time of the event</source>
        <translation>活动日期和时间</translation>
    </message>
    <message>
        <source>Venue and address of the event</source>
        <translation>活动场地与地址</translation>
    </message>
    <message>
        <source>How and until when to register</source>
        <translation>报名方式与截止时间</translation>
    </message>
    <message>
        <source>What a statement or response is about</source>
        <translation>声明或回应所涉及的事项</translation>
    </message>
    <message>
        <source>Short, factual description of what happened</source>
        <translation>对事件经过的简短、客观描述</translation>
    </message>
    <message>
        <source>What the organisation is doing about it</source>
        <translation>机构正在采取的措施</translation>
    </message>
    <message>
        <source>When the next update will be given</source>
        <translation>下一次通报的时间</translation>
    </message>
    <message>
        <source>Telephone number for the public</source>
        <translation>公众咨询电话</translation>
    </message>
    <message>
        <source>Web address for more information</source>
        <translation>更多信息的网址</translation>
    </message>
    <message>
        <source>“About us” text (from settings)</source>
        <translation>“关于我们”文字（来自设置）</translation>
    </message>
    <message>
        <source>Media contact block (from settings)</source>
        <translation>媒体联络信息（来自设置）</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>The template is too long (at most {limit} characters).</source>
        <translation>模板太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>The template is nested too deeply.</source>
        <translation>模板嵌套层级太深。</translation>
    </message>
    <message>
        <source>Line {line}: templates cannot include, import or extend other templates, or define macros.</source>
        <translation>第 {line} 行：模板不能包含、导入或继承其他模板，也不能定义宏。</translation>
    </message>
    <message>
        <source>Line {line}: names starting with “_” are not available in templates.</source>
        <translation>第 {line} 行：模板中不能使用以“_”开头的名称。</translation>
    </message>
    <message>
        <source>Line {line}: templates cannot call functions or methods; use a filter such as “|upper”.</source>
        <translation>第 {line} 行：模板不能调用函数或方法；请使用过滤器，例如“|upper”。</translation>
    </message>
    <message>
        <source>Line {line}: unknown placeholder “{name}”.</source>
        <translation>第 {line} 行：未知的占位符“{name}”。</translation>
    </message>
    <message>
        <source>The value of “{name}” is nested too deeply.</source>
        <translation>“{name}”的值嵌套层级太深。</translation>
    </message>
    <message>
        <source>The value of “{name}” is too long (at most {limit} characters).</source>
        <translation>“{name}”的值太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>The value of “{name}” must be text, a number, a date or a list.</source>
        <translation>“{name}”的值必须是文字、数字、日期或列表。</translation>
    </message>
    <message>
        <source>Placeholder names must be text.</source>
        <translation>占位符名称必须是文字。</translation>
    </message>
    <message>
        <source>The template does too much work ({reason}); simplify it.</source>
        <translation>模板的运算量太大（{reason}）；请简化。</translation>
    </message>
    <message>
        <source>The template tries something templates may not do: {reason}.</source>
        <translation>模板试图执行不允许的操作：{reason}。</translation>
    </message>
    <message>
        <source>The template could not be filled in: {reason}.</source>
        <translation>无法填充模板：{reason}。</translation>
    </message>
    <message>
        <source>No value for the placeholder “{name}”.</source>
        <translation>占位符“{name}”没有值。</translation>
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
        <source>Changes requested</source>
        <translation>待修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>关于我们</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>禁发时区</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>分发名单</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>最后编辑人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Linked release</source>
        <translation>关联新闻稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>解决人</translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Approvals voided</source>
        <translation>批准已作废</translation>
    </message>
    <message>
        <source>Edited after approval</source>
        <translation>批准后被修改</translation>
    </message>
    <message>
        <source>Publication recorded</source>
        <translation>已记录发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
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
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排期发布</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排期</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
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
        <source>A release that is “{state}” cannot be given the action “{action}”.</source>
        <extracomment>action -&gt; (states it may start from, roles of which the actor needs at least one) States in which the content may still be edited. Roles that may edit a release&apos;s content.</extracomment>
        <translation>处于“{state}”状态的新闻稿不能执行“{action}”。</translation>
    </message>
    <message>
        <source>Only an officer can submit a release for review.</source>
        <translation>只有传播专员可以提交新闻稿审核。</translation>
    </message>
    <message>
        <source>Only a reviewer can request changes.</source>
        <translation>只有审核人可以要求修改。</translation>
    </message>
    <message>
        <source>Only a reviewer can approve a release.</source>
        <translation>只有审核人可以批准新闻稿。</translation>
    </message>
    <message>
        <source>Only an officer can schedule a release.</source>
        <translation>只有传播专员可以为新闻稿排期。</translation>
    </message>
    <message>
        <source>Only an officer can unschedule a release.</source>
        <translation>只有传播专员可以取消新闻稿的排期。</translation>
    </message>
    <message>
        <source>Only an officer can publish a release.</source>
        <translation>只有传播专员可以发布新闻稿。</translation>
    </message>
    <message>
        <source>Only an administrator can archive a release.</source>
        <translation>只有管理员可以归档新闻稿。</translation>
    </message>
    <message>
        <source>Only an officer or an administrator can withdraw a release.</source>
        <translation>只有传播专员或管理员可以撤回新闻稿。</translation>
    </message>
    <message>
        <source>Only an officer can reopen a withdrawn release.</source>
        <translation>只有传播专员可以重新打开已撤回的新闻稿。</translation>
    </message>
    <message>
        <source>Only the reviewers chosen for this release can review it.</source>
        <translation>只有为本新闻稿指定的审核人可以审核。</translation>
    </message>
    <message>
        <source>You wrote this release; another reviewer has to review it (four eyes).</source>
        <translation>本新闻稿由您撰写，须由其他审核人审核（四眼原则）。</translation>
    </message>
    <message>
        <source>You edited this release last; another reviewer has to review it (four eyes).</source>
        <translation>您是本新闻稿的最后修改人，须由其他审核人审核（四眼原则）。</translation>
    </message>
    <message>
        <source>Write a note for the reviewers: what should they look at?</source>
        <translation>请给审核人写一段说明：需要重点看什么？</translation>
    </message>
    <message>
        <source>Choose at least one reviewer before submitting.</source>
        <translation>提交前请至少选择一位审核人。</translation>
    </message>
    <message>
        <source>Choose a reviewer other than the author and the last editor; they cannot approve their own work (four eyes).</source>
        <translation>请选择作者和最后修改人以外的审核人；他们不能批准自己的稿件（四眼原则）。</translation>
    </message>
    <message>
        <source>You have already approved this version of the release.</source>
        <translation>您已经批准过这一版新闻稿。</translation>
    </message>
    <message>
        <source>Set an embargo time to schedule the release, or publish it now.</source>
        <translation>请设置禁发时间后再排期，或立即发布。</translation>
    </message>
    <message>
        <source>The embargo ({embargo}) has passed; publish the release now instead.</source>
        <translation>禁发时间（{embargo}）已过；请直接发布。</translation>
    </message>
    <message>
        <source>This release is under embargo until {embargo}; it cannot be published before then.</source>
        <translation>本新闻稿禁发至 {embargo}，此前不能发布。</translation>
    </message>
    <message>
        <source>The approved version has changed; the release needs to be approved again.</source>
        <translation>已批准的版本有了改动，新闻稿需要重新批准。</translation>
    </message>
    <message>
        <source>A release that is “{state}” can no longer be edited.</source>
        <translation>处于“{state}”状态的新闻稿不能再修改。</translation>
    </message>
    <message>
        <source>Only an officer can edit a release.</source>
        <translation>只有传播专员可以修改新闻稿。</translation>
    </message>
    <message>
        <source>Give the release a title.</source>
        <translation>请为新闻稿填写标题。</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters; shorten it.</source>
        <translation>标题超过 500 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Choose the embargo&apos;s time zone, for example Asia/Shanghai.</source>
        <translation>请选择禁发时间所用的时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone commdesk knows; use a name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation>commdesk 不认识时区“{zone}”；请使用 Asia/Shanghai 或 Europe/Berlin 这样的名称。</translation>
    </message>
    <message>
        <source>Unknown channel: {names}.</source>
        <translation>未知的发布渠道：{names}。</translation>
    </message>
    <message>
        <source>The review rule must be “any” or “all”.</source>
        <translation>审核规则必须是“any”（任一）或“all”（全部）。</translation>
    </message>
    <message>
        <source>Every quote needs an attribution: who said it?</source>
        <translation>每条引语都需要注明出处：是谁说的？</translation>
    </message>
    <message>
        <source>There is no press release with id {id}.</source>
        <translation>没有编号为 {id} 的新闻稿。</translation>
    </message>
    <message>
        <source>There is no press release {ref}.</source>
        <translation>没有新闻稿 {ref}。</translation>
    </message>
    <message>
        <source>write press releases</source>
        <translation>撰写新闻稿</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>A release cannot be linked to itself.</source>
        <translation>新闻稿不能与自身关联。</translation>
    </message>
    <message>
        <source>There is no press release with id {id} to link.</source>
        <translation>没有可关联的 ID 为 {id} 的新闻稿。</translation>
    </message>
    <message>
        <source>{ref} is in the same language; link the release in the other language.</source>
        <translation>{ref} 是同一语言；请关联另一语言的新闻稿。</translation>
    </message>
    <message>
        <source>{ref} is already linked to {other}; unlink it there first.</source>
        <translation>{ref} 已与 {other} 关联；请先在那里取消关联。</translation>
    </message>
    <message>
        <source>{names} cannot review releases (no reviewer role, or no longer active). Choose reviewers who hold the role, or ask an administrator to grant it.</source>
        <translation>{names} 不能审核新闻稿（没有审核人角色，或已停用）。请选择具有审核人角色的人员，或请管理员授予该角色。</translation>
    </message>
    <message>
        <source>There is no person with id {id} to review.</source>
        <translation>没有编号为 {id} 的人员可担任审核人。</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>content changed in v{n}</source>
        <translation>第 {n} 版修改了内容</translation>
    </message>
    <message>
        <source>Edited after approval; the approvals are void.</source>
        <translation>批准后又被修改；原有批准作废。</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) voided by an edit</source>
        <translation>
            <numerusform>%n 项批准因修改而作废</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from v{n}</source>
        <translation>从第 {n} 版恢复</translation>
    </message>
    <message>
        <source>Say what should change: write a note for the author.</source>
        <translation>请说明需要修改什么：给作者写一段说明。</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>已要求修改</translation>
    </message>
    <message>
        <source>reopened as draft</source>
        <translation>已重新打开为草稿</translation>
    </message>
    <message>
        <source>record where a release went out</source>
        <translation>记录新闻稿的发布渠道</translation>
    </message>
    <message>
        <source>Give the time with its time zone.</source>
        <translation>请给出带时区的时间。</translation>
    </message>
    <message>
        <source>Publish the release first; then record where it went out.</source>
        <translation>请先发布新闻稿，再记录发布渠道。</translation>
    </message>
    <message>
        <source>That time is before the embargo ({embargo}); check the time.</source>
        <translation>该时间早于禁发时间（{embargo}），请检查。</translation>
    </message>
    <message>
        <source>This release has no version {n}.</source>
        <translation>本新闻稿没有第 {n} 版。</translation>
    </message>
    <message>
        <source>The embargo ends soon: {embargo}.</source>
        <translation>禁发即将结束：{embargo}。</translation>
    </message>
    <message>
        <source>Name the outlet that picked the release up.</source>
        <translation>请填写转载或报道本新闻稿的媒体。</translation>
    </message>
    <message>
        <source>The tone must be positive, neutral or negative.</source>
        <translation>报道倾向必须是正面、中性或负面。</translation>
    </message>
    <message>
        <source>Choose the kind of outlet from the list.</source>
        <translation>请从列表中选择媒体类型。</translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation>覆盖人数不能为负数。</translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation>链接必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>log coverage</source>
        <translation>登记媒体报道</translation>
    </message>
    <message>
        <source>This coverage entry was deleted.</source>
        <translation>这条报道记录已被删除。</translation>
    </message>
    <message>
        <source>coverage entry</source>
        <translation>报道记录</translation>
    </message>
    <message>
        <source>Unknown format “{fmt}”; use pdf, txt, html, review or coverage.</source>
        <translation>未知格式“{fmt}”；请使用 pdf、txt、html、review 或 coverage。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>all releases</source>
        <translation>全部新闻稿</translation>
    </message>
    <message>
        <source>Choose at least one recipient, or distribution lists with members who have an e-mail address.</source>
        <translation>请至少选择一位收件人，或选择有成员留有电子邮件地址的分发名单。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写评论内容。</translation>
    </message>
    <message>
        <source>The comment is longer than 10,000 characters; shorten it.</source>
        <translation>评论超过 10,000 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Only the release&apos;s reviewers, its author and officers can comment on it.</source>
        <translation>只有本新闻稿的审核人、作者和传播专员可以评论。</translation>
    </message>
    <message>
        <source>The comment you answer does not exist any more.</source>
        <translation>您要回复的评论已不存在。</translation>
    </message>
    <message>
        <source>That paragraph has changed since; reload the release and comment again.</source>
        <translation>该段落已被修改；请重新载入新闻稿后再评论。</translation>
    </message>
    <message>
        <source>There is no comment with id {id}.</source>
        <translation>没有编号为 {id} 的评论。</translation>
    </message>
    <message>
        <source>Only the commenter, the author or a reviewer can resolve a comment.</source>
        <translation>只有评论人、作者或审核人可以将评论标为已解决。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>There is no template “{key}” in {language}.</source>
        <translation>没有 {language} 语言的模板“{key}”。</translation>
    </message>
    <message>
        <source>edit release templates</source>
        <translation>修改新闻稿模板</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>attach files to releases</source>
        <translation>为新闻稿添加附件</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>“{name}” is {size:.1f} MB; attachments may be at most 10 MB. Compress it or share a link instead.</source>
        <translation>“{name}”有 {size:.1f} MB；附件最大为 10 MB。请压缩后再添加，或改为分享链接。</translation>
    </message>
    <message>
        <source>This attachment was deleted.</source>
        <translation>该附件已被删除。</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is damaged (its content hash differs).</source>
        <translation>已保存的“{name}”已损坏（内容哈希值不一致）。</translation>
    </message>
    <message>
        <source>{ref} is withdrawn: it cannot leave the organisation.</source>
        <extracomment>States in which a release has passed the four-eyes review of its current text.</extracomment>
        <translation>{ref} 已撤回：不能对外发出。</translation>
    </message>
    <message>
        <source>{ref} is archived: it no longer leaves the organisation by mail, .eml, text or HTML; its PDF is still available.</source>
        <translation>{ref} 已归档：不能再以邮件、.eml、文本或 HTML 形式对外发出；仍可导出 PDF。</translation>
    </message>
    <message>
        <source>{ref} is {state}: only approved, scheduled or published releases may leave the organisation (mail, .eml, text or HTML). Have it reviewed and approved first; a PDF for internal review is still possible.</source>
        <translation>{ref} 当前为“{state}”：只有已批准、已排期或已发布的新闻稿才能对外发出（邮件、.eml、文本或 HTML）。请先完成审核并获批准；导出 PDF 供内部审阅仍然可以。</translation>
    </message>
    <message>
        <source>The release was changed after this message was made; the message holds a version that is no longer approved. Approve the new version, then rebuild the message (or cancel it).</source>
        <translation>这封邮件生成后，新闻稿又被修改过；邮件中的版本已不再是批准的版本。请先批准新版本，再重新生成这封邮件（或将其取消）。</translation>
    </message>
    <message>
        <source>The release was withdrawn; cancel this message.</source>
        <translation>新闻稿已撤回；请取消这封邮件。</translation>
    </message>
    <message>
        <source>The release is no longer approved (changes were requested). Approve it again, then rebuild the message (or cancel it).</source>
        <translation>新闻稿已不再处于批准状态（审核人要求修改）。请重新批准后再重新生成这封邮件（或将其取消）。</translation>
    </message>
    <message>
        <source>The release was archived; cancel this message.</source>
        <translation>新闻稿已归档；请取消这封邮件。</translation>
    </message>
    <message>
        <source>The release no longer exists; cancel this message.</source>
        <translation>新闻稿已不存在；请取消这封邮件。</translation>
    </message>
    <message>
        <source>This message does not record which version of the release it carries, so it cannot be checked against the approved one. Rebuild it from the approved version (or cancel it).</source>
        <translation>这封邮件没有记录所含新闻稿的版本，无法与已批准的版本核对。请按已批准的版本重新生成（或取消）。</translation>
    </message>
</context>
<context>
    <name>ReleasesPane</name>
    <message>
        <source>Search title or reference</source>
        <extracomment>The shown release holds every commit this desk heard of up to this number (-1: not known).</extracomment>
        <translation>搜索标题或文号</translation>
    </message>
    <message>
        <source>&amp;New release…</source>
        <translation>新建新闻稿(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit the release templates (administrators)</source>
        <translation>修改新闻稿模板（管理员）</translation>
    </message>
    <message>
        <source>Coverage re&amp;port…</source>
        <translation>报道汇总(&amp;P)…</translation>
    </message>
    <message>
        <source>Coverage of every release in a period, with charts, as PDF</source>
        <translation>某一期间所有新闻稿的报道情况（含图表），生成 PDF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>修改历史(&amp;Y)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Release as PDF…</source>
        <translation>新闻稿 PDF…</translation>
    </message>
    <message>
        <source>Review record as PDF…</source>
        <translation>审核记录 PDF…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>纯文本…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>Mail files (.eml) for the distribution lists…</source>
        <translation>为分发名单生成邮件文件（.eml）…</translation>
    </message>
    <message>
        <source>Send to &amp;lists…</source>
        <translation>发送给名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Publication and coverage</source>
        <translation>发布与报道</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>全部新闻稿</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting my review (%n)</source>
        <translation>
            <numerusform>等待我审核（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned to me (%n)</source>
        <translation>
            <numerusform>退回给我的（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only officers write press releases.</source>
        <translation>只有传播专员可以撰写新闻稿。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to {ref}?</source>
        <translation>是否保存对 {ref} 的修改？</translation>
    </message>
    <message>
        <source>Choose a release on the left, or create a new one.</source>
        <translation>请在左侧选择一篇新闻稿，或新建一篇。</translation>
    </message>
    <message>
        <source>Saved as v{n}.</source>
        <translation>已保存为第 {n} 版。</translation>
    </message>
    <message>
        <source>embargo {time}</source>
        <translation>禁发至 {time}</translation>
    </message>
    <message>
        <source>Only officers edit a release, and only before it is published.</source>
        <translation>只有传播专员可以编辑新闻稿，而且仅限发布之前。</translation>
    </message>
    <message>
        <source>Mail the release to its distribution lists through the outbox</source>
        <translation>通过发件箱将新闻稿发送给其分发名单</translation>
    </message>
    <message>
        <source>Unsaved changes (kept safe while you type).</source>
        <translation>有未保存的修改（输入时已自动备份）。</translation>
    </message>
    <message>
        <source>commdesk kept edits of {ref} that were not saved ({time}). Restore them?</source>
        <translation>commdesk 保留了 {ref} 未保存的修改（{time}）。是否恢复？</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>发现未保存的修改</translation>
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
        <source>Discard unsaved edits</source>
        <translation>丢弃未保存的修改</translation>
    </message>
    <message>
        <source>Delete the unsaved edits of {ref} for good?</source>
        <translation>要永久删除 {ref} 未保存的修改吗？</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved {label}.</source>
        <translation>已保存 {label}。</translation>
    </message>
    <message>
        <source>Restore v{n}</source>
        <translation>恢复第 {n} 版</translation>
    </message>
    <message>
        <source>Make the text of v{n} the current text of {ref}? It is saved as v{next}; every revision stays in the history.</source>
        <translation>将第 {n} 版的内容设为 {ref} 的当前内容？将保存为第 {next} 版；所有版本仍保留在历史中。</translation>
    </message>
    <message>
        <source>An approval is void after this change and the release goes back to review.</source>
        <translation>此更改后已有的批准将作废，新闻稿重新进入审核。</translation>
    </message>
    <message>
        <source>Your unsaved changes in the editor are discarded.</source>
        <translation>编辑器中未保存的更改将被丢弃。</translation>
    </message>
    <message>
        <source>Restored v{n} as v{new}.</source>
        <translation>已将第 {n} 版恢复为第 {new} 版。</translation>
    </message>
    <message>
        <source>Note for the reviewers: what should they look at?</source>
        <translation>给审核人的说明：需要重点看什么？</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>Why is the release withdrawn?</source>
        <translation>为什么撤回这篇新闻稿？</translation>
    </message>
    <message>
        <source>Publish {ref} now? It becomes public: the embargo notice and the draft mark are dropped from everything that goes out from now on.</source>
        <translation>现在发布 {ref}？发布后即公开：此后发出的所有内容都不再带有禁发说明和草稿标记。</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>被扣留的邮件</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an earlier version of {ref} are held in the outbox. An officer rebuilds them from the approved version or cancels them (Outbox, or the box on Home).</source>
        <translation>
            <numerusform>发件箱中有 %n 封含 {ref} 旧版本的邮件被扣留。需由传播专员按批准的版本重新生成或取消（在“发件箱”或首页的提示框中）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an earlier version of {ref} are held in the outbox. Rebuild them from the version just approved (new PDF, new embargo notice) and queue them (Yes), cancel them (No), or leave them held (Cancel)?</source>
        <translation>
            <numerusform>发件箱中有 %n 封含 {ref} 旧版本的邮件被扣留。按刚批准的版本重新生成（新的 PDF、新的禁发说明）并放回发件箱（是），取消这些邮件（否），还是暂时保持扣留（取消）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt and queued.</source>
        <translation>
            <numerusform>已重新生成 %n 封邮件并放入发件箱。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Record publication</source>
        <translation>记录发布</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Delete coverage</source>
        <translation>删除报道记录</translation>
    </message>
    <message>
        <source>Delete the pick-up by {outlet}?</source>
        <translation>删除 {outlet} 的这条报道记录？</translation>
    </message>
    <message>
        <source>New press release</source>
        <translation>新建新闻稿</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Coverage report {start} – {end}</source>
        <translation>报道汇总 {start} – {end}</translation>
    </message>
    <message>
        <source>Folder for the mail files</source>
        <translation>邮件文件的保存文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n mail file(s).</source>
        <translation>
            <numerusform>已写入 %n 个邮件文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>the last approved version</source>
        <translation>最近批准的版本</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>上一版</translation>
    </message>
    <message>
        <source>Choose an earlier revision to see how it differs from the current one</source>
        <translation>选择较早的版本，查看它与当前版本的差异</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>On</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>评论人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>针对：</translation>
    </message>
    <message>
        <source>Write a comment, or select a comment and answer it</source>
        <translation>写一条评论，或选中一条评论后回复</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>回复(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;olve</source>
        <translation>标记为已解决(&amp;O)</translation>
    </message>
    <message>
        <source>v{n} · {who} · {when}</source>
        <translation>第 {n} 版 · {who} · {when}</translation>
    </message>
    <message>
        <source>Make the chosen revision&apos;s text the current text (a new revision)</source>
        <translation>将所选版本的内容设为当前内容（生成新版本）</translation>
    </message>
    <message>
        <source>Only an officer can restore a revision, and only before the release is published.</source>
        <translation>只有传播专员可以恢复版本，且仅限新闻稿发布之前。</translation>
    </message>
    <message>
        <source>&amp;Restore this revision (v{n})…</source>
        <translation>恢复此版本（第 {n} 版）(&amp;R)…</translation>
    </message>
    <message>
        <source>the whole release</source>
        <translation>整篇新闻稿</translation>
    </message>
    <message>
        <source>Changes requested by {who} ({when}):</source>
        <translation>{who} 要求修改（{when}）：</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s) below.</source>
        <translation>
            <numerusform>下方有 %n 条未解决的评论。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note for reviewers: {note}</source>
        <translation>给审核人的说明：{note}</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>whole release</source>
        <translation>整篇新闻稿</translation>
    </message>
    <message>
        <source>(changed since)</source>
        <translation>（之后已修改）</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>v{n} has the same text as the current revision:</source>
        <translation>第 {n} 版与当前版本内容相同：</translation>
    </message>
    <message>
        <source>Nothing has been approved yet. The current text:</source>
        <translation>尚无批准的版本。当前文本：</translation>
    </message>
    <message>
        <source>This is the first version. The current text:</source>
        <translation>这是第一版。当前文本：</translation>
    </message>
    <message>
        <source>Changes from v{n} to the current text: struck out is only in v{n}, underlined only in the current one.</source>
        <translation>从第 {n} 版到当前内容的变化：删除线表示仅在第 {n} 版中，下划线表示仅在当前版本中。</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Template: {title}</source>
        <translation>模板：{title}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Preview with sample data:</source>
        <translation>示例数据预览：</translation>
    </message>
</context>
</TS>
