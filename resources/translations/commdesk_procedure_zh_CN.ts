<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the communication procedure: show, versions, diff, acknowledge, who-acknowledged, review-record, reviews, import, export, draft, submit, approve, return, adopt, department-rule</source>
        <translation>沟通渠道管理规程：show、versions、diff、acknowledge、who-acknowledged、review-record、reviews、import、export、draft、submit、approve、return、adopt、department-rule</translation>
    </message>
    <message>
        <source>the procedure in force (or one version), rule by rule</source>
        <translation>逐条显示现行规程（或指定版本）</translation>
    </message>
    <message>
        <source>an earlier or later version</source>
        <translation>较早或较新的版本</translation>
    </message>
    <message>
        <source>the Chinese text (default) or the English one</source>
        <translation>中文文本（默认）或英文文本</translation>
    </message>
    <message>
        <source>only this rule, e.g. PC-5</source>
        <translation>只显示这一条，例如 PC-5</translation>
    </message>
    <message>
        <source>every version, its state and effective date</source>
        <translation>所有版本及其状态和生效日期</translation>
    </message>
    <message>
        <source>the rules added, changed or removed between two versions</source>
        <translation>两个版本之间新增、修改或删除的条款</translation>
    </message>
    <message>
        <source>confirm you have read the version in force</source>
        <translation>确认已阅读现行版本</translation>
    </message>
    <message>
        <source>who has and who has not acknowledged it (administrators)</source>
        <translation>谁已确认、谁尚未确认（管理员）</translation>
    </message>
    <message>
        <source>record the yearly review with its findings (administrators)</source>
        <translation>记录年度审视及其结论（管理员）</translation>
    </message>
    <message>
        <source>the day it was held (default today)</source>
        <translation>审视日期（默认今天）</translation>
    </message>
    <message>
        <source>the yearly reviews recorded, the latest first</source>
        <translation>已记录的年度审视，最近的在前</translation>
    </message>
    <message>
        <source>make the shipped procedure version 1 (administrators, once)</source>
        <translation>将随附的规程导入为第 1 版（管理员，仅一次）</translation>
    </message>
    <message>
        <source>in force from (default today)</source>
        <translation>生效日期（默认今天）</translation>
    </message>
    <message>
        <source>write a version's two texts to files, to edit them into the next draft</source>
        <translation>将某一版本的中英文两份文本写入文件，修改后用于起草下一版</translation>
    </message>
    <message>
        <source>default: the version in force</source>
        <translation>默认：现行版本</translation>
    </message>
    <message>
        <source>write a new version from two text files (officers)</source>
        <translation>用两个文本文件起草新版本（传播专员）</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>rule IDs retired on purpose</source>
        <translation>有意废止的条款编号</translation>
    </message>
    <message>
        <source>send a draft version to review</source>
        <translation>将草稿版本提交审核</translation>
    </message>
    <message>
        <source>approve a version in review (reviewers)</source>
        <translation>批准审核中的版本（审核人）</translation>
    </message>
    <message>
        <source>send a version in review back with a comment (reviewers)</source>
        <translation>将审核中的版本连同意见退回（审核人）</translation>
    </message>
    <message>
        <source>attach a department's implementation rules to a version</source>
        <translation>为某一版本附加部门实施细则</translation>
    </message>
    <message>
        <source>an approved version takes effect on a day (administrators)</source>
        <translation>已批准的版本自某日起生效（管理员）</translation>
    </message>
    <message>
        <source>the Chinese text, each rule's line starting with its ID in 【】 (e.g. 【PC-5】)</source>
        <translation>中文文本，每条规则所在行以【】括起的编号开头（如【PC-5】）</translation>
    </message>
    <message>
        <source>the English rule list, one '| ID | rule | in commdesk |' table row a rule</source>
        <translation>英文规则表，每条规则一行“| ID | rule | in commdesk |”</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a date; write it as 2026-01-31.</source>
        <translation>{option}“{value}”不是日期，请写成 2026-01-31 的格式。</translation>
    </message>
    <message>
        <source>{path} cannot be read as UTF-8 text ({why}); check the file name.</source>
        <translation>{path} 无法作为 UTF-8 文本读取（{why}），请检查文件名。</translation>
    </message>
    <message>
        <source>Version {n} has no rule {rule}.</source>
        <translation>第 {n} 版没有条款 {rule}。</translation>
    </message>
    <message>
        <source>Communication procedure, version {n}, in force from {day}</source>
        <translation>沟通渠道管理规程，第 {n} 版，自 {day} 起生效</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>draft ({review})</source>
        <translation>草稿（{review}）</translation>
    </message>
    <message>
        <source>No version of the procedure yet: commdesk procedure import makes the first.</source>
        <translation>还没有任何规程版本：commdesk procedure import 可导入第一版。</translation>
    </message>
    <message>
        <source>No rule differs between versions {a} and {b}.</source>
        <translation>第 {a} 版与第 {b} 版的条款没有差别。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>{name} acknowledged version {n} of the procedure ({at}).</source>
        <translation>{name} 已确认阅读第 {n} 版规程（{at}）。</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>Acknowledged ({count}):</source>
        <translation>已确认（{count}）：</translation>
    </message>
    <message>
        <source>Not yet ({count}):</source>
        <translation>尚未确认（{count}）：</translation>
    </message>
    <message>
        <source>The yearly review of {day} is recorded (version {n}).</source>
        <translation>{day} 的年度审视已记录（第 {n} 版）。</translation>
    </message>
    <message>
        <source>No yearly review is recorded yet (AP-2).</source>
        <translation>尚未记录年度审视（AP-2）。</translation>
    </message>
    <message>
        <source>{day}, by {name} (version {n})</source>
        <translation>{day}，{name} 记录（第 {n} 版）</translation>
    </message>
    <message>
        <source>Findings: {text}</source>
        <translation>结论：{text}</translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation>决定：{text}</translation>
    </message>
    <message>
        <source>The procedure is version {n}, in force from {day}, with {count} rules.</source>
        <translation>规程已成为第 {n} 版，自 {day} 起生效，共 {count} 条。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({why}); choose another folder.</source>
        <translation>无法写入 {path}（{why}），请另选文件夹。</translation>
    </message>
    <message>
        <source>Version {n} written to {zh} and {en}; edit them (keep every rule ID) and draft the next version: commdesk procedure draft --zh-file {zh} --en-file {en} --note TEXT</source>
        <translation>第 {n} 版已写入 {zh} 和 {en}。修改时请保留每条规则的编号，然后起草下一版：commdesk procedure draft --zh-file {zh} --en-file {en} --note TEXT</translation>
    </message>
    <message>
        <source>Version {n} is drafted; submit it for review.</source>
        <translation>第 {n} 版草稿已保存，请提交审核。</translation>
    </message>
    <message>
        <source>Version {n} takes effect on {day}.</source>
        <translation>第 {n} 版自 {day} 起生效。</translation>
    </message>
    <message>
        <source>{department}: “{title}” is attached to version {n}.</source>
        <translation>{department}：“{title}”已附加到第 {n} 版。</translation>
    </message>
</context>
<context>
    <name>EffectiveDayDialog</name>
    <message>
        <source>Version {n} takes effect</source>
        <translation>第 {n} 版生效</translation>
    </message>
    <message>
        <source>From this day version {n} is the procedure in force; the version before stays readable. Everyone is asked on Home to read it.</source>
        <translation>自这一天起，第 {n} 版为现行规程；此前的版本仍可查阅。首页会提醒每个人阅读。</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Set the day</source>
        <translation>确定日期(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>{message} (procedure version {n})</source>
        <translation>{message}（规程第 {n} 版）</translation>
    </message>
    <message>
        <source>Read the communication procedure, version {n} (AP-3)</source>
        <translation>请阅读沟通渠道管理规程第 {n} 版（AP-3）</translation>
    </message>
    <message>
        <source>in force now; you have not confirmed reading it yet</source>
        <translation>现已生效，您尚未确认阅读</translation>
    </message>
    <message>
        <source>“{items}” is not a rule ID; write rule IDs such as PC-5, separated by commas.</source>
        <extracomment>a heading of the Chinese document (一、 / (一) / 1. / (1) without a rule mark): a rule ends there</extracomment>
        <translation>“{items}”不是条款编号，请填写 PC-5 这样的编号，用逗号分隔。</translation>
    </message>
    <message>
        <source>The new version drops or renames the rules {ids}. Keep their IDs in the text (a renamed rule keeps its old ID), or mark them as retired on purpose.</source>
        <translation>新版本删除或更改了条款 {ids} 的编号。请在文本中保留这些编号（改名的条款沿用原编号），或将其标记为有意废止。</translation>
    </message>
    <message>
        <source>The rules {ids} are in only one of the two texts. Each rule ID is in both the Chinese text (【ID】 at the start of its line) and the English list (| ID | rule |).</source>
        <translation>条款 {ids} 只出现在其中一种文本里。每个条款编号须同时出现在中文文本（行首【编号】）和英文列表（| 编号 | 条款 |）中。</translation>
    </message>
    <message>
        <source>Only a rule of the previous version that the new text no longer holds can be retired; not {ids}.</source>
        <translation>只能废止上一版中有、而新文本中已不再包含的条款；{ids} 不符合。</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Rules retired on purpose</source>
        <translation>有意废止的条款</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>English rule list</source>
        <translation>英文条款列表</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>{field} is empty; fill it in.</source>
        <translation>{field}为空，请填写。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters.</source>
        <translation>{field}过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>There is no version {n} of the procedure.</source>
        <translation>规程没有第 {n} 版。</translation>
    </message>
    <message>
        <source>No version of the procedure is in force yet. An administrator imports the shipped procedure (commdesk procedure import) or adopts a reviewed version.</source>
        <translation>目前还没有生效的规程版本。请管理员导入随附的规程（commdesk procedure import），或通过一个已审核的版本。</translation>
    </message>
    <message>
        <source>import the procedure</source>
        <translation>导入规程</translation>
    </message>
    <message>
        <source>The procedure is already in commdesk; a change is a new version (draft it, have it reviewed and adopt it).</source>
        <translation>规程已在 commdesk 中；如需修改，请起草新版本，经审核后通过。</translation>
    </message>
    <message>
        <source>The Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>The English rule list</source>
        <translation>英文条款列表</translation>
    </message>
    <message>
        <source>draft a procedure version</source>
        <translation>起草规程版本</translation>
    </message>
    <message>
        <source>Version {n} is still a draft; edit it, or adopt it before drafting another.</source>
        <translation>第 {n} 版仍是草稿；请修改它，或在起草下一版之前先将其通过。</translation>
    </message>
    <message>
        <source>edit a procedure version</source>
        <translation>修改规程版本</translation>
    </message>
    <message>
        <source>Version {n} is adopted and is not changed any more; draft a new version instead.</source>
        <translation>第 {n} 版已通过，不能再修改；请起草新版本。</translation>
    </message>
    <message>
        <source>Someone else changed version {n} meanwhile; open it again and redo your change.</source>
        <translation>其间有人修改了第 {n} 版；请重新打开后再做修改。</translation>
    </message>
    <message>
        <source>adopt a procedure version</source>
        <translation>通过规程版本</translation>
    </message>
    <message>
        <source>Version {n} can be adopted only once its review approved it as it reads now.</source>
        <translation>第 {n} 版须按当前文本审核通过后才能生效。</translation>
    </message>
    <message>
        <source>Version {n} cannot take effect on {day}, before the version adopted last (in force from {latest}); choose {latest} or later.</source>
        <translation>第 {n} 版不能在 {day} 生效，早于上一个通过的版本（自 {latest} 起生效）；请选择 {latest} 或之后的日期。</translation>
    </message>
    <message>
        <source>add department rules</source>
        <translation>添加部门实施细则</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>“{name}” is not one of the organisation's departments ({known}).</source>
        <translation>“{name}”不是本组织的部门（{known}）。</translation>
    </message>
    <message>
        <source>Only a person of this desk acknowledges the procedure; sign in first.</source>
        <translation>只有本系统中的人员才能确认规程，请先登录。</translation>
    </message>
    <message>
        <source>No version of the procedure is in force yet.</source>
        <translation>目前还没有生效的规程版本。</translation>
    </message>
    <message>
        <source>see who acknowledged the procedure</source>
        <translation>查看谁已确认规程</translation>
    </message>
    <message>
        <source>record the yearly review</source>
        <translation>记录年度审视</translation>
    </message>
    <message>
        <source>The findings</source>
        <translation>审视结论</translation>
    </message>
    <message>
        <source>A review is recorded once it was held; {day} is still ahead.</source>
        <translation>审视举行后才能记录；{day} 尚未到来。</translation>
    </message>
</context>
<context>
    <name>ProcedurePane</name>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Rule ID such as PC-5, or words of the rule</source>
        <translation>条款编号（如 PC-5）或条款中的文字</translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation>版本(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>I have &amp;read this version</source>
        <translation>我已阅读此版本(&amp;R)</translation>
    </message>
    <message>
        <source>New versi&amp;on…</source>
        <translation>新版本(&amp;O)…</translation>
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
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>Set effective &amp;day…</source>
        <translation>设定生效日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Who has acknowledged</source>
        <translation>确认情况</translation>
    </message>
    <message>
        <source>Yearly reviews</source>
        <translation>年度审视</translation>
    </message>
    <message>
        <source>Version {n}, in force from {day}</source>
        <translation>第 {n} 版，自 {day} 起生效</translation>
    </message>
    <message>
        <source>Version {n}, from {day}</source>
        <translation>第 {n} 版，自 {day} 起</translation>
    </message>
    <message>
        <source>Version {n}, draft</source>
        <translation>第 {n} 版，草稿</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>规程</translation>
    </message>
    <message>
        <source>No version of the procedure is in commdesk yet. An administrator imports the shipped procedure: commdesk procedure import.</source>
        <translation>commdesk 中还没有任何规程版本。请管理员导入随附的规程：commdesk procedure import。</translation>
    </message>
    <message>
        <source>Maintained by {owner}.</source>
        <translation>责任部门：{owner}。</translation>
    </message>
    <message>
        <source>What changed: {note}</source>
        <translation>本版修改：{note}</translation>
    </message>
    <message>
        <source>In commdesk: {what}</source>
        <translation>commdesk 中的对应功能：{what}</translation>
    </message>
    <message>
        <source>Department rules</source>
        <translation>部门实施细则</translation>
    </message>
    <message>
        <source>Please read version {n} of the procedure and confirm that you have (AP-3).</source>
        <translation>请阅读第 {n} 版规程并确认已阅读（AP-3）。</translation>
    </message>
    <message>
        <source>{name} has acknowledged version {n}, the version in force.</source>
        <translation>{name} 已确认阅读现行的第 {n} 版。</translation>
    </message>
    <message>
        <source>No yearly review is recorded yet (AP-2).</source>
        <translation>尚未记录年度审视（AP-2）。</translation>
    </message>
    <message>
        <source>{day}, by {name} (version {n})</source>
        <translation>{day}，{name} 记录（第 {n} 版）</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Ed&amp;it draft version {n}…</source>
        <translation>编辑第 {n} 版草稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Officers and administrators of the owner department write new versions.</source>
        <translation>新版本由责任部门的传播专员或管理员撰写。</translation>
    </message>
    <message>
        <source>A reviewer other than the author of the version approves or returns it (four eyes).</source>
        <translation>由作者以外的审核人批准或退回（双人审核）。</translation>
    </message>
    <message>
        <source>An administrator sets the day a version takes effect.</source>
        <translation>版本的生效日期由管理员设定。</translation>
    </message>
    <message>
        <source>Version {n} is a draft ({state}): choose it under Version to work on it.</source>
        <translation>第 {n} 版为草稿（{state}）：请在“版本”中选择它进行处理。</translation>
    </message>
    <message>
        <source>Version {n} is in force since {day}.</source>
        <translation>第 {n} 版自 {day} 起施行。</translation>
    </message>
    <message>
        <source>Version {n} took effect on {day}; a later version replaced it.</source>
        <translation>第 {n} 版于 {day} 生效，已被后续版本取代。</translation>
    </message>
    <message>
        <source>Version {n} takes effect on {day}.</source>
        <translation>第 {n} 版将于 {day} 生效。</translation>
    </message>
    <message>
        <source>Version {n} is a draft.</source>
        <translation>第 {n} 版为草稿。</translation>
    </message>
    <message>
        <source>Version {n} is in review: a reviewer other than its author approves or returns it.</source>
        <translation>第 {n} 版正在审核：由作者以外的审核人批准或退回。</translation>
    </message>
    <message>
        <source>Version {n} is approved by {names}; an administrator sets the day it takes effect.</source>
        <translation>第 {n} 版已由{names}批准；请管理员设定生效日期。</translation>
    </message>
    <message>
        <source>Version {n} was returned with comments: change the draft and submit it again.</source>
        <translation>第 {n} 版已被退回并附意见：请修改草稿后重新提交。</translation>
    </message>
    <message>
        <source>Version {n} is a draft: submit it for review when it is ready.</source>
        <translation>第 {n} 版为草稿：完成后请提交审核。</translation>
    </message>
    <message>
        <source>Version {n} of the procedure is saved as a draft; submit it for review.</source>
        <translation>规程第 {n} 版已保存为草稿；请提交审核。</translation>
    </message>
    <message>
        <source>Review of version {n}</source>
        <translation>第 {n} 版的审核</translation>
    </message>
    <message>
        <source>Version {n} is submitted for review.</source>
        <translation>第 {n} 版已提交审核。</translation>
    </message>
    <message>
        <source>You approved version {n}.</source>
        <translation>您已批准第 {n} 版。</translation>
    </message>
    <message>
        <source>What should change before it is approved?</source>
        <translation>批准之前需要修改什么？</translation>
    </message>
    <message>
        <source>Version {n} is returned to its author with your comments.</source>
        <translation>第 {n} 版已连同您的意见退回作者。</translation>
    </message>
    <message>
        <source>Acknowledge the procedure</source>
        <translation>确认规程</translation>
    </message>
    <message>
        <source>You have acknowledged version {n} of the procedure.</source>
        <translation>您已确认阅读第 {n} 版规程。</translation>
    </message>
</context>
<context>
    <name>ProcedureVersionDialog</name>
    <message>
        <source>New version of the procedure (from version {n})</source>
        <translation>规程新版本（基于第 {n} 版）</translation>
    </message>
    <message>
        <source>Draft version {n} of the procedure</source>
        <translation>规程第 {n} 版草稿</translation>
    </message>
    <message>
        <source>Change the rules in both texts. In the Chinese text a rule starts its line with its ID in 【】, such as 【PC-5】; in the English list it is a table row | PC-5 | rule |. Keep every ID, or name the rules you retire below. Saved, the version waits for review by a second person; an administrator then sets the day it takes effect, and everyone is asked to read it.</source>
        <translation>请在中英文两份文本中修改条款。中文文本中每条以【】内的编号开头，如【PC-5】；英文清单中每条为一行表格 | PC-5 | 条款 |。请保留所有编号，或在下方列出废止的条款。保存后，该版本须由另一人审核；再由管理员设定生效日期，并提醒每个人阅读。</translation>
    </message>
    <message>
        <source>The department that maintains the procedure</source>
        <translation>负责维护规程的部门</translation>
    </message>
    <message>
        <source>What changed, in a sentence (shown with the version)</source>
        <translation>一句话说明修改内容（随版本显示）</translation>
    </message>
    <message>
        <source>Rule IDs no longer in the text, e.g. SM-7 MD-2 (usually none)</source>
        <translation>文本中不再保留的条款编号，如 SM-7 MD-2（通常没有）</translation>
    </message>
    <message>
        <source>&amp;Owner department:</source>
        <translation>责任部门(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>本版修改(&amp;W)：</translation>
    </message>
    <message>
        <source>Retired &amp;rules:</source>
        <translation>废止条款(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Chinese text</source>
        <translation>中文文本(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;nglish text</source>
        <translation>英文文本(&amp;N)</translation>
    </message>
    <message>
        <source>A rule ID such as PC-5, then Enter</source>
        <translation>条款编号，如 PC-5，按回车</translation>
    </message>
    <message>
        <source>&amp;Go to rule:</source>
        <translation>转到条款(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No rule {rule} in either text.</source>
        <translation>两份文本中都没有条款 {rule}。</translation>
    </message>
    <message>
        <source>Throw away your changes to the procedure? Nothing was saved yet.</source>
        <translation>放弃对规程的修改吗？尚未保存任何内容。</translation>
    </message>
</context>
</TS>
