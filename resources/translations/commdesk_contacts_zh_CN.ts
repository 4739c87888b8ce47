<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>media contacts: import, export, list, duplicates, add, edit, dnc, merge, undo-merge</source>
        <translation>媒体联系人：import、export、list、duplicates、add、edit、dnc、merge、undo-merge</translation>
    </message>
    <message>
        <source>import contacts from CSV, Excel (.xlsx) or vCard; all or nothing unless --skip-invalid</source>
        <translation>从 CSV、Excel（.xlsx）或 vCard 导入联系人；除非使用 --skip-invalid，否则要么全部导入，要么都不导入</translation>
    </message>
    <message>
        <source>report only; write nothing</source>
        <translation>只报告，不写入</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rejected ones</source>
        <translation>导入有效的行，跳过被拒绝的行</translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation>文本编码（默认：自动识别）</translation>
    </message>
    <message>
        <source>map a column to a contact field (e.g. 手机=phone:mobile, Remarks=notes, Fax=ignore); repeatable</source>
        <translation>把某列对应到联系人字段（例如 手机=phone:mobile、Remarks=notes、Fax=ignore）；可重复使用</translation>
    </message>
    <message>
        <source>also put the imported contacts on this static list (made if missing)</source>
        <translation>同时把导入的联系人加入此静态名单（不存在时新建）</translation>
    </message>
    <message>
        <source>keep the stored value of this field of existing contacts (e.g. title; &apos;all&apos; for every field); repeatable; --dry-run shows each change</source>
        <translation>保留已有联系人此字段的现有值（如 title；&apos;all&apos; 表示全部字段）；可重复；--dry-run 会列出每项改动</translation>
    </message>
    <message>
        <source>replace the notes of existing contacts with the file&apos;s (default: the file&apos;s notes are appended)</source>
        <translation>用文件中的备注替换已有联系人的备注（默认：文件中的备注追加在后）</translation>
    </message>
    <message>
        <source>export contacts (format from the file name if not given)</source>
        <translation>导出联系人（未指定格式时按文件扩展名）</translation>
    </message>
    <message>
        <source>only this distribution list (a mailing export: do-not-contact left out)</source>
        <translation>只导出此分发名单（按发送用途导出：不包含勿扰联系人）</translation>
    </message>
    <message>
        <source>only contacts matching TEXT</source>
        <translation>只包含与 TEXT 匹配的联系人</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8-sig (default, for Excel) or gb18030</source>
        <translation>CSV 编码：utf-8-sig（默认，适用于 Excel）或 gb18030</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>列出联系人</translation>
    </message>
    <message>
        <source>name, pinyin or initials, outlet, beat, e-mail, phone or notes</source>
        <translation>姓名、拼音或首字母、媒体、领域、邮箱、电话或备注</translation>
    </message>
    <message>
        <source>only this distribution list</source>
        <translation>只列出此分发名单</translation>
    </message>
    <message>
        <source>groups of likely duplicate contacts (CR-4)</source>
        <translation>可能重复的联系人分组（CR-4）</translation>
    </message>
    <message>
        <source>add a media contact</source>
        <translation>新增媒体联系人</translation>
    </message>
    <message>
        <source>change a contact; only the options given change (--email and --phone replace the list)</source>
        <translation>修改联系人；只改动所给出的选项（--email 和 --phone 会替换原有列表）</translation>
    </message>
    <message>
        <source>full name, e.g. 王伟 or Anna Berg</source>
        <translation>全名，例如 王伟 或 Anna Berg</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>e-mail address, e.g. work:wang@example.cn; the first is the primary one; repeatable</source>
        <translation>邮箱地址，例如 work:wang@example.cn；第一个为主邮箱；可重复</translation>
    </message>
    <message>
        <source>phone number, e.g. mobile:13800138000; the first is the primary one; repeatable</source>
        <translation>电话号码，例如 mobile:13800138000；第一个为主号码；可重复</translation>
    </message>
    <message>
        <source>a beat (topic covered); repeatable</source>
        <translation>报道领域；可重复</translation>
    </message>
    <message>
        <source>the person in commdesk who looks after them</source>
        <translation>commdesk 中负责维护此联系人的人员</translation>
    </message>
    <message>
        <source>also put the contact on this static distribution list; repeatable</source>
        <translation>同时把联系人加入此静态分发名单；可重复</translation>
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
        <source>mark a contact do-not-contact on a channel (anyone), or lift it with --off (administrators)</source>
        <translation>将联系人的某一渠道标记为勿扰（任何人可标记），或用 --off 解除（管理员）</translation>
    </message>
    <message>
        <source>why (required to mark), e.g. asked by phone on 3 May</source>
        <translation>原因（标记时必填），例如“5 月 3 日电话中要求”</translation>
    </message>
    <message>
        <source>until this day (YYYY-MM-DD); default: for good</source>
        <translation>截止日期（YYYY-MM-DD）；默认：长期有效</translation>
    </message>
    <message>
        <source>lift the do-not-contact on this channel</source>
        <translation>解除此渠道的勿扰</translation>
    </message>
    <message>
        <source>merge OTHER into KEEP (administrators): KEEP&apos;s values unless a field is taken from OTHER; lists combined; --dry-run shows the result</source>
        <translation>将 OTHER 合并到 KEEP（管理员）：除指定采用 OTHER 的字段外均采用 KEEP 的值；列表类字段合并；--dry-run 显示合并结果</translation>
    </message>
    <message>
        <source>take this field from KEEP (left, the default) or from OTHER (right); lists: only that side&apos;s; repeatable. Fields: {fields}</source>
        <translation>此字段采用 KEEP 的值（left，默认）或 OTHER 的值（right）；列表类字段：只用该方的；可重复。字段：{fields}</translation>
    </message>
    <message>
        <source>take this field from OTHER (as --keep FIELD=right); repeatable</source>
        <translation>此字段采用 OTHER 的值（同 --keep 字段=right）；可重复</translation>
    </message>
    <message>
        <source>show the merged contact, each change as field: old → new; write nothing</source>
        <translation>显示合并后的联系人，每项变更显示为“字段：旧值 → 新值”；不写入任何内容</translation>
    </message>
    <message>
        <source>--keep {item}: no contact field is called &apos;{field}&apos;; the fields are {fields}.</source>
        <translation>--keep {item}：没有名为“{field}”的联系人字段；可用字段为 {fields}。</translation>
    </message>
    <message>
        <source>--keep {item}: say left (KEEP&apos;s value) or right (OTHER&apos;s), e.g. title=right.</source>
        <translation>--keep {item}：请写 left（KEEP 的值）或 right（OTHER 的值），例如 title=right。</translation>
    </message>
    <message>
        <source>Choose each field once, from KEEP or from OTHER; both given: {fields}.</source>
        <translation>每个字段只能选一次，采用 KEEP 或 OTHER 的值；两者都选了的字段：{fields}。</translation>
    </message>
    <message>
        <source>undo a merge (its id as printed by merge)</source>
        <translation>撤销一次合并（编号见 merge 的输出）</translation>
    </message>
    <message>
        <source>undo even though the kept contact was edited after the merge (those edits are lost)</source>
        <translation>即使保留的联系人在合并后被修改过也撤销（这些修改将丢失）</translation>
    </message>
    <message>
        <source>{file}:{row}: the same person as row {first}; merged into row {first}</source>
        <translation>{file}:{row}：与第 {first} 行是同一人，已并入第 {first} 行</translation>
    </message>
    <message>
        <source>update #{id} {name} (rows {rows}):</source>
        <translation>更新 #{id} {name}（第 {rows} 行）：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Contact {other} merged into {keep} (merge {id}; undo with: commdesk contacts undo-merge {id})</source>
        <translation>联系人 {other} 已并入 {keep}（合并编号 {id}；撤销：commdesk contacts undo-merge {id}）</translation>
    </message>
    <message>
        <source>merge #{other} {other_name} into #{keep} {keep_name}:</source>
        <translation>将 #{other} {other_name} 合并到 #{keep} {keep_name}：</translation>
    </message>
    <message>
        <source>(no field of KEEP changes)</source>
        <translation>（KEEP 的字段均无变化）</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The merge also moves OTHER&apos;s history, do-not-contact entries and list memberships to KEEP.</source>
        <translation>试运行：未写入任何内容。合并时还会把 OTHER 的往来记录、勿扰记录和所在列表转到 KEEP。</translation>
    </message>
    <message>
        <source>Merge {id} undone</source>
        <translation>合并 {id} 已撤销</translation>
    </message>
    <message>
        <source>--list: {name} is a smart list (a saved search); its members follow the search.</source>
        <translation>--list：{name} 是智能名单（保存的搜索），其成员随搜索结果变化。</translation>
    </message>
    <message>
        <source>warning: possibly the same person as contact {id} {name} ({outlet}); see: commdesk contacts duplicates</source>
        <translation>警告：可能与联系人 {id} {name}（{outlet}）是同一人；请查看：commdesk contacts duplicates</translation>
    </message>
    <message>
        <source>Contact {id} added: {name}</source>
        <translation>联系人 {id} 已新增：{name}</translation>
    </message>
    <message>
        <source>Nothing was saved; look at the stored contact (commdesk contacts list --json) and edit again with --expect-version {version}.</source>
        <translation>未保存任何内容；请查看已保存的联系人（commdesk contacts list --json），再用 --expect-version {version} 重新修改。</translation>
    </message>
    <message>
        <source>Contact {id} saved: {name}</source>
        <translation>联系人 {id} 已保存：{name}</translation>
    </message>
    <message>
        <source>Contact {id} may be contacted by {channel} again.</source>
        <translation>联系人 {id} 已恢复可通过{channel}联系。</translation>
    </message>
    <message>
        <source>Contact {id} is marked do-not-contact by {channel}.</source>
        <translation>联系人 {id} 已标记为{channel}勿扰。</translation>
    </message>
    <message>
        <source>{option} needs a date like 2026-12-01, not &apos;{value}&apos;.</source>
        <translation>{option} 需要形如 2026-12-01 的日期，而不是“{value}”。</translation>
    </message>
    <message>
        <source>; nothing was imported (fix the rows above, or use --skip-invalid)</source>
        <translation>；未导入任何内容（请修正上面的行，或使用 --skip-invalid）</translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation>（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <source>{n} contacts written to {file}</source>
        <translation>已将 {n} 位联系人写入 {file}</translation>
    </message>
    <message>
        <source>  [do not contact: {channels}]</source>
        <translation>  [勿扰：{channels}]</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>{n} groups of likely duplicates</source>
        <translation>{n} 组可能重复的联系人</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>现有值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>选用</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Only administrators give a contact to another owner.</source>
        <translation>只有管理员可以把联系人转给其他对接人。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have changed this contact. Close without saving and lose the changes?</source>
        <translation>此联系人已有改动。不保存就关闭，改动将丢失，确定吗？</translation>
    </message>
    <message>
        <source>Contact {name} (read only)</source>
        <translation>联系人 {name}（只读）</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Possibly the same person as: {people}</source>
        <translation>可能与以下联系人是同一人：{people}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>联系人未保存</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Person</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>王伟 / Anna Schmidt</source>
        <translation>王伟 / Anna Schmidt</translation>
    </message>
    <message>
        <source>&amp;Pinyin:</source>
        <translation>拼音(&amp;P)：</translation>
    </message>
    <message>
        <source>derived from the name; edit if it reads differently</source>
        <translation>由姓名自动生成；读音不同时可修改</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职位(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Beats:</source>
        <translation>报道领域(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. finance, technology (separated by commas)</source>
        <translation>例如：财经、科技（用逗号分隔）</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>级别(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner (对接人):</source>
        <translation>对接人(&amp;W)：</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>姓(&amp;Y)：</translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation>名(&amp;V)：</translation>
    </message>
    <message>
        <source>Othe&amp;r outlets:</source>
        <translation>其他媒体(&amp;R)：</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>one per line, the first is the primary one; a label first if you like: work: name@example.com</source>
        <translation>每行一个，第一个为主邮箱；可在前面加标签，例如 工作: name@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>one per line, the first is the primary one: mobile: 139 1234 5678</source>
        <translation>每行一个，第一个为主号码，例如 手机: 139 1234 5678</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>X(&amp;X)：</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. mornings, not on deadline days</source>
        <translation>例如：上午，截稿日不要联系</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>We&amp;Chat:</source>
        <translation>微信(&amp;C)：</translation>
    </message>
    <message>
        <source>W&amp;eibo:</source>
        <translation>微博(&amp;E)：</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>领英(&amp;K)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Preferred channe&amp;l:</source>
        <translation>首选联系方式(&amp;L)：</translation>
    </message>
    <message>
        <source>Time to cont&amp;act:</source>
        <translation>联系时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>pitching notes and preferences</source>
        <translation>推介要点和偏好</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>where the data came from, e.g. business card, 2025 press conference</source>
        <translation>数据来源，例如：名片、2025 年新闻发布会</translation>
    </message>
</context>
<context>
    <name>ContactInteractionForm</name>
    <message>
        <source>&amp;What happened:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Media inquiry (MD-5)</source>
        <translation>媒体问询（MD-5）</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Answers for us:</source>
        <translation>我方答复人(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;nswered:</source>
        <translation>已答复(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>more rows than this: a window over the whole set (pages read where the view looks) Columns the service can sort by (header click) -&gt; ContactQuery.sort Shown when nothing was saved yet</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>报道领域</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Do not contact by: {channels}</source>
        <translation>请勿通过以下方式联系：{channels}</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>same e-mail address</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>same name in pinyin at the same outlet</source>
        <translation>同一媒体、姓名拼音相同</translation>
    </message>
    <message>
        <source>similar name at the same outlet</source>
        <translation>同一媒体、姓名相似</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>E-mail {n}</source>
        <translation>邮箱 {n}</translation>
    </message>
    <message>
        <source>E-mail {n} label</source>
        <translation>邮箱 {n} 类型</translation>
    </message>
    <message>
        <source>Phone {n}</source>
        <translation>电话 {n}</translation>
    </message>
    <message>
        <source>Phone {n} label</source>
        <translation>电话 {n} 类型</translation>
    </message>
    <message>
        <source>{target} is not a contact field; use one of: {fields} (or ignore).</source>
        <translation>{target} 不是联系人字段；请使用以下之一：{fields}（或 ignore 忽略）。</translation>
    </message>
    <message>
        <source>{item} is not COLUMN=FIELD; write for example 手机=phone:mobile.</source>
        <translation>{item} 不是“列=字段”的格式；例如写成 手机=phone:mobile。</translation>
    </message>
    <message>
        <source>The file has no column {column}; its columns are: {columns}.</source>
        <translation>文件中没有 {column} 列；现有的列为：{columns}。</translation>
    </message>
    <message>
        <source>Tier {value} is not known; use A, B or C.</source>
        <translation>级别 {value} 无法识别；请使用 A、B 或 C。</translation>
    </message>
    <message>
        <source>Status {value} is not known; use active, left or bounced.</source>
        <translation>状态 {value} 无法识别；请使用 在职、离职 或 退信。</translation>
    </message>
    <message>
        <source>{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected</source>
        <translation>将新建 {created}，将更新 {updated}，未变 {unchanged}，拒绝 {rejected} 行</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>targets (contacts being planned) kept in memory; when there are more, the oldest are finished and put in a ``PlannedSpool`` (a later row of the file that belongs to one takes it back) rows planned together: their stored matches are looked up in one go (``prefetch``) from this many rows on, the rows are read into checked records in a child process too (``core.parallel.ahead``) while this one plans: on two cores that is most of the reading chunks kept behind the one being planned a row as the child process prepares it for the planner: the row&apos;s contact as ``_Planner._finish`` makes a new contact of one row (names completed, active), pickled; its e-mail keys; its numbers; its outlets; whether it has what a contact needs (a name, a way to reach the person); and the names and status the row itself gave (the record the planner merges is the row&apos;s, not the finished one)</extracomment>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: {reason}</source>
        <translation>无法按 {encoding} 读取 {file}：{reason}</translation>
    </message>
    <message>
        <source> It looks like {encoding}.</source>
        <translation>看起来是 {encoding}。</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 and does not read as GB18030 either: the names would come out garbled, so nothing was read.{hint} Choose the file&apos;s encoding (e.g. --encoding {example}), or save it as UTF-8 and import again.</source>
        <translation>{file} 不是 UTF-8，按 GB18030 读也不对：姓名会变成乱码，所以没有读取任何内容。{hint}请选择文件的编码（例如 --encoding {example}），或将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>{file} is not a CSV, Excel (.xlsx) or vCard file; save it in one of those formats and try again.</source>
        <translation>{file} 不是 CSV、Excel（.xlsx）或 vCard 文件；请另存为其中一种格式后重试。</translation>
    </message>
    <message>
        <source>{file} is empty; there are no contacts to import.</source>
        <translation>{file} 是空文件，没有可导入的联系人。</translation>
    </message>
    <message>
        <source>{file} has a header row but no contacts below it.</source>
        <translation>{file} 只有标题行，下面没有联系人。</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <extracomment>CSV files larger than this are read row by row while they are planned and written, never held in memory whole (a million rows are a few hundred MB of text and a few GB of rows)</extracomment>
        <translation>{file}，第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook: {reason}</source>
        <translation>{file} 不是可读取的 Excel 工作簿：{reason}</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet}.</source>
        <translation>{file} 中没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a contacts file may be at most {limit} MB, so it is refused. Split the file and import the parts.</source>
        <translation>{file} 大小为 {size} MB，联系人文件最大只能为 {limit} MB，因此不予导入。请将文件拆分后分批导入。</translation>
    </message>
    <message>
        <source>{file} is more than {limit} MB, the most a contacts file may be; it is refused. Split the file and import the parts.</source>
        <translation>{file} 超过 {limit} MB（联系人文件的上限），不予导入。请将文件拆分后分批导入。</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) workbook; save it as .xlsx or CSV in Excel and import that.</source>
        <translation>{file} 是旧版 Excel（.xls）工作簿；请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{file} contains no vCard (no BEGIN:VCARD line).</source>
        <translation>{file} 中没有 vCard（没有 BEGIN:VCARD 行）。</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>电视</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络媒体</translation>
    </message>
    <message>
        <source>News agency / wire</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>杂志</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>播客</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left the outlet</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>邮件退信</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Other outlets</source>
        <translation>其他媒体</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>领英</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time to contact</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>it is not a phone number; write digits, with the country code for numbers abroad (e.g. +44 20 7946 0000)</source>
        <translation>这不是电话号码；请填写数字，境外号码加国家代码（例如 +44 20 7946 0000）</translation>
    </message>
    <message>
        <source>no such number in {region}; check the digits, or add the country code (e.g. +852 for Hong Kong)</source>
        <translation>{region} 没有这个号码；请检查数字，或加上国家/地区代码（例如香港为 +852）</translation>
    </message>
    <message>
        <source>E-mail address {value} is not valid: {reason}</source>
        <translation>邮箱地址 {value} 无效：{reason}</translation>
    </message>
    <message>
        <source>Phone number {value} is not valid: {reason}</source>
        <translation>电话号码 {value} 无效：{reason}</translation>
    </message>
    <message>
        <source>The label {label} of {field} is too long: at most {max} characters; shorten it.</source>
        <translation>{field}的标签 {label} 太长：最多 {max} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, this one has {n}. Shorten it and save again.</source>
        <translation>{field}太长：最多 {max} 个字符，现在有 {n} 个。请缩短后再保存。</translation>
    </message>
    <message>
        <source>A name is missing; enter the full name (or family and given name).</source>
        <translation>缺少姓名；请填写姓名（或姓和名）。</translation>
    </message>
    <message>
        <source>There is no way to reach this person; enter an e-mail address, a phone number, a social account or a postal address.</source>
        <translation>没有任何联系方式；请填写邮箱、电话、社交账号或通信地址。</translation>
    </message>
    <message>
        <source>{field} holds a line break; a link or account name must be on one line. Remove the line break.</source>
        <translation>{field}中有换行；链接或账号必须写在一行内。请删除换行。</translation>
    </message>
    <message>
        <source>Media list</source>
        <translation>媒体名单</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>没有联系人。</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>推介</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>采访</translation>
    </message>
    <message>
        <source>Media inquiry</source>
        <translation>媒体问询</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话沟通</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移入回收站时间</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已并入</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <source>Lifted by</source>
        <translation>解除人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>负责回复人</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>智能名单</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>保存的搜索条件</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>邮件发送</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>main</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>寻呼机</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Chinese</source>
        <extracomment>The words files and people use for a phone&apos;s or e-mail&apos;s label (English and Chinese, any case) -&gt; the stored code; an import reads them without any translation installed.</extracomment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>他人推荐</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>press conference</source>
        <translation>新闻发布会</translation>
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
        <source>edit media contacts</source>
        <translation>编辑媒体联系人</translation>
    </message>
    <message>
        <source>give a contact to another owner</source>
        <translation>把联系人转给其他对接人</translation>
    </message>
    <message>
        <source>edit media contacts they do not own</source>
        <translation>编辑不由自己对接的媒体联系人</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>没有 ID 为 {id} 的联系人。</translation>
    </message>
    <message>
        <source>Enter the outlet&apos;s name.</source>
        <translation>请填写媒体名称。</translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation>覆盖量不能为负数。</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>delete media contacts</source>
        <translation>删除媒体联系人</translation>
    </message>
    <message>
        <source>restore media contacts</source>
        <translation>恢复媒体联系人</translation>
    </message>
    <message>
        <source>erase media contacts</source>
        <translation>彻底清除媒体联系人</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>没有 ID 为 {id} 的人员。</translation>
    </message>
    <message>
        <source>Enter the beat to add.</source>
        <translation>请填写要添加的领域。</translation>
    </message>
    <message>
        <source>mark do-not-contact</source>
        <translation>标记请勿联系</translation>
    </message>
    <message>
        <source>{channel} is not a channel; use email, phone or mail.</source>
        <translation>{channel} 不是联系渠道；请使用 email、phone 或 mail。</translation>
    </message>
    <message>
        <source>Give the reason for do-not-contact (e.g. asked by phone on 3 May).</source>
        <translation>请填写勿扰原因（例如：5月3日电话中本人要求）。</translation>
    </message>
    <message>
        <source>The expiry date must be in the future, or leave it empty.</source>
        <translation>到期日必须是将来的日期，或者留空。</translation>
    </message>
    <message>
        <source>lift do-not-contact</source>
        <translation>解除勿扰</translation>
    </message>
    <message>
        <source>log interactions with media contacts</source>
        <translation>记录与媒体联系人的互动</translation>
    </message>
    <message>
        <source>{kind} is not a kind of interaction; use one of: {kinds}.</source>
        <translation>{kind} 不是互动类型；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>The time has no time zone; enter it with one.</source>
        <translation>该时间没有时区；请带时区填写。</translation>
    </message>
    <message>
        <source>record answers to media inquiries</source>
        <translation>记录媒体问询的答复</translation>
    </message>
    <message>
        <source>There is no media inquiry with id {id}.</source>
        <translation>没有 ID 为 {id} 的媒体问询。</translation>
    </message>
    <message>
        <source>merge media contacts</source>
        <translation>合并媒体联系人</translation>
    </message>
    <message>
        <source>undo a merge of media contacts</source>
        <translation>撤销媒体联系人的合并</translation>
    </message>
    <message>
        <source>{format} is not an export format; use csv, xlsx, vcf or pdf.</source>
        <translation>{format} 不是导出格式；请使用 csv、xlsx、vcf 或 pdf。</translation>
    </message>
    <message>
        <source>Cannot tell the format from the name {file}; end it in .csv, .xlsx, .vcf or .pdf, or give the format.</source>
        <translation>无法从文件名 {file} 判断格式；请以 .csv、.xlsx、.vcf 或 .pdf 结尾，或指定格式。</translation>
    </message>
    <message>
        <source>export media contacts</source>
        <translation>导出媒体联系人</translation>
    </message>
    <message>
        <source>Rows read: {rows}; {created} to create, {updated} to update, {unchanged} unchanged, {merged} merged into an earlier row of the file, {rejected} rejected</source>
        <translation>读取 {rows} 行：将新建 {created} 位，将更新 {updated} 位，{unchanged} 位不变，{merged} 行并入文件中前面的行，{rejected} 行被拒绝</translation>
    </message>
    <message>
        <source>Rows read: {rows}; {created} created, {updated} updated, {unchanged} unchanged, {merged} merged into an earlier row of the file, {rejected} rejected</source>
        <translation>读取 {rows} 行：新建 {created} 位，更新 {updated} 位，{unchanged} 位不变，{merged} 行并入文件中前面的行，{rejected} 行被拒绝</translation>
    </message>
    <message>
        <source>; columns not imported (no contact field takes them): {columns}</source>
        <translation>；以下列没有对应的联系人字段，未导入：{columns}</translation>
    </message>
    <message>
        <source>import media contacts</source>
        <translation>导入媒体联系人</translation>
    </message>
    <message>
        <source>No column of {file} was recognised; map the columns to contact fields (e.g. 姓名=full_name).</source>
        <translation>{file} 中没有能识别的列；请把各列对应到联系人字段（例如 姓名=full_name）。</translation>
    </message>
    <message>
        <source>{n} rows of {file} were rejected, so nothing was imported; fix those rows, or import the valid rows only.</source>
        <translation>{file} 中有 {n} 行被拒绝，因此未导入任何内容；请修正这些行，或只导入有效的行。</translation>
    </message>
    <message>
        <source>import of {file}</source>
        <translation>导入自 {file}</translation>
    </message>
    <message>
        <source>{n} contacts were changed since the import was planned; plan the import again.</source>
        <translation>生成导入预览后有 {n} 位联系人被修改；请重新生成导入预览。</translation>
    </message>
    <message>
        <source>{name} is a smart list (a saved search); its members follow the search.</source>
        <translation>{name} 是智能名单（保存的搜索）；其成员随搜索条件变化。</translation>
    </message>
    <message>
        <source>build distribution lists</source>
        <translation>建立分发名单</translation>
    </message>
    <message>
        <source>There is no distribution list with id {id}.</source>
        <translation>没有 ID 为 {id} 的分发名单。</translation>
    </message>
    <message>
        <source>There is no distribution list called {name}.</source>
        <translation>没有名为 {name} 的分发名单。</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>请为名单命名。</translation>
    </message>
    <message>
        <source>The list&apos;s name is too long: at most {max} characters; shorten it.</source>
        <translation>名单名称太长：最多 {max} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>A list called {name} exists already; choose another name.</source>
        <translation>已有名为 {name} 的名单；请换一个名称。</translation>
    </message>
    <message>
        <source>A smart list cannot be made from the trash.</source>
        <translation>不能用回收站的内容建立智能名单。</translation>
    </message>
    <message>
        <source>do not contact by e-mail</source>
        <translation>勿通过邮件联系</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>：{reason}</translation>
    </message>
    <message>
        <source>e-mail bounced</source>
        <translation>邮件退信</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>没有邮箱地址</translation>
    </message>
    <message>
        <source>Merge choices must map contact fields to keep or other; wrong: {items}.</source>
        <translation>合并选择必须把联系人字段对应为 keep 或 other；有误的：{items}。</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>联系人不能与自己合并。</translation>
    </message>
    <message>
        <source>Restore the contact from the trash before merging it.</source>
        <translation>请先从回收站恢复该联系人，再进行合并。</translation>
    </message>
    <message>
        <source>{other} merged into {keep}</source>
        <translation>{other} 已合并到 {keep}</translation>
    </message>
    <message>
        <source>{name} was changed after the merge; undoing the merge now would lose those changes. Undo it anyway only if they may be lost.</source>
        <translation>{name} 在合并后被修改过；现在撤销合并会丢失这些修改。只有在可以丢弃这些修改时才撤销。</translation>
    </message>
    <message>
        <source>There is no merge with id {id} that can be undone.</source>
        <translation>没有 ID 为 {id} 且可撤销的合并。</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>此合并已经撤销。</translation>
    </message>
    <message>
        <source>A later merge (id {id}) involves these contacts; undo that one first.</source>
        <translation>之后的一次合并（ID {id}）涉及这些联系人；请先撤销那一次。</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>个人数据已清除</translation>
    </message>
    <message>
        <source>{name} asked not to be contacted by {channel} ({reason}), and this {kind} uses that channel. Log it only with a reason (e.g. they called us).</source>
        <translation>{name} 要求不通过{channel}联系（{reason}），而这次{kind}用的正是这个渠道。只有说明原因（例如是对方打来的）才能记录。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in Excel, save it again as .xlsx, and import that.</source>
        <translation>{file} 不是可读取的 Excel 工作簿（压缩包已损坏：{reason}）；请在 Excel 中打开，重新另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>{file} is {what}, not an Excel workbook; export the contacts as .xlsx, CSV or vCard and import that file.</source>
        <translation>{file} 是{what}，不是 Excel 工作簿；请把联系人导出为 .xlsx、CSV 或 vCard 后导入该文件。</translation>
    </message>
    <message>
        <source>{file} is a binary Excel workbook (.xlsb); save it as .xlsx or CSV in Excel and import that.</source>
        <translation>{file} 是二进制 Excel 工作簿（.xlsb）；请在 Excel 中另存为 .xlsx 或 CSV 后导入。</translation>
    </message>
    <message>
        <source>{file} expands to more than {limit} MB when unpacked, the most a contacts workbook may take; it is refused. Save the contacts as CSV, or split the file.</source>
        <translation>{file} 解压后超过 {limit} MB（联系人工作簿的上限），不予导入。请将联系人另存为 CSV，或拆分文件。</translation>
    </message>
    <message>
        <source>{file} expands to {size} MB when unpacked; a contacts workbook may take at most {limit} MB, so it is refused. Save the contacts as CSV, or split the file.</source>
        <translation>{file} 解压后为 {size} MB，联系人工作簿最大只能为 {limit} MB，因此不予导入。请将联系人另存为 CSV，或拆分文件。</translation>
    </message>
    <message>
        <source>{file} holds a cell with more than {limit} characters (Excel&apos;s own limit); it is refused. Shorten that cell, or save the contacts as CSV.</source>
        <translation>{file} 中有单元格超过 {limit} 个字符（Excel 本身的上限），已拒绝。请缩短该单元格，或将联系人另存为 CSV。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells; it is refused. Remove the empty or unused columns and rows, or split the file.</source>
        <translation>{file} 的单元格超过 {limit} 个，已拒绝。请删除空的或不用的行和列，或拆分文件。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds more than {limit} characters; it is refused. Shorten that cell.</source>
        <translation>{file} 第 {row} 行第 {column} 列：单元格超过 {limit} 个字符，已拒绝。请缩短该单元格。</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Simplified Chinese)</source>
        <translation>简体中文 GB18030 / GBK</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>繁体中文 Big5</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>西欧语言 Windows-1252</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>日文 Shift-JIS</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>韩文 EUC-KR</translation>
    </message>
</context>
<context>
    <name>ContactsActions</name>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contacts to the trash? They can be restored from the trash.</source>
        <translation>
            <numerusform>将 %n 位联系人移到回收站？之后可从回收站恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts moved to the trash.</source>
        <translation>
            <numerusform>已将 %n 位联系人移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts restored.</source>
        <translation>
            <numerusform>已恢复 %n 位联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>彻底删除</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contacts for good? Their personal data is removed and cannot be restored; the audit log keeps only that a contact was erased.</source>
        <translation>
            <numerusform>彻底删除 %n 位联系人？其个人数据将被清除且无法恢复；审计日志只记录曾删除过一位联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts erased.</source>
        <translation>
            <numerusform>已彻底删除 %n 位联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>设置对接人</translation>
    </message>
    <message numerus="yes">
        <source>Owner (对接人) of %n contacts:</source>
        <translation>
            <numerusform>%n 位联系人的对接人：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner set for %n contacts.</source>
        <translation>
            <numerusform>已为 %n 位联系人设置对接人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add beat</source>
        <translation>添加报道领域</translation>
    </message>
    <message numerus="yes">
        <source>Beat to add to %n contacts:</source>
        <translation>
            <numerusform>为 %n 位联系人添加的报道领域：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beat added to %n contacts.</source>
        <translation>
            <numerusform>已为 %n 位联系人添加报道领域。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>加入名单</translation>
    </message>
    <message>
        <source>There is no static list yet; make one with &quot;New list…&quot; first.</source>
        <translation>还没有固定名单；请先用“新建名单…”创建一个。</translation>
    </message>
    <message numerus="yes">
        <source>List for %n contacts:</source>
        <translation>
            <numerusform>%n 位联系人加入的名单：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts added to {list}.</source>
        <translation>
            <numerusform>已将 %n 位联系人加入 {list}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts removed from the list.</source>
        <translation>
            <numerusform>已从名单中移除 %n 位联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>New list</source>
        <translation>新建名单</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>新名单的名称：</translation>
    </message>
    <message>
        <source>List {name} made.</source>
        <translation>已创建名单 {name}。</translation>
    </message>
    <message>
        <source>Save search as list</source>
        <translation>将搜索保存为名单</translation>
    </message>
    <message>
        <source>Name of the smart list (it always holds the contacts matching the current search and filters):</source>
        <translation>智能名单的名称（它始终包含符合当前搜索和筛选条件的联系人）：</translation>
    </message>
    <message>
        <source>Smart list {name} saved.</source>
        <translation>已保存智能名单 {name}。</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>删除名单</translation>
    </message>
    <message>
        <source>Delete the list {name}? The contacts stay; only the list goes.</source>
        <translation>删除名单 {name}？联系人会保留，只删除名单。</translation>
    </message>
    <message>
        <source>List {name} deleted.</source>
        <translation>已删除名单 {name}。</translation>
    </message>
    <message>
        <source>The members cannot be shown</source>
        <translation>无法显示成员</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search name, pinyin (wangwei or ww), outlet, beat, e-mail, phone, notes…</source>
        <translation>搜索姓名、拼音（wangwei 或 ww）、媒体、领域、邮箱、电话、备注…</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>新建联系人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录往来(&amp;L)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;beat…</source>
        <translation>添加报道领域(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>从此名单移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>重复联系人(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>撤销上次合并(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Only administrators may do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>Erase for &amp;good…</source>
        <translation>彻底清除(&amp;G)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Set o&amp;wner…</source>
        <translation>设置对接人(&amp;W)…</translation>
    </message>
    <message>
        <source>Add to li&amp;st…</source>
        <translation>加入名单(&amp;S)…</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>所选 (%n)(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; the contact does not match the current search.</source>
        <translation>已保存；该联系人不符合当前搜索条件。</translation>
    </message>
    <message>
        <source>Logged for {name}.</source>
        <translation>已为 {name} 记录。</translation>
    </message>
    <message>
        <source>The answer was not recorded</source>
        <translation>答复未记录</translation>
    </message>
    <message>
        <source>Lift do-not-contact</source>
        <translation>解除请勿联系</translation>
    </message>
    <message>
        <source>{name} may then be contacted by {channel} again. Lift it only when the person asked for it.</source>
        <translation>之后可再次通过{channel}联系 {name}。只有在本人要求时才解除。</translation>
    </message>
    <message>
        <source>Do-not-contact was not lifted</source>
        <translation>请勿联系未解除</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>已撤销合并。</translation>
    </message>
    <message>
        <source>Media list</source>
        <translation>媒体名单</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录往来(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Do not contact…</source>
        <translation>请勿联系(&amp;D)…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>修改历史(&amp;Y)…</translation>
    </message>
    <message>
        <source>Lift do-not-&amp;contact</source>
        <translation>解除请勿联系(&amp;C)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Inquiry &amp;answered</source>
        <translation>问询已答复(&amp;A)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>问询</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cooperation history&lt;/b&gt;</source>
        <translation>&lt;b&gt;合作历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Choose a contact to see the details.</source>
        <translation>选择一位联系人查看详情。</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>已于 {when} 答复</translation>
    </message>
    <message>
        <source>open, deadline {when}</source>
        <translation>待答复，截止 {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>请先选择一位联系人。</translation>
    </message>
    <message>
        <source>Only administrators may lift do-not-contact.</source>
        <translation>只有管理员可以解除请勿联系。</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Do not contact by {channel}: {reason}</source>
        <translation>请勿通过{channel}联系：{reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>set by {person} on {date}</source>
        <translation>由 {person} 于 {date} 设置</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>LinkedIn</source>
        <translation>领英</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>报道领域</translation>
    </message>
    <message>
        <source>Other outlets</source>
        <translation>其他媒体</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>对接人</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time to contact</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lift do-not-contact</source>
        <translation>解除请勿联系</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do not contact {name}</source>
        <translation>请勿联系 {name}</translation>
    </message>
    <message>
        <source>e.g. asked by phone on 3 May not to get press releases</source>
        <translation>例如：5 月 3 日来电要求不再接收新闻稿</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>到期(&amp;E)：</translation>
    </message>
    <message>
        <source>Discard this do-not-contact?</source>
        <translation>放弃这条勿扰设置？</translation>
    </message>
    <message>
        <source>You have typed a do-not-contact that is not set yet. Close without setting it?</source>
        <translation>勿扰设置已填写但尚未生效。不设置就关闭吗？</translation>
    </message>
    <message>
        <source>Do-not-contact was not set</source>
        <translation>请勿联系未设置</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>疑似重复联系人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>撤销上次合并(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicates cannot be shown</source>
        <translation>无法显示重复联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts: {reason}</source>
        <translation>
            <numerusform>%n 位联系人：{reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups of likely duplicates.</source>
        <translation>
            <numerusform>%n 组疑似重复联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现疑似重复联系人。</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Split the merged contact into the two records again?</source>
        <translation>将合并后的联系人重新拆分为两条记录？</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030 …; comma, semicolon or tab), Excel .xlsx, or vCard (.vcf) from a phone, Outlook or Google Contacts.</source>
        <translation>CSV（UTF-8、GB18030 等；逗号、分号或制表符分隔）、Excel .xlsx，或来自手机、Outlook、Google 通讯录的 vCard（.vcf）。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>联系人文件 (*.csv *.txt *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any outlet kind</source>
        <translation>所有媒体类型</translation>
    </message>
    <message>
        <source>Any beat</source>
        <translation>所有报道领域</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>所有对接人</translation>
    </message>
    <message>
        <source>Any list</source>
        <translation>所有名单</translation>
    </message>
    <message>
        <source>Do-not-contact: either</source>
        <translation>请勿联系：不限</translation>
    </message>
    <message>
        <source>Do-not-contact only</source>
        <translation>仅请勿联系</translation>
    </message>
    <message>
        <source>Contactable only</source>
        <translation>仅可联系</translation>
    </message>
    <message>
        <source>Contacted any time</source>
        <translation>联系时间不限</translation>
    </message>
    <message>
        <source>Not contacted for 30 days</source>
        <translation>30 天未联系</translation>
    </message>
    <message>
        <source>Not contacted for 90 days</source>
        <translation>90 天未联系</translation>
    </message>
    <message>
        <source>Not contacted for 6 months</source>
        <translation>6 个月未联系</translation>
    </message>
    <message>
        <source>Not contacted for a year</source>
        <translation>一年未联系</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Keep existing</source>
        <translation>保留现有值</translation>
    </message>
    <message>
        <source>Take new</source>
        <translation>采用新值</translation>
    </message>
    <message>
        <source>Replace with the file&apos;s notes</source>
        <translation>用文件中的备注替换</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Label of the e-mail</source>
        <translation>邮箱标签</translation>
    </message>
    <message>
        <source>Label of the phone</source>
        <translation>电话标签</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>电话（手机）</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>电话（办公）</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>电话（住宅）</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>电子邮件（工作）</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>电子邮件（个人）</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel 用 CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV in GB18030 (*.csv)</source>
        <translation>GB18030 编码 CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>PDF media list (*.pdf)</source>
        <translation>PDF 媒体名单 (*.pdf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>{n} contacts written to {file}.</source>
        <translation>已将 {n} 位联系人写入 {file}。</translation>
    </message>
    <message>
        <source>Contacts who asked not to be contacted are left out of a list&apos;s export.</source>
        <translation>要求请勿联系的联系人不会出现在名单导出中。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction with {name}</source>
        <translation>记录与 {name} 的往来</translation>
    </message>
    <message>
        <source>Discard this interaction?</source>
        <translation>放弃这条往来记录？</translation>
    </message>
    <message>
        <source>You have typed an interaction that is not logged yet. Close without logging it?</source>
        <translation>往来记录已填写但尚未登记。不登记就关闭吗？</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <source>Reason for logging it anyway (kept in the history):</source>
        <translation>仍要记录的原因（会保存在历史记录中）：</translation>
    </message>
    <message>
        <source>The interaction was not logged</source>
        <translation>往来未记录</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>New list…</source>
        <translation>新建名单…</translation>
    </message>
    <message>
        <source>Save search as list…</source>
        <translation>将搜索保存为名单…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>删除名单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;分发名单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>smart</source>
        <translation>智能</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>{kind} list, {n} contacts</source>
        <translation>{kind}名单，{n} 位联系人</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>检查各列</translation>
    </message>
    <message>
        <source>{file}: {kind}</source>
        <translation>{file}：{kind}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>编码 {encoding}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation>以{delimiter}分隔</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not recognised (highlighted) are left out unless you choose a field: {columns}</source>
        <translation>未识别的列（已高亮）不会导入，除非为其选择字段：{columns}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Not recognised: choose the field this column holds</source>
        <translation>未识别：请选择此列对应的字段</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members of {name}</source>
        <translation>{name} 的成员</translation>
    </message>
    <message>
        <source>{n} contacts will receive mailings to this list; {m} are left out.</source>
        <translation>{n} 位联系人会收到发给此名单的邮件；{m} 位被排除。</translation>
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
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>排除原因</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n)</source>
        <translation>
            <numerusform>被排除 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will receive (%n)</source>
        <translation>
            <numerusform>会收到 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge anyway and lose the later changes?</source>
        <translation>仍要撤销合并并丢弃之后的修改吗？</translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>合并未撤销</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>合并两位联系人</translation>
    </message>
    <message>
        <source>&amp;Swap which record is kept</source>
        <translation>交换保留的记录(&amp;S)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左边</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右边</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Click a value to take it. Histories, lists and do-not-contact entries of both are combined; the merge can be undone.</source>
        <translation>点击某个值即选用它。两者的合作历史、名单和请勿联系记录会合并；合并可以撤销。</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>merged into the other</source>
        <translation>并入另一条</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>选用</translation>
    </message>
    <message>
        <source>{name} (#{id}) is kept; the other record goes into it.</source>
        <translation>保留 {name}（#{id}）；另一条记录并入其中。</translation>
    </message>
    <message>
        <source>The contacts were not merged</source>
        <translation>联系人未合并</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>What the import will do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Not imported on its own because</source>
        <translation>未单独导入的原因</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>名单(&amp;S)：</translation>
    </message>
    <message>
        <source>Of &lt;b&gt;{rows}&lt;/b&gt; rows read: will create &lt;b&gt;{created}&lt;/b&gt;, update &lt;b&gt;{updated}&lt;/b&gt;, leave &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, merge &lt;b&gt;{merged}&lt;/b&gt; into an earlier row of the file (the same person), reject &lt;b&gt;{rejected}&lt;/b&gt;.</source>
        <translation>共读取 &lt;b&gt;{rows}&lt;/b&gt; 行：将新建 &lt;b&gt;{created}&lt;/b&gt; 位，更新 &lt;b&gt;{updated}&lt;/b&gt; 位，&lt;b&gt;{unchanged}&lt;/b&gt; 位不变，&lt;b&gt;{merged}&lt;/b&gt; 行并入文件中前面的行（同一人），拒绝 &lt;b&gt;{rejected}&lt;/b&gt; 行。</translation>
    </message>
    <message>
        <source>Columns not imported (no contact field takes them): {columns}.</source>
        <translation>以下列没有对应的联系人字段，不会导入：{columns}。</translation>
    </message>
    <message>
        <source>the same person as row {first}: merged into row {first} of this file</source>
        <translation>与第 {first} 行是同一人：已并入本文件第 {first} 行</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only when no row is rejected</source>
        <translation>全部或全不(&amp;A)：只有没有被拒绝的行时才导入</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (the rejected rows are left out)</source>
        <translation>只导入有效的行(&amp;V)（被拒绝的行不导入）</translation>
    </message>
    <message>
        <source>optional: put the imported contacts on this list</source>
        <translation>可选：将导入的联系人加入此名单</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected, so an all-or-nothing import writes nothing. Fix them in the file and plan again (Back), or import the valid rows only.</source>
        <translation>
            <numerusform>有 %n 行被拒绝，因此“全部或全不”导入不会写入任何内容。请在文件中改正后重新检查（上一步），或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: every contact in the file is already stored like this.</source>
        <translation>无需写入：文件中的联系人均已按此保存。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation>完成：{summary}。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Changes to existing contacts</source>
        <translation>对已有联系人的改动</translation>
    </message>
    <message>
        <source>Each change the file makes to a contact you already have. Keep the existing value or take the new one, per field or for all. A name and its pinyin, and an outlet and the further outlets, are kept or taken together. Notes from the file are added to the existing notes unless you choose to replace them.</source>
        <translation>文件对已有联系人的每一项改动。可逐个字段或一次性选择保留现有值或采用新值。姓名与其拼音、媒体与其他媒体会一并保留或一并采用。文件中的备注会追加到现有备注之后，除非您选择替换。</translation>
    </message>
    <message>
        <source>&amp;Keep existing for all</source>
        <translation>全部保留现有值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take new for all</source>
        <translation>全部采用新值(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing contacts would change.</source>
        <translation>
            <numerusform>%n 位已有联系人将被修改。</numerusform>
        </translation>
    </message>
</context>
</TS>
