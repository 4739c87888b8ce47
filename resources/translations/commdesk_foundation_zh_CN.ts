<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Password for {db} (kept in the system keyring):</source>
        <translation>{db} 的密码（保存在系统密钥环中）：</translation>
    </message>
    <message>
        <source>commdesk cannot open the database</source>
        <translation>commdesk 无法打开数据库</translation>
    </message>
    <message>
        <source>Database upgraded; the previous state was saved to {path}</source>
        <translation>数据库已升级；升级前的状态已保存到 {path}</translation>
    </message>
    <message>
        <source>commdesk cannot open the database file {db}: {reason}. Check that the folder exists and that you may write to it.</source>
        <translation>commdesk 无法打开数据库文件 {db}：{reason}。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。请检查地址、服务器是否在运行，以及用户名和密码。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Search old and new values, fields and notes…</source>
        <translation>搜索旧值、新值、字段和备注…</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>Showing the newest {n} entries; narrow the search to see older ones.</source>
        <translation>仅显示最新的 {n} 条记录；缩小搜索范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>warning overridden</source>
        <translation>忽略警告</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} 是一个文件夹；请为备份指定文件名。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a commdesk backup (not a SQLite file).</source>
        <translation>{path} 不是 commdesk 备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} 已损坏：{problem}</translation>
    </message>
    <message>
        <source>{path} is not a commdesk backup (no commdesk schema).</source>
        <translation>{path} 不是 commdesk 备份（不含 commdesk 数据库结构）。</translation>
    </message>
    <message>
        <source>The database is not empty; restoring would replace its content. Make a backup of it first, then run the restore again with --force.</source>
        <translation>数据库不为空，恢复将替换其中的内容。请先备份该数据库，然后使用 --force 重新执行恢复。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>commdesk backups (*.sqlite3)</source>
        <translation>commdesk 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <source>The backup was written to {path} ({rows} rows).</source>
        <translation>备份已写入 {path}（{rows} 行）。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The database server {db} needs a password and none is in the keyring; run commdesk once in a terminal to enter it.</source>
        <translation>数据库服务器 {db} 需要密码，但密钥环中没有保存密码；请在终端中运行一次 commdesk 以输入密码。</translation>
    </message>
    <message>
        <source>Password for {db}: </source>
        <translation>{db} 的密码：</translation>
    </message>
    <message>
        <source>commdesk: the communications office's desk. Without a command, opens the window.</source>
        <translation>commdesk：传播办公室工作台。不带命令运行时打开主窗口。</translation>
    </message>
    <message>
        <source>database file or URL (default: COMMDESK_DB, else the file in your data folder)</source>
        <translation>数据库文件或 URL（默认：COMMDESK_DB，未设置时使用数据文件夹中的文件）</translation>
    </message>
    <message>
        <source>language of messages and UI</source>
        <translation>消息和界面的语言</translation>
    </message>
    <message>
        <source>act as this person (name or e-mail); default: the first administrator</source>
        <translation>以此人员身份操作（姓名或邮箱）；默认：第一位管理员</translation>
    </message>
    <message>
        <source>verbose log and tracebacks</source>
        <translation>输出详细日志和回溯信息</translation>
    </message>
    <message>
        <source>interrupted; nothing more was written.</source>
        <translation>已中断；未再写入任何内容。</translation>
    </message>
    <message>
        <source>unexpected error: {error} (run again with --debug for details)</source>
        <translation>意外错误：{error}（使用 --debug 重新运行以查看详情）</translation>
    </message>
    <message>
        <source>database schema and health</source>
        <translation>数据库结构与健康状况</translation>
    </message>
    <message>
        <source>bring the schema up to date (backup first)</source>
        <translation>将数据库结构升级到最新版本（先自动备份）</translation>
    </message>
    <message>
        <source>integrity check and schema revision</source>
        <translation>完整性检查和数据库结构版本</translation>
    </message>
    <message>
        <source>Upgraded {db} to revision {rev}.</source>
        <translation>已将 {db} 升级到版本 {rev}。</translation>
    </message>
    <message>
        <source>Backup of the previous state: {path}</source>
        <translation>升级前状态的备份：{path}</translation>
    </message>
    <message>
        <source>{db} is up to date (revision {rev}).</source>
        <translation>{db} 已是最新（版本 {rev}）。</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation>数据库结构版本：{rev}</translation>
    </message>
    <message>
        <source>Schema is behind this commdesk ({heads}); run 'commdesk db upgrade'.</source>
        <translation>数据库结构落后于当前 commdesk 版本（{heads}）；请运行 'commdesk db upgrade'。</translation>
    </message>
    <message>
        <source>integrity check failed; restore the latest backup with 'commdesk restore FILE --force'.</source>
        <translation>完整性检查未通过；请使用 'commdesk restore FILE --force' 恢复最新备份。</translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <source>consistent online backup to FILE</source>
        <translation>在线生成一致性备份到 FILE</translation>
    </message>
    <message>
        <source>restore a backup (verified first)</source>
        <translation>恢复备份（先校验）</translation>
    </message>
    <message>
        <source>replace the content of a non-empty database</source>
        <translation>替换非空数据库中的内容</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>显示审计日志</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD) on</source>
        <translation>自此日期（YYYY-MM-DD）起</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>输出机器可读格式</translation>
    </message>
    <message>
        <source>write the log as a PDF</source>
        <translation>将日志导出为 PDF</translation>
    </message>
    <message>
        <source>create a new database at FILE full of sample data</source>
        <translation>在 FILE 处新建一个填满示例数据的数据库</translation>
    </message>
    <message>
        <source>Backup written to {path} ({rows} rows).</source>
        <translation>备份已写入 {path}（{rows} 行）。</translation>
    </message>
    <message>
        <source>Restored {path} into {db} ({rows} rows).</source>
        <translation>已将 {path} 恢复到 {db}（{rows} 行）。</translation>
    </message>
    <message>
        <source>'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>'{value}' 不是有效日期；请按 YYYY-MM-DD 格式填写，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>Audit log written to {path}.</source>
        <translation>审计日志已写入 {path}。</translation>
    </message>
    <message>
        <source>Demo database created at {path}:</source>
        <translation>演示数据库已创建于 {path}：</translation>
    </message>
    <message>
        <source>Open it with: commdesk --db {path}</source>
        <translation>打开方式：commdesk --db {path}</translation>
    </message>
    <message>
        <source>people who use commdesk and their roles</source>
        <translation>使用 commdesk 的人员及其角色</translation>
    </message>
    <message>
        <source>list people</source>
        <translation>列出人员</translation>
    </message>
    <message>
        <source>add a person (administrators)</source>
        <translation>添加人员（限管理员）</translation>
    </message>
    <message>
        <source>a role; repeat for several</source>
        <translation>角色；可重复指定多个</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Added {name} (id {id}).</source>
        <translation>已添加 {name}（ID {id}）。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation>他人已保存此记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Keep &amp;mine (replace the stored version)</source>
        <translation>保留我的版本(&amp;M)（替换已保存的版本）</translation>
    </message>
    <message>
        <source>Take &amp;theirs (discard my changes)</source>
        <translation>采用对方的版本(&amp;T)（放弃我的修改）</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} exists already; the demo only creates new databases. Choose another file name or delete that file first.</source>
        <translation>{path} 已存在；演示功能只会创建新数据库。请另选文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>{record} 的历史记录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation>切换人员(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;People and roles…</source>
        <translation>人员与角色(&amp;P)…</translation>
    </message>
    <message>
        <source>Organisation &amp;settings…</source>
        <translation>机构设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Communication &amp;procedure</source>
        <translation>沟通制度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About commdesk</source>
        <translation>关于 commdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <source>About commdesk</source>
        <translation>关于 commdesk</translation>
    </message>
    <message>
        <source>commdesk {version}

The desk of a communications office: media contacts, press releases and meetings, run according to the office's own communication procedure.</source>
        <translation>commdesk {version}

传播部门的工作台：媒体联系人、新闻稿与会议，按照本单位的沟通制度开展工作。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>只有管理员可以更改这些设置。</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>（无徽标）</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OrgSettingsForm</name>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>电话号码默认国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Working hours (IM-1):</source>
        <translation>工作时间(&amp;W)（IM-1）：</translation>
    </message>
    <message>
        <source>Procedure &amp;owner (AP-1):</source>
        <translation>制度负责人(&amp;O)（AP-1）：</translation>
    </message>
    <message>
        <source>Next yearly &amp;review (AP-2):</source>
        <translation>下次年度评审(&amp;R)（AP-2）：</translation>
    </message>
    <message>
        <source>&amp;About us (boilerplate):</source>
        <translation>关于我们(&amp;A)（机构简介标准段落）：</translation>
    </message>
    <message>
        <source>&amp;Media contact block:</source>
        <translation>媒体联络信息(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>传播专员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>maintains contact lists, people and settings</source>
        <translation>维护联系人名单、人员和设置</translation>
    </message>
    <message>
        <source>writes releases and plans meetings</source>
        <translation>撰写新闻稿、筹划会议</translation>
    </message>
    <message>
        <source>approves releases</source>
        <translation>审批新闻稿</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>请输入该人员的姓名。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: {reason}</source>
        <translation>邮箱地址无效：{reason}</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>请为该人员至少指定一个角色。</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>不存在 ID 为 {id} 的人员。</translation>
    </message>
    <message>
        <source>No active person is called '{name}'; 'commdesk people list' shows who exists.</source>
        <translation>没有名为“{name}”的在职人员；运行 'commdesk people list' 可查看现有人员。</translation>
    </message>
    <message>
        <source>A profile exists already; an administrator adds further people.</source>
        <translation>个人资料已存在；如需添加其他人员，请由管理员操作。</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>edit other people</source>
        <translation>编辑其他人员</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>Only an administrator can change roles.</source>
        <translation>只有管理员可以更改角色。</translation>
    </message>
    <message>
        <source>commdesk needs at least one active administrator; make someone else an administrator first.</source>
        <translation>commdesk 至少需要一位在职管理员；请先将其他人设为管理员。</translation>
    </message>
    <message>
        <source>That person no longer exists or is inactive.</source>
        <translation>该人员已不存在或已停用。</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not correct.</source>
        <translation>{name} 的口令不正确。</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and roles</source>
        <translation>人员与角色</translation>
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
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer be chosen when switching person; their history stays.</source>
        <translation>停用 {name}？停用后，切换人员时将无法再选择此人；其历史记录会保留。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Create your profile</source>
        <translation>创建个人资料</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>unchanged (a passphrase is set)</source>
        <translation>不变（已设置口令）</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>两次输入的口令不一致；请输入相同的口令两次。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Administrator: maintains contact lists, people and settings</source>
        <translation>管理员(&amp;A)：维护联系人名单、人员和设置</translation>
    </message>
    <message>
        <source>&amp;Officer: writes releases and plans meetings</source>
        <translation>传播专员(&amp;O)：撰写新闻稿、筹划会议</translation>
    </message>
    <message>
        <source>&amp;Reviewer: approves releases</source>
        <translation>审核人(&amp;R)：审批新闻稿</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>optional, for a shared office computer</source>
        <translation>可选，适用于办公室共用电脑</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ProcedureViewer</name>
    <message>
        <source>Communication procedure</source>
        <translation>沟通制度</translation>
    </message>
    <message>
        <source>Find in the procedure (Enter for next)…</source>
        <translation>在制度中查找（按 Enter 查找下一个）…</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>{name} may not {action}: this needs the role {roles}. Ask an administrator to grant it, or switch person.</source>
        <translation>{name} 无权{action}：此操作需要{roles}角色。请联系管理员授予该角色，或切换人员。</translation>
    </message>
    <message>
        <source>This {kind} was changed by someone else while you were editing it (your copy is version {mine}, the stored one version {theirs}). Choose which version to keep.</source>
        <translation>您在编辑此{kind}期间，他人已对其进行了修改（您的副本为版本 {mine}，已保存的为版本 {theirs}）。请选择要保留的版本。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>'{code}' is not a country code commdesk knows; use two letters such as CN, HK, US or DE.</source>
        <translation>“{code}”不是 commdesk 能识别的国家/地区代码；请使用两个字母的代码，例如 CN、HK、US 或 DE。</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>工作时间的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>徽标大于 2 MB；请使用较小的图片。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>徽标必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>change organisation settings</source>
        <translation>更改机构设置</translation>
    </message>
</context>
<context>
    <name>SwitchPersonDialog</name>
    <message>
        <source>Switch person</source>
        <translation>切换人员</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;H)：</translation>
    </message>
    <message>
        <source>no passphrase set</source>
        <translation>未设置口令</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to commdesk</source>
        <translation>欢迎使用 commdesk</translation>
    </message>
    <message>
        <source>commdesk keeps your office's media contacts, press releases and meetings, and checks them against your communication procedure.

Create your profile to start with an empty desk: you become its first administrator. Or look around a demo desk full of sample contacts, releases and meetings first; your own desk stays untouched.</source>
        <translation>commdesk 管理本部门的媒体联系人、新闻稿和会议，并按照您的沟通制度进行检查。

创建个人资料即可从空白工作台开始，您将成为第一位管理员。也可以先浏览一个包含示例联系人、新闻稿和会议的演示工作台，您自己的工作台不会受到影响。</translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation>创建我的资料(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>浏览演示(&amp;E)</translation>
    </message>
</context>
<context>
    <name>org</name>
    <message>
        <source>Your organisation</source>
        <translation>您的机构</translation>
    </message>
</context>
</TS>
