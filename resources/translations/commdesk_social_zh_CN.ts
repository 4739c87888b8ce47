<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Social media accounts</source>
        <translation>社交媒体账号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>每周发布</translation>
    </message>
    <message>
        <source>SM-1 check</source>
        <translation>SM-1 检查</translation>
    </message>
    <message>
        <source>Checked by, when (%1)</source>
        <translation>核对人、时间（%1）</translation>
    </message>
    <message>
        <source>Add the &amp;usual platforms</source>
        <translation>添加常用平台(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>账号 ID(&amp;H)：</translation>
    </message>
    <message>
        <source>Posts a &amp;week (SM-2):</source>
        <translation>每周发布数(&amp;W)（SM-2）：</translation>
    </message>
    <message>
        <source>A&amp;dd as new</source>
        <translation>添加为新账号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Brand check (SM-1)</source>
        <translation>品牌一致性检查（SM-1）</translation>
    </message>
    <message>
        <source>Na&amp;me as the brand's</source>
        <translation>名称与品牌一致(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;vatar is the current logo</source>
        <translation>头像为现行标志(&amp;V)</translation>
    </message>
    <message>
        <source>Pro&amp;file text matches</source>
        <translation>简介文字一致(&amp;F)</translation>
    </message>
    <message>
        <source>What was checked or is to be fixed</source>
        <translation>检查了什么，或需要改正什么</translation>
    </message>
    <message>
        <source>&amp;Record check</source>
        <translation>记录检查(&amp;R)</translation>
    </message>
    <message>
        <source>The platforms cannot be added</source>
        <translation>无法添加平台</translation>
    </message>
    <message>
        <source>The account cannot be saved</source>
        <translation>无法保存账号</translation>
    </message>
    <message>
        <source>The check cannot be recorded</source>
        <translation>无法记录检查</translation>
    </message>
</context>
<context>
    <name>AssetLibraryDialog</name>
    <message>
        <source>Choose files for the post</source>
        <translation>为帖子选择文件</translation>
    </message>
    <message>
        <source>Asset library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Name or tag</source>
        <translation>名称或标签</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>使用权限</translation>
    </message>
    <message>
        <source>Rights end</source>
        <translation>权限到期</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Rights &amp;end on</source>
        <translation>权限到期日(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Usage &amp;rights:</source>
        <translation>使用权限(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>保存信息(&amp;S)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Add a file to the asset library</source>
        <translation>向素材库添加文件</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;All files (*)</source>
        <translation>图片和视频 (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be added</source>
        <translation>无法添加文件</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>素材库中已有此文件</translation>
    </message>
    <message>
        <source>This file is in the library already as %1; it was not copied again.</source>
        <translation>此文件已以 %1 的名称存在于素材库中，未再次复制。</translation>
    </message>
    <message>
        <source>The details cannot be saved</source>
        <translation>无法保存信息</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>list posts planned or published, by time</source>
        <translation>按时间列出已计划或已发布的帖子</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>从这一天起（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>up to this day, included</source>
        <translation>到这一天为止（含当天）</translation>
    </message>
    <message>
        <source>only this account (id, name or platform/name)</source>
        <translation>只看此账号（编号、名称或 平台/名称）</translation>
    </message>
    <message>
        <source>one post with its review and length check</source>
        <translation>一条帖子及其审核和字数检查</translation>
    </message>
    <message>
        <source>plan a new post (officers)</source>
        <translation>计划一条新帖子（传播专员）</translation>
    </message>
    <message>
        <source>id, name or platform/name</source>
        <translation>编号、名称或“平台/名称”</translation>
    </message>
    <message>
        <source>planned time, YYYY-MM-DD HH:MM</source>
        <translation>计划时间，YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>the post's text</source>
        <translation>帖子正文</translation>
    </message>
    <message>
        <source>read the text from this file (UTF-8 or GB18030)</source>
        <translation>从此文件读取正文（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>where the platform has titles</source>
        <translation>平台有标题时填写</translation>
    </message>
    <message>
        <source>campaign or topic</source>
        <translation>活动或话题</translation>
    </message>
    <message>
        <source>default: post</source>
        <translation>默认：帖子</translation>
    </message>
    <message>
        <source>change a post's text, title, planned time or campaign (officers); a change of its text or title after approval voids the approval</source>
        <translation>修改帖子的正文、标题、计划时间或活动（传播专员）；批准后修改正文或标题，批准即失效</translation>
    </message>
    <message>
        <source>the post's new text</source>
        <translation>帖子的新正文</translation>
    </message>
    <message>
        <source>read the new text from this file (UTF-8 or GB18030)</source>
        <translation>从此文件读取新正文（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>the new title (an empty one removes it)</source>
        <translation>新标题（留空则删除标题）</translation>
    </message>
    <message>
        <source>the new planned time, YYYY-MM-DD HH:MM</source>
        <translation>新的计划时间，格式 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>the new campaign or topic (an empty one removes it)</source>
        <translation>新的活动或话题（留空则删除）</translation>
    </message>
    <message>
        <source>the version you saw (from --json); refused if someone saved a newer one</source>
        <translation>您看到的版本（来自 --json）；如有人已保存更新的版本则拒绝</translation>
    </message>
    <message>
        <source>submit a post for review</source>
        <translation>提交帖子审核</translation>
    </message>
    <message>
        <source>approve a post in review (reviewers, four eyes)</source>
        <translation>批准审核中的帖子（审核人，四眼原则）</translation>
    </message>
    <message>
        <source>a note for the review</source>
        <translation>审核备注</translation>
    </message>
    <message>
        <source>send a post back to its author with a note on what should change (reviewers, four eyes)</source>
        <translation>将帖子退回作者，并附上需要修改之处的说明（审核人，四眼原则）</translation>
    </message>
    <message>
        <source>what should change</source>
        <translation>需要修改的地方</translation>
    </message>
    <message>
        <source>print an approved post's final text to paste on its platform and record where it was published (refused unless approved in its current version)</source>
        <translation>输出已批准帖子的定稿文字以便粘贴到平台，并记录发布地址（当前版本未经批准时拒绝）</translation>
    </message>
    <message>
        <source>the post's address on the platform</source>
        <translation>帖子在平台上的地址</translation>
    </message>
    <message>
        <source>when it went out (default now), YYYY-MM-DD HH:MM</source>
        <translation>发布时间（默认现在），YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>the accounts with their weekly target and SM-1 check</source>
        <translation>各账号及其每周目标和 SM-1 检查</translation>
    </message>
    <message>
        <source>import an account's monthly figures from the platform's CSV export (UTF-8 or GB18030; all or nothing)</source>
        <translation>从平台导出的 CSV 导入账号的月度数据（UTF-8 或 GB18030；全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>the month's report per account (SM-6): followers, growth, engagement, posts, weeks off target, comments open</source>
        <translation>各账号月度报告（SM-6）：粉丝数、增长、互动率、帖子、未达每周目标的周数、待回复留言</translation>
    </message>
    <message>
        <source>the month reported</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <source>also save it as CSV (UTF-8 for Excel) to FILE</source>
        <translation>同时另存为 CSV 文件 FILE（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>print JSON (times as UTC instants, planned_local in the organisation's zone)</source>
        <translation>输出 JSON（时间为 UTC 时刻，planned_local 为本单位时区）</translation>
    </message>
    <message>
        <source>{what} '{text}' is not a time; write YYYY-MM-DD HH:MM.</source>
        <translation>{what}“{text}”不是时间；请写成 YYYY-MM-DD HH:MM。</translation>
    </message>
    <message>
        <source>{what} '{text}' is not a day; write YYYY-MM-DD.</source>
        <translation>{what} “{text}”不是有效日期，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); check the file's name.</source>
        <translation>无法读取 {file}（{reason}），请检查文件名。</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GB18030 text; save it as UTF-8 text.</source>
        <translation>{file} 既不是 UTF-8 也不是 GB18030 文本，请另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s); times in {zone}.</source>
        <translation>
            <numerusform>共 %n 条帖子；时间为 {zone}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new text with --text or --text-file, not both.</source>
        <translation>请用 --text 或 --text-file 给出新正文，不要同时使用两者。</translation>
    </message>
    <message>
        <source>Say what to change: --text, --text-file, --title, --planned or --campaign.</source>
        <translation>请说明要修改的内容：--text、--text-file、--title、--planned 或 --campaign。</translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored post ('commdesk posts show {id}') and edit again with --expect-version {version}.</source>
        <translation>未保存任何内容；请查看已保存的帖子（“commdesk posts show {id}”），然后使用 --expect-version {version} 重新修改。</translation>
    </message>
    <message>
        <source>Post {id} saved: {state}.</source>
        <translation>帖子 {id} 已保存：{state}。</translation>
    </message>
    <message>
        <source>The approval by {names} is void: the post changed after it. It is published only once a reviewer approved it again.</source>
        <translation>{names} 的批准已失效：帖子在批准后被修改。须经审核人再次批准后才能发布。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n month(s) imported for {account} ({used} rows, {blank} blank).</source>
        <translation>
            <numerusform>{file}：已为 {account} 导入 %n 个月的数据（{used} 行，{blank} 行空白）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by: {name}</source>
        <translation>撰写人：{name}</translation>
    </message>
    <message>
        <source>social media posts on the publishing calendar: list, show, new, edit, submit, approve, return, publish, accounts, metrics-import, report</source>
        <translation>发布日历上的社交媒体帖子：list（列表）、show（查看）、new（新建）、edit（修改）、submit（提交审核）、approve（批准）、return（退回）、publish（发布）、accounts（账号）、metrics-import（导入数据）、report（月报）</translation>
    </message>
    <message>
        <source>Planned: {when}</source>
        <translation>计划：{when}</translation>
    </message>
    <message>
        <source>Published: {when} {url}</source>
        <translation>已发布：{when} {url}</translation>
    </message>
    <message>
        <source>Length: {length} of {limit}</source>
        <translation>字数：{length} / {limit}</translation>
    </message>
    <message>
        <source>Give the post's text with --text or --text-file (one of them).</source>
        <translation>请用 --text 或 --text-file（二选一）给出帖子正文。</translation>
    </message>
    <message>
        <source>Post {id} planned.</source>
        <translation>帖子 {id} 已计划。</translation>
    </message>
    <message>
        <source>Post {id}: {state}.</source>
        <translation>帖子 {id}：{state}。</translation>
    </message>
    <message>
        <source>File to upload: {path}</source>
        <translation>待上传文件：{path}</translation>
    </message>
    <message>
        <source>Post {id} recorded as published at {url}.</source>
        <translation>帖子 {id} 已记录为发布于 {url}。</translation>
    </message>
    <message>
        <source>SM-1: {status}</source>
        <translation>SM-1：{status}</translation>
    </message>
    <message>
        <source> ({who}, {when})</source>
        <translation>（{who}，{when}）</translation>
    </message>
    <message>
        <source>--month '{text}' is not a month; write YYYY-MM.</source>
        <translation>--month “{text}”不是有效月份，请写成 YYYY-MM。</translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}); choose another folder.</source>
        <translation>无法写入 {file}（{reason}），请换一个文件夹。</translation>
    </message>
    <message>
        <source>Social media, {month}</source>
        <translation>社交媒体 {month} 月报</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Comments and messages (SM-3)</source>
        <translation>留言和私信（SM-3）</translation>
    </message>
    <message>
        <source>&amp;Only those needing an answer</source>
        <translation>只看待回复的(&amp;O)</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>收到时间（%1）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>（不用模板）</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reply given:</source>
        <translation>已给出的回复(&amp;R)：</translation>
    </message>
    <message>
        <source>Record &amp;answer</source>
        <translation>记录回复(&amp;A)</translation>
    </message>
    <message>
        <source>Make a &amp;case</source>
        <translation>转为个案(&amp;C)</translation>
    </message>
    <message>
        <source>No answer &amp;needed</source>
        <translation>无需回复(&amp;N)</translation>
    </message>
    <message>
        <source>Log a comment or message</source>
        <translation>登记留言或私信</translation>
    </message>
    <message>
        <source>Comments and messages (SM-3): post %1 on %2</source>
        <translation>留言与私信（SM-3）：%2 上的帖子 %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>私信</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来自(&amp;F)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>内容(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <source>The answer cannot be recorded</source>
        <translation>无法记录回复</translation>
    </message>
    <message>
        <source>The comment cannot be closed</source>
        <translation>无法关闭此留言</translation>
    </message>
    <message>
        <source>Make a case?</source>
        <translation>转为个案？</translation>
    </message>
    <message>
        <source>The comment is logged as a complaint on the cases desk, with its clocks running from when it came in.</source>
        <translation>此留言将作为投诉登记到个案处理台，时限从收到时起计算。</translation>
    </message>
    <message>
        <source>The case cannot be made</source>
        <translation>无法转为个案</translation>
    </message>
    <message>
        <source>Case made</source>
        <translation>已转为个案</translation>
    </message>
    <message>
        <source>The comment is now case %1 on the cases desk.</source>
        <translation>此留言现为个案处理台上的个案 %1。</translation>
    </message>
    <message>
        <source>The comment cannot be logged</source>
        <translation>无法登记此留言</translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <source>Monthly figures (SM-6)</source>
        <translation>月度数据（SM-6）</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Enter a month</source>
        <translation>录入一个月</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>粉丝数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>触达(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eads:</source>
        <translation>阅读(&amp;E)：</translation>
    </message>
    <message>
        <source>I&amp;nteractions:</source>
        <translation>互动(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save month</source>
        <translation>保存该月(&amp;S)</translation>
    </message>
    <message>
        <source>Report &amp;for:</source>
        <translation>报告月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve as CSV…</source>
        <translation>另存为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>The month's report as a spreadsheet file (opens in Excel)</source>
        <translation>将月度报告保存为表格文件（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>%1: engagement by account</source>
        <translation>%1 各账号互动率</translation>
    </message>
    <message>
        <source>Engagement (%)</source>
        <translation>互动率（%）</translation>
    </message>
    <message>
        <source>Save the month's report</source>
        <translation>保存月度报告</translation>
    </message>
    <message>
        <source>social-report-%1.csv</source>
        <translation>社交媒体月报-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); choose another folder.</source>
        <translation>无法写入 %1（%2），请换一个文件夹。</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>按账号</translation>
    </message>
    <message>
        <source>Month's report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>Followers and interactions by month</source>
        <translation>各月粉丝数与互动</translation>
    </message>
    <message>
        <source>The month cannot be saved</source>
        <translation>无法保存该月数据</translation>
    </message>
    <message>
        <source>Import the platform's CSV export</source>
        <translation>导入平台导出的 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Figures imported</source>
        <translation>数据已导入</translation>
    </message>
    <message>
        <source>%1: %2 month(s) imported from %3 rows (%4 blank).</source>
        <translation>%1：从 %3 行导入了 %2 个月的数据（%4 行空白）。</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <extracomment>How often what is typed is copied to the drafts store (milliseconds).</extracomment>
        <translation>编辑帖子</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新帖子</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Planned (%1):</source>
        <translation>计划时间(&amp;P)（%1）：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign or topic:</source>
        <translation>活动或话题(&amp;M)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Promotes &amp;release:</source>
        <translation>推广的新闻稿(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>移除文件(&amp;V)</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>图片和视频</translation>
    </message>
    <message>
        <source>Which channel? (P-4, IM-2)</source>
        <translation>该用哪个渠道？（P-4、IM-2）</translation>
    </message>
    <message>
        <source>Add an account first (Accounts…).</source>
        <translation>请先添加账号（账号…）。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>title %1 of %2</source>
        <translation>标题 %1 / %2</translation>
    </message>
    <message>
        <source>(%1 too long)</source>
        <translation>（超出 %1）</translation>
    </message>
    <message>
        <source>On other platforms: %1</source>
        <translation>在其他平台：%1</translation>
    </message>
    <message>
        <source>Discard the post?</source>
        <translation>放弃此帖子？</translation>
    </message>
    <message>
        <source>What you typed in this post is not saved. Discard it?</source>
        <translation>此帖子中输入的内容尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>The post cannot be saved</source>
        <translation>无法保存帖子</translation>
    </message>
</context>
<context>
    <name>PostView</name>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>批准后的改动</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Select a post in the calendar, or double-click a day's date to plan one. Re-plan a post by dragging it to another day, or with Alt+Left/Right (a day) and Alt+Up/Down (an hour).</source>
        <translation>在日历中选择一条帖子，或双击某一天的日期来计划新帖子。重新安排帖子：拖到另一天，或按 Alt+左/右（一天）、Alt+上/下（一小时）。</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation>撰写人：%1</translation>
    </message>
    <message>
        <source>Published: %1 %2</source>
        <translation>已发布：%1 %2</translation>
    </message>
    <message>
        <source>Length: %1 of %2</source>
        <translation>字数：%1 / %2</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>批准人：%1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Not approved yet: everything in the post is new.</source>
        <translation>尚未批准过：帖子的全部内容都是新的。</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>没有意见。</translation>
    </message>
    <message>
        <source>Review comments (%1)</source>
        <translation>审核意见（%1）</translation>
    </message>
</context>
<context>
    <name>PostsPane</name>
    <message>
        <source>◀ Earlier</source>
        <extracomment>How often the reminder looks for posts whose time came (milliseconds). At start-up, posts whose time came this long ago and are not out are told once. (title, text, post id): the main window tells it in the notification area.</extracomment>
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
        <source>Acco&amp;unt:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>新帖子(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off plan</source>
        <translation>移出计划(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;omments…</source>
        <translation>留言(&amp;O)…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <source>Asset &amp;library…</source>
        <translation>素材库(&amp;L)…</translation>
    </message>
    <message>
        <source>Fi&amp;gures…</source>
        <translation>数据(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Week of %1 (%2)</source>
        <translation>%1 起的一周（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>C&amp;omments… (%1)</source>
        <translation>留言(&amp;O)…（%1）</translation>
    </message>
    <message>
        <source>No social media accounts yet: add the platforms and the office's accounts with Accounts….</source>
        <translation>还没有社交媒体账号：请通过“账号…”添加平台和本单位的账号。</translation>
    </message>
    <message>
        <source>Every account is within its weekly target in these weeks (SM-2).</source>
        <translation>这几周每个账号都在每周目标之内（SM-2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) off the weekly target (SM-2):</source>
        <translation>
            <numerusform>有 %n 周不符合每周目标（SM-2）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation>请先选择一条帖子。</translation>
    </message>
    <message>
        <source>Not possible while the post is %1 (or not yours to do).</source>
        <translation>帖子处于“%1”状态时不能这样做（或不该由您来做）。</translation>
    </message>
    <message>
        <source>A published post is kept as it went out.</source>
        <translation>已发布的帖子按发布时的样子保留。</translation>
    </message>
    <message>
        <source>You wrote or last edited this post: another reviewer approves it (four eyes).</source>
        <translation>这条帖子由您撰写或最后修改：须由另一位审核人批准（四眼原则）。</translation>
    </message>
    <message>
        <source>Only a post approved in its current version can be published.</source>
        <translation>只有当前版本已获批准的帖子才能发布。</translation>
    </message>
    <message>
        <source>A published post cannot be taken off the plan.</source>
        <translation>已发布的帖子不能移出计划。</translation>
    </message>
    <message>
        <source>The post cannot be moved</source>
        <translation>无法移动此帖子</translation>
    </message>
    <message>
        <source>Return the post</source>
        <translation>退回帖子</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>The step cannot be taken</source>
        <translation>无法执行此步骤</translation>
    </message>
    <message>
        <source>The post cannot be published</source>
        <translation>无法发布帖子</translation>
    </message>
    <message>
        <source>Take the post off the plan?</source>
        <translation>将帖子移出计划？</translation>
    </message>
    <message>
        <source>It no longer counts for the weekly target.</source>
        <translation>它将不再计入每周目标。</translation>
    </message>
    <message>
        <source>The post cannot be taken off the plan</source>
        <translation>无法将帖子移出计划</translation>
    </message>
    <message>
        <source>Recover an unsaved post</source>
        <translation>恢复未保存的帖子</translation>
    </message>
    <message>
        <source>The post “%1” was not saved when commdesk stopped (copy from %2). Recover it now?</source>
        <translation>commdesk 停止时帖子“%1”尚未保存（副本时间 %2）。现在恢复吗？</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>The post could not be restored</source>
        <translation>无法恢复此帖子</translation>
    </message>
    <message>
        <source>Discard the unsaved post</source>
        <translation>放弃未保存的帖子</translation>
    </message>
    <message>
        <source>Delete the unsaved copy of “%1” for good?</source>
        <translation>永久删除“%1”的未保存副本吗？</translation>
    </message>
    <message>
        <source>Post due: %1</source>
        <translation>帖子到时间了：%1</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish post %1</source>
        <translation>发布帖子 %1</translation>
    </message>
    <message>
        <source>The approved text is on the clipboard. Paste it on %1, upload the files, then record the post's address here.</source>
        <translation>已批准的文字已复制到剪贴板。请粘贴到 %1，上传文件，然后在这里记录帖子的地址。</translation>
    </message>
    <message>
        <source>&amp;Copy text again</source>
        <translation>再次复制文字(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;files folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The post has no files.</source>
        <translation>此帖子没有文件。</translation>
    </message>
    <message>
        <source>Post's &amp;address:</source>
        <translation>帖子地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Published (%1):</source>
        <translation>发布时间(&amp;P)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Record as published</source>
        <translation>记录为已发布(&amp;R)</translation>
    </message>
    <message>
        <source>It counts in the week of %1, not the week of %2 it was planned for.</source>
        <translation>它将计入 %1 这一周，而不是原计划的 %2 那一周。</translation>
    </message>
    <message>
        <source>Leave without recording?</source>
        <translation>不记录就离开？</translation>
    </message>
    <message>
        <source>The address you typed is not recorded, and the post stays unpublished. Leave?</source>
        <translation>输入的地址尚未记录，帖子仍是未发布状态。要离开吗？</translation>
    </message>
    <message>
        <source>The publication cannot be recorded</source>
        <translation>无法记录发布</translation>
    </message>
</context>
<context>
    <name>SocialAccounts</name>
    <message>
        <source>not checked yet</source>
        <translation>尚未核对</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>to fix: {what}</source>
        <translation>待改正：{what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SocialAssets</name>
    <message>
        <source>add to and keep the asset library</source>
        <extracomment>rights that end within this many days of a post's planned time are worth a warning</extracomment>
        <translation>添加和维护素材库</translation>
    </message>
    <message>
        <source>read the asset library</source>
        <translation>查看素材库</translation>
    </message>
    <message>
        <source>That file is no longer in the asset library.</source>
        <translation>该文件已不在素材库中。</translation>
    </message>
    <message>
        <source>{name} changed while it was copied; add it again.</source>
        <translation>{name} 在复制过程中发生了变化；请重新添加。</translation>
    </message>
    <message>
        <source>The file {name} is not in this computer's asset library (it was added on another desk, or removed from the data folder); add it again here.</source>
        <translation>文件 {name} 不在本机的素材库中（它是在另一台电脑上添加的，或已从数据文件夹中删除）；请在这里重新添加。</translation>
    </message>
    <message>
        <source>{name}: its usage rights are not recorded; check them before using it.</source>
        <translation>{name}：未记录使用权限；使用前请先核实。</translation>
    </message>
    <message>
        <source>{name}: its usage rights end on {day}, before the post goes out.</source>
        <translation>{name}：使用权限于 {day} 到期，早于帖子发布。</translation>
    </message>
    <message>
        <source>{name}: its usage rights end on {day}, soon after the post; the post may have to come down then.</source>
        <translation>{name}：使用权限于 {day} 到期，就在帖子发布后不久；届时帖子可能需要撤下。</translation>
    </message>
</context>
<context>
    <name>SocialCadence</name>
    <message>
        <source>below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>符合目标</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>高于目标</translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, {missing} short of the target of {low}-{high} (SM-2); the week is over.</source>
        <translation>
            <numerusform>{account}：{monday} 起的一周有 %n 条帖子，比 {low}-{high} 条的目标少 {missing} 条（SM-2）；该周已过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, {missing} over the target of {low}-{high} (SM-2); the week is over.</source>
        <translation>
            <numerusform>{account}：{monday} 起的一周有 %n 条帖子，比 {low}-{high} 条的目标多 {missing} 条（SM-2）；该周已过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, below the target of {low}-{high} (SM-2); plan {missing} more.</source>
        <translation>
            <numerusform>{account}：{monday} 起的一周有 %n 条帖子，低于 {low}-{high} 条的目标（SM-2）；请再计划 {missing} 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, above the target of {low}-{high} (SM-2); move {missing} to another week.</source>
        <translation>
            <numerusform>{account}：{monday} 起的一周有 %n 条帖子，高于 {low}-{high} 条的目标（SM-2）；请把 {missing} 条移到其他周。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account}: %n post(s) in the week of {monday}, within the target of {low}-{high}.</source>
        <translation>
            <numerusform>{account}：{monday} 起的一周有 %n 条帖子，在 {low}-{high} 条的目标之内。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialLabels</name>
    <message>
        <source>Social platform</source>
        <translation>社交平台</translation>
    </message>
    <message>
        <source>Social media account</source>
        <translation>社交媒体账号</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>社交媒体帖子</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Asset of a post</source>
        <translation>帖子的素材</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>Comment or message</source>
        <translation>留言或私信</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <source>How length is counted</source>
        <translation>字数计算方式</translation>
    </message>
    <message>
        <source>Length limit</source>
        <translation>字数上限</translation>
    </message>
    <message>
        <source>Title length limit</source>
        <translation>标题字数上限</translation>
    </message>
    <message>
        <source>What it is for (Chinese)</source>
        <translation>用途（中文）</translation>
    </message>
    <message>
        <source>What it is for (English)</source>
        <translation>用途（英文）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Posts a week, at least</source>
        <translation>每周至少发布</translation>
    </message>
    <message>
        <source>Posts a week, at most</source>
        <translation>每周至多发布</translation>
    </message>
    <message>
        <source>Name consistent</source>
        <translation>名称一致</translation>
    </message>
    <message>
        <source>Avatar consistent</source>
        <translation>头像一致</translation>
    </message>
    <message>
        <source>Profile consistent</source>
        <translation>简介一致</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Check note</source>
        <translation>检查备注</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Campaign or topic</source>
        <translation>活动或话题</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Published at (URL)</source>
        <translation>发布地址（URL）</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已移出计划</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>使用权限</translation>
    </message>
    <message>
        <source>Rights expire</source>
        <translation>权限到期</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>回复人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>私信</translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Became a case</source>
        <translation>已转为个案</translation>
    </message>
    <message>
        <source>Closed without answer</source>
        <translation>已关闭（无需回复）</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>按字符</translation>
    </message>
    <message>
        <source>As Weibo counts</source>
        <translation>按微博规则</translation>
    </message>
    <message>
        <source>As X counts</source>
        <translation>按 X 规则</translation>
    </message>
</context>
<context>
    <name>SocialMessages</name>
    <message>
        <source>answer comments and messages on the office's accounts</source>
        <translation>回复本单位账号的留言和私信</translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Became a case</source>
        <translation>已转为个案</translation>
    </message>
    <message>
        <source>Closed without answer</source>
        <translation>已关闭（无需回复）</translation>
    </message>
    <message>
        <source>Copy in what the comment or message says.</source>
        <translation>请粘贴留言或私信的内容。</translation>
    </message>
    <message>
        <source>Choose whether it is a comment or a message.</source>
        <translation>请选择是留言还是私信。</translation>
    </message>
    <message>
        <source>Give the time it came in (not in the future, with its time zone).</source>
        <translation>请给出收到的时间（不能是将来，需带时区）。</translation>
    </message>
    <message>
        <source>Choose the account it came in on.</source>
        <translation>请选择收到它的账号。</translation>
    </message>
    <message>
        <source>That post is not one of this account's.</source>
        <translation>该帖子不属于此账号。</translation>
    </message>
    <message>
        <source>That comment or message is no longer logged.</source>
        <translation>该留言或私信已不在记录中。</translation>
    </message>
    <message>
        <source>Write the answer that was given.</source>
        <translation>请写下已给出的回复。</translation>
    </message>
    <message>
        <source>This comment is already a case.</source>
        <translation>此留言已转为个案。</translation>
    </message>
    <message>
        <source>Comment on {where}</source>
        <translation>{where} 上的评论</translation>
    </message>
    <message>
        <source>Message on {where}</source>
        <translation>{where} 上的私信</translation>
    </message>
    <message>
        <source>Complaint on {where}: {text}</source>
        <translation>{where} 上的投诉：{text}</translation>
    </message>
    <message>
        <source>Under the post: {link}</source>
        <translation>所在帖子：{link}</translation>
    </message>
    <message>
        <source>Under the post “{title}” (no link recorded yet)</source>
        <translation>所在帖子“{title}”（尚未记录链接）</translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation>请给模板起个标题。</translation>
    </message>
    <message>
        <source>Write the template's text.</source>
        <translation>请填写模板内容。</translation>
    </message>
    <message>
        <source>That reply template no longer exists.</source>
        <translation>该回复模板已不存在。</translation>
    </message>
</context>
<context>
    <name>SocialMetrics</name>
    <message numerus="yes">
        <source>%n totals row(s) (合计/Total) left out: the months are summed from the days.</source>
        <extracomment>A figure's columns: alternatives, the first whose columns are all in the file wins; the columns of one alternative are added up.</extracomment>
        <translation>
            <numerusform>已略过 %n 行合计行（合计/Total）：各月数据按每日数据汇总。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本；请在电子表格中另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>The file is empty; export the figures again.</source>
        <translation>文件是空的；请重新导出数据。</translation>
    </message>
    <message>
        <source>The file is not CSV ({reason}).</source>
        <translation>文件不是 CSV 格式（{reason}）。</translation>
    </message>
    <message>
        <source>The file's columns ({found}) hold no date and no figure commdesk knows; it needs a date or month column and at least one of followers, reach, reads, interactions.</source>
        <translation>文件的列（{found}）中没有 commdesk 能识别的日期和数据；需要一列日期或月份，以及粉丝数、触达、阅读、互动中的至少一项。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: '{value}' is no date or month; write it as 2026-11-30 or 2026-11 and import the file again.</source>
        <translation>第 {line} 行“{column}”列：“{value}”不是日期或月份；请写成 2026-11-30 或 2026-11，然后重新导入文件。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: '{value}' is not a count (such as 12345, 12,345 or 1.2万); correct it or empty the cell, then import the file again.</source>
        <translation>第 {line} 行“{column}”列：“{value}”不是数量（应写作 12345、12,345 或 1.2万）；请改正或清空该单元格，然后重新导入文件。</translation>
    </message>
    <message>
        <source>The file has no rows of figures.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>enter the accounts' monthly figures</source>
        <translation>录入账号的月度数据</translation>
    </message>
    <message>
        <source>read the accounts' figures</source>
        <translation>查看账号的数据</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Still planned</source>
        <translation>仍在计划</translation>
    </message>
    <message>
        <source>Weeks below</source>
        <translation>低于目标的周</translation>
    </message>
    <message>
        <source>Weeks above</source>
        <translation>高于目标的周</translation>
    </message>
    <message>
        <source>Comments open</source>
        <translation>待回复留言</translation>
    </message>
    <message>
        <source>A figure is a whole number, 0 or more.</source>
        <translation>数据须为 0 或更大的整数。</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>请选择账号。</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; export one account's months only.</source>
        <translation>{name} 超过 20 MB；请只导出一个账号的月度数据。</translation>
    </message>
    <message>
        <source>{name} is not there: check its folder and name ({folder}).</source>
        <translation>找不到 {name}：请检查文件夹和文件名（{folder}）。</translation>
    </message>
    <message>
        <source>{name} is a folder: choose the file in it.</source>
        <translation>{name} 是文件夹：请选择其中的文件。</translation>
    </message>
    <message>
        <source>{name} may not be read by this account: copy it somewhere you can open it.</source>
        <translation>当前系统账户无权读取 {name}：请把它复制到您能打开的位置。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not imported: %n row(s) cannot be read. {rows}</source>
        <translation>
            <numerusform>{name} 未导入：有 %n 行无法读取。{rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>And {n} more.</source>
        <translation>另有 {n} 处。</translation>
    </message>
</context>
<context>
    <name>SocialPosts</name>
    <message>
        <source>plan and write social media posts</source>
        <translation>计划和撰写社交媒体帖子</translation>
    </message>
    <message>
        <source>read the publishing calendar</source>
        <translation>查看发布日历</translation>
    </message>
    <message>
        <source>keep the list of social platforms</source>
        <translation>维护社交平台列表</translation>
    </message>
    <message>
        <source>Give the platform a short code of letters and digits.</source>
        <translation>请给平台一个由字母和数字组成的简短代码。</translation>
    </message>
    <message>
        <source>Give the platform a name, in Chinese or English.</source>
        <translation>请给平台起一个中文或英文名称。</translation>
    </message>
    <message>
        <source>Choose how the platform counts a post's length.</source>
        <translation>请选择该平台计算帖子字数的方式。</translation>
    </message>
    <message>
        <source>A length limit is at least 1.</source>
        <translation>字数上限至少为 1。</translation>
    </message>
    <message>
        <source>A platform with the code {code} exists already.</source>
        <translation>代码为 {code} 的平台已存在。</translation>
    </message>
    <message>
        <source>That platform is no longer in the list.</source>
        <translation>该平台已不在列表中。</translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation>没有编号为 {id} 的账号。</translation>
    </message>
    <message>
        <source>There is no account '{key}'; the accounts are: {names}.</source>
        <translation>没有账号“{key}”；现有账号：{names}。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Give the account's name as the platform shows it.</source>
        <translation>请按平台上显示的样子填写账号名称。</translation>
    </message>
    <message>
        <source>The weekly target runs from a lower number of posts to a higher one (e.g. 3-5).</source>
        <translation>每周目标应从较小的帖子数到较大的帖子数（如 3-5）。</translation>
    </message>
    <message>
        <source>Choose the account's platform.</source>
        <translation>请选择账号所在的平台。</translation>
    </message>
    <message>
        <source>{platform} has an account named {name} already.</source>
        <translation>{platform} 上已有名为 {name} 的账号。</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>SM-4's calendar entry types</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>图片和视频</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>There is no post {id}.</source>
        <translation>没有编号为 {id} 的帖子。</translation>
    </message>
    <message>
        <source>Write the post's text.</source>
        <translation>请填写帖子正文。</translation>
    </message>
    <message>
        <source>Choose what the entry is: a post, a topic, a poll or a Q&amp;A.</source>
        <translation>请选择条目类型：帖子、话题、投票或问答。</translation>
    </message>
    <message>
        <source>Give the planned time with its time zone.</source>
        <translation>请给出带时区的计划时间。</translation>
    </message>
    <message>
        <source>Choose the account the post goes to.</source>
        <translation>请选择帖子要发布到的账号。</translation>
    </message>
    <message>
        <source>An image or video chosen is no longer in the asset library.</source>
        <translation>所选的某个图片或视频已不在素材库中。</translation>
    </message>
    <message>
        <source>post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>This post was published; it is kept as it went out. Make a new one.</source>
        <translation>此帖子已发布，按发布时的样子保留。请新建一条。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Campaign or topic</source>
        <translation>活动或话题</translation>
    </message>
    <message>
        <source>Promotes release</source>
        <translation>推广的新闻稿</translation>
    </message>
    <message>
        <source>The text is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.</source>
        <translation>按{platform}的计算方式，正文长 {length}，超出上限 {limit} 共 {over}；请删减。</translation>
    </message>
    <message>
        <source>The title is {length} long as {platform} counts it, {over} over its limit of {limit}; shorten it.</source>
        <translation>按{platform}的计算方式，标题长 {length}，超出上限 {limit} 共 {over}；请删减。</translation>
    </message>
    <message>
        <source>This post was published; its time is the time it went out.</source>
        <translation>此帖子已发布，其时间就是发布时间。</translation>
    </message>
    <message>
        <source>A published post cannot be cancelled.</source>
        <translation>已发布的帖子不能移出计划。</translation>
    </message>
    <message>
        <source>Post {id}</source>
        <translation>帖子 {id}</translation>
    </message>
    <message>
        <source>This post was published already ({url}).</source>
        <translation>此帖子已发布（{url}）。</translation>
    </message>
    <message>
        <source>This post was cancelled; save it again to plan it before publishing.</source>
        <translation>此帖子已移出计划；请先重新保存以列入计划，再发布。</translation>
    </message>
    <message>
        <source>Give the post's address on the platform, starting with https://.</source>
        <translation>请填写帖子在平台上的地址，以 https:// 开头。</translation>
    </message>
    <message>
        <source>Give the time with its time zone.</source>
        <translation>请给出带时区的时间。</translation>
    </message>
    <message>
        <source>A post cannot have been published in the future; give the time it went out.</source>
        <translation>帖子不可能在将来发布；请填写实际发布时间。</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; nothing was done. It is shown again as stored: look at it, then do the step again if it is still needed.</source>
        <translation>在此期间他人已修改了这条记录，本次操作未执行。现已重新显示保存的内容：请先查看，如仍需要再操作一次。</translation>
    </message>
</context>
</TS>
