<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>邮件账户</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（端口 465）</translation>
    </message>
    <message>
        <source>None: unencrypted, local servers only</source>
        <translation>无：不加密，仅限本机服务器</translation>
    </message>
    <message>
        <source>Under mail written by hand. Announcements, releases, event invitations and meeting mail are signed by their owner and the organisation.</source>
        <translation>用于手写邮件的落款。内部通知、新闻稿、活动邀请和会议邮件以其负责人和本单位的名义落款。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>only for a server with the organisation's own certificate</source>
        <translation>仅用于使用本单位自有证书的服务器</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>发件人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>发件人地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>回复地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Messages per minute:</source>
        <translation>每分钟邮件数(&amp;M)：</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>CA 证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>密码保存在系统密钥环中，绝不写入数据库。</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is kept only until commdesk closes, and asked for again next time.</source>
        <translation>这台电脑没有系统密钥环：密码只保留到 commdesk 关闭，下次会再次询问。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>set the SMTP server and sender (administrators)</source>
        <translation>设置 SMTP 服务器和发件人（管理员）</translation>
    </message>
    <message>
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation>SMTP 服务器，例如 smtp.example.org</translation>
    </message>
    <message>
        <source>port (587 for STARTTLS, 465 for SSL)</source>
        <translation>端口（STARTTLS 用 587，SSL 用 465）</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>sender name, e.g. 品牌传播部 陈静</source>
        <translation>发件人姓名，例如 品牌传播部 陈静</translation>
    </message>
    <message>
        <source>at most N messages per minute (0: no limit)</source>
        <translation>每分钟最多 N 封邮件（0：不限）</translation>
    </message>
    <message>
        <source>certificate of the organisation's own certificate authority</source>
        <translation>本单位自有证书颁发机构的证书</translation>
    </message>
    <message>
        <source>show the account</source>
        <translation>显示账户</translation>
    </message>
    <message>
        <source>connect, log in and disconnect</source>
        <translation>连接、登录并断开</translation>
    </message>
    <message>
        <source>store the SMTP password in the system keyring (asked without echo)</source>
        <translation>将 SMTP 密码保存到系统密钥环（输入时不回显）</translation>
    </message>
    <message>
        <source>list messages, newest first</source>
        <translation>列出邮件，最新的在前</translation>
    </message>
    <message>
        <source>send what is queued (resumable; nothing is sent twice)</source>
        <translation>发送队列中的邮件（可续发；不会重复发送）</translation>
    </message>
    <message>
        <source>queue failed messages again</source>
        <translation>将失败的邮件重新排队</translation>
    </message>
    <message>
        <source>also resend messages that may have been delivered (check first)</source>
        <translation>也重新发送可能已送达的邮件（请先核实）</translation>
    </message>
    <message>
        <source>cancel queued, failed or held messages</source>
        <translation>取消待发送、发送失败或已扣留的邮件</translation>
    </message>
    <message>
        <source>rebuild held press release messages from the release's approved version and queue them</source>
        <translation>按新闻稿已批准的版本重新生成被扣留的邮件并放回发件箱</translation>
    </message>
    <message>
        <source>Held messages are never sent: 'commdesk outbox cancel {ids}', then send the invitation or minutes again from the meeting.</source>
        <translation>被扣留的邮件永远不会发出：请运行 'commdesk outbox cancel {ids}' 取消，然后在会议中重新发送邀请或纪要。</translation>
    </message>
    <message>
        <source>save messages as .eml files</source>
        <translation>将邮件保存为 .eml 文件</translation>
    </message>
    <message>
        <source>the SMTP account mail is sent from: configure, show, test, set-password</source>
        <translation>发送邮件所用的 SMTP 账户：configure、show、test、set-password</translation>
    </message>
    <message>
        <source>login name; --user "" for a server without login (not given: the saved login name is kept)</source>
        <translation>登录用户名；服务器无需登录时写 --user ""（不指定则保留已保存的用户名）</translation>
    </message>
    <message>
        <source>signature under mail written by hand (announcements, releases, event invitations and meeting mail are signed by their owner and the organisation)</source>
        <translation>手写邮件的落款（内部通知、新闻稿、活动邀请和会议邮件以其负责人和本单位的名义落款）</translation>
    </message>
    <message>
        <source>messages waiting, sent and failed: list, send, retry, cancel, rebuild, export</source>
        <translation>待发、已发和发送失败的邮件：list、send、retry、cancel、rebuild、export</translation>
    </message>
    <message>
        <source>Give at least --host and --from for a new account.</source>
        <translation>新账户至少需要提供 --host 和 --from。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Mail account saved: {host}:{port} ({security}), from {sender}.</source>
        <translation>邮件账户已保存：{host}:{port}（{security}），发件人 {sender}。</translation>
    </message>
    <message>
        <source>Login name kept: {user}. Give --user "" if this server needs no login.</source>
        <translation>已保留登录用户名：{user}。如该服务器无需登录，请指定 --user ""。</translation>
    </message>
    <message>
        <source>Next: store the password with 'commdesk mail set-password'.</source>
        <translation>下一步：用 'commdesk mail set-password' 保存密码。</translation>
    </message>
    <message>
        <source>No login: mail is sent without a user name or password.</source>
        <translation>不登录：发送邮件时不使用用户名和密码。</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>SMTP password for {user} (not stored): </source>
        <translation>{user} 的 SMTP 密码（不会保存）：</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so commdesk cannot store the password. commdesk will ask for it each time it sends (e.g. 'commdesk outbox send').</source>
        <translation>这台电脑没有系统密钥环，commdesk 无法保存密码。每次发送时（例如 'commdesk outbox send'）commdesk 都会询问密码。</translation>
    </message>
    <message>
        <source>SMTP password for {user}: </source>
        <translation>{user} 的 SMTP 密码：</translation>
    </message>
    <message>
        <source>No password entered; nothing was changed.</source>
        <translation>未输入密码；没有做任何更改。</translation>
    </message>
    <message>
        <source>Password stored in the system keyring (not in the database).</source>
        <translation>密码已保存在系统密钥环中（不在数据库中）。</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>发件箱为空。</translation>
    </message>
    <message>
        <source>No queued messages.</source>
        <translation>没有排队中的邮件。</translation>
    </message>
    <message>
        <source>No messages are being sent.</source>
        <translation>没有正在发送的邮件。</translation>
    </message>
    <message>
        <source>No sent messages.</source>
        <translation>没有已发送的邮件。</translation>
    </message>
    <message>
        <source>No failed messages.</source>
        <translation>没有发送失败的邮件。</translation>
    </message>
    <message>
        <source>No cancelled messages.</source>
        <translation>没有已取消的邮件。</translation>
    </message>
    <message>
        <source>No held messages.</source>
        <translation>没有被扣留的邮件。</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有邮件。</translation>
    </message>
    <message>
        <source>Held messages are never sent: 'commdesk outbox rebuild {ids}' once the release is approved again, or 'commdesk outbox cancel {ids}'.</source>
        <translation>被扣留的邮件不会发出：新闻稿重新批准后请运行 'commdesk outbox rebuild {ids}'，或运行 'commdesk outbox cancel {ids}' 取消。</translation>
    </message>
    <message>
        <source>{done}/{total} sent or tried</source>
        <translation>已发送或尝试 {done}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again; send them with 'commdesk outbox send'.</source>
        <translation>
            <numerusform>%n 封邮件已重新排队；用“commdesk outbox send”发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt from the approved release and queued; send them with 'commdesk outbox send'.</source>
        <translation>
            <numerusform>已按批准的新闻稿重新生成 %n 封邮件并放入发件箱；请用“commdesk outbox send”发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New mail</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>Subject builder (EM-1)</source>
        <translation>主题生成（EM-1）</translation>
    </message>
    <message>
        <source>department / project code</source>
        <translation>部门/项目代码</translation>
    </message>
    <message>
        <source>core content</source>
        <translation>核心内容</translation>
    </message>
    <message>
        <source>one address a line, e.g. 张三 &lt;zhang.san@example.com&gt;</source>
        <translation>每行一个地址，例如 张三 &lt;zhang.san@example.com&gt;</translation>
    </message>
    <message>
        <source>How recipients receive it (EM-2)</source>
        <translation>收件人如何收到（EM-2）</translation>
    </message>
    <message>
        <source>【重要通知】 i&amp;mportant notice</source>
        <translation>【重要通知】重要通知(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>One &amp;personalised message per recipient ({{ salutation }}, {{ name }} …)</source>
        <translation>每位收件人一封个性化邮件（{{ salutation }}、{{ name }} …）(&amp;P)</translation>
    </message>
    <message>
        <source>One message, everyone in &amp;Bcc (nobody sees the others)</source>
        <translation>一封邮件，所有人密送（彼此看不到）(&amp;B)</translation>
    </message>
    <message>
        <source>An &amp;ordinary mail: everyone in To sees each other</source>
        <translation>普通邮件：收件人彼此可见(&amp;O)</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Needs follow-up by (EM-5):</source>
        <translation>需在此日期前跟进（EM-5）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Put &amp;in outbox</source>
        <translation>放入发件箱(&amp;I)</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>另存为 .eml(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Important notice</source>
        <translation>重要通知</translation>
    </message>
    <message>
        <source>Is this important notice for staff? To staff it goes as an announcement: to the subscription lists, after a reviewer approved it.

Yes: write it as an announcement now, with this text. No: it is for people outside; build the subject for this mail.</source>
        <translation>这条重要通知是发给员工的吗？发给员工的须作为内部通知发送：经审核人批准后发给订阅列表。

“是”：现在用这段文字撰写内部通知。“否”：发给外部人员，为这封邮件生成主题。</translation>
    </message>
    <message>
        <source>Saved as a draft announcement: submit it for review in Announcements; it is sent from there once approved.</source>
        <translation>已保存为内部通知草稿：请在“内部通知”中提交审核，批准后从那里发送。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>No findings: ready to send.</source>
        <translation>没有发现问题：可以发送。</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>仍要发送？</translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation>请说明仍要发送的理由（会记入历史记录）：</translation>
    </message>
    <message>
        <source>Save .eml files in</source>
        <translation>将 .eml 文件保存到</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 {folder}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>'{address}' is not a valid e-mail address ({reason}).</source>
        <translation>'{address}' 不是有效的电子邮件地址（{reason}）。</translation>
    </message>
    <message>
        <source>Enter the SMTP server name, e.g. smtp.example.org.</source>
        <translation>请输入 SMTP 服务器名称，例如 smtp.example.org。</translation>
    </message>
    <message>
        <source>Enter only the server name (e.g. smtp.example.org), without 'smtp://' or spaces.</source>
        <translation>只输入服务器名称（例如 smtp.example.org），不要带 'smtp://' 或空格。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 587 for STARTTLS, 465 for SSL).</source>
        <translation>端口必须是 1 到 65535 之间的数字（STARTTLS 通常为 587，SSL 通常为 465）。</translation>
    </message>
    <message>
        <source>Choose the security: starttls, ssl or none.</source>
        <translation>请选择安全方式：starttls、ssl 或 none。</translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation>用户名必须写在一行内。</translation>
    </message>
    <message>
        <source>The sender name must be on one line.</source>
        <translation>发件人姓名必须写在一行内。</translation>
    </message>
    <message>
        <source>Enter the sender address people will reply to.</source>
        <translation>请输入对方回复时使用的发件人地址。</translation>
    </message>
    <message>
        <source>The limit must be a whole number of messages per minute (0 for no limit).</source>
        <translation>限制必须是每分钟邮件数的整数（0 表示不限）。</translation>
    </message>
    <message>
        <source>Without STARTTLS or SSL the password and every mail cross the network unencrypted: use 'none' only for a server on this computer or a trusted network.</source>
        <translation>不使用 STARTTLS 或 SSL 时，密码和每封邮件都以明文在网络上传输：只有本机或可信网络中的服务器才使用 'none'。</translation>
    </message>
    <message>
        <source>Port {port} usually goes with {other}, not {security}: check the provider's settings.</source>
        <translation>端口 {port} 通常搭配 {other}，而不是 {security}：请核对服务商的设置。</translation>
    </message>
    <message>
        <source>Give these attachments names that say what they are (e.g. 新闻稿-新品发布-20231120.pdf): {names}.</source>
        <translation>请给这些附件起能说明内容的名称（例如 新闻稿-新品发布-20231120.pdf）：{names}。</translation>
    </message>
    <message numerus="yes">
        <source>The mail has %n attachment(s) that the text does not mention: say in the body what is attached (e.g. '附件为新闻稿全文').</source>
        <translation>
            <numerusform>邮件有 %n 个附件，正文中未提及：请在正文中说明附件内容（例如“附件为新闻稿全文”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Placeholders ({names}) need one personalised message per recipient: switch on personalisation or remove them.</source>
        <translation>占位符（{names}）需要为每位收件人单独生成个性化邮件：请开启个性化或删除占位符。</translation>
    </message>
    <message>
        <source>{names} will be sent as written: only one personalised message per recipient fills placeholders in. Switch on personalisation, or send it as it is if the text quotes them.</source>
        <translation>{names} 将按原样发出：只有“每位收件人一封个性化邮件”才会填入占位符。请开启个性化；如果这是引用的原文，可以照原样发送。</translation>
    </message>
    <message>
        <source>Unknown placeholders: {names}. Available: {known}.</source>
        <translation>未知的占位符：{names}。可用的有：{known}。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no value for {{{{ {name} }}}}: {addresses}.</source>
        <translation>
            <numerusform>%n 位收件人没有 {{{{ {name} }}}} 的值：{addresses}。</numerusform>
        </translation>
    </message>
    <message>
        <source>These addresses are not valid, correct or remove them: {addresses}.</source>
        <translation>这些地址无效，请更正或删除：{addresses}。</translation>
    </message>
    <message>
        <source>{count} address(es) appear twice; each person receives the mail once.</source>
        <translation>{count} 个地址重复出现；每人只会收到一次。</translation>
    </message>
    <message>
        <source>Tip: add your signature in the mail account settings; it is appended to every mail.</source>
        <translation>提示：在邮件账户设置中添加签名，它会附在每封邮件末尾。</translation>
    </message>
    <message>
        <source>The placeholder on line {line} is not written correctly ({reason}); write it as {{{{ name }}}}.</source>
        <translation>第 {line} 行的占位符写法不正确（{reason}）；请写成 {{{{ name }}}}。</translation>
    </message>
    <message>
        <source>The template could not be filled in for {address}: {reason}.</source>
        <translation>无法为 {address} 填写模板：{reason}。</translation>
    </message>
    <message>
        <source>Say in a few words what the mail is about (e.g. 周报).</source>
        <translation>请用几个字说明邮件内容（例如 周报）。</translation>
    </message>
    <message>
        <source>Describe the matter of the notice (e.g. 办公室搬迁).</source>
        <translation>请描述通知事项（例如 办公室搬迁）。</translation>
    </message>
    <message>
        <source>The mail server refused {what}: {reply}</source>
        <translation>邮件服务器拒绝了{what}：{reply}</translation>
    </message>
    <message>
        <source>The mail server is busy or unavailable for {what} ({reply}); commdesk will try again later.</source>
        <translation>邮件服务器暂时繁忙或无法处理{what}（{reply}）；commdesk 稍后会重试。</translation>
    </message>
    <message>
        <source>The server refused the password for {user}: check it with 'commdesk mail set-password'.</source>
        <translation>服务器拒绝了 {user} 的密码：请用 'commdesk mail set-password' 核对。</translation>
    </message>
    <message>
        <source>The server {server} does not offer what the account settings ask for ({reason}): check the security setting and the user name.</source>
        <translation>服务器 {server} 不支持账户设置所要求的功能（{reason}）：请检查安全方式和用户名。</translation>
    </message>
    <message>
        <source>the sender address {address}</source>
        <translation>发件人地址 {address}</translation>
    </message>
    <message>
        <source>all recipients ({addresses})</source>
        <translation>所有收件人（{addresses}）</translation>
    </message>
    <message>
        <source>The server {server} closed the connection; commdesk will try again later.</source>
        <translation>服务器 {server} 关闭了连接；commdesk 稍后会重试。</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>这封邮件</translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({reason}): check the server name, or ask the provider.</source>
        <translation>{server} 的证书不受信任（{reason}）：请检查服务器名称，或咨询服务商。</translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}): check that the security setting matches the port (usually STARTTLS on 587, SSL on 465).</source>
        <translation>与 {server} 的安全连接失败（{reason}）：请检查安全方式与端口是否匹配（通常 STARTTLS 用 587，SSL 用 465）。</translation>
    </message>
    <message>
        <source>The server name {host} cannot be found: check the name and the network connection.</source>
        <translation>找不到服务器 {host}：请检查名称和网络连接。</translation>
    </message>
    <message>
        <source>The server {server} did not answer in time; commdesk will try again later.</source>
        <translation>服务器 {server} 未能及时响应；commdesk 稍后会重试。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server} ({reason}): check the network, host and port; commdesk will try again later.</source>
        <translation>无法连接邮件服务器 {server}（{reason}）：请检查网络、主机和端口；commdesk 稍后会重试。</translation>
    </message>
    <message>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 465) or ask the provider for the right settings.</source>
        <translation>服务器 {server} 不支持 STARTTLS：请选择 SSL（通常为端口 465），或向服务商询问正确设置。</translation>
    </message>
    <message>
        <source>No password is stored for {user}: set it with 'commdesk mail set-password'.</source>
        <translation>尚未保存 {user} 的密码：请用 'commdesk mail set-password' 设置。</translation>
    </message>
    <message>
        <source>Not connected to the mail server.</source>
        <translation>未连接到邮件服务器。</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>这封邮件没有收件人。</translation>
    </message>
    <message>
        <source>The server does not accept addresses with non-Latin characters (SMTPUTF8); use an ASCII address for {addresses}.</source>
        <translation>服务器不接受含非拉丁字符的地址（SMTPUTF8）；请为 {addresses} 使用 ASCII 地址。</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Connected to {server} ({how}) and logged in as {user}.</source>
        <translation>已连接到 {server}（{how}），并以 {user} 登录。</translation>
    </message>
    <message>
        <source>Connected to {server} ({how}).</source>
        <translation>已连接到 {server}（{how}）。</translation>
    </message>
    <message>
        <source>The subject is empty: say what the mail is about, e.g. '【项目A】周报-20231120'.</source>
        <translation>主题为空：请说明邮件内容，例如 '【项目A】周报-20231120'。</translation>
    </message>
    <message>
        <source>The subject '{subject}' is too vague: state the core content, e.g. '【项目A】周报-20231120' or '【重要通知】-办公室搬迁'.</source>
        <translation>主题 '{subject}' 过于笼统：请写明核心内容，例如 '【项目A】周报-20231120' 或 '【重要通知】-办公室搬迁'。</translation>
    </message>
    <message>
        <source>Tip: subjects in the form '[部门/项目代码]-[核心内容]-[日期]' or '【重要通知】-[事项描述]' are easier to find later.</source>
        <translation>提示：采用 '[部门/项目代码]-[核心内容]-[日期]' 或 '【重要通知】-[事项描述]' 格式的主题以后更容易查找。</translation>
    </message>
    <message>
        <source>The mail has no recipients: add at least one address.</source>
        <translation>邮件没有收件人：请至少添加一个地址。</translation>
    </message>
    <message>
        <source>This bulk send would show {count} recipients to each other: send one personalised message per recipient, or put everyone in Bcc.</source>
        <translation>这次群发会让 {count} 位收件人互相看到：请为每位收件人发送个性化邮件，或将所有人放入密送。</translation>
    </message>
    <message>
        <source>{count} people would see each other's addresses: for that many, use a distribution list (personalised or Bcc) or hold a meeting.</source>
        <translation>{count} 人会看到彼此的地址：人数这么多时，请使用分发列表（个性化或密送）或召开会议。</translation>
    </message>
    <message>
        <source>Bcc is meant only to hide the recipients of a bulk send: put people who must act in To and people who must know in Cc.</source>
        <translation>密送只用于隐藏群发的收件人：需要处理的人放在收件人，需要知悉的人放在抄送。</translation>
    </message>
    <message>
        <source>The meeting changed after this invitation was made (time, place, agenda or participants). Cancel it and send the invitation again from the meeting.</source>
        <translation>这封邀请生成后，会议已有变动（时间、地点、议程或参会人）。请取消这封邮件，并在会议中重新发送邀请。</translation>
    </message>
    <message>
        <source>The minutes changed after this message was made. Cancel it and send the minutes again.</source>
        <translation>这封邮件生成后，会议纪要已有改动。请取消这封邮件，并重新发送纪要。</translation>
    </message>
    <message>
        <source>The meeting no longer exists; cancel this message.</source>
        <translation>该会议已不存在；请取消这封邮件。</translation>
    </message>
    <message>
        <source>This message could not be checked against the record it carries, so it was not sent. Close commdesk, open it again and send it; if it is held again, report it to your administrator.</source>
        <translation>无法核对这封邮件与其所附记录是否一致，因此未发送。请关闭 commdesk 后重新打开再发送；如仍被暂扣，请告知管理员。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>May have arrived</source>
        <translation>可能已送达</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>服务器答复</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>放入者</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>扣留原因</translation>
    </message>
    <message>
        <source>Version carried</source>
        <translation>所含版本</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>已重新生成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Confirmed delivered</source>
        <translation>确认已送达</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>例外放行</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>设置跟进</translation>
    </message>
    <message>
        <source>Correct this, or give a reason to send anyway.</source>
        <translation>请更正，或说明仍要发送的理由。</translation>
    </message>
    <message>
        <source>interrupted: may have been delivered</source>
        <translation>中断：可能已送达</translation>
    </message>
    <message>
        <source>failed, retrying</source>
        <translation>失败，将重试</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {retrying} to retry, {remaining} still queued.</source>
        <translation>已发送 {sent} 封，失败 {failed} 封，待重试 {retrying} 封，仍在排队 {remaining} 封。</translation>
    </message>
    <message>
        <source>{count} held and never sent: what they carry changed after they were made (the outbox says why; rebuild or cancel them).</source>
        <translation>{count} 封被扣留，不会发出：邮件生成后其内容所依据的记录已有变动（原因见发件箱；请重新生成或取消）。</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted message(s) may have been delivered: check them before sending them again.</source>
        <translation>
            <numerusform>%n 封中断的邮件可能已送达：重新发送前请先核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped on request; the rest stays queued.</source>
        <translation>已按要求停止；其余邮件仍在排队。</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>已停止：{reason}</translation>
    </message>
    <message>
        <source>send mail</source>
        <extracomment>A step after a message was sent: ``hook(ctx, item)``, run outside the outbox's transactions. ``check(session, related_id, source_revision) -&gt; hold code or None``, run inside the outbox's transactions (claim, the hand-over to the server, export, ``hold_stale_in``). why a plain mail presenting itself as an important notice to staff is held (AN-4) ``check(session, addresses) -&gt; bool``: whether any address belongs to the staff directory</extracomment>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>Message {id} cannot be exported: {reason}</source>
        <translation>邮件 {id} 不能导出：{reason}</translation>
    </message>
    <message>
        <source>rebuild held mail</source>
        <translation>重新生成被扣留的邮件</translation>
    </message>
    <message>
        <source>Message {id} is no longer in the outbox.</source>
        <translation>邮件 {id} 已不在发件箱中。</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of: {choices}.</source>
        <translation>未知状态 {status}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>cancel mail</source>
        <translation>取消邮件</translation>
    </message>
    <message>
        <source>retry mail</source>
        <translation>重试邮件</translation>
    </message>
    <message>
        <source>Message {id} is held: {reason}</source>
        <translation>邮件 {id} 已被扣留：{reason}</translation>
    </message>
    <message>
        <source>'{subject}' may have reached {to} already (the connection broke while it was being sent). Check with a recipient, then either mark it delivered or confirm sending it again.</source>
        <translation>'{subject}' 可能已经送达 {to}（发送过程中连接中断）。请向收件人核实，然后标记为已送达，或确认重新发送。</translation>
    </message>
    <message>
        <source>confirm a delivery</source>
        <translation>确认送达</translation>
    </message>
    <message>
        <source>Only an interrupted message can be marked as delivered.</source>
        <translation>只有中断的邮件才能标记为已送达。</translation>
    </message>
    <message>
        <source>set a follow-up</source>
        <translation>设置跟进</translation>
    </message>
    <message>
        <source>confirm a follow-up</source>
        <translation>确认跟进</translation>
    </message>
    <message>
        <source>This message has no follow-up date.</source>
        <translation>这封邮件没有跟进日期。</translation>
    </message>
    <message>
        <source>Sending was interrupted (commdesk closed or the computer stopped) after the message was handed to the server; it may have been delivered.</source>
        <translation>邮件交给服务器后发送被中断（commdesk 已关闭或电脑停止运行）；邮件可能已送达。</translation>
    </message>
    <message>
        <source>refused: {list}</source>
        <translation>被拒收：{list}</translation>
    </message>
    <message>
        <source>No password is stored for {user}: set it with 'commdesk mail set-password' or in Outbox &gt; Account.</source>
        <translation>尚未保存 {user} 的密码：请用 'commdesk mail set-password' 或在 发件箱 &gt; 账户 中设置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>No mail account is set up yet: enter the SMTP server in Outbox &gt; Account, or run 'commdesk mail configure --host HOST --port PORT --security starttls --from ADDRESS'. Without an account, save the messages as .eml files instead.</source>
        <translation>尚未设置邮件账户：请在 发件箱 &gt; 账户 中填写 SMTP 服务器，或运行 'commdesk mail configure --host HOST --port PORT --security starttls --from ADDRESS'。没有账户时，可将邮件另存为 .eml 文件。</translation>
    </message>
    <message>
        <source>set up the mail account</source>
        <translation>设置邮件账户</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be read ({reason}): choose a PEM file.</source>
        <translation>无法读取证书文件 {path}（{reason}）：请选择 PEM 文件。</translation>
    </message>
    <message>
        <source>enter the mail password</source>
        <translation>输入邮件密码</translation>
    </message>
    <message>
        <source>Enter the password (it is not shown).</source>
        <translation>请输入密码（不会显示）。</translation>
    </message>
    <message>
        <source>The meeting password is no longer stored on this computer; set it again in the meeting and send the invitation again.</source>
        <translation>这台电脑上已不再保存会议密码；请在会议中重新设置密码，然后重新发送邀请。</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>已取消：{title}</translation>
    </message>
    <message>
        <source>Meeting invitation: {title}</source>
        <translation>会议邀请：{title}</translation>
    </message>
    <message>
        <source>Hello,

attached are the invitation (calendar file) and the agenda (PDF) for '{title}'.</source>
        <translation>您好：

附件为“{title}”的会议邀请（日历文件）和议程（PDF）。</translation>
    </message>
    <message>
        <source>Hello,

the meeting '{title}' is cancelled; the attached calendar file removes it from your calendar.</source>
        <translation>您好：

会议“{title}”已取消；附件中的日历文件会将其从您的日历中删除。</translation>
    </message>
    <message>
        <source>Minutes: {title}</source>
        <translation>会议纪要：{title}</translation>
    </message>
    <message>
        <source>Hello,

attached are the minutes of '{title}' (PDF).</source>
        <translation>您好：

附件为“{title}”的会议纪要（PDF）。</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <extracomment>States in which a release may be mailed: it has passed the four-eyes review (the gate's rule). recipients who already received the release or have it waiting in the outbox: (name, address, status in words); sending again needs ``again=True``</extracomment>
        <translation>等另外 {count} 位</translation>
    </message>
    <message>
        <source>{ref} already went to (or is waiting for) {count} of these recipients: {names}. Send it to them again only if you mean to.</source>
        <translation>{ref} 已发送给（或正等待发送给）其中 {count} 位收件人：{names}。只有确有必要时才再次发送。</translation>
    </message>
    <message>
        <source>{ref} has no distribution lists: choose them in the release editor (or pick lists to send to).</source>
        <translation>{ref} 没有分发名单：请在新闻稿编辑器中选择名单（或指定要发送的名单）。</translation>
    </message>
    <message>
        <source>Nobody on these lists can be mailed (see who is left out and why).</source>
        <translation>这些名单中没有可以发送邮件的人（请查看被排除的联系人及原因）。</translation>
    </message>
    <message>
        <source>Only held press release messages can be rebuilt; not: {ids}.</source>
        <translation>只有被扣留的新闻稿邮件才能重新生成；以下邮件不能：{ids}。</translation>
    </message>
    <message>
        <source>Press release sent by e-mail: {subject}</source>
        <translation>已通过电子邮件发送新闻稿：{subject}</translation>
    </message>
    <message>
        <source>{id} “{subject}”</source>
        <translation>{id}“{subject}”</translation>
    </message>
    <message>
        <source>Press release {reference}: {reason}</source>
        <extracomment>``name(session, related_id) -&gt; how people know the record, or None``</extracomment>
        <translation>新闻稿 {reference}：{reason}</translation>
    </message>
    <message>
        <source>Once the release is approved: “Rebuild” in the Outbox, or commdesk outbox rebuild {message}; to drop it: “Cancel message”, or commdesk outbox cancel {message}.</source>
        <translation>新闻稿批准后：在发件箱中点“重新生成”，或运行 commdesk outbox rebuild {message}；如不再发送：点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>“Cancel message” in the Outbox, or commdesk outbox cancel {message}.</source>
        <translation>请在发件箱中点“取消邮件”，或运行 commdesk outbox cancel {message}。</translation>
    </message>
    <message>
        <source>{reason} {then}</source>
        <translation>{reason}{then}</translation>
    </message>
</context>
<context>
    <name>MailIntake</name>
    <message>
        <source>Enter the IMAP server name, e.g. imap.example.org.</source>
        <translation>请输入 IMAP 服务器名称，例如 imap.example.org。</translation>
    </message>
    <message>
        <source>Enter only the server name (e.g. imap.example.org), without 'imap://' or spaces.</source>
        <translation>只输入服务器名称（例如 imap.example.org），不要带“imap://”或空格。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 993 for SSL, 143 for STARTTLS).</source>
        <translation>端口须为 1 到 65535 之间的数字（SSL 通常为 993，STARTTLS 通常为 143）。</translation>
    </message>
    <message>
        <source>Choose the security: ssl, starttls or none.</source>
        <translation>请选择安全方式：ssl、starttls 或 none。</translation>
    </message>
    <message>
        <source>Enter the user name of the mailbox.</source>
        <translation>请输入邮箱的用户名。</translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation>用户名必须写在一行内。</translation>
    </message>
    <message>
        <source>Enter the folder to read, on one line (usually INBOX).</source>
        <translation>请输入要读取的文件夹，写在一行内（通常为 INBOX）。</translation>
    </message>
    <message>
        <source>Choose what happens on the server after a message is taken in: leave, mark_seen or delete.</source>
        <translation>请选择邮件收取后服务器上如何处理：leave（保留）、mark_seen（标为已读）或 delete（删除）。</translation>
    </message>
    <message>
        <source>Without SSL or STARTTLS the password and every message cross the network unencrypted: use 'none' only for a server on this computer or a trusted network.</source>
        <translation>不使用 SSL 或 STARTTLS 时，密码和每封邮件都以明文在网络上传输：仅当服务器在本机或可信网络中时才使用“none”。</translation>
    </message>
    <message>
        <source>Messages will be deleted from the server once they are taken in: the desk then holds the only copy.</source>
        <translation>邮件收取后将从服务器上删除：此后受理台保存的是唯一副本。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>邮件为空。</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it has none of From, To, Subject or Date.</source>
        <translation>这不是电子邮件：它没有 From、To、Subject 或 Date 中的任何一项。</translation>
    </message>
    <message>
        <source>The message is {size} MB, more than the {limit} MB that is read: only its headers were read. Open it in a mail program.</source>
        <translation>邮件大小为 {size} MB，超过可读取的 {limit} MB：只读取了邮件头。请在邮件程序中打开它。</translation>
    </message>
    <message>
        <source>The message could not be read ({reason}); it is kept aside as it arrived.</source>
        <translation>无法读取该邮件（{reason}）；已按收到时的原样另行保存。</translation>
    </message>
    <message>
        <source>The text did not say its character set correctly; it was read as {encoding}.</source>
        <translation>正文未正确声明字符集；已按 {encoding} 读取。</translation>
    </message>
    <message>
        <source>The text declares an unknown character set '{charset}'; it was read as {encoding}.</source>
        <translation>正文声明了未知的字符集“{charset}”；已按 {encoding} 读取。</translation>
    </message>
    <message>
        <source>Some characters could not be read and are shown as '�'.</source>
        <translation>部分字符无法读取，显示为“�”。</translation>
    </message>
    <message>
        <source>The subject or a name was sent without its character set; it was read as best it could be.</source>
        <translation>主题或姓名发送时未声明字符集；已尽可能正确地读取。</translation>
    </message>
    <message>
        <source>The message's parts were not marked correctly; they were separated again.</source>
        <translation>邮件的各部分未正确标记；已重新拆分。</translation>
    </message>
    <message>
        <source>The message's parts could not be separated; its raw text is shown.</source>
        <translation>无法拆分邮件的各部分；显示其原始文本。</translation>
    </message>
    <message>
        <source>Part of the message was damaged in transit; what could be decoded is shown.</source>
        <translation>邮件的一部分在传输中损坏；显示能够解码的内容。</translation>
    </message>
    <message>
        <source>The message has no date; the time it was received is used.</source>
        <translation>邮件没有日期；使用收到邮件的时间。</translation>
    </message>
    <message>
        <source>The message's date '{value}' cannot be read; the time it was received is used.</source>
        <translation>无法读取邮件日期“{value}”；使用收到邮件的时间。</translation>
    </message>
    <message>
        <source>The message says nobody as its sender, so no acknowledgement can be sent.</source>
        <translation>邮件未写明发件人，因此无法发送受理回执。</translation>
    </message>
    <message>
        <source>The message has no Message-ID; one was made from its content.</source>
        <translation>邮件没有 Message-ID；已根据其内容生成一个。</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>邮件没有正文。</translation>
    </message>
    <message>
        <source>The text is very long; only its first {limit} characters are kept.</source>
        <translation>正文过长；只保留前 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The message has more than {limit} parts; the rest were not read.</source>
        <translation>邮件超过 {limit} 个部分；其余部分未读取。</translation>
    </message>
    <message>
        <source>The attachment '{name}' is {size} MB, more than the {limit} MB kept: it is listed, its content is not kept.</source>
        <translation>附件“{name}”大小为 {size} MB，超过保存上限 {limit} MB：只列出该附件，不保存其内容。</translation>
    </message>
    <message>
        <source>The attachment '{name}' could not be read; it is listed without its content.</source>
        <translation>无法读取附件“{name}”；只列出该附件，不含其内容。</translation>
    </message>
    <message>
        <source>A part of the message could not be read ({reason}).</source>
        <translation>邮件的某一部分无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>a delivery status report (the mail could not be delivered)</source>
        <translation>这是投递状态报告（邮件未能送达）</translation>
    </message>
    <message>
        <source>sent by the mail system ({address})</source>
        <translation>由邮件系统发出（{address}）</translation>
    </message>
    <message>
        <source>it names recipients the mail could not reach</source>
        <translation>其中列出了邮件未能送达的收件人</translation>
    </message>
    <message>
        <source>its subject says the mail could not be delivered</source>
        <translation>其主题表明邮件未能送达</translation>
    </message>
    <message>
        <source>it says it was sent automatically (Auto-Submitted: {value})</source>
        <translation>邮件声明为自动发送（Auto-Submitted: {value}）</translation>
    </message>
    <message>
        <source>a read receipt</source>
        <translation>这是已读回执</translation>
    </message>
    <message>
        <source>it is marked as an automatic reply ({header})</source>
        <translation>邮件标记为自动回复（{header}）</translation>
    </message>
    <message>
        <source>it asks not to be answered automatically</source>
        <translation>邮件要求不要自动答复</translation>
    </message>
    <message>
        <source>it is bulk or list mail (Precedence: {value})</source>
        <translation>这是群发或邮件列表邮件（Precedence: {value}）</translation>
    </message>
    <message>
        <source>it was sent with an empty return address, as automatic mail is</source>
        <translation>邮件的退信地址为空，这是自动邮件的特征</translation>
    </message>
    <message>
        <source>its subject says it is an automatic or out-of-office reply</source>
        <translation>其主题表明这是自动回复或外出回复</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>无法读取文件 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>The form has no column '{column}' (given for {field}); its columns are: {columns}.</source>
        <translation>表单中没有“{column}”列（指定用于 {field}）；表单的列为：{columns}。</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding} ({reason}): choose its encoding.</source>
        <translation>无法按 {encoding} 读取 {file}（{reason}）：请选择文件的编码。</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8, GB18030 or Big5: save the form's export as CSV (UTF-8) and take it in again.</source>
        <translation>{file} 不是 UTF-8、GB18030 或 Big5 编码的文本文件：请将表单导出另存为 CSV（UTF-8）后重新导入。</translation>
    </message>
    <message>
        <source>Row {row} is empty.</source>
        <translation>第 {row} 行为空。</translation>
    </message>
    <message>
        <source>Row {row} has no message and no subject.</source>
        <translation>第 {row} 行既没有留言也没有主题。</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV ({reason}).</source>
        <translation>第 {row} 行无法按 CSV 读取（{reason}）。</translation>
    </message>
    <message>
        <source>The address '{value}' is not a valid e-mail address, so no acknowledgement can be sent.</source>
        <translation>“{value}”不是有效的电子邮件地址，因此无法发送受理回执。</translation>
    </message>
    <message>
        <source>The time '{value}' cannot be read; the time it was taken in is used.</source>
        <translation>无法读取时间“{value}”；使用导入时的时间。</translation>
    </message>
    <message>
        <source>The row gives no e-mail address, so no acknowledgement can be sent.</source>
        <translation>该行没有电子邮件地址，因此无法发送受理回执。</translation>
    </message>
    <message>
        <source>Rows after row {row} were not read: a form export may have at most {limit} rows.</source>
        <translation>第 {row} 行之后的行未读取：表单导出最多可有 {limit} 行。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; split the export and take in the parts.</source>
        <translation>{file} 超过 {limit} MB；请拆分导出文件后分别导入。</translation>
    </message>
    <message>
        <source>{file} is not a CSV export of a form ({reason}).</source>
        <translation>{file} 不是表单的 CSV 导出文件（{reason}）。</translation>
    </message>
    <message>
        <source>{file} has no column for the message (such as 'message' or '留言'); its columns are: {columns}. Name the message column 'message' (or '留言') and take the file in again.</source>
        <translation>{file} 中没有留言列（例如“message”或“留言”）；其列为：{columns}。请将留言列命名为“message”（或“留言”）后重新导入。</translation>
    </message>
    <message>
        <source>{file} is empty: it has no header row and no messages.</source>
        <translation>{file} 为空：没有标题行，也没有留言。</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}，第 {row} 行</translation>
    </message>
    <message>
        <source>The mail server {server} refused the user name or password for {user}: check them in the mailbox settings.</source>
        <translation>邮件服务器 {server} 拒绝了 {user} 的用户名或密码：请在邮箱设置中检查。</translation>
    </message>
    <message>
        <source>The folder '{folder}' does not exist in the mailbox on {server}: check the folder name.</source>
        <translation>{server} 上的邮箱中没有文件夹“{folder}”：请检查文件夹名称。</translation>
    </message>
    <message>
        <source>The server {server} does not offer STARTTLS: choose SSL (usually port 993) in the mailbox settings.</source>
        <translation>服务器 {server} 不支持 STARTTLS：请在邮箱设置中选择 SSL（通常为 993 端口）。</translation>
    </message>
    <message>
        <source>The certificate of {server} is not trusted ({reason}): check the server name, or add the organisation's certificate file in the mail settings.</source>
        <translation>{server} 的证书不受信任（{reason}）：请检查服务器名称，或在邮件设置中添加本单位的证书文件。</translation>
    </message>
    <message>
        <source>The secure connection to {server} failed ({reason}): check that the security setting matches the port (usually SSL on 993, STARTTLS on 143).</source>
        <translation>与 {server} 的安全连接失败（{reason}）：请检查安全方式与端口是否匹配（SSL 通常为 993，STARTTLS 通常为 143）。</translation>
    </message>
    <message>
        <source>The server name {host} cannot be found: check the name and the network connection.</source>
        <translation>找不到服务器 {host}：请检查名称和网络连接。</translation>
    </message>
    <message>
        <source>Nothing answers at {server}: check the server name and the port, and that the server is running.</source>
        <translation>{server} 没有响应：请检查服务器名称和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time; try again later.</source>
        <translation>邮件服务器 {server} 未及时响应；请稍后重试。</translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection ({reason}); try again later. If it happens again, check that the security setting matches the port.</source>
        <translation>邮件服务器 {server} 关闭了连接（{reason}）；请稍后重试。如果再次发生，请检查安全方式与端口是否匹配。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server} ({reason}): check the network, the server name and the port.</source>
        <translation>无法连接邮件服务器 {server}（{reason}）：请检查网络、服务器名称和端口。</translation>
    </message>
    <message>
        <source>The mail server {server} answered with an error: {reason}</source>
        <translation>邮件服务器 {server} 返回错误：{reason}</translation>
    </message>
    <message>
        <source>Fetching the mailbox was stopped.</source>
        <translation>已停止收取邮箱。</translation>
    </message>
    <message>
        <source>{folder}, UID {uid}</source>
        <translation>{folder}，UID {uid}</translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: the folder '{folder}' holds {count} messages.</source>
        <translation>已以 {user} 身份连接到 {server}：文件夹“{folder}”中有 {count} 封邮件。</translation>
    </message>
    <message>
        <source>set up the feedback mailbox</source>
        <translation>设置意见反馈邮箱</translation>
    </message>
    <message>
        <source>No feedback mailbox is set up yet: enter its IMAP server, user and folder in the settings. Until then, take in .eml files or a web form's CSV export instead.</source>
        <translation>尚未设置意见反馈邮箱：请在设置中输入其 IMAP 服务器、用户名和文件夹。在此之前，可改为导入 .eml 文件或网页表单的 CSV 导出文件。</translation>
    </message>
    <message>
        <source>enter the mailbox password</source>
        <translation>输入邮箱密码</translation>
    </message>
    <message>
        <source>Enter the password (it is not shown).</source>
        <translation>请输入密码（不会显示）。</translation>
    </message>
    <message>
        <source>The password of the feedback mailbox ({user}) has not been entered yet: enter it first.</source>
        <translation>尚未输入意见反馈邮箱（{user}）的密码：请先输入。</translation>
    </message>
    <message>
        <source>fetch the feedback mailbox</source>
        <translation>收取意见反馈邮箱</translation>
    </message>
</context>
<context>
    <name>MailSending</name>
    <message>
        <source>Send anyway?</source>
        <translation>仍要发送？</translation>
    </message>
    <message>
        <source>Give a reason to send anyway (it is written into the history):</source>
        <translation>请说明仍要发送的理由（将记入历史记录）：</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>邮箱密码</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>{host} 上 {user} 的密码：</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are in the outbox. Send them now? (Otherwise they wait in the Outbox pane.)</source>
        <translation>
            <numerusform>发件箱中有 %n 封邮件。现在发送吗？（否则它们会留在发件箱中等待发送。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save .eml files in</source>
        <translation>将 .eml 文件保存到</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}; open them with any mail program to send them.</source>
        <translation>
            <numerusform>已在 {folder} 保存 %n 个文件；用任意邮件程序打开即可发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>会议邀请</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>内部通知</translation>
    </message>
    <message>
        <source>event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>procedure version</source>
        <translation>规程版本</translation>
    </message>
    <message>
        <source>social post</source>
        <translation>社交帖子</translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message>
        <source>All messages</source>
        <translation>全部邮件</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Needs follow-up (EM-5)</source>
        <translation>需要跟进（EM-5）</translation>
    </message>
    <message>
        <source>Find recipient or subject (Ctrl+F)</source>
        <translation>查找收件人或主题（Ctrl+F）</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Make held press release messages again from the release's approved version and queue them</source>
        <translation>按新闻稿已批准的版本重新生成被扣留的邮件并放回发件箱</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>取消邮件</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>New mail…</source>
        <translation>新邮件…</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>No mail account yet: set it up with Account…, or save mails as .eml files.</source>
        <translation>尚无邮件账户：请通过“账户…”设置，或将邮件另存为 .eml 文件。</translation>
    </message>
    <message>
        <source>{queued} queued, {failed} failed, {sent} sent · from {sender}</source>
        <translation>排队 {queued} 封，失败 {failed} 封，已发送 {sent} 封 · 发件人 {sender}</translation>
    </message>
    <message numerus="yes">
        <source>%n held: what they carry changed after they were made (see why); rebuild or cancel them.</source>
        <translation>
            <numerusform>%n 封被扣留：邮件生成后其内容已有变动（见原因）；请重新生成或取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is under way.</source>
        <translation>正在发送中。</translation>
    </message>
    <message>
        <source>Select a failed or cancelled message.</source>
        <translation>请选择发送失败或已取消的邮件。</translation>
    </message>
    <message>
        <source>Select a queued, failed or held message.</source>
        <translation>请选择待发送、发送失败或已扣留的邮件。</translation>
    </message>
    <message>
        <source>Select a held press release message.</source>
        <translation>请选择已扣留的新闻稿邮件。</translation>
    </message>
    <message>
        <source>Select one message whose delivery is uncertain.</source>
        <translation>请选择一封送达情况不确定的邮件。</translation>
    </message>
    <message>
        <source>Select one message that needs a follow-up.</source>
        <translation>请选择一封需要跟进的邮件。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>扣留原因</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>服务器答复</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>press release {ref}</source>
        <translation>新闻稿 {ref}</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>内部通知</translation>
    </message>
    <message>
        <source>media event</source>
        <translation>媒体活动</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>记录 {id}</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>重新发送？</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were interrupted while being sent and may have arrived already. Send them again anyway? (Check with a recipient first if you can.)</source>
        <translation>
            <numerusform>%n 封邮件在发送时中断，可能已经送达。仍要重新发送吗？（如有可能，请先向收件人核实。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rebuilt and queued.</source>
        <translation>
            <numerusform>已重新生成 %n 封邮件并放入发件箱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel messages</source>
        <translation>取消邮件</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n message(s)? They will not be sent.</source>
        <translation>
            <numerusform>取消 %n 封邮件？它们将不会被发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>邮件密码</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>{host} 上 {user} 的密码：</translation>
    </message>
    <message>
        <source>No system keyring: the password is kept until commdesk closes.</source>
        <translation>没有系统密钥环：密码只保留到 commdesk 关闭。</translation>
    </message>
    <message>
        <source>Set up the mail account first (Account…).</source>
        <translation>请先设置邮件账户（账户…）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Times in the organisation's zone: {zone}</source>
        <translation>时间按本单位所在时区显示：{zone}</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>发送时间 / 下次尝试</translation>
    </message>
    <message>
        <source>{column} ({zone})</source>
        <translation>{column}（{zone}）</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message numerus="yes">
        <source> +%n more</source>
        <translation>
            <numerusform> 等另 %n 个</numerusform>
        </translation>
    </message>
</context>
</TS>
