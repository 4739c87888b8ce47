<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>make an empty server database a team&apos;s: schema, group roles, privileges; the login connected becomes the first administrator</source>
        <translation>把一个空的服务器数据库设为团队数据库：表结构、组角色、权限；当前连接的登录名成为第一位管理员</translation>
    </message>
    <message>
        <source>the first administrator&apos;s name</source>
        <translation>第一位管理员的姓名</translation>
    </message>
    <message>
        <source>further roles besides administrator (officer, reviewer)</source>
        <translation>管理员之外的其他角色（officer 传播专员、reviewer 审核人）</translation>
    </message>
    <message>
        <source>a new person with a login of their own (administrators)</source>
        <translation>添加一位拥有自己登录名的新人员（管理员）</translation>
    </message>
    <message>
        <source>the server login to create</source>
        <translation>要创建的服务器登录名</translation>
    </message>
    <message>
        <source>administrator, officer or reviewer; comma-separated or repeated</source>
        <translation>administrator（管理员）、officer（传播专员）或 reviewer（审核人）；用逗号分隔或重复给出</translation>
    </message>
    <message>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation>从标准输入的第一行读取该登录名的密码</translation>
    </message>
    <message>
        <source>create the login without a password (the server authenticates it otherwise)</source>
        <translation>创建不带密码的登录名（由服务器以其他方式认证）</translation>
    </message>
    <message>
        <source>make a person inactive and their login unable to log in (administrators)</source>
        <translation>停用一位人员，并使其登录名无法登录（管理员）</translation>
    </message>
    <message>
        <source>a team on a server database: init, add-person, add-login, remove-person, set-roles, list</source>
        <translation>服务器数据库上的团队：init（初始化）、add-person（添加人员）、add-login（添加登录名）、remove-person（移除人员）、set-roles（设置角色）、list（列表）</translation>
    </message>
    <message>
        <source>the database has people already (copied from a single desk): the --as person, one of its administrators, connects with this login from now on</source>
        <translation>数据库中已有人员（从单机复制而来）：由 --as 指定的人员（其管理员之一）今后使用此登录名连接</translation>
    </message>
    <message>
        <source>a login for a person who has none (people copied from a single desk; administrators)</source>
        <translation>为尚无登录名的人员创建登录名（从单机复制来的人员；管理员）</translation>
    </message>
    <message>
        <source>change a person&apos;s roles; their login&apos;s groups follow (administrators)</source>
        <translation>更改人员的角色；其登录名所属的组随之更新（管理员）</translation>
    </message>
    <message>
        <source>people, their logins and roles</source>
        <translation>人员及其登录名和角色</translation>
    </message>
    <message>
        <source>Unknown role {names}; the roles are administrator, officer and reviewer.</source>
        <translation>未知角色 {names}；可用角色为 administrator（管理员）、officer（传播专员）和 reviewer（审核人）。</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>（无登录名）</translation>
    </message>
    <message>
        <source>can log in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>cannot log in</source>
        <translation>不能登录</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>No password on standard input; give one, or use --no-password.</source>
        <translation>标准输入中没有密码；请提供密码，或使用 --no-password。</translation>
    </message>
    <message>
        <source>Give the password of {login} with --password-stdin, or --no-password when the server authenticates it otherwise; it is never given on the command line.</source>
        <translation>请用 --password-stdin 提供 {login} 的密码；若服务器以其他方式认证，请用 --no-password。密码绝不在命令行中给出。</translation>
    </message>
    <message>
        <source>Password for the login {login}: </source>
        <translation>登录名 {login} 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>两次输入的密码不一致；未创建任何内容。</translation>
    </message>
    <message>
        <source>An empty password is no password; use --no-password for that.</source>
        <translation>空密码等于没有密码；如需如此，请使用 --no-password。</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s name with --name (or --existing for a database that has people already).</source>
        <translation>请用 --name 给出第一位管理员的姓名（若数据库中已有人员，请用 --existing）。</translation>
    </message>
    <message>
        <source>This database is now a team database. {name} (login {login}) is its first administrator; add the others with &apos;commdesk team add-person&apos;.</source>
        <translation>此数据库现已成为团队数据库。{name}（登录名 {login}）是第一位管理员；请用 &apos;commdesk team add-person&apos; 添加其他人员。</translation>
    </message>
    <message>
        <source>Added {name} with the login {login} ({roles}).</source>
        <translation>已添加 {name}，登录名 {login}（{roles}）。</translation>
    </message>
    <message>
        <source>{name} connects with the login {login} from now on.</source>
        <translation>{name} 今后使用登录名 {login} 连接。</translation>
    </message>
    <message>
        <source>{name} is inactive and the login {login} can no longer log in; what they did stays in the audit log.</source>
        <translation>{name} 已停用，登录名 {login} 不能再登录；其操作记录仍保留在审计日志中。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>team commands need a server database: give a PostgreSQL database with --db postgresql://LOGIN@HOST/DATABASE (a single-desk file has no logins).</source>
        <translation>团队命令需要服务器数据库：请用 --db postgresql://登录名@主机/数据库 指定一个 PostgreSQL 数据库（单机文件没有登录名）。</translation>
    </message>
    <message>
        <source>This server database is not a team database yet: its owner runs &apos;commdesk team init --name NAME&apos; first.</source>
        <translation>此服务器数据库还不是团队数据库：请先由其所有者运行 &apos;commdesk team init --name 姓名&apos;。</translation>
    </message>
    <message>
        <source>A login is 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos; (not &apos;pg_&apos;); for example li.ming.</source>
        <translation>登录名由 1 至 63 个小写字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos; 组成，以字母或 &apos;_&apos; 开头（不能以 &apos;pg_&apos; 开头）；例如 li.ming。</translation>
    </message>
    <message>
        <source>The login {login} does not own this database and its tables; team init is run by the login that owns them (it also runs the upgrades). Ask the server&apos;s administrator to create the database with OWNER {login}.</source>
        <translation>登录名 {login} 不是此数据库及其数据表的所有者；team init 须由其所有者登录名运行（该登录名也负责升级）。请服务器管理员以 OWNER {login} 创建数据库。</translation>
    </message>
    <message>
        <source>The login {login} may not create roles; team init makes the office&apos;s group roles and later each person&apos;s login. Ask the server&apos;s administrator for &apos;ALTER ROLE {login} CREATEROLE&apos;.</source>
        <translation>登录名 {login} 无权创建角色；team init 要创建办公室的组角色，之后还要为每个人创建登录名。请服务器管理员执行 &apos;ALTER ROLE {login} CREATEROLE&apos;。</translation>
    </message>
    <message>
        <source>add people to the team</source>
        <translation>向团队添加人员</translation>
    </message>
    <message>
        <source>The server has a login called {login} already; choose another login name.</source>
        <translation>服务器上已有名为 {login} 的登录名；请另选一个登录名。</translation>
    </message>
    <message>
        <source>This database has people already, so it cannot be made a team database afresh; &apos;commdesk team init&apos; needs an empty database (a database copied from a single desk is made a team&apos;s by one of its administrators with &apos;commdesk --as NAME team init --existing&apos;).</source>
        <translation>此数据库中已有人员，不能重新设为团队数据库；&apos;commdesk team init&apos; 需要一个空数据库（从单机复制来的数据库，由其管理员之一运行 &apos;commdesk --as 姓名 team init --existing&apos; 设为团队数据库）。</translation>
    </message>
    <message>
        <source>make this database a team&apos;s</source>
        <translation>把此数据库设为团队数据库</translation>
    </message>
    <message>
        <source>Say which administrator of this database you are with --as NAME; that person then connects with this login.</source>
        <translation>请用 --as 姓名 说明您是此数据库的哪位管理员；此人今后使用此登录名连接。</translation>
    </message>
    <message>
        <source>This database is a team database already; &apos;commdesk team list&apos; shows it.</source>
        <translation>此数据库已是团队数据库；&apos;commdesk team list&apos; 可列出其成员。</translation>
    </message>
    <message>
        <source>give people a login</source>
        <translation>为人员创建登录名</translation>
    </message>
    <message>
        <source>{name} connects with the login {login} already; a login is never changed.</source>
        <translation>{name} 已在使用登录名 {login}；登录名一经设定不再更改。</translation>
    </message>
    <message>
        <source>remove people from the team</source>
        <translation>从团队移除人员</translation>
    </message>
    <message>
        <source>{name} connects with the login that owns the database (it runs the upgrades); that person cannot be removed while it owns it.</source>
        <translation>{name} 使用的是数据库所有者的登录名（负责升级）；在其仍为所有者期间不能移除此人。</translation>
    </message>
    <message>
        <source>change people&apos;s roles</source>
        <translation>更改人员的角色</translation>
    </message>
    <message>
        <source>No login or person is called &apos;{who}&apos;; &apos;commdesk team list&apos; shows the team.</source>
        <translation>没有名为 &apos;{who}&apos; 的登录名或人员；&apos;commdesk team list&apos; 可列出团队成员。</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>没有编号为 {id} 的人员。</translation>
    </message>
</context>
</TS>
