<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>--db is empty: give a database file or URL, or leave --db out to use the default database.</source>
        <translation>--db 为空：请给出数据库文件或网址；如要使用默认数据库，请不要写 --db。</translation>
    </message>
    <message>
        <source>--as needs the name or e-mail address of a person; 'commdesk people list' shows who exists.</source>
        <translation>--as 需要填写人员的姓名或电子邮件地址；可用“commdesk people list”查看有哪些人员。</translation>
    </message>
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
        <source>In the demo, everyone's passphrase is: {passphrase}</source>
        <translation>演示数据中，每个人的口令都是：{passphrase}</translation>
    </message>
    <message>
        <source>Cannot sign in as {name}</source>
        <translation>无法以 {name} 的身份登录</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>切换人员</translation>
    </message>
    <message>
        <source>On this server database you are {name}, signed in with your server login {login}. To work as someone else, start commdesk with their login.</source>
        <translation>在此服务器数据库上，您是{name}（以服务器登录名 {login} 登录）。要以其他人的身份工作，请用其登录名启动 commdesk。</translation>
    </message>
    <message>
        <source>Database upgraded; the previous state was saved to {path}</source>
        <translation>数据库已升级；升级前的状态已保存到 {path}</translation>
    </message>
    <message>
        <source>{db} is damaged (SQLite cannot read it): restore a backup into a new file with 'commdesk --db NEW-FILE restore BACKUP' and work with that one; keep the damaged file as it is.</source>
        <extracomment>the server could not be reached and its offline snapshot on this computer was opened instead</extracomment>
        <translation>{db} 已损坏（SQLite 无法读取）：请用 'commdesk --db NEW-FILE restore BACKUP' 将备份恢复到一个新文件并改用该文件；损坏的文件请原样保留。</translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (not a SQLite file); check the file given with --db.</source>
        <translation>{db} 不是 commdesk 数据库（不是 SQLite 文件）；请检查 --db 指定的文件。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the network and that the server runs. Working offline needs one connection first: commdesk then keeps a copy of your coming meetings on this computer.</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。请检查网络以及服务器是否在运行。离线工作需要先成功连接一次：之后 commdesk 会在这台电脑上保存您近期会议的副本。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. This computer has an offline copy taken {when} UTC: add --offline-ok to work on it (minutes and planning a meeting; the rest waits for the server).</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。这台电脑上有一份 {when} UTC 保存的离线副本：加上 --offline-ok 即可在其上工作（可记录纪要和安排会议；其余操作需等服务器恢复）。</translation>
    </message>
    <message>
        <source>The database {db} is read-only and needs an upgrade to this commdesk's schema first; open a copy you may write to, or ask its owner to make it writable.</source>
        <translation>数据库 {db} 是只读的，且需要先升级到本版 commdesk 的结构；请打开一个您有写权限的副本，或请其所有者将其设为可写。</translation>
    </message>
    <message>
        <source>The database server {db} did not accept the password (or wants one and none was given): {reason}. Check the user name and password.</source>
        <translation>数据库服务器 {db} 未接受密码（或需要密码但未提供）：{reason}。请检查用户名和密码。</translation>
    </message>
    <message>
        <source>commdesk cannot open the database file {db}: {reason}. Check that the folder exists and that you may write to it.</source>
        <translation>commdesk 无法打开数据库文件 {db}：{reason}。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the network and that the server runs.</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。请检查网络以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。请检查地址、服务器是否在运行，以及用户名和密码。</translation>
    </message>
    <message>
        <source>The database {db} needs an upgrade to this commdesk's version, which only its owner login may make: ask an administrator to run 'commdesk db upgrade' as the owner, or use the commdesk version the office uses until then.</source>
        <translation>数据库 {db} 需要升级到此 commdesk 版本，而只有其所有者登录名可以升级：请管理员以所有者身份运行 'commdesk db upgrade'，或在此之前继续使用办公室所用的 commdesk 版本。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>默认国家/地区</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>工作日开始时间</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>工作日结束时间</translation>
    </message>
    <message>
        <source>Procedure owner</source>
        <translation>规程负责人</translation>
    </message>
    <message>
        <source>Next procedure review</source>
        <translation>下次规程审视</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>机构简介（稿尾）</translation>
    </message>
    <message>
        <source>Media contact</source>
        <translation>媒体联系人</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Note-taker may approve own minutes</source>
        <translation>记录人可批准自己记录的纪要</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <source>Mail security</source>
        <translation>邮件安全方式</translation>
    </message>
    <message>
        <source>Mail user name</source>
        <translation>邮件用户名</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <source>Mail signature</source>
        <translation>邮件签名</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>每分钟发送上限</translation>
    </message>
    <message>
        <source>Mail server's CA certificate</source>
        <translation>邮件服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Audit log's last entry (record)</source>
        <translation>审计日志最后一条（登记）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>none (unencrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>（图片）</translation>
    </message>
    <message>
        <source>{entity}: {setting}</source>
        <translation>{entity}：{setting}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>(nothing set)</source>
        <translation>（未设置条件）</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <source>the log ends at entry {end}, but this computer saw it reach entry {seen}: the newest {n} entries were deleted</source>
        <translation>日志止于第 {end} 条，但本机曾见到它到达第 {seen} 条：最新的 {n} 条记录已被删除</translation>
    </message>
    <message>
        <source>entry {seen} is not the one this computer saw there: the log was cut back and written again from there or before</source>
        <translation>第 {seen} 条已不是本机当时见到的那一条：日志在此处或更早处被截断后重写</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem}.</source>
        <translation>审计日志已被篡改：{problem}。</translation>
    </message>
    <message>
        <source>The chain is intact up to entry {n} ({erased} with erased personal data).</source>
        <translation>哈希链直到第 {n} 条均完好（其中 {erased} 条的个人数据已删除）。</translation>
    </message>
    <message>
        <source>The database holds no record of its last entry yet (it is kept from the next change on), so a cut of the newest entries could not be checked against it.</source>
        <translation>数据库中尚无其最后一条记录的登记（从下一次更改起开始保存），因此无法据此核对最新记录是否被截掉。</translation>
    </message>
    <message>
        <source>The database's record of its last entry agrees: entry {n}.</source>
        <translation>数据库对其最后一条记录的登记与日志一致：第 {n} 条。</translation>
    </message>
    <message>
        <source>The log was restored from a backup (entry {n}, {at}) after this computer last saw it at entry {seen}.</source>
        <translation>本机上次见到日志时为第 {seen} 条，此后日志已从备份恢复（第 {n} 条，{at}）。</translation>
    </message>
    <message>
        <source>This computer had not verified or opened this database before, so it has no head of its own to compare with; it remembers this one from now on.</source>
        <translation>本机此前从未校验或打开过此数据库，因此没有本机记下的日志末端可供比对；从现在起本机会记住当前的末端。</translation>
    </message>
    <message>
        <source>This computer had not verified or opened this database before, so it has no head of its own to compare with.</source>
        <translation>本机此前从未校验或打开过此数据库，因此没有本机记下的日志末端可供比对。</translation>
    </message>
    <message>
        <source>The last head this computer saw was entry {n} ({at}){agree}.</source>
        <translation>本机上次见到的日志末端为第 {n} 条（{at}）{agree}。</translation>
    </message>
    <message>
        <source>; the log reaches it</source>
        <translation>；日志完整到达该处</translation>
    </message>
    <message>
        <source>Audit log intact</source>
        <translation>审计日志完好</translation>
    </message>
    <message>
        <source>Audit log tampered with</source>
        <translation>审计日志已被篡改</translation>
    </message>
    <message>
        <source>entry {id} ({at}, {actor}: {action} {entity} #{entity_id})</source>
        <extracomment>PostgreSQL advisory lock that serialises sealing (any fixed number; "cdaudit1"). ``conn.info`` key: (txn, the chain's head before that transaction's first seal) when a transaction sealed ahead (``ChainTail``), so the head watchers learn where its seals began Entries sealed per batch (a bulk import writes a million entries in one transaction). Execution option of the statement that records the chain's head in ``settings``: what changed is the audit log's end (announced with ``audit_log``), not the organisation's settings, which desks keep while nobody changes them (``ServiceContext.cached``).</extracomment>
        <translation>第 {id} 条（{at}，{actor}：{action} {entity} #{entity_id}）</translation>
    </message>
    <message>
        <source>{entry} was added outside commdesk (it has no place in the chain)</source>
        <translation>{entry} 是在 commdesk 之外添加的（不在记录链中）</translation>
    </message>
    <message>
        <source>{n} entries before {entry} were deleted</source>
        <translation>{entry} 之前的 {n} 条记录已被删除</translation>
    </message>
    <message>
        <source>{entry} repeats a place in the chain (copied or re-numbered)</source>
        <translation>{entry} 在记录链中重复出现（被复制或重新编号）</translation>
    </message>
    <message>
        <source>{entry} was changed after it was written (its old or new value or note)</source>
        <translation>{entry} 在写入后被改动过（原值、新值或说明）</translation>
    </message>
    <message>
        <source>{entry} was changed after it was written (its time, person, record or action), or an entry before it was</source>
        <translation>{entry} 在写入后被改动过（时间、人员、记录或操作），或其之前的某条记录被改动过</translation>
    </message>
    <message>
        <source>the database's record of the log's last entry was edited by hand</source>
        <translation>数据库对日志最后一条记录的登记被人手工修改过</translation>
    </message>
    <message>
        <source>the newest {n} entries were deleted: the log ends at entry {end}, but the database recorded {recorded} entries</source>
        <translation>最新的 {n} 条记录已被删除：日志止于第 {end} 条，但数据库登记的是 {recorded} 条</translation>
    </message>
    <message>
        <source>the log from entry {n} on is not the one commdesk wrote (it differs from the database's record of its last entry)</source>
        <translation>从第 {n} 条起的日志不是 commdesk 写入的那一份（与数据库对其最后一条记录的登记不符）</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Search old and new values, fields and notes…</source>
        <translation>搜索旧值、新值、字段和备注…</translation>
    </message>
    <message>
        <source>Ve&amp;rify the log…</source>
        <translation>核验日志(&amp;R)…</translation>
    </message>
    <message>
        <source>Check that no entry was deleted, added or changed since it was written (each entry carries a hash of the one before).</source>
        <translation>检查自写入以来是否有条目被删除、添加或修改（每条记录都带有前一条的哈希值）。</translation>
    </message>
    <message>
        <source>Since ({zone}):</source>
        <translation>起始日期（{zone}）：</translation>
    </message>
    <message>
        <source>Showing the newest {n} entries; narrow the search to see older ones.</source>
        <translation>仅显示最新的 {n} 条记录；缩小搜索范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>正在核验审计日志…</translation>
    </message>
    <message>
        <source>Tell the administrator; a backup made before the change holds the original log.</source>
        <translation>请告知管理员；在更改之前制作的备份中保存着原始日志。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
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
        <source>Times in {zone}</source>
        <translation>时间按 {zone} 显示</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
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
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The database is not empty; restoring would replace its content. Make a backup of it first, then run the restore again with --force.</source>
        <translation>数据库不为空，恢复将替换其中的内容。请先备份该数据库，然后使用 --force 重新执行恢复。</translation>
    </message>
    <message>
        <source>{path} was not restored: its audit log was altered after it was written ({problem}). Use a backup nobody has edited.</source>
        <translation>未恢复 {path}：其审计日志在写入后被改动过（{problem}）。请使用未经任何人修改的备份。</translation>
    </message>
    <message>
        <source>{path} was not restored: its audit log differs from this database's from entry {n} on, so it is not an earlier state of this database, or its log was rewritten. To look at it, restore it into a new file: commdesk --db NEW-FILE restore {path}</source>
        <translation>未恢复 {path}：它的审计日志从第 {n} 条起与本数据库的不一致，说明它不是本数据库以前的状态，或者日志被改写过。如需查看，请恢复到一个新文件：commdesk --db 新文件 restore {path}</translation>
    </message>
    <message>
        <source>restored {file} (SHA-256 {sha}); replaced a log of {entries} entries ending in {tail}</source>
        <translation>已恢复 {file}（SHA-256 {sha}）；替换了共 {entries} 条、末尾为 {tail} 的日志</translation>
    </message>
    <message>
        <source>the replaced log had been tampered with: {problem}</source>
        <translation>被替换的日志曾遭篡改：{problem}</translation>
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
        <source>Only an administrator may back up the database: a backup holds every contact and the whole audit log. Ask an administrator, or switch person.</source>
        <translation>只有管理员可以备份数据库：备份包含全部联系人和完整的审计日志。请联系管理员，或切换人员。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>--db is empty: give a database file or URL, or leave --db out to use the default database.</source>
        <translation>--db 为空：请给出数据库文件或网址；如要使用默认数据库，请不要写 --db。</translation>
    </message>
    <message>
        <source>--as needs the name or e-mail address of a person; 'commdesk people list' shows who exists.</source>
        <translation>--as 需要填写人员的姓名或电子邮件地址；可用“commdesk people list”查看有哪些人员。</translation>
    </message>
    <message>
        <source>The database server {db} needs a password and none is in the keyring; run commdesk once in a terminal to enter it.</source>
        <translation>数据库服务器 {db} 需要密码，但密钥环中没有保存密码；请在终端中运行一次 commdesk 以输入密码。</translation>
    </message>
    <message>
        <source>Password for {db}: </source>
        <translation>{db} 的密码：</translation>
    </message>
    <message>
        <source>{name}, the person remembered on this computer, has a passphrase: type it in a terminal, give it with --passphrase-stdin, or say who you are with --as NAME.</source>
        <translation>{name}（本机记住的人员）设有口令：请在终端中输入，或用 --passphrase-stdin 提供，或用 --as 姓名 说明您是谁。</translation>
    </message>
    <message>
        <source>, … ('commdesk people list' shows everyone)</source>
        <translation>，……（“commdesk people list”列出所有人员）</translation>
    </message>
    <message>
        <source>say who you are with --as NAME; people: {people}</source>
        <translation>请用 --as 姓名 说明您是谁；人员：{people}</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>{name} 的口令：</translation>
    </message>
    <message>
        <source>the server cannot be reached; working on this computer's offline copy taken {when} UTC (minutes and planning a meeting are kept and sent later; the rest waits for the server).</source>
        <translation>无法连接服务器；正在使用这台电脑上 {when} UTC 保存的离线副本工作（纪要和会议安排会先保存，稍后发送；其余操作需等服务器恢复）。</translation>
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
        <source>act as this person (name or e-mail; their passphrase is asked, or read from the keyring if they chose to remember it on this computer); default: the person remembered on this computer for this database (the last one signed in to the window here, or set with 'people remember')</source>
        <translation>以此人身份操作（姓名或电子邮箱；会要求输入其口令，如此人选择了在本机记住口令，则从密钥环读取）；默认：本机为此数据库记住的人员（最近一次在本机窗口中登录的人，或用“people remember”设定的人）</translation>
    </message>
    <message>
        <source>read the passphrase of the --as person from the first line of standard input (scripts)</source>
        <translation>从标准输入的第一行读取 --as 所指人员的口令（供脚本使用）</translation>
    </message>
    <message>
        <source>when the database server cannot be reached, work on this computer's offline copy of it (minutes and planning a meeting are kept and sent later with 'offline sync')</source>
        <translation>无法连接数据库服务器时，在这台电脑上的离线副本上工作（纪要和会议安排会先保存，稍后用 'offline sync' 发送）</translation>
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
        <source>database schema and health: upgrade, check, repair; copy a database</source>
        <translation>数据库结构与健康：升级、检查、修复；复制数据库</translation>
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
        <source>rebuild what can be rebuilt: the contacts search index, indexes and triggers</source>
        <translation>重建可以重建的部分：联系人搜索索引、索引和触发器</translation>
    </message>
    <message>
        <source>copy a whole database into an empty one: a desk's file onto a server, or a server into a new file</source>
        <translation>把整个数据库复制到一个空数据库：把单机文件复制到服务器，或把服务器复制到新文件</translation>
    </message>
    <message>
        <source>Copy every row of SOURCE into TARGET, all or nothing, and compare the rows of every table (the audit log row for row, its hash chain verified on TARGET). TARGET is an empty PostgreSQL database or a file that does not exist yet. Passwords: leave them out of the URLs; commdesk asks for them and keeps them in the keyring.</source>
        <translation>把 SOURCE 的每一行复制到 TARGET，要么全部完成，要么什么都不写，并比对每张表的行数（审计日志逐行复制，并在 TARGET 上校验其哈希链）。TARGET 是一个空的 PostgreSQL 数据库，或一个尚不存在的文件。密码：不要写进 URL；commdesk 会询问密码并保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>database file or URL to copy</source>
        <translation>要复制的数据库文件或 URL</translation>
    </message>
    <message>
        <source>empty server database URL, or a new file</source>
        <translation>空的服务器数据库 URL，或一个新文件</translation>
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
        <source>the audit log was tampered with: {problem}. Restore a backup made before the change, or keep this database as evidence.</source>
        <translation>审计日志已被篡改：{problem}。请恢复改动之前的备份，或将此数据库留作证据。</translation>
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
        <source>integrity check failed; see above for what to do.</source>
        <translation>完整性检查未通过；处理办法见上文。</translation>
    </message>
    <message>
        <source>the database file is damaged, which a repair cannot mend; restore the latest backup with 'commdesk restore FILE --force'.</source>
        <translation>数据库文件已损坏，修复无法解决；请用 'commdesk restore FILE --force' 恢复最近的备份。</translation>
    </message>
    <message>
        <source>Made again: {name}</source>
        <translation>已重新创建：{name}</translation>
    </message>
    <message>
        <source>Removed (not part of commdesk): {name}</source>
        <translation>已移除（不属于 commdesk）：{name}</translation>
    </message>
    <message>
        <source>Search index rebuilt for {n} contacts.</source>
        <translation>已为 {n} 位联系人重建搜索索引。</translation>
    </message>
    <message>
        <source>Search index rebuilt for {n} cases.</source>
        <translation>已为 {n} 个案件重建搜索索引。</translation>
    </message>
    <message>
        <source>'db copy' takes the two databases as its arguments (SOURCE TARGET); leave out --db.</source>
        <translation>“db copy”的两个数据库由参数给出（SOURCE TARGET）；请去掉 --db。</translation>
    </message>
    <message>
        <source>Copied {source} into {target}.</source>
        <translation>已把 {source} 复制到 {target}。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>made again for the target's search</source>
        <translation>已为目标数据库的搜索重新生成</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Audit log: {n} entries copied; their hash chain verifies on the target.</source>
        <translation>审计日志：已复制 {n} 条记录；其哈希链在目标数据库上校验通过。</translation>
    </message>
    <message>
        <source>Search index made for {n} contacts. Schema revision: {rev}</source>
        <translation>已为 {n} 位联系人建立搜索索引。结构版本：{rev}</translation>
    </message>
    <message>
        <source>making the search index of {total} contacts…</source>
        <translation>正在为 {total} 位联系人建立搜索索引…</translation>
    </message>
    <message>
        <source>verifying the hash chain of {total} audit entries…</source>
        <translation>正在校验 {total} 条审计记录的哈希链…</translation>
    </message>
    <message>
        <source>copying {table}: {done} of {total} rows</source>
        <translation>正在复制 {table}：{done} / {total} 行</translation>
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
        <source>check that no entry was deleted, added or changed (the log's hash chain)</source>
        <translation>检查是否有条目被删除、添加或修改（日志的哈希链）</translation>
    </message>
    <message>
        <source>show the audit log (--json, --pdf), or check it (--verify)</source>
        <translation>显示审计日志（--json、--pdf），或校验它（--verify）</translation>
    </message>
    <message>
        <source>create a new database at FILE full of sample data (everyone's passphrase: demo)</source>
        <translation>在 FILE 处新建一个装满示例数据的数据库（每个人的口令：demo）</translation>
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
        <source>Times in {zone}.</source>
        <translation>时间均为 {zone}。</translation>
    </message>
    <message>
        <source>the audit log was tampered with: {problem}. The chain is intact up to entry {n}.</source>
        <translation>审计日志已被篡改：{problem}。哈希链直到第 {n} 条均完好。</translation>
    </message>
    <message>
        <source>Demo database created at {path}:</source>
        <translation>演示数据库已创建于 {path}：</translation>
    </message>
    <message>
        <source>Everyone's passphrase is: {passphrase}</source>
        <translation>每个人的口令都是：{passphrase}</translation>
    </message>
    <message>
        <source>Open it with: commdesk --db {path}</source>
        <translation>打开方式：commdesk --db {path}</translation>
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
        <source>people who use commdesk and their roles: list, add, passphrase, whoami, remember, forget</source>
        <translation>使用 commdesk 的人员及其角色：list、add、passphrase、whoami、remember、forget</translation>
    </message>
    <message>
        <source>read the new person's passphrase from standard input (after the acting person's, when --passphrase-stdin is given too); in a terminal it is asked without echo. On a computer others use, everyone who can approve anything needs one.</source>
        <translation>从标准输入读取新人员的口令（如同时给出 --passphrase-stdin，则在操作人的口令之后读取）；在终端中会不回显地询问。在多人共用的电脑上，凡是能审批任何内容的人都需要口令。</translation>
    </message>
    <message>
        <source>set or change the passphrase of the acting person, or of NAME (administrators), which switching person asks for</source>
        <translation>设置或更改操作人（或 NAME，限管理员）的口令；切换人员时会要求输入</translation>
    </message>
    <message>
        <source>whose passphrase (name or e-mail); yours if left out</source>
        <translation>谁的口令（姓名或电子邮箱）；省略则为您自己的</translation>
    </message>
    <message>
        <source>read the new passphrase from standard input (after the acting person's, when --passphrase-stdin is given too); in a terminal it is asked twice without echo</source>
        <translation>从标准输入读取新口令（如同时给出 --passphrase-stdin，则在操作人的口令之后读取）；在终端中会不回显地询问两次</translation>
    </message>
    <message>
        <source>remove the passphrase (refused for someone who can approve while others use this computer)</source>
        <translation>删除口令（有审批权的人在他人也使用这台电脑时不能删除）</translation>
    </message>
    <message>
        <source>remember the --as person on this computer for this database: commands without --as act as them (as after signing in to the window)</source>
        <translation>在本机为此数据库记住 --as 所指的人员：不带 --as 的命令将以此人身份操作（与在窗口中登录后相同）</translation>
    </message>
    <message>
        <source>also keep their passphrase in the operating system's keyring, so it is not asked on this computer (as 'Remember on this computer' in the window); without it, a kept one is forgotten</source>
        <translation>同时将其口令保存在操作系统的密钥环中，在本机不再询问（相当于窗口中的“在本机记住”）；不加此选项时，已保存的口令会被删除</translation>
    </message>
    <message>
        <source>who commands act as here: the --as person, the remembered one, or your server login's</source>
        <translation>命令在此以谁的身份执行：--as 指定的人、本机记住的人，或您服务器登录名对应的人</translation>
    </message>
    <message>
        <source>remember no one on this computer for this database, nor a kept passphrase</source>
        <translation>本机不再为此数据库记住任何人员，也不再保存口令</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>{name} can approve {what}, and on a computer others use everyone who can approve needs a passphrase: give it on standard input with --new-passphrase-stdin (or run the command in a terminal to be asked).</source>
        <translation>{name} 可以审批{what}，而在多人共用的电脑上，凡是有审批权的人都需要口令：请用 --new-passphrase-stdin 从标准输入提供（或在终端中运行此命令，届时会询问）。</translation>
    </message>
    <message>
        <source>Added {name} (id {id}).</source>
        <translation>已添加 {name}（ID {id}）。</translation>
    </message>
    <message>
        <source>say who you are with --as NAME.</source>
        <translation>请用 --as 姓名 说明您是谁。</translation>
    </message>
    <message>
        <source>{name} has no passphrase any more.</source>
        <translation>{name} 已不再设有口令。</translation>
    </message>
    <message>
        <source>give the new passphrase on standard input with --new-passphrase-stdin (or run the command in a terminal to be asked).</source>
        <translation>请用 --new-passphrase-stdin 从标准输入提供新口令（或在终端中运行此命令，届时会询问）。</translation>
    </message>
    <message>
        <source>The passphrase is empty; nothing was changed.</source>
        <translation>口令为空；未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase of {name} is set.</source>
        <translation>{name} 的口令已设置。</translation>
    </message>
    <message>
        <source>say whom to remember with --as NAME (their passphrase is checked first).</source>
        <translation>请用 --as 姓名 指定要记住的人员（会先核对其口令）。</translation>
    </message>
    <message>
        <source>{name} is remembered on this computer for this database; commands without --as act as them.</source>
        <translation>本机已为此数据库记住 {name}；不带 --as 的命令将以此人身份操作。</translation>
    </message>
    <message>
        <source>this computer has no keyring to keep the passphrase in; it is asked each time.</source>
        <translation>本机没有可保存口令的密钥环；每次都会询问口令。</translation>
    </message>
    <message>
        <source>Their passphrase is kept in this computer's keyring.</source>
        <translation>其口令已保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>No one was remembered on this computer for this database.</source>
        <translation>本机没有为此数据库记住任何人员。</translation>
    </message>
    <message>
        <source>{name} is no longer remembered on this computer.</source>
        <translation>本机不再记住 {name}。</translation>
    </message>
    <message>
        <source>no one: say who you are with --as NAME</source>
        <translation>无人：请用 --as 姓名 说明您是谁</translation>
    </message>
    <message>
        <source>(server login {login})</source>
        <translation>（服务器登录名 {login}）</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输入一次同一口令：</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number; give a number of 1 or more.</source>
        <translation>“{value}”不是整数；请给出 1 或更大的数。</translation>
    </message>
    <message>
        <source>{value} is too small; give a number of 1 or more.</source>
        <translation>{value} 太小；请给出 1 或更大的数。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This record was changed on another desk while you were saving it; nothing of yours was saved. Reload it to see the stored version, then make your change again.</source>
        <translation>您保存时，这条记录已在另一台电脑上被修改；您的更改没有保存。请重新载入查看已保存的版本，然后再做一次修改。</translation>
    </message>
    <message>
        <source>&amp;Reload the stored version</source>
        <translation>重新载入已保存的版本(&amp;R)</translation>
    </message>
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
    <name>Contacts</name>
    <message>
        <source>{other} merged into {keep}</source>
        <translation>{other} 已合并到 {keep}</translation>
    </message>
    <message>
        <source>{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected</source>
        <translation>将新建 {created}，将更新 {updated}，未变 {unchanged}，拒绝 {rejected} 行</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>table</source>
        <extracomment>Objects that are made from other data: a problem with one of them is fixed by ``db repair``.</extracomment>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>run 'commdesk db repair'</source>
        <translation>请运行 'commdesk db repair'</translation>
    </message>
    <message>
        <source>restore the latest backup with 'commdesk restore FILE --force'</source>
        <translation>请用 'commdesk restore FILE --force' 恢复最近的备份</translation>
    </message>
    <message>
        <source>{object} is missing (schema revision {rev}); {fix}.</source>
        <translation>缺少{object}（数据库结构版本 {rev}）；{fix}。</translation>
    </message>
    <message>
        <source>{object} differs from schema revision {rev}; {fix}.</source>
        <translation>{object}与数据库结构版本 {rev} 不一致；{fix}。</translation>
    </message>
    <message>
        <source>{object} is not part of commdesk (schema revision {rev}); run 'commdesk db repair' to remove it.</source>
        <translation>{object}不属于 commdesk（数据库结构版本 {rev}）；请运行 'commdesk db repair' 将其移除。</translation>
    </message>
    <message>
        <source>table {name} is missing; restore the latest backup with 'commdesk restore FILE --force'.</source>
        <translation>缺少表 {name}；请用 'commdesk restore FILE --force' 恢复最近的备份。</translation>
    </message>
    <message>
        <source>column {table}.{name} is missing; restore the latest backup with 'commdesk restore FILE --force'.</source>
        <translation>缺少列 {table}.{name}；请用 'commdesk restore FILE --force' 恢复最近的备份。</translation>
    </message>
    <message>
        <source>index {name} is missing; run 'commdesk db repair'.</source>
        <translation>缺少索引 {name}；请运行 'commdesk db repair'。</translation>
    </message>
    <message>
        <source>the audit log was tampered with: {problem}; the {n} entries before it are intact. Restore a backup made before the change, or keep this database as evidence.</source>
        <translation>审计日志已被篡改：{problem}；在此之前的 {n} 条记录完好。请恢复改动之前的备份，或将此数据库留作证据。</translation>
    </message>
    <message>
        <source>Another commdesk is writing to the database; retrying…</source>
        <extracomment>How long one SQLite statement waits for another writer before it is retried (milliseconds). How long a statement keeps retrying before it gives up with a clear error (seconds).</extracomment>
        <translation>另一个 commdesk 正在写入数据库，正在重试…</translation>
    </message>
    <message>
        <source>Another commdesk saved changes while this one was working; nothing was saved. Try again.</source>
        <translation>在本次操作期间，另一个 commdesk 保存了更改；本次未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The database stayed locked by another commdesk for {seconds} seconds; nothing was saved. Try again when the other commdesk has finished (a long import, a restore).</source>
        <translation>数据库被另一个 commdesk 锁定了 {seconds} 秒；未保存任何内容。请等另一个 commdesk 完成工作（如长时间的导入或恢复）后再试。</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be saved; open a copy you may write to, or ask its owner to make it writable.</source>
        <extracomment>Listener of a context: called with the names of the tables a commit changed.</extracomment>
        <translation>数据库以只读方式打开，无法保存任何内容；请打开一个您有写权限的副本，或请其所有者将其设为可写。</translation>
    </message>
    <message>
        <source>The database server cannot be reached; nothing was saved. What you typed is still here: save again once the server answers (commdesk keeps trying).</source>
        <translation>无法连接数据库服务器；未保存任何内容。您输入的内容仍在此处：服务器恢复响应后请再次保存（commdesk 会持续重试）。</translation>
    </message>
    <message>
        <source>your login has no right to this</source>
        <translation>您的登录名无权执行此操作</translation>
    </message>
    <message>
        <source>The database server refused this for your login ({rule}); nothing was saved. An administrator decides who may do what.</source>
        <translation>数据库服务器拒绝了您的登录名执行此操作（{rule}）；未保存任何内容。谁可以做什么由管理员决定。</translation>
    </message>
    <message>
        <source>A value is longer than the database allows (at most {n} characters); shorten it and save again.</source>
        <translation>有一项内容超出了数据库允许的长度（最多 {n} 个字符）；请缩短后重新保存。</translation>
    </message>
    <message>
        <source>The database file is damaged ({kind}), so commdesk cannot read it; restore the latest backup into a new file with 'commdesk --db NEW-FILE restore BACKUP'.</source>
        <translation>数据库文件已损坏（{kind}），commdesk 无法读取；请用 'commdesk --db NEW-FILE restore BACKUP' 将最近的备份恢复到一个新文件。</translation>
    </message>
    <message>
        <source>The database reported an error ({kind}); nothing was saved. If this happens again, run 'commdesk db check'.</source>
        <translation>数据库报告了错误（{kind}）；未保存任何内容。如果再次发生，请运行 'commdesk db check'。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database {path}. Check the path given with --db (or COMMDESK_DB), or create the folder first.</source>
        <translation>文件夹 {folder} 不存在，因此没有数据库 {path}。请检查 --db（或 COMMDESK_DB）给出的路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, this one has {n}. Shorten it and save again.</source>
        <translation>{field}过长：最多 {max} 个字符，当前为 {n} 个。请缩短后重新保存。</translation>
    </message>
    <message>
        <source>The schema upgrade was undone: it would have left rows of {tables} referring to rows that do not exist. The database is as it was; report this to commdesk's makers.</source>
        <translation>数据库结构升级已撤销：升级后 {tables} 中会有记录指向不存在的记录。数据库保持原样；请将此情况报告给 commdesk 的开发者。</translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (no commdesk schema), so there is nothing to copy; check the source you named.</source>
        <translation>{db} 不是 commdesk 数据库（没有 commdesk 的结构），没有可复制的内容；请检查所给的源数据库。</translation>
    </message>
    <message>
        <source>{db} was written by a newer commdesk than this one; copy it with that commdesk, or update this one first.</source>
        <translation>{db} 由更新版本的 commdesk 写入；请用那个版本复制，或先更新本 commdesk。</translation>
    </message>
    <message>
        <source>{db} has an older schema than this commdesk; upgrade it first with 'commdesk --db {db} db upgrade' (or open it once with this commdesk), then copy it.</source>
        <translation>{db} 的结构比本 commdesk 旧；请先用“commdesk --db {db} db upgrade”升级（或用本 commdesk 打开一次），再复制。</translation>
    </message>
    <message>
        <source>{db} is damaged, so it was not copied; run 'commdesk --db {db} db check' to see what is wrong, and copy a restored backup instead.</source>
        <translation>{db} 已损坏，因此未复制；请运行“commdesk --db {db} db check”查看问题，并改为复制一个恢复出来的备份。</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 以及另外 {n} 项</translation>
    </message>
    <message>
        <source>{db} is not empty: it holds tables that are not commdesk's ({tables}); copy into a new, empty database.</source>
        <translation>{db} 不是空的：其中有不属于 commdesk 的表（{tables}）；请复制到一个新的空数据库。</translation>
    </message>
    <message>
        <source>{db} holds the schema of a newer commdesk; copy into a new, empty database.</source>
        <translation>{db} 中是更新版本 commdesk 的结构；请复制到一个新的空数据库。</translation>
    </message>
    <message>
        <source>{db} is not empty: it holds {tables}; copy into a new, empty database (nothing was written).</source>
        <translation>{db} 不是空的：其中有 {tables}；请复制到一个新的空数据库（未写入任何内容）。</translation>
    </message>
    <message>
        <source>Nothing was copied: this login may not create tables in {db}. Ask the server's administrator to create the database with this login as its OWNER.</source>
        <translation>未复制任何内容：此登录名无权在 {db} 中建表。请让服务器管理员以此登录名作为所有者（OWNER）创建该数据库。</translation>
    </message>
    <message>
        <source>Nothing was copied: the target refused rows of {table} ({kind}); run 'commdesk --db {db} db check', and report this to commdesk's makers if it finds nothing.</source>
        <translation>未复制任何内容：目标数据库拒绝了 {table} 的数据（{kind}）；请运行“commdesk --db {db} db check”，如果检查没有发现问题，请把此问题报告给 commdesk 的开发者。</translation>
    </message>
    <message>
        <source>Nothing was copied: {table}.{column} of row {id} is {length} characters long, more than the server allows ({n}); shorten it in the source and copy again.</source>
        <translation>未复制任何内容：第 {id} 行的 {table}.{column} 长 {length} 个字符，超过服务器允许的长度（{n}）；请在源数据库中缩短后重新复制。</translation>
    </message>
    <message>
        <source>Nothing was copied: {table}.{column} of row {id} holds a NUL character, which the server does not store; remove it in the source and copy again.</source>
        <translation>未复制任何内容：第 {id} 行的 {table}.{column} 含有服务器无法保存的 NUL 字符；请在源数据库中删除后重新复制。</translation>
    </message>
    <message>
        <source>Nothing was copied: the audit log of {db} was tampered with ({problem}); run 'commdesk --db {db} audit --verify', and copy a backup made before the change.</source>
        <translation>未复制任何内容：{db} 的审计日志被篡改过（{problem}）；请运行“commdesk --db {db} audit --verify”，并改为复制篡改之前的备份。</translation>
    </message>
    <message>
        <source>Nothing was copied: the copied audit log did not verify on the target ({problem}); report this to commdesk's makers.</source>
        <translation>未复制任何内容：复制后的审计日志在目标数据库上校验未通过（{problem}）；请把此问题报告给 commdesk 的开发者。</translation>
    </message>
    <message>
        <source>Nothing was copied: the row counts of {tables} differ between the source and {db} after copying; report this to commdesk's makers.</source>
        <translation>未复制任何内容：复制后 {tables} 的行数在源数据库与 {db} 之间不一致；请把此问题报告给 commdesk 的开发者。</translation>
    </message>
    <message>
        <source>The source and the target are the same database ({db}); name another target.</source>
        <translation>源数据库和目标数据库是同一个（{db}）；请指定另一个目标。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be copied from or into; name a file.</source>
        <translation>内存数据库不能作为复制的源或目标；请指定一个文件。</translation>
    </message>
    <message>
        <source>{db} does not exist.</source>
        <translation>{db} 不存在。</translation>
    </message>
    <message>
        <source>{db} is not a commdesk database (not a SQLite file); check the source.</source>
        <translation>{db} 不是 commdesk 数据库（不是 SQLite 文件）；请检查源数据库。</translation>
    </message>
    <message>
        <source>{db} exists already; a copy into a file always makes a new file, so name one that does not exist yet.</source>
        <translation>{db} 已存在；复制到文件时总是新建文件，请指定一个尚不存在的文件名。</translation>
    </message>
    <message>
        <source>commdesk cannot connect to the database server {db}: {reason}. Check the address, that the server runs, and the user name and password.</source>
        <translation>commdesk 无法连接数据库服务器 {db}：{reason}。请检查地址、服务器是否在运行，以及用户名和密码。</translation>
    </message>
    <message>
        <source>{db} was created by someone else while copying; nothing was overwritten. Name another file.</source>
        <translation>复制期间 {db} 被他人创建；未覆盖任何内容。请指定另一个文件。</translation>
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
    <name>DeskNotifier</name>
    <message numerus="yes">
        <source>%n press release(s) waiting for your review</source>
        <translation>
            <numerusform>%n 篇新闻稿等待您审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press release(s) returned to you</source>
        <translation>
            <numerusform>%n 篇新闻稿已退回给您</numerusform>
        </translation>
    </message>
    <message>
        <source>Show commdesk</source>
        <translation>显示 commdesk</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>there is no such file or folder; check the name and the folder</source>
        <translation>没有这个文件或文件夹；请检查文件名和所在文件夹</translation>
    </message>
    <message>
        <source>permission denied; check who may open it</source>
        <translation>没有权限；请检查谁可以打开它</translation>
    </message>
    <message>
        <source>it is a folder, not a file; give a file in it</source>
        <translation>这是文件夹，不是文件；请指定其中的一个文件</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder; check the path</source>
        <translation>路径中有一部分是文件而不是文件夹；请检查路径</translation>
    </message>
    <message>
        <source>the disk is full; make room on it</source>
        <translation>磁盘已满；请腾出空间</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>磁盘为只读；请换一个位置</translation>
    </message>
    <message>
        <source>the name is too long; choose a shorter one</source>
        <translation>名称太长；请换一个短一些的名称</translation>
    </message>
    <message>
        <source>the connection was refused; check the server's name and port</source>
        <translation>连接被拒绝；请检查服务器名称和端口</translation>
    </message>
    <message>
        <source>no answer in time; check the network</source>
        <translation>等待应答超时；请检查网络</translation>
    </message>
    <message>
        <source>the server cannot be reached; check the network</source>
        <translation>无法连接到服务器；请检查网络</translation>
    </message>
    <message>
        <source>the network cannot be reached; check the connection</source>
        <translation>网络不可用；请检查网络连接</translation>
    </message>
    <message>
        <source>it is not UTF-8 text; save it as UTF-8</source>
        <translation>它不是 UTF-8 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the server's name is not known; check its spelling and the network</source>
        <translation>无法识别服务器名称；请检查拼写和网络</translation>
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
    <name>Labels</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
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
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
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
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>delivery confirmed</source>
        <translation>确认已送达</translation>
    </message>
    <message>
        <source>erased for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>follow-up confirmed</source>
        <translation>确认已跟进</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>comment resolved</source>
        <translation>意见已解决</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>approvals voided</source>
        <translation>批准作废</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Each area's labels module: ``register_labels(register)`` hands its tables' words to the registry.</extracomment>
        <translation>引语</translation>
    </message>
    <message>
        <source>written offline</source>
        <translation>离线写下</translation>
    </message>
    <message>
        <source>offline change dropped</source>
        <translation>已放弃离线更改</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>禁发时间的时区</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review rule</source>
        <translation>审核规则</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>给审核人的说明</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>已批准的版本</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
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
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>报道倾向</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人次</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>邮件列表</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>any one chosen reviewer approves</source>
        <translation>任一指定审核人批准即可</translation>
    </message>
    <message>
        <source>every chosen reviewer approves</source>
        <translation>所有指定审核人均须批准</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language (zh or en) of release template names to show</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>版本 {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) voided by an edit</source>
        <translation>
            <numerusform>因修改作废了 %n 项批准</numerusform>
        </translation>
    </message>
    <message>
        <source>sent again after an interrupted attempt</source>
        <translation>上次发送中断后重新发送</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>个人数据已清除</translation>
    </message>
    <message>
        <source>comment #{n}</source>
        <translation>第 {n} 条意见</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>拨入方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Organiser's e-mail</source>
        <translation>组织者邮箱</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner's e-mail</source>
        <translation>负责人邮箱</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须参加</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
        <source>Circulated</source>
        <translation>传阅时间</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>分发时间</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>会前准备</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>有密码保护</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>邀请发出时间</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>待议事项</translation>
    </message>
    <message>
        <source>Why reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>回顾待办事项</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>日历标识</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Contact's outlet</source>
        <translation>联系人所属媒体</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact's beat</source>
        <translation>联系人报道领域</translation>
    </message>
    <message>
        <source>Do-not-contact entry</source>
        <translation>勿扰记录</translation>
    </message>
    <message>
        <source>List member</source>
        <translation>列表成员</translation>
    </message>
    <message>
        <source>Contact merge</source>
        <translation>联系人合并</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Release reviewer</source>
        <translation>新闻稿审核人</translation>
    </message>
    <message>
        <source>Release revision</source>
        <translation>新闻稿版本</translation>
    </message>
    <message>
        <source>Release approval</source>
        <translation>新闻稿批准</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Release step</source>
        <translation>新闻稿流程步骤</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>Release attachment</source>
        <translation>新闻稿附件</translation>
    </message>
    <message>
        <source>Release template</source>
        <translation>新闻稿模板</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>系列会议</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>联系人列表</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>纪要条目</translation>
    </message>
    <message>
        <source>Action item review</source>
        <translation>待办事项回顾</translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation>发件箱邮件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This database is open read-only: you can read and export; changes cannot be saved. Why: the file {db} may not be written (its file permissions). To make changes, ask whoever manages it to allow writing, or work on a copy.</source>
        <translation>此数据库以只读方式打开：可以查看和导出，但无法保存任何更改。原因：文件 {db} 没有写入权限（文件权限设置）。如需修改，请联系管理该文件的人开放写入权限，或改用一份副本。</translation>
    </message>
    <message>
        <source> – read only</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>"Another commdesk is writing…" from whichever thread waits; shown in the status bar (queued).</extracomment>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <translation>沟通渠道管理规程(&amp;P)</translation>
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
        <source>This server database is reached through one shared login, so the server cannot tell who is who: anyone here can choose to act as anyone. An administrator gives each person a login of their own with 'commdesk team init --existing' (see docs/team.md).</source>
        <translation>此服务器数据库通过一个共用登录名访问，服务器无法分辨谁是谁：任何人都可以选择以任何人的身份操作。请管理员用 'commdesk team init --existing' 为每个人设置自己的登录名（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <source>The server answers again; what others changed meanwhile is shown.</source>
        <translation>服务器已恢复连接；其他人在此期间所做的更改已显示。</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing can be saved or loaded for now; commdesk keeps trying by itself. What you have typed stays in its window (press releases and minutes are also kept on this computer) until it is saved.</source>
        <translation>无法连接服务器，暂时无法保存或读取任何内容；commdesk 会自动重试。您输入的内容会保留在所在窗口中（新闻稿和会议纪要还会保存在本机），直到保存成功。</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>{pane} could not be opened: {error}</source>
        <translation>无法打开{pane}：{error}</translation>
    </message>
    <message>
        <source>Only an administrator can back up the database.</source>
        <translation>只有管理员可以备份数据库。</translation>
    </message>
    <message>
        <source>&amp;People and my profile…</source>
        <translation>人员与我的资料(&amp;P)…</translation>
    </message>
    <message>
        <source>Organisation &amp;settings (read only)…</source>
        <translation>组织设置（只读）(&amp;S)…</translation>
    </message>
    <message>
        <source>Cases &amp;desk settings…</source>
        <translation>案件台设置(&amp;D)…</translation>
    </message>
    <message>
        <source>Cases &amp;desk settings (read only)…</source>
        <translation>案件台设置（只读）(&amp;D)…</translation>
    </message>
    <message>
        <source>About commdesk</source>
        <translation>关于 commdesk</translation>
    </message>
    <message>
        <source>commdesk {version}

The desk of a communications office: media contacts, press releases and meetings, run according to the office's own communication procedure.</source>
        <translation>commdesk {version}

传播部门的工作台：媒体联系人、新闻稿与会议，按照本单位的沟通渠道管理规程开展工作。</translation>
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
        <source>Cases</source>
        <translation>案件</translation>
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
        <source>Staff directory</source>
        <translation>员工名录</translation>
    </message>
    <message>
        <source>Media events</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>内部通知</translation>
    </message>
    <message>
        <source>Social posts</source>
        <translation>社交媒体帖子</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>规程</translation>
    </message>
    <message>
        <source>Crisis log</source>
        <translation>危机日志</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Try the server now</source>
        <translation>立即重试服务器</translation>
    </message>
    <message>
        <source>The server still cannot be reached.</source>
        <translation>仍然无法连接服务器。</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>Cannot work offline</source>
        <translation>无法离线工作</translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <source>Four eyes: normally someone other than the note-taker approves the minutes. Allow this only when the team is too small for that.</source>
        <translation>四眼原则：通常由记录人以外的人批准会议纪要。仅在团队人手太少时才允许记录人自行批准。</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>只有管理员可以更改这些设置。</translation>
    </message>
    <message>
        <source>The computer's zone ({zone})</source>
        <translation>本机时区（{zone}）</translation>
    </message>
    <message>
        <source>Not a time zone; choose one from the list.</source>
        <translation>不是有效的时区；请从列表中选择。</translation>
    </message>
    <message>
        <source>Now there: {time}</source>
        <translation>该时区当前时间：{time}</translation>
    </message>
    <message>
        <source>Chinese public holidays and make-up working days (调休) are counted for {years}.</source>
        <translation>已计入 {years} 年的中国法定节假日和调休工作日。</translation>
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
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
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
        <translation>规程负责人(&amp;O)（AP-1）：</translation>
    </message>
    <message>
        <source>Next yearly &amp;review (AP-2):</source>
        <translation>下次年度审视(&amp;R)（AP-2）：</translation>
    </message>
    <message>
        <source>&amp;About us (boilerplate):</source>
        <translation>关于我们(&amp;A)（机构简介标准段落）：</translation>
    </message>
    <message>
        <source>&amp;Media contact block:</source>
        <translation>媒体联络信息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Everything that is not a meeting is shown and entered in this zone; a meeting keeps its own. Type part of a name to find it.</source>
        <translation>除会议外，所有时间都按此时区显示和输入；会议使用各自的时区。输入名称的一部分即可查找。</translation>
    </message>
    <message>
        <source>Office c&amp;losed days:</source>
        <translation>本单位休息日(&amp;L)：</translation>
    </message>
    <message>
        <source>label, e.g. company anniversary</source>
        <translation>说明，例如：司庆日</translation>
    </message>
    <message>
        <source>Add da&amp;y</source>
        <translation>添加日期(&amp;Y)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Small team: the note-taker may a&amp;pprove their own minutes</source>
        <translation>小团队：记录人可以批准自己记录的纪要(&amp;P)</translation>
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
        <source>, </source>
        <translation>、</translation>
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
        <source>Several people are called '{name}'; use their e-mail address instead.</source>
        <translation>有多人名为“{name}”；请改用其电子邮箱。</translation>
    </message>
    <message>
        <source>{name} is inactive and cannot sign in; an administrator can make them active again under People and roles.</source>
        <translation>{name} 已停用，无法登录；管理员可在“人员与角色”中重新启用。</translation>
    </message>
    <message>
        <source>No one is called '{name}'; 'commdesk people list' shows who exists.</source>
        <translation>没有名为“{name}”的人员；'commdesk people list' 可列出所有人员。</translation>
    </message>
    <message>
        <source>The server login {login} belongs to no one in this office's commdesk; an administrator adds you with 'commdesk team add-person NAME --login {login}'.</source>
        <translation>服务器登录名 {login} 不属于本办公室 commdesk 中的任何人；请管理员用 'commdesk team add-person 姓名 --login {login}' 添加您。</translation>
    </message>
    <message>
        <source>{name} (server login {login}) no longer works with commdesk here; an administrator can make them active again.</source>
        <translation>{name}（服务器登录名 {login}）已不再在此使用 commdesk；管理员可以将其重新设为启用。</translation>
    </message>
    <message>
        <source>On this server database you act as {name}, the person of your login {login}; to act as {other}, connect with their login.</source>
        <translation>在此服务器数据库上，您以{name}（您的登录名 {login} 对应的人）的身份操作；要以{other}的身份操作，请用其登录名连接。</translation>
    </message>
    <message>
        <source>{name} has a passphrase; type it when asked (or give it with --passphrase-stdin).</source>
        <translation>{name} 设有口令；请在提示时输入（或用 --passphrase-stdin 提供）。</translation>
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
        <source>Before anyone else is added, everyone who can approve needs a passphrase, so that no one approves in their name at this computer. No passphrase yet: {names}. Set one under People and roles (Edit…) or with 'commdesk people passphrase NAME', then add the new person.</source>
        <translation>添加其他人员之前，凡是有审批权的人都需要设置口令，以免有人在这台电脑上冒用其名义审批。尚未设置口令的有：{names}。请在“人员与角色”中（编辑…）或用 'commdesk people passphrase 姓名' 设置口令，然后再添加新人员。</translation>
    </message>
    <message>
        <source>{name} can approve {what}, and while others use this computer everyone who can approve keeps a passphrase, so that no one approves in their name. Change it instead of removing it.</source>
        <translation>{name} 可以审批{what}；在他人也使用这台电脑期间，凡是有审批权的人都须保留口令，以免有人冒用其名义审批。请更改口令，而不要删除。</translation>
    </message>
    <message>
        <source>With a second person at this computer, everyone who can approve needs a passphrase, so that no one approves in their name. No passphrase yet: {names}. Set one under People and roles (Edit…) or with 'commdesk people passphrase NAME' first.</source>
        <translation>这台电脑有第二个人使用时，凡是有审批权的人都需要口令，以免有人冒用其名义审批。尚未设置口令的有：{names}。请先在“人员与角色”中（编辑…）或用 'commdesk people passphrase 姓名' 设置口令。</translation>
    </message>
    <message>
        <source>{name} (approves {what})</source>
        <translation>{name}（审批{what}）</translation>
    </message>
    <message>
        <source>{name} can approve {what}, and on a computer others use everyone who can approve needs a passphrase, so that no one approves in their name. Give one with this change (they can change it later).</source>
        <translation>{name} 可以审批{what}，而在多人共用的电脑上，凡是有审批权的人都需要口令，以免有人冒用其名义审批。请在此次修改中一并设置口令（之后可由本人更改）。</translation>
    </message>
    <message>
        <source>The new person</source>
        <translation>新人员</translation>
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
    <message>
        <source>press releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>knowledge-base answers</source>
        <translation>知识库答复</translation>
    </message>
    <message>
        <source>posts, announcements, invitations and procedure versions</source>
        <translation>帖子、内部通知、邀请和规程版本</translation>
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
        <source>needed: this person can approve {what}</source>
        <translation>必填：此人可以审批{what}</translation>
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
        <source>Repea&amp;t passphrase:</source>
        <translation>再次输入口令(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ProcedureViewer</name>
    <message>
        <source>Communication procedure</source>
        <translation>沟通渠道管理规程</translation>
    </message>
    <message>
        <source>Communication procedure, version %1</source>
        <translation>沟通渠道管理规程（第 %1 版）</translation>
    </message>
    <message>
        <source>Find in the procedure, or a rule ID such as PC-2 (Enter for next)…</source>
        <translation>在规程中查找，或输入规则编号，如 PC-2（按回车查找下一个）…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This record was changed by someone else while yours was being saved; nothing was saved. Open it again to see the stored version, then make your change again.</source>
        <extracomment>The tables this unit of work wrote (so far; complete once it committed). Tables committed by units opened inside this one: announced when this one ends.</extracomment>
        <translation>保存时这条记录刚被其他人修改，您的修改未保存。请重新打开查看已保存的版本，再修改一次。</translation>
    </message>
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
        <source>'{zone}' is not a time zone commdesk knows; choose one from the list, such as Asia/Shanghai.</source>
        <translation>“{zone}”不是 commdesk 认识的时区；请从列表中选择，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>{date} is listed twice as a closed day; remove one.</source>
        <translation>{date} 被重复列为休息日；请删除其中一条。</translation>
    </message>
    <message>
        <source>The label of a closed day is one line of at most 80 characters ({date}).</source>
        <translation>休息日的说明只能是一行，最多 80 个字符（{date}）。</translation>
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
        <source>Sign in as {name}</source>
        <translation>以 {name} 的身份登录</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>切换人员</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在本机记住(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the passphrase in this computer's keyring, so commdesk signs you in here without asking (the window and the command line). Leave it off on a computer others use.</source>
        <translation>将口令保存在本机的密钥环中，commdesk 在本机登录时不再询问（窗口和命令行均如此）。在他人也使用的电脑上请不要勾选。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep a passphrase in; it is asked each time.</source>
        <translation>本机没有可保存口令的密钥环；每次都会询问口令。</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>口令(&amp;A)：</translation>
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
        <translation>commdesk 管理本部门的媒体联系人、新闻稿和会议，并按照您的沟通渠道管理规程进行检查。

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
    <name>WorkCalendar</name>
    <message>
        <source>Closed</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day ({holiday})</source>
        <translation>调休上班（{holiday}）</translation>
    </message>
    <message>
        <source>The public holidays of {years} are not known to this copy of commdesk; deadlines in that year count Monday to Friday as working days. Update commdesk (chinese-calendar) or add the holidays as closed days in the organisation settings.</source>
        <translation>此版本的 commdesk 不知道 {years} 年的法定节假日；该年的期限按周一至周五为工作日计算。请更新 commdesk（chinese-calendar），或在组织设置中把节假日添加为休息日。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
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
